//! The menu (Esc, or "Menü" on phones): the settings with this device's account and data, and
//! list mode — every place and kiosk as a plain menu for people who cannot or will not move
//! in 3D.

use bevy::prelude::*;
use bevy_egui::egui;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use crate::core::settings::{Quality, Settings, TEXT_SCALE_RANGE};
use crate::core::state::{AppState, InWorld, Place, PlaceName};
use crate::features::account::ui::DeviceUi;
use crate::features::counselling::Threads;
use crate::features::hud::ShowControls;
use crate::features::presence::Presence;
use crate::i18n::{Language, Locales, Texts};
use crate::interact::{GoTo, OpenPanel, Panel, PanelKind};
use crate::theme::palette::ACCENT;
use crate::theme::rtl::{Dir, TextField};
use crate::theme::{UiSystems, dir, panel};

/// The list-mode filter text and its caret.
#[derive(Resource, Default, Debug)]
pub struct ListFilter {
    pub text: String,
    pub caret: usize,
}

/// The settings and list-mode panels.
pub struct MenuPlugin;

impl Plugin for MenuPlugin {
    fn build(&self, app: &mut App) {
        let text = app
            .world()
            .get_resource::<crate::core::options::LaunchOptions>()
            .and_then(|o| o.filter.clone())
            .unwrap_or_default();
        let caret = text.chars().count();
        app.insert_resource(ListFilter { text, caret }).add_systems(
            EguiPrimaryContextPass,
            draw_menu
                .in_set(UiSystems::Panels)
                .run_if(in_state(InWorld)),
        );
    }
}

fn draw_menu(
    mut contexts: EguiContexts,
    locales: Res<Locales>,
    mut settings: ResMut<Settings>,
    mut open: ResMut<OpenPanel>,
    mut filter: ResMut<ListFilter>,
    state: Res<State<AppState>>,
    mut go: MessageWriter<GoTo>,
    mut device: DeviceUi,
    mut controls: ResMut<ShowControls>,
    threads: Res<Threads>,
    presence: Res<Presence>,
) -> Result {
    let Some(shown @ (Panel::Settings | Panel::List)) = open.0.clone() else {
        return Ok(());
    };
    let ctx = contexts.ctx_mut()?;
    let d = dir(&settings);
    let tr = Texts {
        locales: &locales,
        language: settings.language,
    };
    let close_label = tr.get("ui-close");
    let mut next_panel: Option<Option<Panel>> = None;
    let closed = if shown == Panel::Settings {
        panel(ctx, d, &tr.get("ui-settings"), &close_label, |ui| {
            // The HUD's other buttons, reachable here with Tab (Esc opens this menu).
            d.row_ui(ui, |ui| {
                if d.button(ui, &tr.get("ui-list-mode")).clicked() {
                    next_panel = Some(Some(Panel::List));
                }
                if d.button(ui, &tr.get("ui-controls")).clicked() {
                    controls.0 = true;
                    next_panel = Some(None);
                }
            });
            ui.add_space(4.0);
            settings_contents(ui, d, &tr, &mut settings);
            device.show(ui, d, &tr);
            ui.add_space(8.0);
            if d.button(ui, &close_label).clicked() {
                next_panel = Some(None);
            }
        })
    } else {
        panel(ctx, d, &tr.get("ui-list-mode-title"), &close_label, |ui| {
            let current = match state.get() {
                AppState::InWorld(place) => Some(*place),
                _ => None,
            };
            let unread = threads.unread();
            let here = presence.others.by_handle.len() + 1;
            if let Some(action) = list_contents(ui, d, &tr, &mut filter, current, (unread, here)) {
                match action {
                    ListAction::Go(place) => {
                        go.write(GoTo(place));
                        next_panel = Some(None);
                    }
                    ListAction::Open(kind) => next_panel = Some(Some(Panel::Kiosk(kind))),
                    ListAction::People => next_panel = Some(Some(Panel::People)),
                }
            }
        })
    };
    if closed {
        open.0 = None;
    } else if let Some(next) = next_panel {
        open.0 = next;
    }
    Ok(())
}

