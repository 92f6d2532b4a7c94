//! What presence draws over the world: a name tag over each other avatar (always, only
//! near the own avatar, or never, as set in the menu), counsellors' tags in their colour with
//! their availability, and a speech bubble with someone's last room chat line for a few
//! seconds. Names and lines in Arabic script are joined and read right to left.

use bevy::prelude::*;
use bevy_egui::egui::{self, Color32, FontId};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};
use lernwelt_protocol::Role;
use lernwelt_protocol::presence::Availability;

use super::{Presence, RemoteAvatar};
use crate::core::LocalPlayer;
use crate::core::settings::{NameTags, Settings};
use crate::core::state::InWorld;
use crate::i18n::Tr;
use crate::theme::UiSystems;
use crate::theme::rtl::Dir;

/// Within this many metres of the own avatar tags show when set to "near me".
pub const NEAR: f32 = 6.0;
/// Seconds a chat line stays over its speaker's head.
pub const BUBBLE_SECONDS: f32 = 6.0;
/// Height of a tag over an avatar's centre, in metres.
const TAG_HEIGHT: f32 = 1.55;
/// Widest bubble, in points.
const BUBBLE_WIDTH: f32 = 220.0;

/// Presence drawing.
pub struct PresenceUiPlugin;

impl Plugin for PresenceUiPlugin {
    fn build(&self, app: &mut App) {
        app.add_systems(
            EguiPrimaryContextPass,
            tags_and_bubbles
                .in_set(UiSystems::Hud)
                .run_if(in_state(InWorld)),
        );
    }
}

/// The colour of a counsellor's availability.
fn availability_colour(availability: Option<Availability>) -> Color32 {
    match availability {
        Some(Availability::Available) | None => Color32::from_rgb(70, 200, 120),
        Some(Availability::Busy) => Color32::from_rgb(235, 160, 40),
        Some(Availability::Away) => Color32::from_rgb(150, 150, 150),
    }
}

/// The locale key of an availability.
pub fn availability_key(availability: Availability) -> &'static str {
    match availability {
        Availability::Available => "presence-available",
        Availability::Busy => "presence-busy",
        Availability::Away => "presence-away",
    }
}

fn tags_and_bubbles(
    mut contexts: EguiContexts,
    tr: Tr,
    settings: Res<Settings>,
    presence: Res<Presence>,
    camera: Query<(&Camera, &GlobalTransform), With<Camera3d>>,
    own: Query<&GlobalTransform, With<LocalPlayer>>,
    avatars: Query<(&RemoteAvatar, &GlobalTransform)>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let Ok((camera, eye)) = camera.single() else {
        return Ok(());
    };
    let me = own.single().ok().map(GlobalTransform::translation);
    let zoom = ctx.zoom_factor();
    let root = egui::Ui::new(
        ctx.clone(),
        egui::Id::new("presence tags"),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.viewport_rect()),
    );
    let painter = root.painter();
    let font = FontId::proportional(15.0);
    let now = presence.clock;
    // Farthest first, so nearer tags are drawn over them.
    let mut shown: Vec<(f32, &RemoteAvatar, Vec3)> = avatars
        .iter()
        .map(|(avatar, at)| {
            let at = at.translation();
            (me.map_or(0.0, |m| m.distance(at)), avatar, at)
        })
        .collect();
    shown.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (distance, avatar, at) in shown {
        let Some(remote) = presence.others.by_handle.get(&avatar.handle) else {
            continue;
        };
        let Ok(screen) = camera.world_to_viewport(eye, at + Vec3::Y * TAG_HEIGHT) else {
            continue;
        };
        let anchor = egui::pos2(screen.x / zoom, screen.y / zoom);
        let name = remote.view.name.as_str();
        let counsellor = remote.view.role == Role::Counsellor;
        let tag = match settings.name_tags {
            NameTags::Always => true,
            NameTags::Near => distance <= NEAR,
            NameTags::Never => false,
        };
        let mut top = anchor.y;
        if tag {
            let text = if counsellor {
                let role = tr.get("presence-counsellor");
                let status = tr.get(availability_key(
                    remote.view.availability.unwrap_or_default(),
                ));
                format!("{} · {role} · {status}", Dir::of_text(name).line(name))
            } else {
                Dir::of_text(name).line(name)
            };
            let text = Dir::of(settings.language).line(&text);
            let galley = painter.layout_no_wrap(text, font.clone(), Color32::WHITE);
            let size = galley.size();
            let rect = egui::Rect::from_center_size(anchor, size + egui::vec2(14.0, 6.0));
            let fill = if counsellor {
                Color32::from_rgba_unmultiplied(0, 110, 110, 225)
            } else {
                Color32::from_rgba_unmultiplied(20, 30, 45, 200)
            };
            painter.rect_filled(rect, 6.0, fill);
            if counsellor {
                let dot = egui::pos2(rect.left() - 8.0, rect.center().y);
                painter.circle_filled(dot, 5.0, availability_colour(remote.view.availability));
            }
            painter.galley(rect.center() - size / 2.0, galley, Color32::WHITE);
            top = rect.top() - 4.0;
        }
        if let Some((line, said_at)) = &remote.said
            && now - said_at < BUBBLE_SECONDS
        {
            let d = Dir::of_text(line);
            let lines = d.wrap(&root, line, &font, BUBBLE_WIDTH);
            let galleys: Vec<_> = lines
                .into_iter()
                .map(|l| painter.layout_no_wrap(l, font.clone(), Color32::from_rgb(20, 20, 30)))
                .collect();
            let width = galleys.iter().map(|g| g.size().x).fold(0.0, f32::max);
            let height: f32 = galleys.iter().map(|g| g.size().y).sum();
            let rect = egui::Rect::from_min_size(
                egui::pos2(anchor.x - width / 2.0 - 8.0, top - height - 12.0),
                egui::vec2(width + 16.0, height + 8.0),
            );
            painter.rect_filled(rect, 8.0, Color32::from_rgb(250, 250, 245));
            let mut y = rect.top() + 4.0;
            for galley in galleys {
                let size = galley.size();
                let x = if d.rtl {
                    rect.right() - 8.0 - size.x
                } else {
                    rect.left() + 8.0
                };
                painter.galley(egui::pos2(x, y), galley, Color32::from_rgb(20, 20, 30));
                y += size.y;
            }
        }
    }
    Ok(())
}
