//! Accepting a proposal: the uploaded identity document images, the video room of a confirmed
//! appointment, the reminder's once-only mark, and a calendar attachment for outbox emails.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            string_len_null("video_room", 32),
            timestamp_with_time_zone_null("reminder_sent_at"),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table("appointments")
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table("outbox")
                    .add_column(text_null("calendar"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("id_documents")
                    .col(uuid("id").primary_key())
                    .col(uuid("request_id"))
                    .col(uuid_null("appointment_id"))
                    .col(string_len("side", 8))
                    .col(string_len_uniq("file_name", 64))
                    .col(string_len("sha256", 64))
                    .col(integer("width"))
                    .col(integer("height"))
                    .col(big_integer("bytes"))
                    .col(double_null("sharpness"))
                    .col(double_null("glare"))
                    .col(double_null("brightness"))
                    .col(double_null("contrast"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone_null("deleted_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("id_documents_request")
                            .from("id_documents", "request_id")
                            .to("requests", "id"),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("id_documents").to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("outbox")
                    .drop_column("calendar")
                    .to_owned(),
            )
            .await?;
        for column in ["reminder_sent_at", "video_room"] {
            manager
                .alter_table(
                    Table::alter()
                        .table("appointments")
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
