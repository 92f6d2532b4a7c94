//! What presence draws over the world: a name tag over each other avatar (always, only
//! near the own avatar, or never), counsellors' tags in their colour with their availability,
//! and a bubble with someone's last room chat line or gesture for a few seconds. And the
//! "who is here" panel (from the HUD and the list mode, usable without the 3D view): everyone
//! in view with "walk there", gestures, a counsellor's own availability, the room chat with
//! its field, and when name tags show. Names and lines in Arabic script are joined and read
//! right to left. Beside each person: for a young person "block" and "report" (asked once
//! more before it goes), for a counsellor "mute" and "send out" (the same); the blocked list
//! with "show again".

use bevy::prelude::*;
use bevy_egui::egui::{self, Color32, FontId};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};
use lernwelt_protocol::presence::{Availability, Emote, Moderation, SAY_MAX_CHARS};
use lernwelt_protocol::{ClientMsg, ErrorCode, Role};

use super::{NOTICE_SECONDS, Notice, Presence, RemoteAvatar};
use crate::core::LocalPlayer;
use crate::core::settings::{NameTags, Settings};
use crate::core::state::{AppState, InWorld};
use crate::features::account::Account;
use crate::i18n::{Locales, Texts, Tr};
use crate::interact::{OpenPanel, Panel};
use crate::net::NetError;
use crate::net::live::Live;
use crate::player::WalkTarget;
use crate::theme::rtl::{Dir, TextField};
use crate::theme::{UiSystems, dir, panel};

/// Within this many metres of the own avatar tags show when set to "near me".
pub const NEAR: f32 = 6.0;
/// Seconds a chat line stays over its speaker's head.
pub const BUBBLE_SECONDS: f32 = 6.0;
/// Height of a tag over an avatar's centre, in metres.
const TAG_HEIGHT: f32 = 1.75;
/// Widest bubble, in points.
const BUBBLE_WIDTH: f32 = 220.0;
/// Minutes a counsellor's "mute" lasts.
pub const MUTE_MINUTES: u8 = 10;

/// Presence drawing.
pub struct PresenceUiPlugin;

impl Plugin for PresenceUiPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<ChatField>()
            .init_resource::<Confirming>()
            .add_systems(
                EguiPrimaryContextPass,
                tags_and_bubbles
                    .in_set(UiSystems::Hud)
                    .run_if(in_state(InWorld)),
            )
            .add_systems(
                EguiPrimaryContextPass,
                draw_people
                    .in_set(UiSystems::Panels)
                    .run_if(in_state(InWorld)),
            );
    }
}

/// The room chat field of the people panel.
#[derive(Resource, Default, Debug)]
pub struct ChatField {
    /// What is typed.
    pub text: String,
    caret: usize,
    /// Why the last line was not sent.
    pub error: Option<ErrorCode>,
}

/// An action on someone in view that waits for a second press (it acts on another person).
#[derive(Resource, Default, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Confirming(pub Option<(u16, Ask)>);

/// What is to be confirmed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ask {
    /// Report them with their last lines.
    Report,
    /// (Counsellors) send them out of the place.
    SendOut,
}

/// The words for a moderation notice.
pub fn notice_text(tr: &Texts, notice: &Notice) -> String {
    let minutes = |seconds: u32| i64::from(seconds.div_ceil(60));
    match notice {
        Notice::Reported(name) => tr.with("presence-reported", "name", name.clone()),
        Notice::Moderated(name, Moderation::Muted) => {
            tr.with("presence-did-mute", "name", name.clone())
        }
        Notice::Moderated(name, Moderation::SentOut) => {
            tr.with("presence-did-send-out", "name", name.clone())
        }
        Notice::Muted(seconds) => tr.with("presence-you-muted", "minutes", minutes(*seconds)),
        Notice::SentOut(seconds) => tr.with("presence-you-sent-out", "minutes", minutes(*seconds)),
        Notice::Refused(code) => tr.get(&NetError::Refused(*code).key()),
    }
}

