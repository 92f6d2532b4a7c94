//! Session tokens: 32 random bytes shown to the client once as 64 hex characters; the server
//! stores only their SHA-256. The [`crate::caller::Caller`] extractor turns an
//! `Authorization: Bearer …` header into the account it belongs to, or a 401.

use crate::error::AppError;
use crate::store::{NewSession, TokenHash};
use lernwelt_protocol::limits::SESSION_TOKEN_CHARS;
use lernwelt_protocol::{SessionToken, Timestamp};
use sha2::{Digest, Sha256};
use std::fmt::Write as _;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The current time in whole seconds.
#[must_use]
pub fn now() -> Timestamp {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Timestamp(i64::try_from(seconds).unwrap_or(i64::MAX))
}

/// The current time in milliseconds since the epoch (for limits that every instance shares).
#[must_use]
pub fn now_ms() -> i64 {
    let ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis());
    i64::try_from(ms).unwrap_or(i64::MAX)
}

/// A fresh token and the session record to store for it, valid for `ttl` from `now`.
pub fn new_session(
    now: Timestamp,
    ttl: Duration,
    second_factor: bool,
) -> Result<(SessionToken, NewSession), AppError> {
    let mut bytes = [0u8; SESSION_TOKEN_CHARS / 2];
    getrandom::fill(&mut bytes).map_err(|e| AppError::internal("random", e))?;
    let token = to_hex(&bytes);
    let session = NewSession {
        token_hash: hash_token(&token),
        created_at: now,
        expires_at: now.plus_seconds(i64::try_from(ttl.as_secs()).unwrap_or(i64::MAX)),
        second_factor,
    };
    Ok((SessionToken(token), session))
}

/// The stored form of a token.
#[must_use]
pub fn hash_token(token: &str) -> TokenHash {
    TokenHash(Sha256::digest(token.as_bytes()).into())
}

/// The public name of a session in the sessions list: 16 hex characters of a hash of its
/// token's hash, so the list never shows (or lets anyone work back to) what logs in.
#[must_use]
pub fn handle(token_hash: &TokenHash) -> String {
    let digest = Sha256::new()
        .chain_update(b"lernwelt session handle\0")
        .chain_update(token_hash.0)
        .finalize();
    digest
        .iter()
        .take(8)
        .fold(String::with_capacity(16), |mut text, byte| {
            let _ = write!(text, "{byte:02x}");
            text
        })
}

fn to_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        out.push(char::from(DIGITS[usize::from(byte >> 4)]));
        out.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
    }
    out
}

/// A token as the server makes them: exactly 64 lowercase hex digits. Anything else is
/// refused before touching the database.
pub(crate) fn well_formed(token: &str) -> bool {
    token.len() == SESSION_TOKEN_CHARS
        && token
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_hex_and_stored_hashed() {
        let (a, session_a) = new_session(Timestamp(1000), Duration::from_secs(60), false).unwrap();
        let (b, _) = new_session(Timestamp(1000), Duration::from_secs(60), false).unwrap();
        assert_ne!(a, b);
        assert!(well_formed(a.expose()));
        assert_eq!(session_a.token_hash, hash_token(a.expose()));
        assert_eq!(session_a.expires_at, Timestamp(1060));
    }

    #[test]
    fn malformed_tokens_are_refused() {
        assert!(!well_formed(""));
        assert!(!well_formed(&"A".repeat(64)));
        assert!(!well_formed(&"a".repeat(63)));
        assert!(!well_formed(&"é".repeat(32)));
        assert!(well_formed(&"0f".repeat(32)));
    }

    #[test]
    fn hex_encoding() {
        assert_eq!(to_hex(&[0x00, 0xab, 0xff]), "00abff");
    }
}
