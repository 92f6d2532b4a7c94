//! The account's interface: the form that makes the anonymous account or logs in to it (used
//! wherever something needs the account: the hand-over, the counselling kiosk), the password
//! change (here and at the desk, where a new counsellor must change the one-time password
//! first), and "This device" in the settings, for shared phones and PCs: who is logged in,
//! logging out (here, on the server, or everywhere), where the account is logged in, changing
//! the password, and deleting everything the game keeps on the device. Everything that ends
//! something asks for confirmation first.

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use bevy_egui::egui::{self, Color32};

use crate::core::storage::ForgetDevice;
use lernwelt_protocol::AgeBand;
use lernwelt_protocol::limits::{NICKNAME_MAX_CHARS, PASSWORD_MAX_CHARS};

use crate::features::account::demo::DemoLogins;
use crate::features::account::{Account, AccountAction, AccountRequest};
use crate::i18n::{Texts, berlin_time};
use crate::theme::rtl::{Dir, TextField};

use crate::theme::palette::{BAD as WARN, GOOD as DONE};

/// What the account form holds while it is filled in (never saved; the password is dropped
/// once the account works).
#[derive(Default)]
pub struct AccountForm {
    nickname: String,
    caret: usize,
    password: String,
    age_band: Option<AgeBand>,
    /// Keep the session on this device after the visit (unticked: a shared device forgets it).
    remember: bool,
    /// Log in to an existing account instead of making one.
    login: bool,
    /// The form has been scrolled into view since it appeared.
    scrolled: bool,
}

/// The account form: register or log in.
#[derive(SystemParam)]
pub struct AccountFormUi<'w, 's> {
    account: Res<'w, Account>,
    request: Res<'w, AccountRequest>,
    account_actions: MessageWriter<'w, AccountAction>,
    form: Local<'s, AccountForm>,
    demo: Option<Res<'w, DemoLogins>>,
}

