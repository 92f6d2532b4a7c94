//! Staff accounts in the store: counsellors made by the admin command with a TOTP secret,
//! listed, disabled and given a new secret; the TOTP replay guard; a counsellor's absence
//! notice. The SQL is the same for both backends; [`impl_staff_store`] implements
//! [`StaffStore`] for each.

use super::{StoreError, languages_from_column, nickname_from_column};
use crate::totp::TotpSecret;
use async_trait::async_trait;
use lernwelt_protocol::{
    AbsenceNotice, AbsenceText, AccountId, AccountView, Languages, Nickname, Timestamp,
};

/// A counsellor account to store.
#[derive(Debug, Clone)]
pub struct NewCounsellor {
    /// The name colleagues and young people see; unique like a nickname.
    pub name: Nickname,
    /// Argon2id PHC string of the one-time password.
    pub password_hash: String,
    /// The languages the counsellor counsels in.
    pub languages: Languages,
    /// The TOTP secret.
    pub totp_secret: TotpSecret,
    /// Creation time.
    pub created_at: Timestamp,
    /// The password is a one-time password the counsellor must change at the first login.
    pub password_change_required: bool,
}

/// A counsellor as `counsellor list` shows it.
#[derive(Debug, Clone)]
pub struct CounsellorSummary {
    /// The account id.
    pub id: AccountId,
    /// The name.
    pub name: Nickname,
    /// Counselling languages.
    pub languages: Languages,
    /// When the account was made.
    pub created_at: Timestamp,
    /// When it was disabled.
    pub disabled_at: Option<Timestamp>,
    /// Accepted enquiries the counsellor has.
    pub open_enquiries: i64,
}

/// An active counsellor an enquiry can be handed over to.
#[derive(Debug, Clone)]
pub struct Colleague {
    /// The account id.
    pub id: AccountId,
    /// Counselling languages.
    pub languages: Languages,
}

