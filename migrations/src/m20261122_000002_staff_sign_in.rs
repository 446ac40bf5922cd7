//! Staff sign-in: failed-attempt counters and lock-outs on accounts, and server-side sessions
//! (so that signing out or an idle timeout ends a session on every instance at once).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            integer("failed_sign_ins").default(0).to_owned(),
            timestamp_with_time_zone_null("last_failed_sign_in_at"),
            timestamp_with_time_zone_null("locked_until"),
        ] {
            // One column per statement: SQLite alters one thing at a time.
            manager
                .alter_table(Table::alter().table("staff").add_column(column).to_owned())
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table("staff_sessions")
                    .col(string_len("token_hash", 64).primary_key())
                    .col(uuid("staff_id"))
                    .col(string_len("csrf_token", 64))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("last_seen_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("staff_sessions_staff")
                            .from("staff_sessions", "staff_id")
                            .to("staff", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("staff_sessions").to_owned())
            .await?;
        for column in ["locked_until", "last_failed_sign_in_at", "failed_sign_ins"] {
            manager
                .alter_table(Table::alter().table("staff").drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}
