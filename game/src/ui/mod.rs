//! The on-screen interface in egui: fonts and style, the loading and start screens, the HUD,
//! the panels and the touch controls. Text direction follows the language (see [`rtl`]).

pub mod device;
pub mod documents;
pub mod handover;
pub mod hud;
pub mod interview;
pub mod palette;
pub mod panels;
pub mod rtl;
pub mod rtl_edit;
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
    /// After everything is drawn: who owns the keyboard and each new touch.
    Claim,
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
                    UiSystems::Claim.run_if(fonts_ready),
                )
                    .chain(),
            )
            .add_systems(
                EguiPrimaryContextPass,
                claim_keyboard.in_set(UiSystems::Claim),
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

/// Tells the game who has the keyboard. With no panel open the world owns Tab and Enter (they
/// walk through and use the things in reach), so the HUD's buttons give up keyboard focus;
/// Esc opens the menu, where every button is reachable with Tab.
fn claim_keyboard(
    mut contexts: EguiContexts,
    open: Res<crate::interact::OpenPanel>,
    mut owner: ResMut<crate::KeyboardOwner>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    if open.0.is_none()
        && let Some(id) = ctx.memory(|m| m.focused())
    {
        ctx.memory_mut(|m| m.surrender_focus(id));
    }
    let now = crate::KeyboardOwner {
        widget: ctx.memory(|m| m.focused().is_some()),
        text: ctx.egui_wants_keyboard_input(),
    };
    owner.set_if_neq(now);
    Ok(())
}

/// Noto Sans for Latin and Cyrillic, Noto Sans Arabic after it: egui picks per character,
/// so Arabic letters form their own runs (which [`crate::i18n::bidi`] relies on). Last come
/// small subsets of Noto Sans Math (arrows, ≈) and Noto Sans Symbols 2 (★ ⚠ ✓), which the
/// text fonts lack (see `assets/fonts/README.md`; `tests/game/glyphs.rs` checks the coverage).
pub fn font_definitions() -> FontDefinitions {
    const FONT_MATH: &[u8] =
        include_bytes!("../../../assets/fonts/NotoSansMath-Regular-subset.ttf");
    const FONT_SYMBOLS: &[u8] =
        include_bytes!("../../../assets/fonts/NotoSansSymbols2-Regular-subset.ttf");
    let mut fonts = FontDefinitions::empty();
    let order = [
        ("noto", FONT_LATIN),
        ("noto-arabic", FONT_ARABIC),
        ("noto-math", FONT_MATH),
        ("noto-symbols", FONT_SYMBOLS),
    ];
    for (name, bytes) in order {
        fonts.font_data.insert(
            name.into(),
            std::sync::Arc::new(FontData::from_static(bytes)),
        );
    }
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        fonts.families.insert(
            family,
            order.iter().map(|(name, _)| (*name).into()).collect(),
        );
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
    visuals.selection.bg_fill = palette::ACCENT;
    visuals.selection.stroke = egui::Stroke::new(1.5, egui::Color32::WHITE);
    visuals.hyperlink_color = palette::BRAND;
    visuals.weak_text_color = Some(palette::WEAK);
    style.visuals = visuals;
    ctx.set_global_style(style);
    *installed = true;
    Ok(())
}

/// Screens narrower than this (in points) are phones: panels become full-screen sheets and
/// the HUD folds into a menu button.
pub const NARROW: f32 = 600.0;

/// Height of anything a finger presses, in points (at least 44 CSS pixels, the size a
/// fingertip hits reliably).
pub const TOUCH_TARGET: f32 = 44.0;

/// Whether the screen is a phone's (see [`NARROW`]).
pub fn is_narrow(ctx: &egui::Context) -> bool {
    ctx.content_rect().width() < NARROW
}

fn apply_style(
    mut contexts: EguiContexts,
    settings: Res<Settings>,
    touch: Res<touch::TouchMode>,
    ready: Res<FontsReady>,
    mut last: Local<Option<(f32, bool)>>,
) -> Result {
    if !ready.0 {
        // The base style is set with the fonts; adjust it only after.
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    let now = (settings.text_scale, touch.0 || is_narrow(ctx));
    if *last == Some(now) {
        return Ok(());
    }
    *last = Some(now);
    ctx.set_zoom_factor(settings.text_scale);
    // Fingers need bigger targets than a mouse pointer.
    let (height, padding) = if now.1 {
        (TOUCH_TARGET, egui::vec2(14.0, 10.0))
    } else {
        (34.0, egui::vec2(12.0, 7.0))
    };
    ctx.all_styles_mut(|style| {
        style.spacing.interact_size.y = height;
        style.spacing.button_padding = padding;
        style.spacing.icon_width = if now.1 { 24.0 } else { 16.0 };
        style.spacing.icon_width_inner = if now.1 { 14.0 } else { 10.0 };
    });
    Ok(())
}

/// A panel over the world: a centred window on wide screens, a sheet filling the screen on
/// phones. Gives the title row with its close button (true when pressed), then `add` in a
/// scroll area laid out in the reading direction, clear of the scroll bar.
pub fn sheet(
    ctx: &egui::Context,
    id: &'static str,
    d: rtl::Dir,
    title: &str,
    close_label: &str,
    add_contents: impl FnOnce(&mut egui::Ui),
) -> bool {
    let screen = ctx.content_rect();
    let narrow = is_narrow(ctx);
    let mut close = false;
    let window = egui::Window::new(title)
        .id(egui::Id::new(id))
        .title_bar(false)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::vec2(0.0, 0.0));
    let margin = 16.0; // the window's frame and margins on both sides together
    let window = if narrow {
        window.fixed_size(egui::vec2(
            screen.width() - margin - 8.0,
            screen.height() - margin - 8.0,
        ))
    } else {
        window.default_width(520.0).max_width(560.0)
    };
    window.show(ctx, |ui| {
        close = panels::title_row(ui, d, title, close_label);
        let max_height = if narrow {
            ui.available_height()
        } else {
            screen.height() * 0.7
        };
        egui::ScrollArea::vertical()
            .max_height(max_height)
            .auto_shrink([false, !narrow])
            .show(ui, |ui| {
                // Keep text clear of the scroll bar, which sits on the right.
                egui::Frame::new()
                    .inner_margin(egui::Margin {
                        left: 4,
                        right: 14,
                        top: 0,
                        bottom: 4,
                    })
                    .show(ui, |ui| {
                        ui.with_layout(d.layout(), add_contents);
                    });
            });
    });
    close
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
