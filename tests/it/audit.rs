//! The audit log's keyed chain: intact after real actions; any change, removal, truncation or
//! rewound head is found and named by `verify-audit`, which only reads; nothing re-seals it.

use crate::helpers::{TestApp, spawn_app, test_audit_key};
use rendezvous::commands;
use rendezvous::configuration::AuditKey;
use rendezvous::db::audit::{self, Actor, Head, Verification};
use sea_orm::ConnectionTrait;

async fn app_with_entries(n: usize) -> TestApp {
    let app = spawn_app().await;
    for _ in 0..n {
        app.submit_valid_request("en").await;
    }
    app
}

async fn verify(app: &TestApp) -> Verification {
    audit::verify(&app.db, &test_audit_key(), None)
        .await
        .unwrap()
}

/// What the `verify-audit` command says: its error, or `None` when the log is intact.
async fn command_says(app: &TestApp, expect_head: Option<&str>) -> Option<String> {
    commands::verify_audit(&app.settings, expect_head)
        .await
        .err()
        .map(|e| format!("{e:#}"))
}

async fn head(app: &TestApp) -> Head {
    match verify(app).await {
        Verification::Intact { head } => head,
        other => panic!("the log is not intact: {other:?}"),
    }
}

async fn sql(app: &TestApp, statement: &str) {
    app.db.execute_unprepared(statement).await.unwrap();
}

#[tokio::test]
async fn real_actions_leave_an_intact_chain() {
    let app = app_with_entries(3).await;
    let (a, b) = tokio::join!(
        audit::record(
            &app.db,
            Actor::System,
            "test_concurrent",
            None,
            "a",
            app.now()
        ),
        audit::record(
            &app.db,
            Actor::System,
            "test_concurrent",
            None,
            "b",
            app.now()
        ),
    );
    a.unwrap();
    b.unwrap();
    let head = head(&app).await;
    assert_eq!(
        head.entries, 6,
        "the log's first entry, three requests, two more"
    );
    let entries = audit::all(&app.db).await.unwrap();
    assert_eq!(entries[0].action, "audit_log_started");
    assert_eq!(entries[0].prev_hash, "");
    assert_eq!(entries[1].prev_hash, entries[0].hash);
    assert_eq!(head.hash, entries[5].hash);
    assert_eq!(command_says(&app, None).await, None);
    assert_eq!(
        command_says(&app, Some(&head.to_string())).await,
        None,
        "the head it printed is found again"
    );
}

#[tokio::test]
async fn a_changed_entry_is_named_even_with_its_hash_recomputed_without_the_key() {
    let app = app_with_entries(3).await;
    let second = audit::all(&app.db).await.unwrap()[1].id;
    sql(
        &app,
        &format!("UPDATE audit_log SET detail = 'nothing happened' WHERE id = {second}"),
    )
    .await;
    match verify(&app).await {
        Verification::BrokenAt { id, .. } => assert_eq!(id, second),
        other => panic!("not detected: {other:?}"),
    }
    let said = command_says(&app, None).await.expect("the command fails");
    assert!(said.contains(&format!("entry {second}")), "{said}");
    // With another key, every MAC is wrong from the first entry on.
    let other = AuditKey::parse("another-key-another-key-another-key").unwrap();
    assert!(matches!(
        audit::verify(&app.db, &other, None).await.unwrap(),
        Verification::BrokenAt { .. }
    ));
}

#[tokio::test]
async fn a_blanked_hash_is_not_resealed_by_migrate_or_by_verify() {
    let app = app_with_entries(3).await;
    let second = audit::all(&app.db).await.unwrap()[1].id;
    sql(
        &app,
        &format!("UPDATE audit_log SET hash = '' WHERE id = {second}"),
    )
    .await;
    // Once, an empty hash made the next `migrate` re-hash the whole log.
    commands::migrate(&app.settings).await.unwrap();
    let said = command_says(&app, None).await.expect("the command fails");
    assert!(said.contains(&format!("entry {second}")), "{said}");
    let again = command_says(&app, None).await.expect("still fails");
    assert_eq!(said, again, "verify-audit changed nothing");
    assert_eq!(
        audit::all(&app.db).await.unwrap()[1].hash,
        "",
        "nothing was re-sealed"
    );
}

