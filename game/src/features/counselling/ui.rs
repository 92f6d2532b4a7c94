//! The counselling kiosk's panel: a plain privacy note, the account form when there is no
//! account yet, the person's threads with status and unread replies, a new enquiry (topic,
//! language, mail or chat, the first message) and a thread with its messages and a reply field.
//! In the person's language, right to left in Arabic; messages are shown in the direction of
//! their own script, so an Arabic message reads right to left in a German interface too.

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use bevy_egui::egui::{self, Color32};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};
use lernwelt_protocol::limits::{MESSAGE_MAX_CHARS, PHONE_MAX_CHARS, PHONE_MIN_DIGITS};
use lernwelt_protocol::{
    CallbackDetails, CallbackWindow, EnquiryStatus, EnquiryView, Language, Mode, PhoneNumber, Side,
    Timestamp, Topic,
};

use super::drafts::Drafts;
use super::outbox::{Opening, Outbox, OutboxAction, Sender, Status, Subject};
use super::{CounsellingAction, LiveChat, Thread, Threads};
use crate::core::clock::now;
use crate::core::state::InWorld;
use crate::features::account::Account;
use crate::features::account::ui::AccountFormUi;
use crate::features::presence::Presence;
use crate::i18n::{Texts, Tr};
use crate::interact::kiosk_panel::kiosk_panel;
use crate::interact::{OpenPanel, PanelKind};
use crate::net::NetError;
use crate::net::live::{Live, LiveState};
use crate::theme::palette::{ACCENT, BAD, GOOD, HELP, WAIT};
use crate::theme::rtl::{Dir, TextField};
use crate::theme::{UiSystems, top_when_page_changes};

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

/// What the kiosk remembers between frames beside the [`Drafts`]: carets, and the callback's
/// number and time, which are never written to the device.
#[derive(Default)]
struct KioskState {
    /// The page shown last, with whether someone was logged in.
    shown_page: Option<(bool, KioskPage)>,
    draft_caret: usize,
    reply_caret: usize,
    phone: String,
    phone_caret: usize,
    /// Days from today (in Germany).
    day: Option<i64>,
    slot: Option<usize>,
    /// Messages shown in the open thread last frame: more means scroll down to them.
    shown: usize,
}

/// Everything the kiosk's panel needs.
#[derive(SystemParam)]
pub struct Kiosk<'w, 's> {
    account: Res<'w, Account>,
    threads: Res<'w, Threads>,
    thread: Res<'w, Thread>,
    outbox: Res<'w, Outbox>,
    sender: Res<'w, Sender>,
    live: ResMut<'w, Live>,
    chat: Res<'w, LiveChat>,
    drafts: ResMut<'w, Drafts>,
    actions: MessageWriter<'w, CounsellingAction>,
    send: MessageWriter<'w, OutboxAction>,
    form: AccountFormUi<'w, 's>,
    state: Local<'s, KioskState>,
    page: ResMut<'w, KioskPage>,
    presence: ResMut<'w, Presence>,
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
    kiosk_panel(
        &mut contexts,
        &tr,
        &mut open,
        PanelKind::Counselling,
        |ui, d, tr| kiosk.show(ui, d, tr),
    )
}

pub fn topic_key(topic: Topic) -> String {
    format!("cn-topic-{}", topic.code().replace('_', "-"))
}

