//! Storage: the `Store` trait the handlers use, its two implementations (SQLite by default,
//! PostgreSQL for scale), and the plain records passed across it.
//!
//! Each backend has its own migrations under `server/migrations/<backend>/`, embedded in the
//! binary and run by [`open`] at start. Both keep the same schema and the same meaning, and the
//! integration tests run one suite against each.
//!
//! The accounts part of the trait is written per backend; the staff and counselling parts
//! ([`StaffStore`], [`CounsellingStore`]) run the same SQL on both (`$1` parameters, no
//! backend-only functions), generated for each store by one macro, so the two cannot drift.
//!
//! What "delete my account" removes: the account row and, in the same transaction, every
//! session of it and every enquiry the young person opened, with its messages and callback
//! request. Staff accounts are not deleted but disabled (`counsellor disable`). Forum threads
//! and posts are kept for the threads' sake but detached from the account and shown as
//! written by "deleted user" (their author column is set to NULL); the account's forum
//! reactions and flags are deleted. Later slices keep the rule: personal rows (drafts sent for
//! review) are deleted with the account.

mod accounts;
mod counselling;
pub(crate) mod forum;
pub(crate) mod limits;
mod postgres;
mod rooms;
mod sqlite;
mod staff;

pub use counselling::{
    Appended, CounsellingStore, Created, EnquiryRecord, MessageRecord, NewEnquiry, NewMessage,
    Party, RetentionReport, earlier_request,
};
pub use forum::{ForumStore, NewThread, PostRecord, Replied, ThreadLimit, ThreadRecord};
pub use limits::{Bucket, Failures, LimitKind, LimitStore};
pub use postgres::PostgresStore;
pub use rooms::{NewRoomReport, RoomStore};
pub use sqlite::SqliteStore;
pub use staff::{Colleague, CounsellorReset, CounsellorSummary, NewCounsellor, StaffStore};

use crate::totp::TotpSecret;
use async_trait::async_trait;
use lernwelt_protocol::{
    AccountId, AccountView, AgeBand, Language, Languages, Nickname, Role, Timestamp,
};
use std::fmt;
use std::path::Path;
use std::sync::Arc;

/// The SHA-256 of a session token: what is stored instead of the token itself.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct TokenHash(pub [u8; 32]);

impl fmt::Debug for TokenHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("TokenHash(…)")
    }
}

/// A new account to store.
#[derive(Debug, Clone)]
pub struct NewAccount {
    /// The nickname as registered; stored also in canonical (lowercased) form for uniqueness.
    pub nickname: Nickname,
    /// The Argon2id PHC string of the password.
    pub password_hash: String,
    /// The role.
    pub role: Role,
    /// The age band.
    pub age_band: AgeBand,
    /// Preferred languages.
    pub languages: Languages,
    /// Creation time.
    pub created_at: Timestamp,
}

/// A new session to store, for an account given separately.
#[derive(Debug, Clone, Copy)]
pub struct NewSession {
    /// Hash of the bearer token.
    pub token_hash: TokenHash,
    /// Creation time.
    pub created_at: Timestamp,
    /// The first moment the session is no longer valid.
    pub expires_at: Timestamp,
    /// Made by a login that checked the TOTP code; a staff account's session counts only then.
    pub second_factor: bool,
}

/// An account with its password hash and second factor, for checking a login.
#[derive(Debug, Clone)]
pub struct Credentials {
    /// The account.
    pub account: AccountView,
    /// Its Argon2id PHC string.
    pub password_hash: String,
    /// The TOTP secret of a staff account.
    pub totp_secret: Option<TotpSecret>,
    /// Whether an admin has disabled the account.
    pub disabled: bool,
    /// The password was made by an admin and must be changed before anything else.
    pub password_change_required: bool,
}

/// A valid session and its account, as the request extractor needs it.
#[derive(Debug, Clone)]
pub struct SessionRecord {
    /// The account.
    pub account: AccountView,
    /// The account's password was made by an admin and must be changed first.
    pub password_change_required: bool,
    /// When the session was last used (updated at most once a minute).
    pub last_used_at: Timestamp,
}

