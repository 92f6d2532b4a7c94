//! Lernwelt: a walkable 3D world where young migrants practise job interviews, get help with
//! application documents and reach anonymous counselling. This crate is the Bevy client for
//! the desktop and the browser.

pub mod audio;
pub mod automation;
#[cfg(feature = "dev")]
pub mod dev;
pub mod dialogue;
pub mod documents;
pub mod i18n;
pub mod interact;
pub mod interview;
pub mod loading;
pub mod net;
pub mod options;
pub mod player;
pub mod render;
pub mod settings;
pub mod state;
pub mod storage;
pub mod ui;
pub mod world;

use bevy::prelude::*;
use bevy_rapier3d::prelude::*;

use i18n::{I18nPlugin, Locales};
use options::LaunchOptions;
use settings::{Settings, SettingsPlugin, SettingsStore};
use world::sign::SignFonts;

/// The app-wide order of `Update`: input is read first (keys, touches, clicks into intents),
/// then the game acts on it. The interface runs after both, in egui's pass.
#[derive(SystemSet, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AppSystems {
    /// Keyboard, pointer and touch turned into intents.
    Input,
    /// Everything that reacts: walking, using things, conversations.
    Game,
}

/// Who has the keyboard, as the interface's last pass left it: keys a focused widget uses
/// (Enter, Space, Tab, Esc) belong to it, and nothing belongs to the world while the person
/// types into a text field. One key press does one thing.
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct KeyboardOwner {
    /// A widget (button, checkbox, field) in a panel has keyboard focus.
    pub widget: bool,
    /// A text field has it: every key is text.
    pub text: bool,
}

impl KeyboardOwner {
    /// Whether Enter, Space, Tab and Esc are the game's to use.
    pub fn navigation_free(&self) -> bool {
        !self.widget && !self.text
    }
}

/// Run condition: nobody is typing, so letter and digit keys are the game's.
pub fn not_typing(owner: Res<KeyboardOwner>) -> bool {
    !owner.text
}

/// Everything that works without a window: states, texts, settings, places, physics, the
/// avatar and interaction. Headless tests run exactly this.
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
            RapierPhysicsPlugin::<NoUserData>::default(),
            interact::InteractPlugin,
            player::PlayerPlugin,
            world::WorldPlugin,
            dialogue::DialoguePlugin,
            interview::InterviewPlugin,
            net::NetPlugin {
                server: self.options.server.clone(),
            },
            documents::DocumentsPlugin {
                // Beside the settings, so `--settings FILE` keeps every file of the person
                // together (and "delete my data" finds them all).
                store: documents::store::DraftStore::beside(&self.store.0),
                example: self.options.is_automated(),
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
        ui::UiPlugin,
        audio::AudioPlugin,
        automation::AutomationPlugin,
    ));
    app
}
