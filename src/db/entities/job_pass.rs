use sea_orm::entity::prelude::*;

/// When a job loop (`jobs`, `delivery`) last finished a pass, on any instance.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "job_passes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub loop_name: String,
    pub finished_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
