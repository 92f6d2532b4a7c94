//! egui widgets that show right-to-left text correctly: labels, wrapped paragraphs, buttons
//! and a single-line text field, all built on [`crate::i18n::bidi`]. Every piece of text the
//! UI shows goes through here, so Arabic is joined and right to left everywhere.

use bevy_egui::egui::{
    self, Align, Color32, FontId, Layout, Response, RichText, Sense, Ui, WidgetText,
};

use crate::i18n::bidi;

/// Whether the layout runs right to left (Arabic) or left to right.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Dir {
    pub rtl: bool,
}

impl Dir {
    /// One line of text, ordered for egui.
    pub fn line(self, text: &str) -> String {
        if self.rtl || bidi::has_rtl(text) {
            bidi::for_egui(text, Some(self.rtl))
        } else {
            text.to_owned()
        }
    }

    /// Rich text of one line.
    pub fn rich(self, text: &str) -> RichText {
        RichText::new(self.line(text))
    }

    /// The main-axis alignment for this direction.
    pub fn align(self) -> Align {
        if self.rtl { Align::Max } else { Align::Min }
    }

    /// A top-down layout that starts at the reading side.
    pub fn layout(self) -> Layout {
        Layout::top_down(self.align())
    }

    /// A left-to-right row, or right-to-left for Arabic.
    pub fn row(self) -> Layout {
        if self.rtl {
            Layout::right_to_left(Align::Center)
        } else {
            Layout::left_to_right(Align::Center)
        }
    }

    /// A row of widgets in reading order, one line high and as wide as the space given:
    /// left to right, or right to left for Arabic.
    pub fn row_ui<R>(self, ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> R {
        let size = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
        ui.allocate_ui_with_layout(size, self.row(), add).inner
    }

    /// Shows `items` side by side in reading order in a row that is only as wide as they are
    /// (for floating bars, where a right-to-left layout would take all the width).
    pub fn items<T>(self, ui: &mut Ui, items: &[T], mut add: impl FnMut(&mut Ui, &T)) {
        ui.horizontal(|ui| {
            if self.rtl {
                items.iter().rev().for_each(|item| add(ui, item));
            } else {
                items.iter().for_each(|item| add(ui, item));
            }
        });
    }

    /// A heading.
    pub fn heading(self, ui: &mut Ui, text: &str) -> Response {
        ui.with_layout(self.layout(), |ui| ui.heading(self.line(text)))
            .inner
    }

    /// A paragraph wrapped to the available width, each line ordered on its own so the first
    /// words of an Arabic paragraph stand at the top right.
    pub fn paragraph(self, ui: &mut Ui, text: &str) {
        self.paragraph_styled(ui, text, egui::TextStyle::Body, None);
    }

    /// A paragraph in a text style and colour.
    pub fn paragraph_styled(
        self,
        ui: &mut Ui,
        text: &str,
        style: egui::TextStyle,
        color: Option<Color32>,
    ) {
        let font = style.resolve(ui.style());
        let max_width = ui.available_width().max(40.0);
        let lines = self.wrap(ui, text, &font, max_width);
        ui.with_layout(self.layout(), |ui| {
            ui.spacing_mut().item_spacing.y = 2.0;
            for line in lines {
                let mut rich = RichText::new(line).font(font.clone());
                if let Some(color) = color {
                    rich = rich.color(color);
                }
                ui.add(egui::Label::new(rich).wrap_mode(egui::TextWrapMode::Extend));
            }
        });
    }

    /// Breaks `text` into display lines of at most `max_width` points.
    pub fn wrap(self, ui: &Ui, text: &str, font: &FontId, max_width: f32) -> Vec<String> {
        let measure = |s: &str| width(ui, &self.line(s), font);
        bidi::wrap_words(text, max_width, measure)
            .into_iter()
            .map(|l| self.line(&l))
            .collect()
    }

    /// A button with ordered text.
    pub fn button(self, ui: &mut Ui, text: &str) -> Response {
        ui.button(self.line(text))
    }

    /// A selectable value with ordered text.
    pub fn selectable<V: PartialEq>(
        self,
        ui: &mut Ui,
        current: &mut V,
        value: V,
        text: &str,
    ) -> Response {
        ui.selectable_value(current, value, self.line(text))
    }
}

/// Width of already ordered text in `font`.
pub fn width(ui: &Ui, text: &str, font: &FontId) -> f32 {
    ui.ctx().fonts_mut(|f| {
        f.layout_no_wrap(text.to_owned(), font.clone(), Color32::WHITE)
            .size()
            .x
    })
}

/// Converts ordered text into egui's widget text.
pub fn widget_text(dir: Dir, text: &str) -> WidgetText {
    WidgetText::from(dir.line(text))
}

/// A single-line text field that keeps the text in logical order and shows it ordered: the
/// caret moves by characters in logical order (Home/End/←/→ follow the reading direction),
/// typed text is inserted at the caret, and Backspace/Delete remove around it.
pub struct TextField<'a> {
    text: &'a mut String,
    caret: &'a mut usize,
    dir: Dir,
    hint: &'a str,
    max_chars: usize,
    width: f32,
}

