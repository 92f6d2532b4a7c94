//! Accounts and sessions in the store. The SQL is the same for both backends;
//! [`impl_account_store`] implements [`Store`](super::Store) for each.

use super::StoreError;
use lernwelt_protocol::Timestamp;

pub(super) const INSERT_ACCOUNT: &str = "INSERT INTO accounts \
     (nickname, nickname_canonical, password_hash, role, age_band, languages, created_at, \
     last_seen_at, nickname_skeleton) VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8) RETURNING id";
/// Accounts made before skeletons were stored, oldest first.
pub(super) const WITHOUT_SKELETON: &str =
    "SELECT id, nickname FROM accounts WHERE nickname_skeleton IS NULL ORDER BY id";
/// Gives account `$1` the skeleton `$2` unless an older account has it.
pub(super) const SET_SKELETON: &str = "UPDATE accounts SET nickname_skeleton = $2 \
     WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM accounts WHERE nickname_skeleton = $2)";
pub(super) const INSERT_SESSION: &str = "INSERT INTO sessions \
     (token_hash, account_id, created_at, expires_at, second_factor, last_used_at) \
     VALUES ($1, $2, $3, $4, $5, $3)";
pub(super) const CREDENTIALS: &str = "SELECT id, nickname, role, age_band, languages, \
     created_at, password_hash, totp_secret, disabled_at, password_change_required \
     FROM accounts WHERE nickname_canonical = $1";

/// The sessions (`s`, joined with their account `a`) that count at the time in parameter
/// `$now` (`$2` unless named): not expired, the account not disabled, and a staff account's
/// only if its login checked the second factor.
macro_rules! valid_session {
    () => {
        valid_session!("$2")
    };
    ($now:literal) => {
        concat!(
            "s.expires_at > ",
            $now,
            " AND a.disabled_at IS NULL AND (a.role = 'youth' OR s.second_factor)"
        )
    };
}

pub(super) const SESSION: &str = concat!(
    "SELECT a.id, a.nickname, a.role, a.age_band, a.languages, a.created_at, \
     a.password_change_required, s.last_used_at \
     FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = $1 AND ",
    valid_session!()
);
pub(super) const SESSIONS_OF: &str = concat!(
    "SELECT s.token_hash, s.created_at, s.last_used_at, s.expires_at \
     FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.account_id = $1 AND ",
    valid_session!(),
    " ORDER BY s.last_used_at DESC, s.created_at DESC LIMIT $3"
);
/// Most sessions asked about in one [`live_sessions_query`].
pub(super) const LIVE_SESSIONS_CHUNK: usize = 500;

/// Of `count` sessions (their hashes `$2`…), those that count at `$1` and whose account may do
/// everything (no admin-made password waiting to be changed): what the live chat keeps open.
pub(super) fn live_sessions_query(count: usize) -> String {
    let hashes: Vec<String> = (2..count + 2).map(|i| format!("${i}")).collect();
    format!(
        concat!(
            "SELECT s.token_hash FROM sessions s JOIN accounts a ON a.id = s.account_id \
             WHERE s.token_hash IN ({}) AND NOT a.password_change_required AND ",
            valid_session!("$1")
        ),
        hashes.join(", ")
    )
}

/// The account of a session (`$1`, its hash) was used at `$2`.
pub(super) const SEEN_BY_SESSION: &str = "UPDATE accounts SET last_seen_at = $2 \
     WHERE id = (SELECT account_id FROM sessions WHERE token_hash = $1) AND last_seen_at < $2";
/// Young people's accounts last used at or before `$1`, at most `$2`.
pub(super) const INACTIVE_YOUTH: &str = "SELECT id FROM accounts \
     WHERE role = 'youth' AND last_seen_at <= $1 ORDER BY id LIMIT $2";
pub(super) const TOUCH_SESSION: &str =
    "UPDATE sessions SET last_used_at = $2 WHERE token_hash = $1 AND last_used_at < $2";
