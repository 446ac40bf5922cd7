//! The audit log's hash chain: intact after real actions, and any change, removal or truncation
//! is found and located.

use crate::helpers::{TestApp, spawn_app};
use rendezvous::db::audit::{self, Actor, Verification};
use sea_orm::ConnectionTrait;

async fn app_with_entries(n: usize) -> TestApp {
    let app = spawn_app().await;
    for _ in 0..n {
        app.submit_valid_request("en").await;
    }
    app
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
    assert_eq!(
        audit::verify(&app.db).await.unwrap(),
        Verification::Intact { entries: 5 }
    );
    let entries = audit::all(&app.db).await.unwrap();
    assert_eq!(entries[0].prev_hash, "");
    assert_eq!(entries[1].prev_hash, entries[0].hash);
}

#[tokio::test]
async fn a_changed_entry_is_named() {
    let app = app_with_entries(3).await;
    let second = audit::all(&app.db).await.unwrap()[1].id;
    app.db
        .execute_unprepared(&format!(
            "UPDATE audit_log SET detail = 'nothing happened' WHERE id = {second}"
        ))
        .await
        .unwrap();
    match audit::verify(&app.db).await.unwrap() {
        Verification::BrokenAt { id, .. } => assert_eq!(id, second),
        other => panic!("not detected: {other:?}"),
    }
}

#[tokio::test]
async fn a_removed_entry_is_found() {
    let app = app_with_entries(3).await;
    let entries = audit::all(&app.db).await.unwrap();
    app.db
        .execute_unprepared(&format!(
            "DELETE FROM audit_log WHERE id = {}",
            entries[1].id
        ))
        .await
        .unwrap();
    assert!(matches!(
        audit::verify(&app.db).await.unwrap(),
        Verification::BrokenAt { id, .. } if id == entries[2].id
    ));
    app.db
        .execute_unprepared(&format!(
            "DELETE FROM audit_log WHERE id >= {}",
            entries[1].id
        ))
        .await
        .unwrap();
    assert_eq!(
        audit::verify(&app.db).await.unwrap(),
        Verification::TailMissing {
            last_id: Some(entries[0].id)
        }
    );
}
