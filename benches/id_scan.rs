//! The ID image gate on a 12-megapixel JPEG photo (4000 × 3000): decoding, turning upright, the
//! quality measures (resolution, blur, glare, light, outline) and re-encoding without metadata.
//! Prints the median and worst time of several runs on one core, and the peak memory.
//! Target on the 2-core development machine: under 150 ms, one core.

use rendezvous::domain::id_scan::{MAX_BYTES, clean, inspect};
use std::time::Instant;

fn peak_memory_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn main() {
    let card = image::load_from_memory(include_bytes!("../tests/photos/card.jpg"))
        .expect("the test photo")
        .to_rgb8();
    let mut photo =
        image::imageops::resize(&card, 4000, 3000, image::imageops::FilterType::CatmullRom);
    // A camera's sensor noise (a few grey levels), so that the file is as large as a phone's
    // 12 MP photo (3 to 5 MB) rather than the few hundred kilobytes of a smooth enlargement:
    // decoding time follows the compressed size.
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    for p in photo.pixels_mut() {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let noise = (seed % 17) as i16 - 8;
        *p = image::Rgb(p.0.map(|c| (i16::from(c) + noise).clamp(0, 255) as u8));
    }
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 90)
        .encode_image(&photo)
        .expect("encoding the 12 MP photo");
    drop(photo);
    println!(
        "ID image gate on a 12 MP JPEG (4000 × 3000, {:.1} MB)",
        jpeg.len() as f64 / 1e6
    );
    let max = MAX_BYTES.max(jpeg.len());
    let mut outcome = String::new();
    let check = timed(|| {
        outcome = match inspect(&jpeg, max) {
            Ok(inspected) => format!(
                "accepted (sharpness {:.0}, glare {:.2}, brightness {:.0})",
                inspected.measures.sharpness,
                inspected.measures.glare,
                inspected.measures.brightness
            ),
            Err(problem) => format!("refused: {problem:?}"),
        };
    });
    println!("  outcome: {outcome}");
    // The photo is sharp and whole: a refusal is a regression of the gate, not a figure.
    if outcome.starts_with("refused") {
        eprintln!("the sharp 12 MP photo was refused");
        std::process::exit(1);
    }
    println!(
        "  check (decode, upright, measures): median {:.0} ms, worst {:.0} ms (target < 150 ms)",
        check.0, check.1
    );
    let decode = timed(|| {
        let _ = image::load_from_memory(&jpeg);
    });
    println!("    of which decoding alone: median {:.0} ms", decode.0);
    let decoded = image::load_from_memory(&jpeg).expect("decodes");
    let measuring = timed(|| {
        let _ = rendezvous::domain::id_quality::measure(&decoded);
    });
    println!("    of which measuring: median {:.0} ms", measuring.0);
    let store = timed(|| {
        let _ = clean(&jpeg, max);
    });
    println!(
        "  check and re-encode for storage: median {:.0} ms, worst {:.0} ms",
        store.0, store.1
    );
    match peak_memory_mb() {
        Some(mb) => println!("  peak memory (VmHWM): {mb:.0} MB"),
        None => println!("  peak memory: not available on this system"),
    }
}

/// Median and worst of seven runs, in milliseconds.
fn timed(mut run: impl FnMut()) -> (f64, f64) {
    let mut times: Vec<f64> = (0..7)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    (times[times.len() / 2], times[times.len() - 1])
}
