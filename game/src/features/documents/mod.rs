//! The documents desk: the CV and cover-letter drafts (their model, checks, PDF and review
//! text are the Bevy-free `lernwelt-documents` crate), where they are kept on the device
//! ([`store`], saved a moment after each change), the download ([`export`]) and the desk's
//! panel ([`ui`]).

pub mod export;
pub mod store;
pub mod ui;

use std::time::Duration;

use bevy::prelude::*;

use lernwelt_documents::model::{self, Drafts};
use store::DraftStore;

/// How long the drafts must stay unchanged before they are saved (typing saves once a pause
/// is made, not on every key).
pub const AUTOSAVE_DELAY: Duration = Duration::from_millis(1200);

/// The drafts on the desk. The desk's panel edits them; every change is saved soon after.
#[derive(Resource, Debug, Default, Clone, PartialEq)]
pub struct DocumentDrafts(pub Drafts);

/// What the desk should tell the person about storage.
#[derive(Resource, Debug, Default, Clone, PartialEq)]
pub struct DraftStatus {
    /// A stored draft could not be read and was kept aside.
    pub corrupt_kept_aside: bool,
    /// The last save failed (the reason is logged).
    pub save_failed: bool,
    /// Whether drafts are kept on this device at all (not in automated runs).
    pub kept: bool,
}

#[derive(Resource, Default)]
struct Autosave {
    changed_at: Option<Duration>,
}

#[derive(Resource, Clone)]
struct Store(DraftStore);

/// Loads the drafts at start and saves them a moment after they change.
pub struct DocumentsPlugin {
    /// Where drafts are kept; automated runs and tests pass [`DraftStore::none`].
    pub store: DraftStore,
    /// Start with the filled example instead of the stored drafts (screenshots).
    pub example: bool,
}

impl Plugin for DocumentsPlugin {
    fn build(&self, app: &mut App) {
        let loaded = if self.example {
            store::Loaded {
                drafts: model::example(),
                corrupt: None,
            }
        } else {
            self.store.load()
        };
        if let Some(why) = &loaded.corrupt {
            warn!("{why}; kept aside, starting with empty drafts");
        }
        app.insert_resource(DocumentDrafts(loaded.drafts))
            .insert_resource(DraftStatus {
                corrupt_kept_aside: loaded.corrupt.is_some(),
                save_failed: false,
                kept: self.store.keeps(),
            })
            .insert_resource(Store(self.store.clone()))
            .init_resource::<Autosave>()
            .add_systems(Last, autosave)
            .add_observer(forget);
    }
}

/// "Delete my data on this device": the drafts go, on the desk and on the device.
fn forget(
    _: On<crate::core::storage::ForgetDevice>,
    mut drafts: ResMut<DocumentDrafts>,
    mut pending: ResMut<Autosave>,
    store: Res<Store>,
) {
    *drafts = DocumentDrafts::default();
    pending.changed_at = None;
    if let Err(err) = store.0.remove() {
        warn!("documents draft could not be deleted: {err}");
    }
}

fn autosave(
    drafts: Res<DocumentDrafts>,
    store: Res<Store>,
    time: Res<Time<Real>>,
    mut pending: ResMut<Autosave>,
    mut status: ResMut<DraftStatus>,
) {
    let now = time.elapsed();
    if drafts.is_changed() && !drafts.is_added() {
        pending.changed_at = Some(now);
    }
    let Some(changed_at) = pending.changed_at else {
        return;
    };
    if now.saturating_sub(changed_at) < AUTOSAVE_DELAY {
        return;
    }
    pending.changed_at = None;
    match store.0.save(&drafts.0) {
        Ok(()) => status.save_failed = false,
        Err(err) => {
            warn!("documents draft could not be saved: {err}");
            status.save_failed = true;
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    #![allow(clippy::expect_used, clippy::unwrap_used)]
    use super::*;
    use bevy::time::TimeUpdateStrategy;

    #[test]
    fn changes_are_saved_after_a_pause_not_on_every_frame() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("documents.json");
        let mut app = App::new();
        app.add_plugins(MinimalPlugins)
            .insert_resource(TimeUpdateStrategy::ManualDuration(Duration::from_millis(
                100,
            )))
            .add_plugins(DocumentsPlugin {
                store: DraftStore::at(&path),
                example: false,
            });
        app.update();
        app.world_mut()
            .resource_mut::<DocumentDrafts>()
            .0
            .cv
            .personal
            .name = "Fatmë".into();
        app.update();
        app.update();
        assert!(!path.exists(), "saved too early");
        for _ in 0..15 {
            app.update();
        }
        let saved = std::fs::read_to_string(&path).expect("saved");
        assert!(saved.contains("Fatmë"));
    }
}
