//! Developer tools, only in builds with the `dev` cargo feature: `--open PANEL` shows a panel
//! (with a demo interview where one is needed) before a screenshot, and `--bench-frames N`
//! measures frame times. A release build has none of this, so no link or flag can play a demo
//! or send anything in someone's name.

mod bench;
mod demo;
mod widgets;

pub use bench::bench_report;
pub use demo::play_demo;

use bevy::prelude::*;

use crate::core::automation::ShotHold;
use crate::core::options::LaunchOptions;
use crate::core::state::InWorld;
use crate::features::account::demo::DemoLogins;
use crate::features::account::{Account, AccountAction, AccountRequest};
use crate::features::counselling::drafts::Drafts;
use crate::features::counselling::ui::KioskPage;
use crate::features::counselling::{CounsellingAction, Thread, Threads};
use crate::features::forum::{Board, ForumAction};
use crate::interact::{OpenPanel, Panel, PanelKind};

/// `--open` and `--bench-frames`.
pub struct DevPlugin;

impl Plugin for DevPlugin {
    fn build(&self, app: &mut App) {
        let Some(options) = app.world().get_resource::<LaunchOptions>().cloned() else {
            return;
        };
        if let Some(open) = options.open.as_deref() {
            app.add_systems(OnEnter(InWorld), open_requested_panel);
            match open {
                "counselling-new" => {
                    app.insert_resource(KioskPage::New);
                }
                "counselling-callback" => {
                    app.insert_resource(KioskPage::New);
                    app.add_systems(Update, choose_callback.run_if(in_state(InWorld)));
                }
                "forum-topic" => {
                    app.add_systems(Update, open_first_topic.run_if(in_state(InWorld)));
                }
                "people" => {
                    app.insert_resource(ShotHold(true))
                        .add_systems(Update, hold_until_others_walk.run_if(in_state(InWorld)));
                }
                "people-around" => {
                    app.insert_resource(ShotHold(true)).add_systems(
                        Update,
                        (hold_until_others_walk, wave_once)
                            .chain()
                            .run_if(in_state(InWorld)),
                    );
                }
                "people-report" | "people-blocked" => {
                    app.insert_resource(ShotHold(true)).add_systems(
                        Update,
                        (hold_until_others_walk, moderate_first_young_person)
                            .chain()
                            .run_if(in_state(InWorld)),
                    );
                }
                "desk-spam" => {
                    app.insert_resource(ShotHold(true))
                        .add_systems(Update, ask_spam_first.run_if(in_state(InWorld)));
                }
                "settings-sessions" => {
                    app.insert_resource(ShotHold(true))
                        .add_systems(Update, list_sessions.run_if(in_state(InWorld)));
                }
                "counselling-thread" | "desk-thread" => {
                    app.init_resource::<KioskPage>();
                    app.add_systems(Update, open_first_thread.run_if(in_state(InWorld)));
                }
                _ => {}
            }
            if options.demo.is_some()
                && ["counselling", "forum", "desk", "people", "settings"]
                    .iter()
                    .any(|panel| open.starts_with(panel))
            {
                app.add_systems(Update, demo_login.run_if(in_state(InWorld)));
            }
            demo::add(app, open);
        }
        if options.bench_frames.is_some() {
            app.add_plugins(bench::BenchPlugin);
        }
        if cfg!(target_arch = "wasm32") {
            app.add_plugins(widgets::WidgetsPlugin);
        }
    }
}

/// The panel `--open` names (the interview ones are filled by the demo).
fn open_requested_panel(options: Res<LaunchOptions>, mut open: ResMut<OpenPanel>) {
    let panel = match options.open.as_deref() {
        Some("settings" | "settings-sessions") => Some(Panel::Settings),
        Some("list") => Some(Panel::List),
        Some("people" | "people-report" | "people-blocked") => Some(Panel::People),
        Some("review" | "handover") => Some(Panel::Kiosk(PanelKind::Interview)),
        Some("counselling-new" | "counselling-callback" | "counselling-thread") => {
            Some(Panel::Kiosk(PanelKind::Counselling))
        }
        Some("lesson") => Some(Panel::Lesson {
            name: "world-npc-receptionist".to_owned(),
            lesson: "appointment".to_owned(),
        }),
        Some("forum-topic") => Some(Panel::Kiosk(PanelKind::Forum)),
        Some("desk-thread" | "desk-spam") => Some(Panel::Kiosk(PanelKind::Desk)),
        Some(other) => PanelKind::ALL
            .into_iter()
            .find(|k| k.id() == other)
            .map(Panel::Kiosk),
        None => None,
    };
    if panel.is_some() {
        open.0 = panel;
    }
}

/// `--open counselling|forum|desk|people|settings…` with `--demo`: logs in as the demo young
/// person (as the demo counsellor for the desk). A refused code (used a moment ago by another
/// run) is tried again with the next step's, which the server takes as clock drift.
fn demo_login(
    demo: Option<Res<DemoLogins>>,
    options: Res<LaunchOptions>,
    account: Res<Account>,
    request: Res<AccountRequest>,
    mut actions: MessageWriter<AccountAction>,
    mut tries: Local<i64>,
) {
    let Some(demo) = demo else {
        return;
    };
    let desk = options
        .open
        .as_deref()
        .is_some_and(|o| o.starts_with("desk"));
    let answered = *tries == 0 || request.error.is_some();
    if account.logged_in() || request.busy() || !answered || *tries >= 3 {
        return;
    }
    let filled = if desk {
        demo.counsellor(*tries)
    } else {
        demo.youth()
    };
    actions.write(AccountAction::Login {
        nickname: filled.nickname,
        password: filled.password,
        totp: filled.totp,
        remember: false,
    });
    *tries += 1;
}

