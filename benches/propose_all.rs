//! Benchmark of "propose for all": 10,000 open requests, 100 interviewers, two weeks of
//! 30-minute slots. Prints the time, how many requests got a slot in a preferred window, the
//! maximum possible (by an independent augmenting-path search) and the peak memory.
//!
//! Run with `cargo bench --bench propose_all`. Targets: under one second, under 200 MB.

use chrono::NaiveDate;
use rendezvous::domain::language::InterviewLanguage;
use rendezvous::domain::matching::{
    FreeSlot, OpenRequest, build_problem, maximum_placeable, propose_all,
};
use rendezvous::domain::slot::{DayPart, PreferredSlot, offered_slots};
use std::time::Instant;

const REQUESTS: usize = 10_000;
const INTERVIEWERS: usize = 100;
/// 9:00–12:00 and 13:00–17:00 in 30-minute interviews.
const SLOTS_PER_PART: [(DayPart, usize); 2] = [(DayPart::Morning, 6), (DayPart::Afternoon, 8)];

/// xorshift64*: a fixed, dependency-free sequence so that every run measures the same input.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn peak_memory_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn main() {
    let mut failed = false;
    for (name, crowded) in [
        ("preferences spread over the two weeks", false),
        ("crowded: most want the first three mornings", true),
    ] {
        failed |= !scenario(name, crowded);
    }
    if failed {
        std::process::exit(1);
    }
}

/// Runs one scenario; returns whether the matching placed the maximum possible.
fn scenario(name: &str, crowded: bool) -> bool {
    use InterviewLanguage::{En, Fr, Nl};
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap_or_default();
    let windows = offered_slots(today);
    let days: Vec<NaiveDate> = {
        let mut d: Vec<_> = windows.iter().map(|w| w.date).collect();
        d.dedup();
        d
    };

    let interviewer_languages: Vec<Vec<InterviewLanguage>> = (0..INTERVIEWERS)
        .map(|i| match i % 5 {
            0 | 1 => vec![Fr, En],
            2 | 3 => vec![Nl, En],
            _ => vec![Fr, Nl, En],
        })
        .collect();
    let mut free_slots = Vec::new();
    for interviewer in 0..INTERVIEWERS as u32 {
        for &date in &days {
            for (part, count) in SLOTS_PER_PART {
                // Some slots are already taken.
                let free = count - rng.below(3);
                for _ in 0..free {
                    free_slots.push(FreeSlot {
                        interviewer,
                        window: PreferredSlot { date, part },
                    });
                }
            }
        }
    }
    let requests: Vec<OpenRequest> = (0..REQUESTS)
        .map(|_| {
            let language = match rng.below(10) {
                0..=3 => Fr,
                4..=7 => Nl,
                _ => En,
            };
            // Windows are ordered by day then part: even indices are mornings.
            let mut pick = || {
                if crowded && rng.below(10) < 8 {
                    2 * rng.below(3)
                } else {
                    rng.below(windows.len())
                }
            };
            let count = 1 + pick() % 4;
            let mut preferred: Vec<PreferredSlot> = (0..count).map(|_| windows[pick()]).collect();
            preferred.sort_unstable();
            preferred.dedup();
            OpenRequest {
                preferred,
                language,
            }
        })
        .collect();

    let started = Instant::now();
    let (problem, buckets) = build_problem(&requests, &interviewer_languages, &free_slots);
    let assignment = propose_all(&problem);
    let elapsed = started.elapsed();
    let peak = peak_memory_mb();
    let placed = assignment.iter().filter(|a| a.is_some()).count();

    let mut load = vec![0usize; INTERVIEWERS];
    for bucket in assignment.iter().flatten() {
        load[buckets[*bucket as usize].0 as usize] += 1;
    }
    let (min_load, max_load) = (load.iter().min().copied(), load.iter().max().copied());

    let check_started = Instant::now();
    let maximum = maximum_placeable(&problem);
    let check_elapsed = check_started.elapsed();

    println!("propose for all — {name}");
    println!(
        "  {REQUESTS} requests, {INTERVIEWERS} interviewers, {} free 30-minute slots over {} working days",
        free_slots.len(),
        days.len()
    );
    println!(
        "  time (grouping + matching): {:.1} ms",
        elapsed.as_secs_f64() * 1000.0
    );
    println!("  placed in a preferred window: {placed}");
    println!(
        "  maximum possible (independent augmenting-path search, {:.0} ms): {maximum}",
        check_elapsed.as_secs_f64() * 1000.0
    );
    println!("  interviews per interviewer: min {min_load:?}, max {max_load:?}");
    match peak {
        Some(mb) => println!("  peak memory (VmHWM) after matching: {mb:.1} MB"),
        None => println!("  peak memory: not available on this system"),
    }
    if placed != maximum {
        eprintln!("FAIL: placed {placed} but {maximum} were possible");
    }
    placed == maximum
}
