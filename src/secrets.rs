//! argon2 work off the async workers: hashing a secret takes tens of milliseconds of CPU and
//! 19 MiB of memory, which must not stall other requests.

use crate::domain::codes;

/// Hashes a security code, activation code or password with argon2id on a blocking thread.
pub async fn hash(secret: String) -> anyhow::Result<String> {
    tokio::task::spawn_blocking(move || codes::hash_secret(&secret)).await?
}

/// Checks a secret against its stored hash on a blocking thread (constant-time comparison inside).
pub async fn verify(secret: String, hash: String) -> anyhow::Result<bool> {
    Ok(tokio::task::spawn_blocking(move || codes::verify_secret(&secret, &hash)).await?)
}

/// Verifies against a hash of a random secret nobody knows. Used for unknown accounts so that
/// response times do not tell which emails exist.
pub async fn verify_nothing(secret: String) -> anyhow::Result<bool> {
    static DUMMY: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        codes::hash_secret(codes::Token::generate().as_str()).unwrap_or_default()
    });
    Ok(tokio::task::spawn_blocking(move || codes::verify_secret(&secret, &DUMMY)).await?)
}
