//! What stays on the device: one JSON document per name (settings, progress, drafts) in the
//! config folder on the desktop, under a `localStorage` key in the browser. Writes are atomic
//! and private to the person's user account (files 0600 in a 0700 folder); a document that
//! cannot be read gives defaults and is kept aside as `<name>.corrupt`. A document can also
//! live only as long as the browser tab (`sessionStorage`; in memory only on the desktop), for
//! what must not outlive the visit on a shared device.

use bevy::ecs::component::Mutable;
use bevy::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// "Delete my data on this device": every feature that keeps a document deletes it and
/// forgets what it holds (the account also logs out on the server).
#[derive(Event, Clone, Copy, Debug, PartialEq, Eq)]
pub struct ForgetDevice;

/// Where the document of resource `T` lives (see [`keep_on_device`]).
#[derive(Resource)]
pub struct KeptAt<T> {
    pub store: LocalStore,
    kind: std::marker::PhantomData<fn() -> T>,
}

/// Keeps the resource `T` in the document `name` beside the settings: loaded when the app is
/// built, saved at the end of every frame it changed in (the file deleted when it holds
/// nothing), and emptied and deleted on [`ForgetDevice`].
pub fn keep_on_device<T>(app: &mut App, name: &str)
where
    T: Resource
        + Component<Mutability = Mutable>
        + Serialize
        + DeserializeOwned
        + Default
        + PartialEq,
{
    let store = app
        .world()
        .get_resource::<crate::core::settings::SettingsStore>()
        .map_or_else(LocalStore::none, |s| s.0.sibling(name));
    let (value, warning) = store.load::<T>();
    if let Some(warning) = warning {
        warn!("{warning}; starting empty");
    }
    app.insert_resource(value)
        .insert_resource(KeptAt::<T> {
            store,
            kind: std::marker::PhantomData,
        })
        .add_systems(Last, save_kept::<T>)
        .add_observer(forget_kept::<T>);
}

fn save_kept<T>(value: Res<T>, at: Res<KeptAt<T>>)
where
    T: Resource + Serialize + Default + PartialEq,
{
    if value.is_changed()
        && !value.is_added()
        && let Err(err) = at.store.keep(&*value)
    {
        warn!("{} could not be saved: {err}", at.store.describe());
    }
}

fn forget_kept<T>(_: On<ForgetDevice>, mut value: ResMut<T>, at: Res<KeptAt<T>>)
where
    T: Resource + Component<Mutability = Mutable> + Default,
{
    *value = T::default();
    if let Err(err) = at.store.remove() {
        warn!("{} could not be deleted: {err}", at.store.describe());
    }
}

