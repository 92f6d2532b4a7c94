//! The anonymous account on this device: a nickname and a session token, nothing else.
//!
//! Phones and PCs are often shared, so the token outlives the visit only when the person ticked
//! "stay logged in on this device"; otherwise it lives in the browser tab (`sessionStorage`) or
//! only in the running game. Logging out ends the session on the server as well, and
//! [`ForgetDevice`] deletes every trace of the account here.

pub mod demo;
pub mod ui;

use bevy::ecs::component::Mutable;
use bevy::prelude::*;
use lernwelt_protocol::routes;
use lernwelt_protocol::{
    AgeBand, ChangePasswordRequest, DeleteAccountRequest, ErrorCode, Language, Languages,
    LoginRequest, Nickname, Password, PasswordAttempt, RegisterRequest, Role, SessionResponse,
    SessionView, SessionsResponse, TotpCode,
};
use serde::{Deserialize, Serialize};

use crate::core::options::LaunchOptions;
use crate::core::settings::SettingsStore;
use crate::core::storage::{ForgetDevice, LocalStore};
use crate::net::live::{Live, LiveEvent};
use crate::net::{NetError, Pending, Reply, ServerUrl, delete, delete_json, get, post_json};

/// The anonymous account on this device.
#[derive(Resource, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Account {
    pub nickname: String,
    /// The session token; `None` when logged out or expired.
    pub token: Option<String>,
    /// The person chose to stay logged in on this device.
    pub remember: bool,
    /// What the account may do: a counsellor's session opens the desk.
    pub role: Role,
    /// The password was made by an admin (a new counsellor's one-time password): the server
    /// takes nothing but its change until it is changed.
    pub password_change_required: bool,
}

impl Account {
    /// Whether a session is open.
    pub fn logged_in(&self) -> bool {
        self.token.is_some()
    }

    /// The token for everything but changing the password: none while the server still
    /// requires the change (it would refuse every request, and the live connection too).
    pub fn working_token(&self) -> Option<&str> {
        self.token
            .as_deref()
            .filter(|_| !self.password_change_required)
    }
}

impl std::fmt::Debug for Account {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The token is a secret: never in a log.
        f.debug_struct("Account")
            .field("nickname", &self.nickname)
            .field("token", &self.token.as_ref().map(|_| "…"))
            .field("remember", &self.remember)
            .field("role", &self.role)
            .field("password_change_required", &self.password_change_required)
            .finish()
    }
}

/// Something written under one account and kept on the device (drafts): it goes when another
/// person logs in on the device, or the person logs out.
pub trait WrittenUnderAccount: Resource + Default {
    /// The nickname it was written under.
    fn owner(&mut self) -> &mut String;
}

/// Registers the system that drops `T` when it is not the logged-in person's.
pub fn drop_when_not_theirs<T>(app: &mut App)
where
    T: WrittenUnderAccount + Component<Mutability = Mutable>,
{
    app.add_systems(PreUpdate, drop_others::<T>);
}

fn drop_others<T>(
    account: Res<Account>,
    mut actions: MessageReader<AccountAction>,
    mut written: ResMut<T>,
) where
    T: WrittenUnderAccount + Component<Mutability = Mutable>,
{
    if actions
        .read()
        .any(|action| *action == AccountAction::LogOut)
    {
        *written = T::default();
        return;
    }
    if account.is_changed()
        && account.logged_in()
        && *written.bypass_change_detection().owner() != account.nickname
    {
        *written = T::default();
        *written.owner() = account.nickname.clone();
    }
}

/// Where the account is kept: for good (only with "stay logged in"), or for this visit.
#[derive(Resource, Clone, Debug)]
struct AccountStores {
    device: LocalStore,
    visit: LocalStore,
}

/// What the person asks of the account.
#[derive(Message, Clone, Debug, PartialEq)]
pub enum AccountAction {
    /// Make an anonymous account.
    Register {
        nickname: String,
        password: String,
        age_band: AgeBand,
        language: Language,
        remember: bool,
    },
    /// Log in to an account again.
    Login {
        nickname: String,
        password: String,
        /// The authenticator's code: counsellors' second factor.
        totp: Option<String>,
        remember: bool,
    },
    /// End the session here and on the server.
    LogOut,
    /// The server no longer knows the session (it expired or was ended elsewhere): the
    /// nickname stays so the person can log in again.
    SessionEnded,
    /// Delete the account on the server with everything in it, then everything on the device;
    /// the server asks for the password once more.
    DeleteAccount {
        /// The account's password.
        password: String,
    },
    /// A new password, with the current one; the server ends every other session of the
    /// account (this one stays).
    ChangePassword { current: String, new: String },
    /// Ask the server for the account's sessions.
    ListSessions,
    /// End every session of the account, this one too.
    LogOutEverywhere,
    /// End one other session of the account (named by the sessions list), then list again.
    EndSession(String),
}

