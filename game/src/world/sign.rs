//! Signs in the world: translated text drawn into a texture on a flat panel, redrawn when the
//! language changes. Arabic is joined and ordered right to left before drawing.

use ab_glyph::{Font, FontRef, PxScale, ScaleFont, point};
use bevy::asset::RenderAssetUsages;
use bevy::prelude::*;
use bevy::render::render_resource::{Extent3d, TextureDimension, TextureFormat};

use crate::i18n::Language;
use lernwelt_text::bidi;

/// Pixels per metre of sign.
const PX_PER_M: f32 = 220.0;
/// Largest texture side.
const MAX_SIDE: u32 = 2048;

/// A sign's content and look.
#[derive(Component, Clone, Debug)]
pub struct Sign {
    /// Locale key.
    pub key: String,
    /// Optional `$number` argument.
    pub number: Option<i64>,
    /// Width and height in metres.
    pub size: Vec2,
    pub background: Color,
    pub color: Color,
}

/// The text a sign shows now (in logical order, as translated).
#[derive(Component, Clone, Debug, Default, PartialEq)]
pub struct SignText(pub String);

/// The two fonts, parsed once.
#[derive(Resource)]
pub struct SignFonts {
    latin: FontRef<'static>,
    arabic: FontRef<'static>,
}

impl SignFonts {
    /// Parses the embedded fonts.
    pub fn load() -> Result<Self, String> {
        Ok(Self {
            latin: FontRef::try_from_slice(lernwelt_text::fonts::LATIN)
                .map_err(|e| format!("NotoSans: {e}"))?,
            arabic: FontRef::try_from_slice(lernwelt_text::fonts::ARABIC)
                .map_err(|e| format!("NotoSansArabic: {e}"))?,
        })
    }

    /// The font that has a glyph for `c` (Latin first, then Arabic).
    fn font_for(&self, c: char) -> &FontRef<'static> {
        if self.latin.glyph_id(c).0 != 0 {
            &self.latin
        } else {
            &self.arabic
        }
    }

    /// Whether some font has a glyph for `c`.
    pub fn covers(&self, c: char) -> bool {
        c.is_whitespace() || self.latin.glyph_id(c).0 != 0 || self.arabic.glyph_id(c).0 != 0
    }

    fn line_width(&self, line: &str, px: f32) -> f32 {
        line.chars()
            .map(|c| {
                let font = self.font_for(c);
                font.as_scaled(PxScale::from(px))
                    .h_advance(font.glyph_id(c))
            })
            .sum()
    }

    /// Draws `text` centred on a `width`×`height` RGBA image: up to three lines, the largest
    /// size that fits. `visual` lines must already be in left-to-right drawing order.
    pub fn render(
        &self,
        text: &str,
        language: Language,
        width: u32,
        height: u32,
        background: [u8; 4],
        color: [u8; 4],
    ) -> Vec<u8> {
        let mut pixels: Vec<u8> = background
            .iter()
            .copied()
            .cycle()
            .take((width * height * 4) as usize)
            .collect();
        let margin = height as f32 * 0.08;
        let max_w = width as f32 - 2.0 * margin;
        let max_h = height as f32 - 2.0 * margin;
        // Try one line, then two, then three, shrinking until the text fits.
        let mut best: Option<(Vec<String>, f32)> = None;
        for lines_wanted in 1..=3usize {
            let px = max_h / (lines_wanted as f32 * 1.12);
            let lines = bidi::wrap_words(text, max_w, |s| self.line_width(s, px));
            if lines.len() <= lines_wanted {
                best = Some((lines, px));
                break;
            }
        }
        let (lines, px) = best.unwrap_or_else(|| {
            let px = max_h / (3.0 * 1.12);
            (
                bidi::wrap_words(text, max_w, |s| self.line_width(s, px)),
                px,
            )
        });
        let widest = lines
            .iter()
            .map(|l| self.line_width(l, px))
            .fold(0.0f32, f32::max);
        let px = if widest > max_w {
            px * max_w / widest
        } else {
            px
        };
        let line_h = px * 1.12;
        let total_h = line_h * lines.len() as f32;
        let top = (height as f32 - total_h) / 2.0;
        for (i, line) in lines.iter().enumerate() {
            let visual = bidi::for_unshaped(line, Some(language.is_rtl()));
            let line_w = self.line_width(&visual, px);
            let mut x = (width as f32 - line_w) / 2.0;
            let baseline = top + line_h * i as f32 + px * 0.92;
            for c in visual.chars() {
                let font = self.font_for(c);
                let scaled = font.as_scaled(PxScale::from(px));
                let id = font.glyph_id(c);
                let glyph = id.with_scale_and_position(PxScale::from(px), point(x, baseline));
                x += scaled.h_advance(id);
                let Some(outline) = font.outline_glyph(glyph) else {
                    continue;
                };
                let bounds = outline.px_bounds();
                outline.draw(|gx, gy, coverage| {
                    let px_x = bounds.min.x as i32 + gx as i32;
                    let px_y = bounds.min.y as i32 + gy as i32;
                    if px_x < 0 || px_y < 0 || px_x >= width as i32 || px_y >= height as i32 {
                        return;
                    }
                    let idx = ((px_y as u32 * width + px_x as u32) * 4) as usize;
                    for ch in 0..3 {
                        let bg = pixels[idx + ch] as f32;
                        let fg = color[ch] as f32;
                        pixels[idx + ch] = (bg + (fg - bg) * coverage.clamp(0.0, 1.0)) as u8;
                    }
                });
            }
        }
        pixels
    }
}

