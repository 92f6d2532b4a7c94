//! Where drafts live: a JSON file in the per-user config folder on the desktop (written to a
//! temporary file, then renamed), `localStorage` in the browser. Nothing leaves the device.
//! A draft that cannot be read never stops the game: it is kept aside as `….corrupt` and the
//! desk starts empty with a notice.

use super::model::Drafts;

/// The result of loading: the drafts, and whether a corrupt draft was kept aside.
#[derive(Debug, Default, PartialEq)]
pub struct Loaded {
    pub drafts: Drafts,
    /// Set when the stored draft could not be read; says why (for the log).
    pub corrupt: Option<String>,
}

/// Reads drafts from their stored text.
pub fn from_stored(text: Option<&str>) -> Loaded {
    match text {
        None => Loaded::default(),
        Some(text) => match serde_json::from_str::<Drafts>(text) {
            Ok(drafts) => Loaded {
                drafts,
                corrupt: None,
            },
            Err(err) => Loaded {
                drafts: Drafts::default(),
                corrupt: Some(format!("documents draft could not be read ({err})")),
            },
        },
    }
}

/// The place of the drafts.
#[derive(Clone, Debug, Default)]
pub struct DraftStore {
    #[cfg(not(target_arch = "wasm32"))]
    path: Option<std::path::PathBuf>,
    /// Browser storage is used only when set (automated runs keep nothing).
    #[cfg(target_arch = "wasm32")]
    enabled: bool,
}

impl DraftStore {
    /// `$XDG_CONFIG_HOME/lernwelt/documents.json` (or `~/.config/…`), next to the settings.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn default_location() -> Self {
        let base = std::env::var_os("XDG_CONFIG_HOME")
            .map(std::path::PathBuf::from)
            .or_else(|| {
                std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".config"))
            })
            .or_else(|| std::env::var_os("APPDATA").map(std::path::PathBuf::from));
        Self {
            path: base.map(|b| b.join("lernwelt").join("documents.json")),
        }
    }

    /// Browser storage.
    #[cfg(target_arch = "wasm32")]
    pub fn default_location() -> Self {
        Self { enabled: true }
    }

    /// A store at an explicit file.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn at(path: impl Into<std::path::PathBuf>) -> Self {
        Self {
            path: Some(path.into()),
        }
    }

    /// A store that keeps nothing (tests, screenshots).
    pub fn none() -> Self {
        Self::default()
    }

    /// Whether drafts are kept at all.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn keeps(&self) -> bool {
        self.path.is_some()
    }

    /// Whether drafts are kept at all.
    #[cfg(target_arch = "wasm32")]
    pub fn keeps(&self) -> bool {
        self.enabled
    }

    /// Loads the drafts; never fails. A corrupt draft is kept aside.
    pub fn load(&self) -> Loaded {
        let loaded = from_stored(self.read().as_deref());
        if loaded.corrupt.is_some() {
            self.keep_corrupt_aside();
        }
        loaded
    }

    /// Saves the drafts.
    pub fn save(&self, drafts: &Drafts) -> Result<(), String> {
        let text = serde_json::to_string_pretty(drafts).map_err(|e| e.to_string())?;
        self.write(&text)
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn read(&self) -> Option<String> {
        let path = self.path.as_ref()?;
        match std::fs::read_to_string(path) {
            Ok(text) => Some(text),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => None,
            // Not UTF-8 or unreadable: treat like corrupt content.
            Err(err) => Some(format!("<unreadable: {err}>")),
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn write(&self, text: &str) -> Result<(), String> {
        let Some(path) = self.path.as_ref() else {
            return Ok(());
        };
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        }
        // Write then rename, so a crash mid-write never leaves half a draft.
        let tmp = path.with_extension("json.tmp");
        std::fs::write(&tmp, text).map_err(|e| e.to_string())?;
        std::fs::rename(&tmp, path).map_err(|e| e.to_string())
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn keep_corrupt_aside(&self) {
        if let Some(path) = &self.path {
            let _ = std::fs::rename(path, path.with_extension("json.corrupt"));
        }
    }

    #[cfg(target_arch = "wasm32")]
    fn storage(&self) -> Option<web_sys::Storage> {
        if !self.enabled {
            return None;
        }
        web_sys::window()?.local_storage().ok().flatten()
    }

    #[cfg(target_arch = "wasm32")]
    fn read(&self) -> Option<String> {
        self.storage()?.get_item(STORAGE_KEY).ok().flatten()
    }

    #[cfg(target_arch = "wasm32")]
    fn write(&self, text: &str) -> Result<(), String> {
        let Some(storage) = self.storage() else {
            return Ok(());
        };
        storage
            .set_item(STORAGE_KEY, text)
            .map_err(|_| "browser storage refused the write".to_owned())
    }

    #[cfg(target_arch = "wasm32")]
    fn keep_corrupt_aside(&self) {
        if let Some(storage) = self.storage()
            && let Ok(Some(old)) = storage.get_item(STORAGE_KEY)
        {
            let _ = storage.set_item(&format!("{STORAGE_KEY}.corrupt"), &old);
            let _ = storage.remove_item(STORAGE_KEY);
        }
    }
}

#[cfg(target_arch = "wasm32")]
const STORAGE_KEY: &str = "lernwelt.documents";

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    #![allow(clippy::expect_used, clippy::unwrap_used)]
    use super::*;
    use crate::documents::model::example;

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
        let loaded = from_stored(Some(r#"{"cv":{"personal":{"name":"Fatmë"}}}"#));
        assert_eq!(loaded.corrupt, None);
        assert_eq!(loaded.drafts.cv.personal.name, "Fatmë");
    }
}
