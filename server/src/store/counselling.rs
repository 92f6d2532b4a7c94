//! Counselling in the store: enquiries, their messages and callback requests. The SQL is the
//! same for both backends; [`impl_counselling_store`] implements [`CounsellingStore`] for each.
//!
//! Race safety lives in the SQL, not in checks before it: accepting is one conditional
//! `UPDATE … WHERE status = 'new' AND counsellor_id IS NULL` (of two at once exactly one
//! changes a row), and every write to an enquiry first updates the enquiry's row under the
//! condition that the writer may still write (which also locks the row in PostgreSQL, so the
//! messages of one enquiry are committed in id order and "everything after id N" never skips
//! one). A client message id is unique per author by index; an insert that hits it stores
//! nothing and the stored message is returned instead.

use super::StoreError;
use super::nickname_from_column;
use super::staff::absence_from_columns;
use async_trait::async_trait;
use lernwelt_protocol::{
    AbsenceNotice, AccountId, CallbackDetails, CallbackWindow, ClientMessageId, EnquiryId,
    EnquiryStatus, Language, Languages, MessageId, MessageText, MessageView, Mode, Nickname,
    PhoneNumber, Side, Timestamp, Topic,
};

/// Whose enquiries: a young person's own, or those a counsellor has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Party {
    /// The young person who opened them.
    Youth(AccountId),
    /// The counsellor who has them.
    Counsellor(AccountId),
}

/// A new enquiry with its first message.
#[derive(Debug, Clone)]
pub struct NewEnquiry {
    /// The young person.
    pub youth: AccountId,
    /// Topic.
    pub topic: Topic,
    /// Language.
    pub language: Language,
    /// Mode.
    pub mode: Mode,
    /// The client's id of the first message.
    pub client_message_id: ClientMessageId,
    /// The first message.
    pub text: MessageText,
    /// The callback request of a callback enquiry.
    pub callback: Option<CallbackDetails>,
    /// Creation time.
    pub now: Timestamp,
    /// Stored only while the young person has fewer open (new or accepted) enquiries than
    /// this; counted and inserted in one step per young person.
    pub open_max: i64,
}

/// What [`CounsellingStore::create_enquiry`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Created {
    /// Stored a new enquiry.
    New(EnquiryId),
    /// The first message's client id was stored before (a resend): the enquiry holding it.
    Existing(EnquiryId),
    /// Nothing stored: the client id names another message (a reply, or another enquiry's
    /// first message with another text).
    Reused,
    /// Nothing stored: the young person has `open_max` open enquiries already.
    TooMany,
}

/// Whether a young person's new enquiry with this client message id and text was stored
/// before: `Some(Existing)` when it is the same request again (the id names the first message
/// of an enquiry, with this text), `Some(Reused)` when the id names anything else, `None` when
/// the id is unused.
pub async fn earlier_request<S: CounsellingStore + ?Sized>(
    store: &S,
    youth: AccountId,
    client_message_id: &ClientMessageId,
    text: &MessageText,
) -> Result<Option<Created>, StoreError> {
    let Some(existing) = store.message_by_client_id(youth, client_message_id).await? else {
        return Ok(None);
    };
    let first = store
        .messages(existing.enquiry, MessageId(0), 1)
        .await?
        .into_iter()
        .next();
    Ok(Some(
        if first.is_some_and(|f| f.id == existing.id) && existing.text == *text {
            Created::Existing(existing.enquiry)
        } else {
            Created::Reused
        },
    ))
}

/// An enquiry as stored, with what its views need.
#[derive(Debug, Clone)]
pub struct EnquiryRecord {
    /// Id.
    pub id: EnquiryId,
    /// The young person who opened it.
    pub youth: AccountId,
    /// The counsellor who has it.
    pub counsellor: Option<AccountId>,
    /// That counsellor's name.
    pub counsellor_name: Option<Nickname>,
    /// Topic.
    pub topic: Topic,
    /// Language.
    pub language: Language,
    /// Mode.
    pub mode: Mode,
    /// Status.
    pub status: EnquiryStatus,
    /// Creation time.
    pub created_at: Timestamp,
    /// Time of the newest message.
    pub last_message_at: Timestamp,
    /// When it was closed.
    pub closed_at: Option<Timestamp>,
    /// When the callback was done.
    pub callback_done_at: Option<Timestamp>,
    /// Closed by a counsellor as spam.
    pub spam: bool,
    /// Counsellors' messages the young person has not marked read.
    pub youth_unread: i64,
    /// The young person's messages the counsellor who has it has not marked read.
    pub counsellor_unread: i64,
    /// The absence notice stored for the counsellor who has it (possibly over).
    pub absence: Option<AbsenceNotice>,
    /// The pending callback request.
    pub callback: Option<CallbackDetails>,
}

/// A stored message.
#[derive(Debug, Clone)]
pub struct MessageRecord {
    /// Id.
    pub id: MessageId,
    /// Its enquiry.
    pub enquiry: EnquiryId,
    /// Its author (gone if the account was deleted).
    pub author: Option<AccountId>,
    /// The author's name, for a counsellor's message.
    pub author_name: Option<Nickname>,
    /// Who wrote it.
    pub side: Side,
    /// The client's id.
    pub client_message_id: ClientMessageId,
    /// The text.
    pub text: MessageText,
    /// When it was stored.
    pub created_at: Timestamp,
}

impl MessageRecord {
    /// The wire view.
    #[must_use]
    pub fn view(self) -> MessageView {
        MessageView {
            id: self.id,
            enquiry: self.enquiry,
            client_message_id: self.client_message_id,
            from: self.side,
            author: self.author_name,
            text: self.text,
            created_at: self.created_at,
        }
    }
}

