//! Lernwelt: a walkable 3D world where young migrants practise job interviews, get help with
//! application documents and reach anonymous counselling. This crate is the Bevy client for
//! the desktop and the browser.
//!
//! Its folders depend on each other in one direction only (`game/tests/game/layout.rs` checks
//! it); each uses only those before it: [`core`], [`third_party`], [`i18n`], [`net`],
//! [`theme`], [`interact`], [`world`], [`player`], [`features`], [`dev`]. This file and
//! [`render`] assemble them.
//! The parts without Bevy are crates of their own: `lernwelt-text`, `lernwelt-dialogue` and
//! `lernwelt-documents` (in `crates/`).

pub mod core;
#[cfg(feature = "dev")]
pub mod dev;
pub mod features;
pub mod i18n;
pub mod interact;
pub mod net;
pub mod player;
pub mod render;
pub mod theme;
pub mod third_party;
pub mod world;

use bevy::prelude::*;

use crate::core::options::LaunchOptions;
use crate::core::settings::{Settings, SettingsPlugin, SettingsStore};
use crate::core::{AppSystems, KeyboardOwner, loading, state};
use i18n::{I18nPlugin, Locales};
use world::sign::SignFonts;

/// Everything that works without a window: states, texts, settings, places, physics, the
/// avatar, interaction and the features' models. Headless tests run exactly this.
pub struct CorePlugin {
    pub options: LaunchOptions,
    pub store: SettingsStore,
}

impl Plugin for CorePlugin {
    fn build(&self, app: &mut App) {
        app.insert_resource(self.options.clone())
            .init_resource::<KeyboardOwner>()
            .configure_sets(Update, (AppSystems::Input, AppSystems::Game).chain());
        app.add_plugins((
            state::StatePlugin,
            SettingsPlugin {
                store: self.store.clone(),
            },
            I18nPlugin,
            loading::LoadingPlugin,
            third_party::physics(),
            interact::InteractPlugin,
            player::PlayerPlugin,
            world::WorldPlugin,
            net::NetPlugin {
                server: self.options.server.clone(),
            },
            features::FeaturesPlugin {
                store: self.store.clone(),
                example_documents: self.options.is_automated(),
            },
        ));
        #[cfg(feature = "dev")]
        app.add_plugins(dev::DevPlugin);
        if let Some(lang) = self.options.lang {
            let mut settings = app.world_mut().resource_mut::<Settings>();
            settings.language = lang;
            settings.language_chosen = true;
        }
        loading::add_step(app, "ui-loading-step-locales", |world| {
            let locales = Locales::load_all().map_err(|e| e.to_string())?;
            world.insert_resource(locales);
            Ok(())
        });
        loading::add_step(app, "ui-loading-step-world", |world| {
            for place in state::Place::ALL {
                world::layout::Layout::of(place)?;
            }
            world.insert_resource(SignFonts::load()?);
            Ok(())
        });
    }
}

/// The settings store for a run: none for automated runs (screenshots and benchmarks must not
/// change what a person saved), the given file, or the per-user default.
pub fn store_for(options: &LaunchOptions) -> SettingsStore {
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(path) = &options.settings {
        return SettingsStore::at(path);
    }
    if options.is_automated() {
        SettingsStore::none()
    } else {
        SettingsStore::default_location()
    }
}

/// The whole game with a window.
pub fn app(options: LaunchOptions) -> App {
    let mut app = App::new();
    let store = store_for(&options);
    render::RenderPlugins { options: &options }.add_to(&mut app);
    app.add_plugins(CorePlugin {
        options: options.clone(),
        store,
    })
    .add_plugins((
        theme::ThemePlugin,
        player::touch::TouchPlugin,
        interact::keyboard::KeyboardPlugin,
        world::audio::AudioPlugin,
        features::FeaturesUiPlugin,
        core::automation::AutomationPlugin,
    ));
    app
}
