//! The interview page of a confirmed appointment, for the interviewer now in charge of it and for
//! supervisors, usable from a quarter of an hour before the start. Every section is its own
//! form: without a script each save reloads the page at that section; with the script only the
//! section is replaced. A save names the version its page showed; when someone else saved
//! meanwhile the page says so and shows what was typed again, nothing is overwritten.

use super::{csrf_refused, is_supervisor, not_found, parse_id, signed_in};
use crate::db::appointments::{self, Appointment};
use crate::db::interviews::{self, Interview};
use crate::db::requests::{self, RequestId};
use crate::db::{id_documents, staff};
use crate::domain::activation::{ActivationCode, activation_expires_at};
use crate::domain::interview::{
    ChecklistProblem, ConsentPoints, DocumentForm, Item, ItemState, Outcome, OutcomeProblem,
    RefusalReason, may_approve,
};
use crate::domain::personal_data::PersonalForm;
use crate::domain::scheduling::AppointmentState;
use crate::domain::slot::brussels_date;
use crate::http::error::{PageError, PageResultExt};
use crate::http::flash::Flash;
use crate::http::staff_auth::SignedIn;
use crate::http::upload::CappedFile;
use crate::i18n::{Tr, arg};
use crate::startup::AppState;
use crate::use_cases::interview::{
    self as use_case, ChangeError, DocumentError, FlagError, MrzError,
};
use crate::use_cases::interview_data::{self, CorrectionError, PhotoError};
use crate::use_cases::interview_outcome::{
    self, ChangeOutcomeError, OutcomeError, OutcomeSettings, Recorded,
};
use crate::use_cases::new_upload::{self, AskError};
use crate::views::PageCtx;
use crate::views::pages::staff::StaffPage;
use crate::views::pages::staff::interview::{self as view, InterviewView, Kept};
use actix_multipart::form::MultipartForm;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::TimeDelta;
use serde::Deserialize;
use uuid::Uuid;

/// How long before the start the page opens.
pub const OPENS_BEFORE: TimeDelta = TimeDelta::minutes(15);

/// The longest text a staff member may type in a note or an applicant-facing text.
pub const TEXT_MAX: usize = 2000;

/// The appointment, if the signed-in person may hold its interview.
async fn appointment_for(
    state: &AppState,
    me: &SignedIn,
    id: Uuid,
) -> anyhow::Result<Option<Appointment>> {
    let Some(found) = appointments::find(&state.db, id).await? else {
        return Ok(None);
    };
    let mine = super::documents::may_view(state, me, found.request_id).await?;
    Ok(mine.then_some(found))
}

pub async fn show(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let (tr, me) = signed_in!(req, state);
    let Some(found) = parse_id(&path.1) else {
        return Ok(not_found(tr));
    };
    let Some(found) = appointment_for(&state, &me, found).await.page_err(tr)? else {
        return Ok(not_found(tr));
    };
    let now = state.clock.now();
    let existing = interviews::for_appointment(&state.db, found.id)
        .await
        .page_err(tr)?;
    if existing.is_none() && now < found.starts_at - OPENS_BEFORE {
        let ctx = PageCtx::staff(tr, format!("staff/interviews/{}", found.id));
        let staff_page = StaffPage {
            ctx: &ctx,
            signed_in: &me,
            notice: None,
        };
        return Ok(crate::http::page(
            StatusCode::OK,
            view::not_yet(&staff_page, &found, found.starts_at - OPENS_BEFORE),
        ));
    }
    let interview = match use_case::open(&state.db, &found, me.member.id, now).await {
        Ok(interview) => interview,
        Err(use_case::OpenError::NotConfirmed) => return Ok(not_found(tr)),
        Err(use_case::OpenError::Unexpected(e)) => return Err(PageError::new(tr, e)),
    };
    let moved =
        found.state() != Some(AppointmentState::Confirmed) && interview.record.outcome.is_none();
    let notice = if moved {
        Some(("error", tr.t("interview-appointment-moved")))
    } else {
        super::flash_notice(&req, tr)
    };
    let response = render(
        &state,
        tr,
        &me,
        &found,
        &interview,
        Kept::default(),
        notice,
        StatusCode::OK,
    )
    .await
    .page_err(tr)?;
    Ok(crate::http::flash::shown(
        response,
        &req,
        state.settings.is_https(),
    ))
}

