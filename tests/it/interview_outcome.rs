//! The outcome of an interview: an approval only once every check is ok, one outcome (then a
//! supervisor's change, four eyes), the request's new state, one email in the applicant's
//! language without the internal note, and an audit entry whose evidence hash shows a later
//! change of the stored record.

use crate::helpers::{TestApp, spawn_app};
use crate::scheduling::Staff;
use chrono::{DateTime, Duration, Utc};
use rendezvous::db::appointments::{self, Appointment};
use rendezvous::db::audit;
use rendezvous::db::entities::{interview_item, request};
use rendezvous::db::interviews;
use rendezvous::db::staff::Role;
use rendezvous::domain::interview::{
    Blocker, ChangeProblem, ConsentPoints, DEFAULT_NO_SHOW_GRACE, DocumentData, DocumentForm, Item,
    ItemState, Outcome, OutcomeProblem, RefusalReason,
};
use rendezvous::use_cases::interview;
use rendezvous::use_cases::interview_outcome::{
    self, ChangeOutcomeError, OutcomeError, OutcomeSettings, evidence_hash,
};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, Set};
use uuid::Uuid;

/// A confirmed appointment with its interview opened by its interviewer, Anna.
pub(crate) struct Opened {
    pub(crate) appointment: Appointment,
    pub(crate) interview: Uuid,
    pub(crate) version: u32,
    pub(crate) anna: Staff,
}

pub(crate) async fn opened(app: &TestApp, ui_language: &str) -> Opened {
    let (p, _client) = app.accepted().await;
    let row = request::Entity::find_by_id(p.request)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mut row = row.into_active_model();
    row.ui_language = Set(ui_language.to_owned());
    row.update(&app.db).await.unwrap();
    let appointment = appointments::active_for_request(&app.db, p.request)
        .await
        .unwrap()
        .expect("the confirmed appointment");
    let opened = interview::open(&app.db, &appointment, p.anna.id, app.now())
        .await
        .unwrap();
    Opened {
        appointment,
        interview: opened.id,
        version: opened.version,
        anna: p.anna,
    }
}

fn passport(expiry: &str) -> DocumentData {
    DocumentData::parse(&DocumentForm {
        kind: "passport".into(),
        issuing_country: "BE".into(),
        number: "EP123456".into(),
        expiry: expiry.into(),
    })
    .unwrap()
}

/// Starts the interview, confirms the consent, records the document and the MRZ and ticks
/// every item ok but those in `except`. Returns the new version.
pub(crate) async fn walked(app: &TestApp, o: &Opened, expiry: &str, except: &[Item]) -> u32 {
    let (id, by, now) = (o.interview, o.anna.id, app.now());
    let v = interview::start(&app.db, id, o.version, by, now)
        .await
        .unwrap();
    let all = ConsentPoints {
        purpose_told: true,
        photo_announced: true,
        retention_told: true,
    };
    let v = interview::confirm_consent(&app.db, id, v, all, by, now)
        .await
        .unwrap();
    let v = interviews::save_document(&app.db, id, v, &passport(expiry), now)
        .await
        .unwrap();
    // The zone of the request's applicant (the interview checks it against her data).
    let mrz = crate::interview_page::passport_zone_for("JANSSENS", "EP123456");
    let mut v = interviews::save_mrz(&app.db, id, v, &mrz, now)
        .await
        .unwrap();
    // The photo of the applicant with the document, recorded as the page's upload does.
    rendezvous::db::id_documents::insert(
        &app.db,
        o.appointment.request_id,
        o.appointment.id,
        &rendezvous::db::id_documents::StoredImage {
            side: "photo",
            file_name: format!("{}.jpg", "0".repeat(32)),
            sha256: "b".repeat(64),
            width: 640,
            height: 480,
            bytes: 1000,
            measures: None,
        },
        now,
    )
    .await
    .unwrap();
    for item in Item::ALL
        .into_iter()
        .filter(|i| *i != Item::Consent && !except.contains(i))
    {
        v = interview::mark_item(&app.db, id, v, item, ItemState::Ok, "seen", by, now)
            .await
            .unwrap();
    }
    v
}

