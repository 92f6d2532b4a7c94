//! JSON Schemas (draft 2020-12, as OpenAPI 3.1 uses) of the types whose serde form is written
//! by hand: the validated newtypes, the strong ids and the error codes. Each says what the
//! validated constructor really accepts (lengths in characters, patterns where a pattern is
//! simple and exactly right, number ranges), so a client generator or a fuzzer working from the
//! server's OpenAPI document mostly makes values the server takes. Only with the `schema`
//! feature; the structs and enums derive theirs beside their definitions.

use crate::Language;
use crate::accounts::{Languages, Nickname, Password, PasswordAttempt, SessionToken, TotpCode};
use crate::counselling::{AbsenceText, ClientMessageId, MessageText, PhoneNumber};
use crate::error::ErrorCode;
use crate::forum::{PostId, ThreadId, ThreadTitle};
use crate::ids::{AccountId, EnquiryId, MessageId};
use crate::limits::{
    ABSENCE_TEXT_MAX_CHARS, CLIENT_MESSAGE_ID_MAX_CHARS, LANGUAGES_MAX, MESSAGE_MAX_CHARS,
    NICKNAME_MAX_CHARS, NICKNAME_MIN_CHARS, PASSWORD_MAX_CHARS, PASSWORD_MIN_CHARS,
    PHONE_MAX_CHARS, PHONE_MAX_DIGITS, PHONE_MIN_DIGITS, SESSION_TOKEN_CHARS,
    THREAD_TITLE_MAX_CHARS, THREAD_TITLE_MIN_CHARS, TOTP_DIGITS,
};
use crate::presence::{SAY_MAX_CHARS, SayText};
use crate::time::Timestamp;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use std::borrow::Cow;

/// Implements [`JsonSchema`] for `$ty` under the component name `$name`, its schema made by
/// `$schema` (a `fn(&mut SchemaGenerator) -> Schema`).
macro_rules! schema_by_hand {
    ($ty:ty, $name:literal, $schema:expr) => {
        impl JsonSchema for $ty {
            fn schema_name() -> Cow<'static, str> {
                $name.into()
            }

            fn schema_id() -> Cow<'static, str> {
                concat!("lernwelt_protocol::", $name).into()
            }

            fn json_schema(generator: &mut SchemaGenerator) -> Schema {
                let make: fn(&mut SchemaGenerator) -> Schema = $schema;
                make(generator)
            }
        }
    };
}

/// A server-made id: a positive 64-bit integer.
fn id(what: &str) -> Schema {
    json_schema!({
        "type": "integer",
        "format": "int64",
        "minimum": 1,
        "description": format!("The id of {what}, made by the server (from 1, never reused).")
    })
}

schema_by_hand!(AccountId, "AccountId", |_| id("an account"));
schema_by_hand!(EnquiryId, "EnquiryId", |_| id("a counselling enquiry"));
schema_by_hand!(MessageId, "MessageId", |_| id(
    "a counselling message; ids grow in storage order"
));
schema_by_hand!(ThreadId, "ThreadId", |_| id("a forum thread"));
schema_by_hand!(PostId, "PostId", |_| id(
    "a forum post; ids grow in storage order"
));

schema_by_hand!(Timestamp, "Timestamp", |_| json_schema!({
    "type": "integer",
    "format": "int64",
    "description": "Whole seconds since 1970-01-01T00:00:00Z."
}));

schema_by_hand!(Nickname, "Nickname", |_| json_schema!({
    "type": "string",
    "minLength": NICKNAME_MIN_CHARS,
    "maxLength": NICKNAME_MAX_CHARS,
    "description": "A public nickname: letters of one script, digits, `_`, `-` or `.`, with at \
        least one letter or digit; no spaces. Unique without regard to case and look-alike letters.",
    "examples": ["Lena_07", "Ömer", "ليلى"]
}));

schema_by_hand!(Password, "Password", |_| json_schema!({
    "type": "string",
    "minLength": PASSWORD_MIN_CHARS,
    "maxLength": PASSWORD_MAX_CHARS,
    "description": "A new password, any characters; it must also be hard to guess (rated by a \
        strength estimator: 422 `password_too_weak`).",
    "writeOnly": true
}));