pub(super) const DELETE_SESSION: &str = "DELETE FROM sessions WHERE token_hash = $1";
pub(super) const SET_PASSWORD: &str = "UPDATE accounts SET password_hash = $2, \
     password_change_required = FALSE WHERE id = $1";
pub(super) const DELETE_OTHER_SESSIONS: &str = "DELETE FROM sessions \
     WHERE account_id = $1 AND token_hash <> $2 RETURNING token_hash";
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
    bool,
);

/// Columns of [`SESSION`].
pub(super) type SessionRow = (i64, String, String, String, String, i64, bool, i64);

/// Columns of [`SESSIONS_OF`].
pub(super) type SessionSummaryRow = (Vec<u8>, i64, i64, i64);

pub(super) fn session_from_row(row: SessionRow) -> Result<super::SessionRecord, StoreError> {
    let (id, nickname, role, age_band, languages, created_at, change_required, last_used_at) = row;
    Ok(super::SessionRecord {
        account: super::account_from_row((id, nickname, role, age_band, languages, created_at))?,
        password_change_required: change_required,
        last_used_at: Timestamp(last_used_at),
    })
}

pub(super) fn session_summary_from_row(
    row: SessionSummaryRow,
) -> Result<super::SessionSummary, StoreError> {
    let (token_hash, created_at, last_used_at, expires_at) = row;
    Ok(super::SessionSummary {
        token_hash: super::token_hash_from_column(&token_hash)?,
        created_at: Timestamp(created_at),
        last_used_at: Timestamp(last_used_at),
        expires_at: Timestamp(expires_at),
    })
}

