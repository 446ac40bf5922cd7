//! The interview of a confirmed appointment: the features and the prompt are drawn once, even
//! when it is opened twice at the same moment; the checklist keeps the domain's order; a save
//! based on an old version is refused without overwriting; the log records the views and marks
//! and still verifies.

use crate::helpers::{TestApp, test_audit_key};
use rendezvous::db::appointments::{self, Appointment};
use rendezvous::db::audit::{self, Verification};
use rendezvous::db::interviews::{self, SaveError};
use rendezvous::db::staff::Role;
use rendezvous::domain::interview::{
    ChecklistProblem, ConsentPoints, DocumentData, DocumentForm, Item, ItemRecord, ItemState,
    LivenessPrompts,
};
use rendezvous::domain::security_features::meets_rule;
use rendezvous::use_cases::interview::{self, ChangeError, FlagError};

/// A booked appointment (accepted with the ID image) and the interviewer's id.
async fn confirmed(app: &TestApp) -> (Appointment, uuid::Uuid) {
    confirmed_with(app, |fields| fields).await
}

/// The same, for a request sent with the form as changed by `customise`.
pub(crate) async fn confirmed_with(
    app: &TestApp,
    customise: crate::appointment::CustomiseFields,
) -> (Appointment, uuid::Uuid) {
    let (p, _client) = app.accepted_with(customise).await;
    let appointment = appointments::active_for_request(&app.db, p.request)
        .await
        .unwrap()
        .expect("the confirmed appointment");
    (appointment, p.anna.id)
}

async fn interview_rows(app: &TestApp) -> usize {
    use sea_orm::EntityTrait;
    rendezvous::db::entities::interview::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .len()
}

#[tokio::test]
async fn opening_twice_even_at_once_draws_the_features_and_prompt_once() {
    let app = crate::helpers::spawn_app().await;
    let (appointment, anna) = confirmed(&app).await;
    let now = app.now();

    let (first, second) = tokio::join!(
        interview::open(&app.db, &appointment, anna, now),
        interview::open(&app.db, &appointment, anna, now),
    );
    let (first, second) = (first.unwrap(), second.unwrap());
    let third = interview::open(&app.db, &appointment, anna, now)
        .await
        .unwrap();
    assert_eq!(first, second, "the concurrent openings");
    assert_eq!(first, third, "a later opening");
    assert_eq!(interview_rows(&app).await, 1);

    let features = first.record.features.as_ref().expect("features drawn");
    assert!(meets_rule(features), "{features:?}");
    let prompt = first.record.prompt.as_deref().expect("a prompt drawn");
    assert!(
        LivenessPrompts::builtin()
            .unwrap()
            .all()
            .iter()
            .any(|p| p == prompt),
        "{prompt}"
    );
    assert_eq!(first.version, 1);
    assert_eq!(first.record.interviewer, anna);
    assert_eq!(first.request_id, appointment.request_id);
    assert!(first.record.started.is_none());
}

