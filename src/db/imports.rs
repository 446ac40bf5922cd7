//! The lists organisations send: organisations, the batch of a confirmed file with its lines and
//! their outcome, and the people registered from them. A batch runs one at a time per file (a
//! unique column holds the file's digest while it runs); each line is marked in the transaction
//! that registers its person, so that a run stopped half-way resumes where it stopped.

use super::entities::{import_batch, import_line, organisation, person};
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Func, OnConflict};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set, SqlErr,
};
use uuid::Uuid;

pub use import_batch::Model as ImportBatch;
pub use import_line::Model as ImportLine;
pub use organisation::Model as Organisation;
pub use person::Model as Person;

/// A run that gave no sign of life for this long died with its process.
pub const STALE_AFTER: Duration = Duration::minutes(5);

/// What became of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineOutcome {
    Pending,
    Created,
    /// The same person (NISS and email) was already registered: skipped.
    Existing,
    Refused,
}

impl LineOutcome {
    pub fn code(self) -> &'static str {
        match self {
            LineOutcome::Pending => "pending",
            LineOutcome::Created => "created",
            LineOutcome::Existing => "existing",
            LineOutcome::Refused => "refused",
        }
    }
}

impl ImportBatch {
    pub fn is_running(&self, now: DateTime<Utc>) -> bool {
        self.running.is_some() && now - self.heartbeat_at < STALE_AFTER
    }

    pub fn done(&self) -> i32 {
        self.created + self.existing + self.refused
    }
}

// ---------------------------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------------------------

pub async fn organisations(conn: &impl ConnectionTrait) -> Result<Vec<Organisation>, DbErr> {
    organisation::Entity::find()
        .order_by_asc(organisation::Column::Name)
        .all(conn)
        .await
}

pub async fn organisation(
    conn: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<Organisation>, DbErr> {
    organisation::Entity::find_by_id(id).one(conn).await
}

/// The organisation of this name, made when it is new (two supervisors typing it at once get
/// the same one).
pub async fn organisation_named(
    conn: &impl ConnectionTrait,
    name: &str,
    now: DateTime<Utc>,
) -> Result<Organisation, DbErr> {
    let find = || {
        organisation::Entity::find()
            .filter(organisation::Column::Name.eq(name))
            .one(conn)
    };
    if let Some(found) = find().await? {
        return Ok(found);
    }
    // ON CONFLICT DO NOTHING: a name added at the same moment by another confirmation neither
    // fails nor (on PostgreSQL) aborts the caller's transaction.
    organisation::Entity::insert(organisation::ActiveModel {
        id: Set(Uuid::new_v4()),
        name: Set(name.to_owned()),
        created_at: Set(now),
    })
    .on_conflict(
        OnConflict::column(organisation::Column::Name)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(conn)
    .await?;
    find()
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("organisation {name}")))
}

// ---------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------

pub async fn person(conn: &impl ConnectionTrait, id: Uuid) -> Result<Option<Person>, DbErr> {
    person::Entity::find_by_id(id).one(conn).await
}

/// The people already registered with any of these NISS or email addresses (for the preview
/// of a list: one query per thousand values, never one per line).
pub async fn people_matching(
    conn: &impl ConnectionTrait,
    niss: &[String],
    emails: &[String],
) -> Result<Vec<Person>, DbErr> {
    let mut found = Vec::new();
    for chunk in niss.chunks(1000) {
        found.extend(
            person::Entity::find()
                .filter(person::Column::Niss.is_in(chunk.iter().cloned()))
                .all(conn)
                .await?,
        );
    }
    // An address is the same in any capitals (as the unique index on its lower case says).
    let emails: Vec<String> = emails.iter().map(|e| e.to_lowercase()).collect();
    for chunk in emails.chunks(1000) {
        found.extend(
            person::Entity::find()
                .filter(
                    Expr::expr(Func::lower(Expr::col(person::Column::Email)))
                        .is_in(chunk.iter().cloned()),
                )
                .all(conn)
                .await?,
        );
    }
    found.sort_by_key(|p| p.id);
    found.dedup_by_key(|p| p.id);
    Ok(found)
}

/// Takes a person's row lock (a write that changes nothing) for the caller's transaction.
pub async fn lock_person(conn: &impl ConnectionTrait, id: Uuid) -> Result<(), DbErr> {
    person::Entity::update_many()
        .col_expr(
            person::Column::Language,
            Expr::col(person::Column::Language),
        )
        .filter(person::Column::Id.eq(id))
        .exec(conn)
        .await
        .map(|_| ())
}

pub struct NewPerson<'a> {
    pub niss: &'a str,
    pub email: &'a str,
    pub language: &'a str,
    pub first_names: &'a str,
    pub last_name: &'a str,
    pub card_number: &'a str,
    pub organisation_id: Uuid,
    pub batch_id: Uuid,
}

