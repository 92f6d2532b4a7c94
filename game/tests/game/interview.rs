//! Headless tests of interview practice and lessons in the world: a whole interview by
//! keyboard to its review, the answer timer, the interviewer's reaction and the camera shot,
//! progress kept on the device, and a lesson taught by an NPC.

use crate::support::*;
use bevy::prelude::*;
use lernwelt::core::settings::SettingsStore;
use lernwelt::core::state::Place;
use lernwelt::features::interview::scripts::Scripts;
use lernwelt::features::interview::{Interview, Lesson, Progress, Setup, Stage, begin};
use lernwelt::i18n::Language;
use lernwelt::interact::{OpenPanel, Panel, PanelKind};
use lernwelt::player::camera::FramedShot;
use lernwelt::world::npc::{Npc, NpcReaction};
use lernwelt_dialogue::engine::TIMEOUT_KEY;
use lernwelt_dialogue::{Level, Personality};

fn start_interview(app: &mut App, setup: Setup) {
    app.world_mut().resource_mut::<OpenPanel>().0 = Some(Panel::Kiosk(PanelKind::Interview));
    let scripts = app.world().resource::<Scripts>().clone();
    let mut interview = app.world_mut().resource_mut::<Interview>();
    begin(&mut interview, &scripts, setup).expect("the interview starts");
    frames(app, 2);
}

/// What the interview shows now: answers to pick from, feedback, a statement, or the review.
fn asked(app: &App) -> Option<(usize, bool)> {
    match &app.world().resource::<Interview>().0 {
        Stage::Talking { talk, .. } => Some((
            talk.conversation.node().map_or(0, |n| n.answers.len()),
            talk.feedback.is_some(),
        )),
        _ => None,
    }
}

const DIGITS: [KeyCode; 4] = [
    KeyCode::Digit1,
    KeyCode::Digit2,
    KeyCode::Digit3,
    KeyCode::Digit4,
];

#[test]
fn a_whole_interview_by_keyboard_ends_in_a_review_and_is_counted() {
    let settings = temp_file("interview");
    let mut app = headless_with(
        Place::InterviewRoom,
        Some(Language::Ar),
        SettingsStore::at(&settings),
    );
    start_interview(&mut app, Setup::default());
    // The camera frames the table and the player stands at it.
    assert!(app.world().resource::<FramedShot>().0.is_some());
    let at = player_pos(&mut app);
    assert!(
        at.z > 0.4 && at.z < 1.1 && at.x.abs() < 0.2,
        "player at {at}"
    );

    let mut answers = 0;
    let mut reacted = false;
    for step in 0..200 {
        let Some((count, feedback)) = asked(&app) else {
            break;
        };
        if feedback || count == 0 {
            tap(&mut app, KeyCode::Enter);
        } else {
            tap(&mut app, DIGITS[step % count]);
            answers += 1;
            let mut npcs = app.world_mut().query::<(&Npc, Option<&NpcReaction>)>();
            reacted |= npcs
                .iter(app.world())
                .any(|(npc, r)| npc.id == "interviewer" && r.is_some());
            assert!(
                asked(&app).is_some_and(|(_, feedback)| feedback),
                "an answer shows its feedback"
            );
        }
    }
    assert!(reacted, "the interviewer reacts to answers");
    let Stage::Review { review, .. } = &app.world().resource::<Interview>().0 else {
        panic!("no review after the interview");
    };
    assert!(
        review.questions >= 10,
        "only {} questions",
        review.questions
    );
    assert_eq!(review.questions, answers);
    assert_eq!(
        review
            .transcript
            .iter()
            .filter(|t| t.answer.is_some())
            .count(),
        answers
    );
    // Answers 1, 2, 3, … in turn are not all best: the review says what to work on, and
    // only skills short of full marks.
    assert!(review.best_answers < answers);
    assert!(review.overall() < 100);
    assert!(!review.tips.is_empty() && review.tips.len() <= 3);
    for tip in &review.tips {
        let skill = review.skills.iter().find(|s| s.skill == *tip).unwrap();
        assert!(skill.percent.is_some_and(|p| p < 100), "a tip on {skill:?}");
    }
    frames(&mut app, 2);
    // The shot is released and progress is kept beside the settings.
    assert!(app.world().resource::<FramedShot>().0.is_none());
    assert_eq!(app.world().resource::<Progress>().interviews, 1);
    let stored = std::fs::read_to_string(settings.with_file_name("progress.json")).unwrap();
    let progress: Progress = serde_json::from_str(&stored).unwrap();
    assert_eq!(progress.interviews, 1);
    assert!(progress.best.contains_key("retail"));
    // A new run reads it back.
    let again = headless_with(
        Place::InterviewRoom,
        Some(Language::De),
        SettingsStore::at(&settings),
    );
    assert_eq!(again.world().resource::<Progress>().interviews, 1);
}

