//! Placing and moving appointments: proposing one slot, proposing for every open request at
//! once, and reassigning. Each change is one transaction holding the state change, the audit
//! entry and the applicant's email (outbox), so none can exist without the others.

use crate::db::appointments::{self, Appointment, HoldError, NewAppointment};
use crate::db::audit::{self, Actor};
use crate::db::outbox;
use crate::db::requests::{self, OpenRequest, StoredRequest};
use crate::db::schedule::{self, Interviewer};
use crate::domain::codes::Token;
use crate::domain::matching::{self, FreeSlot};
use crate::domain::request::RequestState;
use crate::domain::scheduling::{
    AppointmentState, ChangeReason, Fit, answer_deadline, fitting_slots, free_slots, request_window,
};
use crate::domain::slot::{PreferredSlot, brussels_date, brussels_to_utc};
use crate::domain::working_plan::InterviewSlot;
use crate::email::calendar::Method;
use crate::email::messages::{self, CalendarPart, Proposing};
use crate::i18n::Tr;
use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use lettre::message::Mailbox;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr, TransactionTrait};
use std::collections::{HashMap, VecDeque};
use url::Url;
use uuid::Uuid;

/// A free slot of one interviewer offered for a request.
#[derive(Debug, Clone)]
pub struct Offer {
    pub interviewer_id: Uuid,
    pub interviewer_name: String,
    pub fit: Fit,
}

#[derive(Debug, thiserror::Error)]
pub enum ChangeError {
    #[error("this slot was just taken")]
    SlotTaken,
    #[error("the request is no longer waiting for this change")]
    NoLongerOpen,
    #[error("this slot is not one that can be offered for this request")]
    NotOffered,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl From<DbErr> for ChangeError {
    fn from(e: DbErr) -> Self {
        ChangeError::Unexpected(e.into())
    }
}

impl From<HoldError> for ChangeError {
    fn from(e: HoldError) -> Self {
        match e {
            HoldError::SlotTaken => ChangeError::SlotTaken,
            HoldError::NoInterviewer => ChangeError::NotOffered,
            HoldError::Db(e) => e.into(),
        }
    }
}

/// Instants from the start of `from` to the end of `to`, Brussels days.
fn span(from: NaiveDate, to: NaiveDate) -> (DateTime<Utc>, DateTime<Utc>) {
    (
        brussels_to_utc(from.and_time(NaiveTime::MIN)),
        brussels_to_utc((to + Duration::days(1)).and_time(NaiveTime::MIN)),
    )
}

/// Busy periods of each interviewer between two instants.
async fn busy_by_interviewer(
    db: &DatabaseConnection,
    only: Option<Uuid>,
    (from, to): (DateTime<Utc>, DateTime<Utc>),
) -> Result<HashMap<Uuid, Vec<(DateTime<Utc>, DateTime<Utc>)>>, DbErr> {
    let mut busy: HashMap<Uuid, Vec<_>> = HashMap::new();
    for a in appointments::active_between(db, only, from, to).await? {
        busy.entry(a.interviewer_id)
            .or_default()
            .push((a.starts_at, a.ends_at));
    }
    Ok(busy)
}

/// The days in which a request may be offered a slot on `today`: its own two-week window, or,
/// when that has passed (a move after illness, say), the next two weeks.
pub fn offer_window(request: &StoredRequest, today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let (from, to) = request_window(brussels_date(request.slots_chosen_at()));
    if to < today + Duration::days(1) {
        (today, today + Duration::days(14))
    } else {
        (from.max(today), to)
    }
}

/// The free slots of the given interviewers that fit a request: they speak its language, the
/// slot is free and inside its window; preferred windows first, then by time and name.
pub async fn offers(
    db: &DatabaseConnection,
    request: &StoredRequest,
    preferred: &[PreferredSlot],
    interviewers: &[Interviewer],
    now: DateTime<Utc>,
) -> Result<Vec<Offer>, DbErr> {
    let Some(language) = request.interview_language() else {
        return Ok(Vec::new());
    };
    let window = offer_window(request, brussels_date(now));
    let only = (interviewers.len() == 1).then(|| interviewers[0].id);
    let busy = busy_by_interviewer(db, only, span(window.0, window.1)).await?;
    let mut offers = Vec::new();
    for interviewer in interviewers
        .iter()
        .filter(|i| i.languages.contains(&language))
    {
        let slots = interviewer.plan.interview_slots(
            &interviewer.exception_rules(),
            window.0,
            window.1,
            interviewer.length(),
        );
        let free = free_slots(
            slots,
            busy.get(&interviewer.id).map_or(&[], Vec::as_slice),
            now,
        );
        offers.extend(
            fitting_slots(&free, window, preferred)
                .into_iter()
                .map(|fit| Offer {
                    interviewer_id: interviewer.id,
                    interviewer_name: interviewer.name.clone(),
                    fit,
                }),
        );
    }
    offers.sort_by(|a, b| {
        (!a.fit.preferred, a.fit.slot.starts_at, &a.interviewer_name).cmp(&(
            !b.fit.preferred,
            b.fit.slot.starts_at,
            &b.interviewer_name,
        ))
    });
    Ok(offers)
}

/// The interviewer's slot starting at `starts_at` that a request may be offered, ignoring
/// whether it is still free (the transaction decides that).
fn offerable_slot(
    request: &StoredRequest,
    interviewer: &Interviewer,
    starts_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Option<InterviewSlot> {
    let language = request.interview_language()?;
    if !interviewer.languages.contains(&language) || starts_at <= now {
        return None;
    }
    let window = offer_window(request, brussels_date(now));
    let day = brussels_date(starts_at);
    if day < window.0 || day > window.1 {
        return None;
    }
    interviewer
        .plan
        .interview_slots(
            &interviewer.exception_rules(),
            day,
            day,
            interviewer.length(),
        )
        .into_iter()
        .find(|slot| slot.starts_at == starts_at)
}

/// What the emails of a change need from the configuration: links to the service, the video
/// room's address, and the calendar entries' organiser.
pub struct MailSettings<'a> {
    pub base_url: &'a Url,
    pub video_url_template: &'a str,
    pub organizer: &'a Mailbox,
}

impl<'a> MailSettings<'a> {
    pub fn from(settings: &'a crate::configuration::Settings) -> Self {
        MailSettings {
            base_url: &settings.base_url,
            video_url_template: &settings.video_url_template,
            organizer: settings.calendar_organizer(),
        }
    }