fn settings(app: &TestApp) -> OutcomeSettings<'_> {
    OutcomeSettings {
        base_url: &app.settings.base_url,
        no_show_grace: DEFAULT_NO_SHOW_GRACE,
        activation_days: 14,
    }
}

async fn record(
    app: &TestApp,
    o: &Opened,
    version: u32,
    outcome: Outcome,
    by: Uuid,
) -> Result<u32, OutcomeError> {
    interview_outcome::record_outcome(
        &app.db,
        &settings(app),
        o.interview,
        version,
        outcome,
        by,
        app.now(),
    )
    .await
    .map(|recorded| recorded.version)
}

fn refused(applicant_text: &str) -> Outcome {
    Outcome::Refused {
        reason: RefusalReason::DocumentNotGenuine,
        applicant_text: applicant_text.into(),
        internal_note: "INTERNAL: hologram looked printed".into(),
    }
}

/// The whole text of a mail, every part decoded.
pub(crate) fn mail_text(part: &mailparse::ParsedMail<'_>) -> String {
    if part.subparts.is_empty() {
        part.get_body().unwrap()
    } else {
        part.subparts.iter().map(mail_text).collect()
    }
}

/// The mails sent so far whose subject starts with `subject`, as (subject, whole text).
async fn mails(app: &TestApp, subject: &str) -> Vec<String> {
    app.jobs.tick().await.unwrap();
    app.smtp
        .messages()
        .iter()
        .filter(|m| m.subject().starts_with(subject))
        .map(|m| mail_text(&m.parsed()))
        .collect()
}

pub(crate) async fn audit_details(app: &TestApp, action: &str) -> Vec<String> {
    audit::all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == action)
        .map(|e| e.detail)
        .collect()
}

#[tokio::test]
async fn approval_waits_for_every_check_and_a_refusal_tells_the_applicant_only_their_text() {
    let app = spawn_app().await;
    let o = opened(&app, "de").await;
    let id = o.interview;
    let anna = o.anna.id;
    let now = app.now();
    let v = walked(&app, &o, "2031-05-04", &[Item::PhotoWithDocument]).await;

    let blockers = |r: Result<u32, OutcomeError>| match r {
        Err(OutcomeError::Refused(OutcomeProblem::NotApprovable(b))) => b,
        other => panic!("expected the approval refused, got {other:?}"),
    };
    // An item not done, then not ok.
    let b = blockers(record(&app, &o, v, Outcome::Approved, anna).await);
    assert_eq!(
        b,
        vec![Blocker::ItemNotDone(Item::PhotoWithDocument)],
        "item missing"
    );
    let photo = |v, state| {
        interview::mark_item(
            &app.db,
            id,
            v,
            Item::PhotoWithDocument,
            state,
            "",
            anna,
            now,
        )
    };
    let v = photo(v, ItemState::NotOk).await.unwrap();
    let b = blockers(record(&app, &o, v, Outcome::Approved, anna).await);
    assert_eq!(
        b,
        vec![Blocker::ItemNotOk(Item::PhotoWithDocument)],
        "item not ok"
    );
    // Every item ok, but the document has expired.
    let v = photo(v, ItemState::Ok).await.unwrap();
    let v = interviews::save_document(&app.db, id, v, &passport("2026-11-24"), now)
        .await
        .unwrap();
    let b = blockers(record(&app, &o, v, Outcome::Approved, anna).await);
    assert_eq!(b, vec![Blocker::DocumentExpired], "expired document");
    // A valid document again, but a fraud flag.
    let v = interviews::save_document(&app.db, id, v, &passport("2031-05-04"), now)
        .await
        .unwrap();
    let v = interview::flag_fraud(&app.db, id, v, "the photo seems glued", anna, now)
        .await
        .unwrap();
    let b = blockers(record(&app, &o, v, Outcome::Approved, anna).await);
    assert_eq!(b, vec![Blocker::SuspectedFraud], "flagged");
    assert_eq!(
        app.request_state(o.appointment.request_id).await,
        "confirmed"
    );
    assert!(audit_details(&app, "interview_outcome").await.is_empty());

    // A refusal must be motivated to the applicant.
    assert!(matches!(
        record(&app, &o, v, refused("  "), anna).await,
        Err(OutcomeError::Refused(OutcomeProblem::RefusalTextRequired))
    ));
    let applicant_text = "Die Sicherheitsmerkmale Ihres Passes waren nicht zu erkennen.";
    let v2 = record(&app, &o, v, refused(applicant_text), anna)
        .await
        .unwrap();
    assert_eq!(v2, v + 1);
    assert_eq!(app.request_state(o.appointment.request_id).await, "refused");
    // Based on the old version, or a second outcome: refused.
    assert!(matches!(
        record(&app, &o, v, Outcome::NoShow, anna).await,
        Err(OutcomeError::Stale)
    ));
    assert!(matches!(
        record(&app, &o, v2, Outcome::Approved, anna).await,
        Err(OutcomeError::Refused(OutcomeProblem::AlreadyDecided))
    ));

    let sent = mails(&app, "Ihre Identität konnte nicht bestätigt werden").await;
    assert_eq!(sent.len(), 1, "one refusal email, in German");
    assert!(sent[0].contains(applicant_text), "{}", sent[0]);
    assert!(
        sent[0].contains("echt und gültig"),
        "the reason in plain words"
    );
    assert!(sent[0].contains("/de/request"), "the link to book again");
    assert!(!sent[0].contains("INTERNAL"), "never the internal note");
    assert_eq!(audit_details(&app, "interview_outcome").await.len(), 1);
}