impl<'a> TextField<'a> {
    /// A field editing `text` with its caret (a char index) kept by the caller.
    pub fn new(text: &'a mut String, caret: &'a mut usize, dir: Dir) -> Self {
        Self {
            text,
            caret,
            dir,
            hint: "",
            max_chars: 500,
            width: 280.0,
        }
    }

    /// Grey text shown while empty.
    pub fn hint(mut self, hint: &'a str) -> Self {
        self.hint = hint;
        self
    }

    /// Longest allowed text, in characters.
    pub fn max_chars(mut self, max: usize) -> Self {
        self.max_chars = max;
        self
    }

    /// Width in points.
    pub fn width(mut self, width: f32) -> Self {
        self.width = width;
        self
    }

    /// Shows the field and handles keys while it has focus.
    pub fn show(mut self, ui: &mut Ui) -> Response {
        let font = egui::TextStyle::Body.resolve(ui.style());
        let height = ui.ctx().fonts_mut(|f| f.row_height(&font)) + 10.0;
        let (rect, mut response) =
            ui.allocate_exact_size(egui::vec2(self.width, height), Sense::click());
        if response.clicked() {
            response.request_focus();
        }
        let focused = response.has_focus();
        let len = self.text.chars().count();
        *self.caret = (*self.caret).min(len);
        if focused {
            // Keep Tab and arrows for this field while it has focus.
            ui.memory_mut(|m| {
                m.set_focus_lock_filter(
                    response.id,
                    egui::EventFilter {
                        horizontal_arrows: true,
                        ..Default::default()
                    },
                )
            });
            let events = ui.input(|i| i.events.clone());
            let mut changed = false;
            for event in events {
                changed |= self.apply(&event);
            }
            if changed {
                response.mark_changed();
            }
        }
        let visuals = ui.style().interact(&response);
        let painter = ui.painter_at(rect);
        painter.rect(
            rect,
            4.0,
            ui.visuals().extreme_bg_color,
            if focused {
                ui.visuals().selection.stroke
            } else {
                visuals.bg_stroke
            },
            egui::StrokeKind::Inside,
        );
        let inner = rect.shrink2(egui::vec2(6.0, 5.0));
        let rtl = self.dir.rtl || bidi::has_rtl(self.text);
        let (shown, color) = if self.text.is_empty() {
            (self.dir.line(self.hint), ui.visuals().weak_text_color())
        } else {
            (self.dir.line(self.text), ui.visuals().text_color())
        };
        let galley = ui
            .ctx()
            .fonts_mut(|f| f.layout_no_wrap(shown, font.clone(), color));
        let x = if rtl {
            inner.right() - galley.size().x
        } else {
            inner.left()
        };
        painter.galley(egui::pos2(x, inner.top()), galley.clone(), color);
        if focused {
            let caret_x = self.caret_x(ui, &font, inner, rtl);
            painter.line_segment(
                [
                    egui::pos2(caret_x, inner.top()),
                    egui::pos2(caret_x, inner.bottom()),
                ],
                egui::Stroke::new(1.5, ui.visuals().text_color()),
            );
        }
        response
    }

