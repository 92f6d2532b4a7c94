//! Admin commands on the server binary: `counsellor add | list | disable | reset-totp |
//! reset-password` and `account blocked | unblock` (young people a counsellor blocked from
//! counselling as spammers). They
//! open the same database as the server (same `--data-dir`/`--database-url`) and return the
//! text to print. The one-time password and the TOTP enrolment URI of a new counsellor are
//! printed once, to standard output, for the admin to hand over; they are never logged, and
//! the server keeps only the password's Argon2id hash and the TOTP secret (which it needs to
//! check codes). The counsellor must change the one-time password at the first login. A
//! counsellor who lost the authenticator gets a new enrolment from `reset-totp`, one who forgot
//! the password a new one-time password from `reset-password`.

use crate::Config;
use crate::error::AppError;
use crate::passwords::{PasswordParams, Passwords};
use crate::security::{self, Event, Origin};
use crate::sessions;
use crate::store::{self, CounsellorReset, NewCounsellor, Store, StoreError};
use crate::totp::TotpSecret;
use clap::Subcommand;
use lernwelt_protocol::{AccountId, AccountView, Language, Languages, Nickname, Timestamp};
use std::fmt::{self, Write as _};

/// An admin command.
#[derive(Subcommand, Clone, Debug)]
pub enum Command {
    /// Manage counsellor accounts.
    Counsellor {
        /// What to do.
        #[command(subcommand)]
        action: CounsellorCommand,
    },
    /// Young people's accounts: the blocks counsellors set against spam.
    Account {
        /// What to do.
        #[command(subcommand)]
        action: AccountCommand,
    },
}

/// What to do with young people's accounts.
#[derive(Subcommand, Clone, Debug)]
pub enum AccountCommand {
    /// List the accounts blocked from counselling (nickname and since when).
    Blocked,
    /// Let a blocked young person write to counselling again (they asked, it was a mistake).
    Unblock {
        /// The nickname (any case).
        #[arg(long, value_parser = parse_name)]
        name: Nickname,
    },
}

/// What to do with counsellor accounts.
#[derive(Subcommand, Clone, Debug)]
pub enum CounsellorCommand {
    /// Make a counsellor account; prints a one-time password and a TOTP enrolment URI, once.
    Add {
        /// The name colleagues and young people see: 3-24 letters, digits, `_`, `-` or `.`.
        #[arg(long, value_parser = parse_name)]
        name: Nickname,
        /// Counselling languages, comma-separated: de, en, ru, tr, ar, sq.
        #[arg(long, value_delimiter = ',', required = true, value_parser = parse_language)]
        languages: Vec<Language>,
    },
    /// List counsellor accounts (never any secret).
    List,
    /// Disable a counsellor: no more logins, sessions ended, accepted enquiries back to the
    /// shared inbox.
    Disable {
        /// The counsellor's name (any case).
        #[arg(long, value_parser = parse_name)]
        name: Nickname,
    },
    /// Give a counsellor a new TOTP secret (a lost or replaced phone): prints a new enrolment
    /// URI, once; the old authenticator stops working and every session of the account ends.
    ResetTotp {
        /// The counsellor's name (any case).
        #[arg(long, value_parser = parse_name)]
        name: Nickname,
    },
    /// Give a counsellor a new one-time password (a forgotten one): prints it, once; it must
    /// be changed at the next login, and every session of the account ends.
    ResetPassword {
        /// The counsellor's name (any case).
        #[arg(long, value_parser = parse_name)]
        name: Nickname,
    },
}

fn parse_name(text: &str) -> Result<Nickname, String> {
    Nickname::try_from(text).map_err(|e| {
        format!("not a valid name ({e}): 3-24 letters, digits, _ - . with a letter or digit")
    })
}

fn parse_language(text: &str) -> Result<Language, String> {
    Language::from_code(text).ok_or_else(|| format!("one of {}", Language::codes()))
}

/// Why an admin command failed; safe to print.
#[derive(Debug)]
pub struct AdminError(pub(crate) String);

impl fmt::Display for AdminError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for AdminError {}

impl From<StoreError> for AdminError {
    fn from(value: StoreError) -> Self {
        AdminError(value.to_string())
    }
}

