//! The forum over HTTP: seeded categories, threads with a language tag and a first post,
//! replies, reactions (toggled), flags, and the counsellors' moderation (hide, restore, lock,
//! pin, and a queue of hidden and flagged posts).
//!
//! Young people and counsellors read and write; other roles get 403. Moderation routes answer
//! everyone but counsellors 403 before the body is read. Flags weigh by trust (see
//! [`FLAG_WEIGHT_TO_HIDE`]): a young person's post is hidden when the weight of its unreviewed
//! flags reaches it, so three brand-new accounts hide nothing, three older ones do, and a
//! counsellor's post is hidden only by a counsellor. A hidden post stays in its place in the
//! thread but a young person sees only a placeholder (`hidden: true`, no text, no author),
//! while counsellors see it in full with its number of unreviewed flags. A thread whose first
//! post is hidden (its title is hidden with it) is left out of young people's lists and is 404
//! for them. Flagged posts wait in the moderation queue (paged) until a counsellor hides or
//! restores them. A young person's account younger than [`NEW_ACCOUNT_DAYS`] days starts at
//! most [`NEW_ACCOUNT_THREADS_PER_DAY`] threads in any 24 hours; flags and reactions are rate
//! limited per account (429 `rate_limited`).

use crate::AppState;
use crate::caller::{Caller, CounsellorCaller};
use crate::error::AppError;
use crate::json::ApiJson;
use crate::query::{ApiQuery, page_of};
use crate::sessions::now;
use crate::store::{NewThread, PostRecord, Replied, ThreadLimit, ThreadRecord};
use axum::extract::{FromRequestParts, Path, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::routing::{get, post};
use axum::{Json, Router};
use lernwelt_protocol::Timestamp;
use lernwelt_protocol::limits::{
    FLAG_WEIGHT_ACTIVE, FLAG_WEIGHT_NEW, FLAG_WEIGHT_OLD, FLAG_WEIGHT_TO_HIDE, FORUM_PAGE_DEFAULT,
    FORUM_PAGE_MAX, NEW_ACCOUNT_DAYS, NEW_ACCOUNT_THREADS_PER_DAY,
};
use lernwelt_protocol::{
    CategoriesResponse, CreateThreadRequest, ErrorCode, ModerationQueueResponse, PageQuery, PostId,
    PostModerationAction, PostModerationRequest, PostView, PostsResponse, ReactRequest,
    ReactionCounts, ReplyRequest, Role, ThreadId, ThreadModerationRequest, ThreadView,
    ThreadsQuery, ThreadsResponse, routes,
};

const DAY_SECS: i64 = 24 * 60 * 60;

/// The routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route(routes::FORUM_CATEGORIES, get(categories))
        .route(routes::FORUM_THREADS, get(list_threads).post(create_thread))
        .route(routes::FORUM_THREAD, get(get_thread))
        .route(routes::FORUM_THREAD_POSTS, get(list_posts).post(reply))
        .route(routes::FORUM_THREAD_MODERATION, post(moderate_thread))
        .route(routes::FORUM_POST_REACTIONS, post(react))
        .route(routes::FORUM_POST_FLAG, post(flag))
        .route(routes::FORUM_POST_MODERATION, post(moderate_post))
        .route(routes::FORUM_MODERATION_QUEUE, get(queue))
}

async fn positive_id<S: Send + Sync>(parts: &mut Parts, state: &S) -> Option<i64> {
    let Path(raw) = Path::<String>::from_request_parts(parts, state)
        .await
        .ok()?;
    raw.parse::<i64>().ok().filter(|id| *id > 0)
}

/// The thread id in the path; anything else is 404 `thread_not_found`.
#[derive(Debug, Clone, Copy)]
pub struct ThreadPath(pub ThreadId);

impl<S: Send + Sync> FromRequestParts<S> for ThreadPath {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        positive_id(parts, state)
            .await
            .map(|id| ThreadPath(ThreadId(id)))
            .ok_or_else(thread_not_found)
    }
}

/// The post id in the path; anything else is 404 `post_not_found`.
#[derive(Debug, Clone, Copy)]
pub struct PostPath(pub PostId);

impl<S: Send + Sync> FromRequestParts<S> for PostPath {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        positive_id(parts, state)
            .await
            .map(|id| PostPath(PostId(id)))
            .ok_or_else(post_not_found)
    }
}

fn thread_not_found() -> AppError {
    AppError::client(StatusCode::NOT_FOUND, ErrorCode::ThreadNotFound)
}