    /// Where the caret is drawn: the width of the text before it (in reading order) measured
    /// from the reading side. Shaping makes Arabic letters at the cut a little wider or
    /// narrower than inside the word, which moves the caret by a pixel or two at most.
    fn caret_x(&self, ui: &Ui, font: &FontId, inner: egui::Rect, rtl: bool) -> f32 {
        let before: String = self.text.chars().take(*self.caret).collect();
        let w = width(ui, &self.dir.line(&before), font);
        if rtl {
            (inner.right() - w).max(inner.left())
        } else {
            (inner.left() + w).min(inner.right())
        }
    }

    /// Applies one input event; returns whether the text changed.
    fn apply(&mut self, event: &egui::Event) -> bool {
        let len = self.text.chars().count();
        let byte_at = |s: &str, i: usize| s.char_indices().nth(i).map_or(s.len(), |(b, _)| b);
        match event {
            egui::Event::Text(typed) | egui::Event::Paste(typed) => {
                let clean: String = typed.chars().filter(|c| !c.is_control()).collect();
                let room = self.max_chars.saturating_sub(len);
                let insert: String = clean.chars().take(room).collect();
                if insert.is_empty() {
                    return false;
                }
                let at = byte_at(self.text, *self.caret);
                self.text.insert_str(at, &insert);
                *self.caret += insert.chars().count();
                true
            }
            egui::Event::Key {
                key, pressed: true, ..
            } => {
                // In right-to-left text the left arrow moves forward in reading order.
                let (back, forward) = if self.dir.rtl || bidi::has_rtl(self.text) {
                    (egui::Key::ArrowRight, egui::Key::ArrowLeft)
                } else {
                    (egui::Key::ArrowLeft, egui::Key::ArrowRight)
                };
                match *key {
                    k if k == back => *self.caret = self.caret.saturating_sub(1),
                    k if k == forward => *self.caret = (*self.caret + 1).min(len),
                    egui::Key::Home => *self.caret = 0,
                    egui::Key::End => *self.caret = len,
                    egui::Key::Backspace if *self.caret > 0 => {
                        let start = byte_at(self.text, *self.caret - 1);
                        let end = byte_at(self.text, *self.caret);
                        self.text.replace_range(start..end, "");
                        *self.caret -= 1;
                        return true;
                    }
                    egui::Key::Delete if *self.caret < len => {
                        let start = byte_at(self.text, *self.caret);
                        let end = byte_at(self.text, *self.caret + 1);
                        self.text.replace_range(start..end, "");
                        return true;
                    }
                    _ => {}
                }
                false
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(text: &str) -> egui::Event {
        egui::Event::Text(text.to_owned())
    }

    fn key(key: egui::Key) -> egui::Event {
        egui::Event::Key {
            key,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers: egui::Modifiers::NONE,
        }
    }

    fn edit(rtl: bool, events: &[egui::Event]) -> (String, usize) {
        let mut text = String::new();
        let mut caret = 0;
        let mut field = TextField::new(&mut text, &mut caret, Dir { rtl }).max_chars(12);
        for event in events {
            field.apply(event);
        }
        (text, caret)
    }

    #[test]
    fn typing_inserts_at_the_caret_in_logical_order() {
        // Type "مرحبا", go back two letters (→ in right-to-left text), insert "ـ".
        let (text, caret) = edit(
            true,
            &[
                typed("مرحبا"),
                key(egui::Key::ArrowRight),
                key(egui::Key::ArrowRight),
                typed("x"),
            ],
        );
        assert_eq!(text, "مرحxبا");
        assert_eq!(caret, 4);
    }

    #[test]
    fn backspace_delete_home_end_and_the_length_limit() {
        let (text, caret) = edit(
            false,
            &[
                typed("Hallo"),
                key(egui::Key::Backspace),
                key(egui::Key::Home),
                key(egui::Key::Delete),
                key(egui::Key::End),
                typed(" Welt und noch viel mehr"),
            ],
        );
        assert_eq!(text, "all Welt und");
        assert_eq!(caret, 12);
        // Control characters never enter the text.
        let (text, _) = edit(false, &[typed("a\u{7}b\nc")]);
        assert_eq!(text, "abc");
    }
}
