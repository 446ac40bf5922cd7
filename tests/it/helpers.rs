//! `spawn_app`: the real application on port 0 with a fresh database, a manual clock and the SMTP
//! sink, plus helpers that act as a browser would.

use crate::smtp_sink::SmtpSink;
use chrono::{DateTime, TimeZone, Utc};
use rendezvous::clock::ManualClock;
use rendezvous::configuration::Settings;
use rendezvous::db::entities::{outbox_message, request, request_slot};
use rendezvous::domain::slot::{PreferredSlot, brussels_date, offered_slots};
use rendezvous::jobs::Jobs;
use rendezvous::startup::Application;
use scraper::{Html, Selector};
use sea_orm::{ConnectionTrait, Database, DatabaseConnection, EntityTrait};
use std::sync::Arc;

pub struct TestApp {
    pub address: String,
    /// The settings the server was started with.
    pub settings: Settings,
    pub database_url: String,
    pub db: DatabaseConnection,
    /// A browser: keeps cookies, does not follow redirects.
    pub client: reqwest::Client,
    pub smtp: SmtpSink,
    pub clock: Arc<ManualClock>,
    pub jobs: Arc<Jobs>,
    pub state: actix_web::web::Data<rendezvous::startup::AppState>,
    dir: tempfile::TempDir,
}

/// Wednesday 25 November 2026, 11:00 in Brussels.
pub fn start_time() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 10, 0, 0).unwrap()
}

/// A fresh database: a SQLite file in `dir`, or a new PostgreSQL database next to the one named
/// by TEST_DATABASE_URL.
async fn fresh_database_url(dir: &std::path::Path) -> String {
    match std::env::var("TEST_DATABASE_URL") {
        Ok(url) if !url.is_empty() => {
            let admin = Database::connect(&url)
                .await
                .expect("connect to TEST_DATABASE_URL");
            let name = format!("rdv_test_{}", uuid::Uuid::new_v4().simple());
            admin
                .execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await
                .expect("create a test database");
            admin.close().await.ok();
            let mut parsed = url::Url::parse(&url).unwrap();
            parsed.set_path(&format!("/{name}"));
            parsed.to_string()
        }
        _ => format!("sqlite://{}/test.db?mode=rwc", dir.display()),
    }
}

