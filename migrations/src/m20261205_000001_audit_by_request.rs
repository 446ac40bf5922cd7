//! The audit log looked up by request and action: a request's history on the staff pages, and
//! `verify-audit`'s check of every decided interview against its outcome entries, which would
//! otherwise read the whole log for each page of interviews.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name("audit_log_request_action")
                    .table("audit_log")
                    .col("request_id")
                    .col("action")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("audit_log_request_action")
                    .table("audit_log")
                    .to_owned(),
            )
            .await
    }
}
