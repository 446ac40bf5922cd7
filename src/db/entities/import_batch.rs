use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "import_batches")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub file_name: String,
    pub file_sha256: String,
    pub uploaded_by: Uuid,
    pub created_at: DateTimeUtc,
    /// The file's SHA-256 while a run works on it (unique): one run at a time per file.
    #[sea_orm(unique)]
    pub running: Option<String>,
    pub heartbeat_at: DateTimeUtc,
    pub finished_at: Option<DateTimeUtc>,
    pub failure: Option<String>,
    pub lines: i32,
    pub created: i32,
    pub existing: i32,
    pub refused: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