    fn video_url(&self, room: &str) -> String {
        self.video_url_template.replace("{room}", room)
    }

    /// The calendar message about `appointment` that the email being queued in `tx` carries,
    /// with the request's next SEQUENCE.
    async fn calendar<'v>(
        &'v self,
        tx: &impl ConnectionTrait,
        request: &StoredRequest,
        appointment: &Appointment,
        method: Method,
        video_url: Option<&'v str>,
        now: DateTime<Utc>,
    ) -> Result<CalendarPart<'v>, DbErr> {
        Ok(CalendarPart {
            method,
            sequence: requests::next_calendar_sequence(tx, request.id).await?,
            organizer: self.organizer,
            starts_at: appointment.starts_at,
            ends_at: appointment.ends_at,
            video_url,
            now,
        })
    }

    /// Calls off the calendar entry of a booked appointment; nothing for a proposal, which was
    /// never in the applicant's calendar. Called before the appointment is closed, in a
    /// transaction that holds the request's row: the state is read there, not taken from the
    /// page, so that an acceptance committed meanwhile is seen.
    async fn cancel_if_booked(
        &self,
        tx: &impl ConnectionTrait,
        request: &StoredRequest,
        appointment: &Appointment,
        now: DateTime<Utc>,
    ) -> Result<Option<CalendarPart<'_>>, DbErr> {
        let booked = appointments::find(tx, appointment.id)
            .await?
            .is_some_and(|a| a.state() == Some(AppointmentState::Confirmed));
        if !booked {
            return Ok(None);
        }
        self.calendar(tx, request, appointment, Method::Cancel, None, now)
            .await
            .map(Some)
    }
}

