//! The counselling kiosk's panel: a plain privacy note, the account form when there is no
//! account yet, the person's threads with status and unread replies, a new enquiry (topic,
//! language, mail or chat, the first message) and a thread with its messages and a reply field.
//! In the person's language, right to left in Arabic; messages are shown in the direction of
//! their own script, so an Arabic message reads right to left in a German interface too.

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use bevy_egui::egui::{self, Color32};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};
use lernwelt_protocol::limits::MESSAGE_MAX_CHARS;
use lernwelt_protocol::{EnquiryStatus, EnquiryView, Language, Mode, Side, Topic};

use super::outbox::{Opening, Outbox, OutboxAction, Sender, Status, Subject};
use super::{CounsellingAction, Thread, Threads};
use crate::core::state::InWorld;
use crate::features::account::Account;
use crate::features::account::ui::AccountFormUi;
use crate::i18n::{Texts, Tr};
use crate::interact::{OpenPanel, Panel, PanelKind};
use crate::theme::palette::{ACCENT, BAD, HELP, WAIT};
use crate::theme::rtl::{Dir, TextField};
use crate::theme::{UiSystems, panel};

/// Which page of the kiosk shows.
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum KioskPage {
    /// The person's threads.
    #[default]
    List,
    /// A new question.
    New,
    /// The thread in [`Thread`].
    Thread,
}

/// What the kiosk remembers between frames: the drafts (kept while the game runs, also when the
/// kiosk is closed or the server is away).
#[derive(Default)]
struct KioskState {
    topic: Option<Topic>,
    mode: Option<Mode>,
    language: Option<Language>,
    draft: String,
    draft_caret: usize,
    reply: String,
    reply_caret: usize,
}

/// Everything the kiosk's panel needs.
#[derive(SystemParam)]
pub struct Kiosk<'w, 's> {
    account: Res<'w, Account>,
    threads: Res<'w, Threads>,
    thread: Res<'w, Thread>,
    outbox: Res<'w, Outbox>,
    sender: Res<'w, Sender>,
    actions: MessageWriter<'w, CounsellingAction>,
    send: MessageWriter<'w, OutboxAction>,
    form: AccountFormUi<'w, 's>,
    state: Local<'s, KioskState>,
    page: ResMut<'w, KioskPage>,
}

/// Draws the kiosk while it is open.
pub struct CounsellingUiPlugin;

impl Plugin for CounsellingUiPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<KioskPage>().add_systems(
            EguiPrimaryContextPass,
            draw_kiosk
                .in_set(UiSystems::Panels)
                .run_if(in_state(InWorld)),
        );
    }
}

