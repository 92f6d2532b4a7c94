//! `GET /api/openapi.json` is served without a token, is a well-formed OpenAPI 3 document, and
//! names exactly the routes the router has: every documented (method, path) answers (not the
//! router's 404/405), every other method on those paths is 405, and every `.route(…)` in the
//! server's source is documented. Its schemas are real (no placeholders, every `$ref`
//! resolves), and real answers of the running app (success and error) validate against the
//! schema the document gives for their route and status.

#![allow(clippy::expect_used, clippy::unwrap_used)]

#[macro_use]
mod support;

use axum::http::{Method, StatusCode};
use lernwelt_protocol::ErrorCode;
use lernwelt_protocol::routes;
use lernwelt_server::openapi::{self, OPENAPI_PATH};
use serde_json::{Value, json};
use std::collections::BTreeSet;
use std::path::Path;
use support::{Harness, Reply, Req, add_counsellor, login_counsellor, register_youth};

on_both_backends!(
    document_is_served_without_a_token,
    documented_routes_are_the_routers_routes,
    answers_validate_against_their_schemas
);

const METHODS: [&str; 5] = ["GET", "POST", "PUT", "DELETE", "PATCH"];

async fn document_is_served_without_a_token(h: Harness) {
    let reply = Req::get(OPENAPI_PATH).send(&h.app).await;
    assert_eq!(reply.status, StatusCode::OK);
    let doc = reply.json();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    assert!(schemas["ApiError"]["properties"]["code"].is_object());
    let mut operations = 0;
    for (path, methods) in doc["paths"].as_object().unwrap() {
        for (method, op) in methods.as_object().unwrap() {
            operations += 1;
            let responses = op["responses"].as_object().unwrap();
            // 101: the WebSocket upgrade of the live chat.
            let success = |s: &str| s.starts_with('2') || s == "101";
            assert!(
                responses.keys().any(|s| success(s)),
                "{method} {path}: no success response"
            );
            for (status, response) in responses {
                if !success(status) {
                    assert_eq!(
                        response["content"]["application/json"]["schema"]["$ref"],
                        "#/components/schemas/ApiError",
                        "{method} {path} {status}"
                    );
                }
            }
            let public = op["security"].as_array().unwrap().is_empty();
            assert!(
                public || responses.contains_key("401"),
                "{method} {path}: a route that needs a token documents 401"
            );
        }
    }
    assert_eq!(operations, openapi::ROUTES.len());
    // Every reference names a component.
    let text = doc.to_string();
    for piece in text.split("\"#/components/schemas/").skip(1) {
        let name = piece.split('"').next().unwrap();
        assert!(schemas.contains_key(name), "dangling $ref {name}");
    }
}

fn documented() -> BTreeSet<(String, String)> {
    let doc = openapi::document();
    let mut set = BTreeSet::new();
    for (path, methods) in doc["paths"].as_object().unwrap() {
        for method in methods.as_object().unwrap().keys() {
            set.insert((method.to_ascii_uppercase(), path.clone()));
        }
    }
    set
}

/// The path of every `.route(NAME, …)` in the server's source, `NAME` resolved through
/// `lernwelt_protocol::routes` (or this module's `OPENAPI_PATH`).
fn routes_in_source() -> BTreeSet<String> {
    let routes_rs = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../protocol/src/routes.rs"),
    )
    .unwrap();
    let resolve = |name: &str| -> String {
        if name == "OPENAPI_PATH" || name == "openapi::OPENAPI_PATH" {
            return OPENAPI_PATH.to_owned();
        }
        let name = name.trim_start_matches("routes::");
        let needle = format!("pub const {name}: &str = \"");
        let start = routes_rs
            .find(&needle)
            .unwrap_or_else(|| panic!("route constant {name} not in protocol/src/routes.rs"))
            + needle.len();
        routes_rs[start..].split('"').next().unwrap().to_owned()
    };
    let mut paths = BTreeSet::new();
    let mut dirs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let source = std::fs::read_to_string(&path).unwrap();
                for piece in source.split(".route(").skip(1) {
                    let name: String = piece
                        .trim_start()
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == ':')
                        .collect();
                    assert!(
                        !name.is_empty(),
                        "{}: .route( without a named path constant",
                        path.display()
                    );
                    paths.insert(resolve(&name));
                }
            }
        }
    }
    paths
}

