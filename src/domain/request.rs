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
    /// The date of birth in three boxes, as typed: day, month and year.
    pub birth_day: String,
    pub birth_month: String,
    pub birth_year: String,
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

/// One of the three boxes of the date of birth.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatePart {
    Day,
    Month,
    Year,
}

impl DatePart {
    /// In the order they appear on the page.
    pub const ALL: [DatePart; 3] = [DatePart::Day, DatePart::Month, DatePart::Year];

    /// The input's `name`, also its `id`.
    pub fn name(self) -> &'static str {
        match self {
            DatePart::Day => "birth_day",
            DatePart::Month => "birth_month",
            DatePart::Year => "birth_year",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            DatePart::Day => "day",
            DatePart::Month => "month",
            DatePart::Year => "year",
        }
    }
}

/// Which boxes of the date of birth a problem concerns, so that the page marks those (and the
/// error summary leads to the first of them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DateParts {
    pub day: bool,
    pub month: bool,
    pub year: bool,
}

impl DateParts {
    pub const ALL: DateParts = DateParts {
        day: true,
        month: true,
        year: true,
    };
    pub const YEAR: DateParts = DateParts {
        day: false,
        month: false,
        year: true,
    };

    pub fn contains(self, part: DatePart) -> bool {
        match part {
            DatePart::Day => self.day,
            DatePart::Month => self.month,
            DatePart::Year => self.year,
        }
    }

    fn with(mut self, part: DatePart) -> Self {
        match part {
            DatePart::Day => self.day = true,
            DatePart::Month => self.month = true,
            DatePart::Year => self.year = true,
        }
        self
    }

    pub fn is_empty(self) -> bool {
        self == DateParts::default()
    }

    /// The first box concerned, in page order.
    pub fn first(self) -> Option<DatePart> {
        DatePart::ALL.into_iter().find(|p| self.contains(*p))
    }
}