fn draw_kiosk(
    mut contexts: EguiContexts,
    tr: Tr,
    mut open: ResMut<OpenPanel>,
    mut kiosk: Kiosk,
) -> Result {
    if open.0 != Some(Panel::Kiosk(PanelKind::Counselling)) {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    let tr = tr.texts();
    let d = Dir::of(tr.language);
    let title = tr.get(PanelKind::Counselling.title_key());
    if panel(ctx, d, &title, &tr.get("ui-close"), |ui| {
        kiosk.show(ui, d, &tr)
    }) {
        open.0 = None;
    }
    Ok(())
}

/// The direction a text written by someone is shown in: its own script's.
fn own_dir(text: &str) -> Dir {
    Dir {
        rtl: lernwelt_text::bidi::has_rtl(text),
    }
}

fn topic_key(topic: Topic) -> String {
    format!("cn-topic-{}", topic.code().replace('_', "-"))
}

fn mode_key(mode: Mode) -> String {
    format!("cn-mode-{}", mode.code())
}

/// What is shown to counsellors and what is not, in small print above the kiosk's pages.
fn privacy(ui: &mut egui::Ui, d: Dir, tr: &Texts) {
    d.paragraph_styled(
        ui,
        &tr.get("cn-privacy"),
        egui::TextStyle::Small,
        Some(HELP),
    );
    ui.add_space(6.0);
}

fn note(ui: &mut egui::Ui, d: Dir, text: &str, color: Color32) {
    d.paragraph_styled(ui, text, egui::TextStyle::Body, Some(color));
}

impl Kiosk<'_, '_> {
    fn show(&mut self, ui: &mut egui::Ui, d: Dir, tr: &Texts) {
        if !self.account.logged_in() {
            d.paragraph(ui, &tr.get("cn-about"));
            ui.add_space(4.0);
            privacy(ui, d, tr);
            self.form.show(ui, d, tr, None, false);
            return;
        }
        self.outbox_state(ui, d, tr);
        match *self.page {
            KioskPage::List => self.list(ui, d, tr),
            KioskPage::New => self.new_enquiry(ui, d, tr),
            KioskPage::Thread => self.open_thread(ui, d, tr),
        }
    }

    /// How sending goes, when something is waiting.
    fn outbox_state(&mut self, ui: &mut egui::Ui, d: Dir, tr: &Texts) {
        if self.outbox.waiting(Subject::Kiosk).is_none() {
            return;
        }
        match &self.sender.status {
            Status::Waiting(_) => note(ui, d, &tr.get("cn-offline"), WAIT),
            Status::Failed(err) => {
                note(ui, d, &tr.get(&err.key()), BAD);
                d.row_ui(ui, |ui| {
                    if d.button(ui, &tr.get("net-retry")).clicked() {
                        self.send.write(OutboxAction::Retry);
                    }
                    if d.button(ui, &tr.get("net-discard")).clicked() {
                        self.send.write(OutboxAction::Discard);
                    }
                });
            }
            _ => {}
        }
    }

    fn list(&mut self, ui: &mut egui::Ui, d: Dir, tr: &Texts) {
        privacy(ui, d, tr);
        d.row_ui(ui, |ui| {
            if ui
                .add(egui::Button::new(d.rich(&tr.get("cn-new")).strong()).fill(ACCENT))
                .clicked()
            {
                *self.page = KioskPage::New;
            }
            if d.button(ui, &tr.get("cn-refresh")).clicked() {
                self.actions.write(CounsellingAction::Refresh);
            }
        });
        ui.add_space(6.0);
        if let Some(err) = &self.threads.error {
            note(ui, d, &tr.get(&err.key()), BAD);
        }
        if !self.threads.loaded {
            if self.threads.error.is_none() {
                d.row_ui(ui, |ui| {
                    ui.spinner();
                    ui.label(d.line(&tr.get("cn-loading")));
                });
            }
            return;
        }
        if self.threads.list.is_empty() {
            d.paragraph(ui, &tr.get("cn-none-yet"));
            return;
        }
        d.heading(ui, &tr.get("cn-threads"));
        let mut open = None;
        for enquiry in &self.threads.list {
            ui.separator();
            if thread_row(ui, d, tr, enquiry) {
                open = Some(enquiry.id.0);
            }
        }
        if let Some(id) = open {
            self.actions.write(CounsellingAction::Open(id));
            *self.page = KioskPage::Thread;
        }
    }

    fn new_enquiry(&mut self, ui: &mut egui::Ui, d: Dir, tr: &Texts) {
        if d.button(ui, &tr.get("cn-back")).clicked() {
            *self.page = KioskPage::List;
        }
        d.heading(ui, &tr.get("cn-new"));
        let state = &mut *self.state;
        ui.label(d.rich(&tr.get("cn-topic")).strong());
        d.row_ui(ui, |ui| {
            for topic in Topic::ALL {
                d.selectable(
                    ui,
                    &mut state.topic,
                    Some(topic),
                    &tr.get(&topic_key(topic)),
                );
            }
        });
        ui.add_space(4.0);
        ui.label(d.rich(&tr.get("cn-mode")).strong());
        d.row_ui(ui, |ui| {
            for mode in [Mode::Mail, Mode::Chat] {
                d.selectable(ui, &mut state.mode, Some(mode), &tr.get(&mode_key(mode)));
            }
        });
        if let Some(mode) = state.mode {
            d.paragraph_styled(
                ui,
                &tr.get(&format!("cn-mode-{}-about", mode.code())),
                egui::TextStyle::Small,
                Some(HELP),
            );
        }
        ui.add_space(4.0);
        ui.label(d.rich(&tr.get("cn-language")).strong());
        let language = *state.language.get_or_insert(tr.language);
        for three in Language::ALL.chunks(3) {
            d.row_ui(ui, |ui| {
                for &lang in three {
                    let name = Dir::of(lang).line(lang.native_name());
                    if ui.selectable_label(language == lang, name).clicked() {
                        state.language = Some(lang);
                    }
                }
            });
        }
        ui.add_space(4.0);
        ui.label(d.rich(&tr.get("cn-message")).strong());
        let label = tr.get("cn-message");
        let hint = tr.get("cn-message-hint");
        let field_dir = if state.draft.is_empty() {
            d
        } else {
            own_dir(&state.draft)
        };
        TextField::new(&mut state.draft, &mut state.draft_caret, field_dir)
            .id(egui::Id::new("counselling-new"))
            .label(&label)
            .hint(&hint)
            .multiline(6)
            .max_chars(MESSAGE_MAX_CHARS)
            .width(ui.available_width())
            .show(ui);
        let ready = state.topic.is_some() && state.mode.is_some() && !state.draft.trim().is_empty();
        if !ready {
            d.paragraph_styled(
                ui,
                &tr.get("cn-new-missing"),
                egui::TextStyle::Small,
                Some(HELP),
            );
        }
        let send = ui.add_enabled(
            ready,
            egui::Button::new(d.rich(&tr.get("cn-send")).strong())
                .min_size(egui::vec2(180.0, 44.0)),
        );
        if send.clicked()
            && let (Some(topic), Some(mode)) = (state.topic, state.mode)
        {
            self.send.write(OutboxAction::Send {
                subject: Subject::Kiosk,
                opening: Opening::New {
                    topic,
                    mode,
                    callback: None,
                },
                language,
                text: std::mem::take(&mut state.draft),
            });
            state.draft_caret = 0;
            *self.page = KioskPage::List;
            self.actions.write(CounsellingAction::Refresh);
        }
    }

    fn open_thread(&mut self, ui: &mut egui::Ui, d: Dir, tr: &Texts) {
        if d.button(ui, &tr.get("cn-back")).clicked() {
            *self.page = KioskPage::List;
            self.actions.write(CounsellingAction::Back);
            return;
        }
        let Some(id) = self.thread.enquiry else {
            *self.page = KioskPage::List;
            return;
        };
        let view = self.thread.view(&self.threads);
        if let Some(view) = view {
            d.heading(ui, &tr.get(&topic_key(view.topic)));
            d.paragraph_styled(
                ui,
                &status_line(tr, view),
                egui::TextStyle::Small,
                Some(HELP),
            );
            if let Some(absence) = &view.absence {
                note(
                    ui,
                    d,
                    &tr.with("cn-absent", "text", absence.text.as_str().to_owned()),
                    WAIT,
                );
            }
        }
        if let Some(err) = &self.thread.error {
            note(ui, d, &tr.get(&err.key()), BAD);
        }
        ui.add_space(4.0);
        for message in &self.thread.messages {
            let mine = message.from == Side::Youth;
            let author = match (&message.author, mine) {
                (_, true) => tr.get("cn-you"),
                (Some(name), false) => {
                    tr.with("cn-counsellor-named", "name", name.as_str().to_owned())
                }
                (None, false) => tr.get("cn-counsellor"),
            };
            bubble(ui, d, mine, &author, message.text.as_str(), None);
        }
        // Letters to this thread still in the outbox show as waiting.
        for letter in self
            .outbox
            .letters
            .iter()
            .filter(|l| l.enquiry == Some(id) && l.subject == Subject::Kiosk)
        {
            for part in letter.parts.iter().skip(letter.acknowledged) {
                bubble(
                    ui,
                    d,
                    true,
                    &tr.get("cn-you"),
                    part,
                    Some(&tr.get("cn-waiting")),
                );
            }
        }
        if !self.thread.loaded && self.thread.error.is_none() {
            ui.spinner();
        }
        ui.add_space(6.0);
        if view.is_some_and(|v| v.status == EnquiryStatus::Closed) {
            note(ui, d, &tr.get("cn-closed-note"), HELP);
            return;
        }
        let state = &mut *self.state;
        let label = tr.get("cn-reply");
        let field_dir = if state.reply.is_empty() {
            d
        } else {
            own_dir(&state.reply)
        };
        let field = TextField::new(&mut state.reply, &mut state.reply_caret, field_dir)
            .id(egui::Id::new("counselling-reply"))
            .label(&label)
            .hint(&label)
            .multiline(3)
            .max_chars(MESSAGE_MAX_CHARS)
            .width(ui.available_width())
            .show(ui);
        // Enter sends, Shift+Enter makes a new line (the field takes Shift+Enter itself).
        let enter = field.has_focus()
            && ui.input(|i| i.key_pressed(egui::Key::Enter) && !i.modifiers.shift);
        let ready = !state.reply.trim().is_empty();
        let send = ui.add_enabled(
            ready,
            egui::Button::new(d.rich(&tr.get("cn-send")).strong())
                .min_size(egui::vec2(140.0, 44.0)),
        );
        if ready && (send.clicked() || enter) {
            let language = view.map_or(tr.language, |v| v.language);
            self.send.write(OutboxAction::Send {
                subject: Subject::Kiosk,
                opening: Opening::Reply { enquiry: id },
                language,
                text: std::mem::take(&mut state.reply).trim_end().to_owned(),
            });
            state.reply_caret = 0;
        }
    }
}

/// One thread in the list; true when it was chosen.
fn thread_row(ui: &mut egui::Ui, d: Dir, tr: &Texts, enquiry: &EnquiryView) -> bool {
    let mut chosen = false;
    d.row_ui(ui, |ui| {
        let title = format!(
            "{} · {}",
            tr.get(&topic_key(enquiry.topic)),
            tr.get(&mode_key(enquiry.mode))
        );
        if ui
            .add(egui::Button::new(d.rich(&title).strong()).min_size(egui::vec2(0.0, 40.0)))
            .clicked()
        {
            chosen = true;
        }
        if enquiry.unread > 0 {
            // A word as well as a colour: the colour alone would carry the meaning.
            let badge = tr.with("cn-unread", "count", i64::from(enquiry.unread));
            egui::Frame::new()
                .fill(ACCENT)
                .corner_radius(egui::CornerRadius::same(10))
                .inner_margin(egui::Margin::symmetric(8, 3))
                .show(ui, |ui| {
                    ui.label(d.rich(&badge).strong().color(Color32::WHITE));
                });
        }
    });
    d.paragraph_styled(
        ui,
        &status_line(tr, enquiry),
        egui::TextStyle::Small,
        Some(HELP),
    );
    chosen
}

/// "Waiting for a counsellor" / "With Lena" / "Closed".
fn status_line(tr: &Texts, enquiry: &EnquiryView) -> String {
    match (enquiry.status, &enquiry.counsellor) {
        (EnquiryStatus::New, _) => tr.get("cn-status-new"),
        (EnquiryStatus::Accepted, Some(name)) => {
            tr.with("cn-status-accepted", "name", name.as_str().to_owned())
        }
        (EnquiryStatus::Accepted, None) => tr.get("cn-status-new"),
        (EnquiryStatus::Closed, _) => tr.get("cn-status-closed"),
    }
}

/// A message: the person's own on the reading end's side, the counsellor's on the other, each
/// with who wrote it; `waiting` marks one still in the outbox.
fn bubble(ui: &mut egui::Ui, d: Dir, mine: bool, author: &str, text: &str, waiting: Option<&str>) {
    let right = mine != d.rtl;
    let layout = if right {
        egui::Layout::top_down(egui::Align::Max)
    } else {
        egui::Layout::top_down(egui::Align::Min)
    };
    ui.with_layout(layout, |ui| {
        let fill = if mine {
            Color32::from_rgb(0xdf, 0xf0, 0xec)
        } else {
            Color32::from_rgb(0xee, 0xee, 0xf4)
        };
        egui::Frame::new()
            .fill(fill)
            .corner_radius(egui::CornerRadius::same(10))
            .inner_margin(egui::Margin::same(8))
            .show(ui, |ui| {
                ui.set_max_width(ui.available_width() * 0.85);
                let text_dir = own_dir(text);
                d.paragraph_styled(ui, author, egui::TextStyle::Small, Some(HELP));
                text_dir.paragraph(ui, text);
                if let Some(waiting) = waiting {
                    d.paragraph_styled(ui, waiting, egui::TextStyle::Small, Some(WAIT));
                }
            });
    });
    ui.add_space(4.0);
}
