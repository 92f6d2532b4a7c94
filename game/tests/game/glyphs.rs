//! Every character the game can show has a glyph in the fonts it is drawn with: all locale
//! texts of the six languages (as the bidi helpers pass them to egui), the dialogue scripts
//! and world layouts under `assets/`, and the string and character literals of the game's
//! code, in egui's font list; the signs in the world, which are drawn with Noto Sans and Noto
//! Sans Arabic only, in those two. A missing glyph shows as "?" or an empty box.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use ab_glyph::{Font, FontRef};
use bevy_egui::egui::{self, FontFamily};
use lernwelt::i18n::{LOCALE_FILES, Language, Locales};
use lernwelt_dialogue::SCRIPT_FILES;
use lernwelt_text::bidi::{for_egui, for_unshaped};
use lernwelt_text::fonts::{ARABIC as FONT_ARABIC, LATIN as FONT_LATIN};

use crate::source::{files, game_sources};

/// Characters that are never drawn as glyphs.
fn drawn(c: char) -> bool {
    !matches!(c, '\n' | '\r' | '\t')
}

/// Where each character was seen (the first few places), so a failure says where to look.
#[derive(Default)]
struct Seen(BTreeMap<char, BTreeSet<String>>);

impl Seen {
    fn add(&mut self, text: &str, at: &str) {
        for c in text.chars().filter(|c| drawn(*c)) {
            self.0.entry(c).or_default().insert(at.to_owned());
        }
    }

    /// The characters none of `fonts` has, with where they were seen.
    fn missing(&self, fonts: &[FontRef<'_>]) -> Vec<String> {
        self.0
            .iter()
            .filter(|(c, _)| fonts.iter().all(|f| f.glyph_id(**c).0 == 0))
            .map(|(c, places)| {
                let some: Vec<&String> = places.iter().take(3).collect();
                format!("{c:?} U+{:04X} in {some:?}", *c as u32)
            })
            .collect()
    }
}

/// The fonts egui gets, in its fallback order.
fn egui_fonts() -> Vec<FontRef<'static>> {
    let definitions = lernwelt::theme::font_definitions();
    let names = &definitions.families[&FontFamily::Proportional];
    assert!(names.len() >= 2, "egui has fonts {names:?}");
    names
        .iter()
        .map(|name| {
            let data = &definitions.font_data[name];
            let bytes: &'static [u8] = match &data.font {
                std::borrow::Cow::Borrowed(bytes) => bytes,
                std::borrow::Cow::Owned(bytes) => bytes.clone().leak(),
            };
            FontRef::try_from_slice(bytes).unwrap_or_else(|e| panic!("font {name}: {e}"))
        })
        .collect()
}

fn sign_fonts() -> Vec<FontRef<'static>> {
    vec![
        FontRef::try_from_slice(FONT_LATIN).unwrap(),
        FontRef::try_from_slice(FONT_ARABIC).unwrap(),
    ]
}

fn assets() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets")
}

