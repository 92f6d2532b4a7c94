//! Right-to-left text for renderers that only lay out left to right.
//!
//! egui shapes each font run with harfrust (so Arabic letters join and a run of Arabic is
//! drawn right to left) but places the runs themselves left to right, and breaks lines left
//! to right. [`for_egui`] therefore orders the *runs* of a line visually with the Unicode
//! bidi algorithm and leaves each run of Arabic letters in logical order for harfrust.
//! [`for_unshaped`] serves renderers without any shaping (the signs in the world): it
//! replaces Arabic letters by their joined presentation forms and orders every character
//! visually.

use std::borrow::Cow;

use unicode_bidi::{BidiInfo, Level};

/// Whether `c` is drawn from the Arabic font (egui resolves fonts per character, and our
/// Latin/Cyrillic font has no Arabic glyphs, so these characters form their own runs).
pub fn is_arabic_script(c: char) -> bool {
    matches!(c as u32,
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Whether `text` needs any bidi work at all (contains a right-to-left character).
pub fn has_rtl(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF))
}

/// The paragraph direction to assume: `Some(true)` right to left, `Some(false)` left to
/// right, `None` taken from the first strong character.
pub type BaseDirection = Option<bool>;

fn base_level(base: BaseDirection) -> Option<Level> {
    base.map(|rtl| if rtl { Level::rtl() } else { Level::ltr() })
}

/// The mirrored glyph of a paired punctuation mark shown inside right-to-left text.
fn mirror(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        other => other,
    }
}

/// Dashes that, written between two digits, make a number range ("16–17", "9-17", "1‑4").
const RANGE_DASHES: [char; 5] = ['-', '\u{2010}', '\u{2011}', '\u{2012}', '\u{2013}'];

/// A stand-in for the dash `c` of the same UTF-8 length with the bidi class of a common separator
/// (CS): the solidus for the hyphen-minus, the fraction slash for the others. Rule W4 joins two
/// numbers of the same type across a single common separator, for European digits (EN) and for
/// the Arabic numbers (AN) that European digits become after Arabic letters (W2). A European
/// separator (ES, as the hyphen-minus is) joins only the former: "المفاتيح 1-4" would show "4-1".
fn separator_stand_in(c: char) -> char {
    if c.len_utf8() == 1 { '/' } else { '\u{2044}' }
}

/// The text the bidi levels are resolved on: a dash between two digits stands for a common
/// separator. The Unicode algorithm treats an en dash as a neutral, and a neutral between numbers
/// in right-to-left text turns right to left, so the age band "16–17" would show as "17–16" in
/// Arabic. A separator between two numbers joins them instead (rule W4), so the range stays one
/// left-to-right number. Only the classification changes: every byte offset is the same, and
/// the runs are cut from the original text.
fn with_ranges_as_numbers(text: &str) -> Cow<'_, str> {
    let chars: Vec<char> = text.chars().collect();
    let is_range_dash = |i: usize| {
        RANGE_DASHES.contains(&chars[i])
            && i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit)
    };
    if !(0..chars.len()).any(is_range_dash) {
        return Cow::Borrowed(text);
    }
    let out: String = (0..chars.len())
        .map(|i| {
            if is_range_dash(i) {
                separator_stand_in(chars[i])
            } else {
                chars[i]
            }
        })
        .collect();
    debug_assert_eq!(out.len(), text.len());
    Cow::Owned(out)
}

/// Calls `f` with each line's visual runs: `(text of the run in logical order, is_rtl)`.
fn visual_runs_per_line(text: &str, base: BaseDirection, mut f: impl FnMut(Vec<(&str, bool)>)) {
    let classified = with_ranges_as_numbers(text);
    let info = BidiInfo::new(&classified, base_level(base));
    for para in &info.paragraphs {
        // A line break ends a bidi paragraph; leave it out of the line itself.
        let para_text = &text[para.range.clone()];
        let end = para.range.start + para_text.trim_end_matches(['\n', '\r']).len();
        let line = para.range.start..end;
        if line.is_empty() {
            f(Vec::new());
            continue;
        }
        let (levels, runs) = info.visual_runs(para, line);
        f(runs
            .into_iter()
            .map(|run| {
                let rtl = levels[run.start].is_rtl();
                (&text[run], rtl)
            })
            .collect());
    }
}

/// Text for egui: lines in visual order, each run of Arabic letters kept in logical order
/// (harfrust draws it right to left), everything else placed visually.
pub fn for_egui(text: &str, base: BaseDirection) -> String {
    if !has_rtl(text) && base != Some(true) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut first = true;
    visual_runs_per_line(text, base, |runs| {
        if !first {
            out.push('\n');
        }
        first = false;
        for (run, rtl) in runs {
            if rtl {
                push_rtl_run_for_egui(&mut out, run);
            } else {
                out.push_str(run.trim_end_matches('\n'));
            }
        }
    });
    out
}

