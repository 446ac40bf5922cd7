//! Background jobs. Each run does what is due and returns; the serving process runs them on an
//! interval in two loops, one for email delivery and one for the rest (lapses, reminders,
//! retention), so that a slow mail server never delays a lapse or a reminder; `rendezvous tick`
//! runs them all once. Work is claimed in the database, so several processes may run them side
//! by side.

pub mod delivery;
pub mod import;
pub mod lapses;
pub mod propose_all;
pub mod reminders;
pub mod retention;

use crate::clock::Clock;
use crate::configuration::Settings;
use crate::db::job_passes;
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
    /// Emails the mail server refused for good (listed for supervisors).
    pub emails_refused: usize,
    /// Interview records reduced at the end of their evidence retention.
    pub evidence_reduced: usize,
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
    pub evidence_retention_days: u32,
    /// When this process last swept the upload folder for stray files.
    pub last_sweep: std::sync::Mutex<Option<std::time::Instant>>,
    /// Names this process in the outbox claims it holds (random, one per `Jobs`).
    pub holder: String,
    /// Set once the process stops: no new work is taken.
    stop: tokio::sync::watch::Sender<bool>,
}

/// The upload folder is swept for stray files this often (listing it and every recorded name is
/// too much work for every pass): leftovers are rare and harmless for a while.
const SWEEP_EVERY: std::time::Duration = std::time::Duration::from_secs(15 * 60);

/// Ends a task when dropped.
struct AbortOnDrop(tokio::task::AbortHandle);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// The running loops of a serving process.
pub struct JobLoops {
    jobs: Arc<Jobs>,
    handles: Vec<tokio::task::JoinHandle<()>>,
}

impl JobLoops {
    /// Stops taking new work and waits for the work in hand (an email being sent is bounded by
    /// the SMTP timeout); whatever is still running after that is ended, its claims run out.
    pub async fn stop(self) {
        self.jobs.stop();
        // One deadline for all the loops, which finish side by side.
        let deadline =
            tokio::time::Instant::now() + self.jobs.email.timeout() + Duration::from_secs(5);
        for handle in self.handles {
            let abort = handle.abort_handle();
            if tokio::time::timeout_at(deadline, handle).await.is_err() {
                tracing::warn!("a background job did not finish in time and was ended");
                abort.abort();
            }
        }
    }
}

impl Jobs {
    pub fn new(
        db: DatabaseConnection,
        email: Arc<EmailClient>,
        clock: Arc<dyn Clock>,
        settings: &Settings,
    ) -> Self {
        Jobs {
            db,
            email,
            clock,
            base_url: settings.base_url.clone(),
            video_url_template: settings.video_url_template.clone(),
            upload_dir: settings.upload_dir.clone(),
            retention_days: settings.retention_days,
            evidence_retention_days: settings.evidence_retention_days,
            last_sweep: Default::default(),
            holder: format!("{}", uuid::Uuid::new_v4().simple()),
            stop: tokio::sync::watch::Sender::new(false),
        }
    }

    /// No new work from now on (passes under way finish what they hold).
    pub fn stop(&self) {
        self.stop.send_replace(true);
    }

    /// Runs every due job once: the state changes first, so that their emails go out in the
    /// same pass, then delivery.
    pub async fn tick(&self) -> anyhow::Result<TickReport> {
        let state_jobs = self.run_state_jobs().await;
        let delivery = self.deliver().await;
        let mut report = state_jobs?;
        let delivery = delivery?;
        report.emails_sent = delivery.sent;
        report.emails_failed = delivery.failed;
        report.emails_refused = delivery.refused;
        Ok(report)
    }

    /// One delivery pass; notes when it finished.
    pub async fn deliver(&self) -> anyhow::Result<delivery::DeliveryReport> {
        let stop = self.stop.subscribe();
        let result = delivery::deliver_due(
            &self.db,
            &self.email,
            self.clock.as_ref(),
            &self.holder,
            &stop,
        )
        .await;
        // Only a pass that worked counts for /ready: one failing every time is not "running".
        if result.is_ok() {
            self.note_pass(job_passes::DELIVERY).await;
        }
        result.map_err(|error| error.context("the delivery job"))
    }