/// A message to append to an enquiry.
#[derive(Debug, Clone)]
pub struct NewMessage {
    /// The enquiry.
    pub enquiry: EnquiryId,
    /// The author: the enquiry's young person, or the counsellor who has it.
    pub author: AccountId,
    /// The author's side.
    pub side: Side,
    /// The client's id.
    pub client_message_id: ClientMessageId,
    /// The text.
    pub text: MessageText,
    /// Time of storing.
    pub now: Timestamp,
}

/// What [`CounsellingStore::append_message`] did.
#[derive(Debug, Clone)]
pub enum Appended {
    /// Stored it.
    Stored(MessageRecord),
    /// The author had stored a message with this client id already: that one.
    Existing(MessageRecord),
    /// The author may not write to the enquiry (any more): nothing stored.
    Refused,
}

/// What a retention run deleted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RetentionReport {
    /// Callback requests older than the callback retention.
    pub callbacks: u64,
    /// Open enquiries closed because nobody wrote in them for long.
    pub abandoned: u64,
    /// Closed enquiries (with their messages) older than the closed-thread retention.
    pub enquiries: u64,
}

/// Enquiries, messages and callbacks. Each method is one transaction.
#[async_trait]
pub trait CounsellingStore: Send + Sync {
    /// Stores an enquiry, its first message and its callback request together.
    async fn create_enquiry(&self, enquiry: &NewEnquiry) -> Result<Created, StoreError>;

    /// One enquiry.
    async fn enquiry(&self, id: EnquiryId) -> Result<Option<EnquiryRecord>, StoreError>;

    /// A party's enquiries, newest activity first, at most `limit`.
    async fn enquiries_of(
        &self,
        party: Party,
        limit: i64,
    ) -> Result<Vec<EnquiryRecord>, StoreError>;

    /// New enquiries in one of `languages` (and of `topic`, if given), oldest first, each
    /// with its first message: at most `limit`, those after `after` (an enquiry's creation time
    /// and id) if given.
    async fn inbox(
        &self,
        languages: &Languages,
        topic: Option<Topic>,
        after: Option<(Timestamp, EnquiryId)>,
        limit: i64,
    ) -> Result<Vec<(EnquiryRecord, MessageRecord)>, StoreError>;

    /// How many new enquiries in one of `languages` (and of `topic`) wait in all.
    async fn inbox_waiting(
        &self,
        languages: &Languages,
        topic: Option<Topic>,
    ) -> Result<i64, StoreError>;

    /// Gives a new enquiry in one of `languages` to `counsellor`; `false` if it is not new
    /// any more (or not in those languages). Of two at once exactly one gets `true`.
    async fn accept(
        &self,
        id: EnquiryId,
        counsellor: AccountId,
        languages: &Languages,
        now: Timestamp,
    ) -> Result<bool, StoreError>;

    /// The message `author` sent with this client id, in whatever enquiry.
    async fn message_by_client_id(
        &self,
        author: AccountId,
        client_message_id: &ClientMessageId,
    ) -> Result<Option<MessageRecord>, StoreError>;

    /// Appends a message if its author may write to the enquiry: the young person while it is
    /// not closed, the counsellor who has it while it is accepted. The author's own read mark
    /// moves to the new message.
    async fn append_message(&self, message: &NewMessage) -> Result<Appended, StoreError>;

    /// Messages of an enquiry with an id greater than `since`, in id order, at most `limit`.
    async fn messages(
        &self,
        enquiry: EnquiryId,
        since: MessageId,
        limit: i64,
    ) -> Result<Vec<MessageRecord>, StoreError>;

    /// Moves a side's read mark forward to the newest message at or before `up_to`.
    async fn mark_read(
        &self,
        enquiry: EnquiryId,
        side: Side,
        up_to: MessageId,
    ) -> Result<(), StoreError>;

    /// Closes an enquiry and deletes its callback request: by its young person unless
    /// closed, by the counsellor who has it while accepted. `false` if that did not apply.
    async fn close(&self, id: EnquiryId, by: Party, now: Timestamp) -> Result<bool, StoreError>;

    /// Closes an enquiry as spam (its callback request deleted) if `counsellor` has it or may
    /// accept it (new, in one of `languages`), and with `block` stops its young person from
    /// writing to counselling; in one transaction. The young person, if it applied.
    async fn mark_spam(
        &self,
        id: EnquiryId,
        counsellor: AccountId,
        languages: &Languages,
        block: bool,
        now: Timestamp,
    ) -> Result<Option<AccountId>, StoreError>;

    /// Since when a counsellor blocked `account` from writing to counselling, if they did.
    async fn counselling_blocked(
        &self,
        account: AccountId,
    ) -> Result<Option<Timestamp>, StoreError>;

    /// An admin lifts the block of the young person with this canonical nickname; their id
    /// if they were blocked.
    async fn unblock_counselling(
        &self,
        nickname_canonical: &str,
    ) -> Result<Option<AccountId>, StoreError>;

    /// Young people blocked from counselling, longest blocked first, at most `limit`.
    async fn blocked_youth(
        &self,
        limit: i64,
    ) -> Result<Vec<(AccountId, Nickname, Timestamp)>, StoreError>;

    /// Gives an accepted enquiry from the counsellor `from` to `to`, whose unread count starts
    /// from the beginning. `false` if `from` does not have it (any more).
    async fn hand_over(
        &self,
        id: EnquiryId,
        from: AccountId,
        to: AccountId,
    ) -> Result<bool, StoreError>;

