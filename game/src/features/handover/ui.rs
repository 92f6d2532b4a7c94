//! The "send to a counsellor" part shared by the interview review and the documents desk:
//! the send button (only with consent, which one send uses up), the anonymous-account form
//! when one is needed, and how the sending goes — in the person's language, right to left in
//! Arabic.

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use bevy_egui::egui::{self, Color32};
use lernwelt_protocol::AgeBand;
use lernwelt_protocol::limits::{NICKNAME_MAX_CHARS, PASSWORD_MAX_CHARS};

use crate::features::account::{Account, AccountAction, AccountRequest};
use crate::features::handover::{
    HandOver, HandOverAction, Outbox, Status, Subject, send_with_consent,
};
use crate::i18n::Texts;
use crate::theme::rtl::{Dir, TextField};

use crate::theme::palette::{BAD, GOOD, WAIT};

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

/// Everything the hand-over part of a panel needs.
#[derive(SystemParam)]
pub struct HandOverUi<'w, 's> {
    hand: Res<'w, HandOver>,
    outbox: Res<'w, Outbox>,
    account: Res<'w, Account>,
    request: Res<'w, AccountRequest>,
    actions: MessageWriter<'w, HandOverAction>,
    account_actions: MessageWriter<'w, AccountAction>,
    form: Local<'s, AccountForm>,
}

impl HandOverUi<'_, '_> {
    /// Draws the send button (enabled only while `consent` is ticked; a send unticks it) and,
    /// once something of `subject` is on its way, the account form or how sending goes.
    /// `ready` says there is something to send; `text` makes it.
    pub fn show(
        &mut self,
        ui: &mut egui::Ui,
        d: Dir,
        tr: &Texts,
        subject: Subject,
        send_label: &str,
        consent: &mut bool,
        ready: bool,
        text: impl FnOnce() -> Option<String>,
    ) {
        if self.account.token.is_some() {
            self.form.password.clear();
        }
        if self.hand.status != Status::NeedAccount {
            self.form.scrolled = false;
        }
        let letter = self.outbox.letter.as_ref();
        let here = letter.is_some_and(|l| l.subject == subject);
        if !here {
            let other = letter.is_some();
            let sent = matches!(&self.hand.status, Status::Sent(delivered) if delivered.subject == subject);
            if sent {
                note(
                    ui,
                    d,
                    &tr.with("net-sent", "nickname", self.account.nickname.clone()),
                    GOOD,
                );
            }
            let label = if sent {
                tr.get("net-send-again")
            } else {
                send_label.to_owned()
            };
            let send = ui.add_enabled(
                *consent && ready && !other,
                egui::Button::new(d.rich(&label).strong()).min_size(egui::vec2(220.0, 44.0)),
            );
            if send.clicked()
                && let Some(action) = send_with_consent(consent, subject, tr.language, text())
            {
                self.actions.write(action);
            }
            if other {
                note(ui, d, &tr.get("net-queued"), WAIT);
            } else if sent && !*consent {
                note(ui, d, &tr.get("net-send-again-consent"), WAIT);
            }
            return;
        }
        let (done, total) = letter.map_or((0, 0), |l| (l.acknowledged, l.parts.len()));
        match &self.hand.status {
            Status::NeedAccount => {
                self.account_form(ui, d, tr);
                if !self.form.scrolled {
                    // It appears below the send button, maybe out of view: bring it in.
                    ui.scroll_to_cursor(Some(egui::Align::BOTTOM));
                    self.form.scrolled = true;
                }
            }
            Status::Waiting(_) => {
                d.row_ui(ui, |ui| {
                    ui.spinner();
                    ui.label(d.rich(&tr.get("net-waiting")).color(WAIT));
                });
            }
            Status::Failed(err) => {
                note(ui, d, &tr.get(&err.key()), BAD);
                d.row_ui(ui, |ui| {
                    if d.button(ui, &tr.get("net-retry")).clicked() {
                        self.actions.write(HandOverAction::Retry);
                    }
                    if d.button(ui, &tr.get("net-discard")).clicked() {
                        self.actions.write(HandOverAction::Discard);
                    }
                });
            }
            Status::Sending | Status::Idle | Status::Sent(_) => {
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("done", done as i64);
                args.set("total", total as i64);
                let label = tr.locales.format(tr.language, "net-sending", Some(&args));
                d.row_ui(ui, |ui| {
                    ui.spinner();
                    ui.label(d.line(&label));
                });
            }
        }
    }

    /// Nickname, password and age band (or log in), with the server's or the checks' answer.
    fn account_form(&mut self, ui: &mut egui::Ui, d: Dir, tr: &Texts) {
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
                ui.label(d.line(&tr.get("net-nickname")));
                let hint = tr.get("net-nickname-hint");
                let label = tr.get("net-nickname");
                TextField::new(&mut form.nickname, &mut form.caret, d)
                    .id(egui::Id::new("handover-nickname"))
                    .label(&label)
                    .hint(&hint)
                    .max_chars(NICKNAME_MAX_CHARS)
                    .width(260.0)
                    .show(ui);
                ui.label(d.line(&tr.get("net-password")));
                // Shown as dots, so reading direction does not matter for it.
                ui.add(
                    egui::TextEdit::singleline(&mut form.password)
                        .id(egui::Id::new("handover-password"))
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
                    note(ui, d, &tr.get(error), BAD);
                }
                let filled = !form.nickname.trim().is_empty() && !form.password.is_empty();
                let ready = filled && (form.login || form.age_band.is_some());
                d.row_ui(ui, |ui| {
                    let label = tr.get(if form.login {
                        "net-login"
                    } else {
                        "net-register"
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
                    if d.button(ui, &tr.get("net-discard")).clicked() {
                        self.actions.write(HandOverAction::Discard);
                    }
                });
            });
        });
    }
}

fn note(ui: &mut egui::Ui, d: Dir, text: &str, color: Color32) {
    d.paragraph_styled(ui, text, egui::TextStyle::Body, Some(color));
}
