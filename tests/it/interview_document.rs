//! The document data and the MRZ of an interview: every bad field comes back at once, an expired
//! document marks its item not ok and blocks the approval, the ICAO specimen is compared field by
//! field with the document and the request, and the log keeps neither numbers nor names.

use crate::helpers::{TestApp, with_field};
use crate::interview::confirmed_with;
use chrono::NaiveDate;
use rendezvous::db::audit;
use rendezvous::db::interviews::{self, Interview};
use rendezvous::domain::interview::{
    Blocker, ConsentPoints, DocumentField, DocumentForm, DocumentProblem, Item, ItemState,
    may_approve,
};
use rendezvous::domain::mrz_check::{CheckedField, Mismatch, MrzProblem, ZoneDate};
use rendezvous::use_cases::interview::{self, DocumentError, MrzError};
use uuid::Uuid;

/// The ICAO 9303 TD3 specimen. Its issuing state, Utopia, is no ISO 3166 country, so the
/// document form refuses it; no check digit covers the country.
const SPECIMEN: [&str; 2] = [
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
];

/// The specimen issued by Sweden instead, which the document form accepts.
fn swedish_specimen() -> String {
    SPECIMEN.map(|line| line.replace("UTO", "SWE")).join("\n")
}

/// The specimen's holder as the applicant.
fn eriksson(fields: Vec<(String, String)>) -> Vec<(String, String)> {
    [
        ("last_name", "Eriksson"),
        ("first_names", "Anna Maria"),
        ("birth_day", "12"),
        ("birth_month", "8"),
        ("birth_year", "1974"),
        ("birth_country", "SE"),
        ("sex", "F"),
        ("niss", ""),
    ]
    .into_iter()
    .fold(fields, |fields, (name, value)| {
        with_field(&fields, name, Some(value))
    })
}

/// The specimen's passport as the interviewer types it: it expired on 15 April 2012.
fn specimen_passport() -> DocumentForm {
    DocumentForm {
        kind: "passport".into(),
        issuing_country: "SE".into(),
        number: "L898902C3".into(),
        expiry: "2012-04-15".into(),
    }
}

fn today(app: &TestApp) -> NaiveDate {
    app.now().date_naive()
}

/// An interview started with the consent confirmed, its version and the interviewer.
async fn ready(app: &TestApp, customise: crate::appointment::CustomiseFields) -> (Uuid, u32, Uuid) {
    let (appointment, anna) = confirmed_with(app, customise).await;
    let now = app.now();
    let opened = interview::open(&app.db, &appointment, anna, now)
        .await
        .unwrap();
    let v = interview::start(&app.db, opened.id, opened.version, anna, now)
        .await
        .unwrap();
    let all = ConsentPoints {
        purpose_told: true,
        photo_announced: true,
        retention_told: true,
    };
    let v = interview::confirm_consent(&app.db, opened.id, v, all, anna, now)
        .await
        .unwrap();
    (opened.id, v, anna)
}

async fn loaded(app: &TestApp, id: Uuid) -> Interview {
    interviews::load(&app.db, id).await.unwrap().unwrap()
}

async fn audit_details(app: &TestApp, action: &str) -> Vec<String> {
    audit::all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == action)
        .map(|e| e.detail)
        .collect()
}