/// The page as it is now, with what a refused save kept.
#[allow(clippy::too_many_arguments)]
async fn render(
    state: &AppState,
    tr: Tr,
    me: &SignedIn,
    appointment: &Appointment,
    interview: &Interview,
    kept: Kept,
    notice: Option<(&'static str, String)>,
    status: StatusCode,
) -> anyhow::Result<HttpResponse> {
    let now = state.clock.now();
    let Some(request) = requests::find(&state.db, RequestId(interview.request_id)).await? else {
        return Ok(not_found(tr));
    };
    let names = staff::names(&state.db).await?;
    let history = appointments::history_of_request(&state.db, request.id).await?;
    let documents = id_documents::for_request(&state.db, request.id)
        .await?
        .into_iter()
        .filter(|d| d.deleted_at.is_none())
        .collect();
    let recorded_by = interview.record.outcome.as_ref().map(|d| d.by);
    let view = InterviewView {
        appointment,
        interview,
        typed: interview_data::as_typed(&request),
        established: interview_data::established(&request, interview),
        request: &request,
        names: &names,
        history,
        documents,
        video_url: appointment
            .video_room
            .as_deref()
            .map(|room| state.settings.video_url(room)),
        blockers: may_approve(&interview.record, brussels_date(now))
            .err()
            .unwrap_or_default(),
        retention_days: state.settings.retention_days,
        evidence_retention_days: state.settings.evidence_retention_days,
        no_show_from: appointment.starts_at + state.settings.no_show_grace(),
        may_change_outcome: is_supervisor(me)
            && recorded_by.is_some_and(|by| by != me.member.id)
            && !crate::domain::interview::took_part(&interview.record, me.member.id)
            && !matches!(
                interview.record.outcome.as_ref().map(|d| &d.outcome),
                Some(Outcome::Interrupted { .. })
            ),
        photo_address_token: photo_address_token(me, appointment.id),
        mrz_mismatches: use_case::stored_mrz_mismatches(interview, &request, brussels_date(now)),
        kept,
    };
    let ctx = PageCtx::staff(tr, format!("staff/interviews/{}", appointment.id))
        .with_errors(status == StatusCode::UNPROCESSABLE_ENTITY);
    let staff_page = StaffPage {
        ctx: &ctx,
        signed_in: me,
        notice,
    };
    let mut response = crate::http::secret_page(status, view::page(&staff_page, &view));
    // The only page that may use the camera, for the photo of the applicant with the document.
    response.headers_mut().insert(
        actix_web::http::header::HeaderName::from_static("permissions-policy"),
        actix_web::http::header::HeaderValue::from_static(
            "camera=(self), microphone=(), geolocation=()",
        ),
    );
    Ok(response)
}

/// Every field any section's form sends; each action reads its own.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SaveData {
    csrf_token: String,
    version: String,
    // consent
    purpose_told: Option<String>,
    photo_announced: Option<String>,
    retention_told: Option<String>,
    // a checklist item
    item: String,
    state: String,
    note: String,
    // the document
    kind: String,
    issuing_country: String,
    number: String,
    expiry: String,
    // the MRZ
    mrz: String,
    // personal data
    last_name: String,
    first_names: String,
    birth_date: String,
    birth_place: String,
    sex: String,
    niss: String,
    // outcomes
    outcome: String,
    missing: Vec<String>,
    reason: String,
    applicant_text: String,
    internal_note: String,
    change_reason: String,
}

impl SaveData {
    fn personal(&self) -> PersonalForm {
        PersonalForm {
            last_name: self.last_name.clone(),
            first_names: self.first_names.clone(),
            birth_date: self.birth_date.clone(),
            birth_place: self.birth_place.clone(),
            sex: self.sex.clone(),
            niss: self.niss.clone(),
        }
    }

    fn document(&self) -> DocumentForm {
        DocumentForm {
            kind: self.kind.clone(),
            issuing_country: self.issuing_country.clone(),
            number: self.number.clone(),
            expiry: self.expiry.clone(),
        }
    }

