//! Dialogue scripts: job interviews and lessons as data (`assets/dialogue/`, format in
//! `docs/dialogue.md`), the engine that runs one conversation, and the checks every script
//! must pass. No Bevy: the game wraps [`Scripts`] in a resource, and these tests build in
//! seconds.

pub mod engine;
pub mod validate;

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

pub use engine::{Choice, ChoiceError, Conversation, Reaction, Review, SkillResult, Turn};

/// The skills every answer is scored on.
#[derive(Deserialize, Serialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Skill {
    Preparation,
    Motivation,
    Communication,
    /// Politeness and etiquette.
    Politeness,
    /// Knowledge of the company.
    Company,
    /// The applicant's own questions.
    Questions,
}

impl Skill {
    /// All skills, in the order the review shows them.
    pub const ALL: [Skill; 6] = [
        Skill::Preparation,
        Skill::Motivation,
        Skill::Communication,
        Skill::Politeness,
        Skill::Company,
        Skill::Questions,
    ];

    /// Lowercase name, used in locale keys (`interview-skill-<name>`, `interview-tip-<name>`).
    pub fn id(self) -> &'static str {
        match self {
            Skill::Preparation => "preparation",
            Skill::Motivation => "motivation",
            Skill::Communication => "communication",
            Skill::Politeness => "politeness",
            Skill::Company => "company",
            Skill::Questions => "questions",
        }
    }
}

/// How the interviewer behaves.
#[derive(
    Deserialize, Serialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default,
)]
pub enum Personality {
    #[default]
    Friendly,
    /// Matter-of-fact.
    Factual,
    Strict,
}

impl Personality {
    /// All personalities.
    pub const ALL: [Personality; 3] = [
        Personality::Friendly,
        Personality::Factual,
        Personality::Strict,
    ];

    /// Lowercase name, used in locale keys.
    pub fn id(self) -> &'static str {
        match self {
            Personality::Friendly => "friendly",
            Personality::Factual => "factual",
            Personality::Strict => "strict",
        }
    }
}

/// Difficulty.
#[derive(
    Deserialize, Serialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default,
)]
pub enum Level {
    Easy,
    #[default]
    Medium,
    Hard,
}

impl Level {
    /// All levels, easiest first.
    pub const ALL: [Level; 3] = [Level::Easy, Level::Medium, Level::Hard];

    /// Lowercase name, used in locale keys.
    pub fn id(self) -> &'static str {
        match self {
            Level::Easy => "easy",
            Level::Medium => "medium",
            Level::Hard => "hard",
        }
    }
}

/// What a script is for.
#[derive(Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScriptKind {
    /// Practised in German with a translation at hand.
    Interview,
    /// Taught in the person's language, with a short quiz.
    Lesson,
}

/// One script as written in its RON file.
#[derive(Deserialize, Clone, Debug)]
#[serde(deny_unknown_fields)]
pub struct Script {
    pub kind: ScriptKind,
    pub start: String,
    pub nodes: BTreeMap<String, Node>,
}

/// One thing the NPC says, with the player's possible answers.
#[derive(Deserialize, Clone, Debug, Default)]
#[serde(deny_unknown_fields)]
pub struct Node {
    /// There is a simple-German version of the line.
    #[serde(default)]
    pub simple: bool,
    /// Personalities with their own wording of the line.
    #[serde(default)]
    pub variants: Vec<Personality>,
    /// No answers: a statement the player acknowledges.
    #[serde(default)]
    pub answers: Vec<Answer>,
    /// Checked in order after the answer; the first that holds decides where to go.
    #[serde(default)]
    pub branches: Vec<Branch>,
    /// Where to go otherwise; `None` ends the conversation.
    #[serde(default)]
    pub next: Option<String>,
}

/// One answer and its scores.
#[derive(Deserialize, Clone, Debug, Default)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    pub scores: BTreeMap<Skill, i32>,
    #[serde(default)]
    pub next: Option<String>,
}

impl Answer {
    /// The sum of its scores.
    pub fn total(&self) -> i32 {
        self.scores.values().sum()
    }
}

/// A conditional jump.
#[derive(Deserialize, Clone, Debug)]
#[serde(deny_unknown_fields)]
pub struct Branch {
    pub when: Condition,
    pub goto: String,
}

/// A condition on the conversation so far.
#[derive(Deserialize, Clone, Debug, PartialEq)]
pub enum Condition {
    Personality(Personality),
    LevelAtLeast(Level),
    /// The running total of a skill is at least this.
    ScoreAtLeast(Skill, i32),
    /// The running total of a skill is below this.
    ScoreBelow(Skill, i32),
    /// At this node, answer n (counted from 1) was chosen.
    Picked(String, usize),
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
}

