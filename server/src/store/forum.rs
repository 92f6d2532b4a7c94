//! The forum in the store: threads, posts, reactions, flags and moderation. The SQL is the
//! same for both backends; [`impl_forum_store`] implements [`ForumStore`] for each.
//!
//! The flag rule lives in one statement pair: a flag row is unique per post and account (a
//! second flag by the same account stores nothing), and only a newly stored flag bumps the
//! post's count and weight of unreviewed flags, puts it in the moderation queue and hides it
//! (unless a counsellor wrote it) when the weight reaches
//! [`FLAG_WEIGHT_TO_HIDE`](lernwelt_protocol::limits::FLAG_WEIGHT_TO_HIDE), in one `UPDATE` of the
//! post's
//! row (so concurrent flags are counted one after the other). A reply updates the thread's row
//! under the condition that it is not locked before it inserts, so a reply and a lock at once
//! cannot leave a reply in a locked thread.

use super::{StoreError, nickname_from_column};
use async_trait::async_trait;
use lernwelt_protocol::{
    AccountId, Category, Language, MessageText, Nickname, PostId, Reaction, Role, ThreadId,
    ThreadTitle, Timestamp,
};

/// A new thread with its first post.
#[derive(Debug, Clone)]
pub struct NewThread {
    /// Who starts it.
    pub author: AccountId,
    /// Category.
    pub category: Category,
    /// Title.
    pub title: ThreadTitle,
    /// Language tag.
    pub language: Language,
    /// The first post.
    pub text: MessageText,
    /// Time of storing.
    pub now: Timestamp,
}

/// How many threads an author may have started since when.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThreadLimit {
    /// Count threads started after this time.
    pub since: Timestamp,
    /// Refuse when this many were started.
    pub max: i64,
}

/// A stored thread.
#[derive(Debug, Clone)]
pub struct ThreadRecord {
    /// Id.
    pub id: ThreadId,
    /// Category.
    pub category: Category,
    /// Title.
    pub title: ThreadTitle,
    /// Language tag.
    pub language: Language,
    /// Who started it (`None`: deleted user).
    pub author_name: Option<Nickname>,
    /// Their role (`None`: deleted user).
    pub author_role: Option<Role>,
    /// Posts in it.
    pub posts: i64,
    /// Creation time.
    pub created_at: Timestamp,
    /// Time of the newest post.
    pub last_post_at: Timestamp,
    /// No new replies.
    pub locked: bool,
    /// Listed first.
    pub pinned: bool,
    /// Its first post is hidden.
    pub hidden: bool,
}

/// A stored post as seen by one account (its own reactions).
#[derive(Debug, Clone)]
pub struct PostRecord {
    /// Id.
    pub id: PostId,
    /// Its thread.
    pub thread: ThreadId,
    /// The author's account (`None`: deleted).
    pub author: Option<AccountId>,
    /// The author's nickname.
    pub author_name: Option<Nickname>,
    /// The author's role (`None`: deleted).
    pub author_role: Option<Role>,
    /// The text.
    pub text: MessageText,
    /// When it was stored.
    pub created_at: Timestamp,
    /// Hidden by flags or by a counsellor.
    pub hidden: bool,
    /// Unreviewed flags.
    pub flags: i64,
    /// Reactions of each kind, in [`Reaction::ALL`] order.
    pub reactions: [i64; 3],
    /// The viewer's own reactions.
    pub mine: Vec<Reaction>,
}

/// What [`ForumStore::reply`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replied {
    /// Stored the post.
    Stored(PostId),
    /// The thread is locked (or gone): nothing stored.
    Locked,
}

/// Forum storage. Each method is one transaction.
#[async_trait]
pub trait ForumStore: Send + Sync {
    /// The seeded categories in display order.
    async fn categories(&self) -> Result<Vec<Category>, StoreError>;

    /// Stores a thread with its first post; with a `limit`, only if the author started fewer
    /// than `limit.max` threads after `limit.since` (`None`: nothing stored). The check and the
    /// insert are serialised per author, so threads started at once cannot pass it together.
    async fn create_thread(
        &self,
        thread: &NewThread,
        limit: Option<ThreadLimit>,
    ) -> Result<Option<ThreadId>, StoreError>;

    /// One thread.
    async fn thread(&self, id: ThreadId) -> Result<Option<ThreadRecord>, StoreError>;