fn settings_contents(ui: &mut egui::Ui, d: Dir, tr: &Texts, settings: &mut Settings) {
    ui.label(d.rich(&tr.get("ui-settings-language")).strong());
    for three in Language::ALL.chunks(3) {
        d.row_ui(ui, |ui| {
            for &lang in three {
                let name = Dir { rtl: lang.is_rtl() }.line(lang.native_name());
                if ui
                    .selectable_label(settings.language == lang, name)
                    .clicked()
                    && settings.language != lang
                {
                    settings.language = lang;
                }
            }
        });
    }
    ui.add_space(6.0);
    ui.label(d.rich(&tr.get("ui-settings-volume")).strong());
    let mut volume = settings.volume;
    ui.add(egui::Slider::new(&mut volume, 0.0..=1.0).show_value(false));
    if (volume - settings.volume).abs() > f32::EPSILON {
        settings.volume = volume;
    }
    ui.add_space(6.0);
    ui.label(d.rich(&tr.get("ui-settings-quality")).strong());
    d.row_ui(ui, |ui| {
        for quality in Quality::ALL {
            if ui
                .selectable_label(
                    settings.quality == quality,
                    d.line(&tr.get(quality.label_key())),
                )
                .clicked()
                && settings.quality != quality
            {
                settings.quality = quality;
            }
        }
    });
    ui.add_space(6.0);
    ui.label(d.rich(&tr.get("ui-settings-text-size")).strong());
    let mut scale = settings.text_scale;
    ui.add(
        egui::Slider::new(&mut scale, TEXT_SCALE_RANGE.0..=TEXT_SCALE_RANGE.1)
            .step_by(0.1)
            .custom_formatter(|v, _| format!("{:.0} %", v * 100.0)),
    );
    // Apply the new size only when the slider is let go, so the slider does not jump.
    if (scale - settings.text_scale).abs() > f32::EPSILON && !ui.ctx().egui_is_using_pointer() {
        settings.text_scale = scale;
    }
    ui.add_space(6.0);
    d.paragraph_styled(
        ui,
        &tr.get("ui-settings-saved"),
        egui::TextStyle::Small,
        Some(crate::theme::palette::HELP),
    );
}

enum ListAction {
    Go(Place),
    Open(PanelKind),
    People,
}

fn list_contents(
    ui: &mut egui::Ui,
    d: Dir,
    tr: &Texts,
    filter: &mut ListFilter,
    current: Option<Place>,
    (unread, here): (u32, usize),
) -> Option<ListAction> {
    let mut action = None;
    // Who else is in this place, with room chat: the same panel the HUD opens.
    d.row_ui(ui, |ui| {
        ui.label(d.rich(&tr.get("presence-title")).strong());
        if d.button(ui, &tr.with("presence-here", "count", here as i64))
            .clicked()
        {
            action = Some(ListAction::People);
        }
    });
    ui.add_space(4.0);
    // Answers from counsellors first: what the HUD's notice says, reachable without the world.
    if unread > 0 {
        d.row_ui(ui, |ui| {
            ui.label(
                d.rich(&tr.with("cn-hud-unread", "count", i64::from(unread)))
                    .strong()
                    .color(ACCENT),
            );
            if d.button(ui, &tr.get("ui-list-mode-open")).clicked() {
                action = Some(ListAction::Open(PanelKind::Counselling));
            }
        });
        ui.add_space(4.0);
    }
    d.paragraph(ui, &tr.get("ui-list-mode-help"));
    let ListFilter { text, caret } = filter;
    let label = tr.get("ui-list-mode-title");
    TextField::new(text, caret, d)
        .id(egui::Id::new("list-filter"))
        .label(&label)
        .hint("…")
        .max_chars(40)
        .width(ui.available_width().min(320.0))
        .show(ui);
    let needle = text.to_lowercase();
    let matches = |s: &str| needle.is_empty() || s.to_lowercase().contains(&needle);
    for place in Place::ALL {
        let place_name = tr.get(place.name_key());
        let kiosks: Vec<(PanelKind, String)> = PanelKind::ALL
            .into_iter()
            .filter(|k| k.place() == place)
            .map(|k| (k, tr.get(k.title_key())))
            .filter(|(_, name)| matches(name) || matches(&place_name))
            .collect();
        if !matches(&place_name) && kiosks.is_empty() {
            continue;
        }
        ui.add_space(6.0);
        ui.separator();
        d.row_ui(ui, |ui| {
            ui.label(d.rich(&place_name).strong().size(19.0));
            if current != Some(place) && d.button(ui, &tr.get("ui-list-mode-go")).clicked() {
                action = Some(ListAction::Go(place));
            }
        });
        for (kind, name) in kiosks {
            d.row_ui(ui, |ui| {
                ui.add_space(18.0);
                ui.label(d.line(&name));
                if d.button(ui, &tr.get("ui-list-mode-open")).clicked() {
                    action = Some(ListAction::Open(kind));
                }
            });
        }
    }
    action
}