    /// Lapses, reminders, retention (ID images, interview evidence), stray files and the erasure
    /// of sent emails' bodies, once. One job failing does not keep the others from running (a
    /// stuck file must not stop the lapses): the first failure is returned after all have run.
    pub async fn run_state_jobs(&self) -> anyhow::Result<TickReport> {
        let mut failure: Option<anyhow::Error> = None;
        let mut keep = |name: &str, result: anyhow::Result<()>| {
            if let Err(error) = result {
                tracing::error!(job = name, error = %format!("{error:#}"), "a background job failed");
                failure.get_or_insert(error.context(format!("the {name} job")));
            }
        };
        let mut report = TickReport::default();
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
        let result = retention::reduce_expired_evidence(
            &self.db,
            self.evidence_retention_days,
            self.clock.now(),
        )
        .await;
        keep(
            "evidence retention",
            result.map(|n| report.evidence_reduced = n),
        );
        if self.sweep_is_due() {
            let result = retention::sweep_strays(&self.db, &self.upload_dir).await;
            keep(
                "stray files",
                result.map(|n| report.stray_files_removed = n),
            );
            let result = retention::sweep_held_lists(&self.upload_dir).await;
            keep(
                "held people lists",
                result.map(|n| report.stray_files_removed += n),
            );
            let result = crate::db::sign_in_throttles::sweep(&self.db, self.clock.now()).await;
            keep("sign-in counters", result.map(|_| ()).map_err(Into::into));
        }
        let result = retention::erase_sent_emails(&self.db, self.clock.now()).await;
        keep(
            "email erasure",
            result.map(|n| report.email_bodies_erased = n),
        );
        if failure.is_none() {
            self.note_pass(job_passes::JOBS).await;
        }
        match failure {
            Some(error) => Err(error),
            None => Ok(report),
        }
    }

    async fn note_pass(&self, loop_name: &str) {
        if let Err(error) = job_passes::record(&self.db, loop_name, self.clock.now()).await {
            tracing::warn!(job_loop = loop_name, error = %error, "could not note the finished pass");
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

    /// Runs the jobs every `interval` until stopped, delivery in a loop of its own. A failed
    /// pass is logged and the next one tries again.
    pub fn spawn(self: Arc<Self>, interval: Duration) -> JobLoops {
        let handles = vec![
            self.clone()
                .run_loop(job_passes::JOBS, interval, |jobs| async move {
                    let report = jobs.run_state_jobs().await?;
                    if report != TickReport::default() {
                        tracing::info!(?report, "background jobs ran");
                    }
                    Ok(())
                }),
            self.clone()
                .run_loop(job_passes::DELIVERY, interval, |jobs| async move {
                    jobs.deliver().await.map(|_| ())
                }),
        ];
        JobLoops {
            jobs: self,
            handles,
        }
    }

    fn run_loop<F, Fut>(
        self: Arc<Self>,
        name: &'static str,
        interval: Duration,
        pass: F,
    ) -> tokio::task::JoinHandle<()>
    where
        F: Fn(Arc<Jobs>) -> Fut + Send + 'static,
        Fut: std::future::Future<Output = anyhow::Result<()>> + Send + 'static,
    {
        let mut stop = self.stop.subscribe();
        tokio::spawn(async move {
            let mut ticker = tokio::time::interval(interval);
            ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                tokio::select! {
                    _ = ticker.tick() => {}
                    _ = stop.wait_for(|stopped| *stopped) => return,
                }
                // Each pass in its own task: should a job panic, the next pass still comes. The
                // guard ends the pass too when this loop is ended (a stop that ran out of time).
                let running = tokio::spawn(pass(self.clone()));
                let _guard = AbortOnDrop(running.abort_handle());
                match running.await {
                    Ok(Ok(())) => {}
                    Ok(Err(error)) => {
                        tracing::error!(job_loop = name, error = %format!("{error:#}"), "background jobs failed")
                    }
                    Err(panic) => {
                        tracing::error!(job_loop = name, error = %panic, "a background job panicked")
                    }
                }
            }
        })
    }
}