    /// What the section's form showed, to show it again after a refusal.
    fn kept(&self, section: String) -> Kept {
        let mut kept = Kept::for_section(section);
        let fields: [(&str, &str); 20] = [
            ("item", &self.item),
            ("state", &self.state),
            ("note", &self.note),
            ("kind", &self.kind),
            ("issuing_country", &self.issuing_country),
            ("number", &self.number),
            ("expiry", &self.expiry),
            ("mrz", &self.mrz),
            ("last_name", &self.last_name),
            ("first_names", &self.first_names),
            ("birth_date", &self.birth_date),
            ("birth_place", &self.birth_place),
            ("sex", &self.sex),
            ("niss", &self.niss),
            ("outcome", &self.outcome),
            ("reason", &self.reason),
            ("applicant_text", &self.applicant_text),
            ("internal_note", &self.internal_note),
            ("change_reason", &self.change_reason),
            ("missing", &self.missing.join(" ")),
        ];
        for (name, value) in fields {
            kept.values.insert(name.to_owned(), value.to_owned());
        }
        for (name, value) in [
            ("purpose_told", &self.purpose_told),
            ("photo_announced", &self.photo_announced),
            ("retention_told", &self.retention_told),
        ] {
            kept.values
                .insert(name.to_owned(), value.clone().unwrap_or_default());
        }
        kept
    }
}

/// How a save ended, for the page.
enum Saved {
    Done,
    /// Approved: the activation code to show once.
    Approved(ActivationCode),
    /// Someone else saved first: the page shows theirs and the typed values again.
    Stale,
    /// A rule refused it: a message at the top of the section.
    Refused(String),
    /// Fields to correct: `(field name, message)`.
    Invalid(Vec<(String, String)>),
}

/// Saves one section: `action` names it. Every answer is the page: a 303 to it after a save,
/// the page itself with the typed values and the message after a refusal.
pub async fn save(
    req: HttpRequest,
    path: web::Path<(String, String, String)>,
    body: web::Bytes,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let (tr, me) = signed_in!(req, state);
    let data: SaveData = serde_html_form::from_bytes(&body).unwrap_or_default();
    if !me.csrf_is_valid(&data.csrf_token) {
        return Ok(csrf_refused(tr, &me));
    }
    let (_, appointment_id, action) = path.into_inner();
    let Some(appointment_id) = parse_id(&appointment_id) else {
        return Ok(not_found(tr));
    };
    let Some(found) = appointment_for(&state, &me, appointment_id)
        .await
        .page_err(tr)?
    else {
        return Ok(not_found(tr));
    };
    let Some(interview) = interviews::for_appointment(&state.db, found.id)
        .await
        .page_err(tr)?
    else {
        return Ok(not_found(tr));
    };
    let Some(section) = section_of(&action, &data) else {
        return Ok(not_found(tr));
    };
    // A moved or cancelled appointment's interview is closed: its start, its interviewer or
    // the request's state are no longer this appointment's. Only a recorded outcome may still be
    // changed.
    let closed = found.state() != Some(AppointmentState::Confirmed) && action != "change-outcome";
    let saved = match data.version.trim().parse::<u32>() {
        _ if closed => Saved::Refused(tr.t("interview-appointment-moved")),
        Ok(version) => apply(&state, tr, &me, &interview, &action, version, &data)
            .await
            .page_err(tr)?,
        // A form from before versions, or edited by hand: as good as stale.
        Err(_) => Saved::Stale,
    };
    let (notice, kept, status) = match saved {
        // The code is in this answer only: the address is the form's, so that a reload sends
        // the form again, which is refused as stale, and never shows the code again.
        Saved::Approved(code) => {
            let expires_at =
                activation_expires_at(state.clock.now(), state.settings.activation_days);
            return Ok(super::activations::code_shown(
                tr,
                &me,
                &code,
                expires_at,
                &format!("staff/interviews/{}", found.id),
            ));
        }
        Saved::Done => {
            // An interruption releases the appointment: the interviewer no longer holds the
            // request, and goes back to their start page.
            let still_mine = appointment_for(&state, &me, found.id)
                .await
                .page_err(tr)?
                .is_some();
            let path = if still_mine {
                format!("staff/interviews/{}#{section}", found.id)
            } else {
                "staff/".to_owned()
            };
            return Ok(super::see_other_with(
                tr,
                &state,
                &path,
                Flash::InterviewSaved,
            ));
        }
        Saved::Stale => (
            Some(("error", tr.t("interview-stale"))),
            data.kept(section),
            StatusCode::CONFLICT,
        ),
        // The whole interview is closed: said at the top, where it is seen whatever the form.
        Saved::Refused(message) if closed => (
            Some(("error", message)),
            data.kept(section),
            StatusCode::CONFLICT,
        ),
        Saved::Refused(message) => {
            let mut kept = data.kept(section);
            kept.message = Some(message);
            (None, kept, StatusCode::CONFLICT)
        }
        Saved::Invalid(problems) => {
            let mut kept = data.kept(section);
            kept.problems = problems;
            (None, kept, StatusCode::UNPROCESSABLE_ENTITY)
        }
    };
    // Shown as it is now: a stale page gets the other person's changes.
    let current = interviews::load(&state.db, interview.id)
        .await
        .page_err(tr)?
        .unwrap_or(interview);
    render(&state, tr, &me, &found, &current, kept, notice, status)
        .await
        .page_err(tr)
}