    /// Threads, pinned first, then newest post first; `limit` after skipping `offset`. Threads
    /// whose first post is hidden only `with_hidden`.
    async fn threads(
        &self,
        category: Option<Category>,
        language: Option<Language>,
        with_hidden: bool,
        offset: i64,
        limit: i64,
    ) -> Result<Vec<ThreadRecord>, StoreError>;

    /// Appends a reply unless the thread is locked.
    async fn reply(
        &self,
        thread: ThreadId,
        author: AccountId,
        text: &MessageText,
        now: Timestamp,
    ) -> Result<Replied, StoreError>;

    /// Posts of a thread in id order, as `viewer` sees them.
    async fn posts(
        &self,
        thread: ThreadId,
        viewer: AccountId,
        offset: i64,
        limit: i64,
    ) -> Result<Vec<PostRecord>, StoreError>;

    /// One post, as `viewer` sees it.
    async fn post(&self, id: PostId, viewer: AccountId) -> Result<Option<PostRecord>, StoreError>;

    /// Toggles `account`'s reaction of `kind`; whether it is now set.
    async fn toggle_reaction(
        &self,
        post: PostId,
        account: AccountId,
        kind: Reaction,
    ) -> Result<bool, StoreError>;

    /// Records `account`'s flag of `weight` (once per account and post) and queues the post;
    /// hides it when the weight of its unreviewed flags reaches `hide_at`, unless its author
    /// is staff. Whether the flag was new.
    async fn flag(
        &self,
        post: PostId,
        account: AccountId,
        weight: i64,
        hide_at: i64,
        now: Timestamp,
    ) -> Result<bool, StoreError>;

    /// Whether `account` has a forum post that is not hidden (a flag of theirs weighs more).
    async fn has_shown_post(&self, account: AccountId) -> Result<bool, StoreError>;

    /// A counsellor's decision: hides a post (`true`) or restores it (`false`); either way its
    /// flags count as reviewed and it leaves the moderation queue. Whether the post exists.
    async fn set_post_hidden(&self, post: PostId, hidden: bool) -> Result<bool, StoreError>;

    /// Locks/unlocks and pins/unpins a thread (`None` leaves it). Whether it exists.
    async fn moderate_thread(
        &self,
        thread: ThreadId,
        locked: Option<bool>,
        pinned: Option<bool>,
    ) -> Result<bool, StoreError>;

    /// Flagged posts no counsellor has decided on yet: hidden ones first, then by the weight
    /// of their flags; `limit` from `offset`.
    async fn moderation_queue(
        &self,
        viewer: AccountId,
        offset: i64,
        limit: i64,
    ) -> Result<Vec<PostRecord>, StoreError>;
}

macro_rules! thread_select {
    () => {
        concat!(
            "SELECT t.id, t.category, t.title, t.language, a.nickname AS author_name, \
             a.role AS author_role, t.post_count, t.created_at, t.last_post_at, t.locked, t.pinned, ",
            first_post_hidden!(),
            " AS hidden FROM forum_threads t LEFT JOIN accounts a ON a.id = t.author_id"
        )
    };
}

/// Whether the first post of thread `t` is hidden (0 or 1).
macro_rules! first_post_hidden {
    () => {
        "COALESCE((SELECT fp.hidden FROM forum_posts fp WHERE fp.thread_id = t.id \
         ORDER BY fp.id LIMIT 1), 0)"
    };
}

/// `$1` is the viewing account.
macro_rules! post_select {
    () => {
        "SELECT p.id, p.thread_id, p.author_id, a.nickname AS author_name, \
         a.role AS author_role, p.body, \
         p.created_at, p.hidden, p.flags, \
         (SELECT COUNT(*) FROM forum_reactions r WHERE r.post_id = p.id \
          AND r.kind = 'thanks') AS thanks, \
         (SELECT COUNT(*) FROM forum_reactions r WHERE r.post_id = p.id \
          AND r.kind = 'helpful') AS helpful, \
         (SELECT COUNT(*) FROM forum_reactions r WHERE r.post_id = p.id \
          AND r.kind = 'same_question') AS same_question, \
         (SELECT COUNT(*) FROM forum_reactions r WHERE r.post_id = p.id \
          AND r.account_id = $1 AND r.kind = 'thanks') AS mine_thanks, \
         (SELECT COUNT(*) FROM forum_reactions r WHERE r.post_id = p.id \
          AND r.account_id = $1 AND r.kind = 'helpful') AS mine_helpful, \
         (SELECT COUNT(*) FROM forum_reactions r WHERE r.post_id = p.id \
          AND r.account_id = $1 AND r.kind = 'same_question') AS mine_same_question \
         FROM forum_posts p LEFT JOIN accounts a ON a.id = p.author_id"
    };
}

