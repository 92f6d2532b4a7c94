//! Authenticator codes as every authenticator app makes them: TOTP (RFC 6238) over HOTP
//! (RFC 4226) with HMAC-SHA-1, six digits and 30-second steps, and the base32 secrets of
//! `otpauth://` enrolment links (RFC 4648).
//!
//! The server checks codes with it (`lernwelt_server::totp`, which adds secrets, drift and
//! replay rules); the game uses it only to fill in the demo counsellor's code on a local demo
//! server (`scripts/run --demo`). Built on the RustCrypto `hmac` and `sha1` crates: HOTP is
//! twenty lines on top of them, checked below against the RFCs' test vectors.

use hmac::{Hmac, KeyInit, Mac};
use sha1::Sha1;

/// Seconds per step.
pub const STEP_SECS: i64 = 30;

/// The step that `unix_secs` (seconds since 1970, UTC) falls into.
#[must_use]
pub fn step_of(unix_secs: i64) -> i64 {
    unix_secs.div_euclid(STEP_SECS)
}

/// The code of step `step` for `secret` (RFC 4226 HOTP with the step as counter), as a number
/// below 1,000,000.
#[must_use]
pub fn code_at_step(secret: &[u8], step: i64) -> u32 {
    // HMAC accepts keys of any length, so this cannot fail; an empty key is a valid key.
    let Ok(mut mac) = Hmac::<Sha1>::new_from_slice(secret) else {
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

/// The code as an authenticator app shows it at `unix_secs`: six digits, leading zeros kept.
#[must_use]
pub fn code_at(secret: &[u8], unix_secs: i64) -> String {
    format_code(code_at_step(secret, step_of(unix_secs)))
}

/// A code as six digits.
#[must_use]
pub fn format_code(code: u32) -> String {
    format!("{code:06}")
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

/// The bytes of an unpadded (or padded) base32 string, any case; `None` if it is not base32.
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

#[cfg(test)]
mod tests {
    use super::*;

    const RFC_SECRET: &[u8] = b"12345678901234567890";

    /// RFC 6238 Appendix B, SHA-1 rows: the 8-digit codes end in these 6 digits.
    #[test]
    fn rfc_6238_test_vectors() {
        for (time, code) in [
            (59, "287082"),
            (1_111_111_109, "081804"),
            (1_111_111_111, "050471"),
            (1_234_567_890, "005924"),
            (2_000_000_000, "279037"),
            (20_000_000_000, "353130"),
        ] {
            assert_eq!(code_at(RFC_SECRET, time), code, "time {time}");
        }
    }

    /// RFC 4226 Appendix D: HOTP values for counters 0 and 9.
    #[test]
    fn rfc_4226_test_vectors() {
        assert_eq!(code_at_step(RFC_SECRET, 0), 755_224);
        assert_eq!(code_at_step(RFC_SECRET, 9), 520_489);
    }

    #[test]
    fn steps_are_thirty_seconds_and_floor_before_1970() {
        assert_eq!(step_of(0), 0);
        assert_eq!(step_of(29), 0);
        assert_eq!(step_of(30), 1);
        assert_eq!(step_of(-1), -1);
    }

    #[test]
    fn base32_round_trips_and_matches_rfc_4648() {
        assert_eq!(base32(b""), "");
        assert_eq!(base32(b"f"), "MY");
        assert_eq!(base32(b"foob"), "MZXW6YQ");
        assert_eq!(base32(b"foobar"), "MZXW6YTBOI");
        assert_eq!(decode_base32("MZXW6YTBOI======"), Some(b"foobar".to_vec()));
        assert_eq!(decode_base32("mzxw6yq"), Some(b"foob".to_vec()));
        assert_eq!(decode_base32("MZ1"), None);
        let bytes: Vec<u8> = (0..=255).collect();
        assert_eq!(decode_base32(&base32(&bytes)), Some(bytes));
    }
}
