//! The demo accounts file: `lernwelt-server --demo` writes it into its (fresh, loopback-only)
//! data directory, readable only by its owner, and `scripts/run --demo` hands its path to the
//! game, whose login forms then offer "fill in the demo account". Nothing else reads it.

use crate::{Nickname, Password};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The file's name inside the demo server's data directory.
pub const DEMO_FILE: &str = "demo-accounts.json";

/// The demo server's accounts, as the person trying both sides would be handed them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DemoAccounts {
    /// The demo counsellor (password and authenticator secret).
    pub counsellor: DemoLogin,
    /// A demo young person with a few enquiries and forum posts.
    pub youth: DemoLogin,
}

/// One demo login.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct DemoLogin {
    pub nickname: Nickname,
    pub password: Password,
    /// The authenticator secret in base32 (counsellors only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub totp_secret: Option<String>,
}

impl fmt::Debug for DemoLogin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Even demo secrets stay out of logs: a log is copied around more than a file.
        f.debug_struct("DemoLogin")
            .field("nickname", &self.nickname)
            .field("password", &"…")
            .field("totp_secret", &self.totp_secret.as_ref().map(|_| "…"))
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_back_what_it_writes_and_refuses_bad_values() {
        let accounts = DemoAccounts {
            counsellor: DemoLogin {
                nickname: Nickname::try_from("Demo-Beraterin").unwrap(),
                password: Password::try_from("abcdefghijkmnpqrstuv").unwrap(),
                totp_secret: Some("GEZDGNBV".to_owned()),
            },
            youth: DemoLogin {
                nickname: Nickname::try_from("Demo-Amira").unwrap(),
                password: Password::try_from("abcdefghijkmnpqrstuv").unwrap(),
                totp_secret: None,
            },
        };
        let json = serde_json::to_string(&accounts).unwrap();
        assert_eq!(
            serde_json::from_str::<DemoAccounts>(&json).unwrap(),
            accounts
        );
        assert!(!format!("{accounts:?}").contains("abcdefgh"));
        let short = json.replace("abcdefghijkmnpqrstuv", "abc");
        assert!(serde_json::from_str::<DemoAccounts>(&short).is_err());
    }
}
