//! Counselling over HTTP: a young person opens an enquiry (mail, chat or callback); it waits
//! in the shared inbox of the counsellors who speak its language; the first to accept has it;
//! then both sides write, mark read, and close, and the counsellor can hand it over, mark a
//! callback done, and leave an absence notice the young person sees.
//!
//! Who may see what is decided in one place, [`access`]: a young person sees only their own
//! enquiries; a counsellor sees the enquiries they have, and new ones in their languages (to
//! decide whether to accept). Everything else is 404 `enquiry_not_found`, so nobody learns
//! that someone else's enquiry exists. Roles that may not call a route at all get 403 before
//! the body is read. Every write is acknowledged only after its transaction has committed.

use crate::AppState;
use crate::caller::{Caller, CounsellorCaller, YouthCaller};
use crate::error::AppError;
use crate::json::ApiJson;
use crate::query::{ApiQuery, page_of};
use crate::security::{self, Event, Origin};
use crate::sessions::now;
use crate::store::{
    Appended, Created, EnquiryRecord, NewEnquiry, NewMessage, Party, earlier_request,
};
use axum::extract::{FromRequestParts, Path, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::routing::{get, post};
use axum::{Json, Router};
use lernwelt_protocol::limits::{
    ABSENCE_MAX_AHEAD_SECS, CALLBACK_WINDOW_MAX_AHEAD_SECS, ENQUIRIES_PAGE_MAX, INBOX_PAGE_DEFAULT,
    MESSAGES_PAGE_MAX, OPEN_ENQUIRIES_MAX,
};
use lernwelt_protocol::{
    AbsenceNotice, AbsenceResponse, ColleagueView, ColleaguesResponse, CreateEnquiryRequest,
    EnquiriesResponse, EnquiryId, EnquiryStatus, EnquiryView, ErrorCode, HandOverRequest,
    InboxItem, InboxQuery, InboxResponse, MarkReadRequest, MessageId, MessageView, MessagesQuery,
    MessagesResponse, Mode, Role, SendMessageRequest, Side, SpamRequest, Timestamp, routes,
};

/// The routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route(routes::ENQUIRIES, post(create_enquiry).get(list_enquiries))
        .route(routes::ENQUIRY, get(get_enquiry))
        .route(routes::ENQUIRY_ACCEPT, post(accept))
        .route(
            routes::ENQUIRY_MESSAGES,
            get(list_messages).post(send_message),
        )
        .route(routes::ENQUIRY_READ, post(mark_read))
        .route(routes::ENQUIRY_CLOSE, post(close))
        .route(routes::ENQUIRY_HANDOVER, post(hand_over))
        .route(routes::ENQUIRY_SPAM, post(spam))
        .route(routes::ENQUIRY_CALLBACK_DONE, post(callback_done))
        .route(routes::INBOX, get(inbox))
        .route(
            routes::ABSENCE,
            get(get_absence).put(set_absence).delete(clear_absence),
        )
        .route(routes::COLLEAGUES, get(colleagues))
}

/// The enquiry id in the path. Anything that is not a positive number names an enquiry that
/// does not exist: 404 like any other.
#[derive(Debug, Clone, Copy)]
pub struct EnquiryPath(pub EnquiryId);

impl<S: Send + Sync> FromRequestParts<S> for EnquiryPath {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let Path(raw) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|_| not_found())?;
        raw.parse::<i64>()
            .ok()
            .filter(|id| *id > 0)
            .map(|id| EnquiryPath(EnquiryId(id)))
            .ok_or_else(not_found)
    }
}

fn not_found() -> AppError {
    AppError::client(StatusCode::NOT_FOUND, ErrorCode::EnquiryNotFound)
}

fn conflict(code: ErrorCode) -> AppError {
    AppError::client(StatusCode::CONFLICT, code)
}

/// A client message id already used for another message.
fn reused() -> AppError {
    AppError::field(
        StatusCode::CONFLICT,
        ErrorCode::ClientMessageIdReused,
        "client_message_id",
    )
}

