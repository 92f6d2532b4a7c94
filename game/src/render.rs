//! The window, renderer, camera and sun: everything that needs a screen. Graphics quality
//! from the settings is applied here.

#[cfg(not(target_arch = "wasm32"))]
use bevy::core_pipeline::prepass::DepthPrepass;
use bevy::core_pipeline::tonemapping::Tonemapping;
use bevy::light::{CascadeShadowConfigBuilder, GlobalAmbientLight, ShadowFilteringMethod};
use bevy::prelude::*;
use bevy::render::view::Msaa;
use bevy::window::{PresentMode, WindowResolution};

use crate::core::options::LaunchOptions;
use crate::core::settings::{Quality, Settings};
use crate::player::camera::OrbitCamera;

/// Bevy's default plugins set up for Lernwelt, plus camera and lighting.
pub struct RenderPlugins<'a> {
    pub options: &'a LaunchOptions,
}

impl RenderPlugins<'_> {
    fn window(&self) -> Window {
        Window {
            title: "Lernwelt".into(),
            resolution: WindowResolution::new(self.options.size.0, self.options.size.1),
            // The web page gives the canvas; it fills the browser window.
            canvas: Some("#lernwelt-canvas".into()),
            fit_canvas_to_parent: true,
            prevent_default_event_handling: true,
            present_mode: if self.options.bench_frames.is_some() {
                PresentMode::AutoNoVsync
            } else {
                PresentMode::AutoVsync
            },
            ..default()
        }
    }
}

impl RenderPlugins<'_> {
    /// Adds the plugins and systems to `app`.
    pub fn add_to(self, app: &mut App) {
        app.add_plugins(
            DefaultPlugins
                .set(WindowPlugin {
                    primary_window: Some(self.window()),
                    ..default()
                })
                .set(AssetPlugin {
                    meta_check: bevy::asset::AssetMetaCheck::Never,
                    ..default()
                }),
        )
        .insert_resource(ClearColor(Color::srgb(0.62, 0.74, 0.84)))
        .insert_resource(GlobalAmbientLight {
            color: Color::srgb(1.0, 0.97, 0.92),
            brightness: 350.0,
            ..default()
        })
        .add_systems(Startup, spawn_camera_and_sun)
        .add_systems(Update, apply_quality);
    }
}

/// The sun that casts the room's shadows.
#[derive(Component)]
struct Sun;

fn spawn_camera_and_sun(mut commands: Commands) {
    commands.spawn((
        Name::new("camera"),
        Camera3d::default(),
        Projection::Perspective(PerspectiveProjection {
            fov: 55f32.to_radians(),
            ..default()
        }),
        Tonemapping::AcesFitted,
        depth_first(),
        ShadowFilteringMethod::Hardware2x2,
        OrbitCamera::default(),
        Transform::from_xyz(0.0, 8.0, 10.0).looking_at(Vec3::ZERO, Vec3::Y),
    ));
    commands.spawn((
        Name::new("sun"),
        Sun,
        DirectionalLight {
            illuminance: 6_000.0,
            shadow_maps_enabled: true,
            ..default()
        },
        CascadeShadowConfigBuilder {
            num_cascades: 1,
            maximum_distance: 30.0,
            ..default()
        }
        .build(),
        Transform::from_xyz(6.0, 14.0, 8.0).looking_at(Vec3::ZERO, Vec3::Y),
    ));
}

/// Depth first, then colour: each pixel is shaded once, for whatever is in front, instead of
/// once per surface drawn over it (Bevy draws opaque things in batches, not front to back), so
/// a crowd costs little more than the floor it stands on. Under lavapipe the empty job centre
/// went from 316-341 to 279-314 ms a frame, with 50 others from 444-466 to 347-360 ms.
#[cfg(not(target_arch = "wasm32"))]
fn depth_first() -> DepthPrepass {
    DepthPrepass
}

/// Not in the browser: on WebGL2 Bevy's depth prepass cannot copy its depth texture.
#[cfg(target_arch = "wasm32")]
fn depth_first() {}

/// Low: no shadows, no anti-aliasing. Medium: the sun's shadows with one filtered look-up a
/// pixel (`Hardware2x2`: a little harder edges, a fifth less frame time under lavapipe than
/// the nine of `Gaussian`). High: soft shadows and 4× anti-aliasing.
fn apply_quality(
    settings: Res<Settings>,
    mut cameras: Query<(&mut Msaa, &mut ShadowFilteringMethod), With<Camera3d>>,
    mut suns: Query<&mut DirectionalLight, With<Sun>>,
    added: Query<(), Added<Camera3d>>,
) {
    if !settings.is_changed() && added.is_empty() {
        return;
    }
    let (msaa, shadows, filter) = match settings.quality {
        Quality::Low => (Msaa::Off, false, ShadowFilteringMethod::Hardware2x2),
        Quality::Medium => (Msaa::Off, true, ShadowFilteringMethod::Hardware2x2),
        Quality::High => (Msaa::Sample4, true, ShadowFilteringMethod::Gaussian),
    };
    for (mut m, mut f) in &mut cameras {
        if *m != msaa {
            *m = msaa;
        }
        if *f != filter {
            *f = filter;
        }
    }
    for mut sun in &mut suns {
        if sun.shadow_maps_enabled != shadows {
            sun.shadow_maps_enabled = shadows;
        }
    }
}
