//! An applicant's interview request: the raw form as typed, its parsing into a valid request that
//! collects every field error at once, and the states a request goes through.

use super::countries::Country;
use super::email::EmailAddress;
use super::language::InterviewLanguage;
use super::niss::{Niss, NissError};
use super::slot::PreferredSlot;
use chrono::{Datelike, NaiveDate};
use serde::Deserialize;
use std::collections::BTreeSet;

/// The request form exactly as submitted: strings only, so that nothing typed is ever lost.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RequestForm {
    pub last_name: String,
    pub first_names: String,
    pub birth_date: String,
    pub birth_country: String,
    pub birth_place: String,
    pub sex: String,
    pub niss: String,
    pub email: String,
    pub motivation: String,
    pub interview_language: String,
    pub slot: Vec<String>,
    pub consent: Option<String>,
    pub csrf_token: String,
    pub submission_token: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sex {
    Female,
    Male,
    Unspecified,
}

impl Sex {
    pub const ALL: [Sex; 3] = [Sex::Female, Sex::Male, Sex::Unspecified];

    pub fn code(self) -> &'static str {
        match self {
            Sex::Female => "F",
            Sex::Male => "M",
            Sex::Unspecified => "X",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Sex::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// The form's fields, in the order they appear on the page (and so in the error summary).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    LastName,
    FirstNames,
    BirthDate,
    BirthCountry,
    BirthPlace,
    Sex,
    Niss,
    Email,
    Motivation,
    InterviewLanguage,
    Slots,
    Consent,
}

impl Field {
    /// The form field's `name`, also used as the HTML `id` base.
    pub fn name(self) -> &'static str {
        match self {
            Field::LastName => "last_name",
            Field::FirstNames => "first_names",
            Field::BirthDate => "birth_date",
            Field::BirthCountry => "birth_country",
            Field::BirthPlace => "birth_place",
            Field::Sex => "sex",
            Field::Niss => "niss",
            Field::Email => "email",
            Field::Motivation => "motivation",
            Field::InterviewLanguage => "interview_language",
            Field::Slots => "slot",
            Field::Consent => "consent",
        }
    }
}

/// Why a field was refused; each has a translated message `error-…` in `templates/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    Required,
    TooLong,
    InvalidCharacters,
    DateFormat,
    DateInFuture,
    DateTooOld,
    UnknownCountry,
    NissFormat,
    NissChecksum,
    NissBirthDate,
    EmailFormat,
    MotivationTooShort,
    MotivationTooLong,
    NoSlot,
    SlotNotOffered,
    ConsentRequired,
}

impl Problem {
    pub fn message_key(self) -> &'static str {
        match self {
            Problem::Required => "error-required",
            Problem::TooLong => "error-too-long",
            Problem::InvalidCharacters => "error-invalid-characters",
            Problem::DateFormat => "error-date-format",
            Problem::DateInFuture => "error-date-future",
            Problem::DateTooOld => "error-date-too-old",
            Problem::UnknownCountry => "error-country",
            Problem::NissFormat => "error-niss-format",
            Problem::NissChecksum => "error-niss-checksum",
            Problem::NissBirthDate => "error-niss-birth-date",
            Problem::EmailFormat => "error-email",
            Problem::MotivationTooShort => "error-motivation-short",
            Problem::MotivationTooLong => "error-motivation-long",
            Problem::NoSlot => "error-no-slot",
            Problem::SlotNotOffered => "error-slot-not-offered",
            Problem::ConsentRequired => "error-consent",
        }
    }
}

/// All the problems found in one submission, at most one per field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldErrors(Vec<(Field, Problem)>);

impl FieldErrors {
    fn add(&mut self, field: Field, problem: Problem) {
        if self.get(field).is_none() {
            self.0.push((field, problem));
            self.0.sort_by_key(|(f, _)| *f);
        }
    }

    fn check<T>(&mut self, field: Field, result: Result<T, Problem>) -> Option<T> {
        result.map_err(|problem| self.add(field, problem)).ok()
    }

    pub fn get(&self, field: Field) -> Option<Problem> {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, p)| *p)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (Field, Problem)> + '_ {
        self.0.iter().copied()
    }
}

