//! What stays on the device: one JSON document per name (settings, progress, drafts) in the
//! config folder on the desktop, under a `localStorage` key in the browser. Writes are atomic;
//! a document that cannot be read gives defaults and is kept aside as `<name>.corrupt`.

use serde::Serialize;
use serde::de::DeserializeOwned;

/// Where one document lives.
#[derive(Clone, Debug, PartialEq)]
pub struct LocalStore {
    #[cfg(not(target_arch = "wasm32"))]
    path: Option<std::path::PathBuf>,
    #[cfg(target_arch = "wasm32")]
    key: Option<String>,
}

impl LocalStore {
    /// The default place of document `name`: `$XDG_CONFIG_HOME/lernwelt/<name>.json` (or
    /// `~/.config/…`, `%APPDATA%\…`) on the desktop, `lernwelt.<name>` in the browser.
    pub fn default_for(name: &str) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        {
            let base = std::env::var_os("XDG_CONFIG_HOME")
                .map(std::path::PathBuf::from)
                .or_else(|| {
                    std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".config"))
                })
                .or_else(|| std::env::var_os("APPDATA").map(std::path::PathBuf::from));
            Self {
                path: base.map(|b| b.join("lernwelt").join(format!("{name}.json"))),
            }
        }
        #[cfg(target_arch = "wasm32")]
        Self {
            key: Some(format!("lernwelt.{name}")),
        }
    }

    /// A store that keeps nothing (tests, screenshots, benchmarks).
    pub fn none() -> Self {
        Self {
            #[cfg(not(target_arch = "wasm32"))]
            path: None,
            #[cfg(target_arch = "wasm32")]
            key: None,
        }
    }

    /// A store at an explicit file.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn at(path: impl Into<std::path::PathBuf>) -> Self {
        Self {
            path: Some(path.into()),
        }
    }

    /// The file, if this store has one.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn path(&self) -> Option<&std::path::Path> {
        self.path.as_deref()
    }

    /// Document `name` beside this one (same folder, or same key prefix); none stays none.
    pub fn sibling(&self, name: &str) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        {
            Self {
                path: self
                    .path
                    .as_ref()
                    .map(|p| p.with_file_name(format!("{name}.json"))),
            }
        }
        #[cfg(target_arch = "wasm32")]
        Self {
            key: self.key.as_ref().map(|_| format!("lernwelt.{name}")),
        }
    }

    /// Loads the document, or the default when there is none. Never fails: text that does
    /// not parse is kept aside, and the warning says why.
    pub fn load<T: DeserializeOwned + Default>(&self) -> (T, Option<String>) {
        let Some(text) = self.read() else {
            return (T::default(), None);
        };
        match serde_json::from_str::<T>(&text) {
            Ok(value) => (value, None),
            Err(err) => {
                self.keep_corrupt_aside();
                (
                    T::default(),
                    Some(format!("{} could not be read ({err})", self.describe())),
                )
            }
        }
    }

    /// Saves the document.
    pub fn save<T: Serialize>(&self, value: &T) -> Result<(), String> {
        let text = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
        self.write(&text)
    }

    /// Where the document is, for messages.
    pub fn describe(&self) -> String {
        #[cfg(not(target_arch = "wasm32"))]
        return self
            .path
            .as_ref()
            .map_or_else(|| "(not kept)".to_owned(), |p| p.display().to_string());
        #[cfg(target_arch = "wasm32")]
        return self.key.clone().unwrap_or_else(|| "(not kept)".to_owned());
    }

    /// The stored text, if any.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn read(&self) -> Option<String> {
        let path = self.path.as_ref()?;
        match std::fs::read_to_string(path) {
            Ok(text) => Some(text),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => None,
            // Not UTF-8 or unreadable: treat like corrupt content.
            Err(err) => Some(format!("<unreadable: {err}>")),
        }
    }

    /// Stores text.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn write(&self, text: &str) -> Result<(), String> {
        let Some(path) = self.path.as_ref() else {
            return Ok(());
        };
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        }
        // Write then rename, so a crash mid-write never leaves half a file.
        let tmp = path.with_extension("json.tmp");
        std::fs::write(&tmp, text).map_err(|e| e.to_string())?;
        std::fs::rename(&tmp, path).map_err(|e| e.to_string())
    }

    /// Moves unreadable content to `<name>.json.corrupt`, so nothing the person had is lost.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn keep_corrupt_aside(&self) {
        if let Some(path) = &self.path {
            let _ = std::fs::rename(path, path.with_extension("json.corrupt"));
        }
    }

    #[cfg(target_arch = "wasm32")]
    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok().flatten()
    }

    /// The stored text, if any.
    #[cfg(target_arch = "wasm32")]
    pub fn read(&self) -> Option<String> {
        Self::storage()?.get_item(self.key.as_ref()?).ok().flatten()
    }

    /// Stores text.
    #[cfg(target_arch = "wasm32")]
    pub fn write(&self, text: &str) -> Result<(), String> {
        let Some(key) = &self.key else {
            return Ok(());
        };
        let storage = Self::storage().ok_or("no browser storage")?;
        storage
            .set_item(key, text)
            .map_err(|_| "browser storage refused the write (full?)".to_owned())
    }

    /// Copies unreadable content to `<key>.corrupt`.
    #[cfg(target_arch = "wasm32")]
    pub fn keep_corrupt_aside(&self) {
        if let (Some(storage), Some(key)) = (Self::storage(), &self.key)
            && let Ok(Some(old)) = storage.get_item(key)
        {
            let _ = storage.set_item(&format!("{key}.corrupt"), &old);
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq)]
    struct Doc {
        n: u32,
    }

    #[test]
    fn round_trip_and_corrupt_text_is_kept_aside() {
        let dir = std::env::temp_dir().join(format!("lernwelt-store-{}", std::process::id()));
        let store = LocalStore::at(dir.join("a.json"));
        assert_eq!(store.load::<Doc>(), (Doc::default(), None));
        store.save(&Doc { n: 7 }).unwrap();
        assert_eq!(store.load::<Doc>().0, Doc { n: 7 });
        let sibling = store.sibling("b");
        assert_eq!(sibling.path(), Some(dir.join("b.json").as_path()));
        std::fs::write(dir.join("b.json"), "{ broken").unwrap();
        let (doc, warning) = sibling.load::<Doc>();
        assert_eq!(doc, Doc::default());
        assert!(warning.is_some());
        assert!(dir.join("b.json.corrupt").exists());
        assert!(!dir.join("b.json").exists());
        assert_eq!(LocalStore::none().sibling("x"), LocalStore::none());
        let _ = std::fs::remove_dir_all(dir);
    }
}
