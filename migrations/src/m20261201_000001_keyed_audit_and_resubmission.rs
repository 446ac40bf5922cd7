//! The audit chain becomes keyed (HMAC with `AUDIT_KEY`), its head carries a MAC of its own and
//! the fingerprint of the key;
//! a request remembers which browser sent it and a digest of what was sent, so that a form sent
//! again shows a new security code only to that browser with the same content.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in ["head_mac", "key_check"] {
            manager
                .alter_table(
                    Table::alter()
                        .table("audit_head")
                        .add_column(string_len(column, 64).default(""))
                        .to_owned(),
                )
                .await?;
        }
        for column in ["browser_digest", "content_digest"] {
            manager
                .alter_table(
                    Table::alter()
                        .table("requests")
                        .add_column(string_len_null(column, 64))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in ["content_digest", "browser_digest"] {
            manager
                .alter_table(
                    Table::alter()
                        .table("requests")
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        for column in ["key_check", "head_mac"] {
            manager
                .alter_table(
                    Table::alter()
                        .table("audit_head")
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
