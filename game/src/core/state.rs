//! The app's states: loading, the start screen, and being in one of the three places.

use bevy::prelude::*;

/// The places live in the protocol crate, so the server checks moves against the same names.
pub use lernwelt_protocol::Place;

/// What only the game says about a place.
pub trait PlaceName {
    /// The locale key of the place's name.
    fn name_key(self) -> &'static str;
}

impl PlaceName for Place {
    fn name_key(self) -> &'static str {
        match self {
            Place::JobCentre => "world-place-job-centre",
            Place::Company => "world-place-company",
            Place::InterviewRoom => "world-place-interview-room",
        }
    }
}

/// Where the app is.
#[derive(States, Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum AppState {
    /// Preparing texts, fonts, sounds and rooms, with a progress bar.
    #[default]
    Loading,
    /// Choosing a language, then "Start".
    Start,
    /// Walking around in one place.
    InWorld(Place),
}

/// True in any place; systems that run everywhere in the world are bounded by it.
/// `OnEnter(InWorld)` runs when the world is entered from the start screen and `OnExit` when it
/// is left, not at every door: what belongs to one place uses `AppState::InWorld(place)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct InWorld;

impl ComputedStates for InWorld {
    type SourceStates = AppState;

    // A door goes from one place to another, still in the world.
    const ALLOW_SAME_STATE_TRANSITIONS: bool = false;

    fn compute(sources: AppState) -> Option<Self> {
        matches!(sources, AppState::InWorld(_)).then_some(InWorld)
    }
}

/// Registers the states.
pub struct StatePlugin;

impl Plugin for StatePlugin {
    fn build(&self, app: &mut App) {
        app.init_state::<AppState>().add_computed_state::<InWorld>();
    }
}
