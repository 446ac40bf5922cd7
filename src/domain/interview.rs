//! The rules of the identity interview: the checklist the interviewer walks, the document data
//! they record, the random liveness prompt, when an outcome may be recorded and changed, and the
//! canonical evidence text that the outcome's audit entry hashes (see `/work/shared/IDENTITY.md`).

use super::countries::Country;
use super::personal_data::Correction;
use super::security_features::{Catalogue, FEATURES_CHECKED, Feature, choose_features};
use chrono::{DateTime, NaiveDate, SecondsFormat, TimeDelta, Utc};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use uuid::Uuid;

/// How long after the start an interviewer waits before recording a no-show.
pub const DEFAULT_NO_SHOW_GRACE: TimeDelta = TimeDelta::minutes(10);

/// The facial features compared between the document photo and the live video
/// (ETSI TS 119 461 BIN-8.4.4), listed on the `SamePerson` item.
pub const FACIAL_FEATURES: [&str; 6] = ["face shape", "eyes", "eyebrows", "nose", "mouth", "ears"];

/// The checklist, in the order the interviewer walks it. Consent comes first: the applicant
/// must be told the purpose, the photo and the retention before any check (INI-8.1-01X/-03X).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Item {
    Consent,
    /// The applicant shows the original document, the one they uploaded.
    OriginalShown,
    /// Type (passport or European ID card), issuing country, number and expiry.
    DocumentData,
    Mrz,
    SecurityFeatures,
    /// The document is not reported lost, stolen or cancelled.
    RegistryChecks,
    /// The facial features match and the liveness prompt was done.
    SamePerson,
    /// The applicant's personal data are correct, or were corrected.
    PersonalData,
    PhotoWithDocument,
}

impl Item {
    pub const ALL: [Item; 9] = [
        Item::Consent,
        Item::OriginalShown,
        Item::DocumentData,
        Item::Mrz,
        Item::SecurityFeatures,
        Item::RegistryChecks,
        Item::SamePerson,
        Item::PersonalData,
        Item::PhotoWithDocument,
    ];

    /// The code stored in the database and written in the evidence text.
    pub fn code(self) -> &'static str {
        match self {
            Item::Consent => "consent",
            Item::OriginalShown => "original_shown",
            Item::DocumentData => "document_data",
            Item::Mrz => "mrz",
            Item::SecurityFeatures => "security_features",
            Item::RegistryChecks => "registry_checks",
            Item::SamePerson => "same_person",
            Item::PersonalData => "personal_data",
            Item::PhotoWithDocument => "photo_with_document",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Item::ALL.into_iter().find(|i| i.code() == code)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ItemState {
    #[default]
    NotDone,
    Ok,
    NotOk,
}

impl ItemState {
    pub fn code(self) -> &'static str {
        match self {
            ItemState::NotDone => "not_done",
            ItemState::Ok => "ok",
            ItemState::NotOk => "not_ok",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        [ItemState::NotDone, ItemState::Ok, ItemState::NotOk]
            .into_iter()
            .find(|s| s.code() == code)
    }
}

/// The last mark on one checklist item: who set it, when, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemRecord {
    pub state: ItemState,
    pub by: Uuid,
    pub at: DateTime<Utc>,
    pub note: String,
}

/// What the applicant was told before the checks; all three are needed to tick `Consent`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ConsentPoints {
    pub purpose_told: bool,
    pub photo_announced: bool,
    pub retention_told: bool,
}

impl ConsentPoints {
    pub fn all_told(self) -> bool {
        self.purpose_told && self.photo_announced && self.retention_told
    }
}

/// Who did something, and when.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub by: Uuid,
    pub at: DateTime<Utc>,
}

/// The interviewer's suspicion of fraud (a replayed video, a forged document): it blocks an
/// approval until a refusal is recorded instead (BIN-8.4.2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FraudFlag {
    pub by: Uuid,
    pub at: DateTime<Utc>,
    pub note: String,
}

// ---------------------------------------------------------------------------------------------
// Document data
// ---------------------------------------------------------------------------------------------

/// Only these two are accepted remotely (COL-8.2.3-04X/-05X).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentType {
    Passport,
    EuropeanIdCard,
}

impl DocumentType {
    pub const ALL: [DocumentType; 2] = [DocumentType::Passport, DocumentType::EuropeanIdCard];

    pub fn code(self) -> &'static str {
        match self {
            DocumentType::Passport => "passport",
            DocumentType::EuropeanIdCard => "european_id_card",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        DocumentType::ALL
            .into_iter()
            .find(|t| t.code() == code.trim())
    }
}

/// Countries whose national ID card counts as a "European ID card": the EU, the EEA and
/// Switzerland, whose cards are travel documents of the same standard as a passport.
pub const EUROPEAN_ID_CARD_COUNTRIES: &[&str] = &[
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
    "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI", "NO", "CH",
];

/// Printed document numbers go up to 9 characters in the MRZ, longer with an extension (the
/// Belgian card prints 12 digits); 20 leaves room without letting a note slip into the field.
pub const DOCUMENT_NUMBER_MAX: usize = 20;

/// The document data as typed by the interviewer: strings only, so that nothing typed is lost.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct DocumentForm {
    pub kind: String,
    pub issuing_country: String,
    pub number: String,
    /// `YYYY-MM-DD`, as an HTML date input sends it.
    pub expiry: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum DocumentField {
    Kind,
    IssuingCountry,
    Number,
    Expiry,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentProblem {
    Required,
    /// Neither a passport nor a European ID card.
    KindNotAccepted,
    UnknownCountry,
    /// An ID card from a country outside the EU, the EEA and Switzerland.
    IdCardNotEuropean,
    /// Characters other than letters and digits (spaces and dashes are dropped), or too long.
    NumberFormat,
    DateFormat,
}

/// The document's data as recorded (VAL-8.3.3-10); `parse` is the only way in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentData {
    kind: DocumentType,
    issuing_country: Country,
    number: String,
    expiry: NaiveDate,
}

impl DocumentData {
    /// Every field's problem at once, in the form's order, so that the page shows all of them.
    pub fn parse(form: &DocumentForm) -> Result<Self, Vec<(DocumentField, DocumentProblem)>> {
        let mut errors = Vec::new();
        let kind = check(&mut errors, DocumentField::Kind, parse_kind(&form.kind));
        let country = check(
            &mut errors,
            DocumentField::IssuingCountry,
            parse_country(&form.issuing_country, kind),
        );
        let number = check(
            &mut errors,
            DocumentField::Number,
            parse_number(&form.number),
        );
        let expiry = check(&mut errors, DocumentField::Expiry, parse_date(&form.expiry));
        match (kind, country, number, expiry) {
            (Some(kind), Some(issuing_country), Some(number), Some(expiry)) => Ok(DocumentData {
                kind,
                issuing_country,
                number,
                expiry,
            }),
            _ => Err(errors),
        }
    }

    pub fn kind(&self) -> DocumentType {
        self.kind
    }

    pub fn issuing_country(&self) -> &Country {
        &self.issuing_country
    }

    /// Upper case, without spaces or dashes.
    pub fn number(&self) -> &str {
        &self.number
    }

    pub fn expiry(&self) -> NaiveDate {
        self.expiry
    }

