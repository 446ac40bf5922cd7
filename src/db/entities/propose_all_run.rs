use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "propose_all_runs")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub started_by: Option<Uuid>,
    pub started_at: DateTimeUtc,
    /// Last sign of life of the process running it.
    pub heartbeat_at: DateTimeUtc,
    /// `"yes"` while running (unique: one run at a time), NULL once ended.
    #[sea_orm(unique)]
    pub running: Option<String>,
    pub total: i32,
    pub done: i32,
    pub proposed: i32,
    pub no_slot: i32,
    pub taken_by_others: i32,
    pub changed_meanwhile: i32,
    pub finished_at: Option<DateTimeUtc>,
    pub failure: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
