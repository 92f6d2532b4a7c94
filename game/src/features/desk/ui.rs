//! The desk's workspace: the whole screen, made for 1280×720 and the keyboard (Tab moves
//! between fields and buttons, Enter sends, Shift+Enter makes a new line). A login with the
//! authenticator code first (at a new counsellor's first login, their own password in place of
//! the one-time password, before anything else); then on the left the new enquiries (with a
//! topic filter and their first message), the counsellor's conversations with unread counts,
//! the callbacks to make, the absence notice and the forum's moderation queue; on the right
//! the open conversation.
//! Above them the places: who is there, who waits for a counsellor, and the reports of
//! someone in a place with their last room chat lines.

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use bevy_egui::egui::{self, Color32};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};
use lernwelt_protocol::limits::{ABSENCE_TEXT_MAX_CHARS, MESSAGE_MAX_CHARS};
use lernwelt_protocol::{
    EnquiryStatus, EnquiryView, Language, Mode, PostModerationAction, Role, Side,
    ThreadModerationRequest, Timestamp, Topic,
};

use super::{Desk, DeskAction};
use crate::core::clock::now;
use crate::core::state::{AppState, InWorld, Place, PlaceName};
use crate::features::account::demo::DemoLogins;
use crate::features::account::ui::PasswordFields;
use crate::features::account::{Account, AccountAction, AccountRequest};
use crate::features::counselling::outbox::{Opening, OutboxAction, Subject};
use crate::features::counselling::ui::{bubble, mode_key, status_line, topic_key};
use crate::features::counselling::{CounsellingAction, LiveChat, Thread, Threads};
use crate::features::presence::Presence;
use crate::i18n::{Texts, Tr, berlin_time};
use crate::interact::{GoTo, OpenPanel, Panel, PanelKind};
use crate::net::live::Live;
use crate::theme::palette::{ACCENT, BAD, HELP, WAIT};
use crate::theme::rtl::{Dir, TextField};
use crate::theme::{UiSystems, title_row};

/// The counsellor's fields between frames (only the answer matters; nothing is kept on disk on
/// a shared office PC).
#[derive(Default)]
struct DeskState {
    nickname: String,
    password: String,
    totp: String,
    reply: String,
    reply_caret: usize,
    colleague: String,
    colleague_caret: usize,
    absence: String,
    absence_caret: usize,
    absence_days: u32,
    shown: usize,
    /// A place the counsellor chose to go to from the room list or a report.
    join: Option<Place>,
    /// The own password in place of the one-time password (its current field holds the
    /// password just logged in with, until it is changed or the counsellor logs out).
    first_password: PasswordFields,
}

/// The enquiry whose "spam?" question is open (a resource, so a developer's `--open
/// desk-spam` can show it).
#[derive(Resource, Default, Debug)]
pub struct SpamQuestion(pub Option<i64>);

/// Everything the desk needs.
#[derive(SystemParam)]
pub struct DeskUi<'w, 's> {
    account: Res<'w, Account>,
    request: Res<'w, AccountRequest>,
    desk: Res<'w, Desk>,
    threads: Res<'w, Threads>,
    thread: Res<'w, Thread>,
    chat: Res<'w, LiveChat>,
    live: Res<'w, Live>,
    actions: MessageWriter<'w, DeskAction>,
    counselling: MessageWriter<'w, CounsellingAction>,
    send: MessageWriter<'w, OutboxAction>,
    account_actions: MessageWriter<'w, AccountAction>,
    state: Local<'s, DeskState>,
    spam: ResMut<'w, SpamQuestion>,
    demo: Option<Res<'w, DemoLogins>>,
    presence: Res<'w, Presence>,
}

/// Draws the desk while it is open.
pub struct DeskUiPlugin;

impl Plugin for DeskUiPlugin {
    fn build(&self, app: &mut App) {
        app.add_systems(
            EguiPrimaryContextPass,
            draw_desk
                .in_set(UiSystems::Panels)
                .run_if(in_state(InWorld)),
        );
    }
}