/// The notice to show now, if any: a fresh one, or while being out of this place.
pub fn current_notice(
    tr: &Texts,
    presence: &Presence,
    place: crate::core::state::Place,
) -> Option<String> {
    if let Some(left) = presence.out_of(place) {
        return Some(notice_text(tr, &Notice::SentOut(left.ceil() as u32)));
    }
    let (notice, at) = presence.notice.as_ref()?;
    (presence.clock - at < NOTICE_SECONDS).then(|| notice_text(tr, notice))
}

/// The locale key of a gesture.
pub fn emote_key(emote: Emote) -> &'static str {
    match emote {
        Emote::Wave => "presence-emote-wave",
        Emote::ThumbsUp => "presence-emote-thumbs-up",
        Emote::Question => "presence-emote-question",
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
        let line = newer(&remote.said, remote.gesture, &tr);
        bubble(&root, &font, anchor.x, top, line, now);
    }
    // The own avatar's bubble, as the others see it over its head (it has no name tag).
    if let Some(me) = me
        && let Ok(screen) = camera.world_to_viewport(eye, me + Vec3::Y * TAG_HEIGHT)
    {
        let line = newer(&presence.own_said, presence.own_gesture, &tr);
        bubble(&root, &font, screen.x / zoom, screen.y / zoom, line, now);
    }
    Ok(())
}

/// The newer of someone's last line and last gesture (as its words), with when.
fn newer(
    said: &Option<(String, f32)>,
    gesture: Option<(Emote, f32)>,
    tr: &Tr,
) -> Option<(String, f32)> {
    match (said, gesture) {
        (Some((text, at)), Some((_, waved))) if *at >= waved => Some((text.clone(), *at)),
        (_, Some((emote, at))) => Some((tr.get(emote_key(emote)), at)),
        (Some((text, at)), None) => Some((text.clone(), *at)),
        (None, None) => None,
    }
}

/// A chat bubble centred on `x` with its bottom a little above `top`, for
/// [`BUBBLE_SECONDS`] after the line was said; its lines in their own direction.
fn bubble(root: &egui::Ui, font: &FontId, x: f32, top: f32, line: Option<(String, f32)>, now: f32) {
    let Some((line, _)) = line.filter(|(_, at)| now - at < BUBBLE_SECONDS) else {
        return;
    };
    let painter = root.painter();
    let d = Dir::of_text(&line);
    let ink = Color32::from_rgb(20, 20, 30);
    let galleys: Vec<_> = d
        .wrap(root, &line, font, BUBBLE_WIDTH)
        .into_iter()
        .map(|l| painter.layout_no_wrap(l, font.clone(), ink))
        .collect();
    let width = galleys.iter().map(|g| g.size().x).fold(0.0, f32::max);
    let height: f32 = galleys.iter().map(|g| g.size().y).sum();
    let rect = egui::Rect::from_min_size(
        egui::pos2(x - width / 2.0 - 8.0, top - height - 12.0),
        egui::vec2(width + 16.0, height + 8.0),
    );
    painter.rect_filled(rect, 8.0, Color32::from_rgb(250, 250, 245));
    let mut y = rect.top() + 4.0;
    for galley in galleys {
        let size = galley.size();
        let left = if d.rtl {
            rect.right() - 8.0 - size.x
        } else {
            rect.left() + 8.0
        };
        painter.galley(egui::pos2(left, y), galley, ink);
        y += size.y;
    }
}

/// Someone in the people panel's list.
struct Person {
    handle: u16,
    name: String,
    counsellor: bool,
    availability: Option<Availability>,
}