fn rgba8(color: Color) -> [u8; 4] {
    color.to_srgba().to_u8_array()
}

/// Texture size for a sign of `size` metres.
pub fn texture_size(size: Vec2) -> (u32, u32) {
    let scale = (PX_PER_M * size.x).min(MAX_SIDE as f32) / size.x;
    (
        ((size.x * scale) as u32).max(8),
        ((size.y * scale) as u32).max(8),
    )
}

/// Draws the sign's texture.
pub fn sign_image(fonts: &SignFonts, sign: &Sign, text: &str, language: Language) -> Image {
    let (w, h) = texture_size(sign.size);
    let data = fonts.render(
        text,
        language,
        w,
        h,
        rgba8(sign.background),
        rgba8(sign.color),
    );
    Image::new(
        Extent3d {
            width: w,
            height: h,
            depth_or_array_layers: 1,
        },
        TextureDimension::D2,
        data,
        TextureFormat::Rgba8UnormSrgb,
        RenderAssetUsages::RENDER_WORLD,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fonts_cover_every_letter_of_the_signs() {
        let fonts = SignFonts::load().expect("fonts");
        // Presentation forms are what Arabic signs are drawn with.
        for c in bidi::for_unshaped("مركز العمل · لا إله", Some(true)).chars() {
            assert!(fonts.covers(c), "no glyph for U+{:04X}", c as u32);
        }
        for c in "Grüße Привет Türkçe Shqipëri ğış çë".chars() {
            assert!(fonts.covers(c), "no glyph for {c}");
        }
    }

    #[test]
    fn text_is_drawn_inside_the_sign() {
        let fonts = SignFonts::load().expect("fonts");
        let (w, h) = (400, 100);
        let px = fonts.render(
            "Empfang",
            Language::De,
            w,
            h,
            [0, 0, 0, 255],
            [255, 255, 255, 255],
        );
        let lit = px.chunks(4).filter(|p| p[0] > 128).count();
        assert!(lit > 200, "too little text drawn: {lit}");
        // Nothing outside the margin.
        let row0_lit = px[..(w * 4) as usize]
            .chunks(4)
            .filter(|p| p[0] > 0)
            .count();
        assert_eq!(row0_lit, 0);
        let arabic = fonts.render(
            "استقبال",
            Language::Ar,
            w,
            h,
            [0, 0, 0, 255],
            [255, 255, 255, 255],
        );
        assert!(arabic.chunks(4).filter(|p| p[0] > 128).count() > 200);
    }
}
