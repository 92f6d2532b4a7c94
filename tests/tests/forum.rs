//! The forum at the notice board against the real server: a young person starts a topic from
//! the game, a counsellor answers (marked as the service's), the person thanks, reports a rude
//! post (the counsellors' queue gets it), filters by area and language, and loses nothing when
//! the server is away or the game restarts.
#![allow(clippy::expect_used, clippy::unwrap_used)] // a failing test may panic

#[path = "../../game/tests/support/mod.rs"]
mod support;

mod common;

use bevy::prelude::*;
use lernwelt::core::state::Place;
use lernwelt::features::account::{Account, AccountAction};
use lernwelt::features::forum::{Board, ForumAction, ForumDrafts, Posting, Topic};
use lernwelt::i18n::Language;
use lernwelt::interact::{OpenPanel, Panel, PanelKind};
use lernwelt::net::{NetError, ServerUrl};
use lernwelt_protocol::{AgeBand, Category, Reaction, routes};
use support::temp_file;

use common::*;

fn state(app: &App) -> String {
    format!(
        "board {:?} ({} topics), topic {:?} ({} posts), posting {:?}",
        app.world().resource::<Board>().topics.error,
        app.world().resource::<Board>().topics.items.len(),
        app.world().resource::<Topic>().posts.error,
        app.world().resource::<Topic>().posts.items.len(),
        app.world().resource::<Posting>().error,
    )
}

fn topic(app: &App) -> &Topic {
    app.world().resource::<Topic>()
}

