//! ID images, served only to the interviewer of the request's appointment and to supervisors,
//! never cached, never rendered as a page, each view written to the audit log.

use super::{is_supervisor, not_found, parse_id, signed_in};
use crate::db::audit::{self, Actor};
use crate::db::{appointments, id_documents};
use crate::http::error::{PageError, PageResultExt};
use crate::http::staff_auth::SignedIn;
use crate::startup::AppState;
use crate::uploads;
use actix_web::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use actix_web::{HttpRequest, HttpResponse, web};

/// Supervisors, and the interviewer now in charge of the request (after a move, the new one;
/// the earlier one no longer).
pub async fn may_view(
    state: &AppState,
    me: &SignedIn,
    request_id: uuid::Uuid,
) -> anyhow::Result<bool> {
    if is_supervisor(me) {
        return Ok(true);
    }
    Ok(appointments::active_for_request(&state.db, request_id)
        .await?
        .is_some_and(|a| a.interviewer_id == me.member.id))
}

pub async fn show(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let (tr, me) = signed_in!(req, state);
    let Some(id) = parse_id(&path.1) else {
        return Ok(not_found(tr));
    };
    let Some(document) = id_documents::find(&state.db, id)
        .await
        .page_err(tr)?
        .filter(|d| d.deleted_at.is_none())
    else {
        return Ok(not_found(tr));
    };
    if !may_view(&state, &me, document.request_id)
        .await
        .page_err(tr)?
    {
        return Ok(not_found(tr));
    }
    let Some(file) = uploads::path_of(&state.settings.upload_dir, &document.file_name) else {
        return Ok(not_found(tr));
    };
    let bytes = match tokio::fs::read(&file).await {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(not_found(tr)),
        Err(e) => return Err(PageError::new(tr, e)),
    };
    audit::record(
        &state.db,
        Actor::Staff(me.member.id),
        "view_id_document",
        Some(document.request_id),
        &format!("{} ({})", document.id, document.side),
        state.clock.now(),
    )
    .await
    .page_err(tr)?;
    Ok(HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, "image/jpeg"))
        .insert_header((CACHE_CONTROL, "no-store"))
        .insert_header((
            CONTENT_DISPOSITION,
            format!("inline; filename=\"id-{}.jpg\"", document.side),
        ))
        // Replaces the site-wide policy: whatever the bytes, they can never run as a page.
        .insert_header(("Content-Security-Policy", "sandbox; default-src 'none'"))
        .body(bytes))
}
