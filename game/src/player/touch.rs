//! Touch controls for phones: a virtual joystick to walk, dragging elsewhere to look around,
//! a tap on the floor to walk there, and an on-screen button to use what is near.
//!
//! Each touch belongs to one owner, decided once when it begins and inside egui's own pass
//! (after everything is drawn), from what lies under the finger: a touch that starts on the
//! joystick or a button is the interface's and never turns the camera or walks; one that
//! starts on the world is the world's and never presses a button.

use std::collections::HashMap;

use bevy::prelude::*;
use bevy::window::PrimaryWindow;
use bevy_egui::egui::{self, Align2, Color32, Sense};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use crate::core::settings::Settings;
use crate::core::state::InWorld;
use crate::i18n::Tr;
use crate::interact::{Activate, Focus, OpenPanel};
use crate::player::MoveInput;
use crate::player::camera::{LookInput, PointerWalk};
use crate::theme::TouchMode;
use crate::theme::{UiSystems, dir};

/// Radius of the joystick's ring, in points.
const STICK_RADIUS: f32 = 60.0;

/// A touch that moves less than this (logical pixels) between down and up is a tap.
const TAP_SLOP: f32 = 12.0;

/// Camera turn per logical pixel dragged.
const LOOK_PER_PIXEL: f32 = 0.008;

/// Who a touch belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TouchOwner {
    /// It began on the interface (joystick, button, panel).
    Ui,
    /// It began on the world: drag to look, tap to walk.
    World,
}

/// The owner of every touch that is down.
#[derive(Resource, Default, Debug)]
pub struct TouchOwners(HashMap<u64, TouchOwner>);

/// Touch input.
pub struct TouchPlugin;

impl Plugin for TouchPlugin {
    fn build(&self, app: &mut App) {
        let forced = app
            .world()
            .get_resource::<crate::core::options::LaunchOptions>()
            .is_some_and(|o| o.touch);
        app.insert_resource(TouchMode(forced))
            .init_resource::<TouchOwners>()
            .add_systems(PreUpdate, detect_touch)
            .add_systems(
                EguiPrimaryContextPass,
                touch_overlay
                    .in_set(UiSystems::Overlay)
                    .run_if(in_state(InWorld)),
            )
            .add_systems(
                EguiPrimaryContextPass,
                claim_touches
                    .in_set(UiSystems::Claim)
                    .run_if(in_state(InWorld)),
            );
    }
}

fn detect_touch(touches: Res<Touches>, mut mode: ResMut<TouchMode>) {
    if !mode.0 && touches.any_just_pressed() {
        mode.0 = true;
    }
}

/// Whether the interface is under `pos` (in egui points): any area but the background.
pub fn ui_at(ctx: &egui::Context, pos: egui::Pos2) -> bool {
    ctx.layer_id_at(pos)
        .is_some_and(|layer| layer.order != egui::Order::Background)
}

/// Gives each new touch its owner (`ui_at` says whether the interface is under a logical
/// pixel position), turns the world's drags into camera turns and its taps into walks, and
/// forgets touches that ended.
pub fn route_touches(
    touches: &Touches,
    owners: &mut TouchOwners,
    ui_at: impl Fn(Vec2) -> bool,
    look: &mut LookInput,
    mut walk: impl FnMut(Vec2),
) {
    for touch in touches.iter_just_pressed() {
        let owner = if ui_at(touch.start_position()) {
            TouchOwner::Ui
        } else {
            TouchOwner::World
        };
        owners.0.insert(touch.id(), owner);
    }
    for touch in touches.iter() {
        if owners.0.get(&touch.id()) == Some(&TouchOwner::World) {
            look.0 += touch.delta() * LOOK_PER_PIXEL;
        }
    }
    for touch in touches
        .iter_just_released()
        .chain(touches.iter_just_canceled())
    {
        let owner = owners.0.remove(&touch.id());
        let tapped = touch.distance().length() < TAP_SLOP;
        let released = touches.just_released(touch.id());
        if owner == Some(TouchOwner::World) && tapped && released {
            walk(touch.position());
        }
    }
}

