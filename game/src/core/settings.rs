//! Player settings (language, volume, graphics quality, text size), remembered on the device:
//! a JSON file on the desktop, `localStorage` in the browser.

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use crate::core::storage::LocalStore;
use lernwelt_protocol::Language;

/// How much the renderer may spend per frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Quality {
    /// No shadows, no anti-aliasing: for old phones.
    Low,
    /// Shadows from the main light (hard-edged filtering), no anti-aliasing.
    #[default]
    Medium,
    /// Soft shadows and 4× anti-aliasing.
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
    /// When the others' name tags show.
    pub name_tags: NameTags,
}

/// When the name tags over the others' avatars show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum NameTags {
    /// Over everyone in view.
    Always,
    /// Over those within a few metres.
    #[default]
    Near,
    /// Never (chat bubbles still show).
    Never,
}

impl NameTags {
    /// All choices, in menu order.
    pub const ALL: [NameTags; 3] = [NameTags::Always, NameTags::Near, NameTags::Never];

    /// The locale key of the choice.
    pub fn key(self) -> &'static str {
        match self {
            NameTags::Always => "presence-name-tags-always",
            NameTags::Near => "presence-name-tags-near",
            NameTags::Never => "presence-name-tags-never",
        }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            language: Language::De,
            language_chosen: false,
            volume: 0.7,
            quality: Quality::Medium,
            text_scale: 1.0,
            name_tags: NameTags::default(),
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
}

/// Where settings live (see [`LocalStore`]); other documents of the person live beside them.
#[derive(Resource, Clone, Debug)]
pub struct SettingsStore(pub LocalStore);

impl SettingsStore {
    /// The default place: `settings.json` in the config folder, or browser storage.
    pub fn default_location() -> Self {
        Self(LocalStore::default_for("settings"))
    }

    /// A store that keeps nothing (tests, screenshots).
    pub fn none() -> Self {
        Self(LocalStore::none())
    }

    /// A store at an explicit file.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn at(path: impl Into<std::path::PathBuf>) -> Self {
        Self(LocalStore::at(path))
    }

    /// Loads the settings; never fails (problems are logged and defaults used). A corrupt
    /// file is kept aside as `settings.json.corrupt` so nothing the person had is lost.
    pub fn load(&self) -> Settings {
        let (settings, warning) = self.0.load::<Settings>();
        if let Some(warning) = warning {
            warn!("{warning}; using default settings");
        }
        settings.sanitized()
    }

    /// Saves the settings; a failure is logged, never fatal.
    pub fn save(&self, settings: &Settings) {
        if let Err(err) = self.0.save(settings) {
            warn!("settings could not be saved: {err}");
        }
    }
}

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
            .add_systems(Last, save_changed_settings)
            .add_observer(forget_settings);
    }
}

/// "Delete my data on this device": the settings file goes; this visit keeps its language
/// and text size until the game closes (a change saves them again).
fn forget_settings(_: On<crate::core::storage::ForgetDevice>, store: Res<SettingsStore>) {
    if let Err(err) = store.0.remove() {
        warn!("settings could not be deleted: {err}");
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
    fn corrupt_text_gives_defaults_and_is_kept_aside() {
        let base = std::env::temp_dir().join(format!("lernwelt-settings-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        // Each case in a folder of its own: a copy kept aside by one case must not pass for
        // the next.
        for (i, text) in ["{ not json", r#"{"language":"xx"}"#, r#"{"volume":"loud"}"#]
            .into_iter()
            .enumerate()
        {
            let dir = base.join(i.to_string());
            let path = dir.join("settings.json");
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, text).unwrap();
            assert_eq!(
                SettingsStore::at(&path).load(),
                Settings::default(),
                "{text}"
            );
            let kept = std::fs::read_to_string(dir.join("settings.json.corrupt"));
            assert_eq!(kept.ok().as_deref(), Some(text), "kept aside");
            assert!(!path.exists(), "{text}: the corrupt file is still in place");
        }
        let _ = std::fs::remove_dir_all(base);
    }

    #[test]
    fn out_of_range_values_are_clamped() {
        let s: Settings = serde_json::from_str(r#"{"volume": 7.5, "text_scale": 0.1}"#).unwrap();
        let s = s.sanitized();
        assert_eq!(s.volume, 1.0);
        assert_eq!(s.text_scale, TEXT_SCALE_RANGE.0);
    }
}