/// Why a field was refused; each has a translated message `error-…` in `templates/`, whose verb
/// fits the field ("Enter…" for a text box, "Select…" for a list, radios or boxes to tick).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    Required,
    TooLong,
    InvalidCharacters,
    /// A name or place holding a web address or markup, which would travel into emails.
    LinkOrMarkup,
    /// Some of the date's boxes are empty (not all: that is `Required`).
    DateIncomplete(DateParts),
    /// These boxes hold something that is not a day, a month or a year; all three when the
    /// date does not exist (30 February).
    DateNotReal(DateParts),
    YearNotFourDigits,
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
    /// The translated message's key for this problem on this field.
    pub fn message_key(self, field: Field) -> &'static str {
        match self {
            Problem::Required => match field {
                Field::LastName => "error-required-last_name",
                Field::FirstNames => "error-required-first_names",
                Field::BirthDate => "error-required-birth_date",
                Field::BirthCountry => "error-required-birth_country",
                Field::BirthPlace => "error-required-birth_place",
                Field::Sex => "error-required-sex",
                // Optional: an empty national number is never a problem.
                Field::Niss => "error-niss-format",
                Field::Email => "error-required-email",
                Field::Motivation => "error-required-motivation",
                Field::InterviewLanguage => "error-required-interview_language",
                Field::Slots => "error-no-slot",
                Field::Consent => "error-consent",
            },
            Problem::TooLong => "error-too-long",
            Problem::InvalidCharacters => "error-invalid-characters",
            Problem::LinkOrMarkup if field == Field::BirthPlace => "error-place-link",
            Problem::LinkOrMarkup => "error-name-link",
            Problem::DateIncomplete(missing) => match (missing.day, missing.month, missing.year) {
                (true, false, false) => "error-date-missing-day",
                (false, true, false) => "error-date-missing-month",
                (true, true, false) => "error-date-missing-day-month",
                (true, false, true) => "error-date-missing-day-year",
                (false, true, true) => "error-date-missing-month-year",
                _ => "error-date-missing-year",
            },
            Problem::DateNotReal(_) => "error-date-real",
            Problem::YearNotFourDigits => "error-date-year-digits",
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

    /// The boxes of the date of birth this problem concerns (none for other problems).
    pub fn date_parts(self) -> DateParts {
        match self {
            Problem::Required | Problem::DateInFuture => DateParts::ALL,
            Problem::DateIncomplete(parts) | Problem::DateNotReal(parts) => parts,
            Problem::YearNotFourDigits | Problem::DateTooOld => DateParts::YEAR,
            _ => DateParts::default(),
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

        let last_name = errors.check(Field::LastName, name_text(&self.last_name));
        let first_names = errors.check(Field::FirstNames, name_text(&self.first_names));
        let birth_date = errors.check(
            Field::BirthDate,
            birth_date(
                [&self.birth_day, &self.birth_month, &self.birth_year].map(String::as_str),
                today,
            ),
        );
        let birth_country = errors.check(
            Field::BirthCountry,
            required(&self.birth_country)
                .and_then(|c| Country::parse(c).ok_or(Problem::UnknownCountry)),
        );
        let birth_place = errors.check(Field::BirthPlace, name_text(&self.birth_place));
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

/// Names and places, which the emails repeat ("Hello Marie"): besides `short_text`'s rules, no
/// web address or markup, so that nobody can make an official email carry their link.
fn name_text(raw: &str) -> Result<String, Problem> {
    let value = short_text(raw)?;
    if looks_like_link_or_markup(&value) {
        Err(Problem::LinkOrMarkup)
    } else {
        Ok(value)
    }
}

/// Angle brackets, `://`, `www.`, or a `word.tld` with a top-level domain of two letters or
/// more. A dot followed by a space ("St. John") or by one letter ("J.R. Smith") is a name's.
fn looks_like_link_or_markup(value: &str) -> bool {
    let lower = value.to_lowercase();
    if lower.contains(['<', '>']) || lower.contains("://") || lower.contains("www.") {
        return true;
    }
    let chars: Vec<char> = lower.chars().collect();
    chars.iter().enumerate().any(|(i, c)| {
        *c == '.'
            && i > 0
            && chars[i - 1].is_alphanumeric()
            && chars[i + 1..]
                .iter()
                .take_while(|c| c.is_ascii_alphabetic())
                .count()
                >= 2
    })
}

/// The date of birth from its three boxes (day, month, year), as GOV.UK's date input asks it:
/// what is missing first, then what is not a number of its kind, then whether the date exists,
/// is in the past and not before 1900.
fn birth_date(raw: [&str; 3], today: NaiveDate) -> Result<NaiveDate, Problem> {
    let [day, month, year] = raw.map(|s| s.trim());
    let typed = DatePart::ALL.into_iter().zip([day, month, year]);
    let missing = typed
        .clone()
        .filter(|(_, value)| value.is_empty())
        .fold(DateParts::default(), |parts, (part, _)| parts.with(part));
    if missing == DateParts::ALL {
        return Err(Problem::Required);
    }
    if !missing.is_empty() {
        return Err(Problem::DateIncomplete(missing));
    }
    // Digits only ("07" is July, "7." or "July" are not read as numbers).
    let number = |value: &str, range: std::ops::RangeInclusive<u32>| {
        Some(value)
            .filter(|v| v.len() <= 9 && v.chars().all(|c| c.is_ascii_digit()))
            .and_then(|v| v.parse::<u32>().ok())
            .filter(|n| range.contains(n))
    };
    let (d, m, y) = (
        number(day, 1..=31),
        number(month, 1..=12),
        number(year, 0..=u32::MAX),
    );
    let not_real = typed
        .zip([d, m, y])
        .filter(|(_, n)| n.is_none())
        .fold(DateParts::default(), |parts, ((part, _), _)| {
            parts.with(part)
        });
    let (Some(d), Some(m), Some(y)) = (d, m, y) else {
        return Err(Problem::DateNotReal(not_real));
    };
    if year.len() != 4 {
        return Err(Problem::YearNotFourDigits);
    }
    let date = i32::try_from(y)
        .ok()
        .and_then(|y| NaiveDate::from_ymd_opt(y, m, d))
        .ok_or(Problem::DateNotReal(DateParts::ALL))?;
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
    /// The approved applicant activated their digital key.
    Activated,
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

    pub const ALL: [RequestState; 10] = [
        RequestState::Submitted,
        RequestState::Proposed,
        RequestState::Confirmed,
        RequestState::Approved,
        RequestState::Activated,
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
            RequestState::Activated => "activated",
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
            birth_day: "30".into(),
            birth_month: "07".into(),
            birth_year: "1985".into(),
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
                "bad month",
                |f| f.birth_month = "13".into(),
                Field::BirthDate,
                Problem::DateNotReal(DateParts {
                    month: true,
                    ..Default::default()
                }),
            ),
            (
                "future",
                |f| f.birth_year = "2030".into(),
                Field::BirthDate,
                Problem::DateInFuture,
            ),
            (
                "old",
                |f| f.birth_year = "1850".into(),
                Field::BirthDate,
                Problem::DateTooOld,
            ),
            (
                "link in the last name",
                |f| f.last_name = "www.example.com".into(),
                Field::LastName,
                Problem::LinkOrMarkup,
            ),
            (
                "markup in the first names",
                |f| f.first_names = "<b>Marie</b>".into(),
                Field::FirstNames,
                Problem::LinkOrMarkup,
            ),
            (
                "link as the place of birth",
                |f| f.birth_place = "https://gent.be".into(),
                Field::BirthPlace,
                Problem::LinkOrMarkup,
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
                |f| f.birth_day = "31".into(),
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
    fn the_date_of_birth_is_read_from_its_three_boxes() {
        let parts = |day, month, year| DateParts { day, month, year };
        // Day, month and year typed, and the date read (year, month, day) or the problem.
        type Case = (
            &'static str,
            &'static str,
            &'static str,
            Result<(i32, u32, u32), Problem>,
        );
        let cases: &[Case] = &[
            ("30", "7", "1985", Ok((1985, 7, 30))),
            (" 05 ", "03", "1985", Ok((1985, 3, 5))),
            ("27", "3", "1985", Ok((1985, 3, 27))),
            ("29", "2", "2004", Ok((2004, 2, 29))),
            ("1", "1", "1900", Ok((1900, 1, 1))),
            ("", "", "", Err(Problem::Required)),
            (" ", "\t", "", Err(Problem::Required)),
            (
                "30",
                "7",
                "",
                Err(Problem::DateIncomplete(parts(false, false, true))),
            ),
            (
                "",
                "7",
                "1985",
                Err(Problem::DateIncomplete(parts(true, false, false))),
            ),
            (
                "",
                "",
                "1985",
                Err(Problem::DateIncomplete(parts(true, true, false))),
            ),
            (
                "30",
                "",
                "",
                Err(Problem::DateIncomplete(parts(false, true, true))),
            ),
            // Every box that is wrong is named, not only the first.
            (
                "32",
                "13",
                "1985",
                Err(Problem::DateNotReal(parts(true, true, false))),
            ),
            (
                "0",
                "7",
                "19x5",
                Err(Problem::DateNotReal(parts(true, false, true))),
            ),
            (
                "30",
                "July",
                "1985",
                Err(Problem::DateNotReal(parts(false, true, false))),
            ),
            (
                "-1",
                "7",
                "1985",
                Err(Problem::DateNotReal(parts(true, false, false))),
            ),
            ("31", "2", "1985", Err(Problem::DateNotReal(DateParts::ALL))),
            ("29", "2", "1985", Err(Problem::DateNotReal(DateParts::ALL))),
            ("30", "7", "85", Err(Problem::YearNotFourDigits)),
            ("30", "7", "01985", Err(Problem::YearNotFourDigits)),
            ("25", "11", "2026", Err(Problem::DateInFuture)),
            ("1", "1", "2027", Err(Problem::DateInFuture)),
            ("31", "12", "1899", Err(Problem::DateTooOld)),
        ];
        for (day, month, year, expected) in cases {
            let got = birth_date([day, month, year], today());
            let expected = expected.map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap());
            assert_eq!(got, expected, "case {day:?} {month:?} {year:?}");
        }
    }

    #[test]
    fn the_problem_names_the_first_box_to_correct() {
        let cases = [
            (Problem::Required, Some(DatePart::Day)),
            (
                Problem::DateIncomplete(DateParts::YEAR),
                Some(DatePart::Year),
            ),
            (
                Problem::DateNotReal(DateParts {
                    month: true,
                    year: true,
                    ..Default::default()
                }),
                Some(DatePart::Month),
            ),
            (Problem::DateTooOld, Some(DatePart::Year)),
            (Problem::DateInFuture, Some(DatePart::Day)),
            (Problem::EmailFormat, None),
        ];
        for (problem, first) in cases {
            assert_eq!(problem.date_parts().first(), first, "{problem:?}");
        }
    }

    #[test]
    fn names_refuse_web_addresses_and_markup_and_keep_real_names() {
        let cases: &[(&str, bool)] = &[
            ("O'Brien", true),
            ("Anne-Marie", true),
            ("Müller", true),
            ("Ñuñez", true),
            ("St. John", true),
            ("J.R. Smith", true),
            ("Jean-Pierre d’Ursel", true),
            ("Nguyễn Thị Minh Khai", true),
            ("Ōta 太田", true),
            ("Frankfurt a.M.", true),
            ("Sint-Niklaas", true),
            ("Mary 2", true),
            ("<script>", false),
            ("Marie <b>", false),
            ("a > b", false),
            ("https://evil.test", false),
            ("ftp://x", false),
            ("www.example", false),
            ("WWW.EXAMPLE", false),
            ("example.com", false),
            ("Marie, visit example.com now", false),
            ("bit.ly/x", false),
            ("EXAMPLE.COM", false),
            ("gent.be", false),
        ];
        for (typed, valid) in cases {
            for field in [Field::LastName, Field::FirstNames, Field::BirthPlace] {
                let mut form = valid_form();
                match field {
                    Field::LastName => form.last_name = (*typed).into(),
                    Field::FirstNames => form.first_names = (*typed).into(),
                    _ => form.birth_place = (*typed).into(),
                }
                let result = form.parse(today(), &offered_slots(today()));
                if *valid {
                    assert!(result.is_ok(), "{typed:?} in {field:?}: {result:?}");
                } else {
                    let errors = result.unwrap_err();
                    assert_eq!(
                        errors.get(field),
                        Some(Problem::LinkOrMarkup),
                        "{typed:?} in {field:?}"
                    );
                    assert_eq!(errors.iter().count(), 1, "only that field: {errors:?}");
                }
            }
        }
    }

    #[test]
    fn every_problem_of_every_field_has_a_message_whose_verb_fits() {
        use crate::domain::language::Language;
        use crate::i18n::Tr;
        let fields = [
            Field::LastName,
            Field::FirstNames,
            Field::BirthDate,
            Field::BirthCountry,
            Field::BirthPlace,
            Field::Sex,
            Field::Niss,
            Field::Email,
            Field::Motivation,
            Field::InterviewLanguage,
            Field::Slots,
            Field::Consent,
        ];
        for field in fields {
            let key = Problem::Required.message_key(field);
            for lang in Language::ALL {
                assert!(Tr(lang).has(key), "{lang}: {key}");
            }
        }
        let en = |field| Tr(Language::En).t(Problem::Required.message_key(field));
        assert_eq!(en(Field::Sex), "Select your sex");
        assert_eq!(en(Field::BirthCountry), "Select your country of birth");
        assert_eq!(
            en(Field::InterviewLanguage),
            "Select the interview language"
        );
        assert_eq!(en(Field::LastName), "Enter your last name");
        assert_eq!(en(Field::Email), "Enter your email address");
        assert_eq!(en(Field::Slots), "Select at least one time slot");
        for (day, month, year) in [
            (true, false, false),
            (false, true, false),
            (false, false, true),
            (true, true, false),
            (true, false, true),
            (false, true, true),
        ] {
            let key = Problem::DateIncomplete(DateParts { day, month, year })
                .message_key(Field::BirthDate);
            assert!(Tr(Language::Nl).has(key), "{key}");
        }
    }
}