#[tokio::test]
async fn an_approval_moves_the_request_on_and_tells_the_applicant_in_their_language() {
    let app = spawn_app().await;
    let o = opened(&app, "fr").await;
    let v = walked(&app, &o, "2031-05-04", &[]).await;
    let v = record(&app, &o, v, Outcome::Approved, o.anna.id)
        .await
        .unwrap();
    assert_eq!(
        app.request_state(o.appointment.request_id).await,
        "approved"
    );
    assert!(matches!(
        record(&app, &o, v, refused("Too late."), o.anna.id).await,
        Err(OutcomeError::Refused(OutcomeProblem::AlreadyDecided))
    ));
    let sent = mails(&app, "Votre identité est confirmée").await;
    assert_eq!(sent.len(), 1, "one approval email, in French");
    assert!(
        sent[0].contains("activer votre clé numérique"),
        "{}",
        sent[0]
    );
    assert!(mails(&app, "Your identity").await.is_empty());
}

#[tokio::test]
async fn a_no_show_waits_for_the_start_and_the_grace_period() {
    let app = spawn_app().await;
    let o = opened(&app, "nl").await;
    let starts_at: DateTime<Utc> = o.appointment.starts_at;
    let too_early = |r: Result<u32, OutcomeError>| {
        matches!(
            r,
            Err(OutcomeError::Refused(OutcomeProblem::TooEarlyForNoShow { allowed_from }))
                if allowed_from == starts_at + DEFAULT_NO_SHOW_GRACE
        )
    };
    assert!(
        too_early(record(&app, &o, o.version, Outcome::NoShow, o.anna.id).await),
        "days before"
    );
    app.clock.set(starts_at + Duration::minutes(9));
    assert!(
        too_early(record(&app, &o, o.version, Outcome::NoShow, o.anna.id).await),
        "in the grace period"
    );
    app.clock.set(starts_at + DEFAULT_NO_SHOW_GRACE);
    record(&app, &o, o.version, Outcome::NoShow, o.anna.id)
        .await
        .unwrap();
    assert_eq!(app.request_state(o.appointment.request_id).await, "no_show");
    let sent = mails(&app, "U nam niet deel aan uw videogesprek").await;
    assert_eq!(sent.len(), 1, "one no-show email, in Dutch");
    assert!(sent[0].contains("/nl/request"), "{}", sent[0]);
}

