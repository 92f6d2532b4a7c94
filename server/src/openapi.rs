//! `GET /api/openapi.json`: an OpenAPI 3.1 document of every HTTP route, built from [`ROUTES`].
//! A test (`tests/openapi.rs`) compares that table with the routes the router really has.

use crate::AppState;
use axum::routing::get;
use axum::{Json, Router};
use lernwelt_protocol::routes;
use serde_json::{Map, Value, json};

/// The path of the document itself.
pub const OPENAPI_PATH: &str = "/api/openapi.json";

/// Who may call a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Auth {
    /// Anyone, without a token.
    Public,
    /// Any logged-in account (bearer token).
    Account,
    /// A young person.
    Youth,
    /// A counsellor (or admin), logged in with TOTP.
    Counsellor,
    /// A young person or a counsellor.
    YouthOrCounsellor,
}

/// One documented route: method and path as the router has them.
#[derive(Debug, Clone, Copy)]
pub struct RouteDoc {
    /// `GET`, `POST`, `PUT` or `DELETE`.
    pub method: &'static str,
    /// The path pattern, `{id}` for a path parameter.
    pub path: &'static str,
    /// One line about what it does.
    pub summary: &'static str,
    /// Who may call it.
    pub auth: Auth,
    /// The JSON body's schema name in `lernwelt_protocol`, if it takes one.
    pub request: Option<&'static str>,
    /// The success status.
    pub status: u16,
    /// The success body's schema name, `None` for an empty body.
    pub response: Option<&'static str>,
    /// Query parameters (all optional).
    pub query: &'static [&'static str],
    /// Error statuses beyond the common ones (auth, body, 500).
    pub errors: &'static [u16],
}

const fn r(
    method: &'static str,
    path: &'static str,
    summary: &'static str,
    auth: Auth,
    request: Option<&'static str>,
    status: u16,
    response: Option<&'static str>,
) -> RouteDoc {
    RouteDoc {
        method,
        path,
        summary,
        auth,
        request,
        status,
        response,
        query: &[],
        errors: &[],
    }
}

const fn q(mut doc: RouteDoc, query: &'static [&'static str]) -> RouteDoc {
    doc.query = query;
    doc
}

const fn e(mut doc: RouteDoc, errors: &'static [u16]) -> RouteDoc {
    doc.errors = errors;
    doc
}

use Auth::{Account, Counsellor, Public, Youth, YouthOrCounsellor as Both};

