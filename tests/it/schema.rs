//! The latest migrations go down and up again on a database in use (SQLite, or PostgreSQL with
//! TEST_DATABASE_URL): a deployment that must be rolled back can be.

use ::migrations::{Migrator, MigratorTrait};

#[tokio::test]
async fn the_latest_migrations_go_down_and_up_again() {
    let app = crate::helpers::spawn_app().await;
    let applied = Migrator::get_applied_migrations(&app.db)
        .await
        .unwrap()
        .len();
    Migrator::down(&app.db, Some(5)).await.unwrap();
    assert_eq!(
        Migrator::get_pending_migrations(&app.db)
            .await
            .unwrap()
            .len(),
        5,
        "the interview record, its evidence, the audit index, the activation and the import rolled back"
    );
    Migrator::up(&app.db, None).await.unwrap();
    assert_eq!(
        Migrator::get_applied_migrations(&app.db)
            .await
            .unwrap()
            .len(),
        applied
    );
    // The service still works on the schema built again.
    assert_eq!(app.get("/en/").await.status(), 200);
}