/// The section of the page an action belongs to (its element id), or `None` for an unknown one.
fn section_of(action: &str, data: &SaveData) -> Option<String> {
    Some(match action {
        "start" => "start".into(),
        "consent" => "consent".into(),
        "item" => format!("item-{}", Item::parse(&data.item)?.code()),
        "document" => "item-document_data".into(),
        "mrz" => "item-mrz".into(),
        "personal-data" => "item-personal_data".into(),
        "flag" => "fraud".into(),
        "new-upload" => "documents".into(),
        "outcome" => format!("outcome-{}", outcome_code(&data.outcome)?),
        "change-outcome" => format!("change-outcome-{}", outcome_code(&data.outcome)?),
        _ => return None,
    })
}

fn outcome_code(raw: &str) -> Option<&'static str> {
    [
        "approved",
        "incomplete",
        "refused",
        "no_show",
        "interrupted",
    ]
    .into_iter()
    .find(|c| *c == raw)
}

fn too_long(text: &str) -> bool {
    text.chars().count() > TEXT_MAX
}

fn text_too_long(tr: Tr, field: &str) -> Saved {
    Saved::Invalid(vec![(
        field.to_owned(),
        tr.t_with(
            "interview-text-too-long",
            &[("max", arg(TEXT_MAX.to_string()))],
        ),
    )])
}

