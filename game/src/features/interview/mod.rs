//! Interview practice and the NPCs' lessons in the world: choosing a job, an interviewer and a
//! level; the conversation with its feedback, translation and optional answer timer; the
//! review; the camera framing the table and the interviewer reacting; progress kept on the
//! device with a milestone at nine practice interviews.

pub mod scripts;
pub mod ui;

use std::collections::{BTreeMap, BTreeSet};

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use crate::core::settings::SettingsStore;
use crate::core::state::{AppState, InWorld, Place};
use crate::core::storage::LocalStore;
use crate::i18n::{Language, Locales, Texts};
use crate::interact::{OpenPanel, Panel, PanelKind};
use crate::player::Player;
use crate::player::camera::FramedShot;
use crate::world::npc::{Npc, NpcReaction};
use lernwelt_dialogue::{Choice, ChoiceError, Conversation, Level, Personality, Review};
use scripts::Scripts;

/// Practice interviews after which the milestone is reached (the dose that worked best in
/// published studies of interview training with young people).
pub const MILESTONE: u32 = 9;

/// Seconds per answer when the timer is on.
pub const ANSWER_SECONDS: f32 = 30.0;

/// The NPC who runs interviews.
pub const INTERVIEWER: &str = "interviewer";

/// What the person has done, kept on the device.
#[derive(Resource, Serialize, Deserialize, Default, Debug, Clone, PartialEq)]
#[serde(default)]
pub struct Progress {
    /// Practice interviews finished.
    pub interviews: u32,
    /// Best overall percent per job.
    pub best: BTreeMap<String, u8>,
    /// Lessons finished.
    pub lessons: BTreeSet<String>,
    /// The latest reviews, newest last (at most [`KEEP_REVIEWS`]).
    pub recent: Vec<Review>,
}

/// Reviews kept for the person to look back at.
pub const KEEP_REVIEWS: usize = 5;

impl Progress {
    /// Counts a finished interview; returns whether it reached the milestone just now.
    pub fn record_interview(&mut self, review: &Review) -> bool {
        self.interviews = self.interviews.saturating_add(1);
        let best = self.best.entry(review.script.clone()).or_insert(0);
        *best = (*best).max(review.overall());
        self.recent.push(review.clone());
        let excess = self.recent.len().saturating_sub(KEEP_REVIEWS);
        self.recent.drain(..excess);
        self.interviews == MILESTONE
    }

    /// Whether the milestone has been reached.
    pub fn milestone_reached(&self) -> bool {
        self.interviews >= MILESTONE
    }
}

/// Where progress is kept: beside the settings.
#[derive(Resource, Clone, Debug)]
pub struct ProgressStore(pub LocalStore);

/// The choices before an interview.
#[derive(Debug, Clone, PartialEq)]
pub struct Setup {
    pub script: String,
    pub personality: Personality,
    pub level: Level,
    pub timer: bool,
}

impl Setup {
    /// The answer timer is offered to those who want pressure: the strict interviewer or the
    /// hard level.
    pub fn timer_offered(&self) -> bool {
        self.level == Level::Hard || self.personality == Personality::Strict
    }
}

impl Default for Setup {
    fn default() -> Self {
        Self {
            script: "retail".to_owned(),
            personality: Personality::Friendly,
            level: Level::Medium,
            timer: false,
        }
    }
}

/// A conversation on screen, with what is shown beside it.
#[derive(Debug, Clone)]
pub struct Talk {
    pub conversation: Conversation,
    /// The feedback on the last answer, shown until the person goes on.
    pub feedback: Option<Choice>,
    /// The one-tap translation is open.
    pub translate: bool,
    /// The simple-German line is open.
    pub simple: bool,
    /// Seconds left to answer, when the timer is on.
    pub time_left: Option<f32>,
}

impl Talk {
    fn new(conversation: Conversation, timer: bool) -> Self {
        Self {
            conversation,
            feedback: None,
            translate: false,
            simple: false,
            time_left: timer.then_some(ANSWER_SECONDS),
        }
    }

    /// Answers with `n` (from 1), or acknowledges the feedback / a statement when `n` is
    /// `None`. Returns the choice made, if any.
    pub fn act(&mut self, n: Option<usize>) -> Result<Option<Choice>, ChoiceError> {
        if self.feedback.is_some() {
            // The feedback is showing: any key goes on to the next line.
            self.feedback = None;
            self.restart_timer();
            return Ok(None);
        }
        match n {
            Some(n) => {
                let choice = self.conversation.choose(n)?;
                self.feedback = Some(choice.clone());
                self.simple = false;
                Ok(Some(choice))
            }
            None => {
                self.conversation.proceed()?;
                self.restart_timer();
                Ok(None)
            }
        }
    }