/// One request to the server about the account and how it went.
#[derive(Debug, Default)]
pub struct Asked {
    pending: Option<Pending>,
    /// Why it failed (a locale key).
    pub error: Option<String>,
    /// It went through.
    pub done: bool,
}

impl Asked {
    /// Whether it is on its way.
    pub fn busy(&self) -> bool {
        self.pending.is_some()
    }

    fn start(&mut self, pending: Pending) {
        *self = Asked {
            pending: Some(pending),
            ..default()
        };
    }

    fn refuse(&mut self, code: ErrorCode) {
        *self = Asked {
            error: Some(NetError::Refused(code).key()),
            ..default()
        };
    }

    /// The reply, once it has come (the request is then no longer on its way).
    fn poll(&mut self) -> Option<Reply> {
        let reply = self.pending.as_ref()?.poll()?;
        self.pending = None;
        Some(reply)
    }

    /// Notes how it went; an error that means the session is over ends it here too.
    fn settle<T>(
        &mut self,
        result: Result<T, NetError>,
        actions: &mut MessageWriter<AccountAction>,
    ) -> Option<T> {
        match result {
            Ok(value) => {
                self.done = true;
                Some(value)
            }
            Err(err) => {
                end_session_if_refused(&err, actions);
                self.error = Some(err.key());
                None
            }
        }
    }
}

/// A register or login request on its way, and why the last one failed.
#[derive(Resource, Debug, Default)]
pub struct AccountRequest {
    /// Why the last request failed (a locale key).
    pub error: Option<String>,
    pending: Option<(Pending, bool)>,
    /// The account's deletion on its way.
    deleting: Option<Pending>,
    /// The account was deleted (on the server and here).
    pub deleted: bool,
    /// The password change.
    pub change: Asked,
    /// The list of the account's sessions.
    pub listing: Asked,
    /// The sessions, as the server last listed them.
    pub sessions: Vec<SessionView>,
    /// "Log out everywhere".
    pub everywhere: Asked,
    /// Ending one other session from the list.
    pub ending: Asked,
}

impl AccountRequest {
    /// Whether a request is on its way.
    pub fn busy(&self) -> bool {
        self.pending.is_some() || self.deleting.is_some()
    }
}

/// The account: kept, logged in and out, forgotten.
pub struct AccountPlugin;

impl Plugin for AccountPlugin {
    fn build(&self, app: &mut App) {
        let settings = app
            .world()
            .get_resource::<SettingsStore>()
            .map_or_else(LocalStore::none, |s| s.0.clone());
        let device = settings.sibling("account");
        let stores = AccountStores {
            visit: device.for_this_visit(),
            device,
        };
        let (account, warning) = stores.device.load::<Account>();
        if let Some(warning) = warning {
            warn!("{warning}; no account on this device");
        }
        // Not remembered for good: maybe still open in this browser tab.
        let account = if account.logged_in() {
            account
        } else {
            stores.visit.load::<Account>().0
        };
        if let Some(path) = app
            .world()
            .get_resource::<LaunchOptions>()
            .and_then(|o| o.demo.clone())
        {
            match demo::DemoLogins::read(&path) {
                Ok(logins) => {
                    app.insert_resource(logins);
                }
                Err(err) => error!("{err}"),
            }
        }
        app.insert_resource(account)
            .insert_resource(stores)
            .init_resource::<AccountRequest>()
            .init_resource::<ui::DeviceStep>()
            .add_message::<AccountAction>()
            .add_systems(
                PreUpdate,
                (
                    take_actions,
                    receive,
                    receive_deletion,
                    receive_asked,
                    go_live,
                    refused_live,
                )
                    .chain(),
            )
            .add_systems(Last, save)
            .add_observer(forget);
    }
}

