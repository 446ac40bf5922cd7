use sea_orm::entity::prelude::*;

/// The single row holding the audit chain's latest MAC and length.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_head")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: i32,
    pub last_hash: String,
    pub entries: i32,
    /// HMAC of `last_hash` and `entries`, so that the head cannot be rewound without the key.
    pub head_mac: String,
    /// HMAC of a constant: which key the log is written with.
    pub key_check: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
