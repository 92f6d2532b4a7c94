//! The forum driven from outside over HTTP, once on SQLite and once on PostgreSQL: seeded
//! categories, the flag rule (flags weigh by trust: three older accounts hide a post, three
//! new ones do not, nor do young people a counsellor's post), the paged moderation
//! authorisation matrix, lock, pin order, pagination, reaction toggles, limits for new
//! accounts, "deleted user" after an account deletion, and bad input. Every case runs as
//! `sqlite::<case>` and `postgres::<case>`.

#![allow(clippy::expect_used, clippy::unwrap_used)]

#[macro_use]
mod support;

use axum::http::{StatusCode, header};
use lernwelt_protocol::{AgeBand, ErrorCode, Language, Languages, Nickname, Role, routes};
use lernwelt_server::sessions;
use lernwelt_server::store::NewAccount;
use serde_json::{Value, json};
use std::time::Duration;
use support::{Harness, Reply, Req, add_counsellor, login_counsellor, register_youth};

on_both_backends!(
    categories_are_seeded,
    three_flags_from_distinct_accounts_hide_a_post,
    only_counsellors_moderate,
    locked_threads_refuse_replies,
    pinned_threads_come_first,
    threads_and_posts_are_paginated,
    reactions_toggle_once_per_account_and_kind,
    new_accounts_start_few_threads,
    concurrent_flags_and_thread_starts_are_counted_exactly,
    deleted_accounts_leave_posts_as_deleted_user,
    bad_forum_input_gets_4xx_json_and_changes_nothing,
    counsellors_posts_are_marked_as_the_services,
    post_routes_reveal_nothing_hidden_from_young_people,
    flags_weigh_by_trust,
    the_queue_pages_and_decided_posts_leave_it,
    flags_and_reactions_are_rate_limited,
);

fn at(pattern: &str, id: i64) -> String {
    routes::forum_path(pattern, id)
}

/// A young person whose account is eight days old (past the new-account limit); the token.
async fn old_youth(h: &Harness, nickname: &str) -> String {
    old_account(h, nickname, Role::Youth).await
}

/// An account of `role` made eight days ago, logged in; the token.
async fn old_account(h: &Harness, nickname: &str, role: Role) -> String {
    let now = sessions::now();
    // Staff sessions as the TOTP login makes them.
    let staff = role != Role::Youth;
    let (token, session) = sessions::new_session(now, Duration::from_secs(3600), staff).unwrap();
    h.store
        .create_account(
            &NewAccount {
                nickname: Nickname::try_from(nickname).unwrap(),
                password_hash: "not-a-login".to_owned(),
                role,
                age_band: AgeBand::From18To21,
                languages: Languages::try_from(vec![Language::De]).unwrap(),
                created_at: now.plus_seconds(-8 * 24 * 3600),
            },
            &session,
        )
        .await
        .unwrap();
    token.0
}

async fn counsellor(h: &Harness) -> String {
    let c = add_counsellor(h, "Frau_Moderation", "de,ar").await;
    login_counsellor(h, &c).await
}

fn thread_body(title: &str) -> Value {
    json!({ "category": "work", "title": title, "language": "de", "text": "Wer kann helfen?" })
}

async fn new_thread(h: &Harness, token: &str, title: &str) -> i64 {
    let reply = Req::post(routes::FORUM_THREADS)
        .bearer(token)
        .json(&thread_body(title))
        .send(&h.app)
        .await;
    assert_eq!(reply.status, StatusCode::CREATED, "{:?}", reply.json());
    reply.json()["id"].as_i64().unwrap()
}

async fn reply_to(h: &Harness, token: &str, thread: i64, text: &str) -> Reply {
    Req::post(&at(routes::FORUM_THREAD_POSTS, thread))
        .bearer(token)
        .json(&json!({ "text": text }))
        .send(&h.app)
        .await
}

async fn posts(h: &Harness, token: &str, thread: i64) -> Vec<Value> {
    let reply = Req::get(&at(routes::FORUM_THREAD_POSTS, thread))
        .bearer(token)
        .send(&h.app)
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.json());
    reply.json()["posts"].as_array().unwrap().clone()
}

async fn flag(h: &Harness, token: &str, post: i64) {
    let reply = Req::post(&at(routes::FORUM_POST_FLAG, post))
        .bearer(token)
        .send(&h.app)
        .await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT);
}

async fn moderate_post(h: &Harness, token: &str, post: i64, action: &str) -> Reply {
    Req::post(&at(routes::FORUM_POST_MODERATION, post))
        .bearer(token)
        .json(&json!({ "action": action }))
        .send(&h.app)
        .await
}

async fn moderate_thread(h: &Harness, token: &str, thread: i64, body: &Value) -> Reply {
    Req::post(&at(routes::FORUM_THREAD_MODERATION, thread))
        .bearer(token)
        .json(body)
        .send(&h.app)
        .await
}

async fn thread_titles(h: &Harness, token: &str, query: &str) -> Reply {
    Req::get(&format!("{}{query}", routes::FORUM_THREADS))
        .bearer(token)
        .send(&h.app)
        .await
}

async fn categories_are_seeded(h: Harness) {
    let youth = register_youth(&h, "leser").await;
    let reply = Req::get(routes::FORUM_CATEGORIES)
        .bearer(&youth)
        .send(&h.app)
        .await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(
        reply.json()["categories"],
        json!([
            "work",
            "training",
            "school",
            "residence",
            "language",
            "housing",
            "everyday_life"
        ])
    );
    Req::get(routes::FORUM_CATEGORIES)
        .send(&h.app)
        .await
        .expect_error(StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated);
}