    fn restart_timer(&mut self) {
        if self.time_left.is_some() {
            self.time_left = Some(ANSWER_SECONDS);
        }
    }
}

/// Where the interview desk stands.
#[derive(Debug, Clone)]
pub enum Stage {
    /// Choosing job, interviewer and level.
    Setup(Setup),
    /// In the conversation.
    Talking { setup: Setup, talk: Talk },
    /// After the conversation.
    Review {
        setup: Setup,
        review: Review,
        /// The milestone was reached with this interview.
        milestone: bool,
        /// The person agreed to hand this review to a counsellor.
        consent: bool,
    },
}

impl Default for Stage {
    fn default() -> Self {
        Stage::Setup(Setup::default())
    }
}

/// The interview desk.
#[derive(Resource, Default, Debug)]
pub struct Interview(pub Stage);

/// A lesson being taught.
#[derive(Resource, Default, Debug)]
pub struct Lesson(pub Option<(String, Talk)>);

/// An NPC should react to an answer.
#[derive(Message, Debug, Clone, Copy)]
pub struct React(pub lernwelt_dialogue::Reaction);

/// Practice and lessons.
pub struct InterviewPlugin;

impl Plugin for InterviewPlugin {
    fn build(&self, app: &mut App) {
        let store = ProgressStore(
            app.world()
                .get_resource::<SettingsStore>()
                .map_or_else(LocalStore::none, |s| s.0.sibling("progress")),
        );
        let (progress, warning) = store.0.load::<Progress>();
        if let Some(warning) = warning {
            warn!("{warning}; starting with no progress");
        }
        app.insert_resource(progress)
            .insert_resource(store)
            .init_resource::<Interview>()
            .init_resource::<Lesson>()
            .add_message::<React>()
            .add_systems(
                Update,
                (
                    start_lessons,
                    keys,
                    tick_timer,
                    finish,
                    react,
                    frame_the_table,
                )
                    .chain()
                    .in_set(crate::core::AppSystems::Game)
                    .run_if(in_state(InWorld)),
            )
            .add_systems(Last, save_progress)
            .add_observer(forget_progress);
    }
}

/// Starts a conversation at the desk.
pub fn begin(
    interview: &mut Interview,
    scripts: &lernwelt_dialogue::Scripts,
    setup: Setup,
) -> Result<(), String> {
    let script = scripts
        .get(&setup.script)
        .ok_or_else(|| format!("no interview {}", setup.script))?
        .clone();
    let conversation = Conversation::start(script, setup.personality, setup.level);
    let talk = Talk::new(conversation, setup.timer && setup.timer_offered());
    interview.0 = Stage::Talking { setup, talk };
    Ok(())
}

/// The conversation that has the keyboard now, if any.
fn active_talk<'a>(
    open: &OpenPanel,
    interview: &'a mut Interview,
    lesson: &'a mut Lesson,
) -> Option<&'a mut Talk> {
    match &open.0 {
        Some(Panel::Kiosk(PanelKind::Interview)) => match &mut interview.0 {
            Stage::Talking { talk, .. } => Some(talk),
            _ => None,
        },
        Some(Panel::Lesson { .. }) => lesson.0.as_mut().map(|(_, talk)| talk),
        _ => None,
    }
}

/// Opens a lesson's conversation when its panel opens.
fn start_lessons(open: Res<OpenPanel>, scripts: Res<Scripts>, mut lesson: ResMut<Lesson>) {
    if !open.is_changed() {
        return;
    }
    if let Some(Panel::Lesson { lesson: id, .. }) = &open.0 {
        let running = lesson
            .0
            .as_ref()
            .is_some_and(|(current, talk)| current == id && !talk.conversation.is_over());
        if !running && let Some(script) = scripts.get(id) {
            let conversation =
                Conversation::start(script.clone(), Personality::Friendly, Level::Medium);
            lesson.0 = Some((id.clone(), Talk::new(conversation, false)));
        }
    }
}

