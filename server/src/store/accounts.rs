//! Accounts and sessions in the store. The SQL is the same for both backends;
//! [`impl_account_store`] implements [`Store`](super::Store) for each.

pub(super) const INSERT_ACCOUNT: &str = "INSERT INTO accounts \
     (nickname, nickname_canonical, password_hash, role, age_band, languages, created_at) \
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id";
pub(super) const INSERT_SESSION: &str = "INSERT INTO sessions \
     (token_hash, account_id, created_at, expires_at, second_factor) VALUES ($1, $2, $3, $4, $5)";
pub(super) const CREDENTIALS: &str = "SELECT id, nickname, role, age_band, languages, \
     created_at, password_hash, totp_secret, disabled_at FROM accounts \
     WHERE nickname_canonical = $1";
pub(super) const SESSION_ACCOUNT: &str = "SELECT a.id, a.nickname, a.role, a.age_band, \
     a.languages, a.created_at FROM sessions s JOIN accounts a ON a.id = s.account_id \
     WHERE s.token_hash = $1 AND s.expires_at > $2 AND a.disabled_at IS NULL \
     AND (a.role = 'youth' OR s.second_factor)";
pub(super) const DELETE_SESSION: &str = "DELETE FROM sessions WHERE token_hash = $1";
pub(super) const DELETE_SESSIONS_OF_ACCOUNT: &str = "DELETE FROM sessions WHERE account_id = $1";
pub(super) const DELETE_ACCOUNT: &str = "DELETE FROM accounts WHERE id = $1";
pub(super) const DELETE_EXPIRED_SESSIONS: &str = "DELETE FROM sessions WHERE expires_at <= $1";

/// Columns of [`CREDENTIALS`].
pub(super) type CredentialsRow = (
    i64,
    String,
    String,
    String,
    String,
    i64,
    String,
    Option<Vec<u8>>,
    Option<i64>,
);

/// Implements [`Store`](super::Store) for a store type with a `pool` field and a `write()`
/// method that begins a write transaction.
macro_rules! impl_account_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::Store for $store {
            async fn ping(&self) -> Result<(), $crate::store::StoreError> {
                sqlx::query("SELECT 1").execute(&self.pool).await?;
                Ok(())
            }

            async fn create_account(
                &self,
                account: &$crate::store::NewAccount,
                session: &$crate::store::NewSession,
            ) -> Result<lernwelt_protocol::AccountView, $crate::store::StoreError> {
                let mut tx = self.write().await?;
                let id: i64 = sqlx::query_scalar($crate::store::accounts::INSERT_ACCOUNT)
                    .bind(account.nickname.as_str())
                    .bind(account.nickname.canonical())
                    .bind(account.password_hash.as_str())
                    .bind(account.role.code())
                    .bind(account.age_band.code())
                    .bind($crate::store::languages_to_column(&account.languages))
                    .bind(account.created_at.0)
                    .fetch_one(&mut *tx)
                    .await
                    .map_err($crate::store::map_insert_error)?;
                sqlx::query($crate::store::accounts::INSERT_SESSION)
                    .bind(session.token_hash.0.as_slice())
                    .bind(id)
                    .bind(session.created_at.0)
                    .bind(session.expires_at.0)
                    .bind(session.second_factor)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(lernwelt_protocol::AccountView {
                    id: lernwelt_protocol::AccountId(id),
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
            ) -> Result<Option<$crate::store::Credentials>, $crate::store::StoreError> {
                let row: Option<$crate::store::accounts::CredentialsRow> =
                    sqlx::query_as($crate::store::accounts::CREDENTIALS)
                        .bind(nickname_canonical)
                        .fetch_optional(&self.pool)
                        .await?;
                row.map(
                    |(
                        id,
                        nickname,
                        role,
                        age_band,
                        languages,
                        created_at,
                        hash,
                        secret,
                        disabled_at,
                    )| {
                        $crate::store::credentials_from_row(
                            (id, nickname, role, age_band, languages, created_at),
                            (hash, secret, disabled_at),
                        )
                    },
                )
                .transpose()
            }

            async fn create_session(
                &self,
                account: lernwelt_protocol::AccountId,
                session: &$crate::store::NewSession,
            ) -> Result<(), $crate::store::StoreError> {
                sqlx::query($crate::store::accounts::INSERT_SESSION)
                    .bind(session.token_hash.0.as_slice())
                    .bind(account.0)
                    .bind(session.created_at.0)
                    .bind(session.expires_at.0)
                    .bind(session.second_factor)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn session_account(
                &self,
                token_hash: &$crate::store::TokenHash,
                now: lernwelt_protocol::Timestamp,
            ) -> Result<Option<lernwelt_protocol::AccountView>, $crate::store::StoreError> {
                let row: Option<$crate::store::AccountRow> =
                    sqlx::query_as($crate::store::accounts::SESSION_ACCOUNT)
                        .bind(token_hash.0.as_slice())
                        .bind(now.0)
                        .fetch_optional(&self.pool)
                        .await?;
                row.map($crate::store::account_from_row).transpose()
            }

            async fn delete_session(
                &self,
                token_hash: &$crate::store::TokenHash,
            ) -> Result<bool, $crate::store::StoreError> {
                let done = sqlx::query($crate::store::accounts::DELETE_SESSION)
                    .bind(token_hash.0.as_slice())
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() > 0)
            }

            async fn delete_account(
                &self,
                account: lernwelt_protocol::AccountId,
            ) -> Result<bool, $crate::store::StoreError> {
                let mut tx = self.write().await?;
                // Explicit as well as by the foreign key's cascade: the rule is visible here
                // and does not hang on a pragma.
                for statement in $crate::store::counselling::DELETE_ENQUIRIES_OF_YOUTH
                    .into_iter()
                    .chain($crate::store::forum::DETACH_FORUM_OF_ACCOUNT)
                {
                    sqlx::query(statement)
                        .bind(account.0)
                        .execute(&mut *tx)
                        .await?;
                }
                sqlx::query($crate::store::accounts::DELETE_SESSIONS_OF_ACCOUNT)
                    .bind(account.0)
                    .execute(&mut *tx)
                    .await?;
                let done = sqlx::query($crate::store::accounts::DELETE_ACCOUNT)
                    .bind(account.0)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(done.rows_affected() > 0)
            }

            async fn delete_expired_sessions(
                &self,
                now: lernwelt_protocol::Timestamp,
            ) -> Result<u64, $crate::store::StoreError> {
                let done = sqlx::query($crate::store::accounts::DELETE_EXPIRED_SESSIONS)
                    .bind(now.0)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected())
            }

            async fn counts(&self) -> Result<$crate::store::RowCounts, $crate::store::StoreError> {
                let row: $crate::store::CountsRow = sqlx::query_as($crate::store::COUNT_ROWS)
                    .fetch_one(&self.pool)
                    .await?;
                Ok($crate::store::counts_from_row(row))
            }
        }
    };
}

pub(super) use impl_account_store;