/// Where the applicant's appointment page lives.
pub fn appointment_link(base_url: &Url, request: &StoredRequest, token: &str) -> String {
    format!(
        "{}/{}/appointment/{}",
        base_url.as_str().trim_end_matches('/'),
        request.ui_language().code(),
        token
    )
}

fn new_request_link(base_url: &Url, request: &StoredRequest) -> String {
    format!(
        "{}/{}/request",
        base_url.as_str().trim_end_matches('/'),
        request.ui_language().code()
    )
}

fn describe_slot(interviewer: &Interviewer, slot: &InterviewSlot) -> String {
    format!(
        "{} with {} ({})",
        slot.starts_at.to_rfc3339(),
        interviewer.name,
        interviewer.id
    )
}

/// Proposes one slot to a request waiting for one: holds the slot (or finds it just taken),
/// moves the request to `proposed`, records who did it and queues the proposal email.
#[tracing::instrument(skip_all, fields(request = %request.id, interviewer = %interviewer.id))]
pub async fn propose(
    db: &DatabaseConnection,
    base_url: &Url,
    request: &StoredRequest,
    interviewer: &Interviewer,
    starts_at: DateTime<Utc>,
    by: Actor,
    now: DateTime<Utc>,
) -> Result<Uuid, ChangeError> {
    let slot =
        offerable_slot(request, interviewer, starts_at, now).ok_or(ChangeError::NotOffered)?;
    hold_and_propose(db, base_url, request, interviewer, slot, by, now, None).await
}

/// The proposal transaction. Locks the request row first, then the interviewer's schedule:
/// every change takes them in this order, so two changes never wait on each other in a circle.
#[allow(clippy::too_many_arguments)]
async fn hold_and_propose(
    db: &DatabaseConnection,
    base_url: &Url,
    request: &StoredRequest,
    interviewer: &Interviewer,
    slot: InterviewSlot,
    by: Actor,
    now: DateTime<Utc>,
    replacing: Option<(&Appointment, &ChangeReason, &MailSettings<'_>)>,
) -> Result<Uuid, ChangeError> {
    let token = Token::generate();
    let id = Uuid::new_v4();
    let created_by = match &by {
        Actor::Staff(id) => Some(*id),
        _ => None,
    };
    let tx = db.begin().await?;
    let from: &[RequestState] = match replacing {
        None => &[RequestState::Submitted],
        Some(_) => &[RequestState::Proposed, RequestState::Confirmed],
    };
    if !appointments::set_request_state(&tx, request.id, from, RequestState::Proposed, now).await? {
        return Err(ChangeError::NoLongerOpen);
    }
    let proposing = match replacing {
        None => Proposing::First,
        Some((old, _, mail)) => Proposing::Moved {
            cancels: mail.cancel_if_booked(&tx, request, old, now).await?,
        },
    };
    if let Some((old, reason, _)) = replacing
        && !appointments::close(
            &tx,
            old.id,
            AppointmentState::Released,
            Some(id),
            Some(reason.describe()),
            now,
        )
        .await?
    {
        return Err(ChangeError::NoLongerOpen);
    }
    appointments::hold(
        &tx,
        &NewAppointment {
            id,
            request_id: request.id,
            interviewer_id: interviewer.id,
            starts_at: slot.starts_at,
            ends_at: slot.ends_at,
            state: AppointmentState::Proposed,
            token_hash: token.digest(),
            created_by,
            video_room: None,
            proposed_at: now,
        },
        now,
    )
    .await?;
    let (action, detail) = match replacing {
        None => ("propose", describe_slot(interviewer, &slot)),
        Some((old, reason, _)) => (
            "move_time",
            format!(
                "from {} to {}; reason: {}",
                old.starts_at.to_rfc3339(),
                describe_slot(interviewer, &slot),
                reason.describe()
            ),
        ),
    };
    audit::record(&tx, by, action, Some(request.id), &detail, now).await?;
    let email = messages::proposal(
        Tr(request.ui_language()),
        request,
        &slot,
        &appointment_link(base_url, request, token.as_str()),
        answer_deadline(now, slot.starts_at),
        &proposing,
    );
    outbox::queue(&tx, &email, now).await?;
    tx.commit().await?;
    Ok(id)
}

/// What "propose for all" did: how many requests were open (`total`) and considered (`done`),
/// and for each, whether it got a proposal; if not, whether no interviewer who speaks the
/// language had a free slot in its preferred windows (`no_slot`), the slots went to other
/// requests, older ones first (`taken_by_others`), or the request or slot changed while the
/// proposals were being made (`changed_meanwhile`).
pub use crate::db::propose_all_runs::RunFigures as ProposeAllReport;

/// Where a long "propose for all" writes how far it got, every `PROGRESS_EVERY` requests.
pub struct Progress<'a> {
    pub run: Uuid,
    pub clock: &'a dyn crate::clock::Clock,
}

