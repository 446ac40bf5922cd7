//! The ID image gate on a 12-megapixel JPEG photo (4000 × 3000): decoding, turning upright, the
//! quality measures (resolution, blur, glare, light, outline) and re-encoding without metadata.
//! Prints the median and worst time of several runs on one core, and the peak memory.
//! Target on the 2-core development machine: under 150 ms, one core.

use rendezvous::domain::id_scan::{MAX_BYTES, clean};
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
    let photo = image::imageops::resize(&card, 4000, 3000, image::imageops::FilterType::CatmullRom);
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 90)
        .encode_image(&photo)
        .expect("encoding the 12 MP photo");
    drop(photo);
    println!(
        "ID image gate on a 12 MP JPEG (4000 × 3000, {:.1} MB)",
        jpeg.len() as f64 / 1e6
    );
    let mut times = Vec::new();
    let mut outcome = String::new();
    for _ in 0..7 {
        let start = Instant::now();
        let result = clean(&jpeg, MAX_BYTES.max(jpeg.len()));
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        outcome = match result {
            Ok(image) => format!("accepted ({} × {})", image.width, image.height),
            Err(problem) => format!("refused: {problem:?}"),
        };
    }
    times.sort_by(f64::total_cmp);
    println!("  outcome: {outcome}");
    println!(
        "  time: median {:.0} ms, worst {:.0} ms over {} runs (target < 150 ms)",
        times[times.len() / 2],
        times[times.len() - 1],
        times.len()
    );
    match peak_memory_mb() {
        Some(mb) => println!("  peak memory (VmHWM): {mb:.0} MB"),
        None => println!("  peak memory: not available on this system"),
    }
}
