//! The end of an interview record's evidence retention: EVIDENCE_RETENTION_DAYS after its
//! outcome the record keeps who decided what and when, on which document kind and with which
//! drawn checks, and loses the document number, the MRZ, the free texts, the checklist notes
//! and the corrections of the applicant's data; once, with one audit entry, even with two
//! instances running the job at the same moment.

use crate::helpers::{TestApp, spawn_app};
use crate::supervisor_home::{InterviewSpec, Spec, bulk_interviewers, insert_bulk};
use chrono::{DateTime, Duration, SubsecRound, Utc};
use rendezvous::commands;
use rendezvous::db::appointments::{self, Appointment};
use rendezvous::db::audit;
use rendezvous::db::entities::{
    interview as interview_row, interview_item, personal_data_correction,
};
use rendezvous::db::interviews;
use rendezvous::domain::interview::{
    ChecklistProblem, ConsentPoints, DEFAULT_NO_SHOW_GRACE, DocumentData, DocumentForm, Item,
    ItemState, Outcome, RefusalReason,
};
use rendezvous::jobs::retention::reduce_expired_evidence;
use rendezvous::use_cases::interview::{self, ChangeError};
use rendezvous::use_cases::interview_outcome::{self, OutcomeSettings};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

/// An interview walked through with every kind of evidence (document, MRZ, notes on every
/// item, a fraud flag, a correction of the applicant's data) and refused.
pub(crate) struct Refused {
    pub appointment: Appointment,
    pub interview: Uuid,
    pub version: u32,
    pub interviewer: Uuid,
}

pub(crate) const DOCUMENT_NUMBER: &str = "EP123456";

pub(crate) async fn refused_with_evidence(app: &TestApp) -> Refused {
    let (p, _client) = app.accepted().await;
    let appointment = appointments::active_for_request(&app.db, p.request)
        .await
        .unwrap()
        .expect("the confirmed appointment");
    let (by, now) = (p.anna.id, app.now());
    let opened = interview::open(&app.db, &appointment, by, now)
        .await
        .unwrap();
    let id = opened.id;
    let v = interview::start(&app.db, id, opened.version, by, now)
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
    let passport = DocumentData::parse(&DocumentForm {
        kind: "passport".into(),
        issuing_country: "BE".into(),
        number: DOCUMENT_NUMBER.into(),
        expiry: "2031-05-04".into(),
    })
    .unwrap();
    let v = interviews::save_document(&app.db, id, v, &passport, now)
        .await
        .unwrap();
    let mrz = "P<BELPEETERS<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<<\nEP123456<0BEL9001011F3105046<<<<<<<<<<<<<<02";
    let mut v = interviews::save_mrz(&app.db, id, v, mrz, now)
        .await
        .unwrap();
    for item in Item::ALL.into_iter().filter(|i| *i != Item::Consent) {
        let note = format!("seen: {} of Marie Janssens", item.code());
        match interview::mark_item(&app.db, id, v, item, ItemState::Ok, &note, by, now).await {
            Ok(next) => v = next,
            // An item whose evidence (a photo) this test does not make: a refusal needs no
            // complete checklist.
            Err(ChangeError::Refused(ChecklistProblem::EvidenceMissing(_))) => {}
            Err(other) => panic!("marking {item:?}: {other:?}"),
        }
    }
    let v = interview::flag_fraud(&app.db, id, v, "the photo seems glued", by, now)
        .await
        .unwrap();
    personal_data_correction::ActiveModel {
        id: Set(Uuid::new_v4()),
        interview_id: Set(id),
        field: Set("last_name".into()),
        original: Set("Janssens".into()),
        corrected: Set("Janssen".into()),
        corrected_by: Set(by),
        corrected_at: Set(now),
    }
    .insert(&app.db)
    .await
    .unwrap();
    let settings = OutcomeSettings {
        base_url: &app.settings.base_url,
        no_show_grace: DEFAULT_NO_SHOW_GRACE,
        activation_days: 14,
    };
    let refused = Outcome::Refused {
        reason: RefusalReason::DocumentNotGenuine,
        applicant_text: "We could not establish that your passport is genuine.".into(),
        internal_note: "INTERNAL: hologram looked printed".into(),
    };
    let version =
        interview_outcome::record_outcome(&app.db, &settings, id, v, refused, by, app.now())
            .await
            .unwrap()
            .version;
    Refused {
        appointment,
        interview: id,
        version,
        interviewer: by,
    }
}

