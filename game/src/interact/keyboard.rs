//! Who has the keyboard, the world or a panel: decided once per frame after the interface is
//! drawn, so one key press does one thing ([`crate::core::KeyboardOwner`]).

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::OpenPanel;
use crate::core::KeyboardOwner;
use crate::theme::UiSystems;

/// Hands the keyboard to the world or the open panel.
pub struct KeyboardPlugin;

impl Plugin for KeyboardPlugin {
    fn build(&self, app: &mut App) {
        app.add_systems(
            EguiPrimaryContextPass,
            claim_keyboard.in_set(UiSystems::Claim),
        );
    }
}

/// Tells the game who has the keyboard. With no panel open the world owns Tab and Enter (they
/// walk through and use the things in reach), so the HUD's buttons give up keyboard focus;
/// Esc opens the menu, where every button is reachable with Tab.
fn claim_keyboard(
    mut contexts: EguiContexts,
    open: Res<OpenPanel>,
    mut owner: ResMut<KeyboardOwner>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    if open.0.is_none()
        && let Some(id) = ctx.memory(|m| m.focused())
    {
        ctx.memory_mut(|m| m.surrender_focus(id));
    }
    let now = KeyboardOwner {
        widget: ctx.memory(|m| m.focused().is_some()),
        text: ctx.egui_wants_keyboard_input(),
    };
    owner.set_if_neq(now);
    Ok(())
}