fn invalid(code: ErrorCode, field: &'static str) -> AppError {
    AppError::field(StatusCode::UNPROCESSABLE_ENTITY, code, field)
}

/// How the caller stands to an enquiry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// The young person who opened it.
    Owner,
    /// The counsellor who has it.
    Assignee,
    /// A counsellor who may read it to decide whether to accept it: it is new and in one of
    /// their languages.
    InboxReader,
}

/// The rule of who sees an enquiry; `None`: the caller may not know it exists.
#[must_use]
pub fn access(caller: &Caller, enquiry: &EnquiryRecord) -> Option<Access> {
    match caller.role() {
        Role::Youth => (enquiry.youth == caller.id()).then_some(Access::Owner),
        Role::Counsellor if enquiry.counsellor == Some(caller.id()) => Some(Access::Assignee),
        Role::Counsellor
            if enquiry.status == EnquiryStatus::New && caller.speaks(enquiry.language) =>
        {
            Some(Access::InboxReader)
        }
        Role::Counsellor | Role::Admin => None,
    }
}

/// Young people and counsellors take part in counselling; other roles get 403.
fn require_party(caller: &Caller) -> Result<(), AppError> {
    match caller.role() {
        Role::Youth | Role::Counsellor => Ok(()),
        Role::Admin => Err(AppError::forbidden(caller.id())),
    }
}

/// The enquiry and how the caller stands to it; 404 if the caller may not see it.
pub async fn load(
    state: &AppState,
    caller: &Caller,
    id: EnquiryId,
) -> Result<(EnquiryRecord, Access), AppError> {
    require_party(caller)?;
    let record = state.store.enquiry(id).await?.ok_or_else(not_found)?;
    let access = access(caller, &record).ok_or_else(not_found)?;
    Ok((record, access))
}

/// The enquiry as `caller` sees it at `now`: unread counts of the caller's side, the absence
/// notice only for the young person, the callback request only for the counsellor who has it.
#[must_use]
pub fn view(record: EnquiryRecord, caller: &Caller, now: Timestamp) -> EnquiryView {
    let youth = caller.role() == Role::Youth;
    let accepted = record.status == EnquiryStatus::Accepted;
    let assignee = record.counsellor == Some(caller.id());
    let unread = if youth {
        record.youth_unread
    } else {
        record.counsellor_unread
    };
    EnquiryView {
        id: record.id,
        topic: record.topic,
        language: record.language,
        mode: record.mode,
        status: record.status,
        created_at: record.created_at,
        last_message_at: record.last_message_at,
        closed_at: record.closed_at,
        counsellor: record.counsellor_name,
        unread: u32::try_from(unread.max(0)).unwrap_or(u32::MAX),
        absence: record
            .absence
            .filter(|a| youth && accepted && a.until > now),
        callback: record.callback.filter(|_| assignee && accepted),
        callback_done_at: record.callback_done_at,
        closed_as_spam: record.spam,
    }
}

/// The enquiry reloaded after a change, as the caller now sees it.
async fn reply(
    state: &AppState,
    caller: &Caller,
    id: EnquiryId,
) -> Result<Json<EnquiryView>, AppError> {
    let (record, _) = load(state, caller, id).await?;
    Ok(Json(view(record, caller, now())))
}