async fn three_flags_from_distinct_accounts_hide_a_post(h: Harness) {
    let author = old_youth(&h, "autorin").await;
    let a = old_youth(&h, "melder_a").await;
    let b = old_youth(&h, "melder_b").await;
    let c = old_youth(&h, "melder_c").await;
    let staff = counsellor(&h).await;
    let thread = new_thread(&h, &author, "Frage zur Ausbildung").await;
    let post = reply_to(&h, &author, thread, "Eine fragwürdige Antwort")
        .await
        .json()["id"]
        .as_i64()
        .unwrap();

    // Two flags, one account twice: not hidden.
    flag(&h, &a, post).await;
    flag(&h, &a, post).await;
    flag(&h, &b, post).await;
    let seen = posts(&h, &c, thread).await;
    assert_eq!(seen[1]["hidden"], false);
    assert_eq!(seen[1]["text"], "Eine fragwürdige Antwort");
    assert!(seen[1].get("flags").is_none(), "young people see no flags");
    assert_eq!(h.counts().await.forum_flags, 2);
    let staff_view = posts(&h, &staff, thread).await;
    assert_eq!(staff_view[1]["flags"], 2);

    // The third distinct account hides it.
    flag(&h, &c, post).await;
    let seen = posts(&h, &a, thread).await;
    assert_eq!(seen.len(), 2, "the placeholder keeps its place");
    assert_eq!(seen[1]["hidden"], true);
    assert_eq!(seen[1]["text"], Value::Null);
    assert_eq!(seen[1]["author"], Value::Null);
    assert_eq!(seen[0]["hidden"], false, "other posts are untouched");
    let staff_view = posts(&h, &staff, thread).await;
    assert_eq!(staff_view[1]["hidden"], true);
    assert_eq!(staff_view[1]["flags"], 3);
    assert_eq!(staff_view[1]["text"], "Eine fragwürdige Antwort");
    let queue = Req::get(routes::FORUM_MODERATION_QUEUE)
        .bearer(&staff)
        .send(&h.app)
        .await;
    assert_eq!(queue.status, StatusCode::OK);
    let queued = queue.json()["posts"].as_array().unwrap().clone();
    assert_eq!(queued.len(), 1);
    assert_eq!(queued[0]["id"], post);
    assert_eq!(queued[0]["flags"], 3);

    // Restore: shown again, flags reviewed; the queue is empty; old flaggers cannot re-flag.
    let restored = moderate_post(&h, &staff, post, "restore").await;
    assert_eq!(restored.status, StatusCode::OK);
    assert_eq!(restored.json()["hidden"], false);
    assert_eq!(restored.json()["flags"], 0);
    assert_eq!(posts(&h, &a, thread).await[1]["hidden"], false);
    let queue = Req::get(routes::FORUM_MODERATION_QUEUE)
        .bearer(&staff)
        .send(&h.app)
        .await;
    assert_eq!(queue.json()["posts"], json!([]));
    flag(&h, &a, post).await;
    flag(&h, &b, post).await;
    flag(&h, &c, post).await;
    assert_eq!(posts(&h, &a, thread).await[1]["hidden"], false);
    assert_eq!(posts(&h, &staff, thread).await[1]["flags"], 0);

    // A counsellor's hide keeps it hidden (also from its author).
    let hidden = moderate_post(&h, &staff, post, "hide").await;
    assert_eq!(hidden.status, StatusCode::OK);
    assert_eq!(hidden.json()["hidden"], true);
    assert_eq!(posts(&h, &author, thread).await[1]["text"], Value::Null);

    // A hidden first post takes its thread (and title) out of young people's sight.
    let first = posts(&h, &staff, thread).await[0]["id"].as_i64().unwrap();
    flag(&h, &a, first).await;
    flag(&h, &b, first).await;
    flag(&h, &c, first).await;
    let listed = thread_titles(&h, &a, "").await.json();
    assert_eq!(listed["threads"], json!([]));
    for req in [
        Req::get(&at(routes::FORUM_THREAD, thread)),
        Req::get(&at(routes::FORUM_THREAD_POSTS, thread)),
        Req::post(&at(routes::FORUM_THREAD_POSTS, thread)).json(&json!({ "text": "hallo" })),
    ] {
        req.bearer(&author)
            .send(&h.app)
            .await
            .expect_error(StatusCode::NOT_FOUND, ErrorCode::ThreadNotFound);
    }
    let listed = thread_titles(&h, &staff, "").await.json();
    assert_eq!(listed["threads"][0]["id"], thread);
    assert_eq!(listed["threads"][0]["hidden"], true);
    moderate_post(&h, &staff, first, "restore").await;
    let listed = thread_titles(&h, &a, "").await.json();
    assert_eq!(listed["threads"][0]["hidden"], false);
}

