//! The checks every dialogue script must pass (run by `game/tests/game/dialogue.rs`): a sound
//! graph, every key in every language, conversations that end with reviews true to what was
//! answered, and full marks for choosing a best answer every time.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use crate::{
    Answer, Condition, Conversation, Level, LoadedScript, Personality, SCORE_RANGE, ScriptKind,
};
use lernwelt_protocol::Language;

/// The fewest questions an interview asks on any medium-level path.
pub const MIN_INTERVIEW_QUESTIONS: usize = 10;

/// Problems with the graph: unknown targets, unreachable nodes, cycles, dead ends, answer
/// counts and score ranges.
pub fn structure(s: &LoadedScript) -> Vec<String> {
    let mut problems = Vec::new();
    let nodes = &s.script.nodes;
    if !nodes.contains_key(&s.script.start) {
        problems.push(format!("start node {} does not exist", s.script.start));
    }
    let answers_allowed = match s.script.kind {
        ScriptKind::Interview => 3..=4,
        ScriptKind::Lesson => 2..=4,
    };
    for (id, node) in nodes {
        if id.is_empty()
            || !id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            problems.push(format!("node id {id:?}: use a-z, 0-9 and -"));
        }
        for target in targets(node) {
            if !nodes.contains_key(target) {
                problems.push(format!("{id} leads to missing node {target}"));
            }
        }
        if !node.answers.is_empty() && !answers_allowed.contains(&node.answers.len()) {
            problems.push(format!(
                "{id} has {} answers, allowed {answers_allowed:?}",
                node.answers.len()
            ));
        }
        for (i, answer) in node.answers.iter().enumerate() {
            let n = i + 1;
            if answer.scores.values().all(|v| *v == 0) {
                problems.push(format!("{id} answer {n} scores no skill"));
            }
            for (skill, value) in &answer.scores {
                if !SCORE_RANGE.contains(value) {
                    problems.push(format!(
                        "{id} answer {n}: {skill:?} {value} outside {SCORE_RANGE:?}"
                    ));
                }
            }
            let best = node.answers.iter().all(|a| a.total() <= answer.total());
            if best && answer.scores.values().any(|v| *v < 0) {
                // A best answer is full marks; it cannot also lose points.
                problems.push(format!("{id} answer {n} is a best answer but loses points"));
            }
            if answer.next.is_none() && node.next.is_none() {
                problems.push(format!("{id} answer {n} leads nowhere (a dead end)"));
            }
        }
        for branch in &node.branches {
            check_condition(s, id, &branch.when, &mut problems);
        }
    }
    // Everything reachable from the start, and no cycles.
    let mut seen = BTreeSet::new();
    let mut stack = vec![s.script.start.as_str()];
    while let Some(id) = stack.pop() {
        if seen.insert(id)
            && let Some(node) = nodes.get(id)
        {
            stack.extend(targets(node));
        }
    }
    for id in nodes.keys() {
        if !seen.contains(id.as_str()) {
            problems.push(format!("{id} cannot be reached from the start"));
        }
    }
    if let Some(cycle) = find_cycle(s) {
        problems.push(format!("cycle through {cycle}"));
    }
    problems
}

/// Every node a node can lead to.
fn targets(node: &super::Node) -> impl Iterator<Item = &str> {
    node.next
        .iter()
        .chain(node.answers.iter().filter_map(|a| a.next.as_ref()))
        .chain(node.branches.iter().map(|b| &b.goto))
        .map(String::as_str)
}

fn check_condition(s: &LoadedScript, id: &str, condition: &Condition, problems: &mut Vec<String>) {
    match condition {
        Condition::Picked(node, n) => match s.script.nodes.get(node) {
            None => problems.push(format!("{id}: Picked names missing node {node}")),
            Some(target) if *n == 0 || *n > target.answers.len() => {
                problems.push(format!("{id}: Picked({node}, {n}) — it has no answer {n}"));
            }
            Some(_) => {}
        },
        Condition::All(all) | Condition::Any(all) => {
            for c in all {
                check_condition(s, id, c, problems);
            }
        }
        Condition::Not(c) => check_condition(s, id, c, problems),
        _ => {}
    }
}

