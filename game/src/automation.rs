//! Automated runs: `--screenshot FILE` saves a picture once the scene has settled and exits;
//! `--bench-frames N` measures frame times and prints them as one JSON line; `--open PANEL`
//! opens a panel first.

use std::time::Duration;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured, save_to_disk};

use crate::interact::{OpenPanel, Panel, PanelKind};
use crate::options::LaunchOptions;
use crate::state::{AppState, InWorld};

/// Frames to wait after entering the place before a screenshot or measuring: pipelines
/// compile and textures upload during the first frames.
const SETTLE_FRAMES: u32 = 45;
/// Give up if nothing happened after this many frames in the place.
const GIVE_UP_FRAMES: u32 = 2_000;

#[derive(Resource, Default)]
struct Run {
    frames_in_place: u32,
    shot_requested: bool,
    shot_saved_at: Option<u32>,
    /// Distinct colours in the capture (a blank or broken render has very few).
    shot_colours: Option<usize>,
    frame_times: Vec<Duration>,
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

/// Screenshot and benchmark modes.
pub struct AutomationPlugin;

impl Plugin for AutomationPlugin {
    fn build(&self, app: &mut App) {
        let Some(options) = app.world().get_resource::<LaunchOptions>() else {
            return;
        };
        let (automated, open) = (options.is_automated(), options.open.is_some());
        if open {
            app.add_systems(OnEnter(InWorld), open_requested_panel);
        }
        if !automated {
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

fn open_requested_panel(options: Res<LaunchOptions>, mut open: ResMut<OpenPanel>) {
    let panel = match options.open.as_deref() {
        Some("settings") => Some(Panel::Settings),
        Some("list") => Some(Panel::List),
        // A demo interview is played by the interview feature (see interview::play_demo).
        Some("review" | "handover") => Some(Panel::Kiosk(PanelKind::Interview)),
        Some("lesson") => Some(Panel::Lesson {
            name: "world-npc-receptionist".to_owned(),
            lesson: "appointment".to_owned(),
        }),
        Some(other) => PanelKind::ALL
            .into_iter()
            .find(|k| k.id() == other)
            .map(Panel::Kiosk),
        None => None,
    };
    if panel.is_some() {
        open.0 = panel;
    }
}

fn start_screen_shot(mut run: ResMut<Run>) {
    run.frames_in_place = 0;
}

fn drive(
    mut commands: Commands,
    options: Res<LaunchOptions>,
    mut run: ResMut<Run>,
    time: Res<Time<Real>>,
    mut exit: MessageWriter<AppExit>,
) {
    run.frames_in_place += 1;
    let frame = run.frames_in_place;
    if let Some(path) = &options.screenshot {
        if frame >= SETTLE_FRAMES && !run.shot_requested {
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
    }
    if let Some(n) = options.bench_frames {
        if frame > SETTLE_FRAMES {
            run.frame_times.push(time.delta());
        }
        if run.frame_times.len() >= n as usize {
            println!("{}", bench_report(&options, &run.frame_times));
            exit.write(AppExit::Success);
        }
    }
    if frame > GIVE_UP_FRAMES + options.bench_frames.unwrap_or(0) {
        error!("automated run did not finish in {GIVE_UP_FRAMES} frames");
        exit.write(AppExit::error());
    }
}

/// Median, p95 and mean of the frame times, as one JSON line.
pub fn bench_report(options: &LaunchOptions, times: &[Duration]) -> String {
    let mut ms: Vec<f64> = times.iter().map(|d| d.as_secs_f64() * 1000.0).collect();
    ms.sort_by(|a, b| a.total_cmp(b));
    let pick = |q: f64| {
        ms.get(((ms.len() as f64 - 1.0) * q).round() as usize)
            .copied()
            .unwrap_or(0.0)
    };
    let mean = ms.iter().sum::<f64>() / ms.len().max(1) as f64;
    format!(
        "{{\"scene\":\"{}\",\"frames\":{},\"median_ms\":{:.2},\"p95_ms\":{:.2},\"mean_ms\":{:.2},\"width\":{},\"height\":{}}}",
        options.scene.map(|s| s.id()).unwrap_or("start"),
        ms.len(),
        pick(0.5),
        pick(0.95),
        mean,
        options.size.0,
        options.size.1
    )
}
