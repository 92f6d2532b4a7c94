//! Developer tools, only in builds with the `dev` cargo feature: `--open PANEL` shows a panel
//! (with a demo interview where one is needed) before a screenshot, and `--bench-frames N`
//! measures frame times. A release build has none of this, so no link or flag can play a demo
//! or send anything in someone's name.

mod bench;
mod demo;

pub use bench::bench_report;
pub use demo::play_demo;

use bevy::prelude::*;

use crate::core::options::LaunchOptions;
use crate::core::state::InWorld;
use crate::interact::{OpenPanel, Panel, PanelKind};

/// `--open` and `--bench-frames`.
pub struct DevPlugin;

impl Plugin for DevPlugin {
    fn build(&self, app: &mut App) {
        let Some(options) = app.world().get_resource::<LaunchOptions>().cloned() else {
            return;
        };
        if let Some(open) = options.open.as_deref() {
            app.add_systems(OnEnter(InWorld), open_requested_panel);
            demo::add(app, open);
        }
        if options.bench_frames.is_some() {
            app.add_plugins(bench::BenchPlugin);
        }
    }
}

/// The panel `--open` names (the interview ones are filled by the demo).
fn open_requested_panel(options: Res<LaunchOptions>, mut open: ResMut<OpenPanel>) {
    let panel = match options.open.as_deref() {
        Some("settings") => Some(Panel::Settings),
        Some("list") => Some(Panel::List),
        Some("review" | "handover") => Some(Panel::Kiosk(PanelKind::Interview)),
        Some("lesson") => Some(Panel::Lesson {
            name: "world-npc-receptionist".to_owned(),
            lesson: "appointment".to_owned(),
        }),
        Some(other) => PanelKind::ALL
            .into_iter()
            .find(|k| k.id() == other)
            .map(Panel::Kiosk),
        None => None,
    };
    if panel.is_some() {
        open.0 = panel;
    }
}
