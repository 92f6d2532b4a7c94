//! Counselling by mail, chat and callback: the validated values (message text, client message
//! id, phone number, callback window, absence notice), the request bodies and the views of
//! enquiries and messages.
//!
//! An enquiry is one thread between a young person and the counsellors. It starts `new` in the
//! shared inbox of the counsellors who speak its language, becomes `accepted` when one of them
//! takes it, and ends `closed`. Every message carries an id made by the client, so that a
//! message sent again after a lost answer is stored once.

use crate::accounts::{Language, Languages, Nickname};
use crate::error::{ErrorCode, ValidationError};
use crate::ids::{EnquiryId, MessageId};
use crate::limits::{
    ABSENCE_TEXT_MAX_CHARS, CALLBACK_WINDOW_MAX_SECS, CLIENT_MESSAGE_ID_MAX_CHARS,
    MESSAGE_MAX_CHARS, PHONE_MAX_CHARS, PHONE_MAX_DIGITS, PHONE_MIN_DIGITS,
};
use crate::text::string_newtype;
use crate::time::Timestamp;
use serde::{Deserialize, Serialize};

/// What an enquiry is about (the same topics as the forum's categories, and "other").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    /// Finding and keeping work.
    Work,
    /// Apprenticeships and vocational training.
    Training,
    /// School and school-leaving certificates.
    School,
    /// Residence status and permits.
    Residence,
    /// Learning German, language courses.
    Language,
    /// Finding a flat.
    Housing,
    /// Everyday life: offices, money, health, leisure.
    EverydayLife,
    /// Anything else.
    Other,
}

impl Topic {
    /// Every topic.
    pub const ALL: [Topic; 8] = [
        Topic::Work,
        Topic::Training,
        Topic::School,
        Topic::Residence,
        Topic::Language,
        Topic::Housing,
        Topic::EverydayLife,
        Topic::Other,
    ];

    /// The wire name, also used for storage.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Topic::Work => "work",
            Topic::Training => "training",
            Topic::School => "school",
            Topic::Residence => "residence",
            Topic::Language => "language",
            Topic::Housing => "housing",
            Topic::EverydayLife => "everyday_life",
            Topic::Other => "other",
        }
    }

    /// The topic with this wire name.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|t| t.code() == code)
    }
}

/// How the young person wants to be counselled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// An asynchronous thread; an answer is promised within 48 hours.
    Mail,
    /// Live chat. Until the live-chat connection exists it works like a mail thread.
    Chat,
    /// A phone call back in a time window; needs [`CallbackDetails`].
    Callback,
}

impl Mode {
    /// Every mode.
    pub const ALL: [Mode; 3] = [Mode::Mail, Mode::Chat, Mode::Callback];

    /// The wire name, also used for storage.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Mode::Mail => "mail",
            Mode::Chat => "chat",
            Mode::Callback => "callback",
        }
    }

    /// The mode with this wire name.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.code() == code)
    }
}

/// Where an enquiry is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EnquiryStatus {
    /// In the shared inbox, not yet accepted by a counsellor.
    New,
    /// A counsellor has it.
    Accepted,
    /// Finished; kept readable until the retention period ends.
    Closed,
}

impl EnquiryStatus {
    /// Every status.
    pub const ALL: [EnquiryStatus; 3] = [
        EnquiryStatus::New,
        EnquiryStatus::Accepted,
        EnquiryStatus::Closed,
    ];

    /// The wire name, also used for storage.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            EnquiryStatus::New => "new",
            EnquiryStatus::Accepted => "accepted",
            EnquiryStatus::Closed => "closed",
        }
    }

    /// The status with this wire name.
    #[must_use]
    pub fn from_code(code: &str) -> Option<EnquiryStatus> {
        EnquiryStatus::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// Who wrote a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The young person who opened the enquiry.
    Youth,
    /// A counsellor.
    Counsellor,
}

impl Side {
    /// Both sides.
    pub const ALL: [Side; 2] = [Side::Youth, Side::Counsellor];

    /// The wire name, also used for storage.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Side::Youth => "youth",
            Side::Counsellor => "counsellor",
        }
    }

    /// The side with this wire name.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Side> {
        Side::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// Checks a free text: at least one character that shows (not white space, not an invisible