fn draw_desk(
    mut contexts: EguiContexts,
    tr: Tr,
    mut open: ResMut<OpenPanel>,
    mut desk: DeskUi,
    app_state: Res<State<AppState>>,
    mut go: MessageWriter<GoTo>,
) -> Result {
    if open.0 != Some(Panel::Kiosk(PanelKind::Desk)) {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    let tr = tr.texts();
    let d = Dir::of(tr.language);
    let screen = ctx.content_rect();
    let mut close = false;
    egui::Window::new("desk")
        .title_bar(false)
        .resizable(false)
        .collapsible(false)
        .fixed_pos(screen.min)
        .fixed_size(screen.size() - egui::vec2(16.0, 16.0))
        .show(ctx, |ui| {
            ui.set_min_height(ui.available_height());
            close = title_row(
                ui,
                d,
                &tr.get(PanelKind::Desk.title_key()),
                &tr.get("ui-close"),
            );
            ui.with_layout(d.layout(), |ui| desk.show(ui, d, &tr));
        });
    // "Go there" on the room list or a report: into that place, where the waiting young person is told
    // who came (the desk is in the job centre: going there means leaving the desk).
    if let Some(place) = desk.state.join.take() {
        open.0 = None;
        if *app_state.get() != AppState::InWorld(place) {
            go.write(GoTo(place));
        }
    } else if close {
        open.0 = None;
    }
    Ok(())
}

impl DeskUi<'_, '_> {
    fn show(&mut self, ui: &mut egui::Ui, d: Dir, tr: &Texts) {
        if self.account.token.is_none() || self.account.role == Role::Youth {
            self.login(ui, d, tr);
            return;
        }
        if self.account.password_change_required {
            self.first_password(ui, d, tr);
            return;
        }
        // Changed: the one-time password is not kept a moment longer.
        self.state.first_password = PasswordFields::default();
        d.row_ui(ui, |ui| {
            ui.label(d.rich(&tr.with("dk-logged-in", "name", self.account.nickname.clone())));
            if d.button(ui, &tr.get("dk-refresh")).clicked() {
                self.actions.write(DeskAction::Refresh);
                self.counselling.write(CounsellingAction::Refresh);
            }
        });
        if let Some(err) = self.desk.refused.as_ref().or(self.desk.error.as_ref()) {
            d.paragraph_styled(ui, &tr.get(&err.key()), egui::TextStyle::Body, Some(BAD));
        }
        ui.separator();
        let height = ui.available_height();
        ui.columns(2, |columns| {
            // The lists on the reading side, the conversation on the other.
            let (lists, talk) = if d.rtl {
                let (a, b) = columns.split_at_mut(1);
                (&mut b[0], &mut a[0])
            } else {
                let (a, b) = columns.split_at_mut(1);
                (&mut a[0], &mut b[0])
            };
            egui::ScrollArea::vertical()
                .id_salt("desk-lists")
                .max_height(height)
                .show(lists, |ui| {
                    ui.with_layout(d.layout(), |ui| self.lists(ui, d, tr));
                });
            egui::ScrollArea::vertical()
                .id_salt("desk-talk")
                .max_height(height)
                .stick_to_bottom(true)
                .show(talk, |ui| {
                    ui.with_layout(d.layout(), |ui| self.conversation(ui, d, tr));
                });
        });
    }

    /// The places: who is there, who asked for a counsellor (longest waiting first), and
    /// "go there".
    fn rooms(&mut self, ui: &mut egui::Ui, d: Dir, tr: &Texts) {
        ui.heading(d.line(&tr.get("dk-rooms")));
        for room in &self.presence.rooms {
            d.row_ui(ui, |ui| {
                ui.label(d.rich(&tr.get(room.place.name_key())).strong());
                let people = tr.with("dk-rooms-people", "youth", i64::from(room.youth));
                ui.label(d.line(&people));
                if room.counsellors > 0 {
                    let staff = tr.with("dk-rooms-staff", "count", i64::from(room.counsellors));
                    ui.label(d.line(&staff));
                }
                let waiting = !room.waiting.is_empty();
                let button = egui::Button::new(d.rich(&tr.get("dk-rooms-go")).strong());
                let button = if waiting { button.fill(ACCENT) } else { button };
                if ui.add(button).clicked() {
                    self.state.join = Some(room.place);
                }
            });
            for waiting in &room.waiting {
                let name = Dir::of_text(waiting.name.as_str()).line(waiting.name.as_str());
                let minutes = i64::from(waiting.seconds / 60);
                let line = tr.with("dk-rooms-waiting", "minutes", minutes);
                d.row_ui(ui, |ui| {
                    ui.add_space(18.0);
                    ui.label(egui::RichText::new(name).strong().color(WAIT));
                    ui.label(d.line(&line));
                });
            }
        }
        ui.separator();
    }

    /// Reports of someone in a place, oldest first: where, who, how long ago and the lines
    /// they said before; "done", and "go there" as on the room list.
    fn reports(&mut self, ui: &mut egui::Ui, d: Dir, tr: &Texts) {
        ui.heading(d.line(&tr.get("dk-reports")));
        if !self.desk.reports_loaded {
            ui.spinner();
        } else if self.desk.reports.is_empty() {
            d.paragraph_styled(
                ui,
                &tr.get("dk-reports-empty"),
                egui::TextStyle::Small,
                Some(HELP),
            );
        }
        let now = now();
        for report in &self.desk.reports {
            egui::Frame::new()
                .fill(Color32::from_rgb(0xfb, 0xf0, 0xee))
                .corner_radius(egui::CornerRadius::same(6))
                .inner_margin(egui::Margin::same(6))
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.with_layout(d.layout(), |ui| {
                        d.row_ui(ui, |ui| {
                            ui.label(d.rich(&tr.get(report.place.name_key())).strong());
                            let name = report.name.as_str();
                            let name = Dir::of_text(name).line(name);
                            ui.label(egui::RichText::new(name).strong().color(BAD));
                            ui.label(d.rich(&ago(tr, report.created_at, now)).color(HELP));
                        });
                        if report.lines.is_empty() {
                            d.paragraph_styled(
                                ui,
                                &tr.get("dk-reports-silent"),
                                egui::TextStyle::Small,
                                Some(HELP),
                            );
                        }
                        // Each line in its own writing direction: an Arabic line reads right
                        // to left in a German desk too.
                        for line in &report.lines {
                            Dir::of_text(line.as_str()).paragraph(ui, line.as_str());
                        }
                        d.row_ui(ui, |ui| {
                            if d.button(ui, &tr.get("dk-reports-done")).clicked() {
                                self.actions.write(DeskAction::ReportDone(report.id));
                            }
                            if d.button(ui, &tr.get("dk-rooms-go")).clicked() {
                                self.state.join = Some(report.place);
                            }
                        });
                    });
                });
            ui.add_space(4.0);
        }
        ui.separator();
    }

    fn login(&mut self, ui: &mut egui::Ui, d: Dir, tr: &Texts) {
        ui.set_max_width(480.0);
        d.paragraph(ui, &tr.get("dk-login-about"));
        if self.account.role == Role::Youth && self.account.token.is_some() {
            d.paragraph_styled(
                ui,
                &tr.get("dk-not-staff"),
                egui::TextStyle::Body,
                Some(WAIT),
            );
        }
        let state = &mut *self.state;
        if let Some(demo) = &self.demo {
            let filled = demo.counsellor(0);
            if d.button(
                ui,
                &tr.with("net-demo-fill", "name", filled.nickname.clone()),
            )
            .clicked()
            {
                state.nickname = filled.nickname;
                state.password = filled.password;
                state.totp = filled.totp.unwrap_or_default();
            }
        }
        ui.label(d.line(&tr.get("net-nickname")));
        ui.add(
            egui::TextEdit::singleline(&mut state.nickname)
                .id(egui::Id::new("desk-nickname"))
                .desired_width(320.0),
        );
        ui.label(d.line(&tr.get("net-password")));
        ui.add(
            egui::TextEdit::singleline(&mut state.password)
                .id(egui::Id::new("desk-password"))
                .password(true)
                .desired_width(320.0),
        );
        ui.label(d.line(&tr.get("dk-totp")));
        let totp = ui.add(
            egui::TextEdit::singleline(&mut state.totp)
                .id(egui::Id::new("desk-totp"))
                .char_limit(6)
                .hint_text("123456")
                .desired_width(120.0),
        );
        if let Some(error) = &self.request.error {
            d.paragraph_styled(ui, &tr.get(error), egui::TextStyle::Body, Some(BAD));
        }
        let enter = totp.has_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let ready = !state.nickname.trim().is_empty()
            && !state.password.is_empty()
            && state.totp.trim().len() == 6
            && !self.request.busy();
        let login = ui.add_enabled(
            ready,
            egui::Button::new(d.rich(&tr.get("dk-login")).strong())
                .min_size(egui::vec2(200.0, 40.0)),
        );
        if ready && (login.clicked() || enter) {
            let password = std::mem::take(&mut state.password);
            // Should it be a one-time password, the change asks for it again: filled in.
            state.first_password.current = password.clone();
            self.account_actions.write(AccountAction::Login {
                nickname: state.nickname.clone(),
                password,
                totp: Some(std::mem::take(&mut state.totp)),
                // An office PC is shared: the session lives only while the desk runs.
                remember: false,
            });
        }
        if self.request.busy() {
            ui.spinner();
        }
    }

    /// A new counsellor's first login: the one-time password from the admin is replaced by
    /// their own before the desk opens (the server takes nothing else until then).
    fn first_password(&mut self, ui: &mut egui::Ui, d: Dir, tr: &Texts) {
        ui.set_max_width(480.0);
        d.row_ui(ui, |ui| {
            ui.label(d.rich(&tr.with("dk-logged-in", "name", self.account.nickname.clone())));
            if d.button(ui, &tr.get("ui-device-logout")).clicked() {
                self.state.first_password = PasswordFields::default();
                self.account_actions.write(AccountAction::LogOut);
            }
        });
        d.heading(ui, &tr.get("dk-password-title"));
        d.paragraph(ui, &tr.get("dk-password-first"));
        if let Some(action) = self.state.first_password.show(
            ui,
            d,
            tr,
            &self.request,
            "dk-password-current",
            "desk-password-change",
        ) {
            self.account_actions.write(action);
        }
    }

    fn lists(&mut self, ui: &mut egui::Ui, d: Dir, tr: &Texts) {
        self.rooms(ui, d, tr);
        self.reports(ui, d, tr);
        // The inbox.
        ui.heading(d.line(&tr.get("dk-inbox")));
        let mut topic = self.desk.topic;
        d.row_ui(ui, |ui| {
            d.selectable(ui, &mut topic, None, &tr.get("fo-all"));
            for t in Topic::ALL {
                d.selectable(ui, &mut topic, Some(t), &tr.get(&topic_key(t)));
            }
        });
        if topic != self.desk.topic {
            self.actions.write(DeskAction::Filter(topic));
        }
        if self.desk.loaded && self.desk.inbox.is_empty() {
            d.paragraph_styled(
                ui,
                &tr.get("dk-inbox-empty"),
                egui::TextStyle::Small,
                Some(HELP),
            );
        } else if self.desk.waiting > 0 {
            let mut line = tr.with("dk-inbox-waiting", "count", i64::from(self.desk.waiting));
            if self.desk.inbox_more {
                let shown = i64::try_from(self.desk.inbox.len()).unwrap_or(i64::MAX);
                line = format!("{line} {}", tr.with("dk-inbox-more", "shown", shown));
            }
            d.paragraph_styled(ui, &line, egui::TextStyle::Small, Some(HELP));
        }
        for item in &self.desk.inbox {
            egui::Frame::new()
                .fill(Color32::from_rgb(0xf3, 0xf3, 0xf7))
                .corner_radius(egui::CornerRadius::same(6))
                .inner_margin(egui::Margin::same(6))
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.with_layout(d.layout(), |ui| {
                        d.paragraph_styled(
                            ui,
                            &enquiry_title(tr, &item.enquiry),
                            egui::TextStyle::Body,
                            None,
                        );
                        let first = item.first_message.text.as_str();
                        let preview: String = first.chars().take(240).collect();
                        Dir::of_text(&preview).paragraph_styled(
                            ui,
                            &preview,
                            egui::TextStyle::Small,
                            Some(HELP),
                        );
                        let id = item.enquiry.id.0;
                        d.row_ui(ui, |ui| {
                            if d.button(ui, &tr.get("dk-accept")).clicked() {
                                self.actions.write(DeskAction::Accept(id));
                            }
                            if d.button(ui, &tr.get("dk-spam")).clicked() {
                                self.spam.0 = Some(id);
                            }
                        });
                        spam_question(ui, d, tr, &mut self.spam.0, id, &mut self.actions);
                    });
                });
            ui.add_space(4.0);
        }
        ui.separator();
        // The counsellor's conversations.
        ui.heading(d.line(&tr.get("dk-mine")));
        let mine: Vec<&EnquiryView> = self
            .threads
            .list
            .iter()
            .filter(|e| e.status != EnquiryStatus::Closed)
            .collect();
        if self.threads.loaded && mine.is_empty() {
            d.paragraph_styled(
                ui,
                &tr.get("dk-mine-empty"),
                egui::TextStyle::Small,
                Some(HELP),
            );
        }
        for enquiry in mine {
            let mut title = enquiry_title(tr, enquiry);
            if enquiry.unread > 0 {
                title = format!(
                    "{title} · {}",
                    tr.with("cn-unread", "count", i64::from(enquiry.unread))
                );
            }
            let open = self.thread.enquiry == Some(enquiry.id.0);
            if ui
                .add(egui::Button::selectable(open, d.line(&title)))
                .clicked()
            {
                self.counselling
                    .write(CounsellingAction::Open(enquiry.id.0));
            }
        }
        // Callbacks to make.
        let callbacks: Vec<&EnquiryView> = self
            .threads
            .list
            .iter()
            .filter(|e| e.callback.is_some() && e.callback_done_at.is_none())
            .collect();
        if !callbacks.is_empty() {
            ui.separator();
            ui.heading(d.line(&tr.get("dk-callbacks")));
            for enquiry in callbacks {
                let Some(callback) = &enquiry.callback else {
                    continue;
                };
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("phone", callback.phone.as_str().to_owned());
                args.set("from", berlin_time(callback.window.from()));
                args.set("until", berlin_time(callback.window.until()));
                let line = tr
                    .locales
                    .format(tr.language, "dk-callback-window", Some(&args));
                d.paragraph(ui, &format!("{} — {line}", enquiry_title(tr, enquiry)));
                if d.button(ui, &tr.get("dk-callback-done")).clicked() {
                    self.actions.write(DeskAction::CallbackDone(enquiry.id.0));
                }
            }
        }
        ui.separator();
        self.absence(ui, d, tr);
        ui.separator();
        self.moderation(ui, d, tr);
    }

    fn absence(&mut self, ui: &mut egui::Ui, d: Dir, tr: &Texts) {
        ui.heading(d.line(&tr.get("dk-absence")));
        if let Some(absence) = &self.desk.absence {
            d.paragraph_styled(
                ui,
                &tr.with("dk-absence-on", "until", berlin_time(absence.until)),
                egui::TextStyle::Body,
                Some(WAIT),
            );
            Dir::of_text(absence.text.as_str()).paragraph(ui, absence.text.as_str());
            if d.button(ui, &tr.get("dk-absence-clear")).clicked() {
                self.actions.write(DeskAction::ClearAbsence);
            }
            return;
        }
        let state = &mut *self.state;
        let hint = tr.get("dk-absence-hint");
        let label = tr.get("dk-absence");
        let field_dir = if state.absence.is_empty() {
            d
        } else {
            Dir::of_text(&state.absence)
        };
        TextField::new(&mut state.absence, &mut state.absence_caret, field_dir)
            .id(egui::Id::new("desk-absence"))
            .label(&label)
            .hint(&hint)
            .multiline(2)
            .max_chars(ABSENCE_TEXT_MAX_CHARS)
            .width(ui.available_width())
            .show(ui);
        d.row_ui(ui, |ui| {
            if state.absence_days == 0 {
                state.absence_days = 7;
            }
            ui.add(
                egui::Slider::new(&mut state.absence_days, 1..=60)
                    .text(d.line(&tr.get("dk-absence-days"))),
            );
            let ready = !state.absence.trim().is_empty();
            if ui
                .add_enabled(ready, egui::Button::new(d.line(&tr.get("dk-absence-set"))))
                .clicked()
            {
                let until = now().plus_seconds(i64::from(state.absence_days) * 86_400);
                self.actions
                    .write(DeskAction::SetAbsence(state.absence.clone(), until));
            }
        });
    }

    fn moderation(&mut self, ui: &mut egui::Ui, d: Dir, tr: &Texts) {
        ui.heading(d.line(&tr.get("dk-moderation")));
        if self.desk.loaded && self.desk.queue.is_empty() {
            d.paragraph_styled(
                ui,
                &tr.get("dk-moderation-empty"),
                egui::TextStyle::Small,
                Some(HELP),
            );
        }
        for post in &self.desk.queue {
            let text = post.text.as_ref().map_or("", |t| t.as_str());
            let author = post
                .author
                .as_ref()
                .map_or_else(|| tr.get("fo-deleted-user"), |n| n.as_str().to_owned());
            let mut meta = vec![
                author,
                tr.with("dk-flags", "count", i64::from(post.flags.unwrap_or(0))),
            ];
            if post.hidden {
                meta.push(tr.get("dk-hidden"));
            }
            d.paragraph_styled(ui, &meta.join(" · "), egui::TextStyle::Small, Some(HELP));
            Dir::of_text(text).paragraph(ui, text);
            d.row_ui(ui, |ui| {
                // Either answer is a decision: the post leaves the queue, its flags reviewed.
                let decisions = if post.hidden {
                    [
                        ("dk-restore", PostModerationAction::Restore),
                        ("dk-keep-hidden", PostModerationAction::Hide),
                    ]
                } else {
                    [
                        ("dk-hide", PostModerationAction::Hide),
                        ("dk-keep-shown", PostModerationAction::Restore),
                    ]
                };
                for (label, action) in decisions {
                    if d.button(ui, &tr.get(label)).clicked() {
                        self.actions.write(DeskAction::Moderate(post.id, action));
                    }
                }
                for (key, request) in [
                    (
                        "dk-lock",
                        ThreadModerationRequest {
                            locked: Some(true),
                            pinned: None,
                        },
                    ),
                    (
                        "dk-pin",
                        ThreadModerationRequest {
                            locked: None,
                            pinned: Some(true),
                        },
                    ),
                ] {
                    if d.button(ui, &tr.get(key)).clicked() {
                        self.actions.write(DeskAction::Topic(post.thread, request));
                    }
                }
            });
            ui.add_space(4.0);
        }
        if self.desk.queue_more {
            d.paragraph_styled(
                ui,
                &tr.get("dk-moderation-more"),
                egui::TextStyle::Small,
                Some(HELP),
            );
        }
    }

    fn conversation(&mut self, ui: &mut egui::Ui, d: Dir, tr: &Texts) {
        let Some(id) = self.thread.enquiry else {
            d.paragraph_styled(ui, &tr.get("dk-choose"), egui::TextStyle::Body, Some(HELP));
            return;
        };
        let view = self.thread.view(&self.threads).cloned();
        if let Some(view) = &view {
            d.heading(ui, &enquiry_title(tr, view));
            // "… is looking after your question" is said to the young person, not here.
            if view.status != EnquiryStatus::Accepted {
                d.paragraph_styled(
                    ui,
                    &status_line(tr, view),
                    egui::TextStyle::Small,
                    Some(HELP),
                );
            }
            if view.mode == Mode::Chat && self.live.ready() {
                d.paragraph_styled(
                    ui,
                    &tr.get("dk-live-on"),
                    egui::TextStyle::Small,
                    Some(ACCENT),
                );
            }
        }
        if let Some(err) = &self.thread.error {
            d.paragraph_styled(ui, &tr.get(&err.key()), egui::TextStyle::Body, Some(BAD));
        }
        for message in &self.thread.messages {
            let mine = message.from == Side::Counsellor;
            let author = if mine {
                message
                    .author
                    .as_ref()
                    .map_or_else(|| tr.get("dk-you"), |n| n.as_str().to_owned())
            } else {
                tr.get("dk-youth")
            };
            bubble(ui, d, mine, &author, message.text.as_str(), None);
        }
        if self.chat.typing_in(id) {
            d.paragraph_styled(ui, &tr.get("dk-typing"), egui::TextStyle::Small, Some(HELP));
        }
        if view
            .as_ref()
            .is_some_and(|v| v.status == EnquiryStatus::Closed)
        {
            d.paragraph_styled(
                ui,
                &tr.get("cn-status-closed"),
                egui::TextStyle::Body,
                Some(HELP),
            );
            return;
        }
        let state = &mut *self.state;
        let label = tr.get("dk-reply");
        let field_dir = if state.reply.is_empty() {
            d
        } else {
            Dir::of_text(&state.reply)
        };
        let field = TextField::new(&mut state.reply, &mut state.reply_caret, field_dir)
            .id(egui::Id::new("desk-reply"))
            .label(&label)
            .hint(&label)
            .multiline(4)
            .max_chars(MESSAGE_MAX_CHARS)
            .width(ui.available_width())
            .show(ui);
        if field.changed() && view.as_ref().is_some_and(|v| v.mode == Mode::Chat) {
            self.counselling.write(CounsellingAction::Typing(id));
        }
        let shown = self.thread.messages.len();
        if shown != state.shown {
            state.shown = shown;
            field.scroll_to_me(Some(egui::Align::BOTTOM));
        }
        let enter = field.has_focus()
            && ui.input(|i| i.key_pressed(egui::Key::Enter) && !i.modifiers.shift);
        let ready = !state.reply.trim().is_empty();
        d.row_ui(ui, |ui| {
            let send = ui.add_enabled(
                ready,
                egui::Button::new(d.rich(&tr.get("dk-send")).strong())
                    .min_size(egui::vec2(120.0, 36.0)),
            );
            if ready && (send.clicked() || enter) {
                let language = view.as_ref().map_or(tr.language, |v| v.language);
                self.send.write(OutboxAction::Send {
                    subject: Subject::Kiosk,
                    opening: Opening::Reply { enquiry: id },
                    language,
                    text: std::mem::take(&mut state.reply).trim_end().to_owned(),
                });
                state.reply_caret = 0;
            }
            if d.button(ui, &tr.get("dk-close")).clicked() {
                self.actions.write(DeskAction::Close(id));
            }
            if d.button(ui, &tr.get("dk-spam")).clicked() {
                self.spam.0 = Some(id);
            }
        });
        spam_question(ui, d, tr, &mut self.spam.0, id, &mut self.actions);
        ui.add_space(6.0);
        d.row_ui(ui, |ui| {
            let label = tr.get("dk-handover-to");
            TextField::new(
                &mut state.colleague,
                &mut state.colleague_caret,
                Dir { rtl: false },
            )
            .id(egui::Id::new("desk-colleague"))
            .label(&label)
            .hint(&label)
            .max_chars(40)
            .width(220.0)
            .show(ui);
            let ready = !state.colleague.trim().is_empty();
            if ui
                .add_enabled(ready, egui::Button::new(d.line(&tr.get("dk-handover"))))
                .clicked()
            {
                self.actions.write(DeskAction::HandOver(
                    id,
                    std::mem::take(&mut state.colleague),
                ));
                state.colleague_caret = 0;
            }
        });
        if let Some(language) = view.as_ref().map(|v| v.language) {
            self.colleagues(ui, d, tr, language);
        }
    }

    /// The colleagues who counsel in `language`, to pick for the hand-over: whether their desk
    /// is open, and their absence. A click puts the name in the field; handing over stays a
    /// second, deliberate click.
    fn colleagues(&mut self, ui: &mut egui::Ui, d: Dir, tr: &Texts, language: Language) {
        let state = &mut *self.state;
        let speaking: Vec<_> = self
            .desk
            .colleagues
            .iter()
            .filter(|c| c.languages.as_slice().contains(&language))
            .collect();
        if speaking.is_empty() {
            d.paragraph_styled(ui, &tr.get("dk-no-colleague"), egui::TextStyle::Small, None);
            return;
        }
        d.paragraph_styled(ui, &tr.get("dk-colleagues"), egui::TextStyle::Small, None);
        d.row_ui(ui, |ui| {
            for colleague in speaking {
                let name = colleague.name.as_str();
                let mut label = format!("{} {name}", if colleague.online { "●" } else { "○" });
                if let Some(absence) = &colleague.absence {
                    label.push_str(&format!(
                        " · {}",
                        tr.with("dk-colleague-away", "until", berlin_time(absence.until))
                    ));
                } else if colleague.online {
                    label.push_str(&format!(" · {}", tr.get("dk-colleague-online")));
                }
                let colour = if colleague.online { ACCENT } else { WAIT };
                let button = egui::Button::new(d.rich(&label).color(colour))
                    .selected(state.colleague == name);
                if ui.add(button).clicked() {
                    state.colleague = name.to_owned();
                    state.colleague_caret = name.chars().count();
                }
            }
        });
    }
}