/// Implements [`Store`](super::Store) for a store type with a `pool` field and a `write()`
/// method that begins a write transaction.
macro_rules! impl_account_store {
    ($store:ty) => {
        impl $store {
            /// Gives the accounts made before skeletons were stored theirs; run at start. How
            /// many got one (an account that looks like an older one keeps none).
            async fn backfill_nickname_skeletons(&self) -> Result<u64, $crate::store::StoreError> {
                let rows: Vec<(i64, String)> =
                    sqlx::query_as($crate::store::accounts::WITHOUT_SKELETON)
                        .fetch_all(&self.pool)
                        .await?;
                let mut given = 0;
                for (id, nickname) in rows {
                    let Ok(nickname) = lernwelt_protocol::Nickname::try_from(nickname) else {
                        continue;
                    };
                    given += sqlx::query($crate::store::accounts::SET_SKELETON)
                        .bind(id)
                        .bind($crate::nicknames::skeleton(&nickname))
                        .execute(&self.pool)
                        .await?
                        .rows_affected();
                }
                Ok(given)
            }
        }

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
                    .bind($crate::nicknames::skeleton(&account.nickname))
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
                        change_required,
                    )| {
                        $crate::store::credentials_from_row(
                            (id, nickname, role, age_band, languages, created_at),
                            (hash, secret, disabled_at, change_required),
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
                let mut tx = self.write().await?;
                sqlx::query($crate::store::accounts::INSERT_SESSION)
                    .bind(session.token_hash.0.as_slice())
                    .bind(account.0)
                    .bind(session.created_at.0)
                    .bind(session.expires_at.0)
                    .bind(session.second_factor)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query($crate::store::accounts::SEEN_BY_SESSION)
                    .bind(session.token_hash.0.as_slice())
                    .bind(session.created_at.0)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn session(
                &self,
                token_hash: &$crate::store::TokenHash,
                now: lernwelt_protocol::Timestamp,
            ) -> Result<Option<$crate::store::SessionRecord>, $crate::store::StoreError> {
                let row: Option<$crate::store::accounts::SessionRow> =
                    sqlx::query_as($crate::store::accounts::SESSION)
                        .bind(token_hash.0.as_slice())
                        .bind(now.0)
                        .fetch_optional(&self.pool)
                        .await?;
                row.map($crate::store::accounts::session_from_row)
                    .transpose()
            }

            async fn touch_session(
                &self,
                token_hash: &$crate::store::TokenHash,
                now: lernwelt_protocol::Timestamp,
            ) -> Result<(), $crate::store::StoreError> {
                for statement in [
                    $crate::store::accounts::TOUCH_SESSION,
                    $crate::store::accounts::SEEN_BY_SESSION,
                ] {
                    sqlx::query(statement)
                        .bind(token_hash.0.as_slice())
                        .bind(now.0)
                        .execute(&self.pool)
                        .await?;
                }
                Ok(())
            }

            async fn live_sessions(
                &self,
                hashes: &[$crate::store::TokenHash],
                now: lernwelt_protocol::Timestamp,
            ) -> Result<Vec<$crate::store::TokenHash>, $crate::store::StoreError> {
                let mut live = Vec::with_capacity(hashes.len());
                for chunk in hashes.chunks($crate::store::accounts::LIVE_SESSIONS_CHUNK) {
                    // Made of fixed text and numbered placeholders only; every value is bound.
                    let sql = sqlx::AssertSqlSafe($crate::store::accounts::live_sessions_query(
                        chunk.len(),
                    ));
                    let mut query = sqlx::query_scalar::<_, Vec<u8>>(sql).bind(now.0);
                    for hash in chunk {
                        query = query.bind(hash.0.as_slice());
                    }
                    for column in query.fetch_all(&self.pool).await? {
                        live.push($crate::store::token_hash_from_column(&column)?);
                    }
                }
                Ok(live)
            }

            async fn sessions_of(
                &self,
                account: lernwelt_protocol::AccountId,
                now: lernwelt_protocol::Timestamp,
                limit: i64,
            ) -> Result<Vec<$crate::store::SessionSummary>, $crate::store::StoreError> {
                let rows: Vec<$crate::store::accounts::SessionSummaryRow> =
                    sqlx::query_as($crate::store::accounts::SESSIONS_OF)
                        .bind(account.0)
                        .bind(now.0)
                        .bind(limit)
                        .fetch_all(&self.pool)
                        .await?;
                rows.into_iter()
                    .map($crate::store::accounts::session_summary_from_row)
                    .collect()
            }

            async fn delete_sessions_of(
                &self,
                account: lernwelt_protocol::AccountId,
            ) -> Result<u64, $crate::store::StoreError> {
                let done = sqlx::query($crate::store::accounts::DELETE_SESSIONS_OF_ACCOUNT)
                    .bind(account.0)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected())
            }

            async fn change_password(
                &self,
                account: lernwelt_protocol::AccountId,
                password_hash: &str,
                keep: &$crate::store::TokenHash,
            ) -> Result<Vec<$crate::store::TokenHash>, $crate::store::StoreError> {
                let mut tx = self.write().await?;
                sqlx::query($crate::store::accounts::SET_PASSWORD)
                    .bind(account.0)
                    .bind(password_hash)
                    .execute(&mut *tx)
                    .await?;
                let ended: Vec<Vec<u8>> =
                    sqlx::query_scalar($crate::store::accounts::DELETE_OTHER_SESSIONS)
                        .bind(account.0)
                        .bind(keep.0.as_slice())
                        .fetch_all(&mut *tx)
                        .await?;
                tx.commit().await?;
                ended
                    .iter()
                    .map(|hash| $crate::store::token_hash_from_column(hash))
                    .collect()
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
                    .chain($crate::store::limits::DELETE_LIMITS_OF_ACCOUNT)
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

            async fn inactive_youth(
                &self,
                before: lernwelt_protocol::Timestamp,
                limit: i64,
            ) -> Result<Vec<lernwelt_protocol::AccountId>, $crate::store::StoreError> {
                let ids: Vec<i64> = sqlx::query_scalar($crate::store::accounts::INACTIVE_YOUTH)
                    .bind(before.0)
                    .bind(limit)
                    .fetch_all(&self.pool)
                    .await?;
                Ok(ids.into_iter().map(lernwelt_protocol::AccountId).collect())
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
