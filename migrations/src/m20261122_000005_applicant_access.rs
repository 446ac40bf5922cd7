//! The applicant's way in through the emailed link: wrong security codes per request (a sliding
//! window, kept in the database so that a lock-out holds across restarts and instances) and short
//! sessions opened by a correct code.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            timestamp_with_time_zone_null("code_locked_until"),
            // When the applicant last chose preferred slots (the request's window follows it).
            timestamp_with_time_zone_null("slots_chosen_at"),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table("requests")
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table("code_attempts")
                    .col(uuid("id").primary_key())
                    .col(uuid("request_id"))
                    .col(timestamp_with_time_zone("at"))
                    .col(boolean("succeeded").default(false))
                    .foreign_key(
                        ForeignKey::create()
                            .name("code_attempts_request")
                            .from("code_attempts", "request_id")
                            .to("requests", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("code_attempts_by_request")
                    .table("code_attempts")
                    .col("request_id")
                    .col("at")
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("applicant_sessions")
                    .col(string_len("token_hash", 64).primary_key())
                    .col(uuid("request_id"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("applicant_sessions_request")
                            .from("applicant_sessions", "request_id")
                            .to("requests", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in ["applicant_sessions", "code_attempts"] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        for column in ["slots_chosen_at", "code_locked_until"] {
            manager
                .alter_table(
                    Table::alter()
                        .table("requests")
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
