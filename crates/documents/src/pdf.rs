//! PDF export of the CV and the cover letter in a standard German layout (A4; the letter
//! roughly after DIN 5008). Text is set in Noto Sans, embedded as a subset with a `ToUnicode`
//! map, so names such as "Ayşe Yılmaz", "Ardit Krasniqi-Çela" or "Fatmë" and umlauts print
//! right and can be copied or searched. Built on `pdf-writer` (pure Rust, also on wasm32).

use std::collections::BTreeMap;
use std::fmt;

use ab_glyph::{Font as _, FontRef};
use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, TextRenderingMode, UnicodeCmap};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

use crate::model::{Cv, Letter, Section, level_text, period};
use lernwelt_text::bidi;

/// Why a PDF could not be made.
#[derive(Debug, Clone, PartialEq)]
pub enum PdfError {
    /// The embedded font could not be read (a build problem).
    Font,
    /// The font could not be subsetted.
    Subset(String),
}

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PdfError::Font => f.write_str("the embedded font could not be read"),
            PdfError::Subset(e) => write!(f, "the font could not be subsetted: {e}"),
        }
    }
}

impl std::error::Error for PdfError {}

/// The font for documents: Noto Sans (OFL, see `assets/fonts/OFL.txt`).
const FONT: &[u8] = lernwelt_text::fonts::LATIN;

// A4 in points, margins of 25 mm left and 20 mm right (DIN 5008).
const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
const MM: f32 = 2.834_646;
const LEFT: f32 = 25.0 * MM;
const RIGHT: f32 = PAGE_W - 20.0 * MM;
const TOP: f32 = PAGE_H - 20.0 * MM;
const BOTTOM: f32 = 20.0 * MM;
const BODY: f32 = 11.0;
const LEADING: f32 = 1.35;

/// One run of text placed on a page.
struct Span {
    x: f32,
    y: f32,
    size: f32,
    bold: bool,
    text: String,
}

/// A thin line under a heading.
struct Rule {
    y: f32,
}

#[derive(Default)]
struct Page {
    spans: Vec<Span>,
    rules: Vec<Rule>,
}

/// Places text top to bottom, wrapping lines and starting new pages.
struct Layout<'f> {
    font: FontRef<'f>,
    units: f32,
    pages: Vec<Page>,
    y: f32,
}

impl<'f> Layout<'f> {
    fn new(font: FontRef<'f>) -> Self {
        let units = font.units_per_em().unwrap_or(1000.0);
        Self {
            font,
            units,
            pages: vec![Page::default()],
            y: TOP,
        }
    }

    fn width(&self, text: &str, size: f32) -> f32 {
        text.chars()
            .map(|c| self.font.h_advance_unscaled(self.font.glyph_id(c)))
            .sum::<f32>()
            * size
            / self.units
    }

    fn wrap(&self, text: &str, size: f32, max_width: f32) -> Vec<String> {
        bidi::wrap_words(text.trim(), max_width, |s| self.width(s, size))
    }

    fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.pages.push(Page::default());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// Starts a new page unless `height` more points fit on this one.
    fn ensure(&mut self, height: f32) {
        if self.y - height < BOTTOM {
            self.pages.push(Page::default());
            self.y = TOP;
        }
    }

    fn put(&mut self, x: f32, y: f32, size: f32, bold: bool, text: &str) {
        if !text.is_empty() {
            self.page().spans.push(Span {
                x,
                y,
                size,
                bold,
                text: text.to_owned(),
            });
        }
    }

    fn space(&mut self, points: f32) {
        self.y -= points;
    }

    /// Wrapped text from `x` to `x + width`, moving down.
    fn paragraph(&mut self, x: f32, width: f32, size: f32, bold: bool, text: &str) {
        for line in self.wrap(text, size, width) {
            self.ensure(size * LEADING);
            self.y -= size * LEADING;
            self.put(x, self.y, size, bold, &line);
        }
    }

    /// One line aligned to the right margin.
    fn right_line(&mut self, size: f32, text: &str) {
        self.ensure(size * LEADING);
        self.y -= size * LEADING;
        let x = RIGHT - self.width(text, size);
        self.put(x, self.y, size, false, text);
    }

    /// A section heading with a rule under it.
    fn heading(&mut self, text: &str) {
        let size = 13.0;
        // Keep the heading with at least two lines of what follows.
        self.ensure(size * LEADING + 8.0 + 3.0 * BODY * LEADING);
        self.space(8.0);
        self.paragraph(LEFT, RIGHT - LEFT, size, true, text);
        let y = self.y - 4.0;
        self.page().rules.push(Rule { y });
        self.space(8.0);
    }