impl AccountFormUi<'_, '_> {
    /// Nickname, password and age band (or log in), with the server's or the checks' answer;
    /// `cancel_label` adds a button that gives up (true when pressed); `sends` says a letter
    /// goes out once the account works.
    pub fn show(
        &mut self,
        ui: &mut egui::Ui,
        d: Dir,
        tr: &Texts,
        cancel_label: Option<&str>,
        sends: bool,
    ) -> bool {
        if self.account.token.is_some() {
            self.form.password.clear();
        }
        let mut cancel = false;
        let form = &mut *self.form;
        let expired = !self.account.nickname.is_empty();
        if expired && form.nickname.is_empty() {
            // The session ended: the same account logs in again.
            form.nickname = self.account.nickname.clone();
            form.login = true;
        }
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.with_layout(d.layout(), |ui| {
                d.heading(ui, &tr.get("net-account-title"));
                let about = if expired {
                    "net-login-again"
                } else {
                    "net-account-about"
                };
                d.paragraph_styled(ui, &tr.get(about), egui::TextStyle::Small, None);
                if let Some(demo) = &self.demo {
                    let filled = demo.youth();
                    if d.button(
                        ui,
                        &tr.with("net-demo-fill", "name", filled.nickname.clone()),
                    )
                    .clicked()
                    {
                        form.caret = filled.nickname.chars().count();
                        form.nickname = filled.nickname;
                        form.password = filled.password;
                        form.login = true;
                    }
                }
                ui.label(d.line(&tr.get("net-nickname")));
                let hint = tr.get("net-nickname-hint");
                let label = tr.get("net-nickname");
                TextField::new(&mut form.nickname, &mut form.caret, d)
                    .id(egui::Id::new("account-nickname"))
                    .label(&label)
                    .hint(&hint)
                    .max_chars(NICKNAME_MAX_CHARS)
                    .width(260.0)
                    .show(ui);
                ui.label(d.line(&tr.get("net-password")));
                // Shown as dots, so reading direction does not matter for it.
                ui.add(
                    egui::TextEdit::singleline(&mut form.password)
                        .id(egui::Id::new("account-password"))
                        .password(true)
                        .char_limit(PASSWORD_MAX_CHARS)
                        .desired_width(260.0),
                );
                if !form.login {
                    ui.label(d.line(&tr.get("net-age")));
                    d.row_ui(ui, |ui| {
                        for band in AgeBand::ALL {
                            let key = format!("net-age-{}", band.code().replace('_', "-"));
                            d.selectable(ui, &mut form.age_band, Some(band), &tr.get(&key));
                        }
                    });
                }
                d.checkbox(ui, &mut form.remember, &tr.get("net-remember"));
                d.paragraph_styled(
                    ui,
                    &tr.get("net-remember-about"),
                    egui::TextStyle::Small,
                    None,
                );
                if let Some(error) = &self.request.error {
                    d.paragraph_styled(ui, &tr.get(error), egui::TextStyle::Body, Some(WARN));
                }
                let filled = !form.nickname.trim().is_empty() && !form.password.is_empty();
                let ready = filled && (form.login || form.age_band.is_some());
                d.row_ui(ui, |ui| {
                    // Where the form sends something once the account works, its button says so.
                    let label = tr.get(match (form.login, sends) {
                        (true, true) => "net-login",
                        (false, true) => "net-register",
                        (true, false) => "net-login-only",
                        (false, false) => "net-register-only",
                    });
                    let submit = ui.add_enabled(
                        ready && !self.request.busy(),
                        egui::Button::new(d.rich(&label).strong()),
                    );
                    if submit.clicked() {
                        self.account_actions
                            .write(match (form.login, form.age_band) {
                                (false, Some(age_band)) => AccountAction::Register {
                                    nickname: form.nickname.clone(),
                                    password: form.password.clone(),
                                    age_band,
                                    language: tr.language,
                                    remember: form.remember,
                                },
                                _ => AccountAction::Login {
                                    nickname: form.nickname.clone(),
                                    password: form.password.clone(),
                                    totp: None,
                                    remember: form.remember,
                                },
                            });
                    }
                    if self.request.busy() {
                        ui.spinner();
                    }
                    let switch = tr.get(if form.login {
                        "net-new-account"
                    } else {
                        "net-have-account"
                    });
                    if ui.link(d.line(&switch)).clicked() {
                        form.login = !form.login;
                    }
                    if let Some(label) = cancel_label
                        && d.button(ui, label).clicked()
                    {
                        cancel = true;
                    }
                });
            });
        });
        if !self.form.scrolled {
            ui.scroll_to_cursor(Some(egui::Align::BOTTOM));
            self.form.scrolled = true;
        }
        cancel
    }

    /// The form will scroll itself into view again the next time it appears.
    pub fn unscroll(&mut self) {
        self.form.scrolled = false;
    }
}

/// The fields of a password change: the current password and the new one twice. They are
/// emptied once the change went through, and never saved.
#[derive(Default)]
pub struct PasswordFields {
    /// The current password (the desk fills in the one-time password just logged in with).
    pub current: String,
    new: String,
    repeat: String,
    /// A change was sent from these fields: its outcome shows under them.
    sent: bool,
}