    /// A document is still valid on its expiry day.
    pub fn is_expired(&self, today: NaiveDate) -> bool {
        self.expiry < today
    }
}

fn check<T>(
    errors: &mut Vec<(DocumentField, DocumentProblem)>,
    field: DocumentField,
    result: Result<T, DocumentProblem>,
) -> Option<T> {
    result.map_err(|problem| errors.push((field, problem))).ok()
}

fn parse_kind(raw: &str) -> Result<DocumentType, DocumentProblem> {
    if raw.trim().is_empty() {
        return Err(DocumentProblem::Required);
    }
    DocumentType::parse(raw).ok_or(DocumentProblem::KindNotAccepted)
}

fn parse_country(raw: &str, kind: Option<DocumentType>) -> Result<Country, DocumentProblem> {
    if raw.trim().is_empty() {
        return Err(DocumentProblem::Required);
    }
    let country = Country::parse(raw).ok_or(DocumentProblem::UnknownCountry)?;
    if kind == Some(DocumentType::EuropeanIdCard)
        && !EUROPEAN_ID_CARD_COUNTRIES.contains(&country.code())
    {
        return Err(DocumentProblem::IdCardNotEuropean);
    }
    Ok(country)
}

fn parse_number(raw: &str) -> Result<String, DocumentProblem> {
    let number: String = raw
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect::<String>()
        .to_ascii_uppercase();
    if number.is_empty() {
        return Err(DocumentProblem::Required);
    }
    if number.len() > DOCUMENT_NUMBER_MAX || !number.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(DocumentProblem::NumberFormat);
    }
    Ok(number)
}

fn parse_date(raw: &str) -> Result<NaiveDate, DocumentProblem> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(DocumentProblem::Required);
    }
    NaiveDate::parse_from_str(raw, "%Y-%m-%d").map_err(|_| DocumentProblem::DateFormat)
}

// ---------------------------------------------------------------------------------------------
// Liveness prompts
// ---------------------------------------------------------------------------------------------

/// The prompts shipped with the service; see the file's header.
pub const LIVENESS_PROMPTS_TEXT: &str = include_str!("../../templates/liveness-prompts.txt");

/// A non-empty list of liveness prompts; `parse` is the only way in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LivenessPrompts(Vec<String>);

/// The file holds no prompt (only comments or blank lines).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the liveness prompt list is empty")]
pub struct NoPrompts;

impl LivenessPrompts {
    /// Called at start-up, so that a broken file stops the service instead of an interview.
    pub fn builtin() -> Result<Self, NoPrompts> {
        LivenessPrompts::parse(LIVENESS_PROMPTS_TEXT)
    }

    pub fn parse(text: &str) -> Result<Self, NoPrompts> {
        let prompts: Vec<String> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect();
        if prompts.is_empty() {
            Err(NoPrompts)
        } else {
            Ok(LivenessPrompts(prompts))
        }
    }

    pub fn all(&self) -> &[String] {
        &self.0
    }
}

/// `pick(n)` returns an index below `n` (see `security_features::seeded_picker`).
pub fn choose_prompt(prompts: &LivenessPrompts, pick: &mut impl FnMut(usize) -> usize) -> String {
    prompts.0[pick(prompts.0.len()) % prompts.0.len()].clone()
}

// ---------------------------------------------------------------------------------------------
// The record and its checklist
// ---------------------------------------------------------------------------------------------

/// Everything the interview has established so far. Loaded and stored by the interview store;
/// changed through the methods below, which keep its rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterviewRecord {
    pub interviewer: Uuid,
    pub started: Option<Stamp>,
    pub consent: ConsentPoints,
    /// Items never marked are not done.
    pub checklist: BTreeMap<Item, ItemRecord>,
    pub document: Option<DocumentData>,
    /// The MRZ as read, lines separated by `\n`.
    pub mrz: Option<String>,
    pub features: Option<[Feature; FEATURES_CHECKED]>,
    pub prompt: Option<String>,
    pub fraud: Option<FraudFlag>,
    pub outcome: Option<Decided>,
    /// The interviewer's corrections of the applicant's personal data, oldest first.
    pub corrections: Vec<Correction>,
    /// The images the interview relied on (ID scans and photos of the applicant with the
    /// document), oldest first: their digests stay in the evidence after the files are deleted.
    pub images: Vec<ImageEvidence>,
}

/// Which side of the document an image shows, or `photo` for the applicant holding it.
pub const PHOTO_SIDE: &str = "photo";

/// One stored image, as the evidence names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageEvidence {
    pub side: String,
    pub sha256: String,
    pub at: DateTime<Utc>,
}

/// Why a checklist mark was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ChecklistProblem {
    #[error("the interview has not started")]
    NotStarted,
    #[error("the interview has already started")]
    AlreadyStarted,
    #[error("an outcome is recorded; the checklist is closed")]
    OutcomeRecorded,
    #[error("the consent must be confirmed before the checks")]
    ConsentFirst,
    #[error("the purpose, the photo and the retention must all be told")]
    ConsentPointsMissing,
    #[error("{0:?} cannot be ticked before its data are recorded")]
    EvidenceMissing(Item),
}

impl InterviewRecord {
    pub fn new(interviewer: Uuid) -> Self {
        InterviewRecord {
            interviewer,
            started: None,
            consent: ConsentPoints::default(),
            checklist: BTreeMap::new(),
            document: None,
            mrz: None,
            features: None,
            prompt: None,
            fraud: None,
            outcome: None,
            corrections: Vec::new(),
            images: Vec::new(),
        }
    }

    pub fn start(&mut self, by: Uuid, at: DateTime<Utc>) -> Result<(), ChecklistProblem> {
        if self.outcome.is_some() {
            return Err(ChecklistProblem::OutcomeRecorded);
        }
        if self.started.is_some() {
            return Err(ChecklistProblem::AlreadyStarted);
        }
        self.started = Some(Stamp { by, at });
        Ok(())
    }

    pub fn item_state(&self, item: Item) -> ItemState {
        self.checklist
            .get(&item)
            .map_or(ItemState::NotDone, |r| r.state)
    }

    pub fn consent_confirmed(&self) -> bool {
        self.consent.all_told() && self.item_state(Item::Consent) == ItemState::Ok
    }

    /// Whether the data an item vouches for are in the record: a tick on the document data
    /// without the data would be evidence of nothing.
    pub fn has_evidence_for(&self, item: Item) -> bool {
        match item {
            Item::Consent => self.consent.all_told(),
            Item::DocumentData => self.document.is_some(),
            Item::Mrz => self.mrz.as_deref().is_some_and(|m| !m.trim().is_empty()),
            Item::SecurityFeatures => self.features.is_some(),
            Item::SamePerson => self.prompt.is_some(),
            Item::PhotoWithDocument => self.images.iter().any(|i| i.side == PHOTO_SIDE),
            Item::OriginalShown | Item::RegistryChecks | Item::PersonalData => true,
        }
    }

