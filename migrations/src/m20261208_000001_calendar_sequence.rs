//! A request's calendar messages count up: every `.ics` sent about it (booked, changed, called
//! off) carries the next SEQUENCE, so that calendar programs apply them in order.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("requests")
                    .add_column(integer("calendar_sequence").default(0))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("requests")
                    .drop_column("calendar_sequence")
                    .to_owned(),
            )
            .await
    }
}