/// What an admin renews for a counsellor who lost it.
#[derive(Debug, Clone, Copy)]
pub enum CounsellorReset<'a> {
    /// A new TOTP secret: the old authenticator stops working, every code may be used once
    /// more from now on.
    Totp(&'a TotpSecret),
    /// A new one-time password (its hash), to be changed at the next login.
    Password(&'a str),
}

/// Staff accounts. Each method is one transaction.
#[async_trait]
pub trait StaffStore: Send + Sync {
    /// Stores a new counsellor; [`StoreError::NicknameTaken`] if any account has the name.
    async fn create_counsellor(
        &self,
        counsellor: &NewCounsellor,
    ) -> Result<AccountView, StoreError>;

    /// Every counsellor, by name.
    async fn counsellors(&self) -> Result<Vec<CounsellorSummary>, StoreError>;

    /// Disables the counsellor with this canonical name at `now` (kept if already disabled),
    /// deletes the account's sessions and returns its accepted enquiries to the shared inbox.
    /// `None` if there is no such counsellor, otherwise how many enquiries went back.
    async fn disable_counsellor(
        &self,
        name_canonical: &str,
        now: Timestamp,
    ) -> Result<Option<u64>, StoreError>;

    /// The active (not disabled) counsellor with this canonical name.
    async fn active_counsellor(
        &self,
        name_canonical: &str,
    ) -> Result<Option<Colleague>, StoreError>;

    /// Gives the counsellor with this canonical name a new TOTP secret or a new one-time
    /// password, and deletes the account's sessions. The account's id and name as registered;
    /// `None` if there is no such counsellor.
    async fn reset_counsellor(
        &self,
        name_canonical: &str,
        reset: CounsellorReset<'_>,
    ) -> Result<Option<(AccountId, Nickname)>, StoreError>;

    /// Records that the TOTP code of `step` was used; `false` if this or a later step was used
    /// before (a replayed code). Race-safe: of two logins with one code, one gets `true`.
    async fn use_totp_step(&self, account: AccountId, step: i64) -> Result<bool, StoreError>;

    /// Sets (or with `None` clears) a counsellor's absence notice.
    async fn set_absence(
        &self,
        account: AccountId,
        absence: Option<&AbsenceNotice>,
    ) -> Result<(), StoreError>;

    /// The stored absence notice (possibly over already).
    async fn absence(&self, account: AccountId) -> Result<Option<AbsenceNotice>, StoreError>;
}

pub(super) const INSERT_COUNSELLOR: &str = "INSERT INTO accounts \
     (nickname, nickname_canonical, password_hash, role, age_band, languages, created_at, \
     totp_secret, password_change_required, nickname_skeleton) \
     VALUES ($1, $2, $3, 'counsellor', '', $4, $5, $6, $7, $8) RETURNING id";
pub(super) const COUNSELLORS: &str = "SELECT a.id, a.nickname, a.languages, a.created_at, \
     a.disabled_at, (SELECT COUNT(*) FROM enquiries e WHERE e.counsellor_id = a.id \
     AND e.status = 'accepted') FROM accounts a WHERE a.role = 'counsellor' \
     ORDER BY a.nickname_canonical";
pub(super) const DISABLE: &str = "UPDATE accounts SET disabled_at = COALESCE(disabled_at, $2) \
     WHERE nickname_canonical = $1 AND role = 'counsellor' RETURNING id";
pub(super) const DELETE_SESSIONS: &str = "DELETE FROM sessions WHERE account_id = $1";
pub(super) const RELEASE_ENQUIRIES: &str = "UPDATE enquiries SET counsellor_id = NULL, \
     status = 'new', accepted_at = NULL, counsellor_read_up_to = 0 \
     WHERE counsellor_id = $1 AND status = 'accepted'";
pub(super) const ACTIVE_COUNSELLOR: &str = "SELECT id, languages FROM accounts \
     WHERE nickname_canonical = $1 AND role = 'counsellor' AND disabled_at IS NULL";
pub(super) const RESET_PASSWORD: &str = "UPDATE accounts SET password_hash = $2, \
     password_change_required = TRUE WHERE nickname_canonical = $1 AND role = 'counsellor' \
     RETURNING id, nickname";
pub(super) const RESET_TOTP: &str = "UPDATE accounts SET totp_secret = $2, \
     totp_last_step = NULL WHERE nickname_canonical = $1 AND role = 'counsellor' \
     RETURNING id, nickname";
pub(super) const USE_TOTP_STEP: &str = "UPDATE accounts SET totp_last_step = $2 \
     WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)";
pub(super) const SET_ABSENCE: &str =
    "UPDATE accounts SET absence_text = $2, absence_until = $3 WHERE id = $1";
pub(super) const ABSENCE: &str = "SELECT absence_text, absence_until FROM accounts WHERE id = $1";

/// Columns of [`COUNSELLORS`].
pub(super) type CounsellorRow = (i64, String, String, i64, Option<i64>, i64);

pub(super) fn counsellor_from_row(row: CounsellorRow) -> Result<CounsellorSummary, StoreError> {
    let (id, name, languages, created_at, disabled_at, open_enquiries) = row;
    Ok(CounsellorSummary {
        id: AccountId(id),
        name: nickname_from_column(name)?,
        languages: languages_from_column(&languages)?,
        created_at: Timestamp(created_at),
        disabled_at: disabled_at.map(Timestamp),
        open_enquiries,
    })
}

/// An absence notice from its two columns (both set or neither).
pub(super) fn absence_from_columns(
    text: Option<String>,
    until: Option<i64>,
) -> Option<AbsenceNotice> {
    match (text, until) {
        (Some(text), Some(until)) => Some(AbsenceNotice {
            text: AbsenceText::from_stored(text),
            until: Timestamp(until),
        }),
        _ => None,
    }
}

/// Implements [`StaffStore`] for a store type with a `pool` field and a `write()` method that
/// begins a write transaction.
macro_rules! impl_staff_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::StaffStore for $store {
            async fn create_counsellor(
                &self,
                counsellor: &$crate::store::NewCounsellor,
            ) -> Result<lernwelt_protocol::AccountView, $crate::store::StoreError> {
                let id: i64 = sqlx::query_scalar($crate::store::staff::INSERT_COUNSELLOR)
                    .bind(counsellor.name.as_str())
                    .bind(counsellor.name.canonical())
                    .bind(counsellor.password_hash.as_str())
                    .bind($crate::store::languages_to_column(&counsellor.languages))
                    .bind(counsellor.created_at.0)
                    .bind(counsellor.totp_secret.as_bytes())
                    .bind(counsellor.password_change_required)
                    .bind($crate::nicknames::skeleton(&counsellor.name))
                    .fetch_one(&self.pool)
                    .await
                    .map_err($crate::store::map_insert_error)?;
                Ok(lernwelt_protocol::AccountView {
                    id: lernwelt_protocol::AccountId(id),
                    nickname: counsellor.name.clone(),
                    role: lernwelt_protocol::Role::Counsellor,
                    age_band: None,
                    languages: counsellor.languages.clone(),
                    created_at: counsellor.created_at,
                })
            }

            async fn counsellors(
                &self,
            ) -> Result<Vec<$crate::store::CounsellorSummary>, $crate::store::StoreError> {
                let rows: Vec<$crate::store::staff::CounsellorRow> =
                    sqlx::query_as($crate::store::staff::COUNSELLORS)
                        .fetch_all(&self.pool)
                        .await?;
                rows.into_iter()
                    .map($crate::store::staff::counsellor_from_row)
                    .collect()
            }

            async fn disable_counsellor(
                &self,
                name_canonical: &str,
                now: lernwelt_protocol::Timestamp,
            ) -> Result<Option<u64>, $crate::store::StoreError> {
                let mut tx = self.write().await?;
                let id: Option<i64> = sqlx::query_scalar($crate::store::staff::DISABLE)
                    .bind(name_canonical)
                    .bind(now.0)
                    .fetch_optional(&mut *tx)
                    .await?;
                let Some(id) = id else {
                    tx.rollback().await?;
                    return Ok(None);
                };
                sqlx::query($crate::store::staff::DELETE_SESSIONS)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                let released = sqlx::query($crate::store::staff::RELEASE_ENQUIRIES)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                tx.commit().await?;
                Ok(Some(released))
            }

            async fn active_counsellor(
                &self,
                name_canonical: &str,
            ) -> Result<Option<$crate::store::Colleague>, $crate::store::StoreError> {
                let row: Option<(i64, String)> =
                    sqlx::query_as($crate::store::staff::ACTIVE_COUNSELLOR)
                        .bind(name_canonical)
                        .fetch_optional(&self.pool)
                        .await?;
                row.map(|(id, languages)| {
                    Ok($crate::store::Colleague {
                        id: lernwelt_protocol::AccountId(id),
                        languages: $crate::store::languages_from_column(&languages)?,
                    })
                })
                .transpose()
            }

            async fn reset_counsellor(
                &self,
                name_canonical: &str,
                reset: $crate::store::CounsellorReset<'_>,
            ) -> Result<
                Option<(lernwelt_protocol::AccountId, lernwelt_protocol::Nickname)>,
                $crate::store::StoreError,
            > {
                let mut tx = self.write().await?;
                use $crate::store::CounsellorReset;
                let sql = match reset {
                    CounsellorReset::Totp(_) => $crate::store::staff::RESET_TOTP,
                    CounsellorReset::Password(_) => $crate::store::staff::RESET_PASSWORD,
                };
                let query = sqlx::query_as(sql).bind(name_canonical);
                let query = match reset {
                    CounsellorReset::Totp(secret) => query.bind(secret.as_bytes()),
                    CounsellorReset::Password(hash) => query.bind(hash),
                };
                let row: Option<(i64, String)> = query.fetch_optional(&mut *tx).await?;
                let Some((id, name)) = row else {
                    tx.rollback().await?;
                    return Ok(None);
                };
                sqlx::query($crate::store::staff::DELETE_SESSIONS)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                let name = $crate::store::nickname_from_column(name)?;
                Ok(Some((lernwelt_protocol::AccountId(id), name)))
            }

            async fn use_totp_step(
                &self,
                account: lernwelt_protocol::AccountId,
                step: i64,
            ) -> Result<bool, $crate::store::StoreError> {
                let done = sqlx::query($crate::store::staff::USE_TOTP_STEP)
                    .bind(account.0)
                    .bind(step)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn set_absence(
                &self,
                account: lernwelt_protocol::AccountId,
                absence: Option<&lernwelt_protocol::AbsenceNotice>,
            ) -> Result<(), $crate::store::StoreError> {
                sqlx::query($crate::store::staff::SET_ABSENCE)
                    .bind(account.0)
                    .bind(absence.map(|a| a.text.as_str()))
                    .bind(absence.map(|a| a.until.0))
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn absence(
                &self,
                account: lernwelt_protocol::AccountId,
            ) -> Result<Option<lernwelt_protocol::AbsenceNotice>, $crate::store::StoreError> {
                let row: Option<(Option<String>, Option<i64>)> =
                    sqlx::query_as($crate::store::staff::ABSENCE)
                        .bind(account.0)
                        .fetch_optional(&self.pool)
                        .await?;
                Ok(row.and_then(|(text, until)| {
                    $crate::store::staff::absence_from_columns(text, until)
                }))
            }
        }
    };
}

pub(super) use impl_staff_store;