#[derive(Debug, thiserror::Error)]
pub enum AddPersonError {
    /// Someone with this NISS or email was registered meanwhile.
    #[error("this NISS or email address is already registered")]
    Taken,
    #[error(transparent)]
    Db(#[from] DbErr),
}

pub async fn add_person(
    conn: &impl ConnectionTrait,
    new: NewPerson<'_>,
    now: DateTime<Utc>,
) -> Result<Uuid, AddPersonError> {
    let id = Uuid::new_v4();
    let result = person::ActiveModel {
        id: Set(id),
        niss: Set(new.niss.to_owned()),
        email: Set(new.email.to_owned()),
        language: Set(new.language.to_owned()),
        first_names: Set(new.first_names.to_owned()),
        last_name: Set(new.last_name.to_owned()),
        card_number: Set(new.card_number.to_owned()),
        organisation_id: Set(new.organisation_id),
        batch_id: Set(new.batch_id),
        created_at: Set(now),
    }
    .insert(conn)
    .await;
    match result {
        Ok(_) => Ok(id),
        Err(e) if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            Err(AddPersonError::Taken)
        }
        Err(e) => Err(e.into()),
    }
}

// ---------------------------------------------------------------------------------------------
// Batches and their lines
// ---------------------------------------------------------------------------------------------

pub struct NewBatch<'a> {
    pub organisation_id: Uuid,
    pub file_name: &'a str,
    pub file_sha256: &'a str,
    pub uploaded_by: Uuid,
    pub lines: i32,
}

/// A line as confirmed: the person's data (as read, for a refused line) and its outcome.
pub struct NewLine {
    pub line_number: i32,
    pub niss: String,
    pub email: String,
    pub language: String,
    pub first_names: String,
    pub last_name: String,
    pub card_number: String,
    pub outcome: LineOutcome,
    /// Why a line is refused, as the use case stores it.
    pub reason: Option<String>,
}

/// Records a confirmed file's batch (not yet running) with its lines, in the caller's
/// transaction; lines are written a few hundred per statement.
pub async fn insert_batch(
    conn: &impl ConnectionTrait,
    new: NewBatch<'_>,
    lines: &[NewLine],
    now: DateTime<Utc>,
) -> Result<Uuid, DbErr> {
    let id = Uuid::new_v4();
    let count = |outcome: LineOutcome| {
        let n = lines.iter().filter(|l| l.outcome == outcome).count();
        i32::try_from(n).unwrap_or(i32::MAX)
    };
    import_batch::ActiveModel {
        id: Set(id),
        organisation_id: Set(new.organisation_id),
        file_name: Set(new.file_name.to_owned()),
        file_sha256: Set(new.file_sha256.to_owned()),
        uploaded_by: Set(new.uploaded_by),
        created_at: Set(now),
        running: Set(None),
        heartbeat_at: Set(now),
        finished_at: Set(None),
        failure: Set(None),
        lines: Set(new.lines),
        created: Set(0),
        existing: Set(count(LineOutcome::Existing)),
        refused: Set(count(LineOutcome::Refused)),
    }
    .insert(conn)
    .await?;
    for chunk in lines.chunks(200) {
        let rows = chunk.iter().map(|l| import_line::ActiveModel {
            id: Set(Uuid::new_v4()),
            batch_id: Set(id),
            line_number: Set(l.line_number),
            niss: Set(l.niss.clone()),
            email: Set(l.email.clone()),
            language: Set(l.language.clone()),
            first_names: Set(l.first_names.clone()),
            last_name: Set(l.last_name.clone()),
            card_number: Set(l.card_number.clone()),
            outcome: Set(l.outcome.code().to_owned()),
            reason: Set(l.reason.clone()),
            person_id: Set(None),
        });
        import_line::Entity::insert_many(rows).exec(conn).await?;
    }
    Ok(id)
}

pub async fn batch(conn: &impl ConnectionTrait, id: Uuid) -> Result<Option<ImportBatch>, DbErr> {
    import_batch::Entity::find_by_id(id).one(conn).await
}

/// The latest batches, newest first.
pub async fn latest_batches(
    conn: &impl ConnectionTrait,
    limit: u64,
) -> Result<Vec<ImportBatch>, DbErr> {
    import_batch::Entity::find()
        .order_by_desc(import_batch::Column::CreatedAt)
        .limit(limit)
        .all(conn)
        .await
}

/// Claims a batch for a run: false when a run already works on the same file (this batch or
/// another of the same file). A run silent for `STALE_AFTER` is taken over.
pub async fn claim(
    conn: &impl ConnectionTrait,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    import_batch::Entity::update_many()
        .col_expr(
            import_batch::Column::Running,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            import_batch::Column::Failure,
            Expr::value("interrupted".to_owned()),
        )
        .filter(import_batch::Column::Running.is_not_null())
        .filter(import_batch::Column::HeartbeatAt.lte(now - STALE_AFTER))
        .exec(conn)
        .await?;
    let Some(found) = batch(conn, id).await? else {
        return Ok(false);
    };
    let result = import_batch::Entity::update_many()
        .col_expr(
            import_batch::Column::Running,
            Expr::value(found.file_sha256.clone()),
        )
        .col_expr(import_batch::Column::HeartbeatAt, Expr::value(now))
        .col_expr(
            import_batch::Column::Failure,
            Expr::value(Option::<String>::None),
        )
        .filter(import_batch::Column::Id.eq(id))
        .filter(import_batch::Column::Running.is_null())
        .filter(import_batch::Column::FinishedAt.is_null())
        .exec(conn)
        .await;
    match result {
        Ok(done) => Ok(done.rows_affected == 1),
        Err(e) if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => Ok(false),
        Err(e) => Err(e),
    }
}

