//! The quality gate for ID document images: is the document big enough, sharp, evenly lit, bright
//! enough, and wholly in the picture? Every measure is taken on a grey copy scaled so that its long
//! side is `NORMALISED_SIDE` pixels, so that figures do not depend on the camera's resolution.
//!
//! Thresholds were calibrated on photographs from scikit-image's public-domain sample data,
//! composed as a card on a table (see the tests): the figures of the sharp picture and of its
//! blurred (Gaussian σ = 2), darkened, over-exposed, downscaled and cropped versions are written
//! next to each threshold, which sits between the good and the bad figure with a margin on both
//! sides.

use image::{DynamicImage, GenericImageView, GrayImage, Pixel};
use imageproc::contours::{BorderType, find_contours};
use imageproc::geometry::{approximate_polygon_dp, arc_length, contour_area, convex_hull};
use imageproc::point::Point;

/// Long side of the grey copy every measure is taken on.
pub const NORMALISED_SIDE: u32 = 1000;
/// An ID-1 card (85.60 × 53.98 mm) at 300 dpi is 1011 × 638 pixels.
pub const MIN_LONG_SIDE: u32 = 1000;
pub const MIN_SHORT_SIDE: u32 = 630;
/// Variance of the Laplacian inside the document. Sharp card: about 790; the same blurred with
/// σ = 2: about 27. 200 sits between with room both ways (a steady phone photo of a card is
/// several hundred).
pub const MIN_SHARPNESS: f64 = 200.0;
/// Share of saturated pixels (≥ 250) in the brightest eighth-by-eighth block of the document.
/// Sharp card: 0.06; over-exposed (× 2.2): 1.0. A reflection covering a third of a block is
/// enough to hide a line of text.
pub const MAX_GLARE: f64 = 0.35;
/// Mean grey level of the document (0–255). Sharp card: about 180; darkened (× 0.22): about 28.
pub const MIN_BRIGHTNESS: f64 = 60.0;
/// Standard deviation of the grey levels of the whole picture. Sharp card: about 85; the darkened
/// one: 19 (caught as dark first); a grey, washed-out picture falls under 20.
pub const MIN_CONTRAST: f64 = 20.0;
/// Colourfulness (Hasler and Süsstrunk, 2003) of the picture: 0 for a black-and-white image,
/// even saved as a colour file. Sharp card: about 38; darkened or washed out: about 8; its grey
/// copy: 0. Security features of a document show only in colour; 3 refuses only pictures with
/// (almost) no colour at all, not pale documents under neutral light.
pub const MIN_COLOURFULNESS: f64 = 3.0;
/// Width-to-height ratios of documents: ID-1 cards (85.60 × 53.98 mm, 1.586) and ID-3 passport
/// pages (125 × 88 mm, 1.420). A picture cropped to one of them, within `FRAME_RATIO_TOLERANCE`,
/// is taken as the document itself (a scan cropped by its software) when no outline at all is
/// found inside it. The tolerance (a few pixels on a 300 dpi scan) leaves out the shapes of
/// screens and paper: 16:10 (1.600) and A4 (1.414) as well as 4:3, 3:2 and 16:9.
const DOCUMENT_RATIOS: [f64; 2] = [85.60 / 53.98, 125.0 / 88.0];
const FRAME_RATIO_TOLERANCE: f64 = 0.004;
/// The document's outline must cover at least this share of the picture.
const MIN_DOCUMENT_SHARE: f64 = 0.15;
/// How close to the picture's edge a corner may be before the document counts as cut off.
const EDGE_MARGIN: i32 = 3;