/// Reverses an RTL run piecewise: Arabic stretches stay in logical order (the shaper reverses
/// them), every other character is placed in visual order and mirrored.
fn push_rtl_run_for_egui(out: &mut String, run: &str) {
    let mut pieces: Vec<String> = Vec::new();
    let mut arabic = String::new();
    for c in run.chars().filter(|c| *c != '\n') {
        if is_arabic_script(c) {
            arabic.push(c);
        } else {
            if !arabic.is_empty() {
                pieces.push(std::mem::take(&mut arabic));
            }
            pieces.push(mirror(c).to_string());
        }
    }
    if !arabic.is_empty() {
        pieces.push(arabic);
    }
    for piece in pieces.iter().rev() {
        out.push_str(piece);
    }
}

/// Text for a renderer that neither shapes nor reorders: Arabic letters become their joined
/// presentation forms and every line is in visual order, left to right.
pub fn for_unshaped(text: &str, base: BaseDirection) -> String {
    if !has_rtl(text) {
        return text.to_owned();
    }
    let shaped = ar_reshaper::reshape_line(text);
    let mut out = String::with_capacity(shaped.len());
    let mut first = true;
    visual_runs_per_line(&shaped, base, |runs| {
        if !first {
            out.push('\n');
        }
        first = false;
        for (run, rtl) in runs {
            if rtl {
                out.extend(run.chars().rev().filter(|c| *c != '\n').map(mirror));
            } else {
                out.push_str(run.trim_end_matches('\n'));
            }
        }
    });
    out
}

/// Breaks `text` into lines no wider than `max_width`, measuring each candidate line with
/// `width`; words are kept whole (a single over-long word gets its own line). Works on the
/// logical text, so the caller orders each resulting line afterwards.
pub fn wrap_words(text: &str, max_width: f32, mut width: impl FnMut(&str) -> f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let candidate = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if line.is_empty() || width(&candidate) <= max_width {
                line = candidate;
            } else {
                lines.push(std::mem::take(&mut line));
                line = word.to_owned();
            }
        }
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_text_is_untouched() {
        assert_eq!(for_egui("Hello (world) 42", None), "Hello (world) 42");
        assert_eq!(for_unshaped("Grüß dich", None), "Grüß dich");
    }

    #[test]
    fn arabic_words_are_ordered_right_to_left_but_kept_logical_inside() {
        // "مرحبا بك" = "welcome" (two words): visually the first word is on the right.
        let text = "مرحبا بك";
        assert_eq!(for_egui(text, Some(true)), "بك مرحبا");
    }

    #[test]
    fn numbers_and_latin_inside_arabic_keep_their_order() {
        let text = "رقم 42 الآن";
        // Visual: "الآن" leftmost, then "42" (digits left to right), then "رقم".
        assert_eq!(for_egui(text, Some(true)), "الآن 42 رقم");
        let mixed = "مرحبا Lernwelt!";
        let out = for_egui(mixed, Some(true));
        assert!(out.contains("Lernwelt"), "{out}");
        assert!(out.starts_with('!'), "{out}");
        assert!(out.ends_with("مرحبا"), "{out}");
    }

    #[test]
    fn number_ranges_keep_their_order_in_rtl() {
        // "العمر 16–17" = "age 16–17": the range reads left to right, not "17–16".
        for text in ["العمر 16–17", "16–17", "المفاتيح 1–4 للإجابة", "من 9-17"]
        {
            let range: String = text
                .chars()
                .skip_while(|c| !c.is_ascii_digit())
                .take_while(|c| c.is_ascii_digit() || RANGE_DASHES.contains(c))
                .collect();
            assert!(for_egui(text, Some(true)).contains(&range), "{text}");
            assert!(for_unshaped(text, Some(true)).contains(&range), "{text}");
        }
        // A dash between words is still a neutral, and Latin text is untouched.
        assert_eq!(for_egui("أ – ب", Some(true)), "ب – أ");
        assert_eq!(for_egui("16–17 years", None), "16–17 years");
    }

    #[test]
    fn brackets_are_mirrored_in_rtl() {
        let out = for_egui("(مرحبا)", Some(true));
        assert_eq!(out, "(مرحبا)");
    }

    #[test]
    fn unshaped_text_uses_presentation_forms_in_visual_order() {
        // "بك": beh (initial form U+FE91) then kaf (final form U+FEDA); visually kaf first.
        let out = for_unshaped("بك", Some(true));
        let chars: Vec<char> = out.chars().collect();
        assert_eq!(chars, vec!['\u{FEDA}', '\u{FE91}']);
    }

    #[test]
    fn lines_are_ordered_one_by_one() {
        let out = for_egui("أ ب\nج د", Some(true));
        assert_eq!(out, "ب أ\nد ج");
    }

    #[test]
    fn wrapping_keeps_words_whole() {
        let lines = wrap_words("one two three four", 9.0, |s| s.chars().count() as f32);
        assert_eq!(lines, vec!["one two", "three", "four"]);
        let long = wrap_words("unbreakableword x", 3.0, |s| s.chars().count() as f32);
        assert_eq!(long, vec!["unbreakableword", "x"]);
    }
}