    /// Deletes the callback request of an accepted enquiry the counsellor has and records the
    /// time; `false` if there is none or the counsellor does not have the enquiry.
    async fn callback_done(
        &self,
        id: EnquiryId,
        counsellor: AccountId,
        now: Timestamp,
    ) -> Result<bool, StoreError>;

    /// Retention: deletes callback requests whose window ended at or before
    /// `callbacks_before`; closes (as at `now`, deleting their callback requests) open
    /// enquiries whose last message is at or before `abandoned_before`; and deletes closed
    /// enquiries (with messages) closed at or before `closed_before`.
    async fn delete_expired_counselling(
        &self,
        callbacks_before: Timestamp,
        abandoned_before: Timestamp,
        closed_before: Timestamp,
        now: Timestamp,
    ) -> Result<RetentionReport, StoreError>;
}

/// The columns of an enquiry row, named as [`EnquiryRow`] reads them.
macro_rules! enquiry_columns {
    () => {
        "e.id, e.youth_id, e.counsellor_id, e.topic, e.language, e.mode, e.status, \
         e.created_at, e.last_message_at, e.closed_at, e.callback_done_at, e.spam, \
         c.nickname AS counsellor_name, c.absence_text, c.absence_until, \
         (SELECT COUNT(*) FROM messages mu WHERE mu.enquiry_id = e.id \
          AND mu.sender = 'counsellor' AND mu.id > e.youth_read_up_to) AS youth_unread, \
         (SELECT COUNT(*) FROM messages mu WHERE mu.enquiry_id = e.id \
          AND mu.sender = 'youth' AND mu.id > e.counsellor_read_up_to) AS counsellor_unread, \
         cb.phone, cb.window_from, cb.window_until"
    };
}

macro_rules! enquiry_from {
    () => {
        " FROM enquiries e LEFT JOIN accounts c ON c.id = e.counsellor_id \
         LEFT JOIN callbacks cb ON cb.enquiry_id = e.id"
    };
}

macro_rules! message_select {
    () => {
        "SELECT m.id, m.enquiry_id, m.author_id, m.sender, m.client_message_id, m.body, \
         m.created_at, a.nickname AS author_name \
         FROM messages m LEFT JOIN accounts a ON a.id = m.author_id"
    };
}

pub(super) const ENQUIRY_BY_ID: &str = concat!(
    "SELECT ",
    enquiry_columns!(),
    enquiry_from!(),
    " WHERE e.id = $1"
);
pub(super) const ENQUIRIES_OF_YOUTH: &str = concat!(
    "SELECT ",
    enquiry_columns!(),
    enquiry_from!(),
    " WHERE e.youth_id = $1 ORDER BY e.last_message_at DESC, e.id DESC LIMIT $2"
);
pub(super) const ENQUIRIES_OF_COUNSELLOR: &str = concat!(
    "SELECT ",
    enquiry_columns!(),
    enquiry_from!(),
    " WHERE e.counsellor_id = $1 ORDER BY e.last_message_at DESC, e.id DESC LIMIT $2"
);
/// `$1`–`$6`: languages (repeated to fill), `$7`: topic or NULL, `$8`: limit.
pub(super) const INBOX: &str = concat!(
    "SELECT ",
    enquiry_columns!(),
    ", fm.id AS first_id, fm.client_message_id AS first_client_message_id, \
     fm.body AS first_body, fm.created_at AS first_created_at",
    enquiry_from!(),
    " JOIN messages fm ON fm.id = (SELECT MIN(mf.id) FROM messages mf WHERE mf.enquiry_id = e.id) \
     WHERE e.status = 'new' AND e.language IN ($1, $2, $3, $4, $5, $6) \
     AND e.topic = COALESCE($7, e.topic) \
     AND (e.created_at > $8 OR (e.created_at = $8 AND e.id > $9)) \
     ORDER BY e.created_at, e.id LIMIT $10"
);
pub(super) const OPEN_COUNT: &str =
    "SELECT COUNT(*) FROM enquiries WHERE youth_id = $1 AND status <> 'closed'";
pub(super) const INSERT_ENQUIRY: &str = "INSERT INTO enquiries \
     (youth_id, topic, language, mode, status, created_at, last_message_at) \
     VALUES ($1, $2, $3, $4, 'new', $5, $5) RETURNING id";
pub(super) const INSERT_MESSAGE: &str = "INSERT INTO messages \
     (enquiry_id, author_id, sender, client_message_id, body, created_at) \
     VALUES ($1, $2, $3, $4, $5, $6) \
     ON CONFLICT (author_id, client_message_id) DO NOTHING RETURNING id";
pub(super) const INSERT_CALLBACK: &str = "INSERT INTO callbacks \
     (enquiry_id, phone, window_from, window_until, created_at) VALUES ($1, $2, $3, $4, $5)";
/// `$1`: enquiry, `$2`: counsellor, `$3`: now, `$4`–`$9`: languages (repeated to fill).
pub(super) const ACCEPT: &str = "UPDATE enquiries SET counsellor_id = $2, status = 'accepted', \
     accepted_at = $3 WHERE id = $1 AND status = 'new' AND counsellor_id IS NULL \
     AND language IN ($4, $5, $6, $7, $8, $9)";
