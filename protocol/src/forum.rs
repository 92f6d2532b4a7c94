//! The forum: categories, threads with a language tag, posts (a thread's first post and its
//! replies), reactions, flags and the counsellors' moderation.

use crate::accounts::{Language, Nickname};
use crate::counselling::MessageText;
use crate::error::{ErrorCode, ValidationError};
use crate::limits::{THREAD_TITLE_MAX_CHARS, THREAD_TITLE_MIN_CHARS};
use crate::text::string_newtype;
use crate::time::Timestamp;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The id of a forum thread.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ThreadId(pub i64);

impl fmt::Display for ThreadId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// The id of a forum post. Ids grow in the order posts are stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PostId(pub i64);

impl fmt::Display for PostId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A forum category (seeded by the server's migrations).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Finding and keeping work.
    Work,
    /// Apprenticeships and vocational training.
    Training,
    /// School and school-leaving certificates.
    School,
    /// Residence status and permits.
    Residence,
    /// Learning German.
    Language,
    /// Finding a flat.
    Housing,
    /// Everyday life.
    EverydayLife,
}

impl Category {
    /// Every category, in display order.
    pub const ALL: [Category; 7] = [
        Category::Work,
        Category::Training,
        Category::School,
        Category::Residence,
        Category::Language,
        Category::Housing,
        Category::EverydayLife,
    ];

    /// The wire name, also used for storage.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Category::Work => "work",
            Category::Training => "training",
            Category::School => "school",
            Category::Residence => "residence",
            Category::Language => "language",
            Category::Housing => "housing",
            Category::EverydayLife => "everyday_life",
        }
    }

    /// The category with this wire name.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// A reaction to a post; an account has at most one of each kind on a post.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Reaction {
    /// "Thank you".
    Thanks,
    /// "This helped me".
    Helpful,
    /// "I have the same question".
    SameQuestion,
}

impl Reaction {
    /// Every kind.
    pub const ALL: [Reaction; 3] = [Reaction::Thanks, Reaction::Helpful, Reaction::SameQuestion];

    /// The wire name, also used for storage.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Reaction::Thanks => "thanks",
            Reaction::Helpful => "helpful",
            Reaction::SameQuestion => "same_question",
        }
    }

    /// The kind with this wire name.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Reaction> {
        Reaction::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// A thread title: 3–120 characters once white space at the ends is trimmed off (it is stored
/// trimmed), something in it that shows, no control characters or bidi overrides.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ThreadTitle(String);

impl TryFrom<String> for ThreadTitle {
    type Error = ValidationError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        let trimmed = value.trim();
        let chars = trimmed.chars().count();
        if chars < THREAD_TITLE_MIN_CHARS {
            return Err(ValidationError(ErrorCode::TitleTooShort));
        }
        if chars > THREAD_TITLE_MAX_CHARS {
            return Err(ValidationError(ErrorCode::TitleTooLong));
        }
        if !trimmed.chars().any(crate::counselling::shows) {
            return Err(ValidationError(ErrorCode::TitleTooShort));
        }
        if trimmed
            .chars()
            .any(|c| c.is_control() || crate::counselling::reorders(c))
        {
            return Err(ValidationError(ErrorCode::TextInvalidCharacters));
        }
        Ok(Self(trimmed.to_owned()))
    }
}

impl ThreadTitle {
    /// A title read back from the store: as stored if it passes today's rules, else
    /// [`neutralised`](crate::counselling::neutralised) and, if that is too short, filled up
    /// with "…".
    #[must_use]
    pub fn from_stored(value: String) -> Self {
        Self::try_from(value.clone()).unwrap_or_else(|_| {
            let kept: String = crate::counselling::neutralised(&value, THREAD_TITLE_MAX_CHARS)
                .chars()
                .filter(|c| !c.is_control())
                .collect();
            let mut title = kept.trim().to_owned();
            while title.chars().count() < THREAD_TITLE_MIN_CHARS {
                title.push('…');
            }
            Self(title)
        })
    }
}

string_newtype!(ThreadTitle, "The title.");

/// Answer of `GET /api/forum/categories`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CategoriesResponse {
    /// The categories in display order.
    pub categories: Vec<Category>,
}

/// Body of `POST /api/forum/threads`: a new thread with its first post.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(example = crate::schema::examples::create_thread()))]
pub struct CreateThreadRequest {
    /// Category.
    pub category: Category,
    /// Title.
    pub title: ThreadTitle,
    /// The language the thread is written in.
    pub language: Language,
    /// The first post (1–4000 characters).
    pub text: MessageText,
}

/// Body of `POST /api/forum/threads/{id}/posts`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(example = crate::schema::examples::reply()))]
pub struct ReplyRequest {
    /// The reply (1–4000 characters).
    pub text: MessageText,
}

/// Body of `POST /api/forum/posts/{id}/reactions`: toggles the caller's reaction of this kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(example = crate::schema::examples::react()))]
pub struct ReactRequest {
    /// The kind.
    pub reaction: Reaction,
}