/// What the gate measured, with the figures it judged on.
#[derive(Debug, Clone, PartialEq)]
pub struct Measures {
    pub width: u32,
    pub height: u32,
    pub sharpness: f64,
    pub glare: f64,
    pub brightness: f64,
    pub contrast: f64,
    /// The document's four corners in the normalised copy, when found.
    pub outline: Option<[Point<i32>; 4]>,
    /// The outline touches the picture's edge.
    pub cut_off: bool,
    /// The picture is the document: cropped to its shape, no outline inside.
    pub whole_frame: bool,
    /// Colourfulness; 0 for a black-and-white picture.
    pub colourfulness: f64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum QualityProblem {
    TooSmall { width: u32, height: u32 },
    NotInColour { colourfulness: f64 },
    CutOff,
    Blurred { sharpness: f64 },
    TooDark { brightness: f64 },
    LowContrast { contrast: f64 },
    Glare { share: f64 },
}

/// Measures an upright image.
pub fn measure(image: &DynamicImage) -> Measures {
    let (width, height) = (image.width(), image.height());
    // Grey first, then smaller: one channel to average instead of three.
    let grey: GrayImage = {
        let full = image.to_luma8();
        let scale = f64::from(NORMALISED_SIDE) / f64::from(width.max(height));
        if scale < 1.0 {
            let w = ((f64::from(width) * scale).round() as u32).max(1);
            let h = ((f64::from(height) * scale).round() as u32).max(1);
            image::imageops::thumbnail(&full, w, h)
        } else {
            full
        }
    };
    // The outline needs less detail: it is looked for at half that size, four times faster.
    let half =
        image::imageops::thumbnail(&grey, (grey.width() / 2).max(1), (grey.height() / 2).max(1));
    let (outline, cut_off) = find_outline(&half);
    let outline = outline.map(|corners| corners.map(|p| Point::new(p.x * 2, p.y * 2)));
    // An outline that runs off the picture is a document cut off, whatever the picture's shape.
    let whole_frame = outline.is_none() && shaped_like_a_document(width, height);
    let (outline, cut_off) = if whole_frame {
        let (w, h) = (grey.width() as i32 - 1, grey.height() as i32 - 1);
        let frame = [
            Point::new(0, 0),
            Point::new(w, 0),
            Point::new(w, h),
            Point::new(0, h),
        ];
        (Some(frame), false)
    } else {
        (outline, cut_off)
    };
    // Sharpness, brightness and glare are taken inside the document when it was found.
    let region = outline.map(|corners| inner_box(&corners, grey.width(), grey.height()));
    let (x0, y0, x1, y1) = region.unwrap_or((0, 0, grey.width(), grey.height()));
    Measures {
        width,
        height,
        sharpness: laplacian_variance(&grey, (x0, y0, x1, y1)),
        glare: glare(&grey, (x0, y0, x1, y1)),
        brightness: mean(&grey, (x0, y0, x1, y1)),
        contrast: std_dev(&grey),
        outline,
        cut_off,
        whole_frame,
        colourfulness: colourfulness(image),
    }
}

/// Every problem, the cause first: a dark or glaring picture also hides the outline and the
/// detail, so light comes before a missing outline or blur.
pub fn judge(m: &Measures) -> Vec<QualityProblem> {
    let mut problems = Vec::new();
    let (long, short) = (m.width.max(m.height), m.width.min(m.height));
    if long < MIN_LONG_SIDE || short < MIN_SHORT_SIDE {
        problems.push(QualityProblem::TooSmall {
            width: m.width,
            height: m.height,
        });
    }
    if m.colourfulness < MIN_COLOURFULNESS {
        problems.push(QualityProblem::NotInColour {
            colourfulness: m.colourfulness,
        });
    }
    if m.brightness < MIN_BRIGHTNESS {
        problems.push(QualityProblem::TooDark {
            brightness: m.brightness,
        });
    } else if m.contrast < MIN_CONTRAST {
        problems.push(QualityProblem::LowContrast {
            contrast: m.contrast,
        });
    }
    if m.glare > MAX_GLARE {
        problems.push(QualityProblem::Glare { share: m.glare });
    }
    if m.outline.is_none() || m.cut_off {
        problems.push(QualityProblem::CutOff);
    }
    if m.sharpness < MIN_SHARPNESS {
        problems.push(QualityProblem::Blurred {
            sharpness: m.sharpness,
        });
    }
    problems
}

fn shaped_like_a_document(width: u32, height: u32) -> bool {
    let ratio = f64::from(width.max(height)) / f64::from(width.min(height).max(1));
    DOCUMENT_RATIOS
        .iter()
        .any(|r| ((ratio - r) / r).abs() <= FRAME_RATIO_TOLERANCE)
}

/// Hasler and Süsstrunk's colourfulness, on about 250,000 pixels spread over the picture.
fn colourfulness(image: &DynamicImage) -> f64 {
    let (width, height) = (image.width(), image.height());
    let pixels = u64::from(width) * u64::from(height);
    let stride = ((pixels as f64 / 250_000.0).sqrt().floor() as u32).max(1);
    let rgb = match image {
        DynamicImage::ImageLuma8(_)
        | DynamicImage::ImageLumaA8(_)
        | DynamicImage::ImageLuma16(_)
        | DynamicImage::ImageLumaA16(_) => return 0.0,
        DynamicImage::ImageRgb8(rgb) => Some(rgb),
        _ => None,
    };
    let (mut n, mut sum_rg, mut sum_yb, mut sq_rg, mut sq_yb) = (0.0, 0.0, 0.0, 0.0, 0.0);
    for y in (0..height).step_by(stride as usize) {
        for x in (0..width).step_by(stride as usize) {
            let [r, g, b] = match rgb {
                Some(rgb) => rgb.get_pixel(x, y).0,
                None => image.get_pixel(x, y).to_rgb().0,
            }
            .map(f64::from);
            let (rg, yb) = (r - g, 0.5 * (r + g) - b);
            n += 1.0;
            sum_rg += rg;
            sum_yb += yb;
            sq_rg += rg * rg;
            sq_yb += yb * yb;
        }
    }
    if n == 0.0 {
        return 0.0;
    }
    let (mean_rg, mean_yb) = (sum_rg / n, sum_yb / n);
    let var_rg = (sq_rg / n - mean_rg * mean_rg).max(0.0);
    let var_yb = (sq_yb / n - mean_yb * mean_yb).max(0.0);
    (var_rg + var_yb).sqrt() + 0.3 * (mean_rg * mean_rg + mean_yb * mean_yb).sqrt()
}

/// The largest four-sided outline among the edges, and whether it touches the picture's edge.
fn find_outline(grey: &GrayImage) -> (Option<[Point<i32>; 4]>, bool) {
    let edges = imageproc::edges::canny(grey, 30.0, 90.0);
    let (w, h) = (grey.width() as i32, grey.height() as i32);
    let min_area = MIN_DOCUMENT_SHARE * f64::from(w) * f64::from(h);
    let mut best: Option<([Point<i32>; 4], f64, bool)> = None;
    for contour in find_contours::<i32>(&edges) {
        if contour.border_type != BorderType::Outer || contour.points.len() < 40 {
            continue;
        }
        let hull = convex_hull(contour.points);
        let area = contour_area(&hull);
        if area < min_area || best.as_ref().is_some_and(|(_, a, _)| *a >= area) {
            continue;
        }
        let perimeter = arc_length(&hull, true);
        let polygon = simplify_closed(&hull, 0.02 * perimeter);
        let Ok(corners) = <[Point<i32>; 4]>::try_from(polygon) else {
            continue;
        };
        let touches = hull.iter().any(|p| {
            p.x < EDGE_MARGIN
                || p.y < EDGE_MARGIN
                || p.x >= w - EDGE_MARGIN
                || p.y >= h - EDGE_MARGIN
        });
        best = Some((corners, area, touches));
    }
    match best {
        Some((corners, _, touches)) => (Some(corners), touches),
        None => (None, false),
    }
}

/// Douglas–Peucker on a closed outline. imageproc's `closed` mode expects the first point
/// repeated at the end and drops the last one, which would turn a clean four-point hull into a
/// triangle: the ring is split at the point farthest from the first, and each half simplified.
fn simplify_closed(ring: &[Point<i32>], epsilon: f64) -> Vec<Point<i32>> {
    let distance = |p: &Point<i32>| {
        let (dx, dy) = (f64::from(p.x - ring[0].x), f64::from(p.y - ring[0].y));
        dx * dx + dy * dy
    };
    let far = (0..ring.len())
        .max_by(|&a, &b| distance(&ring[a]).total_cmp(&distance(&ring[b])))
        .unwrap_or(0);
    if ring.len() < 3 || far == 0 || epsilon <= 0.0 {
        return ring.to_vec();
    }
    let mut back: Vec<Point<i32>> = ring[far..].to_vec();
    back.push(ring[0]);
    let mut polygon = approximate_polygon_dp(&ring[..=far], epsilon, false);
    polygon.pop(); // `far` starts the second half
    polygon.extend(approximate_polygon_dp(&back, epsilon, false));
    polygon.pop(); // the first point, again
    // The two split points were kept whatever their place: drop any corner that lies on the line
    // between its neighbours (a split point in the middle of a side).
    while polygon.len() > 3 {
        let n = polygon.len();
        let flattest = (0..n)
            .map(|i| {
                let (a, p, b) = (polygon[(i + n - 1) % n], polygon[i], polygon[(i + 1) % n]);
                (i, distance_to_line(p, a, b))
            })
            .min_by(|x, y| x.1.total_cmp(&y.1));
        match flattest {
            Some((i, d)) if d <= epsilon => {
                polygon.remove(i);
            }
            _ => break,
        }
    }
    polygon
}

fn distance_to_line(p: Point<i32>, a: Point<i32>, b: Point<i32>) -> f64 {
    let (dx, dy) = (f64::from(b.x - a.x), f64::from(b.y - a.y));
    let length = (dx * dx + dy * dy).sqrt();
    if length == 0.0 {
        let (ex, ey) = (f64::from(p.x - a.x), f64::from(p.y - a.y));
        return (ex * ex + ey * ey).sqrt();
    }
    (dx * f64::from(p.y - a.y) - dy * f64::from(p.x - a.x)).abs() / length
}

/// The box inside the outline, shrunk by a tenth so that the outline's own edge is left out.
fn inner_box(corners: &[Point<i32>; 4], w: u32, h: u32) -> (u32, u32, u32, u32) {
    let xs = corners.iter().map(|p| p.x.clamp(0, w as i32) as u32);
    let ys = corners.iter().map(|p| p.y.clamp(0, h as i32) as u32);
    let (x0, x1) = (xs.clone().min().unwrap_or(0), xs.max().unwrap_or(w));
    let (y0, y1) = (ys.clone().min().unwrap_or(0), ys.max().unwrap_or(h));
    let (dx, dy) = ((x1 - x0) / 10, (y1 - y0) / 10);
    if x1 - x0 < 20 || y1 - y0 < 20 {
        return (0, 0, w, h);
    }
    (x0 + dx, y0 + dy, x1 - dx, y1 - dy)
}

fn laplacian_variance(grey: &GrayImage, (x0, y0, x1, y1): (u32, u32, u32, u32)) -> f64 {
    let laplacian = imageproc::filter::laplacian_filter(grey);
    let values: Vec<f64> = (y0.max(1)..y1.min(grey.height() - 1))
        .flat_map(|y| (x0.max(1)..x1.min(grey.width() - 1)).map(move |x| (x, y)))
        .map(|(x, y)| f64::from(laplacian.get_pixel(x, y)[0]))
        .collect();
    variance(&values)
}

fn glare(grey: &GrayImage, (x0, y0, x1, y1): (u32, u32, u32, u32)) -> f64 {
    let (bw, bh) = (((x1 - x0) / 8).max(1), ((y1 - y0) / 8).max(1));
    let mut worst: f64 = 0.0;
    for by in 0..8 {
        for bx in 0..8 {
            let (sx, sy) = (x0 + bx * bw, y0 + by * bh);
            let mut saturated = 0u32;
            let mut total = 0u32;
            for y in sy..(sy + bh).min(grey.height()) {
                for x in sx..(sx + bw).min(grey.width()) {
                    total += 1;
                    if grey.get_pixel(x, y)[0] >= 250 {
                        saturated += 1;
                    }
                }
            }
            if total > 0 {
                worst = worst.max(f64::from(saturated) / f64::from(total));
            }
        }
    }
    worst
}

fn mean(grey: &GrayImage, (x0, y0, x1, y1): (u32, u32, u32, u32)) -> f64 {
    let mut sum = 0u64;
    let mut n = 0u64;
    for y in y0..y1.min(grey.height()) {
        for x in x0..x1.min(grey.width()) {
            sum += u64::from(grey.get_pixel(x, y)[0]);
            n += 1;
        }
    }
    if n == 0 { 0.0 } else { sum as f64 / n as f64 }
}

fn std_dev(grey: &GrayImage) -> f64 {
    let values: Vec<f64> = grey.pixels().map(|p| f64::from(p[0])).collect();
    variance(&values).sqrt()
}

fn variance(values: &[f64]) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    let n = values.len() as f64;
    let mean = values.iter().sum::<f64>() / n;
    values.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / n
}

