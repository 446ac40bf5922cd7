//! The import of a 10,000-line people list, in the service's own process while it serves: the
//! list written as a real XLSX file, then read and previewed (target under 2 s), confirmed and
//! run (each person: one argon2 hash, a transaction, three emails), its rate compared with the
//! hashing limit (cores ÷ one hash's time, measured in the same run; target ≥ 0.8), the landing
//! page's p50/p99 before and during the import, and the process's peak memory (target under
//! 150 MB). SQLite in a temporary folder; `BENCH_LINES` (default 10,000) sets the list's size.

use clap::Parser;
use rendezvous::clock::{Clock, SystemClock};
use rendezvous::configuration::Settings;
use rendezvous::db::{imports, staff};
use rendezvous::import_file::{Limits, read};
use rendezvous::secrets;
use rendezvous::startup::Application;
use rendezvous::use_cases::import::{self, Confirmed, RunSettings};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

#[derive(Parser)]
struct Cli {
    #[command(flatten)]
    settings: Settings,
}

fn peak_memory_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// A valid NISS (born in the 1900s) for the n-th person: a date and a counter, then the check
/// digits.
fn niss(n: usize) -> String {
    let counter = n % 10 + 1;
    let day = n / 10 % 28 + 1;
    let month = n / 280 % 12 + 1;
    let year = 40 + n / 3360;
    let base = format!("{year:02}{month:02}{day:02}{counter:03}");
    let check = 97 - base.parse::<u64>().unwrap_or(0) % 97;
    format!("{base}{check:02}")
}

fn workbook(lines: usize) -> anyhow::Result<Vec<u8>> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (column, title) in
        rendezvous::domain::import::header(rendezvous::domain::language::Language::En)
            .iter()
            .enumerate()
    {
        sheet.write_string(0, column as u16, *title)?;
    }
    let languages = ["FR", "NL", "EN", "DE"];
    for n in 0..lines {
        let row = n as u32 + 1;
        // The NISS as Excel keeps it: a number.
        sheet.write_number(row, 0, niss(n).parse::<f64>()?)?;
        sheet.write_string(row, 1, format!("person{n}@bench.example.org"))?;
        sheet.write_string(row, 2, languages[n % 4])?;
        sheet.write_string(row, 3, format!("First{n}"))?;
        sheet.write_string(row, 4, format!("Last{n}"))?;
        sheet.write_string(row, 5, format!("EP{n:07}"))?;
    }
    Ok(book.save_to_buffer()?)
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index]
}

