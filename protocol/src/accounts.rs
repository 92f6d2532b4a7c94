//! Anonymous accounts: the validated values (nickname, password, age band, languages) and the
//! request/response pairs of register, login, logout, "me", password change, the sessions list
//! and delete-account.

use crate::error::{ErrorCode, ValidationError};
use crate::ids::AccountId;
use crate::limits::{
    LANGUAGES_MAX, NICKNAME_MAX_CHARS, NICKNAME_MIN_CHARS, PASSWORD_MAX_CHARS, PASSWORD_MIN_CHARS,
    TOTP_DIGITS,
};
use crate::time::Timestamp;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A public nickname: 3–24 letters (any script), digits, `_`, `-` or `.`, with at least one
/// letter or digit. No spaces, no invisible or combining-only characters.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Nickname(String);

impl Nickname {
    /// The nickname as typed.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form two nicknames are compared in: `Lena` and `lena` are the same nickname.
    #[must_use]
    pub fn canonical(&self) -> String {
        self.0.to_lowercase()
    }
}

/// Letters of any script, ASCII digits and Arabic-Indic digits; the few ASCII marks below.
fn nickname_char_allowed(c: char) -> bool {
    nickname_char_is_word(c) || matches!(c, '_' | '-' | '.')
}

fn nickname_char_is_word(c: char) -> bool {
    c.is_alphabetic()
        || c.is_ascii_digit()
        || ('\u{0660}'..='\u{0669}').contains(&c)
        || ('\u{06F0}'..='\u{06F9}').contains(&c)
}

impl TryFrom<String> for Nickname {
    type Error = ValidationError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        let chars = value.chars().count();
        if chars < NICKNAME_MIN_CHARS {
            return Err(ValidationError(ErrorCode::NicknameTooShort));
        }
        if chars > NICKNAME_MAX_CHARS {
            return Err(ValidationError(ErrorCode::NicknameTooLong));
        }
        if !value.chars().all(nickname_char_allowed) || !value.chars().any(nickname_char_is_word) {
            return Err(ValidationError(ErrorCode::NicknameInvalidCharacters));
        }
        Ok(Self(value))
    }
}

impl TryFrom<&str> for Nickname {
    type Error = ValidationError;

    fn try_from(value: &str) -> Result<Self, Self::Error> {
        Self::try_from(value.to_owned())
    }
}

impl From<Nickname> for String {
    fn from(value: Nickname) -> Self {
        value.0
    }
}

impl fmt::Debug for Nickname {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A nickname is personal data: keep it out of debug logs by accident.
        f.write_str("Nickname(…)")
    }
}

/// A new password: 10–128 characters, anything allowed. Its `Debug` never shows it.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Password(String);

impl Password {
    /// The password itself, to hash it.
    #[must_use]
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Password {
    type Error = ValidationError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        let chars = value.chars().count();
        if chars < PASSWORD_MIN_CHARS {
            return Err(ValidationError(ErrorCode::PasswordTooShort));
        }
        if chars > PASSWORD_MAX_CHARS {
            return Err(ValidationError(ErrorCode::PasswordTooLong));
        }
        Ok(Self(value))
    }
}

impl TryFrom<&str> for Password {
    type Error = ValidationError;

    fn try_from(value: &str) -> Result<Self, Self::Error> {
        Self::try_from(value.to_owned())
    }
}

impl From<Password> for String {
    fn from(value: Password) -> Self {
        value.0
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(…)")
    }
}

/// A password typed at login: 1–128 characters. Looser than [`Password`] so that tightening
/// the rules for new passwords never locks out an existing account.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PasswordAttempt(String);

impl PasswordAttempt {
    /// The password itself, to verify it.
    #[must_use]
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for PasswordAttempt {
    type Error = ValidationError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        if value.is_empty() {
            return Err(ValidationError(ErrorCode::PasswordEmpty));
        }
        if value.chars().count() > PASSWORD_MAX_CHARS {
            return Err(ValidationError(ErrorCode::PasswordTooLong));
        }
        Ok(Self(value))
    }
}