#[cfg(test)]
pub mod tests {
    use super::*;
    use image::{Rgb, RgbImage, imageops};

    fn photo(bytes: &[u8]) -> RgbImage {
        image::load_from_memory(bytes).unwrap().to_rgb8()
    }

    /// A photograph of an ID card on a table, built from public-domain photographs (see
    /// tests/photos/LICENSE.md): an ivory card of 1100 × 700 pixels holding a portrait and lines
    /// of text at their own resolution, on an out-of-focus table 1400 × 1000.
    pub fn card_on_table() -> RgbImage {
        let table = photo(include_bytes!("../../tests/photos/coffee.png"));
        let mut scene = imageops::resize(&table, 1400, 1000, imageops::FilterType::Triangle);
        for p in scene.pixels_mut() {
            *p = Rgb(p.0.map(|c| c / 2));
        }
        let mut card = RgbImage::from_pixel(1100, 700, Rgb([236, 230, 214]));
        let portrait = photo(include_bytes!("../../tests/photos/astronaut.png"));
        let portrait = imageops::crop_imm(&portrait, 96, 0, 320, 420).to_image();
        imageops::overlay(&mut card, &portrait, 50, 140);
        let text = photo(include_bytes!("../../tests/photos/text.png"));
        for (i, y) in [60, 250, 440].into_iter().enumerate() {
            let strip = imageops::crop_imm(&text, 0, (i as u32) * 50, 448, 120).to_image();
            imageops::overlay(&mut card, &strip, 420, y);
        }
        imageops::overlay(&mut scene, &card, 150, 150);
        scene
    }

