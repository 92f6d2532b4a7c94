//! Every locale key the game asks for exists in English (and so, by the completeness test in
//! `locales.rs`, in every language): keys written out in the code, keys the code builds at run
//! time (`net-error-<code>`, `interview-skill-<skill>`, `doc-cv-<field>-help`, …) for every
//! value they are built from, and keys named by the world layouts. A missing key shows the
//! person the bare key.

use std::collections::BTreeSet;

use lernwelt::core::settings::Quality;
use lernwelt::core::state::{Place, PlaceName};
use lernwelt::i18n::{AREAS, LOCALE_FILES, Language};
use lernwelt::interact::PanelKind;
use lernwelt::net::{NetError, explained};
use lernwelt::world::layout::Layout;
use lernwelt_dialogue::{Level, Personality, SCRIPT_FILES, Skill};
use lernwelt_documents::model::Section;

use crate::source::game_sources;
use lernwelt_protocol::{AgeBand, Category, ErrorCode, Mode, Reaction, Topic};

/// The message ids of the English files.
fn english() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for (language, _, source) in LOCALE_FILES {
        if *language != Language::En {
            continue;
        }
        for line in source.lines() {
            if let Some((id, _)) = line.split_once('=')
                && line.starts_with(|c: char| c.is_ascii_lowercase())
            {
                keys.insert(id.trim().to_owned());
            }
        }
    }
    assert!(keys.len() > 500, "only {} English keys", keys.len());
    keys
}

/// The game's Rust files without their test modules (which use keys of test scripts).
fn sources() -> Vec<(String, String)> {
    game_sources()
        .into_iter()
        .map(|(name, text)| {
            let code = text
                .split("#[cfg(test)]")
                .next()
                .unwrap_or_default()
                .to_owned();
            (name, code)
        })
        .collect()
}

/// The first segments of the English keys: `ui`, `net`, `doc`, `interview`, …
fn areas(english: &BTreeSet<String>) -> BTreeSet<String> {
    english
        .iter()
        .filter_map(|k| k.split('-').next())
        .map(str::to_owned)
        .collect()
}

/// Literals shaped like a key of a locale area that are no keys.
const NOT_KEYS: &[&str] = &[
    // egui widget ids.
    "doc-field",
];

/// How the code builds keys at run time (the `{…}` parts written as `{}`), each covered by
/// [`built_keys`]. A new pattern must be added there.
const BUILT: &[&str] = &[
    "net-error-{}",
    "net-age-{}",
    "interview-personality-{}",
    "interview-personality-{}-about",
    "interview-level-{}",
    "interview-level-{}-about",
    "interview-skill-{}",
    "interview-tip-{}",
    "doc-cv-{}",
    "doc-letter-{}",
    "{}-help",
    "ls-{}-title",
    "cn-topic-{}",
    "cn-mode-{}",
    "cn-mode-{}-about",
    "cn-weekday-{}",
    "fo-category-{}",
    "fo-react-{}",
    // Dialogue script keys (checked for every script by tests/dialogue.rs).
    "iv-{}",
    "{}-title",
    "{}-brief",
    "{}-{}",
    "{}-{}-{}",
    "{}-{}-simple",
    "{}-{}-a{}",
    "{}-{}-a{}-why",
    "iv-{}-{}-a{}",
];

/// Patterns shaped like keys that build something else (file names, storage keys).
const BUILT_NOT_KEYS: &[&str] = &[
    // Client message ids of the outbox.
    "lw-{}-{}",
    // Temporary folders of unit tests.
    "lernwelt-{}",
    "lernwelt-settings-{}",
    "lernwelt-store-{}",
];