async fn row(app: &TestApp, id: Uuid) -> interview_row::Model {
    interview_row::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

async fn notes(app: &TestApp, id: Uuid) -> Vec<String> {
    interview_item::Entity::find()
        .filter(interview_item::Column::InterviewId.eq(id))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|i| i.note)
        .collect()
}

async fn corrections(app: &TestApp, id: Uuid) -> usize {
    personal_data_correction::Entity::find()
        .filter(personal_data_correction::Column::InterviewId.eq(id))
        .all(&app.db)
        .await
        .unwrap()
        .len()
}

async fn reductions(app: &TestApp) -> Vec<audit::AuditEntry> {
    audit::all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == "interview_evidence_reduced")
        .collect()
}

#[tokio::test]
async fn a_record_is_reduced_once_at_the_end_of_its_retention_to_what_the_law_requires() {
    let app = spawn_app().await;
    let days = app.settings.evidence_retention_days;
    assert_eq!(days, 3653, "ten years by default");
    let r = refused_with_evidence(&app).await;
    let before = row(&app, r.interview).await;
    assert_eq!(before.document_number.as_deref(), Some(DOCUMENT_NUMBER));
    let items = notes(&app, r.interview).await;
    assert!(
        items.iter().any(|n| n.contains("Marie Janssens")),
        "{items:?}"
    );
    assert_eq!(corrections(&app, r.interview).await, 1);
    commands::verify_audit(&app.settings, None).await.unwrap();

    // A minute before the end of the retention: nothing.
    let decided_at = before.outcome_at.unwrap();
    app.clock
        .set(decided_at + Duration::days(i64::from(days)) - Duration::minutes(1));
    let report = app.jobs.tick().await.unwrap();
    assert_eq!(report.evidence_reduced, 0);
    assert_eq!(row(&app, r.interview).await, before, "untouched");

    // Just after: reduced.
    app.clock.advance(Duration::minutes(2));
    let report = app.jobs.tick().await.unwrap();
    assert_eq!(report.evidence_reduced, 1);
    let after = row(&app, r.interview).await;
    let now: DateTime<Utc> = app.now().trunc_subsecs(6);
    assert_eq!(after.evidence_reduced_at, Some(now));
    // Emptied: the personal data and the free texts.
    assert_eq!(after.document_number, None, "document number");
    assert_eq!(after.mrz_text, None, "MRZ");
    assert_eq!(after.fraud_note, None, "fraud note");
    assert_eq!(after.applicant_text, None, "applicant's text");
    assert_eq!(after.internal_note, None, "internal note");
    assert_eq!(
        notes(&app, r.interview).await,
        vec![String::new(); items.len()],
        "item notes, the items themselves kept"
    );
    assert_eq!(corrections(&app, r.interview).await, 0, "corrections");
    // Kept: what the law requires.
    let kept = interview_row::Model {
        document_number: None,
        mrz_text: None,
        fraud_note: None,
        applicant_text: None,
        internal_note: None,
        evidence_reduced_at: after.evidence_reduced_at,
        version: before.version + 1,
        updated_at: now,
        ..before.clone()
    };
    assert_eq!(after, kept, "everything else as it was");
    assert_eq!(after.outcome.as_deref(), Some("refused"));
    assert_eq!(
        after.refusal_reason.as_deref(),
        Some("document_not_genuine")
    );
    assert_eq!(after.fraud_by, Some(r.interviewer));
    assert!(after.features.is_some() && after.liveness_prompt.is_some());
    assert_eq!(after.document_kind.as_deref(), Some("passport"));
    assert!(after.consent_at.is_some() && after.started_at.is_some());
    // The reduced record still loads: the pages can show what is left.
    let loaded = interviews::load(&app.db, r.interview)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(loaded.version, r.version + 1);
    assert!(loaded.record.document.is_none() && loaded.record.outcome.is_some());

    let entries = reductions(&app).await;
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].actor, "system");
    assert_eq!(entries[0].request_id, Some(r.appointment.request_id));
    assert_eq!(
        entries[0].detail,
        format!(
            "interview={} reduced {days} days after its outcome",
            r.interview
        )
    );

    // Idempotent: the next passes find nothing.
    app.clock.advance(Duration::days(1));
    assert_eq!(app.jobs.tick().await.unwrap().evidence_reduced, 0);
    assert_eq!(reductions(&app).await.len(), 1);
    assert_eq!(row(&app, r.interview).await.evidence_reduced_at, Some(now));
    // The chain holds, and verify-audit accepts the reduced record by its reduction entry.
    commands::verify_audit(&app.settings, None).await.unwrap();
}

