//! Lists of open requests read one page at a time, oldest first, optionally in some interview
//! languages: an index that serves the filter, the order and the count without reading the rows.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const INDEX: &str = "requests_open_by_language";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // `requests_state_created` (state, created_at) already serves the unfiltered list, and
        // the primary key of `request_slots` starts with `request_id`.
        manager
            .create_index(
                Index::create()
                    .name(INDEX)
                    .table("requests")
                    .col("state")
                    .col("interview_language")
                    .col("created_at")
                    .col("id")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(Index::drop().name(INDEX).table("requests").to_owned())
            .await
    }
}