/// A node on a cycle, if the graph has one.
fn find_cycle(s: &LoadedScript) -> Option<String> {
    // 0 = unvisited, 1 = on the current path, 2 = finished.
    let mut state: BTreeMap<&str, u8> = BTreeMap::new();
    for start in s.script.nodes.keys() {
        if state.get(start.as_str()).copied().unwrap_or(0) != 0 {
            continue;
        }
        let mut stack: Vec<(&str, Vec<&str>)> = Vec::new();
        let children = |id: &str| -> Vec<&str> {
            s.script
                .nodes
                .get(id)
                .map(|n| targets(n).collect())
                .unwrap_or_default()
        };
        state.insert(start, 1);
        stack.push((start, children(start)));
        while let Some((id, rest)) = stack.last_mut() {
            match rest.pop() {
                Some(child) => match state.get(child).copied().unwrap_or(0) {
                    1 => return Some(child.to_owned()),
                    0 if s.script.nodes.contains_key(child) => {
                        state.insert(child, 1);
                        let grandchildren = children(child);
                        stack.push((child, grandchildren));
                    }
                    _ => {}
                },
                None => {
                    state.insert(id, 2);
                    stack.pop();
                }
            }
        }
    }
    None
}

/// The keys a script needs: every language, and German-only simple lines.
pub fn required_keys(s: &LoadedScript) -> (Vec<String>, Vec<String>) {
    let mut all = vec![s.title_key(), s.brief_key()];
    let mut german = Vec::new();
    for (id, node) in &s.script.nodes {
        all.push(s.line_key(id));
        for personality in &node.variants {
            all.push(s.variant_key(id, *personality));
        }
        if node.simple {
            german.push(s.simple_key(id));
        }
        for n in 1..=node.answers.len() {
            all.push(s.answer_key(id, n));
            all.push(s.why_key(id, n));
        }
    }
    (all, german)
}

/// Keys the script needs that a language lacks (`has(language, key)` looks one up).
pub fn missing_keys(s: &LoadedScript, has: impl Fn(Language, &str) -> bool) -> Vec<String> {
    let (all, german) = required_keys(s);
    let mut missing = Vec::new();
    for language in Language::ALL {
        for key in &all {
            if !has(language, key) {
                missing.push(format!("{language}: {key}"));
            }
        }
    }
    for key in &german {
        if !has(Language::De, key) {
            missing.push(format!("de: {key}"));
        }
    }
    missing
}

/// What walking a script's conversations found.
#[derive(Debug, Default)]
pub struct Walks {
    /// Conversations played to the end.
    pub paths: usize,
    /// Whether that was every possible conversation (else a seeded sample).
    pub exhaustive: bool,
    pub min_questions: usize,
    pub max_questions: usize,
    pub problems: Vec<String>,
}

/// The most conversations walked one by one before switching to a sample.
const EXHAUSTIVE_LIMIT: usize = 20_000;
/// Conversations in the sample.
const SAMPLE: usize = 3_000;

/// Plays the script's conversations for one interviewer and level: all of them when there
/// are few enough, else a seeded sample plus "always answer n" for every n. Every one must
/// end within as many steps as there are nodes, with a review that fits its transcript (see
/// [`finish`]).
pub fn walk(s: &Arc<LoadedScript>, personality: Personality, level: Level) -> Walks {
    let mut walks = Walks {
        min_questions: usize::MAX,
        exhaustive: true,
        ..Walks::default()
    };
    let start = Conversation::start(s.clone(), personality, level);
    let mut stack = vec![start.clone()];
    while let Some(mut c) = stack.pop() {
        if walks.paths >= EXHAUSTIVE_LIMIT {
            walks.exhaustive = false;
            break;
        }
        match settle(&mut c, s.script.nodes.len()) {
            Err(problem) => walks.problems.push(problem),
            Ok(0) => finish(&c, &mut walks),
            Ok(answers) => {
                for n in 1..=answers {
                    let mut next = c.clone();
                    if let Err(e) = next.choose(n) {
                        walks.problems.push(e.to_string());
                    }
                    stack.push(next);
                }
            }
        }
    }
    if !walks.exhaustive {
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        for i in 0..SAMPLE + 4 {
            let mut c = start.clone();
            loop {
                match settle(&mut c, s.script.nodes.len()) {
                    Err(problem) => {
                        walks.problems.push(problem);
                        break;
                    }
                    Ok(0) => {
                        finish(&c, &mut walks);
                        break;
                    }
                    Ok(answers) => {
                        // The first four walks always take answer 1, 2, 3, 4 (or the last).
                        let n = if i < 4 {
                            (i + 1).min(answers)
                        } else {
                            seed ^= seed << 13;
                            seed ^= seed >> 7;
                            seed ^= seed << 17;
                            (seed % answers as u64) as usize + 1
                        };
                        if let Err(e) = c.choose(n) {
                            walks.problems.push(e.to_string());
                            break;
                        }
                    }
                }
            }
        }
    }
    walks.problems.sort();
    walks.problems.dedup();
    walks
}