async fn apply(
    state: &AppState,
    tr: Tr,
    me: &SignedIn,
    interview: &Interview,
    action: &str,
    version: u32,
    data: &SaveData,
) -> anyhow::Result<Saved> {
    let db = &state.db;
    let now = state.clock.now();
    let today = brussels_date(now);
    let by = me.member.id;
    let id = interview.id;
    for (field, text) in [
        ("note", &data.note),
        ("applicant_text", &data.applicant_text),
        ("internal_note", &data.internal_note),
        ("change_reason", &data.change_reason),
    ] {
        if too_long(text) {
            return Ok(text_too_long(tr, field));
        }
    }
    let change = |result: Result<u32, ChangeError>| -> anyhow::Result<Saved> {
        Ok(match result {
            Ok(_) => Saved::Done,
            Err(ChangeError::Stale | ChangeError::NotFound) => Saved::Stale,
            Err(ChangeError::Refused(problem)) => Saved::Refused(checklist_message(tr, problem)),
            Err(ChangeError::Unexpected(e)) => return Err(e),
        })
    };
    match action {
        "start" => change(use_case::start(db, id, version, by, now).await),
        "consent" => {
            let points = ConsentPoints {
                purpose_told: data.purpose_told.is_some(),
                photo_announced: data.photo_announced.is_some(),
                retention_told: data.retention_told.is_some(),
            };
            change(use_case::confirm_consent(db, id, version, points, by, now).await)
        }
        "item" => {
            let (Some(item), Some(item_state)) =
                (Item::parse(&data.item), ItemState::parse(&data.state))
            else {
                return Ok(Saved::Invalid(vec![(
                    "state".into(),
                    tr.t("interview-item-state-missing"),
                )]));
            };
            if item == Item::Consent {
                return Ok(Saved::Refused(tr.t("interview-consent-own-form")));
            }
            change(
                use_case::mark_item(db, id, version, item, item_state, &data.note, by, now).await,
            )
        }
        "document" => Ok(
            match use_case::record_document(db, id, version, data.document(), by, now, today).await
            {
                Ok(_) => Saved::Done,
                Err(DocumentError::Stale | DocumentError::NotFound) => Saved::Stale,
                Err(DocumentError::Refused(p)) => Saved::Refused(checklist_message(tr, p)),
                Err(DocumentError::Invalid(problems)) => Saved::Invalid(
                    problems
                        .into_iter()
                        .map(|(field, problem)| {
                            (
                                view::document_field_name(field).to_owned(),
                                tr.t(view::document_problem_key(problem)),
                            )
                        })
                        .collect(),
                ),
                Err(DocumentError::Unexpected(e)) => return Err(e),
            },
        ),
        "mrz" => Ok(
            match use_case::check_mrz(db, id, version, &data.mrz, by, now, today).await {
                Ok(_) => Saved::Done,
                Err(MrzError::Stale | MrzError::NotFound) => Saved::Stale,
                Err(MrzError::DocumentFirst) => {
                    Saved::Refused(tr.t("interview-mrz-document-first"))
                }
                Err(MrzError::Unreadable(problem)) => Saved::Invalid(vec![(
                    "mrz".into(),
                    view::mrz_problem_message(tr, &problem),
                )]),
                Err(MrzError::Refused(p)) => Saved::Refused(checklist_message(tr, p)),
                Err(MrzError::Unexpected(e)) => return Err(e),
            },
        ),
        "personal-data" => {
            let Some(request) = requests::find(db, RequestId(interview.request_id)).await? else {
                return Ok(Saved::Stale);
            };
            Ok(
                match interview_data::correct_personal_data(
                    db,
                    id,
                    version,
                    &request,
                    &data.personal(),
                    by,
                    now,
                    today,
                )
                .await
                {
                    Ok(_) => Saved::Done,
                    Err(CorrectionError::Stale | CorrectionError::NotFound) => Saved::Stale,
                    Err(CorrectionError::Refused(p)) => Saved::Refused(checklist_message(tr, p)),
                    Err(CorrectionError::Invalid(problems)) => Saved::Invalid(
                        problems
                            .into_iter()
                            .map(|(field, problem)| {
                                (field.code().to_owned(), tr.t(problem.message_key()))
                            })
                            .collect(),
                    ),
                    Err(CorrectionError::Unexpected(e)) => return Err(e),
                },
            )
        }
        "flag" => Ok(
            match use_case::flag_fraud(db, id, version, &data.note, by, now).await {
                Ok(_) => Saved::Done,
                Err(FlagError::Stale | FlagError::NotFound) => Saved::Stale,
                Err(FlagError::NoteRequired) => {
                    Saved::Invalid(vec![("note".into(), tr.t("interview-fraud-note-required"))])
                }
                Err(FlagError::AlreadyFlagged) => Saved::Refused(tr.t("interview-fraud-already")),
                Err(FlagError::Refused(p)) => Saved::Refused(checklist_message(tr, p)),
                Err(FlagError::Unexpected(e)) => return Err(e),
            },
        ),
        "new-upload" => Ok(
            match new_upload::ask(db, &state.settings.base_url, id, version, by, now).await {
                Ok(_) => Saved::Done,
                Err(AskError::Stale | AskError::NotFound) => Saved::Stale,
                Err(AskError::Closed) => {
                    Saved::Refused(checklist_message(tr, ChecklistProblem::OutcomeRecorded))
                }
                Err(AskError::NotStarted) => {
                    Saved::Refused(checklist_message(tr, ChecklistProblem::NotStarted))
                }
                Err(AskError::Unexpected(e)) => return Err(e),
            },
        ),
        "outcome" => {
            let outcome = match outcome_from(tr, data) {
                Ok(outcome) => outcome,
                Err(saved) => return Ok(saved),
            };
            let settings = outcome_settings(state);
            Ok(
                match interview_outcome::record_outcome(
                    db, &settings, id, version, outcome, by, now,
                )
                .await
                {
                    Ok(recorded) => done(recorded),
                    Err(OutcomeError::Stale | OutcomeError::NotFound) => Saved::Stale,
                    Err(OutcomeError::NoLongerOpen) => {
                        Saved::Refused(tr.t("interview-no-longer-open"))
                    }
                    Err(OutcomeError::Refused(p)) => outcome_refused(tr, &p),
                    Err(OutcomeError::Unexpected(e)) => return Err(e),
                },
            )
        }
        "change-outcome" => {
            let outcome = match outcome_from(tr, data) {
                Ok(outcome) => outcome,
                Err(saved) => return Ok(saved),
            };
            let settings = outcome_settings(state);
            Ok(
                match interview_outcome::change_outcome(
                    db,
                    &settings,
                    id,
                    version,
                    outcome,
                    &data.change_reason,
                    by,
                    now,
                )
                .await
                {
                    Ok(recorded) => done(recorded),
                    Err(ChangeOutcomeError::Stale | ChangeOutcomeError::NotFound) => Saved::Stale,
                    Err(ChangeOutcomeError::NotDecided) => {
                        Saved::Refused(tr.t("interview-change-not-decided"))
                    }
                    Err(ChangeOutcomeError::NotAllowed(problem)) => {
                        use crate::domain::interview::ChangeProblem;
                        match problem {
                            ChangeProblem::ReasonRequired => Saved::Invalid(vec![(
                                "change_reason".into(),
                                tr.t("interview-change-reason-required"),
                            )]),
                            ChangeProblem::NotSupervisor => {
                                Saved::Refused(tr.t("interview-change-not-supervisor"))
                            }
                            ChangeProblem::OwnDecision => {
                                Saved::Refused(tr.t("interview-change-own-decision"))
                            }
                        }
                    }
                    Err(ChangeOutcomeError::Interruption) => {
                        Saved::Refused(tr.t("interview-change-interruption"))
                    }
                    Err(ChangeOutcomeError::NoLongerOpen) => {
                        Saved::Refused(tr.t("interview-no-longer-open"))
                    }
                    Err(ChangeOutcomeError::Refused(p)) => outcome_refused(tr, &p),
                    Err(ChangeOutcomeError::Unexpected(e)) => return Err(e),
                },
            )
        }
        _ => Ok(Saved::Stale),
    }
}

