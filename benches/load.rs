//! Load on a release build over loopback, side by side with an actix-web hello-world started
//! from this same binary: the landing page, the request form, submissions (each one argon2
//! hash; compared with cores ÷ one hash's time), the supervisors' queue and the interviewers'
//! dashboard at 10,000 open requests with 8 staff at once (p50/p99), and the server's resident
//! memory at the end. SQLite always; PostgreSQL too when `BENCH_POSTGRES_URL` names a server
//! where a scratch database may be made (`postgres://postgres@127.0.0.1:5432/postgres`).
//! `BENCH_SECONDS` (default 4) sets each scenario's length, `BENCH_REQUESTS` (10,000) the queue.

use rendezvous::clock::{Clock, SystemClock};
use rendezvous::commands::{add_staff_to, demo_requests};
use rendezvous::db::staff::Role;
use rendezvous::domain::slot::{brussels_date, offered_slots};
use sea_orm::ConnectionTrait;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

const PASSWORD: &str = "benchmark password";
const STAFF: usize = 8;

fn main() -> anyhow::Result<()> {
    if std::env::args().any(|a| a == "--hello-world") {
        return hello_world();
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    runtime.block_on(run())
}

/// The reference: the smallest actix-web server, on one port, answering "Hello".
fn hello_world() -> anyhow::Result<()> {
    let port: u16 = std::env::var("HELLO_PORT")?.parse()?;
    actix_web::rt::System::new().block_on(async move {
        actix_web::HttpServer::new(|| {
            actix_web::App::new().route("/", actix_web::web::get().to(|| async { "Hello, world!" }))
        })
        .bind(("127.0.0.1", port))?
        .run()
        .await
    })?;
    Ok(())
}

/// Figures of one scenario.
#[derive(Default, Clone)]
struct Figures {
    per_second: f64,
    p50_ms: f64,
    p99_ms: f64,
    errors: usize,
}

impl std::fmt::Display for Figures {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:>9.0}/s  p50 {:>6.1} ms  p99 {:>6.1} ms{}",
            self.per_second,
            self.p50_ms,
            self.p99_ms,
            if self.errors > 0 {
                format!("  ({} errors)", self.errors)
            } else {
                String::new()
            }
        )
    }
}

