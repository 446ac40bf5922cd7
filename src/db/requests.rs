//! Applicants' requests and their preferred slots.

use super::entities::{request, request_slot};
use crate::domain::language::{InterviewLanguage, Language};
use crate::domain::request::{NewRequest, RequestState};
use crate::domain::slot::{DayPart, PreferredSlot};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, FromQueryResult, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Select, Set, TryInsertResult,
};
use std::collections::HashMap;
use uuid::Uuid;

pub use request::Model as StoredRequest;

/// The identifier of a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RequestId(pub Uuid);

impl RequestId {
    /// The short reference shown to people and staff (first 8 hex digits).
    pub fn reference(self) -> String {
        self.0.simple().to_string()[..8].to_uppercase()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum InsertError {
    #[error("this form was already submitted")]
    AlreadySubmitted,
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// Stores a new `submitted` request with its slots. The submission token is unique: a form sent
/// twice gives `AlreadySubmitted` instead of a second request.
#[tracing::instrument(skip_all, fields(request_id = %id.0))]
pub async fn insert(
    conn: &impl ConnectionTrait,
    id: RequestId,
    submission_token: &str,
    new: &NewRequest,
    ui_language: Language,
    security_code_hash: String,
    now: DateTime<Utc>,
) -> Result<(), InsertError> {
    let row = request::ActiveModel {
        id: Set(id.0),
        submission_token: Set(submission_token.to_owned()),
        state: Set(RequestState::Submitted.code().to_owned()),
        ui_language: Set(ui_language.code().to_owned()),
        interview_language: Set(new.interview_language.code().to_owned()),
        last_name: Set(new.last_name.clone()),
        first_names: Set(new.first_names.clone()),
        birth_date: Set(new.birth_date),
        birth_country: Set(new.birth_country.code().to_owned()),
        birth_place: Set(new.birth_place.clone()),
        sex: Set(new.sex.code().to_owned()),
        niss: Set(new.niss.as_ref().map(|n| n.as_str().to_owned())),
        email: Set(new.email.as_str().to_owned()),
        motivation: Set(new.motivation.clone()),
        security_code_hash: Set(security_code_hash),
        created_at: Set(now),
        updated_at: Set(now),
        code_locked_until: Set(None),
        slots_chosen_at: Set(Some(now)),
        browser_digest: Set(None),
        content_digest: Set(None),
        calendar_sequence: Set(0),
    };
    let inserted = request::Entity::insert(row)
        .on_conflict_do_nothing_on([request::Column::SubmissionToken])
        .exec_without_returning(conn)
        .await?;
    if matches!(
        inserted,
        TryInsertResult::Conflicted | TryInsertResult::Inserted(0)
    ) {
        return Err(InsertError::AlreadySubmitted);
    }
    let slots = new.slots.iter().map(|slot| request_slot::ActiveModel {
        request_id: Set(id.0),
        day: Set(slot.date),
        part: Set(slot.part.code().to_owned()),
    });
    request_slot::Entity::insert_many(slots)
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

/// Remembers which browser sent a request and what it held, so that only that browser, sending
/// the same again, is shown a new security code (see `replace_security_code`).
pub async fn remember_origin(
    conn: &impl ConnectionTrait,
    id: RequestId,
    browser_digest: &str,
    content_digest: &str,
) -> Result<(), DbErr> {
    request::Entity::update_many()
        .col_expr(request::Column::BrowserDigest, Expr::value(browser_digest))
        .col_expr(request::Column::ContentDigest, Expr::value(content_digest))
        .filter(request::Column::Id.eq(id.0))
        .exec(conn)
        .await
        .map(|_| ())
}

pub async fn find(
    conn: &impl ConnectionTrait,
    id: RequestId,
) -> Result<Option<StoredRequest>, DbErr> {
    request::Entity::find_by_id(id.0).one(conn).await
}

pub async fn find_by_submission_token(
    conn: &impl ConnectionTrait,
    token: &str,
) -> Result<Option<StoredRequest>, DbErr> {
    request::Entity::find()
        .filter(request::Column::SubmissionToken.eq(token))
        .one(conn)
        .await
}

pub async fn preferred_slots(
    conn: &impl ConnectionTrait,
    id: RequestId,
) -> Result<Vec<PreferredSlot>, DbErr> {
    let rows = request_slot::Entity::find()
        .filter(request_slot::Column::RequestId.eq(id.0))
        .order_by_asc(request_slot::Column::Day)
        .order_by_asc(request_slot::Column::Part)
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            Some(PreferredSlot {
                date: r.day,
                part: DayPart::parse(&r.part)?,
            })
        })
        .collect())
}

/// Replaces the security code's hash while the request is still `submitted` (a form sent twice
/// shows a fresh code). Returns whether the request was still in that state.
/// Replaces the security code of a request nobody has acted on yet, only when the same browser
/// sends the same content again (both digests as `remember_origin` stored them).
pub async fn replace_security_code(
    conn: &impl ConnectionTrait,
    id: RequestId,
    (browser_digest, content_digest): (&str, &str),
    security_code_hash: String,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let result = request::Entity::update_many()
        .col_expr(
            request::Column::SecurityCodeHash,
            Expr::value(security_code_hash),
        )
        .col_expr(request::Column::UpdatedAt, Expr::value(now))
        .filter(request::Column::Id.eq(id.0))
        .filter(request::Column::State.eq(RequestState::Submitted.code()))
        .filter(request::Column::BrowserDigest.eq(browser_digest))
        .filter(request::Column::ContentDigest.eq(content_digest))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// An open request with its preferred slots.
#[derive(Debug, Clone)]
pub struct OpenRequest {
    pub request: StoredRequest,
    pub preferred: Vec<PreferredSlot>,
}

/// Every request waiting for a slot (`submitted`), whole, oldest first, in the given interview
/// languages (all when `None`): for "propose for all", which matches them all at once. Lists
/// read `open_requests_page` instead.
#[tracing::instrument(skip(conn))]
pub async fn open_requests(
    conn: &impl ConnectionTrait,
    languages: Option<&[InterviewLanguage]>,
) -> Result<Vec<OpenRequest>, DbErr> {
    let query = open_query(languages);
    let requests = query
        .order_by_asc(request::Column::CreatedAt)
        .order_by_asc(request::Column::Id)
        .all(conn)
        .await?;
    let mut slots: HashMap<Uuid, Vec<PreferredSlot>> = HashMap::new();
    // Slot rows of open requests only, read in one query per chunk of ids.
    for chunk in requests.chunks(500) {
        slots.extend(slots_of(conn, chunk.iter().map(|r| r.id)).await?);
    }
    Ok(requests
        .into_iter()
        .map(|request| OpenRequest {
            preferred: slots.remove(&request.id).unwrap_or_default(),
            request,
        })
        .collect())
}

/// What a list of open requests shows of each: no personal data beyond the name, no hashes.
#[derive(Debug, Clone, FromQueryResult)]
pub struct OpenSummaryRow {
    pub id: Uuid,
    pub first_names: String,
    pub last_name: String,
    pub interview_language: String,
    pub created_at: DateTime<Utc>,
}

/// One row of a list of open requests, with its preferred slots.
#[derive(Debug, Clone)]
pub struct OpenSummary {
    pub row: OpenSummaryRow,
    pub preferred: Vec<PreferredSlot>,
}

impl OpenSummary {
    /// The summary of a request already read whole.
    pub fn of(open: &OpenRequest) -> Self {
        let r = &open.request;
        OpenSummary {
            row: OpenSummaryRow {
                id: r.id,
                first_names: r.first_names.clone(),
                last_name: r.last_name.clone(),
                interview_language: r.interview_language.clone(),
                created_at: r.created_at,
            },
            preferred: open.preferred.clone(),
        }
    }
}

/// One page of the open requests: its rows, oldest first, and how many there are in all.
#[derive(Debug, Clone)]
pub struct OpenPage {
    pub rows: Vec<OpenSummary>,
    pub total: u64,
    /// The page shown, from 1; a page past the end is the last one.
    pub page: u64,
    pub per_page: u64,
}

impl OpenPage {
    pub fn last_page(&self) -> u64 {
        self.total.div_ceil(self.per_page).max(1)
    }
}

fn open_query(languages: Option<&[InterviewLanguage]>) -> Select<request::Entity> {
    let mut query =
        request::Entity::find().filter(request::Column::State.eq(RequestState::Submitted.code()));
    if let Some(languages) = languages {
        query = query
            .filter(request::Column::InterviewLanguage.is_in(languages.iter().map(|l| l.code())));
    }
    query
}

/// One page of the requests waiting for a slot, oldest first, in the given interview languages
/// (all when `None`): a count, the page's rows (only the columns a list shows) and those rows'
/// preferred slots, so that a page costs the same however long the queue is.
#[tracing::instrument(skip(conn))]
pub async fn open_requests_page(
    conn: &impl ConnectionTrait,
    languages: Option<&[InterviewLanguage]>,
    page: u64,
    per_page: u64,
) -> Result<OpenPage, DbErr> {
    let per_page = per_page.max(1);
    // Counted from the index alone: the count's subquery names only the id.
    let total = open_query(languages)
        .select_only()
        .column(request::Column::Id)
        .count(conn)
        .await?;
    let page = page.clamp(1, total.div_ceil(per_page).max(1));
    let rows = open_query(languages)
        .select_only()
        .columns([
            request::Column::Id,
            request::Column::FirstNames,
            request::Column::LastName,
            request::Column::InterviewLanguage,
            request::Column::CreatedAt,
        ])
        .order_by_asc(request::Column::CreatedAt)
        .order_by_asc(request::Column::Id)
        .offset((page - 1) * per_page)
        .limit(per_page)
        .into_model::<OpenSummaryRow>()
        .all(conn)
        .await?;
    let mut slots = slots_of(conn, rows.iter().map(|r| r.id)).await?;
    Ok(OpenPage {
        rows: rows
            .into_iter()
            .map(|row| OpenSummary {
                preferred: slots.remove(&row.id).unwrap_or_default(),
                row,
            })
            .collect(),
        total,
        page,
        per_page,
    })
}

/// The preferred slots of the given requests (one query), each request's in order.
async fn slots_of(
    conn: &impl ConnectionTrait,
    ids: impl Iterator<Item = Uuid>,
) -> Result<HashMap<Uuid, Vec<PreferredSlot>>, DbErr> {
    let mut slots: HashMap<Uuid, Vec<PreferredSlot>> = HashMap::new();
    let ids: Vec<Uuid> = ids.collect();
    if ids.is_empty() {
        return Ok(slots);
    }
    let rows = request_slot::Entity::find()
        .filter(request_slot::Column::RequestId.is_in(ids))
        .order_by_asc(request_slot::Column::Day)
        .order_by_asc(request_slot::Column::Part)
        .all(conn)
        .await?;
    for row in rows {
        if let Some(part) = DayPart::parse(&row.part) {
            slots
                .entry(row.request_id)
                .or_default()
                .push(PreferredSlot {
                    date: row.day,
                    part,
                });
        }
    }
    Ok(slots)
}

impl StoredRequest {
    pub fn state(&self) -> Option<RequestState> {
        RequestState::parse(&self.state)
    }

    pub fn interview_language(&self) -> Option<InterviewLanguage> {
        InterviewLanguage::parse(&self.interview_language)
    }

    pub fn ui_language(&self) -> Language {
        Language::parse(&self.ui_language).unwrap_or(Language::En)
    }

    pub fn reference(&self) -> String {
        RequestId(self.id).reference()
    }

    /// When the applicant last chose preferred slots: the request's window follows from it.
    pub fn slots_chosen_at(&self) -> DateTime<Utc> {
        self.slots_chosen_at.unwrap_or(self.created_at)
    }
}

/// Replaces the preferred slots (the applicant asked for another slot).
pub async fn replace_preferred_slots(
    conn: &impl ConnectionTrait,
    id: RequestId,
    slots: &[PreferredSlot],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    request_slot::Entity::delete_many()
        .filter(request_slot::Column::RequestId.eq(id.0))
        .exec(conn)
        .await?;
    let rows = slots.iter().map(|slot| request_slot::ActiveModel {
        request_id: Set(id.0),
        day: Set(slot.date),
        part: Set(slot.part.code().to_owned()),
    });
    request_slot::Entity::insert_many(rows)
        .exec_without_returning(conn)
        .await?;
    request::Entity::update_many()
        .col_expr(request::Column::SlotsChosenAt, Expr::value(now))
        .filter(request::Column::Id.eq(id.0))
        .exec(conn)
        .await?;
    Ok(())
}

/// The SEQUENCE of the request's next calendar message (0 for its first), counted in the
/// transaction that queues it, which holds the request's row from here on.
pub async fn next_calendar_sequence(conn: &impl ConnectionTrait, id: Uuid) -> Result<u32, DbErr> {
    request::Entity::update_many()
        .col_expr(
            request::Column::CalendarSequence,
            sea_orm::sea_query::ExprTrait::add(Expr::col(request::Column::CalendarSequence), 1),
        )
        .filter(request::Column::Id.eq(id))
        .exec(conn)
        .await?;
    let sent = request::Entity::find_by_id(id)
        .one(conn)
        .await?
        .map_or(1, |r| r.calendar_sequence);
    Ok(u32::try_from(sent - 1).unwrap_or(0))
}
