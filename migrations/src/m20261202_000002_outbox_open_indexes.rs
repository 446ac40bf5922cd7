//! The outbox's open messages (neither sent nor refused for good) indexed on their own, so that
//! claiming the next one and `/ready`'s oldest unsent email stay quick however many sent or
//! refused messages the table keeps. Partial indexes: the same statement on SQLite and
//! PostgreSQL.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const INDEXES: [(&str, &str); 2] = [
    ("outbox_open_due", "next_attempt_at, created_at"),
    ("outbox_open_created", "created_at"),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, columns) in INDEXES {
            manager
                .get_connection()
                .execute_unprepared(&format!(
                    "CREATE INDEX {name} ON outbox ({columns}) WHERE sent_at IS NULL AND failed_at IS NULL"
                ))
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, _) in INDEXES {
            manager
                .get_connection()
                .execute_unprepared(&format!("DROP INDEX {name}"))
                .await?;
        }
        Ok(())
    }
}