fn take_actions(
    mut actions: MessageReader<AccountAction>,
    mut request: ResMut<AccountRequest>,
    mut account: ResMut<Account>,
    server: Res<ServerUrl>,
) {
    let request = &mut *request;
    for action in actions.read() {
        match action {
            AccountAction::Register {
                nickname,
                password,
                age_band,
                language,
                remember,
            } => {
                let body = (|| {
                    Ok::<_, ErrorCode>(RegisterRequest {
                        nickname: Nickname::try_from(nickname.trim()).map_err(|e| e.0)?,
                        password: Password::try_from(password.as_str()).map_err(|e| e.0)?,
                        age_band: *age_band,
                        languages: Languages::try_from(vec![*language]).map_err(|e| e.0)?,
                    })
                })();
                send(request, body, *remember, |b| {
                    post_json(&server.url(routes::ACCOUNTS), None, b)
                });
            }
            AccountAction::Login {
                nickname,
                password,
                totp,
                remember,
            } => {
                let body = (|| {
                    Ok::<_, ErrorCode>(LoginRequest {
                        nickname: Nickname::try_from(nickname.trim()).map_err(|e| e.0)?,
                        password: PasswordAttempt::try_from(password.as_str()).map_err(|e| e.0)?,
                        totp: totp
                            .as_deref()
                            .map(|code| TotpCode::try_from(code.trim()).map_err(|e| e.0))
                            .transpose()?,
                    })
                })();
                send(request, body, *remember, |b| {
                    post_json(&server.url(routes::SESSIONS), None, b)
                });
            }
            AccountAction::LogOut => {
                if let Some(token) = account.token.take() {
                    // The session ends here at once; the server is told in the background.
                    // Should it not be reached, the session runs out there on its own.
                    let _ = delete(&server.url(routes::CURRENT_SESSION), Some(&token));
                }
                *account = Account::default();
                request.error = None;
                // Nothing of this account's requests is shown to whoever comes next.
                request.change = Asked::default();
                request.listing = Asked::default();
                request.ending = Asked::default();
                request.sessions.clear();
            }
            AccountAction::SessionEnded => {
                account.token = None;
            }
            AccountAction::DeleteAccount { password } => {
                if let Some(token) = account.token.as_deref()
                    && request.deleting.is_none()
                {
                    request.error = None;
                    request.deleted = false;
                    match PasswordAttempt::try_from(password.clone()) {
                        Ok(password) => {
                            let body = DeleteAccountRequest { password };
                            let url = server.url(routes::ME);
                            request.deleting = Some(delete_json(&url, Some(token), &body));
                        }
                        Err(e) => request.error = Some(NetError::Refused(e.0).key()),
                    }
                }
            }
            AccountAction::ChangePassword { current, new } => {
                let Some(token) = account.token.as_deref() else {
                    continue;
                };
                if request.change.busy() {
                    continue;
                }
                let body = (|| {
                    Ok::<_, ErrorCode>(ChangePasswordRequest {
                        current_password: PasswordAttempt::try_from(current.as_str())
                            .map_err(|e| e.0)?,
                        new_password: Password::try_from(new.as_str()).map_err(|e| e.0)?,
                    })
                })();
                match body {
                    Ok(body) => request.change.start(post_json(
                        &server.url(routes::ME_PASSWORD),
                        Some(token),
                        &body,
                    )),
                    Err(code) => request.change.refuse(code),
                }
            }
            AccountAction::ListSessions => {
                if let Some(token) = account.token.as_deref()
                    && !request.listing.busy()
                {
                    request
                        .listing
                        .start(get(&server.url(routes::SESSIONS), Some(token)));
                }
            }
            AccountAction::EndSession(id) => {
                if let Some(token) = account.token.as_deref()
                    && !request.ending.busy()
                {
                    request
                        .ending
                        .start(delete(&server.url(&routes::session_path(id)), Some(token)));
                }
            }
            AccountAction::LogOutEverywhere => {
                if let Some(token) = account.token.as_deref()
                    && !request.everywhere.busy()
                {
                    request
                        .everywhere
                        .start(delete(&server.url(routes::SESSIONS), Some(token)));
                }
            }
        }
    }
}

/// Sends a request that passed the checks here, or shows why it did not.
fn send<T>(
    request: &mut AccountRequest,
    body: Result<T, ErrorCode>,
    remember: bool,
    post: impl FnOnce(&T) -> Pending,
) {
    if request.busy() {
        return;
    }
    match body {
        Ok(body) => {
            request.error = None;
            request.pending = Some((post(&body), remember));
        }
        Err(code) => request.error = Some(NetError::Refused(code).key()),
    }
}

fn receive(mut request: ResMut<AccountRequest>, mut account: ResMut<Account>) {
    let Some((pending, remember)) = &request.pending else {
        return;
    };
    let remember = *remember;
    let Some(reply) = pending.poll() else {
        return;
    };
    request.pending = None;
    match reply.parse::<SessionResponse>() {
        Ok(session) => {
            *account = Account {
                nickname: session.account.nickname.as_str().to_owned(),
                token: Some(session.token.expose().to_owned()),
                remember,
                role: session.account.role,
                password_change_required: session.password_change_required,
            };
            request.error = None;
        }
        Err(err) => request.error = Some(err.key()),
    }
}

/// The server deleted the account: now everything on the device goes too. A refusal leaves
/// everything as it was and says why.
fn receive_deletion(
    mut request: ResMut<AccountRequest>,
    mut actions: MessageWriter<AccountAction>,
    mut commands: Commands,
) {
    let Some(reply) = request.deleting.as_ref().and_then(Pending::poll) else {
        return;
    };
    request.deleting = None;
    match reply.parse_empty() {
        Ok(()) => {
            request.deleted = true;
            commands.trigger(ForgetDevice);
        }
        Err(err) => {
            end_session_if_refused(&err, &mut actions);
            request.error = Some(err.key());
        }
    }
}