fn post_not_found() -> AppError {
    AppError::client(StatusCode::NOT_FOUND, ErrorCode::PostNotFound)
}

/// Young people and counsellors use the forum; other roles get 403.
fn member(caller: &Caller) -> Result<(), AppError> {
    match caller.role() {
        Role::Youth | Role::Counsellor => Ok(()),
        Role::Admin => Err(AppError::forbidden(caller.id())),
    }
}

/// Offset and limit of a page (`page` from 1, `limit` 1–50); 422 `invalid_value` otherwise.
fn page_bounds(page: Option<u32>, limit: Option<u32>) -> Result<(i64, i64), AppError> {
    let page = page.unwrap_or(1);
    let limit = limit.unwrap_or(FORUM_PAGE_DEFAULT);
    if page == 0 {
        return Err(AppError::field(
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::InvalidValue,
            "page",
        ));
    }
    if limit == 0 || limit > FORUM_PAGE_MAX {
        return Err(AppError::field(
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::InvalidValue,
            "limit",
        ));
    }
    let limit = i64::from(limit);
    Ok(((i64::from(page) - 1) * limit, limit))
}

/// Whether `caller` is a young person whose account is younger than [`NEW_ACCOUNT_DAYS`].
fn is_new_youth(caller: &Caller, now: Timestamp) -> bool {
    caller.role() == Role::Youth
        && caller.account.created_at.0 > now.0 - NEW_ACCOUNT_DAYS * DAY_SECS
}

/// How much a flag of `caller` weighs towards hiding a post (see [`FLAG_WEIGHT_TO_HIDE`]).
async fn flag_weight(state: &AppState, caller: &Caller, now: Timestamp) -> Result<i64, AppError> {
    Ok(match caller.role() {
        Role::Counsellor | Role::Admin => FLAG_WEIGHT_TO_HIDE,
        Role::Youth if is_new_youth(caller, now) => FLAG_WEIGHT_NEW,
        Role::Youth if state.store.has_shown_post(caller.id()).await? => FLAG_WEIGHT_ACTIVE,
        Role::Youth => FLAG_WEIGHT_OLD,
    })
}

/// The thread if `caller` may see it: a thread whose first post is hidden is 404 for young
/// people, like one that does not exist.
async fn visible_thread(
    state: &AppState,
    caller: &Caller,
    id: ThreadId,
) -> Result<ThreadRecord, AppError> {
    member(caller)?;
    state
        .store
        .thread(id)
        .await?
        .filter(|t| !t.hidden || caller.role() == Role::Counsellor)
        .ok_or_else(thread_not_found)
}

/// The post if `caller` may act on it: for a young person not a visible post in a thread
/// hidden from young people, and not a hidden post unless `hidden_post_ok` (404 like a post
/// that does not exist, so a post route reveals nothing a thread route would not). A flag is
/// `hidden_post_ok`: whoever tapped "report" just after the third flag hid the post (and with
/// a first post, its thread) still gets their report counted, and the empty answer tells
/// nothing.
async fn visible_post(
    state: &AppState,
    caller: &Caller,
    id: PostId,
    hidden_post_ok: bool,
) -> Result<PostRecord, AppError> {
    let record = state
        .store
        .post(id, caller.id())
        .await?
        .ok_or_else(post_not_found)?;
    if caller.role() != Role::Counsellor {
        if record.hidden {
            // A thread is hidden by hiding its first post; a hidden post is judged as itself.
            return if hidden_post_ok {
                Ok(record)
            } else {
                Err(post_not_found())
            };
        }
        if visible_thread(state, caller, record.thread).await.is_err() {
            // Read again: a flag racing the third one may have found the post still shown
            // and its thread hidden a moment later, by hiding this very (first) post.
            let now_hidden = state
                .store
                .post(id, caller.id())
                .await?
                .is_some_and(|again| again.hidden);
            if !(hidden_post_ok && now_hidden) {
                return Err(post_not_found());
            }
        }
    }
    Ok(record)
}

fn count(n: i64) -> u32 {
    u32::try_from(n.max(0)).unwrap_or(u32::MAX)
}

/// The wire view of a thread.
#[must_use]
pub fn thread_view(record: ThreadRecord) -> ThreadView {
    ThreadView {
        id: record.id,
        category: record.category,
        title: record.title,
        language: record.language,
        author: record.author_name,
        by_staff: record.author_role.is_some_and(is_staff),
        posts: count(record.posts),
        created_at: record.created_at,
        last_post_at: record.last_post_at,
        locked: record.locked,
        pinned: record.pinned,
        hidden: record.hidden,
    }
}

