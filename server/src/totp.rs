//! The second factor of staff accounts: TOTP as in RFC 6238 with the parameters every
//! authenticator app understands (HMAC-SHA-1, 6 digits, 30-second steps), accepting the step
//! before and after the current one for clock drift, and each step at most once per account
//! (RFC 6238 §5.2: a code that was accepted is not accepted again).
//!
//! Built on the RustCrypto `hmac` and `sha1` crates, which the dependency tree already holds
//! (through sqlx's PostgreSQL driver): HOTP (RFC 4226) is twenty lines on top of them, fewer
//! than the surface of a dedicated TOTP crate, and checked below against the RFC's test
//! vectors.

use crate::error::AppError;
use hmac::{Hmac, KeyInit, Mac};
use lernwelt_protocol::{Timestamp, TotpCode};
use sha1::Sha1;
use std::fmt;

/// Seconds per step.
pub const STEP_SECS: i64 = 30;
/// Steps accepted on either side of the current one.
pub const DRIFT_STEPS: i64 = 1;
/// Bytes of a secret (160 bits, as RFC 4226 recommends for HMAC-SHA-1).
pub const SECRET_BYTES: usize = 20;
/// The issuer shown in authenticator apps.
pub const ISSUER: &str = "Lernwelt";

/// A TOTP secret. Its `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct TotpSecret(Vec<u8>);

impl fmt::Debug for TotpSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("TotpSecret(…)")
    }
}

impl TotpSecret {
    /// A fresh random secret.
    pub fn generate() -> Result<Self, AppError> {
        let mut bytes = vec![0u8; SECRET_BYTES];
        getrandom::fill(&mut bytes).map_err(|e| AppError::internal("random", e))?;
        Ok(Self(bytes))
    }

    /// A secret from its stored bytes.
    #[must_use]
    pub fn from_bytes(bytes: Vec<u8>) -> Self {
        Self(bytes)
    }

    /// The bytes, to store them.
    #[must_use]
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The code of step `step` (RFC 4226 HOTP with the step as counter).
    #[must_use]
    pub fn code_at_step(&self, step: i64) -> u32 {
        // HMAC accepts keys of any length, so this cannot fail; an empty key is a valid key.
        let Ok(mut mac) = Hmac::<Sha1>::new_from_slice(&self.0) else {
            return u32::MAX;
        };
        mac.update(&step.to_be_bytes());
        let digest = mac.finalize().into_bytes();
        let offset = usize::from(digest[digest.len() - 1] & 0x0f);
        let binary = u32::from_be_bytes([
            digest[offset] & 0x7f,
            digest[offset + 1],
            digest[offset + 2],
            digest[offset + 3],
        ]);
        binary % 1_000_000
    }

    /// The code as an authenticator app shows it at `time` (six digits, leading zeros kept).
    #[must_use]
    pub fn code_at(&self, time: Timestamp) -> String {
        format!("{:06}", self.code_at_step(step_of(time)))
    }

    /// The step whose code `code` is, among the current step and its neighbours at `now`.
    #[must_use]
    pub fn matching_step(&self, code: &TotpCode, now: Timestamp) -> Option<i64> {
        let given = code.expose().as_bytes();
        let current = step_of(now);
        let mut found = None;
        // Every candidate is computed and compared in full, so timing tells nothing.
        for step in current - DRIFT_STEPS..=current + DRIFT_STEPS {
            let expected = format!("{:06}", self.code_at_step(step));
            if constant_time_eq(expected.as_bytes(), given) && found.is_none() {
                found = Some(step);
            }
        }
        found
    }

    /// The `otpauth://` URI an authenticator app enrols from (also as a QR code).
    #[must_use]
    pub fn enrolment_uri(&self, account_name: &str) -> String {
        let secret = base32(&self.0);
        format!(
            "otpauth://totp/{issuer}:{name}?secret={secret}&issuer={issuer}&algorithm=SHA1&digits=6&period={STEP_SECS}",
            issuer = percent_encode(ISSUER),
            name = percent_encode(account_name),
        )
    }
}

