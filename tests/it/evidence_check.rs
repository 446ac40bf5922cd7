//! `verify-audit` also checks the interview records: a decided record edited afterwards
//! (behind the use cases' back, straight in the database) no longer hashes to the evidence hash
//! of its latest outcome entry, and the command fails naming the request's reference, never
//! the personal data. A changed outcome is checked against its newest entry; a record removed
//! or stripped of its outcome is found too.

use crate::evidence_retention::{DOCUMENT_NUMBER, refused_with_evidence};
use crate::helpers::TestApp;
use rendezvous::commands;
use rendezvous::db::entities::{interview, interview_item, personal_data_correction};
use rendezvous::db::evidence_check::{self, Problem};
use rendezvous::db::requests::RequestId;
use rendezvous::db::staff::Role;
use rendezvous::domain::interview::{DEFAULT_NO_SHOW_GRACE, Outcome, RefusalReason};
use rendezvous::use_cases::interview_outcome::{self, OutcomeSettings};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// What the `verify-audit` command says: its error, or `None` when all is intact.
async fn command_says(app: &TestApp) -> Option<String> {
    commands::verify_audit(&app.settings, None)
        .await
        .err()
        .map(|e| format!("{e:#}"))
}

async fn set_column(app: &TestApp, id: uuid::Uuid, column: interview::Column, value: Option<&str>) {
    interview::Entity::update_many()
        .col_expr(column, Expr::value(value.map(str::to_owned)))
        .filter(interview::Column::Id.eq(id))
        .exec(&app.db)
        .await
        .unwrap();
}

#[tokio::test]
async fn a_record_edited_after_its_outcome_fails_verify_audit_naming_only_the_reference() {
    let app = crate::helpers::spawn_app().await;
    let r = refused_with_evidence(&app).await;
    let reference = RequestId(r.appointment.request_id).reference();

    let report = evidence_check::check(&app.db).await.unwrap();
    assert_eq!((report.checked, report.problems), (1, 0), "{report:?}");
    assert_eq!(command_says(&app).await, None, "intact before the edit");

    // The document number changed in the database, by hand.
    set_column(
        &app,
        r.interview,
        interview::Column::DocumentNumber,
        Some("EP999999"),
    )
    .await;
    let report = evidence_check::check(&app.db).await.unwrap();
    assert_eq!((report.checked, report.problems), (1, 1));
    assert_eq!(report.named[0].problem, Problem::Changed);
    assert_eq!(report.named[0].reference, reference);
    let said = command_says(&app).await.expect("verify-audit fails");
    assert!(said.contains(&format!("request {reference}")), "{said}");
    assert!(said.contains("changed after its outcome"), "{said}");
    assert!(said.contains("1 decided record(s) checked"), "{said}");
    for personal in [
        "EP999999",
        DOCUMENT_NUMBER,
        "Janssens",
        "marie.janssens",
        "glued",
    ] {
        assert!(
            !said.contains(personal),
            "no personal data: {personal} in {said}"
        );
    }

    // Put back as it was: intact again (the check recomputes, it does not remember).
    set_column(
        &app,
        r.interview,
        interview::Column::DocumentNumber,
        Some(DOCUMENT_NUMBER),
    )
    .await;
    assert_eq!(command_says(&app).await, None);

    // An internal note rewritten: found the same way.
    set_column(
        &app,
        r.interview,
        interview::Column::InternalNote,
        Some("nothing to see"),
    )
    .await;
    assert!(command_says(&app).await.is_some());
    set_column(
        &app,
        r.interview,
        interview::Column::InternalNote,
        Some("INTERNAL: hologram looked printed"),
    )
    .await;
    assert_eq!(command_says(&app).await, None);

    // The outcome wiped from the record: its entry is still in the log.
    set_column(&app, r.interview, interview::Column::Outcome, None).await;
    let report = evidence_check::check(&app.db).await.unwrap();
    assert_eq!(
        report.named[0].problem,
        Problem::OutcomeRemoved,
        "{report:?}"
    );
    set_column(
        &app,
        r.interview,
        interview::Column::Outcome,
        Some("refused"),
    )
    .await;

    // Marked reduced without the job: no reduction entry names it.
    interview::Entity::update_many()
        .col_expr(
            interview::Column::EvidenceReducedAt,
            Expr::value(Some(app.now())),
        )
        .filter(interview::Column::Id.eq(r.interview))
        .exec(&app.db)
        .await
        .unwrap();
    let report = evidence_check::check(&app.db).await.unwrap();
    assert_eq!((report.checked, report.reduced), (0, 1));
    assert_eq!(
        report.named[0].problem,
        Problem::NoReductionEntry,
        "{report:?}"
    );
    assert!(
        command_says(&app)
            .await
            .unwrap()
            .contains("without an audit entry")
    );
}

#[tokio::test]
async fn a_changed_outcome_is_checked_against_its_newest_entry_and_a_deleted_record_is_found() {
    let app = crate::helpers::spawn_app().await;
    let r = refused_with_evidence(&app).await;
    let sara = app
        .staff("sara@example.org", "Sara Janssens", Role::Supervisor, "nl")
        .await;
    let settings = OutcomeSettings {
        base_url: &app.settings.base_url,
        no_show_grace: DEFAULT_NO_SHOW_GRACE,
        activation_days: 14,
    };
    interview_outcome::change_outcome(
        &app.db,
        &settings,
        r.interview,
        r.version,
        Outcome::Refused {
            reason: RefusalReason::PersonDoesNotMatch,
            applicant_text: "We could not establish that you are the person on the document."
                .into(),
            internal_note: "second look".into(),
        },
        "second look at the recording",
        sara.id,
        app.now(),
    )
    .await
    .unwrap();
    // Two outcome entries name the record: the newest one's hash is the one that matches.
    let report = evidence_check::check(&app.db).await.unwrap();
    assert_eq!((report.checked, report.problems), (1, 0), "{report:?}");
    assert_eq!(command_says(&app).await, None);

    // The refusal reason set back by hand: the record no longer matches its newest entry.
    set_column(
        &app,
        r.interview,
        interview::Column::RefusalReason,
        Some("document_not_genuine"),
    )
    .await;
    let report = evidence_check::check(&app.db).await.unwrap();
    assert_eq!(report.named[0].problem, Problem::Changed, "{report:?}");

    // The record deleted altogether (its items and corrections first).
    interview_item::Entity::delete_many()
        .filter(interview_item::Column::InterviewId.eq(r.interview))
        .exec(&app.db)
        .await
        .unwrap();
    personal_data_correction::Entity::delete_many()
        .filter(personal_data_correction::Column::InterviewId.eq(r.interview))
        .exec(&app.db)
        .await
        .unwrap();
    let deleted = interview::Entity::delete_by_id(r.interview)
        .exec(&app.db)
        .await
        .unwrap();
    assert_eq!(deleted.rows_affected, 1);
    let report = evidence_check::check(&app.db).await.unwrap();
    assert_eq!(report.checked, 0);
    assert_eq!(report.named.len(), 1, "{report:?}");
    assert_eq!(report.named[0].problem, Problem::RecordMissing);
    assert_eq!(
        report.named[0].reference,
        RequestId(r.appointment.request_id).reference()
    );
    let said = command_says(&app).await.expect("verify-audit fails");
    assert!(said.contains("was deleted"), "{said}");
}