#[tokio::test]
async fn a_removed_entry_is_found() {
    let app = app_with_entries(3).await;
    let entries = audit::all(&app.db).await.unwrap();
    sql(
        &app,
        &format!("DELETE FROM audit_log WHERE id = {}", entries[1].id),
    )
    .await;
    assert!(matches!(
        verify(&app).await,
        Verification::BrokenAt { id, .. } if id == entries[2].id
    ));
    sql(
        &app,
        &format!("DELETE FROM audit_log WHERE id >= {}", entries[1].id),
    )
    .await;
    assert_eq!(
        verify(&app).await,
        Verification::TailMissing {
            last_id: Some(entries[0].id)
        }
    );
}

#[tokio::test]
async fn removing_the_newest_entry_and_rewinding_the_head_is_detected() {
    let app = app_with_entries(3).await;
    let entries = audit::all(&app.db).await.unwrap();
    let last = entries.last().unwrap();
    let before_last = &entries[entries.len() - 2];
    sql(
        &app,
        &format!("DELETE FROM audit_log WHERE id = {}", last.id),
    )
    .await;
    sql(
        &app,
        &format!(
            "UPDATE audit_head SET last_hash = '{}', entries = entries - 1 WHERE id = 1",
            before_last.hash
        ),
    )
    .await;
    assert_eq!(verify(&app).await, Verification::HeadChanged);
    let said = command_says(&app, None).await.expect("the command fails");
    assert!(said.contains("head was rewritten"), "{said}");
}

#[tokio::test]
async fn a_head_rewound_with_an_old_copy_is_caught_by_the_recorded_head() {
    let app = app_with_entries(2).await;
    // The attacker keeps a copy of the head row; the operator records the head later.
    let old_head: (String, i32, String) = {
        use rendezvous::db::entities::audit_head;
        use sea_orm::EntityTrait;
        let row = audit_head::Entity::find_by_id(1)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        (row.last_hash, row.entries, row.head_mac)
    };
    app.submit_valid_request("en").await;
    let recorded = head(&app).await;
    assert_eq!(recorded.entries, 4);
    // Remove the newest entry and put the old head row back: a consistent older log.
    sql(
        &app,
        "DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)",
    )
    .await;
    sql(
        &app,
        &format!(
            "UPDATE audit_head SET last_hash = '{}', entries = {}, head_mac = '{}' WHERE id = 1",
            old_head.0, old_head.1, old_head.2
        ),
    )
    .await;
    assert!(
        matches!(verify(&app).await, Verification::Intact { .. }),
        "without an outside record this older log looks whole"
    );
    assert_eq!(
        audit::verify(&app.db, &test_audit_key(), Some(&recorded))
            .await
            .unwrap(),
        Verification::NotTheRecordedHead { behind: true }
    );
    let said = command_says(&app, Some(&recorded.to_string()))
        .await
        .expect("the command fails");
    assert!(said.contains("behind the recorded head"), "{said}");
    let bad = command_says(&app, Some("not-a-head")).await.unwrap();
    assert!(bad.contains("HASH:COUNT"), "{bad}");
}

#[tokio::test]
async fn verify_audit_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut settings = spawn_app().await.settings;
    let missing = dir.path().join("missing.db");
    settings.database_url = format!("sqlite://{}?mode=rwc", missing.display());
    settings.audit_key = None;
    let said = format!(
        "{:#}",
        commands::verify_audit(&settings, None).await.unwrap_err()
    );
    assert!(said.contains("no audit key"), "{said}");
    settings.audit_key = Some(test_audit_key());
    let said = format!(
        "{:#}",
        commands::verify_audit(&settings, None).await.unwrap_err()
    );
    assert!(said.contains("there is no database"), "{said}");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "neither a key nor a database was made"
    );
}