    /// Marks an item. Only an `Ok` needs its evidence: `NotOk` and `NotDone` record a failed or
    /// undone check, which may well lack data.
    pub fn mark(
        &mut self,
        item: Item,
        state: ItemState,
        by: Uuid,
        at: DateTime<Utc>,
        note: &str,
    ) -> Result<(), ChecklistProblem> {
        self.can_change_checklist()?;
        if item != Item::Consent && !self.consent_confirmed() {
            return Err(ChecklistProblem::ConsentFirst);
        }
        // The registry's answer is the evidence of that check (VAL-8.3.1-11X): it is written in
        // the note.
        let registry_answer_missing = item == Item::RegistryChecks && note.trim().is_empty();
        if state == ItemState::Ok && (!self.has_evidence_for(item) || registry_answer_missing) {
            return Err(if item == Item::Consent {
                ChecklistProblem::ConsentPointsMissing
            } else {
                ChecklistProblem::EvidenceMissing(item)
            });
        }
        let note = note.trim().to_string();
        self.checklist.insert(
            item,
            ItemRecord {
                state,
                by,
                at,
                note,
            },
        );
        Ok(())
    }

    /// Draws the security features once: drawing again until easy ones come up would defeat
    /// the point of a random draw (VAL-8.3.3-07B), so a second call returns the first draw.
    pub fn draw_features(
        &mut self,
        catalogue: &Catalogue,
        pick: &mut impl FnMut(usize) -> usize,
    ) -> Result<&[Feature; FEATURES_CHECKED], ChecklistProblem> {
        self.can_change_checklist()?;
        Ok(self
            .features
            .get_or_insert_with(|| choose_features(catalogue, pick)))
    }

    /// Draws the liveness prompt once, for the same reason as the features.
    pub fn draw_prompt(
        &mut self,
        prompts: &LivenessPrompts,
        pick: &mut impl FnMut(usize) -> usize,
    ) -> Result<&str, ChecklistProblem> {
        self.can_change_checklist()?;
        Ok(self
            .prompt
            .get_or_insert_with(|| choose_prompt(prompts, pick)))
    }

