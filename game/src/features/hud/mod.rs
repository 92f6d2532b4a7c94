//! The HUD over the world: where you are, the menu buttons, the interaction prompt, the
//! controls help and the fade between places.

use bevy::prelude::*;
use bevy_egui::egui::{self, Align2, Color32};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use crate::core::settings::Settings;
use crate::core::state::{AppState, InWorld, PlaceName};
use crate::features::counselling::Threads;
use crate::features::presence::Presence;
use crate::i18n::Tr;
use crate::interact::{Activate, Focus, Interactable, OpenPanel, Panel, PanelKind};
use crate::net::live::{Live, LiveState};
use crate::theme::TouchMode;
use crate::theme::{UiSystems, dir};
use crate::world::door::Transition;

/// Seconds the HUD says that a counsellor came.
const COMING_SECONDS: f32 = 30.0;

/// Whether the controls help is showing.
#[derive(Resource, Default, Debug)]
pub struct ShowControls(pub bool);

/// HUD drawing.
pub struct HudPlugin;

impl Plugin for HudPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<ShowControls>().add_systems(
            EguiPrimaryContextPass,
            (top_bar, prompt, controls_help)
                .chain()
                .in_set(UiSystems::Hud)
                .run_if(in_state(InWorld)),
        );
        app.add_systems(EguiPrimaryContextPass, fade.in_set(UiSystems::Overlay));
    }
}

fn top_bar(
    mut contexts: EguiContexts,
    tr: Tr,
    settings: Res<Settings>,
    state: Res<State<AppState>>,
    mut open: ResMut<OpenPanel>,
    mut show_controls: ResMut<ShowControls>,
    mut folded_open: Local<bool>,
    threads: Res<Threads>,
    presence: Res<Presence>,
    live: Res<Live>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let d = dir(&settings);
    let AppState::InWorld(place) = *state.get() else {
        return Ok(());
    };
    let anchor = if d.rtl {
        Align2::RIGHT_TOP
    } else {
        Align2::LEFT_TOP
    };
    let offset = if d.rtl {
        egui::vec2(-8.0, 8.0)
    } else {
        egui::vec2(8.0, 8.0)
    };
    #[derive(Clone, Copy)]
    enum Item {
        Place,
        Separator,
        Menu,
        People,
        List,
        Controls,
    }
    let narrow = crate::theme::is_narrow(ctx);
    // On a phone the bar folds into one menu button beside the place's name.
    let items: &[Item] = if narrow {
        &[Item::Menu, Item::People, Item::Place]
    } else {
        &[
            Item::Place,
            Item::Separator,
            Item::Menu,
            Item::People,
            Item::List,
            Item::Controls,
        ]
    };
    let people = tr.with(
        "presence-here",
        "count",
        presence.others.by_handle.len() as i64 + 1,
    );
    let place_name = if narrow {
        tr.get(place.name_key())
    } else {
        tr.with("ui-you-are-here", "place", tr.get(place.name_key()))
    };
    let mut choice = None;
    egui::Area::new(egui::Id::new("top-bar"))
        .anchor(anchor, offset)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_max_width(ui.ctx().content_rect().width() - 32.0);
                d.items(ui, items, |ui, item| match item {
                    Item::Place => {
                        ui.add(egui::Label::new(d.rich(&place_name).strong()).truncate());
                    }
                    Item::Separator => {
                        ui.separator();
                    }
                    Item::Menu if narrow => {
                        let menu = egui::Button::new(d.rich(&tr.get("ui-menu")).strong())
                            .selected(*folded_open);
                        if ui.add(menu).clicked() {
                            *folded_open = !*folded_open;
                        }
                    }
                    Item::Menu => {
                        if d.button(ui, &tr.get("ui-menu")).clicked() {
                            choice = Some(Item::Menu);
                        }
                    }
                    Item::People => {
                        if d.button(ui, &people).clicked() {
                            choice = Some(Item::People);
                        }
                    }
                    Item::List => {
                        if d.button(ui, &tr.get("ui-list-mode")).clicked() {
                            choice = Some(Item::List);
                        }
                    }
                    Item::Controls => {
                        if d.button(ui, &tr.get("ui-controls")).clicked() {
                            choice = Some(Item::Controls);
                        }
                    }
                });
                // A counsellor answered while the person walks around: one press reads it.
                let unread = threads.unread();
                if unread > 0 && open.0 != Some(Panel::Kiosk(PanelKind::Counselling)) {
                    let text = tr.with("cn-hud-unread", "count", i64::from(unread));
                    let button = egui::Button::new(d.rich(&text).strong().color(Color32::WHITE))
                        .fill(crate::theme::palette::ACCENT)
                        .min_size(egui::vec2(0.0, crate::theme::TOUCH_TARGET));
                    if ui.add(button).clicked() {
                        open.0 = Some(Panel::Kiosk(PanelKind::Counselling));
                    }
                }
                // A counsellor came because the person asked: say who, for a while.
                if let Some((name, at)) = &presence.coming
                    && presence.clock - at < COMING_SECONDS
                {
                    let text = tr.with("presence-coming", "name", name.clone());
                    ui.label(d.rich(&text).strong().color(crate::theme::palette::GOOD));
                }
                // The live connection broke: the others cannot see the person now; it comes back
                // by itself and the avatar goes on where it stands.
                if live.state() == LiveState::Lost {
                    let text = tr.get("presence-reconnecting");
                    ui.label(d.rich(&text).color(crate::theme::palette::BAD));
                }
                // Muted or sent out by a counsellor, a report sent: said here while the
                // people panel (which says it too) is closed.
                if open.0 != Some(Panel::People)
                    && let Some(text) =
                        crate::features::presence::ui::current_notice(&tr.texts(), &presence, place)
                {
                    ui.label(d.rich(&text).strong().color(crate::theme::palette::BAD));
                }
                if narrow && *folded_open {
                    ui.separator();
                    ui.with_layout(d.layout(), |ui| {
                        for (item, key) in [
                            (Item::Menu, "ui-settings"),
                            (Item::List, "ui-list-mode"),
                            (Item::Controls, "ui-controls"),
                        ] {
                            let button = egui::Button::new(d.rich(&tr.get(key)))
                                .min_size(egui::vec2(200.0, crate::theme::TOUCH_TARGET));
                            if ui.add(button).clicked() {
                                choice = Some(item);
                            }
                        }
                    });
                }
            });
        });
    match choice {
        Some(Item::Menu) => open.0 = toggle(&open.0, Panel::Settings),
        Some(Item::List) => open.0 = toggle(&open.0, Panel::List),
        Some(Item::People) => open.0 = toggle(&open.0, Panel::People),
        Some(Item::Controls) => show_controls.0 = !show_controls.0,
        _ => {}
    }
    if choice.is_some() || open.0.is_some() {
        *folded_open = false;
    }
    Ok(())
}