/// Every HTTP route of the server.
pub const ROUTES: &[RouteDoc] = &[
    e(
        r(
            "GET",
            routes::HEALTH,
            "Liveness and database check",
            Public,
            None,
            200,
            Some("HealthResponse"),
        ),
        &[503],
    ),
    r(
        "GET",
        OPENAPI_PATH,
        "This document",
        Public,
        None,
        200,
        Some("OpenApiDocument"),
    ),
    e(
        r(
            "POST",
            routes::ACCOUNTS,
            "Register a young person and log in",
            Public,
            Some("RegisterRequest"),
            201,
            Some("SessionResponse"),
        ),
        &[409, 429],
    ),
    e(
        r(
            "POST",
            routes::SESSIONS,
            "Log in (counsellors with TOTP)",
            Public,
            Some("LoginRequest"),
            200,
            Some("SessionResponse"),
        ),
        &[401, 429],
    ),
    r(
        "GET",
        routes::SESSIONS,
        "The own account's sessions (times only), most recently used first",
        Account,
        None,
        200,
        Some("SessionsResponse"),
    ),
    r(
        "DELETE",
        routes::SESSIONS,
        "Log out everywhere: every session of the own account ends",
        Account,
        None,
        204,
        None,
    ),
    r(
        "DELETE",
        routes::CURRENT_SESSION,
        "Log out",
        Account,
        None,
        204,
        None,
    ),
    r(
        "DELETE",
        routes::SESSION,
        "End one session of the own account, named by the sessions list",
        Account,
        None,
        204,
        None,
    ),
    r(
        "GET",
        routes::ME,
        "The own account",
        Account,
        None,
        200,
        Some("AccountView"),
    ),
    e(
        r(
            "DELETE",
            routes::ME,
            "Delete the own account and everything personal (with the password)",
            Youth,
            Some("DeleteAccountRequest"),
            204,
            None,
        ),
        &[403, 429],
    ),
    e(
        r(
            "POST",
            routes::ME_PASSWORD,
            "Change the own password; every other session ends",
            Account,
            Some("ChangePasswordRequest"),
            204,
            None,
        ),
        &[403, 429],
    ),
    e(
        r(
            "POST",
            routes::ENQUIRIES,
            "Open an enquiry (200 for a resend)",
            Youth,
            Some("CreateEnquiryRequest"),
            201,
            Some("EnquiryView"),
        ),
        &[409, 429],
    ),
    r(
        "GET",
        routes::ENQUIRIES,
        "Own enquiries / enquiries accepted by me",
        Both,
        None,
        200,
        Some("EnquiriesResponse"),
    ),
    r(
        "GET",
        routes::ENQUIRY,
        "One enquiry",
        Both,
        None,
        200,
        Some("EnquiryView"),
    ),
    e(
        r(
            "POST",
            routes::ENQUIRY_ACCEPT,
            "Accept a new enquiry; the first wins",
            Counsellor,
            None,
            200,
            Some("EnquiryView"),
        ),
        &[409],
    ),
    q(
        r(
            "GET",
            routes::ENQUIRY_MESSAGES,
            "Message history since an id",
            Both,
            None,
            200,
            Some("MessagesResponse"),
        ),
        &["since", "limit"],
    ),
    e(
        r(
            "POST",
            routes::ENQUIRY_MESSAGES,
            "Send a message (200 for a resend)",
            Both,
            Some("SendMessageRequest"),
            201,
            Some("MessageView"),
        ),
        &[409, 429],
    ),
    e(
        r(
            "POST",
            routes::ENQUIRY_READ,
            "Mark messages read",
            Both,
            Some("MarkReadRequest"),
            200,
            Some("EnquiryView"),
        ),
        &[409],
    ),
    e(
        r(
            "POST",
            routes::ENQUIRY_CLOSE,
            "Close the enquiry",
            Both,
            None,
            200,
            Some("EnquiryView"),
        ),
        &[409],
    ),
    e(
        r(
            "POST",
            routes::ENQUIRY_HANDOVER,
            "Hand the enquiry over to a colleague",
            Counsellor,
            Some("HandOverRequest"),
            204,
            None,
        ),
        &[409],
    ),
    e(
        r(
            "POST",
            routes::ENQUIRY_SPAM,
            "Close the enquiry as spam; perhaps block its author from counselling",
            Counsellor,
            Some("SpamRequest"),
            200,
            Some("EnquiryView"),
        ),
        &[409],
    ),
    e(
        r(
            "POST",
            routes::ENQUIRY_CALLBACK_DONE,
            "The callback was made; the number is deleted",
            Counsellor,
            None,
            200,
            Some("EnquiryView"),
        ),
        &[409],
    ),
    q(
        r(
            "GET",
            routes::INBOX,
            "New enquiries in my languages, a page after the last one seen",
            Counsellor,
            None,
            200,
            Some("InboxResponse"),
        ),
        &["topic", "after", "limit"],
    ),
    r(
        "GET",
        routes::COLLEAGUES,
        "The other active counsellors, to hand an enquiry over",
        Counsellor,
        None,
        200,
        Some("ColleaguesResponse"),
    ),
    r(
        "GET",
        routes::ABSENCE,
        "My absence notice",
        Counsellor,
        None,
        200,
        Some("AbsenceResponse"),
    ),
    r(
        "PUT",
        routes::ABSENCE,
        "Set my absence notice",
        Counsellor,
        Some("AbsenceNotice"),
        200,
        Some("AbsenceResponse"),
    ),
    r(
        "DELETE",
        routes::ABSENCE,
        "Clear my absence notice",
        Counsellor,
        None,
        204,
        None,
    ),
    r(
        "GET",
        routes::CHAT_WS,
        "Live chat: WebSocket upgrade; the first frame authenticates (ClientMsg / ServerMsg)",
        Public,
        None,
        101,
        None,
    ),
    r(
        "GET",
        routes::FORUM_CATEGORIES,
        "Forum categories",
        Both,
        None,
        200,
        Some("CategoriesResponse"),
    ),
    q(
        r(
            "GET",
            routes::FORUM_THREADS,
            "Threads, pinned first",
            Both,
            None,
            200,
            Some("ThreadsResponse"),
        ),
        &["category", "language", "page", "limit"],
    ),
    e(
        r(
            "POST",
            routes::FORUM_THREADS,
            "Start a thread",
            Both,
            Some("CreateThreadRequest"),
            201,
            Some("ThreadView"),
        ),
        &[429],
    ),
    r(
        "GET",
        routes::FORUM_THREAD,
        "One thread",
        Both,
        None,
        200,
        Some("ThreadView"),
    ),
    q(
        r(
            "GET",
            routes::FORUM_THREAD_POSTS,
            "Posts of a thread",
            Both,
            None,
            200,
            Some("PostsResponse"),
        ),
        &["page", "limit"],
    ),
    e(
        r(
            "POST",
            routes::FORUM_THREAD_POSTS,
            "Reply",
            Both,
            Some("ReplyRequest"),
            201,
            Some("PostView"),
        ),
        &[409, 429],
    ),
    r(
        "POST",
        routes::FORUM_THREAD_MODERATION,
        "Lock or pin a thread",
        Counsellor,
        Some("ThreadModerationRequest"),
        200,
        Some("ThreadView"),
    ),
    e(
        r(
            "POST",
            routes::FORUM_POST_REACTIONS,
            "Toggle a reaction",
            Both,
            Some("ReactRequest"),
            200,
            Some("PostView"),
        ),
        &[429],
    ),
    e(
        r(
            "POST",
            routes::FORUM_POST_FLAG,
            "Flag a post (once per account); flags weigh by the account's trust",
            Both,
            None,
            204,
            None,
        ),
        &[409, 429],
    ),
    r(
        "POST",
        routes::FORUM_POST_MODERATION,
        "Hide or restore a post",
        Counsellor,
        Some("PostModerationRequest"),
        200,
        Some("PostView"),
    ),
    q(
        r(
            "GET",
            routes::FORUM_MODERATION_QUEUE,
            "Flagged posts no counsellor has decided on, paged",
            Counsellor,
            None,
            200,
            Some("ModerationQueueResponse"),
        ),
        &["page", "limit"],
    ),
    r(
        "GET",
        routes::ROOM_REPORTS,
        "Open reports of people in the places, with their last room chat lines",
        Counsellor,
        None,
        200,
        Some("RoomReports"),
    ),
    r(
        "POST",
        routes::ROOM_REPORT_DONE,
        "Mark a report from the places as dealt with",
        Counsellor,
        None,
        204,
        None,
    ),
];