impl TryFrom<&str> for PasswordAttempt {
    type Error = ValidationError;

    fn try_from(value: &str) -> Result<Self, Self::Error> {
        Self::try_from(value.to_owned())
    }
}

impl From<PasswordAttempt> for String {
    fn from(value: PasswordAttempt) -> Self {
        value.0
    }
}

impl fmt::Debug for PasswordAttempt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PasswordAttempt(…)")
    }
}

/// A TOTP code from an authenticator app: exactly six ASCII digits. Its `Debug` never shows it.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct TotpCode(String);

impl TotpCode {
    /// The code, to check it.
    #[must_use]
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for TotpCode {
    type Error = ValidationError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        if value.len() != TOTP_DIGITS || !value.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ValidationError(ErrorCode::TotpMalformed));
        }
        Ok(Self(value))
    }
}

impl TryFrom<&str> for TotpCode {
    type Error = ValidationError;

    fn try_from(value: &str) -> Result<Self, Self::Error> {
        Self::try_from(value.to_owned())
    }
}

impl From<TotpCode> for String {
    fn from(value: TotpCode) -> Self {
        value.0
    }
}

impl fmt::Debug for TotpCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("TotpCode(…)")
    }
}

/// Age band, asked instead of a birth date (data minimisation).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum AgeBand {
    /// Younger than 16.
    #[serde(rename = "under_16")]
    Under16,
    /// 16 or 17.
    #[serde(rename = "16_17")]
    From16To17,
    /// 18 to 21.
    #[serde(rename = "18_21")]
    From18To21,
    /// 22 to 27.
    #[serde(rename = "22_27")]
    From22To27,
    /// Older than 27.
    #[serde(rename = "over_27")]
    Over27,
}

impl AgeBand {
    /// Every band, youngest first.
    pub const ALL: [AgeBand; 5] = [
        AgeBand::Under16,
        AgeBand::From16To17,
        AgeBand::From18To21,
        AgeBand::From22To27,
        AgeBand::Over27,
    ];

    /// The wire name (`"16_17"`), also used for storage.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            AgeBand::Under16 => "under_16",
            AgeBand::From16To17 => "16_17",
            AgeBand::From18To21 => "18_21",
            AgeBand::From22To27 => "22_27",
            AgeBand::Over27 => "over_27",
        }
    }

    /// The band with this wire name.
    #[must_use]
    pub fn from_code(code: &str) -> Option<AgeBand> {
        AgeBand::ALL.into_iter().find(|b| b.code() == code)
    }
}

/// A counselling language.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// Deutsch: the default, the language of the country and of the interviews practised here.
    #[default]
    De,
    /// English.
    En,
    /// Русский.
    Ru,
    /// Türkçe.
    Tr,
    /// العربية (right to left).
    Ar,
    /// Shqip.
    Sq,
}

impl Language {
    /// Every supported language.
    pub const ALL: [Language; LANGUAGES_MAX] = [
        Language::De,
        Language::En,
        Language::Ru,
        Language::Tr,
        Language::Ar,
        Language::Sq,
    ];

    /// The ISO 639-1 code (`"ar"`), also the wire name.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Language::De => "de",
            Language::En => "en",
            Language::Ru => "ru",
            Language::Tr => "tr",
            Language::Ar => "ar",
            Language::Sq => "sq",
        }
    }

    /// The language with this code (surrounding spaces ignored).
    #[must_use]
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code.trim())
    }

    /// The language's name in itself, so people can find their own.
    #[must_use]
    pub const fn native_name(self) -> &'static str {
        match self {
            Language::De => "Deutsch",
            Language::En => "English",
            Language::Ru => "Русский",
            Language::Tr => "Türkçe",
            Language::Ar => "العربية",
            Language::Sq => "Shqip",
        }
    }

    /// Whether text in this language runs right to left.
    #[must_use]
    pub const fn is_rtl(self) -> bool {
        matches!(self, Language::Ar)
    }

    /// All codes, comma-separated, for error messages.
    #[must_use]
    pub fn codes() -> String {
        Language::ALL.map(Language::code).join(", ")
    }
}