/// `POST /api/counselling/enquiries`: a young person opens an enquiry (201). Sent again with
/// the same `client_message_id`, it answers 200 with the enquiry made the first time.
async fn create_enquiry(
    State(state): State<AppState>,
    YouthCaller(caller): YouthCaller,
    ApiJson(request): ApiJson<CreateEnquiryRequest>,
) -> Result<(StatusCode, Json<EnquiryView>), AppError> {
    let now = now();
    match (request.mode, &request.callback) {
        (Mode::Callback, None) => {
            return Err(invalid(ErrorCode::CallbackRequired, "callback"));
        }
        (Mode::Mail | Mode::Chat, Some(_)) => {
            return Err(invalid(ErrorCode::CallbackNotAllowed, "callback"));
        }
        (_, Some(callback)) => {
            let window = callback.window;
            if window.until() <= now
                || window.from() > now.plus_seconds(CALLBACK_WINDOW_MAX_AHEAD_SECS)
            {
                return Err(invalid(ErrorCode::CallbackWindowInvalid, "callback.window"));
            }
        }
        (_, None) => {}
    }
    // A resend of this very request is answered with the enquiry it made; an id that names a
    // reply, or another first message, is refused rather than answered with a thread this
    // request did not make. The store decides the same when the id is taken meanwhile.
    match earlier_request(
        &*state.store,
        caller.id(),
        &request.client_message_id,
        &request.message,
    )
    .await?
    {
        Some(Created::Existing(id)) => {
            return Ok((StatusCode::OK, reply(&state, &caller, id).await?));
        }
        Some(_) => return Err(reused()),
        None => {}
    }
    not_blocked(&state, &caller).await?;
    state.post_limiter.enforce(caller.id()).await?;
    let created = state
        .store
        .create_enquiry(&NewEnquiry {
            youth: caller.id(),
            topic: request.topic,
            language: request.language,
            mode: request.mode,
            client_message_id: request.client_message_id,
            text: request.message,
            callback: request.callback,
            now,
            open_max: i64::try_from(OPEN_ENQUIRIES_MAX).unwrap_or(i64::MAX),
        })
        .await?;
    let (id, status) = match created {
        Created::TooMany => return Err(conflict(ErrorCode::TooManyOpenEnquiries)),
        Created::New(id) => {
            tracing::info!(enquiry = %id, "enquiry created");
            if request.mode == Mode::Chat {
                crate::ws::push_positions(&state).await;
            }
            (id, StatusCode::CREATED)
        }
        Created::Existing(id) => (id, StatusCode::OK),
        Created::Reused => return Err(reused()),
    };
    Ok((status, reply(&state, &caller, id).await?))
}