impl From<AppError> for AdminError {
    fn from(value: AppError) -> Self {
        AdminError(value.to_string())
    }
}

/// Most blocked accounts `account blocked` lists.
const BLOCKED_LISTED: i64 = 500;

async fn account(store: &dyn Store, action: &AccountCommand) -> Result<String, AdminError> {
    match action {
        AccountCommand::Blocked => {
            let blocked = store.blocked_youth(BLOCKED_LISTED).await?;
            if blocked.is_empty() {
                return Ok("No account is blocked from counselling.\n".to_owned());
            }
            let mut text = String::from("Blocked from counselling (nickname, since, UTC):\n");
            for (_, name, since) in blocked {
                let _ = writeln!(text, "{}\t{}", name.as_str(), format_utc(since));
            }
            Ok(text)
        }
        AccountCommand::Unblock { name } => {
            match store.unblock_counselling(&name.canonical()).await? {
                Some(account) => {
                    security::record(
                        Event::CounsellingUnblocked,
                        Some(account),
                        Origin::default(),
                    );
                    Ok(format!(
                        "{} may write to counselling again.\n",
                        name.as_str()
                    ))
                }
                None => Err(AdminError(format!(
                    "no young person named {} is blocked from counselling",
                    name.as_str()
                ))),
            }
        }
    }
}

/// What `counsellor add` printed, read back as the person holding it does: the one-time
/// password and the authenticator's secret (for the end-to-end tests and local demos).
pub fn read_enrolment(output: &str) -> Option<(String, TotpSecret)> {
    let mut lines = output.lines();
    lines.find(|l| l.starts_with("One-time password"))?;
    let password = lines.next()?.trim().to_owned();
    let secret = output
        .lines()
        .find(|l| l.starts_with("otpauth://totp/"))?
        .split(['?', '&'])
        .find_map(|p| p.strip_prefix("secret="))?;
    let secret = TotpSecret::from_bytes(crate::totp::decode_base32(secret)?);
    Some((password, secret))
}

/// Opens the database named by `config` (running migrations) and runs `command`.
pub async fn run(config: &Config, command: &Command) -> Result<String, AdminError> {
    crate::create_private_dir(&config.data_dir)
        .map_err(|e| AdminError(format!("cannot create the data directory: {e}")))?;
    let store = store::open(&config.data_dir, config.database_url.as_deref()).await?;
    let passwords = Passwords::new(PasswordParams::default(), 1)?;
    execute(store.as_ref(), &passwords, command, sessions::now()).await
}

/// Runs `command` on `store` at `now`; the text to print.
pub async fn execute(
    store: &dyn Store,
    passwords: &Passwords,
    command: &Command,
    now: Timestamp,
) -> Result<String, AdminError> {
    let action = match command {
        Command::Counsellor { action } => action,
        Command::Account { action } => return account(store, action).await,
    };
    match action {
        CounsellorCommand::Add { name, languages } => {
            add(store, passwords, name, languages, now).await
        }
        CounsellorCommand::ResetTotp { name } => reset_totp(store, name).await,
        CounsellorCommand::ResetPassword { name } => reset_password(store, passwords, name).await,
        CounsellorCommand::List => list(store).await,
        CounsellorCommand::Disable { name } => {
            match store.disable_counsellor(&name.canonical(), now).await? {
                Some(released) => {
                    tracing::info!("counsellor disabled");
                    Ok(format!(
                        "Counsellor {} is disabled: no login, sessions ended; {released} \
                         accepted enquiries went back to the shared inbox.\n",
                        name.as_str()
                    ))
                }
                None => Err(AdminError(format!(
                    "there is no counsellor named {}",
                    name.as_str()
                ))),
            }
        }
    }
}

async fn add(
    store: &dyn Store,
    passwords: &Passwords,
    name: &Nickname,
    languages: &[Language],
    now: Timestamp,
) -> Result<String, AdminError> {
    let languages = Languages::try_from(languages.to_vec())
        .map_err(|e| AdminError(format!("--languages: {e}")))?;
    let added = add_counsellor(store, passwords, name, &languages, true, now).await?;
    Ok(format!(
        "Counsellor {name} added (languages: {languages}).\n\
         \n\
         One-time password (shown only now; hand it over in person; it must be changed at \
         the first login):\n\
         {password}\n\
         \n\
         TOTP enrolment (shown only now; scan it as a QR code or paste it into an \
         authenticator app):\n\
         {uri}\n",
        name = name.as_str(),
        languages = languages_text(&languages),
        password = added.password,
        uri = added.secret.enrolment_uri(name.as_str()),
    ))
}