    #[test]
    fn a_clean_rectangle_keeps_its_four_corners() {
        let square = [
            Point::new(10, 10),
            Point::new(110, 10),
            Point::new(110, 70),
            Point::new(10, 70),
        ];
        assert_eq!(simplify_closed(&square, 2.0), square.to_vec());
        // A rounded, noisy outline of the same card still comes down to four corners.
        let mut noisy = Vec::new();
        for x in (12..=108).step_by(4) {
            noisy.push(Point::new(x, 10 + (x % 3) / 2));
        }
        for y in (12..=68).step_by(4) {
            noisy.push(Point::new(110 - (y % 3) / 2, y));
        }
        for x in (12..=108).rev().step_by(4) {
            noisy.push(Point::new(x, 70));
        }
        for y in (12..=68).rev().step_by(4) {
            noisy.push(Point::new(10, y));
        }
        assert_eq!(simplify_closed(&noisy, 6.0).len(), 4, "{noisy:?}");
        // Starting in the middle of a side: the split points are not corners.
        let mut from_the_middle = noisy.clone();
        from_the_middle.rotate_left(noisy.len() / 8);
        assert_eq!(simplify_closed(&from_the_middle, 6.0).len(), 4);
        let mut square_from_the_middle = vec![Point::new(60, 10)];
        square_from_the_middle.extend([
            Point::new(110, 10),
            Point::new(110, 70),
            Point::new(10, 70),
            Point::new(10, 10),
        ]);
        assert_eq!(simplify_closed(&square_from_the_middle, 2.0).len(), 4);
    }