impl core::fmt::Display for Language {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.code())
    }
}

/// Preferred counselling languages, most preferred first: at least one, none twice.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "Vec<Language>", into = "Vec<Language>")]
pub struct Languages(Vec<Language>);

impl Languages {
    /// The languages, most preferred first.
    #[must_use]
    pub fn as_slice(&self) -> &[Language] {
        &self.0
    }
}

impl TryFrom<Vec<Language>> for Languages {
    type Error = ValidationError;

    fn try_from(value: Vec<Language>) -> Result<Self, Self::Error> {
        if value.is_empty() {
            return Err(ValidationError(ErrorCode::LanguagesEmpty));
        }
        for (i, language) in value.iter().enumerate() {
            if value[..i].contains(language) {
                return Err(ValidationError(ErrorCode::LanguagesDuplicate));
            }
        }
        Ok(Self(value))
    }
}

impl From<Languages> for Vec<Language> {
    fn from(value: Languages) -> Self {
        value.0
    }
}

/// What an account may do.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A young person seeking counselling (every self-registered account).
    #[default]
    Youth,
    /// A counsellor of the youth migration services.
    Counsellor,
    /// Site staff running the server.
    Admin,
}

impl Role {
    /// Every role.
    pub const ALL: [Role; 3] = [Role::Youth, Role::Counsellor, Role::Admin];

    /// The wire name, also used for storage.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Role::Youth => "youth",
            Role::Counsellor => "counsellor",
            Role::Admin => "admin",
        }
    }

    /// The role with this wire name.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// An opaque bearer token naming a session. Send it as `Authorization: Bearer <token>`.
/// Its `Debug` never shows it.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SessionToken(pub String);

impl SessionToken {
    /// The token, to put into the `Authorization` header.
    #[must_use]
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for SessionToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SessionToken(…)")
    }
}

/// `POST /api/accounts`: a young person registers. Only these four things are asked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(example = crate::schema::examples::register()))]
pub struct RegisterRequest {
    /// The public nickname; unique without regard to case.
    pub nickname: Nickname,
    /// The new password.
    pub password: Password,
    /// The age band.
    pub age_band: AgeBand,
    /// Preferred counselling languages.
    pub languages: Languages,
}

/// `POST /api/sessions`: log in with nickname and password, and for counsellors and admins
/// the current TOTP code as the second factor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(example = crate::schema::examples::login()))]
pub struct LoginRequest {
    /// The nickname (any case).
    pub nickname: Nickname,
    /// The password.
    pub password: PasswordAttempt,
    /// The code of the authenticator app; required for staff accounts, ignored for young
    /// people.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub totp: Option<TotpCode>,
}

/// An account as its owner sees it (`GET /api/me`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct AccountView {
    /// The account's id.
    pub id: AccountId,
    /// The nickname as registered.
    pub nickname: Nickname,
    /// What the account may do.
    pub role: Role,
    /// The age band; only young people are asked, so staff accounts have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_band: Option<AgeBand>,
    /// Preferred counselling languages; for a counsellor the languages counselled in.
    pub languages: Languages,
    /// When the account was made.
    pub created_at: Timestamp,
}

/// The answer to a successful registration (201) or login (200): a new session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SessionResponse {
    /// The bearer token of the new session; the server keeps only its hash.
    pub token: SessionToken,
    /// When the session ends; log in again after that.
    pub expires_at: Timestamp,
    /// The account the session belongs to.
    pub account: AccountView,
    /// The password was made by an admin (a new counsellor's one-time password): every route
    /// but changing it ([`crate::routes::ME_PASSWORD`]), the own account, the own sessions and
    /// logging out answers 403 `password_change_required` until it is changed.
    #[serde(default)]
    pub password_change_required: bool,
}

