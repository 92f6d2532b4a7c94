//! The PostgreSQL store, for sites with many users or several server instances. Same schema and
//! meaning as the SQLite store; its migrations are under `migrations/postgres`.

use super::StoreError;
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
        let store = Self { pool };
        store.backfill_nickname_skeletons().await?;
        Ok(store)
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

super::accounts::impl_account_store!(PostgresStore);
super::staff::impl_staff_store!(PostgresStore);
super::rooms::impl_room_store!(PostgresStore);
super::limits::impl_limit_store!(PostgresStore);
super::forum::impl_forum_store!(PostgresStore);
super::counselling::impl_counselling_store!(PostgresStore);
