//! Supervisors import a list of people: the upload, the preview (the file kept under a random
//! name until it is confirmed or dropped, nothing else written), the confirmation that starts the
//! run in the background, the run's progress and report, and the templates.

use super::{csrf_refused, is_supervisor, not_found, parse_id, signed_in};
use crate::db::imports;
use crate::domain::codes::Token;
use crate::domain::import::header;
use crate::http::error::{PageError, PageResultExt};
use crate::http::staff_auth::SignedIn;
use crate::http::upload::CappedFile;
use crate::http::{csrf, page, secret_page};
use crate::i18n::Tr;
use crate::import_file::{self, FileProblem, Limits};
use crate::startup::AppState;
use crate::use_cases::import::{self as use_case, Confirmed, Preview};
use crate::views::PageCtx;
use crate::views::pages::staff::StaffPage;
use crate::views::pages::staff::import::{
    self as view, BatchView, PreviewView, UploadView, stored_reasons,
};
use actix_multipart::form::MultipartForm;
use actix_multipart::form::text::Text;
use actix_web::http::StatusCode;
use actix_web::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE, LOCATION};
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::path::PathBuf;

/// The largest list accepted: 10,000 lines of six short cells stay far below it.
pub const MAX_FILE_BYTES: u64 = crate::import_file::MAX_BYTES;
/// Refused lines listed on the preview (the CSV holds them all).
const REFUSED_SHOWN: usize = 200;
/// Lines of a report per page.
const PER_PAGE: u64 = 50;
/// The purpose of the upload form's address token.
const UPLOAD_PURPOSE: &str = "import-upload";

fn limits(state: &AppState) -> Limits {
    Limits {
        max_bytes: MAX_FILE_BYTES,
        // A header line may come on top.
        max_lines: state.settings.import_max_lines as usize + 1,
    }
}

/// Where a previewed file waits for its confirmation.
fn held_file(state: &AppState, token: &Token) -> PathBuf {
    state
        .settings
        .upload_dir
        .join("imports")
        .join(token.as_str())
}

fn ctx(tr: Tr, path: &str) -> PageCtx {
    PageCtx::staff(tr, path.to_owned())
}

fn upload_action(me: &SignedIn, tr: Tr) -> String {
    let token = Token::parse(&me.session.csrf_token)
        .map(|t| csrf::for_address(&t, UPLOAD_PURPOSE))
        .unwrap_or_default();
    format!("/{}/staff/import?csrf_token={token}", tr.lang().code())
}

async fn upload_page(
    state: &AppState,
    tr: Tr,
    me: &SignedIn,
    organisation: &str,
    problems: Vec<(String, String)>,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let organisations: Vec<String> = imports::organisations(&state.db)
        .await
        .page_err(tr)?
        .into_iter()
        .map(|o| o.name)
        .collect();
    let mut batches = Vec::new();
    for batch in imports::latest_batches(&state.db, 10).await.page_err(tr)? {
        let name = imports::organisation(&state.db, batch.organisation_id)
            .await
            .page_err(tr)?
            .map(|o| o.name)
            .unwrap_or_default();
        batches.push((batch, name));
    }
    let ctx = ctx(tr, "staff/import");
    let staff_page = StaffPage {
        ctx: &ctx,
        signed_in: me,
        notice: None,
    };
    let upload = UploadView {
        organisations: &organisations,
        organisation,
        problems,
        batches: &batches,
        action: upload_action(me, tr),
        max_lines: state.settings.import_max_lines,
    };
    Ok(page(status, view::upload(&staff_page, &upload)))
}

