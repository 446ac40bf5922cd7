//! The import of a list of people an organisation vouches for: the preview (every line checked,
//! against the file and the people already registered; nothing written), the confirmation (the
//! batch and its lines, in one transaction), and the run that registers each person in a
//! transaction of their own with their activation, audit entry and three emails, in order.

use crate::db::audit::{self, Actor};
use crate::db::imports::{
    self, AddPersonError, ImportLine, LineOutcome, NewBatch, NewLine, NewPerson,
};
use crate::db::outbox;
use crate::domain::activation::activation_expires_at;
use crate::domain::import::{
    Field, Person, Problem, RawLine, find_duplicates, is_header, parse_line,
};
use crate::domain::language::Language;
use crate::email::messages::{self, Holder};
use crate::use_cases::activation::{self, IssueSettings, KeyHolder, Prepared};
use anyhow::Context;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{DatabaseConnection, TransactionTrait};
use std::collections::HashMap;
use uuid::Uuid;

/// Why a line is not imported: the field, the message's translation key, and the other line
/// it conflicts with, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    pub field: Field,
    pub key: &'static str,
    pub other_line: Option<usize>,
}

/// The keys of the refusals that come from the people already registered.
pub const NISS_REGISTERED_OTHER_EMAIL: &str = "import-problem-niss-registered";
pub const EMAIL_HELD_BY_OTHER: &str = "import-problem-email-registered";

impl Reason {
    fn of(field: Field, problem: Problem) -> Self {
        let other_line = match problem {
            Problem::DuplicateEmailInFile { first_line }
            | Problem::DuplicateNissInFile { first_line } => Some(first_line),
            _ => None,
        };
        Reason {
            field,
            key: leak_key(problem.message_key()),
            other_line,
        }
    }

    /// As stored with the line: `key;field;line`.
    pub fn stored(&self) -> String {
        format!(
            "{};{};{}",
            self.key,
            self.field.code(),
            self.other_line.map(|n| n.to_string()).unwrap_or_default()
        )
    }

    /// Reads back what `stored` wrote (an unknown key reads as a missing field).
    pub fn parse_stored(raw: &str) -> Option<Self> {
        let mut parts = raw.split(';');
        let key = parts.next()?;
        let field = parts.next()?;
        let field = Field::ALL.into_iter().find(|f| f.code() == field)?;
        let other_line = parts.next().and_then(|n| n.parse().ok());
        Some(Reason {
            field,
            key: leak_key(key),
            other_line,
        })
    }
}

/// The translation keys a reason can carry, so that a stored reason reads back as a `'static`
/// key (never an arbitrary string from the database).
const KEYS: [&str; 11] = [
    "import-problem-missing",
    "import-problem-niss-format",
    "import-problem-niss-checksum",
    "import-problem-email",
    "import-problem-language",
    "import-problem-card",
    "import-problem-too-long",
    "import-problem-duplicate-email",
    "import-problem-duplicate-niss",
    NISS_REGISTERED_OTHER_EMAIL,
    EMAIL_HELD_BY_OTHER,
];

fn leak_key(key: &str) -> &'static str {
    KEYS.into_iter()
        .find(|k| *k == key)
        .unwrap_or("import-problem-missing")
}

/// A refused line: its number, what it held, and every reason.
#[derive(Debug, Clone)]
pub struct Refused {
    pub number: usize,
    pub cells: Vec<String>,
    pub reasons: Vec<Reason>,
}

/// What confirming would do, line by line. Nothing is written to make it.
#[derive(Debug, Default)]
pub struct Preview {
    /// Data lines read (a header is not one).
    pub lines: usize,
    pub header_skipped: bool,
    /// To register, in file order.
    pub to_create: Vec<(usize, Person)>,
    /// Already registered (same NISS and email): skipped.
    pub existing: Vec<(usize, Person)>,
    pub refused: Vec<Refused>,
}

