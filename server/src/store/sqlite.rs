//! The SQLite store: one file in the data directory, zero setup. WAL journal with
//! `synchronous = FULL`, which keeps every acknowledged transaction across a power cut.

use super::StoreError;
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
    /// For the shared limits only ([`super::LimitStore`]): one connection with
    /// `synchronous = NORMAL`, whose commits do not wait for the disk. A power cut may forget
    /// the last counting, which costs nothing, while a commit that waits would double the disk
    /// waits of every message.
    limits: SqlitePool,
}

impl SqliteStore {
    /// Opens (creating if missing) the database file at `path` and runs the migrations.
    pub async fn open(path: &Path) -> Result<Self, StoreError> {
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // FULL: a message the server has acknowledged survives a power cut, not only a
            // crash of the process (NORMAL in WAL mode may lose the last commits then).
            .synchronous(SqliteSynchronous::Full)
            // Deleted texts and phone numbers are overwritten with zeros, not left readable in
            // free pages of the file.
            .pragma("secure_delete", "ON")
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5));
        let pool = SqlitePoolOptions::new()
            .max_connections(MAX_CONNECTIONS)
            .connect_with(options.clone())
            .await?;
        MIGRATOR.run(&pool).await?;
        let limits = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(options.synchronous(SqliteSynchronous::Normal))
            .await?;
        let store = Self { pool, limits };
        store.backfill_nickname_skeletons().await?;
        Ok(store)
    }

    /// A write transaction that takes the write lock at once, so two writers wait for each
    /// other (busy timeout) instead of failing when one upgrades a read lock.
    async fn write(&self) -> Result<Transaction<'static, Sqlite>, StoreError> {
        Ok(self.pool.begin_with("BEGIN IMMEDIATE").await?)
    }

    /// Closes every connection (waits for running queries).
    pub async fn close(&self) {
        self.limits.close().await;
        self.pool.close().await;
    }
}

super::accounts::impl_account_store!(SqliteStore);
super::staff::impl_staff_store!(SqliteStore);
super::rooms::impl_room_store!(SqliteStore);
super::limits::impl_limit_store!(SqliteStore);
super::forum::impl_forum_store!(SqliteStore);
super::counselling::impl_counselling_store!(SqliteStore);