impl PasswordFields {
    /// Draws the fields, the outcome of the last change and the button; `current_key` labels
    /// the first field, `id` keeps the fields apart from other forms. The change to ask for,
    /// once pressed (or Enter in the last field) with two equal new passwords.
    pub fn show(
        &mut self,
        ui: &mut egui::Ui,
        d: Dir,
        tr: &Texts,
        request: &AccountRequest,
        current_key: &str,
        id: &str,
    ) -> Option<AccountAction> {
        let change = &request.change;
        if self.sent && change.done {
            self.current.clear();
            self.new.clear();
            self.repeat.clear();
        }
        let field = |ui: &mut egui::Ui, text: &mut String, name: &str| {
            ui.add(
                egui::TextEdit::singleline(text)
                    .id(egui::Id::new((id, name)))
                    .password(true)
                    .char_limit(PASSWORD_MAX_CHARS)
                    .desired_width(260.0),
            )
        };
        ui.label(d.line(&tr.get(current_key)));
        field(ui, &mut self.current, "current");
        ui.label(d.line(&tr.get("ui-password-new")));
        field(ui, &mut self.new, "new");
        ui.label(d.line(&tr.get("ui-password-repeat")));
        let last = field(ui, &mut self.repeat, "repeat");
        let mismatch = !self.repeat.is_empty() && self.new != self.repeat;
        if mismatch {
            d.paragraph_styled(
                ui,
                &tr.get("ui-password-mismatch"),
                egui::TextStyle::Body,
                Some(WARN),
            );
        } else if self.sent && !change.busy() {
            if let Some(error) = &change.error {
                d.paragraph_styled(ui, &tr.get(error), egui::TextStyle::Body, Some(WARN));
            } else if change.done {
                d.paragraph_styled(
                    ui,
                    &tr.get("ui-password-changed"),
                    egui::TextStyle::Body,
                    Some(DONE),
                );
            }
        }
        let ready = !self.current.is_empty()
            && !self.new.is_empty()
            && self.new == self.repeat
            && !change.busy();
        let mut action = None;
        d.row_ui(ui, |ui| {
            let save = ui.add_enabled(
                ready,
                egui::Button::new(d.rich(&tr.get("ui-password-save")).strong()),
            );
            let enter = last.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if ready && (save.clicked() || enter) {
                self.sent = true;
                action = Some(AccountAction::ChangePassword {
                    current: self.current.clone(),
                    new: self.new.clone(),
                });
            }
            if change.busy() {
                ui.spinner();
            }
        });
        action
    }
}

/// Which question is being asked, or what was just done.
#[derive(Default, Clone, Copy, PartialEq, Eq, Debug)]
pub enum Step {
    #[default]
    Idle,
    ConfirmLogOut,
    ConfirmForget,
    ConfirmDelete,
    LoggedOut,
    Forgotten,
    /// The deletion was asked for; its outcome is in [`AccountRequest`].
    Deleting,
    ChangePassword,
    /// The list of the account's sessions, with "log out everywhere".
    Sessions,
    ConfirmEverywhere,
    /// "Log out everywhere" was asked for; its outcome is in [`AccountRequest::everywhere`].
    Everywhere,
}

/// Where the settings' part about this device stands (a resource, so a developer's
/// `--open settings-sessions` can show the sessions list).
#[derive(Resource, Default, Debug)]
pub struct DeviceStep(pub Step);

/// The settings' part about this device.
#[derive(SystemParam)]
pub struct DeviceUi<'w, 's> {
    account: Res<'w, Account>,
    request: Res<'w, AccountRequest>,
    // Through commands: the panel beside this part writes account actions too.
    commands: Commands<'w, 's>,
    step: ResMut<'w, DeviceStep>,
    /// The password typed to confirm a deletion (cleared when it is sent or cancelled).
    password: Local<'s, String>,
    change: Local<'s, PasswordFields>,
}