pub fn mode_key(mode: Mode) -> String {
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
        let shown = (self.account.logged_in(), *self.page);
        top_when_page_changes(ui, &mut self.state.shown_page, shown);
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

    /// Asking for a counsellor to come into this place, and who came.
    fn ask_to_come(&mut self, ui: &mut egui::Ui, d: Dir, tr: &Texts) {
        if let Some((name, _)) = &self.presence.coming {
            note(
                ui,
                d,
                &tr.with("cn-come-coming", "name", name.clone()),
                GOOD,
            );
        }
        if self.presence.asked {
            note(ui, d, &tr.get("cn-come-waiting"), WAIT);
            if d.button(ui, &tr.get("cn-come-cancel")).clicked() {
                self.presence.ask(&mut self.live, false);
            }
        } else {
            d.paragraph(ui, &tr.get("cn-come-about"));
            let ask = ui.add_enabled(
                self.presence.entered.is_some(),
                egui::Button::new(d.rich(&tr.get("cn-come-ask"))),
            );
            if ask.clicked() {
                self.presence.ask(&mut self.live, true);
            }
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
        self.ask_to_come(ui, d, tr);
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
        // The drafts change only when the person changes something (each change is saved).
        let mut drafts = self.drafts.bypass_change_detection().clone();
        let state = &mut *self.state;
        ui.label(d.rich(&tr.get("cn-topic")).strong());
        d.row_ui(ui, |ui| {
            for topic in Topic::ALL {
                d.selectable(
                    ui,
                    &mut drafts.topic,
                    Some(topic),
                    &tr.get(&topic_key(topic)),
                );
            }
        });
        ui.add_space(4.0);
        ui.label(d.rich(&tr.get("cn-mode")).strong());
        d.row_ui(ui, |ui| {
            for mode in Mode::ALL {
                d.selectable(ui, &mut drafts.mode, Some(mode), &tr.get(&mode_key(mode)));
            }
        });
        if let Some(mode) = drafts.mode {
            d.paragraph_styled(
                ui,
                &tr.get(&format!("cn-mode-{}-about", mode.code())),
                egui::TextStyle::Small,
                Some(HELP),
            );
        }
        ui.add_space(4.0);
        ui.label(d.rich(&tr.get("cn-language")).strong());
        let language = drafts.language.unwrap_or(tr.language);
        for three in Language::ALL.chunks(3) {
            d.row_ui(ui, |ui| {
                for &lang in three {
                    let name = Dir::of(lang).line(lang.native_name());
                    if ui.selectable_label(language == lang, name).clicked() {
                        drafts.language = Some(lang);
                    }
                }
            });
        }
        if drafts.mode == Some(Mode::Chat) {
            online_note(ui, d, tr, &self.chat, language);
        }
        let callback =
            (drafts.mode == Some(Mode::Callback)).then(|| callback_form(ui, d, tr, state, now()));
        ui.add_space(4.0);
        ui.label(d.rich(&tr.get("cn-message")).strong());
        let label = tr.get("cn-message");
        let hint = if drafts.mode == Some(Mode::Callback) {
            tr.get("cn-callback-message-hint")
        } else {
            tr.get("cn-message-hint")
        };
        let field_dir = if drafts.question.is_empty() {
            d
        } else {
            Dir::of_text(&drafts.question)
        };
        TextField::new(&mut drafts.question, &mut state.draft_caret, field_dir)
            .id(egui::Id::new("counselling-new"))
            .label(&label)
            .hint(&hint)
            .multiline(6)
            .max_chars(MESSAGE_MAX_CHARS)
            .width(ui.available_width())
            .show(ui);
        if !drafts.question.is_empty() {
            d.paragraph_styled(
                ui,
                &tr.get("cn-draft-kept"),
                egui::TextStyle::Small,
                Some(HELP),
            );
        }
        let filled =
            drafts.topic.is_some() && drafts.mode.is_some() && !drafts.question.trim().is_empty();
        let ready = filled && callback.as_ref().is_none_or(Result::is_ok);
        if !filled {
            d.paragraph_styled(
                ui,
                &tr.get("cn-new-missing"),
                egui::TextStyle::Small,
                Some(HELP),
            );
        } else if let Some(Err(key)) = &callback {
            d.paragraph_styled(ui, &tr.get(key), egui::TextStyle::Small, Some(HELP));
        }
        let send = ui.add_enabled(
            ready,
            egui::Button::new(d.rich(&tr.get("cn-send")).strong())
                .min_size(egui::vec2(180.0, 44.0)),
        );
        if send.clicked()
            && let (Some(topic), Some(mode)) = (drafts.topic, drafts.mode)
        {
            self.send.write(OutboxAction::Send {
                subject: Subject::Kiosk,
                opening: Opening::New {
                    topic,
                    mode,
                    callback: callback.and_then(Result::ok),
                },
                language,
                text: std::mem::take(&mut drafts.question),
            });
            state.draft_caret = 0;
            // The number is gone from the kiosk once it is in the letter.
            state.phone.clear();
            state.phone_caret = 0;
            state.day = None;
            state.slot = None;
            drafts.topic = None;
            drafts.mode = None;
            drafts.language = None;
            *self.page = KioskPage::List;
            self.actions.write(CounsellingAction::Refresh);
        }
        if drafts != *self.drafts {
            *self.drafts = drafts;
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
            if view.mode == Mode::Chat && view.status != EnquiryStatus::Closed {
                live_state(ui, d, tr, &mut self.live, &self.chat, view);
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
        if self.chat.typing_in(id) {
            let name = view.and_then(|v| v.counsellor.as_ref());
            let typing = match name {
                Some(name) => tr.with("cn-typing", "name", name.as_str().to_owned()),
                None => tr.get("cn-typing-someone"),
            };
            d.paragraph_styled(ui, &typing, egui::TextStyle::Small, Some(HELP));
        }
        if !self.thread.loaded && self.thread.error.is_none() {
            ui.spinner();
        }
        ui.add_space(6.0);
        if let Some(closed) = view.filter(|v| v.status == EnquiryStatus::Closed) {
            let key = if closed.closed_as_spam {
                "cn-closed-spam-note"
            } else {
                "cn-closed-note"
            };
            note(ui, d, &tr.get(key), HELP);
            return;
        }
        let state = &mut *self.state;
        let before = self.drafts.reply(id).to_owned();
        let mut reply = before.clone();
        let label = tr.get("cn-reply");
        let field_dir = if reply.is_empty() {
            d
        } else {
            Dir::of_text(&reply)
        };
        let field = TextField::new(&mut reply, &mut state.reply_caret, field_dir)
            .id(egui::Id::new("counselling-reply"))
            .label(&label)
            .hint(&label)
            .multiline(3)
            .max_chars(MESSAGE_MAX_CHARS)
            .width(ui.available_width())
            .show(ui);
        if field.changed() && view.is_some_and(|v| v.mode == Mode::Chat) {
            self.actions.write(CounsellingAction::Typing(id));
        }
        // New messages: bring them and the field into view.
        let shown = self.thread.messages.len();
        if shown != state.shown {
            state.shown = shown;
            field.scroll_to_me(Some(egui::Align::BOTTOM));
        }
        // Enter sends, Shift+Enter makes a new line (the field takes Shift+Enter itself).
        let enter = field.has_focus()
            && ui.input(|i| i.key_pressed(egui::Key::Enter) && !i.modifiers.shift);
        let ready = !reply.trim().is_empty();
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
                text: std::mem::take(&mut reply).trim_end().to_owned(),
            });
            state.reply_caret = 0;
        }
        if reply != before {
            *self.drafts.reply_mut(id) = reply;
            self.drafts.tidy();
        }
    }
}