fn seconds() -> Duration {
    Duration::from_secs(
        std::env::var("BENCH_SECONDS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(4),
    )
}

/// `clients` loops, each sending requests made by `request` for the scenario's length.
async fn hammer<F, Fut>(clients: Vec<reqwest::Client>, request: F) -> Figures
where
    F: Fn(reqwest::Client) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = bool> + Send,
{
    let request = Arc::new(request);
    let until = Instant::now() + seconds();
    let started = Instant::now();
    let tasks: Vec<_> = clients
        .into_iter()
        .map(|client| {
            let request = request.clone();
            tokio::spawn(async move {
                let mut latencies = Vec::new();
                let mut errors = 0;
                while Instant::now() < until {
                    let sent = Instant::now();
                    if request(client.clone()).await {
                        latencies.push(sent.elapsed());
                    } else {
                        errors += 1;
                    }
                }
                (latencies, errors)
            })
        })
        .collect();
    let mut all = Vec::new();
    let mut errors = 0;
    for task in tasks {
        if let Ok((latencies, failed)) = task.await {
            all.extend(latencies);
            errors += failed;
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    all.sort();
    let at = |q: f64| {
        all.get(((all.len() as f64 * q) as usize).min(all.len().saturating_sub(1)))
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    };
    Figures {
        per_second: all.len() as f64 / elapsed,
        p50_ms: at(0.50),
        p99_ms: at(0.99),
        errors,
    }
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(4)
        .build()
        .expect("an HTTP client")
}

async fn get_ok(client: &reqwest::Client, url: &str) -> bool {
    match client.get(url).send().await {
        Ok(response) => response.status().is_success() && response.bytes().await.is_ok(),
        Err(_) => false,
    }
}

fn free_port() -> anyhow::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}

async fn wait_until_up(url: &str) -> anyhow::Result<()> {
    let client = client();
    for _ in 0..200 {
        if client.get(url).send().await.is_ok() {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    anyhow::bail!("{url} did not answer")
}

fn resident_mib(child: &Child) -> f64 {
    std::fs::read_to_string(format!("/proc/{}/status", child.id()))
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

struct Server {
    child: Child,
    base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One database's figures.
struct Column {
    name: &'static str,
    landing: Figures,
    form: Figures,
    submissions: Figures,
    queue: Figures,
    dashboard: Figures,
    resident_mib: f64,
}

async fn measure(
    name: &'static str,
    database_url: &str,
    folder: &std::path::Path,
) -> anyhow::Result<Column> {
    // The data: staff and the open requests, written directly.
    let db = rendezvous::db::connect(database_url).await?;
    rendezvous::db::migrate(&db).await?;
    let now = SystemClock.now();
    for i in 0..STAFF {
        let role = if i % 2 == 0 {
            Role::Supervisor
        } else {
            Role::Interviewer
        };
        add_staff_to(
            &db,
            &format!("staff{i}@bench.localhost"),
            &format!("Staff {i}"),
            role,
            "fr,nl,en",
            PASSWORD.into(),
            now,
        )
        .await?;
    }
    let requests: usize = std::env::var("BENCH_REQUESTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let seeded = Instant::now();
    demo_requests(&db, now, requests).await?;
    println!(
        "{name}: {requests} open requests written in {:.1} s",
        seeded.elapsed().as_secs_f64()
    );
    // Statistics as a running database has them (autovacuum, or SQLite's ANALYZE), not those
    // of a table filled a second ago.
    let statistics = match db.get_database_backend() {
        sea_orm::DbBackend::Postgres => "VACUUM ANALYZE",
        _ => "ANALYZE",
    };
    db.execute_unprepared(statistics).await?;
    db.close().await?;

    let port = free_port()?;
    let child = Command::new(env!("CARGO_BIN_EXE_rendezvous"))
        .arg("serve")
        .env("BIND", format!("127.0.0.1:{port}"))
        .env("BASE_URL", format!("http://127.0.0.1:{port}"))
        .env("DATABASE_URL", database_url)
        .env("AUDIT_KEY", "benchmark-audit-key-benchmark-audit-key")
        .env("OUTBOX_DIR", folder.join(format!("outbox-{name}")))
        .env("UPLOAD_DIR", folder.join(format!("uploads-{name}")))
        .env("SUBMISSIONS_PER_HOUR", "100000000")
        .env("SIGN_IN_ATTEMPTS_PER_MINUTE", "100000")
        .env("JOB_INTERVAL_SECS", "0")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    let server = Server {
        child,
        base: format!("http://127.0.0.1:{port}"),
    };
    wait_until_up(&format!("{}/health", server.base)).await?;
    let base = server.base.clone();

    let landing_url = format!("{base}/en/");
    let landing = hammer((0..16).map(|_| client()).collect(), move |c| {
        let url = landing_url.clone();
        async move { get_ok(&c, &url).await }
    })
    .await;
    let form_url = format!("{base}/en/request");
    let form = hammer((0..16).map(|_| client()).collect(), move |c| {
        let url = form_url.clone();
        async move { get_ok(&c, &url).await }
    })
    .await;
    let submit_base = base.clone();
    let submissions = hammer((0..16).map(|_| client()).collect(), move |c| {
        let base = submit_base.clone();
        async move { submit_one(&c, &base).await.unwrap_or(false) }
    })
    .await;

    // Staff: each signed in in its own browser.
    let mut supervisors = Vec::new();
    let mut interviewers = Vec::new();
    for i in 0..STAFF {
        let c = client();
        sign_in(&c, &base, &format!("staff{i}@bench.localhost")).await?;
        if i % 2 == 0 {
            supervisors.push(c)
        } else {
            interviewers.push(c)
        }
    }
    // Eight staff at once on each page: the supervisors twice over for the queue.
    let queue_url = format!("{base}/en/staff/queue");
    let queue = hammer(
        supervisors
            .iter()
            .chain(supervisors.iter())
            .cloned()
            .collect(),
        move |c| {
            let url = queue_url.clone();
            async move { get_ok(&c, &url).await }
        },
    )
    .await;
    let assign_url = format!("{base}/en/staff/assign");
    let dashboard = hammer(
        interviewers
            .iter()
            .chain(interviewers.iter())
            .cloned()
            .collect(),
        move |c| {
            let url = assign_url.clone();
            async move { get_ok(&c, &url).await }
        },
    )
    .await;
    let resident_mib = resident_mib(&server.child);
    Ok(Column {
        name,
        landing,
        form,
        submissions,
        queue,
        dashboard,
        resident_mib,
    })
}

/// Opens the form and sends it filled in: one submission (one argon2 hash on the server).
async fn submit_one(client: &reqwest::Client, base: &str) -> anyhow::Result<bool> {
    let html = client
        .get(format!("{base}/en/request"))
        .send()
        .await?
        .text()
        .await?;
    let hidden = |name: &str| -> Option<String> {
        let doc = scraper::Html::parse_document(&html);
        let selector = scraper::Selector::parse(&format!("input[name={name}]")).ok()?;
        doc.select(&selector)
            .next()?
            .value()
            .attr("value")
            .map(str::to_owned)
    };
    let (Some(csrf), Some(submission)) = (hidden("csrf_token"), hidden("submission_token")) else {
        return Ok(false);
    };
    let offered = offered_slots(brussels_date(SystemClock.now()));
    let fields = [
        ("csrf_token", csrf.as_str()),
        ("submission_token", submission.as_str()),
        ("last_name", "Janssens"),
        ("first_names", "Marie Louise"),
        ("birth_day", "30"),
        ("birth_month", "7"),
        ("birth_year", "1985"),
        ("birth_country", "BE"),
        ("birth_place", "Gent"),
        ("sex", "F"),
        ("niss", ""),
        ("email", "marie.janssens@example.org"),
        ("motivation", "Filing my Belgian taxes from abroad."),
        ("interview_language", "nl"),
        ("slot", &offered[0].code()),
        ("slot", &offered[3].code()),
        ("consent", "yes"),
    ];
    let response = client
        .post(format!("{base}/en/request"))
        .form(&fields)
        .send()
        .await?;
    let ok = response.status().is_success();
    response.bytes().await?;
    Ok(ok)
}

async fn sign_in(client: &reqwest::Client, base: &str, email: &str) -> anyhow::Result<()> {
    let html = client
        .get(format!("{base}/en/staff/sign-in"))
        .send()
        .await?
        .text()
        .await?;
    let doc = scraper::Html::parse_document(&html);
    let selector =
        scraper::Selector::parse("input[name=csrf_token]").map_err(|e| anyhow::anyhow!("{e}"))?;
    let csrf = doc
        .select(&selector)
        .next()
        .and_then(|e| e.value().attr("value"))
        .unwrap_or_default()
        .to_owned();
    let response = client
        .post(format!("{base}/en/staff/sign-in"))
        .form(&[
            ("email", email),
            ("password", PASSWORD),
            ("csrf_token", &csrf),
        ])
        .send()
        .await?;
    anyhow::ensure!(
        response.status().as_u16() == 303,
        "{email} could not sign in"
    );
    Ok(())
}

async fn run() -> anyhow::Result<()> {
    let folder = tempfile::tempdir()?;
    let cores = std::thread::available_parallelism().map_or(2, usize::from);

    // References built in this run: one hash's time, and the hello-world's rate.
    let hash_started = Instant::now();
    for _ in 0..5 {
        rendezvous::domain::codes::hash_secret("a benchmark secret")?;
    }
    let hash_seconds = hash_started.elapsed().as_secs_f64() / 5.0;
    let hello_port = free_port()?;
    let hello = Server {
        child: Command::new(std::env::current_exe()?)
            .arg("--hello-world")
            .env("HELLO_PORT", hello_port.to_string())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?,
        base: format!("http://127.0.0.1:{hello_port}"),
    };
    wait_until_up(&format!("{}/", hello.base)).await?;
    let hello_url = format!("{}/", hello.base);
    let reference = hammer((0..16).map(|_| client()).collect(), move |c| {
        let url = hello_url.clone();
        async move { get_ok(&c, &url).await }
    })
    .await;
    drop(hello);

    let mut columns = vec![
        measure(
            "SQLite",
            &format!(
                "sqlite://{}?mode=rwc",
                folder.path().join("bench.db").display()
            ),
            folder.path(),
        )
        .await?,
    ];
    let mut scratch_database = None;
    if let Ok(admin_url) = std::env::var("BENCH_POSTGRES_URL") {
        let admin = sea_orm::Database::connect(&admin_url).await?;
        let name = format!("rdv_bench_{}", uuid::Uuid::new_v4().simple());
        admin
            .execute_unprepared(&format!("CREATE DATABASE {name}"))
            .await?;
        let mut url = url::Url::parse(&admin_url)?;
        url.set_path(&format!("/{name}"));
        scratch_database = Some((admin, name));
        columns.push(measure("PostgreSQL", url.as_str(), folder.path()).await?);
    }

    println!();
    println!(
        "reference: hello-world {:.0}/s; one argon2 hash {:.1} ms, so cores ÷ hash = {:.1} submissions/s ({cores} cores)",
        reference.per_second,
        hash_seconds * 1000.0,
        cores as f64 / hash_seconds
    );
    let ideal = cores as f64 / hash_seconds;
    for column in &columns {
        println!();
        println!("{}", column.name);
        println!(
            "  landing page      {}  = {:.0}% of hello-world",
            column.landing,
            100.0 * column.landing.per_second / reference.per_second
        );
        println!(
            "  request form      {}  = {:.0}% of the landing page",
            column.form,
            100.0 * column.form.per_second / column.landing.per_second.max(1.0)
        );
        println!(
            "  submissions       {}  = {:.2} × cores ÷ hash",
            column.submissions,
            column.submissions.per_second / ideal
        );
        println!("  queue (8 staff)   {}", column.queue);
        println!("  dashboard (8)     {}", column.dashboard);
        println!(
            "  server resident memory at the end: {:.0} MiB",
            column.resident_mib
        );
    }
    if let Some((admin, name)) = scratch_database {
        admin
            .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .await?;
    }
    Ok(())
}
