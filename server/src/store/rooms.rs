//! Moderation of the places in the store: whom a young person blocked (hidden for them in every
//! place), and reports of someone in a place with their last room chat lines, for the
//! counsellors' moderation queue. Room chat itself is never stored; a report keeps the reported
//! person's last lines because the reporter asked for them to be looked at. The SQL is the same
//! for both backends; [`impl_room_store`] implements [`RoomStore`] for each.

use super::{StoreError, nickname_from_column};
use async_trait::async_trait;
use lernwelt_protocol::presence::{RoomReportView, SayText};
use lernwelt_protocol::{AccountId, Nickname, Place, Timestamp};

/// A report to store.
#[derive(Debug, Clone)]
pub struct NewRoomReport {
    /// Where.
    pub place: Place,
    /// Who reported.
    pub reporter: AccountId,
    /// Who was reported.
    pub reported: AccountId,
    /// The reported person's last lines, oldest first.
    pub lines: Vec<SayText>,
    /// When.
    pub created_at: Timestamp,
}

/// Blocks and reports. Each method is one transaction.
#[async_trait]
pub trait RoomStore: Send + Sync {
    /// `blocker` blocks `blocked` (again: nothing changes); `false` (and nothing stored) if
    /// the blocker has [`lernwelt_protocol::presence::BLOCKS_MAX`] blocked already.
    async fn block(
        &self,
        blocker: AccountId,
        blocked: AccountId,
        now: Timestamp,
    ) -> Result<bool, StoreError>;

    /// `blocker` unblocks the account with this canonical nickname; its id if it was blocked.
    async fn unblock(
        &self,
        blocker: AccountId,
        name_canonical: &str,
    ) -> Result<Option<AccountId>, StoreError>;

    /// Whom `blocker` blocked, by nickname.
    async fn blocked(&self, blocker: AccountId) -> Result<Vec<(AccountId, Nickname)>, StoreError>;

    /// Stores a report; its id.
    async fn add_room_report(&self, report: &NewRoomReport) -> Result<i64, StoreError>;

    /// Reports `reporter` made since `since` (for the rate limit).
    async fn room_reports_since(
        &self,
        reporter: AccountId,
        since: Timestamp,
    ) -> Result<i64, StoreError>;

    /// Open reports, oldest first, at most `limit`.
    async fn open_room_reports(&self, limit: i64) -> Result<Vec<RoomReportView>, StoreError>;

    /// Marks an open report as dealt with by `counsellor`; `false` if there is no open one.
    async fn close_room_report(
        &self,
        id: i64,
        counsellor: AccountId,
        now: Timestamp,
    ) -> Result<bool, StoreError>;
}

pub(super) const COUNT_BLOCKS: &str = "SELECT COUNT(*) FROM blocks WHERE blocker_id = $1";
pub(super) const BLOCK: &str = "INSERT INTO blocks (blocker_id, blocked_id, created_at) \
     VALUES ($1, $2, $3) ON CONFLICT (blocker_id, blocked_id) DO NOTHING";
pub(super) const UNBLOCK: &str = "DELETE FROM blocks WHERE blocker_id = $1 AND blocked_id = \
     (SELECT id FROM accounts WHERE nickname_canonical = $2) RETURNING blocked_id";
pub(super) const BLOCKED: &str = "SELECT a.id, a.nickname FROM blocks b \
     JOIN accounts a ON a.id = b.blocked_id WHERE b.blocker_id = $1 \
     ORDER BY a.nickname_canonical";
pub(super) const ADD_REPORT: &str = "INSERT INTO room_reports \
     (place, reporter_id, reported_id, lines, created_at) VALUES ($1, $2, $3, $4, $5) \
     RETURNING id";
pub(super) const REPORTS_SINCE: &str =
    "SELECT COUNT(*) FROM room_reports WHERE reporter_id = $1 AND created_at >= $2";
pub(super) const OPEN_REPORTS: &str = "SELECT r.id, r.place, a.nickname, r.lines, r.created_at \
     FROM room_reports r JOIN accounts a ON a.id = r.reported_id \
     WHERE r.decided_at IS NULL ORDER BY r.created_at, r.id LIMIT $1";
pub(super) const CLOSE_REPORT: &str = "UPDATE room_reports SET decided_at = $3, decided_by = $2 \
     WHERE id = $1 AND decided_at IS NULL";

/// Columns of [`OPEN_REPORTS`].
pub(super) type ReportRow = (i64, String, String, String, i64);

/// The stored form of a report's lines: a JSON array of strings.
pub(super) fn lines_to_column(lines: &[SayText]) -> String {
    serde_json::to_string(&lines.iter().map(SayText::as_str).collect::<Vec<_>>())
        .unwrap_or_else(|_| "[]".to_owned())
}