impl DeviceUi<'_, '_> {
    /// Draws the part.
    pub fn show(&mut self, ui: &mut egui::Ui, d: Dir, tr: &Texts) {
        ui.add_space(6.0);
        ui.separator();
        ui.label(d.rich(&tr.get("ui-device-title")).strong());
        let step = self.step.0;
        if self.account.logged_in() {
            d.paragraph(
                ui,
                &tr.with(
                    "ui-device-logged-in",
                    "nickname",
                    self.account.nickname.clone(),
                ),
            );
        }
        match step {
            Step::ConfirmLogOut => {
                if let Some(yes) = ask(
                    ui,
                    d,
                    tr,
                    "ui-device-logout-confirm",
                    "ui-device-logout-yes",
                ) {
                    if yes {
                        self.commands.write_message(AccountAction::LogOut);
                    }
                    self.step.0 = if yes { Step::LoggedOut } else { Step::Idle };
                }
            }
            Step::ConfirmForget => {
                if let Some(yes) = ask(
                    ui,
                    d,
                    tr,
                    "ui-device-forget-confirm",
                    "ui-device-forget-yes",
                ) {
                    if yes {
                        self.commands.trigger(ForgetDevice);
                    }
                    self.step.0 = if yes { Step::Forgotten } else { Step::Idle };
                }
            }
            Step::ConfirmDelete => {
                d.paragraph_styled(
                    ui,
                    &tr.get("ui-account-delete-confirm"),
                    egui::TextStyle::Body,
                    Some(WARN),
                );
                // The server asks for the password once more: a phone left unlocked is not
                // enough to delete someone's account.
                ui.label(d.line(&tr.get("ui-account-delete-password")));
                ui.add(
                    egui::TextEdit::singleline(&mut *self.password)
                        .id(egui::Id::new("account-delete-password"))
                        .password(true)
                        .desired_width(260.0),
                );
                if let Some(yes) = confirm(ui, d, tr, "ui-account-delete-yes") {
                    let password = std::mem::take(&mut *self.password);
                    if yes {
                        self.commands
                            .write_message(AccountAction::DeleteAccount { password });
                    }
                    self.step.0 = if yes { Step::Deleting } else { Step::Idle };
                }
            }
            Step::Deleting if self.request.busy() => {
                ui.spinner();
            }
            Step::ChangePassword => {
                if let Some(action) = self.change.show(
                    ui,
                    d,
                    tr,
                    &self.request,
                    "ui-password-current",
                    "settings-password",
                ) {
                    self.commands.write_message(action);
                }
                if d.button(ui, &tr.get("ui-back")).clicked() {
                    *self.change = PasswordFields::default();
                    self.step.0 = Step::Idle;
                }
            }
            Step::Sessions => {
                self.sessions(ui, d, tr);
            }
            Step::ConfirmEverywhere => {
                if let Some(yes) = ask(
                    ui,
                    d,
                    tr,
                    "ui-sessions-everywhere-confirm",
                    "ui-sessions-everywhere-yes",
                ) {
                    if yes {
                        self.commands.write_message(AccountAction::LogOutEverywhere);
                    }
                    self.step.0 = if yes {
                        Step::Everywhere
                    } else {
                        Step::Sessions
                    };
                }
            }
            Step::Everywhere if self.request.everywhere.busy() => {
                ui.spinner();
            }
            Step::Everywhere if self.request.everywhere.error.is_some() => {
                if let Some(error) = &self.request.everywhere.error {
                    d.paragraph_styled(ui, &tr.get(error), egui::TextStyle::Body, Some(WARN));
                }
                if d.button(ui, &tr.get("ui-back")).clicked() {
                    self.step.0 = Step::Idle;
                }
            }
            Step::Idle | Step::LoggedOut | Step::Forgotten | Step::Deleting | Step::Everywhere => {
                let done = match step {
                    Step::LoggedOut => Some("ui-device-logout-done"),
                    Step::Everywhere if self.request.everywhere.done => {
                        Some("ui-sessions-everywhere-done")
                    }
                    Step::Forgotten => Some("ui-device-forget-done"),
                    Step::Deleting if self.request.deleted => Some("ui-account-deleted"),
                    _ => None,
                };
                if step == Step::Deleting
                    && let Some(error) = &self.request.error
                {
                    d.paragraph_styled(ui, &tr.get(error), egui::TextStyle::Body, Some(WARN));
                }
                if let Some(done) = done {
                    d.paragraph_styled(ui, &tr.get(done), egui::TextStyle::Body, Some(DONE));
                }
                if self.account.logged_in() {
                    d.row_ui(ui, |ui| {
                        if d.button(ui, &tr.get("ui-device-logout")).clicked() {
                            self.step.0 = Step::ConfirmLogOut;
                        }
                        if d.button(ui, &tr.get("ui-sessions-open")).clicked() {
                            self.commands.write_message(AccountAction::ListSessions);
                            self.step.0 = Step::Sessions;
                        }
                        if d.button(ui, &tr.get("ui-password-open")).clicked() {
                            *self.change = PasswordFields::default();
                            self.step.0 = Step::ChangePassword;
                        }
                    });
                }
                d.paragraph_styled(
                    ui,
                    &tr.get("ui-device-forget-about"),
                    egui::TextStyle::Small,
                    None,
                );
                if d.button(ui, &tr.get("ui-device-forget")).clicked() {
                    self.step.0 = Step::ConfirmForget;
                }
                if self.account.logged_in() {
                    d.paragraph_styled(
                        ui,
                        &tr.get("ui-account-delete-about"),
                        egui::TextStyle::Small,
                        None,
                    );
                    if d.button(ui, &tr.get("ui-account-delete")).clicked() {
                        self.step.0 = Step::ConfirmDelete;
                    }
                }
            }
        }
    }
}