/// A live chat's connection, and while it waits its place and whether a counsellor for its
/// language is online.
fn live_state(
    ui: &mut egui::Ui,
    d: Dir,
    tr: &Texts,
    live: &mut Live,
    chat: &LiveChat,
    view: &EnquiryView,
) {
    {
        match live.state() {
            LiveState::Ready => {
                d.paragraph_styled(
                    ui,
                    &tr.get("cn-live-on"),
                    egui::TextStyle::Small,
                    Some(ACCENT),
                );
            }
            LiveState::Connecting => {
                d.paragraph_styled(
                    ui,
                    &tr.get("cn-live-connecting"),
                    egui::TextStyle::Small,
                    Some(WAIT),
                );
            }
            LiveState::Lost => {
                let seconds = live.retry_in().unwrap_or(0.0).ceil() as i64;
                note(ui, d, &tr.with("cn-live-lost", "seconds", seconds), WAIT);
                if d.button(ui, &tr.get("cn-live-retry")).clicked() {
                    live.retry_now();
                }
            }
            LiveState::Off => {}
        }
        if view.status != EnquiryStatus::New {
            return;
        }
        if let Some(position) = chat.position(view.id.0) {
            note(
                ui,
                d,
                &tr.with("cn-queue", "position", i64::from(position)),
                HELP,
            );
        }
        online_note(ui, d, tr, chat, view.language);
    }
}

