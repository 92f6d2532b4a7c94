//! The editing rules of the right-to-left text field, kept apart from its drawing: text and
//! caret in logical order, a selection, undo and redo, word-wise moves and deletes, typing,
//! pasting, IME commits, copy and cut. Arrows follow the reading direction.

/// What the field remembers between frames beside its text and caret.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EditState {
    /// The other end of the selection, when there is one (a char index).
    pub anchor: Option<usize>,
    undo: Vec<(String, usize)>,
    redo: Vec<(String, usize)>,
    /// The last change was typing: more typing joins the same undo step.
    typing: bool,
}

/// Undo steps kept per field.
const UNDO_STEPS: usize = 100;

/// What one event did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outcome {
    /// The text changed.
    pub changed: bool,
    /// Text to put on the clipboard (copy or cut).
    pub copy: Option<String>,
}

impl Outcome {
    fn changed(changed: bool) -> Self {
        Self {
            changed,
            copy: None,
        }
    }
}

/// One field's text being edited.
pub struct Edit<'a> {
    pub text: &'a mut String,
    pub caret: &'a mut usize,
    pub state: &'a mut EditState,
    pub max_chars: usize,
    /// The text runs right to left: ← moves forward in reading order.
    pub rtl: bool,
    /// Enter and pasted line breaks make new lines.
    pub multiline: bool,
}

