//! What a person comes for, one folder each with its model, its systems and its interface
//! (`ui.rs`): the interview practice and lessons, the documents desk, the hand-over of a
//! letter or review to a counsellor, counselling and the forum at their kiosks, the
//! counsellors' desk, the anonymous account, the others in the place (presence), the menu
//! (settings and list mode), an NPC's words, the HUD and the start screens. A feature may use another feature below it in this list's
//! dependency order, never one that uses it.

pub mod account;
pub mod counselling;
pub mod desk;
pub mod documents;
pub mod forum;
pub mod handover;
pub mod hud;
pub mod interview;
pub mod menu;
pub mod presence;
pub mod start;
pub mod talk;

use bevy::prelude::*;

use crate::core::settings::SettingsStore;

/// The features' models and systems; they run without a window (headless tests add this).
pub struct FeaturesPlugin {
    /// Where the person's settings live: the documents are kept beside them, so
    /// `--settings FILE` keeps every file of the person together (and "delete my data" finds
    /// them all).
    pub store: SettingsStore,
    /// Start the documents desk with the filled example (screenshots and benchmarks).
    pub example_documents: bool,
}

impl Plugin for FeaturesPlugin {
    fn build(&self, app: &mut App) {
        app.add_plugins((
            account::AccountPlugin,
            counselling::outbox::OutboxPlugin,
            counselling::CounsellingPlugin,
            forum::ForumPlugin,
            desk::DeskPlugin,
            presence::PresencePlugin,
            interview::scripts::ScriptsPlugin,
            interview::InterviewPlugin,
            documents::DocumentsPlugin {
                store: documents::store::DraftStore::beside(&self.store.0),
                example: self.example_documents,
            },
        ));
    }
}

/// The features' interfaces, drawn in egui's pass.
pub struct FeaturesUiPlugin;

impl Plugin for FeaturesUiPlugin {
    fn build(&self, app: &mut App) {
        app.add_plugins((
            start::StartPlugin,
            hud::HudPlugin,
            menu::MenuPlugin,
            talk::TalkPlugin,
            interview::ui::InterviewUiPlugin,
            documents::ui::DocumentsUiPlugin,
            counselling::ui::CounsellingUiPlugin,
            forum::ui::ForumUiPlugin,
            desk::ui::DeskUiPlugin,
            presence::ui::PresenceUiPlugin,
        ));
    }
}
