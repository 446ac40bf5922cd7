//! Background jobs. Each run does what is due and returns; the serving process runs them on an
//! interval, `rendezvous tick` runs them once. Work is claimed in the database, so several
//! processes may run them side by side.

pub mod delivery;
pub mod lapses;
pub mod propose_all;
pub mod reminders;
pub mod retention;

use crate::clock::Clock;
use crate::email::transport::EmailClient;
use sea_orm::DatabaseConnection;
use std::sync::Arc;
use std::time::Duration;

/// What one pass over the jobs did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct TickReport {
    pub emails_sent: usize,
    pub emails_failed: usize,
    pub lapsed: usize,
    pub reminded: usize,
    pub images_deleted: usize,
    pub email_bodies_erased: u64,
    pub stray_files_removed: usize,
}

pub struct Jobs {
    pub db: DatabaseConnection,
    pub email: Arc<EmailClient>,
    pub clock: Arc<dyn Clock>,
    /// For links in the emails jobs write.
    pub base_url: url::Url,
    /// For the video link in reminders.
    pub video_url_template: String,
    pub upload_dir: std::path::PathBuf,
    pub retention_days: u32,
    /// When this process last swept the upload folder for stray files.
    pub last_sweep: std::sync::Mutex<Option<std::time::Instant>>,
}

/// The upload folder is swept for stray files this often (listing it and every recorded name is
/// too much work for every pass): leftovers are rare and harmless for a while.
const SWEEP_EVERY: std::time::Duration = std::time::Duration::from_secs(15 * 60);

impl Jobs {
    /// Runs every due job once. One job failing does not keep the others from running (a stuck
    /// file must not stop the email): the first failure is returned after all have run.
    pub async fn tick(&self) -> anyhow::Result<TickReport> {
        let mut failure: Option<anyhow::Error> = None;
        let mut keep = |name: &str, result: anyhow::Result<()>| {
            if let Err(error) = result {
                tracing::error!(job = name, error = ?error, "a background job failed");
                failure.get_or_insert(error.context(format!("the {name} job")));
            }
        };
        let mut report = TickReport::default();
        // State changes first, so that their emails go out in the same pass.
        let result = lapses::lapse_due(&self.db, &self.base_url, self.clock.now()).await;
        keep("lapses", result.map(|n| report.lapsed = n));
        let result =
            reminders::remind_due(&self.db, &self.video_url_template, self.clock.now()).await;
        keep("reminders", result.map(|n| report.reminded = n));
        let result = retention::delete_expired(
            &self.db,
            &self.upload_dir,
            self.retention_days,
            self.clock.now(),
        )
        .await;
        keep("retention", result.map(|n| report.images_deleted = n));
        if self.sweep_is_due() {
            let result = retention::sweep_strays(&self.db, &self.upload_dir).await;
            keep(
                "stray files",
                result.map(|n| report.stray_files_removed = n),
            );
        }
        let result = delivery::deliver_due(&self.db, &self.email, self.clock.as_ref()).await;
        keep(
            "delivery",
            result.map(|d| (report.emails_sent, report.emails_failed) = (d.sent, d.failed)),
        );
        let result = retention::erase_sent_emails(&self.db, self.clock.now()).await;
        keep(
            "email erasure",
            result.map(|n| report.email_bodies_erased = n),
        );
        match failure {
            Some(error) => Err(error),
            None => Ok(report),
        }
    }

    /// Whether this pass sweeps the upload folder (the first one does); notes it if so.
    fn sweep_is_due(&self) -> bool {
        let Ok(mut last) = self.last_sweep.lock() else {
            return true;
        };
        let due = last.is_none_or(|at| at.elapsed() >= SWEEP_EVERY);
        if due {
            *last = Some(std::time::Instant::now());
        }
        due
    }

    /// Runs the jobs every `interval` until the process stops. A failed pass is logged and the
    /// next one tries again.
    pub fn spawn(self: Arc<Self>, interval: Duration) -> tokio::task::JoinHandle<()> {
        tokio::spawn(async move {
            let mut ticker = tokio::time::interval(interval);
            ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                ticker.tick().await;
                // Each pass in its own task: should a job panic, the next pass still comes.
                let jobs = self.clone();
                match tokio::spawn(async move { jobs.tick().await }).await {
                    Ok(Ok(report)) if report != TickReport::default() => {
                        tracing::info!(?report, "background jobs ran")
                    }
                    Ok(Ok(_)) => {}
                    Ok(Err(error)) => tracing::error!(error = ?error, "background jobs failed"),
                    Err(panic) => tracing::error!(error = ?panic, "a background job panicked"),
                }
            }
        })
    }
}