async fn only_counsellors_moderate(h: Harness) {
    let youth = old_youth(&h, "jugend").await;
    let staff = counsellor(&h).await;
    let thread = new_thread(&h, &youth, "Wohnung gesucht").await;
    let post = posts(&h, &youth, thread).await[0]["id"].as_i64().unwrap();
    let before = h.counts().await;

    for token in [Some(youth.as_str()), None] {
        let expected = if token.is_some() {
            (StatusCode::FORBIDDEN, ErrorCode::Forbidden)
        } else {
            (StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated)
        };
        let with = |req: Req| match token {
            Some(t) => req.bearer(t),
            None => req,
        };
        for req in [
            Req::post(&at(routes::FORUM_POST_MODERATION, post)).json(&json!({"action": "hide"})),
            Req::post(&at(routes::FORUM_POST_MODERATION, post)).json(&json!({"action": "restore"})),
            Req::post(&at(routes::FORUM_THREAD_MODERATION, thread)).json(&json!({"locked": true})),
            Req::post(&at(routes::FORUM_THREAD_MODERATION, thread)).json(&json!({"pinned": true})),
            // Refused before the body is read: even a broken body gets 403/401.
            Req::post(&at(routes::FORUM_THREAD_MODERATION, thread)).raw_json("{"),
            Req::get(routes::FORUM_MODERATION_QUEUE),
        ] {
            with(req)
                .send(&h.app)
                .await
                .expect_error(expected.0, expected.1);
        }
    }
    let thread_now = Req::get(&at(routes::FORUM_THREAD, thread))
        .bearer(&youth)
        .send(&h.app)
        .await
        .json();
    assert_eq!(thread_now["locked"], false);
    assert_eq!(thread_now["pinned"], false);
    assert_eq!(posts(&h, &youth, thread).await[0]["hidden"], false);
    assert_eq!(h.counts().await, before);

    // An admin account does not take part in the forum at all.
    let admin = old_account(&h, "verwaltung", Role::Admin).await;
    for req in [
        Req::get(routes::FORUM_CATEGORIES),
        Req::get(routes::FORUM_THREADS),
        Req::post(routes::FORUM_THREADS).json(&thread_body("Vom Admin")),
        Req::post(&at(routes::FORUM_POST_FLAG, post)),
        Req::post(&at(routes::FORUM_POST_MODERATION, post)).json(&json!({"action": "hide"})),
        Req::get(routes::FORUM_MODERATION_QUEUE),
    ] {
        req.bearer(&admin)
            .send(&h.app)
            .await
            .expect_error(StatusCode::FORBIDDEN, ErrorCode::Forbidden);
    }
    assert_eq!(h.counts().await.forum_threads, before.forum_threads);

    // The counsellor may do each; unknown ids are 404.
    assert_eq!(
        moderate_post(&h, &staff, post, "hide").await.status,
        StatusCode::OK
    );
    assert_eq!(
        moderate_post(&h, &staff, post, "restore").await.status,
        StatusCode::OK
    );
    let pinned = moderate_thread(&h, &staff, thread, &json!({"pinned": true, "locked": true}))
        .await
        .json();
    assert_eq!(
        (pinned["pinned"].clone(), pinned["locked"].clone()),
        (json!(true), json!(true))
    );
    moderate_post(&h, &staff, 999_999, "hide")
        .await
        .expect_error(StatusCode::NOT_FOUND, ErrorCode::PostNotFound);
    moderate_thread(&h, &staff, 999_999, &json!({"locked": true}))
        .await
        .expect_error(StatusCode::NOT_FOUND, ErrorCode::ThreadNotFound);
    let queue = Req::get(routes::FORUM_MODERATION_QUEUE)
        .bearer(&staff)
        .send(&h.app)
        .await;
    assert_eq!(queue.status, StatusCode::OK);
}

async fn locked_threads_refuse_replies(h: Harness) {
    let youth = old_youth(&h, "schreiber").await;
    let staff = counsellor(&h).await;
    let thread = new_thread(&h, &youth, "Sprachkurs B1").await;
    assert_eq!(
        reply_to(&h, &youth, thread, "Erste Antwort").await.status,
        StatusCode::CREATED
    );
    let locked = moderate_thread(&h, &staff, thread, &json!({"locked": true})).await;
    assert_eq!(locked.status, StatusCode::OK);
    assert_eq!(locked.json()["locked"], true);
    let before = h.counts().await;
    for token in [&youth, &staff] {
        reply_to(&h, token, thread, "Noch eine")
            .await
            .expect_error(StatusCode::CONFLICT, ErrorCode::ThreadLocked);
    }
    assert_eq!(h.counts().await, before);
    let thread_view = Req::get(&at(routes::FORUM_THREAD, thread))
        .bearer(&youth)
        .send(&h.app)
        .await
        .json();
    assert_eq!(thread_view["posts"], 2);
    let unlocked = moderate_thread(&h, &staff, thread, &json!({"locked": false})).await;
    assert_eq!(unlocked.json()["locked"], false);
    assert_eq!(
        reply_to(&h, &youth, thread, "Wieder offen").await.status,
        StatusCode::CREATED
    );
}

async fn counsellors_posts_are_marked_as_the_services(h: Harness) {
    let youth = old_youth(&h, "fragerin").await;
    let staff = counsellor(&h).await;
    let thread = new_thread(&h, &youth, "Wie finde ich eine Wohnung?").await;
    reply_to(&h, &staff, thread, "Frag beim Jugendmigrationsdienst nach.").await;
    reply_to(&h, &youth, thread, "Danke!").await;
    let marks: Vec<bool> = posts(&h, &youth, thread)
        .await
        .iter()
        .map(|p| p["by_staff"].as_bool().unwrap())
        .collect();
    assert_eq!(marks, [false, true, false]);
    let listed = thread_titles(&h, &youth, "").await.json();
    assert_eq!(listed["threads"][0]["by_staff"], false);
    let by_staff = new_thread(&h, &staff, "Sprechstunde am Freitag").await;
    let listed = thread_titles(&h, &youth, "").await.json();
    let row = listed["threads"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == by_staff)
        .unwrap()
        .clone();
    assert_eq!(row["by_staff"], true);
}

