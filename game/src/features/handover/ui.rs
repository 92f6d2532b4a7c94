//! The "send to a counsellor" part shared by the interview review and the documents desk:
//! the send button (only with consent, which one send uses up), the anonymous-account form
//! when one is needed, and how the sending goes — in the person's language, right to left in
//! Arabic.

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use bevy_egui::egui::{self, Color32};

use crate::features::account::Account;
use crate::features::account::ui::AccountFormUi;
use crate::features::counselling::outbox::{Outbox, OutboxAction, Sender, Status, Subject};
use crate::features::handover::send_with_consent;
use crate::i18n::Texts;
use crate::theme::rtl::Dir;

use crate::theme::palette::{BAD, GOOD, WAIT};

/// Everything the hand-over part of a panel needs.
#[derive(SystemParam)]
pub struct HandOverUi<'w, 's> {
    hand: Res<'w, Sender>,
    outbox: Res<'w, Outbox>,
    account: Res<'w, Account>,
    actions: MessageWriter<'w, OutboxAction>,
    form: AccountFormUi<'w, 's>,
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
        if self.hand.status != Status::NeedAccount {
            self.form.unscroll();
        }
        let letter = self.outbox.waiting(subject);
        if letter.is_none() {
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
                *consent && ready,
                egui::Button::new(d.rich(&label).strong()).min_size(egui::vec2(220.0, 44.0)),
            );
            if send.clicked()
                && let Some(action) = send_with_consent(consent, subject, tr.language, text())
            {
                self.actions.write(action);
            }
            if sent && !*consent {
                note(ui, d, &tr.get("net-send-again-consent"), WAIT);
            }
            return;
        }
        if self
            .outbox
            .letters
            .front()
            .is_some_and(|l| l.subject != subject)
        {
            // Behind a letter written earlier (at the kiosk, or the other hand-over).
            note(ui, d, &tr.get("net-queued"), WAIT);
            return;
        }
        let (done, total) = letter.map_or((0, 0), |l| (l.acknowledged, l.parts.len()));
        match &self.hand.status {
            Status::NeedAccount => {
                // It appears below the send button, maybe out of view: it scrolls itself in.
                if self
                    .form
                    .show(ui, d, tr, Some(&tr.get("net-discard")), true)
                {
                    self.actions.write(OutboxAction::Discard);
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
                        self.actions.write(OutboxAction::Retry);
                    }
                    if d.button(ui, &tr.get("net-discard")).clicked() {
                        self.actions.write(OutboxAction::Discard);
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
}

fn note(ui: &mut egui::Ui, d: Dir, text: &str, color: Color32) {
    d.paragraph_styled(ui, text, egui::TextStyle::Body, Some(color));
}