schema_by_hand!(PasswordAttempt, "PasswordAttempt", |_| json_schema!({
    "type": "string",
    "minLength": 1,
    "maxLength": PASSWORD_MAX_CHARS,
    "description": "A password typed at login or to confirm a change.",
    "writeOnly": true
}));

schema_by_hand!(TotpCode, "TotpCode", |_| json_schema!({
    "type": "string",
    "pattern": format!("^[0-9]{{{TOTP_DIGITS}}}$"),
    "description": "The current code of the authenticator app (staff accounts only).",
    "writeOnly": true
}));

schema_by_hand!(SessionToken, "SessionToken", |_| json_schema!({
    "type": "string",
    "pattern": format!("^[0-9a-f]{{{SESSION_TOKEN_CHARS}}}$"),
    "description": "Bearer token of a session: send it as `Authorization: Bearer <token>`."
}));

schema_by_hand!(Languages, "Languages", |generator| {
    let language = generator.subschema_for::<Language>();
    json_schema!({
        "type": "array",
        "items": language,
        "minItems": 1,
        "maxItems": LANGUAGES_MAX,
        "uniqueItems": true,
        "description": "Counselling languages, most preferred first: at least one, none twice."
    })
});

schema_by_hand!(MessageText, "MessageText", |_| json_schema!({
    "type": "string",
    "minLength": 1,
    "maxLength": MESSAGE_MAX_CHARS,
    "description": "A message: something in it that shows (not only white space or invisible \
        fillers), no control characters but tab and line breaks, no bidi embeddings, overrides \
        or isolates (U+202A–U+202E, U+2066–U+2069)."
}));

schema_by_hand!(AbsenceText, "AbsenceText", |_| json_schema!({
    "type": "string",
    "minLength": 1,
    "maxLength": ABSENCE_TEXT_MAX_CHARS,
    "description": "An absence notice, with the same rules as a message."
}));

schema_by_hand!(ClientMessageId, "ClientMessageId", |_| json_schema!({
    "type": "string",
    "minLength": 1,
    "maxLength": CLIENT_MESSAGE_ID_MAX_CHARS,
    "pattern": "^[A-Za-z0-9_-]+$",
    "description": "An id the client makes for each message (a UUID fits); sending again with \
        the same id returns the stored message.",
    "examples": ["0b7c1f3e-6d2a-4f7e-9a51-3c8d2e1f0a9b"]
}));

/// As typed (requests) a phone number may hold separators; the server answers with the
/// normalised form only.
fn phone_number(generator: &mut SchemaGenerator) -> Schema {
    if generator.contract().is_serialize() {
        json_schema!({
            "type": "string",
            "pattern": format!(
                "^(\\+[1-9][0-9]{{{},{}}}|0[0-9]{{{},{}}})$",
                PHONE_MIN_DIGITS - 1, PHONE_MAX_DIGITS - 1, PHONE_MIN_DIGITS - 1, PHONE_MAX_DIGITS - 1
            ),
            "description": "A phone number, normalised: `+` and a country code, or a national \
                number starting with 0; digits only."
        })
    } else {
        json_schema!({
            "type": "string",
            "minLength": PHONE_MIN_DIGITS,
            "maxLength": PHONE_MAX_CHARS,
            "description": format!(
                "A phone number as typed: `+` and a country code, or a national number starting \
                 with 0; {PHONE_MIN_DIGITS}–{PHONE_MAX_DIGITS} digits, with spaces, `-`, `/`, `.` \
                 or brackets between them allowed."
            ),
            "examples": ["+49 151 2345678", "0151/234-5678"]
        })
    }
}

schema_by_hand!(PhoneNumber, "PhoneNumber", phone_number);

/// Requests may pad a title with white space (it is trimmed off); answers hold it trimmed.
fn thread_title(generator: &mut SchemaGenerator) -> Schema {
    let mut schema = json_schema!({
        "type": "string",
        "minLength": THREAD_TITLE_MIN_CHARS,
        "description": format!(
            "A forum thread title: {THREAD_TITLE_MIN_CHARS}–{THREAD_TITLE_MAX_CHARS} characters \
             once white space at the ends is trimmed off, something in it that shows, no \
             control characters or bidi overrides."
        ),
        "examples": ["Ausbildung als Köchin?"]
    });
    if generator.contract().is_serialize() {
        schema.insert("maxLength".into(), THREAD_TITLE_MAX_CHARS.into());
    }
    schema
}