/// The routes of this module.
pub fn router() -> Router<AppState> {
    Router::new().route(OPENAPI_PATH, get(serve))
}

async fn serve() -> Json<Value> {
    Json(document())
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        204 => "No content",
        400 => "Broken JSON or UTF-8",
        401 => "Not logged in, or wrong credentials",
        403 => {
            "Not allowed for this role, a wrong current password, or the password an admin \
             made must be changed first"
        }
        404 => "Not found",
        409 => "Conflict with the current state",
        413 => "Body too large",
        415 => "Not JSON",
        422 => "A field is missing, unknown, of the wrong type or breaks a rule",
        429 => "Too many requests (see Retry-After)",
        503 => "The database does not answer",
        _ => "Internal error",
    }
}

fn error_response(status: u16) -> Value {
    json!({
        "description": reason(status),
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ApiError"}}}
    })
}

fn operation(doc: &RouteDoc) -> Value {
    let mut op = Map::new();
    op.insert("summary".into(), json!(doc.summary));
    let tag = doc
        .path
        .trim_start_matches("/api/")
        .split('/')
        .next()
        .unwrap_or_default();
    op.insert("tags".into(), json!([tag]));
    let mut roles = match doc.auth {
        Auth::Public => "public",
        Auth::Account => "any account",
        Auth::Youth => "youth",
        Auth::Counsellor => "counsellor",
        Auth::YouthOrCounsellor => "youth or counsellor",
    }
    .to_owned();
    roles.insert_str(0, "x-roles: ");
    op.insert("description".into(), json!(roles));
    if doc.auth == Auth::Public {
        op.insert("security".into(), json!([]));
    } else {
        op.insert("security".into(), json!([{"bearer": []}]));
    }
    let mut params: Vec<Value> = Vec::new();
    if doc.path.contains("{id}") {
        params.push(json!({"name": "id", "in": "path", "required": true,
            "schema": {"type": "integer", "format": "int64", "minimum": 1}}));
    }
    for name in doc.query {
        let schema = if matches!(*name, "since" | "limit" | "page") {
            json!({"type": "integer", "minimum": 0})
        } else {
            json!({"type": "string"})
        };
        params.push(json!({"name": name, "in": "query", "required": false, "schema": schema}));
    }
    if !params.is_empty() {
        op.insert("parameters".into(), Value::Array(params));
    }
    if let Some(request) = doc.request {
        op.insert(
            "requestBody".into(),
            json!({"required": true, "content": {"application/json": {
                "schema": {"$ref": format!("#/components/schemas/{request}")}}}}),
        );
    }
    let mut responses = Map::new();
    let success = match doc.response {
        Some(name) => json!({"description": reason(doc.status), "content": {"application/json": {
            "schema": {"$ref": format!("#/components/schemas/{name}")}}}}),
        None => json!({"description": reason(doc.status)}),
    };
    responses.insert(doc.status.to_string(), success);
    if doc.request.is_some() {
        for status in [400, 413, 415, 422] {
            responses.insert(status.to_string(), error_response(status));
        }
    } else if !doc.query.is_empty() {
        responses.insert("422".into(), error_response(422));
    }
    if doc.auth != Auth::Public {
        responses.insert("401".into(), error_response(401));
    }
    // Every role-bound route also refuses a counsellor whose admin-made password is not
    // changed yet.
    if matches!(
        doc.auth,
        Auth::Youth | Auth::Counsellor | Auth::YouthOrCounsellor
    ) {
        responses.insert("403".into(), error_response(403));
    }
    if doc.path.contains("{id}") {
        responses.insert("404".into(), error_response(404));
    }
    for status in doc.errors {
        responses.insert(status.to_string(), error_response(*status));
    }
    responses.insert("500".into(), error_response(500));
    op.insert("responses".into(), Value::Object(responses));
    Value::Object(op)
}