pub(super) const CATEGORIES: &str = "SELECT code FROM forum_categories ORDER BY position";
pub(super) const INSERT_THREAD: &str = "INSERT INTO forum_threads \
     (category, title, language, author_id, created_at, last_post_at, post_count) \
     VALUES ($1, $2, $3, $4, $5, $5, 1) RETURNING id";
pub(super) const INSERT_POST: &str = "INSERT INTO forum_posts \
     (thread_id, author_id, body, created_at) VALUES ($1, $2, $3, $4) RETURNING id";
/// Locks the author's account row (PostgreSQL; SQLite write transactions are serialised
/// anyway), so the count of [`STARTED_SINCE`] and the insert after it are one step per author.
pub(crate) const LOCK_AUTHOR: &str = "UPDATE accounts SET created_at = created_at WHERE id = $1";
pub(super) const STARTED_SINCE: &str =
    "SELECT COUNT(*) FROM forum_threads WHERE author_id = $1 AND created_at > $2";
pub(super) const THREAD_BY_ID: &str = concat!(thread_select!(), " WHERE t.id = $1");
/// `$5`: 1 to include threads whose first post is hidden, 0 to leave them out.
pub(super) const THREADS: &str = concat!(
    thread_select!(),
    " WHERE t.category = COALESCE($1, t.category) AND t.language = COALESCE($2, t.language) \
     AND ($5 = 1 OR ",
    first_post_hidden!(),
    " = 0) ORDER BY t.pinned DESC, t.last_post_at DESC, t.id DESC LIMIT $3 OFFSET $4"
);
pub(super) const TOUCH_UNLOCKED: &str = "UPDATE forum_threads SET last_post_at = $2, \
     post_count = post_count + 1 WHERE id = $1 AND locked = 0";
pub(super) const POSTS_OF_THREAD: &str = concat!(
    post_select!(),
    " WHERE p.thread_id = $2 ORDER BY p.id LIMIT $3 OFFSET $4"
);
pub(super) const POST_BY_ID: &str = concat!(post_select!(), " WHERE p.id = $2");
pub(super) const QUEUE: &str = concat!(
    post_select!(),
    " WHERE p.queued = 1 ORDER BY p.hidden DESC, p.flag_weight DESC, p.id LIMIT $2 OFFSET $3"
);
pub(super) const DELETE_REACTION: &str =
    "DELETE FROM forum_reactions WHERE post_id = $1 AND account_id = $2 AND kind = $3";
pub(super) const INSERT_REACTION: &str = "INSERT INTO forum_reactions (post_id, account_id, kind) \
     VALUES ($1, $2, $3) ON CONFLICT DO NOTHING";
pub(super) const INSERT_FLAG: &str = "INSERT INTO forum_flags (post_id, account_id, created_at) \
     VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING post_id";
pub(super) const COUNT_FLAG: &str = "UPDATE forum_posts SET flags = flags + 1, \
     flag_weight = flag_weight + $3, queued = 1, \
     hidden = CASE WHEN flag_weight + $3 >= $2 AND NOT EXISTS (SELECT 1 FROM accounts a \
     WHERE a.id = forum_posts.author_id AND a.role <> 'youth') THEN 1 ELSE hidden END \
     WHERE id = $1";
pub(super) const SHOWN_POSTS_OF: &str = "SELECT COUNT(*) FROM (SELECT 1 FROM forum_posts \
     WHERE author_id = $1 AND hidden = 0 LIMIT 1) AS shown";
pub(super) const HIDE: &str = "UPDATE forum_posts SET hidden = 1, flags = 0, flag_weight = 0, \
     queued = 0 WHERE id = $1";
pub(super) const RESTORE: &str = "UPDATE forum_posts SET hidden = 0, flags = 0, flag_weight = 0, \
     queued = 0 WHERE id = $1";
