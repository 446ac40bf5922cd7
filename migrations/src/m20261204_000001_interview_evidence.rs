//! What the interview page adds to the record: the interviewer's corrections of the applicant's
//! personal data (the original stays in the request), a request for a new ID upload with its
//! own link, and the day the record was reduced at the end of its evidence retention.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters a table one column at a time.
        let columns = [
            timestamp_with_time_zone_null("new_upload_requested_at"),
            uuid_null("new_upload_requested_by"),
            // SHA-256 of the link token emailed with the request for a new upload.
            string_len_null("new_upload_token_hash", 64),
            timestamp_with_time_zone_null("evidence_reduced_at"),
        ];
        for column in columns {
            manager
                .alter_table(
                    Table::alter()
                        .table("interviews")
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("interviews_new_upload_token")
                    .table("interviews")
                    .col("new_upload_token_hash")
                    .to_owned(),
            )
            .await?;
        // The supervisors' figures and the evidence retention look interviews up by these.
        for column in ["outcome_at", "fraud_at"] {
            manager
                .create_index(
                    Index::create()
                        .name(format!("interviews_{column}"))
                        .table("interviews")
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table("personal_data_corrections")
                    .col(uuid("id").primary_key())
                    .col(uuid("interview_id"))
                    .col(string_len("field", 20))
                    .col(text("original"))
                    .col(text("corrected"))
                    .col(uuid("corrected_by"))
                    .col(timestamp_with_time_zone("corrected_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("personal_data_corrections_interview")
                            .from("personal_data_corrections", "interview_id")
                            .to("interviews", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("personal_data_corrections_by_interview")
                    .table("personal_data_corrections")
                    .col("interview_id")
                    .col("corrected_at")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("personal_data_corrections").to_owned())
            .await?;
        for column in ["fraud_at", "outcome_at"] {
            manager
                .drop_index(
                    Index::drop()
                        .name(format!("interviews_{column}"))
                        .table("interviews")
                        .to_owned(),
                )
                .await?;
        }
        manager
            .drop_index(
                Index::drop()
                    .name("interviews_new_upload_token")
                    .table("interviews")
                    .to_owned(),
            )
            .await?;
        for column in [
            "evidence_reduced_at",
            "new_upload_token_hash",
            "new_upload_requested_by",
            "new_upload_requested_at",
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table("interviews")
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
