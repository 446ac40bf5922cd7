//! Scheduling: interviewers' interview length, weekly plans and exceptions, and appointments.
//!
//! No double booking is guarded twice: proposals run in a transaction that first bumps the
//! interviewer's `schedule_version` (a row lock on PostgreSQL, the write lock on SQLite) before
//! checking for overlaps, and partial unique indexes refuse a second active appointment at the
//! same start for one interviewer, or a second active appointment for one request.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

const ACTIVE: &str = "state IN ('proposed', 'confirmed')";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            integer("interview_minutes").default(30).to_owned(),
            integer("schedule_version").default(0).to_owned(),
        ] {
            manager
                .alter_table(Table::alter().table("staff").add_column(column).to_owned())
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table("staff_plan_days")
                    .col(uuid("staff_id"))
                    .col(small_integer("weekday"))
                    .col(string_len("periods", 200))
                    .primary_key(Index::create().col("staff_id").col("weekday"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("staff_plan_days_staff")
                            .from("staff_plan_days", "staff_id")
                            .to("staff", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("staff_exceptions")
                    .col(uuid("id").primary_key())
                    .col(uuid("staff_id"))
                    .col(date("day"))
                    .col(string_len("kind", 8))
                    .col(string_len("period", 20))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("staff_exceptions_staff")
                            .from("staff_exceptions", "staff_id")
                            .to("staff", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("appointments")
                    .col(uuid("id").primary_key())
                    .col(uuid("request_id"))
                    .col(uuid("interviewer_id"))
                    .col(timestamp_with_time_zone("starts_at"))
                    .col(timestamp_with_time_zone("ends_at"))
                    .col(string_len("state", 20))
                    .col(string_len("token_hash", 64))
                    .col(uuid_null("created_by"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .col(uuid_null("replaced_by"))
                    .col(text_null("change_reason"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("appointments_request")
                            .from("appointments", "request_id")
                            .to("requests", "id"),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("appointments_interviewer")
                            .from("appointments", "interviewer_id")
                            .to("staff", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("appointments_by_interviewer")
                    .table("appointments")
                    .col("interviewer_id")
                    .col("starts_at")
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("appointments_by_token")
                    .table("appointments")
                    .col("token_hash")
                    .to_owned(),
            )
            .await?;
        // Partial unique indexes are written by hand: the same SQL works on both databases.
        let db = manager.get_connection();
        db.execute_unprepared(&format!(
            "CREATE UNIQUE INDEX appointments_one_active_per_start \
             ON appointments (interviewer_id, starts_at) WHERE {ACTIVE}"
        ))
        .await?;
        db.execute_unprepared(&format!(
            "CREATE UNIQUE INDEX appointments_one_active_per_request \
             ON appointments (request_id) WHERE {ACTIVE}"
        ))
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in ["appointments", "staff_exceptions", "staff_plan_days"] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        for column in ["schedule_version", "interview_minutes"] {
            manager
                .alter_table(Table::alter().table("staff").drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}
