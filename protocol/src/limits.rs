//! Limits on every field, as constants shared by client forms and server checks.

/// Fewest characters (Unicode scalar values) in a nickname.
pub const NICKNAME_MIN_CHARS: usize = 3;
/// Most characters in a nickname.
pub const NICKNAME_MAX_CHARS: usize = 24;
/// Fewest characters in a new password.
pub const PASSWORD_MIN_CHARS: usize = 10;
/// Most characters in a password (also bounds the work of hashing one).
pub const PASSWORD_MAX_CHARS: usize = 128;
/// Most preferred languages an account can list (every supported language once).
pub const LANGUAGES_MAX: usize = 6;
/// Length of a session token in characters (lowercase hex of 32 random bytes).
pub const SESSION_TOKEN_CHARS: usize = 64;
/// Largest request body the server reads, in bytes.
pub const MAX_BODY_BYTES: usize = 16 * 1024;
