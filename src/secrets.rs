//! argon2 work off the async workers: hashing a secret takes tens of milliseconds of CPU and
//! 19 MiB of memory, which must not stall other requests.

use crate::domain::codes;

/// Hashes a security code, activation code or password with argon2id on a blocking thread.
pub async fn hash(secret: String) -> anyhow::Result<String> {
    tokio::task::spawn_blocking(move || codes::hash_secret(&secret)).await?
}