async fn pinned_threads_come_first(h: Harness) {
    let youth = old_youth(&h, "pinnerin").await;
    let staff = counsellor(&h).await;
    let first = new_thread(&h, &youth, "Erster Faden").await;
    let second = new_thread(&h, &youth, "Zweiter Faden").await;
    let third = new_thread(&h, &youth, "Dritter Faden").await;
    // Newest activity first: a reply moves the first thread to the top.
    reply_to(&h, &youth, first, "hoch damit").await;
    let ids = |reply: Reply| -> Vec<i64> {
        reply.json()["threads"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["id"].as_i64().unwrap())
            .collect()
    };
    let order = ids(thread_titles(&h, &youth, "").await);
    // Same-second timestamps fall back to the newest id; the reply may share a second.
    assert_eq!(order.len(), 3);
    assert!(order.contains(&first) && order.contains(&second) && order.contains(&third));
    moderate_thread(&h, &staff, second, &json!({"pinned": true})).await;
    let order = ids(thread_titles(&h, &youth, "").await);
    assert_eq!(order[0], second, "pinned first: {order:?}");
    moderate_thread(&h, &staff, first, &json!({"pinned": true})).await;
    let order = ids(thread_titles(&h, &youth, "").await);
    assert!(order[..2].contains(&first) && order[..2].contains(&second));
    assert_eq!(order[2], third);
    moderate_thread(&h, &staff, second, &json!({"pinned": false})).await;
    let order = ids(thread_titles(&h, &youth, "").await);
    assert_eq!(order[0], first);
}

async fn threads_and_posts_are_paginated(h: Harness) {
    let youth = old_youth(&h, "vielschreiber").await;
    let mut made = Vec::new();
    for i in 0..5 {
        made.push(new_thread(&h, &youth, &format!("Faden Nummer {i}")).await);
    }
    let other = Req::post(routes::FORUM_THREADS)
        .bearer(&youth)
        .json(&json!({ "category": "housing", "title": "Arabisch", "language": "ar", "text": "مرحبا" }))
        .send(&h.app)
        .await;
    assert_eq!(other.status, StatusCode::CREATED);
    let mut seen = Vec::new();
    for (page, more) in [(1, true), (2, true), (3, false)] {
        let reply = thread_titles(&h, &youth, &format!("?category=work&page={page}&limit=2")).await;
        assert_eq!(reply.status, StatusCode::OK);
        let body = reply.json();
        assert_eq!(body["more"], more, "page {page}");
        for t in body["threads"].as_array().unwrap() {
            assert_eq!(t["category"], "work");
            seen.push(t["id"].as_i64().unwrap());
        }
    }
    seen.sort_unstable();
    assert_eq!(seen, made, "every thread once");
    let arabic = thread_titles(&h, &youth, "?language=ar").await.json();
    assert_eq!(arabic["threads"].as_array().unwrap().len(), 1);
    assert_eq!(arabic["threads"][0]["language"], "ar");
    assert_eq!(arabic["more"], false);

    let thread = made[0];
    for i in 0..6 {
        let r = reply_to(&h, &youth, thread, &format!("Antwort {i}")).await;
        assert_eq!(r.status, StatusCode::CREATED);
    }
    let mut texts = Vec::new();
    for (page, more) in [(1, true), (2, true), (3, true), (4, false)] {
        let reply = Req::get(&format!(
            "{}?page={page}&limit=2",
            at(routes::FORUM_THREAD_POSTS, thread)
        ))
        .bearer(&youth)
        .send(&h.app)
        .await;
        assert_eq!(reply.status, StatusCode::OK);
        let body = reply.json();
        assert_eq!(body["more"], more, "page {page}");
        for p in body["posts"].as_array().unwrap() {
            texts.push(p["text"].as_str().unwrap().to_owned());
        }
    }
    assert_eq!(texts.len(), 7);
    assert_eq!(texts[0], "Wer kann helfen?");
    assert_eq!(texts[6], "Antwort 5");
    let limit_max = Req::get(&format!("{}?limit=50", routes::FORUM_THREADS))
        .bearer(&youth)
        .send(&h.app)
        .await;
    assert_eq!(limit_max.status, StatusCode::OK);
    for query in [
        "?limit=51",
        "?limit=0",
        "?page=0",
        "?page=x",
        "?sort=new",
        "?category=sport",
    ] {
        thread_titles(&h, &youth, query)
            .await
            .expect_error(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidValue);
    }
    Req::get(&format!(
        "{}?limit=51",
        at(routes::FORUM_THREAD_POSTS, thread)
    ))
    .bearer(&youth)
    .send(&h.app)
    .await
    .expect_error(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidValue);
}

async fn reactions_toggle_once_per_account_and_kind(h: Harness) {
    let a = old_youth(&h, "dankbar_a").await;
    let b = old_youth(&h, "dankbar_b").await;
    let thread = new_thread(&h, &a, "Hilfe beim Lebenslauf").await;
    let post = posts(&h, &a, thread).await[0]["id"].as_i64().unwrap();
    let react = |token: String, kind: &'static str| {
        let app = h.app.clone();
        async move {
            let reply = Req::post(&at(routes::FORUM_POST_REACTIONS, post))
                .bearer(&token)
                .json(&json!({ "reaction": kind }))
                .send(&app)
                .await;
            assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.json());
            reply.json()
        }
    };
    let v = react(a.clone(), "thanks").await;
    assert_eq!(
        v["reactions"],
        json!({"thanks": 1, "helpful": 0, "same_question": 0})
    );
    assert_eq!(v["mine"], json!(["thanks"]));
    let v = react(b.clone(), "thanks").await;
    assert_eq!(v["reactions"]["thanks"], 2);
    let v = react(a.clone(), "helpful").await;
    assert_eq!(v["mine"], json!(["thanks", "helpful"]));
    // Toggling off.
    let v = react(a.clone(), "thanks").await;
    assert_eq!(
        v["reactions"],
        json!({"thanks": 1, "helpful": 1, "same_question": 0})
    );
    assert_eq!(v["mine"], json!(["helpful"]));
    assert_eq!(h.counts().await.forum_reactions, 2);
    let seen_by_b = posts(&h, &b, thread).await;
    assert_eq!(seen_by_b[0]["mine"], json!(["thanks"]));
    let before = h.counts().await;
    Req::post(&at(routes::FORUM_POST_REACTIONS, post))
        .bearer(&a)
        .json(&json!({ "reaction": "like" }))
        .send(&h.app)
        .await
        .expect_error(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidValue);
    Req::post(&at(routes::FORUM_POST_REACTIONS, 999_999))
        .bearer(&a)
        .json(&json!({ "reaction": "thanks" }))
        .send(&h.app)
        .await
        .expect_error(StatusCode::NOT_FOUND, ErrorCode::PostNotFound);
    assert_eq!(h.counts().await, before);
}