/// The next pending lines of a batch after line `after`, in file order.
pub async fn pending_lines(
    conn: &impl ConnectionTrait,
    batch_id: Uuid,
    after: i32,
    limit: u64,
) -> Result<Vec<ImportLine>, DbErr> {
    import_line::Entity::find()
        .filter(import_line::Column::BatchId.eq(batch_id))
        .filter(import_line::Column::Outcome.eq(LineOutcome::Pending.code()))
        .filter(import_line::Column::LineNumber.gt(after))
        .order_by_asc(import_line::Column::LineNumber)
        .limit(limit)
        .all(conn)
        .await
}

/// Marks a pending line done and counts it on its batch (with the heartbeat): false when it was
/// no longer pending (another run did it).
pub async fn finish_line(
    conn: &impl ConnectionTrait,
    line: &ImportLine,
    outcome: LineOutcome,
    reason: Option<String>,
    person_id: Option<Uuid>,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let done = import_line::Entity::update_many()
        .col_expr(import_line::Column::Outcome, Expr::value(outcome.code()))
        .col_expr(import_line::Column::Reason, Expr::value(reason))
        .col_expr(import_line::Column::PersonId, Expr::value(person_id))
        .filter(import_line::Column::Id.eq(line.id))
        .filter(import_line::Column::Outcome.eq(LineOutcome::Pending.code()))
        .exec(conn)
        .await?;
    if done.rows_affected != 1 {
        return Ok(false);
    }
    let column = match outcome {
        LineOutcome::Created => import_batch::Column::Created,
        LineOutcome::Existing => import_batch::Column::Existing,
        LineOutcome::Refused | LineOutcome::Pending => import_batch::Column::Refused,
    };
    import_batch::Entity::update_many()
        .col_expr(column, Expr::col(column).add(1))
        .col_expr(import_batch::Column::HeartbeatAt, Expr::value(now))
        .filter(import_batch::Column::Id.eq(line.batch_id))
        .exec(conn)
        .await?;
    Ok(true)
}

/// Ends a run: finished (no line left) or failed.
pub async fn end_run(
    conn: &impl ConnectionTrait,
    id: Uuid,
    failure: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let mut update = import_batch::Entity::update_many()
        .col_expr(
            import_batch::Column::Running,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            import_batch::Column::Failure,
            Expr::value(failure.map(str::to_owned)),
        );
    if failure.is_none() {
        update = update.col_expr(import_batch::Column::FinishedAt, Expr::value(now));
    }
    update
        .filter(import_batch::Column::Id.eq(id))
        .exec(conn)
        .await
        .map(|_| ())
}

/// A page of a batch's lines in file order, optionally only those with `outcome`; with the total.
pub async fn lines(
    conn: &impl ConnectionTrait,
    batch_id: Uuid,
    outcome: Option<LineOutcome>,
    page: u64,
    per_page: u64,
) -> Result<(Vec<ImportLine>, u64), DbErr> {
    let mut query = import_line::Entity::find().filter(import_line::Column::BatchId.eq(batch_id));
    if let Some(outcome) = outcome {
        query = query.filter(import_line::Column::Outcome.eq(outcome.code()));
    }
    let total = query.clone().count(conn).await?;
    let rows = query
        .order_by_asc(import_line::Column::LineNumber)
        .paginate(conn, per_page)
        .fetch_page(page)
        .await?;
    Ok((rows, total))
}

/// Takes the write lock for a file's batches (a write that changes nothing): on SQLite a
/// transaction that reads before it writes fails when another wrote in between, so the
/// confirmation writes first.
pub async fn lock_file(conn: &impl ConnectionTrait, file_sha256: &str) -> Result<(), DbErr> {
    import_batch::Entity::update_many()
        .col_expr(
            import_batch::Column::Lines,
            Expr::col(import_batch::Column::Lines),
        )
        .filter(import_batch::Column::FileSha256.eq(file_sha256))
        .exec(conn)
        .await
        .map(|_| ())
}

/// A batch of the same file confirmed and not finished (running, or stopped half-way): a second
/// confirmation goes on with it instead of starting anew.
pub async fn open_batch_of_file(
    conn: &impl ConnectionTrait,
    file_sha256: &str,
) -> Result<Option<ImportBatch>, DbErr> {
    import_batch::Entity::find()
        .filter(import_batch::Column::FileSha256.eq(file_sha256))
        .filter(import_batch::Column::FinishedAt.is_null())
        .one(conn)
        .await
}
