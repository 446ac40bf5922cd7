use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "requests")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub submission_token: String,
    pub state: String,
    pub ui_language: String,
    pub interview_language: String,
    pub last_name: String,
    pub first_names: String,
    pub birth_date: Date,
    pub birth_country: String,
    pub birth_place: String,
    pub sex: String,
    pub niss: Option<String>,
    pub email: String,
    pub motivation: String,
    pub security_code_hash: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub code_locked_until: Option<DateTimeUtc>,
    pub slots_chosen_at: Option<DateTimeUtc>,
    /// SHA-256 of the CSRF cookie of the browser that sent the form.
    pub browser_digest: Option<String>,
    /// SHA-256 of what the form held, as parsed.
    pub content_digest: Option<String>,
    /// How many calendar messages were sent about this request: the next one's SEQUENCE.
    pub calendar_sequence: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::request_slot::Entity")]
    Slots,
}

impl Related<super::request_slot::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Slots.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