/// `text` with every `{…}` written as `{}`.
fn pattern(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => {
                if depth == 0 {
                    out.push_str("{}");
                }
                depth += 1;
            }
            '}' => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

fn key_shaped(text: &str) -> bool {
    !text.is_empty()
        && text.contains('-')
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_{}".contains(c))
}

/// The documents desk's field ids, read from its source (the file that builds `doc-cv-…`):
/// `("name", &mut p.name)` for the CV's personal part, `("company", "company", &mut
/// l.company)` for the letter's.
fn document_fields() -> (Vec<String>, Vec<String>) {
    let source = sources()
        .into_iter()
        .find(|(_, code)| code.contains("\"doc-cv-{"))
        .expect("the documents desk")
        .1;
    let (mut personal, mut letter) = (Vec::new(), Vec::new());
    for line in source.lines().map(str::trim) {
        let Some(rest) = line.strip_prefix("(\"") else {
            continue;
        };
        let id = rest.split('"').next().unwrap().to_owned();
        if line.contains("&mut p.") {
            personal.push(id);
        } else if line.contains("&mut l.") {
            letter.push(id);
        }
    }
    (personal, letter)
}

/// Every key built at run time from every value it is built from.
fn built_keys() -> Vec<(String, String)> {
    let mut keys = Vec::new();
    let mut add = |why: &str, key: String| keys.push((why.to_owned(), key));
    for code in ErrorCode::ALL {
        add("NetError::key", NetError::Refused(code).key());
    }
    for code in ErrorCode::ALL.into_iter().filter(|c| explained(*c)) {
        let key = NetError::Refused(code).key();
        assert_ne!(
            key, "net-error-other",
            "{code:?} is known but not explained"
        );
    }
    add("NetError::key", NetError::Offline.key());
    add("NetError::key", NetError::Garbled.key());
    for band in AgeBand::ALL {
        add(
            "age band",
            format!("net-age-{}", band.code().replace('_', "-")),
        );
    }
    for p in Personality::ALL {
        add("personality", format!("interview-personality-{}", p.id()));
        add(
            "personality",
            format!("interview-personality-{}-about", p.id()),
        );
    }
    for l in Level::ALL {
        add("level", format!("interview-level-{}", l.id()));
        add("level", format!("interview-level-{}-about", l.id()));
    }
    for s in Skill::ALL {
        add("skill", format!("interview-skill-{}", s.id()));
        add("skill", format!("interview-tip-{}", s.id()));
    }
    for topic in Topic::ALL {
        add(
            "counselling topic",
            format!("cn-topic-{}", topic.code().replace('_', "-")),
        );
    }
    for mode in Mode::ALL {
        add("counselling mode", format!("cn-mode-{}", mode.code()));
    }
    // The modes a person can choose at the kiosk explain themselves.
    for mode in Mode::ALL {
        add("counselling mode", format!("cn-mode-{}-about", mode.code()));
    }
    for category in Category::ALL {
        add(
            "forum area",
            format!("fo-category-{}", category.code().replace('_', "-")),
        );
    }
    for reaction in Reaction::ALL {
        add(
            "forum reaction",
            format!("fo-react-{}", reaction.code().replace('_', "-")),
        );
    }
    for weekday in 1..=7 {
        add("callback day", format!("cn-weekday-{weekday}"));
    }
    for section in Section::ALL {
        add("CV section", format!("doc-cv-{}", section.id()));
        add("CV section", format!("doc-cv-{}-help", section.id()));
    }
    let (personal, letter) = document_fields();
    assert!(
        personal.contains(&"birth_date".to_owned()) && letter.contains(&"signature".to_owned()),
        "document fields not found: {personal:?} {letter:?}"
    );
    for id in personal {
        add("CV field", format!("doc-cv-{id}"));
        add("CV field", format!("doc-cv-{id}-help"));
    }
    for id in letter {
        add("letter field", format!("doc-letter-{id}"));
        add("letter field", format!("doc-letter-{id}-help"));
    }
    // Headings and fields written out in the documents desk get their help too.
    let desk = sources()
        .into_iter()
        .find(|(_, code)| code.contains("\"doc-cv-{"))
        .unwrap()
        .1;
    let mut written = Vec::new();
    for part in desk.split("heading(ui, \"").skip(1) {
        written.push(part.split('"').next().unwrap().to_owned());
    }
    for part in desk.split("Spec::line").skip(1) {
        let call = part.split(')').next().unwrap();
        written.extend(
            crate::source::rust_literals(call)
                .into_iter()
                .filter(|l| l.starts_with("doc-")),
        );
    }
    assert!(written.len() >= 4, "documents headings found: {written:?}");
    for key in written.into_iter().filter(|k| !k.contains('{')) {
        add("documents heading or field", format!("{key}-help"));
    }
    for quality in Quality::ALL {
        add("quality", quality.label_key().to_owned());
    }
    for kind in PanelKind::ALL {
        add("panel", kind.title_key().to_owned());
    }
    for place in Place::ALL {
        add("place", place.name_key().to_owned());
        let layout = Layout::of(place).unwrap();
        for sign in &layout.signs {
            add("sign", sign.text.clone());
        }
        for npc in &layout.npcs {
            add("NPC", npc.name.clone());
            add("NPC", npc.line.clone());
            if let Some(lesson) = &npc.lesson {
                add("NPC lesson", format!("ls-{lesson}-title"));
            }
        }
        for kiosk in &layout.kiosks {
            add("kiosk", kiosk.name.clone());
        }
        for door in &layout.doors {
            add("door", door.label.clone());
        }
    }
    for script in SCRIPT_FILES {
        let prefix = match script.kind {
            lernwelt_dialogue::ScriptKind::Interview => "iv",
            lernwelt_dialogue::ScriptKind::Lesson => "ls",
        };
        add("script", format!("{prefix}-{}-title", script.id));
    }
    keys
}

#[test]
fn every_key_the_code_builds_exists() {
    let english = english();
    let missing: Vec<String> = built_keys()
        .into_iter()
        .filter(|(_, key)| !english.contains(key))
        .map(|(why, key)| format!("{key} ({why})"))
        .collect();
    assert!(
        missing.is_empty(),
        "missing in English:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_key_written_in_the_code_exists() {
    let english = english();
    let areas = areas(&english);
    let mut missing = Vec::new();
    let mut found = 0;
    for (name, code) in sources() {
        for literal in crate::source::rust_literals(&code) {
            let area = literal.split('-').next().unwrap_or_default();
            if key_shaped(&literal)
                && !literal.contains('{')
                && !literal.ends_with('-')
                && areas.contains(area)
                && !AREAS.contains(&literal.as_str())
                && !NOT_KEYS.contains(&literal.as_str())
            {
                found += 1;
                if !english.contains(&literal) {
                    missing.push(format!("{literal} ({name})"));
                }
            }
        }
    }
    assert!(found > 100, "only {found} keys found in the code");
    assert!(
        missing.is_empty(),
        "missing in English:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_way_the_code_builds_a_key_is_covered() {
    let mut unknown = BTreeSet::new();
    let mut seen = BTreeSet::new();
    for (name, code) in sources() {
        for literal in crate::source::rust_literals(&code) {
            let p = pattern(&literal);
            if p.contains("{}") && key_shaped(&p) {
                seen.insert(p.clone());
                if !BUILT.contains(&p.as_str()) && !BUILT_NOT_KEYS.contains(&p.as_str()) {
                    unknown.insert(format!("{p} ({name})"));
                }
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "keys built in a way tests/game/keys.rs does not cover (add them to BUILT and built_keys):\n{}",
        unknown.into_iter().collect::<Vec<_>>().join("\n")
    );
    // The list is not stale either.
    for p in BUILT {
        assert!(seen.contains(*p), "{p} is no longer built by the code");
    }
}
