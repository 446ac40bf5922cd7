//! Tamper-evident audit log: each entry carries the hash of the previous one and its own; the
//! `audit_head` row holds the latest hash (and serialises appends). Entries written before this
//! migration are sealed by the application right after migrating (`db::audit::seal_legacy`).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in ["prev_hash", "hash"] {
            manager
                .alter_table(
                    Table::alter()
                        .table("audit_log")
                        .add_column(string_len(column, 64).default(""))
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table("audit_head")
                    .col(integer("id").primary_key())
                    .col(string_len("last_hash", 64))
                    .col(integer("entries"))
                    .to_owned(),
            )
            .await?;
        manager
            .get_connection()
            .execute_unprepared("INSERT INTO audit_head (id, last_hash, entries) VALUES (1, '', 0)")
            .await
            .map(|_| ())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("audit_head").to_owned())
            .await?;
        for column in ["hash", "prev_hash"] {
            manager
                .alter_table(
                    Table::alter()
                        .table("audit_log")
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