async fn documented_routes_are_the_routers_routes(h: Harness) {
    let documented = documented();
    let doc_paths: BTreeSet<String> = documented.iter().map(|(_, p)| p.clone()).collect();
    assert_eq!(
        doc_paths,
        routes_in_source(),
        "paths in the document vs. .route() calls in server/src"
    );
    for path in &doc_paths {
        let uri = path.replace("{id}", "1");
        for method in METHODS {
            let reply = Req::new(Method::from_bytes(method.as_bytes()).unwrap(), &uri)
                .send(&h.app)
                .await;
            if documented.contains(&(method.to_owned(), path.clone())) {
                assert_ne!(
                    reply.status,
                    StatusCode::METHOD_NOT_ALLOWED,
                    "{method} {path} is documented but the router refuses the method"
                );
                if reply.status == StatusCode::NOT_FOUND {
                    assert_ne!(
                        reply.error().code,
                        ErrorCode::NotFound,
                        "{method} {path} is documented but the router has no such route"
                    );
                }
            } else {
                reply.expect_error(StatusCode::METHOD_NOT_ALLOWED, ErrorCode::MethodNotAllowed);
            }
        }
    }
}

#[test]
fn the_table_has_no_duplicates() {
    let mut seen = BTreeSet::new();
    for route in openapi::ROUTES {
        assert!(
            seen.insert((route.method, route.path)),
            "{} {} twice",
            route.method,
            route.path
        );
    }
    let _: Value = openapi::document();
}

/// Every `$ref` in `value`.
fn refs(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                match (key.as_str(), child) {
                    ("$ref", Value::String(target)) => out.push(target.clone()),
                    _ => refs(child, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| refs(v, out)),
        _ => {}
    }
}

#[test]
fn every_ref_resolves() {
    let doc = openapi::document();
    let mut all = Vec::new();
    refs(&doc, &mut all);
    assert!(all.len() > 50, "only {} references", all.len());
    for target in all {
        let pointer = target
            .strip_prefix('#')
            .unwrap_or_else(|| panic!("{target}: not a reference into the document"));
        assert!(
            pointer.starts_with("/components/schemas/"),
            "{target}: outside the components"
        );
        assert!(doc.pointer(pointer).is_some(), "dangling $ref {target}");
    }
}

/// Whether a schema says something: not the old `{"type": "object", "description": …}`
/// placeholder.
fn is_real(schema: &Value) -> bool {
    let said = |key: &str| schema.get(key).is_some();
    let typed_not_object = matches!(schema.get("type"), Some(Value::String(t)) if t != "object");
    said("properties")
        || said("enum")
        || said("const")
        || said("oneOf")
        || said("anyOf")
        || said("items")
        || typed_not_object
}

#[test]
fn every_schema_named_in_the_table_is_real() {
    let doc = openapi::document();
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    let mut named = BTreeSet::new();
    for route in openapi::ROUTES {
        for ty in [route.request, route.response].into_iter().flatten() {
            named.insert((ty.name)().into_owned());
        }
    }
    named.insert("ApiError".to_owned());
    assert!(named.len() > 30, "{named:?}");
    for name in &named {
        let schema = schemas
            .get(name)
            .or_else(|| schemas.get(&format!("{name}Input")))
            .unwrap_or_else(|| panic!("{name} is not in components/schemas"));
        assert!(is_real(schema), "{name} is a placeholder: {schema}");
    }
    for (name, schema) in schemas {
        assert!(is_real(schema), "{name} is a placeholder: {schema}");
        jsonschema::draft202012::new(&with_components(
            &doc,
            &format!("#/components/schemas/{name}"),
        ))
        .unwrap_or_else(|e| panic!("{name} is no valid JSON Schema: {e}"));
    }
    // The schemas do refuse what the server would not send.
    let session = jsonschema::draft202012::new(&with_components(
        &doc,
        "#/components/schemas/SessionResponse",
    ))
    .unwrap();
    assert!(!session.is_valid(&json!({"token": "abc", "expires_at": 1})));
    let error =
        jsonschema::draft202012::new(&with_components(&doc, "#/components/schemas/ApiError"))
            .unwrap();
    assert!(error.is_valid(&json!({"code": "not_found", "message": "no"})));
    assert!(!error.is_valid(&json!({"code": "no_such_code", "message": "no"})));
    assert!(!error.is_valid(&json!({"code": "not_found", "message": "no", "field": null})));
    // A request type that refuses unknown fields says so.
    for name in [
        "RegisterRequest",
        "LoginRequest",
        "CreateEnquiryRequest",
        "SendMessageRequest",
    ] {
        assert_eq!(
            schemas[name]["additionalProperties"],
            json!(false),
            "{name}"
        );
        assert!(
            schemas[name]["examples"]
                .as_array()
                .is_some_and(|e| !e.is_empty()),
            "{name}"
        );
    }
    // The error codes are exactly the ones the server sends.
    let codes: Vec<&str> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(schemas["ErrorCode"]["enum"], json!(codes));
    // Optional answer fields the server leaves out are not required; the others are.
    let post = &schemas["PostView"];
    let required = post["required"].as_array().unwrap();
    assert!(!required.contains(&json!("flags")));
    assert!(required.contains(&json!("by_staff")) && required.contains(&json!("author")));
    // Every query parameter has a real schema; bounded numbers say their bounds.
    for route in openapi::ROUTES.iter().filter(|r| r.query.is_some()) {
        let op = &doc["paths"][route.path][route.method.to_ascii_lowercase()];
        for parameter in op["parameters"].as_array().unwrap() {
            let schema = &parameter["schema"];
            assert!(
                is_real(schema) || schema.get("$ref").is_some(),
                "{parameter}"
            );
            if parameter["name"] == "limit" || parameter["name"] == "page" {
                assert_eq!(schema["minimum"], json!(1), "{} {parameter}", route.path);
            }
            if parameter["name"] == "limit" {
                assert!(schema["maximum"].is_u64(), "{} {parameter}", route.path);
            }
        }
    }
}