/// `POST /api/me/password`: a new password for the own account, with the current one. Every
/// other session of the account ends.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(example = crate::schema::examples::change_password()))]
pub struct ChangePasswordRequest {
    /// The password the account has now.
    pub current_password: PasswordAttempt,
    /// The new password; it must differ from the current one and be hard to guess.
    pub new_password: Password,
}

/// `DELETE /api/me`: the password once more, so that a session left open on a shared phone
/// cannot delete the account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(example = crate::schema::examples::delete_account()))]
pub struct DeleteAccountRequest {
    /// The account's password.
    pub password: PasswordAttempt,
}

/// One session of the own account (`GET /api/sessions`). Nothing identifying (no address, no
/// device) is stored, so nothing of that kind is shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SessionView {
    /// Names the session to end it (`DELETE /api/sessions/{id}`): 16 hex characters derived
    /// from the token's hash, from which neither can be found.
    pub id: String,
    /// When the session was made (the login or registration).
    pub created_at: Timestamp,
    /// When it was last used for a request, to the minute.
    pub last_used_at: Timestamp,
    /// When it ends by itself.
    pub expires_at: Timestamp,
    /// Whether this is the session the list was asked with.
    pub current: bool,
}

/// `GET /api/sessions`: the own account's sessions, most recently used first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SessionsResponse {
    /// The sessions (at most [`crate::limits::SESSIONS_LISTED_MAX`]).
    pub sessions: Vec<SessionView>,
}

/// Whether the server and its database answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum HealthStatus {
    /// Everything answers.
    Ok,
    /// The database does not answer.
    Unavailable,
}