fn outcome_settings(state: &AppState) -> OutcomeSettings<'_> {
    OutcomeSettings {
        base_url: &state.settings.base_url,
        no_show_grace: state.settings.no_show_grace(),
        activation_days: state.settings.activation_days,
    }
}

fn done(recorded: Recorded) -> Saved {
    match recorded.activation_code {
        Some(code) => Saved::Approved(code),
        None => Saved::Done,
    }
}

/// The outcome a form describes; the applicant's text and the internal note stay apart.
fn outcome_from(tr: Tr, data: &SaveData) -> Result<Outcome, Saved> {
    let applicant_text = data.applicant_text.trim().to_owned();
    let internal_note = data.internal_note.trim().to_owned();
    Ok(match data.outcome.as_str() {
        "approved" => Outcome::Approved,
        "no_show" => Outcome::NoShow,
        "interrupted" => Outcome::Interrupted {
            applicant_text: (!applicant_text.is_empty()).then_some(applicant_text),
        },
        "incomplete" => {
            let missing: Vec<Item> = data.missing.iter().filter_map(|m| Item::parse(m)).collect();
            if applicant_text.is_empty() {
                return Err(Saved::Invalid(vec![(
                    "applicant_text".into(),
                    tr.t("interview-incomplete-text-required"),
                )]));
            }
            Outcome::Incomplete {
                missing,
                applicant_text,
                internal_note,
            }
        }
        "refused" => {
            let Some(reason) = RefusalReason::parse(&data.reason) else {
                return Err(Saved::Invalid(vec![(
                    "reason".into(),
                    tr.t("interview-refusal-reason-required"),
                )]));
            };
            Outcome::Refused {
                reason,
                applicant_text,
                internal_note,
            }
        }
        _ => return Err(Saved::Refused(tr.t("interview-outcome-unknown"))),
    })
}

