//! The foundation: staff accounts, applicants' requests with their preferred slots, the email
//! outbox and the audit log.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("staff")
                    .col(uuid("id").primary_key())
                    .col(string_len_uniq("email", 254))
                    .col(string_len("name", 200))
                    .col(string_len("role", 20))
                    .col(string_len("languages", 20))
                    .col(text("password_hash"))
                    .col(timestamp_with_time_zone("created_at"))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("requests")
                    .col(uuid("id").primary_key())
                    .col(string_len_uniq("submission_token", 64))
                    .col(string_len("state", 20))
                    .col(string_len("ui_language", 2))
                    .col(string_len("interview_language", 2))
                    .col(string_len("last_name", 100))
                    .col(string_len("first_names", 100))
                    .col(date("birth_date"))
                    .col(string_len("birth_country", 2))
                    .col(string_len("birth_place", 100))
                    .col(string_len("sex", 1))
                    .col(string_len_null("niss", 11))
                    .col(string_len("email", 254))
                    .col(text("motivation"))
                    .col(text("security_code_hash"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("requests_state_created")
                    .table("requests")
                    .col("state")
                    .col("created_at")
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("request_slots")
                    .col(uuid("request_id"))
                    .col(date("day"))
                    .col(string_len("part", 2))
                    .primary_key(Index::create().col("request_id").col("day").col("part"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("request_slots_request")
                            .from("request_slots", "request_id")
                            .to("requests", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("outbox")
                    .col(uuid("id").primary_key())
                    .col(uuid_null("request_id"))
                    .col(string_len("kind", 40))
                    .col(string_len("recipient", 254))
                    .col(string_len("language", 2))
                    .col(text("subject"))
                    .col(text("text_body"))
                    .col(text("html_body"))
                    .col(integer("attempts").default(0))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("next_attempt_at"))
                    .col(timestamp_with_time_zone_null("locked_until"))
                    .col(timestamp_with_time_zone_null("sent_at"))
                    .col(text_null("last_error"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("outbox_request")
                            .from("outbox", "request_id")
                            .to("requests", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("outbox_due")
                    .table("outbox")
                    .col("sent_at")
                    .col("next_attempt_at")
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("audit_log")
                    .col(pk_auto("id"))
                    .col(timestamp_with_time_zone("at"))
                    .col(string_len("actor", 100))
                    .col(string_len("action", 60))
                    .col(uuid_null("request_id"))
                    .col(text("detail"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in ["audit_log", "outbox", "request_slots", "requests", "staff"] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
