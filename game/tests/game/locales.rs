//! Every locale file parses, every English key exists in every language (and no others), every
//! message formats with its arguments, plural rules pick the right forms, and each language
//! keeps its own conventions: quotation marks, decimal marks, number ranges that read right in
//! Arabic, the name "Jobcenter", and who says "Sie" to whom (see `locales/<lang>/GLOSSARY.md`).

use std::collections::BTreeSet;

use fluent_bundle::{FluentArgs, FluentValue};
use fluent_syntax::ast;
use lernwelt::i18n::{AREAS, LOCALE_FILES, Language, Locales, parse_file};
use lernwelt_text::bidi::{for_egui, for_unshaped};

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

/// Variables the game fills with numbers (all others get text).
const NUMBER_VARIABLES: &[&str] = &[
    "count", "best", "right", "seconds", "percent", "number", "done", "total", "goal",
];

/// The plural categories (CLDR, as fluent-bundle selects them for whole numbers) of
/// `language`: those a selector on a number must offer, and those it may offer. Arabic may
/// leave out `zero` (its `other` form reads right for 0), Russian `other` (fractions only),
/// Turkish needs no selector at all (a noun after a number stays singular).
fn plural_categories(language: Language) -> (&'static [&'static str], &'static [&'static str]) {
    match language {
        Language::Ar => (
            &["one", "two", "few", "many", "other"],
            &["zero", "one", "two", "few", "many", "other"],
        ),
        Language::Ru => (&["one", "few", "many"], &["one", "few", "many", "other"]),
        Language::Tr => (&["other"], &["one", "other"]),
        _ => (&["one", "other"], &["one", "other"]),
    }
}

/// Every message of `language` as its syntax tree: (area, key, pattern).
fn patterns(language: Language) -> Vec<(String, String, ast::Pattern<String>)> {
    let mut out = Vec::new();
    for (l, area, source) in LOCALE_FILES {
        if *l != language {
            continue;
        }
        let resource = fluent_syntax::parser::parse(source.to_string())
            .unwrap_or_else(|(_, errors)| panic!("{language}/{area}: {errors:?}"));
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry
                && let Some(value) = message.value
            {
                out.push((area.to_string(), message.id.name, value));
            }
        }
    }
    out
}

fn number_variable(expression: &ast::InlineExpression<String>) -> Option<&str> {
    match expression {
        ast::InlineExpression::VariableReference { id }
            if NUMBER_VARIABLES.contains(&id.name.as_str()) =>
        {
            Some(&id.name)
        }
        _ => None,
    }
}

/// Calls `f(selector variable, variant keys)` for every select expression on a number.
fn each_number_selector(pattern: &ast::Pattern<String>, f: &mut impl FnMut(&str, Vec<&str>)) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable {
            expression: ast::Expression::Select { selector, variants },
        } = element
        {
            if let Some(name) = number_variable(selector) {
                let keys = variants
                    .iter()
                    .filter_map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => Some(name.as_str()),
                        ast::VariantKey::NumberLiteral { .. } => None,
                    })
                    .collect();
                f(name, keys);
            }
            for variant in variants {
                each_number_selector(&variant.value, f);
            }
        }
    }
}

#[test]
fn number_selectors_offer_every_plural_form_of_the_language() {
    for language in Language::ALL {
        let (needed, known) = plural_categories(language);
        for (area, key, pattern) in patterns(language) {
            each_number_selector(&pattern, &mut |variable, keys| {
                for category in needed {
                    assert!(
                        keys.contains(category),
                        "{language}/{area}.ftl {key}: ${variable} has no [{category}] form"
                    );
                }
                for found in &keys {
                    assert!(
                        known.contains(found),
                        "{language}/{area}.ftl {key}: [{found}] is no plural category of {language}"
                    );
                }
            });
        }
    }
}

/// Words that may follow a bare number in Arabic and Russian because they are not counted
/// ("3 of 5": من, من أصل, из).
fn joins_numbers(language: Language, word: &str) -> bool {
    match language {
        Language::Ar => word == "من",
        Language::Ru => word == "из",
        _ => false,
    }
}

