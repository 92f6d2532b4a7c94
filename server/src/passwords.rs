//! Password hashing with Argon2id. Hashing is slow and memory-hungry on purpose, so it runs on
//! the blocking thread pool, at most a few at once, and a login for an unknown nickname still
//! verifies against a dummy hash so that timing does not tell which nicknames exist.

use crate::error::AppError;
use argon2::{Algorithm, Argon2, Params, PasswordHasher, PasswordVerifier, Version};
use std::sync::Arc;
use tokio::sync::Semaphore;

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
    fn default_params_are_argon2_defaults() {
        assert_eq!(PasswordParams::default().memory_kib, 19 * 1024);
    }
}