#[test]
fn keys_outside_the_answers_change_nothing() {
    let mut app = headless(Place::InterviewRoom);
    start_interview(&mut app, Setup::default());
    // Go to the first question with fewer than four answers (answering 1 on the way).
    let count = loop {
        match asked(&app).expect("the interview ended without such a question") {
            (0, _) | (_, true) => tap(&mut app, KeyCode::Enter),
            (count, false) if count < 4 => break count,
            (_, false) => tap(&mut app, KeyCode::Digit1),
        }
    };
    // The digit after the last answer, and the ones no answer has, are ignored.
    for digit in &DIGITS[count..] {
        tap(&mut app, *digit);
        assert_eq!(
            asked(&app),
            Some((count, false)),
            "{digit:?} was taken with {count} answers"
        );
    }
    tap(&mut app, KeyCode::Digit5);
    assert_eq!(asked(&app), Some((count, false)), "5 was taken");
    tap(&mut app, KeyCode::Enter);
    assert_eq!(
        asked(&app),
        Some((count, false)),
        "Enter skipped a question"
    );
    tap(&mut app, KeyCode::Digit1);
    assert_eq!(asked(&app).map(|(_, f)| f), Some(true));
}

#[test]
fn the_answer_timer_counts_the_weakest_answer_when_it_runs_out() {
    let mut app = headless(Place::InterviewRoom);
    start_interview(
        &mut app,
        Setup {
            script: "warehouse".to_owned(),
            personality: Personality::Strict,
            level: Level::Hard,
            timer: true,
        },
    );
    while asked(&app).is_some_and(|(count, _)| count == 0) {
        tap(&mut app, KeyCode::Enter);
    }
    {
        let mut interview = app.world_mut().resource_mut::<Interview>();
        let Stage::Talking { talk, .. } = &mut interview.0 else {
            panic!("not talking");
        };
        assert!(
            talk.time_left.is_some(),
            "the timer is on at the hard level"
        );
        talk.time_left = Some(0.05);
    }
    frames(&mut app, 6);
    let interview = app.world().resource::<Interview>();
    let Stage::Talking { talk, .. } = &interview.0 else {
        panic!("not talking");
    };
    let feedback = talk.feedback.as_ref().expect("time ran out");
    assert_eq!(feedback.why_key, TIMEOUT_KEY);
    assert!(talk.conversation.transcript().last().unwrap().timed_out);
}

#[test]
fn an_npc_teaches_a_lesson_with_a_quiz() {
    let mut app = headless(Place::JobCentre);
    app.world_mut().resource_mut::<OpenPanel>().0 = Some(Panel::Lesson {
        name: "world-npc-receptionist".to_owned(),
        lesson: "appointment".to_owned(),
    });
    frames(&mut app, 2);
    for _ in 0..100 {
        let state = app
            .world()
            .resource::<Lesson>()
            .0
            .as_ref()
            .map(|(_, talk)| {
                (
                    talk.conversation.is_over(),
                    talk.conversation.node().map_or(0, |n| n.answers.len()),
                    talk.feedback.is_some(),
                )
            });
        match state.expect("the lesson started") {
            (true, _, false) => break,
            (_, 0, _) | (_, _, true) => tap(&mut app, KeyCode::Enter),
            (_, _, false) => tap(&mut app, KeyCode::Digit1),
        }
    }
    let progress = app.world().resource::<Progress>();
    assert!(progress.lessons.contains("appointment"));
    let (_, talk) = app.world().resource::<Lesson>().0.clone().unwrap();
    assert!(
        talk.conversation.questions_answered() >= 3,
        "a quiz of at least three questions"
    );
}
