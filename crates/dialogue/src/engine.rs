//! One conversation through a script: where it stands, what the player chose, the running
//! scores, where it goes next, and the review at the end.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::{Answer, Condition, Level, LoadedScript, Node, Personality, Skill};

/// How the NPC takes an answer (drives its animation).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Reaction {
    /// A clear nod, a smile.
    Pleased,
    /// A small nod.
    Neutral,
    /// Leans back, raises an eyebrow.
    Doubtful,
}

/// One step of the transcript.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Turn {
    /// The node's id.
    pub node: String,
    /// The key of the line as it was said (with the personality's wording).
    pub line_key: String,
    /// The answer chosen (counted from 1), or `None` for a statement.
    pub answer: Option<usize>,
    /// What that answer scored.
    pub scores: BTreeMap<Skill, i32>,
    /// The answer time ran out (the weakest answer was counted).
    #[serde(default)]
    pub timed_out: bool,
}

/// The feedback key when the answer time ran out.
pub const TIMEOUT_KEY: &str = "interview-timeout";

/// What choosing an answer did.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    /// The key of the feedback on the answer.
    pub why_key: String,
    /// The answer's total score.
    pub total: i32,
    /// Whether it was the best answer to this question.
    pub best: bool,
    pub reaction: Reaction,
}

/// A choice that does not fit where the conversation stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChoiceError {
    /// The conversation is over.
    Ended,
    /// This node has no answer with that number.
    NoSuchAnswer { node: String, answer: usize },
    /// This node wants an answer, not a "continue".
    AnswerNeeded(String),
    /// The script points to a node that does not exist (validation catches this).
    MissingNode(String),
}

impl fmt::Display for ChoiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ChoiceError::Ended => write!(f, "the conversation is over"),
            ChoiceError::NoSuchAnswer { node, answer } => {
                write!(f, "node {node} has no answer {answer}")
            }
            ChoiceError::AnswerNeeded(node) => write!(f, "node {node} needs an answer"),
            ChoiceError::MissingNode(node) => write!(f, "the script has no node {node}"),
        }
    }
}

impl std::error::Error for ChoiceError {}

/// One skill in the review.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct SkillResult {
    pub skill: Skill,
    /// The sum of what the answers scored.
    pub total: i32,
    /// What the best answers to the questions asked give: the full marks.
    pub possible: i32,
    /// `total` of `possible` in percent, 0 to 100 (0 when no best answer asked for the skill
    /// but an answer given lost points on it); `None` if the skill played no part.
    pub percent: Option<u8>,
}

/// The after-action review.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Review {
    pub script: String,
    pub personality: Personality,
    pub level: Level,
    pub skills: Vec<SkillResult>,
    /// Up to three skills to work on, weakest first.
    pub tips: Vec<Skill>,
    /// Questions answered and how many with the best answer.
    pub questions: usize,
    pub best_answers: usize,
    pub transcript: Vec<Turn>,
}

impl Review {
    /// The key of the answer given in `turn` of this interview, if one was given.
    pub fn answer_key(&self, turn: &Turn) -> Option<String> {
        turn.answer
            .map(|n| format!("iv-{}-{}-a{n}", self.script, turn.node))
    }

    /// The average of the assessed skills in percent.
    pub fn overall(&self) -> u8 {
        let assessed: Vec<u32> = self
            .skills
            .iter()
            .filter_map(|s| s.percent.map(u32::from))
            .collect();
        if assessed.is_empty() {
            return 0;
        }
        let sum: u32 = assessed.iter().sum();
        (sum / assessed.len() as u32) as u8
    }
}

/// A conversation in progress.
#[derive(Clone, Debug)]
pub struct Conversation {
    script: Arc<LoadedScript>,
    personality: Personality,
    level: Level,
    node: Option<String>,
    totals: BTreeMap<Skill, i32>,
    possible: BTreeMap<Skill, i32>,
    transcript: Vec<Turn>,
    best_answers: usize,
}