#[tokio::test]
async fn the_checklist_keeps_its_order_and_a_stale_save_overwrites_nothing() {
    let app = crate::helpers::spawn_app().await;
    let (appointment, anna) = confirmed(&app).await;
    let bert = app
        .staff("bert@example.org", "Bert Claes", Role::Interviewer, "nl")
        .await
        .id;
    let now = app.now();
    let opened = interview::open(&app.db, &appointment, anna, now)
        .await
        .unwrap();
    let id = opened.id;

    // Nothing is marked before the start, nor before the consent.
    let mark = |version, item, state, note: &'static str, by| {
        interview::mark_item(&app.db, id, version, item, state, note, by, now)
    };
    assert!(matches!(
        mark(1, Item::OriginalShown, ItemState::Ok, "", anna).await,
        Err(ChangeError::Refused(ChecklistProblem::NotStarted))
    ));
    let v = interview::start(&app.db, id, 1, anna, now).await.unwrap();
    assert_eq!(v, 2);
    assert!(matches!(
        interview::start(&app.db, id, v, anna, now).await,
        Err(ChangeError::Refused(ChecklistProblem::AlreadyStarted))
    ));
    assert!(matches!(
        mark(v, Item::OriginalShown, ItemState::Ok, "", anna).await,
        Err(ChangeError::Refused(ChecklistProblem::ConsentFirst))
    ));
    let partly = ConsentPoints {
        purpose_told: true,
        photo_announced: true,
        retention_told: false,
    };
    assert!(matches!(
        interview::confirm_consent(&app.db, id, v, partly, anna, now).await,
        Err(ChangeError::Refused(ChecklistProblem::ConsentPointsMissing))
    ));
    let all = ConsentPoints {
        retention_told: true,
        ..partly
    };
    let v = interview::confirm_consent(&app.db, id, v, all, anna, now)
        .await
        .unwrap();
    let seen_by_bert = v;
    let v = mark(v, Item::OriginalShown, ItemState::Ok, " held up ", anna)
        .await
        .unwrap();

    // Bert's page still shows the version before Anna's mark: his saves are refused.
    assert!(matches!(
        mark(
            seen_by_bert,
            Item::OriginalShown,
            ItemState::NotOk,
            "not seen",
            bert
        )
        .await,
        Err(ChangeError::Stale)
    ));
    assert!(matches!(
        interview::flag_fraud(&app.db, id, seen_by_bert, "glare", bert, now).await,
        Err(FlagError::Stale)
    ));
    // The store's own check, for a save that loaded before the other committed.
    let late = ItemRecord {
        state: ItemState::NotOk,
        by: bert,
        at: now,
        note: "not seen".into(),
    };
    assert!(matches!(
        interviews::save_item(&app.db, id, seen_by_bert, Item::OriginalShown, &late).await,
        Err(SaveError::Stale)
    ));
    let loaded = interviews::load(&app.db, id).await.unwrap().unwrap();
    assert_eq!(loaded.version, v);
    let original = &loaded.record.checklist[&Item::OriginalShown];
    assert_eq!(
        (original.state, original.by, original.note.as_str()),
        (ItemState::Ok, anna, "held up")
    );
    assert!(loaded.record.consent_confirmed());
    assert!(loaded.record.fraud.is_none());
    assert_eq!(loaded.record.features, opened.record.features);

    // Document data and MRZ round-trip, and then their items can be ticked.
    let document = DocumentData::parse(&DocumentForm {
        kind: "passport".into(),
        issuing_country: "BE".into(),
        number: "EP123456".into(),
        expiry: "2031-05-04".into(),
    })
    .unwrap();
    let v = interviews::save_document(&app.db, id, v, &document, now)
        .await
        .unwrap();
    let mrz = "P<BELPEETERS<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<<\nEP123456<0BEL9001011F3105046<<<<<<<<<<<<<<02";
    let v = interviews::save_mrz(&app.db, id, v, mrz, now)
        .await
        .unwrap();
    let v = mark(v, Item::DocumentData, ItemState::Ok, "", anna)
        .await
        .unwrap();
    assert!(matches!(
        interview::flag_fraud(&app.db, id, v, "  ", anna, now).await,
        Err(FlagError::NoteRequired)
    ));
    let v = interview::flag_fraud(&app.db, id, v, "screen glare", anna, now)
        .await
        .unwrap();
    let loaded = interviews::load(&app.db, id).await.unwrap().unwrap();
    assert_eq!(loaded.version, v);
    assert_eq!(loaded.record.document.as_ref(), Some(&document));
    assert_eq!(loaded.record.mrz.as_deref(), Some(mrz));
    assert_eq!(loaded.record.item_state(Item::DocumentData), ItemState::Ok);
    assert_eq!(
        loaded.record.fraud.as_ref().map(|f| f.note.as_str()),
        Some("screen glare")
    );

    // The log names the view and each mark, and its chain is whole.
    let entries = audit::all(&app.db).await.unwrap();
    let has = |action: &str, detail: &str| {
        entries
            .iter()
            .any(|e| e.action == action && e.detail == detail)
    };
    assert!(has("view_interview", ""));
    assert!(has("interview_start", ""));
    assert!(has("interview_item", "item=original_shown state=ok"));
    assert!(has("interview_item", "item=document_data state=ok"));
    assert!(!has("interview_item", "item=original_shown state=not_ok"));
    assert!(matches!(
        audit::verify(&app.db, &test_audit_key(), None)
            .await
            .unwrap(),
        Verification::Intact { .. }
    ));
}
