//! argon2 work on a few threads of its own, one per core: hashing a secret takes tens of
//! milliseconds of CPU and 19 MiB of memory, so it must neither stall the async workers nor,
//! under a burst of sign-ins, codes or submissions, run hundreds at once (that took the server
//! to gigabytes, which the allocator then kept). Each thread reuses one block of memory for
//! every hash; work waits its turn in a queue, first come first served, and never fails for
//! being queued.

use crate::domain::codes::{self, Scratch};
use std::sync::{LazyLock, Mutex};
use tokio::sync::{mpsc, oneshot};

type Work = Box<dyn FnOnce(&mut Scratch) + Send>;

/// How many hashes may wait: beyond this, callers wait to enqueue (still in order).
const QUEUE: usize = 4096;

struct Pool {
    queue: mpsc::Sender<Work>,
    threads: usize,
}

static POOL: LazyLock<Pool> = LazyLock::new(|| {
    let threads = std::thread::available_parallelism().map_or(2, usize::from);
    let (queue, receiver) = mpsc::channel::<Work>(QUEUE);
    let receiver = std::sync::Arc::new(Mutex::new(receiver));
    for n in 0..threads {
        let receiver = receiver.clone();
        let spawned = std::thread::Builder::new()
            .name(format!("argon2-{n}"))
            .spawn(move || {
                let mut scratch = Scratch::new();
                loop {
                    // One thread waits at the queue at a time; the others are hashing.
                    let next = match receiver.lock() {
                        Ok(mut receiver) => receiver.blocking_recv(),
                        Err(_) => None,
                    };
                    let Some(work) = next else { break };
                    work(&mut scratch);
                }
            });
        if let Err(error) = spawned {
            tracing::error!(%error, "could not start an argon2 thread");
        }
    }
    Pool { queue, threads }
});

/// Runs `work` on a hashing thread with its reusable memory.
async fn on_pool<T: Send + 'static>(
    work: impl FnOnce(&mut Scratch) -> T + Send + 'static,
) -> anyhow::Result<T> {
    let (answer, result) = oneshot::channel();
    let job: Work = Box::new(move |scratch| {
        // A panic in argon2 must not take the thread: it is caught and reported as an error.
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(scratch)));
        let _ = answer.send(outcome);
    });
    POOL.queue
        .send(job)
        .await
        .map_err(|_| anyhow::anyhow!("the argon2 threads have stopped"))?;
    match result.await {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(_)) => anyhow::bail!("argon2 panicked"),
        Err(_) => anyhow::bail!("the argon2 thread stopped before answering"),
    }
}

/// How many hashes run at once (one per core).
pub fn threads() -> usize {
    POOL.threads
}

/// Hashes a security code, activation code or password with argon2id.
pub async fn hash(secret: String) -> anyhow::Result<String> {
    on_pool(move |scratch| codes::hash_secret_in(&secret, scratch)).await?
}

/// Checks a secret against its stored hash (constant-time comparison inside).
pub async fn verify(secret: String, hash: String) -> anyhow::Result<bool> {
    on_pool(move |scratch| codes::verify_secret_in(&secret, &hash, scratch)).await
}

/// Verifies against a hash of a random secret nobody knows. Used for unknown accounts so that
/// response times do not tell which emails exist.
pub async fn verify_nothing(secret: String) -> anyhow::Result<bool> {
    static DUMMY: LazyLock<String> =
        LazyLock::new(|| codes::hash_secret(codes::Token::generate().as_str()).unwrap_or_default());
    let dummy = DUMMY.clone();
    on_pool(move |scratch| codes::verify_secret_in(&secret, &dummy, scratch)).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn no_more_than_one_hash_per_core_runs_at_once_and_all_are_answered() {
        static RUNNING: AtomicUsize = AtomicUsize::new(0);
        static MOST: AtomicUsize = AtomicUsize::new(0);
        let tasks: Vec<_> = (0..(threads() * 6))
            .map(|i| {
                tokio::spawn(on_pool(move |_| {
                    let now = RUNNING.fetch_add(1, Ordering::SeqCst) + 1;
                    MOST.fetch_max(now, Ordering::SeqCst);
                    std::thread::sleep(std::time::Duration::from_millis(15));
                    RUNNING.fetch_sub(1, Ordering::SeqCst);
                    i
                }))
            })
            .collect();
        for (i, task) in tasks.into_iter().enumerate() {
            assert_eq!(task.await.unwrap().unwrap(), i);
        }
        let most = MOST.load(Ordering::SeqCst);
        assert!(most <= threads(), "{most} at once on {} threads", threads());
    }

    #[tokio::test]
    async fn a_panicking_job_is_an_error_and_the_threads_go_on() {
        let failed = on_pool(|_| -> u8 { panic!("boom") }).await;
        assert!(failed.is_err());
        let hash = hash("a secret".to_owned()).await.unwrap();
        assert!(verify("a secret".to_owned(), hash).await.unwrap());
    }
}