/// The password change, the sessions list and "log out everywhere" as they come back.
fn receive_asked(
    mut request: ResMut<AccountRequest>,
    mut account: ResMut<Account>,
    mut actions: MessageWriter<AccountAction>,
) {
    let request = &mut *request;
    if let Some(reply) = request.change.poll()
        && request
            .change
            .settle(reply.parse_empty(), &mut actions)
            .is_some()
    {
        // The session it was changed with may do everything from now on.
        account.password_change_required = false;
    }
    if let Some(reply) = request.listing.poll()
        && let Some(list) = request
            .listing
            .settle(reply.parse::<SessionsResponse>(), &mut actions)
    {
        request.sessions = this_device_first(list.sessions);
    }
    if let Some(reply) = request.ending.poll() {
        // Ended, or gone already (nothing to say then): either way the list is asked again.
        let result = reply.parse_empty();
        if result != Err(NetError::Refused(ErrorCode::NotFound)) {
            let _ = request.ending.settle(result, &mut actions);
        }
        actions.write(AccountAction::ListSessions);
    }
    if let Some(reply) = request.everywhere.poll()
        && request
            .everywhere
            .settle(reply.parse_empty(), &mut actions)
            .is_some()
    {
        // The server has ended this session too: out here as with "log out" (drafts go).
        account.token = None;
        request.sessions.clear();
        actions.write(AccountAction::LogOut);
    }
}

/// What an answer from the server means for the session: one the server no longer knows is
/// over (the nickname stays, so the person can log in again). Every feature that talks to the
/// server passes its errors here.
pub fn end_session_if_refused(error: &NetError, actions: &mut MessageWriter<AccountAction>) {
    if *error == NetError::Refused(ErrorCode::Unauthenticated) {
        actions.write(AccountAction::SessionEnded);
    }
}

/// The live connection runs while a session is open, with its token.
fn go_live(account: Res<Account>, mut live: ResMut<Live>) {
    if account.is_changed() {
        live.use_token(account.working_token());
    }
}

/// The live connection refused the token: the session is over as for a refused request.
fn refused_live(mut events: MessageReader<LiveEvent>, mut actions: MessageWriter<AccountAction>) {
    for event in events.read() {
        if let LiveEvent::Frame(lernwelt_protocol::ServerMsg::Error {
            code: ErrorCode::Unauthenticated,
            ..
        }) = event
        {
            actions.write(AccountAction::SessionEnded);
        }
    }
}

/// Keeps the account where the person chose, and nowhere else.
fn save(account: Res<Account>, stores: Res<AccountStores>) {
    if !account.is_changed() || account.is_added() {
        return;
    }
    let (keep, clear) = if account.remember {
        (&stores.device, &stores.visit)
    } else {
        (&stores.visit, &stores.device)
    };
    let result = if account.logged_in() {
        keep.save(&*account)
    } else {
        // Logged out: nothing of the account needs to stay.
        keep.remove()
    };
    if let Err(err) = result.and_then(|()| clear.remove()) {
        warn!("the account could not be kept: {err}");
    }
}

fn forget(
    _: On<ForgetDevice>,
    mut actions: MessageWriter<AccountAction>,
    stores: Res<AccountStores>,
) {
    actions.write(AccountAction::LogOut);
    for store in [&stores.device, &stores.visit] {
        if let Err(err) = store.remove() {
            warn!("the account could not be deleted: {err}");
        }
    }
}

/// The sessions as the settings list them: this device on top (a person looks for it first),
/// then the others in the server's order, most recently used first.
fn this_device_first(mut sessions: Vec<SessionView>) -> Vec<SessionView> {
    // A stable sort keeps the server's order among the others.
    sessions.sort_by_key(|session| !session.current);
    sessions
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_stays_out_of_debug_output() {
        let account = Account {
            nickname: "sonne".into(),
            token: Some("secret-token".into()),
            remember: true,
            role: Role::Youth,
            password_change_required: false,
        };
        assert!(!format!("{account:?}").contains("secret"));
    }

    #[test]
    fn this_device_comes_first_and_the_others_keep_the_servers_order() {
        let at = |minute: i64| lernwelt_protocol::Timestamp(1_796_500_000 + minute * 60);
        let session = |id: &str, current: bool| SessionView {
            id: id.into(),
            created_at: at(1),
            last_used_at: at(2),
            expires_at: at(3),
            current,
        };
        let listed = this_device_first(vec![
            session("a", false),
            session("b", false),
            session("here", true),
            session("c", false),
        ]);
        let ids: Vec<&str> = listed.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["here", "a", "b", "c"]);
    }
}