/// One session of an account, for its owner's list.
#[derive(Debug, Clone, Copy)]
pub struct SessionSummary {
    /// Hash of its token (to tell the current one; never shown).
    pub token_hash: TokenHash,
    /// When it was made.
    pub created_at: Timestamp,
    /// When it was last used.
    pub last_used_at: Timestamp,
    /// When it ends.
    pub expires_at: Timestamp,
}

/// How many rows each table holds (for health figures and for tests that prove nothing changed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RowCounts {
    /// Rows in `accounts`.
    pub accounts: i64,
    /// Rows in `sessions`.
    pub sessions: i64,
    /// Rows in `enquiries`.
    pub enquiries: i64,
    /// Rows in `messages`.
    pub messages: i64,
    /// Rows in `callbacks`.
    pub callbacks: i64,
    /// Rows in `forum_threads`.
    pub forum_threads: i64,
    /// Rows in `forum_posts`.
    pub forum_posts: i64,
    /// Rows in `forum_reactions`.
    pub forum_reactions: i64,
    /// Rows in `forum_flags`.
    pub forum_flags: i64,
}

/// Counts every table, in the order of [`RowCounts`]' fields.
const COUNT_ROWS: &str = "SELECT (SELECT COUNT(*) FROM accounts), (SELECT COUNT(*) FROM sessions), \
     (SELECT COUNT(*) FROM enquiries), (SELECT COUNT(*) FROM messages), \
     (SELECT COUNT(*) FROM callbacks), (SELECT COUNT(*) FROM forum_threads), \
     (SELECT COUNT(*) FROM forum_posts), (SELECT COUNT(*) FROM forum_reactions), \
     (SELECT COUNT(*) FROM forum_flags)";

/// A row of [`COUNT_ROWS`].
type CountsRow = (i64, i64, i64, i64, i64, i64, i64, i64, i64);

fn counts_from_row(row: CountsRow) -> RowCounts {
    let (accounts, sessions, enquiries, messages, callbacks, threads, posts, reactions, flags) =
        row;
    RowCounts {
        accounts,
        sessions,
        enquiries,
        messages,
        callbacks,
        forum_threads: threads,
        forum_posts: posts,
        forum_reactions: reactions,
        forum_flags: flags,
    }
}