/// A counsellor just made: the one-time password and the TOTP secret, to hand over once.
pub struct AddedCounsellor {
    pub account: AccountView,
    pub password: String,
    pub secret: TotpSecret,
}

/// Makes a counsellor account with a generated password and a fresh TOTP secret. With
/// `password_change_required` (as `counsellor add` does) the password must be changed at the
/// first login; the demo leaves it, since its logins are written to a file for trying out.
pub async fn add_counsellor(
    store: &dyn Store,
    passwords: &Passwords,
    name: &Nickname,
    languages: &Languages,
    password_change_required: bool,
    now: Timestamp,
) -> Result<AddedCounsellor, AdminError> {
    crate::nicknames::admissible(name).map_err(|_| {
        AdminError(format!(
            "{} mixes scripts or holds invisible letters; write a name in one script",
            name.as_str()
        ))
    })?;
    let password = one_time_password()?;
    let secret = TotpSecret::generate()?;
    let account = store
        .create_counsellor(&NewCounsellor {
            name: name.clone(),
            password_hash: passwords.hash(&password).await?,
            languages: languages.clone(),
            totp_secret: secret.clone(),
            created_at: now,
            password_change_required,
        })
        .await
        .map_err(|e| match e {
            StoreError::NicknameTaken => AdminError(format!(
                "an account named {}, or one that looks the same, exists already",
                name.as_str()
            )),
            other => other.into(),
        })?;
    tracing::info!(account = %account.id, "counsellor added");
    Ok(AddedCounsellor {
        account,
        password,
        secret,
    })
}

async fn reset_totp(store: &dyn Store, name: &Nickname) -> Result<String, AdminError> {
    let secret = TotpSecret::generate()?;
    let (account, name) = reset(store, name, CounsellorReset::Totp(&secret)).await?;
    security::record(Event::TotpReenrolled, Some(account), Origin::default());
    Ok(format!(
        "Counsellor {name} has a new TOTP secret; the old authenticator no longer works and \
         every session of the account has ended (open live chats close within a heartbeat).\n\
         \n\
         TOTP enrolment (shown only now; scan it as a QR code or paste it into an \
         authenticator app):\n\
         {uri}\n",
        name = name.as_str(),
        uri = secret.enrolment_uri(name.as_str()),
    ))
}

async fn reset_password(
    store: &dyn Store,
    passwords: &Passwords,
    name: &Nickname,
) -> Result<String, AdminError> {
    let password = one_time_password()?;
    let hash = passwords.hash(&password).await?;
    let (account, name) = reset(store, name, CounsellorReset::Password(&hash)).await?;
    security::record(Event::PasswordReset, Some(account), Origin::default());
    Ok(format!(
        "Counsellor {name} has a new one-time password; every session of the account has \
         ended (open live chats close within a heartbeat). The authenticator stays as it was.\n\
         \n\
         One-time password (shown only now; hand it over in person; it must be changed at \
         the next login):\n\
         {password}\n",
        name = name.as_str(),
    ))
}

/// Renews what `reset` names for the counsellor called `name`; their id and name.
async fn reset(
    store: &dyn Store,
    name: &Nickname,
    reset: CounsellorReset<'_>,
) -> Result<(AccountId, Nickname), AdminError> {
    store
        .reset_counsellor(&name.canonical(), reset)
        .await?
        .ok_or_else(|| AdminError(format!("there is no counsellor named {}", name.as_str())))
}