/// A JSON Schema that is the component `reference` of the document, with the document's
/// components beside it so that every `$ref` resolves.
fn with_components(doc: &Value, reference: &str) -> Value {
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$ref": reference,
        "components": doc["components"].clone(),
    })
}

/// Checks that `reply` is what the document promises for `method` `pattern`: its status is
/// documented and its body validates against that status's schema. Returns the body.
fn conforms(doc: &Value, method: &str, pattern: &str, reply: &Reply) -> Value {
    let op = &doc["paths"][pattern][method.to_ascii_lowercase()];
    assert!(op.is_object(), "{method} {pattern} is not documented");
    let status = reply.status.as_u16().to_string();
    let response = &op["responses"][&status];
    assert!(
        response.is_object(),
        "{method} {pattern}: status {status} is not documented ({:?})",
        reply.body
    );
    let Some(reference) = response["content"]["application/json"]["schema"]["$ref"].as_str() else {
        assert!(
            reply.body.is_empty(),
            "{method} {pattern} {status}: a body where none is documented"
        );
        return Value::Null;
    };
    let body = reply.json();
    let validator = jsonschema::draft202012::new(&with_components(doc, reference)).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&body)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{method} {pattern} {status}: the answer does not fit {reference}: {errors:#?}\n{body:#}"
    );
    body
}

