//! "Propose for all" runs in the background: each run's progress and outcome, one at a time
//! (`running` holds the same value for every run in progress, under a unique index; finished runs
//! set it to NULL). And the colourfulness figure of ID images, recorded with the others.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("propose_all_runs")
                    .col(uuid("id").primary_key())
                    .col(uuid_null("started_by"))
                    .col(timestamp_with_time_zone("started_at"))
                    .col(timestamp_with_time_zone("heartbeat_at"))
                    .col(string_len_null("running", 8).unique_key())
                    .col(integer("total").default(0))
                    .col(integer("done").default(0))
                    .col(integer("proposed").default(0))
                    .col(integer("no_slot").default(0))
                    .col(integer("taken_by_others").default(0))
                    .col(integer("changed_meanwhile").default(0))
                    .col(timestamp_with_time_zone_null("finished_at"))
                    .col(text_null("failure"))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("id_documents")
                    .add_column(double_null("colourfulness"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("id_documents")
                    .drop_column("colourfulness")
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table("propose_all_runs").to_owned())
            .await
    }
}