/// Checks every line: its own fields (all problems of a line), the same email or NISS twice in
/// the file (naming the first line), and the people already registered: the same NISS and email
/// is skipped, a NISS or an email held with other data is refused.
pub async fn preview(db: &DatabaseConnection, mut lines: Vec<RawLine>) -> anyhow::Result<Preview> {
    let mut preview = Preview::default();
    if lines.first().is_some_and(|l| is_header(&l.cells)) {
        lines.remove(0);
        preview.header_skipped = true;
    }
    preview.lines = lines.len();
    let mut valid: Vec<(usize, Person)> = Vec::with_capacity(lines.len());
    let mut refused: HashMap<usize, Refused> = HashMap::new();
    let mut cells_of: HashMap<usize, Vec<String>> = HashMap::new();
    for line in lines {
        match parse_line(&line) {
            Ok(person) => {
                cells_of.insert(line.number, line.cells);
                valid.push((line.number, person));
            }
            Err(problems) => {
                refused.insert(
                    line.number,
                    Refused {
                        number: line.number,
                        cells: line.cells,
                        reasons: problems
                            .into_iter()
                            .map(|(f, p)| Reason::of(f, p))
                            .collect(),
                    },
                );
            }
        }
    }
    let pairs: Vec<(usize, &Person)> = valid.iter().map(|(n, p)| (*n, p)).collect();
    for (number, field, problem) in find_duplicates(&pairs) {
        refused
            .entry(number)
            .or_insert_with(|| Refused {
                number,
                cells: cells_of.get(&number).cloned().unwrap_or_default(),
                reasons: Vec::new(),
            })
            .reasons
            .push(Reason::of(field, problem));
    }
    let niss: Vec<String> = valid
        .iter()
        .map(|(_, p)| p.niss.as_str().to_owned())
        .collect();
    let emails: Vec<String> = valid
        .iter()
        .map(|(_, p)| p.email.as_str().to_owned())
        .collect();
    let registered = imports::people_matching(db, &niss, &emails).await?;
    let by_niss: HashMap<&str, &imports::Person> =
        registered.iter().map(|p| (p.niss.as_str(), p)).collect();
    let by_email: HashMap<String, &imports::Person> = registered
        .iter()
        .map(|p| (p.email.to_lowercase(), p))
        .collect();
    for (number, person) in valid {
        if refused.contains_key(&number) {
            continue;
        }
        let same_niss = by_niss.get(person.niss.as_str());
        let same_email = by_email.get(&person.email.as_str().to_lowercase());
        match (same_niss, same_email) {
            (None, None) => preview.to_create.push((number, person)),
            (Some(a), Some(b)) if a.id == b.id => preview.existing.push((number, person)),
            (niss_holder, email_holder) => {
                let mut reasons = Vec::new();
                if niss_holder.is_some() {
                    reasons.push(Reason {
                        field: Field::Niss,
                        key: NISS_REGISTERED_OTHER_EMAIL,
                        other_line: None,
                    });
                }
                if email_holder.is_some() {
                    reasons.push(Reason {
                        field: Field::Email,
                        key: EMAIL_HELD_BY_OTHER,
                        other_line: None,
                    });
                }
                refused.insert(
                    number,
                    Refused {
                        number,
                        cells: cells_of.remove(&number).unwrap_or_default(),
                        reasons,
                    },
                );
            }
        }
    }
    let mut refused: Vec<Refused> = refused.into_values().collect();
    refused.sort_by_key(|r| r.number);
    preview.refused = refused;
    Ok(preview)
}

/// The file a confirmation is for.
pub struct Confirmed<'a> {
    pub organisation: &'a str,
    pub file_name: &'a str,
    pub file_sha256: &'a str,
    pub by: Uuid,
}