impl Conversation {
    /// Starts at the script's first node.
    pub fn start(script: Arc<LoadedScript>, personality: Personality, level: Level) -> Self {
        let node = Some(script.script.start.clone());
        Self {
            script,
            personality,
            level,
            node,
            totals: BTreeMap::new(),
            possible: BTreeMap::new(),
            transcript: Vec::new(),
            best_answers: 0,
        }
    }

    /// The script.
    pub fn script(&self) -> &Arc<LoadedScript> {
        &self.script
    }

    /// The interviewer's personality.
    pub fn personality(&self) -> Personality {
        self.personality
    }

    /// The difficulty.
    pub fn level(&self) -> Level {
        self.level
    }

    /// The current node's id, or `None` once the conversation is over.
    pub fn node_id(&self) -> Option<&str> {
        self.node.as_deref()
    }

    /// The current node.
    pub fn node(&self) -> Option<&Node> {
        self.node
            .as_ref()
            .and_then(|id| self.script.script.nodes.get(id))
    }

    /// Whether the conversation is over.
    pub fn is_over(&self) -> bool {
        self.node().is_none()
    }

    /// The key of the current line, in this interviewer's wording.
    pub fn line_key(&self) -> Option<String> {
        let id = self.node.as_deref()?;
        let node = self.node()?;
        Some(if node.variants.contains(&self.personality) {
            self.script.variant_key(id, self.personality)
        } else {
            self.script.line_key(id)
        })
    }

    /// The key of the current line in simple German, if there is one.
    pub fn simple_key(&self) -> Option<String> {
        let id = self.node.as_deref()?;
        self.node()?.simple.then(|| self.script.simple_key(id))
    }