fn outcome_refused(tr: Tr, problem: &OutcomeProblem) -> Saved {
    match problem {
        OutcomeProblem::NothingMissing => Saved::Invalid(vec![(
            "missing".into(),
            tr.t("interview-incomplete-nothing-missing"),
        )]),
        OutcomeProblem::MissingItemIsOk(item) => Saved::Invalid(vec![(
            "missing".into(),
            tr.t_with(
                "interview-incomplete-item-ok",
                &[(
                    "item",
                    arg(tr.t(&format!("interview-item-{}", item.code()))),
                )],
            ),
        )]),
        OutcomeProblem::RefusalTextRequired => Saved::Invalid(vec![(
            "applicant_text".into(),
            tr.t("interview-refusal-text-required"),
        )]),
        OutcomeProblem::TooEarlyForNoShow { allowed_from } => Saved::Refused(tr.t_with(
            "interview-no-show-too-early",
            &[("time", arg(tr.time(*allowed_from)))],
        )),
        OutcomeProblem::ApplicantJoined => Saved::Refused(tr.t("interview-no-show-joined")),
        OutcomeProblem::AlreadyDecided => Saved::Refused(tr.t("interview-already-decided")),
        OutcomeProblem::NotApprovable(_) => Saved::Refused(tr.t("interview-not-approvable")),
    }
}