schema_by_hand!(ThreadTitle, "ThreadTitle", thread_title);

schema_by_hand!(SayText, "SayText", |_| json_schema!({
    "type": "string",
    "minLength": 1,
    "maxLength": SAY_MAX_CHARS,
    "description": "One line of room chat, trimmed, without control or bidi-override characters."
}));

schema_by_hand!(ErrorCode, "ErrorCode", |_| json_schema!({
    "type": "string",
    "enum": ErrorCode::ALL.map(ErrorCode::as_str).to_vec(),
    "description": "Why a request failed: a stable snake_case code clients key their \
        translations on. Clients should expect codes added later."
}));

/// Examples of request bodies, shown in the OpenAPI document and tried first by fuzzers.
pub(crate) mod examples {
    use serde_json::{Value, json};

    /// `POST /api/accounts`.
    pub fn register() -> Value {
        json!({
            "nickname": "Lena_07",
            "password": "Sommer-im-Hafen-2026",
            "age_band": "18_21",
            "languages": ["de", "ar"]
        })
    }

    /// `POST /api/sessions`.
    pub fn login() -> Value {
        json!({"nickname": "Lena_07", "password": "Sommer-im-Hafen-2026"})
    }

    /// `POST /api/me/password`.
    pub fn change_password() -> Value {
        json!({
            "current_password": "Sommer-im-Hafen-2026",
            "new_password": "Winter-am-Fluss-2027"
        })
    }

    /// `DELETE /api/me`.
    pub fn delete_account() -> Value {
        json!({"password": "Sommer-im-Hafen-2026"})
    }

    /// `POST /api/counselling/enquiries`.
    pub fn create_enquiry() -> Value {
        json!({
            "topic": "training",
            "language": "de",
            "mode": "mail",
            "message": "Hallo, ich suche eine Ausbildung als Köchin. Wer kann mir helfen?",
            "client_message_id": "0b7c1f3e-6d2a-4f7e-9a51-3c8d2e1f0a9b"
        })
    }

    /// `POST /api/counselling/enquiries/{id}/messages`.
    pub fn send_message() -> Value {
        json!({
            "client_message_id": "5e0c9a2b-1f4d-4c3e-8b7a-6d5e4f3a2b1c",
            "text": "Danke! Morgen habe ich Zeit."
        })
    }

    /// `POST /api/counselling/enquiries/{id}/read`.
    pub fn mark_read() -> Value {
        json!({"up_to": 42})
    }

    /// `POST /api/counselling/enquiries/{id}/handover`.
    pub fn hand_over() -> Value {
        json!({"to": "Frau_Yilmaz"})
    }

    /// `POST /api/counselling/enquiries/{id}/spam`.
    pub fn spam() -> Value {
        json!({"block": false})
    }

    /// `PUT /api/counselling/absence`.
    pub fn absence() -> Value {
        json!({
            "text": "Ich bin bis Montag im Urlaub; meine Kolleginnen antworten.",
            "until": 1_798_761_600
        })
    }

    /// `POST /api/forum/threads`.
    pub fn create_thread() -> Value {
        json!({
            "category": "training",
            "title": "Ausbildung als Köchin?",
            "language": "de",
            "text": "Hat jemand eine Ausbildung in der Küche gemacht? Wie war das?"
        })
    }

    /// `POST /api/forum/threads/{id}/posts`.
    pub fn reply() -> Value {
        json!({"text": "Ja, ich! Frag mich gern."})
    }

    /// `POST /api/forum/threads/{id}/moderation`.
    pub fn thread_moderation() -> Value {
        json!({"pinned": true})
    }

    /// `POST /api/forum/posts/{id}/reactions`.
    pub fn react() -> Value {
        json!({"reaction": "helpful"})
    }

    /// `POST /api/forum/posts/{id}/moderation`.
    pub fn post_moderation() -> Value {
        json!({"action": "hide"})
    }
}
