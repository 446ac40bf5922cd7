//! The identity interview: one record per confirmed appointment, carrying a version for the
//! optimistic check (two staff members on one interview must not overwrite each other), and the
//! last mark of each checklist item.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("interviews")
                    .col(uuid("id").primary_key())
                    // Unique: the features and the prompt are drawn once per appointment.
                    .col(uuid_uniq("appointment_id"))
                    .col(uuid("request_id"))
                    .col(uuid("interviewer_id"))
                    .col(integer("version"))
                    .col(uuid_null("started_by"))
                    .col(timestamp_with_time_zone_null("started_at"))
                    .col(boolean("purpose_told").default(false))
                    .col(boolean("photo_announced").default(false))
                    .col(boolean("retention_told").default(false))
                    .col(uuid_null("consent_by"))
                    .col(timestamp_with_time_zone_null("consent_at"))
                    .col(string_len_null("document_kind", 20))
                    .col(string_len_null("document_country", 2))
                    .col(string_len_null("document_number", 20))
                    .col(date_null("document_expiry"))
                    .col(text_null("mrz_text"))
                    .col(text_null("features"))
                    .col(text_null("liveness_prompt"))
                    .col(uuid_null("fraud_by"))
                    .col(timestamp_with_time_zone_null("fraud_at"))
                    .col(text_null("fraud_note"))
                    .col(string_len_null("outcome", 20))
                    .col(uuid_null("outcome_by"))
                    .col(timestamp_with_time_zone_null("outcome_at"))
                    .col(text_null("applicant_text"))
                    .col(text_null("internal_note"))
                    .col(string_len_null("refusal_reason", 40))
                    .col(text_null("missing_items"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("interviews_appointment")
                            .from("interviews", "appointment_id")
                            .to("appointments", "id"),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("interviews_request")
                            .from("interviews", "request_id")
                            .to("requests", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("interview_items")
                    .col(uuid("interview_id"))
                    .col(string_len("item", 32))
                    .col(string_len("state", 10))
                    .col(uuid("marked_by"))
                    .col(timestamp_with_time_zone("marked_at"))
                    .col(text("note"))
                    .primary_key(Index::create().col("interview_id").col("item"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("interview_items_interview")
                            .from("interview_items", "interview_id")
                            .to("interviews", "id"),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("interview_items").to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table("interviews").to_owned())
            .await
    }
}