/// Body of `POST /api/forum/threads/{id}/moderation`; absent fields stay as they are.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(example = crate::schema::examples::thread_moderation()))]
pub struct ThreadModerationRequest {
    /// Locked: no new replies (409 `thread_locked`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locked: Option<bool>,
    /// Pinned: listed before the others.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pinned: Option<bool>,
}

/// What a counsellor decides about a post.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PostModerationAction {
    /// Hide it from young people.
    Hide,
    /// Show it again; its flags count as reviewed.
    Restore,
}

/// Body of `POST /api/forum/posts/{id}/moderation`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(example = crate::schema::examples::post_moderation()))]
pub struct PostModerationRequest {
    /// The decision.
    pub action: PostModerationAction,
}

/// Page query of the forum lists: `page` from 1, `limit` 1–50 (default 20).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PageQuery {
    /// Page number, from 1 (default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = 1)))]
    pub page: Option<u32>,
    /// Items per page, 1–50 (default 20).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = crate::limits::FORUM_PAGE_MAX)))]
    pub limit: Option<u32>,
}

/// Query of `GET /api/forum/threads`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ThreadsQuery {
    /// Only this category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    /// Only threads in this language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Language>,
    /// Page number, from 1 (default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = 1)))]
    pub page: Option<u32>,
    /// Items per page, 1–50 (default 20).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = crate::limits::FORUM_PAGE_MAX)))]
    pub limit: Option<u32>,
}

/// A thread as listed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ThreadView {
    /// Id.
    pub id: ThreadId,
    /// Category.
    pub category: Category,
    /// Title.
    pub title: ThreadTitle,
    /// Language tag.
    pub language: Language,
    /// Who started it; `None`: a deleted user.
    pub author: Option<Nickname>,
    /// The one who started it is a counsellor (or an admin) of the service.
    #[serde(default)]
    pub by_staff: bool,
    /// Posts in it, the first included.
    pub posts: u32,
    /// Creation time.
    pub created_at: Timestamp,
    /// Time of the newest post.
    pub last_post_at: Timestamp,
    /// No new replies.
    pub locked: bool,
    /// Listed first.
    pub pinned: bool,
    /// Its first post is hidden: the thread is shown to counsellors only.
    pub hidden: bool,
}

/// How many reactions of each kind a post has.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ReactionCounts {
    /// `thanks`.
    pub thanks: u32,
    /// `helpful`.
    pub helpful: u32,
    /// `same_question`.
    pub same_question: u32,
}

/// A post. A hidden post is shown to young people as a placeholder: `hidden: true`, no text,
/// no author. Counsellors see hidden posts in full, and the number of unreviewed flags.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PostView {
    /// Id.
    pub id: PostId,
    /// Its thread.
    pub thread: ThreadId,
    /// Who wrote it; `None`: a deleted user (or a hidden post, for young people).
    pub author: Option<Nickname>,
    /// The author is a counsellor (or an admin) of the service, so a young person can tell
    /// advice from staff from other young people's; false where the author is not shown.
    #[serde(default)]
    pub by_staff: bool,
    /// The text; `None` for a hidden post shown to a young person.
    pub text: Option<MessageText>,
    /// Hidden by flags or by a counsellor.
    pub hidden: bool,
    /// Unreviewed flags (counsellors only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flags: Option<u32>,
    /// Reactions by kind.
    pub reactions: ReactionCounts,
    /// The caller's own reactions.
    pub mine: Vec<Reaction>,
    /// When it was stored.
    pub created_at: Timestamp,
}

/// Answer of `GET /api/forum/threads`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ThreadsResponse {
    /// Pinned threads first, then by newest post.
    pub threads: Vec<ThreadView>,
    /// Whether there is a next page.
    pub more: bool,
}

/// Answer of `GET /api/forum/threads/{id}/posts`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PostsResponse {
    /// Posts in the order they were written.
    pub posts: Vec<PostView>,
    /// Whether there is a next page.
    pub more: bool,
}

/// Answer of `GET /api/forum/moderation`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ModerationQueueResponse {
    /// Flagged posts no counsellor has decided on yet: hidden ones first, then by the weight
    /// of their flags.
    pub posts: Vec<PostView>,
    /// Whether there is a next page.
    pub more: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_trimmed_and_bounded() {
        assert_eq!(ThreadTitle::try_from("  Hallo ").unwrap().as_str(), "Hallo");
        assert_eq!(
            ThreadTitle::try_from(" ab ").unwrap_err().0,
            ErrorCode::TitleTooShort
        );
        assert_eq!(
            ThreadTitle::try_from("x".repeat(121)).unwrap_err().0,
            ErrorCode::TitleTooLong
        );
        assert!(ThreadTitle::try_from("x".repeat(120)).is_ok());
        assert_eq!(
            ThreadTitle::try_from("ab\u{7}c").unwrap_err().0,
            ErrorCode::TextInvalidCharacters
        );
    }

    #[test]
    fn codes_round_trip() {
        for c in Category::ALL {
            assert_eq!(Category::from_code(c.code()), Some(c));
        }
        for r in Reaction::ALL {
            assert_eq!(Reaction::from_code(r.code()), Some(r));
        }
    }
}