pub const NAME_MAX: usize = 100;
pub const MOTIVATION_MIN: usize = 10;
pub const MOTIVATION_MAX: usize = 1000;
pub const OLDEST_BIRTH_YEAR: i32 = 1900;

/// A valid request, ready to be stored.
#[derive(Debug, Clone)]
pub struct NewRequest {
    pub last_name: String,
    pub first_names: String,
    pub birth_date: NaiveDate,
    pub birth_country: Country,
    pub birth_place: String,
    pub sex: Sex,
    pub niss: Option<Niss>,
    pub email: EmailAddress,
    pub motivation: String,
    pub interview_language: InterviewLanguage,
    pub slots: Vec<PreferredSlot>,
}

impl RequestForm {
    /// Parses the whole form against the slots offered today. Returns every problem at once.
    pub fn parse(
        &self,
        today: NaiveDate,
        offered: &[PreferredSlot],
    ) -> Result<NewRequest, FieldErrors> {
        let mut errors = FieldErrors::default();

        let last_name = errors.check(Field::LastName, short_text(&self.last_name));
        let first_names = errors.check(Field::FirstNames, short_text(&self.first_names));
        let birth_date = errors.check(Field::BirthDate, birth_date(&self.birth_date, today));
        let birth_country = errors.check(
            Field::BirthCountry,
            required(&self.birth_country)
                .and_then(|c| Country::parse(c).ok_or(Problem::UnknownCountry)),
        );
        let birth_place = errors.check(Field::BirthPlace, short_text(&self.birth_place));
        let sex = errors.check(
            Field::Sex,
            required(&self.sex).and_then(|s| Sex::parse(s).ok_or(Problem::Required)),
        );
        let niss = errors.check(Field::Niss, niss(&self.niss, birth_date));
        let email = errors.check(
            Field::Email,
            required(&self.email)
                .and_then(|e| EmailAddress::parse(e).map_err(|_| Problem::EmailFormat)),
        );
        let motivation = errors.check(Field::Motivation, motivation(&self.motivation));
        let interview_language = errors.check(
            Field::InterviewLanguage,
            required(&self.interview_language)
                .and_then(|l| InterviewLanguage::parse(l).ok_or(Problem::Required)),
        );
        let slots = errors.check(Field::Slots, slots(&self.slot, offered));
        let consent = errors.check(
            Field::Consent,
            self.consent
                .as_deref()
                .filter(|v| !v.is_empty())
                .ok_or(Problem::ConsentRequired),
        );

        match (
            last_name,
            first_names,
            birth_date,
            birth_country,
            birth_place,
            sex,
            niss,
            email,
            motivation,
            interview_language,
            slots,
            consent,
        ) {
            (
                Some(last_name),
                Some(first_names),
                Some(birth_date),
                Some(birth_country),
                Some(birth_place),
                Some(sex),
                Some(niss),
                Some(email),
                Some(motivation),
                Some(interview_language),
                Some(slots),
                Some(_),
            ) if errors.is_empty() => Ok(NewRequest {
                last_name,
                first_names,
                birth_date,
                birth_country,
                birth_place,
                sex,
                niss,
                email,
                motivation,
                interview_language,
                slots,
            }),
            _ => Err(errors),
        }
    }
}

fn required(raw: &str) -> Result<&str, Problem> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        Err(Problem::Required)
    } else {
        Ok(trimmed)
    }
}