/// `GET /api/counselling/enquiries`: a young person's own enquiries, or those a counsellor
/// has (accepted and closed), newest activity first.
async fn list_enquiries(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<EnquiriesResponse>, AppError> {
    let party = match caller.role() {
        Role::Youth => Party::Youth(caller.id()),
        Role::Counsellor => Party::Counsellor(caller.id()),
        Role::Admin => return Err(AppError::forbidden(caller.id())),
    };
    let limit = i64::try_from(ENQUIRIES_PAGE_MAX).unwrap_or(i64::MAX);
    let now = now();
    let enquiries = state
        .store
        .enquiries_of(party, limit)
        .await?
        .into_iter()
        .map(|record| view(record, &caller, now))
        .collect();
    Ok(Json(EnquiriesResponse { enquiries }))
}

/// `GET /api/counselling/enquiries/{id}`.
async fn get_enquiry(
    State(state): State<AppState>,
    caller: Caller,
    EnquiryPath(id): EnquiryPath,
) -> Result<Json<EnquiryView>, AppError> {
    reply(&state, &caller, id).await
}

/// `GET /api/counselling/inbox?topic=&after=&limit=`: new enquiries in the counsellor's
/// languages, oldest first, each with its first message; a page after the enquiry `after`, and
/// how many wait in all.
async fn inbox(
    State(state): State<AppState>,
    CounsellorCaller(caller): CounsellorCaller,
    ApiQuery(query): ApiQuery<InboxQuery>,
) -> Result<Json<InboxResponse>, AppError> {
    let limit = query.limit.unwrap_or(INBOX_PAGE_DEFAULT);
    if limit == 0 || usize::try_from(limit).map_or(true, |l| l > ENQUIRIES_PAGE_MAX) {
        return Err(AppError::field(
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::InvalidValue,
            "limit",
        ));
    }
    let after = match query.after {
        None => None,
        // The page before ended with an enquiry this counsellor could see; any other id is
        // not a place in this inbox.
        Some(id) => match state.store.enquiry(id).await? {
            Some(record) if caller.speaks(record.language) => Some((record.created_at, id)),
            _ => {
                return Err(AppError::field(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    ErrorCode::InvalidValue,
                    "after",
                ));
            }
        },
    };
    let languages = &caller.account.languages;
    let (page, more) = page_of(
        state
            .store
            .inbox(languages, query.topic, after, i64::from(limit) + 1)
            .await?,
        i64::from(limit),
    );
    let waiting = state.store.inbox_waiting(languages, query.topic).await?;
    let now = now();
    let enquiries = page
        .into_iter()
        .map(|(record, first)| InboxItem {
            enquiry: view(record, &caller, now),
            first_message: first.view(),
        })
        .collect();
    Ok(Json(InboxResponse {
        enquiries,
        more,
        waiting: u32::try_from(waiting).unwrap_or(u32::MAX),
    }))
}

/// `POST /api/counselling/enquiries/{id}/accept`: the first counsellor to accept a new
/// enquiry has it (200); anyone later gets 409 `enquiry_taken`. Accepting one's own enquiry
/// again answers 200, so a retry after a lost answer is safe.
async fn accept(
    State(state): State<AppState>,
    CounsellorCaller(caller): CounsellorCaller,
    EnquiryPath(id): EnquiryPath,
) -> Result<Json<EnquiryView>, AppError> {
    let record = state.store.enquiry(id).await?.ok_or_else(not_found)?;
    let mine = record.counsellor == Some(caller.id());
    if !mine && !caller.speaks(record.language) {
        return Err(not_found());
    }
    match record.status {
        EnquiryStatus::Closed => return Err(conflict(ErrorCode::EnquiryClosed)),
        EnquiryStatus::Accepted if mine => {
            return Ok(Json(view(record, &caller, now())));
        }
        EnquiryStatus::Accepted => return Err(conflict(ErrorCode::EnquiryTaken)),
        EnquiryStatus::New => {}
    }
    let won = state
        .store
        .accept(id, caller.id(), &caller.account.languages, now())
        .await?;
    if won {
        tracing::info!(enquiry = %id, counsellor = %caller.id(), "enquiry accepted");
        if record.mode == Mode::Chat {
            crate::ws::push_positions(&state).await;
        }
        return reply(&state, &caller, id).await;
    }
    // Someone was quicker (or the young person closed it) between the read and the update.
    let record = state.store.enquiry(id).await?.ok_or_else(not_found)?;
    match record.status {
        EnquiryStatus::Accepted if record.counsellor == Some(caller.id()) => {
            Ok(Json(view(record, &caller, now())))
        }
        EnquiryStatus::Closed => Err(conflict(ErrorCode::EnquiryClosed)),
        _ => Err(conflict(ErrorCode::EnquiryTaken)),
    }
}

/// `GET /api/counselling/enquiries/{id}/messages?since=…&limit=…`: the messages after
/// `since`, in storage order; `more` says whether to ask again.
async fn list_messages(
    State(state): State<AppState>,
    caller: Caller,
    EnquiryPath(id): EnquiryPath,
    ApiQuery(query): ApiQuery<MessagesQuery>,
) -> Result<Json<MessagesResponse>, AppError> {
    let limit = query.limit.unwrap_or(MESSAGES_PAGE_MAX);
    if !(1..=MESSAGES_PAGE_MAX).contains(&limit) {
        return Err(invalid(ErrorCode::InvalidValue, "limit"));
    }
    load(&state, &caller, id).await?;
    let since = query.since.unwrap_or(MessageId(0));
    let mut messages = state
        .store
        .messages(id, since, i64::from(limit) + 1)
        .await?;
    let page = usize::try_from(limit).unwrap_or(usize::MAX);
    let more = messages.len() > page;
    messages.truncate(page);
    Ok(Json(MessagesResponse {
        messages: messages.into_iter().map(|m| m.view()).collect(),
        more,
    }))
}

/// `POST /api/counselling/enquiries/{id}/messages`: a reply, stored before it is
/// acknowledged (201). Sent again with the same `client_message_id` it answers 200 with the
/// stored message and stores nothing.
async fn send_message(
    State(state): State<AppState>,
    caller: Caller,
    EnquiryPath(id): EnquiryPath,
    ApiJson(request): ApiJson<SendMessageRequest>,
) -> Result<(StatusCode, Json<MessageView>), AppError> {
    let (message, new) = store_message(&state, &caller, id, request).await?;
    let status = if new {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(message)))
}