    /// The keys of the current answers, in order.
    pub fn answer_keys(&self) -> Vec<String> {
        match (self.node.as_deref(), self.node()) {
            (Some(id), Some(node)) => (1..=node.answers.len())
                .map(|n| self.script.answer_key(id, n))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The running total of a skill.
    pub fn score(&self, skill: Skill) -> i32 {
        self.totals.get(&skill).copied().unwrap_or(0)
    }

    /// Questions answered so far.
    pub fn questions_answered(&self) -> usize {
        self.transcript
            .iter()
            .filter(|t| t.answer.is_some())
            .count()
    }

    /// The transcript so far.
    pub fn transcript(&self) -> &[Turn] {
        &self.transcript
    }

    /// Chooses answer `n` (counted from 1) of the current question.
    pub fn choose(&mut self, n: usize) -> Result<Choice, ChoiceError> {
        let id = self.node.clone().ok_or(ChoiceError::Ended)?;
        let node = self.current_node(&id)?.clone();
        let answer = n
            .checked_sub(1)
            .and_then(|i| node.answers.get(i))
            .ok_or_else(|| ChoiceError::NoSuchAnswer {
                node: id.clone(),
                answer: n,
            })?;
        for (skill, value) in &answer.scores {
            *self.totals.entry(*skill).or_insert(0) += value;
        }
        let total = answer.total();
        let best = node.answers.iter().all(|a| a.total() <= total);
        // What the question could have given is what its best answer gives, skill by skill
        // (not each skill's maximum over all answers: no single answer reaches that). Of
        // equally good answers the one chosen counts, else the first in the script.
        let reference = if best {
            Some(answer)
        } else {
            let top = node.answers.iter().map(Answer::total).max();
            node.answers.iter().find(|a| Some(a.total()) == top)
        };
        for (skill, value) in reference.map(|a| &a.scores).into_iter().flatten() {
            *self.possible.entry(*skill).or_insert(0) += (*value).max(0);
        }
        if best {
            self.best_answers += 1;
        }
        let line_key = self.line_key().unwrap_or_default();
        self.transcript.push(Turn {
            node: id.clone(),
            line_key,
            answer: Some(n),
            scores: answer.scores.clone(),
            timed_out: false,
        });
        self.node = self.next_after(&node, answer.next.as_ref());
        Ok(Choice {
            why_key: self.script.why_key(&id, n),
            total,
            best,
            reaction: self.reaction(total),
        })
    }

    /// The answer time ran out: the weakest answer counts, and the feedback says why.
    pub fn time_out(&mut self) -> Result<Choice, ChoiceError> {
        let id = self.node.clone().ok_or(ChoiceError::Ended)?;
        let node = self.current_node(&id)?;
        let weakest = node
            .answers
            .iter()
            .enumerate()
            .min_by_key(|(_, a)| a.total())
            .map(|(i, _)| i + 1)
            .ok_or_else(|| ChoiceError::NoSuchAnswer {
                node: id.clone(),
                answer: 0,
            })?;
        let mut choice = self.choose(weakest)?;
        if let Some(turn) = self.transcript.last_mut() {
            turn.timed_out = true;
        }
        choice.why_key = TIMEOUT_KEY.to_owned();
        Ok(choice)
    }

    /// Goes on after a statement.
    pub fn proceed(&mut self) -> Result<(), ChoiceError> {
        let id = self.node.clone().ok_or(ChoiceError::Ended)?;
        let node = self.current_node(&id)?.clone();
        if !node.answers.is_empty() {
            return Err(ChoiceError::AnswerNeeded(id));
        }
        let line_key = self.line_key().unwrap_or_default();
        self.transcript.push(Turn {
            node: id,
            line_key,
            answer: None,
            scores: BTreeMap::new(),
            timed_out: false,
        });
        self.node = self.next_after(&node, None);
        Ok(())
    }

    /// The review of the conversation so far.
    pub fn review(&self) -> Review {
        let skills: Vec<SkillResult> = Skill::ALL
            .into_iter()
            .map(|skill| {
                let total = self.score(skill);
                let possible = self.possible.get(&skill).copied().unwrap_or(0);
                let percent = if possible > 0 {
                    Some((total.clamp(0, possible) * 100 / possible) as u8)
                } else {
                    // No best answer asked for it, yet an answer given lost points on it.
                    (total < 0).then_some(0)
                };
                SkillResult {
                    skill,
                    total,
                    possible,
                    percent,
                }
            })
            .collect();
        let mut weakest: Vec<&SkillResult> = skills
            .iter()
            .filter(|s| s.percent.is_some_and(|p| p < 100))
            .collect();
        weakest.sort_by_key(|s| (s.percent, std::cmp::Reverse(s.possible)));
        Review {
            script: self.script.id.to_owned(),
            personality: self.personality,
            level: self.level,
            tips: weakest.iter().take(3).map(|s| s.skill).collect(),
            skills,
            questions: self.questions_answered(),
            best_answers: self.best_answers,
            transcript: self.transcript.clone(),
        }
    }

    fn current_node(&self, id: &str) -> Result<&Node, ChoiceError> {
        self.script
            .script
            .nodes
            .get(id)
            .ok_or_else(|| ChoiceError::MissingNode(id.to_owned()))
    }

    /// Where to go after `node`: the first branch that holds, the answer's next, the node's.
    fn next_after(&self, node: &Node, answer_next: Option<&String>) -> Option<String> {
        node.branches
            .iter()
            .find(|b| self.holds(&b.when))
            .map(|b| &b.goto)
            .or(answer_next)
            .or(node.next.as_ref())
            .cloned()
    }

    /// Whether a condition holds now.
    pub fn holds(&self, condition: &Condition) -> bool {
        match condition {
            Condition::Personality(p) => self.personality == *p,
            Condition::LevelAtLeast(l) => self.level >= *l,
            Condition::ScoreAtLeast(skill, n) => self.score(*skill) >= *n,
            Condition::ScoreBelow(skill, n) => self.score(*skill) < *n,
            Condition::Picked(node, n) => self
                .transcript
                .iter()
                .any(|t| t.node == *node && t.answer == Some(*n)),
            Condition::All(all) => all.iter().all(|c| self.holds(c)),
            Condition::Any(any) => any.iter().any(|c| self.holds(c)),
            Condition::Not(c) => !self.holds(c),
        }
    }

    /// How this interviewer takes an answer worth `total`: a strict one is pleased less
    /// easily, a friendly one doubts less visibly.
    fn reaction(&self, total: i32) -> Reaction {
        let (pleased_from, doubtful_below) = match self.personality {
            Personality::Friendly => (2, 0),
            Personality::Factual => (3, 1),
            Personality::Strict => (4, 1),
        };
        if total >= pleased_from {
            Reaction::Pleased
        } else if total < doubtful_below {
            Reaction::Doubtful
        } else {
            Reaction::Neutral
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ScriptKind, ScriptSource};

    const SCRIPT: &str = r#"(
        kind: Interview,
        start: "hello",
        nodes: {
            "hello": (next: Some("q1")),
            "q1": (
                variants: [Strict],
                simple: true,
                answers: [
                    (scores: {Communication: 2, Politeness: 1}),
                    (scores: {Communication: -1}),
                    (scores: {Motivation: 1}, next: Some("q2")),
                ],
                branches: [
                    (when: All([Personality(Strict), Picked("q1", 2)]), goto: "probe"),
                    (when: LevelAtLeast(Hard), goto: "hard"),
                ],
                next: Some("q2"),
            ),
            "probe": (answers: [(scores: {Politeness: 1}), (scores: {Politeness: -2}), (scores: {Preparation: 1})], next: Some("q2")),
            "hard": (answers: [(scores: {Company: 3}), (scores: {Company: -1}), (scores: {Company: 0, Questions: 1})], next: Some("q2")),
            "q2": (
                answers: [(scores: {Questions: 3}), (scores: {Questions: 1}), (scores: {Questions: -1})],
                branches: [(when: ScoreBelow(Politeness, 0), goto: "cold-bye")],
                next: Some("bye"),
            ),
            "bye": (),
            "cold-bye": (),
        },
    )"#;

    fn script() -> Arc<LoadedScript> {
        let source = ScriptSource {
            id: "test",
            kind: ScriptKind::Interview,
            ron: SCRIPT,
        };
        Arc::new(LoadedScript::parse(&source).unwrap())
    }

    fn run(personality: Personality, level: Level, picks: &[usize]) -> Conversation {
        let mut c = Conversation::start(script(), personality, level);
        let mut picks = picks.iter();
        while let Some(node) = c.node() {
            if node.answers.is_empty() {
                c.proceed().unwrap();
            } else {
                c.choose(*picks.next().unwrap()).unwrap();
            }
        }
        c
    }

    fn path(c: &Conversation) -> Vec<&str> {
        c.transcript().iter().map(|t| t.node.as_str()).collect()
    }

    #[test]
    fn the_default_path_follows_next() {
        let c = run(Personality::Friendly, Level::Medium, &[1, 1]);
        assert_eq!(path(&c), ["hello", "q1", "q2", "bye"]);
        assert_eq!(c.score(Skill::Communication), 2);
        assert_eq!(c.score(Skill::Questions), 3);
    }

    #[test]
    fn a_strict_interviewer_probes_a_weak_answer_and_others_do_not() {
        let strict = run(Personality::Strict, Level::Medium, &[2, 1, 1]);
        assert_eq!(path(&strict), ["hello", "q1", "probe", "q2", "bye"]);
        let friendly = run(Personality::Friendly, Level::Medium, &[2, 1]);
        assert_eq!(path(&friendly), ["hello", "q1", "q2", "bye"]);
    }

    #[test]
    fn the_strict_wording_and_simple_german_keys_are_used() {
        let mut c = Conversation::start(script(), Personality::Strict, Level::Easy);
        c.proceed().unwrap();
        assert_eq!(c.line_key().as_deref(), Some("iv-test-q1-strict"));
        assert_eq!(c.simple_key().as_deref(), Some("iv-test-q1-simple"));
        assert_eq!(
            c.answer_keys(),
            ["iv-test-q1-a1", "iv-test-q1-a2", "iv-test-q1-a3"]
        );
        let friendly = Conversation::start(script(), Personality::Friendly, Level::Easy);
        assert_eq!(friendly.line_key().as_deref(), Some("iv-test-hello"));
    }

    #[test]
    fn hard_level_adds_a_question_and_an_answer_next_beats_node_next() {
        let hard = run(Personality::Friendly, Level::Hard, &[1, 1, 1]);
        assert_eq!(path(&hard), ["hello", "q1", "hard", "q2", "bye"]);
        let jump = run(Personality::Friendly, Level::Medium, &[3, 2]);
        assert_eq!(path(&jump), ["hello", "q1", "q2", "bye"]);
    }

    #[test]
    fn impoliteness_changes_the_goodbye() {
        let c = run(Personality::Strict, Level::Medium, &[2, 2, 1]);
        assert_eq!(path(&c), ["hello", "q1", "probe", "q2", "cold-bye"]);
        assert_eq!(c.score(Skill::Politeness), -2);
    }

    #[test]
    fn wrong_moves_are_errors_and_change_nothing() {
        let mut c = Conversation::start(script(), Personality::Friendly, Level::Medium);
        assert_eq!(
            c.choose(1),
            Err(ChoiceError::NoSuchAnswer {
                node: "hello".into(),
                answer: 1
            })
        );
        c.proceed().unwrap();
        assert_eq!(c.proceed(), Err(ChoiceError::AnswerNeeded("q1".into())));
        assert!(matches!(c.choose(0), Err(ChoiceError::NoSuchAnswer { .. })));
        assert!(matches!(c.choose(4), Err(ChoiceError::NoSuchAnswer { .. })));
        assert_eq!(c.node_id(), Some("q1"));
        assert_eq!(c.transcript().len(), 1);
        let mut done = run(Personality::Friendly, Level::Medium, &[1, 1]);
        assert_eq!(done.choose(1), Err(ChoiceError::Ended));
        assert_eq!(done.proceed(), Err(ChoiceError::Ended));
    }

    #[test]
    fn the_review_counts_percent_of_what_was_possible_and_tips_the_weakest() {
        let c = run(Personality::Friendly, Level::Medium, &[2, 2]);
        let review = c.review();
        let skill = |s| review.skills.iter().find(|r| r.skill == s).unwrap();
        // The best answer to q1 gives Communication 2 and Politeness 1, to q2 Questions 3.
        assert_eq!(skill(Skill::Communication).percent, Some(0));
        assert_eq!(skill(Skill::Communication).total, -1);
        assert_eq!(skill(Skill::Communication).possible, 2);
        assert_eq!(skill(Skill::Politeness).percent, Some(0));
        assert_eq!(skill(Skill::Questions).percent, Some(33));
        // Only a weaker answer to q1 gives Motivation: no best answer asked for it.
        assert_eq!(skill(Skill::Motivation).percent, None);
        assert_eq!(skill(Skill::Company).percent, None);
        assert_eq!(review.questions, 2);
        assert_eq!(review.best_answers, 0);
        assert_eq!(review.tips.len(), 3);
        assert_eq!(review.tips[0], Skill::Communication);
        assert!(!review.tips.contains(&Skill::Company));
        let best = run(Personality::Friendly, Level::Medium, &[1, 1]).review();
        assert_eq!(best.best_answers, 2);
        assert!(best.overall() > review.overall());
    }

    #[test]
    fn the_best_answers_are_full_marks_and_leave_nothing_to_work_on() {
        let review = run(Personality::Friendly, Level::Hard, &[1, 1, 1]).review();
        for s in &review.skills {
            assert!(s.percent.is_none_or(|p| p == 100), "{s:?}");
        }
        assert_eq!(review.overall(), 100);
        assert!(review.tips.is_empty(), "{:?}", review.tips);
        // Either of two equally good answers is full marks for what it gives (probe:
        // Politeness 1 or Preparation 1); the weak answer to q1 costs Communication and
        // Politeness only.
        for probe in [1, 3] {
            let review = run(Personality::Strict, Level::Medium, &[2, probe, 1]).review();
            let skill = |s| *review.skills.iter().find(|r| r.skill == s).unwrap();
            assert_eq!(skill(Skill::Communication).percent, Some(0));
            assert_eq!(skill(Skill::Questions).percent, Some(100));
            if probe == 1 {
                assert_eq!(skill(Skill::Politeness).total, 1);
                assert_eq!(skill(Skill::Politeness).possible, 2);
                assert_eq!(skill(Skill::Preparation).percent, None);
            } else {
                assert_eq!(skill(Skill::Politeness).possible, 1);
                assert_eq!(skill(Skill::Preparation).percent, Some(100));
                assert!(!review.tips.contains(&Skill::Preparation));
            }
            assert!(!review.tips.contains(&Skill::Questions));
        }
    }

    #[test]
    fn a_weaker_answer_is_measured_against_the_first_best_answer() {
        // probe answer 2 (Politeness -2) against answer 1 (Politeness 1), not answer 3.
        let review = run(Personality::Strict, Level::Medium, &[2, 2, 1]).review();
        let skill = |s| *review.skills.iter().find(|r| r.skill == s).unwrap();
        assert_eq!(skill(Skill::Politeness).possible, 2);
        assert_eq!(skill(Skill::Politeness).percent, Some(0));
        assert_eq!(skill(Skill::Preparation).percent, None);
    }

    #[test]
    fn points_lost_on_a_skill_no_best_answer_asked_for_show_as_zero() {
        let source = ScriptSource {
            id: "lost",
            kind: ScriptKind::Interview,
            ron: r#"(kind: Interview, start: "q", nodes: {"q": (answers: [
                (scores: {Communication: 2}),
                (scores: {Communication: 1, Politeness: -1}),
            ])})"#,
        };
        let script = Arc::new(LoadedScript::parse(&source).unwrap());
        let mut c = Conversation::start(script.clone(), Personality::Friendly, Level::Medium);
        c.choose(2).unwrap();
        let review = c.review();
        let skill = |s| *review.skills.iter().find(|r| r.skill == s).unwrap();
        assert_eq!(skill(Skill::Politeness).possible, 0);
        assert_eq!(skill(Skill::Politeness).percent, Some(0));
        assert_eq!(skill(Skill::Communication).percent, Some(50));
        assert_eq!(review.tips, [Skill::Politeness, Skill::Communication]);
        let mut c = Conversation::start(script, Personality::Friendly, Level::Medium);
        c.choose(1).unwrap();
        let review = c.review();
        assert!(review.tips.is_empty());
        assert!(
            review
                .skills
                .iter()
                .all(|s| s.percent == (s.skill == Skill::Communication).then_some(100))
        );
    }

    #[test]
    fn a_time_out_counts_the_weakest_answer() {
        let mut c = Conversation::start(script(), Personality::Strict, Level::Hard);
        c.proceed().unwrap();
        let choice = c.time_out().unwrap();
        assert_eq!(choice.why_key, TIMEOUT_KEY);
        assert_eq!(c.score(Skill::Communication), -1);
        assert!(c.transcript().last().unwrap().timed_out);
        assert_eq!(c.node_id(), Some("probe"));
    }

    #[test]
    fn reactions_depend_on_the_personality() {
        let mut friendly = Conversation::start(script(), Personality::Friendly, Level::Medium);
        friendly.proceed().unwrap();
        assert_eq!(friendly.choose(1).unwrap().reaction, Reaction::Pleased);
        let mut strict = Conversation::start(script(), Personality::Strict, Level::Medium);
        strict.proceed().unwrap();
        let choice = strict.choose(1).unwrap();
        assert_eq!(choice.reaction, Reaction::Neutral);
        assert!(choice.best);
        assert_eq!(choice.why_key, "iv-test-q1-a1-why");
    }
}