const PROGRESS_EVERY: usize = 20;

/// Proposes a slot inside a preferred window to as many open requests as possible (a maximum
/// matching), spreading the load and favouring older requests. Safe to run twice: only
/// requests still waiting are considered, and every slot is held by the usual transaction.
#[tracing::instrument(skip_all)]
pub async fn propose_for_all(
    db: &DatabaseConnection,
    base_url: &Url,
    by: Actor,
    now: DateTime<Utc>,
    progress: Option<Progress<'_>>,
) -> Result<ProposeAllReport, anyhow::Error> {
    let open = requests::open_requests(db, None).await?;
    let interviewers = schedule::interviewers(db).await?;
    let today = brussels_date(now);
    let windows: Vec<(NaiveDate, NaiveDate)> = open
        .iter()
        .map(|r| offer_window(&r.request, today))
        .collect();
    let (Some(first), Some(last)) = (
        windows.iter().map(|w| w.0).min(),
        windows.iter().map(|w| w.1).max(),
    ) else {
        return Ok(ProposeAllReport::default());
    };
    let busy = busy_by_interviewer(db, None, span(first, last)).await?;
    // Concrete free slots of each bucket (interviewer × preferred window), earliest first.
    let mut slots_of: HashMap<(u32, PreferredSlot), VecDeque<InterviewSlot>> = HashMap::new();
    let mut free = Vec::new();
    for (index, interviewer) in interviewers.iter().enumerate() {
        let slots = interviewer.plan.interview_slots(
            &interviewer.exception_rules(),
            first,
            last,
            interviewer.length(),
        );
        for slot in free_slots(
            slots,
            busy.get(&interviewer.id).map_or(&[], Vec::as_slice),
            now,
        ) {
            if let Some(window) = slot.window {
                free.push(FreeSlot {
                    interviewer: index as u32,
                    window,
                });
                slots_of
                    .entry((index as u32, window))
                    .or_default()
                    .push_back(slot);
            }
        }
    }
    let wanted: Vec<matching::OpenRequest> = open
        .iter()
        .zip(&windows)
        .map(|(r, window)| matching::OpenRequest {
            preferred: in_window(r, *window),
            language: r
                .request
                .interview_language()
                .unwrap_or(crate::domain::language::InterviewLanguage::En),
        })
        .collect();
    let languages: Vec<_> = interviewers.iter().map(|i| i.languages.clone()).collect();
    let (problem, buckets) = matching::build_problem(&wanted, &languages, &free);
    let assignment = matching::propose_all(&problem);
    let mut report = ProposeAllReport {
        total: open.len(),
        ..Default::default()
    };
    for (index, (request, bucket)) in open.iter().zip(assignment).enumerate() {
        if let Some(progress) = &progress
            && index % PROGRESS_EVERY == 0
        {
            report.done = index;
            let still_running = crate::db::propose_all_runs::progress(
                db,
                progress.run,
                &report,
                progress.clock.now(),
            )
            .await?;
            if !still_running {
                anyhow::bail!("the run was taken for interrupted: it stops here");
            }
        }
        let Some(bucket) = bucket else {
            if problem.accepts[index].is_empty() {
                report.no_slot += 1;
            } else {
                report.taken_by_others += 1;
            }
            continue;
        };
        let key = buckets[bucket as usize];
        let Some(slot) = slots_of.get_mut(&key).and_then(VecDeque::pop_front) else {
            report.changed_meanwhile += 1;
            continue;
        };
        let interviewer = &interviewers[key.0 as usize];
        match hold_and_propose(
            db,
            base_url,
            &request.request,
            interviewer,
            slot,
            by.clone(),
            now,
            None,
        )
        .await
        {
            Ok(_) => report.proposed += 1,
            Err(ChangeError::SlotTaken | ChangeError::NoLongerOpen | ChangeError::NotOffered) => {
                report.changed_meanwhile += 1
            }
            Err(ChangeError::Unexpected(e)) => return Err(e),
        }
    }
    report.done = open.len();
    tracing::info!(?report, "proposed slots for all open requests");
    Ok(report)
}

