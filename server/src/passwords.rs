//! Password hashing with Argon2id, and the strength check of new passwords. Hashing is slow
//! and memory-hungry on purpose, so it runs on the blocking thread pool, at most a few at once,
//! and a login for an unknown nickname still verifies against a dummy hash so that timing does
//! not tell which nicknames exist.
//!
//! A new password (registration, password change) must be hard to guess: the zxcvbn estimator
//! (common passwords and words in several languages, names, keyboard rows, sequences, dates,
//! repeats, l33t spelling) must rate it at least [`MIN_STRENGTH`], with the nickname (which
//! is public) counted as a word an attacker tries first. Length alone is not enough:
//! `1234567890` has ten characters.

use crate::error::AppError;
use argon2::{Algorithm, Argon2, Params, PasswordHasher, PasswordVerifier, Version};
use lernwelt_protocol::Nickname;
use std::sync::Arc;
use tokio::sync::Semaphore;

/// The lowest zxcvbn score (0–4) a new password needs. 3 is "safely unguessable: moderate
/// protection from an offline slow-hash scenario" (about 10⁸ guesses or more), zxcvbn's own
/// advice for a minimum.
pub const MIN_STRENGTH: u8 = 3;

/// Whether `password` is hard enough to guess for the account `nickname` (see the module
/// notes). Takes up to some tens of milliseconds for a long password: call it off the async
/// threads ([`Passwords::is_strong`]).
#[must_use]
pub fn strong_enough(password: &str, nickname: &Nickname) -> bool {
    let canonical = nickname.canonical();
    let words = [nickname.as_str(), canonical.as_str(), "lernwelt"];
    u8::from(zxcvbn::zxcvbn(password, &words).score()) >= MIN_STRENGTH
}

/// Argon2id cost parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PasswordParams {
    /// Memory in KiB.
    pub memory_kib: u32,
    /// Passes over the memory.
    pub iterations: u32,
    /// Lanes.
    pub parallelism: u32,
}

impl Default for PasswordParams {
    /// OWASP's recommendation for Argon2id: 19 MiB, 2 passes, 1 lane (~25 ms on one core here).
    fn default() -> Self {
        Self {
            memory_kib: Params::DEFAULT_M_COST,
            iterations: Params::DEFAULT_T_COST,
            parallelism: Params::DEFAULT_P_COST,
        }
    }
}

impl PasswordParams {
    /// The smallest valid cost: for tests only, where speed matters and secrecy does not.
    #[must_use]
    pub fn insecure_fast_for_tests() -> Self {
        Self {
            memory_kib: Params::MIN_M_COST,
            iterations: 1,
            parallelism: 1,
        }
    }
}

/// Hashes and verifies passwords. Cheap to clone (shared).
#[derive(Clone)]
pub struct Passwords {
    argon2: Argon2<'static>,
    /// Bounds concurrent hashing: each one holds `memory_kib` of memory and a core.
    permits: Arc<Semaphore>,
    /// A hash of a random password, verified when the nickname is unknown.
    dummy_hash: Arc<str>,
}

impl std::fmt::Debug for Passwords {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Passwords").finish_non_exhaustive()
    }
}

impl Passwords {
    /// A hasher with these parameters, allowing `concurrency` hashes at once.
    pub fn new(params: PasswordParams, concurrency: usize) -> Result<Self, AppError> {
        let params = Params::new(
            params.memory_kib,
            params.iterations,
            params.parallelism,
            None,
        )
        .map_err(|e| AppError::internal("argon2 parameters", e))?;
        let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
        let mut random = [0u8; 32];
        getrandom::fill(&mut random).map_err(|e| AppError::internal("random", e))?;
        let dummy_hash = argon2
            .hash_password(&random)
            .map_err(|e| AppError::internal("argon2 hash", e))?
            .to_string();
        Ok(Self {
            argon2,
            permits: Arc::new(Semaphore::new(concurrency.max(1))),
            dummy_hash: dummy_hash.into(),
        })
    }

