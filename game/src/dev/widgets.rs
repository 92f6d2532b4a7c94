//! `dev` builds in the browser: the interface's buttons, fields, ticks and texts with their
//! places, written to the page as `<html data-lernwelt-widgets="[…]">`, so the phone checks in
//! headless Chromium (`scripts/web-kiosk.mjs`) can find a button by its words and tap its middle
//! as a finger would. Made from egui's AccessKit tree, the one a screen reader gets; places are
//! in egui points with the points-per-pixel beside them.

use bevy::prelude::*;
use bevy_egui::egui::accesskit::Role;
use bevy_egui::{EguiContext, EguiOutput, EguiPostUpdateSet};
use serde::Serialize;

/// Publishes the widget map while the game runs in a `dev` browser build.
pub(super) struct WidgetsPlugin;

impl Plugin for WidgetsPlugin {
    fn build(&self, app: &mut App) {
        app.add_systems(Update, enable_tree)
            .add_systems(PostUpdate, publish.after(EguiPostUpdateSet::ProcessOutput));
    }
}

/// One widget as the page sees it.
#[derive(Serialize, PartialEq, Debug)]
pub struct Widget {
    /// `button`, `field`, `check`, `link` or `text`.
    pub kind: &'static str,
    /// The words on it (a text's own words; a field's content).
    pub text: String,
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
    pub disabled: bool,
}

/// The widget map: points per CSS pixel times the device's pixel ratio, and the widgets.
#[derive(Serialize, PartialEq, Debug, Default)]
pub struct WidgetMap {
    /// egui's pixels per point (the page divides by `devicePixelRatio` for CSS pixels).
    pub pixels_per_point: f32,
    pub widgets: Vec<Widget>,
}

/// egui builds the AccessKit tree only when asked; the browser has no screen-reader adapter
/// that would ask.
fn enable_tree(mut contexts: Query<&mut EguiContext, Added<EguiContext>>) {
    for mut context in &mut contexts {
        context.get_mut().enable_accesskit();
    }
}

/// The widgets of this frame's tree.
pub fn widget_map(output: &EguiOutput) -> Option<WidgetMap> {
    let update = output.platform_output.accesskit_update.as_ref()?;
    let widgets = update
        .nodes
        .iter()
        .filter_map(|(_, node)| {
            let kind = match node.role() {
                Role::Button => "button",
                Role::TextInput | Role::MultilineTextInput | Role::PasswordInput => "field",
                Role::CheckBox => "check",
                Role::Link => "link",
                Role::Label => "text",
                _ => return None,
            };
            let bounds = node.bounds()?;
            let text = match kind {
                "text" | "field" => node.value().or(node.label()),
                _ => node.label(),
            }
            .unwrap_or_default()
            .to_owned();
            Some(Widget {
                kind,
                text,
                x: bounds.x0 as f32,
                y: bounds.y0 as f32,
                w: (bounds.x1 - bounds.x0) as f32,
                h: (bounds.y1 - bounds.y0) as f32,
                disabled: node.is_disabled(),
            })
        })
        .collect();
    Some(WidgetMap {
        pixels_per_point: output.pixels_per_point,
        widgets,
    })
}

fn publish(outputs: Query<&EguiOutput>, mut last: Local<String>) {
    let Some(map) = outputs.iter().find_map(widget_map) else {
        return;
    };
    let Ok(json) = serde_json::to_string(&map) else {
        return;
    };
    if json == *last {
        return;
    }
    #[cfg(target_arch = "wasm32")]
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        && let Err(err) = root.set_attribute("data-lernwelt-widgets", &json)
    {
        warn!("the widget map could not be written: {err:?}");
    }
    *last = json;
}
