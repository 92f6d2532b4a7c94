//! The demo interview behind `--open interview|review|handover`: a retail interview played with
//! a mix of good and weaker answers, for screenshots and tests. Played once per run, not again
//! at every door.

use bevy::prelude::*;

use crate::core::settings::Settings;
use crate::core::state::InWorld;
use crate::features::counselling::outbox::{Opening, OutboxAction, Subject};
use crate::features::interview::scripts::Scripts;
use crate::features::interview::{Interview, Setup, Stage, begin, report};
use crate::i18n::Locales;

/// Adds the demo that `--open open` asks for, if it needs one.
pub(super) fn add(app: &mut App, open: &str) {
    match open {
        "interview" => {
            app.add_systems(OnEnter(InWorld), demo_question.run_if(first_arrival));
        }
        "review" => {
            app.add_systems(OnEnter(InWorld), demo_review.run_if(first_arrival));
        }
        "handover" => {
            app.add_systems(OnEnter(InWorld), demo_handover.run_if(first_arrival));
        }
        _ => {}
    }
}

/// True only the first time the world is entered in this run.
fn first_arrival(mut arrived: Local<bool>) -> bool {
    !std::mem::replace(&mut *arrived, true)
}

fn log_demo(result: Result<(), String>) {
    if let Err(err) = result {
        error!("demo interview: {err}");
    }
}

fn demo_question(mut interview: ResMut<Interview>, scripts: Res<Scripts>) {
    log_demo(play_demo(&mut interview, &scripts, Some(2)));
}

fn demo_review(mut interview: ResMut<Interview>, scripts: Res<Scripts>) {
    log_demo(play_demo(&mut interview, &scripts, None));
}

/// The demo review with consent given and "send" pressed, for screenshots of the hand-over
/// (with no account on the device it asks for one). Only a developer's build does this.
fn demo_handover(
    mut interview: ResMut<Interview>,
    scripts: Res<Scripts>,
    locales: Res<Locales>,
    settings: Res<Settings>,
    mut send: MessageWriter<OutboxAction>,
) {
    log_demo(play_demo(&mut interview, &scripts, None));
    if let Stage::Review { review, .. } = &interview.0 {
        send.write(OutboxAction::Send {
            subject: Subject::Interview,
            opening: Opening::default(),
            language: settings.language,
            text: report(review, &locales),
        });
    }
}

/// Plays the demo interview (retail, friendly, medium): answers `questions` questions (all
/// when `None`) with a mix of good and weaker answers, then shows the next question with its
/// translation open — or, when all were answered, the review.
pub fn play_demo(
    interview: &mut Interview,
    scripts: &Scripts,
    questions: Option<usize>,
) -> Result<(), String> {
    begin(interview, scripts, Setup::default())?;
    let Stage::Talking { talk, .. } = &mut interview.0 else {
        return Err("the interview did not start".to_owned());
    };
    let mix = [1, 2, 1, 3, 1, 1, 2, 1, 4, 1, 1, 3];
    let mut answered = 0;
    while !talk.conversation.is_over() && questions.is_none_or(|q| answered < q) {
        let asked = talk.conversation.node().map_or(0, |n| n.answers.len());
        let pick = (asked > 0).then(|| mix[answered % mix.len()].min(asked));
        talk.act(pick).map_err(|e| e.to_string())?;
        if talk.feedback.is_some() {
            answered += 1;
            talk.act(None).map_err(|e| e.to_string())?;
        }
    }
    // Statements before the next question.
    while talk
        .conversation
        .node()
        .is_some_and(|n| n.answers.is_empty())
    {
        talk.act(None).map_err(|e| e.to_string())?;
    }
    talk.translate = true;
    if talk.conversation.is_over() {
        let review = talk.conversation.review();
        if let Stage::Talking { setup, .. } = &interview.0 {
            interview.0 = Stage::Review {
                setup: setup.clone(),
                review,
                milestone: false,
                consent: false,
            };
        }
    }
    Ok(())
}