fn in_window(request: &OpenRequest, (from, to): (NaiveDate, NaiveDate)) -> Vec<PreferredSlot> {
    request
        .preferred
        .iter()
        .filter(|p| p.date >= from && p.date <= to)
        .copied()
        .collect()
}

/// Hands an active appointment to another interviewer at the same time. The applicant is not
/// asked again: the appointment keeps its state and link.
#[tracing::instrument(skip_all, fields(appointment = %appointment.id, to = %to.id))]
#[allow(clippy::too_many_arguments)]
pub async fn reassign_interviewer(
    db: &DatabaseConnection,
    mail: &MailSettings<'_>,
    request: &StoredRequest,
    appointment: &Appointment,
    to: &Interviewer,
    reason: &ChangeReason,
    by: Actor,
    now: DateTime<Utc>,
) -> Result<Uuid, ChangeError> {
    let state = appointment
        .state()
        .filter(|s| s.is_active())
        .ok_or(ChangeError::NoLongerOpen)?;
    let speaks = request
        .interview_language()
        .is_some_and(|l| to.languages.contains(&l));
    let works_then = to.plan.covers(
        &to.exception_rules(),
        appointment.starts_at,
        appointment.ends_at,
    );
    if !speaks || !works_then || to.id == appointment.interviewer_id || appointment.starts_at <= now
    {
        return Err(ChangeError::NotOffered);
    }
    let id = Uuid::new_v4();
    let tx = db.begin().await?;
    // Only a request still waiting for its interview: an ended one keeps its appointment as it was.
    let current = request
        .state()
        .filter(|s| matches!(s, RequestState::Proposed | RequestState::Confirmed))
        .ok_or(ChangeError::NoLongerOpen)?;
    if !appointments::set_request_state(&tx, request.id, &[current], current, now).await?
        || !appointments::close(
            &tx,
            appointment.id,
            AppointmentState::Reassigned,
            Some(id),
            Some(reason.describe()),
            now,
        )
        .await?
    {
        return Err(ChangeError::NoLongerOpen);
    }
    appointments::hold(
        &tx,
        &NewAppointment {
            id,
            request_id: request.id,
            interviewer_id: to.id,
            starts_at: appointment.starts_at,
            ends_at: appointment.ends_at,
            state,
            token_hash: appointment.token_hash.clone(),
            video_room: appointment.video_room.clone(),
            // The applicant's deadline stays the one their proposal email gave.
            proposed_at: appointment.proposal_time(),
            created_by: match &by {
                Actor::Staff(id) => Some(*id),
                _ => None,
            },
        },
        now,
    )
    .await?;
    let detail = format!(
        "{} from {} to {} ({}); reason: {}",
        appointment.starts_at.to_rfc3339(),
        appointment.interviewer_id,
        to.name,
        to.id,
        reason.describe()
    );
    audit::record(&tx, by, "reassign", Some(request.id), &detail, now).await?;
    // A booked interview's calendar entry is sent again: the same time, a newer version.
    let video_url = appointment.video_room.as_deref().map(|r| mail.video_url(r));
    let update = match state {
        AppointmentState::Confirmed => Some(
            mail.calendar(
                &tx,
                request,
                appointment,
                Method::Request,
                video_url.as_deref(),
                now,
            )
            .await?,
        ),
        _ => None,
    };
    let email = messages::moved(
        Tr(request.ui_language()),
        request,
        appointment.starts_at,
        update.as_ref(),
    );
    outbox::queue(&tx, &email, now).await?;
    tx.commit().await?;
    Ok(id)
}