async fn list(store: &dyn Store) -> Result<String, AdminError> {
    let counsellors = store.counsellors().await?;
    if counsellors.is_empty() {
        return Ok("No counsellors yet: add one with `counsellor add`.\n".to_owned());
    }
    let header = ["NAME", "LANGUAGES", "STATUS", "ACCEPTED", "CREATED"];
    let rows: Vec<[String; 5]> = counsellors
        .iter()
        .map(|c| {
            [
                c.name.as_str().to_owned(),
                languages_text(&c.languages),
                c.disabled_at.map_or_else(
                    || "active".to_owned(),
                    |t| format!("disabled {}", format_utc(t)),
                ),
                c.open_enquiries.to_string(),
                format_utc(c.created_at),
            ]
        })
        .collect();
    let widths: Vec<usize> = (0..header.len())
        .map(|i| {
            rows.iter()
                .map(|r| r[i].chars().count())
                .chain([header[i].len()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in std::iter::once(header.map(str::to_owned)).chain(rows) {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(cell, width)| format!("{cell}{}", " ".repeat(width - cell.chars().count())))
            .collect();
        let _ = writeln!(out, "{}", cells.join("  ").trim_end());
    }
    Ok(out)
}

fn languages_text(languages: &Languages) -> String {
    languages
        .as_slice()
        .iter()
        .map(|l| l.code())
        .collect::<Vec<_>>()
        .join(",")
}

/// Characters of generated passwords: no look-alikes (0/O, 1/l/I).
const PASSWORD_ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
/// Length of a generated password: 20 of 56 characters, about 116 bits.
const PASSWORD_CHARS: usize = 20;

/// A random password for the first login.
pub fn one_time_password() -> Result<String, AppError> {
    let alphabet_len = PASSWORD_ALPHABET.len();
    // Bytes at or above the largest multiple of the alphabet's length are skipped, so every
    // character is equally likely.
    let limit = 256 - 256 % alphabet_len;
    let mut out = String::with_capacity(PASSWORD_CHARS);
    while out.len() < PASSWORD_CHARS {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|e| AppError::internal("random", e))?;
        for byte in bytes.map(usize::from) {
            if byte < limit && out.len() < PASSWORD_CHARS {
                out.push(char::from(PASSWORD_ALPHABET[byte % alphabet_len]));
            }
        }
    }
    Ok(out)
}

/// `YYYY-MM-DD HH:MM UTC` (civil-from-days, proleptic Gregorian calendar).
fn format_utc(time: Timestamp) -> String {
    let days = time.0.div_euclid(86_400);
    let seconds = time.0.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02} UTC",
        seconds / 3600,
        seconds % 3600 / 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[test]
    fn dates() {
        assert_eq!(format_utc(Timestamp(0)), "1970-01-01 00:00 UTC");
        assert_eq!(format_utc(Timestamp(951_782_400)), "2000-02-29 00:00 UTC");
        assert_eq!(format_utc(Timestamp(1_700_000_000)), "2023-11-14 22:13 UTC");
    }

    #[test]
    fn one_time_passwords_are_long_and_unambiguous() {
        let a = one_time_password().unwrap();
        let b = one_time_password().unwrap();
        assert_ne!(a, b);
        assert_eq!(a.chars().count(), PASSWORD_CHARS);
        assert!(a.bytes().all(|c| PASSWORD_ALPHABET.contains(&c)));
        let name = Nickname::try_from("Frau_Ünal").unwrap();
        assert!(crate::passwords::strong_enough(&a, &name));
        assert!(lernwelt_protocol::Password::try_from(a).is_ok());
    }

    #[test]
    fn commands_parse() {
        let config = Config::try_parse_from([
            "lernwelt-server",
            "counsellor",
            "add",
            "--name",
            "Frau_Ünal",
            "--languages",
            "de,ar",
        ])
        .unwrap();
        let Some(Command::Counsellor {
            action: CounsellorCommand::Add { name, languages },
        }) = config.command
        else {
            panic!("parsed as something else");
        };
        assert_eq!(name.as_str(), "Frau_Ünal");
        assert_eq!(languages, [Language::De, Language::Ar]);
        for bad in [
            &["counsellor", "add", "--name", "x", "--languages", "de"][..],
            &[
                "counsellor",
                "add",
                "--name",
                "Frau_Ünal",
                "--languages",
                "fr",
            ],
            &["counsellor", "add", "--name", "Frau_Ünal"],
            &["counsellor", "disable"],
            &["counsellor", "reset-totp"],
            &["counsellor", "reset-totp", "--name", "x"],
        ] {
            let args = std::iter::once("lernwelt-server").chain(bad.iter().copied());
            assert!(Config::try_parse_from(args).is_err(), "{bad:?}");
        }
    }
}