/// The text of a Fluent file without its comments.
fn fluent_text(source: &str) -> String {
    source
        .lines()
        .filter(|line| !line.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The text of a RON file without its `//` comments (RON strings here hold no `//`).
fn ron_text(source: &str) -> String {
    source
        .lines()
        .map(|line| line.find("//").map_or(line, |i| &line[..i]))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Everything the UI can draw through egui.
fn shown_in_egui() -> Seen {
    let mut seen = Seen::default();
    for (language, area, source) in LOCALE_FILES {
        let at = format!("locales/{language}/{area}.ftl");
        let text = fluent_text(source);
        seen.add(&text, &at);
        // What the text helpers hand to egui (runs reordered, brackets mirrored).
        for line in text.lines() {
            seen.add(&for_egui(line, Some(language.is_rtl())), &at);
        }
    }
    for script in SCRIPT_FILES {
        seen.add(
            &ron_text(script.ron),
            &format!("dialogue script {}", script.id),
        );
    }
    for path in files(&assets().join("world"), "ron") {
        seen.add(
            &ron_text(&std::fs::read_to_string(&path).unwrap()),
            &path.display().to_string(),
        );
    }
    for (at, text) in game_sources() {
        for literal in crate::source::rust_literals(&text) {
            seen.add(&literal, &at);
        }
    }
    seen
}

#[test]
fn the_literal_scanner_skips_comments_and_finds_strings() {
    let source = r##"
        // ★ in a comment
        /// ⚠ in a doc comment
        /* ≈ /* nested */ ← */
        fn f<'a>(x: &'a str) -> String {
            let url = "https://example.org/→"; // — and after code
            let c = '✓';
            let raw = r#"a "quoted" ✗"#;
            let escaped = "\"\u{2190}\" ●";
            format!("{x} {url} {c} {raw} {escaped}")
        }
    "##;
    let all: String = crate::source::rust_literals(source).concat();
    for c in ['→', '✓', '✗', '●'] {
        assert!(all.contains(c), "{c} not found in {all:?}");
    }
    for c in ['★', '⚠', '≈', '←', '—'] {
        assert!(!all.contains(c), "{c} found in {all:?}");
    }
}

#[test]
fn the_scan_sees_the_code_and_the_locales() {
    // If the scan missed these, the coverage test below would prove nothing: the arrow of the
    // interview transcript, and the six languages' own letters.
    let seen = shown_in_egui();
    let arrow = &seen.0[&'→'];
    assert!(
        arrow.iter().any(|at| at.ends_with("interview/ui.rs")),
        "→ seen only in {arrow:?}"
    );
    for c in ['ß', 'ж', 'ş', 'ë', 'ع', 'ğ'] {
        assert!(seen.0.contains_key(&c), "{c} not found in the locales");
    }
}

#[test]
fn every_character_shown_in_egui_has_a_glyph() {
    let seen = shown_in_egui();
    let missing = seen.missing(&egui_fonts());
    assert!(
        missing.is_empty(),
        "no glyph in egui's fonts for:\n{}",
        missing.join("\n")
    );
    // And egui itself finds each one (it reads the fonts with its own parser). Not with
    // `has_glyph`: that says no for every character of the font that also holds egui's
    // replacement character '◻' (the symbols' font).
    let ctx = egui::Context::default();
    ctx.set_fonts(lernwelt::theme::font_definitions());
    let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
    output.textures_delta.clear();
    let unknown: String = ctx.fonts_mut(|view| {
        let mut font = view.fonts.font(&FontFamily::Proportional);
        let known = font.characters();
        seen.0.keys().filter(|c| !known.contains_key(*c)).collect()
    });
    assert!(unknown.is_empty(), "egui has no glyph for {unknown:?}");
}

#[test]
fn without_the_symbol_fonts_the_symbols_would_be_missing() {
    // The test above can fail: the text fonts alone lack the symbols the code uses.
    let missing = shown_in_egui().missing(&sign_fonts());
    assert!(
        missing.iter().any(|m| m.starts_with("'→'")),
        "→ is in the text fonts after all: {missing:?}"
    );
}

#[test]
fn every_sign_text_has_a_glyph_in_the_sign_fonts() {
    let locales = Locales::load_all().unwrap_or_else(|e| panic!("{e}"));
    let mut keys = BTreeSet::new();
    for path in files(&assets().join("world"), "ron") {
        let text = ron_text(&std::fs::read_to_string(&path).unwrap());
        for part in text.split("text: \"").skip(1) {
            keys.insert(part.split('"').next().unwrap().to_owned());
        }
    }
    assert!(keys.len() >= 5, "sign keys found: {keys:?}");
    let mut seen = Seen::default();
    for language in Language::ALL {
        for key in &keys {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("number", 42);
            let text = locales
                .try_format(language, key, Some(&args))
                .unwrap_or_else(|| panic!("{language}: sign {key} does not format"));
            seen.add(
                &for_unshaped(&text, Some(language.is_rtl())),
                &format!("{language}: {key}"),
            );
        }
    }
    let missing = seen.missing(&sign_fonts());
    assert!(
        missing.is_empty(),
        "no glyph in the sign fonts for:\n{}",
        missing.join("\n")
    );
}