/// Moves an active appointment to another time (and perhaps interviewer): the old slot is
/// released and the new one is a fresh proposal the applicant must accept.
#[allow(clippy::too_many_arguments)]
pub async fn move_to_time(
    db: &DatabaseConnection,
    mail: &MailSettings<'_>,
    request: &StoredRequest,
    appointment: &Appointment,
    to: &Interviewer,
    starts_at: DateTime<Utc>,
    reason: &ChangeReason,
    by: Actor,
    now: DateTime<Utc>,
) -> Result<Uuid, ChangeError> {
    if appointment.state().is_none_or(|s| !s.is_active()) {
        return Err(ChangeError::NoLongerOpen);
    }
    if starts_at == appointment.starts_at && to.id == appointment.interviewer_id {
        return Err(ChangeError::NotOffered);
    }
    let slot = offerable_slot(request, to, starts_at, now).ok_or(ChangeError::NotOffered)?;
    hold_and_propose(
        db,
        mail.base_url,
        request,
        to,
        slot,
        by,
        now,
        Some((appointment, reason, mail)),
    )
    .await
}

/// The applicant cancels their proposed or confirmed appointment before it starts: the request
/// ends as `cancelled`, the slot is released, and the applicant gets a confirmation email.
#[tracing::instrument(skip_all, fields(request = %request.id, appointment = %appointment.id))]
pub async fn cancel_by_applicant(
    db: &DatabaseConnection,
    mail: &MailSettings<'_>,
    request: &StoredRequest,
    appointment: &Appointment,
    now: DateTime<Utc>,
) -> Result<(), ChangeError> {
    if appointment.starts_at <= now {
        return Err(ChangeError::NotOffered);
    }
    let tx = db.begin().await?;
    let open = appointments::set_request_state(
        &tx,
        request.id,
        &[RequestState::Proposed, RequestState::Confirmed],
        RequestState::Cancelled,
        now,
    )
    .await?;
    let cancels = if open {
        mail.cancel_if_booked(&tx, request, appointment, now)
            .await?
    } else {
        None
    };
    let changed = open
        && appointments::close(
            &tx,
            appointment.id,
            AppointmentState::Released,
            None,
            Some("cancelled by the applicant".to_owned()),
            now,
        )
        .await?;
    if !changed {
        return Err(ChangeError::NoLongerOpen);
    }
    audit::record(
        &tx,
        Actor::Applicant,
        "cancel",
        Some(request.id),
        &format!(
            "appointment {} at {}",
            appointment.id,
            appointment.starts_at.to_rfc3339()
        ),
        now,
    )
    .await?;
    let email = messages::cancelled(
        Tr(request.ui_language()),
        request,
        appointment.starts_at,
        &new_request_link(mail.base_url, request),
        cancels.as_ref(),
    );
    outbox::queue(&tx, &email, now).await?;
    tx.commit().await?;
    Ok(())
}