/// The audit key of every test server (one per process: see `db::audit::install_key`).
pub fn test_audit_key() -> rendezvous::configuration::AuditKey {
    rendezvous::configuration::AuditKey::parse("test-audit-key-0123456789abcdef0123456789").unwrap()
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

pub async fn spawn_app_with(customise: impl FnOnce(&mut Settings)) -> TestApp {
    if std::env::var_os("TEST_LOG").is_some() {
        rendezvous::telemetry::init();
    }
    let dir = tempfile::tempdir().unwrap();
    let smtp = SmtpSink::start().await;
    let mut settings = Settings {
        bind: "127.0.0.1:0".parse().unwrap(),
        database_url: fresh_database_url(dir.path()).await,
        base_url: "http://127.0.0.1".parse().unwrap(),
        smtp_url: Some(format!("smtp://127.0.0.1:{}", smtp.port)),
        mail_from: "rendezvous <noreply@rendezvous.test>".parse().unwrap(),
        calendar_organizer: Some(
            "Identity interviews <interviews@rendezvous.test>"
                .parse()
                .unwrap(),
        ),
        outbox_dir: dir.path().join("outbox"),
        upload_dir: dir.path().join("uploads"),
        video_url_template: "https://video.test/room-{room}".into(),
        max_upload_bytes: 10 * 1024 * 1024,
        max_uploads_per_side: 3,
        retention_days: 30,
        evidence_retention_days: 3653,
        activation_days: 14,
        import_max_lines: 10_000,
        no_show_grace_minutes: 10,
        clock_offset_secs: 0,
        submissions_per_hour: 1000,
        job_interval_secs: 0,
        staff_idle_minutes: 30,
        staff_session_hours: 12,
        sign_in_attempts_per_minute: 1000,
        audit_key: Some(test_audit_key()),
        trusted_proxies: vec![],
        smtp_timeout_secs: 30,
        ready_max_email_age_secs: 900,
        ready_max_job_silence_secs: 300,
    };
    customise(&mut settings);
    let database_url = settings.database_url.clone();
    let started_with = settings.clone();
    let clock = Arc::new(ManualClock::new(start_time()));
    let app = Application::build(settings, clock.clone())
        .await
        .expect("the application starts");
    let address = format!("http://127.0.0.1:{}", app.port());
    let db = app.db();
    let jobs = app.jobs();
    let state = app.state();
    tokio::spawn(app.run_until_stopped(None));
    TestApp {
        address,
        settings: started_with,
        database_url,
        db,
        client: browser(),
        smtp,
        clock,
        jobs,
        state,
        dir,
    }
}

pub fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// The hidden fields of the request form, as a browser would send them back.
pub struct FormTokens {
    pub csrf: String,
    pub submission: String,
}

pub fn select_attr(html: &str, selector: &str, attr: &str) -> Option<String> {
    let doc = Html::parse_document(html);
    let sel = Selector::parse(selector).unwrap();
    doc.select(&sel)
        .next()
        .and_then(|e| e.value().attr(attr))
        .map(str::to_owned)
}

pub fn select_text(html: &str, selector: &str) -> Option<String> {
    let doc = Html::parse_document(html);
    let sel = Selector::parse(selector).unwrap();
    doc.select(&sel)
        .next()
        .map(|e| e.text().collect::<String>())
}

pub fn select_all_text(html: &str, selector: &str) -> Vec<String> {
    let doc = Html::parse_document(html);
    let sel = Selector::parse(selector).unwrap();
    doc.select(&sel)
        .map(|e| e.text().collect::<String>().trim().to_owned())
        .collect()
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub fn now(&self) -> DateTime<Utc> {
        rendezvous::clock::Clock::now(self.clock.as_ref())
    }

    pub fn upload_dir(&self) -> std::path::PathBuf {
        self.dir.path().join("uploads")
    }

    pub fn outbox_dir(&self) -> std::path::PathBuf {
        self.dir.path().join("outbox")
    }

    pub fn offered(&self) -> Vec<PreferredSlot> {
        offered_slots(brussels_date(start_time()))
    }

    /// The status a given browser gets for a page.
    pub async fn status_of(&self, client: &reqwest::Client, path: &str) -> reqwest::StatusCode {
        client.get(self.url(path)).send().await.unwrap().status()
    }

    /// The HTML a given browser gets for a page.
    pub async fn html_of(&self, client: &reqwest::Client, path: &str) -> String {
        client
            .get(self.url(path))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.unwrap()
    }

    /// Opens the request form and returns its tokens.
    pub async fn open_form(&self, lang: &str) -> FormTokens {
        let response = self.get(&format!("/{lang}/request")).await;
        assert_eq!(response.status(), 200);
        let html = response.text().await.unwrap();
        FormTokens {
            csrf: select_attr(&html, "input[name=csrf_token]", "value").unwrap(),
            submission: select_attr(&html, "input[name=submission_token]", "value").unwrap(),
        }
    }

    /// Opens the form and sends it filled in correctly; the request must be accepted.
    pub async fn submit_valid_request(&self, lang: &str) {
        let tokens = self.open_form(lang).await;
        let response = self.post_form(lang, &self.valid_fields(&tokens)).await;
        assert_eq!(response.status(), 200, "a valid request is accepted");
    }

    /// A complete, valid form with the given tokens.
    pub fn valid_fields(&self, tokens: &FormTokens) -> Vec<(String, String)> {
        let offered = self.offered();
        [
            ("csrf_token", tokens.csrf.as_str()),
            ("submission_token", tokens.submission.as_str()),
            ("last_name", "Janssens"),
            ("first_names", "Marie Louise"),
            ("birth_day", "30"),
            ("birth_month", "7"),
            ("birth_year", "1985"),
            ("birth_country", "BE"),
            ("birth_place", "Gent"),
            ("sex", "F"),
            ("niss", "85.07.30-033.28"),
            ("email", "marie.janssens@example.org"),
            ("motivation", "Filing my Belgian taxes from abroad."),
            ("interview_language", "nl"),
            ("slot", &offered[0].code()),
            ("slot", &offered[3].code()),
            ("consent", "yes"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect()
    }

    pub async fn post_form(&self, lang: &str, fields: &[(String, String)]) -> reqwest::Response {
        self.client
            .post(self.url(&format!("/{lang}/request")))
            .form(fields)
            .send()
            .await
            .unwrap()
    }

    pub async fn requests(&self) -> Vec<request::Model> {
        request::Entity::find().all(&self.db).await.unwrap()
    }

    pub async fn slots(&self) -> Vec<request_slot::Model> {
        request_slot::Entity::find().all(&self.db).await.unwrap()
    }

    pub async fn outbox(&self) -> Vec<outbox_message::Model> {
        outbox_message::Entity::find().all(&self.db).await.unwrap()
    }
}

/// Replaces (or removes, with `None`) one field of a form.
pub fn with_field(
    fields: &[(String, String)],
    name: &str,
    value: Option<&str>,
) -> Vec<(String, String)> {
    let mut out: Vec<_> = fields.iter().filter(|(k, _)| k != name).cloned().collect();
    if let Some(value) = value {
        out.push((name.to_owned(), value.to_owned()));
    }
    out
}
