//! Uploaded identity document images: recognised by content (JPEG or PNG magic bytes, never
//! the name or declared type), decoded within bounds (a small file declaring an enormous image
//! is refused before its pixels are allocated), turned upright by the EXIF orientation, and
//! re-encoded as JPEG so that no metadata (EXIF, GPS, maker notes) is kept.

use super::id_quality::{Measures, QualityProblem, judge, measure};
use image::{DynamicImage, GenericImageView, ImageDecoder, ImageFormat, ImageReader, Pixel, Rgb};
use sha2::{Digest, Sha256};
use std::io::Cursor;

/// Largest upload accepted by default: 10 MB.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;
/// Largest decoded side: far above any phone camera, far below a decompression bomb.
pub const MAX_SIDE: u32 = 12_000;
/// Largest decoded image: a 50 MP phone photo in full resolution (8160 × 6120, colour) needs
/// 150 MB. At its peak the gate holds twice this (turning a photo upright copies it), and a
/// few checks run at a time.
pub const MAX_ALLOC: u64 = 256 * 1024 * 1024;
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
    /// A photo of the applicant smaller than a VGA webcam frame.
    PhotoTooSmall {
        width: u32,
        height: u32,
    },
}

impl ScanProblem {
    pub fn message_key(self) -> &'static str {
        match self {
            ScanProblem::Empty => "scan-empty",
            ScanProblem::TooLarge => "scan-too-large",
            ScanProblem::NotJpegOrPng => "scan-not-jpeg-or-png",
            ScanProblem::Unreadable => "scan-unreadable",
            ScanProblem::TooManyPixels => "scan-too-many-pixels",
            ScanProblem::PhotoTooSmall { .. } => "scan-photo-too-small",
            ScanProblem::Quality(problem) => match problem {
                QualityProblem::TooSmall { .. } => "scan-too-small",
                QualityProblem::NotInColour { .. } => "scan-not-in-colour",
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
            ScanProblem::PhotoTooSmall { width, height } => vec![
                ("width", width.to_string()),
                ("height", height.to_string()),
                ("min_long", PHOTO_MIN_WIDTH.to_string()),
                ("min_short", PHOTO_MIN_HEIGHT.to_string()),
            ],
            ScanProblem::Quality(QualityProblem::TooSmall { width, height }) => vec![
                ("width", width.to_string()),
                ("height", height.to_string()),
                ("min_long", MIN_LONG_SIDE.to_string()),
                ("min_short", MIN_SHORT_SIDE.to_string()),
            ],
            ScanProblem::Quality(QualityProblem::NotInColour { colourfulness }) => vec![
                ("figure", format!("{colourfulness:.1}")),
                ("threshold", format!("{MIN_COLOURFULNESS:.0}")),
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
    inspect_with(bytes, max_bytes, Gate::IdDocument)
}

/// What an image must show: a readable document, or the applicant holding it (a webcam frame,
/// which the document's thresholds would refuse; it only needs to show a face and a card).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gate {
    IdDocument,
    Photo,
}

/// The smallest photo of the applicant with the document: a VGA webcam frame.
pub const PHOTO_MIN_WIDTH: u32 = 640;
pub const PHOTO_MIN_HEIGHT: u32 = 480;

fn inspect_with(bytes: &[u8], max_bytes: usize, gate: Gate) -> Result<Inspected, ScanProblem> {
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
    // `Limits::max_alloc` is checked only by `ImageReader::decode`, not on this path (which
    // reads the orientation first): the decoded size is checked here, before it is allocated.
    if decoder.total_bytes() > MAX_ALLOC {
        return Err(ScanProblem::TooManyPixels);
    }
    let orientation = decoder.orientation().map_err(problem)?;
    let mut image = DynamicImage::from_decoder(decoder).map_err(problem)?;
    image.apply_orientation(orientation);
    let measures = measure(&image);
    match gate {
        Gate::IdDocument => {
            if let Some(problem) = judge(&measures).first() {
                return Err(ScanProblem::Quality(*problem));
            }
        }
        Gate::Photo => {
            let (long, short) = (
                image.width().max(image.height()),
                image.width().min(image.height()),
            );
            if long < PHOTO_MIN_WIDTH || short < PHOTO_MIN_HEIGHT {
                return Err(ScanProblem::PhotoTooSmall {
                    width: image.width(),
                    height: image.height(),
                });
            }
        }
    }
    Ok(Inspected { image, measures })
}

/// The gate, then the copy to store: re-encoded as JPEG, so that no metadata is kept.
pub fn clean(bytes: &[u8], max_bytes: usize) -> Result<CleanImage, ScanProblem> {
    clean_with(bytes, max_bytes, Gate::IdDocument)
}

/// `clean` for an image through the given gate.
pub fn clean_with(bytes: &[u8], max_bytes: usize, gate: Gate) -> Result<CleanImage, ScanProblem> {
    let Inspected { image, measures } = inspect_with(bytes, max_bytes, gate)?;
    let mut jpeg = Vec::new();
    let mut encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, JPEG_QUALITY);
    // Colour and grey images are encoded from their own pixels; any other layout (alpha, 16 bits)
    // through a colour view, never through a second full-size copy.
    let encoded = match &image {
        DynamicImage::ImageRgb8(rgb) => encoder.encode_image(rgb),
        DynamicImage::ImageLuma8(grey) => encoder.encode_image(grey),
        other => encoder.encode_image(&RgbView(other)),
    };
    encoded.map_err(|_| ScanProblem::Unreadable)?;
    Ok(CleanImage {
        sha256: hex::encode(Sha256::digest(&jpeg)),
        width: image.width(),
        height: image.height(),
        jpeg,
        measures: Some(measures),
    })
}

/// Any decoded image seen as 8-bit colour, converted pixel by pixel as the encoder reads it.
struct RgbView<'a>(&'a DynamicImage);

