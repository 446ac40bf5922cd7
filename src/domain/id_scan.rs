//! Uploaded identity document images: recognised by content (JPEG or PNG magic bytes, never
//! the name or declared type), decoded within bounds (a small file declaring an enormous image
//! is refused before its pixels are allocated), turned upright by the EXIF orientation, and
//! re-encoded as JPEG so that no metadata (EXIF, GPS, maker notes) is kept.

use super::id_quality::{Measures, QualityProblem, judge, measure};
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader};
use sha2::{Digest, Sha256};
use std::io::Cursor;

/// Largest upload accepted by default: 10 MB.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;
/// Largest decoded side: far above any phone camera, far below a decompression bomb.
pub const MAX_SIDE: u32 = 12_000;
/// Largest decoded buffer: a 12,000 × 12,000 greyscale image; a 48 MP colour photo fits.
pub const MAX_ALLOC: u64 = 512 * 1024 * 1024;
/// JPEG quality of the stored copy: small files, text on the document still sharp.
const JPEG_QUALITY: u8 = 90;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ScanProblem {
    Empty,
    TooLarge,
    NotJpegOrPng,
    Unreadable,
    TooManyPixels,
    Quality(super::id_quality::QualityProblem),
}

impl ScanProblem {
    pub fn message_key(self) -> &'static str {
        match self {
            ScanProblem::Empty => "scan-empty",
            ScanProblem::TooLarge => "scan-too-large",
            ScanProblem::NotJpegOrPng => "scan-not-jpeg-or-png",
            ScanProblem::Unreadable => "scan-unreadable",
            ScanProblem::TooManyPixels => "scan-too-many-pixels",
            ScanProblem::Quality(problem) => match problem {
                QualityProblem::TooSmall { .. } => "scan-too-small",
                QualityProblem::CutOff => "scan-cut-off",
                QualityProblem::Blurred { .. } => "scan-blurred",
                QualityProblem::TooDark { .. } => "scan-too-dark",
                QualityProblem::LowContrast { .. } => "scan-low-contrast",
                QualityProblem::Glare { .. } => "scan-glare",
            },
        }
    }

    /// The figures a message shows: what was measured and what is needed.
    pub fn message_args(&self, max_bytes: usize) -> Vec<(&'static str, String)> {
        use super::id_quality::*;
        match self {
            ScanProblem::TooLarge => vec![("max", megabytes(max_bytes))],
            ScanProblem::Quality(QualityProblem::TooSmall { width, height }) => vec![
                ("width", width.to_string()),
                ("height", height.to_string()),
                ("min_long", MIN_LONG_SIDE.to_string()),
                ("min_short", MIN_SHORT_SIDE.to_string()),
            ],
            ScanProblem::Quality(QualityProblem::Blurred { sharpness }) => vec![
                ("figure", format!("{sharpness:.0}")),
                ("threshold", format!("{MIN_SHARPNESS:.0}")),
            ],
            ScanProblem::Quality(QualityProblem::TooDark { brightness }) => vec![
                ("figure", format!("{brightness:.0}")),
                ("threshold", format!("{MIN_BRIGHTNESS:.0}")),
            ],
            ScanProblem::Quality(QualityProblem::LowContrast { contrast }) => vec![
                ("figure", format!("{contrast:.0}")),
                ("threshold", format!("{MIN_CONTRAST:.0}")),
            ],
            ScanProblem::Quality(QualityProblem::Glare { share }) => vec![
                ("figure", format!("{:.0}", share * 100.0)),
                ("threshold", format!("{:.0}", MAX_GLARE * 100.0)),
            ],
            _ => Vec::new(),
        }
    }
}

/// An accepted image, cleaned: the JPEG to store and what is recorded about it.
#[derive(Clone, PartialEq)]
pub struct CleanImage {
    pub jpeg: Vec<u8>,
    pub width: u32,
    pub height: u32,
    pub sha256: String,
    /// What the quality gate measured.
    pub measures: Option<Measures>,
}

impl std::fmt::Debug for CleanImage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "CleanImage({}×{}, {} bytes)",
            self.width,
            self.height,
            self.jpeg.len()
        )
    }
}

/// A size limit as people read it: "10", "0.5".
pub fn megabytes(bytes: usize) -> String {
    let mb = bytes as f64 / (1024.0 * 1024.0);
    if mb >= 1.0 && mb.fract() == 0.0 {
        format!("{mb:.0}")
    } else {
        format!("{mb:.1}")
    }
}

/// The format by its first bytes.
pub fn sniff(bytes: &[u8]) -> Option<ImageFormat> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(ImageFormat::Jpeg)
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(ImageFormat::Png)
    } else {
        None
    }
}

/// A decoded, upright image that passed the gate, with what was measured.
pub struct Inspected {
    pub image: DynamicImage,
    pub measures: Measures,
}