pub async fn show(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, PageError> {
    let (tr, me) = signed_in!(req, state);
    if !is_supervisor(&me) {
        return Ok(not_found(tr));
    }
    upload_page(&state, tr, &me, "", Vec::new(), StatusCode::OK).await
}

#[derive(MultipartForm)]
pub struct Upload {
    organisation: Option<Text<String>>,
    file: Option<CappedFile>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AddressToken {
    csrf_token: String,
}

fn file_message(tr: Tr, problem: &FileProblem) -> String {
    match problem {
        FileProblem::Empty => tr.t("import-file-empty"),
        FileProblem::TooLarge { max_bytes } => tr.t_with(
            "import-file-too-large",
            &[("max", (max_bytes / 1024 / 1024).into())],
        ),
        FileProblem::TooManyLines { max } => tr.t_with(
            "import-file-too-many",
            &[("max", (max.saturating_sub(1)).into())],
        ),
        FileProblem::Pdf => tr.t("import-file-pdf"),
        FileProblem::PasswordProtected => tr.t("import-file-protected"),
        FileProblem::Corrupt => tr.t("import-file-corrupt"),
        FileProblem::NoSheet => tr.t("import-file-no-sheet"),
        FileProblem::WrongColumns { .. } => tr.t("import-file-columns"),
    }
}

/// The organisation as typed: trimmed, inner spaces collapsed, at most 200 characters.
fn organisation_name(raw: &str) -> Option<String> {
    let name = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    (!name.is_empty() && name.chars().count() <= 200).then_some(name)
}

/// The upload: the file read and every line checked; the preview shows what confirming would do.
pub async fn upload(
    req: HttpRequest,
    query: web::Query<AddressToken>,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    use actix_web::FromRequest;
    let (tr, me) = signed_in!(req, state);
    if !is_supervisor(&me) {
        return Ok(not_found(tr));
    }
    let expected = Token::parse(&me.session.csrf_token)
        .map(|t| csrf::for_address(&t, UPLOAD_PURPOSE))
        .unwrap_or_default();
    if expected.is_empty() || expected != query.csrf_token {
        return Ok(csrf_refused(tr, &me));
    }
    let mut payload = payload.into_inner();
    let form = match MultipartForm::<Upload>::from_request(&req, &mut payload).await {
        Ok(form) => form.into_inner(),
        Err(error) => return Ok(error.error_response()),
    };
    let typed = form
        .organisation
        .map(|t| t.into_inner())
        .unwrap_or_default();
    let mut problems = Vec::new();
    let organisation = organisation_name(&typed);
    if organisation.is_none() {
        problems.push((
            "organisation".to_owned(),
            tr.t("import-organisation-required"),
        ));
    }
    let file = form.file.map(CappedFile::into_inner).filter(|f| f.size > 0);
    let (bytes, file_name) = match &file {
        None => {
            problems.push(("file".to_owned(), tr.t("import-file-required")));
            (Vec::new(), String::new())
        }
        Some(f) if f.size as u64 > MAX_FILE_BYTES => {
            let problem = FileProblem::TooLarge {
                max_bytes: MAX_FILE_BYTES,
            };
            problems.push(("file".to_owned(), file_message(tr, &problem)));
            (Vec::new(), String::new())
        }
        Some(f) => (
            std::fs::read(f.file.path()).page_err(tr)?,
            f.file_name.clone().unwrap_or_else(|| "list".to_owned()),
        ),
    };
    let lines = if problems.is_empty() {
        match import_file::read(&bytes, &limits(&state)) {
            Ok(lines) => Some(lines),
            Err(problem) => {
                problems.push(("file".to_owned(), file_message(tr, &problem)));
                None
            }
        }
    } else {
        None
    };
    let (Some(organisation), Some(lines)) = (organisation, lines) else {
        return upload_page(
            &state,
            tr,
            &me,
            &typed,
            problems,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    let preview = use_case::preview(&state.db, lines).await.page_err(tr)?;
    // The file waits under a random name for the confirmation.
    let token = Token::generate();
    let path = held_file(&state, &token);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).page_err(tr)?;
    }
    std::fs::write(&path, &bytes).page_err(tr)?;
    let file_name: String = file_name.chars().take(200).collect();
    Ok(preview_page(
        &me,
        tr,
        &preview,
        &organisation,
        &file_name,
        &token,
    ))
}

fn preview_page(
    me: &SignedIn,
    tr: Tr,
    preview: &Preview,
    organisation: &str,
    file_name: &str,
    token: &Token,
) -> HttpResponse {
    let ctx = ctx(tr, "staff/import");
    let staff_page = StaffPage {
        ctx: &ctx,
        signed_in: me,
        notice: None,
    };
    let shown = PreviewView {
        preview,
        organisation,
        file_name,
        token: token.as_str(),
        shown: REFUSED_SHOWN,
    };
    secret_page(StatusCode::OK, view::preview(&staff_page, &shown))
}

/// A held file, read and checked again (the people registered may have changed meanwhile).
async fn held_preview(
    state: &AppState,
    raw_token: &str,
) -> anyhow::Result<Option<(Vec<u8>, Preview)>> {
    let Some(token) = Token::parse(raw_token) else {
        return Ok(None);
    };
    let Ok(bytes) = std::fs::read(held_file(state, &token)) else {
        return Ok(None);
    };
    let Ok(lines) = import_file::read(&bytes, &limits(state)) else {
        return Ok(None);
    };
    Ok(Some((
        bytes.clone(),
        use_case::preview(&state.db, lines).await?,
    )))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RefusedQuery {
    organisation: String,
}

fn csv_response(name: &str, rows: Vec<Vec<String>>) -> Result<HttpResponse, csv::Error> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(Vec::new());
    for row in rows {
        writer.write_record(row)?;
    }
    let mut body = b"\xEF\xBB\xBF".to_vec();
    body.extend(writer.into_inner().map_err(|e| e.into_error())?);
    Ok(HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, "text/csv; charset=utf-8"))
        .insert_header((
            CONTENT_DISPOSITION,
            format!("attachment; filename=\"{name}\""),
        ))
        .insert_header(("Cache-Control", "no-store"))
        .body(body))
}

