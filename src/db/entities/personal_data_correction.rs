use sea_orm::entity::prelude::*;

/// One correction of the applicant's personal data during the interview; the request keeps
/// what the applicant typed.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "personal_data_corrections")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub interview_id: Uuid,
    /// `PersonalField::code`.
    pub field: String,
    pub original: String,
    pub corrected: String,
    pub corrected_by: Uuid,
    pub corrected_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
