//! What the live connection brings reaches the features also while the world is not showing:
//! the socket connects during loading and on the start screen, and its messages last only two
//! frames.

use crate::support::*;
use bevy::prelude::*;
use lernwelt::core::state::{AppState, Place};
use lernwelt::features::counselling::LiveChat;
use lernwelt::net::live::LiveEvent;
use lernwelt_protocol::{Language, ServerMsg};

#[test]
fn frames_that_come_before_the_world_shows_are_kept() {
    let mut app = headless(Place::JobCentre);
    app.world_mut()
        .resource_mut::<NextState<AppState>>()
        .set(AppState::Start);
    frames(&mut app, 2);
    assert_eq!(state(&app), AppState::Start);
    app.world_mut()
        .write_message(LiveEvent::Frame(ServerMsg::CounsellorOnline {
            language: Language::Tr,
            online: true,
        }));
    frames(&mut app, 3);
    assert_eq!(
        app.world()
            .resource::<LiveChat>()
            .counsellor_online(Language::Tr),
        Some(true)
    );
}
