//! The PostgreSQL store, for sites with many users or several server instances. Same schema and
//! meaning as the SQLite store; its migrations are under `migrations/postgres`.

use super::{
    AccountRow, Credentials, NewAccount, NewSession, RowCounts, Store, StoreError, TokenHash,
    account_from_row, credentials_from_row, languages_to_column, map_insert_error,
};
use async_trait::async_trait;
use lernwelt_protocol::{AccountId, AccountView, Timestamp};
use sqlx::migrate::Migrator;
use sqlx::postgres::PgPoolOptions;
use sqlx::{PgPool, Postgres, Transaction};
use std::time::Duration;

static MIGRATOR: Migrator = sqlx::migrate!("migrations/postgres");

/// Connections in the pool.
const MAX_CONNECTIONS: u32 = 10;

/// A [`Store`] in a PostgreSQL database.
#[derive(Debug, Clone)]
pub struct PostgresStore {
    pool: PgPool,
}

impl PostgresStore {
    /// Connects to `url` (`postgres://user@host/db`) and runs the migrations.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        let pool = PgPoolOptions::new()
            .max_connections(MAX_CONNECTIONS)
            .acquire_timeout(Duration::from_secs(5))
            .connect(url)
            .await?;
        MIGRATOR.run(&pool).await?;
        Ok(Self { pool })
    }

    /// A transaction; writers that must not interleave lock the rows they change first.
    async fn write(&self) -> Result<Transaction<'static, Postgres>, StoreError> {
        Ok(self.pool.begin().await?)
    }

    /// Closes every connection (waits for running queries).
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

#[async_trait]
impl Store for PostgresStore {
    async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    async fn create_account(
        &self,
        account: &NewAccount,
        session: &NewSession,
    ) -> Result<AccountView, StoreError> {
        let mut tx = self.pool.begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO accounts \
             (nickname, nickname_canonical, password_hash, role, age_band, languages, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
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
             VALUES ($1, $2, $3, $4)",
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
                 totp_secret, disabled_at FROM accounts WHERE nickname_canonical = $1",
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
             VALUES ($1, $2, $3, $4)",
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
             WHERE s.token_hash = $1 AND s.expires_at > $2 AND a.disabled_at IS NULL",
        )
        .bind(token_hash.0.as_slice())
        .bind(now.0)
        .fetch_optional(&self.pool)
        .await?;
        row.map(account_from_row).transpose()
    }

    async fn delete_session(&self, token_hash: &TokenHash) -> Result<bool, StoreError> {
        let done = sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash.0.as_slice())
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    async fn delete_account(&self, account: AccountId) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        // Explicit as well as by the foreign key's cascade: the rule is visible here.
        for statement in super::counselling::DELETE_ENQUIRIES_OF_YOUTH
            .into_iter()
            .chain(super::forum::DETACH_FORUM_OF_ACCOUNT)
        {
            sqlx::query(statement)
                .bind(account.0)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query("DELETE FROM sessions WHERE account_id = $1")
            .bind(account.0)
            .execute(&mut *tx)
            .await?;
        let done = sqlx::query("DELETE FROM accounts WHERE id = $1")
            .bind(account.0)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(done.rows_affected() > 0)
    }

    async fn delete_expired_sessions(&self, now: Timestamp) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
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

super::staff::impl_staff_store!(PostgresStore);
super::forum::impl_forum_store!(PostgresStore);
super::counselling::impl_counselling_store!(PostgresStore);