#[tokio::test]
async fn a_deleted_log_is_not_taken_for_a_new_one() {
    let app = app_with_entries(2).await;
    sql(&app, "DELETE FROM audit_log").await;
    sql(
        &app,
        "UPDATE audit_head SET last_hash = '', entries = 0, head_mac = '' WHERE id = 1",
    )
    .await;
    assert_eq!(verify(&app).await, Verification::Empty);
    let said = command_says(&app, None).await.expect("the command fails");
    assert!(said.contains("empty"), "{said}");
}

#[tokio::test]
async fn another_key_is_refused_instead_of_breaking_the_chain() {
    let app = app_with_entries(1).await;
    let mut other = app.settings.clone();
    other.audit_key = Some(AuditKey::parse("another-key-another-key-another-key").unwrap());
    let refused = rendezvous::db::audit_key::open(&other, &app.db, app.now())
        .await
        .unwrap_err();
    assert!(
        format!("{refused:#}").contains("not the one"),
        "{refused:#}"
    );
    assert!(matches!(verify(&app).await, Verification::Intact { .. }));

    // A SQLite database whose key file went missing: the new file is made, refused and removed.
    let dir = tempfile::tempdir().unwrap();
    let mut settings = app.settings.clone();
    settings.database_url = format!("sqlite://{}/x.db?mode=rwc", dir.path().display());
    let db = rendezvous::db::connect(&settings.database_url)
        .await
        .unwrap();
    rendezvous::db::migrate(&db).await.unwrap();
    rendezvous::db::audit_key::open(&settings, &db, app.now())
        .await
        .unwrap();
    settings.audit_key = None;
    let refused = rendezvous::db::audit_key::open(&settings, &db, app.now())
        .await
        .unwrap_err();
    assert!(
        format!("{refused:#}").contains("not the one"),
        "{refused:#}"
    );
    assert!(
        !dir.path().join("audit.key").exists(),
        "the key made for nothing was removed"
    );
    // A too short AUDIT_KEY is refused without repeating it.
    settings.audit_key = Some(AuditKey::as_configured("short-secret-value"));
    let refused = rendezvous::db::audit_key::open(&settings, &db, app.now())
        .await
        .unwrap_err();
    let said = format!("{refused:#}");
    assert!(said.contains("at least 32"), "{said}");
    assert!(!said.contains("short-secret-value"), "{said}");
}

#[tokio::test]
async fn viewing_a_request_or_an_appointment_is_recorded() {
    use rendezvous::db::staff::Role;
    let app = spawn_app().await;
    let anna = app
        .staff("anna@example.org", "Anna Peeters", Role::Interviewer, "nl")
        .await;
    let sam = app
        .staff("sam@example.org", "Sam Supervisor", Role::Supervisor, "nl")
        .await;
    let request = app.open_requests(1).await[0];
    let page = format!("/en/staff/requests/{request}");
    assert_eq!(app.status_of(&sam.client, &page).await, 200);
    let monday_nine =
        chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2026, 11, 30, 8, 0, 0).unwrap();
    assert_eq!(
        app.propose(&anna, request, anna.id, monday_nine)
            .await
            .status(),
        303
    );
    let appointment = app.appointments().await[0].id;
    let page = format!("/en/staff/appointments/{appointment}");
    assert_eq!(app.status_of(&anna.client, &page).await, 200);
    let views: Vec<(String, String)> = audit::all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action.starts_with("view_") && e.request_id == Some(request))
        .map(|e| (e.action, e.actor))
        .collect();
    assert_eq!(
        views,
        [
            ("view_request".to_owned(), format!("staff:{}", sam.id)),
            ("view_appointment".to_owned(), format!("staff:{}", anna.id)),
        ]
    );
    assert!(matches!(verify(&app).await, Verification::Intact { .. }));
}