pub(super) const MESSAGE_BY_ID: &str = concat!(message_select!(), " WHERE m.id = $1");
pub(super) const MESSAGE_BY_CLIENT_ID: &str = concat!(
    message_select!(),
    " WHERE m.author_id = $1 AND m.client_message_id = $2"
);
pub(super) const MESSAGES_SINCE: &str = concat!(
    message_select!(),
    " WHERE m.enquiry_id = $1 AND m.id > $2 ORDER BY m.id LIMIT $3"
);
pub(super) const TOUCH_AS_YOUTH: &str = "UPDATE enquiries SET last_message_at = $3 \
     WHERE id = $1 AND youth_id = $2 AND status IN ('new', 'accepted')";
pub(super) const TOUCH_AS_COUNSELLOR: &str = "UPDATE enquiries SET last_message_at = $3 \
     WHERE id = $1 AND counsellor_id = $2 AND status = 'accepted'";
pub(super) const NEWEST_AT_MOST: &str =
    "SELECT COALESCE(MAX(id), 0) FROM messages WHERE enquiry_id = $1 AND id <= $2";
pub(super) const READ_AS_YOUTH: &str = "UPDATE enquiries SET youth_read_up_to = \
     CASE WHEN youth_read_up_to < $2 THEN $2 ELSE youth_read_up_to END WHERE id = $1";
pub(super) const READ_AS_COUNSELLOR: &str = "UPDATE enquiries SET counsellor_read_up_to = \
     CASE WHEN counsellor_read_up_to < $2 THEN $2 ELSE counsellor_read_up_to END WHERE id = $1";
pub(super) const CLOSE_AS_YOUTH: &str = "UPDATE enquiries SET status = 'closed', \
     closed_at = $3 WHERE id = $1 AND youth_id = $2 AND status <> 'closed'";
pub(super) const CLOSE_AS_COUNSELLOR: &str = "UPDATE enquiries SET status = 'closed', \
     closed_at = $3 WHERE id = $1 AND counsellor_id = $2 AND status = 'accepted'";
pub(super) const DELETE_CALLBACK: &str = "DELETE FROM callbacks WHERE enquiry_id = $1";
/// Closes enquiry `$1` as spam if counsellor `$2` has it or may accept it (new, in one of the
/// languages `$4`–`$9`); its young person.
pub(super) const MARK_SPAM: &str = "UPDATE enquiries SET status = 'closed', spam = 1, \
     closed_at = $3 WHERE id = $1 AND ((status = 'accepted' AND counsellor_id = $2) OR \
     (status = 'new' AND language IN ($4, $5, $6, $7, $8, $9))) RETURNING youth_id";
pub(super) const BLOCK_COUNSELLING: &str = "UPDATE accounts \
     SET counselling_blocked_at = COALESCE(counselling_blocked_at, $2) \
     WHERE id = $1 AND role = 'youth'";
pub(super) const COUNSELLING_BLOCKED: &str =
    "SELECT counselling_blocked_at FROM accounts WHERE id = $1";
pub(super) const UNBLOCK_COUNSELLING: &str = "UPDATE accounts SET counselling_blocked_at = NULL \
     WHERE nickname_canonical = $1 AND role = 'youth' AND counselling_blocked_at IS NOT NULL \
     RETURNING id";
pub(super) const BLOCKED_YOUTH: &str = "SELECT id, nickname, counselling_blocked_at \
     FROM accounts WHERE counselling_blocked_at IS NOT NULL \
     ORDER BY counselling_blocked_at, id LIMIT $1";
pub(super) const HAND_OVER: &str = "UPDATE enquiries SET counsellor_id = $3, \
     counsellor_read_up_to = 0 WHERE id = $1 AND counsellor_id = $2 AND status = 'accepted'";
pub(super) const CALLBACK_DONE: &str = "UPDATE enquiries SET callback_done_at = $3 \
     WHERE id = $1 AND counsellor_id = $2 AND status = 'accepted' \
     AND EXISTS (SELECT 1 FROM callbacks cb WHERE cb.enquiry_id = $1)";
pub(super) const DELETE_OLD_CALLBACKS: &str = "DELETE FROM callbacks WHERE window_until <= $1";
/// With `$1` = the latest last message of an enquiry to close as abandoned: their callback
/// requests go first (as when an enquiry is closed by hand)…
pub(super) const DELETE_ABANDONED_CALLBACKS: &str = "DELETE FROM callbacks WHERE enquiry_id IN \
     (SELECT id FROM enquiries WHERE status <> 'closed' AND last_message_at <= $1)";
/// …then they are closed as at `$2`.
pub(super) const CLOSE_ABANDONED: &str = "UPDATE enquiries SET status = 'closed', \
     closed_at = $2 WHERE status <> 'closed' AND last_message_at <= $1";
/// Run in order with `$1` = the latest closing time to delete.
pub(super) const DELETE_OLD_CLOSED: [&str; 3] = [
    "DELETE FROM callbacks WHERE enquiry_id IN \
     (SELECT id FROM enquiries WHERE status = 'closed' AND closed_at <= $1)",
    "DELETE FROM messages WHERE enquiry_id IN \
     (SELECT id FROM enquiries WHERE status = 'closed' AND closed_at <= $1)",
    "DELETE FROM enquiries WHERE status = 'closed' AND closed_at <= $1",
];
/// Run in order with `$1` = the young person's account id, when the account is deleted.
/// Explicit as well as by the foreign keys' cascades, so the rule is visible here.
pub(super) const DELETE_ENQUIRIES_OF_YOUTH: [&str; 3] = [
    "DELETE FROM callbacks WHERE enquiry_id IN (SELECT id FROM enquiries WHERE youth_id = $1)",
    "DELETE FROM messages WHERE enquiry_id IN (SELECT id FROM enquiries WHERE youth_id = $1)",
    "DELETE FROM enquiries WHERE youth_id = $1",
];