/// Counsellors and admins speak for the service.
fn is_staff(role: Role) -> bool {
    matches!(role, Role::Counsellor | Role::Admin)
}

/// A post as `caller` may see it: a hidden post is only a placeholder for a young person.
#[must_use]
pub fn post_view(record: PostRecord, caller: &Caller) -> PostView {
    let counsellor = caller.role() == Role::Counsellor;
    let shown = counsellor || !record.hidden;
    let [thanks, helpful, same_question] = record.reactions;
    PostView {
        id: record.id,
        thread: record.thread,
        author: record.author_name.filter(|_| shown),
        by_staff: shown && record.author_role.is_some_and(is_staff),
        text: shown.then_some(record.text),
        hidden: record.hidden,
        flags: counsellor.then(|| count(record.flags)),
        reactions: ReactionCounts {
            thanks: count(thanks),
            helpful: count(helpful),
            same_question: count(same_question),
        },
        mine: record.mine,
        created_at: record.created_at,
    }
}

/// `GET /api/forum/categories`.
async fn categories(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<CategoriesResponse>, AppError> {
    member(&caller)?;
    Ok(Json(CategoriesResponse {
        categories: state.store.categories().await?,
    }))
}

/// `GET /api/forum/threads?category=&language=&page=&limit=`: pinned first, then by newest post.
async fn list_threads(
    State(state): State<AppState>,
    caller: Caller,
    ApiQuery(query): ApiQuery<ThreadsQuery>,
) -> Result<Json<ThreadsResponse>, AppError> {
    member(&caller)?;
    let (offset, limit) = page_bounds(query.page, query.limit)?;
    let (threads, more) = page_of(
        state
            .store
            .threads(
                query.category,
                query.language,
                caller.role() == Role::Counsellor,
                offset,
                limit + 1,
            )
            .await?,
        limit,
    );
    Ok(Json(ThreadsResponse {
        threads: threads.into_iter().map(thread_view).collect(),
        more,
    }))
}

/// `POST /api/forum/threads`: 201 with the new thread.
async fn create_thread(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(request): ApiJson<CreateThreadRequest>,
) -> Result<(StatusCode, Json<ThreadView>), AppError> {
    member(&caller)?;
    let now = now();
    let limit = is_new_youth(&caller, now).then(|| ThreadLimit {
        since: now.plus_seconds(-DAY_SECS),
        max: NEW_ACCOUNT_THREADS_PER_DAY,
    });
    state.post_limiter.enforce(caller.id()).await?;
    let id = state
        .store
        .create_thread(
            &NewThread {
                author: caller.id(),
                category: request.category,
                title: request.title,
                language: request.language,
                text: request.text,
                now,
            },
            limit,
        )
        .await?
        .ok_or_else(|| AppError::account_limited(caller.id(), 3600))?;
    tracing::info!(thread = %id, "forum thread created");
    let record = state.store.thread(id).await?.ok_or_else(thread_not_found)?;
    Ok((StatusCode::CREATED, Json(thread_view(record))))
}

/// `GET /api/forum/threads/{id}`.
async fn get_thread(
    State(state): State<AppState>,
    caller: Caller,
    ThreadPath(id): ThreadPath,
) -> Result<Json<ThreadView>, AppError> {
    Ok(Json(thread_view(
        visible_thread(&state, &caller, id).await?,
    )))
}

/// `GET /api/forum/threads/{id}/posts?page=&limit=`: posts in the order they were written.
async fn list_posts(
    State(state): State<AppState>,
    caller: Caller,
    ThreadPath(id): ThreadPath,
    ApiQuery(query): ApiQuery<PageQuery>,
) -> Result<Json<PostsResponse>, AppError> {
    member(&caller)?;
    let (offset, limit) = page_bounds(query.page, query.limit)?;
    visible_thread(&state, &caller, id).await?;
    let (posts, more) = page_of(
        state
            .store
            .posts(id, caller.id(), offset, limit + 1)
            .await?,
        limit,
    );
    Ok(Json(PostsResponse {
        posts: posts.into_iter().map(|p| post_view(p, &caller)).collect(),
        more,
    }))
}

/// `POST /api/forum/threads/{id}/posts`: 201 with the reply; 409 `thread_locked`.
async fn reply(
    State(state): State<AppState>,
    caller: Caller,
    ThreadPath(id): ThreadPath,
    ApiJson(request): ApiJson<ReplyRequest>,
) -> Result<(StatusCode, Json<PostView>), AppError> {
    let thread = visible_thread(&state, &caller, id).await?;
    if thread.locked {
        return Err(AppError::client(
            StatusCode::CONFLICT,
            ErrorCode::ThreadLocked,
        ));
    }
    state.post_limiter.enforce(caller.id()).await?;
    match state
        .store
        .reply(id, caller.id(), &request.text, now())
        .await?
    {
        Replied::Stored(post) => {
            tracing::info!(thread = %id, post = %post, "forum reply stored");
            let record = state
                .store
                .post(post, caller.id())
                .await?
                .ok_or_else(post_not_found)?;
            Ok((StatusCode::CREATED, Json(post_view(record, &caller))))
        }
        Replied::Locked => Err(AppError::client(
            StatusCode::CONFLICT,
            ErrorCode::ThreadLocked,
        )),
    }
}

/// `POST /api/forum/posts/{id}/reactions`: toggles the caller's reaction of one kind.
async fn react(
    State(state): State<AppState>,
    caller: Caller,
    PostPath(id): PostPath,
    ApiJson(request): ApiJson<ReactRequest>,
) -> Result<Json<PostView>, AppError> {
    member(&caller)?;
    visible_post(&state, &caller, id, false).await?;
    state.reaction_limiter.enforce(caller.id()).await?;
    state
        .store
        .toggle_reaction(id, caller.id(), request.reaction)
        .await?;
    let record = state
        .store
        .post(id, caller.id())
        .await?
        .ok_or_else(post_not_found)?;
    Ok(Json(post_view(record, &caller)))
}

/// `POST /api/forum/posts/{id}/flag`: 204; a second flag by the same account changes nothing.
async fn flag(
    State(state): State<AppState>,
    caller: Caller,
    PostPath(id): PostPath,
) -> Result<StatusCode, AppError> {
    member(&caller)?;
    visible_post(&state, &caller, id, true).await?;
    state.flag_limiter.enforce(caller.id()).await?;
    let now = now();
    let weight = flag_weight(&state, &caller, now).await?;
    if state
        .store
        .flag(id, caller.id(), weight, FLAG_WEIGHT_TO_HIDE, now)
        .await?
    {
        tracing::info!(post = %id, "forum post flagged");
    }
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/forum/posts/{id}/moderation`: a counsellor hides or restores a post.
async fn moderate_post(
    State(state): State<AppState>,
    CounsellorCaller(caller): CounsellorCaller,
    PostPath(id): PostPath,
    ApiJson(request): ApiJson<PostModerationRequest>,
) -> Result<Json<PostView>, AppError> {
    let hidden = request.action == PostModerationAction::Hide;
    if !state.store.set_post_hidden(id, hidden).await? {
        return Err(post_not_found());
    }
    tracing::info!(post = %id, counsellor = %caller.id(), hidden, "forum post moderated");
    let record = state
        .store
        .post(id, caller.id())
        .await?
        .ok_or_else(post_not_found)?;
    Ok(Json(post_view(record, &caller)))
}

/// `POST /api/forum/threads/{id}/moderation`: a counsellor locks/unlocks, pins/unpins.
async fn moderate_thread(
    State(state): State<AppState>,
    CounsellorCaller(caller): CounsellorCaller,
    ThreadPath(id): ThreadPath,
    ApiJson(request): ApiJson<ThreadModerationRequest>,
) -> Result<Json<ThreadView>, AppError> {
    if !state
        .store
        .moderate_thread(id, request.locked, request.pinned)
        .await?
    {
        return Err(thread_not_found());
    }
    tracing::info!(thread = %id, counsellor = %caller.id(), "forum thread moderated");
    let record = state.store.thread(id).await?.ok_or_else(thread_not_found)?;
    Ok(Json(thread_view(record)))
}

/// `GET /api/forum/moderation?page=&limit=`: flagged posts no counsellor has decided on, hidden
/// ones first, then by the weight of their flags.
async fn queue(
    State(state): State<AppState>,
    CounsellorCaller(caller): CounsellorCaller,
    ApiQuery(query): ApiQuery<PageQuery>,
) -> Result<Json<ModerationQueueResponse>, AppError> {
    let (offset, limit) = page_bounds(query.page, query.limit)?;
    let (posts, more) = page_of(
        state
            .store
            .moderation_queue(caller.id(), offset, limit + 1)
            .await?,
        limit,
    );
    Ok(Json(ModerationQueueResponse {
        posts: posts.into_iter().map(|p| post_view(p, &caller)).collect(),
        more,
    }))
}