/// A storage failure. Its `Display` names no personal data and no SQL values, so it may be
/// logged.
#[derive(Debug)]
pub enum StoreError {
    /// Another account has this nickname (compared in canonical form).
    NicknameTaken,
    /// A stored value could not be read back (names the column).
    Corrupt(&'static str),
    /// The database failed.
    Database(sqlx::Error),
    /// Running the migrations failed.
    Migrate(sqlx::migrate::MigrateError),
    /// The database URL or data directory is unusable.
    Config(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::NicknameTaken => f.write_str("nickname taken"),
            StoreError::Corrupt(column) => write!(f, "unreadable stored value in {column}"),
            StoreError::Database(e) => f.write_str(&describe_sqlx_error(e)),
            StoreError::Migrate(e) => write!(f, "migration failed: {e}"),
            StoreError::Config(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for StoreError {}

impl From<sqlx::Error> for StoreError {
    fn from(value: sqlx::Error) -> Self {
        StoreError::Database(value)
    }
}

impl From<sqlx::migrate::MigrateError> for StoreError {
    fn from(value: sqlx::migrate::MigrateError) -> Self {
        StoreError::Migrate(value)
    }
}

/// A description of a database error that is safe to log: a database's own message can quote
/// the offending value (PostgreSQL: `invalid input syntax for type …: "…"`), so for those only
/// the SQLSTATE code and the constraint are kept.
fn describe_sqlx_error(error: &sqlx::Error) -> String {
    match error {
        sqlx::Error::Database(db) => format!(
            "database error (code {}, constraint {})",
            db.code().as_deref().unwrap_or("none"),
            db.constraint().unwrap_or("none")
        ),
        sqlx::Error::ColumnDecode { index, .. } => format!("cannot decode column {index}"),
        sqlx::Error::Decode(_) => "cannot decode a value".to_owned(),
        other => format!("database failure: {other}"),
    }
}

/// Maps a failed insert into `accounts` to [`StoreError::NicknameTaken`] when it hit the unique
/// nickname; any other failure stays a database error.
fn map_insert_error(error: sqlx::Error) -> StoreError {
    match &error {
        sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::NicknameTaken,
        _ => StoreError::Database(error),
    }
}

/// Everything the server stores. Each method is one transaction.
#[async_trait]
pub trait Store:
    StaffStore + CounsellingStore + ForumStore + RoomStore + LimitStore + Send + Sync + 'static
{
    /// Answers if the database answers.
    async fn ping(&self) -> Result<(), StoreError>;

    /// Stores a new account together with its first session; [`StoreError::NicknameTaken`] if
    /// the canonical nickname exists.
    async fn create_account(
        &self,
        account: &NewAccount,
        session: &NewSession,
    ) -> Result<AccountView, StoreError>;

    /// The account with this canonical nickname, with its password hash.
    async fn credentials(
        &self,
        nickname_canonical: &str,
    ) -> Result<Option<Credentials>, StoreError>;

    /// Stores a new session of an existing account.
    async fn create_session(
        &self,
        account: AccountId,
        session: &NewSession,
    ) -> Result<(), StoreError>;

    /// The session with this token hash and its account, if the session exists, has not
    /// expired at `now`, its account is not disabled, and (for a staff account) it was made by
    /// a login that checked the second factor.
    async fn session(
        &self,
        token_hash: &TokenHash,
        now: Timestamp,
    ) -> Result<Option<SessionRecord>, StoreError>;

    /// The account of a [`session`](Store::session) that may do everything: not one whose
    /// admin-made password must be changed first (the live chat asks this).
    async fn session_account(
        &self,
        token_hash: &TokenHash,
        now: Timestamp,
    ) -> Result<Option<AccountView>, StoreError> {
        Ok(self
            .session(token_hash, now)
            .await?
            .filter(|s| !s.password_change_required)
            .map(|s| s.account))
    }

    /// Which of `hashes` are sessions that [`session_account`](Store::session_account) would
    /// still accept at `now` (in no particular order).
    async fn live_sessions(
        &self,
        hashes: &[TokenHash],
        now: Timestamp,
    ) -> Result<Vec<TokenHash>, StoreError>;

    /// Notes that the session was used at `now` (kept if a later time is stored).
    async fn touch_session(&self, token_hash: &TokenHash, now: Timestamp)
    -> Result<(), StoreError>;

    /// The account's valid sessions at `now` (as [`session`](Store::session) counts them),
    /// most recently used first, at most `limit`.
    async fn sessions_of(
        &self,
        account: AccountId,
        now: Timestamp,
        limit: i64,
    ) -> Result<Vec<SessionSummary>, StoreError>;

    /// Deletes one session; whether it existed.
    async fn delete_session(&self, token_hash: &TokenHash) -> Result<bool, StoreError>;

    /// Deletes every session of the account ("log out everywhere"); how many.
    async fn delete_sessions_of(&self, account: AccountId) -> Result<u64, StoreError>;

    /// Stores a new password hash (no longer one that must be changed) and deletes every
    /// session of the account but `keep`, in one transaction; the token hashes of the
    /// sessions deleted.
    async fn change_password(
        &self,
        account: AccountId,
        password_hash: &str,
        keep: &TokenHash,
    ) -> Result<Vec<TokenHash>, StoreError>;

    /// Deletes an account and everything personal of it (see the module notes); whether it
    /// existed.
    async fn delete_account(&self, account: AccountId) -> Result<bool, StoreError>;

    /// Retention: young people's accounts last used (registered, logged in, or a request
    /// with one of their sessions) at or before `before`, at most `limit`, oldest id first.
    async fn inactive_youth(
        &self,
        before: Timestamp,
        limit: i64,
    ) -> Result<Vec<AccountId>, StoreError>;

    /// Deletes sessions that expired at or before `now`; how many.
    async fn delete_expired_sessions(&self, now: Timestamp) -> Result<u64, StoreError>;

    /// Row counts of every table.
    async fn counts(&self) -> Result<RowCounts, StoreError>;
}

/// Opens the store: PostgreSQL if `database_url` is a `postgres://` or `postgresql://` URL,
/// SQLite at the path of a `sqlite:` URL, otherwise SQLite in `data_dir/lernwelt.sqlite3`.
/// Creates the data directory and runs the migrations.
pub async fn open(
    data_dir: &Path,
    database_url: Option<&str>,
) -> Result<Arc<dyn Store>, StoreError> {
    match database_url {
        Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
            Ok(Arc::new(PostgresStore::connect(url).await?))
        }
        Some(url) if url.starts_with("sqlite:") => {
            let path = url.trim_start_matches("sqlite:").trim_start_matches("//");
            if path.is_empty() {
                return Err(StoreError::Config(
                    "the sqlite: URL names no file".to_owned(),
                ));
            }
            Ok(Arc::new(SqliteStore::open(Path::new(path)).await?))
        }
        Some(_) => Err(StoreError::Config(
            "--database-url must start with postgres://, postgresql:// or sqlite:".to_owned(),
        )),
        None => {
            std::fs::create_dir_all(data_dir).map_err(|e| {
                StoreError::Config(format!("cannot create the data directory: {e}"))
            })?;
            Ok(Arc::new(
                SqliteStore::open(&data_dir.join("lernwelt.sqlite3")).await?,
            ))
        }
    }
}

/// The columns of an account as both backends return them, in this order:
/// id, nickname, role, age_band, languages, created_at.
type AccountRow = (i64, String, String, String, String, i64);

/// Reads an account back from its stored form.
fn account_from_row(row: AccountRow) -> Result<AccountView, StoreError> {
    let (id, nickname, role, age_band, languages, created_at) = row;
    let role = Role::from_code(&role).ok_or(StoreError::Corrupt("role"))?;
    // Staff accounts have no age band (stored as ''); a young person's is required.
    let age_band = if age_band.is_empty() && role != Role::Youth {
        None
    } else {
        Some(AgeBand::from_code(&age_band).ok_or(StoreError::Corrupt("age_band"))?)
    };
    Ok(AccountView {
        id: AccountId(id),
        nickname: nickname_from_column(nickname)?,
        role,
        age_band,
        languages: languages_from_column(&languages)?,
        created_at: Timestamp(created_at),
    })
}

fn nickname_from_column(column: String) -> Result<Nickname, StoreError> {
    Nickname::try_from(column).map_err(|_| StoreError::Corrupt("nickname"))
}

/// The columns of [`Credentials`] beyond the account's: password hash, TOTP secret, disabled,
/// password change required.
type CredentialExtras = (String, Option<Vec<u8>>, Option<i64>, bool);

fn credentials_from_row(
    row: AccountRow,
    extras: CredentialExtras,
) -> Result<Credentials, StoreError> {
    let (password_hash, totp_secret, disabled_at, password_change_required) = extras;
    Ok(Credentials {
        account: account_from_row(row)?,
        password_hash,
        totp_secret: totp_secret.map(TotpSecret::from_bytes),
        disabled: disabled_at.is_some(),
        password_change_required,
    })
}

/// A stored token hash read back (32 bytes).
fn token_hash_from_column(column: &[u8]) -> Result<TokenHash, StoreError> {
    <[u8; 32]>::try_from(column)
        .map(TokenHash)
        .map_err(|_| StoreError::Corrupt("token_hash"))
}

/// Stored form of languages: codes joined by commas, most preferred first.
fn languages_to_column(languages: &Languages) -> String {
    languages
        .as_slice()
        .iter()
        .map(|l| l.code())
        .collect::<Vec<_>>()
        .join(",")
}

/// The languages of a stored account. A code this version does not know (one taken out
/// later) is left out rather than failing every request of that account; a list with no
/// language left was never valid and is an error.
fn languages_from_column(column: &str) -> Result<Languages, StoreError> {
    let mut list: Vec<Language> = Vec::new();
    for code in column.split(',') {
        match Language::from_code(code) {
            Some(language) if !list.contains(&language) => list.push(language),
            Some(_) => {}
            None => tracing::warn!("a stored language code is unknown; left out"),
        }
    }
    Languages::try_from(list).map_err(|_| StoreError::Corrupt("languages"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_column_round_trips() {
        let languages = Languages::try_from(vec![Language::Ar, Language::De]).unwrap();
        let column = languages_to_column(&languages);
        assert_eq!(column, "ar,de");
        assert_eq!(languages_from_column(&column).unwrap(), languages);
        assert!(languages_from_column("").is_err());
        assert_eq!(languages_from_column("ar,xx,de,ar").unwrap(), languages);
        assert!(languages_from_column("xx").is_err());
    }
}