async fn answers_validate_against_their_schemas(h: Harness) {
    let doc = Req::get(OPENAPI_PATH).send(&h.app).await.json();
    let check = |method: &'static str, pattern: &'static str, reply: Reply| {
        let doc = doc.clone();
        async move { conforms(&doc, method, pattern, &reply) }
    };
    let id_of = |body: &Value| body["id"].as_i64().unwrap();
    let with_id = |pattern: &str, id: i64| pattern.replace("{id}", &id.to_string());

    check(
        "GET",
        routes::HEALTH,
        Req::get(routes::HEALTH).send(&h.app).await,
    )
    .await;
    check(
        "GET",
        OPENAPI_PATH,
        Req::get(OPENAPI_PATH).send(&h.app).await,
    )
    .await;

    // Accounts.
    let registered = Req::post(routes::ACCOUNTS)
        .json(&json!({"nickname": "Mariam", "password": "sehr-geheim-123",
            "age_band": "16_17", "languages": ["ar", "de"]}))
        .send(&h.app)
        .await;
    let session = check("POST", routes::ACCOUNTS, registered).await;
    let youth = session["token"].as_str().unwrap().to_owned();
    let me = Req::get(routes::ME).bearer(&youth).send(&h.app).await;
    check("GET", routes::ME, me).await;
    let sessions = Req::get(routes::SESSIONS).bearer(&youth).send(&h.app).await;
    check("GET", routes::SESSIONS, sessions).await;
    let taken = Req::post(routes::ACCOUNTS)
        .json(&json!({"nickname": "mariam", "password": "sehr-geheim-123",
            "age_band": "16_17", "languages": ["ar"]}))
        .send(&h.app)
        .await;
    check("POST", routes::ACCOUNTS, taken).await;
    let unknown_field = Req::post(routes::SESSIONS)
        .json(&json!({"nickname": "Mariam", "password": "x", "email": "a@b"}))
        .send(&h.app)
        .await;
    let error = check("POST", routes::SESSIONS, unknown_field).await;
    assert_eq!(error["field"], "email");
    let wrong = Req::post(routes::SESSIONS)
        .json(&json!({"nickname": "Mariam", "password": "falsch-falsch"}))
        .send(&h.app)
        .await;
    check("POST", routes::SESSIONS, wrong).await;
    check("GET", routes::ME, Req::get(routes::ME).send(&h.app).await).await;

    // Counselling: a callback enquiry, seen by the young person, in the inbox, accepted.
    let counsellor = add_counsellor(&h, "Frau_Yilmaz", "de,ar").await;
    let staff = login_counsellor(&h, &counsellor).await;
    let now = lernwelt_server::sessions::now().0;
    let created = Req::post(routes::ENQUIRIES)
        .bearer(&youth)
        .json(&json!({"topic": "residence", "language": "ar", "mode": "callback",
            "message": "مرحبا، عندي سؤال عن الإقامة", "client_message_id": "m-1",
            "callback": {"phone": "+49 151 2345678", "window": {"from": now, "until": now + 7200}}}))
        .send(&h.app)
        .await;
    let enquiry = id_of(&check("POST", routes::ENQUIRIES, created).await);
    let own = Req::get(routes::ENQUIRIES)
        .bearer(&youth)
        .send(&h.app)
        .await;
    check("GET", routes::ENQUIRIES, own).await;
    let inbox = Req::get(routes::INBOX).bearer(&staff).send(&h.app).await;
    let inbox = check("GET", routes::INBOX, inbox).await;
    assert_eq!(inbox["enquiries"].as_array().unwrap().len(), 1);
    let bad_limit = Req::get(&format!("{}?limit=0", routes::INBOX))
        .bearer(&staff)
        .send(&h.app)
        .await;
    check("GET", routes::INBOX, bad_limit).await;
    let forbidden = Req::get(routes::INBOX).bearer(&youth).send(&h.app).await;
    check("GET", routes::INBOX, forbidden).await;
    let accepted = Req::post(&with_id(routes::ENQUIRY_ACCEPT, enquiry))
        .bearer(&staff)
        .send(&h.app)
        .await;
    let accepted = check("POST", routes::ENQUIRY_ACCEPT, accepted).await;
    assert_eq!(accepted["callback"]["phone"], "+491512345678");
    let sent = Req::post(&with_id(routes::ENQUIRY_MESSAGES, enquiry))
        .bearer(&staff)
        .json(&json!({"client_message_id": "c-1", "text": "Ich rufe Sie heute an."}))
        .send(&h.app)
        .await;
    check("POST", routes::ENQUIRY_MESSAGES, sent).await;
    let history = Req::get(&with_id(routes::ENQUIRY_MESSAGES, enquiry))
        .bearer(&youth)
        .send(&h.app)
        .await;
    check("GET", routes::ENQUIRY_MESSAGES, history).await;
    let one = Req::get(&with_id(routes::ENQUIRY, enquiry))
        .bearer(&youth)
        .send(&h.app)
        .await;
    check("GET", routes::ENQUIRY, one).await;
    let missing = Req::get(&with_id(routes::ENQUIRY, 999_999))
        .bearer(&youth)
        .send(&h.app)
        .await;
    check("GET", routes::ENQUIRY, missing).await;
    let absence = Req::put(routes::ABSENCE)
        .bearer(&staff)
        .json(&json!({"text": "Bis Montag im Urlaub.", "until": now + 86_400}))
        .send(&h.app)
        .await;
    check("PUT", routes::ABSENCE, absence).await;
    let colleagues = Req::get(routes::COLLEAGUES)
        .bearer(&staff)
        .send(&h.app)
        .await;
    check("GET", routes::COLLEAGUES, colleagues).await;
    let with_absence = Req::get(&with_id(routes::ENQUIRY, enquiry))
        .bearer(&youth)
        .send(&h.app)
        .await;
    let with_absence = check("GET", routes::ENQUIRY, with_absence).await;
    assert!(with_absence["absence"].is_object());

    // Forum.
    let categories = Req::get(routes::FORUM_CATEGORIES)
        .bearer(&youth)
        .send(&h.app)
        .await;
    check("GET", routes::FORUM_CATEGORIES, categories).await;
    let thread = Req::post(routes::FORUM_THREADS)
        .bearer(&youth)
        .json(
            &json!({"category": "training", "title": "  Ausbildung als Köchin?  ",
            "language": "de", "text": "Wer hat Erfahrung?"}),
        )
        .send(&h.app)
        .await;
    let thread = id_of(&check("POST", routes::FORUM_THREADS, thread).await);
    let threads = Req::get(&format!(
        "{}?category=training&language=de&page=1&limit=5",
        routes::FORUM_THREADS
    ))
    .bearer(&staff)
    .send(&h.app)
    .await;
    check("GET", routes::FORUM_THREADS, threads).await;
    let bad_query = Req::get(&format!("{}?language=fr", routes::FORUM_THREADS))
        .bearer(&youth)
        .send(&h.app)
        .await;
    check("GET", routes::FORUM_THREADS, bad_query).await;
    let reply = Req::post(&with_id(routes::FORUM_THREAD_POSTS, thread))
        .bearer(&staff)
        .json(&json!({"text": "Ich helfe gern."}))
        .send(&h.app)
        .await;
    let post = id_of(&check("POST", routes::FORUM_THREAD_POSTS, reply).await);
    let reacted = Req::post(&with_id(routes::FORUM_POST_REACTIONS, post))
        .bearer(&youth)
        .json(&json!({"reaction": "helpful"}))
        .send(&h.app)
        .await;
    check("POST", routes::FORUM_POST_REACTIONS, reacted).await;
    let other = register_youth(&h, "Ardit").await;
    let flagged = Req::post(&with_id(routes::FORUM_POST_FLAG, post))
        .bearer(&other)
        .send(&h.app)
        .await;
    check("POST", routes::FORUM_POST_FLAG, flagged).await;
    for (token, who) in [(&youth, "youth"), (&staff, "counsellor")] {
        let posts = Req::get(&with_id(routes::FORUM_THREAD_POSTS, thread))
            .bearer(token)
            .send(&h.app)
            .await;
        let posts = check("GET", routes::FORUM_THREAD_POSTS, posts).await;
        assert_eq!(posts["posts"].as_array().unwrap().len(), 2, "{who}");
    }
    let hidden = Req::post(&with_id(routes::FORUM_POST_MODERATION, post))
        .bearer(&staff)
        .json(&json!({"action": "hide"}))
        .send(&h.app)
        .await;
    check("POST", routes::FORUM_POST_MODERATION, hidden).await;
    let queue = Req::get(routes::FORUM_MODERATION_QUEUE)
        .bearer(&staff)
        .send(&h.app)
        .await;
    check("GET", routes::FORUM_MODERATION_QUEUE, queue).await;
    let pinned = Req::post(&with_id(routes::FORUM_THREAD_MODERATION, thread))
        .bearer(&staff)
        .json(&json!({"pinned": true}))
        .send(&h.app)
        .await;
    check("POST", routes::FORUM_THREAD_MODERATION, pinned).await;
    let reports = Req::get(routes::ROOM_REPORTS)
        .bearer(&staff)
        .send(&h.app)
        .await;
    check("GET", routes::ROOM_REPORTS, reports).await;

    // Errors of the body reader.
    let broken = Req::post(routes::FORUM_THREADS)
        .bearer(&youth)
        .raw_json("{\"category\":")
        .send(&h.app)
        .await;
    check("POST", routes::FORUM_THREADS, broken).await;
    let not_json = Req::post(routes::FORUM_THREADS)
        .bearer(&youth)
        .body("hallo")
        .send(&h.app)
        .await;
    check("POST", routes::FORUM_THREADS, not_json).await;
    let closed = Req::post(&with_id(routes::ENQUIRY_CLOSE, enquiry))
        .bearer(&youth)
        .send(&h.app)
        .await;
    check("POST", routes::ENQUIRY_CLOSE, closed).await;
    let logout = Req::delete(routes::CURRENT_SESSION)
        .bearer(&other)
        .send(&h.app)
        .await;
    check("DELETE", routes::CURRENT_SESSION, logout).await;
}