/// The gate: recognises, decodes within bounds, turns upright and measures. CPU-bound: call it
/// from a blocking thread.
pub fn inspect(bytes: &[u8], max_bytes: usize) -> Result<Inspected, ScanProblem> {
    if bytes.is_empty() {
        return Err(ScanProblem::Empty);
    }
    if bytes.len() > max_bytes {
        return Err(ScanProblem::TooLarge);
    }
    let format = sniff(bytes).ok_or(ScanProblem::NotJpegOrPng)?;
    // A JPEG decoder fills a truncated file with grey and carries on: a JPEG must end with its
    // end-of-image marker (some cameras add a few bytes after it).
    if format == ImageFormat::Jpeg
        && !bytes[bytes.len().saturating_sub(1024)..]
            .windows(2)
            .any(|w| w == [0xFF, 0xD9])
    {
        return Err(ScanProblem::Unreadable);
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    let problem = |e: image::ImageError| match e {
        image::ImageError::Limits(_) => ScanProblem::TooManyPixels,
        _ => ScanProblem::Unreadable,
    };
    let mut decoder = reader.into_decoder().map_err(problem)?;
    let orientation = decoder.orientation().map_err(problem)?;
    let mut image = DynamicImage::from_decoder(decoder).map_err(problem)?;
    image.apply_orientation(orientation);
    let measures = measure(&image);
    if let Some(problem) = judge(&measures).first() {
        return Err(ScanProblem::Quality(*problem));
    }
    Ok(Inspected { image, measures })
}

/// The gate, then the copy to store: re-encoded as JPEG, so that no metadata is kept.
pub fn clean(bytes: &[u8], max_bytes: usize) -> Result<CleanImage, ScanProblem> {
    let Inspected { image, measures } = inspect(bytes, max_bytes)?;
    let rgb = image.to_rgb8();
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, JPEG_QUALITY)
        .encode_image(&rgb)
        .map_err(|_| ScanProblem::Unreadable)?;
    Ok(CleanImage {
        sha256: hex::encode(Sha256::digest(&jpeg)),
        width: rgb.width(),
        height: rgb.height(),
        jpeg,
        measures: Some(measures),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{ImageEncoder, RgbImage};

    fn png(width: u32, height: u32) -> Vec<u8> {
        let image = RgbImage::from_fn(width, height, |x, y| {
            image::Rgb([(x % 256) as u8, (y % 256) as u8, 128])
        });
        let mut out = Vec::new();
        image::codecs::png::PngEncoder::new(&mut out)
            .write_image(&image, width, height, image::ExtendedColorType::Rgb8)
            .unwrap();
        out
    }

    #[test]
    fn a_card_photo_is_re_encoded_as_jpeg_with_its_size() {
        let mut card = Vec::new();
        image::codecs::png::PngEncoder::new(&mut card)
            .write_image(
                &super::super::id_quality::tests::card_on_table(),
                1400,
                1000,
                image::ExtendedColorType::Rgb8,
            )
            .unwrap();
        let clean = clean(&card, MAX_BYTES).unwrap();
        assert_eq!(sniff(&clean.jpeg), Some(ImageFormat::Jpeg));
        assert_eq!((clean.width, clean.height), (1400, 1000));
        assert_eq!(clean.sha256.len(), 64);
        // A flat picture without a document is refused by the gate.
        assert!(matches!(
            super::clean(&png(1200, 800), MAX_BYTES),
            Err(ScanProblem::Quality(_))
        ));
    }

    #[test]
    fn other_content_is_refused_whatever_its_name() {
        let cases: &[(&[u8], ScanProblem)] = &[
            (b"", ScanProblem::Empty),
            (b"%PDF-1.7 a document", ScanProblem::NotJpegOrPng),
            (
                b"just some text renamed to photo.jpg",
                ScanProblem::NotJpegOrPng,
            ),
            (b"\x00\x00\x00\x18ftypheic", ScanProblem::NotJpegOrPng),
            (&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10], ScanProblem::Unreadable),
        ];
        for (bytes, expected) in cases {
            assert_eq!(clean(bytes, MAX_BYTES).unwrap_err(), *expected, "{bytes:?}");
        }
        let truncated = png(64, 40);
        assert_eq!(
            clean(&truncated[..truncated.len() / 2], MAX_BYTES).unwrap_err(),
            ScanProblem::Unreadable
        );
        assert_eq!(clean(&png(8, 8), 10).unwrap_err(), ScanProblem::TooLarge);
        let photo = include_bytes!("../../tests/photos/card.jpg");
        assert_eq!(
            clean(&photo[..photo.len() / 2], MAX_BYTES).unwrap_err(),
            ScanProblem::Unreadable,
            "a truncated JPEG"
        );
    }

    #[test]
    fn a_decompression_bomb_is_refused_without_allocating_it() {
        // A valid 1 × 1 PNG whose header is rewritten to declare 50,000 × 50,000 pixels, with the
        // header's checksum fixed so that only the size can stop it.
        let mut bomb = png(1, 1);
        bomb[16..20].copy_from_slice(&50_000u32.to_be_bytes());
        bomb[20..24].copy_from_slice(&50_000u32.to_be_bytes());
        let crc = crc32(&bomb[12..29]);
        bomb[29..33].copy_from_slice(&crc.to_be_bytes());
        assert_eq!(
            clean(&bomb, MAX_BYTES).unwrap_err(),
            ScanProblem::TooManyPixels
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

        /// Whatever arrives, the gate answers: no panic, and no image beyond the limits is
        /// decoded (the limits make the decoder refuse before allocating).
        #[test]
        fn arbitrary_bytes_never_panic(
            prefix in proptest::sample::select(vec![
                vec![0xFFu8, 0xD8, 0xFF],
                b"\x89PNG\r\n\x1a\n".to_vec(),
                Vec::new(),
            ]),
            body in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..4096),
        ) {
            let mut bytes = prefix;
            bytes.extend(body);
            let _ = clean(&bytes, MAX_BYTES);
        }
    }

    /// CRC-32 as PNG chunks use it.
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
}
