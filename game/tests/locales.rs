//! Every locale file parses, every English key exists in every language (and no others), every
//! message formats with its arguments, and plural rules pick the right forms.
#![allow(clippy::expect_used, clippy::unwrap_used)] // a failing test may panic

use std::collections::BTreeSet;

use fluent_bundle::{FluentArgs, FluentValue};
use lernwelt::i18n::{AREAS, LOCALE_FILES, Language, Locales, parse_file};

fn keys(language: Language, area: &str) -> BTreeSet<String> {
    let (_, source) = LOCALE_FILES
        .iter()
        .find(|(l, a, _)| *l == language && *a == area)
        .map(|(l, _, s)| (l, s))
        .unwrap_or_else(|| panic!("no locales/{language}/{area}.ftl"));
    let (_, ids) = parse_file(language, area, source).unwrap_or_else(|e| panic!("{e}"));
    ids.into_iter().collect()
}

/// Whether `key` of `area` is a simple-German hint of a dialogue script.
fn is_simple_german_hint(area: &str, key: &str) -> bool {
    (area.starts_with("iv-") || area.starts_with("ls-")) && key.ends_with("-simple")
}

#[test]
fn every_language_has_exactly_the_english_keys() {
    for area in AREAS {
        let english = keys(Language::En, area);
        assert!(!english.is_empty(), "{area}.ftl is empty");
        for language in Language::ALL {
            let theirs = keys(language, area);
            let missing: Vec<_> = english.difference(&theirs).collect();
            // Simple-German hints of dialogue scripts exist in German only (docs/dialogue.md).
            let extra: Vec<_> = theirs
                .difference(&english)
                .filter(|key| !(language == Language::De && is_simple_german_hint(area, key)))
                .collect();
            assert!(
                missing.is_empty(),
                "{language}/{area}.ftl misses {missing:?}"
            );
            assert!(
                extra.is_empty(),
                "{language}/{area}.ftl has unknown keys {extra:?}"
            );
        }
    }
}

/// A value for every variable any English message uses (`{ $name }`): a number, which both
/// plural selectors and plain placeables accept.
fn sample_args() -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for (language, _, source) in LOCALE_FILES {
        if *language != Language::En {
            continue;
        }
        for (at, _) in source.match_indices("{ $") {
            let name: String = source[at + 3..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            if !name.is_empty() && args.get(&name).is_none() {
                args.set(name, 3);
            }
        }
    }
    args
}

#[test]
fn every_message_formats_in_every_language() {
    let locales = Locales::load_all().unwrap_or_else(|e| panic!("{e}"));
    let args = sample_args();
    for area in AREAS {
        for key in keys(Language::En, area) {
            for language in Language::ALL {
                let text = locales
                    .try_format(language, &key, Some(&args))
                    .unwrap_or_else(|| panic!("{language}: {key} does not format"));
                assert!(!text.trim().is_empty(), "{language}: {key} is empty");
            }
        }
    }
}

#[test]
fn translations_are_not_english_copies() {
    let locales = Locales::load_all().unwrap_or_else(|e| panic!("{e}"));
    let args = sample_args();
    for language in Language::ALL.into_iter().filter(|l| *l != Language::En) {
        let mut same = 0;
        let mut total = 0;
        for area in AREAS {
            for key in keys(Language::En, area) {
                total += 1;
                let theirs = locales.try_format(language, &key, Some(&args));
                assert!(theirs.is_some(), "{language}: {key} does not format");
                if theirs == locales.try_format(Language::En, &key, Some(&args)) {
                    same += 1;
                }
            }
        }
        // Brand and proper names stay the same; everything else must be translated.
        assert!(
            same * 10 < total,
            "{language}: {same} of {total} messages equal English"
        );
    }
}

fn people(locales: &Locales, language: Language, n: i64) -> String {
    let mut args = FluentArgs::new();
    args.set("count", FluentValue::from(n));
    locales
        .try_format(language, "ui-people-count", Some(&args))
        .unwrap_or_default()
}

#[test]
fn plural_rules_follow_each_language() {
    let locales = Locales::load_all().unwrap_or_else(|e| panic!("{e}"));
    // Russian: 1 one, 3 few, 5 many, 21 one.
    let ru = |n| people(&locales, Language::Ru, n);
    assert_ne!(ru(1), ru(3).replace('3', "1"));
    assert_ne!(ru(3).replace('3', "5"), ru(5));
    assert_eq!(ru(21).replace("21", "1"), ru(1));
    // Arabic: 1, 2, 3 and 11 each take a different form.
    let ar = |n| people(&locales, Language::Ar, n);
    let forms: BTreeSet<String> = [
        (1, ar(1)),
        (2, ar(2)),
        (3, ar(3)),
        (11, ar(11)),
        (100, ar(100)),
    ]
    .into_iter()
    .map(|(n, s): (i64, String)| s.replace(&n.to_string(), "#"))
    .collect();
    assert!(forms.len() >= 5, "Arabic plural forms collapse: {forms:?}");
    // English: one and other.
    assert!(people(&locales, Language::En, 1).contains("person"));
    assert!(people(&locales, Language::En, 2).contains("people"));
}

#[test]
fn missing_keys_fall_back_to_english_then_the_key() {
    let mut locales = Locales::empty();
    locales
        .add_file(Language::En, "t", "t-only-en = only English\n")
        .expect("valid");
    locales
        .add_file(Language::De, "t", "t-other = anders\n")
        .expect("valid");
    assert_eq!(
        locales.format(Language::De, "t-only-en", None),
        "only English"
    );
    assert_eq!(locales.format(Language::De, "t-nowhere", None), "t-nowhere");
    assert!(locales.add_file(Language::De, "t", "= broken").is_err());
}