fn draw_people(
    mut contexts: EguiContexts,
    locales: Res<Locales>,
    mut settings: ResMut<Settings>,
    mut open: ResMut<OpenPanel>,
    mut presence: ResMut<Presence>,
    mut live: ResMut<Live>,
    account: Res<Account>,
    mut field: ResMut<ChatField>,
    mut confirming: ResMut<Confirming>,
    mut target: ResMut<WalkTarget>,
    state: Res<State<AppState>>,
    avatars: Query<(&RemoteAvatar, &GlobalTransform)>,
) -> Result {
    if open.0 != Some(Panel::People) {
        return Ok(());
    }
    let AppState::InWorld(place) = *state.get() else {
        return Ok(());
    };
    let ctx = contexts.ctx_mut()?;
    let d = dir(&settings);
    let tr = Texts {
        locales: &locales,
        language: settings.language,
    };
    let mut walk_to = None;
    let mut action: Option<ClientMsg> = None;
    let mut unblock: Option<String> = None;
    let mut name_tags = settings.name_tags;
    let me_counsellor = account.role == Role::Counsellor;
    let closed = panel(
        ctx,
        d,
        &tr.get("presence-title"),
        &tr.get("ui-close"),
        |ui| {
            if !account.logged_in() {
                d.paragraph(ui, &tr.get("presence-logged-out"));
                return;
            }
            if let Some(text) = current_notice(&tr, &presence, place) {
                let colour = match presence.notice {
                    Some((Notice::Reported(_) | Notice::Moderated(..), _)) => {
                        crate::theme::palette::GOOD
                    }
                    _ => crate::theme::palette::BAD,
                };
                ui.label(d.rich(&text).strong().color(colour));
            }
            if presence.entered.is_none() && presence.out_of(place).is_none() {
                d.paragraph(ui, &tr.get("presence-connecting"));
            }
            let mut people: Vec<Person> = presence
                .others
                .by_handle
                .iter()
                .map(|(handle, remote)| Person {
                    handle: *handle,
                    name: remote.view.name.as_str().to_owned(),
                    counsellor: remote.view.role == Role::Counsellor,
                    availability: remote.view.availability,
                })
                .collect();
            // Counsellors first, then by name.
            people.sort_by(|a, b| b.counsellor.cmp(&a.counsellor).then(a.name.cmp(&b.name)));
            if people.is_empty() && presence.entered.is_some() {
                d.paragraph(ui, &tr.get("presence-nobody"));
            }
            for person in &people {
                ui.separator();
                let handle = person.handle;
                let asked = confirming
                    .0
                    .filter(|(h, _)| *h == handle)
                    .map(|(_, ask)| ask);
                d.row_ui(ui, |ui| {
                    let name = Dir::of_text(&person.name).line(&person.name);
                    let mut rich = egui::RichText::new(name).strong();
                    if person.counsellor {
                        rich = rich.color(crate::theme::palette::ACCENT);
                    }
                    ui.label(rich);
                    if person.counsellor {
                        let status =
                            tr.get(availability_key(person.availability.unwrap_or_default()));
                        let role = tr.get("presence-counsellor");
                        ui.label(d.line(&format!("{role} · {status}")));
                    }
                    if d.button(ui, &tr.get("presence-walk-to")).clicked() {
                        walk_to = avatars
                            .iter()
                            .find(|(avatar, _)| avatar.handle == person.handle)
                            .map(|(_, at)| at.translation());
                    }
                    if asked.is_some() {
                        return;
                    }
                    // Beside "walk there", so the list stays short; a phone wraps the row.
                    if me_counsellor && !person.counsellor {
                        let mute = tr.with("presence-mute", "minutes", i64::from(MUTE_MINUTES));
                        if d.button(ui, &mute).clicked() {
                            action = Some(ClientMsg::Mute {
                                handle,
                                minutes: MUTE_MINUTES,
                            });
                        }
                        if d.button(ui, &tr.get("presence-send-out")).clicked() {
                            confirming.0 = Some((handle, Ask::SendOut));
                        }
                    } else if !me_counsellor {
                        if !person.counsellor && d.button(ui, &tr.get("presence-block")).clicked() {
                            action = Some(ClientMsg::Block { handle });
                        }
                        if d.button(ui, &tr.get("presence-report")).clicked() {
                            confirming.0 = Some((handle, Ask::Report));
                        }
                    }
                });
                if let Some(ask) = asked {
                    // The second press: said plainly what happens, then done or not.
                    let (question, yes) = match ask {
                        Ask::Report => ("presence-report-confirm", "presence-report-yes"),
                        Ask::SendOut => ("presence-send-out-confirm", "presence-send-out-yes"),
                    };
                    d.paragraph(ui, &tr.with(question, "name", person.name.clone()));
                    d.row_ui(ui, |ui| {
                        if d.button(ui, &tr.get(yes)).clicked() {
                            action = Some(match ask {
                                Ask::Report => ClientMsg::Report { handle },
                                Ask::SendOut => ClientMsg::SendOut { handle },
                            });
                            confirming.0 = None;
                        }
                        if d.button(ui, &tr.get("presence-cancel")).clicked() {
                            confirming.0 = None;
                        }
                    });
                }
            }
            if !presence.blocked.is_empty() {
                ui.add_space(6.0);
                ui.label(d.rich(&tr.get("presence-blocked")).strong());
                for name in &presence.blocked {
                    d.row_ui(ui, |ui| {
                        ui.label(Dir::of_text(name).line(name));
                        if d.button(ui, &tr.get("presence-unblock")).clicked() {
                            unblock = Some(name.clone());
                        }
                    });
                }
            }
            ui.add_space(8.0);
            ui.separator();
            d.row_ui(ui, |ui| {
                for emote in Emote::ALL {
                    if d.button(ui, &tr.get(emote_key(emote))).clicked() {
                        presence.emote(&mut live, emote);
                    }
                }
            });
            if account.role == Role::Counsellor {
                ui.add_space(6.0);
                ui.label(d.rich(&tr.get("presence-my-status")).strong());
                d.row_ui(ui, |ui| {
                    for availability in [
                        Availability::Available,
                        Availability::Busy,
                        Availability::Away,
                    ] {
                        if ui
                            .selectable_label(
                                presence.availability == availability,
                                d.line(&tr.get(availability_key(availability))),
                            )
                            .clicked()
                        {
                            presence.availability = availability;
                            live.send(ClientMsg::Availability { availability });
                        }
                    }
                });
            }
            ui.add_space(8.0);
            ui.separator();
            for line in &presence.log {
                let who = Dir::of_text(&line.name).line(&line.name);
                let mut rich = egui::RichText::new(format!("{who}:")).strong();
                if line.counsellor {
                    rich = rich.color(crate::theme::palette::ACCENT);
                }
                d.row_ui(ui, |ui| {
                    ui.label(rich);
                    ui.label(Dir::of_text(&line.text).line(&line.text));
                });
            }
            let ChatField { text, caret, error } = &mut *field;
            let hint = tr.get("presence-say-hint");
            let response = TextField::new(text, caret, d)
                .id(egui::Id::new("presence-say"))
                .label(&hint)
                .hint(&hint)
                .max_chars(SAY_MAX_CHARS)
                .width(ui.available_width().min(420.0))
                .show(ui);
            let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if d.button(ui, &tr.get("presence-say")).clicked() || entered {
                let me = account.nickname.clone();
                let counsellor = account.role == Role::Counsellor;
                match presence.say(&mut live, &me, counsellor, text) {
                    Ok(()) => {
                        text.clear();
                        *caret = 0;
                        *error = None;
                    }
                    Err(code) => *error = Some(code),
                }
            }
            if let Some(code) = error {
                let why = tr.get(&NetError::Refused(*code).key());
                ui.label(d.rich(&why).color(crate::theme::palette::BAD));
            }
            d.paragraph_styled(
                ui,
                &tr.get("presence-chat-note"),
                egui::TextStyle::Small,
                Some(crate::theme::palette::HELP),
            );
            ui.add_space(8.0);
            ui.label(d.rich(&tr.get("presence-name-tags")).strong());
            d.row_ui(ui, |ui| {
                for choice in NameTags::ALL {
                    if ui
                        .selectable_label(name_tags == choice, d.line(&tr.get(choice.key())))
                        .clicked()
                    {
                        name_tags = choice;
                    }
                }
            });
        },
    );
    if settings.name_tags != name_tags {
        settings.name_tags = name_tags;
    }
    if let Some(msg) = action {
        presence.moderate(&mut live, msg);
    }
    if let Some(name) = unblock {
        presence.unblock(&mut live, &name);
    }
    if let Some(at) = walk_to {
        target.0 = Some((at, None));
        open.0 = None;
    } else if closed {
        open.0 = None;
    }
    Ok(())
}
