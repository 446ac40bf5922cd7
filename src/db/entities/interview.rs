use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "interviews")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub appointment_id: Uuid,
    pub request_id: Uuid,
    pub interviewer_id: Uuid,
    /// Raised by every change; a change names the version it was based on.
    pub version: i32,
    pub started_by: Option<Uuid>,
    pub started_at: Option<DateTimeUtc>,
    pub purpose_told: bool,
    pub photo_announced: bool,
    pub retention_told: bool,
    pub consent_by: Option<Uuid>,
    pub consent_at: Option<DateTimeUtc>,
    /// `passport` or `european_id_card`.
    pub document_kind: Option<String>,
    pub document_country: Option<String>,
    pub document_number: Option<String>,
    pub document_expiry: Option<Date>,
    pub mrz_text: Option<String>,
    /// The three drawn features, one `category | name | yes/no` line each.
    pub features: Option<String>,
    pub liveness_prompt: Option<String>,
    pub fraud_by: Option<Uuid>,
    pub fraud_at: Option<DateTimeUtc>,
    pub fraud_note: Option<String>,
    /// `Outcome::code`.
    pub outcome: Option<String>,
    pub outcome_by: Option<Uuid>,
    pub outcome_at: Option<DateTimeUtc>,
    pub applicant_text: Option<String>,
    pub internal_note: Option<String>,
    pub refusal_reason: Option<String>,
    /// Item codes separated by spaces.
    pub missing_items: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub new_upload_requested_at: Option<DateTimeUtc>,
    pub new_upload_requested_by: Option<Uuid>,
    /// SHA-256 of the link token emailed with the request for a new upload.
    pub new_upload_token_hash: Option<String>,
    /// Set when the record was reduced at the end of EVIDENCE_RETENTION_DAYS.
    pub evidence_reduced_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
