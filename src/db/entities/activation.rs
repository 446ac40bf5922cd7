use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "activations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub request_id: Option<Uuid>,
    pub email: String,
    pub language: String,
    pub first_names: String,
    pub last_name: String,
    /// argon2id of the activation code: the code itself is never stored.
    pub code_hash: String,
    /// SHA-256 of the link's token.
    #[sea_orm(unique)]
    pub token_hash: String,
    pub issued_at: DateTimeUtc,
    pub issued_by: Option<Uuid>,
    pub expires_at: DateTimeUtc,
    pub wrong_codes: i32,
    pub locked_until: Option<DateTimeUtc>,
    pub used_at: Option<DateTimeUtc>,
    pub revoked_at: Option<DateTimeUtc>,
    pub revoked_by: Option<Uuid>,
    pub revoke_reason: Option<String>,
    /// The imported person it was issued to (none for an approved request).
    pub person_id: Option<Uuid>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