/// filler such as U+200B or U+3164), at most `max` characters, no control characters except
/// tab and line breaks (a NUL could not even be stored in PostgreSQL), and none of the bidi
/// embeddings, overrides and isolates that would make it show in another order than written.
fn check_text(
    value: &str,
    max: usize,
    empty: ErrorCode,
    too_long: ErrorCode,
) -> Result<(), ValidationError> {
    if !value.chars().any(shows) {
        return Err(ValidationError(empty));
    }
    if value.chars().count() > max {
        return Err(ValidationError(too_long));
    }
    if value
        .chars()
        .any(|c| (c.is_control() && !matches!(c, '\n' | '\r' | '\t')) || reorders(c))
    {
        return Err(ValidationError(ErrorCode::TextInvalidCharacters));
    }
    Ok(())
}

/// A stored text that today's rules would refuse (written before a rule came in), made safe to
/// show: control characters other than line breaks and tabs and the bidi overrides are taken
/// out, it is cut to `max` characters, and one that then shows nothing becomes "…". Reading a
/// row never fails for a rule that came later.
#[must_use]
pub fn neutralised(value: &str, max: usize) -> String {
    let kept: String = value
        .chars()
        .filter(|c| (!c.is_control() || matches!(c, '\n' | '\r' | '\t')) && !reorders(*c))
        .take(max)
        .collect();
    if kept.chars().any(shows) {
        kept
    } else {
        "…".to_owned()
    }
}

/// Whether `c` leaves a visible mark: not white space, not a format character or filler that
/// renders as nothing (a text of only these would look empty, or like someone else's).
#[must_use]
pub fn shows(c: char) -> bool {
    !c.is_whitespace()
        && !matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{2800}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{1D173}'..='\u{1D17A}'
                | '\u{E0000}'..='\u{E0FFF}'
        )
}

/// Whether `c` is a bidi embedding, override or isolate (U+202A–U+202E, U+2066–U+2069): it
/// changes the order in which the rest of a text is shown. The marks U+200E and U+200F, which
/// only set a direction, stay allowed (Arabic keyboards type them).
#[must_use]
pub fn reorders(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The text of a counselling message: 1–4000 characters, not only white space.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct MessageText(String);

impl TryFrom<String> for MessageText {
    type Error = ValidationError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        check_text(
            &value,
            MESSAGE_MAX_CHARS,
            ErrorCode::MessageEmpty,
            ErrorCode::MessageTooLong,
        )?;
        Ok(Self(value))
    }
}

impl MessageText {
    /// A text read back from the store: as stored if it passes today's rules, else
    /// [`neutralised`].
    #[must_use]
    pub fn from_stored(value: String) -> Self {
        Self::try_from(value.clone())
            .unwrap_or_else(|_| Self(neutralised(&value, MESSAGE_MAX_CHARS)))
    }
}

string_newtype!(MessageText, "The text.");

/// An id the client makes for each message it sends (a UUID, for example): 1–64 ASCII letters,
/// digits, `-` or `_`. Sending again with the same id returns the stored message.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ClientMessageId(String);

impl TryFrom<String> for ClientMessageId {
    type Error = ValidationError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        let ok = !value.is_empty()
            && value.len() <= CLIENT_MESSAGE_ID_MAX_CHARS
            && value
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if ok {
            Ok(Self(value))
        } else {
            Err(ValidationError(ErrorCode::ClientMessageIdInvalid))
        }
    }
}

string_newtype!(ClientMessageId, "The id.", shown);

/// A phone number to call back: `+` and a country code, or a national number starting with
/// `0`; 6–15 digits; spaces, `-`, `/`, `.` and brackets allowed between them; at most 20
/// characters as typed. Kept in the normalised form (`+4915112345678`, `015112345678`).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PhoneNumber(String);

impl TryFrom<String> for PhoneNumber {
    type Error = ValidationError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        let invalid = ValidationError(ErrorCode::PhoneInvalid);
        if value.chars().count() > PHONE_MAX_CHARS {
            return Err(invalid);
        }
        let typed = value.trim();
        let (plus, rest) = match typed.strip_prefix('+') {
            Some(rest) => (true, rest),
            None => (false, typed),
        };
        let mut digits = String::with_capacity(PHONE_MAX_DIGITS + 1);
        for c in rest.chars() {
            match c {
                '0'..='9' => digits.push(c),
                ' ' | '-' | '/' | '.' | '(' | ')' => {}
                _ => return Err(invalid),
            }
        }
        let count = digits.len();
        let first = digits.chars().next();
        // International numbers start with a country code (never 0); national ones with 0.
        let start_ok = if plus {
            first.is_some_and(|d| d != '0')
        } else {
            first == Some('0')
        };
        if !(PHONE_MIN_DIGITS..=PHONE_MAX_DIGITS).contains(&count) || !start_ok {
            return Err(invalid);
        }
        Ok(Self(if plus { format!("+{digits}") } else { digits }))
    }
}

