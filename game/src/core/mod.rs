//! The core every other part of the game builds on, importing none of them: the app's states
//! and places ([`state`]), the person's settings ([`settings`]) and files ([`storage`]), the
//! launch options ([`options`]), the loading stage ([`loading`]), screenshots
//! ([`automation`]), and the app-wide order of input and game systems.

pub mod automation;
pub mod clock;
pub mod loading;
pub mod options;
pub mod settings;
pub mod state;
pub mod storage;

use bevy::prelude::*;

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

/// The avatar the person on this device steers (the player adds it; the world, the kiosks and
/// the NPCs look for it without depending on how the avatar works).
#[derive(Component, Debug, Default, Clone, Copy)]
pub struct LocalPlayer;