    #[test]
    fn a_flat_scan_of_a_card_on_a_dark_background_has_its_outline() {
        // No blur, no noise: straight edges and exact corners, as a flatbed scanner gives.
        let mut scan = RgbImage::from_pixel(1300, 900, Rgb([30, 30, 35]));
        let card = card_on_table();
        let card = imageops::crop_imm(&card, 150, 150, 1100, 700).to_image();
        imageops::overlay(&mut scan, &card, 100, 100);
        let m = measure(&DynamicImage::ImageRgb8(scan));
        assert!(m.outline.is_some() && !m.cut_off, "{m:?}");
    }

    #[test]
    fn a_scan_cropped_to_the_card_passes_and_a_cut_card_does_not() {
        let sharp = card_on_table();
        // The card as scanning software crops it, to a few pixels: 1100 × 694, an ID-1 shape.
        let card = imageops::crop_imm(&sharp, 150, 153, 1100, 694).to_image();
        let (m, problems) = problems_of(card);
        assert!(problems.is_empty() && m.whole_frame, "{problems:?} {m:?}");
        // The same with its right part cut away: no longer the shape of a document.
        let cut = imageops::crop_imm(&sharp, 150, 150, 900, 700).to_image();
        let (m, problems) = problems_of(cut);
        assert!(
            problems.contains(&QualityProblem::CutOff),
            "{problems:?} {m:?}"
        );
        // Phone pictures' own shapes are never taken for a document.
        for (w, h) in [
            (4000, 3000),
            (3000, 2000),
            (1920, 1080),
            (1000, 1000),
            (1920, 1200),
            (3508, 2480),
        ] {
            assert!(!shaped_like_a_document(w, h), "{w} × {h}");
        }
        assert!(shaped_like_a_document(1011, 638) && shaped_like_a_document(1250, 880));
    }

