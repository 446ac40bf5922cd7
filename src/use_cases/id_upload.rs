//! The one way identity document images come in: when an applicant accepts an appointment, and
//! whenever a better scan is asked for later. Per side: the upload count, the quality gate on a
//! blocking thread (a few at a time, so that memory stays bounded however many arrive), then the
//! files written under random names. They are removed again unless the state change they belong
//! to commits, so that a failure leaves neither a stray file nor a dangling row.

use crate::db::id_documents::{self, StoredImage};
use crate::domain::id_scan::{self, CleanImage, ScanProblem};
use crate::i18n::{Tr, arg};
use crate::uploads;
use actix_multipart::form::tempfile::TempFile;
use sea_orm::ConnectionTrait;
use std::path::PathBuf;
use tokio::sync::Semaphore;
use uuid::Uuid;

/// A side of the identity document; its code names the form field and the stored record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Front,
    Back,
    /// The applicant holding the document, taken during the interview.
    Photo,
}

impl Side {
    pub fn code(self) -> &'static str {
        match self {
            Side::Front => "front",
            Side::Back => "back",
            Side::Photo => crate::domain::interview::PHOTO_SIDE,
        }
    }

    /// A photo of the person needs no document-scan thresholds; everything else of the gate
    /// (formats by their bytes, bounded decoding, re-encoding) is the same.
    fn gate(self) -> id_scan::Gate {
        match self {
            Side::Front | Side::Back => id_scan::Gate::IdDocument,
            Side::Photo => id_scan::Gate::Photo,
        }
    }
}

/// One file field of an upload form.
pub struct Part {
    pub side: Side,
    pub file: Option<TempFile>,
    pub required: bool,
}

/// Why a side was not taken.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Problem {
    /// The request already has as many images of this side as allowed.
    TooMany,
    /// A required side was left empty.
    Missing,
    /// The quality gate refused the file.
    Scan(ScanProblem),
}

impl Problem {
    /// What the person should do, in their language, with the figures behind it.
    pub fn message(self, tr: Tr, max_bytes: usize) -> String {
        match self {
            Problem::TooMany => tr.t("scan-too-many-uploads"),
            Problem::Missing => tr.t("scan-front-missing"),
            Problem::Scan(problem) => {
                let args: Vec<_> = problem
                    .message_args(max_bytes)
                    .into_iter()
                    .map(|(name, value)| (name, arg(value)))
                    .collect();
                tr.t_with(problem.message_key(), &args)
            }
        }
    }
}

/// Why nothing was taken: each problem with its side, and the sides that passed but were not
/// kept either (the person must choose them again; a browser cannot refill a file field).
#[derive(Debug, Default)]
pub struct Refused {
    pub problems: Vec<(Side, Problem)>,
    pub passed: Vec<Side>,
}

impl Refused {
    /// `(field, message)` pairs, as the form views show them.
    pub fn messages(&self, tr: Tr, max_bytes: usize) -> Vec<(String, String)> {
        self.problems
            .iter()
            .map(|(side, problem)| (side.code().to_owned(), problem.message(tr, max_bytes)))
            .collect()
    }

    pub fn passed_fields(&self) -> Vec<String> {
        self.passed.iter().map(|s| s.code().to_owned()).collect()
    }
}

/// Where images go and how many and how large they may be.
pub struct Limits {
    pub dir: PathBuf,
    pub max_bytes: usize,
    pub max_per_side: u32,
}

impl Limits {
    pub fn from_settings(settings: &crate::configuration::Settings) -> Limits {
        Limits {
            dir: settings.upload_dir.clone(),
            max_bytes: usize::try_from(settings.max_upload_bytes).unwrap_or(id_scan::MAX_BYTES),
            max_per_side: settings.max_uploads_per_side,
        }
    }
}

/// Images written to disk and not yet recorded: removed when dropped unless `keep` was called
/// after the transaction recording them committed.
#[must_use = "the files are removed when this is dropped without `keep`"]
pub struct Uploaded {
    dir: PathBuf,
    images: Vec<StoredImage>,
}

impl Uploaded {
    pub fn images(&self) -> &[StoredImage] {
        &self.images
    }

    /// The records are committed: the files stay.
    pub fn keep(mut self) {
        self.images.clear();
    }
}

impl Drop for Uploaded {
    fn drop(&mut self) {
        let names: Vec<String> = self.images.iter().map(|i| i.file_name.clone()).collect();
        uploads::remove(&self.dir, &names);
    }
}

/// Checks every part and, when all pass, writes them. `Ok(Err(refused))`: at least one side was
/// refused and nothing was written.
pub async fn receive(
    db: &impl ConnectionTrait,
    checks: &Semaphore,
    limits: &Limits,
    request_id: Uuid,
    parts: Vec<Part>,
) -> anyhow::Result<Result<Uploaded, Refused>> {
    let mut problems = Vec::new();
    // Only a side that brings a file counts against the limit.
    for part in parts
        .iter()
        .filter(|p| p.file.as_ref().is_some_and(|f| f.size > 0))
    {
        let count = id_documents::count_for_side(db, request_id, part.side.code()).await?;
        if count >= u64::from(limits.max_per_side) {
            problems.push((part.side, Problem::TooMany));
        }
    }
    if !problems.is_empty() {
        return Ok(Err(Refused {
            problems,
            passed: Vec::new(),
        }));
    }
    let mut cleaned = Vec::new();
    for part in parts {
        match check(checks, part.file, limits.max_bytes, part.side.gate()).await? {
            Some(Ok(image)) => cleaned.push((part.side, image)),
            Some(Err(problem)) => problems.push((part.side, Problem::Scan(problem))),
            None if part.required => problems.push((part.side, Problem::Missing)),
            None => {}
        }
    }
    if !problems.is_empty() {
        return Ok(Err(Refused {
            problems,
            passed: cleaned.into_iter().map(|(side, _)| side).collect(),
        }));
    }
    let dir = limits.dir.clone();
    let uploaded = tokio::task::spawn_blocking(move || {
        // Each file written joins `uploaded` at once, so that an error drops (removes) them all.
        let mut uploaded = Uploaded {
            dir: dir.clone(),
            images: Vec::new(),
        };
        for (side, image) in cleaned {
            let file_name = uploads::save(&dir, &image)?;
            uploaded.images.push(StoredImage {
                side: side.code(),
                file_name,
                sha256: image.sha256,
                width: image.width,
                height: image.height,
                bytes: image.jpeg.len(),
                measures: image.measures,
            });
        }
        Ok::<_, std::io::Error>(uploaded)
    })
    .await??;
    Ok(Ok(uploaded))
}

/// The gate for one file, on a blocking thread once a permit is free. `None`: left empty.
async fn check(
    checks: &Semaphore,
    file: Option<TempFile>,
    max_bytes: usize,
    gate: id_scan::Gate,
) -> anyhow::Result<Option<Result<CleanImage, ScanProblem>>> {
    let Some(file) = file.filter(|f| f.size > 0) else {
        return Ok(None);
    };
    if file.size > max_bytes {
        return Ok(Some(Err(ScanProblem::TooLarge)));
    }
    let _permit = checks.acquire().await?;
    let outcome = tokio::task::spawn_blocking(move || {
        let bytes = std::fs::read(file.file.path())?;
        Ok::<_, std::io::Error>(id_scan::clean_with(&bytes, max_bytes, gate))
    })
    .await??;
    Ok(Some(outcome))
}