/// The applicant asks for another slot with new preferred slots: the proposed (or confirmed)
/// slot is released and the request goes back to the supervisors' queue as `submitted`.
#[tracing::instrument(skip_all, fields(request = %request.id, appointment = %appointment.id))]
pub async fn ask_another_slot(
    db: &DatabaseConnection,
    mail: &MailSettings<'_>,
    request: &StoredRequest,
    appointment: &Appointment,
    preferred: &[PreferredSlot],
    now: DateTime<Utc>,
) -> Result<(), ChangeError> {
    if appointment.starts_at <= now {
        return Err(ChangeError::NotOffered);
    }
    let tx = db.begin().await?;
    let open = appointments::set_request_state(
        &tx,
        request.id,
        &[RequestState::Proposed, RequestState::Confirmed],
        RequestState::Submitted,
        now,
    )
    .await?;
    let cancels = if open {
        mail.cancel_if_booked(&tx, request, appointment, now)
            .await?
    } else {
        None
    };
    let changed = open
        && appointments::close(
            &tx,
            appointment.id,
            AppointmentState::Released,
            None,
            Some("the applicant asked for another slot".to_owned()),
            now,
        )
        .await?;
    if !changed {
        return Err(ChangeError::NoLongerOpen);
    }
    requests::replace_preferred_slots(&tx, requests::RequestId(request.id), preferred, now).await?;
    let codes: Vec<String> = preferred.iter().map(PreferredSlot::code).collect();
    audit::record(
        &tx,
        Actor::Applicant,
        "ask_another_slot",
        Some(request.id),
        &format!(
            "released {} at {}; new preferred slots {}",
            appointment.id,
            appointment.starts_at.to_rfc3339(),
            codes.join(", ")
        ),
        now,
    )
    .await?;
    let email = messages::released(
        Tr(request.ui_language()),
        request,
        appointment.starts_at,
        preferred,
        cancels.as_ref(),
    );
    outbox::queue(&tx, &email, now).await?;
    tx.commit().await?;
    Ok(())
}

/// An unanswered proposal lapses: the request ends as `lapsed`, the slot is released, and the
/// applicant is told to make a new request. Returns false when something else changed it first
/// (another instance, or the applicant answering at the last moment): then nothing is sent.
#[tracing::instrument(skip_all, fields(request = %request.id, appointment = %appointment.id))]
pub async fn lapse(
    db: &DatabaseConnection,
    base_url: &Url,
    request: &StoredRequest,
    appointment: &Appointment,
    now: DateTime<Utc>,
) -> Result<bool, anyhow::Error> {
    let tx = db.begin().await?;
    let changed = appointments::set_request_state(
        &tx,
        request.id,
        &[RequestState::Proposed],
        RequestState::Lapsed,
        now,
    )
    .await?
        && appointments::close(
            &tx,
            appointment.id,
            AppointmentState::Lapsed,
            None,
            Some("no answer in time".to_owned()),
            now,
        )
        .await?;
    if !changed {
        return Ok(false);
    }
    audit::record(
        &tx,
        Actor::System,
        "lapse",
        Some(request.id),
        &format!(
            "appointment {} proposed {}",
            appointment.id,
            appointment.proposal_time().to_rfc3339()
        ),
        now,
    )
    .await?;
    let email = messages::lapsed(
        Tr(request.ui_language()),
        request,
        appointment.starts_at,
        appointment.answer_deadline(),
        &new_request_link(base_url, request),
    );
    outbox::queue(&tx, &email, now).await?;
    tx.commit().await?;
    Ok(true)
}