/// Plays every conversation in which each question gets a best answer (one with the highest
/// total; ties branch, since any of them is a best answer). Each must end with every skill it
/// asked at 100 % and no tips: choosing well must be enough for full marks.
pub fn all_best(s: &Arc<LoadedScript>, personality: Personality, level: Level) -> Walks {
    let mut walks = Walks {
        min_questions: usize::MAX,
        exhaustive: true,
        ..Walks::default()
    };
    let mut stack = vec![(
        Conversation::start(s.clone(), personality, level),
        Vec::new(),
    )];
    while let Some((mut c, picks)) = stack.pop() {
        if walks.paths >= EXHAUSTIVE_LIMIT {
            walks.exhaustive = false;
            break;
        }
        match settle(&mut c, s.script.nodes.len()) {
            Err(problem) => walks.problems.push(problem),
            Ok(0) => {
                finish(&c, &mut walks);
                let review = c.review();
                let at = picks.join(" ");
                for skill in &review.skills {
                    if skill.percent.is_some_and(|p| p != 100) {
                        walks.problems.push(format!(
                            "best answers ({at}) give {:?} {} of {} = {:?} %",
                            skill.skill, skill.total, skill.possible, skill.percent
                        ));
                    }
                }
                if !review.tips.is_empty() {
                    walks
                        .problems
                        .push(format!("best answers ({at}) get tips {:?}", review.tips));
                }
            }
            Ok(_) => {
                let Some((id, node)) = c.node_id().zip(c.node()) else {
                    continue;
                };
                let top = node.answers.iter().map(Answer::total).max().unwrap_or(0);
                let best: Vec<usize> = (1..=node.answers.len())
                    .filter(|n| node.answers[n - 1].total() == top)
                    .collect();
                let id = id.to_owned();
                for n in best {
                    let mut next = c.clone();
                    if let Err(e) = next.choose(n) {
                        walks.problems.push(e.to_string());
                        continue;
                    }
                    let mut picks = picks.clone();
                    picks.push(format!("{id}:{n}"));
                    stack.push((next, picks));
                }
            }
        }
    }
    walks.problems.sort();
    walks.problems.dedup();
    walks
}

/// Goes through statements until a question (returns its answer count) or the end (0).
fn settle(c: &mut Conversation, max_steps: usize) -> Result<usize, String> {
    loop {
        if c.transcript().len() > max_steps {
            return Err(format!("a conversation runs past {max_steps} steps"));
        }
        let Some(node) = c.node() else {
            if let Some(id) = c.node_id() {
                return Err(format!("conversation reached missing node {id}"));
            }
            return Ok(0);
        };
        let answers = node.answers.len();
        if answers > 0 {
            return Ok(answers);
        }
        c.proceed().map_err(|e| e.to_string())?;
    }
}

/// Checks the review of a finished conversation against its transcript: each skill's total
/// is what the answers given scored, full marks exactly when the total reaches what the best
/// answers give, a best answer every time means full marks, and the tips are the weakest
/// skills short of full marks.
fn finish(c: &Conversation, walks: &mut Walks) {
    walks.paths += 1;
    let review = c.review();
    walks.min_questions = walks.min_questions.min(review.questions);
    walks.max_questions = walks.max_questions.max(review.questions);
    let answered = review
        .transcript
        .iter()
        .filter(|t| t.answer.is_some())
        .count();
    if review.questions != answered || review.best_answers > answered {
        walks.problems.push(format!(
            "{} questions and {} best answers counted, {answered} answered",
            review.questions, review.best_answers
        ));
    }
    let all_best = review.transcript.iter().all(|t| {
        let Some(node) = c.script().script.nodes.get(&t.node) else {
            return false;
        };
        let given: i32 = t.scores.values().sum();
        t.answer.is_none() || node.answers.iter().all(|a| a.total() <= given)
    });
    for skill in &review.skills {
        let given: i32 = review
            .transcript
            .iter()
            .filter_map(|t| t.scores.get(&skill.skill))
            .sum();
        let full = skill.possible > 0 && skill.total >= skill.possible;
        if skill.total != given
            || (skill.percent == Some(100)) != full
            || (all_best && skill.percent.is_some_and(|p| p < 100))
        {
            walks
                .problems
                .push(format!("{:?} scored wrong: {skill:?}", skill.skill));
        }
    }
    let mut short: Vec<_> = review
        .skills
        .iter()
        .filter(|s| s.percent.is_some_and(|p| p < 100))
        .collect();
    short.sort_by_key(|s| s.percent);
    let tip_percents: Vec<Option<u8>> = review
        .tips
        .iter()
        .map(|t| {
            review
                .skills
                .iter()
                .find(|s| s.skill == *t)
                .and_then(|s| s.percent)
        })
        .collect();
    let weakest: Vec<Option<u8>> = short.iter().take(3).map(|s| s.percent).collect();
    if tip_percents != weakest {
        walks.problems.push(format!(
            "tips {:?} at {tip_percents:?} are not the weakest skills short of full marks {weakest:?}",
            review.tips
        ));
    }
}
