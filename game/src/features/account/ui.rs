//! "This device" in the settings, for shared phones and PCs: who is logged in, logging out
//! (here and on the server), and deleting everything the game keeps on the device. Both ask
//! for confirmation first.

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use bevy_egui::egui::{self, Color32};

use crate::core::storage::ForgetDevice;
use crate::features::account::{Account, AccountAction};
use crate::i18n::Texts;
use crate::theme::rtl::Dir;

use crate::theme::palette::{BAD as WARN, GOOD as DONE};

/// Which question is being asked, or what was just done.
#[derive(Default, Clone, Copy, PartialEq, Eq, Debug)]
enum Step {
    #[default]
    Idle,
    ConfirmLogOut,
    ConfirmForget,
    LoggedOut,
    Forgotten,
}

/// The settings' part about this device.
#[derive(SystemParam)]
pub struct DeviceUi<'w, 's> {
    account: Res<'w, Account>,
    // Through commands: the panel beside this part writes account actions too.
    commands: Commands<'w, 's>,
    step: Local<'s, Step>,
}

impl DeviceUi<'_, '_> {
    /// Draws the part.
    pub fn show(&mut self, ui: &mut egui::Ui, d: Dir, tr: &Texts) {
        ui.add_space(6.0);
        ui.separator();
        ui.label(d.rich(&tr.get("ui-device-title")).strong());
        let step = *self.step;
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
                d.paragraph_styled(
                    ui,
                    &tr.get("ui-device-logout-confirm"),
                    egui::TextStyle::Body,
                    Some(WARN),
                );
                if let Some(yes) = confirm(ui, d, tr, "ui-device-logout-yes") {
                    if yes {
                        self.commands.write_message(AccountAction::LogOut);
                    }
                    *self.step = if yes { Step::LoggedOut } else { Step::Idle };
                }
            }
            Step::ConfirmForget => {
                d.paragraph_styled(
                    ui,
                    &tr.get("ui-device-forget-confirm"),
                    egui::TextStyle::Body,
                    Some(WARN),
                );
                if let Some(yes) = confirm(ui, d, tr, "ui-device-forget-yes") {
                    if yes {
                        self.commands.trigger(ForgetDevice);
                    }
                    *self.step = if yes { Step::Forgotten } else { Step::Idle };
                }
            }
            Step::Idle | Step::LoggedOut | Step::Forgotten => {
                let done = match step {
                    Step::LoggedOut => Some("ui-device-logout-done"),
                    Step::Forgotten => Some("ui-device-forget-done"),
                    _ => None,
                };
                if let Some(done) = done {
                    d.paragraph_styled(ui, &tr.get(done), egui::TextStyle::Body, Some(DONE));
                }
                if self.account.logged_in() && d.button(ui, &tr.get("ui-device-logout")).clicked() {
                    *self.step = Step::ConfirmLogOut;
                }
                d.paragraph_styled(
                    ui,
                    &tr.get("ui-device-forget-about"),
                    egui::TextStyle::Small,
                    None,
                );
                if d.button(ui, &tr.get("ui-device-forget")).clicked() {
                    *self.step = Step::ConfirmForget;
                }
            }
        }
    }
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