async fn new_accounts_start_few_threads(h: Harness) {
    let fresh = register_youth(&h, "neuling").await;
    let thread = new_thread(&h, &fresh, "Erster Versuch").await;
    new_thread(&h, &fresh, "Zweiter Versuch").await;
    new_thread(&h, &fresh, "Dritter Versuch").await;
    let before = h.counts().await;
    let refused = Req::post(routes::FORUM_THREADS)
        .bearer(&fresh)
        .json(&thread_body("Vierter Versuch"))
        .send(&h.app)
        .await;
    refused.expect_error(StatusCode::TOO_MANY_REQUESTS, ErrorCode::RateLimited);
    assert!(refused.headers.get(header::RETRY_AFTER).is_some());
    assert_eq!(h.counts().await, before);
    // Replies are not limited by this rule.
    assert_eq!(
        reply_to(&h, &fresh, thread, "Antwort geht").await.status,
        StatusCode::CREATED
    );
    // An account older than seven days and a counsellor are not limited.
    let old = old_youth(&h, "alteingesessen").await;
    let staff = counsellor(&h).await;
    for i in 0..5 {
        new_thread(&h, &old, &format!("Alter Faden {i}")).await;
        new_thread(&h, &staff, &format!("Beratungsfaden {i}")).await;
    }
}

async fn deleted_accounts_leave_posts_as_deleted_user(h: Harness) {
    let leaving = register_youth(&h, "geht_bald").await;
    let staying = old_youth(&h, "bleibt").await;
    let thread = new_thread(&h, &leaving, "Frage vor dem Gehen").await;
    let reply = reply_to(&h, &staying, thread, "Antwort darauf").await;
    let staying_post = reply.json()["id"].as_i64().unwrap();
    let second = reply_to(&h, &leaving, thread, "Danke!").await;
    assert_eq!(second.json()["author"], "geht_bald");
    // Their reaction and flag on someone else's post.
    Req::post(&at(routes::FORUM_POST_REACTIONS, staying_post))
        .bearer(&leaving)
        .json(&json!({ "reaction": "thanks" }))
        .send(&h.app)
        .await;
    flag(&h, &leaving, staying_post).await;
    let before = h.counts().await;
    assert_eq!((before.forum_reactions, before.forum_flags), (1, 1));

    let deleted = Req::delete(routes::ME)
        .bearer(&leaving)
        .json(&json!({ "password": "sehr-geheim-123" }))
        .send(&h.app)
        .await;
    assert_eq!(deleted.status, StatusCode::NO_CONTENT);
    let after = h.counts().await;
    assert_eq!(after.forum_threads, before.forum_threads);
    assert_eq!(after.forum_posts, before.forum_posts);
    assert_eq!((after.forum_reactions, after.forum_flags), (0, 0));
    let seen = posts(&h, &staying, thread).await;
    assert_eq!(seen.len(), 3);
    assert_eq!(seen[0]["author"], Value::Null, "deleted user");
    assert_eq!(seen[0]["text"], "Wer kann helfen?");
    assert_eq!(seen[1]["author"], "bleibt");
    assert_eq!(seen[1]["reactions"]["thanks"], 0);
    assert_eq!(seen[2]["author"], Value::Null);
    assert_eq!(seen[2]["text"], "Danke!");
    let listed = thread_titles(&h, &staying, "").await.json();
    assert_eq!(listed["threads"][0]["author"], Value::Null);
    // The thread lives on.
    assert_eq!(
        reply_to(&h, &staying, thread, "Noch da").await.status,
        StatusCode::CREATED
    );
}

