//! The interview and lesson scripts as a resource, parsed during the loading stage (the
//! scripts, their engine and their checks are the Bevy-free `lernwelt-dialogue` crate).

use bevy::prelude::*;

/// All scripts that loaded.
#[derive(Resource, Default, Debug, Clone, Deref)]
pub struct Scripts(pub lernwelt_dialogue::Scripts);

/// Loads the scripts during the loading stage.
pub struct ScriptsPlugin;

impl Plugin for ScriptsPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<Scripts>();
        crate::core::loading::add_step(app, "ui-loading-step-dialogue", |world| {
            let (scripts, errors) = lernwelt_dialogue::Scripts::load_all();
            world.insert_resource(Scripts(scripts));
            match errors.first() {
                // A broken script is a build bug (tests catch it); the others still work.
                Some(first) => Err(format!("{} script(s) failed, first: {first}", errors.len())),
                None => Ok(()),
            }
        });
    }
}