/// The whole document.
#[must_use]
pub fn document() -> Value {
    let mut paths = Map::new();
    let mut schemas = Map::new();
    for doc in ROUTES {
        let entry = paths
            .entry(doc.path.to_owned())
            .or_insert_with(|| Value::Object(Map::new()));
        if let Value::Object(methods) = entry {
            methods.insert(doc.method.to_ascii_lowercase(), operation(doc));
        }
        for name in doc.request.iter().chain(doc.response.iter()) {
            schemas.insert(
                (*name).to_owned(),
                json!({"type": "object", "description": format!("lernwelt_protocol::{name}")}),
            );
        }
    }
    schemas.insert(
        "ApiError".into(),
        json!({
            "type": "object",
            "description": "lernwelt_protocol::ApiError: every error answer",
            "required": ["code", "message"],
            "properties": {
                "code": {"type": "string", "description": "lernwelt_protocol::ErrorCode, snake_case"},
                "message": {"type": "string", "description": "For developers; clients localise by code"},
                "field": {"type": "string", "description": "Dotted path of the field at fault"}
            },
            "additionalProperties": false
        }),
    );
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Lernwelt companion server",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Anonymous accounts, counselling and forum. Bodies are JSON objects of at most 16 KiB; unknown fields are refused."
        },
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer",
                    "description": "Session token (64 hex characters) from POST /api/accounts or /api/sessions"}
            }
        }
    })
}
