//! egui widgets that show right-to-left text correctly: labels, wrapped paragraphs, buttons
//! and a single-line text field, all built on [`lernwelt_text::bidi`]. Every piece of text the
//! UI shows goes through here, so Arabic is joined and right to left everywhere.

use bevy_egui::egui::{
    self, Align, Color32, FontId, Layout, Response, RichText, Sense, Ui, WidgetText,
};

use lernwelt_text::bidi;
use lernwelt_text::edit::{Edit, EditState};
use lernwelt_text::wrap::{caret_line, wrap_ranges};

/// Whether the layout runs right to left (Arabic) or left to right.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Dir {
    pub rtl: bool,
}

impl Dir {
    /// The direction `language` is written in.
    pub fn of(language: crate::i18n::Language) -> Self {
        Self {
            rtl: language.is_rtl(),
        }
    }

    /// The direction a text written by someone is shown in: its own script's (an Arabic
    /// message reads right to left in a German interface too).
    pub fn of_text(text: &str) -> Self {
        Self {
            rtl: bidi::has_rtl(text),
        }
    }

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

    /// A row of widgets in reading order, as wide as the space given: left to right, or right
    /// to left for Arabic. What does not fit goes on to the next line (in reading order), so a
    /// row of buttons never makes a panel wider than a phone's screen.
    pub fn row_ui<R>(self, ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> R {
        let size = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
        ui.allocate_ui_with_layout(size, self.row().with_main_wrap(true), add)
            .inner
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

    /// A heading, wrapped like a paragraph (a long Arabic title keeps its first words on the
    /// first line).
    pub fn heading(self, ui: &mut Ui, text: &str) {
        self.paragraph_styled(ui, text, egui::TextStyle::Heading, None);
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

    /// A button as wide as the space given whose text wraps onto several lines in reading
    /// order. egui's own button would wrap an Arabic text after reordering it, so its lines
    /// would come out last first.
    pub fn wrapped_button(self, ui: &mut Ui, text: &str) -> Response {
        let font = egui::TextStyle::Button.resolve(ui.style());
        let padding = ui.spacing().button_padding;
        let min_height = ui.spacing().interact_size.y;
        let inner = ui.scope_builder(egui::UiBuilder::new().sense(egui::Sense::click()), |ui| {
            let visuals = *ui.style().interact(&ui.response());
            egui::Frame::new()
                .fill(visuals.weak_bg_fill)
                .stroke(visuals.bg_stroke)
                .corner_radius(visuals.corner_radius)
                .inner_margin(padding)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.set_min_height(min_height - 2.0 * padding.y);
                    let lines = self.wrap(ui, text, &font, ui.available_width().max(40.0));
                    ui.with_layout(self.layout(), |ui| {
                        ui.spacing_mut().item_spacing.y = 2.0;
                        for line in lines {
                            let rich = RichText::new(line)
                                .font(font.clone())
                                .strong()
                                .color(visuals.text_color());
                            ui.add(
                                egui::Label::new(rich)
                                    .selectable(false)
                                    .wrap_mode(egui::TextWrapMode::Extend),
                            );
                        }
                    });
                });
        });
        let response = inner.response;
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::WidgetType::Button, ui.is_enabled(), text)
        });
        response
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

    /// A checkbox with its label after it in reading order (the box on the right in Arabic);
    /// the label toggles it too.
    pub fn checkbox(self, ui: &mut Ui, value: &mut bool, text: &str) -> Response {
        self.row_ui(ui, |ui| {
            let mut response = ui.add(egui::Checkbox::without_text(value));
            if ui
                .add(egui::Label::new(self.line(text)).sense(Sense::click()))
                .clicked()
            {
                *value = !*value;
                response.mark_changed();
            }
            response
        })
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

/// A text field that keeps the text in logical order and shows it ordered: the caret moves
/// by characters in logical order (Home/End/←/→ follow the reading direction), typed text is
/// inserted at the caret, and Backspace/Delete remove around it; Shift selects, Ctrl+A, C, X,
/// V, Z and Y do what they do elsewhere, Ctrl with arrows or Backspace goes by words (see
/// [`lernwelt_text::edit`]). Single-line by default; [`TextField::multiline`] makes it wrap, take
/// Enter as a new line and ↑/↓ between lines.
///
/// It tells egui that it edits text (IME area, "text under the cursor") so a phone's browser
/// opens its on-screen keyboard, and gives screen readers its label and value.
pub struct TextField<'a> {
    text: &'a mut String,
    caret: &'a mut usize,
    dir: Dir,
    hint: &'a str,
    max_chars: usize,
    width: f32,
    /// Lines shown at least; 1 is a single-line field.
    rows: usize,
    /// A stable id (keeps focus when widgets before the field come and go).
    id: Option<egui::Id>,
    /// What the screen reader calls the field (its label).
    label: &'a str,
    /// Selection and undo history, kept in egui's memory between frames.
    state: EditState,
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
            rows: 1,
            id: None,
            label: "",
            state: EditState::default(),
        }
    }

    /// The field's name for screen readers (the visible label before it).
    pub fn label(mut self, label: &'a str) -> Self {
        self.label = label;
        self
    }

    /// Gives the field a stable id, so it keeps focus while widgets before it appear or
    /// disappear (such as a message under an earlier field).
    pub fn id(mut self, id: egui::Id) -> Self {
        self.id = Some(id);
        self
    }

    /// Several lines: at least `rows` lines high and growing with the text, which wraps at
    /// the field's width; Enter starts a new line. `rows` of 1 keeps a single-line field.
    pub fn multiline(mut self, rows: usize) -> Self {
        self.rows = rows.max(1);
        self
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
        let id = self.id.unwrap_or_else(|| ui.next_auto_id());
        self.id = Some(id);
        self.state = ui
            .ctx()
            .data_mut(|d| d.get_temp::<EditState>(id))
            .unwrap_or_default();
        let before = self.text.clone();
        let response = if self.rows > 1 {
            self.show_multiline(ui, id)
        } else {
            self.show_single(ui, id)
        };
        let state = std::mem::take(&mut self.state);
        ui.ctx().data_mut(|d| d.insert_temp(id, state));
        let (label, text) = (self.label.to_owned(), self.text.clone());
        let hint = self.hint.to_owned();
        response.widget_info(|| {
            let mut info = egui::WidgetInfo::text_edit(true, &before, &text, &hint);
            info.label = Some(label.clone());
            info
        });
        response
    }

    /// The editing rules over this field's text, caret and state.
    fn edit(&mut self) -> Edit<'_> {
        let rtl = self.dir.rtl || bidi::has_rtl(self.text);
        Edit {
            text: self.text,
            caret: self.caret,
            state: &mut self.state,
            max_chars: self.max_chars,
            rtl,
            multiline: self.rows > 1,
        }
    }

    /// Applies one input event (`lines` are the display lines of a multi-line field, for ↑
    /// and ↓); returns whether the text changed.
    fn apply_event(&mut self, ui: &Ui, event: &egui::Event, lines: &[(usize, usize)]) -> bool {
        if let egui::Event::Key {
            key: key @ (egui::Key::ArrowUp | egui::Key::ArrowDown),
            pressed: true,
            modifiers,
            ..
        } = event
            && self.rows > 1
        {
            self.edit()
                .vertical(*key == egui::Key::ArrowUp, lines, modifiers.shift);
            return false;
        }
        let outcome = self.edit().apply(event);
        if let Some(copied) = outcome.copy {
            ui.ctx().copy_text(copied);
        }
        outcome.changed
    }

    /// Takes focus when pressed (not only on release, so that the phone's keyboard is asked
    /// for while the finger is still down), locks arrows and Tab to the field while focused,
    /// and tells egui a text is being edited.
    fn focus_and_announce(
        &self,
        ui: &Ui,
        response: &Response,
        rect: egui::Rect,
        caret: egui::Rect,
    ) {
        if (response.is_pointer_button_down_on() || response.clicked()) && !has_focus(ui, response)
        {
            response.request_focus();
        }
        if !has_focus(ui, response) {
            return;
        }
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                response.id,
                egui::EventFilter {
                    horizontal_arrows: true,
                    vertical_arrows: self.rows > 1,
                    ..Default::default()
                },
            )
        });
        ui.ctx().output_mut(|o| {
            o.ime = Some(egui::output::IMEOutput {
                purpose: egui::IMEPurpose::Normal,
                rect,
                cursor_rect: caret,
                should_interrupt_composition: false,
            });
            o.mutable_text_under_cursor = true;
        });
    }

    /// Paints the selection from `from` to `to` (x positions of its ends) on a line.
    fn paint_selection(
        &self,
        ui: &Ui,
        painter: &egui::Painter,
        from: f32,
        to: f32,
        top: f32,
        h: f32,
    ) {
        let rect = egui::Rect::from_x_y_ranges(from.min(to)..=from.max(to), top..=top + h);
        painter.rect_filled(
            rect,
            2.0,
            ui.visuals().selection.bg_fill.gamma_multiply(0.45),
        );
    }

    fn show_single(&mut self, ui: &mut Ui, id: egui::Id) -> Response {
        let font = egui::TextStyle::Body.resolve(ui.style());
        let height =
            (ui.ctx().fonts_mut(|f| f.row_height(&font)) + 10.0).max(ui.spacing().interact_size.y);
        let (rect, _) = ui.allocate_exact_size(egui::vec2(self.width, height), Sense::hover());
        let mut response = ui.interact(rect, id, Sense::click());
        if has_focus(ui, &response) {
            let events = ui.input(|i| i.events.clone());
            let mut changed = false;
            for event in events {
                changed |= self.apply_event(ui, &event, &[]);
            }
            if changed {
                response.mark_changed();
            }
        }
        let len = self.text.chars().count();
        *self.caret = (*self.caret).min(len);
        let inner = rect.shrink2(egui::vec2(
            6.0,
            (height - ui.ctx().fonts_mut(|f| f.row_height(&font))) / 2.0,
        ));
        let rtl = self.dir.rtl || bidi::has_rtl(self.text);
        let caret_x = self.caret_x(ui, &font, inner, rtl, *self.caret);
        let caret = egui::Rect::from_x_y_ranges(caret_x..=caret_x + 1.0, inner.y_range());
        self.focus_and_announce(ui, &response, rect, caret);
        let focused = has_focus(ui, &response);
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
        if focused && let Some((a, b)) = self.edit().selection() {
            let (xa, xb) = (
                self.caret_x(ui, &font, inner, rtl, a),
                self.caret_x(ui, &font, inner, rtl, b),
            );
            self.paint_selection(ui, &painter, xa, xb, inner.top(), inner.height());
        }
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

    fn show_multiline(&mut self, ui: &mut Ui, id: egui::Id) -> Response {
        let font = egui::TextStyle::Body.resolve(ui.style());
        let row_h = ui.ctx().fonts_mut(|f| f.row_height(&font));
        let text_width = (self.width - 12.0).max(20.0);
        let measure = |ui: &Ui, s: &str| -> Vec<(usize, usize)> {
            ui.ctx()
                .fonts_mut(|f| wrap_ranges(s, text_width, |c| f.glyph_width(&font, c)))
        };
        // Keys are applied before the size is known, so the field grows with the text.
        let focused = ui.memory(|m| m.has_focus(id));
        let mut changed = false;
        if focused {
            let events = ui.input(|i| i.events.clone());
            for event in events {
                let lines = measure(ui, self.text);
                changed |= self.apply_event(ui, &event, &lines);
            }
        }
        let lines = measure(ui, self.text);
        let height = lines.len().max(self.rows) as f32 * row_h + 10.0;
        let (rect, _) = ui.allocate_exact_size(egui::vec2(self.width, height), Sense::hover());
        let mut response = ui.interact(rect, id, Sense::click());
        if changed {
            response.mark_changed();
        }
        let len = self.text.chars().count();
        *self.caret = (*self.caret).min(len);
        let inner = rect.shrink2(egui::vec2(6.0, 5.0));
        let rtl = self.dir.rtl || bidi::has_rtl(self.text);
        let chars: Vec<char> = self.text.chars().collect();
        let segment = |(a, b): (usize, usize)| -> String {
            chars[a.min(chars.len())..b.min(chars.len())]
                .iter()
                .collect::<String>()
                .trim_end()
                .to_owned()
        };
        // x of char index `i` on display line `line`, measured from the reading side.
        let dir = self.dir;
        let x_at = |ui: &Ui, line: usize, i: usize| {
            let (start, _) = lines.get(line).copied().unwrap_or((0, 0));
            let w = width(ui, &dir.line(&segment((start, i.max(start)))), &font);
            if rtl {
                (inner.right() - w).max(inner.left())
            } else {
                (inner.left() + w).min(inner.right())
            }
        };
        let caret_line = caret_line(&lines, *self.caret);
        let caret_x = x_at(ui, caret_line, *self.caret);
        let caret_top = inner.top() + caret_line as f32 * row_h;
        let caret =
            egui::Rect::from_x_y_ranges(caret_x..=caret_x + 1.0, caret_top..=caret_top + row_h);
        self.focus_and_announce(ui, &response, rect, caret);
        let focused = has_focus(ui, &response);
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
        let place = |galley_w: f32| {
            if rtl {
                inner.right() - galley_w
            } else {
                inner.left()
            }
        };
        if focused && let Some((a, b)) = self.edit().selection() {
            for (i, &(start, end)) in lines.iter().enumerate() {
                let (from, to) = (a.max(start), b.min(end));
                if from < to {
                    let top = inner.top() + i as f32 * row_h;
                    self.paint_selection(
                        ui,
                        &painter,
                        x_at(ui, i, from),
                        x_at(ui, i, to),
                        top,
                        row_h,
                    );
                }
            }
        }
        if self.text.is_empty() {
            let galley = ui.ctx().fonts_mut(|f| {
                f.layout_no_wrap(
                    self.dir.line(self.hint),
                    font.clone(),
                    ui.visuals().weak_text_color(),
                )
            });
            let x = place(galley.size().x);
            painter.galley(
                egui::pos2(x, inner.top()),
                galley,
                ui.visuals().weak_text_color(),
            );
        }
        let color = ui.visuals().text_color();
        for (i, &range) in lines.iter().enumerate() {
            let shown = self.dir.line(&segment(range));
            let galley = ui
                .ctx()
                .fonts_mut(|f| f.layout_no_wrap(shown, font.clone(), color));
            let y = inner.top() + i as f32 * row_h;
            painter.galley(egui::pos2(place(galley.size().x), y), galley, color);
        }
        if focused {
            painter.line_segment(
                [
                    egui::pos2(caret_x, caret_top),
                    egui::pos2(caret_x, caret_top + row_h),
                ],
                egui::Stroke::new(1.5, color),
            );
        }
        response
    }

    /// Where char index `at` is drawn: the width of the text before it (in reading order)
    /// measured from the reading side. Shaping makes Arabic letters at the cut a little wider
    /// or narrower than inside the word, which moves the caret by a pixel or two at most; in
    /// text that mixes directions a selection's ends are placed the same way.
    fn caret_x(&self, ui: &Ui, font: &FontId, inner: egui::Rect, rtl: bool, at: usize) -> f32 {
        let before: String = self.text.chars().take(at).collect();
        let w = width(ui, &self.dir.line(&before), font);
        if rtl {
            (inner.right() - w).max(inner.left())
        } else {
            (inner.left() + w).min(inner.right())
        }
    }

    /// Applies one event as the single-line field does (for tests).
    #[cfg(test)]
    fn apply(&mut self, event: &egui::Event) -> bool {
        self.edit().apply(event).changed
    }
}