/// A report read back. Lines that no longer pass today's rules are left out, and a report of a
/// place this version does not have is skipped (with a warning), rather than failing the whole
/// queue.
pub(super) fn report_from_row(row: ReportRow) -> Option<Result<RoomReportView, StoreError>> {
    let (id, place, name, lines, created_at) = row;
    let Some(place) = Place::from_id(&place) else {
        tracing::warn!(report = id, "a room report names an unknown place; skipped");
        return None;
    };
    let lines: Vec<String> = serde_json::from_str(&lines).unwrap_or_default();
    let name = match nickname_from_column(name) {
        Ok(name) => name,
        Err(e) => return Some(Err(e)),
    };
    Some(Ok(RoomReportView {
        id,
        place,
        name,
        lines: lines
            .into_iter()
            .filter_map(|line| SayText::try_from(line).ok())
            .collect(),
        created_at: Timestamp(created_at),
    }))
}

/// Implements [`RoomStore`] for a store type with a `pool` field and a `write()` method that
/// begins a write transaction.
macro_rules! impl_room_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::RoomStore for $store {
            async fn block(
                &self,
                blocker: lernwelt_protocol::AccountId,
                blocked: lernwelt_protocol::AccountId,
                now: lernwelt_protocol::Timestamp,
            ) -> Result<bool, $crate::store::StoreError> {
                let mut tx = self.write().await?;
                let count: i64 = sqlx::query_scalar($crate::store::rooms::COUNT_BLOCKS)
                    .bind(blocker.0)
                    .fetch_one(&mut *tx)
                    .await?;
                let max = i64::try_from(lernwelt_protocol::presence::BLOCKS_MAX).unwrap_or(0);
                if count >= max {
                    return Ok(false);
                }
                sqlx::query($crate::store::rooms::BLOCK)
                    .bind(blocker.0)
                    .bind(blocked.0)
                    .bind(now.0)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn unblock(
                &self,
                blocker: lernwelt_protocol::AccountId,
                name_canonical: &str,
            ) -> Result<Option<lernwelt_protocol::AccountId>, $crate::store::StoreError> {
                let id: Option<i64> = sqlx::query_scalar($crate::store::rooms::UNBLOCK)
                    .bind(blocker.0)
                    .bind(name_canonical)
                    .fetch_optional(&self.pool)
                    .await?;
                Ok(id.map(lernwelt_protocol::AccountId))
            }

            async fn blocked(
                &self,
                blocker: lernwelt_protocol::AccountId,
            ) -> Result<
                Vec<(lernwelt_protocol::AccountId, lernwelt_protocol::Nickname)>,
                $crate::store::StoreError,
            > {
                let rows: Vec<(i64, String)> = sqlx::query_as($crate::store::rooms::BLOCKED)
                    .bind(blocker.0)
                    .fetch_all(&self.pool)
                    .await?;
                rows.into_iter()
                    .map(|(id, name)| {
                        Ok((
                            lernwelt_protocol::AccountId(id),
                            $crate::store::nickname_from_column(name)?,
                        ))
                    })
                    .collect()
            }

            async fn add_room_report(
                &self,
                report: &$crate::store::NewRoomReport,
            ) -> Result<i64, $crate::store::StoreError> {
                Ok(sqlx::query_scalar($crate::store::rooms::ADD_REPORT)
                    .bind(report.place.id())
                    .bind(report.reporter.0)
                    .bind(report.reported.0)
                    .bind($crate::store::rooms::lines_to_column(&report.lines))
                    .bind(report.created_at.0)
                    .fetch_one(&self.pool)
                    .await?)
            }

            async fn room_reports_since(
                &self,
                reporter: lernwelt_protocol::AccountId,
                since: lernwelt_protocol::Timestamp,
            ) -> Result<i64, $crate::store::StoreError> {
                Ok(sqlx::query_scalar($crate::store::rooms::REPORTS_SINCE)
                    .bind(reporter.0)
                    .bind(since.0)
                    .fetch_one(&self.pool)
                    .await?)
            }

            async fn open_room_reports(
                &self,
                limit: i64,
            ) -> Result<Vec<lernwelt_protocol::presence::RoomReportView>, $crate::store::StoreError>
            {
                let rows: Vec<$crate::store::rooms::ReportRow> =
                    sqlx::query_as($crate::store::rooms::OPEN_REPORTS)
                        .bind(limit)
                        .fetch_all(&self.pool)
                        .await?;
                rows.into_iter()
                    .filter_map($crate::store::rooms::report_from_row)
                    .collect()
            }

            async fn close_room_report(
                &self,
                id: i64,
                counsellor: lernwelt_protocol::AccountId,
                now: lernwelt_protocol::Timestamp,
            ) -> Result<bool, $crate::store::StoreError> {
                let done = sqlx::query($crate::store::rooms::CLOSE_REPORT)
                    .bind(id)
                    .bind(counsellor.0)
                    .bind(now.0)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }
        }
    };
}

pub(super) use impl_room_store;
