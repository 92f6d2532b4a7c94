//! The look every panel shares, in egui: fonts and style, colours ([`palette`]), widgets that
//! lay text out in the reading direction ([`rtl`]), the phone's on-screen keyboard
//! ([`keyboard`]), and the panel frame that is a window on wide screens and a full-screen sheet
//! on phones. Features draw with these; none of it knows a feature.

pub mod keyboard;
pub mod palette;
pub mod rtl;

use bevy::prelude::*;
use bevy::transform::TransformSystems;
use bevy_egui::egui::{self, FontData, FontDefinitions, FontFamily, TextStyle};
use bevy_egui::{EguiContexts, EguiPostUpdateSet, EguiPrimaryContextPass};
use lernwelt_text::fonts;

use crate::core::settings::Settings;

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

/// Whether touch controls show (set once a touch is seen, or by `--touch`): fingers get
/// bigger targets.
#[derive(Resource, Default, Debug)]
pub struct TouchMode(pub bool);

/// egui with Lernwelt's fonts and style, and the order of the interface's systems.
pub struct ThemePlugin;

impl Plugin for ThemePlugin {
    fn build(&self, app: &mut App) {
        app.add_plugins((crate::third_party::egui(), keyboard::plugin))
            .init_resource::<FontsReady>()
            .init_resource::<TouchMode>()
            // The egui pass runs in `PostUpdate`; after transform propagation, so what it
            // places over the world (name tags, bubbles) uses this frame's positions, not the
            // last one's (a tag would trail a walking person by a frame).
            .configure_sets(
                PostUpdate,
                EguiPostUpdateSet::EndPass.after(TransformSystems::Propagate),
            )
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
                (install_fonts, apply_style)
                    .chain()
                    .in_set(UiSystems::Setup),
            );
    }
}

fn fonts_ready(ready: Res<FontsReady>) -> bool {
    ready.0
}