/// Reads the landing page one request after the other until `stop`, returning the latencies.
async fn landing(url: String, stop: Arc<AtomicBool>, at_most: Duration) -> Vec<f64> {
    let client = reqwest::Client::new();
    let start = Instant::now();
    let mut times = Vec::new();
    while !stop.load(Ordering::Relaxed) && start.elapsed() < at_most {
        let began = Instant::now();
        if let Ok(response) = client.get(&url).send().await {
            let _ = response.bytes().await;
            times.push(began.elapsed().as_secs_f64() * 1000.0);
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    times.sort_by(f64::total_cmp);
    times
}

fn main() -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    runtime.block_on(run())
}

async fn run() -> anyhow::Result<()> {
    let lines: usize = std::env::var("BENCH_LINES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let folder = tempfile::tempdir()?;
    let path = |name: &str| folder.path().join(name).display().to_string();
    let database_url = format!("sqlite://{}?mode=rwc", path("bench.db"));
    let cli = Cli::try_parse_from([
        "bench",
        "--bind",
        "127.0.0.1:0",
        "--database-url",
        &database_url,
        "--outbox-dir",
        &path("outbox"),
        "--upload-dir",
        &path("uploads"),
        "--import-max-lines",
        &lines.max(1).to_string(),
    ])?;
    let settings = cli.settings;
    let app = Application::build(settings.clone(), Arc::new(SystemClock)).await?;
    let port = app.port();
    let db = app.db();
    tokio::spawn(app.run_until_stopped(None));
    let url = format!("http://127.0.0.1:{port}/en/");
    let supervisor = staff::add(
        &db,
        staff::NewStaff {
            email: "sara@bench.rendezvous.localhost",
            name: "Sara",
            role: staff::Role::Supervisor,
            languages: "nl",
            password_hash: "$argon2id$unused".to_owned(),
        },
        SystemClock.now(),
    )
    .await
    .map_err(|e| anyhow::anyhow!("adding the supervisor: {e}"))?;

    // The reference, in this run: one hash's time, and the hashing threads.
    for _ in 0..3 {
        secrets::hash("warm up".to_owned()).await?;
    }
    let rounds = 20;
    let began = Instant::now();
    for _ in 0..rounds {
        secrets::hash("a reference secret".to_owned()).await?;
    }
    let hash_s = began.elapsed().as_secs_f64() / rounds as f64;
    let threads = secrets::threads();
    let limit = threads as f64 / hash_s;
    println!("Import of a {lines}-line list (SQLite, in the serving process)");
    println!(
        "  reference: one argon2 hash {:.1} ms, {threads} hashing threads: at most {limit:.0} profiles/s",
        hash_s * 1000.0
    );

    // The landing page alone.
    let stop = Arc::new(AtomicBool::new(false));
    let quiet = landing(url.clone(), stop.clone(), Duration::from_secs(2)).await;
    println!(
        "  landing page alone:        p50 {:>6.1} ms  p99 {:>6.1} ms  ({} requests)",
        percentile(&quiet, 0.5),
        percentile(&quiet, 0.99),
        quiet.len()
    );

    let bytes = workbook(lines)?;
    println!("  the XLSX file: {:.1} MB", bytes.len() as f64 / 1e6);
    let began = Instant::now();
    let read_lines = read(
        &bytes,
        &Limits {
            max_bytes: 50 * 1024 * 1024,
            max_lines: lines + 1,
        },
    )
    .map_err(|e| anyhow::anyhow!("reading the list: {e}"))?;
    let preview = import::preview(&db, read_lines).await?;
    let preview_s = began.elapsed().as_secs_f64();
    println!(
        "  read and preview: {preview_s:.2} s (target under 2 s): {} to register, {} refused",
        preview.to_create.len(),
        preview.refused.len()
    );
    if preview.to_create.len() != lines {
        anyhow::bail!(
            "{} of {lines} lines previewed as new",
            preview.to_create.len()
        );
    }

    let sha = format!("{:064x}", lines);
    let batch = import::confirm(
        &db,
        &preview,
        &Confirmed {
            organisation: "Bench",
            file_name: "bench.xlsx",
            file_sha256: &sha,
            by: supervisor,
        },
        SystemClock.now(),
    )
    .await?;
    drop(preview);
    imports::claim(&db, batch, SystemClock.now()).await?;
    let stop = Arc::new(AtomicBool::new(false));
    let during = tokio::spawn(landing(url, stop.clone(), Duration::from_secs(3600)));
    let began = Instant::now();
    let base_url = settings.base_url.clone();
    let run_settings = RunSettings {
        base_url: &base_url,
        activation_days: 14,
        stop_after: None,
    };
    let now = || SystemClock.now();
    let done = import::run(&db, &run_settings, batch, &now).await?;
    let run_s = began.elapsed().as_secs_f64();
    stop.store(true, Ordering::Relaxed);
    let during = during.await?;
    let rate = done as f64 / run_s;
    println!(
        "  import: {done} people in {run_s:.1} s, {rate:.0} profiles/s = {:.2} of the hashing limit (target at least 0.8)",
        rate / limit
    );
    println!(
        "  landing page during it:    p50 {:>6.1} ms  p99 {:>6.1} ms  ({} requests)",
        percentile(&during, 0.5),
        percentile(&during, 0.99),
        during.len()
    );
    match peak_memory_mb() {
        Some(mb) => {
            println!("  peak memory of the process (VmHWM): {mb:.0} MB (target under 150 MB)")
        }
        None => println!("  peak memory: not available on this system"),
    }
    if done != lines {
        anyhow::bail!("{done} of {lines} people registered");
    }
    Ok(())
}