string_newtype!(
    PhoneNumber,
    "The number, normalised: an optional `+` and digits only."
);

/// The wire form of [`CallbackWindow`], checked on the way in.
#[derive(Clone, Copy, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct CallbackWindowWire {
    from: Timestamp,
    until: Timestamp,
}

/// When the young person can be called: `from` before `until`, at most a week long. The
/// server also refuses a window that is over or starts more than 14 days ahead.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "CallbackWindowWire", into = "CallbackWindowWire")]
pub struct CallbackWindow {
    from: Timestamp,
    until: Timestamp,
}

impl CallbackWindow {
    /// A window from `from` to `until`.
    pub fn new(from: Timestamp, until: Timestamp) -> Result<Self, ValidationError> {
        if from >= until || until.0.saturating_sub(from.0) > CALLBACK_WINDOW_MAX_SECS {
            return Err(ValidationError(ErrorCode::CallbackWindowInvalid));
        }
        Ok(Self { from, until })
    }

    /// The start.
    #[must_use]
    pub fn from(&self) -> Timestamp {
        self.from
    }

    /// The end.
    #[must_use]
    pub fn until(&self) -> Timestamp {
        self.until
    }
}

impl TryFrom<CallbackWindowWire> for CallbackWindow {
    type Error = ValidationError;

    fn try_from(value: CallbackWindowWire) -> Result<Self, Self::Error> {
        Self::new(value.from, value.until)
    }
}

impl From<CallbackWindow> for CallbackWindowWire {
    fn from(value: CallbackWindow) -> Self {
        Self {
            from: value.from,
            until: value.until,
        }
    }
}

/// A callback request: the only personal datum of counselling, seen only by the counsellor
/// who accepted the enquiry and deleted when done, when the enquiry closes, or a day after its
/// window ended.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CallbackDetails {
    /// Where to call.
    pub phone: PhoneNumber,
    /// When to call.
    pub window: CallbackWindow,
}

/// The text of a counsellor's absence notice: 1–500 characters.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct AbsenceText(String);

impl TryFrom<String> for AbsenceText {
    type Error = ValidationError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        check_text(
            &value,
            ABSENCE_TEXT_MAX_CHARS,
            ErrorCode::AbsenceTextEmpty,
            ErrorCode::AbsenceTextTooLong,
        )?;
        Ok(Self(value))
    }
}

impl AbsenceText {
    /// A notice read back from the store: as stored if it passes today's rules, else
    /// [`neutralised`].
    #[must_use]
    pub fn from_stored(value: String) -> Self {
        Self::try_from(value.clone())
            .unwrap_or_else(|_| Self(neutralised(&value, ABSENCE_TEXT_MAX_CHARS)))
    }
}

string_newtype!(AbsenceText, "The text.");

/// A counsellor's absence ("on holiday until Monday; my colleagues answer meanwhile"), shown
/// to the young people whose enquiries the counsellor has, until `until`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(example = crate::schema::examples::absence()))]
pub struct AbsenceNotice {
    /// The notice.
    pub text: AbsenceText,
    /// When the absence ends (must be in the future, at most a year ahead).
    pub until: Timestamp,
}

/// `POST /api/counselling/enquiries`: a young person opens an enquiry with its first message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(example = crate::schema::examples::create_enquiry()))]
pub struct CreateEnquiryRequest {
    /// The topic.
    pub topic: Topic,
    /// The counselling language.
    pub language: Language,
    /// Mail, chat or callback.
    pub mode: Mode,
    /// The first message.
    pub message: MessageText,
    /// The client's id of the first message; sending the same request again returns the
    /// enquiry made the first time.
    pub client_message_id: ClientMessageId,
    /// Phone number and time window: required for mode `callback`, refused otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callback: Option<CallbackDetails>,
}

/// `POST /api/counselling/enquiries/{id}/messages`: a reply from either side.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(example = crate::schema::examples::send_message()))]
pub struct SendMessageRequest {
    /// The client's id of this message.
    pub client_message_id: ClientMessageId,
    /// The text.
    pub text: MessageText,
}

