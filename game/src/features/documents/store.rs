//! Where drafts live: a JSON file in the per-user config folder on the desktop (written to a
//! temporary file, then renamed), `localStorage` in the browser. Nothing leaves the device.
//! A draft that cannot be read never stops the game: it is kept aside as `….corrupt` and the
//! desk starts empty with a notice.

use crate::core::storage::LocalStore;
use lernwelt_documents::model::Drafts;

/// The result of loading: the drafts, and whether a corrupt draft was kept aside.
#[derive(Debug, Default, PartialEq)]
pub struct Loaded {
    pub drafts: Drafts,
    /// Set when the stored draft could not be read; says why (for the log).
    pub corrupt: Option<String>,
}

/// The place of the drafts: document `documents` of the [`LocalStore`].
#[derive(Clone, Debug, PartialEq)]
pub struct DraftStore(LocalStore);

impl DraftStore {
    /// `documents.json` next to the settings, or browser storage.
    pub fn default_location() -> Self {
        Self(LocalStore::default_for("documents"))
    }

    /// A store at an explicit file.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn at(path: impl Into<std::path::PathBuf>) -> Self {
        Self(LocalStore::at(path))
    }

    /// A store that keeps nothing (tests, screenshots).
    pub fn none() -> Self {
        Self(LocalStore::none())
    }

    /// Whether drafts are kept at all.
    pub fn keeps(&self) -> bool {
        self.0 != LocalStore::none()
    }

    /// Loads the drafts; never fails. A corrupt draft is kept aside.
    pub fn load(&self) -> Loaded {
        let (drafts, corrupt) = self.0.load::<Drafts>();
        Loaded { drafts, corrupt }
    }

    /// Saves the drafts (empty drafts leave no file behind).
    pub fn save(&self, drafts: &Drafts) -> Result<(), String> {
        self.0.keep(drafts)
    }

    /// Deletes the drafts from the device.
    pub fn remove(&self) -> Result<(), String> {
        self.0.remove()
    }

    /// `documents` beside another document of the person (the settings).
    pub fn beside(store: &LocalStore) -> Self {
        Self(store.sibling("documents"))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    #![allow(clippy::expect_used, clippy::unwrap_used)]
    use super::*;
    use lernwelt_documents::model::example;

    #[test]
    fn drafts_round_trip_through_the_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("sub").join("documents.json");
        let store = DraftStore::at(&path);
        assert_eq!(store.load(), Loaded::default(), "nothing stored yet");
        let drafts = example();
        store.save(&drafts).expect("saved");
        assert!(!path.with_extension("json.tmp").exists());
        let loaded = store.load();
        assert_eq!(loaded.corrupt, None);
        assert_eq!(loaded.drafts, drafts);
        assert_eq!(loaded.drafts.cv.personal.name, "Ayşe Yılmaz");
    }

    #[test]
    fn a_corrupt_draft_is_kept_aside_and_the_desk_starts_empty() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("documents.json");
        std::fs::write(&path, "{ \"cv\": { \"personal\": 7 ").expect("written");
        let store = DraftStore::at(&path);
        let loaded = store.load();
        assert!(loaded.corrupt.is_some());
        assert_eq!(loaded.drafts, Drafts::default());
        assert!(!path.exists());
        let aside = std::fs::read_to_string(path.with_extension("json.corrupt")).expect("kept");
        assert!(aside.contains("personal"));
        // Saving afterwards works and the next load is clean.
        store.save(&example()).expect("saved");
        assert_eq!(store.load().corrupt, None);
        // Bytes that are not UTF-8 count as corrupt too.
        std::fs::write(&path, [0xff, 0xfe, 0x00]).expect("written");
        assert!(store.load().corrupt.is_some());
    }

    #[test]
    fn older_drafts_with_missing_fields_still_load() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("documents.json");
        std::fs::write(&path, r#"{"cv":{"personal":{"name":"Fatmë"}}}"#).expect("written");
        let loaded = DraftStore::at(&path).load();
        assert_eq!(loaded.corrupt, None);
        assert_eq!(loaded.drafts.cv.personal.name, "Fatmë");
    }
}
