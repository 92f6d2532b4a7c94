//! Kiosks whose feature is not in the world yet (the forum) say so plainly instead of showing
//! nothing.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use crate::core::state::InWorld;
use crate::i18n::Tr;
use crate::interact::{OpenPanel, Panel, PanelKind};
use crate::theme::rtl::Dir;
use crate::theme::{UiSystems, panel};

/// Draws the "coming soon" kiosks.
pub struct SoonPlugin;

impl Plugin for SoonPlugin {
    fn build(&self, app: &mut App) {
        app.add_systems(
            EguiPrimaryContextPass,
            draw_soon
                .in_set(UiSystems::Panels)
                .run_if(in_state(InWorld)),
        );
    }
}

fn draw_soon(mut contexts: EguiContexts, tr: Tr, mut open: ResMut<OpenPanel>) -> Result {
    let Some(Panel::Kiosk(kind @ PanelKind::Forum)) = open.0 else {
        return Ok(());
    };
    let soon = "panel-forum-soon";
    let ctx = contexts.ctx_mut()?;
    let tr = tr.texts();
    let d = Dir::of(tr.language);
    let close_label = tr.get("ui-close");
    let mut close = false;
    let closed = panel(ctx, d, &tr.get(kind.title_key()), &close_label, |ui| {
        d.paragraph(ui, &tr.get(soon));
        ui.add_space(8.0);
        close = d.button(ui, &close_label).clicked();
    });
    if closed || close {
        open.0 = None;
    }
    Ok(())
}