/// Number keys answer, Enter or Space go on, T toggles the translation — unless the person is
/// typing, or a focused button takes Enter and Space itself.
fn keys(
    keys: Res<ButtonInput<KeyCode>>,
    owner: Res<crate::core::KeyboardOwner>,
    open: Res<OpenPanel>,
    mut interview: ResMut<Interview>,
    mut lesson: ResMut<Lesson>,
    mut react: MessageWriter<React>,
) {
    if owner.text {
        return;
    }
    let Some(talk) = active_talk(&open, &mut interview, &mut lesson) else {
        return;
    };
    if keys.just_pressed(KeyCode::KeyT) {
        talk.translate = !talk.translate;
    }
    let digits = [
        (KeyCode::Digit1, KeyCode::Numpad1),
        (KeyCode::Digit2, KeyCode::Numpad2),
        (KeyCode::Digit3, KeyCode::Numpad3),
        (KeyCode::Digit4, KeyCode::Numpad4),
    ];
    let asked = talk
        .conversation
        .node()
        .map_or(0, |node| node.answers.len());
    let number = digits
        .iter()
        .position(|(a, b)| keys.any_just_pressed([*a, *b]))
        .map(|i| i + 1);
    let go_on = owner.navigation_free()
        && keys.any_just_pressed([KeyCode::Enter, KeyCode::NumpadEnter, KeyCode::Space]);
    let action = if talk.feedback.is_some() || asked == 0 {
        go_on.then_some(None)
    } else {
        number.filter(|n| *n <= asked).map(Some)
    };
    if let Some(n) = action {
        match talk.act(n) {
            Ok(Some(choice)) => {
                react.write(React(choice.reaction));
            }
            Ok(None) => {}
            Err(err) => warn!("interview: {err}"),
        }
    }
}

/// Counts down the answer timer; when it runs out the interviewer goes on as if no good
/// answer came (the weakest answer is counted, with its own feedback).
fn tick_timer(
    time: Res<Time>,
    open: Res<OpenPanel>,
    mut interview: ResMut<Interview>,
    mut lesson: ResMut<Lesson>,
    mut react: MessageWriter<React>,
) {
    let Some(talk) = active_talk(&open, &mut interview, &mut lesson) else {
        return;
    };
    let waiting = talk.feedback.is_none()
        && talk
            .conversation
            .node()
            .is_some_and(|n| !n.answers.is_empty());
    let Some(left) = talk.time_left.as_mut().filter(|_| waiting) else {
        return;
    };
    *left -= time.delta_secs();
    if *left <= 0.0 {
        match talk.conversation.time_out() {
            Ok(choice) => {
                react.write(React(choice.reaction));
                talk.feedback = Some(choice);
            }
            Err(err) => warn!("interview timer: {err}"),
        }
    }
}

/// When a conversation is over: the interview goes to its review and is counted; a lesson
/// is marked done.
fn finish(mut interview: ResMut<Interview>, lesson: Res<Lesson>, mut progress: ResMut<Progress>) {
    if let Stage::Talking { setup, talk } = &interview.0
        && talk.conversation.is_over()
        && talk.feedback.is_none()
    {
        let review = talk.conversation.review();
        let milestone = progress.record_interview(&review);
        interview.0 = Stage::Review {
            setup: setup.clone(),
            review,
            milestone,
            consent: false,
        };
    }
    if let Some((id, talk)) = &lesson.0
        && talk.conversation.is_over()
        && talk.feedback.is_none()
        && !progress.lessons.contains(id)
    {
        progress.lessons.insert(id.clone());
    }
}

/// The NPC being talked to plays the reaction.
fn react(
    mut reacts: MessageReader<React>,
    open: Res<OpenPanel>,
    focus: Res<crate::interact::Focus>,
    npcs: Query<(Entity, &Npc)>,
    mut commands: Commands,
) {
    for React(reaction) in reacts.read() {
        let target = match &open.0 {
            Some(Panel::Kiosk(PanelKind::Interview)) => npcs
                .iter()
                .find(|(_, npc)| npc.id == INTERVIEWER)
                .map(|(e, _)| e),
            _ => focus.0.filter(|e| npcs.contains(*e)),
        };
        if let Some(entity) = target {
            commands.entity(entity).insert(NpcReaction {
                reaction: *reaction,
                elapsed: 0.0,
            });
        }
    }
}

/// Where the player stands for the interview, facing the interviewer.
const APPLICANT_SPOT: Vec3 = Vec3::new(0.0, 0.0, 0.75);

/// During an interview in the interview room the player stands at the table and the camera
/// looks over the player's shoulder at the interviewer.
fn frame_the_table(
    open: Res<OpenPanel>,
    interview: Res<Interview>,
    state: Res<State<AppState>>,
    mut shot: ResMut<FramedShot>,
    mut player: Query<(&mut Transform, &mut GlobalTransform, &mut Player)>,
    npcs: Query<(&Npc, &Transform), Without<Player>>,
) {
    let talking = matches!(open.0, Some(Panel::Kiosk(PanelKind::Interview)))
        && matches!(interview.0, Stage::Talking { .. })
        && *state.get() == AppState::InWorld(Place::InterviewRoom);
    let interviewer = npcs
        .iter()
        .find(|(npc, _)| npc.id == INTERVIEWER)
        .map(|(_, t)| t.translation);
    match (talking, interviewer) {
        (true, Some(interviewer)) => {
            if shot.0.is_none()
                && let Ok((mut transform, mut global, mut player)) = player.single_mut()
            {
                transform.translation.x = APPLICANT_SPOT.x;
                transform.translation.z = APPLICANT_SPOT.z;
                // The body turns towards the interviewer (the root keeps no rotation).
                let to = interviewer - APPLICANT_SPOT;
                player.facing = to.x.atan2(to.z);
                // The physics reads a kinematic body's place from its global transform.
                *global = GlobalTransform::from(*transform);
            }
            // Over the applicant's right shoulder; the interviewer sits in the upper half of
            // the picture, above the dialogue panel.
            let eye = APPLICANT_SPOT + Vec3::new(1.4, 2.5, 2.5);
            let target = interviewer.with_y(0.0) + Vec3::new(-0.2, 0.1, 1.4);
            shot.0 = Some((eye, target));
        }
        _ => {
            if shot.0.is_some() {
                shot.0 = None;
            }
        }
    }
}