/// How long ago `at` was, `now`: "just now", "5 min ago", "3 h ago", "2 days ago".
fn ago(tr: &Texts, at: Timestamp, now: Timestamp) -> String {
    match since(at, now) {
        Since::JustNow => tr.get("dk-reports-just-now"),
        Since::Minutes(count) => tr.with("dk-reports-minutes-ago", "count", count),
        Since::Hours(count) => tr.with("dk-reports-hours-ago", "count", count),
        Since::Days(count) => tr.with("dk-reports-days-ago", "count", count),
    }
}

/// A span of time, rounded down to the unit it is told in.
#[derive(Debug, PartialEq)]
enum Since {
    JustNow,
    Minutes(i64),
    Hours(i64),
    Days(i64),
}

/// Minutes for the first hour, hours for the first two days (a report from yesterday evening
/// reads as "15 h ago", not "1 day ago"), then days. A clock a little ahead reads "just now".
fn since(at: Timestamp, now: Timestamp) -> Since {
    let minutes = (now.0 - at.0).max(0) / 60;
    match minutes {
        0 => Since::JustNow,
        1..60 => Since::Minutes(minutes),
        60..2880 => Since::Hours(minutes / 60),
        _ => Since::Days(minutes / 1440),
    }
}

/// "Enquiry 12 · Work · Live chat · العربية".
fn enquiry_title(tr: &Texts, enquiry: &EnquiryView) -> String {
    format!(
        "{} · {} · {} · {}",
        tr.with("dk-enquiry", "id", enquiry.id.0),
        tr.get(&topic_key(enquiry.topic)),
        tr.get(&mode_key(enquiry.mode)),
        enquiry.language.native_name()
    )
}

