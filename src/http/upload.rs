//! A file field that never makes a form fail for its size. Up to `KeepLimit` it is written to a
//! temporary file as usual; past it the file is read to its end and thrown away, its size still
//! counted, so that the handler answers "this file is larger than … MB" on the same form, with
//! the other fields as typed, instead of the framework's "request not understood". What is thrown
//! away costs neither memory nor disk; past `DRAIN_LIMIT` the request is given up.

use actix_multipart::form::tempfile::TempFile;
use actix_multipart::form::{FieldReader, Limits};
use actix_multipart::{Field, MultipartError};
use actix_web::HttpRequest;
use actix_web::error::PayloadError;
use futures_util::TryStreamExt as _;
use futures_util::future::LocalBoxFuture;
use tokio::io::AsyncWriteExt as _;

/// How much of one oversized file is read and dropped before the request is refused outright.
pub const DRAIN_LIMIT: usize = 100 * 1024 * 1024;

/// How much of one file is kept: at least the largest file any form accepts. Each field has it
/// whole, whatever the other fields of the form hold.
#[derive(Debug, Clone, Copy)]
pub struct KeepLimit(pub usize);

/// A file field as `TempFile` gives it, except that a file over `KeepLimit` has an empty
/// temporary file and its true size, which is then above the limit of every handler: each
/// checks `size` against its own limit before it reads a byte.
pub struct CappedFile(pub TempFile);

impl CappedFile {
    pub fn into_inner(self) -> TempFile {
        self.0
    }
}

impl<'t> FieldReader<'t> for CappedFile {
    type Future = LocalBoxFuture<'t, Result<Self, MultipartError>>;

    fn read_field(req: &'t HttpRequest, mut field: Field, _: &'t mut Limits) -> Self::Future {
        // Without the start-up's limit (a test service, say), nothing beyond the ID images'.
        let keep = req
            .app_data::<KeepLimit>()
            .map_or(crate::domain::id_scan::MAX_BYTES, |k| k.0);
        Box::pin(async move {
            let io = |e: std::io::Error| MultipartError::Payload(PayloadError::Io(e));
            let file = tempfile::NamedTempFile::new().map_err(io)?;
            let mut writer = tokio::fs::File::from_std(file.reopen().map_err(io)?);
            let mut size = 0usize;
            let mut over = false;
            while let Some(chunk) = field.try_next().await? {
                size = size.saturating_add(chunk.len());
                if over {
                    if size > DRAIN_LIMIT {
                        return Err(MultipartError::Payload(PayloadError::Overflow));
                    }
                } else if size > keep {
                    // Too large to keep: what was written goes, the rest is only counted.
                    over = true;
                    writer.set_len(0).await.map_err(io)?;
                } else {
                    writer.write_all(&chunk).await.map_err(io)?;
                }
            }
            writer.flush().await.map_err(io)?;
            let file_name = field
                .content_disposition()
                .and_then(|d| d.get_filename())
                .map(ToOwned::to_owned);
            Ok(CappedFile(TempFile {
                file,
                content_type: field.content_type().map(ToOwned::to_owned),
                file_name,
                size,
            }))
        })
    }
}