    fn brightness_scaled(image: &RgbImage, factor: f32) -> RgbImage {
        let mut out = image.clone();
        for p in out.pixels_mut() {
            *p = Rgb(p.0.map(|c| (f32::from(c) * factor).min(255.0) as u8));
        }
        out
    }

    fn problems_of(image: RgbImage) -> (Measures, Vec<QualityProblem>) {
        let m = measure(&DynamicImage::ImageRgb8(image));
        let p = judge(&m);
        (m, p)
    }

    /// The card photograph used by the integration and browser tests is this composition. Run
    /// with `RDV_WRITE_FIXTURE=1` to write it again after changing `card_on_table`.
    #[test]
    fn the_card_fixture_is_the_composed_photo() {
        let mut out = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
            .encode_image(&card_on_table())
            .unwrap();
        let mut blurred = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut blurred, 90)
            .encode_image(&imageproc::filter::gaussian_blur_f32(&card_on_table(), 2.0))
            .unwrap();
        if std::env::var_os("RDV_WRITE_FIXTURE").is_some() {
            std::fs::write("tests/photos/card.jpg", &out).unwrap();
            std::fs::write("tests/photos/card-blurred.jpg", &blurred).unwrap();
        }
        assert!(
            out == include_bytes!("../../tests/photos/card.jpg")
                && blurred == include_bytes!("../../tests/photos/card-blurred.jpg"),
            "tests/photos/card*.jpg are out of date: run with RDV_WRITE_FIXTURE=1"
        );
    }

    #[test]
    fn a_sharp_card_passes_and_each_fault_is_refused_for_its_reason() {
        let sharp = card_on_table();
        let (m, problems) = problems_of(sharp.clone());
        eprintln!("sharp: {m:?}");
        assert!(problems.is_empty(), "{problems:?} {m:?}");

        let blurred = imageproc::filter::gaussian_blur_f32(&sharp, 2.0);
        let (m, problems) = problems_of(blurred);
        eprintln!("blurred: {m:?}");
        assert!(
            matches!(problems.first(), Some(QualityProblem::Blurred { .. })),
            "{problems:?}"
        );

        let (m, problems) = problems_of(brightness_scaled(&sharp, 0.22));
        eprintln!("dark: {m:?}");
        assert!(
            matches!(problems.first(), Some(QualityProblem::TooDark { .. })),
            "{problems:?}"
        );

        let (m, problems) = problems_of(brightness_scaled(&sharp, 2.2));
        eprintln!("over-exposed: {m:?}");
        assert!(
            matches!(problems.first(), Some(QualityProblem::Glare { .. })),
            "{problems:?}"
        );

        let small = imageops::resize(&sharp, 700, 500, imageops::FilterType::Triangle);
        let (_, problems) = problems_of(small);
        assert!(
            matches!(
                problems.first(),
                Some(QualityProblem::TooSmall {
                    width: 700,
                    height: 500
                })
            ),
            "{problems:?}"
        );

        // Washed out: every grey level squeezed towards the middle, as through a hazy lens or a
        // photocopy of a photocopy. Bright enough, but nothing stands out.
        let mut washed = sharp.clone();
        for p in washed.pixels_mut() {
            *p = Rgb(p.0.map(|c| (128.0 + (f32::from(c) - 128.0) * 0.2) as u8));
        }
        let (m, problems) = problems_of(washed);
        eprintln!("washed out: {m:?}");
        assert!(
            matches!(problems.first(), Some(QualityProblem::LowContrast { .. })),
            "{problems:?}"
        );

        // Black and white: a grey scan, even saved as a colour file.
        let grey = DynamicImage::ImageLuma8(DynamicImage::ImageRgb8(sharp.clone()).to_luma8());
        let (m, problems) = problems_of(grey.to_rgb8());
        eprintln!("grey: {m:?}");
        assert!(
            matches!(problems.first(), Some(QualityProblem::NotInColour { .. })),
            "{problems:?}"
        );
        assert_eq!(measure(&grey).colourfulness, 0.0);

        // The card runs off the right edge.
        let cropped = imageops::crop_imm(&sharp, 0, 0, 1100, 1000).to_image();
        let (m, problems) = problems_of(cropped);
        eprintln!("cropped: {m:?}");
        assert_eq!(
            problems.first(),
            Some(&QualityProblem::CutOff),
            "{problems:?}"
        );
    }
}