/// A row of the enquiry queries.
#[derive(sqlx::FromRow)]
pub(super) struct EnquiryRow {
    id: i64,
    youth_id: i64,
    counsellor_id: Option<i64>,
    topic: String,
    language: String,
    mode: String,
    status: String,
    created_at: i64,
    last_message_at: i64,
    closed_at: Option<i64>,
    callback_done_at: Option<i64>,
    spam: i64,
    counsellor_name: Option<String>,
    absence_text: Option<String>,
    absence_until: Option<i64>,
    youth_unread: i64,
    counsellor_unread: i64,
    phone: Option<String>,
    window_from: Option<i64>,
    window_until: Option<i64>,
}

/// How many enquiries [`INBOX`] holds in all (no page).
pub(super) const INBOX_WAITING: &str = "SELECT COUNT(*) FROM enquiries e \
     WHERE e.status = 'new' AND e.language IN ($1, $2, $3, $4, $5, $6) \
     AND e.topic = COALESCE($7, e.topic)";

/// A row of [`INBOX`]: the enquiry and its first message (always the young person's).
#[derive(sqlx::FromRow)]
pub(super) struct InboxRow {
    #[sqlx(flatten)]
    enquiry: EnquiryRow,
    first_id: i64,
    first_client_message_id: String,
    first_body: String,
    first_created_at: i64,
}

/// A row of the message queries.
#[derive(sqlx::FromRow)]
pub(super) struct MessageRow {
    id: i64,
    enquiry_id: i64,
    author_id: Option<i64>,
    sender: String,
    client_message_id: String,
    body: String,
    created_at: i64,
    author_name: Option<String>,
}

/// A stored callback request. One that today's rules refuse (a rule that came in after it was
/// written) is read as none, with a warning, rather than hiding the whole enquiry behind an
/// error; the young person can ask again.
fn callback_from_columns(phone: String, from: i64, until: i64) -> Option<CallbackDetails> {
    let phone = PhoneNumber::try_from(phone);
    let window = CallbackWindow::new(Timestamp(from), Timestamp(until));
    match (phone, window) {
        (Ok(phone), Ok(window)) => Some(CallbackDetails { phone, window }),
        _ => {
            tracing::warn!("a stored callback request no longer passes the rules; not shown");
            None
        }
    }
}

pub(super) fn enquiry_from_row(row: EnquiryRow) -> Result<EnquiryRecord, StoreError> {
    let callback = match (row.phone, row.window_from, row.window_until) {
        (Some(phone), Some(from), Some(until)) => callback_from_columns(phone, from, until),
        _ => None,
    };
    Ok(EnquiryRecord {
        id: EnquiryId(row.id),
        youth: AccountId(row.youth_id),
        counsellor: row.counsellor_id.map(AccountId),
        counsellor_name: row.counsellor_name.map(nickname_from_column).transpose()?,
        topic: Topic::from_code(&row.topic).ok_or(StoreError::Corrupt("topic"))?,
        language: Language::from_code(&row.language).ok_or(StoreError::Corrupt("language"))?,
        mode: Mode::from_code(&row.mode).ok_or(StoreError::Corrupt("mode"))?,
        status: EnquiryStatus::from_code(&row.status).ok_or(StoreError::Corrupt("status"))?,
        created_at: Timestamp(row.created_at),
        last_message_at: Timestamp(row.last_message_at),
        closed_at: row.closed_at.map(Timestamp),
        callback_done_at: row.callback_done_at.map(Timestamp),
        spam: row.spam != 0,
        youth_unread: row.youth_unread,
        counsellor_unread: row.counsellor_unread,
        absence: absence_from_columns(row.absence_text, row.absence_until),
        callback,
    })
}

pub(super) fn inbox_from_row(row: InboxRow) -> Result<(EnquiryRecord, MessageRecord), StoreError> {
    let enquiry = enquiry_from_row(row.enquiry)?;
    let first = MessageRecord {
        id: MessageId(row.first_id),
        enquiry: enquiry.id,
        author: Some(enquiry.youth),
        author_name: None,
        side: Side::Youth,
        client_message_id: client_id_from_column(row.first_client_message_id)?,
        text: MessageText::from_stored(row.first_body),
        created_at: Timestamp(row.first_created_at),
    };
    Ok((enquiry, first))
}

pub(super) fn message_from_row(row: MessageRow) -> Result<MessageRecord, StoreError> {
    let side = Side::from_code(&row.sender).ok_or(StoreError::Corrupt("sender"))?;
    Ok(MessageRecord {
        id: MessageId(row.id),
        enquiry: EnquiryId(row.enquiry_id),
        author: row.author_id.map(AccountId),
        // Only counsellors are named; a young person's nickname stays out of the thread.
        author_name: match side {
            Side::Counsellor => row.author_name.map(nickname_from_column).transpose()?,
            Side::Youth => None,
        },
        side,
        client_message_id: client_id_from_column(row.client_message_id)?,
        text: MessageText::from_stored(row.body),
        created_at: Timestamp(row.created_at),
    })
}

fn client_id_from_column(column: String) -> Result<ClientMessageId, StoreError> {
    ClientMessageId::try_from(column).map_err(|_| StoreError::Corrupt("client_message_id"))
}

/// Six language codes for the `IN (…)` of [`INBOX`] and [`ACCEPT`]: the counsellor's
/// languages, the first repeated to fill (there are at most six languages).
pub(super) fn language_params(languages: &Languages) -> [&'static str; 6] {
    let list = languages.as_slice();
    let first = list.first().copied().unwrap_or_default().code();
    std::array::from_fn(|i| list.get(i).map_or(first, |l| l.code()))
}