#[test]
fn a_topic_is_started_answered_thanked_reported_and_filtered() {
    let (addr, counsellor) = start_server_with(Some(("Herr_Weber", "de,tr")));
    let counsellor = counsellor.expect("a counsellor");
    let server = format!("http://{addr}");
    let settings = temp_file("forum");
    let mut app = game(&server, &settings, Place::JobCentre, Language::De);

    // The person opens the board and makes an account there.
    app.world_mut().resource_mut::<OpenPanel>().0 = Some(Panel::Kiosk(PanelKind::Forum));
    app.world_mut().write_message(AccountAction::Register {
        nickname: "emre_18".into(),
        password: "ein langes Passwort".into(),
        age_band: AgeBand::From18To21,
        language: Language::De,
        remember: false,
    });
    until(&mut app, "the empty board", state, |a| {
        a.world().resource::<Account>().logged_in() && a.world().resource::<Board>().topics.loaded
    });

    // A new topic, written into the drafts as the panel does, then posted: it opens.
    {
        let mut drafts = app.world_mut().resource_mut::<ForumDrafts>();
        drafts.category = Some(Category::Housing);
        drafts.language = Some(Language::De);
        drafts.title = "Wohnung ohne Schufa finden?".into();
        drafts.text = "Ich suche ein WG-Zimmer in Köln. Geht das ohne Schufa?".into();
    }
    app.world_mut().write_message(ForumAction::PostTopic);
    until(&mut app, "the new topic open with its post", state, |a| {
        topic(a).thread.is_some() && topic(a).posts.items.len() == 1
    });
    let thread = topic(&app).thread.clone().unwrap();
    assert_eq!(thread.title.as_str(), "Wohnung ohne Schufa finden?");
    assert!(!thread.by_staff);
    let drafts = app.world().resource::<ForumDrafts>();
    assert!(
        drafts.title.is_empty() && drafts.text.is_empty(),
        "a posted topic leaves no draft"
    );

    // A counsellor answers, and someone writes something rude.
    let staff = counsellor.log_in(&server);
    let posts_path = routes::forum_path(routes::FORUM_THREAD_POSTS, thread.id.0);
    let _: serde_json::Value = post(
        &server,
        &posts_path,
        Some(&staff),
        &serde_json::json!({ "text": "Ja, frag beim Jugendmigrationsdienst nach einer Bürgschaft." }),
    );
    let troll: serde_json::Value = post(
        &server,
        routes::ACCOUNTS,
        None,
        &serde_json::json!({ "nickname": "troll_99", "password": "ein langes Passwort",
            "age_band": "18_21", "languages": ["de"] }),
    );
    let troll = troll["token"].as_str().unwrap().to_owned();
    let rude: serde_json::Value = post(
        &server,
        &posts_path,
        Some(&troll),
        &serde_json::json!({ "text": "Dumme Frage." }),
    );
    let rude_id = rude["id"].as_i64().unwrap();
    app.world_mut().write_message(ForumAction::Refresh);
    until(&mut app, "three posts", state, |a| {
        topic(a).posts.items.len() == 3
    });
    let posts = topic(&app).posts.items.clone();
    assert_eq!(
        posts.iter().map(|p| p.by_staff).collect::<Vec<_>>(),
        [false, true, false],
        "the counsellor's answer is marked as the service's"
    );

    // Thanks, and taking it back.
    let answer = posts[1].id;
    app.world_mut()
        .write_message(ForumAction::React(answer, Reaction::Thanks));
    until(&mut app, "the thanks counted", state, |a| {
        let post = &topic(a).posts.items[1];
        post.reactions.thanks == 1 && post.mine == [Reaction::Thanks]
    });
    app.world_mut()
        .write_message(ForumAction::React(answer, Reaction::Thanks));
    until(&mut app, "the thanks taken back", state, |a| {
        let post = &topic(a).posts.items[1];
        post.reactions.thanks == 0 && post.mine.is_empty()
    });

    // Reporting the rude post: the counsellors' queue has it.
    app.world_mut()
        .write_message(ForumAction::Report(posts[2].id));
    until(&mut app, "the report taken", state, |a| {
        topic(a).reported.contains(&posts[2].id)
    });
    let queue: serde_json::Value = get(&server, routes::FORUM_MODERATION_QUEUE, &staff);
    let queued = queue["posts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == rude_id)
        .expect("the reported post in the queue")
        .clone();
    assert_eq!(queued["flags"], 1);

    // Back to the board: filters by area and language.
    app.world_mut().write_message(ForumAction::Back);
    app.world_mut().write_message(ForumAction::Filter {
        category: Some(Category::Housing),
        language: None,
    });
    until(&mut app, "the housing topics", state, |a| {
        let board = a.world().resource::<Board>();
        board.topics.loaded && board.topics.items.len() == 1
    });
    app.world_mut().write_message(ForumAction::Filter {
        category: Some(Category::Work),
        language: None,
    });
    until(&mut app, "no work topics", state, |a| {
        let board = a.world().resource::<Board>();
        board.topics.loaded && board.topics.items.is_empty()
    });
    app.world_mut().write_message(ForumAction::Filter {
        category: None,
        language: Some(Language::Ar),
    });
    until(&mut app, "no Arabic topics", state, |a| {
        let board = a.world().resource::<Board>();
        board.topics.loaded && board.topics.items.is_empty()
    });
}

#[test]
fn an_answer_that_cannot_be_sent_stays_on_the_device() {
    let (addr, _) = start_server_with(None);
    let server = format!("http://{addr}");
    let settings = temp_file("forum-draft");
    let mut app = game(&server, &settings, Place::JobCentre, Language::Tr);
    app.world_mut().resource_mut::<OpenPanel>().0 = Some(Panel::Kiosk(PanelKind::Forum));
    app.world_mut().write_message(AccountAction::Register {
        nickname: "zeynep_17".into(),
        password: "ein langes Passwort".into(),
        age_band: AgeBand::From16To17,
        language: Language::Tr,
        remember: true,
    });
    until(&mut app, "logged in", state, |a| {
        a.world().resource::<Account>().logged_in()
    });
    // The drafts take the new owner in the frame after the login.
    for _ in 0..2 {
        app.update();
    }
    {
        let mut drafts = app.world_mut().resource_mut::<ForumDrafts>();
        drafts.category = Some(Category::School);
        drafts.language = Some(Language::Tr);
        drafts.title = "Denklik başvurusu".into();
        drafts.text = "Lise diplomamı nasıl tanıtırım?".into();
    }
    // The server is away: the post fails with a plain reason, the draft stays.
    app.world_mut().insert_resource(ServerUrl(dead_address()));
    app.world_mut().write_message(ForumAction::PostTopic);
    until(&mut app, "the failure", state, |a| {
        a.world().resource::<Posting>().error.is_some()
    });
    assert_eq!(
        app.world().resource::<Posting>().error,
        Some(NetError::Offline)
    );
    // The game closes and opens again: the draft is still there.
    for _ in 0..3 {
        app.update();
    }
    drop(app);
    let app = game(&server, &settings, Place::JobCentre, Language::Tr);
    let drafts = app.world().resource::<ForumDrafts>();
    assert_eq!(drafts.title, "Denklik başvurusu");
    assert_eq!(drafts.text, "Lise diplomamı nasıl tanıtırım?");
    assert_eq!(drafts.owner, "zeynep_17");
}