fn toggle(current: &Option<Panel>, panel: Panel) -> Option<Panel> {
    if current.as_ref() == Some(&panel) {
        None
    } else {
        Some(panel)
    }
}

fn prompt(
    mut contexts: EguiContexts,
    tr: Tr,
    settings: Res<Settings>,
    focus: Res<Focus>,
    open: Res<OpenPanel>,
    touch: Res<TouchMode>,
    things: Query<&Interactable>,
    transition: Res<Transition>,
    mut activate: MessageWriter<Activate>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let d = dir(&settings);
    let (Some(entity), None) = (focus.0, &open.0) else {
        return Ok(());
    };
    let Ok(thing) = things.get(entity) else {
        return Ok(());
    };
    if transition.active() {
        return Ok(());
    }
    let key = if touch.0 {
        tr.get("ui-touch-interact")
    } else {
        "E".to_owned()
    };
    let action = tr.with(thing.action.prompt_key(), "key", key);
    let name = tr.get(&thing.name_key);
    egui::Area::new(egui::Id::new("prompt"))
        .anchor(
            Align2::CENTER_BOTTOM,
            egui::vec2(0.0, if touch.0 { -150.0 } else { -40.0 }),
        )
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style())
                .fill(Color32::from_rgba_unmultiplied(20, 30, 45, 230))
                .show(ui, |ui| {
                    d.items(ui, &[true, false], |ui, is_button| {
                        if *is_button {
                            let button =
                                egui::Button::new(d.rich(&action).color(Color32::WHITE).strong())
                                    .fill(crate::theme::palette::ACCENT);
                            if ui.add(button).clicked() {
                                activate.write(Activate(entity));
                            }
                        } else {
                            ui.label(d.rich(&name).color(Color32::WHITE).size(18.0));
                        }
                    });
                });
        });
    Ok(())
}

fn controls_help(
    mut contexts: EguiContexts,
    tr: Tr,
    settings: Res<Settings>,
    mut show: ResMut<ShowControls>,
) -> Result {
    if !show.0 {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    let d = dir(&settings);
    let anchor = if d.rtl {
        Align2::RIGHT_TOP
    } else {
        Align2::LEFT_TOP
    };
    let offset = if d.rtl {
        egui::vec2(-10.0, 70.0)
    } else {
        egui::vec2(10.0, 70.0)
    };
    egui::Area::new(egui::Id::new("controls"))
        .anchor(anchor, offset)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_max_width(420.0_f32.min(ui.ctx().content_rect().width() - 40.0));
                d.heading(ui, &tr.get("ui-controls"));
                for key in [
                    "ui-controls-move",
                    "ui-controls-look",
                    "ui-controls-click",
                    "ui-controls-interact",
                    "ui-controls-emotes",
                ] {
                    d.paragraph(ui, &tr.get(key));
                }
                ui.with_layout(d.layout(), |ui| {
                    if d.button(ui, &tr.get("ui-close")).clicked() {
                        show.0 = false;
                    }
                });
            });
        });
    Ok(())
}

fn fade(mut contexts: EguiContexts, transition: Res<Transition>) -> Result {
    if transition.fade <= 0.0 {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    let alpha = (transition.fade.clamp(0.0, 1.0) * 255.0) as u8;
    let screen = ctx.content_rect();
    ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::new("fade"),
    ))
    .rect_filled(
        screen,
        0.0,
        Color32::from_rgba_unmultiplied(10, 14, 20, alpha),
    );
    Ok(())
}
