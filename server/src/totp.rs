//! The second factor of staff accounts: TOTP as in RFC 6238 with the parameters every
//! authenticator app understands (HMAC-SHA-1, 6 digits, 30-second steps), accepting the step
//! before and after the current one for clock drift, and each step at most once per account
//! (RFC 6238 §5.2: a code that was accepted is not accepted again).
//!
//! The codes themselves and base32 come from `lernwelt-totp` (crates/totp), which the demo desk
//! shares.

use crate::error::AppError;
use lernwelt_protocol::{Timestamp, TotpCode};
use std::fmt;

pub use lernwelt_totp::{STEP_SECS, base32, decode_base32};
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
        lernwelt_totp::code_at_step(&self.0, step)
    }

    /// The code as an authenticator app shows it at `time` (six digits, leading zeros kept).
    #[must_use]
    pub fn code_at(&self, time: Timestamp) -> String {
        lernwelt_totp::code_at(&self.0, time.0)
    }

    /// The step whose code `code` is, among the current step and its neighbours at `now`.
    #[must_use]
    pub fn matching_step(&self, code: &TotpCode, now: Timestamp) -> Option<i64> {
        let given = code.expose().as_bytes();
        let current = step_of(now);
        let mut found = None;
        // Every candidate is computed and compared in full, so timing tells nothing.
        for step in current - DRIFT_STEPS..=current + DRIFT_STEPS {
            let expected = lernwelt_totp::format_code(self.code_at_step(step));
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
    lernwelt_totp::step_of(time.0)
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
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

    /// The RFC's secret gives the RFC's code through the wrapper (the vectors themselves are
    /// checked in crates/totp).
    #[test]
    fn codes_come_from_the_shared_crate() {
        let secret = TotpSecret::from_bytes(b"12345678901234567890".to_vec());
        assert_eq!(secret.code_at(Timestamp(59)), "287082");
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
    fn generated_secrets_round_trip_through_base32() {
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
