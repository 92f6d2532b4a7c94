//! Every dialogue script (docs/dialogue.md) loads, has a sound graph and every key in every
//! language, and every conversation — for each interviewer and level — ends with bounded
//! scores; interviews ask at least ten questions at the medium level; choosing a best answer
//! every time scores 100 % on every skill asked, with no tips.

use lernwelt::i18n::Locales;
use lernwelt_dialogue::validate::{self, MIN_INTERVIEW_QUESTIONS};
use lernwelt_dialogue::{Level, Personality, SCRIPT_FILES, ScriptKind, Scripts};

fn scripts() -> Scripts {
    let (scripts, errors) = Scripts::load_all();
    assert!(errors.is_empty(), "scripts fail to load: {errors:#?}");
    assert_eq!(scripts.0.len(), SCRIPT_FILES.len());
    scripts
}

#[test]
fn there_are_five_interviews_and_four_lessons() {
    let scripts = scripts();
    assert_eq!(scripts.interviews().count(), 5);
    let lessons = scripts
        .0
        .iter()
        .filter(|s| s.script.kind == ScriptKind::Lesson)
        .count();
    assert_eq!(lessons, 4);
}

#[test]
fn every_graph_is_sound() {
    let mut report = Vec::new();
    for s in &scripts().0 {
        for problem in validate::structure(s) {
            report.push(format!("{}: {problem}", s.id));
        }
    }
    assert!(report.is_empty(), "{}", report.join("\n"));
}

#[test]
fn every_key_exists_in_every_language() {
    let locales = Locales::load_all().unwrap_or_else(|e| panic!("{e}"));
    let mut report = Vec::new();
    for s in &scripts().0 {
        let missing = validate::missing_keys(s, |language, key| {
            locales
                .try_format(language, key, None)
                .is_some_and(|text| !text.trim().is_empty())
        });
        for key in missing {
            report.push(format!("{}: {key}", s.id));
        }
    }
    assert!(
        report.is_empty(),
        "{} missing:\n{}",
        report.len(),
        report.join("\n")
    );
}

#[test]
fn every_conversation_ends_with_bounded_scores() {
    let mut report = Vec::new();
    for s in &scripts().0 {
        for personality in Personality::ALL {
            for level in Level::ALL {
                let walks = validate::walk(s, personality, level);
                let at = format!("{} {personality:?} {level:?}", s.id);
                assert!(walks.paths > 0, "{at}: no conversation ended");
                for problem in walks.problems {
                    report.push(format!("{at}: {problem}"));
                }
                if s.script.kind == ScriptKind::Interview
                    && level == Level::Medium
                    && walks.min_questions < MIN_INTERVIEW_QUESTIONS
                {
                    report.push(format!(
                        "{at}: a conversation asks only {} questions",
                        walks.min_questions
                    ));
                }
            }
        }
    }
    assert!(report.is_empty(), "{}", report.join("\n"));
}

#[test]
fn the_best_answers_score_full_marks_with_no_tips() {
    let mut report = Vec::new();
    let mut paths = 0;
    for s in &scripts().0 {
        for personality in Personality::ALL {
            for level in Level::ALL {
                let walks = validate::all_best(s, personality, level);
                let at = format!("{} {personality:?} {level:?}", s.id);
                assert!(walks.paths > 0, "{at}: no conversation ended");
                assert!(walks.exhaustive, "{at}: too many best paths to walk");
                paths += walks.paths;
                for problem in walks.problems {
                    report.push(format!("{at}: {problem}"));
                }
            }
        }
    }
    assert!(
        report.is_empty(),
        "{} problems on {paths} best paths:\n{}",
        report.len(),
        report.join("\n")
    );
}