/// `--open people`: the screenshot waits until others are in view and have walked a while
/// (their tracks are played back a little behind).
fn hold_until_others_walk(
    presence: Res<crate::features::presence::Presence>,
    mut hold: ResMut<ShotHold>,
    mut seen_for: Local<u32>,
) {
    if presence.others.by_handle.is_empty() {
        *seen_for = 0;
    } else {
        *seen_for += 1;
    }
    hold.0 = *seen_for < 20;
}

/// `--open desk-spam`: once the inbox has come, the desk asks whether its first enquiry is spam.
fn ask_spam_first(
    desk: Res<crate::features::desk::Desk>,
    mut question: ResMut<crate::features::desk::ui::SpamQuestion>,
    mut hold: ResMut<ShotHold>,
) {
    if let Some(first) = desk.inbox.first() {
        question.0 = Some(first.enquiry.id.0);
        hold.0 = false;
    }
}

/// `--open settings-sessions`: once logged in, the settings list where the account is logged
/// in; the shot waits for the list.
fn list_sessions(
    account: Res<Account>,
    request: Res<AccountRequest>,
    mut step: ResMut<crate::features::account::ui::DeviceStep>,
    mut actions: MessageWriter<AccountAction>,
    mut hold: ResMut<ShotHold>,
    mut asked: Local<bool>,
) {
    if !account.logged_in() {
        return;
    }
    if !*asked {
        *asked = true;
        step.0 = crate::features::account::ui::Step::Sessions;
        actions.write(AccountAction::ListSessions);
    }
    hold.0 = !request.listing.done;
}

/// `--open people-report`: the people panel asks whether to report the first young person in
/// view; `--open people-blocked`: that person is blocked (the list shows them under "blocked").
/// Acts only once others have been in view a while, as the screenshot waits for.
fn moderate_first_young_person(
    options: Res<LaunchOptions>,
    presence: Res<crate::features::presence::Presence>,
    mut live: ResMut<crate::net::live::Live>,
    mut confirming: ResMut<crate::features::presence::ui::Confirming>,
    mut hold: ResMut<ShotHold>,
    mut done: Local<bool>,
) {
    use crate::features::presence::ui::Ask;
    if *done {
        // The blocked list comes back from the server: wait for it.
        if options.open.as_deref() == Some("people-blocked") && presence.blocked.is_empty() {
            hold.0 = true;
        }
        return;
    }
    if hold.0 {
        return;
    }
    let mut young: Vec<(u16, String)> = presence
        .others
        .by_handle
        .iter()
        .filter(|(_, r)| r.view.role == lernwelt_protocol::Role::Youth)
        .map(|(h, r)| (*h, r.view.name.as_str().to_owned()))
        .collect();
    young.sort_by(|a, b| a.1.cmp(&b.1));
    let Some((handle, _)) = young.first().cloned() else {
        return;
    };
    match options.open.as_deref() {
        Some("people-report") => confirming.0 = Some((handle, Ask::Report)),
        _ => {
            presence.moderate(&mut live, lernwelt_protocol::ClientMsg::Block { handle });
            hold.0 = true;
        }
    }
    *done = true;
}

/// `--open people-around`: once others are in view, the own avatar waves to them, so the
/// screenshot shows the own bubble over the own head; the shot waits a moment for it.
fn wave_once(
    mut presence: ResMut<crate::features::presence::Presence>,
    mut live: ResMut<crate::net::live::Live>,
    mut hold: ResMut<ShotHold>,
    mut said: Local<Option<u32>>,
) {
    match *said {
        None if !hold.0 => {
            if presence.emote(&mut live, lernwelt_protocol::presence::Emote::Wave) {
                *said = Some(0);
            }
            hold.0 = true;
        }
        Some(frames) => {
            *said = Some(frames + 1);
            // Software rendering draws a few frames a second: the bubble lasts six seconds.
            hold.0 = frames < 2;
        }
        None => {}
    }
}

/// `--open forum-topic`: the first topic of the board, once the board has come.
fn open_first_topic(
    board: Res<Board>,
    mut actions: MessageWriter<ForumAction>,
    mut done: Local<bool>,
) {
    if let (false, Some(first)) = (*done, board.topics.items.first()) {
        actions.write(ForumAction::Open(first.clone()));
        *done = true;
    }
}

/// `--open counselling-callback`: a new question by callback, about work, once someone is
/// logged in (drafts belong to an account and go when another one logs in).
fn choose_callback(account: Res<Account>, mut drafts: ResMut<Drafts>, mut done: Local<bool>) {
    if !*done && account.logged_in() && !account.is_changed() {
        drafts.topic = Some(lernwelt_protocol::Topic::Work);
        drafts.mode = Some(lernwelt_protocol::Mode::Callback);
        *done = true;
    }
}

/// `--open counselling-thread`: the newest thread, once the list has come from the server (the
/// page turns once the thread is chosen, as the kiosk turns it after a click).
fn open_first_thread(
    threads: Res<Threads>,
    thread: Res<Thread>,
    mut page: ResMut<KioskPage>,
    mut actions: MessageWriter<CounsellingAction>,
    mut step: Local<u8>,
) {
    match *step {
        0 => {
            if let Some(first) = threads.list.first() {
                actions.write(CounsellingAction::Open(first.id.0));
                *step = 1;
            }
        }
        1 if thread.enquiry.is_some() => {
            *page = KioskPage::Thread;
            *step = 2;
        }
        _ => {}
    }
}