    fn can_change_checklist(&self) -> Result<(), ChecklistProblem> {
        if self.outcome.is_some() {
            Err(ChecklistProblem::OutcomeRecorded)
        } else if self.started.is_none() {
            Err(ChecklistProblem::NotStarted)
        } else {
            Ok(())
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Approval
// ---------------------------------------------------------------------------------------------

/// One reason why the interview cannot be approved yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Blocker {
    NotStarted,
    ConsentNotConfirmed,
    ItemNotDone(Item),
    ItemNotOk(Item),
    /// Ticked, but the data it vouches for are not in the record.
    EvidenceMissing(Item),
    DocumentExpired,
    SuspectedFraud,
}

/// Every reason at once, so that the page lists what is left to do.
pub fn may_approve(record: &InterviewRecord, today: NaiveDate) -> Result<(), Vec<Blocker>> {
    let mut blockers = Vec::new();
    if record.started.is_none() {
        blockers.push(Blocker::NotStarted);
    }
    if !record.consent_confirmed() {
        blockers.push(Blocker::ConsentNotConfirmed);
    }
    for item in Item::ALL.into_iter().filter(|i| *i != Item::Consent) {
        match record.item_state(item) {
            ItemState::NotDone => blockers.push(Blocker::ItemNotDone(item)),
            ItemState::NotOk => blockers.push(Blocker::ItemNotOk(item)),
            ItemState::Ok if !record.has_evidence_for(item) => {
                blockers.push(Blocker::EvidenceMissing(item))
            }
            ItemState::Ok => {}
        }
    }
    if record
        .document
        .as_ref()
        .is_some_and(|d| d.is_expired(today))
    {
        blockers.push(Blocker::DocumentExpired);
    }
    if record.fraud.is_some() {
        blockers.push(Blocker::SuspectedFraud);
    }
    if blockers.is_empty() {
        Ok(())
    } else {
        Err(blockers)
    }
}

// ---------------------------------------------------------------------------------------------
// Outcomes
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefusalReason {
    DocumentNotAccepted,
    DocumentExpired,
    DocumentNotGenuine,
    PersonDoesNotMatch,
    DataDoNotMatch,
    ApplicantWithdrew,
    Other,
}

impl RefusalReason {
    pub const ALL: [RefusalReason; 7] = [
        RefusalReason::DocumentNotAccepted,
        RefusalReason::DocumentExpired,
        RefusalReason::DocumentNotGenuine,
        RefusalReason::PersonDoesNotMatch,
        RefusalReason::DataDoNotMatch,
        RefusalReason::ApplicantWithdrew,
        RefusalReason::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            RefusalReason::DocumentNotAccepted => "document_not_accepted",
            RefusalReason::DocumentExpired => "document_expired",
            RefusalReason::DocumentNotGenuine => "document_not_genuine",
            RefusalReason::PersonDoesNotMatch => "person_does_not_match",
            RefusalReason::DataDoNotMatch => "data_do_not_match",
            RefusalReason::ApplicantWithdrew => "applicant_withdrew",
            RefusalReason::Other => "other",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        RefusalReason::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// How an interview ended. The applicant's text is what they read (in the email and on their
/// page); the internal note stays with staff (IDENTITY.md, "The result").
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Approved,
    Incomplete {
        missing: Vec<Item>,
        applicant_text: String,
        internal_note: String,
    },
    Refused {
        reason: RefusalReason,
        applicant_text: String,
        internal_note: String,
    },
    NoShow,
    /// A technical failure; the applicant is offered a new interview.
    Interrupted {
        applicant_text: Option<String>,
    },
}

impl Outcome {
    /// The code stored in the database (and the request's next state).
    pub fn code(&self) -> &'static str {
        match self {
            Outcome::Approved => "approved",
            Outcome::Incomplete { .. } => "incomplete",
            Outcome::Refused { .. } => "refused",
            Outcome::NoShow => "no_show",
            Outcome::Interrupted { .. } => "interrupted",
        }
    }
}

/// An outcome as recorded: who decided, when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decided {
    pub outcome: Outcome,
    pub by: Uuid,
    pub at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OutcomeProblem {
    /// An outcome is recorded once; changing it is `may_change`'s business.
    #[error("an outcome is already recorded")]
    AlreadyDecided,
    #[error("the interview cannot be approved: {0:?}")]
    NotApprovable(Vec<Blocker>),
    #[error("an incomplete outcome must name at least one missing item")]
    NothingMissing,
    #[error("{0:?} is marked ok, so it is not missing")]
    MissingItemIsOk(Item),
    #[error("a refusal must be motivated to the applicant")]
    RefusalTextRequired,
    #[error("a no-show can be recorded from {allowed_from}")]
    TooEarlyForNoShow { allowed_from: DateTime<Utc> },
    /// The interview was started, so the applicant was there.
    #[error("the applicant joined the interview")]
    ApplicantJoined,
}

/// Checks an outcome against the record and returns it stamped, ready to be stored.
#[allow(clippy::too_many_arguments)]
pub fn decide(
    record: &InterviewRecord,
    outcome: Outcome,
    by: Uuid,
    now: DateTime<Utc>,
    starts_at: DateTime<Utc>,
    grace: TimeDelta,
    today: NaiveDate,
) -> Result<Decided, OutcomeProblem> {
    if record.outcome.is_some() {
        return Err(OutcomeProblem::AlreadyDecided);
    }
    match &outcome {
        Outcome::Approved => may_approve(record, today).map_err(OutcomeProblem::NotApprovable)?,
        Outcome::Incomplete { missing, .. } => {
            if missing.is_empty() {
                return Err(OutcomeProblem::NothingMissing);
            }
            if let Some(item) = missing
                .iter()
                .find(|i| record.item_state(**i) == ItemState::Ok)
            {
                return Err(OutcomeProblem::MissingItemIsOk(*item));
            }
        }
        Outcome::Refused { applicant_text, .. } => {
            if applicant_text.trim().is_empty() {
                return Err(OutcomeProblem::RefusalTextRequired);
            }
        }
        Outcome::NoShow => {
            if record.started.is_some() {
                return Err(OutcomeProblem::ApplicantJoined);
            }
            let allowed_from = starts_at + grace;
            if now < allowed_from {
                return Err(OutcomeProblem::TooEarlyForNoShow { allowed_from });
            }
        }
        Outcome::Interrupted { .. } => {}
    }
    Ok(Decided {
        outcome,
        by,
        at: now,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ChangeProblem {
    #[error("only a supervisor may change an outcome")]
    NotSupervisor,
    /// Four eyes: nobody reviews their own decision.
    #[error("the person who recorded the outcome may not change it")]
    OwnDecision,
    #[error("a change of outcome needs a reason")]
    ReasonRequired,
}

/// Whether `by` may change an outcome recorded by `recorded_by`.
pub fn may_change(
    recorded_by: Uuid,
    by: Uuid,
    by_is_supervisor: bool,
    reason: &str,
) -> Result<(), ChangeProblem> {
    if !by_is_supervisor {
        Err(ChangeProblem::NotSupervisor)
    } else if by == recorded_by {
        Err(ChangeProblem::OwnDecision)
    } else if reason.trim().is_empty() {
        Err(ChangeProblem::ReasonRequired)
    } else {
        Ok(())
    }
}

/// Whether `by` held or worked this interview: the interviewer in charge, whoever started it, and
/// whoever marked an item. None of them reviews its outcome (four eyes, IDENTITY.md).
pub fn took_part(record: &InterviewRecord, by: Uuid) -> bool {
    record.interviewer == by
        || record.started.is_some_and(|s| s.by == by)
        || record.checklist.values().any(|mark| mark.by == by)
}

/// `may_change` for a recorded outcome, also refusing anyone who took part in the interview.
pub fn may_change_outcome(
    record: &InterviewRecord,
    by: Uuid,
    by_is_supervisor: bool,
    reason: &str,
) -> Result<(), ChangeProblem> {
    let recorded_by = record.outcome.as_ref().map_or(record.interviewer, |d| d.by);
    may_change(recorded_by, by, by_is_supervisor, reason)?;
    if took_part(record, by) {
        return Err(ChangeProblem::OwnDecision);
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Evidence
// ---------------------------------------------------------------------------------------------

/// The whole record as one canonical text, hashed into the outcome's audit entry so that any
/// later change to the evidence shows (ISS-8.5.2). Stable by construction: fixed order, codes
/// rather than Debug output, instants in UTC to the microsecond (what the database keeps, so a
/// record read back gives the same text), free text quoted and escaped so that a note cannot
/// imitate another line. Bump the version line if the format ever changes.
pub fn evidence_text(record: &InterviewRecord) -> String {
    let mut text = String::from("interview-evidence v2\n");
    let mut line = |key: &str, value: String| {
        let _ = writeln!(text, "{key}: {value}");
    };
    line("interviewer", record.interviewer.to_string());
    line("started", record.started.map_or("none".into(), stamp));
    let yes_no = |b: bool| if b { "yes" } else { "no" };
    line(
        "consent",
        format!(
            "purpose_told={} photo_announced={} retention_told={}",
            yes_no(record.consent.purpose_told),
            yes_no(record.consent.photo_announced),
            yes_no(record.consent.retention_told)
        ),
    );
    for item in Item::ALL {
        let value = match record.checklist.get(&item) {
            None => ItemState::NotDone.code().to_string(),
            Some(r) => format!(
                "{} {} note {}",
                r.state.code(),
                stamp(Stamp { by: r.by, at: r.at }),
                quoted(&r.note)
            ),
        };
        line(&format!("item {}", item.code()), value);
    }
    line(
        "document",
        record.document.as_ref().map_or("none".into(), |d| {
            format!(
                "{} {} {} {}",
                d.kind.code(),
                d.issuing_country.code(),
                quoted(&d.number),
                d.expiry.format("%Y-%m-%d")
            )
        }),
    );
    line("mrz", record.mrz.as_deref().map_or("none".into(), quoted));
    match &record.features {
        None => line("features", "none".into()),
        Some(features) => {
            for (number, f) in features.iter().enumerate() {
                line(
                    &format!("feature {}", number + 1),
                    format!(
                        "{} {} optically_variable={}",
                        f.category.code(),
                        quoted(&f.name),
                        yes_no(f.optically_variable)
                    ),
                );
            }
        }
    }
    line(
        "prompt",
        record.prompt.as_deref().map_or("none".into(), quoted),
    );
    for (number, c) in record.corrections.iter().enumerate() {
        line(
            &format!("correction {}", number + 1),
            format!(
                "{} from {} to {} {}",
                c.field.code(),
                quoted(&c.original),
                quoted(&c.corrected),
                stamp(Stamp { by: c.by, at: c.at })
            ),
        );
    }
    for (number, image) in record.images.iter().enumerate() {
        line(
            &format!("image {}", number + 1),
            format!(
                "{} sha256 {} at {}",
                image.side,
                image.sha256,
                image.at.to_rfc3339_opts(SecondsFormat::Micros, true)
            ),
        );
    }
    line(
        "fraud",
        record.fraud.as_ref().map_or("none".into(), |f| {
            format!(
                "{} note {}",
                stamp(Stamp { by: f.by, at: f.at }),
                quoted(&f.note)
            )
        }),
    );
    match &record.outcome {
        None => line("outcome", "none".into()),
        Some(decided) => {
            line(
                "outcome",
                format!(
                    "{} {}",
                    decided.outcome.code(),
                    stamp(Stamp {
                        by: decided.by,
                        at: decided.at
                    })
                ),
            );
            match &decided.outcome {
                Outcome::Approved | Outcome::NoShow => {}
                Outcome::Incomplete {
                    missing,
                    applicant_text,
                    internal_note,
                } => {
                    let codes: Vec<&str> = missing.iter().map(|i| i.code()).collect();
                    line("missing", codes.join(" "));
                    line("applicant_text", quoted(applicant_text));
                    line("internal_note", quoted(internal_note));
                }
                Outcome::Refused {
                    reason,
                    applicant_text,
                    internal_note,
                } => {
                    line("reason", reason.code().to_string());
                    line("applicant_text", quoted(applicant_text));
                    line("internal_note", quoted(internal_note));
                }
                Outcome::Interrupted { applicant_text } => line(
                    "applicant_text",
                    applicant_text.as_deref().map_or("none".into(), quoted),
                ),
            }
        }
    }
    text
}

fn stamp(stamp: Stamp) -> String {
    format!(
        "by {} at {}",
        stamp.by,
        stamp.at.to_rfc3339_opts(SecondsFormat::Micros, true)
    )
}

/// Our own escaping rather than `{:?}`, whose output may change between Rust versions.
fn quoted(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len() + 2);
    out.push('"');
    for c in raw.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::security_features::seeded_picker;
    use chrono::TimeZone;

    fn at(minute: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, 10, 9, minute, 0).unwrap()
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, 10).unwrap()
    }

    /// Table rows: the case's name, its input, what is expected.
    type DocumentCase = (
        &'static str,
        DocumentForm,
        Vec<(DocumentField, DocumentProblem)>,
    );
    type MarkCase = (
        &'static str,
        InterviewRecord,
        Item,
        ItemState,
        Result<(), ChecklistProblem>,
    );
    type OutcomeCase = (
        &'static str,
        InterviewRecord,
        Outcome,
        u32,
        Result<(), OutcomeProblem>,
    );
    type Change = (&'static str, Box<dyn Fn(&mut InterviewRecord)>);

    const INTERVIEWER: Uuid = Uuid::from_u128(1);
    const SUPERVISOR: Uuid = Uuid::from_u128(2);
    const OTHER: Uuid = Uuid::from_u128(99);

    fn passport_form() -> DocumentForm {
        DocumentForm {
            kind: "passport".into(),
            issuing_country: "be".into(),
            number: "ep 123-456".into(),
            expiry: "2030-01-31".into(),
        }
    }

    /// A started interview with consent confirmed and nothing else done.
    fn started() -> InterviewRecord {
        let mut record = InterviewRecord::new(INTERVIEWER);
        record.start(INTERVIEWER, at(0)).unwrap();
        record.consent = ConsentPoints {
            purpose_told: true,
            photo_announced: true,
            retention_told: true,
        };
        record
            .mark(Item::Consent, ItemState::Ok, INTERVIEWER, at(1), "")
            .unwrap();
        record
    }

    /// A record that may be approved: every item ok, with its evidence.
    fn complete() -> InterviewRecord {
        let mut record = started();
        record.document = Some(DocumentData::parse(&passport_form()).unwrap());
        record.mrz = Some("P<BELDOE<<JANE<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\nEP1234567BEL".into());
        record
            .draw_features(&Catalogue::builtin().unwrap(), &mut seeded_picker(3))
            .unwrap();
        record
            .draw_prompt(&LivenessPrompts::builtin().unwrap(), &mut seeded_picker(3))
            .unwrap();
        record.images = vec![
            ImageEvidence {
                side: "front".into(),
                sha256: "a".repeat(64),
                at: at(1),
            },
            ImageEvidence {
                side: PHOTO_SIDE.into(),
                sha256: "b".repeat(64),
                at: at(4),
            },
        ];
        record.corrections = vec![Correction {
            field: crate::domain::personal_data::PersonalField::BirthPlace,
            original: "Gent".into(),
            corrected: "Gand".into(),
            by: INTERVIEWER,
            at: at(3),
        }];
        for item in Item::ALL.into_iter().skip(1) {
            let note = if item == Item::RegistryChecks {
                "not reported lost, stolen or cancelled"
            } else {
                ""
            };
            record
                .mark(item, ItemState::Ok, INTERVIEWER, at(5), note)
                .unwrap();
        }
        record
    }

    #[test]
    fn codes_round_trip() {
        for item in Item::ALL {
            assert_eq!(Item::parse(item.code()), Some(item));
        }
        for reason in RefusalReason::ALL {
            assert_eq!(RefusalReason::parse(reason.code()), Some(reason));
        }
        for kind in DocumentType::ALL {
            assert_eq!(DocumentType::parse(kind.code()), Some(kind));
        }
        for state in [ItemState::NotDone, ItemState::Ok, ItemState::NotOk] {
            assert_eq!(ItemState::parse(state.code()), Some(state));
        }
    }

    #[test]
    fn document_data_collects_every_field_error() {
        use DocumentField as F;
        use DocumentProblem as P;
        let form = |kind: &str, country: &str, number: &str, expiry: &str| DocumentForm {
            kind: kind.into(),
            issuing_country: country.into(),
            number: number.into(),
            expiry: expiry.into(),
        };
        let cases: Vec<DocumentCase> = vec![
            ("valid passport", passport_form(), vec![]),
            (
                "valid ID card",
                form("european_id_card", "BE", "592123456789", "2031-12-01"),
                vec![],
            ),
            (
                "all empty",
                DocumentForm::default(),
                vec![
                    (F::Kind, P::Required),
                    (F::IssuingCountry, P::Required),
                    (F::Number, P::Required),
                    (F::Expiry, P::Required),
                ],
            ),
            (
                "driving licence",
                form("driving_licence", "BE", "A1", "2030-01-01"),
                vec![(F::Kind, P::KindNotAccepted)],
            ),
            (
                "unknown country",
                form("passport", "XX", "A1", "2030-01-01"),
                vec![(F::IssuingCountry, P::UnknownCountry)],
            ),
            (
                "non-European ID card",
                form("european_id_card", "US", "A1", "2030-01-01"),
                vec![(F::IssuingCountry, P::IdCardNotEuropean)],
            ),
            (
                "non-European passport",
                form("passport", "US", "A1", "2030-01-01"),
                vec![],
            ),
            (
                "number with a slash",
                form("passport", "BE", "A1/2", "2030-01-01"),
                vec![(F::Number, P::NumberFormat)],
            ),
            (
                "number too long",
                form("passport", "BE", &"1".repeat(21), "2030-01-01"),
                vec![(F::Number, P::NumberFormat)],
            ),
            (
                "date not ISO",
                form("passport", "BE", "A1", "31/01/2030"),
                vec![(F::Expiry, P::DateFormat)],
            ),
            (
                "date not real",
                form("passport", "BE", "A1", "2030-02-30"),
                vec![(F::Expiry, P::DateFormat)],
            ),
        ];
        for (case, form, expected) in cases {
            let errors = DocumentData::parse(&form).err().unwrap_or_default();
            assert_eq!(errors, expected, "case: {case}");
        }
        let data = DocumentData::parse(&passport_form()).unwrap();
        assert_eq!(
            (data.kind(), data.issuing_country().code(), data.number()),
            (DocumentType::Passport, "BE", "EP123456")
        );
    }

    #[test]
    fn document_expires_after_its_expiry_day() {
        let data = DocumentData::parse(&passport_form()).unwrap();
        let cases = [
            ("2030-01-30", false),
            ("2030-01-31", false),
            ("2030-02-01", true),
        ];
        for (today, expired) in cases {
            let today = NaiveDate::parse_from_str(today, "%Y-%m-%d").unwrap();
            assert_eq!(data.is_expired(today), expired, "today {today}");
        }
    }

    #[test]
    fn checklist_marks_follow_their_rules() {
        let not_started = InterviewRecord::new(INTERVIEWER);
        let no_consent = {
            let mut r = InterviewRecord::new(INTERVIEWER);
            r.start(INTERVIEWER, at(0)).unwrap();
            r
        };
        let decided = {
            let mut r = complete();
            r.outcome = Some(Decided {
                outcome: Outcome::Approved,
                by: INTERVIEWER,
                at: at(9),
            });
            r
        };
        let cases: Vec<MarkCase> = vec![
            (
                "before the start",
                not_started,
                Item::Consent,
                ItemState::Ok,
                Err(ChecklistProblem::NotStarted),
            ),
            (
                "consent without its points",
                no_consent.clone(),
                Item::Consent,
                ItemState::Ok,
                Err(ChecklistProblem::ConsentPointsMissing),
            ),
            (
                "consent refused is recorded",
                no_consent.clone(),
                Item::Consent,
                ItemState::NotOk,
                Ok(()),
            ),
            (
                "a check before consent",
                no_consent,
                Item::OriginalShown,
                ItemState::Ok,
                Err(ChecklistProblem::ConsentFirst),
            ),
            (
                "a check after consent",
                started(),
                Item::OriginalShown,
                ItemState::Ok,
                Ok(()),
            ),
            (
                "document ok without data",
                started(),
                Item::DocumentData,
                ItemState::Ok,
                Err(ChecklistProblem::EvidenceMissing(Item::DocumentData)),
            ),
            (
                "document not ok without data",
                started(),
                Item::DocumentData,
                ItemState::NotOk,
                Ok(()),
            ),
            (
                "MRZ ok without MRZ",
                started(),
                Item::Mrz,
                ItemState::Ok,
                Err(ChecklistProblem::EvidenceMissing(Item::Mrz)),
            ),
            (
                "features ok before the draw",
                started(),
                Item::SecurityFeatures,
                ItemState::Ok,
                Err(ChecklistProblem::EvidenceMissing(Item::SecurityFeatures)),
            ),
            (
                "same person ok before the prompt",
                started(),
                Item::SamePerson,
                ItemState::Ok,
                Err(ChecklistProblem::EvidenceMissing(Item::SamePerson)),
            ),
            (
                "after the outcome",
                decided,
                Item::PersonalData,
                ItemState::NotOk,
                Err(ChecklistProblem::OutcomeRecorded),
            ),
        ];
        for (case, mut record, item, state, expected) in cases {
            let result = record.mark(item, state, INTERVIEWER, at(3), " note ");
            assert_eq!(result, expected, "case: {case}");
            if result.is_ok() {
                assert_eq!(record.item_state(item), state, "case: {case}");
                assert_eq!(record.checklist[&item].note, "note", "case: {case}");
            }
        }
    }

    #[test]
    fn draws_are_made_once() {
        let mut record = started();
        let catalogue = Catalogue::builtin().unwrap();
        let prompts = LivenessPrompts::builtin().unwrap();
        let first = record
            .draw_features(&catalogue, &mut seeded_picker(1))
            .unwrap()
            .clone();
        let prompt = record
            .draw_prompt(&prompts, &mut seeded_picker(1))
            .unwrap()
            .to_string();
        for seed in 2..20 {
            assert_eq!(
                record
                    .draw_features(&catalogue, &mut seeded_picker(seed))
                    .unwrap(),
                &first
            );
            assert_eq!(
                record
                    .draw_prompt(&prompts, &mut seeded_picker(seed))
                    .unwrap(),
                prompt
            );
        }
    }

    #[test]
    fn prompts_parse_and_every_prompt_can_be_drawn() {
        let prompts = LivenessPrompts::builtin().unwrap();
        assert!(prompts.all().len() >= 5);
        assert!(prompts.all().iter().all(|p| !p.starts_with('#')));
        let mut pick = seeded_picker(9);
        let drawn: std::collections::BTreeSet<String> = (0..500)
            .map(|_| choose_prompt(&prompts, &mut pick))
            .collect();
        assert_eq!(drawn.len(), prompts.all().len());
        assert_eq!(
            LivenessPrompts::parse("# only a comment\n\n"),
            Err(NoPrompts)
        );
        assert_eq!(
            choose_prompt(&prompts, &mut |_| usize::MAX),
            prompts.all()[usize::MAX % prompts.all().len()]
        );
    }

    #[test]
    fn registry_checks_are_ok_only_with_the_registry_answer() {
        let mut record = started();
        assert_eq!(
            record.mark(
                Item::RegistryChecks,
                ItemState::Ok,
                INTERVIEWER,
                at(5),
                "  "
            ),
            Err(ChecklistProblem::EvidenceMissing(Item::RegistryChecks))
        );
        assert_eq!(
            record.mark(
                Item::RegistryChecks,
                ItemState::NotOk,
                INTERVIEWER,
                at(5),
                ""
            ),
            Ok(()),
            "a failed check may lack the answer"
        );
        assert_eq!(
            record.mark(
                Item::RegistryChecks,
                ItemState::Ok,
                INTERVIEWER,
                at(6),
                "no hit"
            ),
            Ok(())
        );
    }

    #[test]
    fn approval_names_every_blocker() {
        let expired = {
            let mut r = complete();
            r.document = Some(
                DocumentData::parse(&DocumentForm {
                    expiry: "2026-03-09".into(),
                    ..passport_form()
                })
                .unwrap(),
            );
            r
        };
        let with = |change: fn(&mut InterviewRecord)| {
            let mut r = complete();
            change(&mut r);
            r
        };
        let cases: Vec<(&str, InterviewRecord, Vec<Blocker>)> = vec![
            ("complete", complete(), vec![]),
            (
                "new",
                InterviewRecord::new(INTERVIEWER),
                [Blocker::NotStarted, Blocker::ConsentNotConfirmed]
                    .into_iter()
                    .chain(Item::ALL.into_iter().skip(1).map(Blocker::ItemNotDone))
                    .collect(),
            ),
            ("expired", expired, vec![Blocker::DocumentExpired]),
            (
                "fraud",
                with(|r| {
                    r.fraud = Some(FraudFlag {
                        by: INTERVIEWER,
                        at: at(6),
                        note: "screen".into(),
                    })
                }),
                vec![Blocker::SuspectedFraud],
            ),
            (
                "consent point withdrawn",
                with(|r| r.consent.retention_told = false),
                vec![Blocker::ConsentNotConfirmed],
            ),
            (
                "two items",
                with(|r| {
                    r.mark(
                        Item::RegistryChecks,
                        ItemState::NotOk,
                        INTERVIEWER,
                        at(7),
                        "reported stolen",
                    )
                    .unwrap();
                    r.mark(
                        Item::PhotoWithDocument,
                        ItemState::NotDone,
                        INTERVIEWER,
                        at(7),
                        "",
                    )
                    .unwrap();
                }),
                vec![
                    Blocker::ItemNotOk(Item::RegistryChecks),
                    Blocker::ItemNotDone(Item::PhotoWithDocument),
                ],
            ),
            // A record loaded with a tick but no data (edited outside the rules) is not approved.
            (
                "tick without data",
                with(|r| r.mrz = None),
                vec![Blocker::EvidenceMissing(Item::Mrz)],
            ),
        ];
        for (case, record, expected) in cases {
            let result = may_approve(&record, today()).err().unwrap_or_default();
            assert_eq!(result, expected, "case: {case}");
        }
    }

    #[test]
    fn outcomes_follow_their_rules() {
        let refused = |text: &str| Outcome::Refused {
            reason: RefusalReason::PersonDoesNotMatch,
            applicant_text: text.into(),
            internal_note: String::new(),
        };
        let incomplete = |missing: Vec<Item>| Outcome::Incomplete {
            missing,
            applicant_text: "Please bring your passport.".into(),
            internal_note: String::new(),
        };
        let decided = {
            let mut r = complete();
            r.outcome = Some(Decided {
                outcome: Outcome::Approved,
                by: INTERVIEWER,
                at: at(9),
            });
            r
        };
        let not_joined = InterviewRecord::new(INTERVIEWER);
        let grace = DEFAULT_NO_SHOW_GRACE;
        let cases: Vec<OutcomeCase> = vec![
            (
                "approved when complete",
                complete(),
                Outcome::Approved,
                20,
                Ok(()),
            ),
            (
                "approved when not",
                started(),
                Outcome::Approved,
                20,
                Err(OutcomeProblem::NotApprovable(
                    may_approve(&started(), today()).unwrap_err(),
                )),
            ),
            (
                "a second outcome",
                decided,
                Outcome::Interrupted {
                    applicant_text: None,
                },
                20,
                Err(OutcomeProblem::AlreadyDecided),
            ),
            (
                "incomplete",
                started(),
                incomplete(vec![Item::Mrz]),
                20,
                Ok(()),
            ),
            (
                "incomplete without items",
                started(),
                incomplete(vec![]),
                20,
                Err(OutcomeProblem::NothingMissing),
            ),
            (
                "incomplete naming an ok item",
                complete(),
                incomplete(vec![Item::Mrz]),
                20,
                Err(OutcomeProblem::MissingItemIsOk(Item::Mrz)),
            ),
            (
                "refused with a text",
                started(),
                refused("The person did not match the photo."),
                20,
                Ok(()),
            ),
            (
                "refused without a text",
                started(),
                refused("  \n"),
                20,
                Err(OutcomeProblem::RefusalTextRequired),
            ),
            (
                "no-show before the grace",
                not_joined.clone(),
                Outcome::NoShow,
                9,
                Err(OutcomeProblem::TooEarlyForNoShow {
                    allowed_from: at(10),
                }),
            ),
            (
                "no-show at the grace",
                not_joined.clone(),
                Outcome::NoShow,
                10,
                Ok(()),
            ),
            (
                "no-show once joined",
                started(),
                Outcome::NoShow,
                30,
                Err(OutcomeProblem::ApplicantJoined),
            ),
            (
                "interrupted anytime",
                not_joined,
                Outcome::Interrupted {
                    applicant_text: Some("Our video failed.".into()),
                },
                1,
                Ok(()),
            ),
        ];
        for (case, record, outcome, minute, expected) in cases {
            let result = decide(
                &record,
                outcome.clone(),
                INTERVIEWER,
                at(minute),
                at(0),
                grace,
                today(),
            );
            match (result, expected) {
                (Ok(decided), Ok(())) => {
                    assert_eq!(
                        decided,
                        Decided {
                            outcome,
                            by: INTERVIEWER,
                            at: at(minute)
                        },
                        "case: {case}"
                    )
                }
                (result, expected) => assert_eq!(result.map(|_| ()), expected, "case: {case}"),
            }
        }
    }

    #[test]
    fn only_another_supervisor_with_a_reason_changes_an_outcome() {
        let cases = [
            (
                "another supervisor",
                SUPERVISOR,
                true,
                "wrong item ticked",
                Ok(()),
            ),
            (
                "an interviewer",
                SUPERVISOR,
                false,
                "wrong item ticked",
                Err(ChangeProblem::NotSupervisor),
            ),
            (
                "the same person",
                INTERVIEWER,
                true,
                "wrong item ticked",
                Err(ChangeProblem::OwnDecision),
            ),
            (
                "no reason",
                SUPERVISOR,
                true,
                " ",
                Err(ChangeProblem::ReasonRequired),
            ),
        ];
        for (case, by, is_supervisor, reason, expected) in cases {
            assert_eq!(
                may_change(INTERVIEWER, by, is_supervisor, reason),
                expected,
                "case: {case}"
            );
        }
    }

    #[test]
    fn nobody_who_took_part_reviews_the_outcome() {
        let mut record = complete();
        record.outcome = Some(Decided {
            outcome: Outcome::NoShow,
            by: OTHER,
            at: at(9),
        });
        let supervisor = Uuid::from_u128(7);
        assert_eq!(
            may_change_outcome(&record, INTERVIEWER, true, "why"),
            Err(ChangeProblem::OwnDecision),
            "the interviewer, even as a supervisor"
        );
        assert_eq!(
            may_change_outcome(&record, OTHER, true, "why"),
            Err(ChangeProblem::OwnDecision),
            "who recorded it"
        );
        record.checklist.get_mut(&Item::RegistryChecks).unwrap().by = supervisor;
        assert_eq!(
            may_change_outcome(&record, supervisor, true, "why"),
            Err(ChangeProblem::OwnDecision),
            "who marked an item"
        );
        assert_eq!(
            may_change_outcome(&record, Uuid::from_u128(8), true, "why"),
            Ok(())
        );
    }

    #[test]
    fn evidence_text_is_stable() {
        let mut record = InterviewRecord::new(INTERVIEWER);
        record.start(INTERVIEWER, at(0)).unwrap();
        record.outcome = Some(Decided {
            outcome: Outcome::Interrupted {
                applicant_text: Some("Line \"one\"\nline two".into()),
            },
            by: INTERVIEWER,
            at: at(4),
        });
        let expected = "\
interview-evidence v2
interviewer: 00000000-0000-0000-0000-000000000001
started: by 00000000-0000-0000-0000-000000000001 at 2026-03-10T09:00:00.000000Z
consent: purpose_told=no photo_announced=no retention_told=no
item consent: not_done
item original_shown: not_done
item document_data: not_done
item mrz: not_done
item security_features: not_done
item registry_checks: not_done
item same_person: not_done
item personal_data: not_done
item photo_with_document: not_done
document: none
mrz: none
features: none
prompt: none
fraud: none
outcome: interrupted by 00000000-0000-0000-0000-000000000001 at 2026-03-10T09:04:00.000000Z
applicant_text: \"Line \\\"one\\\"\\nline two\"
";
        assert_eq!(evidence_text(&record), expected);
    }

    #[test]
    fn changing_any_field_changes_the_evidence_text() {
        let base = {
            let mut r = complete();
            r.fraud = Some(FraudFlag {
                by: INTERVIEWER,
                at: at(6),
                note: "screen glare".into(),
            });
            r.outcome = Some(Decided {
                outcome: Outcome::Refused {
                    reason: RefusalReason::DocumentNotGenuine,
                    applicant_text: "The document could not be verified.".into(),
                    internal_note: "hologram missing".into(),
                },
                by: INTERVIEWER,
                at: at(9),
            });
            r
        };
        let changes: Vec<Change> = vec![
            ("interviewer", Box::new(|r| r.interviewer = OTHER)),
            (
                "started by",
                Box::new(|r| r.started.as_mut().unwrap().by = OTHER),
            ),
            (
                "started at",
                Box::new(|r| r.started.as_mut().unwrap().at = at(1)),
            ),
            (
                "started at by a microsecond",
                Box::new(|r| r.started.as_mut().unwrap().at += TimeDelta::microseconds(1)),
            ),
            ("purpose told", Box::new(|r| r.consent.purpose_told = false)),
            (
                "photo announced",
                Box::new(|r| r.consent.photo_announced = false),
            ),
            (
                "retention told",
                Box::new(|r| r.consent.retention_told = false),
            ),
            (
                "item state",
                Box::new(|r| r.checklist.get_mut(&Item::Mrz).unwrap().state = ItemState::NotOk),
            ),
            (
                "item by",
                Box::new(|r| r.checklist.get_mut(&Item::Mrz).unwrap().by = OTHER),
            ),
            (
                "item at",
                Box::new(|r| r.checklist.get_mut(&Item::Mrz).unwrap().at = at(8)),
            ),
            (
                "item note",
                Box::new(|r| r.checklist.get_mut(&Item::Mrz).unwrap().note = "x".into()),
            ),
            (
                "item removed",
                Box::new(|r| {
                    r.checklist.remove(&Item::PhotoWithDocument);
                }),
            ),
            (
                "document kind",
                Box::new(|r| {
                    r.document = DocumentData::parse(&DocumentForm {
                        kind: "european_id_card".into(),
                        ..passport_form()
                    })
                    .ok()
                }),
            ),
            (
                "document country",
                Box::new(|r| {
                    r.document = DocumentData::parse(&DocumentForm {
                        issuing_country: "FR".into(),
                        ..passport_form()
                    })
                    .ok()
                }),
            ),
            (
                "document number",
                Box::new(|r| {
                    r.document = DocumentData::parse(&DocumentForm {
                        number: "EP123457".into(),
                        ..passport_form()
                    })
                    .ok()
                }),
            ),
            (
                "document expiry",
                Box::new(|r| {
                    r.document = DocumentData::parse(&DocumentForm {
                        expiry: "2030-02-01".into(),
                        ..passport_form()
                    })
                    .ok()
                }),
            ),
            ("document removed", Box::new(|r| r.document = None)),
            ("MRZ", Box::new(|r| r.mrz.as_mut().unwrap().push('<'))),
            ("MRZ removed", Box::new(|r| r.mrz = None)),
            (
                "feature name",
                Box::new(|r| r.features.as_mut().unwrap()[0].name.push('!')),
            ),
            (
                "feature flag",
                Box::new(|r| {
                    let f = &mut r.features.as_mut().unwrap()[1];
                    f.optically_variable = !f.optically_variable;
                }),
            ),
            (
                "feature category",
                Box::new(|r| {
                    let f = &mut r.features.as_mut().unwrap()[2];
                    f.category =
                        if f.category == crate::domain::security_features::Category::Substrate {
                            crate::domain::security_features::Category::SecurityPrinting
                        } else {
                            crate::domain::security_features::Category::Substrate
                        };
                }),
            ),
            (
                "features order",
                Box::new(|r| r.features.as_mut().unwrap().swap(0, 1)),
            ),
            ("features removed", Box::new(|r| r.features = None)),
            ("prompt", Box::new(|r| r.prompt = Some("Wave.".into()))),
            ("prompt removed", Box::new(|r| r.prompt = None)),
            (
                "fraud note",
                Box::new(|r| r.fraud.as_mut().unwrap().note.push('.')),
            ),
            (
                "fraud by",
                Box::new(|r| r.fraud.as_mut().unwrap().by = OTHER),
            ),
            (
                "fraud at",
                Box::new(|r| r.fraud.as_mut().unwrap().at = at(7)),
            ),
            ("fraud removed", Box::new(|r| r.fraud = None)),
            (
                "correction changed",
                Box::new(|r| r.corrections[0].corrected.push('x')),
            ),
            (
                "correction's original changed",
                Box::new(|r| r.corrections[0].original.push('x')),
            ),
            ("correction removed", Box::new(|r| r.corrections.clear())),
            (
                "image digest changed",
                Box::new(|r| r.images[1].sha256 = "c".repeat(64)),
            ),
            ("image removed", Box::new(|r| r.images.truncate(1))),
            (
                "outcome by",
                Box::new(|r| r.outcome.as_mut().unwrap().by = OTHER),
            ),
            (
                "outcome at",
                Box::new(|r| r.outcome.as_mut().unwrap().at = at(10)),
            ),
            (
                "refusal reason",
                Box::new(|r| {
                    if let Outcome::Refused { reason, .. } =
                        &mut r.outcome.as_mut().unwrap().outcome
                    {
                        *reason = RefusalReason::Other
                    }
                }),
            ),
            (
                "applicant text",
                Box::new(|r| {
                    if let Outcome::Refused { applicant_text, .. } =
                        &mut r.outcome.as_mut().unwrap().outcome
                    {
                        applicant_text.push(' ')
                    }
                }),
            ),
            (
                "internal note",
                Box::new(|r| {
                    if let Outcome::Refused { internal_note, .. } =
                        &mut r.outcome.as_mut().unwrap().outcome
                    {
                        internal_note.clear()
                    }
                }),
            ),
            // Texts swapped between fields must not give the same evidence either.
            (
                "texts swapped",
                Box::new(|r| {
                    if let Outcome::Refused {
                        applicant_text,
                        internal_note,
                        ..
                    } = &mut r.outcome.as_mut().unwrap().outcome
                    {
                        std::mem::swap(applicant_text, internal_note)
                    }
                }),
            ),
            (
                "outcome kind",
                Box::new(|r| r.outcome.as_mut().unwrap().outcome = Outcome::Approved),
            ),
            (
                "incomplete",
                Box::new(|r| {
                    r.outcome.as_mut().unwrap().outcome = Outcome::Incomplete {
                        missing: vec![Item::Mrz],
                        applicant_text: "a".into(),
                        internal_note: "b".into(),
                    }
                }),
            ),
            (
                "incomplete other item",
                Box::new(|r| {
                    r.outcome.as_mut().unwrap().outcome = Outcome::Incomplete {
                        missing: vec![Item::Consent],
                        applicant_text: "a".into(),
                        internal_note: "b".into(),
                    }
                }),
            ),
            (
                "interrupted without text",
                Box::new(|r| {
                    r.outcome.as_mut().unwrap().outcome = Outcome::Interrupted {
                        applicant_text: None,
                    }
                }),
            ),
            (
                "interrupted with empty text",
                Box::new(|r| {
                    r.outcome.as_mut().unwrap().outcome = Outcome::Interrupted {
                        applicant_text: Some(String::new()),
                    }
                }),
            ),
            ("no outcome", Box::new(|r| r.outcome = None)),
            // A note that imitates the next line is escaped, not taken for that line.
            (
                "forged line",
                Box::new(|r| {
                    r.checklist.get_mut(&Item::PhotoWithDocument).unwrap().note =
                        "\"\ndocument: none".into()
                }),
            ),
        ];
        let base_text = evidence_text(&base);
        let mut seen = std::collections::BTreeMap::new();
        seen.insert(base_text.clone(), "base");
        for (case, change) in &changes {
            let mut record = base.clone();
            change(&mut record);
            assert_ne!(record, base, "case {case} changes nothing");
            let text = evidence_text(&record);
            if let Some(earlier) = seen.insert(text, case) {
                panic!("case {case} gives the same evidence text as {earlier}");
            }
        }
    }
}
