use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub request_id: Option<Uuid>,
    pub kind: String,
    pub recipient: String,
    pub language: String,
    pub subject: String,
    pub text_body: String,
    pub html_body: String,
    pub attempts: i32,
    pub created_at: DateTimeUtc,
    pub next_attempt_at: DateTimeUtc,
    pub locked_until: Option<DateTimeUtc>,
    pub sent_at: Option<DateTimeUtc>,
    pub last_error: Option<String>,
    /// An iCalendar file sent along (`text/calendar; method=REQUEST`).
    pub calendar: Option<String>,
    /// The process holding the claim (`locked_until`, set by the database's clock).
    pub claimed_by: Option<String>,
    /// When the mail server refused the message for good (a 5xx): it is not tried again.
    pub failed_at: Option<DateTimeUtc>,
    /// What the last error was: `connection`, `temporary` (4xx) or `permanent` (5xx).
    pub error_kind: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
