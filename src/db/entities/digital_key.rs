use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "digital_keys")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub activation_id: Uuid,
    #[sea_orm(unique)]
    pub username: String,
    pub password_hash: String,
    pub factor: String,
    pub totp_secret: Option<String>,
    pub pending_totp_secret: Option<String>,
    pub totp_last_step: Option<i64>,
    pub email: String,
    pub language: String,
    pub first_names: String,
    pub last_name: String,
    pub created_at: DateTimeUtc,
    pub activated_at: Option<DateTimeUtc>,
    pub failed_sign_ins: i32,
    pub last_failed_sign_in_at: Option<DateTimeUtc>,
    pub locked_until: Option<DateTimeUtc>,
    pub code_sent_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