async fn bad_forum_input_gets_4xx_json_and_changes_nothing(h: Harness) {
    let youth = old_youth(&h, "pruefer").await;
    let thread = new_thread(&h, &youth, "Gültiger Faden").await;
    let before = h.counts().await;
    let long_text = "x".repeat(4001);
    let long_title = "t".repeat(121);
    let cases: Vec<(Req, StatusCode, ErrorCode)> = vec![
        (
            Req::post(routes::FORUM_THREADS).json(&json!({
                "category": "work", "title": "  a ", "language": "de", "text": "x" })),
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::TitleTooShort,
        ),
        (
            Req::post(routes::FORUM_THREADS).json(&json!({
                "category": "work", "title": long_title, "language": "de", "text": "x" })),
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::TitleTooLong,
        ),
        (
            Req::post(routes::FORUM_THREADS).json(&json!({
                "category": "work", "title": "Titel", "language": "de", "text": "   " })),
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::MessageEmpty,
        ),
        (
            Req::post(routes::FORUM_THREADS).json(&json!({
                "category": "work", "title": "\u{3164}\u{3164}\u{3164}", "language": "de",
                "text": "Hallo" })),
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::TitleTooShort,
        ),
        (
            Req::post(routes::FORUM_THREADS).json(&json!({
                "category": "work", "title": "Titel", "language": "de",
                "text": "\u{2800}\u{200B}" })),
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::MessageEmpty,
        ),
        (
            Req::post(routes::FORUM_THREADS).json(&json!({
                "category": "work", "title": "Titel \u{2066}x\u{2069}", "language": "de",
                "text": "Hallo" })),
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::TextInvalidCharacters,
        ),
        (
            Req::post(routes::FORUM_THREADS).json(&json!({
                "category": "work", "title": "Titel", "language": "de", "text": long_text })),
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::MessageTooLong,
        ),
        (
            Req::post(routes::FORUM_THREADS).json(&json!({
                "category": "sport", "title": "Titel", "language": "de", "text": "x" })),
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::InvalidValue,
        ),
        (
            Req::post(routes::FORUM_THREADS).json(&json!({
                "category": "work", "title": "Titel", "language": "fr", "text": "x" })),
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::InvalidValue,
        ),
        (
            Req::post(routes::FORUM_THREADS).json(&json!({
                "category": "work", "title": "Titel", "language": "de", "text": "x",
                "pinned": true })),
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::UnknownField,
        ),
        (
            Req::post(routes::FORUM_THREADS).json(&json!({
                "category": "work", "title": 5, "language": "de", "text": "x" })),
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::WrongType,
        ),
        (
            Req::post(routes::FORUM_THREADS)
                .json(&json!({ "category": "work", "language": "de", "text": "x" })),
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::MissingField,
        ),
        (
            Req::post(routes::FORUM_THREADS).raw_json(r#"{"category": "work", "#),
            StatusCode::BAD_REQUEST,
            ErrorCode::InvalidJson,
        ),
        (
            Req::post(routes::FORUM_THREADS).raw_json(b"{\"title\": \"\xff\xfe\"}".to_vec()),
            StatusCode::BAD_REQUEST,
            ErrorCode::InvalidUtf8,
        ),
        (
            Req::post(&at(routes::FORUM_THREAD_POSTS, thread)).json(&json!({ "text": "" })),
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::MessageEmpty,
        ),
        (
            Req::post(&at(routes::FORUM_THREAD_POSTS, thread)).json(&json!({ "text": "a\u{0}b" })),
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::TextInvalidCharacters,
        ),
        (
            Req::post(&at(routes::FORUM_THREAD_POSTS, 999_999)).json(&json!({ "text": "hi" })),
            StatusCode::NOT_FOUND,
            ErrorCode::ThreadNotFound,
        ),
        (
            Req::post("/api/forum/threads/abc/posts").json(&json!({ "text": "hi" })),
            StatusCode::NOT_FOUND,
            ErrorCode::ThreadNotFound,
        ),
        (
            Req::get("/api/forum/threads/-1"),
            StatusCode::NOT_FOUND,
            ErrorCode::ThreadNotFound,
        ),
        (
            Req::post(&at(routes::FORUM_POST_FLAG, 999_999)),
            StatusCode::NOT_FOUND,
            ErrorCode::PostNotFound,
        ),
    ];
    for (req, status, code) in cases {
        req.bearer(&youth)
            .send(&h.app)
            .await
            .expect_error(status, code);
    }
    let too_big = Req::post(routes::FORUM_THREADS)
        .bearer(&youth)
        .raw_json(format!(
            r#"{{"text": "{}"}}"#,
            "x".repeat(lernwelt_protocol::limits::MAX_BODY_BYTES)
        ))
        .send(&h.app)
        .await;
    too_big.expect_error(StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::PayloadTooLarge);
    assert_eq!(h.counts().await, before);
    assert_eq!(posts(&h, &youth, thread).await.len(), 1);
    // The longest title and text there are, in characters of four bytes each, fit a body.
    let longest = Req::post(routes::FORUM_THREADS)
        .bearer(&youth)
        .json(&json!({
            "category": "work",
            "title": "🙂".repeat(120),
            "language": "de",
            "text": "😀".repeat(4000),
        }))
        .send(&h.app)
        .await;
    assert_eq!(longest.status, StatusCode::CREATED, "{:?}", longest.json());
}

async fn concurrent_flags_and_thread_starts_are_counted_exactly(h: Harness) {
    // Six threads at once from a new account: exactly three get through.
    let fresh = register_youth(&h, "ungeduldig").await;
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..6 {
        let app = h.app.clone();
        let token = fresh.clone();
        tasks.spawn(async move {
            Req::post(routes::FORUM_THREADS)
                .bearer(&token)
                .json(&thread_body(&format!("Gleichzeitig {i}")))
                .send(&app)
                .await
        });
    }
    let mut created = 0;
    while let Some(reply) = tasks.join_next().await {
        let reply = reply.expect("task");
        if reply.status == StatusCode::CREATED {
            created += 1;
        } else {
            reply.expect_error(StatusCode::TOO_MANY_REQUESTS, ErrorCode::RateLimited);
        }
    }
    assert_eq!(created, 3);
    assert_eq!(h.counts().await.forum_threads, 3);

    // Five different accounts flag one post at once: all five counted, the post hidden.
    let author = old_youth(&h, "gemeldet").await;
    let thread = new_thread(&h, &author, "Gemeldeter Faden").await;
    let post = posts(&h, &author, thread).await[0]["id"].as_i64().unwrap();
    let mut flaggers = Vec::new();
    for i in 0..5 {
        flaggers.push(old_youth(&h, &format!("melder_{i}")).await);
    }
    let mut tasks = tokio::task::JoinSet::new();
    for token in flaggers {
        let app = h.app.clone();
        tasks.spawn(async move {
            Req::post(&at(routes::FORUM_POST_FLAG, post))
                .bearer(&token)
                .send(&app)
                .await
                .status
        });
    }
    while let Some(status) = tasks.join_next().await {
        assert_eq!(status.expect("task"), StatusCode::NO_CONTENT);
    }
    let staff = counsellor(&h).await;
    let seen = posts(&h, &staff, thread).await;
    assert_eq!(seen[0]["flags"], 5);
    assert_eq!(seen[0]["hidden"], true);
}

/// Reactions and flags are refused (404, like a post that does not exist) for a young person on
/// any post of a thread hidden from young people, reactions also on a hidden post; counsellors
/// still act.
async fn post_routes_reveal_nothing_hidden_from_young_people(h: Harness) {
    let author = old_youth(&h, "autor_v").await;
    let other = old_youth(&h, "leser_v").await;
    let staff = old_account(&h, "beraterin_v", Role::Counsellor).await;
    let thread = new_thread(&h, &author, "Ein Thema, das verschwindet").await;
    let answer = reply_to(&h, &author, thread, "Eine Antwort darin")
        .await
        .json()["id"]
        .as_i64()
        .unwrap();
    let first = posts(&h, &staff, thread).await[0]["id"].as_i64().unwrap();
    let act = |token: String, post: i64, route: &'static str| {
        let app = h.app.clone();
        async move {
            let mut request = Req::post(&at(route, post)).bearer(&token);
            if route == routes::FORUM_POST_REACTIONS {
                request = request.json(&json!({ "reaction": "thanks" }));
            }
            request.send(&app).await
        }
    };
    // A hidden post: no reaction from the young person (a report is still taken: the third
    // flag hides a post while others are reporting it too); the counsellor still reacts.
    assert_eq!(
        moderate_post(&h, &staff, answer, "hide").await.status,
        StatusCode::OK
    );
    let before = h.counts().await;
    act(other.clone(), answer, routes::FORUM_POST_REACTIONS)
        .await
        .expect_error(StatusCode::NOT_FOUND, ErrorCode::PostNotFound);
    assert_eq!(h.counts().await, before, "nothing stored");
    assert_eq!(
        act(other.clone(), answer, routes::FORUM_POST_FLAG)
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        act(staff.clone(), answer, routes::FORUM_POST_REACTIONS)
            .await
            .status,
        StatusCode::OK
    );
    // Restored, then the thread is hidden by hiding its first post: every post of it is
    // refused, the visible answer included.
    assert_eq!(
        moderate_post(&h, &staff, answer, "restore").await.status,
        StatusCode::OK
    );
    assert_eq!(
        moderate_post(&h, &staff, first, "hide").await.status,
        StatusCode::OK
    );
    let before = h.counts().await;
    for (post, route) in [
        (first, routes::FORUM_POST_REACTIONS),
        (answer, routes::FORUM_POST_REACTIONS),
        (answer, routes::FORUM_POST_FLAG),
    ] {
        act(other.clone(), post, route)
            .await
            .expect_error(StatusCode::NOT_FOUND, ErrorCode::PostNotFound);
    }
    assert_eq!(h.counts().await, before, "nothing stored");
    assert_eq!(
        act(staff.clone(), answer, routes::FORUM_POST_FLAG)
            .await
            .status,
        StatusCode::NO_CONTENT
    );
}