    /// A row of the CV table: a label on the left, wrapped text blocks on the right (the first
    /// block bold when `strong`).
    fn row(&mut self, label: &str, blocks: &[&str], strong: bool) {
        let label_w = 42.0 * MM;
        let x = LEFT + label_w + 4.0 * MM;
        let width = RIGHT - x;
        let left = self.wrap(label, BODY, label_w);
        let mut right: Vec<(String, bool)> = Vec::new();
        for (i, block) in blocks.iter().filter(|b| !b.trim().is_empty()).enumerate() {
            let bold = strong && i == 0;
            right.extend(
                self.wrap(block, BODY, width)
                    .into_iter()
                    .map(|line| (line, bold)),
            );
        }
        let lines = left.len().max(right.len()).max(1);
        let line_h = BODY * LEADING;
        // Rows of up to four lines stay together.
        self.ensure(line_h * lines.min(4) as f32);
        let mut y = self.y;
        for i in 0..lines {
            if y - line_h < BOTTOM {
                self.pages.push(Page::default());
                y = TOP;
            }
            y -= line_h;
            if let Some(l) = left.get(i) {
                self.put(LEFT, y, BODY, false, l);
            }
            if let Some((r, bold)) = right.get(i) {
                self.put(x, y, BODY, *bold, r);
            }
        }
        self.y = y - 4.0;
    }
}

