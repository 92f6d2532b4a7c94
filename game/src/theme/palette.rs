//! The interface's colours in one place, each chosen to reach WCAG AA contrast (4.5:1) for
//! text on the light panels or, for the accent, for white text on it; a test holds them to
//! it. Colour never carries meaning alone: every coloured note also says what it means.

use bevy_egui::egui::Color32;

/// Filled buttons (Start, Use, send) and the selection, with white text on them.
pub const ACCENT: Color32 = Color32::from_rgb(31, 122, 112);
/// Titles and links.
pub const BRAND: Color32 = Color32::from_rgb(29, 78, 137);
/// Behind the loading and start screens.
pub const BACKDROP: Color32 = Color32::from_rgb(236, 242, 247);
/// "It worked" notes.
pub const GOOD: Color32 = Color32::from_rgb(46, 125, 50);
/// "Waiting" and "fair" notes.
pub const WAIT: Color32 = Color32::from_rgb(150, 95, 0);
/// Errors and weak answers.
pub const BAD: Color32 = Color32::from_rgb(183, 28, 28);
/// Help and side notes.
pub const HELP: Color32 = Color32::from_rgb(80, 80, 80);
/// Hints in empty fields, small print.
pub const WEAK: Color32 = Color32::from_rgb(105, 105, 105);
/// A highlighted hint (simple German, translation).
pub const INFO: Color32 = Color32::from_rgb(21, 101, 192);
/// The panels' background (egui's light window fill).
pub const PANEL: Color32 = Color32::from_rgb(248, 248, 248);

/// WCAG contrast ratio of two opaque colours (1 to 21).
pub fn contrast(a: Color32, b: Color32) -> f32 {
    fn luminance(c: Color32) -> f32 {
        let channel = |v: u8| {
            let v = f32::from(v) / 255.0;
            if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    }
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_colours_reach_aa_contrast() {
        for (name, text, background) in [
            ("brand", BRAND, PANEL),
            ("good", GOOD, PANEL),
            ("wait", WAIT, PANEL),
            ("bad", BAD, PANEL),
            ("help", HELP, PANEL),
            ("weak", WEAK, PANEL),
            ("info", INFO, PANEL),
            ("brand on backdrop", BRAND, BACKDROP),
            ("weak on backdrop", WEAK, BACKDROP),
            ("white on accent", Color32::WHITE, ACCENT),
        ] {
            let ratio = contrast(text, background);
            assert!(ratio >= 4.5, "{name}: {ratio:.2}:1 is below 4.5:1");
        }
        // The old accent failed: the test can tell.
        assert!(contrast(Color32::WHITE, Color32::from_rgb(42, 157, 143)) < 4.5);
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
    }
}