/// Checks that no number placeable in `pattern` is followed by a word, unless it sits in a
/// selector on that very number (which picks the word's form). `chosen` is that variable.
fn check_counted_words(
    language: Language,
    key: &str,
    pattern: &ast::Pattern<String>,
    chosen: Option<&str>,
    problems: &mut Vec<String>,
) {
    let elements = &pattern.elements;
    for (i, element) in elements.iter().enumerate() {
        let ast::PatternElement::Placeable { expression } = element else {
            continue;
        };
        match expression {
            ast::Expression::Inline(inline) => {
                let Some(name) = number_variable(inline) else {
                    continue;
                };
                if chosen == Some(name) {
                    continue;
                }
                if let Some(ast::PatternElement::TextElement { value }) = elements.get(i + 1) {
                    let word: String = value
                        .trim_start()
                        .chars()
                        .take_while(|c| c.is_alphabetic())
                        .collect();
                    if !word.is_empty() && !joins_numbers(language, &word) {
                        problems.push(format!(
                            "{language}: {key}: \"{{ ${name} }} {word}\" needs a selector on ${name}"
                        ));
                    }
                }
            }
            ast::Expression::Select { selector, variants } => {
                let inner = number_variable(selector).or(chosen);
                for variant in variants {
                    check_counted_words(language, key, &variant.value, inner, problems);
                }
            }
        }
    }
}