/// The CV as a PDF.
pub fn cv_pdf(cv: &Cv, place_date: Option<(&str, &str)>) -> Result<Vec<u8>, PdfError> {
    let font = FontRef::try_from_slice(FONT).map_err(|_| PdfError::Font)?;
    let mut l = Layout::new(font);
    l.paragraph(LEFT, RIGHT - LEFT, 22.0, true, "Lebenslauf");
    l.space(6.0);
    let p = &cv.personal;
    l.heading("Persönliche Daten");
    let address = [p.street.trim(), p.city.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    for (label, value) in [
        ("Name", p.name.trim()),
        ("Anschrift", address.as_str()),
        ("Telefon", p.phone.trim()),
        ("E-Mail", p.email.trim()),
        ("Geburtsdatum", p.birth_date.trim()),
        ("Staatsangehörigkeit", p.nationality.trim()),
    ] {
        if !value.is_empty() {
            l.row(label, &[value], false);
        }
    }
    for section in Section::ALL {
        let entries = cv.section(section);
        if entries.is_empty() {
            continue;
        }
        l.heading(section.german_heading());
        for e in entries {
            let title_place = if e.place.trim().is_empty() {
                e.title.trim().to_owned()
            } else {
                format!("{}\n{}", e.title.trim(), e.place.trim())
            };
            l.row(
                &period(e),
                &[&title_place, &e.details, &e.recognition],
                true,
            );
        }
    }
    if !cv.languages.is_empty() {
        l.heading("Sprachkenntnisse");
        for skill in &cv.languages {
            l.row(skill.language.trim(), &[&level_text(&skill.level)], false);
        }
    }
    let skills = cv.skills.trim();
    let hobbies = cv.hobbies.trim();
    if !skills.is_empty() || !hobbies.is_empty() {
        l.heading("Kenntnisse und Interessen");
        if !skills.is_empty() {
            l.row("Kenntnisse", &[skills], false);
        }
        if !hobbies.is_empty() {
            l.row("Hobbys", &[hobbies], false);
        }
    }
    if let Some((place, date)) = place_date
        && !place.trim().is_empty()
        && !date.trim().is_empty()
    {
        l.space(BODY * 2.0);
        l.paragraph(
            LEFT,
            RIGHT - LEFT,
            BODY,
            false,
            &format!("{}, {}", place.trim(), date.trim()),
        );
        l.space(BODY * 2.5);
        l.paragraph(LEFT, RIGHT - LEFT, BODY, false, p.name.trim());
    }
    write(l, &format!("Lebenslauf {}", p.name.trim()))
}

/// The cover letter as a PDF, the sender taken from the CV.
pub fn letter_pdf(letter: &Letter, cv: &Cv) -> Result<Vec<u8>, PdfError> {
    let font = FontRef::try_from_slice(FONT).map_err(|_| PdfError::Font)?;
    let mut l = Layout::new(font);
    let p = &cv.personal;
    // Sender at the top.
    l.paragraph(LEFT, RIGHT - LEFT, 13.0, true, p.name.trim());
    let contact: Vec<&str> = [p.street.trim(), p.city.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    l.paragraph(LEFT, RIGHT - LEFT, 9.5, false, &contact.join(" · "));
    let reach: Vec<String> = [("Tel.", p.phone.trim()), ("E-Mail", p.email.trim())]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k} {v}"))
        .collect();
    l.paragraph(LEFT, RIGHT - LEFT, 9.5, false, &reach.join(" · "));
    // Recipient in the address field (DIN 5008 form B: 45 mm from the top).
    l.y = l.y.min(PAGE_H - 50.0 * MM);
    for line in [
        &letter.company,
        &letter.contact,
        &letter.street,
        &letter.city,
    ] {
        if !line.trim().is_empty() {
            l.paragraph(LEFT, 85.0 * MM, BODY, false, line);
        }
    }
    // Place and date on the right, then the subject in bold.
    l.y = l.y.min(PAGE_H - 98.0 * MM);
    l.right_line(
        BODY,
        &format!("{}, {}", letter.place.trim(), letter.date.trim()),
    );
    l.space(BODY * 2.0);
    l.paragraph(LEFT, RIGHT - LEFT, BODY, true, &letter.subject);
    l.space(BODY * 2.0);
    l.paragraph(LEFT, RIGHT - LEFT, BODY, false, &letter.greeting);
    for part in [&letter.opening, &letter.body, &letter.closing] {
        if !part.trim().is_empty() {
            l.space(BODY * 0.8);
            l.paragraph(LEFT, RIGHT - LEFT, BODY, false, part);
        }
    }
    // Room for the handwritten signature, then the typed name.
    l.space(BODY * 3.0);
    l.paragraph(LEFT, RIGHT - LEFT, BODY, false, &letter.signature);
    write(l, &format!("Anschreiben {}", letter.signature.trim()))
}

fn compress(data: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(data, 6)
}

/// Writes the laid-out pages with a subset of the font.
fn write(layout: Layout<'_>, title: &str) -> Result<Vec<u8>, PdfError> {
    let Layout {
        font, units, pages, ..
    } = layout;
    // Glyphs in use, and which character each shows (for copy and search).
    let mut remapper = subsetter::GlyphRemapper::new();
    let mut chars: BTreeMap<u16, char> = BTreeMap::new();
    for span in pages.iter().flat_map(|p| &p.spans) {
        for c in span.text.chars() {
            let old = font.glyph_id(c).0;
            let new = remapper.remap(old);
            chars.entry(new).or_insert(c);
        }
    }
    let subset =
        subsetter::subset(FONT, 0, &remapper).map_err(|e| PdfError::Subset(e.to_string()))?;
    let to_1000 = |v: f32| v * 1000.0 / units;

    let mut pdf = Pdf::new();
    let mut next = 1;
    let mut id = || {
        let r = Ref::new(next);
        next += 1;
        r
    };
    let catalog = id();
    let tree = id();
    let info = id();
    let type0 = id();
    let cid = id();
    let descriptor = id();
    let file = id();
    let cmap = id();
    let page_ids: Vec<(Ref, Ref)> = pages.iter().map(|_| (id(), id())).collect();
    let font_name = Name(b"F1");
    let base = Name(b"LWDOCS+NotoSans-Regular");

    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree)
        .kids(page_ids.iter().map(|(p, _)| *p))
        .count(page_ids.len() as i32);
    pdf.document_info(info)
        .title(TextStr(title))
        .producer(TextStr("Lernwelt"));

    pdf.type0_font(type0)
        .base_font(base)
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid)
        .to_unicode(cmap);
    let system = SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"Identity"),
        supplement: 0,
    };
    let widths: Vec<f32> = remapper
        .remapped_gids()
        .map(|old| to_1000(font.h_advance_unscaled(ab_glyph::GlyphId(old))))
        .collect();
    let mut cid_font = pdf.cid_font(cid);
    cid_font
        .subtype(CidFontType::Type2)
        .base_font(base)
        .system_info(system)
        .font_descriptor(descriptor)
        .default_width(0.0)
        .cid_to_gid_map_predefined(Name(b"Identity"));
    cid_font.widths().consecutive(0, widths);
    cid_font.finish();
    pdf.font_descriptor(descriptor)
        .name(base)
        .flags(FontFlags::NON_SYMBOLIC)
        .bbox(Rect::new(-621.0, -389.0, 2800.0, 1067.0))
        .italic_angle(0.0)
        .ascent(to_1000(font.ascent_unscaled()))
        .descent(to_1000(font.descent_unscaled()))
        .cap_height(714.0)
        .stem_v(80.0)
        .font_file2(file);
    let compressed = compress(&subset);
    pdf.stream(file, &compressed)
        .filter(Filter::FlateDecode)
        .pair(Name(b"Length1"), subset.len() as i32);
    let mut unicode = UnicodeCmap::new(Name(b"Custom"), system);
    for (glyph, c) in &chars {
        unicode.pair(*glyph, *c);
    }
    let unicode = unicode.finish();
    pdf.stream(cmap, unicode.as_slice());

    for (page, (page_id, content_id)) in pages.iter().zip(&page_ids) {
        let mut p = pdf.page(*page_id);
        p.media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H))
            .parent(tree)
            .contents(*content_id);
        p.resources().fonts().pair(font_name, type0);
        p.finish();
        let mut content = Content::new();
        content.set_stroke_rgb(0.55, 0.55, 0.55).set_line_width(0.6);
        for rule in &page.rules {
            content
                .move_to(LEFT, rule.y)
                .line_to(RIGHT, rule.y)
                .stroke();
        }
        content
            .set_fill_rgb(0.0, 0.0, 0.0)
            .set_stroke_rgb(0.0, 0.0, 0.0);
        for span in &page.spans {
            let glyphs: Vec<u8> = span
                .text
                .chars()
                .filter_map(|c| remapper.get(font.glyph_id(c).0))
                .flat_map(u16::to_be_bytes)
                .collect();
            content.begin_text().set_font(font_name, span.size);
            if span.bold {
                // One regular face: bold is drawn as fill plus a thin outline.
                content
                    .set_text_rendering_mode(TextRenderingMode::FillStroke)
                    .set_line_width(span.size * 0.035);
            } else {
                content.set_text_rendering_mode(TextRenderingMode::Fill);
            }
            content
                .set_text_matrix([1.0, 0.0, 0.0, 1.0, span.x, span.y])
                .show(Str(&glyphs))
                .end_text();
        }
        let data = content.finish();
        pdf.stream(*content_id, &compress(&data))
            .filter(Filter::FlateDecode);
    }
    Ok(pdf.finish())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used, clippy::unwrap_used)]
    use super::*;
    use crate::model::example;

    fn text_of(pdf: &[u8]) -> String {
        let doc = lopdf::Document::load_mem(pdf).expect("the PDF opens again");
        let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
        assert!(!pages.is_empty());
        doc.extract_text(&pages).expect("text extracts")
    }

    #[test]
    fn the_cv_pdf_has_the_names_headings_and_umlauts() {
        let mut drafts = example();
        drafts.cv.work[0].place = "Ardit Krasniqi-Çela Transporte, Berlin".into();
        drafts.cv.hobbies = "Lesen mit Fatmë, Fußball".into();
        let pdf = cv_pdf(&drafts.cv, Some(("Berlin", "02.11.2026"))).expect("pdf");
        assert!(pdf.starts_with(b"%PDF-"));
        // The font is subsetted: far smaller than the 500 kB font file.
        assert!(pdf.len() < 120_000, "{} bytes", pdf.len());
        let text = text_of(&pdf);
        for needle in [
            "Lebenslauf",
            "Ayşe Yılmaz",
            "Lindenstraße 12",
            "Staatsangehörigkeit",
            "türkisch",
            "Krasniqi-Çela",
            "Fatmë",
            "Schulbildung",
            "Zeugnisbewertung",
            "B2 (GER)",
        ] {
            assert!(text.contains(needle), "{needle} missing in {text}");
        }
    }

    #[test]
    fn the_letter_pdf_has_the_din_parts_in_order() {
        let drafts = example();
        let pdf = letter_pdf(&drafts.letter, &drafts.cv).expect("pdf");
        let text = text_of(&pdf);
        let at = |needle: &str| {
            text.find(needle)
                .unwrap_or_else(|| panic!("{needle} missing in {text}"))
        };
        let order = [
            at("Ayşe Yılmaz"),
            at("Müller Logistik GmbH"),
            at("Berlin, 02.11.2026"),
            at("Bewerbung um einen Ausbildungsplatz"),
            at("Sehr geehrte Frau Schmidt,"),
            at("Mit freundlichen Grüßen"),
        ];
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?} in {text}");
    }

    #[test]
    fn a_long_cv_flows_onto_more_pages() {
        let mut cv = example().cv;
        for _ in 0..40 {
            cv.work.push(cv.work[0].clone());
        }
        let pdf = cv_pdf(&cv, None).expect("pdf");
        let doc = lopdf::Document::load_mem(&pdf).expect("opens");
        assert!(doc.get_pages().len() >= 2);
    }
}