/// `GET /healthz`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct HealthResponse {
    /// The overall status.
    pub status: HealthStatus,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nick(s: &str) -> Result<Nickname, ErrorCode> {
        Nickname::try_from(s).map_err(|e| e.0)
    }

    #[test]
    fn nicknames_in_every_script_are_accepted() {
        for ok in [
            "lena",
            "Ali_99",
            "a.b-c",
            "Анна",
            "Ömer",
            "ëndërr",
            "ليلى",
            "سارا٢٠٠٧",
            "x۱۲",
            "abcdefghijklmnopqrstuvwx",
        ] {
            assert!(nick(ok).is_ok(), "{ok} should be a valid nickname");
        }
    }

    #[test]
    fn bad_nicknames_are_refused_with_a_code() {
        assert_eq!(nick("ab"), Err(ErrorCode::NicknameTooShort));
        assert_eq!(nick(""), Err(ErrorCode::NicknameTooShort));
        assert_eq!(
            nick("abcdefghijklmnopqrstuvwxy"),
            Err(ErrorCode::NicknameTooLong)
        );
        for bad in [
            "two words",
            "semi;colon",
            "zero\u{200B}width",
            "a\u{0308}bc",
            "...",
            "_-_",
            "emoji😀",
            "new\nline",
            "½half",
        ] {
            assert_eq!(
                nick(bad),
                Err(ErrorCode::NicknameInvalidCharacters),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn nickname_length_counts_characters_not_bytes() {
        // 24 Arabic letters are 48 bytes but 24 characters.
        assert!(nick(&"ب".repeat(24)).is_ok());
        assert_eq!(nick(&"ب".repeat(25)), Err(ErrorCode::NicknameTooLong));
    }

    #[test]
    fn canonical_nickname_ignores_case_in_every_script() {
        assert_eq!(nick("LeNa").unwrap().canonical(), "lena");
        assert_eq!(nick("АННА").unwrap().canonical(), "анна");
    }

    #[test]
    fn password_limits() {
        assert_eq!(
            Password::try_from("123456789").map_err(|e| e.0),
            Err(ErrorCode::PasswordTooShort)
        );
        assert!(Password::try_from("1234567890").is_ok());
        assert!(Password::try_from("ä".repeat(128)).is_ok());
        assert_eq!(
            Password::try_from("ä".repeat(129)).map_err(|e| e.0),
            Err(ErrorCode::PasswordTooLong)
        );
        assert_eq!(
            PasswordAttempt::try_from("").map_err(|e| e.0),
            Err(ErrorCode::PasswordEmpty)
        );
        assert!(PasswordAttempt::try_from("short").is_ok());
    }

    #[test]
    fn secrets_stay_out_of_debug_output() {
        let req = LoginRequest {
            nickname: nick("lena").unwrap(),
            password: PasswordAttempt::try_from("geheim-geheim").unwrap(),
            totp: Some(TotpCode::try_from("924113").unwrap()),
        };
        let shown = format!("{req:?} {:?}", SessionToken("abc123".into()));
        assert!(!shown.contains("geheim"));
        assert!(!shown.contains("924113"));
        assert!(!shown.contains("lena"));
        assert!(!shown.contains("abc123"));
    }

    #[test]
    fn totp_codes_are_six_ascii_digits() {
        assert!(TotpCode::try_from("012345").is_ok());
        for bad in ["", "12345", "1234567", "12 345", "12345a", "١٢٣٤٥٦"] {
            assert_eq!(
                TotpCode::try_from(bad).map_err(|e| e.0),
                Err(ErrorCode::TotpMalformed),
                "{bad:?}"
            );
        }
        let login: LoginRequest =
            serde_json::from_str(r#"{"nickname":"lena","password":"x"}"#).unwrap();
        assert_eq!(login.totp, None);
        assert_eq!(
            serde_json::to_string(&login).unwrap(),
            r#"{"nickname":"lena","password":"x"}"#
        );
    }

    #[test]
    fn languages_need_one_and_no_duplicates() {
        assert_eq!(
            Languages::try_from(vec![]).map_err(|e| e.0),
            Err(ErrorCode::LanguagesEmpty)
        );
        assert_eq!(
            Languages::try_from(vec![Language::Ar, Language::De, Language::Ar]).map_err(|e| e.0),
            Err(ErrorCode::LanguagesDuplicate)
        );
        assert!(Languages::try_from(Language::ALL.to_vec()).is_ok());
    }

    #[test]
    fn register_request_wire_format() {
        let json = r#"{"nickname":"Ömer","password":"sehr-geheim-1","age_band":"18_21","languages":["tr","de"]}"#;
        let req: RegisterRequest = serde_json::from_str(json).unwrap();
        assert_eq!(req.age_band, AgeBand::From18To21);
        assert_eq!(req.languages.as_slice(), &[Language::Tr, Language::De]);
        assert_eq!(serde_json::to_string(&req).unwrap(), json);
    }

    #[test]
    fn requests_refuse_unknown_fields_and_invalid_values() {
        let unknown = r#"{"nickname":"lena","password":"x","email":"a@b"}"#;
        assert!(serde_json::from_str::<LoginRequest>(unknown).is_err());
        let bad_lang = r#"{"nickname":"lena","password":"sehr-geheim-1","age_band":"18_21","languages":["fr"]}"#;
        assert!(serde_json::from_str::<RegisterRequest>(bad_lang).is_err());
        let short_nick = r#"{"nickname":"le","password":"x"}"#;
        let err = serde_json::from_str::<LoginRequest>(short_nick).unwrap_err();
        assert!(err.to_string().starts_with("nickname_too_short"));
    }

    #[test]
    fn codes_match_serde_names() {
        for band in AgeBand::ALL {
            assert_eq!(
                serde_json::to_string(&band).unwrap(),
                format!("\"{}\"", band.code())
            );
            assert_eq!(AgeBand::from_code(band.code()), Some(band));
        }
        for lang in Language::ALL {
            assert_eq!(
                serde_json::to_string(&lang).unwrap(),
                format!("\"{}\"", lang.code())
            );
            assert_eq!(Language::from_code(lang.code()), Some(lang));
        }
        for role in Role::ALL {
            assert_eq!(
                serde_json::to_string(&role).unwrap(),
                format!("\"{}\"", role.code())
            );
            assert_eq!(Role::from_code(role.code()), Some(role));
        }
    }
}