/// Records the batch with every line's outcome as previewed (those to register pending), in one
/// transaction. A file confirmed again while its batch is not finished returns that batch.
pub async fn confirm(
    db: &DatabaseConnection,
    preview: &Preview,
    confirmed: &Confirmed<'_>,
    now: DateTime<Utc>,
) -> anyhow::Result<Uuid> {
    let tx = db.begin().await?;
    imports::lock_file(&tx, confirmed.file_sha256).await?;
    if let Some(open) = imports::open_batch_of_file(&tx, confirmed.file_sha256).await? {
        return Ok(open.id);
    }
    let organisation = imports::organisation_named(&tx, confirmed.organisation, now).await?;
    let person_line = |number: usize, p: &Person, outcome: LineOutcome| NewLine {
        line_number: i32::try_from(number).unwrap_or(i32::MAX),
        niss: p.niss.as_str().to_owned(),
        email: p.email.as_str().to_owned(),
        language: p.language.code().to_owned(),
        first_names: p.first_names.clone(),
        last_name: p.last_name.clone(),
        card_number: p.card_number.clone(),
        outcome,
        reason: None,
    };
    let mut lines: Vec<NewLine> = Vec::with_capacity(preview.lines);
    lines.extend(
        preview
            .to_create
            .iter()
            .map(|(n, p)| person_line(*n, p, LineOutcome::Pending)),
    );
    lines.extend(
        preview
            .existing
            .iter()
            .map(|(n, p)| person_line(*n, p, LineOutcome::Existing)),
    );
    let cell = |r: &Refused, i: usize, max: usize| {
        r.cells
            .get(i)
            .map(|c| c.trim().chars().take(max).collect::<String>())
            .unwrap_or_default()
    };
    lines.extend(preview.refused.iter().map(|r| {
        NewLine {
            line_number: i32::try_from(r.number).unwrap_or(i32::MAX),
            niss: cell(r, 0, 11),
            email: cell(r, 1, 254),
            language: cell(r, 2, 2),
            first_names: cell(r, 3, 200),
            last_name: cell(r, 4, 200),
            card_number: cell(r, 5, 12),
            outcome: LineOutcome::Refused,
            reason: Some(
                r.reasons
                    .iter()
                    .map(Reason::stored)
                    .collect::<Vec<_>>()
                    .join("|"),
            ),
        }
    }));
    lines.sort_by_key(|l| l.line_number);
    let inserted = imports::insert_batch(
        &tx,
        NewBatch {
            organisation_id: organisation.id,
            file_name: confirmed.file_name,
            file_sha256: confirmed.file_sha256,
            uploaded_by: confirmed.by,
            lines: i32::try_from(preview.lines).unwrap_or(i32::MAX),
        },
        &lines,
        now,
    )
    .await;
    let batch = match inserted {
        Ok(batch) => batch,
        // The same file confirmed at the same moment by another press: that batch it is.
        Err(e)
            if matches!(
                e.sql_err(),
                Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
            ) =>
        {
            drop(tx);
            return imports::open_batch_of_file(db, confirmed.file_sha256)
                .await?
                .map(|b| b.id)
                .context("the batch confirmed alongside");
        }
        Err(e) => return Err(e.into()),
    };
    audit::record(
        &tx,
        Actor::Staff(confirmed.by),
        "import_confirmed",
        None,
        &format!(
            "batch={batch} organisation={} lines={} to_create={} existing={} refused={}",
            organisation.id,
            preview.lines,
            preview.to_create.len(),
            preview.existing.len(),
            preview.refused.len()
        ),
        now,
    )
    .await?;
    tx.commit().await.context("committing the import batch")?;
    Ok(batch)
}

/// What the run needs from the configuration.
pub struct RunSettings<'a> {
    pub base_url: &'a url::Url,
    pub activation_days: u32,
    /// Stop after this many lines, as a crash would (the next run goes on): for tests.
    pub stop_after: Option<usize>,
}

/// How many lines are hashed ahead of their transactions: enough to keep every hashing thread
/// busy while one line is written.
const AHEAD: usize = 16;

