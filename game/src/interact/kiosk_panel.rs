//! The frame every kiosk's panel shares: while kiosk `kind` is open, its title and close
//! button in the person's language around what the feature draws.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use super::{OpenPanel, Panel, PanelKind};
use crate::i18n::{Texts, Tr};
use crate::theme::panel;
use crate::theme::rtl::Dir;

/// Draws kiosk `kind`'s panel if it is the open one, with `show` inside; the close button
/// closes it.
pub fn kiosk_panel(
    contexts: &mut EguiContexts,
    tr: &Tr,
    open: &mut OpenPanel,
    kind: PanelKind,
    show: impl FnOnce(&mut egui::Ui, Dir, &Texts),
) -> Result {
    if open.0 != Some(Panel::Kiosk(kind)) {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    let tr = tr.texts();
    let d = Dir::of(tr.language);
    let title = tr.get(kind.title_key());
    if panel(ctx, d, &title, &tr.get("ui-close"), |ui| show(ui, d, &tr)) {
        open.0 = None;
    }
    Ok(())
}
