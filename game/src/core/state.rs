//! The app's states: loading, the start screen, and being in one of the three places.

use std::fmt;

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

/// The three walkable places.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Place {
    #[default]
    JobCentre,
    Company,
    InterviewRoom,
}

impl Place {
    /// All places, in the order a visit goes.
    pub const ALL: [Place; 3] = [Place::JobCentre, Place::Company, Place::InterviewRoom];

    /// The name used on the command line and in links.
    pub fn id(self) -> &'static str {
        match self {
            Place::JobCentre => "job_centre",
            Place::Company => "company",
            Place::InterviewRoom => "interview_room",
        }
    }

    /// Parses a command-line / link name.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.id() == id.trim())
    }

    /// All ids, for error messages.
    pub fn ids() -> String {
        Self::ALL.map(Place::id).join(", ")
    }

    /// The locale key of the place's name.
    pub fn name_key(self) -> &'static str {
        match self {
            Place::JobCentre => "world-place-job-centre",
            Place::Company => "world-place-company",
            Place::InterviewRoom => "world-place-interview-room",
        }
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
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