#[tokio::test]
async fn every_bad_document_field_comes_back_and_a_stale_version_is_refused() {
    let app = crate::helpers::spawn_app().await;
    let (id, v, anna) = ready(&app, |fields| fields).await;
    let (now, today) = (app.now(), today(&app));

    // The MRZ is compared with the document, so it waits for it.
    assert!(matches!(
        interview::check_mrz(&app.db, id, v, &swedish_specimen(), anna, now, today).await,
        Err(MrzError::DocumentFirst)
    ));

    let bad = DocumentForm {
        kind: "driving_licence".into(),
        issuing_country: "XX".into(),
        number: "AB/12".into(),
        expiry: "15/04/2030".into(),
    };
    match interview::record_document(&app.db, id, v, bad, anna, now, today).await {
        Err(DocumentError::Invalid(errors)) => assert_eq!(
            errors,
            vec![
                (DocumentField::Kind, DocumentProblem::KindNotAccepted),
                (
                    DocumentField::IssuingCountry,
                    DocumentProblem::UnknownCountry
                ),
                (DocumentField::Number, DocumentProblem::NumberFormat),
                (DocumentField::Expiry, DocumentProblem::DateFormat),
            ]
        ),
        other => panic!("expected every field's problem, got {other:?}"),
    }
    let empty = DocumentForm::default();
    match interview::record_document(&app.db, id, v, empty, anna, now, today).await {
        Err(DocumentError::Invalid(errors)) => assert_eq!(
            errors,
            [
                DocumentField::Kind,
                DocumentField::IssuingCountry,
                DocumentField::Number,
                DocumentField::Expiry,
            ]
            .map(|field| (field, DocumentProblem::Required))
        ),
        other => panic!("expected every field required, got {other:?}"),
    }
    let untouched = loaded(&app, id).await;
    assert_eq!(untouched.version, v);
    assert!(untouched.record.document.is_none());

    let valid = DocumentForm {
        expiry: "2031-05-04".into(),
        ..specimen_passport()
    };
    let v2 = interview::record_document(&app.db, id, v, valid.clone(), anna, now, today)
        .await
        .unwrap();
    assert_eq!(
        loaded(&app, id).await.record.item_state(Item::DocumentData),
        ItemState::Ok
    );
    // A page still showing the version before that save is refused, and changes nothing.
    let other = DocumentForm {
        number: "AA0000000".into(),
        ..valid
    };
    assert!(matches!(
        interview::record_document(&app.db, id, v, other, anna, now, today).await,
        Err(DocumentError::Stale)
    ));
    assert!(matches!(
        interview::check_mrz(&app.db, id, v, &swedish_specimen(), anna, now, today).await,
        Err(MrzError::Stale)
    ));
    let after = loaded(&app, id).await;
    assert_eq!(after.version, v2);
    assert_eq!(
        after.record.document.as_ref().map(|d| d.number()),
        Some("L898902C3")
    );
    assert!(after.record.mrz.is_none());
}