/// Runs after everything is drawn in this pass, so the joystick and buttons under a new touch
/// are known.
fn claim_touches(
    mut contexts: EguiContexts,
    touches: Res<Touches>,
    window: Query<&Window, With<PrimaryWindow>>,
    mut owners: ResMut<TouchOwners>,
    mut look: ResMut<LookInput>,
    mut walk: MessageWriter<PointerWalk>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    // Bevy gives logical pixels; egui works in points (logical pixels over its zoom).
    let scale = window.single().map_or(1.0, Window::scale_factor);
    let to_points = scale / ctx.pixels_per_point();
    route_touches(
        &touches,
        &mut owners,
        |pos| ui_at(ctx, egui::pos2(pos.x * to_points, pos.y * to_points)),
        &mut look,
        |pos| {
            walk.write(PointerWalk(pos));
        },
    );
    Ok(())
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
                .fill(crate::theme::palette::ACCENT)
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

#[cfg(test)]
mod tests {
    use super::*;
    use bevy::input::InputPlugin;
    use bevy::input::touch::{TouchInput, TouchPhase};

    #[derive(Resource, Default)]
    struct Walks(Vec<Vec2>);

    fn route(
        touches: Res<Touches>,
        mut owners: ResMut<TouchOwners>,
        mut look: ResMut<LookInput>,
        mut walks: ResMut<Walks>,
    ) {
        // The joystick sits in the bottom-left corner of a 400×800 screen.
        let joystick = |p: Vec2| p.x < 150.0 && p.y > 650.0;
        route_touches(&touches, &mut owners, joystick, &mut look, |p| {
            walks.0.push(p)
        });
    }

    fn app() -> App {
        let mut app = App::new();
        app.add_plugins((MinimalPlugins, InputPlugin))
            .init_resource::<TouchOwners>()
            .init_resource::<LookInput>()
            .init_resource::<Walks>()
            .add_systems(Update, route);
        app.update();
        app
    }

    fn touch(app: &mut App, id: u64, phase: TouchPhase, x: f32, y: f32) {
        app.world_mut().write_message(TouchInput {
            phase,
            position: Vec2::new(x, y),
            window: Entity::PLACEHOLDER,
            force: None,
            id,
        });
        app.update();
    }

    #[test]
    fn a_drag_on_the_joystick_never_turns_the_camera_nor_walks() {
        let mut app = app();
        touch(&mut app, 1, TouchPhase::Started, 60.0, 720.0);
        touch(&mut app, 1, TouchPhase::Moved, 110.0, 700.0);
        touch(&mut app, 1, TouchPhase::Moved, 300.0, 400.0);
        touch(&mut app, 1, TouchPhase::Ended, 300.0, 400.0);
        assert_eq!(app.world().resource::<LookInput>().0, Vec2::ZERO);
        assert!(app.world().resource::<Walks>().0.is_empty());
        assert!(app.world().resource::<TouchOwners>().0.is_empty());
    }

    #[test]
    fn a_drag_on_the_world_turns_and_a_tap_walks_once() {
        let mut app = app();
        touch(&mut app, 2, TouchPhase::Started, 300.0, 300.0);
        touch(&mut app, 2, TouchPhase::Moved, 350.0, 300.0);
        touch(&mut app, 2, TouchPhase::Ended, 350.0, 300.0);
        let look = app.world().resource::<LookInput>().0;
        assert!(look.x > 0.0, "the drag turned the camera: {look}");
        assert!(
            app.world().resource::<Walks>().0.is_empty(),
            "a drag is no tap"
        );
        touch(&mut app, 3, TouchPhase::Started, 200.0, 200.0);
        touch(&mut app, 3, TouchPhase::Ended, 203.0, 201.0);
        let walks = &app.world().resource::<Walks>().0;
        assert_eq!(walks.len(), 1, "one tap, one walk");
        assert!(walks[0].distance(Vec2::new(200.0, 200.0)) < TAP_SLOP);
        // A tap on the interface (the joystick corner) walks nowhere.
        touch(&mut app, 4, TouchPhase::Started, 40.0, 760.0);
        touch(&mut app, 4, TouchPhase::Ended, 40.0, 760.0);
        assert_eq!(app.world().resource::<Walks>().0.len(), 1);
        // A cancelled touch (the browser took it) does not walk either.
        touch(&mut app, 5, TouchPhase::Started, 250.0, 250.0);
        touch(&mut app, 5, TouchPhase::Canceled, 250.0, 250.0);
        assert_eq!(app.world().resource::<Walks>().0.len(), 1);
    }

    #[test]
    fn the_interface_is_under_a_drawn_area_only() {
        let ctx = egui::Context::default();
        let input = || egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(400.0, 800.0),
            )),
            ..Default::default()
        };
        let pass = || {
            ctx.begin_pass(input());
            egui::Area::new(egui::Id::new("stick"))
                .fixed_pos(egui::pos2(20.0, 640.0))
                .show(&ctx, |ui| {
                    ui.allocate_exact_size(egui::vec2(140.0, 140.0), Sense::drag());
                });
            // No renderer here: the font atlas egui made is dropped on purpose.
            ctx.end_pass().textures_delta.clear();
        };
        // Two passes: an area is known from the pass it was first drawn in.
        pass();
        pass();
        assert!(ui_at(&ctx, egui::pos2(80.0, 700.0)));
        assert!(!ui_at(&ctx, egui::pos2(300.0, 300.0)));
    }
}
