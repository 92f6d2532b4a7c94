//! An NPC's words: the line they say and, when they teach one, the way into their lesson.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::core::state::InWorld;
use crate::i18n::Tr;
use crate::interact::{OpenPanel, Panel};
use crate::theme::rtl::Dir;
use crate::theme::{UiSystems, panel};

/// Draws what an NPC says.
pub struct TalkPlugin;

impl Plugin for TalkPlugin {
    fn build(&self, app: &mut App) {
        app.add_systems(
            EguiPrimaryContextPass,
            draw_talk
                .in_set(UiSystems::Panels)
                .run_if(in_state(InWorld)),
        );
    }
}

fn draw_talk(mut contexts: EguiContexts, tr: Tr, mut open: ResMut<OpenPanel>) -> Result {
    let Some(Panel::Talk { name, line, lesson }) = open.0.clone() else {
        return Ok(());
    };
    let ctx = contexts.ctx_mut()?;
    let tr = tr.texts();
    let d = Dir::of(tr.language);
    let mut next_panel: Option<Option<Panel>> = None;
    let closed = panel(ctx, d, &tr.get(&name), &tr.get("ui-close"), |ui| {
        d.paragraph_styled(ui, &tr.get(&line), egui::TextStyle::Body, None);
        ui.add_space(8.0);
        if let Some(lesson) = &lesson {
            let title = tr.get(&format!("ls-{lesson}-title"));
            if d.button(ui, &tr.with("interview-learn", "title", title))
                .clicked()
            {
                next_panel = Some(Some(Panel::Lesson {
                    name: name.clone(),
                    lesson: lesson.clone(),
                }));
            }
        }
        if d.button(ui, &tr.get("panel-talk-continue")).clicked() {
            next_panel = Some(None);
        }
    });
    if closed {
        open.0 = None;
    } else if let Some(next) = next_panel {
        open.0 = next;
    }
    Ok(())
}
