use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "interview_items")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub interview_id: Uuid,
    /// `Item::code`.
    #[sea_orm(primary_key, auto_increment = false)]
    pub item: String,
    /// `ItemState::code`.
    pub state: String,
    pub marked_by: Uuid,
    pub marked_at: DateTimeUtc,
    pub note: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
