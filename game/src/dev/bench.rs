//! `--bench-frames N`: measures N frame times once the place has settled and prints the
//! median, p95 and mean as one JSON line (read by `scripts/bench-frames`), then exits.

use std::time::Duration;

use bevy::prelude::*;

use crate::core::automation::SETTLE_FRAMES;
use crate::core::options::LaunchOptions;
use crate::core::state::InWorld;

/// Frame-time measurement.
pub(super) struct BenchPlugin;

impl Plugin for BenchPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<Frames>()
            .add_systems(Update, measure.run_if(in_state(InWorld)));
    }
}

#[derive(Resource, Default)]
struct Frames {
    seen: u32,
    times: Vec<Duration>,
}

fn measure(
    options: Res<LaunchOptions>,
    mut frames: ResMut<Frames>,
    time: Res<Time<Real>>,
    mut exit: MessageWriter<AppExit>,
) {
    let Some(n) = options.bench_frames else {
        return;
    };
    frames.seen += 1;
    if frames.seen > SETTLE_FRAMES {
        frames.times.push(time.delta());
    }
    if frames.times.len() == n as usize {
        println!("{}", bench_report(&options, &frames.times));
        exit.write(AppExit::Success);
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