impl DeviceUi<'_, '_> {
    /// Where the account is logged in (only times are stored, so only times are shown), and
    /// "log out everywhere".
    fn sessions(&mut self, ui: &mut egui::Ui, d: Dir, tr: &Texts) {
        let listing = &self.request.listing;
        d.paragraph(ui, &tr.get("ui-sessions-title"));
        if listing.busy() {
            ui.spinner();
        } else if let Some(error) = &listing.error {
            d.paragraph_styled(ui, &tr.get(error), egui::TextStyle::Body, Some(WARN));
        }
        if let Some(error) = &self.request.ending.error {
            d.paragraph_styled(ui, &tr.get(error), egui::TextStyle::Body, Some(WARN));
        }
        for session in &self.request.sessions {
            let mut line = format!(
                "{} · {}",
                tr.with("ui-session-since", "when", berlin_time(session.created_at)),
                tr.with("ui-session-used", "when", berlin_time(session.last_used_at)),
            );
            if session.current {
                line = format!("{line} · {}", tr.get("ui-session-this"));
            }
            let text = d.rich(&line);
            if session.current {
                ui.label(text.strong());
                continue;
            }
            // Another device: one tap logs it out there (it can log in again with the password).
            // The button goes under its line, which a phone's width wraps anyway.
            ui.label(text);
            d.row_ui(ui, |ui| {
                let ending = self.request.ending.busy();
                if ui
                    .add_enabled(
                        !ending,
                        egui::Button::new(d.line(&tr.get("ui-session-end"))),
                    )
                    .clicked()
                {
                    self.commands
                        .write_message(AccountAction::EndSession(session.id.clone()));
                }
            });
        }
        d.row_ui(ui, |ui| {
            if d.button(ui, &tr.get("ui-sessions-everywhere")).clicked() {
                self.step.0 = Step::ConfirmEverywhere;
            }
            if d.button(ui, &tr.get("ui-back")).clicked() {
                self.step.0 = Step::Idle;
            }
        });
    }
}

/// The question `question_key` as a warning, then "Yes, …" and "Cancel"; `Some(true)` for
/// yes.
fn ask(ui: &mut egui::Ui, d: Dir, tr: &Texts, question_key: &str, yes_key: &str) -> Option<bool> {
    d.paragraph_styled(ui, &tr.get(question_key), egui::TextStyle::Body, Some(WARN));
    confirm(ui, d, tr, yes_key)
}

/// "Yes, …" and "Cancel" side by side in reading order; `Some(true)` for yes.
fn confirm(ui: &mut egui::Ui, d: Dir, tr: &Texts, yes_key: &str) -> Option<bool> {
    let mut answer = None;
    d.row_ui(ui, |ui| {
        let yes =
            egui::Button::new(d.rich(&tr.get(yes_key)).color(Color32::WHITE).strong()).fill(WARN);
        if ui.add(yes).clicked() {
            answer = Some(true);
        }
        if d.button(ui, &tr.get("ui-cancel")).clicked() {
            answer = Some(false);
        }
    });
    answer
}