/// Names and places: required, bounded, no control characters; whitespace runs folded.
fn short_text(raw: &str) -> Result<String, Problem> {
    let value = required(raw)?;
    if value.chars().any(char::is_control) {
        return Err(Problem::InvalidCharacters);
    }
    if value.chars().count() > NAME_MAX {
        return Err(Problem::TooLong);
    }
    Ok(value.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Accepts the browser's `YYYY-MM-DD` and the forms people type where there is no date picker.
fn birth_date(raw: &str, today: NaiveDate) -> Result<NaiveDate, Problem> {
    let value = required(raw)?;
    let date = ["%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(value, f).ok())
        .ok_or(Problem::DateFormat)?;
    if date >= today {
        Err(Problem::DateInFuture)
    } else if date.year() < OLDEST_BIRTH_YEAR {
        Err(Problem::DateTooOld)
    } else {
        Ok(date)
    }
}

/// Optional; when given it must be valid and agree with the birth date (when that one is valid).
fn niss(raw: &str, birth_date: Option<NaiveDate>) -> Result<Option<Niss>, Problem> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    let niss = Niss::parse(raw).map_err(|e| match e {
        NissError::Format => Problem::NissFormat,
        NissError::Checksum => Problem::NissChecksum,
    })?;
    match birth_date {
        Some(date) if !niss.matches_birth_date(date) => Err(Problem::NissBirthDate),
        _ => Ok(Some(niss)),
    }
}

fn motivation(raw: &str) -> Result<String, Problem> {
    let value = required(raw)?;
    let length = value.chars().count();
    if length < MOTIVATION_MIN {
        Err(Problem::MotivationTooShort)
    } else if length > MOTIVATION_MAX {
        Err(Problem::MotivationTooLong)
    } else if value
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
    {
        Err(Problem::InvalidCharacters)
    } else {
        Ok(value.to_owned())
    }
}

/// Reads the preferred slots ticked in a form: at least one, each among those offered.
pub fn slots(raw: &[String], offered: &[PreferredSlot]) -> Result<Vec<PreferredSlot>, Problem> {
    let mut chosen = BTreeSet::new();
    for code in raw.iter().filter(|c| !c.is_empty()) {
        let slot = PreferredSlot::parse(code)
            .filter(|s| offered.contains(s))
            .ok_or(Problem::SlotNotOffered)?;
        chosen.insert(slot);
    }
    if chosen.is_empty() {
        return Err(Problem::NoSlot);
    }
    Ok(chosen.into_iter().collect())
}

/// Where a request stands. See the state diagram in DESIGN.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestState {
    Submitted,
    Proposed,
    Confirmed,
    Approved,
    Incomplete,
    Refused,
    NoShow,
    Lapsed,
    Cancelled,
}

impl RequestState {
    /// Whether the request has ended: an interview outcome, a cancellation or a lapse.
    pub fn has_ended(self) -> bool {
        !matches!(
            self,
            RequestState::Submitted | RequestState::Proposed | RequestState::Confirmed
        )
    }

    pub const ALL: [RequestState; 9] = [
        RequestState::Submitted,
        RequestState::Proposed,
        RequestState::Confirmed,
        RequestState::Approved,
        RequestState::Incomplete,
        RequestState::Refused,
        RequestState::NoShow,
        RequestState::Lapsed,
        RequestState::Cancelled,
    ];

    pub fn code(self) -> &'static str {
        match self {
            RequestState::Submitted => "submitted",
            RequestState::Proposed => "proposed",
            RequestState::Confirmed => "confirmed",
            RequestState::Approved => "approved",
            RequestState::Incomplete => "incomplete",
            RequestState::Refused => "refused",
            RequestState::NoShow => "no_show",
            RequestState::Lapsed => "lapsed",
            RequestState::Cancelled => "cancelled",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        RequestState::ALL.into_iter().find(|s| s.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::slot::offered_slots;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    fn valid_form() -> RequestForm {
        RequestForm {
            last_name: "Janssens".into(),
            first_names: "Marie  Louise".into(),
            birth_date: "1985-07-30".into(),
            birth_country: "be".into(),
            birth_place: "Gent".into(),
            sex: "F".into(),
            niss: "85.07.30-033.28".into(),
            email: "marie@example.org".into(),
            motivation: "I need the key to file my taxes from abroad.".into(),
            interview_language: "nl".into(),
            slot: vec!["2026-11-30-am".into(), "2026-12-01-pm".into()],
            consent: Some("yes".into()),
            ..Default::default()
        }
    }

    #[test]
    fn a_valid_form_becomes_a_request() {
        let request = valid_form()
            .parse(today(), &offered_slots(today()))
            .unwrap();
        assert_eq!(request.first_names, "Marie Louise");
        assert_eq!(request.birth_country.code(), "BE");
        assert_eq!(request.niss.unwrap().as_str(), "85073003328");
        assert_eq!(request.slots.len(), 2);
    }

    #[test]
    fn each_invalid_field_is_reported_with_its_reason() {
        type Edit = fn(&mut RequestForm);
        let cases: &[(&str, Edit, Field, Problem)] = &[
            (
                "no last name",
                |f| f.last_name = " ".into(),
                Field::LastName,
                Problem::Required,
            ),
            (
                "long name",
                |f| f.first_names = "a".repeat(101),
                Field::FirstNames,
                Problem::TooLong,
            ),
            (
                "bad date",
                |f| f.birth_date = "30/13/1985".into(),
                Field::BirthDate,
                Problem::DateFormat,
            ),
            (
                "future",
                |f| f.birth_date = "2030-01-01".into(),
                Field::BirthDate,
                Problem::DateInFuture,
            ),
            (
                "old",
                |f| f.birth_date = "1850-01-01".into(),
                Field::BirthDate,
                Problem::DateTooOld,
            ),
            (
                "country",
                |f| f.birth_country = "XX".into(),
                Field::BirthCountry,
                Problem::UnknownCountry,
            ),
            (
                "place",
                |f| f.birth_place = String::new(),
                Field::BirthPlace,
                Problem::Required,
            ),
            ("sex", |f| f.sex = "Q".into(), Field::Sex, Problem::Required),
            (
                "niss format",
                |f| f.niss = "123".into(),
                Field::Niss,
                Problem::NissFormat,
            ),
            (
                "niss check",
                |f| f.niss = "85073003329".into(),
                Field::Niss,
                Problem::NissChecksum,
            ),
            (
                "niss date",
                |f| f.birth_date = "1985-07-31".into(),
                Field::Niss,
                Problem::NissBirthDate,
            ),
            (
                "email",
                |f| f.email = "marie@".into(),
                Field::Email,
                Problem::EmailFormat,
            ),
            (
                "motivation",
                |f| f.motivation = "taxes".into(),
                Field::Motivation,
                Problem::MotivationTooShort,
            ),
            (
                "motivation long",
                |f| f.motivation = "x".repeat(1001),
                Field::Motivation,
                Problem::MotivationTooLong,
            ),
            (
                "language",
                |f| f.interview_language = "de".into(),
                Field::InterviewLanguage,
                Problem::Required,
            ),
            ("no slot", |f| f.slot.clear(), Field::Slots, Problem::NoSlot),
            (
                "slot outside window",
                |f| f.slot = vec!["2026-12-14-am".into()],
                Field::Slots,
                Problem::SlotNotOffered,
            ),
            (
                "weekend slot",
                |f| f.slot = vec!["2026-12-05-am".into()],
                Field::Slots,
                Problem::SlotNotOffered,
            ),
            (
                "consent",
                |f| f.consent = None,
                Field::Consent,
                Problem::ConsentRequired,
            ),
        ];
        for (name, edit, field, problem) in cases {
            let mut form = valid_form();
            edit(&mut form);
            let errors = form.parse(today(), &offered_slots(today())).unwrap_err();
            assert_eq!(
                errors.get(*field),
                Some(*problem),
                "case `{name}`: {errors:?}"
            );
        }
    }

    #[test]
    fn every_error_is_collected_not_only_the_first() {
        let errors = RequestForm::default()
            .parse(today(), &offered_slots(today()))
            .unwrap_err();
        let fields: Vec<_> = errors.iter().map(|(f, _)| f).collect();
        assert_eq!(fields.len(), 11, "all but the optional NISS: {fields:?}");
        assert_eq!(fields.first(), Some(&Field::LastName), "in page order");
    }

    #[test]
    fn other_date_forms_are_understood() {
        for typed in ["30/07/1985", "30.07.1985", "30-07-1985"] {
            let mut form = valid_form();
            form.birth_date = typed.into();
            assert!(
                form.parse(today(), &offered_slots(today())).is_ok(),
                "{typed}"
            );
        }
    }
}