    /// The PHC string (`$argon2id$v=19$m=…`) of `password` with a fresh random salt.
    pub async fn hash(&self, password: &str) -> Result<String, AppError> {
        let argon2 = self.argon2.clone();
        let password = password.to_owned();
        self.blocking(move || {
            argon2
                .hash_password(password.as_bytes())
                .map(|h| h.to_string())
                .map_err(|e| AppError::internal("argon2 hash", e))
        })
        .await
    }

    /// Whether `password` matches `stored` (a PHC string). With `None` a dummy hash is checked
    /// and the answer is always `false`, taking as long as a real check.
    pub async fn verify(&self, password: &str, stored: Option<&str>) -> Result<bool, AppError> {
        let argon2 = self.argon2.clone();
        let password = password.to_owned();
        let known = stored.is_some();
        let hash: Arc<str> = stored.map_or_else(|| self.dummy_hash.clone(), Arc::from);
        let matches = self
            .blocking(move || {
                // The parameters come from the stored hash, so old hashes stay valid after a
                // change of parameters.
                match argon2.verify_password(password.as_bytes(), &*hash) {
                    Ok(()) => Ok(true),
                    Err(argon2::password_hash::Error::PasswordInvalid) => Ok(false),
                    Err(e) => Err(AppError::internal("argon2 verify", e)),
                }
            })
            .await?;
        Ok(known && matches)
    }

    /// [`strong_enough`] on the blocking thread pool.
    pub async fn is_strong(&self, password: &str, nickname: &Nickname) -> Result<bool, AppError> {
        let password = password.to_owned();
        let nickname = nickname.clone();
        self.blocking(move || Ok(strong_enough(&password, &nickname)))
            .await
    }

    async fn blocking<R: Send + 'static>(
        &self,
        work: impl FnOnce() -> Result<R, AppError> + Send + 'static,
    ) -> Result<R, AppError> {
        let _permit = self
            .permits
            .acquire()
            .await
            .map_err(|e| AppError::internal("hash permits", e))?;
        tokio::task::spawn_blocking(work)
            .await
            .map_err(|e| AppError::internal("hash task", e))?
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hash_and_verify() {
        let passwords = Passwords::new(PasswordParams::insecure_fast_for_tests(), 2).unwrap();
        let hash = passwords.hash("richtig-richtig").await.unwrap();
        assert!(hash.starts_with("$argon2id$v=19$"));
        assert!(!hash.contains("richtig"));
        assert!(
            passwords
                .verify("richtig-richtig", Some(&hash))
                .await
                .unwrap()
        );
        assert!(
            !passwords
                .verify("falsch-falsch", Some(&hash))
                .await
                .unwrap()
        );
        assert!(!passwords.verify("richtig-richtig", None).await.unwrap());
        assert_ne!(hash, passwords.hash("richtig-richtig").await.unwrap());
    }

    #[test]
    fn weak_passwords_and_the_nickname_are_refused() {
        let lena = Nickname::try_from("Lena_Sommer").unwrap();
        for weak in [
            "1234567890",
            "abcdefghij",
            "qwertzuiop",
            "passwort123",
            "Lena_Sommer",
            "lena_sommer",
            "Lena_Sommer1",
            "lernwelt2024",
        ] {
            assert!(!strong_enough(weak, &lena), "{weak} counts as strong");
        }
        for strong in [
            "sehr-geheim-123",
            "ein langes Passwort",
            "Fenster-Blume-7",
            "ein-langes-passwort-1",
        ] {
            assert!(strong_enough(strong, &lena), "{strong} counts as weak");
        }
    }

    #[test]
    fn the_longest_password_is_rated_quickly_enough() {
        let lena = Nickname::try_from("Lena_Sommer").unwrap();
        for long in ["a".repeat(128), "0123456789".repeat(13), "😀".repeat(128)] {
            let start = std::time::Instant::now();
            let _ = strong_enough(&long, &lena);
            assert!(start.elapsed() < std::time::Duration::from_secs(5));
        }
    }

    #[test]
    fn default_params_are_argon2_defaults() {
        assert_eq!(PasswordParams::default().memory_kib, 19 * 1024);
    }
}
