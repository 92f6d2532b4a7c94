//! Languages and translated text: Fluent bundles for the six languages, English as fallback.

use std::collections::HashMap;
use std::fmt;

use bevy::prelude::*;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// One of the six languages Lernwelt speaks (shared with the server).
pub use lernwelt_protocol::Language;

/// The Fluent areas, one file per area in every `locales/<lang>/` folder: the interface, the
/// world, the panels, the documents desk, the interview screens, the server connection, then one file per dialogue
/// script (see `docs/dialogue.md`).
macro_rules! locale_files {
    (areas: [$($area:literal),*], languages: [$($lang:ident => $code:literal),*]) => {
        /// The Fluent areas.
        pub const AREAS: &[&str] = &[$($area),*];
        locale_files!(@files [$($area),*] [$($lang $code),*] []);
    };
    // One language at a time: a macro cannot nest the language and area repetitions directly.
    (@files [$($area:literal),*] [$lang:ident $code:literal $(, $rest_lang:ident $rest_code:literal)*] [$($done:tt)*]) => {
        locale_files!(@files [$($area),*] [$($rest_lang $rest_code),*] [$($done)* $(
            (Language::$lang, $area, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/", $code, "/", $area, ".ftl"))),
        )*]);
    };
    (@files [$($area:literal),*] [] [$($done:tt)*]) => {
        /// Every locale file, embedded at build time so the browser build needs no extra fetch.
        pub const LOCALE_FILES: &[(Language, &str, &str)] = &[$($done)*];
    };
}
locale_files!(
    areas: [
        "ui", "world", "panels", "documents", "interview", "net",
        "iv-retail", "iv-mechatronics", "iv-care", "iv-warehouse", "iv-kitchen",
        "ls-appointment", "ls-punctuality", "ls-contract", "ls-apprenticeship",
        "counselling", "forum", "desk", "presence"
    ],
    languages: [De => "de", En => "en", Ru => "ru", Tr => "tr", Ar => "ar", Sq => "sq"]
);

/// A problem found while reading a locale file.
#[derive(Debug, Clone, PartialEq)]
pub struct LocaleError {
    pub language: Language,
    pub area: String,
    pub message: String,
}

impl fmt::Display for LocaleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "locales/{}/{}.ftl: {}",
            self.language, self.area, self.message
        )
    }
}

/// Parses one Fluent file, returning the resource and the ids of its messages.
pub fn parse_file(
    language: Language,
    area: &str,
    source: &str,
) -> Result<(FluentResource, Vec<String>), LocaleError> {
    let resource =
        FluentResource::try_new(source.to_owned()).map_err(|(_, errors)| LocaleError {
            language,
            area: area.to_owned(),
            message: format!(
                "{} parse error(s), first: {:?}",
                errors.len(),
                errors.first()
            ),
        })?;
    let ids = resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect();
    Ok((resource, ids))
}

/// All translations, ready to format.
#[derive(Resource)]
pub struct Locales {
    bundles: HashMap<Language, FluentBundle<FluentResource>>,
}

impl Locales {
    /// An empty set that grows with [`Locales::add_file`]; formatting falls back to the key.
    pub fn empty() -> Self {
        Self {
            bundles: HashMap::new(),
        }
    }

    /// Parses every embedded locale file. Errors name the file; a broken file is a build bug.
    pub fn load_all() -> Result<Self, LocaleError> {
        let mut locales = Self::empty();
        for (language, area, source) in LOCALE_FILES {
            locales.add_file(*language, area, source)?;
        }
        Ok(locales)
    }

    /// Adds one Fluent file to its language's bundle.
    pub fn add_file(
        &mut self,
        language: Language,
        area: &str,
        source: &str,
    ) -> Result<(), LocaleError> {
        let (resource, _) = parse_file(language, area, source)?;
        let bundle = self.bundles.entry(language).or_insert_with(|| {
            let id: unic_langid::LanguageIdentifier = language
                .code()
                .parse()
                .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Isolation marks would show as boxes in fonts; our bidi layer orders runs instead.
            bundle.set_use_isolating(false);
            bundle
        });
        bundle.add_resource(resource).map_err(|errors| LocaleError {
            language,
            area: area.to_owned(),
            message: format!("duplicate message(s): {errors:?}"),
        })
    }

    /// Formats `key` in `language`, falling back to English, then to the key itself.
    pub fn format(&self, language: Language, key: &str, args: Option<&FluentArgs>) -> String {
        for lang in [language, Language::En] {
            if let Some(text) = self.try_format(lang, key, args) {
                return text;
            }
        }
        warn!("missing translation key {key}");
        key.to_owned()
    }

    /// Formats `key` in exactly `language`, or `None` if that language lacks it or it fails.
    pub fn try_format(
        &self,
        language: Language,
        key: &str,
        args: Option<&FluentArgs>,
    ) -> Option<String> {
        let bundle = self.bundles.get(&language)?;
        let pattern = bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        errors.is_empty().then(|| text.into_owned())
    }
}

/// Translations in one language, for code that holds the settings mutably (and so cannot use
/// [`Tr`]).
#[derive(Clone, Copy)]
pub struct Texts<'a> {
    pub locales: &'a Locales,
    pub language: Language,
}

impl Texts<'_> {
    /// The language.
    pub fn language(&self) -> Language {
        self.language
    }

    /// The text of `key`.
    pub fn get(&self, key: &str) -> String {
        self.locales.format(self.language, key, None)
    }

    /// The text of `key` with one named argument.
    pub fn with(
        &self,
        key: &str,
        name: &'static str,
        value: impl Into<FluentValue<'static>>,
    ) -> String {
        let mut args = FluentArgs::new();
        args.set(name, value.into());
        self.locales.format(self.language, key, Some(&args))
    }
}

/// The translations in the language everything on screen is shown in.
#[derive(SystemParam)]
pub struct Tr<'w> {
    locales: Res<'w, Locales>,
    settings: Res<'w, crate::core::settings::Settings>,
}

impl Tr<'_> {
    /// The texts in the current language.
    pub fn texts(&self) -> Texts<'_> {
        Texts {
            locales: &self.locales,
            language: self.settings.language,
        }
    }

    /// The current language.
    pub fn language(&self) -> Language {
        self.settings.language
    }

    /// The text of `key` in the current language.
    pub fn get(&self, key: &str) -> String {
        self.texts().get(key)
    }

    /// The text of `key` with one named argument.
    pub fn with(
        &self,
        key: &str,
        name: &'static str,
        value: impl Into<FluentValue<'static>>,
    ) -> String {
        self.texts().with(key, name, value)
    }
}

use bevy::ecs::system::SystemParam;

/// "07.12. 14:00": a day and time in German time (where the service is), for callback windows,
/// absences and sessions.
pub fn berlin_time(at: lernwelt_protocol::Timestamp) -> String {
    let t = at.in_berlin();
    format!("{:02}.{:02}. {:02}:{:02}", t.day, t.month, t.hour, t.minute)
}

/// Loads the translations.
pub struct I18nPlugin;

impl Plugin for I18nPlugin {
    fn build(&self, app: &mut App) {
        app.insert_resource(Locales::empty());
    }
}