/// The statements that mark a side's messages read and touch the enquiry as that side.
pub(super) fn side_statements(side: Side) -> (&'static str, &'static str) {
    match side {
        Side::Youth => (TOUCH_AS_YOUTH, READ_AS_YOUTH),
        Side::Counsellor => (TOUCH_AS_COUNSELLOR, READ_AS_COUNSELLOR),
    }
}

/// Implements [`CounsellingStore`] for a store type with a `pool` field and a `write()`
/// method that begins a write transaction.
macro_rules! impl_counselling_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::CounsellingStore for $store {
            async fn create_enquiry(
                &self,
                enquiry: &$crate::store::NewEnquiry,
            ) -> Result<$crate::store::Created, $crate::store::StoreError> {
                use $crate::store::counselling as sql;
                let mut tx = self.write().await?;
                // Parallel requests of one young person wait here for each other (a row lock
                // in PostgreSQL; SQLite's write transactions are one at a time anyway), so the
                // count and the insert after it cannot be passed together.
                sqlx::query($crate::store::forum::LOCK_AUTHOR)
                    .bind(enquiry.youth.0)
                    .execute(&mut *tx)
                    .await?;
                let open: i64 = sqlx::query_scalar(sql::OPEN_COUNT)
                    .bind(enquiry.youth.0)
                    .fetch_one(&mut *tx)
                    .await?;
                if open >= enquiry.open_max {
                    tx.rollback().await?;
                    return Ok($crate::store::Created::TooMany);
                }
                let id: i64 = sqlx::query_scalar(sql::INSERT_ENQUIRY)
                    .bind(enquiry.youth.0)
                    .bind(enquiry.topic.code())
                    .bind(enquiry.language.code())
                    .bind(enquiry.mode.code())
                    .bind(enquiry.now.0)
                    .fetch_one(&mut *tx)
                    .await?;
                let message: Option<i64> = sqlx::query_scalar(sql::INSERT_MESSAGE)
                    .bind(id)
                    .bind(enquiry.youth.0)
                    .bind(lernwelt_protocol::Side::Youth.code())
                    .bind(enquiry.client_message_id.as_str())
                    .bind(enquiry.text.as_str())
                    .bind(enquiry.now.0)
                    .fetch_optional(&mut *tx)
                    .await?;
                if message.is_none() {
                    // The id was stored by another call meanwhile: the same request sent
                    // twice at once, or a reply that took the id.
                    tx.rollback().await?;
                    return sql::earlier_request(
                        self,
                        enquiry.youth,
                        &enquiry.client_message_id,
                        &enquiry.text,
                    )
                    .await?
                    .ok_or($crate::store::StoreError::Corrupt("client_message_id"));
                }
                if let Some(callback) = &enquiry.callback {
                    sqlx::query(sql::INSERT_CALLBACK)
                        .bind(id)
                        .bind(callback.phone.as_str())
                        .bind(callback.window.from().0)
                        .bind(callback.window.until().0)
                        .bind(enquiry.now.0)
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
                Ok($crate::store::Created::New(lernwelt_protocol::EnquiryId(
                    id,
                )))
            }

            async fn enquiry(
                &self,
                id: lernwelt_protocol::EnquiryId,
            ) -> Result<Option<$crate::store::EnquiryRecord>, $crate::store::StoreError> {
                use $crate::store::counselling as sql;
                let row: Option<sql::EnquiryRow> = sqlx::query_as(sql::ENQUIRY_BY_ID)
                    .bind(id.0)
                    .fetch_optional(&self.pool)
                    .await?;
                row.map(sql::enquiry_from_row).transpose()
            }

            async fn enquiries_of(
                &self,
                party: $crate::store::Party,
                limit: i64,
            ) -> Result<Vec<$crate::store::EnquiryRecord>, $crate::store::StoreError> {
                use $crate::store::counselling as sql;
                let (statement, account) = match party {
                    $crate::store::Party::Youth(id) => (sql::ENQUIRIES_OF_YOUTH, id),
                    $crate::store::Party::Counsellor(id) => (sql::ENQUIRIES_OF_COUNSELLOR, id),
                };
                let rows: Vec<sql::EnquiryRow> = sqlx::query_as(statement)
                    .bind(account.0)
                    .bind(limit)
                    .fetch_all(&self.pool)
                    .await?;
                rows.into_iter().map(sql::enquiry_from_row).collect()
            }

            async fn inbox(
                &self,
                languages: &lernwelt_protocol::Languages,
                topic: Option<lernwelt_protocol::Topic>,
                after: Option<(lernwelt_protocol::Timestamp, lernwelt_protocol::EnquiryId)>,
                limit: i64,
            ) -> Result<
                Vec<($crate::store::EnquiryRecord, $crate::store::MessageRecord)>,
                $crate::store::StoreError,
            > {
                use $crate::store::counselling as sql;
                let mut query = sqlx::query_as::<_, sql::InboxRow>(sql::INBOX);
                for code in sql::language_params(languages) {
                    query = query.bind(code);
                }
                let (after_time, after_id) = after.map_or((i64::MIN, 0), |(t, id)| (t.0, id.0));
                let rows = query
                    .bind(topic.map(lernwelt_protocol::Topic::code))
                    .bind(after_time)
                    .bind(after_id)
                    .bind(limit)
                    .fetch_all(&self.pool)
                    .await?;
                rows.into_iter().map(sql::inbox_from_row).collect()
            }

            async fn inbox_waiting(
                &self,
                languages: &lernwelt_protocol::Languages,
                topic: Option<lernwelt_protocol::Topic>,
            ) -> Result<i64, $crate::store::StoreError> {
                use $crate::store::counselling as sql;
                let mut query = sqlx::query_scalar::<_, i64>(sql::INBOX_WAITING);
                for code in sql::language_params(languages) {
                    query = query.bind(code);
                }
                Ok(query
                    .bind(topic.map(lernwelt_protocol::Topic::code))
                    .fetch_one(&self.pool)
                    .await?)
            }

            async fn accept(
                &self,
                id: lernwelt_protocol::EnquiryId,
                counsellor: lernwelt_protocol::AccountId,
                languages: &lernwelt_protocol::Languages,
                now: lernwelt_protocol::Timestamp,
            ) -> Result<bool, $crate::store::StoreError> {
                use $crate::store::counselling as sql;
                let mut query = sqlx::query(sql::ACCEPT)
                    .bind(id.0)
                    .bind(counsellor.0)
                    .bind(now.0);
                for code in sql::language_params(languages) {
                    query = query.bind(code);
                }
                Ok(query.execute(&self.pool).await?.rows_affected() == 1)
            }

            async fn message_by_client_id(
                &self,
                author: lernwelt_protocol::AccountId,
                client_message_id: &lernwelt_protocol::ClientMessageId,
            ) -> Result<Option<$crate::store::MessageRecord>, $crate::store::StoreError> {
                use $crate::store::counselling as sql;
                let row: Option<sql::MessageRow> = sqlx::query_as(sql::MESSAGE_BY_CLIENT_ID)
                    .bind(author.0)
                    .bind(client_message_id.as_str())
                    .fetch_optional(&self.pool)
                    .await?;
                row.map(sql::message_from_row).transpose()
            }

            async fn append_message(
                &self,
                message: &$crate::store::NewMessage,
            ) -> Result<$crate::store::Appended, $crate::store::StoreError> {
                use $crate::store::counselling as sql;
                let (touch, read) = sql::side_statements(message.side);
                let mut tx = self.write().await?;
                // First the enquiry's row, under the condition that the author may write: in
                // PostgreSQL this locks the row until commit, so one enquiry's messages are
                // stored one after the other.
                let touched = sqlx::query(touch)
                    .bind(message.enquiry.0)
                    .bind(message.author.0)
                    .bind(message.now.0)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                if touched == 0 {
                    tx.rollback().await?;
                    return Ok($crate::store::Appended::Refused);
                }
                let id: Option<i64> = sqlx::query_scalar(sql::INSERT_MESSAGE)
                    .bind(message.enquiry.0)
                    .bind(message.author.0)
                    .bind(message.side.code())
                    .bind(message.client_message_id.as_str())
                    .bind(message.text.as_str())
                    .bind(message.now.0)
                    .fetch_optional(&mut *tx)
                    .await?;
                let Some(id) = id else {
                    tx.rollback().await?;
                    let existing = <Self as $crate::store::CounsellingStore>::message_by_client_id(
                        self,
                        message.author,
                        &message.client_message_id,
                    )
                    .await?;
                    return Ok(existing.map_or(
                        $crate::store::Appended::Refused,
                        $crate::store::Appended::Existing,
                    ));
                };
                sqlx::query(read)
                    .bind(message.enquiry.0)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                let row: sql::MessageRow = sqlx::query_as(sql::MESSAGE_BY_ID)
                    .bind(id)
                    .fetch_one(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok($crate::store::Appended::Stored(sql::message_from_row(row)?))
            }

            async fn messages(
                &self,
                enquiry: lernwelt_protocol::EnquiryId,
                since: lernwelt_protocol::MessageId,
                limit: i64,
            ) -> Result<Vec<$crate::store::MessageRecord>, $crate::store::StoreError> {
                use $crate::store::counselling as sql;
                let rows: Vec<sql::MessageRow> = sqlx::query_as(sql::MESSAGES_SINCE)
                    .bind(enquiry.0)
                    .bind(since.0)
                    .bind(limit)
                    .fetch_all(&self.pool)
                    .await?;
                rows.into_iter().map(sql::message_from_row).collect()
            }

            async fn mark_read(
                &self,
                enquiry: lernwelt_protocol::EnquiryId,
                side: lernwelt_protocol::Side,
                up_to: lernwelt_protocol::MessageId,
            ) -> Result<(), $crate::store::StoreError> {
                use $crate::store::counselling as sql;
                let (_, read) = sql::side_statements(side);
                let mut tx = self.write().await?;
                let newest: i64 = sqlx::query_scalar(sql::NEWEST_AT_MOST)
                    .bind(enquiry.0)
                    .bind(up_to.0)
                    .fetch_one(&mut *tx)
                    .await?;
                sqlx::query(read)
                    .bind(enquiry.0)
                    .bind(newest)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn close(
                &self,
                id: lernwelt_protocol::EnquiryId,
                by: $crate::store::Party,
                now: lernwelt_protocol::Timestamp,
            ) -> Result<bool, $crate::store::StoreError> {
                use $crate::store::counselling as sql;
                let (statement, account) = match by {
                    $crate::store::Party::Youth(a) => (sql::CLOSE_AS_YOUTH, a),
                    $crate::store::Party::Counsellor(a) => (sql::CLOSE_AS_COUNSELLOR, a),
                };
                let mut tx = self.write().await?;
                let closed = sqlx::query(statement)
                    .bind(id.0)
                    .bind(account.0)
                    .bind(now.0)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected()
                    == 1;
                if closed {
                    sqlx::query(sql::DELETE_CALLBACK)
                        .bind(id.0)
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
                Ok(closed)
            }

            async fn mark_spam(
                &self,
                id: lernwelt_protocol::EnquiryId,
                counsellor: lernwelt_protocol::AccountId,
                languages: &lernwelt_protocol::Languages,
                block: bool,
                now: lernwelt_protocol::Timestamp,
            ) -> Result<Option<lernwelt_protocol::AccountId>, $crate::store::StoreError> {
                use $crate::store::counselling as sql;
                let mut tx = self.write().await?;
                let mut query = sqlx::query_scalar::<_, i64>(sql::MARK_SPAM)
                    .bind(id.0)
                    .bind(counsellor.0)
                    .bind(now.0);
                for code in sql::language_params(languages) {
                    query = query.bind(code);
                }
                let Some(youth) = query.fetch_optional(&mut *tx).await? else {
                    return Ok(None);
                };
                sqlx::query(sql::DELETE_CALLBACK)
                    .bind(id.0)
                    .execute(&mut *tx)
                    .await?;
                if block {
                    sqlx::query(sql::BLOCK_COUNSELLING)
                        .bind(youth)
                        .bind(now.0)
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
                Ok(Some(lernwelt_protocol::AccountId(youth)))
            }

            async fn counselling_blocked(
                &self,
                account: lernwelt_protocol::AccountId,
            ) -> Result<Option<lernwelt_protocol::Timestamp>, $crate::store::StoreError> {
                let since: Option<Option<i64>> =
                    sqlx::query_scalar($crate::store::counselling::COUNSELLING_BLOCKED)
                        .bind(account.0)
                        .fetch_optional(&self.pool)
                        .await?;
                Ok(since.flatten().map(lernwelt_protocol::Timestamp))
            }

            async fn unblock_counselling(
                &self,
                nickname_canonical: &str,
            ) -> Result<Option<lernwelt_protocol::AccountId>, $crate::store::StoreError> {
                let id: Option<i64> =
                    sqlx::query_scalar($crate::store::counselling::UNBLOCK_COUNSELLING)
                        .bind(nickname_canonical)
                        .fetch_optional(&self.pool)
                        .await?;
                Ok(id.map(lernwelt_protocol::AccountId))
            }

            async fn blocked_youth(
                &self,
                limit: i64,
            ) -> Result<
                Vec<(
                    lernwelt_protocol::AccountId,
                    lernwelt_protocol::Nickname,
                    lernwelt_protocol::Timestamp,
                )>,
                $crate::store::StoreError,
            > {
                let rows: Vec<(i64, String, i64)> =
                    sqlx::query_as($crate::store::counselling::BLOCKED_YOUTH)
                        .bind(limit)
                        .fetch_all(&self.pool)
                        .await?;
                rows.into_iter()
                    .map(|(id, nickname, since)| {
                        Ok((
                            lernwelt_protocol::AccountId(id),
                            $crate::store::nickname_from_column(nickname)?,
                            lernwelt_protocol::Timestamp(since),
                        ))
                    })
                    .collect()
            }

            async fn hand_over(
                &self,
                id: lernwelt_protocol::EnquiryId,
                from: lernwelt_protocol::AccountId,
                to: lernwelt_protocol::AccountId,
            ) -> Result<bool, $crate::store::StoreError> {
                let done = sqlx::query($crate::store::counselling::HAND_OVER)
                    .bind(id.0)
                    .bind(from.0)
                    .bind(to.0)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn callback_done(
                &self,
                id: lernwelt_protocol::EnquiryId,
                counsellor: lernwelt_protocol::AccountId,
                now: lernwelt_protocol::Timestamp,
            ) -> Result<bool, $crate::store::StoreError> {
                use $crate::store::counselling as sql;
                let mut tx = self.write().await?;
                let marked = sqlx::query(sql::CALLBACK_DONE)
                    .bind(id.0)
                    .bind(counsellor.0)
                    .bind(now.0)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected()
                    == 1;
                if marked {
                    sqlx::query(sql::DELETE_CALLBACK)
                        .bind(id.0)
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
                Ok(marked)
            }

            async fn delete_expired_counselling(
                &self,
                callbacks_before: lernwelt_protocol::Timestamp,
                abandoned_before: lernwelt_protocol::Timestamp,
                closed_before: lernwelt_protocol::Timestamp,
                now: lernwelt_protocol::Timestamp,
            ) -> Result<$crate::store::RetentionReport, $crate::store::StoreError> {
                use $crate::store::counselling as sql;
                let mut tx = self.write().await?;
                let callbacks = sqlx::query(sql::DELETE_OLD_CALLBACKS)
                    .bind(callbacks_before.0)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                sqlx::query(sql::DELETE_ABANDONED_CALLBACKS)
                    .bind(abandoned_before.0)
                    .execute(&mut *tx)
                    .await?;
                let abandoned = sqlx::query(sql::CLOSE_ABANDONED)
                    .bind(abandoned_before.0)
                    .bind(now.0)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                let mut enquiries = 0;
                for statement in sql::DELETE_OLD_CLOSED {
                    enquiries = sqlx::query(statement)
                        .bind(closed_before.0)
                        .execute(&mut *tx)
                        .await?
                        .rows_affected();
                }
                tx.commit().await?;
                Ok($crate::store::RetentionReport {
                    callbacks,
                    abandoned,
                    enquiries,
                })
            }
        }
    };
}

pub(super) use impl_counselling_store;