/// `POST /api/counselling/enquiries/{id}/read`: the caller has seen the thread up to this
/// message (marks never move back).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(example = crate::schema::examples::mark_read()))]
pub struct MarkReadRequest {
    /// The newest message seen.
    pub up_to: MessageId,
}

/// `POST /api/counselling/enquiries/{id}/handover`: give the enquiry to a colleague who
/// counsels in its language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(example = crate::schema::examples::hand_over()))]
pub struct HandOverRequest {
    /// The colleague's name.
    pub to: Nickname,
}

/// `POST /api/counselling/enquiries/{id}/spam`: a counsellor closes an enquiry they have, or
/// a new one in their languages, as spam.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(example = crate::schema::examples::spam()))]
pub struct SpamRequest {
    /// Also stop the account from writing to counselling (new enquiries and messages) until
    /// an admin lifts it; the young person is told why when they try.
    pub block: bool,
}

/// Query of `GET /api/counselling/enquiries/{id}/messages`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MessagesQuery {
    /// Only messages after this one (the newest the client has); all from the start if absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<MessageId>,
    /// At most this many (1–200, default 200); `more` in the answer says whether there are more.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = crate::limits::MESSAGES_PAGE_MAX)))]
    pub limit: Option<u32>,
}

/// Query of `GET /api/counselling/inbox`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct InboxQuery {
    /// Only enquiries about this topic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<Topic>,
    /// The next page: the enquiries after this one (the last of the page before), so an
    /// enquiry another counsellor accepts meanwhile shifts nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<EnquiryId>,
    /// Enquiries per page, 1–100 (default [`crate::limits::INBOX_PAGE_DEFAULT`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = crate::limits::ENQUIRIES_PAGE_MAX)))]
    pub limit: Option<u32>,
}

/// An enquiry as the caller may see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct EnquiryView {
    /// The id.
    pub id: EnquiryId,
    /// The topic.
    pub topic: Topic,
    /// The counselling language.
    pub language: Language,
    /// Mail, chat or callback.
    pub mode: Mode,
    /// New, accepted or closed.
    pub status: EnquiryStatus,
    /// When it was opened.
    pub created_at: Timestamp,
    /// When its newest message was stored.
    pub last_message_at: Timestamp,
    /// When it was closed.
    pub closed_at: Option<Timestamp>,
    /// The name of the counsellor who has it.
    pub counsellor: Option<Nickname>,
    /// Messages from the other side the caller has not marked read.
    pub unread: u32,
    /// For the young person: the absence notice of the counsellor who has the enquiry, while
    /// it lasts.
    pub absence: Option<AbsenceNotice>,
    /// For the counsellor who has the enquiry only: the pending callback request.
    pub callback: Option<CallbackDetails>,
    /// When the callback was marked done.
    pub callback_done_at: Option<Timestamp>,
    /// A counsellor closed it as spam.
    pub closed_as_spam: bool,
}

/// A stored message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MessageView {
    /// The server's id; ids grow in storage order.
    pub id: MessageId,
    /// The enquiry it belongs to.
    pub enquiry: EnquiryId,
    /// The id its sender made.
    pub client_message_id: ClientMessageId,
    /// Who wrote it.
    pub from: Side,
    /// For a counsellor's message: the counsellor's name.
    pub author: Option<Nickname>,
    /// The text.
    pub text: MessageText,
    /// When it was stored.
    pub created_at: Timestamp,
}

/// `GET /api/counselling/enquiries`: the caller's own enquiries (a young person's, or those a
/// counsellor has), newest activity first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct EnquiriesResponse {
    /// The enquiries.
    pub enquiries: Vec<EnquiryView>,
}

/// One enquiry in the shared inbox, with its first message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct InboxItem {
    /// The enquiry.
    pub enquiry: EnquiryView,
    /// Its first message.
    pub first_message: MessageView,
}

/// `GET /api/counselling/inbox`: new enquiries in the counsellor's languages, oldest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct InboxResponse {
    /// The enquiries of this page.
    pub enquiries: Vec<InboxItem>,
    /// Whether more come after this page.
    pub more: bool,
    /// How many new enquiries wait in all (for these languages and this topic).
    pub waiting: u32,
}

/// Another active counsellor, as the hand-over shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ColleagueView {
    /// The name to hand over to.
    pub name: Nickname,
    /// The languages they counsel in.
    pub languages: Languages,
    /// Whether they have the desk open now.
    pub online: bool,
    /// Their absence notice, while it runs.
    pub absence: Option<AbsenceNotice>,
}

