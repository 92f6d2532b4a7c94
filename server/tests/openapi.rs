//! `GET /api/openapi.json` is served without a token, is a well-formed OpenAPI 3 document, and
//! names exactly the routes the router has: every documented (method, path) answers (not the
//! router's 404/405), every other method on those paths is 405, and every `.route(…)` in the
//! server's source is documented.

#![allow(clippy::expect_used, clippy::unwrap_used)]

#[macro_use]
mod support;

use axum::http::{Method, StatusCode};
use lernwelt_protocol::ErrorCode;
use lernwelt_server::openapi::{self, OPENAPI_PATH};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;
use support::{Harness, Req};

on_both_backends!(
    document_is_served_without_a_token,
    documented_routes_are_the_routers_routes
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
