//! The demo logins of a local demo server (`scripts/run --demo` starts `lernwelt-server --demo`
//! and passes `--demo FILE` to the game). When they are loaded, the kiosk's and the desk's
//! login forms offer "Demo: fill in …": the fields are filled, and the person still presses
//! "log in" themselves. Without `--demo` (and always in the browser) there is nothing here.

use std::path::Path;

use bevy::prelude::*;
use lernwelt_protocol::demo::{DemoAccounts, DemoLogin};

use crate::core::clock::now;

/// The demo server's logins, present only when the game was started with `--demo FILE`.
#[derive(Resource, Clone, Debug)]
pub struct DemoLogins(pub DemoAccounts);

/// A demo login as the form's fields: nickname, password and (for the counsellor) the
/// authenticator code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Filled {
    pub nickname: String,
    pub password: String,
    pub totp: Option<String>,
}

impl DemoLogins {
    /// Reads the file the demo server wrote; a clear sentence when it cannot.
    pub fn read(path: &Path) -> Result<Self, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("--demo: cannot read {}: {e}", path.display()))?;
        serde_json::from_str(&text).map(Self).map_err(|e| {
            format!(
                "--demo: {} is not a demo server's logins: {e}",
                path.display()
            )
        })
    }

    /// The young person's fields.
    pub fn youth(&self) -> Filled {
        fill(&self.0.youth, 0)
    }

    /// The counsellor's fields with the authenticator's code for now, or `steps_ahead` steps
    /// later (the server takes the next step's code as clock drift, once, when this one's code
    /// was used already).
    pub fn counsellor(&self, steps_ahead: i64) -> Filled {
        fill(&self.0.counsellor, steps_ahead)
    }
}

fn fill(login: &DemoLogin, steps_ahead: i64) -> Filled {
    let totp = login.totp_secret.as_deref().and_then(|secret| {
        let secret = lernwelt_totp::decode_base32(secret)?;
        let step = lernwelt_totp::step_of(now().0) + steps_ahead;
        Some(lernwelt_totp::format_code(lernwelt_totp::code_at_step(
            &secret, step,
        )))
    });
    Filled {
        nickname: login.nickname.as_str().to_owned(),
        password: login.password.expose().to_owned(),
        totp,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_servers_file_and_fills_a_code_the_server_would_take() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("demo-accounts.json");
        std::fs::write(
            &path,
            r#"{"counsellor":{"nickname":"Demo-Beraterin","password":"abcdefghijkmnpqrstuv",
                "totp_secret":"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"},
               "youth":{"nickname":"Demo-Amira","password":"zyxwvutsrqpnmkjihgfe"}}"#,
        )
        .expect("write");
        let logins = DemoLogins::read(&path).expect("readable");
        assert_eq!(logins.youth().nickname, "Demo-Amira");
        assert_eq!(logins.youth().totp, None);
        let counsellor = logins.counsellor(0);
        let expected = lernwelt_totp::code_at(b"12345678901234567890", now().0);
        // The step may turn between the two readings of the clock.
        let next = lernwelt_totp::code_at(b"12345678901234567890", now().0 + 30);
        let code = counsellor.totp.expect("a code");
        assert!(code == expected || code == next, "{code}");
        assert_eq!(code.len(), 6);

        std::fs::write(&path, "{}").expect("write");
        let err = DemoLogins::read(&path).expect_err("not demo logins");
        assert!(err.contains("not a demo server's logins"), "{err}");
        let err = DemoLogins::read(&dir.path().join("missing.json")).expect_err("missing");
        assert!(err.contains("cannot read"), "{err}");
    }
}