/// Stores a reply of `caller` in enquiry `id` (the one path for HTTP and the WebSocket) and
/// pushes it to the other party's live connections. `true` with a newly stored message,
/// `false` with the message a resend of the same `client_message_id` stored before.
pub async fn store_message(
    state: &AppState,
    caller: &Caller,
    id: EnquiryId,
    request: SendMessageRequest,
) -> Result<(MessageView, bool), AppError> {
    let (record, access) = load(state, caller, id).await?;
    if let Some(existing) = state
        .store
        .message_by_client_id(caller.id(), &request.client_message_id)
        .await?
    {
        return Ok((stored_before(existing, id)?, false));
    }
    let side = match (access, record.status) {
        (Access::InboxReader, _) => return Err(conflict(ErrorCode::EnquiryNotAccepted)),
        (_, EnquiryStatus::Closed) => return Err(conflict(ErrorCode::EnquiryClosed)),
        (Access::Owner, _) => Side::Youth,
        (Access::Assignee, _) => Side::Counsellor,
    };
    if side == Side::Youth {
        not_blocked(state, caller).await?;
    }
    state.post_limiter.enforce(caller.id()).await?;
    let appended = state
        .store
        .append_message(&NewMessage {
            enquiry: id,
            author: caller.id(),
            side,
            client_message_id: request.client_message_id,
            text: request.text,
            now: now(),
        })
        .await?;
    match appended {
        Appended::Stored(message) => {
            tracing::debug!(enquiry = %id, message = %message.id, "message stored");
            let view = message.view();
            let other = match side {
                Side::Youth => record.counsellor,
                Side::Counsellor => Some(record.youth),
            };
            if let Some(other) = other {
                state.hub.send_to(
                    other,
                    &lernwelt_protocol::ServerMsg::Message {
                        message: view.clone(),
                    },
                );
            }
            Ok((view, true))
        }
        Appended::Existing(message) => Ok((stored_before(message, id)?, false)),
        Appended::Refused => {
            // Closed or handed over between the read and the write.
            let record = state.store.enquiry(id).await?.ok_or_else(not_found)?;
            if record.status == EnquiryStatus::Closed {
                Err(conflict(ErrorCode::EnquiryClosed))
            } else {
                Err(not_found())
            }
        }
    }
}

/// 403 `counselling_blocked` for a young person a counsellor blocked from counselling.
async fn not_blocked(state: &AppState, caller: &Caller) -> Result<(), AppError> {
    if state
        .store
        .counselling_blocked(caller.id())
        .await?
        .is_some()
    {
        security::record(Event::Forbidden, Some(caller.id()), Origin::default());
        return Err(AppError::client(
            StatusCode::FORBIDDEN,
            ErrorCode::CounsellingBlocked,
        ));
    }
    Ok(())
}

/// The answer to a resend: the stored message if it belongs to this enquiry.
fn stored_before(
    message: crate::store::MessageRecord,
    id: EnquiryId,
) -> Result<MessageView, AppError> {
    if message.enquiry == id {
        Ok(message.view())
    } else {
        Err(reused())
    }
}

/// `POST /api/counselling/enquiries/{id}/read`: the caller's side has read up to `up_to`.
async fn mark_read(
    State(state): State<AppState>,
    caller: Caller,
    EnquiryPath(id): EnquiryPath,
    ApiJson(request): ApiJson<MarkReadRequest>,
) -> Result<Json<EnquiryView>, AppError> {
    let (_, access) = load(&state, &caller, id).await?;
    let side = match access {
        Access::Owner => Side::Youth,
        Access::Assignee => Side::Counsellor,
        Access::InboxReader => return Err(conflict(ErrorCode::EnquiryNotAccepted)),
    };
    state.store.mark_read(id, side, request.up_to).await?;
    reply(&state, &caller, id).await
}

