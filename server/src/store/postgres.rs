//! The PostgreSQL store, for sites with many users or several server instances. Same schema and
//! meaning as the SQLite store; its migrations are under `migrations/postgres`.

use super::StoreError;
use sqlx::migrate::Migrator;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{PgPool, Postgres, Transaction};
use std::str::FromStr;
use std::time::Duration;

static MIGRATOR: Migrator = sqlx::migrate!("migrations/postgres");

/// Connections in the pool.
const MAX_CONNECTIONS: u32 = 10;
/// Connections in the pool of the shared limits ([`super::LimitStore`]).
const LIMIT_CONNECTIONS: u32 = 4;

/// A [`Store`] in a PostgreSQL database.
#[derive(Debug, Clone)]
pub struct PostgresStore {
    pool: PgPool,
    /// For the shared limits only: its commits do not wait for the disk
    /// (`synchronous_commit = off`). A crash may forget the last fraction of a second of
    /// counting, which costs nothing, while a commit that waits would double the disk waits
    /// of every message.
    limits: PgPool,
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
        let limits = PgPoolOptions::new()
            .max_connections(LIMIT_CONNECTIONS)
            .acquire_timeout(Duration::from_secs(5))
            .connect_with(PgConnectOptions::from_str(url)?.options([("synchronous_commit", "off")]))
            .await?;
        let store = Self { pool, limits };
        store.backfill_nickname_skeletons().await?;
        Ok(store)
    }

    /// A transaction; writers that must not interleave lock the rows they change first.
    async fn write(&self) -> Result<Transaction<'static, Postgres>, StoreError> {
        Ok(self.pool.begin().await?)
    }

    /// Closes every connection (waits for running queries).
    pub async fn close(&self) {
        self.limits.close().await;
        self.pool.close().await;
    }
}

super::accounts::impl_account_store!(PostgresStore);
super::staff::impl_staff_store!(PostgresStore);
super::rooms::impl_room_store!(PostgresStore);
super::limits::impl_limit_store!(PostgresStore);
super::forum::impl_forum_store!(PostgresStore);
super::counselling::impl_counselling_store!(PostgresStore);