/// The question after "Spam" on enquiry `id`: close it as spam, also block the account, or
/// cancel. Blocking is a second, deliberate choice; the young person is told either way.
fn spam_question(
    ui: &mut egui::Ui,
    d: Dir,
    tr: &Texts,
    open: &mut Option<i64>,
    id: i64,
    actions: &mut MessageWriter<DeskAction>,
) {
    if *open != Some(id) {
        return;
    }
    d.paragraph_styled(
        ui,
        &tr.get("dk-spam-question"),
        egui::TextStyle::Small,
        Some(WAIT),
    );
    d.row_ui(ui, |ui| {
        for (key, block) in [("dk-spam-close", false), ("dk-spam-block", true)] {
            if d.button(ui, &tr.get(key)).clicked() {
                actions.write(DeskAction::Spam(id, block));
                *open = None;
            }
        }
        if d.button(ui, &tr.get("ui-cancel")).clicked() {
            *open = None;
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_tell_how_long_ago_in_one_unit() {
        let at = Timestamp(1_000_000);
        let after = |seconds| since(at, at.plus_seconds(seconds));
        assert_eq!(after(-30), Since::JustNow);
        assert_eq!(after(59), Since::JustNow);
        assert_eq!(after(60), Since::Minutes(1));
        assert_eq!(after(59 * 60 + 59), Since::Minutes(59));
        assert_eq!(after(3600), Since::Hours(1));
        assert_eq!(after(47 * 3600 + 3599), Since::Hours(47));
        assert_eq!(after(48 * 3600), Since::Days(2));
        assert_eq!(after(10 * 86_400 + 5), Since::Days(10));
    }
}