/// The step `time` falls into.
#[must_use]
pub fn step_of(time: Timestamp) -> i64 {
    time.0.div_euclid(STEP_SECS)
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

const BASE32_ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// RFC 4648 base32 without padding, as authenticator apps expect secrets.
#[must_use]
pub fn base32(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(5) * 8);
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for &byte in bytes {
        buffer = (buffer << 8) | u32::from(byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(
                BASE32_ALPHABET[((buffer >> bits) & 31) as usize],
            ));
        }
    }
    if bits > 0 {
        out.push(char::from(
            BASE32_ALPHABET[((buffer << (5 - bits)) & 31) as usize],
        ));
    }
    out
}

/// The bytes of an unpadded (or padded) base32 string; `None` if it is not base32. For
/// clients and tests that enrol from an `otpauth://` URI.
#[must_use]
pub fn decode_base32(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 5 / 8);
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for c in text.trim_end_matches('=').bytes() {
        let value = BASE32_ALPHABET
            .iter()
            .position(|&a| a == c.to_ascii_uppercase())?;
        buffer = (buffer << 5) | u32::try_from(value).ok()?;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push(u8::try_from((buffer >> bits) & 0xff).ok()?);
        }
    }
    Some(out)
}

/// Percent-encodes everything but RFC 3986 unreserved characters (names may be in any script).
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 Appendix B, SHA-1 rows: the 8-digit codes end in these 6 digits.
    #[test]
    fn rfc_6238_test_vectors() {
        let secret = TotpSecret::from_bytes(b"12345678901234567890".to_vec());
        for (time, code) in [
            (59, "287082"),
            (1_111_111_109, "081804"),
            (1_111_111_111, "050471"),
            (1_234_567_890, "005924"),
            (2_000_000_000, "279037"),
            (20_000_000_000, "353130"),
        ] {
            assert_eq!(secret.code_at(Timestamp(time)), code, "time {time}");
        }
    }

    /// RFC 4226 Appendix D: HOTP values for counters 0 and 9.
    #[test]
    fn rfc_4226_test_vectors() {
        let secret = TotpSecret::from_bytes(b"12345678901234567890".to_vec());
        assert_eq!(secret.code_at_step(0), 755_224);
        assert_eq!(secret.code_at_step(9), 520_489);
    }

    #[test]
    fn neighbouring_steps_are_accepted_and_no_others() {
        let secret = TotpSecret::generate().unwrap();
        let now = Timestamp(1_700_000_015);
        let step = step_of(now);
        for offset in -1..=1 {
            let code =
                TotpCode::try_from(format!("{:06}", secret.code_at_step(step + offset))).unwrap();
            assert_eq!(secret.matching_step(&code, now), Some(step + offset));
        }
        for offset in [-3, -2, 2, 3] {
            let code =
                TotpCode::try_from(format!("{:06}", secret.code_at_step(step + offset))).unwrap();
            // A far step could share the code by chance (one in a million): skip that case.
            let near = (-1..=1)
                .any(|o| secret.code_at_step(step + o) == secret.code_at_step(step + offset));
            if !near {
                assert_eq!(secret.matching_step(&code, now), None);
            }
        }
    }

    #[test]
    fn base32_round_trips_and_matches_rfc_4648() {
        assert_eq!(base32(b""), "");
        assert_eq!(base32(b"f"), "MY");
        assert_eq!(base32(b"foob"), "MZXW6YQ");
        assert_eq!(base32(b"foobar"), "MZXW6YTBOI");
        assert_eq!(decode_base32("MZXW6YTBOI======").unwrap(), b"foobar");
        assert_eq!(decode_base32("mzxw6yq").unwrap(), b"foob");
        assert_eq!(decode_base32("MZ1"), None);
        let secret = TotpSecret::generate().unwrap();
        assert_eq!(
            decode_base32(&base32(secret.as_bytes())).unwrap(),
            secret.as_bytes()
        );
    }

    #[test]
    fn enrolment_uri() {
        let secret = TotpSecret::from_bytes(b"12345678901234567890".to_vec());
        assert_eq!(
            secret.enrolment_uri("Frau_Ünal"),
            "otpauth://totp/Lernwelt:Frau_%C3%9Cnal?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ\
             &issuer=Lernwelt&algorithm=SHA1&digits=6&period=30"
        );
        assert!(!format!("{secret:?}").contains("GEZ"));
    }
}