/// `GET /api/counselling/colleagues`: the other active counsellors, by name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ColleaguesResponse {
    /// The colleagues.
    pub colleagues: Vec<ColleagueView>,
}

/// `GET /api/counselling/enquiries/{id}/messages`: messages in storage order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MessagesResponse {
    /// The messages.
    pub messages: Vec<MessageView>,
    /// Whether more messages follow the last one here (ask again with `since` = its id).
    pub more: bool,
}

/// `GET /api/counselling/absence`: the counsellor's own absence notice, if one is set.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct AbsenceResponse {
    /// The notice, while it lasts.
    pub absence: Option<AbsenceNotice>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code<T, E: Into<ValidationError>>(r: Result<T, E>) -> Option<ErrorCode> {
        r.err().map(|e| e.into().0)
    }

    /// Texts that would look empty (only fillers) or show in another order than written (bidi
    /// overrides) are refused; direction marks and emoji with their selectors are not.
    #[test]
    fn invisible_and_reordering_texts_are_refused() {
        for blank in [
            "\u{200B}",
            "\u{2800}\u{2800}",
            "\u{3164}",
            " \u{FEFF}\u{200D} \u{115F}",
            "\u{E0041}\u{E007F}",
        ] {
            assert_eq!(
                code(MessageText::try_from(blank)),
                Some(ErrorCode::MessageEmpty),
                "{blank:?}"
            );
        }
        for reordered in ["abc\u{202E}fed", "\u{2067}مرحبا\u{2069} ok", "x\u{202A}y"] {
            assert_eq!(
                code(MessageText::try_from(reordered)),
                Some(ErrorCode::TextInvalidCharacters),
                "{reordered:?}"
            );
        }
        for fine in ["\u{200F}مرحبا", "👍🏽", "❤\u{FE0F}", "a\u{200B}b"] {
            assert!(MessageText::try_from(fine).is_ok(), "{fine:?}");
        }
        assert_eq!(
            code(crate::ThreadTitle::try_from("\u{2800}\u{2800}\u{2800}")),
            Some(ErrorCode::TitleTooShort)
        );
        assert_eq!(
            code(crate::ThreadTitle::try_from("Hilfe \u{202E}bitte")),
            Some(ErrorCode::TextInvalidCharacters)
        );
    }

    #[test]
    fn message_text_limits() {
        assert!(MessageText::try_from("Hallo").is_ok());
        assert!(MessageText::try_from("ب".repeat(4000)).is_ok());
        assert!(MessageText::try_from("Zeile 1\nZeile 2\r\n\tEnde").is_ok());
        assert_eq!(
            code(MessageText::try_from("")),
            Some(ErrorCode::MessageEmpty)
        );
        assert_eq!(
            code(MessageText::try_from(" \n\t ")),
            Some(ErrorCode::MessageEmpty)
        );
        assert_eq!(
            code(MessageText::try_from("x".repeat(4001))),
            Some(ErrorCode::MessageTooLong)
        );
        for bad in ["nul\0byte", "bell\u{7}", "esc\u{1b}[31m", "c1\u{85}"] {
            assert_eq!(
                code(MessageText::try_from(bad)),
                Some(ErrorCode::TextInvalidCharacters),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn client_message_ids() {
        assert!(ClientMessageId::try_from("0b7c1f3e-6d2a-4f7e-9a51-3c8d2e1f0a9b").is_ok());
        assert!(ClientMessageId::try_from("a".repeat(64)).is_ok());
        for bad in ["", "with space", "ü", "a/b", &"a".repeat(65)] {
            assert_eq!(
                code(ClientMessageId::try_from(bad)),
                Some(ErrorCode::ClientMessageIdInvalid),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn phone_numbers_are_normalised() {
        let ok = |s: &str| PhoneNumber::try_from(s).map(|p| p.as_str().to_owned());
        assert_eq!(ok("+49 151 2345678").unwrap(), "+491512345678");
        assert_eq!(ok("0151/234-5678").unwrap(), "01512345678");
        assert_eq!(ok("(030) 123456").unwrap(), "030123456");
        assert_eq!(ok("+355 69 123 4567").unwrap(), "+355691234567");
        for bad in [
            "",
            "+",
            "12345678",
            "+049 151 234",
            "0151 23x",
            "01234",
            "+49 151 2345 6789 0123",
            "+4915123456789012",
            "0151\u{0}1234567",
            "++49151234567",
            "١٢٣٤٥٦٧٨",
        ] {
            assert_eq!(
                code(PhoneNumber::try_from(bad)),
                Some(ErrorCode::PhoneInvalid),
                "{bad:?}"
            );
        }
        assert_eq!(
            format!("{:?}", PhoneNumber::try_from("+49 151 2345678").unwrap()),
            "PhoneNumber(…)"
        );
    }

    #[test]
    fn callback_windows() {
        assert!(CallbackWindow::new(Timestamp(100), Timestamp(200)).is_ok());
        assert!(CallbackWindow::new(Timestamp(0), Timestamp(CALLBACK_WINDOW_MAX_SECS)).is_ok());
        for (from, until) in [(200, 100), (100, 100), (0, CALLBACK_WINDOW_MAX_SECS + 1)] {
            assert_eq!(
                code(CallbackWindow::new(Timestamp(from), Timestamp(until))),
                Some(ErrorCode::CallbackWindowInvalid)
            );
        }
        let json = r#"{"phone":"+49 30 123456","window":{"from":10,"until":20}}"#;
        let details: CallbackDetails = serde_json::from_str(json).unwrap();
        assert_eq!(details.phone.as_str(), "+4930123456");
        assert_eq!(
            serde_json::to_string(&details).unwrap(),
            r#"{"phone":"+4930123456","window":{"from":10,"until":20}}"#
        );
        let reversed = r#"{"phone":"+49 30 123456","window":{"from":20,"until":10}}"#;
        let err = serde_json::from_str::<CallbackDetails>(reversed).unwrap_err();
        assert!(err.to_string().starts_with("callback_window_invalid"));
        let extra = r#"{"phone":"+49 30 123456","window":{"from":1,"until":2,"tz":1}}"#;
        assert!(serde_json::from_str::<CallbackDetails>(extra).is_err());
    }

    #[test]
    fn create_enquiry_wire_format() {
        let json = r#"{"topic":"everyday_life","language":"ar","mode":"mail","message":"مرحبا","client_message_id":"m-1"}"#;
        let req: CreateEnquiryRequest = serde_json::from_str(json).unwrap();
        assert_eq!(req.topic, Topic::EverydayLife);
        assert_eq!(req.language, Language::Ar);
        assert_eq!(req.callback, None);
        assert_eq!(serde_json::to_string(&req).unwrap(), json);
        let unknown = json.replace("\"mode\"", "\"email\":\"x\",\"mode\"");
        assert!(serde_json::from_str::<CreateEnquiryRequest>(&unknown).is_err());
        let long = json.replace("مرحبا", &"x".repeat(4001));
        let err = serde_json::from_str::<CreateEnquiryRequest>(&long).unwrap_err();
        assert!(err.to_string().starts_with("message_too_long"));
    }

    #[test]
    fn codes_match_serde_names() {
        for topic in Topic::ALL {
            assert_eq!(
                serde_json::to_string(&topic).unwrap(),
                format!("\"{}\"", topic.code())
            );
            assert_eq!(Topic::from_code(topic.code()), Some(topic));
        }
        for mode in Mode::ALL {
            assert_eq!(
                serde_json::to_string(&mode).unwrap(),
                format!("\"{}\"", mode.code())
            );
            assert_eq!(Mode::from_code(mode.code()), Some(mode));
        }
        for status in EnquiryStatus::ALL {
            assert_eq!(
                serde_json::to_string(&status).unwrap(),
                format!("\"{}\"", status.code())
            );
            assert_eq!(EnquiryStatus::from_code(status.code()), Some(status));
        }
        for side in Side::ALL {
            assert_eq!(
                serde_json::to_string(&side).unwrap(),
                format!("\"{}\"", side.code())
            );
            assert_eq!(Side::from_code(side.code()), Some(side));
        }
    }

    #[test]
    fn texts_stay_out_of_debug_output() {
        let req = SendMessageRequest {
            client_message_id: ClientMessageId::try_from("id-1").unwrap(),
            text: MessageText::try_from("mein Geheimnis").unwrap(),
        };
        let notice = AbsenceText::try_from("im Urlaub").unwrap();
        let shown = format!("{req:?} {notice:?}");
        assert!(!shown.contains("Geheimnis"));
        assert!(!shown.contains("Urlaub"));
    }
}
