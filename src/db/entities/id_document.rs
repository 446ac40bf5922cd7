use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "id_documents")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub request_id: Uuid,
    pub appointment_id: Option<Uuid>,
    /// `front` or `back`.
    pub side: String,
    #[sea_orm(unique)]
    pub file_name: String,
    pub sha256: String,
    pub width: i32,
    pub height: i32,
    pub bytes: i64,
    /// The quality gate's figures.
    pub sharpness: Option<f64>,
    pub glare: Option<f64>,
    pub brightness: Option<f64>,
    pub contrast: Option<f64>,
    pub colourfulness: Option<f64>,
    pub created_at: DateTimeUtc,
    pub deleted_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
