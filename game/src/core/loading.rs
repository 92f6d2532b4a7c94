//! The loading stage: every feature registers its preparation steps, which run one per frame
//! while the loading screen shows real progress; then the start screen (or the place asked
//! for on the command line) follows.

use bevy::prelude::*;

use crate::core::options::LaunchOptions;
use crate::core::state::AppState;

/// One preparation step: its name's locale key and the work.
pub struct Step {
    pub label_key: &'static str,
    pub run: Box<dyn FnMut(&mut World) -> Result<(), String> + Send + Sync>,
}

/// The steps still to do and how many were done.
#[derive(Resource, Default)]
pub struct LoadingSteps {
    pending: std::collections::VecDeque<Step>,
    done: usize,
    /// The step running now (for the screen).
    pub current: Option<&'static str>,
}

impl LoadingSteps {
    /// Adds a step.
    pub fn add(
        &mut self,
        label_key: &'static str,
        run: impl FnMut(&mut World) -> Result<(), String> + Send + Sync + 'static,
    ) {
        self.pending.push_back(Step {
            label_key,
            run: Box::new(run),
        });
    }

    /// Fraction done, 0 to 1.
    pub fn progress(&self) -> f32 {
        let total = self.done + self.pending.len();
        if total == 0 {
            1.0
        } else {
            self.done as f32 / total as f32
        }
    }
}

/// Runs the steps and leaves the loading state.
pub struct LoadingPlugin;

impl Plugin for LoadingPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<LoadingSteps>()
            .add_systems(Update, run_next_step.run_if(in_state(AppState::Loading)));
    }
}

/// Adds a loading step from a plugin.
pub fn add_step(
    app: &mut App,
    label_key: &'static str,
    run: impl FnMut(&mut World) -> Result<(), String> + Send + Sync + 'static,
) {
    app.init_resource::<LoadingSteps>();
    app.world_mut()
        .resource_mut::<LoadingSteps>()
        .add(label_key, run);
}

fn run_next_step(world: &mut World) {
    let step = world.resource_mut::<LoadingSteps>().pending.pop_front();
    match step {
        Some(mut step) => {
            world.resource_mut::<LoadingSteps>().current = Some(step.label_key);
            if let Err(err) = (step.run)(world) {
                // A failed step leaves that feature without its data; the rest still works.
                error!("loading {} failed: {err}", step.label_key);
            }
            world.resource_mut::<LoadingSteps>().done += 1;
        }
        None => {
            let scene = world.get_resource::<LaunchOptions>().and_then(|o| o.scene);
            let next = match scene {
                Some(place) => AppState::InWorld(place),
                None => AppState::Start,
            };
            world.resource_mut::<NextState<AppState>>().set(next);
        }
    }
}
