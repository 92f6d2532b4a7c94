//! `--screenshot FILE`: saves a picture once the scene has settled and exits, with an error
//! when the picture looks blank. It acts for nobody, so release builds keep it; demos and the
//! frame benchmark live in [`crate::dev`].

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured, save_to_disk};

use crate::core::options::LaunchOptions;
use crate::core::state::{AppState, InWorld};

/// Frames to wait after entering the place before a screenshot or measuring: pipelines
/// compile and textures upload during the first frames.
pub const SETTLE_FRAMES: u32 = 45;
/// Give up if nothing happened after this many frames in the place.
const GIVE_UP_FRAMES: u32 = 2_000;

/// Set by a demo that waits for something from the server (the others in a place) before the
/// screenshot; the shot is taken anyway after [`GIVE_UP_FRAMES`].
#[derive(Resource, Default, Debug)]
pub struct ShotHold(pub bool);

#[derive(Resource, Default)]
struct Run {
    frames_in_place: u32,
    shot_requested: bool,
    shot_saved_at: Option<u32>,
    /// Distinct colours in the capture (a blank or broken render has very few).
    shot_colours: Option<usize>,
}

/// Fewer distinct colours than this means nothing was drawn.
const MIN_COLOURS: usize = 64;

fn inspect_capture(captured: On<ScreenshotCaptured>, mut run: ResMut<Run>) {
    let colours = distinct_colours(captured.image.data.as_deref().unwrap_or_default());
    info!("screenshot has {colours} distinct colours");
    run.shot_colours = Some(colours);
}

/// Counts distinct RGB colours (quantised to 5 bits a channel) in RGBA8 pixels.
pub fn distinct_colours(rgba: &[u8]) -> usize {
    let mut seen = std::collections::HashSet::new();
    for px in rgba.chunks_exact(4) {
        seen.insert((px[0] >> 3, px[1] >> 3, px[2] >> 3));
    }
    seen.len()
}

/// The screenshot mode.
pub struct AutomationPlugin;

impl Plugin for AutomationPlugin {
    fn build(&self, app: &mut App) {
        if app
            .world()
            .get_resource::<LaunchOptions>()
            .is_none_or(|o| o.screenshot.is_none())
        {
            return;
        }
        app.init_resource::<Run>()
            .add_systems(OnEnter(AppState::Start), start_screen_shot)
            .add_systems(
                Update,
                drive.run_if(in_state(InWorld).or_else(in_state(AppState::Start))),
            );
    }
}

fn start_screen_shot(mut run: ResMut<Run>) {
    run.frames_in_place = 0;
}

fn drive(
    mut commands: Commands,
    options: Res<LaunchOptions>,
    mut run: ResMut<Run>,
    hold: Option<Res<ShotHold>>,
    mut exit: MessageWriter<AppExit>,
) {
    let Some(path) = &options.screenshot else {
        return;
    };
    run.frames_in_place += 1;
    let frame = run.frames_in_place;
    let held = hold.is_some_and(|h| h.0) && frame < GIVE_UP_FRAMES / 2;
    if frame >= SETTLE_FRAMES && !run.shot_requested && !held {
        run.shot_requested = true;
        info!("taking screenshot {}", path.display());
        commands
            .spawn(Screenshot::primary_window())
            .observe(save_to_disk(path.clone()))
            .observe(inspect_capture);
    }
    if run.shot_requested && run.shot_saved_at.is_none() && path.exists() {
        run.shot_saved_at = Some(frame);
    }
    if run.shot_saved_at.is_some_and(|at| frame > at + 5) && options.bench_frames.is_none() {
        match run.shot_colours {
            Some(n) if n >= MIN_COLOURS => exit.write(AppExit::Success),
            other => {
                error!("screenshot looks blank ({other:?} distinct colours)");
                exit.write(AppExit::error())
            }
        };
    }
    if frame > GIVE_UP_FRAMES + options.bench_frames.unwrap_or(0) {
        error!("automated run did not finish in {GIVE_UP_FRAMES} frames");
        exit.write(AppExit::error());
    }
}