pub(super) const REVIEW_FLAGS: &str = "UPDATE forum_flags SET reviewed = 1 WHERE post_id = $1";
pub(super) const MODERATE_THREAD: &str = "UPDATE forum_threads SET \
     locked = COALESCE($2, locked), pinned = COALESCE($3, pinned) WHERE id = $1";
/// Run in order with `$1` = the account being deleted: its posts and threads stay, shown as
/// written by "deleted user"; its reactions and flags go (explicit as well as by the foreign
/// keys, so the rule is visible here).
pub(super) const DETACH_FORUM_OF_ACCOUNT: [&str; 4] = [
    "UPDATE forum_posts SET author_id = NULL WHERE author_id = $1",
    "UPDATE forum_threads SET author_id = NULL WHERE author_id = $1",
    "DELETE FROM forum_reactions WHERE account_id = $1",
    "DELETE FROM forum_flags WHERE account_id = $1",
];

/// A row of the thread queries.
#[derive(sqlx::FromRow)]
pub(super) struct ThreadRow {
    id: i64,
    category: String,
    title: String,
    language: String,
    author_name: Option<String>,
    author_role: Option<String>,
    post_count: i64,
    created_at: i64,
    last_post_at: i64,
    locked: i64,
    pinned: i64,
    hidden: i64,
}

/// A row of the post queries.
#[derive(sqlx::FromRow)]
pub(super) struct PostRow {
    id: i64,
    thread_id: i64,
    author_id: Option<i64>,
    author_name: Option<String>,
    author_role: Option<String>,
    body: String,
    created_at: i64,
    hidden: i64,
    flags: i64,
    thanks: i64,
    helpful: i64,
    same_question: i64,
    mine_thanks: i64,
    mine_helpful: i64,
    mine_same_question: i64,
}

/// The role column of a joined account, if there is one.
fn role_from_column(role: Option<String>) -> Result<Option<Role>, StoreError> {
    role.map(|r| Role::from_code(&r).ok_or(StoreError::Corrupt("role")))
        .transpose()
}

pub(super) fn thread_from_row(row: ThreadRow) -> Result<ThreadRecord, StoreError> {
    Ok(ThreadRecord {
        id: ThreadId(row.id),
        category: Category::from_code(&row.category).ok_or(StoreError::Corrupt("category"))?,
        // Texts that today's rules refuse are neutralised, never an error (see the protocol).
        title: ThreadTitle::from_stored(row.title),
        language: Language::from_code(&row.language).ok_or(StoreError::Corrupt("language"))?,
        author_name: row.author_name.map(nickname_from_column).transpose()?,
        author_role: role_from_column(row.author_role)?,
        posts: row.post_count,
        created_at: Timestamp(row.created_at),
        last_post_at: Timestamp(row.last_post_at),
        locked: row.locked != 0,
        pinned: row.pinned != 0,
        hidden: row.hidden != 0,
    })
}

pub(super) fn post_from_row(row: PostRow) -> Result<PostRecord, StoreError> {
    let mine = Reaction::ALL
        .into_iter()
        .zip([row.mine_thanks, row.mine_helpful, row.mine_same_question])
        .filter(|(_, n)| *n > 0)
        .map(|(kind, _)| kind)
        .collect();
    Ok(PostRecord {
        id: PostId(row.id),
        thread: ThreadId(row.thread_id),
        author: row.author_id.map(AccountId),
        author_name: row.author_name.map(nickname_from_column).transpose()?,
        author_role: role_from_column(row.author_role)?,
        text: MessageText::from_stored(row.body),
        created_at: Timestamp(row.created_at),
        hidden: row.hidden != 0,
        flags: row.flags,
        reactions: [row.thanks, row.helpful, row.same_question],
        mine,
    })
}