/// Registers every pending line of a claimed batch, each in its own transaction: the person,
/// their activation (code hashed, link token), the audit entry and the three emails (profile
/// made, the link, the code) queued in that order. A line is marked done in its own
/// transaction, so that a run stopped half-way leaves no half person and sends nothing twice,
/// and the next run goes on where it stopped. Returns how many lines it did.
pub async fn run(
    db: &DatabaseConnection,
    settings: &RunSettings<'_>,
    batch_id: Uuid,
    now: &(dyn Fn() -> DateTime<Utc> + Sync),
) -> anyhow::Result<usize> {
    let batch = imports::batch(db, batch_id)
        .await?
        .context("the batch to run")?;
    let mut done = 0;
    let mut pending = imports::pending_lines(db, batch_id, 0, AHEAD as u64).await?;
    let mut hashing = tokio::spawn(prepare_codes(pending.len()));
    while !pending.is_empty() {
        let prepared = hashing.await.context("hashing the activation codes")??;
        // The next lines' codes are hashed while these lines are written.
        let last = pending.last().map_or(0, |l| l.line_number);
        let following = imports::pending_lines(db, batch_id, last, AHEAD as u64).await?;
        hashing = tokio::spawn(prepare_codes(following.len()));
        for (line, prepared) in pending.iter().zip(prepared) {
            if settings.stop_after.is_some_and(|n| done >= n) {
                hashing.abort();
                return Ok(done);
            }
            register(db, settings, &batch, line, &prepared, now()).await?;
            done += 1;
        }
        pending = following;
    }
    Ok(done)
}

/// `n` activation codes made and hashed at once, on every hashing thread.
async fn prepare_codes(n: usize) -> anyhow::Result<Vec<Prepared>> {
    futures_util::future::try_join_all((0..n).map(|_| activation::prepare())).await
}

/// Emails of one person are queued a microsecond apart, so that they are sent in order.
const EMAIL_GAP: Duration = Duration::microseconds(1);

async fn register(
    db: &DatabaseConnection,
    settings: &RunSettings<'_>,
    batch: &imports::ImportBatch,
    line: &ImportLine,
    prepared: &Prepared,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    let language = Language::parse(&line.language).unwrap_or(Language::En);
    let tx = db.begin().await?;
    let added = imports::add_person(
        &tx,
        NewPerson {
            niss: &line.niss,
            email: &line.email,
            language: language.code(),
            first_names: &line.first_names,
            last_name: &line.last_name,
            card_number: &line.card_number,
            organisation_id: batch.organisation_id,
            batch_id: batch.id,
        },
        now,
    )
    .await;
    let person_id = match added {
        Ok(id) => id,
        // Registered meanwhile (another batch, the same person): counted as such, nothing sent.
        Err(AddPersonError::Taken) => {
            tx.rollback().await?;
            let tx = db.begin().await?;
            let registered = imports::people_matching(
                &tx,
                std::slice::from_ref(&line.niss),
                std::slice::from_ref(&line.email),
            )
            .await?;
            let same = registered
                .iter()
                .any(|p| p.niss == line.niss && p.email.eq_ignore_ascii_case(&line.email));
            let (outcome, reason) = if same {
                (LineOutcome::Existing, None)
            } else {
                let key = if registered.iter().any(|p| p.niss == line.niss) {
                    (Field::Niss, NISS_REGISTERED_OTHER_EMAIL)
                } else {
                    (Field::Email, EMAIL_HELD_BY_OTHER)
                };
                let reason = Reason {
                    field: key.0,
                    key: key.1,
                    other_line: None,
                };
                (LineOutcome::Refused, Some(reason.stored()))
            };
            imports::finish_line(&tx, line, outcome, reason, None, now).await?;
            tx.commit().await?;
            return Ok(());
        }
        Err(AddPersonError::Db(e)) => return Err(e.into()),
    };
    let activation_id = issue_three_emails(
        &tx,
        settings,
        &PersonData {
            person_id,
            email: &line.email,
            language,
            first_names: &line.first_names,
            last_name: &line.last_name,
        },
        prepared,
        None,
        now,
    )
    .await?;
    audit::record(
        &tx,
        Actor::System,
        "person_imported",
        None,
        &format!(
            "batch={} line={} person={person_id} activation={activation_id}",
            batch.id, line.line_number
        ),
        now,
    )
    .await?;
    if !imports::finish_line(&tx, line, LineOutcome::Created, None, Some(person_id), now).await? {
        // Another run registered this line meanwhile: this transaction is dropped, undone.
        return Ok(());
    }
    tx.commit().await.context("committing an imported person")?;
    Ok(())
}