async fn queue_page(h: &Harness, staff: &str, query: &str) -> Value {
    let reply = Req::get(&format!("{}{query}", routes::FORUM_MODERATION_QUEUE))
        .bearer(staff)
        .send(&h.app)
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.json());
    reply.json()
}

fn ids(queue: &Value) -> Vec<i64> {
    queue["posts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_i64().unwrap())
        .collect()
}

async fn flags_weigh_by_trust(h: Harness) {
    let author = old_youth(&h, "autorin").await;
    let staff = counsellor(&h).await;
    let thread = new_thread(&h, &author, "Wer kennt eine gute Schule?").await;
    let post = reply_to(&h, &author, thread, "Eine Antwort").await.json()["id"]
        .as_i64()
        .unwrap();

    // Three accounts made today (as a troll makes them, from one address): the post waits
    // for a counsellor but stays shown.
    for name in ["neu_eins", "neu_zwei", "neu_drei"] {
        let fresh = register_youth(&h, name).await;
        flag(&h, &fresh, post).await;
    }
    assert_eq!(posts(&h, &author, thread).await[1]["hidden"], false);
    let queue = queue_page(&h, &staff, "").await;
    assert_eq!(ids(&queue), [post]);
    assert_eq!(queue["posts"][0]["flags"], 3);
    assert_eq!(queue["posts"][0]["hidden"], false);

    // An older account with a post of its own in the forum weighs three: 3 + 3 hides it.
    let regular = old_youth(&h, "stammgast").await;
    reply_to(&h, &regular, thread, "Ich war auch dort.").await;
    flag(&h, &regular, post).await;
    assert_eq!(posts(&h, &author, thread).await[1]["hidden"], true);

    // A counsellor's post: six older young people flag it, it is queued, never hidden.
    let advice = reply_to(&h, &staff, thread, "Frag beim Schulamt nach.")
        .await
        .json()["id"]
        .as_i64()
        .unwrap();
    for i in 0..6 {
        let old = old_youth(&h, &format!("alt_{i}")).await;
        flag(&h, &old, advice).await;
    }
    let shown = posts(&h, &author, thread).await;
    let advice_view = shown.iter().find(|p| p["id"] == advice).unwrap();
    assert_eq!(advice_view["hidden"], false);
    assert_eq!(advice_view["text"], "Frag beim Schulamt nach.");
    assert!(ids(&queue_page(&h, &staff, "").await).contains(&advice));

    // A counsellor's flag hides a young person's post alone.
    let other = reply_to(&h, &author, thread, "Noch eine Antwort")
        .await
        .json()["id"]
        .as_i64()
        .unwrap();
    flag(&h, &staff, other).await;
    let shown = posts(&h, &regular, thread).await;
    assert_eq!(
        shown.iter().find(|p| p["id"] == other).unwrap()["hidden"],
        true
    );
}

async fn the_queue_pages_and_decided_posts_leave_it(h: Harness) {
    let author = old_youth(&h, "vielschreiber").await;
    let reporter = old_youth(&h, "melderin").await;
    let staff = counsellor(&h).await;
    let thread = new_thread(&h, &author, "Viele Antworten").await;
    let mut flagged = Vec::new();
    for i in 0..23 {
        let post = reply_to(&h, &author, thread, &format!("Antwort {i}"))
            .await
            .json()["id"]
            .as_i64()
            .unwrap();
        flag(&h, &reporter, post).await;
        flagged.push(post);
    }
    let first = queue_page(&h, &staff, "?limit=20").await;
    assert_eq!(ids(&first).len(), 20);
    assert_eq!(first["more"], true);
    let second = queue_page(&h, &staff, "?page=2&limit=20").await;
    assert_eq!(ids(&second).len(), 3);
    assert_eq!(second["more"], false);
    let mut all = [ids(&first), ids(&second)].concat();
    all.sort_unstable();
    assert_eq!(all, flagged, "every flagged post once, none twice");

    // Deciding either way takes a post out of the queue: hidden stays hidden, shown stays
    // shown, and neither comes back without new flags.
    assert_eq!(
        moderate_post(&h, &staff, flagged[0], "hide").await.status,
        StatusCode::OK
    );
    assert_eq!(
        moderate_post(&h, &staff, flagged[1], "restore")
            .await
            .status,
        StatusCode::OK
    );
    let rest = queue_page(&h, &staff, "?limit=50").await;
    assert_eq!(ids(&rest).len(), 21);
    assert!(!ids(&rest).contains(&flagged[0]) && !ids(&rest).contains(&flagged[1]));
    assert_eq!(rest["more"], false);
    let seen = posts(&h, &author, thread).await;
    let hidden = |id: i64| seen.iter().find(|p| p["id"] == id).unwrap()["hidden"].clone();
    assert_eq!(
        (hidden(flagged[0]), hidden(flagged[1])),
        (json!(true), json!(false))
    );
    // A new report on a decided post brings it back.
    let another = old_youth(&h, "zweite_melderin").await;
    flag(&h, &another, flagged[1]).await;
    assert!(ids(&queue_page(&h, &staff, "?limit=50").await).contains(&flagged[1]));

    // Pages out of range are refused.
    for query in ["?page=0", "?limit=0", "?limit=51", "?page=x"] {
        let reply = Req::get(&format!("{}{query}", routes::FORUM_MODERATION_QUEUE))
            .bearer(&staff)
            .send(&h.app)
            .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{query}");
    }
}

async fn flags_and_reactions_are_rate_limited(h: Harness) {
    let app = h.app_with(lernwelt_server::Settings {
        flag_limit: lernwelt_server::rate_limit::RateLimit {
            burst: 2,
            refill_every: Duration::from_secs(3600),
        },
        reaction_limit: lernwelt_server::rate_limit::RateLimit {
            burst: 3,
            refill_every: Duration::from_secs(3600),
        },
        ..support::test_settings()
    });
    let author = old_youth(&h, "autor").await;
    let busy = old_youth(&h, "eifrig").await;
    let thread = new_thread(&h, &author, "Drei Antworten").await;
    let mut replies = Vec::new();
    for i in 0..3 {
        replies.push(
            reply_to(&h, &author, thread, &format!("Antwort {i}"))
                .await
                .json()["id"]
                .as_i64()
                .unwrap(),
        );
    }
    let flag_on = |post: i64| {
        Req::post(&at(routes::FORUM_POST_FLAG, post))
            .bearer(&busy)
            .send(&app)
    };
    assert_eq!(flag_on(replies[0]).await.status, StatusCode::NO_CONTENT);
    assert_eq!(flag_on(replies[1]).await.status, StatusCode::NO_CONTENT);
    let before = h.counts().await;
    flag_on(replies[2])
        .await
        .expect_error(StatusCode::TOO_MANY_REQUESTS, ErrorCode::RateLimited);
    assert_eq!(h.counts().await, before, "the refused flag stored nothing");

    let react_on = |post: i64| {
        Req::post(&at(routes::FORUM_POST_REACTIONS, post))
            .bearer(&busy)
            .json(&json!({ "reaction": "thanks" }))
            .send(&app)
    };
    for post in &replies {
        assert_eq!(react_on(*post).await.status, StatusCode::OK);
    }
    let before = h.counts().await;
    let refused = react_on(replies[0]).await;
    assert!(refused.headers.contains_key(header::RETRY_AFTER));
    refused.expect_error(StatusCode::TOO_MANY_REQUESTS, ErrorCode::RateLimited);
    assert_eq!(
        h.counts().await,
        before,
        "the refused reaction changed nothing"
    );
    // Someone else is not held up.
    let author_reacts = Req::post(&at(routes::FORUM_POST_REACTIONS, replies[0]))
        .bearer(&author)
        .json(&json!({ "reaction": "helpful" }))
        .send(&app)
        .await;
    assert_eq!(author_reacts.status, StatusCode::OK);
}
