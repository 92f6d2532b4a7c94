//! The SQLite store: one file in the data directory, zero setup. WAL journal with
//! `synchronous = NORMAL`, which keeps every committed transaction across a process crash.

use super::{
    AccountRow, Credentials, NewAccount, NewSession, RowCounts, Store, StoreError, TokenHash,
    account_from_row, credentials_from_row, languages_to_column, map_insert_error,
};
use async_trait::async_trait;
use lernwelt_protocol::{AccountId, AccountView, Timestamp};
use sqlx::migrate::Migrator;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Sqlite, SqlitePool, Transaction};
use std::path::Path;
use std::time::Duration;

static MIGRATOR: Migrator = sqlx::migrate!("migrations/sqlite");

/// Connections in the pool; SQLite runs one writer at a time, readers run beside it in WAL mode.
const MAX_CONNECTIONS: u32 = 4;

/// A [`Store`] in one SQLite file.
#[derive(Debug, Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
}

impl SqliteStore {
    /// Opens (creating if missing) the database file at `path` and runs the migrations.
    pub async fn open(path: &Path) -> Result<Self, StoreError> {
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5));
        let pool = SqlitePoolOptions::new()
            .max_connections(MAX_CONNECTIONS)
            .connect_with(options)
            .await?;
        MIGRATOR.run(&pool).await?;
        Ok(Self { pool })
    }

    /// A write transaction that takes the write lock at once, so two writers wait for each
    /// other (busy timeout) instead of failing when one upgrades a read lock.
    async fn write(&self) -> Result<Transaction<'static, Sqlite>, StoreError> {
        Ok(self.pool.begin_with("BEGIN IMMEDIATE").await?)
    }

    /// Closes every connection (waits for running queries).
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

#[async_trait]
impl Store for SqliteStore {
    async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    async fn create_account(
        &self,
        account: &NewAccount,
        session: &NewSession,
    ) -> Result<AccountView, StoreError> {
        let mut tx = self.write().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO accounts \
             (nickname, nickname_canonical, password_hash, role, age_band, languages, created_at) \
             VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(account.nickname.as_str())
        .bind(account.nickname.canonical())
        .bind(account.password_hash.as_str())
        .bind(account.role.code())
        .bind(account.age_band.code())
        .bind(languages_to_column(&account.languages))
        .bind(account.created_at.0)
        .fetch_one(&mut *tx)
        .await
        .map_err(map_insert_error)?;
        sqlx::query(
            "INSERT INTO sessions (token_hash, account_id, created_at, expires_at) \
             VALUES (?, ?, ?, ?)",
        )
        .bind(session.token_hash.0.as_slice())
        .bind(id)
        .bind(session.created_at.0)
        .bind(session.expires_at.0)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(AccountView {
            id: AccountId(id),
            nickname: account.nickname.clone(),
            role: account.role,
            age_band: Some(account.age_band),
            languages: account.languages.clone(),
            created_at: account.created_at,
        })
    }

    async fn credentials(
        &self,
        nickname_canonical: &str,
    ) -> Result<Option<Credentials>, StoreError> {
        let row: Option<(
            i64,
            String,
            String,
            String,
            String,
            i64,
            String,
            Option<Vec<u8>>,
            Option<i64>,
        )> = sqlx::query_as(
            "SELECT id, nickname, role, age_band, languages, created_at, password_hash, \
                 totp_secret, disabled_at FROM accounts WHERE nickname_canonical = ?",
        )
        .bind(nickname_canonical)
        .fetch_optional(&self.pool)
        .await?;
        row.map(
            |(id, nickname, role, age_band, languages, created_at, hash, secret, disabled_at)| {
                credentials_from_row(
                    (id, nickname, role, age_band, languages, created_at),
                    (hash, secret, disabled_at),
                )
            },
        )
        .transpose()
    }

    async fn create_session(
        &self,
        account: AccountId,
        session: &NewSession,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO sessions (token_hash, account_id, created_at, expires_at) \
             VALUES (?, ?, ?, ?)",
        )
        .bind(session.token_hash.0.as_slice())
        .bind(account.0)
        .bind(session.created_at.0)
        .bind(session.expires_at.0)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn session_account(
        &self,
        token_hash: &TokenHash,
        now: Timestamp,
    ) -> Result<Option<AccountView>, StoreError> {
        let row: Option<AccountRow> = sqlx::query_as(
            "SELECT a.id, a.nickname, a.role, a.age_band, a.languages, a.created_at \
             FROM sessions s JOIN accounts a ON a.id = s.account_id \
             WHERE s.token_hash = ? AND s.expires_at > ? AND a.disabled_at IS NULL",
        )
        .bind(token_hash.0.as_slice())
        .bind(now.0)
        .fetch_optional(&self.pool)
        .await?;
        row.map(account_from_row).transpose()
    }

    async fn delete_session(&self, token_hash: &TokenHash) -> Result<bool, StoreError> {
        let done = sqlx::query("DELETE FROM sessions WHERE token_hash = ?")
            .bind(token_hash.0.as_slice())
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    async fn delete_account(&self, account: AccountId) -> Result<bool, StoreError> {
        let mut tx = self.write().await?;
        // Explicit as well as by the foreign key's cascade, so the rule does not hang on a pragma.
        for statement in super::counselling::DELETE_ENQUIRIES_OF_YOUTH
            .into_iter()
            .chain(super::forum::DETACH_FORUM_OF_ACCOUNT)
        {
            sqlx::query(statement)
                .bind(account.0)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query("DELETE FROM sessions WHERE account_id = ?")
            .bind(account.0)
            .execute(&mut *tx)
            .await?;
        let done = sqlx::query("DELETE FROM accounts WHERE id = ?")
            .bind(account.0)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(done.rows_affected() > 0)
    }

    async fn delete_expired_sessions(&self, now: Timestamp) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM sessions WHERE expires_at <= ?")
            .bind(now.0)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }

    async fn counts(&self) -> Result<RowCounts, StoreError> {
        let row: super::CountsRow = sqlx::query_as(super::COUNT_ROWS)
            .fetch_one(&self.pool)
            .await?;
        Ok(super::counts_from_row(row))
    }
}

super::staff::impl_staff_store!(SqliteStore);
super::forum::impl_forum_store!(SqliteStore);
super::counselling::impl_counselling_store!(SqliteStore);
