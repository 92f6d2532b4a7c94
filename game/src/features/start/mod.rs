//! Full screens before the world: loading with a real progress bar, then the start screen
//! with the six languages (each named in itself) and "Start".

use bevy::prelude::*;
use bevy_egui::egui::{self, Align2, Color32, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use crate::core::loading::LoadingSteps;
use crate::core::settings::Settings;
use crate::core::state::{AppState, Place};
use crate::i18n::{Language, Locales, Texts};
use crate::theme::{UiSystems, dir};

/// Loading and start screens.
pub struct StartPlugin;

impl Plugin for StartPlugin {
    fn build(&self, app: &mut App) {
        app.add_systems(
            EguiPrimaryContextPass,
            (
                loading_screen.run_if(in_state(AppState::Loading)),
                start_screen.run_if(in_state(AppState::Start)),
            )
                .in_set(UiSystems::Screens),
        );
    }
}

use crate::theme::palette::{ACCENT, BACKDROP, BRAND, WEAK};

fn loading_screen(
    mut contexts: EguiContexts,
    steps: Res<LoadingSteps>,
    locales: Res<Locales>,
    settings: Res<Settings>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let d = dir(&settings);
    crate::theme::full_screen(ctx, "loading", BACKDROP, |ui| {
        ui.vertical_centered(|ui| {
            ui.add_space(ui.available_height() * 0.35);
            ui.label(RichText::new("Lernwelt").size(42.0).color(BRAND).strong());
            ui.add_space(16.0);
            let progress = steps.progress();
            ui.add(
                egui::ProgressBar::new(progress)
                    .desired_width(320.0)
                    .text(format!("{:.0} %", progress * 100.0)),
            );
            let step = steps
                .current
                .and_then(|key| locales.try_format(settings.language, key, None));
            if let Some(step) = step {
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("step", step);
                if let Some(line) =
                    locales.try_format(settings.language, "ui-loading-step", Some(&args))
                {
                    ui.label(d.rich(&line).color(Color32::DARK_GRAY));
                }
            }
        });
    });
    Ok(())
}

fn start_screen(
    mut contexts: EguiContexts,
    mut settings: ResMut<Settings>,
    locales: Res<Locales>,
    mut next: ResMut<NextState<AppState>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let tr = Texts {
        locales: &locales,
        language: settings.language,
    };
    let d = dir(&settings);
    let mut chosen = settings.language;
    let mut start = false;
    crate::theme::full_screen(ctx, "start", BACKDROP, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.vertical_centered(|ui| {
                ui.add_space((ui.available_height() * 0.12).max(12.0));
                ui.label(
                    RichText::new(tr.get("ui-title"))
                        .size(46.0)
                        .color(BRAND)
                        .strong(),
                );
                ui.label(d.rich(&tr.get("ui-tagline")).size(19.0));
                ui.add_space(22.0);
                ui.label(d.rich(&tr.get("ui-choose-language")).strong());
                ui.add_space(6.0);
                for lang in Language::ALL {
                    let selected = chosen == lang;
                    let text = RichText::new(rtl_name(lang)).size(21.0);
                    let button = egui::Button::new(text)
                        .selected(selected)
                        .min_size(egui::vec2(240.0, 40.0));
                    if ui.add(button).clicked() {
                        chosen = lang;
                    }
                }
                ui.add_space(18.0);
                let go =
                    egui::Button::new(d.rich(&tr.get("ui-start")).size(24.0).color(Color32::WHITE))
                        .fill(ACCENT)
                        .min_size(egui::vec2(240.0, 52.0));
                if ui.add(go).clicked() {
                    start = true;
                }
            });
        });
    });
    egui::Area::new(egui::Id::new("version"))
        .anchor(Align2::RIGHT_BOTTOM, egui::vec2(-8.0, -6.0))
        .show(ctx, |ui| {
            ui.label(
                RichText::new(concat!("v", env!("CARGO_PKG_VERSION")))
                    .small()
                    .color(WEAK),
            );
        });
    if chosen != settings.language {
        settings.language = chosen;
    }
    if start {
        settings.language_chosen = true;
        next.set(AppState::InWorld(Place::JobCentre));
    }
    Ok(())
}

/// A language's own name, ordered for display.
fn rtl_name(lang: Language) -> String {
    crate::theme::rtl::Dir { rtl: lang.is_rtl() }.line(lang.native_name())
}
