//! argon2 work off the async workers and a few at a time: hashing a secret takes tens of
//! milliseconds of CPU and 19 MiB of memory, so it must neither stall other requests nor, under
//! a burst of sign-ins or codes, run hundreds at once (that took the server to gigabytes). Calls
//! beyond the permits wait their turn.

use crate::domain::codes;
use std::sync::LazyLock;
use tokio::sync::Semaphore;

/// argon2 runs at once in this process: two per core, so that the cores stay busy while memory
/// stays bounded (2 × cores × 19 MiB).
static PERMITS: LazyLock<Semaphore> = LazyLock::new(|| {
    Semaphore::new(2 * std::thread::available_parallelism().map_or(2, usize::from))
});

async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> anyhow::Result<T> {
    let _permit = PERMITS.acquire().await?;
    Ok(tokio::task::spawn_blocking(work).await?)
}

/// Hashes a security code, activation code or password with argon2id on a blocking thread.
pub async fn hash(secret: String) -> anyhow::Result<String> {
    blocking(move || codes::hash_secret(&secret)).await?
}

/// Checks a secret against its stored hash on a blocking thread (constant-time comparison inside).
pub async fn verify(secret: String, hash: String) -> anyhow::Result<bool> {
    blocking(move || codes::verify_secret(&secret, &hash)).await
}

/// Verifies against a hash of a random secret nobody knows. Used for unknown accounts so that
/// response times do not tell which emails exist.
pub async fn verify_nothing(secret: String) -> anyhow::Result<bool> {
    static DUMMY: LazyLock<String> =
        LazyLock::new(|| codes::hash_secret(codes::Token::generate().as_str()).unwrap_or_default());
    blocking(move || codes::verify_secret(&secret, &DUMMY)).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn no_more_than_the_permits_hash_at_once() {
        static RUNNING: AtomicUsize = AtomicUsize::new(0);
        static MOST: AtomicUsize = AtomicUsize::new(0);
        let limit = 2 * std::thread::available_parallelism().map_or(2, usize::from);
        let tasks = (0..(limit * 4)).map(|_| {
            tokio::spawn(blocking(|| {
                let now = RUNNING.fetch_add(1, Ordering::SeqCst) + 1;
                MOST.fetch_max(now, Ordering::SeqCst);
                std::thread::sleep(std::time::Duration::from_millis(20));
                RUNNING.fetch_sub(1, Ordering::SeqCst);
            }))
        });
        for task in futures_join(tasks).await {
            task.unwrap().unwrap();
        }
        let most = MOST.load(Ordering::SeqCst);
        assert!(most <= limit, "{most} at once, limit {limit}");
        assert!(most >= 2, "they do run side by side ({most})");
    }

    async fn futures_join<T>(
        tasks: impl Iterator<Item = tokio::task::JoinHandle<T>>,
    ) -> Vec<Result<T, tokio::task::JoinError>> {
        let mut results = Vec::new();
        for task in tasks.collect::<Vec<_>>() {
            results.push(task.await);
        }
        results
    }
}