/// Who the three emails go to.
struct PersonData<'a> {
    person_id: Uuid,
    email: &'a str,
    language: Language,
    first_names: &'a str,
    last_name: &'a str,
}

/// Issues the person's activation (revoking an earlier unused one) and queues their three
/// emails in order: the profile made, the activation link, the activation code. Returns the
/// activation's id.
async fn issue_three_emails(
    tx: &sea_orm::DatabaseTransaction,
    settings: &RunSettings<'_>,
    person: &PersonData<'_>,
    prepared: &Prepared,
    by: Option<Uuid>,
    now: DateTime<Utc>,
) -> Result<Uuid, sea_orm::DbErr> {
    let holder = KeyHolder {
        request_id: None,
        person_id: Some(person.person_id),
        email: person.email,
        language: person.language,
        first_names: person.first_names,
        last_name: person.last_name,
    };
    let mail = Holder {
        first_names: person.first_names,
        email: person.email,
        language: person.language,
        request_id: None,
    };
    // First the profile email, then (in `issue_in`) the link, then the code.
    outbox::queue(tx, &messages::profile_created(&mail), now).await?;
    let issue = IssueSettings {
        base_url: settings.base_url,
        days: settings.activation_days,
        imported: true,
    };
    let activation_id =
        activation::issue_in(tx, prepared, &holder, &issue, by, now + EMAIL_GAP).await?;
    let expires_at = activation_expires_at(now + EMAIL_GAP, settings.activation_days);
    outbox::queue(
        tx,
        &messages::activation_code(&mail, &prepared.code, expires_at),
        now + EMAIL_GAP * 2,
    )
    .await?;
    Ok(activation_id)
}

#[derive(Debug, thiserror::Error)]
pub enum ResendError {
    /// Their key is made: there is nothing to activate.
    #[error("the person's key is already active")]
    Activated,
    /// Another resend was made since the page was shown.
    #[error("new emails were sent meanwhile")]
    Stale,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl From<sea_orm::DbErr> for ResendError {
    fn from(e: sea_orm::DbErr) -> Self {
        ResendError::Unexpected(e.into())
    }
}

/// A supervisor sends an imported person's three emails again, with a new code and link: the
/// earlier unused ones stop working. `replaces` is the unused activation the supervisor's page
/// showed, so that a form sent twice sends the emails once.
pub async fn resend(
    db: &DatabaseConnection,
    settings: &RunSettings<'_>,
    person: &imports::Person,
    replaces: Option<Uuid>,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<(), ResendError> {
    let prepared = activation::prepare().await?;
    let tx = db.begin().await?;
    // The person's row first (a write): two presses at once go one after the other.
    imports::lock_person(&tx, person.id).await?;
    let existing = crate::db::activations::for_person(&tx, person.id).await?;
    if existing.iter().any(|a| a.used_at.is_some()) {
        return Err(ResendError::Activated);
    }
    let unused =
        |a: &&crate::db::activations::Activation| a.used_at.is_none() && a.revoked_at.is_none();
    if existing
        .iter()
        .filter(unused)
        .any(|a| Some(a.id) != replaces)
    {
        return Err(ResendError::Stale);
    }
    for old in existing.iter().filter(unused) {
        crate::db::key_sessions::end_all_for_activation(&tx, old.id).await?;
        crate::db::digital_keys::delete_unconfirmed(&tx, old.id).await?;
    }
    let language = Language::parse(&person.language).unwrap_or(Language::En);
    let activation_id = issue_three_emails(
        &tx,
        settings,
        &PersonData {
            person_id: person.id,
            email: &person.email,
            language,
            first_names: &person.first_names,
            last_name: &person.last_name,
        },
        &prepared,
        Some(by),
        now,
    )
    .await?;
    audit::record(
        &tx,
        Actor::Staff(by),
        "person_emails_resent",
        None,
        &format!("person={} activation={activation_id}", person.id),
        now,
    )
    .await?;
    tx.commit()
        .await
        .context("committing the emails sent again")?;
    Ok(())
}