#[tokio::test]
async fn an_interruption_puts_the_request_back_in_the_queue() {
    let app = spawn_app().await;
    let o = opened(&app, "en").await;
    let request = o.appointment.request_id;
    let v = interview::start(&app.db, o.interview, o.version, o.anna.id, app.now())
        .await
        .unwrap();
    let interrupted = Outcome::Interrupted {
        applicant_text: Some("The video connection dropped twice.".into()),
    };
    record(&app, &o, v, interrupted, o.anna.id).await.unwrap();
    assert_eq!(app.request_state(request).await, "submitted");
    let released = appointments::find(&app.db, o.appointment.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(released.state, "released");
    assert!(
        appointments::active_for_request(&app.db, request)
            .await
            .unwrap()
            .is_none()
    );
    let sent = mails(&app, "Your video interview was interrupted").await;
    assert_eq!(sent.len(), 1);
    assert!(
        sent[0].contains("The video connection dropped twice."),
        "{}",
        sent[0]
    );
    // Back in the queue: the same slot can be proposed again.
    let response = app
        .propose(&o.anna, request, o.anna.id, o.appointment.starts_at)
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(app.request_state(request).await, "proposed");
}

#[tokio::test]
async fn a_second_person_changes_an_outcome_and_the_evidence_hash_shows_later_edits() {
    let app = spawn_app().await;
    let o = opened(&app, "en").await;
    let anna = o.anna.id;
    let v = walked(&app, &o, "2031-05-04", &[]).await;
    let v = record(&app, &o, v, Outcome::Approved, anna).await.unwrap();

    // The audit entry's hash is that of the record as stored.
    let stored = interviews::load(&app.db, o.interview)
        .await
        .unwrap()
        .unwrap();
    let hash = evidence_hash(&stored.record);
    assert_eq!(
        audit_details(&app, "interview_outcome").await,
        vec![format!(
            "interview={} outcome=approved evidence={hash}",
            o.interview
        )]
    );

    let sara = app
        .staff("sara@example.org", "Sara Janssens", Role::Supervisor, "nl")
        .await
        .id;
    let outcome_settings = settings(&app);
    let change = |version, by, reason: &'static str| {
        interview_outcome::change_outcome(
            &app.db,
            &outcome_settings,
            o.interview,
            version,
            refused("Your passport is reported stolen."),
            reason,
            by,
            app.now(),
        )
    };
    assert!(matches!(
        change(v, anna, "second look").await,
        Err(ChangeOutcomeError::NotAllowed(ChangeProblem::NotSupervisor))
    ));
    assert!(matches!(
        change(v, sara, " ").await,
        Err(ChangeOutcomeError::NotAllowed(
            ChangeProblem::ReasonRequired
        ))
    ));
    let v = change(v, sara, "registry hit after the call")
        .await
        .unwrap()
        .version;
    assert!(matches!(
        change(v, sara, "again").await,
        Err(ChangeOutcomeError::NotAllowed(ChangeProblem::OwnDecision))
    ));
    assert_eq!(app.request_state(o.appointment.request_id).await, "refused");
    let stored = interviews::load(&app.db, o.interview)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.version, v);
    let changed_hash = evidence_hash(&stored.record);
    assert_ne!(changed_hash, hash);
    assert_eq!(
        audit_details(&app, "interview_outcome_changed").await,
        vec![format!(
            "interview={} from=approved outcome=refused evidence={changed_hash} reason=registry hit after the call",
            o.interview
        )]
    );
    let sent = mails(&app, "Your identity could not be confirmed").await;
    assert_eq!(sent.len(), 1);
    assert!(!sent[0].contains("INTERNAL"));

    // A stored item edited behind the use cases' back no longer matches the logged hash.
    let item = interview_item::Entity::find()
        .filter(interview_item::Column::InterviewId.eq(o.interview))
        .filter(interview_item::Column::Item.eq(Item::SamePerson.code()))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mut item = item.into_active_model();
    item.note = Set("edited afterwards".into());
    item.update(&app.db).await.unwrap();
    let edited = interviews::load(&app.db, o.interview)
        .await
        .unwrap()
        .unwrap();
    assert_ne!(evidence_hash(&edited.record), changed_hash);
}