#[test]
fn arabic_and_russian_count_with_the_right_plural_form() {
    // "10 من 17 مرات": a word after a number takes its form from that number (Arabic: 3–10
    // plural, 11–99 singular accusative; Russian: one/few/many), so it must be chosen by a
    // selector on the number, not written once for all.
    let mut problems = Vec::new();
    for language in [Language::Ar, Language::Ru] {
        for (_, key, pattern) in patterns(language) {
            check_counted_words(language, &key, &pattern, None, &mut problems);
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

fn format_with(locales: &Locales, language: Language, key: &str, args: &[(&str, i64)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, FluentValue::from(*value));
    }
    locales
        .try_format(language, key, Some(&fluent_args))
        .unwrap_or_else(|| panic!("{language}: {key} does not format"))
}

#[test]
fn counted_words_take_the_form_of_their_number() {
    let locales = Locales::load_all().unwrap_or_else(|e| panic!("{e}"));
    let overall = |language, best, count| {
        format_with(
            &locales,
            language,
            "interview-overall",
            &[("percent", 60), ("best", best), ("count", count)],
        )
    };
    let cases = [
        // Arabic: 1 and 2 without the digit, 3–10 plural, 11–99 singular accusative, 100 singular.
        (overall(Language::Ar, 1, 1), "سؤال واحد"),
        (overall(Language::Ar, 1, 2), "سؤالين"),
        (overall(Language::Ar, 3, 5), "5 أسئلة"),
        (overall(Language::Ar, 10, 17), "17 سؤالًا"),
        (overall(Language::Ar, 50, 100), "100 سؤال."),
        // Russian: the form follows $best ("in 21 question", "in 11 questions").
        (overall(Language::Ru, 21, 30), "21 вопросе"),
        (overall(Language::Ru, 11, 17), "11 вопросах"),
        (overall(Language::Ru, 3, 5), "3 вопросах"),
        (overall(Language::En, 1, 1), "1 of 1 question."),
        (overall(Language::En, 10, 17), "10 of 17 questions."),
    ];
    for (text, wanted) in &cases {
        assert!(text.contains(wanted), "{text:?} lacks {wanted:?}");
    }
    let right = |language, right| {
        format_with(
            &locales,
            language,
            "lesson-done",
            &[("right", right), ("count", 4)],
        )
    };
    assert!(right(Language::Ar, 0).contains("لا إجابة صحيحة"));
    assert!(right(Language::Ar, 1).contains("إجابة صحيحة واحدة"));
    assert!(right(Language::Ar, 2).contains("إجابتان صحيحتان"));
    assert!(right(Language::Ar, 3).contains("3 إجابات صحيحة"));
    assert!(right(Language::Ar, 11).contains("11 إجابة صحيحة"));
    let seconds = |language, key, n| format_with(&locales, language, key, &[("seconds", n)]);
    assert!(seconds(Language::Ar, "interview-timer", 30).contains("30 ثانية"));
    assert!(seconds(Language::Ar, "interview-timer", 5).contains("5 ثوانٍ"));
    assert!(seconds(Language::Ru, "interview-timer", 30).contains("30 секунд "));
    assert!(seconds(Language::Ru, "interview-timer", 21).contains("21 секунда "));
    assert!(seconds(Language::Ru, "interview-timer", 3).contains("3 секунды "));
    assert!(seconds(Language::Ru, "interview-time-left", 1).contains("осталась 1 секунда"));
    assert!(seconds(Language::Ru, "interview-time-left", 25).contains("осталось 25 секунд"));
    assert!(seconds(Language::En, "interview-timer", 1).contains("1 second "));
    assert!(seconds(Language::De, "interview-timer", 30).contains("30 Sekunden"));
    let issues = |language, n| format_with(&locales, language, "doc-check-issues", &[("count", n)]);
    assert!(issues(Language::Ar, 2).contains("شيئان"));
    assert!(issues(Language::Ar, 4).contains("4 أشياء"));
    assert!(issues(Language::Ar, 12).contains("12 شيئًا"));
    assert!(issues(Language::Ru, 2).contains("2 пункта"));
    assert!(issues(Language::Ru, 5).contains("5 пунктов"));
}

/// Every message of `language`, formatted with [`sample_args`]: (key, text).
fn formatted(locales: &Locales, language: Language) -> Vec<(String, String)> {
    let args = sample_args();
    let mut out = Vec::new();
    for area in AREAS {
        for key in keys(language, area) {
            if let Some(text) = locales.try_format(language, &key, Some(&args)) {
                out.push((key, text));
            }
        }
    }
    out
}

const DASHES: [char; 5] = ['-', '\u{2010}', '\u{2011}', '\u{2012}', '\u{2013}'];

/// Number ranges in `text` as written ("16–17", "1-4", "A1–C2", also "5 – 10").
fn number_ranges(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    // The end of a number at `i` (optionally one Latin letter, then digits), if one starts there.
    let number_at = |i: usize| -> Option<usize> {
        let mut j = i;
        if chars.get(j).is_some_and(char::is_ascii_alphabetic) {
            j += 1;
        }
        let digits = chars[j.min(chars.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        (digits > 0).then_some(j + digits)
    };
    let mut ranges = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts_word = i == 0 || !chars[i - 1].is_alphanumeric();
        if let Some(end) = number_at(i).filter(|_| starts_word) {
            let mut j = end;
            if chars.get(j) == Some(&' ') {
                j += 1;
            }
            if chars.get(j).is_some_and(|c| DASHES.contains(c)) {
                j += 1;
                if chars.get(j) == Some(&' ') {
                    j += 1;
                }
                if let Some(stop) = number_at(j) {
                    ranges.push(chars[i..stop].iter().collect());
                    i = stop;
                    continue;
                }
            }
            i = end;
        } else {
            i += 1;
        }
    }
    ranges
}

#[test]
fn number_ranges_read_left_to_right_in_arabic() {
    // The game draws Arabic through its own bidi ordering; an age band "16–17" must not come
    // out as "17–16". In the ordered text a range that reads right is there as written.
    assert_eq!(
        number_ranges("العمر 16–17 و A1–C2، 5 – 10"),
        ["16–17", "A1–C2", "5 – 10"]
    );
    let locales = Locales::load_all().unwrap_or_else(|e| panic!("{e}"));
    let mut checked = 0;
    let mut problems = Vec::new();
    for (key, text) in formatted(&locales, Language::Ar) {
        for range in number_ranges(&text) {
            checked += 1;
            for (how, ordered) in [
                ("egui", for_egui(&text, Some(true))),
                ("signs", for_unshaped(&text, Some(true))),
            ] {
                if !ordered.contains(&range) {
                    problems.push(format!("{key} ({how}): {range:?} is not in {ordered:?}"));
                }
            }
        }
    }
    assert!(
        checked >= 4,
        "the age bands have ranges: only {checked} found"
    );
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The decimal mark and the thousands separator of `language` (`None`: numbers of four
/// digits are not grouped). Arabic uses Western digits with a decimal point, as the rest of
/// the game (percentages, dates, times) does.
fn number_marks(language: Language) -> (char, Option<char>) {
    match language {
        Language::En => ('.', Some(',')),
        Language::Ar => ('.', None),
        Language::Ru => (',', None),
        _ => (',', Some('.')),
    }
}

/// Numbers with a mark in `text`: each as (the digits and marks, the marks' positions split
/// into groups). Dates (14.03.2006) come out with three groups and are left to the caller.
fn marked_numbers(text: &str) -> Vec<(String, Vec<String>, Vec<char>)> {
    let marks = ['.', ',', '\u{066B}', '\u{066C}'];
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() || (i > 0 && chars[i - 1].is_alphanumeric()) {
            i += 1;
            continue;
        }
        let mut groups = vec![String::new()];
        let mut seps = Vec::new();
        let mut j = i;
        while j < chars.len() {
            let c = chars[j];
            if c.is_ascii_digit() {
                if let Some(group) = groups.last_mut() {
                    group.push(c);
                }
            } else if marks.contains(&c) && chars.get(j + 1).is_some_and(char::is_ascii_digit) {
                seps.push(c);
                groups.push(String::new());
            } else {
                break;
            }
            j += 1;
        }
        if !seps.is_empty() {
            out.push((chars[i..j].iter().collect(), groups, seps));
        }
        i = j.max(i + 1);
    }
    out
}

#[test]
fn each_language_writes_numbers_with_its_own_marks() {
    let locales = Locales::load_all().unwrap_or_else(|e| panic!("{e}"));
    let mut problems = Vec::new();
    for language in Language::ALL {
        let (decimal, thousands) = number_marks(language);
        for (key, text) in formatted(&locales, language) {
            for (number, groups, seps) in marked_numbers(&text) {
                let is_date = seps.len() == 2 && seps[0] == '.' && seps[1] == '.';
                if is_date {
                    continue;
                }
                let fraction = groups.last().map_or(0, String::len);
                if seps.len() == 1 && (1..=2).contains(&fraction) {
                    // 13,90 € or 3,5 years (a time is written 8:50, never 8.50).
                    if seps[0] != decimal {
                        problems.push(format!(
                            "{language}: {key}: {number} (decimal mark {decimal})"
                        ));
                    }
                } else if groups[1..].iter().all(|g| g.len() == 3) {
                    if Some(seps[0]) != thousands || seps.iter().any(|s| *s != seps[0]) {
                        problems.push(format!(
                            "{language}: {key}: {number} (thousands: {thousands:?})"
                        ));
                    }
                } else {
                    problems.push(format!("{language}: {key}: {number} reads as no number"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    // The test sees money: the minimum wage is written in each language's way.
    for language in Language::ALL {
        let wage = if number_marks(language).0 == '.' {
            "13.90"
        } else {
            "13,90"
        };
        let text = locales
            .try_format(language, "ls-apprenticeship-after", None)
            .unwrap_or_default();
        assert!(text.contains(wage), "{language}: {wage} in {text:?}");
    }
}

/// The quotation marks of `language` (primary, then those allowed inside them), as opening
/// and closing pairs.
fn quotation_marks(language: Language) -> &'static [(char, char)] {
    match language {
        Language::De => &[('„', '“'), ('‚', '‘')],
        Language::En | Language::Tr => &[('“', '”')],
        Language::Ru => &[('«', '»'), ('„', '“')],
        Language::Ar | Language::Sq => &[('«', '»')],
    }
}

#[test]
fn each_language_uses_its_own_quotation_marks() {
    let all = ['„', '“', '”', '«', '»', '‚', '‹', '›', '"'];
    let locales = Locales::load_all().unwrap_or_else(|e| panic!("{e}"));
    let mut problems = Vec::new();
    for language in Language::ALL {
        let pairs = quotation_marks(language);
        let own: Vec<char> = pairs.iter().flat_map(|(o, c)| [*o, *c]).collect();
        for (key, text) in formatted(&locales, language) {
            if let Some(c) = text.chars().find(|c| all.contains(c) && !own.contains(c)) {
                problems.push(format!("{language}: {key}: {c} in {text:?}"));
            }
            // Every quotation is closed: count the marks in order (the German closing mark “
            // is the English opening one, so only each language's own pairs are counted).
            let mut open: Vec<char> = Vec::new();
            for c in text.chars() {
                if let Some((_, close)) = pairs.iter().find(|(o, _)| *o == c) {
                    open.push(*close);
                } else if pairs.iter().any(|(_, close)| *close == c) && open.pop() != Some(c) {
                    problems.push(format!("{language}: {key}: {c} closes nothing in {text:?}"));
                }
            }
            if !open.is_empty() {
                problems.push(format!("{language}: {key}: unclosed quotation in {text:?}"));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_jobcenter_keeps_its_name_in_every_language() {
    // People must recognise the sign on the building: wherever the German text names the
    // Jobcenter, every language names it "Jobcenter" too (and may explain it). The sub-sign
    // under the building's name is that explanation.
    let locales = Locales::load_all().unwrap_or_else(|e| panic!("{e}"));
    let german = formatted(&locales, Language::De);
    let args = sample_args();
    let mut named = 0;
    let mut problems = Vec::new();
    for (key, text) in german {
        if !text.contains("Jobcenter") || key == "world-sign-job-centre-sub" {
            continue;
        }
        named += 1;
        for language in Language::ALL {
            let theirs = locales.try_format(language, &key, Some(&args));
            if !theirs.as_deref().is_some_and(|t| t.contains("Jobcenter")) {
                problems.push(format!("{language}: {key}: {theirs:?}"));
            }
        }
    }
    assert!(
        named >= 10,
        "only {named} German messages name the Jobcenter"
    );
    assert!(problems.is_empty(), "{problems:#?}");
}

/// Who speaks a message, by its key: an NPC in their role (and the player's answers to them)
/// says the formal "you"; the app's own voice (interface, briefs, feedback) the familiar one.
#[derive(Debug, PartialEq)]
enum Voice {
    Role,
    App,
}

fn voice(key: &str) -> Voice {
    let dialogue = key.starts_with("iv-") || key.starts_with("ls-");
    let ends_with_answer = |k: &str| {
        k.rsplit_once("-a")
            .is_some_and(|(_, n)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    };
    if key.ends_with("-why") && ends_with_answer(key.trim_end_matches("-why")) {
        Voice::App
    } else if (dialogue && !key.ends_with("-title") && !key.ends_with("-brief"))
        || (key.starts_with("world-npc-") && key.ends_with("-hello"))
    {
        Voice::Role
    } else {
        Voice::App
    }
}

/// The words of `text` outside quotations (a quoted friend may say "du"), each with whether
/// it starts a sentence.
fn unquoted_words(text: &str) -> Vec<(String, bool)> {
    let mut depth = 0usize;
    let mut words = Vec::new();
    let mut word = String::new();
    // Whether the next word starts a sentence: at the start, after . ! ? : or a dash.
    let mut sentence_start = true;
    let mut starts = true;
    for c in text.chars() {
        let quote = matches!(c, '«' | '„' | '“' | '‚' | '»' | '”' | '‘');
        match c {
            // “ closes a German quotation but opens an English one.
            '“' if depth > 0 => depth -= 1,
            '«' | '„' | '“' | '‚' => depth += 1,
            '»' | '”' | '‘' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth > 0 || quote {
            if !word.is_empty() {
                words.push((std::mem::take(&mut word), starts));
            }
            continue;
        }
        if c.is_alphabetic() {
            if word.is_empty() {
                starts = sentence_start;
            }
            word.push(c);
            sentence_start = false;
        } else {
            if !word.is_empty() {
                words.push((std::mem::take(&mut word), starts));
            }
            if matches!(c, '.' | '!' | '?' | ':' | '–' | '—') {
                sentence_start = true;
            }
        }
    }
    if !word.is_empty() {
        words.push((word, starts));
    }
    words
}

/// Pronouns that give a register away: (formal, familiar). German "Sie" and "Ihr…" count as
/// formal only inside a sentence (at its start they may mean "she", "they", "her").
fn register_words(language: Language) -> (&'static [&'static str], &'static [&'static str]) {
    match language {
        Language::De => (
            &[
                "Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres",
            ],
            &[
                "du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "deines",
            ],
        ),
        Language::Ru => (
            &[
                "вы",
                "вас",
                "вам",
                "вами",
                "ваш",
                "ваша",
                "ваше",
                "ваши",
                "вашего",
                "вашей",
                "вашему",
                "вашим",
                "ваших",
                "вашу",
                "вашими",
            ],
            &[
                "ты",
                "тебя",
                "тебе",
                "тобой",
                "твой",
                "твоя",
                "твоё",
                "твое",
                "твои",
                "твоего",
                "твоей",
                "твоему",
                "твоим",
                "твоих",
                "твою",
                "твоими",
            ],
        ),
        Language::Tr => (
            &["siz", "sizin", "size", "sizi", "sizde", "sizden", "sizinle"],
            &["sen", "senin", "sana", "seni", "sende", "senden", "seninle"],
        ),
        Language::Sq => (
            &["ju", "juaj", "jush", "juve", "tuaj", "tuaja", "tuajat"],
            &[
                "ti", "ty", "tënd", "tënde", "tëndin", "tëndit", "tëndes", "jote", "yt", "sate",
            ],
        ),
        // Arabic: NPCs use the plural of respect; the familiar singular shows in these words.
        Language::Ar => (
            &[],
            &[
                "أنت",
                "أنتَ",
                "أنتِ",
                "لك",
                "بك",
                "عليك",
                "إليك",
                "منك",
                "معك",
                "عندك",
                "لديك",
                "نفسك",
                "تفضل",
                "تفضّل",
            ],
        ),
        Language::En => (&[], &[]),
    }
}

#[test]
fn npcs_in_their_role_are_formal_and_the_app_is_familiar() {
    let locales = Locales::load_all().unwrap_or_else(|e| panic!("{e}"));
    let mut problems = Vec::new();
    for language in Language::ALL {
        let (formal, familiar) = register_words(language);
        for (key, text) in formatted(&locales, language) {
            let words = unquoted_words(&text);
            let wrong: Vec<&String> = match voice(&key) {
                Voice::Role => words
                    .iter()
                    .map(|(w, _)| w)
                    .filter(|w| familiar.contains(&w.to_lowercase().as_str()))
                    .collect(),
                // German "Sie"/"Ihr…" is formal with a capital inside a sentence only.
                Voice::App if language == Language::De => words
                    .iter()
                    .filter(|(w, starts)| !starts && formal.contains(&w.as_str()))
                    .map(|(w, _)| w)
                    .collect(),
                Voice::App => words
                    .iter()
                    .map(|(w, _)| w)
                    .filter(|w| formal.contains(&w.to_lowercase().as_str()))
                    .collect(),
            };
            if !wrong.is_empty() {
                problems.push(format!(
                    "{language}: {key} ({:?}): {wrong:?} in {text:?}",
                    voice(&key)
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems: {problems:#?}",
        problems.len()
    );
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