/// Where one document lives.
#[derive(Clone, Debug, PartialEq)]
pub struct LocalStore {
    #[cfg(not(target_arch = "wasm32"))]
    path: Option<std::path::PathBuf>,
    #[cfg(target_arch = "wasm32")]
    key: Option<String>,
    /// Kept in `sessionStorage` (gone when the tab closes) instead of `localStorage`.
    #[cfg(target_arch = "wasm32")]
    tab: bool,
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
            tab: false,
        }
    }

    /// A store that keeps nothing (tests, screenshots, benchmarks).
    pub fn none() -> Self {
        Self {
            #[cfg(not(target_arch = "wasm32"))]
            path: None,
            #[cfg(target_arch = "wasm32")]
            key: None,
            #[cfg(target_arch = "wasm32")]
            tab: false,
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
            tab: self.tab,
        }
    }

    /// The same document kept only for this visit: the browser tab's `sessionStorage`, or
    /// nowhere on the desktop (the running game holds it in memory).
    pub fn for_this_visit(&self) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        return Self::none();
        #[cfg(target_arch = "wasm32")]
        Self {
            key: self.key.clone(),
            tab: true,
        }
    }

    /// The documents named `names` beside this one (the person's files in one folder).
    pub fn siblings<'a>(&'a self, names: &'a [&str]) -> impl Iterator<Item = LocalStore> + 'a {
        names.iter().map(|name| self.sibling(name))
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

    /// Saves the document, or deletes it when `value` is the empty default: nothing stays on
    /// the device that holds nothing.
    pub fn keep<T: Serialize + Default + PartialEq>(&self, value: &T) -> Result<(), String> {
        if *value == T::default() {
            self.remove()
        } else {
            self.save(value)
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
            private_dir(dir).map_err(|e| e.to_string())?;
        }
        // Write then rename, so a crash mid-write never leaves half a file.
        let tmp = path.with_extension("json.tmp");
        private_file(&tmp, text).map_err(|e| e.to_string())?;
        std::fs::rename(&tmp, path).map_err(|e| e.to_string())
    }

    /// Deletes the document and what was kept aside of it; a document that is not there is
    /// fine.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn remove(&self) -> Result<(), String> {
        let Some(path) = &self.path else {
            return Ok(());
        };
        for file in [
            path.clone(),
            path.with_extension("json.tmp"),
            path.with_extension("json.corrupt"),
        ] {
            match std::fs::remove_file(&file) {
                Ok(()) => {}
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
                Err(err) => return Err(format!("{}: {err}", file.display())),
            }
        }
        Ok(())
    }

    /// Moves unreadable content to `<name>.json.corrupt`, so nothing the person had is lost.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn keep_corrupt_aside(&self) {
        if let Some(path) = &self.path {
            let _ = std::fs::rename(path, path.with_extension("json.corrupt"));
        }
    }

    #[cfg(target_arch = "wasm32")]
    fn storage(&self) -> Option<web_sys::Storage> {
        let window = web_sys::window()?;
        if self.tab {
            window.session_storage().ok().flatten()
        } else {
            window.local_storage().ok().flatten()
        }
    }

    /// The stored text, if any.
    #[cfg(target_arch = "wasm32")]
    pub fn read(&self) -> Option<String> {
        self.storage()?.get_item(self.key.as_ref()?).ok().flatten()
    }

    /// Deletes the document and what was kept aside of it.
    #[cfg(target_arch = "wasm32")]
    pub fn remove(&self) -> Result<(), String> {
        let (Some(storage), Some(key)) = (self.storage(), &self.key) else {
            return Ok(());
        };
        for key in [key.clone(), format!("{key}.corrupt")] {
            storage
                .remove_item(&key)
                .map_err(|_| "browser storage refused to delete".to_owned())?;
        }
        Ok(())
    }

    /// Stores text.
    #[cfg(target_arch = "wasm32")]
    pub fn write(&self, text: &str) -> Result<(), String> {
        let Some(key) = &self.key else {
            return Ok(());
        };
        let storage = self.storage().ok_or("no browser storage")?;
        storage
            .set_item(key, text)
            .map_err(|_| "browser storage refused the write (full?)".to_owned())
    }

    /// Copies unreadable content to `<key>.corrupt`.
    #[cfg(target_arch = "wasm32")]
    pub fn keep_corrupt_aside(&self) {
        if let (Some(storage), Some(key)) = (self.storage(), &self.key)
            && let Ok(Some(old)) = storage.get_item(key)
        {
            let _ = storage.set_item(&format!("{key}.corrupt"), &old);
        }
    }
}

/// Creates `dir` (and its parents) readable by the owner only, where the system has modes.
#[cfg(not(target_arch = "wasm32"))]
fn private_dir(dir: &std::path::Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Writes `text` to a new file readable and writable by the owner only.
#[cfg(not(target_arch = "wasm32"))]
fn private_file(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    // A file left from an older version may have been created with a wider mode.
    #[cfg(unix)]
    file.set_permissions(std::os::unix::fs::PermissionsExt::from_mode(0o600))?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
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

    #[cfg(unix)]
    #[test]
    fn documents_are_private_to_the_user() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let store = LocalStore::at(dir.path().join("lernwelt").join("account.json"));
        store.save(&Doc { n: 1 }).unwrap();
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&dir.path().join("lernwelt/account.json")), 0o600);
        assert_eq!(mode(&dir.path().join("lernwelt")), 0o700);
        // A file an older version left readable by others is closed on the next save.
        let old = dir.path().join("lernwelt/account.json");
        std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o644)).unwrap();
        store.save(&Doc { n: 2 }).unwrap();
        assert_eq!(mode(&old), 0o600);
    }

    #[test]
    fn remove_deletes_the_document_and_what_was_kept_aside() {
        let dir = tempfile::tempdir().unwrap();
        let store = LocalStore::at(dir.path().join("outbox.json"));
        store.save(&Doc { n: 3 }).unwrap();
        std::fs::write(dir.path().join("outbox.json.corrupt"), "old").unwrap();
        store.remove().unwrap();
        assert!(std::fs::read_dir(dir.path()).unwrap().next().is_none());
        // Nothing there is fine too.
        store.remove().unwrap();
        assert_eq!(store.load::<Doc>().0, Doc::default());
        assert_eq!(store.for_this_visit(), LocalStore::none());
    }
}