/// The times a counsellor can call in, in German time: from, until (hours), and its name.
const SLOTS: [(u32, u32, &str); 4] = [
    (9, 12, "cn-slot-morning"),
    (12, 15, "cn-slot-midday"),
    (15, 18, "cn-slot-afternoon"),
    (18, 20, "cn-slot-evening"),
];
/// The days, from today, a callback can be asked for (the server takes up to 14).
const CALLBACK_DAYS: i64 = 7;

/// The window of slot `slot` on the day `days` after today, in Germany.
fn slot_window(now: Timestamp, days: i64, slot: usize) -> (Timestamp, Timestamp) {
    let (from, until, _) = SLOTS[slot.min(SLOTS.len() - 1)];
    (
        now.berlin_day_at(days, from),
        now.berlin_day_at(days, until),
    )
}

/// "Today", "Tomorrow", then the weekday.
fn day_name(tr: &Texts, now: Timestamp, days: i64) -> String {
    match days {
        0 => tr.get("cn-day-today"),
        1 => tr.get("cn-day-tomorrow"),
        _ => tr.get(&format!(
            "cn-weekday-{}",
            now.berlin_day_at(days, 12).in_berlin().weekday
        )),
    }
}

/// Digits as an Arabic or Persian keyboard types them (٠١٢…, ۰۱۲…), as the server reads them.
pub fn western_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{660}'..='\u{669}' => char::from(b'0' + (c as u32 - 0x660) as u8),
            '\u{6F0}'..='\u{6F9}' => char::from(b'0' + (c as u32 - 0x6F0) as u8),
            _ => c,
        })
        .collect()
}

/// The callback's number, day and time; what it asks for, or the locale key of what is
/// missing or wrong. Times that are over cannot be chosen.
fn callback_form(
    ui: &mut egui::Ui,
    d: Dir,
    tr: &Texts,
    state: &mut KioskState,
    now: Timestamp,
) -> Result<CallbackDetails, String> {
    ui.add_space(4.0);
    ui.label(d.rich(&tr.get("cn-phone")).strong());
    let label = tr.get("cn-phone");
    let hint = tr.get("cn-phone-hint");
    // A number reads left to right in every language.
    TextField::new(&mut state.phone, &mut state.phone_caret, Dir { rtl: false })
        .id(egui::Id::new("counselling-phone"))
        .label(&label)
        .hint(&hint)
        .max_chars(PHONE_MAX_CHARS)
        .width(ui.available_width().min(320.0))
        .show(ui);
    let phone = PhoneNumber::try_from(western_digits(&state.phone));
    let digits = western_digits(&state.phone)
        .chars()
        .filter(char::is_ascii_digit)
        .count();
    if phone.is_err() && digits >= PHONE_MIN_DIGITS {
        note(ui, d, &tr.get("net-error-phone-invalid"), BAD);
    }
    let open = |days: i64, slot: usize| slot_window(now, days, slot).1 > now;
    // A choice that has passed meanwhile (the kiosk stayed open) is dropped.
    if let (Some(day), Some(slot)) = (state.day, state.slot)
        && !open(day, slot)
    {
        state.slot = None;
    }
    ui.add_space(4.0);
    ui.label(d.rich(&tr.get("cn-callback-day")).strong());
    d.row_ui(ui, |ui| {
        for days in 0..CALLBACK_DAYS {
            let any = (0..SLOTS.len()).any(|slot| open(days, slot));
            let chosen = state.day == Some(days);
            if ui
                .add_enabled(
                    any,
                    egui::Button::selectable(chosen, d.line(&day_name(tr, now, days))),
                )
                .clicked()
            {
                state.day = Some(days);
                state.slot = state.slot.filter(|slot| open(days, *slot));
            }
        }
    });
    ui.add_space(4.0);
    ui.label(d.rich(&tr.get("cn-callback-time")).strong());
    d.row_ui(ui, |ui| {
        for (slot, (_, _, key)) in SLOTS.iter().enumerate() {
            let enabled = state.day.is_some_and(|days| open(days, slot));
            let chosen = state.slot == Some(slot);
            if ui
                .add_enabled(
                    enabled,
                    egui::Button::selectable(chosen, d.line(&tr.get(key))),
                )
                .clicked()
            {
                state.slot = Some(slot);
            }
        }
    });
    let (Some(day), Some(slot)) = (state.day, state.slot) else {
        return Err("cn-callback-missing".to_owned());
    };
    let phone = phone.map_err(|_| {
        if digits == 0 {
            "cn-callback-missing".to_owned()
        } else {
            "net-error-phone-invalid".to_owned()
        }
    })?;
    let (from, until) = slot_window(now, day, slot);
    let window =
        CallbackWindow::new(from.max(now), until).map_err(|e| NetError::Refused(e.0).key())?;
    Ok(CallbackDetails { phone, window })
}