impl GenericImageView for RgbView<'_> {
    type Pixel = Rgb<u8>;

    fn dimensions(&self) -> (u32, u32) {
        self.0.dimensions()
    }

    fn get_pixel(&self, x: u32, y: u32) -> Rgb<u8> {
        self.0.get_pixel(x, y).to_rgb()
    }
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
    fn a_photo_of_the_applicant_needs_only_a_webcam_frame() {
        let frame = png(640, 480);
        let clean = clean_with(&frame, MAX_BYTES, Gate::Photo).unwrap();
        assert_eq!(sniff(&clean.jpeg), Some(ImageFormat::Jpeg));
        assert_eq!((clean.width, clean.height), (640, 480));
        assert!(
            matches!(
                clean_with(&frame, MAX_BYTES, Gate::IdDocument),
                Err(ScanProblem::Quality(_))
            ),
            "the same frame is no ID scan"
        );
        assert_eq!(
            clean_with(&png(320, 240), MAX_BYTES, Gate::Photo),
            Err(ScanProblem::PhotoTooSmall {
                width: 320,
                height: 240
            })
        );
        assert_eq!(
            clean_with(b"GIF89a", MAX_BYTES, Gate::Photo),
            Err(ScanProblem::NotJpegOrPng)
        );
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

    /// An EXIF block (little-endian TIFF) with the orientation tag and a description standing
    /// for the location a phone writes.
    fn exif(orientation: u16, description: &str) -> Vec<u8> {
        let mut tiff = b"II\x2A\x00\x08\x00\x00\x00".to_vec();
        let text = format!("{description}\0");
        let text_offset = 8 + 2 + 2 * 12 + 4;
        tiff.extend_from_slice(&2u16.to_le_bytes());
        // Orientation (0x0112), SHORT, one value, held in the entry.
        tiff.extend_from_slice(&0x0112u16.to_le_bytes());
        tiff.extend_from_slice(&3u16.to_le_bytes());
        tiff.extend_from_slice(&1u32.to_le_bytes());
        tiff.extend_from_slice(&orientation.to_le_bytes());
        tiff.extend_from_slice(&[0, 0]);
        // ImageDescription (0x010E), ASCII, stored after the directory.
        tiff.extend_from_slice(&0x010Eu16.to_le_bytes());
        tiff.extend_from_slice(&2u16.to_le_bytes());
        tiff.extend_from_slice(&(text.len() as u32).to_le_bytes());
        tiff.extend_from_slice(&(text_offset as u32).to_le_bytes());
        tiff.extend_from_slice(&0u32.to_le_bytes());
        tiff.extend_from_slice(text.as_bytes());
        tiff
    }

    #[test]
    fn a_sideways_phone_photo_is_turned_upright_and_its_metadata_dropped() {
        // The phone held the card sideways and wrote "turn 90° clockwise to show" (6) in EXIF.
        let upright = super::super::id_quality::tests::card_on_table();
        let sideways = image::imageops::rotate270(&upright);
        assert_eq!(sideways.dimensions(), (1000, 1400));
        let mut jpeg = Vec::new();
        let mut encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 90);
        encoder
            .set_exif_metadata(exif(6, "GPS 50.8503 N 4.3517 E"))
            .unwrap();
        encoder.encode_image(&sideways).unwrap();
        assert!(
            jpeg.windows(4).any(|w| w == b"Exif"),
            "the test file has EXIF"
        );

        let clean = clean(&jpeg, MAX_BYTES).expect("the upright card passes the gate");
        assert_eq!((clean.width, clean.height), (1400, 1000), "turned upright");
        for marker in [&b"Exif"[..], b"GPS 50.8503", b"II\x2A\x00"] {
            assert!(
                !clean.jpeg.windows(marker.len()).any(|w| w == marker),
                "{:?} left in the stored copy",
                String::from_utf8_lossy(marker)
            );
        }
        // Measured upright: the outline found is the landscape card, wider than high.
        let outline = clean.measures.unwrap().outline.unwrap();
        let xs = outline.map(|p| p.x);
        let ys = outline.map(|p| p.y);
        let width = xs.iter().max().unwrap() - xs.iter().min().unwrap();
        let height = ys.iter().max().unwrap() - ys.iter().min().unwrap();
        assert!(width > height, "{outline:?}");
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

    /// Counts the bytes each thread has allocated, to see how much one call of the gate takes.
    /// Thread-local, so that tests running side by side do not mix their figures.
    mod meter {
        use std::alloc::{GlobalAlloc, Layout, System};
        use std::cell::Cell;

        thread_local! {
            static CURRENT: Cell<usize> = const { Cell::new(0) };
            static PEAK: Cell<usize> = const { Cell::new(0) };
        }

        fn grew(by: usize) {
            let _ = CURRENT.try_with(|c| {
                let now = c.get() + by;
                c.set(now);
                let _ = PEAK.try_with(|p| p.set(p.get().max(now)));
            });
        }

        fn shrank(by: usize) {
            let _ = CURRENT.try_with(|c| c.set(c.get().saturating_sub(by)));
        }

        pub struct Meter;

        // SAFETY: every call is forwarded unchanged to the system allocator.
        unsafe impl GlobalAlloc for Meter {
            unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
                let p = unsafe { System.alloc(layout) };
                if !p.is_null() {
                    grew(layout.size());
                }
                p
            }
            unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
                let p = unsafe { System.alloc_zeroed(layout) };
                if !p.is_null() {
                    grew(layout.size());
                }
                p
            }
            unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
                unsafe { System.dealloc(ptr, layout) };
                shrank(layout.size());
            }
            unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
                let p = unsafe { System.realloc(ptr, layout, new_size) };
                if !p.is_null() {
                    shrank(layout.size());
                    grew(new_size);
                }
                p
            }
        }

        /// The most this thread held at once while `run` ran, above what it held before.
        pub fn peak_during(run: impl FnOnce()) -> usize {
            let start = CURRENT.with(Cell::get);
            PEAK.with(|p| p.set(start));
            run();
            PEAK.with(Cell::get) - start
        }
    }

    #[global_allocator]
    static METER: meter::Meter = meter::Meter;

    #[test]
    fn the_meter_sees_what_a_call_allocates() {
        let peak = meter::peak_during(|| drop(std::hint::black_box(vec![1u8; 10 << 20])));
        assert!((10 << 20..11 << 20).contains(&peak), "{peak}");
        let card = include_bytes!("../../tests/photos/card.jpg");
        let peak = meter::peak_during(|| drop(clean(card, MAX_BYTES)));
        // 1400 × 1000: the decoded colour image is 4.2 MB; the gate holds a few such buffers.
        assert!((4_200_000..40_000_000).contains(&peak), "{peak}");
    }

    /// A valid image file of the given format, rewritten to declare `width` × `height`.
    fn declaring(format: ImageFormat, width: u32, height: u32) -> Vec<u8> {
        match format {
            ImageFormat::Png => {
                let mut file = png(1, 1);
                file[16..20].copy_from_slice(&width.to_be_bytes());
                file[20..24].copy_from_slice(&height.to_be_bytes());
                let crc = crc32(&file[12..29]);
                file[29..33].copy_from_slice(&crc.to_be_bytes());
                file
            }
            _ => {
                let mut file = Vec::new();
                image::codecs::jpeg::JpegEncoder::new(&mut file)
                    .encode_image(&RgbImage::new(16, 16))
                    .unwrap();
                // The frame header: FF C0, length (2), precision (1), height (2), width (2).
                let sof = file.windows(2).position(|w| w == [0xFF, 0xC0]).unwrap();
                file[sof + 5..sof + 7].copy_from_slice(&(height.min(65_535) as u16).to_be_bytes());
                file[sof + 7..sof + 9].copy_from_slice(&(width.min(65_535) as u16).to_be_bytes());
                file
            }
        }
    }

    /// Beyond the limits means more than the gate's budget: the decoded image (at most
    /// `MAX_ALLOC`) and one copy of it (turning upright; the grey copy for measuring is smaller),
    /// plus room for the decoders' tables and the small copies.
    const ALLOWANCE: usize = 2 * MAX_ALLOC as usize + 8 * 1024 * 1024;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

        /// Whatever arrives, the gate answers without panicking and without allocating beyond
        /// its limits.
        #[test]
        fn arbitrary_bytes_never_panic_nor_allocate_beyond_the_limits(
            prefix in proptest::sample::select(vec![
                vec![0xFFu8, 0xD8, 0xFF],
                b"\x89PNG\r\n\x1a\n".to_vec(),
                Vec::new(),
            ]),
            body in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..4096),
        ) {
            let mut bytes = prefix;
            bytes.extend(body);
            let peak = meter::peak_during(|| {
                let _ = clean(&bytes, MAX_BYTES);
            });
            proptest::prop_assert!(peak <= ALLOWANCE, "{peak} bytes");
        }

        /// A small file may declare any size: beyond the largest side it is refused as too many
        /// pixels, and whatever it declares, what the gate allocates stays within the limits.
        #[test]
        fn declared_sizes_are_bounded_before_decoding(
            format in proptest::sample::select(vec![ImageFormat::Png, ImageFormat::Jpeg]),
            // Mostly within the largest side, where only the memory limit can stop a bomb.
            width in proptest::prop_oneof![4 => 1u32..16_000, 1 => 1u32..100_000],
            height in proptest::prop_oneof![4 => 1u32..16_000, 1 => 1u32..100_000],
        ) {
            let file = declaring(format, width, height);
            let mut outcome = None;
            let peak = meter::peak_during(|| outcome = Some(clean(&file, MAX_BYTES)));
            let outcome = outcome.unwrap();
            proptest::prop_assert!(peak <= ALLOWANCE, "{width} × {height}: {peak} bytes");
            // A JPEG header holds at most 65,535 per side.
            let declared = match format {
                ImageFormat::Jpeg => (width.min(65_535), height.min(65_535)),
                _ => (width, height),
            };
            let colour_bytes = u64::from(declared.0) * u64::from(declared.1) * 3;
            if declared.0 > MAX_SIDE || declared.1 > MAX_SIDE || colour_bytes > MAX_ALLOC {
                proptest::prop_assert_eq!(outcome, Err(ScanProblem::TooManyPixels), "{:?}", declared);
            } else {
                proptest::prop_assert!(outcome.is_err(), "{:?}", declared);
            }
        }
    }

    #[test]
    fn a_bomb_within_the_largest_side_is_refused_by_its_memory() {
        // 12,000 × 12,000 colour is 432 MB decoded: within the side limit, over the memory one.
        let bomb = declaring(ImageFormat::Png, MAX_SIDE, MAX_SIDE);
        let mut outcome = None;
        let peak = meter::peak_during(|| outcome = Some(clean(&bomb, MAX_BYTES)));
        assert_eq!(outcome.unwrap(), Err(ScanProblem::TooManyPixels));
        assert!(
            peak < 1024 * 1024,
            "refused before allocating: {peak} bytes"
        );
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