/// Whether the field has the keyboard focus, also while the page's own input element has the
/// browser's focus: on a phone, bevy_egui hands the focus to that hidden element so the
/// on-screen keyboard opens, the canvas (egui's "window") loses it, and egui's
/// `Response::has_focus` turns false although the field is still the one being typed into.
fn has_focus(ui: &Ui, response: &Response) -> bool {
    ui.memory(|m| m.has_focus(response.id))
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

    fn edit_text(rtl: bool, events: &[egui::Event]) -> (String, usize) {
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
        let (text, caret) = edit_text(
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
        let (text, caret) = edit_text(
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
        let (text, _) = edit_text(false, &[typed("a\u{7}b\nc")]);
        assert_eq!(
            text, "ab c",
            "a line break becomes a space in a one-line field"
        );
    }

    #[test]
    fn multiline_enter_and_paste_keep_line_breaks() {
        let mut text = String::new();
        let mut caret = 0;
        let mut field = TextField::new(&mut text, &mut caret, Dir::default())
            .multiline(3)
            .max_chars(40);
        field.apply(&typed("eins"));
        field.apply(&key(egui::Key::Enter));
        field.apply(&typed("zweite"));
        let mut state = EditState::default();
        let mut edit = Edit {
            text: field.text,
            caret: field.caret,
            state: &mut state,
            max_chars: 40,
            rtl: false,
            multiline: true,
        };
        let lines = wrap_ranges(edit.text, 100.0, |_| 1.0);
        edit.vertical(true, &lines, false);
        assert_eq!(*edit.caret, 4, "column 6 clamps to the end of 'eins'");
        edit.vertical(false, &lines, false);
        assert_eq!(*edit.caret, 9);
        edit.apply(&egui::Event::Paste("\ndrei\u{7}".into()));
        assert_eq!(edit.text.as_str(), "eins\nzwei\ndreite");
        // The single-line field ignores Enter as before.
        let (single, _) = edit_text(false, &[typed("a"), key(egui::Key::Enter)]);
        assert_eq!(single, "a");
    }

    /// A tap on the field as bevy_egui turns a touch into pointer events (press, then release
    /// and "pointer gone"), then text from the phone's keyboard while the page's hidden input
    /// element has the browser's focus (egui's window is unfocused): it lands in the field.
    #[test]
    fn a_tapped_field_keeps_the_focus_for_the_phone_keyboard() {
        let ctx = egui::Context::default();
        let mut text = String::new();
        let mut caret = 0;
        let run = |time: f64, events: Vec<egui::Event>, text: &mut String, caret: &mut usize| {
            let mut input = super::super::raw_input(time, events);
            // From the lifted finger on, the keyboard's input element has the page's focus.
            input.focused = time < 0.3;
            let mut focused = false;
            let mut rect = egui::Rect::NOTHING;
            let mut output = ctx.run_ui(input, |ui| {
                let response = TextField::new(text, caret, Dir::default())
                    .id(egui::Id::new("field"))
                    .width(200.0)
                    .show(ui);
                rect = response.rect;
                focused = ui.memory(|m| m.has_focus(response.id));
            });
            output.textures_delta.clear();
            (focused, output.platform_output.ime.is_some(), rect)
        };
        let (_, _, rect) = run(0.0, vec![], &mut text, &mut caret);
        let at = rect.center();
        let button = |pressed| egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        };
        let (_, ime, _) = run(
            0.1,
            vec![egui::Event::PointerMoved(at), button(true)],
            &mut text,
            &mut caret,
        );
        assert!(ime, "the pressed field asks for the keyboard");
        let (focused, ime, _) = run(
            0.3,
            vec![button(false), egui::Event::PointerGone],
            &mut text,
            &mut caret,
        );
        assert!(
            focused && ime,
            "the field keeps the focus when the finger lifts"
        );
        run(0.5, vec![typed("Forum")], &mut text, &mut caret);
        assert_eq!(text, "Forum");
    }
}
