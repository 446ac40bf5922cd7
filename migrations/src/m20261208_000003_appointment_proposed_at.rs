//! When an appointment's slot was proposed to the applicant, which its answer deadline counts
//! from: a proposal handed to another interviewer keeps the deadline its email gave. Rows made
//! before have none; their creation time is their proposal time.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("appointments")
                    .add_column(timestamp_with_time_zone_null("proposed_at"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("appointments")
                    .drop_column("proposed_at")
                    .to_owned(),
            )
            .await
    }
}