/// `POST /api/counselling/enquiries/{id}/close`: by the young person (also before anyone
/// accepted it) or the counsellor who has it. Deletes a pending callback request. Closing a
/// closed enquiry again answers 200.
async fn close(
    State(state): State<AppState>,
    caller: Caller,
    EnquiryPath(id): EnquiryPath,
) -> Result<Json<EnquiryView>, AppError> {
    let (record, access) = load(&state, &caller, id).await?;
    let party = match access {
        Access::Owner => Party::Youth(caller.id()),
        Access::Assignee => Party::Counsellor(caller.id()),
        Access::InboxReader => return Err(conflict(ErrorCode::EnquiryNotAccepted)),
    };
    if record.status != EnquiryStatus::Closed && state.store.close(id, party, now()).await? {
        tracing::info!(enquiry = %id, "enquiry closed");
        if record.mode == Mode::Chat {
            crate::ws::push_positions(&state).await;
        }
    }
    let (record, _) = load(&state, &caller, id).await?;
    if record.status == EnquiryStatus::Closed {
        Ok(Json(view(record, &caller, now())))
    } else {
        // Handed over between the read and the write: it is not the caller's to close.
        Err(not_found())
    }
}

/// `POST /api/counselling/enquiries/{id}/spam`: a counsellor closes an enquiry they have, or a
/// new one they could accept, as spam (its callback request deleted); with `block` its young
/// person may not write to counselling any more until an admin lifts it. Marking a closed
/// enquiry answers 409 `enquiry_closed`.
async fn spam(
    State(state): State<AppState>,
    CounsellorCaller(caller): CounsellorCaller,
    EnquiryPath(id): EnquiryPath,
    ApiJson(request): ApiJson<SpamRequest>,
) -> Result<Json<EnquiryView>, AppError> {
    let (record, _) = load(&state, &caller, id).await?;
    if record.status == EnquiryStatus::Closed {
        return Err(conflict(ErrorCode::EnquiryClosed));
    }
    let now = now();
    let Some(youth) = state
        .store
        .mark_spam(
            id,
            caller.id(),
            &caller.account.languages,
            request.block,
            now,
        )
        .await?
    else {
        // Accepted by someone else, handed over or closed between the read and the write.
        return Err(not_found());
    };
    tracing::info!(enquiry = %id, counsellor = %caller.id(), "enquiry closed as spam");
    if request.block {
        security::record(Event::CounsellingBlocked, Some(youth), Origin::default());
    }
    if record.mode == Mode::Chat {
        crate::ws::push_positions(&state).await;
    }
    let record = state.store.enquiry(id).await?.ok_or_else(not_found)?;
    Ok(Json(view(record, &caller, now)))
}

