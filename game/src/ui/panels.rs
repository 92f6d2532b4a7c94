//! The panels over the world: an NPC's words, the kiosks and desks (their contents come with
//! their own features), the settings, and list mode — every place and kiosk as a plain menu
//! for people who cannot or will not move in 3D.

use bevy::prelude::*;
use bevy_egui::egui;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::rtl::{Dir, TextField};
use super::{UiSystems, dir};
use crate::i18n::{Language, Locales, Texts};
use crate::interact::{GoTo, OpenPanel, Panel, PanelKind};
use crate::settings::{Quality, Settings, TEXT_SCALE_RANGE};
use crate::state::{AppState, InWorld, Place};

/// The list-mode filter text and its caret.
#[derive(Resource, Default, Debug)]
pub struct ListFilter {
    pub text: String,
    pub caret: usize,
}

/// Panel drawing.
pub struct PanelsPlugin;

impl Plugin for PanelsPlugin {
    fn build(&self, app: &mut App) {
        let text = app
            .world()
            .get_resource::<crate::options::LaunchOptions>()
            .and_then(|o| o.filter.clone())
            .unwrap_or_default();
        let caret = text.chars().count();
        app.insert_resource(ListFilter { text, caret }).add_systems(
            EguiPrimaryContextPass,
            draw_panel
                .in_set(UiSystems::Panels)
                .run_if(in_state(InWorld)),
        );
    }
}

/// A title in the reading direction with a close button at the far end, and a rule under
/// them; returns whether the button was pressed.
pub fn title_row(ui: &mut egui::Ui, d: Dir, title: &str, close_label: &str) -> bool {
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

/// A panel window (a full-screen sheet on phones); returns whether its close button was
/// pressed.
fn panel_window(
    ctx: &egui::Context,
    d: Dir,
    title: &str,
    close_label: &str,
    add_contents: impl FnOnce(&mut egui::Ui),
) -> bool {
    super::sheet(ctx, "panel", d, title, close_label, add_contents)
}

fn draw_panel(
    mut contexts: EguiContexts,
    locales: Res<Locales>,
    mut settings: ResMut<Settings>,
    mut open: ResMut<OpenPanel>,
    mut filter: ResMut<ListFilter>,
    state: Res<State<AppState>>,
    mut go: MessageWriter<GoTo>,
    mut documents: super::documents::DocumentsDesk,
    mut device: super::device::DeviceUi,
    mut controls: ResMut<super::hud::ShowControls>,
) -> Result {
    let Some(panel) = open.0.clone().filter(|p| !super::interview::draws(p)) else {
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
    let closed = match &panel {
        Panel::Talk { name, line, lesson } => {
            panel_window(ctx, d, &tr.get(name), &close_label, |ui| {
                d.paragraph_styled(ui, &tr.get(line), egui::TextStyle::Body, None);
                ui.add_space(8.0);
                if let Some(lesson) = lesson {
                    let title = tr.get(&format!("ls-{lesson}-title"));
                    if d.button(ui, &tr.with("interview-learn", "title", title))
                        .clicked()
                    {
                        next_panel = Some(Some(Panel::Lesson {
                            name: name.clone(),
                            lesson: lesson.clone(),
                        }));
                    }
                }
                if d.button(ui, &tr.get("panel-talk-continue")).clicked() {
                    next_panel = Some(None);
                }
            })
        }
        // Drawn by `ui::interview` (filtered out above).
        Panel::Lesson { .. } => false,
        Panel::Kiosk(PanelKind::Documents) => panel_window(
            ctx,
            d,
            &tr.get(PanelKind::Documents.title_key()),
            &close_label,
            |ui| documents.show(ui, d, &tr),
        ),
        Panel::Kiosk(kind) => {
            let soon = match kind {
                PanelKind::Counselling => "panel-counselling-soon",
                PanelKind::Forum => "panel-forum-soon",
                PanelKind::Interview => "panel-interview-soon",
                PanelKind::Documents => "panel-documents-soon",
            };
            panel_window(ctx, d, &tr.get(kind.title_key()), &close_label, |ui| {
                d.paragraph(ui, &tr.get(soon));
                ui.add_space(8.0);
                if d.button(ui, &close_label).clicked() {
                    next_panel = Some(None);
                }
            })
        }
        Panel::Settings => panel_window(ctx, d, &tr.get("ui-settings"), &close_label, |ui| {
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
        }),
        Panel::List => panel_window(ctx, d, &tr.get("ui-list-mode-title"), &close_label, |ui| {
            let current = match state.get() {
                AppState::InWorld(place) => Some(*place),
                _ => None,
            };
            if let Some(action) = list_contents(ui, d, &tr, &mut filter, current) {
                match action {
                    ListAction::Go(place) => {
                        go.write(GoTo(place));
                        next_panel = Some(None);
                    }
                    ListAction::Open(kind) => next_panel = Some(Some(Panel::Kiosk(kind))),
                }
            }
        }),
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
        Some(super::palette::HELP),
    );
}

enum ListAction {
    Go(Place),
    Open(PanelKind),
}

fn list_contents(
    ui: &mut egui::Ui,
    d: Dir,
    tr: &Texts,
    filter: &mut ListFilter,
    current: Option<Place>,
) -> Option<ListAction> {
    let mut action = None;
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