/// The applicant accepts the proposal with their ID images (already stored): the appointment is
/// confirmed with a video room, the images are recorded, and the "booked for good" email with
/// its calendar file is queued, all in one transaction.
#[tracing::instrument(skip_all, fields(request = %request.id, appointment = %appointment.id))]
/// `token` is the appointment link's, which the email gives again for moving or cancelling.
#[allow(clippy::too_many_arguments)]
pub async fn accept(
    db: &DatabaseConnection,
    mail: &MailSettings<'_>,
    request: &StoredRequest,
    appointment: &Appointment,
    token: &str,
    images: &[crate::db::id_documents::StoredImage],
    now: DateTime<Utc>,
) -> Result<(), ChangeError> {
    if appointment.starts_at <= now {
        return Err(ChangeError::NotOffered);
    }
    let room = Token::generate();
    let tx = db.begin().await?;
    let changed = appointments::set_request_state(
        &tx,
        request.id,
        &[RequestState::Proposed],
        RequestState::Confirmed,
        now,
    )
    .await?
        && appointments::confirm(&tx, appointment.id, room.as_str(), now).await?;
    if !changed {
        return Err(ChangeError::NoLongerOpen);
    }
    for image in images {
        crate::db::id_documents::insert(&tx, request.id, appointment.id, image, now).await?;
    }
    let sides: Vec<&str> = images.iter().map(|i| i.side).collect();
    let sides = if sides.is_empty() {
        "those already on file".to_owned()
    } else {
        sides.join(", ")
    };
    audit::record(
        &tx,
        Actor::Applicant,
        "accept",
        Some(request.id),
        &format!(
            "appointment {} at {}; ID images: {}",
            appointment.id,
            appointment.starts_at.to_rfc3339(),
            sides
        ),
        now,
    )
    .await?;
    let video_url = mail.video_url(room.as_str());
    let calendar = mail
        .calendar(
            &tx,
            request,
            appointment,
            Method::Request,
            Some(&video_url),
            now,
        )
        .await?;
    let email = messages::booked(
        Tr(request.ui_language()),
        request,
        appointment,
        &video_url,
        &appointment_link(mail.base_url, request, token),
        &calendar,
    );
    outbox::queue(&tx, &email, now).await?;
    tx.commit().await?;
    Ok(())
}

/// What an interrupted interview's link becomes once used: a hash derived from the token, so that
/// the used link is still recognised (and says it is finished) but opens nothing any more.
pub fn used_link_hash(token: &Token) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(
        format!("used:{}", token.digest()).as_bytes(),
    ))
}

/// After an interrupted interview, the applicant chooses new preferred slots with the emailed
/// link: in one transaction, the request (still waiting in the queue, with no newer appointment)
/// gets the new slots, the link is used up, and the choice is audited and confirmed by email.
#[tracing::instrument(skip_all, fields(request = %request.id, appointment = %appointment.id))]
pub async fn choose_slots_after_interruption(
    db: &DatabaseConnection,
    request: &StoredRequest,
    appointment: &Appointment,
    token: &Token,
    preferred: &[PreferredSlot],
    now: DateTime<Utc>,
) -> Result<(), ChangeError> {
    let tx = db.begin().await?;
    // The write first: it takes the request's lock (SQLite's write lock) before anything is read.
    let still_queued = appointments::set_request_state(
        &tx,
        request.id,
        &[RequestState::Submitted],
        RequestState::Submitted,
        now,
    )
    .await?;
    if !still_queued
        || appointments::active_for_request(&tx, request.id)
            .await?
            .is_some()
    {
        return Err(ChangeError::NoLongerOpen);
    }
    if !appointments::replace_token_hash(
        &tx,
        appointment.id,
        &token.digest(),
        &used_link_hash(token),
    )
    .await?
    {
        return Err(ChangeError::NoLongerOpen);
    }
    requests::replace_preferred_slots(&tx, requests::RequestId(request.id), preferred, now).await?;
    let codes: Vec<String> = preferred.iter().map(PreferredSlot::code).collect();
    audit::record(
        &tx,
        Actor::Applicant,
        "new_slots_after_interruption",
        Some(request.id),
        &format!(
            "interrupted appointment {} at {}; new preferred slots {}",
            appointment.id,
            appointment.starts_at.to_rfc3339(),
            codes.join(", ")
        ),
        now,
    )
    .await?;
    let email = messages::new_slots_chosen(Tr(request.ui_language()), request, preferred);
    outbox::queue(&tx, &email, now).await?;
    tx.commit().await?;
    Ok(())
}
