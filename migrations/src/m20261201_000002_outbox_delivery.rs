//! Email delivery fenced by its holder and final on a permanent refusal: an outbox claim records
//! which process holds it, a message the mail server refused for good is marked failed (and
//! listed for supervisors), the kind of the last error tells connection failures apart; each
//! job loop records when it last finished a pass, for the readiness check.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            string_len_null("claimed_by", 64),
            timestamp_with_time_zone_null("failed_at"),
            string_len_null("error_kind", 16),
        ] {
            let mut column = column;
            manager
                .alter_table(
                    Table::alter()
                        .table("outbox")
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("outbox_failed")
                    .table("outbox")
                    .col("failed_at")
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("job_passes")
                    .col(string_len("loop_name", 32).primary_key())
                    .col(timestamp_with_time_zone("finished_at"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("job_passes").to_owned())
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("outbox_failed")
                    .table("outbox")
                    .to_owned(),
            )
            .await?;
        for column in ["error_kind", "failed_at", "claimed_by"] {
            manager
                .alter_table(
                    Table::alter()
                        .table("outbox")
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