/// Whether a counsellor for `language` is online now, when the server said so.
fn online_note(ui: &mut egui::Ui, d: Dir, tr: &Texts, chat: &LiveChat, language: Language) {
    let name = Dir::of(language).line(language.native_name());
    match chat.counsellor_online(language) {
        Some(true) => note(ui, d, &tr.with("cn-online", "language", name), ACCENT),
        Some(false) => note(ui, d, &tr.with("cn-nobody-online", "language", name), HELP),
        None => {}
    }
}

/// One thread in the list; true when it was chosen.
fn thread_row(ui: &mut egui::Ui, d: Dir, tr: &Texts, enquiry: &EnquiryView) -> bool {
    let title = format!(
        "{} · {}",
        tr.get(&topic_key(enquiry.topic)),
        tr.get(&mode_key(enquiry.mode))
    );
    let chosen = d.wrapped_button(ui, &title).clicked();
    if enquiry.unread > 0 {
        // A word as well as a colour: the colour alone would carry the meaning.
        let badge = tr.with("cn-unread", "count", i64::from(enquiry.unread));
        d.row_ui(ui, |ui| {
            egui::Frame::new()
                .fill(ACCENT)
                .corner_radius(egui::CornerRadius::same(10))
                .inner_margin(egui::Margin::symmetric(8, 3))
                .show(ui, |ui| {
                    ui.label(d.rich(&badge).strong().color(Color32::WHITE));
                });
        });
    }
    d.paragraph_styled(
        ui,
        &status_line(tr, enquiry),
        egui::TextStyle::Small,
        Some(HELP),
    );
    chosen
}

/// "Waiting for a counsellor" / "With Lena" / "Closed".
pub fn status_line(tr: &Texts, enquiry: &EnquiryView) -> String {
    match (enquiry.status, &enquiry.counsellor) {
        (EnquiryStatus::New, _) => tr.get("cn-status-new"),
        (EnquiryStatus::Accepted, Some(name)) => {
            tr.with("cn-status-accepted", "name", name.as_str().to_owned())
        }
        (EnquiryStatus::Accepted, None) => tr.get("cn-status-new"),
        (EnquiryStatus::Closed, _) if enquiry.closed_as_spam => tr.get("cn-status-spam"),
        (EnquiryStatus::Closed, _) => tr.get("cn-status-closed"),
    }
}

/// A message: the person's own on the reading end's side, the counsellor's on the other, each
/// with who wrote it; `waiting` marks one still in the outbox.
pub fn bubble(
    ui: &mut egui::Ui,
    d: Dir,
    mine: bool,
    author: &str,
    text: &str,
    waiting: Option<&str>,
) {
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
                let text_dir = Dir::of_text(text);
                d.paragraph_styled(ui, author, egui::TextStyle::Small, Some(HELP));
                text_dir.paragraph(ui, text);
                if let Some(waiting) = waiting {
                    d.paragraph_styled(ui, waiting, egui::TextStyle::Small, Some(WAIT));
                }
            });
    });
    ui.add_space(4.0);
}
