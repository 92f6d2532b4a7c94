//! The on-screen interface in egui: fonts and style, the loading and start screens, the HUD,
//! the panels and the touch controls. Text direction follows the language (see [`rtl`]).

pub mod documents;
pub mod handover;
pub mod hud;
pub mod interview;
pub mod panels;
pub mod rtl;
pub mod screens;
pub mod touch;

use bevy::prelude::*;
use bevy_egui::egui::{self, FontData, FontDefinitions, FontFamily, TextStyle};
use bevy_egui::{EguiContexts, EguiPlugin, EguiPrimaryContextPass};

use crate::settings::Settings;
use crate::world::sign::{FONT_ARABIC, FONT_LATIN};

/// Set once our fonts are in egui (text may be drawn from the frame after).
#[derive(Resource, Default, Debug)]
pub struct FontsReady(pub bool);

/// Ordering of the UI systems inside the egui pass.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub enum UiSystems {
    /// Fonts and style.
    Setup,
    /// Full screens (loading, start).
    Screens,
    /// The HUD over the world.
    Hud,
    /// Panels over the HUD.
    Panels,
    /// Touch controls and the fade, on top of everything.
    Overlay,
}

/// The egui interface.
pub struct UiPlugin;

impl Plugin for UiPlugin {
    fn build(&self, app: &mut App) {
        app.add_plugins(EguiPlugin::default())
            .init_resource::<FontsReady>()
            .configure_sets(
                EguiPrimaryContextPass,
                (
                    UiSystems::Setup,
                    UiSystems::Screens.run_if(fonts_ready),
                    UiSystems::Hud.run_if(fonts_ready),
                    UiSystems::Panels.run_if(fonts_ready),
                    UiSystems::Overlay.run_if(fonts_ready),
                )
                    .chain(),
            )
            .add_systems(
                EguiPrimaryContextPass,
                (install_fonts, apply_style)
                    .chain()
                    .in_set(UiSystems::Setup),
            )
            .add_plugins((
                screens::ScreensPlugin,
                hud::HudPlugin,
                panels::PanelsPlugin,
                interview::InterviewUiPlugin,
                touch::TouchPlugin,
            ));
    }
}

fn fonts_ready(ready: Res<FontsReady>) -> bool {
    ready.0
}

/// Noto Sans for Latin and Cyrillic, Noto Sans Arabic after it: egui picks per character,
/// so Arabic letters form their own runs (which [`crate::i18n::bidi`] relies on).
pub fn font_definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::empty();
    fonts.font_data.insert(
        "noto".into(),
        std::sync::Arc::new(FontData::from_static(FONT_LATIN)),
    );
    fonts.font_data.insert(
        "noto-arabic".into(),
        std::sync::Arc::new(FontData::from_static(FONT_ARABIC)),
    );
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        fonts
            .families
            .insert(family, vec!["noto".into(), "noto-arabic".into()]);
    }
    fonts
}

fn install_fonts(
    mut contexts: EguiContexts,
    mut ready: ResMut<FontsReady>,
    mut installed: Local<bool>,
) -> Result {
    if ready.0 {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    if *installed {
        // egui takes new fonts at the start of the next pass.
        ready.0 = true;
        return Ok(());
    }
    ctx.set_fonts(font_definitions());
    let mut style = (*ctx.global_style()).clone();
    style.text_styles = [
        (TextStyle::Small, egui::FontId::proportional(13.0)),
        (TextStyle::Body, egui::FontId::proportional(17.0)),
        (TextStyle::Button, egui::FontId::proportional(17.0)),
        (TextStyle::Heading, egui::FontId::proportional(25.0)),
        (TextStyle::Monospace, egui::FontId::monospace(15.0)),
    ]
    .into();
    style.spacing.button_padding = egui::vec2(12.0, 7.0);
    style.spacing.item_spacing = egui::vec2(10.0, 8.0);
    style.spacing.interact_size.y = 34.0;
    let mut visuals = egui::Visuals::light();
    visuals.window_corner_radius = egui::CornerRadius::same(12);
    visuals.widgets.inactive.corner_radius = egui::CornerRadius::same(8);
    visuals.widgets.hovered.corner_radius = egui::CornerRadius::same(8);
    visuals.widgets.active.corner_radius = egui::CornerRadius::same(8);
    visuals.selection.bg_fill = egui::Color32::from_rgb(42, 157, 143);
    visuals.selection.stroke = egui::Stroke::new(1.5, egui::Color32::WHITE);
    visuals.hyperlink_color = egui::Color32::from_rgb(29, 78, 137);
    style.visuals = visuals;
    ctx.set_global_style(style);
    *installed = true;
    Ok(())
}

fn apply_style(
    mut contexts: EguiContexts,
    settings: Res<Settings>,
    mut last: Local<Option<f32>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    if *last != Some(settings.text_scale) {
        ctx.set_zoom_factor(settings.text_scale);
        *last = Some(settings.text_scale);
    }
    Ok(())
}

/// A screen-filling panel on the background layer.
pub fn full_screen(
    ctx: &egui::Context,
    id: &'static str,
    fill: egui::Color32,
    add: impl FnOnce(&mut egui::Ui),
) {
    let mut root = egui::Ui::new(
        ctx.clone(),
        id.into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.viewport_rect()),
    );
    egui::CentralPanel::default()
        .frame(egui::Frame::new().fill(fill))
        .show(&mut root, add);
}

/// The direction of the current language.
pub fn dir(settings: &Settings) -> rtl::Dir {
    rtl::Dir {
        rtl: settings.language.is_rtl(),
    }
}
