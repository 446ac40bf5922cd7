//! Builds the application: database, email client, background jobs and the HTTP server.

use crate::clock::Clock;
use crate::configuration::Settings;
use crate::db;
use crate::email::transport::EmailClient;
use crate::http::lang;
use crate::http::rate_limit::AddressLimiter;
use crate::i18n::Tr;
use crate::jobs::Jobs;
use crate::routes;
use crate::telemetry::RedactedRootSpan;
use crate::views::PageCtx;
use crate::views::pages::error::{self, ErrorKind};
use actix_web::dev::{Server, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::http::header::CONTENT_TYPE;
use actix_web::middleware::{Compress, DefaultHeaders, ErrorHandlerResponse, ErrorHandlers};
use actix_web::{App, HttpServer, web};
use sea_orm::DatabaseConnection;
use std::net::TcpListener;
use std::sync::Arc;
use std::time::Duration;
use tracing_actix_web::TracingLogger;

/// What every handler can reach.
pub struct AppState {
    pub db: DatabaseConnection,
    pub clock: Arc<dyn Clock>,
    pub settings: Settings,
    pub email: Arc<EmailClient>,
    /// Request submissions per client address and hour.
    pub limiter: AddressLimiter,
    /// Staff sign-in attempts per client address and minute.
    pub sign_in_limiter: AddressLimiter,
    /// Security-code attempts on appointment pages per client address and minute.
    pub code_limiter: AddressLimiter,
    /// ID images checked at once: one per core, so that a burst of uploads queues instead of
    /// holding many decoded photos in memory together.
    pub image_checks: tokio::sync::Semaphore,
    /// argon2 verifications run for staff sign-ins: every attempt, refused or not, runs exactly
    /// one, so that response times do not tell which accounts exist (counted to show it).
    pub sign_in_verifications: std::sync::atomic::AtomicU64,
}

/// No script runs inline; scripts talk only to us; nothing may frame our pages; forms post only
/// to us.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
    img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; \
    base-uri 'none'";

/// Largest form body accepted (the request form is a few kilobytes).
const FORM_LIMIT: usize = 64 * 1024;

pub struct Application {
    port: u16,
    server: Server,
    db: DatabaseConnection,
    jobs: Arc<Jobs>,
    state: web::Data<AppState>,
}

impl Application {
    /// Connects, migrates, binds the listener and prepares the server (not yet running).
    pub async fn build(settings: Settings, clock: Arc<dyn Clock>) -> anyhow::Result<Self> {
        let db = db::connect(&settings.database_url).await?;
        db::migrate(&db).await?;
        db::audit_key::open(&settings, &db, clock.now()).await?;
        let email = Arc::new(EmailClient::from_settings(&settings)?);
        std::fs::create_dir_all(&settings.upload_dir).map_err(|e| {
            anyhow::anyhow!(
                "cannot create UPLOAD_DIR {}: {e}",
                settings.upload_dir.display()
            )
        })?;
        let listener = TcpListener::bind(settings.bind)
            .map_err(|e| anyhow::anyhow!("cannot listen on {} (BIND): {e}", settings.bind))?;
        let port = listener.local_addr()?.port();
        let jobs = Arc::new(Jobs::new(
            db.clone(),
            email.clone(),
            clock.clone(),
            &settings,
        ));
        let state = web::Data::new(AppState {
            db: db.clone(),
            clock,
            limiter: AddressLimiter::per_hour(settings.submissions_per_hour),
            sign_in_limiter: AddressLimiter::per_minute(settings.sign_in_attempts_per_minute),
            code_limiter: AddressLimiter::per_minute(settings.sign_in_attempts_per_minute),
            settings,
            email,
            image_checks: tokio::sync::Semaphore::new(
                std::thread::available_parallelism().map_or(2, usize::from),
            ),
            sign_in_verifications: Default::default(),
        });
        let server = run(listener, state.clone())?;
        Ok(Application {
            port,
            server,
            db,
            jobs,
            state,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn db(&self) -> DatabaseConnection {
        self.db.clone()
    }

    /// What the handlers share (for tests that look at counters).
    pub fn state(&self) -> web::Data<AppState> {
        self.state.clone()
    }

    pub fn jobs(&self) -> Arc<Jobs> {
        self.jobs.clone()
    }

    /// Serves until the process is stopped, running the background jobs every `job_interval`
    /// (none when `None`). On a stop (SIGINT, SIGTERM) the jobs take no new work and finish what
    /// they hold, so that no claim is left to run out.
    pub async fn run_until_stopped(self, job_interval: Option<Duration>) -> std::io::Result<()> {
        let loops = job_interval.map(|interval| self.jobs.clone().spawn(interval));
        // The jobs stop taking work as soon as the stop is asked for, while the server still
        // finishes the requests under way: they do not wait for each other.
        let jobs = self.jobs.clone();
        let on_stop = tokio::spawn(async move {
            stop_requested().await;
            jobs.stop();
        });
        let result = self.server.await;
        on_stop.abort();
        if let Some(loops) = loops {
            loops.stop().await;
        }
        result
    }
}

/// SIGINT or SIGTERM: the signals on which actix-web stops the server too.
async fn stop_requested() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut terminate) => {
                tokio::select! {
                    _ = terminate.recv() => {}
                    _ = tokio::signal::ctrl_c() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

fn run(listener: TcpListener, state: web::Data<AppState>) -> anyhow::Result<Server> {
    let hsts = state.settings.is_https();
    let upload_bytes = state.settings.max_upload_bytes;
    let server = HttpServer::new(move || {
        let mut headers = DefaultHeaders::new()
            .add(("Content-Security-Policy", CONTENT_SECURITY_POLICY))
            .add(("X-Content-Type-Options", "nosniff"))
            .add(("Referrer-Policy", "no-referrer"))
            .add(("X-Frame-Options", "DENY"))
            .add(("Cross-Origin-Opener-Policy", "same-origin"))
            .add((
                "Permissions-Policy",
                "camera=(), microphone=(), geolocation=()",
            ));
        if hsts {
            headers = headers.add(("Strict-Transport-Security", "max-age=31536000"));
        }
        let upload_limit = usize::try_from(upload_bytes).unwrap_or(usize::MAX / 4);
        App::new()
            .wrap(ErrorHandlers::new().default_handler(error_page))
            .wrap(headers)
            // gzip where the client accepts it: pages (the request form's country list, the
            // staff tables) shrink several times over.
            .wrap(Compress::default())
            .wrap(TracingLogger::<RedactedRootSpan>::new())
            .app_data(state.clone())
            .app_data(web::PayloadConfig::new(FORM_LIMIT))
            .app_data(
                // Two ID images (front and back) and the form's few fields; files go to disk.
                actix_multipart::form::MultipartFormConfig::default()
                    .total_limit(2 * upload_limit + FORM_LIMIT)
                    .memory_limit(FORM_LIMIT),
            )
            // Each file field keeps up to the largest file a form accepts (see `http::upload`).
            .app_data(crate::http::upload::KeepLimit(
                upload_limit.max(usize::try_from(crate::import_file::MAX_BYTES).unwrap_or(0)),
            ))
            .configure(routes::configure)
            .default_service(web::to(routes::not_found))
    })
    .listen(listener)?
    .run();
    Ok(server)
}

/// Error responses that are not already one of our pages (a body too large, a malformed request,
/// a framework error) become a page in the visitor's language, without technical details.
fn error_page<B>(res: ServiceResponse<B>) -> actix_web::Result<ErrorHandlerResponse<B>> {
    let is_our_page = res
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html") || v.starts_with("application/json"));
    if is_our_page {
        return Ok(ErrorHandlerResponse::Response(res.map_into_left_body()));
    }
    let status = res.status();
    let kind = match status {
        StatusCode::NOT_FOUND | StatusCode::METHOD_NOT_ALLOWED => ErrorKind::NotFound,
        StatusCode::PAYLOAD_TOO_LARGE => ErrorKind::TooLarge,
        s if s.is_client_error() => ErrorKind::BadRequest,
        _ => ErrorKind::Internal,
    };
    let (req, _) = res.into_parts();
    let ctx = PageCtx::new(Tr(lang::preferred(&req)), "");
    let response = crate::http::page(status, error::page(&ctx, kind));
    Ok(ErrorHandlerResponse::Response(
        ServiceResponse::new(req, response).map_into_right_body(),
    ))
}