/// Noto Sans for Latin and Cyrillic, Noto Sans Arabic after it: egui picks per character,
/// so Arabic letters form their own runs (which [`lernwelt_text::bidi`] relies on). Last come
/// small subsets of Noto Sans Math (arrows, ≈) and Noto Sans Symbols 2 (★ ⚠ ✓), which the
/// text fonts lack (see `assets/fonts/README.md`; `tests/game/glyphs.rs` checks the coverage).
pub fn font_definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::empty();
    let order = [
        ("noto", fonts::LATIN),
        ("noto-arabic", fonts::ARABIC),
        ("noto-math", fonts::MATH),
        ("noto-symbols", fonts::SYMBOLS),
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

/// How long a finger may rest before lifting and still press what it touched, in seconds.
pub const TOUCH_CLICK_SECONDS: f64 = 30.0;

/// Whether the screen is a phone's (see [`NARROW`]).
pub fn is_narrow(ctx: &egui::Context) -> bool {
    ctx.content_rect().width() < NARROW
}

fn apply_style(
    mut contexts: EguiContexts,
    settings: Res<Settings>,
    touch: Res<TouchMode>,
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
    // A finger lifted on a button presses it, however long it rested there (as a phone's own
    // buttons behave): on a slow phone the frames between touching and lifting can take
    // seconds, and egui's default (0.8 s) then took a plain tap for a held press. Lernwelt has
    // no press-and-hold menus that a long touch would open instead.
    ctx.options_mut(|o| {
        o.input_options.max_click_duration = if now.1 { TOUCH_CLICK_SECONDS } else { 0.8 };
    });
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
        close = title_row(ui, d, title, close_label);
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

/// The panel over the world (one at a time): a centred window on wide screens, a full-screen
/// sheet on phones; returns whether its close button was pressed.
pub fn panel(
    ctx: &egui::Context,
    d: rtl::Dir,
    title: &str,
    close_label: &str,
    add_contents: impl FnOnce(&mut egui::Ui),
) -> bool {
    sheet(ctx, "panel", d, title, close_label, add_contents)
}

/// Scrolls the sheet around `ui` back to its top when what it shows (`now`: the page of a
/// kiosk, whether someone is logged in) differs from what it showed last (`last`). Otherwise
/// a short page would open at the offset the long one before it was scrolled to, and move
/// under the finger when the offset is corrected. The jump is immediate (no animation) and
/// the pass is drawn again at once, so the page is never seen at the old offset: on a slow
/// phone one frame is long enough to tap the wrong thing.
pub fn top_when_page_changes<T: PartialEq + Copy>(ui: &mut egui::Ui, last: &mut Option<T>, now: T) {
    if *last != Some(now) {
        ui.scroll_to_cursor_animation(Some(egui::Align::TOP), egui::style::ScrollAnimation::none());
        ui.ctx()
            .request_discard("the page changed: show it from its top");
        *last = Some(now);
    }
}

/// A title in the reading direction with a close button at the far end, and a rule under
/// them; returns whether the button was pressed.
pub fn title_row(ui: &mut egui::Ui, d: rtl::Dir, title: &str, close_label: &str) -> bool {
    let mut close = false;
    d.row_ui(ui, |ui| {
        ui.heading(d.line(title));
        ui.with_layout(
            if d.rtl {
                egui::Layout::left_to_right(egui::Align::Center)
            } else {
                egui::Layout::right_to_left(egui::Align::Center)
            },
            |ui| {
                if ui.button("×").on_hover_text(d.line(close_label)).clicked() {
                    close = true;
                }
            },
        );
    });
    ui.separator();
    close
}

/// One frame's input for tests that run egui without Bevy: `events` at `time` on a 400×300
/// screen.
#[cfg(test)]
pub(crate) fn raw_input(time: f64, events: Vec<egui::Event>) -> egui::RawInput {
    egui::RawInput {
        time: Some(time),
        events,
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(400.0, 300.0),
        )),
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs a frame at `time` with `events` over one button; whether it was pressed, and where
    /// it is.
    fn frame(ctx: &egui::Context, time: f64, events: Vec<egui::Event>) -> (bool, egui::Rect) {
        let input = raw_input(time, events);
        let mut button = (false, egui::Rect::NOTHING);
        let mut output = ctx.run_ui(input, |ui| {
            let response = ui.button("Menü");
            button = (response.clicked(), response.rect);
        });
        // No renderer takes the font texture here.
        output.textures_delta.clear();
        button
    }

    /// A finger resting `seconds` on the button before lifting: whether the button was pressed.
    fn slow_tap(max_click_duration: f64, seconds: f64) -> bool {
        let ctx = egui::Context::default();
        ctx.options_mut(|o| o.input_options.max_click_duration = max_click_duration);
        let (_, rect) = frame(&ctx, 0.0, vec![]);
        let at = rect.center();
        let press = |pressed| egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        };
        let (down, _) = frame(&ctx, 0.1, vec![egui::Event::PointerMoved(at), press(true)]);
        let (up, _) = frame(&ctx, 0.1 + seconds, vec![press(false)]);
        down || up
    }

    #[test]
    fn a_slow_tap_still_presses_the_button_on_touch_screens() {
        // Three seconds between touching and lifting: what a slow phone's frames can make of a
        // quick tap.
        assert!(
            !slow_tap(0.8, 3.0),
            "egui's default takes it for a held press"
        );
        assert!(slow_tap(TOUCH_CLICK_SECONDS, 3.0));
        assert!(slow_tap(TOUCH_CLICK_SECONDS, 0.1));
    }

    /// A long page scrolled to its end, then a short one: already the first frame of the short
    /// page shows its first button at the top of the sheet, where a finger would tap it.
    #[test]
    fn a_new_page_is_drawn_from_its_top_in_its_first_frame() {
        let ctx = egui::Context::default();
        let mut shown = None;
        let mut run = |time: f64, page: u8, offset: Option<f32>| {
            let mut first = egui::Rect::NOTHING;
            let mut output = ctx.run_ui(raw_input(time, vec![]), |ui| {
                let mut sheet = egui::ScrollArea::vertical().id_salt("sheet");
                if let Some(offset) = offset {
                    sheet = sheet.vertical_scroll_offset(offset);
                }
                sheet.show(ui, |ui| {
                    top_when_page_changes(ui, &mut shown, page);
                    let lines = if page == 0 { 40 } else { 2 };
                    for n in 0..lines {
                        let response = ui.button(format!("{page}-{n}"));
                        if n == 0 {
                            first = response.rect;
                        }
                    }
                });
            });
            output.textures_delta.clear();
            first
        };
        let top = run(0.0, 0, None).top();
        run(1.0, 0, None);
        run(1.1, 0, Some(400.0));
        let scrolled = run(1.2, 0, None);
        assert!(
            scrolled.top() < top - 200.0,
            "the long page scrolled ({scrolled:?})"
        );
        let first = run(1.3, 1, None);
        assert_eq!(first.top(), top, "the short page starts at the top at once");
    }
}