/// Implements [`ForumStore`] for a store type with a `pool` field and a `write()` method that
/// begins a write transaction.
macro_rules! impl_forum_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::ForumStore for $store {
            async fn categories(
                &self,
            ) -> Result<Vec<lernwelt_protocol::Category>, $crate::store::StoreError> {
                let codes: Vec<String> = sqlx::query_scalar($crate::store::forum::CATEGORIES)
                    .fetch_all(&self.pool)
                    .await?;
                codes
                    .iter()
                    .map(|c| {
                        lernwelt_protocol::Category::from_code(c)
                            .ok_or($crate::store::StoreError::Corrupt("category"))
                    })
                    .collect()
            }

            async fn create_thread(
                &self,
                thread: &$crate::store::NewThread,
                limit: Option<$crate::store::ThreadLimit>,
            ) -> Result<Option<lernwelt_protocol::ThreadId>, $crate::store::StoreError> {
                use $crate::store::forum as sql;
                let mut tx = self.write().await?;
                if let Some(limit) = limit {
                    sqlx::query(sql::LOCK_AUTHOR)
                        .bind(thread.author.0)
                        .execute(&mut *tx)
                        .await?;
                    let started: i64 = sqlx::query_scalar(sql::STARTED_SINCE)
                        .bind(thread.author.0)
                        .bind(limit.since.0)
                        .fetch_one(&mut *tx)
                        .await?;
                    if started >= limit.max {
                        tx.rollback().await?;
                        return Ok(None);
                    }
                }
                let id: i64 = sqlx::query_scalar(sql::INSERT_THREAD)
                    .bind(thread.category.code())
                    .bind(thread.title.as_str())
                    .bind(thread.language.code())
                    .bind(thread.author.0)
                    .bind(thread.now.0)
                    .fetch_one(&mut *tx)
                    .await?;
                let _post: i64 = sqlx::query_scalar(sql::INSERT_POST)
                    .bind(id)
                    .bind(thread.author.0)
                    .bind(thread.text.as_str())
                    .bind(thread.now.0)
                    .fetch_one(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(Some(lernwelt_protocol::ThreadId(id)))
            }

            async fn thread(
                &self,
                id: lernwelt_protocol::ThreadId,
            ) -> Result<Option<$crate::store::ThreadRecord>, $crate::store::StoreError> {
                use $crate::store::forum as sql;
                let row: Option<sql::ThreadRow> = sqlx::query_as(sql::THREAD_BY_ID)
                    .bind(id.0)
                    .fetch_optional(&self.pool)
                    .await?;
                row.map(sql::thread_from_row).transpose()
            }

            async fn threads(
                &self,
                category: Option<lernwelt_protocol::Category>,
                language: Option<lernwelt_protocol::Language>,
                with_hidden: bool,
                offset: i64,
                limit: i64,
            ) -> Result<Vec<$crate::store::ThreadRecord>, $crate::store::StoreError> {
                use $crate::store::forum as sql;
                let rows: Vec<sql::ThreadRow> = sqlx::query_as(sql::THREADS)
                    .bind(category.map(lernwelt_protocol::Category::code))
                    .bind(language.map(lernwelt_protocol::Language::code))
                    .bind(limit)
                    .bind(offset)
                    .bind(i64::from(with_hidden))
                    .fetch_all(&self.pool)
                    .await?;
                rows.into_iter().map(sql::thread_from_row).collect()
            }

            async fn reply(
                &self,
                thread: lernwelt_protocol::ThreadId,
                author: lernwelt_protocol::AccountId,
                text: &lernwelt_protocol::MessageText,
                now: lernwelt_protocol::Timestamp,
            ) -> Result<$crate::store::Replied, $crate::store::StoreError> {
                use $crate::store::forum as sql;
                let mut tx = self.write().await?;
                let open = sqlx::query(sql::TOUCH_UNLOCKED)
                    .bind(thread.0)
                    .bind(now.0)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected()
                    == 1;
                if !open {
                    tx.rollback().await?;
                    return Ok($crate::store::Replied::Locked);
                }
                let id: i64 = sqlx::query_scalar(sql::INSERT_POST)
                    .bind(thread.0)
                    .bind(author.0)
                    .bind(text.as_str())
                    .bind(now.0)
                    .fetch_one(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok($crate::store::Replied::Stored(lernwelt_protocol::PostId(
                    id,
                )))
            }

            async fn posts(
                &self,
                thread: lernwelt_protocol::ThreadId,
                viewer: lernwelt_protocol::AccountId,
                offset: i64,
                limit: i64,
            ) -> Result<Vec<$crate::store::PostRecord>, $crate::store::StoreError> {
                use $crate::store::forum as sql;
                let rows: Vec<sql::PostRow> = sqlx::query_as(sql::POSTS_OF_THREAD)
                    .bind(viewer.0)
                    .bind(thread.0)
                    .bind(limit)
                    .bind(offset)
                    .fetch_all(&self.pool)
                    .await?;
                rows.into_iter().map(sql::post_from_row).collect()
            }

            async fn post(
                &self,
                id: lernwelt_protocol::PostId,
                viewer: lernwelt_protocol::AccountId,
            ) -> Result<Option<$crate::store::PostRecord>, $crate::store::StoreError> {
                use $crate::store::forum as sql;
                let row: Option<sql::PostRow> = sqlx::query_as(sql::POST_BY_ID)
                    .bind(viewer.0)
                    .bind(id.0)
                    .fetch_optional(&self.pool)
                    .await?;
                row.map(sql::post_from_row).transpose()
            }

            async fn toggle_reaction(
                &self,
                post: lernwelt_protocol::PostId,
                account: lernwelt_protocol::AccountId,
                kind: lernwelt_protocol::Reaction,
            ) -> Result<bool, $crate::store::StoreError> {
                use $crate::store::forum as sql;
                let mut tx = self.write().await?;
                let removed = sqlx::query(sql::DELETE_REACTION)
                    .bind(post.0)
                    .bind(account.0)
                    .bind(kind.code())
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                if removed == 0 {
                    sqlx::query(sql::INSERT_REACTION)
                        .bind(post.0)
                        .bind(account.0)
                        .bind(kind.code())
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
                Ok(removed == 0)
            }

            async fn flag(
                &self,
                post: lernwelt_protocol::PostId,
                account: lernwelt_protocol::AccountId,
                weight: i64,
                hide_at: i64,
                now: lernwelt_protocol::Timestamp,
            ) -> Result<bool, $crate::store::StoreError> {
                use $crate::store::forum as sql;
                let mut tx = self.write().await?;
                let new: Option<i64> = sqlx::query_scalar(sql::INSERT_FLAG)
                    .bind(post.0)
                    .bind(account.0)
                    .bind(now.0)
                    .fetch_optional(&mut *tx)
                    .await?;
                if new.is_some() {
                    sqlx::query(sql::COUNT_FLAG)
                        .bind(post.0)
                        .bind(hide_at)
                        .bind(weight)
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
                Ok(new.is_some())
            }

            async fn has_shown_post(
                &self,
                account: lernwelt_protocol::AccountId,
            ) -> Result<bool, $crate::store::StoreError> {
                let shown: i64 = sqlx::query_scalar($crate::store::forum::SHOWN_POSTS_OF)
                    .bind(account.0)
                    .fetch_one(&self.pool)
                    .await?;
                Ok(shown > 0)
            }

            async fn set_post_hidden(
                &self,
                post: lernwelt_protocol::PostId,
                hidden: bool,
            ) -> Result<bool, $crate::store::StoreError> {
                use $crate::store::forum as sql;
                let mut tx = self.write().await?;
                let statement = if hidden { sql::HIDE } else { sql::RESTORE };
                let found = sqlx::query(statement)
                    .bind(post.0)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected()
                    == 1;
                if found {
                    sqlx::query(sql::REVIEW_FLAGS)
                        .bind(post.0)
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
                Ok(found)
            }

            async fn moderate_thread(
                &self,
                thread: lernwelt_protocol::ThreadId,
                locked: Option<bool>,
                pinned: Option<bool>,
            ) -> Result<bool, $crate::store::StoreError> {
                let done = sqlx::query($crate::store::forum::MODERATE_THREAD)
                    .bind(thread.0)
                    .bind(locked.map(i64::from))
                    .bind(pinned.map(i64::from))
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn moderation_queue(
                &self,
                viewer: lernwelt_protocol::AccountId,
                offset: i64,
                limit: i64,
            ) -> Result<Vec<$crate::store::PostRecord>, $crate::store::StoreError> {
                use $crate::store::forum as sql;
                let rows: Vec<sql::PostRow> = sqlx::query_as(sql::QUEUE)
                    .bind(viewer.0)
                    .bind(limit)
                    .bind(offset)
                    .fetch_all(&self.pool)
                    .await?;
                rows.into_iter().map(sql::post_from_row).collect()
            }
        }
    };
}

pub(super) use impl_forum_store;