/// `POST /api/counselling/enquiries/{id}/handover`: the counsellor who has the enquiry gives
/// it to an active colleague who counsels in its language (204; the caller no longer sees it).
async fn hand_over(
    State(state): State<AppState>,
    CounsellorCaller(caller): CounsellorCaller,
    EnquiryPath(id): EnquiryPath,
    ApiJson(request): ApiJson<HandOverRequest>,
) -> Result<StatusCode, AppError> {
    let (record, access) = load(&state, &caller, id).await?;
    if access != Access::Assignee {
        return Err(conflict(ErrorCode::EnquiryNotAccepted));
    }
    if record.status == EnquiryStatus::Closed {
        return Err(conflict(ErrorCode::EnquiryClosed));
    }
    let target = request.to.canonical();
    if target == caller.account.nickname.canonical() {
        return Err(invalid(ErrorCode::ColleagueIsSelf, "to"));
    }
    let colleague = state
        .store
        .active_counsellor(&target)
        .await?
        .ok_or_else(|| invalid(ErrorCode::ColleagueNotFound, "to"))?;
    if !colleague.languages.as_slice().contains(&record.language) {
        return Err(invalid(ErrorCode::ColleagueLacksLanguage, "to"));
    }
    if !state.store.hand_over(id, caller.id(), colleague.id).await? {
        let record = state.store.enquiry(id).await?.ok_or_else(not_found)?;
        return Err(if record.status == EnquiryStatus::Closed {
            conflict(ErrorCode::EnquiryClosed)
        } else {
            not_found()
        });
    }
    tracing::info!(enquiry = %id, from = %caller.id(), to = %colleague.id, "enquiry handed over");
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/counselling/enquiries/{id}/callback/done`: the counsellor who has a callback
/// enquiry called; the phone number is deleted at once.
async fn callback_done(
    State(state): State<AppState>,
    CounsellorCaller(caller): CounsellorCaller,
    EnquiryPath(id): EnquiryPath,
) -> Result<Json<EnquiryView>, AppError> {
    let (record, access) = load(&state, &caller, id).await?;
    if access != Access::Assignee {
        return Err(conflict(ErrorCode::EnquiryNotAccepted));
    }
    if record.status == EnquiryStatus::Closed {
        return Err(conflict(ErrorCode::EnquiryClosed));
    }
    if record.callback.is_none() || !state.store.callback_done(id, caller.id(), now()).await? {
        return Err(conflict(ErrorCode::CallbackNotPending));
    }
    tracing::info!(enquiry = %id, "callback done, phone number deleted");
    reply(&state, &caller, id).await
}

/// `GET /api/counselling/absence`: the counsellor's own notice while it lasts.
async fn get_absence(
    State(state): State<AppState>,
    CounsellorCaller(caller): CounsellorCaller,
) -> Result<Json<AbsenceResponse>, AppError> {
    let now = now();
    let absence = state
        .store
        .absence(caller.id())
        .await?
        .filter(|a| a.until > now);
    Ok(Json(AbsenceResponse { absence }))
}

/// `GET /api/counselling/colleagues`: the other active counsellors with their languages,
/// whether their desk is open, and their running absence notice, by name.
async fn colleagues(
    State(state): State<AppState>,
    CounsellorCaller(caller): CounsellorCaller,
) -> Result<Json<ColleaguesResponse>, AppError> {
    let now = now();
    let mut colleagues = Vec::new();
    for counsellor in state.store.counsellors().await? {
        if counsellor.disabled_at.is_some() || counsellor.id == caller.id() {
            continue;
        }
        let absence = state
            .store
            .absence(counsellor.id)
            .await?
            .filter(|a| a.until > now);
        colleagues.push(ColleagueView {
            online: state.hub.is_online(counsellor.id),
            name: counsellor.name,
            languages: counsellor.languages,
            absence,
        });
    }
    Ok(Json(ColleaguesResponse { colleagues }))
}

/// `PUT /api/counselling/absence`: sets the notice the young people whose enquiries the
/// counsellor has see until `until`.
async fn set_absence(
    State(state): State<AppState>,
    CounsellorCaller(caller): CounsellorCaller,
    ApiJson(notice): ApiJson<AbsenceNotice>,
) -> Result<Json<AbsenceResponse>, AppError> {
    let now = now();
    if notice.until <= now || notice.until > now.plus_seconds(ABSENCE_MAX_AHEAD_SECS) {
        return Err(invalid(ErrorCode::AbsenceUntilInvalid, "until"));
    }
    state.store.set_absence(caller.id(), Some(&notice)).await?;
    Ok(Json(AbsenceResponse {
        absence: Some(notice),
    }))
}

/// `DELETE /api/counselling/absence`: back early (204).
async fn clear_absence(
    State(state): State<AppState>,
    CounsellorCaller(caller): CounsellorCaller,
) -> Result<StatusCode, AppError> {
    state.store.set_absence(caller.id(), None).await?;
    Ok(StatusCode::NO_CONTENT)
}