fn checklist_message(tr: Tr, problem: ChecklistProblem) -> String {
    match problem {
        ChecklistProblem::NotStarted => tr.t("interview-problem-not-started"),
        ChecklistProblem::AlreadyStarted => tr.t("interview-problem-already-started"),
        ChecklistProblem::OutcomeRecorded => tr.t("interview-problem-outcome-recorded"),
        ChecklistProblem::ConsentFirst => tr.t("interview-problem-consent-first"),
        ChecklistProblem::ConsentPointsMissing => tr.t("interview-problem-consent-points"),
        ChecklistProblem::EvidenceMissing(item) => {
            tr.t(&format!("interview-problem-evidence-{}", item.code()))
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The photo of the applicant with the document
// ---------------------------------------------------------------------------------------------

/// The photo form's address token: the session's CSRF token bound to this form, checked before
/// a byte of the upload is read.
fn photo_address_token(me: &SignedIn, appointment_id: Uuid) -> String {
    match crate::domain::codes::Token::parse(&me.session.csrf_token) {
        Some(token) => {
            crate::http::csrf::for_address(&token, &format!("interview-photo:{appointment_id}"))
        }
        None => String::new(),
    }
}

#[derive(Debug, Deserialize)]
pub struct CsrfOnly {
    #[serde(default)]
    csrf_token: String,
}

#[derive(MultipartForm)]
pub struct PhotoUpload {
    photo: Option<CappedFile>,
}

/// The photo, from the camera (the script puts the frame in the file field) or from a file.
pub async fn photo(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    query: web::Query<CsrfOnly>,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    use actix_web::FromRequest;
    let (tr, me) = signed_in!(req, state);
    let Some(appointment_id) = parse_id(&path.1) else {
        return Ok(not_found(tr));
    };
    let expected = photo_address_token(&me, appointment_id);
    if expected.is_empty() || !constant_time_eq(&expected, &query.csrf_token) {
        return Ok(csrf_refused(tr, &me));
    }
    let Some(found) = appointment_for(&state, &me, appointment_id)
        .await
        .page_err(tr)?
    else {
        return Ok(not_found(tr));
    };
    let Some(interview) = interviews::for_appointment(&state.db, found.id)
        .await
        .page_err(tr)?
    else {
        return Ok(not_found(tr));
    };
    if found.state() != Some(AppointmentState::Confirmed) {
        let mut kept = Kept::for_section("item-photo_with_document".into());
        kept.message = Some(tr.t("interview-appointment-moved"));
        return render(
            &state,
            tr,
            &me,
            &found,
            &interview,
            kept,
            None,
            StatusCode::CONFLICT,
        )
        .await
        .page_err(tr);
    }
    let mut payload = payload.into_inner();
    let form = match MultipartForm::<PhotoUpload>::from_request(&req, &mut payload).await {
        Ok(form) => form.into_inner(),
        Err(error) => return Ok(error.error_response()),
    };
    let limits = crate::use_cases::id_upload::Limits::from_settings(&state.settings);
    let outcome = interview_data::record_photo(
        &state.db,
        &state.image_checks,
        &limits,
        interview.id,
        form.photo.map(CappedFile::into_inner),
        me.member.id,
        state.clock.now(),
    )
    .await;
    let mut kept = Kept::for_section("item-photo_with_document".into());
    match outcome {
        Ok(_) => {
            return Ok(super::see_other_with(
                tr,
                &state,
                &format!("staff/interviews/{}#item-photo_with_document", found.id),
                Flash::InterviewSaved,
            ));
        }
        Err(PhotoError::NotFound) => return Ok(not_found(tr)),
        Err(PhotoError::Refused(problem)) => kept.message = Some(checklist_message(tr, problem)),
        Err(PhotoError::Upload(refused)) => {
            kept.problems = refused
                .problems
                .iter()
                .map(|(_, problem)| {
                    let message = match problem {
                        crate::use_cases::id_upload::Problem::Missing => {
                            tr.t("interview-photo-missing")
                        }
                        crate::use_cases::id_upload::Problem::TooMany => {
                            tr.t("interview-photo-too-many")
                        }
                        other => other.message(tr, limits.max_bytes),
                    };
                    ("photo".to_owned(), message)
                })
                .collect()
        }
        Err(PhotoError::Unexpected(e)) => return Err(PageError::new(tr, e)),
    }
    render(
        &state,
        tr,
        &me,
        &found,
        &interview,
        kept,
        None,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
    .page_err(tr)
}

fn constant_time_eq(a: &str, b: &str) -> bool {
    use subtle::ConstantTimeEq;
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

/// The ID images and photos as they are now, for the script that shows new ones as they arrive
/// (after a new upload was asked for) without reloading the rest of the page.
pub async fn documents(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let (tr, me) = signed_in!(req, state);
    let Some(appointment_id) = parse_id(&path.1) else {
        return Ok(not_found(tr));
    };
    let Some(found) = appointment_for(&state, &me, appointment_id)
        .await
        .page_err(tr)?
    else {
        return Ok(not_found(tr));
    };
    let documents: Vec<_> = id_documents::for_request(&state.db, found.request_id)
        .await
        .page_err(tr)?
        .into_iter()
        .filter(|d| d.deleted_at.is_none())
        .collect();
    let ctx = PageCtx::staff(tr, format!("staff/interviews/{}", found.id));
    Ok(crate::http::secret_page(
        StatusCode::OK,
        view::documents_fragment(&ctx, &documents),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::personal_data::PersonalField;

    #[test]
    fn every_action_has_its_section_and_unknown_ones_none() {
        let data = SaveData {
            item: "mrz".into(),
            outcome: "refused".into(),
            ..SaveData::default()
        };
        for (action, section) in [
            ("start", Some("start")),
            ("item", Some("item-mrz")),
            ("outcome", Some("outcome-refused")),
            ("personal-data", Some("item-personal_data")),
            ("delete", None),
        ] {
            assert_eq!(section_of(action, &data).as_deref(), section, "{action}");
        }
        let bad = SaveData {
            item: "everything".into(),
            outcome: "promoted".into(),
            ..SaveData::default()
        };
        assert_eq!(section_of("item", &bad), None);
        assert_eq!(section_of("outcome", &bad), None);
    }

    #[test]
    fn a_refusal_needs_a_reason_and_an_incomplete_outcome_a_text() {
        let tr = Tr(crate::domain::language::Language::En);
        let refused = SaveData {
            outcome: "refused".into(),
            reason: "nonsense".into(),
            ..SaveData::default()
        };
        assert!(matches!(outcome_from(tr, &refused), Err(Saved::Invalid(p)) if p[0].0 == "reason"));
        let incomplete = SaveData {
            outcome: "incomplete".into(),
            missing: vec!["mrz".into()],
            ..SaveData::default()
        };
        assert!(
            matches!(outcome_from(tr, &incomplete), Err(Saved::Invalid(p)) if p[0].0 == "applicant_text")
        );
        let interrupted = SaveData {
            outcome: "interrupted".into(),
            applicant_text: "  ".into(),
            ..SaveData::default()
        };
        assert!(matches!(
            outcome_from(tr, &interrupted),
            Ok(Outcome::Interrupted {
                applicant_text: None
            })
        ));
    }

    #[test]
    fn a_refused_correction_keeps_every_personal_field() {
        // The correction form's field names are the personal fields' codes.
        let kept = SaveData::default().kept("item-personal_data".into());
        for field in PersonalField::ALL {
            assert!(kept.values.contains_key(field.code()), "{field:?}");
        }
    }
}
