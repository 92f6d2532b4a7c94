//! Nicknames nobody can pass off as someone else's (UTS #39): a new nickname must be written
//! in one script (Latin letters mixed with Cyrillic ones are refused), must not hold invisible
//! letters (the Hangul fillers), and must not look like one already taken. "Looks like" is the
//! nickname's [`skeleton`]: lowercased, NFKC (fullwidth `ｌｅｎａ` is `lena`), without the
//! Arabic tatweel, then mapped to the Unicode confusables' prototypes (Cyrillic `а` and Latin
//! `a`, the digit `1` and `l`). The store keeps the skeleton in a unique column.

use lernwelt_protocol::{ErrorCode, Nickname};
use unicode_normalization::UnicodeNormalization;
use unicode_security::MixedScript;
use unicode_security::confusable_detection::skeleton as confusable_skeleton;

/// Letters that render as nothing: the Hangul fillers. They count as letters for Unicode, so
/// the protocol's character rules let them through.
const INVISIBLE_LETTERS: [char; 4] = ['\u{115F}', '\u{1160}', '\u{3164}', '\u{FFA0}'];

/// Stretches a joined Arabic letter without changing the word: `لـينا` reads as `لينا`.
const TATWEEL: char = '\u{0640}';

/// Whether `nickname` may be taken by a new account: one script, no invisible letters.
/// Nicknames stored before these rules stay valid; only new ones are checked.
pub fn admissible(nickname: &Nickname) -> Result<(), ErrorCode> {
    let text = nickname.as_str();
    if text.chars().any(|c| INVISIBLE_LETTERS.contains(&c)) {
        return Err(ErrorCode::NicknameInvalidCharacters);
    }
    if !text.is_single_script() {
        return Err(ErrorCode::NicknameMixedScripts);
    }
    Ok(())
}

/// The form two nicknames that look alike share; stored beside the nickname, never shown.
#[must_use]
pub fn skeleton(nickname: &Nickname) -> String {
    let folded: String = nickname
        .as_str()
        .to_lowercase()
        .nfkc()
        .filter(|c| *c != TATWEEL && !INVISIBLE_LETTERS.contains(c))
        .collect();
    confusable_skeleton(&folded)
        .collect::<String>()
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nick(text: &str) -> Nickname {
        Nickname::try_from(text).unwrap_or_else(|e| panic!("{text}: {e:?}"))
    }

    #[test]
    fn look_alikes_share_a_skeleton() {
        let pairs = [
            ("lena", "Lena"),
            // Cyrillic а, с, е against Latin letters (each name in one script).
            ("асе", "ace"),
            ("ｌｅｎａ", "lena"),
            ("لـينا", "لينا"),
            ("paypa1", "paypal"),
            ("ali.k", "ALI.K"),
        ];
        for (a, b) in pairs {
            assert_eq!(skeleton(&nick(a)), skeleton(&nick(b)), "{a} / {b}");
        }
    }

    #[test]
    fn different_names_keep_different_skeletons() {
        let pairs = [
            ("lena", "lina"),
            ("ali_17", "ali_18"),
            ("лена", "лина"),
            ("مريم", "مريام"),
            ("ayşe", "ayse_"),
        ];
        for (a, b) in pairs {
            assert_ne!(skeleton(&nick(a)), skeleton(&nick(b)), "{a} / {b}");
        }
    }

    #[test]
    fn one_script_each_is_admissible() {
        for name in [
            "sonnenblume_17",
            "лена-2009",
            "مريم٢٠٠٩",
            "ayşe.k",
            "Ëndërr",
            "さくら",
            "ｌｅｎａ",
        ] {
            assert_eq!(admissible(&nick(name)), Ok(()), "{name}");
        }
    }

    #[test]
    fn mixed_scripts_and_invisible_letters_are_refused() {
        // Latin l, n, a with a Cyrillic е.
        assert_eq!(
            admissible(&nick("l\u{0435}na")),
            Err(ErrorCode::NicknameMixedScripts)
        );
        assert_eq!(
            admissible(&nick("lena٣")),
            Err(ErrorCode::NicknameMixedScripts)
        );
        assert_eq!(
            admissible(&nick("lena\u{3164}")),
            Err(ErrorCode::NicknameInvalidCharacters)
        );
    }
}
