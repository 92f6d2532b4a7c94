//! Player settings (language, volume, graphics quality, text size), remembered on the device:
//! a JSON file on the desktop, `localStorage` in the browser.

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use crate::i18n::Language;

/// How much the renderer may spend per frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Quality {
    /// No shadows, no anti-aliasing: for old phones.
    Low,
    /// Shadows from the main light, light anti-aliasing.
    #[default]
    Medium,
    /// Shadows and 4× anti-aliasing.
    High,
}

impl Quality {
    /// All levels, lowest first.
    pub const ALL: [Quality; 3] = [Quality::Low, Quality::Medium, Quality::High];

    /// The locale key of this level's name.
    pub fn label_key(self) -> &'static str {
        match self {
            Quality::Low => "ui-settings-quality-low",
            Quality::Medium => "ui-settings-quality-medium",
            Quality::High => "ui-settings-quality-high",
        }
    }
}

/// Smallest and largest text scale offered.
pub const TEXT_SCALE_RANGE: (f32, f32) = (0.8, 1.8);

/// Everything a person can set; saved whenever it changes.
#[derive(Resource, Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    pub language: Language,
    /// Whether the person has picked a language yet (the start screen asks once).
    pub language_chosen: bool,
    /// 0.0 (silent) to 1.0.
    pub volume: f32,
    pub quality: Quality,
    /// Multiplier for all text, 0.8 to 1.8.
    pub text_scale: f32,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            language: Language::De,
            language_chosen: false,
            volume: 0.7,
            quality: Quality::Medium,
            text_scale: 1.0,
        }
    }
}

impl Settings {
    /// Clamps values into their ranges (a hand-edited file may hold anything).
    pub fn sanitized(mut self) -> Self {
        self.volume = if self.volume.is_finite() {
            self.volume.clamp(0.0, 1.0)
        } else {
            Settings::default().volume
        };
        self.text_scale = if self.text_scale.is_finite() {
            self.text_scale
                .clamp(TEXT_SCALE_RANGE.0, TEXT_SCALE_RANGE.1)
        } else {
            1.0
        };
        self
    }

    /// Reads settings from their stored text; corrupt or foreign text gives the defaults and
    /// a warning that says why.
    pub fn from_stored(text: Option<&str>) -> (Self, Option<String>) {
        match text {
            None => (Self::default(), None),
            Some(text) => match serde_json::from_str::<Settings>(text) {
                Ok(settings) => (settings.sanitized(), None),
                Err(err) => (
                    Self::default(),
                    Some(format!(
                        "settings could not be read ({err}); using defaults"
                    )),
                ),
            },
        }
    }

    /// The stored form.
    pub fn to_stored(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// Where settings live: a file path on the desktop, a `localStorage` key in the browser.
#[derive(Resource, Clone, Debug)]
pub struct SettingsStore {
    #[cfg(not(target_arch = "wasm32"))]
    pub path: Option<std::path::PathBuf>,
}

impl SettingsStore {
    /// The default place: `$XDG_CONFIG_HOME/lernwelt/settings.json` or `~/.config/...`.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn default_location() -> Self {
        let base = std::env::var_os("XDG_CONFIG_HOME")
            .map(std::path::PathBuf::from)
            .or_else(|| {
                std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".config"))
            })
            .or_else(|| std::env::var_os("APPDATA").map(std::path::PathBuf::from));
        Self {
            path: base.map(|b| b.join("lernwelt").join("settings.json")),
        }
    }

    /// Browser storage.
    #[cfg(target_arch = "wasm32")]
    pub fn default_location() -> Self {
        Self {}
    }

    /// A store that keeps nothing (tests, screenshots).
    pub fn none() -> Self {
        Self {
            #[cfg(not(target_arch = "wasm32"))]
            path: None,
        }
    }

    /// A store at an explicit file.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn at(path: impl Into<std::path::PathBuf>) -> Self {
        Self {
            path: Some(path.into()),
        }
    }

    /// Loads the settings; never fails (problems are logged and defaults used). A corrupt
    /// file is kept aside as `settings.json.corrupt` so nothing the person had is lost.
    pub fn load(&self) -> Settings {
        let (settings, warning) = Settings::from_stored(self.read().as_deref());
        if let Some(warning) = warning {
            warn!("{warning}");
            self.keep_corrupt_aside();
        }
        settings
    }

    /// Saves the settings; a failure is logged, never fatal.
    pub fn save(&self, settings: &Settings) {
        if let Err(err) = self.write(&settings.to_stored()) {
            warn!("settings could not be saved: {err}");
        }
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
        // Write then rename, so a crash mid-write never leaves half a file.
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
    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok().flatten()
    }

    #[cfg(target_arch = "wasm32")]
    fn read(&self) -> Option<String> {
        Self::storage()?.get_item(STORAGE_KEY).ok().flatten()
    }

    #[cfg(target_arch = "wasm32")]
    fn write(&self, text: &str) -> Result<(), String> {
        let storage = Self::storage().ok_or("no browser storage")?;
        storage
            .set_item(STORAGE_KEY, text)
            .map_err(|_| "browser storage refused the write".to_owned())
    }

    #[cfg(target_arch = "wasm32")]
    fn keep_corrupt_aside(&self) {
        if let Some(storage) = Self::storage()
            && let Ok(Some(old)) = storage.get_item(STORAGE_KEY)
        {
            let _ = storage.set_item(&format!("{STORAGE_KEY}.corrupt"), &old);
        }
    }
}

#[cfg(target_arch = "wasm32")]
const STORAGE_KEY: &str = "lernwelt.settings";

/// Loads settings at start and saves them whenever they change.
pub struct SettingsPlugin {
    /// Where settings are kept; tests pass a temporary file or none.
    pub store: SettingsStore,
}

impl Plugin for SettingsPlugin {
    fn build(&self, app: &mut App) {
        let settings = self.store.load();
        app.insert_resource(settings)
            .insert_resource(self.store.clone())
            .add_systems(Last, save_changed_settings);
    }
}

fn save_changed_settings(settings: Res<Settings>, store: Res<SettingsStore>) {
    if settings.is_changed() && !settings.is_added() {
        store.save(&settings);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corrupt_text_gives_defaults_with_a_warning() {
        let (s, warning) = Settings::from_stored(Some("{ not json"));
        assert_eq!(s, Settings::default());
        assert!(warning.is_some());
        let (s, warning) = Settings::from_stored(Some(r#"{"language":"xx"}"#));
        assert_eq!(s, Settings::default());
        assert!(warning.is_some());
    }

    #[test]
    fn out_of_range_values_are_clamped() {
        let (s, warning) = Settings::from_stored(Some(r#"{"volume": 7.5, "text_scale": 0.1}"#));
        assert!(warning.is_none());
        assert_eq!(s.volume, 1.0);
        assert_eq!(s.text_scale, TEXT_SCALE_RANGE.0);
    }
}