#[tokio::test]
async fn only_records_decided_long_enough_ago_are_reduced() {
    let app = spawn_app_with_days(30).await;
    let interviewers = bulk_interviewers(&app, 1).await;
    let now = app.now();
    let spec = |hours: i64, outcome: Option<(&'static str, DateTime<Utc>)>| Spec {
        interviewer: interviewers[0],
        starts_at: now - Duration::hours(hours),
        state: "confirmed",
        interview: Some(InterviewSpec {
            started: true,
            outcome,
            fraud_at: None,
        }),
    };
    let made = insert_bulk(
        &app,
        &[
            // 31 days ago, 29 days ago, and never decided (an interview of long ago).
            spec(31 * 24, Some(("approved", now - Duration::days(31)))),
            spec(29 * 24, Some(("approved", now - Duration::days(29)))),
            spec(40 * 24, None),
        ],
    )
    .await;
    let ids: Vec<Uuid> = made.iter().map(|m| m.interview.unwrap()).collect();
    assert_eq!(app.jobs.tick().await.unwrap().evidence_reduced, 1);
    let reduced: Vec<bool> = futures_util::future::join_all(ids.iter().map(|id| row(&app, *id)))
        .await
        .into_iter()
        .map(|r| r.evidence_reduced_at.is_some())
        .collect();
    assert_eq!(reduced, [true, false, false]);
    assert_eq!(
        row(&app, ids[1]).await.document_number.as_deref(),
        Some("EP000001")
    );
    let entries = reductions(&app).await;
    assert_eq!(entries.len(), 1);
    assert_eq!(
        entries[0].detail,
        format!("interview={} reduced 30 days after its outcome", ids[0])
    );
}

#[tokio::test]
async fn two_instances_at_once_reduce_each_record_once() {
    let app = spawn_app_with_days(30).await;
    let interviewers = bulk_interviewers(&app, 3).await;
    let now = app.now();
    let specs: Vec<Spec> = (0..60)
        .map(|i| Spec {
            interviewer: interviewers[i % 3],
            starts_at: now - Duration::days(60) + Duration::minutes(30 * i as i64),
            state: "confirmed",
            interview: Some(InterviewSpec {
                started: true,
                outcome: Some(("refused", now - Duration::days(45))),
                fraud_at: None,
            }),
        })
        .collect();
    insert_bulk(&app, &specs).await;
    // A second process: its own connections to the same database.
    let other = rendezvous::db::connect(&app.database_url).await.unwrap();
    let (first, second) = tokio::join!(
        reduce_expired_evidence(&app.db, 30, now),
        reduce_expired_evidence(&other, 30, now),
    );
    let (first, second) = (first.unwrap(), second.unwrap());
    assert_eq!(first + second, 60, "each counted once: {first} + {second}");
    let entries = reductions(&app).await;
    assert_eq!(entries.len(), 60, "one audit entry each");
    let mut named: Vec<&str> = entries.iter().map(|e| e.detail.as_str()).collect();
    named.sort_unstable();
    named.dedup();
    assert_eq!(named.len(), 60, "no record reduced twice");
    assert_eq!(reduce_expired_evidence(&app.db, 30, now).await.unwrap(), 0);
    assert!(matches!(
        audit::verify(&app.db, &crate::helpers::test_audit_key(), None)
            .await
            .unwrap(),
        audit::Verification::Intact { .. }
    ));
}

async fn spawn_app_with_days(days: u32) -> TestApp {
    crate::helpers::spawn_app_with(|s| s.evidence_retention_days = days).await
}
