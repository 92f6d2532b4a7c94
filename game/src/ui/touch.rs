//! Touch controls for phones: a virtual joystick to walk, dragging elsewhere to look around,
//! a tap on the floor to walk there, and an on-screen button to use what is near.

use std::collections::HashSet;

use bevy::prelude::*;
use bevy_egui::egui::{self, Align2, Color32, Sense};
use bevy_egui::input::EguiWantsInput;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::{UiSystems, dir};
use crate::i18n::Tr;
use crate::interact::{Activate, Focus, OpenPanel};
use crate::player::MoveInput;
use crate::player::camera::{LookInput, PointerWalk};
use crate::settings::Settings;
use crate::state::InWorld;

/// Whether touch controls show (set once a touch is seen).
#[derive(Resource, Default, Debug)]
pub struct TouchMode(pub bool);

/// Radius of the joystick's ring, in points.
const STICK_RADIUS: f32 = 60.0;

/// Touch input.
pub struct TouchPlugin;

impl Plugin for TouchPlugin {
    fn build(&self, app: &mut App) {
        let forced = app
            .world()
            .get_resource::<crate::options::LaunchOptions>()
            .is_some_and(|o| o.touch);
        app.insert_resource(TouchMode(forced))
            .add_systems(PreUpdate, detect_touch)
            .add_systems(Update, look_and_tap.run_if(in_state(InWorld)))
            .add_systems(
                EguiPrimaryContextPass,
                touch_overlay
                    .in_set(UiSystems::Overlay)
                    .run_if(in_state(InWorld)),
            );
    }
}

fn detect_touch(touches: Res<Touches>, mut mode: ResMut<TouchMode>) {
    if !mode.0 && touches.any_just_pressed() {
        mode.0 = true;
    }
}

/// Touches that began outside egui turn the camera when dragged and walk when tapped.
fn look_and_tap(
    touches: Res<Touches>,
    egui: Option<Res<EguiWantsInput>>,
    mut ours: Local<HashSet<u64>>,
    mut look: ResMut<LookInput>,
    mut walk: MessageWriter<PointerWalk>,
) {
    let over_ui = egui
        .as_ref()
        .is_some_and(|e| e.is_pointer_over_area() || e.wants_any_pointer_input());
    for touch in touches.iter_just_pressed() {
        if !over_ui {
            ours.insert(touch.id());
        }
    }
    for touch in touches.iter() {
        if ours.contains(&touch.id()) {
            look.0 += touch.delta() * 0.008;
        }
    }
    for touch in touches.iter_just_released() {
        if ours.remove(&touch.id()) && touch.distance().length() < 12.0 {
            walk.write(PointerWalk(touch.position()));
        }
    }
}

fn touch_overlay(
    mut contexts: EguiContexts,
    mode: Res<TouchMode>,
    tr: Tr,
    settings: Res<Settings>,
    focus: Res<Focus>,
    open: Res<OpenPanel>,
    mut input: ResMut<MoveInput>,
    mut activate: MessageWriter<Activate>,
) -> Result {
    if !mode.0 || open.0.is_some() {
        input.touch = Vec2::ZERO;
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    let d = dir(&settings);
    egui::Area::new(egui::Id::new("joystick"))
        .anchor(Align2::LEFT_BOTTOM, egui::vec2(24.0, -24.0))
        .show(ctx, |ui| {
            let size = egui::vec2(STICK_RADIUS * 2.0 + 20.0, STICK_RADIUS * 2.0 + 20.0);
            let (rect, response) = ui.allocate_exact_size(size, Sense::drag());
            let centre = rect.center();
            let painter = ui.painter();
            painter.circle_filled(
                centre,
                STICK_RADIUS,
                Color32::from_rgba_unmultiplied(20, 30, 45, 110),
            );
            let mut knob = centre;
            if response.dragged()
                && let Some(pointer) = response.interact_pointer_pos()
            {
                let offset = (pointer - centre).clamp_length(0.0, STICK_RADIUS);
                knob = centre + offset;
                // Screen y grows downwards; forward is up.
                input.touch = Vec2::new(offset.x, -offset.y) / STICK_RADIUS;
            } else {
                input.touch = Vec2::ZERO;
            }
            painter.circle_filled(
                knob,
                26.0,
                Color32::from_rgba_unmultiplied(255, 255, 255, 200),
            );
        });
    if let Some(entity) = focus.0 {
        egui::Area::new(egui::Id::new("touch-use"))
            .anchor(Align2::RIGHT_BOTTOM, egui::vec2(-28.0, -40.0))
            .show(ctx, |ui| {
                let button = egui::Button::new(
                    d.rich(&tr.get("ui-touch-interact"))
                        .size(22.0)
                        .color(Color32::WHITE),
                )
                .fill(Color32::from_rgb(42, 157, 143))
                .min_size(egui::vec2(110.0, 110.0))
                .corner_radius(55.0);
                if ui.add(button).clicked() {
                    activate.write(Activate(entity));
                }
            });
    }
    Ok(())
}

trait ClampLength {
    fn clamp_length(self, min: f32, max: f32) -> Self;
}

impl ClampLength for egui::Vec2 {
    fn clamp_length(self, min: f32, max: f32) -> Self {
        let len = self.length();
        if len > max {
            self * (max / len)
        } else if len < min && len > 0.0 {
            self * (min / len)
        } else {
            self
        }
    }
}