#[tokio::test]
async fn an_expired_document_blocks_approval_and_its_mrz_is_checked_digit_by_digit() {
    let app = crate::helpers::spawn_app().await;
    let (id, v, anna) = ready(&app, eriksson).await;
    let (now, today) = (app.now(), today(&app));

    let v = interview::record_document(&app.db, id, v, specimen_passport(), anna, now, today)
        .await
        .unwrap();
    let record = loaded(&app, id).await.record;
    let mark = &record.checklist[&Item::DocumentData];
    assert_eq!(
        (mark.state, mark.note.as_str()),
        (ItemState::NotOk, "the document expired on 2012-04-15")
    );
    let blockers = may_approve(&record, today).unwrap_err();
    assert!(
        blockers.contains(&Blocker::ItemNotOk(Item::DocumentData)),
        "{blockers:?}"
    );
    assert!(blockers.contains(&Blocker::DocumentExpired), "{blockers:?}");

    // The specimen as printed names Utopia, which the typed Sweden is not.
    let utopian = SPECIMEN.join("\n");
    let checked = interview::check_mrz(&app.db, id, v, &utopian, anna, now, today)
        .await
        .unwrap();
    assert_eq!(
        checked.mismatches,
        vec![Mismatch::IssuingCountry {
            typed: "SE".into(),
            typed_as_mrz: Some("SWE".into()),
            mrz: "UTO".into(),
        }]
    );

    // Issued by Sweden, it agrees with the document and the request: the item is ticked.
    let checked = interview::check_mrz(
        &app.db,
        id,
        checked.version,
        &swedish_specimen(),
        anna,
        now,
        today,
    )
    .await
    .unwrap();
    assert_eq!(checked.mismatches, vec![]);
    let record = loaded(&app, id).await.record;
    assert_eq!(record.item_state(Item::Mrz), ItemState::Ok);
    assert_eq!(record.mrz.as_deref(), Some(swedish_specimen().as_str()));
    assert_eq!(record.item_state(Item::DocumentData), ItemState::NotOk);

    // One wrong birth date digit fails its check digit and the composite one.
    let corrupted = swedish_specimen().replacen("7408122F", "7408123F", 1);
    let checked = interview::check_mrz(&app.db, id, checked.version, &corrupted, anna, now, today)
        .await
        .unwrap();
    assert_eq!(
        checked.mismatches,
        vec![
            Mismatch::CheckDigit(CheckedField::BirthDate),
            Mismatch::CheckDigit(CheckedField::Composite),
        ]
    );
    let record = loaded(&app, id).await.record;
    let mark = &record.checklist[&Item::Mrz];
    assert_eq!(
        (mark.state, mark.note.as_str()),
        (
            ItemState::NotOk,
            "the MRZ does not match: check_digit_birth_date, check_digit_composite"
        )
    );

    // Something that is no zone comes back as the problem, and nothing is stored.
    match interview::check_mrz(&app.db, id, checked.version, "hello", anna, now, today).await {
        Err(MrzError::Unreadable(problem)) => assert_eq!(
            problem,
            MrzProblem::WrongShape {
                line_lengths: vec![5]
            }
        ),
        other => panic!("expected the paste to be unreadable, got {other:?}"),
    }
    assert_eq!(loaded(&app, id).await.version, checked.version);

    assert_eq!(
        audit_details(&app, "interview_document").await,
        ["kind=passport country=SE"]
    );
    assert_eq!(
        audit_details(&app, "interview_mrz").await,
        [
            "mismatches=1 fields=issuing_country",
            "mismatches=0",
            "mismatches=2 fields=check_digit_birth_date,check_digit_composite",
        ]
    );
}

#[tokio::test]
async fn the_mrz_of_another_person_is_reported_field_by_field() {
    let app = crate::helpers::spawn_app().await;
    // The default request: Janssens Marie Louise, born 30 July 1985, F.
    let (id, v, anna) = ready(&app, |fields| fields).await;
    let (now, today) = (app.now(), today(&app));
    let v = interview::record_document(&app.db, id, v, specimen_passport(), anna, now, today)
        .await
        .unwrap();

    let checked = interview::check_mrz(&app.db, id, v, &swedish_specimen(), anna, now, today)
        .await
        .unwrap();
    assert_eq!(
        checked.mismatches,
        vec![
            Mismatch::LastName {
                typed: "Janssens".into(),
                typed_as_mrz: "JANSSENS".into(),
                mrz: "ERIKSSON".into(),
            },
            Mismatch::FirstNames {
                typed: "Marie Louise".into(),
                typed_as_mrz: "MARIE<LOUISE".into(),
                mrz: "ANNA<MARIA".into(),
            },
            Mismatch::BirthDate {
                typed: NaiveDate::from_ymd_opt(1985, 7, 30).unwrap(),
                mrz: ZoneDate::Date(NaiveDate::from_ymd_opt(1974, 8, 12).unwrap()),
            },
        ]
    );
    let loaded = loaded(&app, id).await;
    assert_eq!(loaded.version, checked.version);
    let mark = &loaded.record.checklist[&Item::Mrz];
    assert_eq!(
        (mark.state, mark.note.as_str()),
        (
            ItemState::NotOk,
            "the MRZ does not match: last_name, first_names, birth_date"
        )
    );

    // The log names the fields, never the values.
    assert_eq!(
        audit_details(&app, "interview_mrz").await,
        ["mismatches=3 fields=last_name,first_names,birth_date"]
    );
    let entries = audit::all(&app.db).await.unwrap();
    for value in ["L898902C3", "ERIKSSON", "Janssens", "1985", "1974"] {
        assert!(
            entries.iter().all(|e| !e.detail.contains(value)),
            "{value} is in the log"
        );
    }
}