impl Edit<'_> {
    fn len(&self) -> usize {
        self.text.chars().count()
    }

    fn byte_at(&self, i: usize) -> usize {
        self.text
            .char_indices()
            .nth(i)
            .map_or(self.text.len(), |(b, _)| b)
    }

    /// The selected range (start < end), if any.
    pub fn selection(&self) -> Option<(usize, usize)> {
        let anchor = self.state.anchor?;
        let caret = *self.caret;
        (anchor != caret).then(|| (anchor.min(caret), anchor.max(caret)))
    }

    /// The selected text, if any.
    pub fn selected_text(&self) -> Option<String> {
        let (a, b) = self.selection()?;
        Some(self.text.chars().skip(a).take(b - a).collect())
    }

    /// Remembers the text before a change, for undo.
    fn remember(&mut self, typing: bool) {
        if typing && self.state.typing {
            return;
        }
        self.state.undo.push((self.text.clone(), *self.caret));
        if self.state.undo.len() > UNDO_STEPS {
            self.state.undo.remove(0);
        }
        self.state.redo.clear();
        self.state.typing = typing;
    }

    fn delete(&mut self, a: usize, b: usize) {
        let (start, end) = (self.byte_at(a), self.byte_at(b));
        self.text.replace_range(start..end, "");
        *self.caret = a;
        self.state.anchor = None;
    }

    /// Puts `typed` at the caret, in place of the selection; control characters are dropped
    /// (line breaks too, unless multi-line) and the length limit holds.
    fn insert(&mut self, typed: &str, typing: bool) -> bool {
        let multiline = self.multiline;
        let clean: String = typed
            .chars()
            .map(|c| if c == '\n' && !multiline { ' ' } else { c })
            .filter(|c| !c.is_control() || (*c == '\n' && multiline))
            .collect();
        let selected = self.selection().map_or(0, |(a, b)| b - a);
        let room = (self.max_chars + selected).saturating_sub(self.len());
        let insert: String = clean.chars().take(room).collect();
        if insert.is_empty() {
            return false;
        }
        self.remember(typing && !insert.contains(' '));
        if let Some((a, b)) = self.selection() {
            self.delete(a, b);
        }
        let at = self.byte_at(*self.caret);
        self.text.insert_str(at, &insert);
        *self.caret += insert.chars().count();
        self.state.anchor = None;
        true
    }

    /// Moves the caret to `to`, extending the selection when `extend`.
    fn move_to(&mut self, to: usize, extend: bool) {
        if extend {
            self.state.anchor.get_or_insert(*self.caret);
        } else {
            self.state.anchor = None;
        }
        *self.caret = to.min(self.len());
        self.state.typing = false;
    }

    /// The start of the word before `from` (skipping spaces first).
    fn word_back(&self, from: usize) -> usize {
        let chars: Vec<char> = self.text.chars().collect();
        let mut i = from.min(chars.len());
        while i > 0 && !chars[i - 1].is_alphanumeric() {
            i -= 1;
        }
        while i > 0 && chars[i - 1].is_alphanumeric() {
            i -= 1;
        }
        i
    }

    /// The end of the word after `from` (skipping spaces first).
    fn word_forward(&self, from: usize) -> usize {
        let chars: Vec<char> = self.text.chars().collect();
        let mut i = from.min(chars.len());
        while i < chars.len() && !chars[i].is_alphanumeric() {
            i += 1;
        }
        while i < chars.len() && chars[i].is_alphanumeric() {
            i += 1;
        }
        i
    }

    /// Undo (`redo == false`) or redo: takes the state from one history and keeps the present
    /// one on the other.
    fn travel(&mut self, redo: bool) -> bool {
        let state = &mut *self.state;
        let (from, to) = if redo {
            (&mut state.redo, &mut state.undo)
        } else {
            (&mut state.undo, &mut state.redo)
        };
        let Some((text, caret)) = from.pop() else {
            return false;
        };
        to.push((std::mem::replace(self.text, text), *self.caret));
        *self.caret = caret.min(self.len());
        self.state.anchor = None;
        self.state.typing = false;
        true
    }

    /// Moves the caret up or down a display line (multi-line fields; `lines` are the display
    /// lines' char ranges).
    pub fn vertical(&mut self, up: bool, lines: &[(usize, usize)], extend: bool) {
        let line = lines
            .iter()
            .rposition(|(start, _)| *start <= *self.caret)
            .unwrap_or(0);
        let (start, _) = lines.get(line).copied().unwrap_or((0, 0));
        let column = self.caret.saturating_sub(start);
        let target = if up {
            line.checked_sub(1)
        } else {
            Some(line + 1).filter(|l| *l < lines.len())
        };
        if let Some((a, b)) = target.and_then(|t| lines.get(t).copied()) {
            self.move_to((a + column).min(b), extend);
        }
    }

    /// Applies one input event.
    pub fn apply(&mut self, event: &egui::Event) -> Outcome {
        let len = self.len();
        *self.caret = (*self.caret).min(len);
        match event {
            egui::Event::Text(typed) => Outcome::changed(self.insert(typed, true)),
            egui::Event::Paste(pasted) => Outcome::changed(self.insert(pasted, false)),
            egui::Event::Ime(egui::ImeEvent::Commit(text)) => {
                Outcome::changed(self.insert(text, true))
            }
            egui::Event::Copy => Outcome {
                changed: false,
                copy: self.selected_text(),
            },
            egui::Event::Cut => {
                let copy = self.selected_text();
                if let Some((a, b)) = self.selection() {
                    self.remember(false);
                    self.delete(a, b);
                }
                Outcome {
                    changed: copy.is_some(),
                    copy,
                }
            }
            egui::Event::Key {
                key,
                pressed: true,
                modifiers,
                ..
            } => Outcome::changed(self.key(*key, *modifiers)),
            _ => Outcome::default(),
        }
    }

    fn key(&mut self, key: egui::Key, m: egui::Modifiers) -> bool {
        use egui::Key;
        let len = self.len();
        // Word-wise with Ctrl (Alt on a Mac).
        let word = m.ctrl || m.alt;
        let (back, forward) = if self.rtl {
            (Key::ArrowRight, Key::ArrowLeft)
        } else {
            (Key::ArrowLeft, Key::ArrowRight)
        };
        match key {
            Key::A if m.command => {
                self.state.anchor = Some(0);
                *self.caret = len;
                false
            }
            Key::Z if m.command && m.shift => self.travel(true),
            Key::Z if m.command => self.travel(false),
            Key::Y if m.command => self.travel(true),
            Key::Enter if self.multiline => self.insert("\n", false),
            k if k == back => {
                let to = match self.selection() {
                    Some((a, _)) if !m.shift => a,
                    _ if word => self.word_back(*self.caret),
                    _ => self.caret.saturating_sub(1),
                };
                self.move_to(to, m.shift);
                false
            }
            k if k == forward => {
                let to = match self.selection() {
                    Some((_, b)) if !m.shift => b,
                    _ if word => self.word_forward(*self.caret),
                    _ => *self.caret + 1,
                };
                self.move_to(to, m.shift);
                false
            }
            Key::Home => {
                self.move_to(0, m.shift);
                false
            }
            Key::End => {
                self.move_to(len, m.shift);
                false
            }
            Key::Backspace | Key::Delete => {
                let range = self.selection().or_else(|| {
                    let caret = *self.caret;
                    let other = match (key, word) {
                        (Key::Backspace, true) => self.word_back(caret),
                        (Key::Backspace, false) => caret.saturating_sub(1),
                        (_, true) => self.word_forward(caret),
                        (_, false) => (caret + 1).min(len),
                    };
                    (other != caret).then(|| (caret.min(other), caret.max(other)))
                });
                let Some((a, b)) = range else {
                    return false;
                };
                self.remember(false);
                self.delete(a, b);
                true
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Field {
        text: String,
        caret: usize,
        state: EditState,
        rtl: bool,
        clipboard: Option<String>,
    }

    impl Field {
        fn new(rtl: bool) -> Self {
            Self {
                text: String::new(),
                caret: 0,
                state: EditState::default(),
                rtl,
                clipboard: None,
            }
        }

        fn send(&mut self, event: egui::Event) -> &mut Self {
            let outcome = Edit {
                text: &mut self.text,
                caret: &mut self.caret,
                state: &mut self.state,
                max_chars: 40,
                rtl: self.rtl,
                multiline: false,
            }
            .apply(&event);
            if outcome.copy.is_some() {
                self.clipboard = outcome.copy;
            }
            self
        }

        fn typed(&mut self, text: &str) -> &mut Self {
            self.send(egui::Event::Text(text.to_owned()))
        }

        fn key(&mut self, key: egui::Key, modifiers: egui::Modifiers) -> &mut Self {
            self.send(egui::Event::Key {
                key,
                physical_key: None,
                pressed: true,
                repeat: false,
                modifiers,
            })
        }
    }

    const NONE: egui::Modifiers = egui::Modifiers::NONE;
    const CTRL: egui::Modifiers = egui::Modifiers {
        ctrl: true,
        command: true,
        ..egui::Modifiers::NONE
    };
    const SHIFT: egui::Modifiers = egui::Modifiers::SHIFT;

    #[test]
    fn word_wise_delete_and_moves_in_both_directions() {
        let mut f = Field::new(true);
        f.typed("أنا من سوريا");
        f.key(egui::Key::Backspace, CTRL);
        assert_eq!(f.text, "أنا من ");
        // In right-to-left text Ctrl+→ goes a word back in reading order.
        f.key(egui::Key::ArrowRight, CTRL);
        assert_eq!(f.caret, 4);
        f.key(egui::Key::Delete, CTRL);
        assert_eq!(f.text, "أنا  ");
        let mut f = Field::new(false);
        f.typed("Ich komme aus Tirana");
        f.key(egui::Key::Home, NONE)
            .key(egui::Key::ArrowRight, CTRL);
        assert_eq!(f.caret, 3);
    }

    #[test]
    fn a_selection_is_replaced_copied_and_cut() {
        let mut f = Field::new(false);
        f.typed("Hallo Welt");
        // Shift+← three times selects "elt".
        for _ in 0..3 {
            f.key(egui::Key::ArrowLeft, SHIFT);
        }
        f.send(egui::Event::Copy);
        assert_eq!(f.clipboard.as_deref(), Some("elt"));
        f.typed("ald");
        assert_eq!(f.text, "Hallo Wald");
        f.key(egui::Key::A, CTRL).send(egui::Event::Cut);
        assert_eq!(f.clipboard.as_deref(), Some("Hallo Wald"));
        assert_eq!(f.text, "");
        // Pasting into a single-line field turns line breaks into spaces.
        f.send(egui::Event::Paste("Zeile eins\nZeile zwei".into()));
        assert_eq!(f.text, "Zeile eins Zeile zwei");
    }

    #[test]
    fn undo_takes_back_a_typed_word_at_a_time_and_redo_brings_it_again() {
        let mut f = Field::new(true);
        for c in ["م", "ر", "ح", "ب", "ا"] {
            f.typed(c);
        }
        f.typed(" ");
        for c in ["ي", "ا"] {
            f.typed(c);
        }
        assert_eq!(f.text, "مرحبا يا");
        f.key(egui::Key::Z, CTRL);
        assert_eq!(f.text, "مرحبا ");
        f.key(egui::Key::Z, CTRL);
        assert_eq!(f.text, "مرحبا");
        f.key(egui::Key::Z, CTRL);
        assert_eq!(f.text, "");
        f.key(
            egui::Key::Z,
            egui::Modifiers {
                shift: true,
                ..CTRL
            },
        );
        assert_eq!(f.text, "مرحبا");
        // An IME's committed word counts as typing.
        f.key(egui::Key::End, NONE)
            .send(egui::Event::Ime(egui::ImeEvent::Commit("!".into())));
        assert_eq!(f.text, "مرحبا!");
    }
}
