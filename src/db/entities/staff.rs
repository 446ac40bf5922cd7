use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "staff")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub email: String,
    pub name: String,
    pub role: String,
    pub languages: String,
    pub password_hash: String,
    pub created_at: DateTimeUtc,
    pub failed_sign_ins: i32,
    pub last_failed_sign_in_at: Option<DateTimeUtc>,
    pub locked_until: Option<DateTimeUtc>,
    pub interview_minutes: i32,
    pub schedule_version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