/// The lowest and highest score one answer may give one skill.
pub const SCORE_RANGE: std::ops::RangeInclusive<i32> = -2..=3;

/// A script together with its name and key prefix.
#[derive(Debug)]
pub struct LoadedScript {
    /// File name without extension, e.g. `retail`.
    pub id: &'static str,
    /// Locale key prefix, e.g. `iv-retail`.
    pub prefix: String,
    pub script: Script,
}

impl LoadedScript {
    /// Parses one script.
    pub fn parse(source: &ScriptSource) -> Result<Self, ScriptError> {
        let script: Script = ron::from_str(source.ron).map_err(|e| ScriptError {
            script: source.id.to_owned(),
            message: e.to_string(),
        })?;
        let prefix = match script.kind {
            ScriptKind::Interview => "iv",
            ScriptKind::Lesson => "ls",
        };
        if script.kind != source.kind {
            return Err(ScriptError {
                script: source.id.to_owned(),
                message: format!("kind {:?} in a {:?} folder", script.kind, source.kind),
            });
        }
        Ok(Self {
            id: source.id,
            prefix: format!("{prefix}-{}", source.id),
            script,
        })
    }

    /// The key of the script's title.
    pub fn title_key(&self) -> String {
        format!("{}-title", self.prefix)
    }

    /// The key of the script's short description.
    pub fn brief_key(&self) -> String {
        format!("{}-brief", self.prefix)
    }

    /// The key of a node's line.
    pub fn line_key(&self, node: &str) -> String {
        format!("{}-{node}", self.prefix)
    }

    /// The key of a node's line as `personality` says it.
    pub fn variant_key(&self, node: &str, personality: Personality) -> String {
        format!("{}-{node}-{}", self.prefix, personality.id())
    }

    /// The key of a node's simple-German line.
    pub fn simple_key(&self, node: &str) -> String {
        format!("{}-{node}-simple", self.prefix)
    }

    /// The key of answer `n` (from 1) of a node.
    pub fn answer_key(&self, node: &str, n: usize) -> String {
        format!("{}-{node}-a{n}", self.prefix)
    }

    /// The key of the feedback on answer `n` (from 1) of a node.
    pub fn why_key(&self, node: &str, n: usize) -> String {
        format!("{}-{node}-a{n}-why", self.prefix)
    }
}

/// A script that could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct ScriptError {
    pub script: String,
    pub message: String,
}

impl fmt::Display for ScriptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "dialogue script {}: {}", self.script, self.message)
    }
}

impl std::error::Error for ScriptError {}

/// One embedded script file.
pub struct ScriptSource {
    pub id: &'static str,
    pub kind: ScriptKind,
    pub ron: &'static str,
}

macro_rules! script_files {
    ($($kind:ident $folder:literal [$($id:literal),*]);*) => {
        /// Every script, embedded at build time so the browser build needs no extra fetch.
        pub const SCRIPT_FILES: &[ScriptSource] = &[
            $($(ScriptSource {
                id: $id,
                kind: ScriptKind::$kind,
                ron: include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/dialogue/", $folder, "/", $id, ".ron")),
            },)*)*
        ];
    };
}
script_files!(
    Interview "interview" ["retail", "mechatronics", "care", "warehouse", "kitchen"];
    Lesson "lesson" ["appointment", "punctuality", "contract", "apprenticeship"]
);

/// All scripts that loaded.
#[derive(Default, Debug, Clone)]
pub struct Scripts(pub Vec<Arc<LoadedScript>>);

impl Scripts {
    /// Parses every embedded script; returns the ones that loaded and the errors of the rest.
    pub fn load_all() -> (Self, Vec<ScriptError>) {
        let mut scripts = Vec::new();
        let mut errors = Vec::new();
        for source in SCRIPT_FILES {
            match LoadedScript::parse(source) {
                Ok(script) => scripts.push(Arc::new(script)),
                Err(e) => errors.push(e),
            }
        }
        (Self(scripts), errors)
    }

    /// The script with this id.
    pub fn get(&self, id: &str) -> Option<&Arc<LoadedScript>> {
        self.0.iter().find(|s| s.id == id)
    }

    /// The interviews, in file order.
    pub fn interviews(&self) -> impl Iterator<Item = &Arc<LoadedScript>> {
        self.0
            .iter()
            .filter(|s| s.script.kind == ScriptKind::Interview)
    }
}
