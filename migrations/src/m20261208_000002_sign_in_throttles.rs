//! Sign-in counters for email addresses and usernames that no account has, kept by the same
//! rules as an account's, so that "wait a few seconds" or "paused until" is said alike whether
//! the account exists or not. Keyed by a digest, never by what was typed.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("sign_in_throttles")
                    .col(string_len("digest", 64).primary_key())
                    .col(integer("failures").default(0))
                    .col(timestamp_with_time_zone_null("last_failure_at"))
                    .col(timestamp_with_time_zone_null("locked_until"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("sign_in_throttles_last_failure")
                    .table("sign_in_throttles")
                    .col("last_failure_at")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("sign_in_throttles").to_owned())
            .await
    }
}