/// The review as German text for a counsellor (the hand-over): job, interviewer, level, the
/// skills, the tips shown and the transcript with what each answer scored.
pub fn report(review: &Review, locales: &Locales) -> String {
    let de = Texts {
        locales,
        language: Language::De,
    };
    let prefix = format!("iv-{}", review.script);
    let mut args = fluent_bundle::FluentArgs::new();
    args.set(
        "personality",
        de.get(&format!(
            "interview-personality-{}",
            review.personality.id()
        )),
    );
    args.set(
        "level",
        de.get(&format!("interview-level-{}", review.level.id())),
    );
    let mut overall = fluent_bundle::FluentArgs::new();
    overall.set("percent", review.overall() as i64);
    overall.set("best", review.best_answers as i64);
    overall.set("count", review.questions as i64);
    let mut lines = vec![
        de.with(
            "interview-report-title",
            "job",
            de.get(&format!("{prefix}-title")),
        ),
        locales.format(Language::De, "interview-report-setup", Some(&args)),
        locales.format(Language::De, "interview-overall", Some(&overall)),
        String::new(),
        format!("{}:", de.get("interview-report-skills")),
    ];
    for s in &review.skills {
        let value = s
            .percent
            .map_or_else(|| de.get("interview-skill-not-asked"), |p| format!("{p} %"));
        lines.push(format!(
            "- {}: {value}",
            de.get(&format!("interview-skill-{}", s.skill.id()))
        ));
    }
    if !review.tips.is_empty() {
        let tips: Vec<String> = review
            .tips
            .iter()
            .map(|t| de.get(&format!("interview-skill-{}", t.id())))
            .collect();
        lines.push(format!(
            "{}: {}",
            de.get("interview-report-tips"),
            tips.join(", ")
        ));
    }
    lines.push(String::new());
    lines.push(format!("{}:", de.get("interview-report-transcript")));
    let mut question = 0;
    for turn in &review.transcript {
        let Some(answer) = review.answer_key(turn) else {
            continue;
        };
        question += 1;
        let total: i32 = turn.scores.values().sum();
        lines.push(format!("{question}. {}", de.get(&turn.line_key)));
        let timed_out = if turn.timed_out {
            format!(" {}", de.get("interview-timed-out"))
        } else {
            String::new()
        };
        lines.push(format!("   → {} ({total:+}){timed_out}", de.get(&answer)));
    }
    lines.join("\n")
}

fn save_progress(progress: Res<Progress>, store: Res<ProgressStore>) {
    if progress.is_changed()
        && !progress.is_added()
        && let Err(err) = store.0.keep(&*progress)
    {
        warn!("progress could not be saved: {err}");
    }
}

/// "Delete my data on this device": the count, best scores and kept reviews go.
fn forget_progress(
    _: On<crate::core::storage::ForgetDevice>,
    mut progress: ResMut<Progress>,
    mut interview: ResMut<Interview>,
    store: Res<ProgressStore>,
) {
    *progress = Progress::default();
    interview.0 = Stage::default();
    if let Err(err) = store.0.remove() {
        warn!("progress could not be deleted: {err}");
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn the_timer_runs_only_where_it_is_offered() {
        let (scripts, errors) = lernwelt_dialogue::Scripts::load_all();
        assert!(errors.is_empty(), "{errors:?}");
        let mut interview = Interview::default();
        let timed = |interview: &Interview| match &interview.0 {
            Stage::Talking { talk, .. } => talk.time_left.is_some(),
            _ => panic!("not talking"),
        };
        for (personality, level, offered) in [
            (Personality::Friendly, Level::Medium, false),
            (Personality::Strict, Level::Easy, true),
            (Personality::Factual, Level::Hard, true),
        ] {
            let setup = Setup {
                personality,
                level,
                timer: true,
                ..Setup::default()
            };
            assert_eq!(setup.timer_offered(), offered);
            begin(&mut interview, &scripts, setup).unwrap();
            assert_eq!(timed(&interview), offered, "{personality:?} {level:?}");
        }
    }
}