fn header_row(tr: Tr) -> Vec<String> {
    header(tr.lang()).iter().map(|s| (*s).to_owned()).collect()
}

/// The refused lines of a preview as a CSV (the six columns and a reason), to correct and send
/// again.
pub async fn refused_csv(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    _query: web::Query<RefusedQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let (tr, me) = signed_in!(req, state);
    if !is_supervisor(&me) {
        return Ok(not_found(tr));
    }
    let Some((_, preview)) = held_preview(&state, &path.1).await.page_err(tr)? else {
        return Ok(not_found(tr));
    };
    let mut rows = vec![{
        let mut h = header_row(tr);
        h.push(tr.t("import-reasons"));
        h
    }];
    for refused in &preview.refused {
        let mut row: Vec<String> = (0..6)
            .map(|i| refused.cells.get(i).cloned().unwrap_or_default())
            .collect();
        row.push(
            refused
                .reasons
                .iter()
                .map(|r| view::reason_text(tr, r))
                .collect::<Vec<_>>()
                .join("; "),
        );
        rows.push(row);
    }
    csv_response("refused.csv", rows).page_err(tr)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ConfirmData {
    csrf_token: String,
    token: String,
    organisation: String,
    file_name: String,
}

/// Confirms a previewed file: the batch is recorded and its run starts in the background.
pub async fn confirm(
    req: HttpRequest,
    form: web::Form<ConfirmData>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let (tr, me) = signed_in!(req, state);
    if !is_supervisor(&me) {
        return Ok(not_found(tr));
    }
    if !me.csrf_is_valid(&form.csrf_token) {
        return Ok(csrf_refused(tr, &me));
    }
    let Some(organisation) = organisation_name(&form.organisation) else {
        return upload_page(&state, tr, &me, "", Vec::new(), StatusCode::OK).await;
    };
    let Some((bytes, preview)) = held_preview(&state, &form.token).await.page_err(tr)? else {
        // Confirmed already (the held file is gone), or never previewed.
        let problems = vec![("file".to_owned(), tr.t("import-file-gone"))];
        return upload_page(&state, tr, &me, &organisation, problems, StatusCode::GONE).await;
    };
    let sha256 = hex::encode(Sha256::digest(&bytes));
    let now = state.clock.now();
    let batch = use_case::confirm(
        &state.db,
        &preview,
        &Confirmed {
            organisation: &organisation,
            file_name: &form.file_name,
            file_sha256: &sha256,
            by: me.member.id,
        },
        now,
    )
    .await
    .page_err(tr)?;
    if let Some(token) = Token::parse(&form.token) {
        let _ = std::fs::remove_file(held_file(&state, &token));
    }
    start_run(&state, batch);
    Ok(HttpResponse::SeeOther()
        .insert_header((
            LOCATION,
            format!("/{}/staff/import/{batch}", tr.lang().code()),
        ))
        .finish())
}

fn start_run(state: &AppState, batch: uuid::Uuid) {
    crate::jobs::import::spawn(
        state.db.clone(),
        state.settings.base_url.clone(),
        state.settings.activation_days,
        state.clock.clone(),
        batch,
    );
}

/// Goes on with a batch that stopped half-way (its process ended).
pub async fn resume(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    form: web::Form<AddressToken>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let (tr, me) = signed_in!(req, state);
    if !is_supervisor(&me) {
        return Ok(not_found(tr));
    }
    if !me.csrf_is_valid(&form.csrf_token) {
        return Ok(csrf_refused(tr, &me));
    }
    let Some(id) = parse_id(&path.1) else {
        return Ok(not_found(tr));
    };
    start_run(&state, id);
    Ok(HttpResponse::SeeOther()
        .insert_header((LOCATION, format!("/{}/staff/import/{id}", tr.lang().code())))
        .finish())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PageQuery {
    page: u64,
}

pub async fn batch(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    query: web::Query<PageQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let (tr, me) = signed_in!(req, state);
    if !is_supervisor(&me) {
        return Ok(not_found(tr));
    }
    let found = match parse_id(&path.1) {
        Some(id) => imports::batch(&state.db, id).await.page_err(tr)?,
        None => None,
    };
    let Some(batch) = found else {
        return Ok(not_found(tr));
    };
    let organisation = imports::organisation(&state.db, batch.organisation_id)
        .await
        .page_err(tr)?
        .map(|o| o.name)
        .unwrap_or_default();
    let (lines, total_lines) = imports::lines(&state.db, batch.id, None, query.page, PER_PAGE)
        .await
        .page_err(tr)?;
    let ctx = ctx(tr, &format!("staff/import/{}", batch.id));
    let staff_page = StaffPage {
        ctx: &ctx,
        signed_in: &me,
        notice: None,
    };
    let shown = BatchView {
        batch: &batch,
        organisation: &organisation,
        lines: &lines,
        total_lines,
        page: query.page,
        per_page: PER_PAGE,
        now: state.clock.now(),
    };
    Ok(page(StatusCode::OK, view::batch(&staff_page, &shown)))
}

/// The report: every line with its outcome (and reason), read a page at a time.
pub async fn report_csv(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let (tr, me) = signed_in!(req, state);
    if !is_supervisor(&me) {
        return Ok(not_found(tr));
    }
    let Some(id) = parse_id(&path.1) else {
        return Ok(not_found(tr));
    };
    let mut rows = vec![{
        let mut h = vec![tr.t("import-line")];
        h.extend(header_row(tr));
        h.push(tr.t("import-outcome"));
        h.push(tr.t("import-reasons"));
        h
    }];
    let mut page_number = 0;
    loop {
        let (lines, _) = imports::lines(&state.db, id, None, page_number, 1000)
            .await
            .page_err(tr)?;
        if lines.is_empty() {
            break;
        }
        for l in lines {
            rows.push(vec![
                l.line_number.to_string(),
                l.niss,
                l.email,
                l.language.to_uppercase(),
                l.first_names,
                l.last_name,
                l.card_number,
                tr.t(&format!("import-outcome-{}", l.outcome)),
                stored_reasons(tr, l.reason.as_deref()),
            ]);
        }
        page_number += 1;
    }
    csv_response("report.csv", rows).page_err(tr)
}

pub async fn template_csv(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let (tr, _me) = signed_in!(req, state);
    csv_response("people.csv", vec![header_row(tr)]).page_err(tr)
}

pub async fn template_xlsx(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let (tr, _me) = signed_in!(req, state);
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    let text = rust_xlsxwriter::Format::new().set_num_format("@");
    let bold = rust_xlsxwriter::Format::new().set_bold();
    for (column, title) in header(tr.lang()).iter().enumerate() {
        let column = column as u16;
        sheet
            .write_string_with_format(0, column, *title, &bold)
            .page_err(tr)?;
        // Every column as text, so that Excel keeps a NISS's leading zeros.
        sheet.set_column_format(column, &text).page_err(tr)?;
        sheet.set_column_width(column, 24).page_err(tr)?;
    }
    let bytes = workbook.save_to_buffer().page_err(tr)?;
    Ok(HttpResponse::Ok()
        .insert_header((
            CONTENT_TYPE,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ))
        .insert_header((CONTENT_DISPOSITION, "attachment; filename=\"people.xlsx\""))
        .body(bytes))
}
