//! The applicant's personal data as the interview establishes them: the interviewer may correct
//! what the applicant typed (checklist item 7). The request keeps the original; each correction
//! is recorded with the value it replaces, who made it and when, and the corrected data are what
//! the MRZ is compared with.

use super::niss::{Niss, NissError};
use super::request::{NAME_MAX, OLDEST_BIRTH_YEAR, Sex};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use uuid::Uuid;

/// The fields an interviewer may correct, in the order the page shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PersonalField {
    LastName,
    FirstNames,
    BirthDate,
    BirthPlace,
    Sex,
    Niss,
}

impl PersonalField {
    pub const ALL: [PersonalField; 6] = [
        PersonalField::LastName,
        PersonalField::FirstNames,
        PersonalField::BirthDate,
        PersonalField::BirthPlace,
        PersonalField::Sex,
        PersonalField::Niss,
    ];

    /// The stored code, also the form field's name.
    pub fn code(self) -> &'static str {
        match self {
            PersonalField::LastName => "last_name",
            PersonalField::FirstNames => "first_names",
            PersonalField::BirthDate => "birth_date",
            PersonalField::BirthPlace => "birth_place",
            PersonalField::Sex => "sex",
            PersonalField::Niss => "niss",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        PersonalField::ALL.into_iter().find(|f| f.code() == code)
    }
}

/// The personal data in their canonical written form: dates `YYYY-MM-DD`, sex `F`/`M`/`X`, the
/// NISS as its 11 digits or empty.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Deserialize)]
#[serde(default)]
pub struct PersonalForm {
    pub last_name: String,
    pub first_names: String,
    pub birth_date: String,
    pub birth_place: String,
    pub sex: String,
    pub niss: String,
}

impl PersonalForm {
    pub fn value(&self, field: PersonalField) -> &str {
        match field {
            PersonalField::LastName => &self.last_name,
            PersonalField::FirstNames => &self.first_names,
            PersonalField::BirthDate => &self.birth_date,
            PersonalField::BirthPlace => &self.birth_place,
            PersonalField::Sex => &self.sex,
            PersonalField::Niss => &self.niss,
        }
    }

    fn value_mut(&mut self, field: PersonalField) -> &mut String {
        match field {
            PersonalField::LastName => &mut self.last_name,
            PersonalField::FirstNames => &mut self.first_names,
            PersonalField::BirthDate => &mut self.birth_date,
            PersonalField::BirthPlace => &mut self.birth_place,
            PersonalField::Sex => &mut self.sex,
            PersonalField::Niss => &mut self.niss,
        }
    }

    /// These data with the corrections applied in the order they were made.
    pub fn corrected(&self, corrections: &[Correction]) -> PersonalForm {
        let mut data = self.clone();
        for c in corrections {
            *data.value_mut(c.field) = c.corrected.clone();
        }
        data
    }
}

/// One correction as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    pub field: PersonalField,
    /// The value it replaced (the applicant's, or an earlier correction).
    pub original: String,
    pub corrected: String,
    pub by: Uuid,
    pub at: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CorrectionProblem {
    Required,
    TooLong,
    DateFormat,
    DateInFuture,
    DateTooOld,
    SexUnknown,
    NissFormat,
    NissChecksum,
    /// The birth date written in the NISS is not the birth date.
    NissBirthDate,
    /// The NISS's sequence number is odd for men and even for women.
    NissSex,
}

impl CorrectionProblem {
    /// The translation key of the message shown next to the field.
    pub fn message_key(self) -> &'static str {
        match self {
            CorrectionProblem::Required => "interview-correction-required",
            CorrectionProblem::TooLong => "interview-correction-too-long",
            CorrectionProblem::DateFormat => "interview-correction-date-format",
            CorrectionProblem::DateInFuture => "interview-correction-date-future",
            CorrectionProblem::DateTooOld => "interview-correction-date-too-old",
            CorrectionProblem::SexUnknown => "interview-correction-sex",
            CorrectionProblem::NissFormat => "error-niss-format",
            CorrectionProblem::NissChecksum => "error-niss-checksum",
            CorrectionProblem::NissBirthDate => "error-niss-birth-date",
            CorrectionProblem::NissSex => "interview-correction-niss-sex",
        }
    }
}

/// What a correction form changes: every field that differs from `current` once written in its
/// canonical form, as `(field, old, new)`; or every field's problem at once. The NISS is checked
/// as on the request form and against the (possibly corrected) birth date and sex.
#[allow(clippy::type_complexity)]
pub fn changes(
    current: &PersonalForm,
    form: &PersonalForm,
    today: NaiveDate,
) -> Result<Vec<(PersonalField, String, String)>, Vec<(PersonalField, CorrectionProblem)>> {
    let mut problems = Vec::new();
    let mut canonical = PersonalForm::default();
    for field in [
        PersonalField::LastName,
        PersonalField::FirstNames,
        PersonalField::BirthPlace,
    ] {
        match name(form.value(field)) {
            Ok(value) => *canonical.value_mut(field) = value,
            Err(p) => problems.push((field, p)),
        }
    }
    let birth_date = match birth_date(&form.birth_date, today) {
        Ok(date) => {
            canonical.birth_date = date.format("%Y-%m-%d").to_string();
            Some(date)
        }
        Err(p) => {
            problems.push((PersonalField::BirthDate, p));
            None
        }
    };
    let sex = match Sex::parse(form.sex.trim()) {
        Some(sex) => {
            canonical.sex = sex.code().to_owned();
            Some(sex)
        }
        None => {
            problems.push((PersonalField::Sex, CorrectionProblem::SexUnknown));
            None
        }
    };
    match niss(&form.niss, birth_date, sex) {
        Ok(value) => canonical.niss = value.map(|n| n.as_str().to_owned()).unwrap_or_default(),
        Err(p) => problems.push((PersonalField::Niss, p)),
    }
    if !problems.is_empty() {
        problems.sort_by_key(|(f, _)| *f);
        return Err(problems);
    }
    Ok(PersonalField::ALL
        .into_iter()
        .filter(|f| canonical.value(*f) != current.value(*f))
        .map(|f| {
            (
                f,
                current.value(f).to_owned(),
                canonical.value(f).to_owned(),
            )
        })
        .collect())
}

fn name(raw: &str) -> Result<String, CorrectionProblem> {
    let value = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if value.is_empty() {
        Err(CorrectionProblem::Required)
    } else if value.chars().count() > NAME_MAX {
        Err(CorrectionProblem::TooLong)
    } else {
        Ok(value)
    }
}

fn birth_date(raw: &str, today: NaiveDate) -> Result<NaiveDate, CorrectionProblem> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(CorrectionProblem::Required);
    }
    let date =
        NaiveDate::parse_from_str(raw, "%Y-%m-%d").map_err(|_| CorrectionProblem::DateFormat)?;
    if date >= today {
        Err(CorrectionProblem::DateInFuture)
    } else if date.year() < OLDEST_BIRTH_YEAR {
        Err(CorrectionProblem::DateTooOld)
    } else {
        Ok(date)
    }
}

fn niss(
    raw: &str,
    birth_date: Option<NaiveDate>,
    sex: Option<Sex>,
) -> Result<Option<Niss>, CorrectionProblem> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    let niss = Niss::parse(raw).map_err(|e| match e {
        NissError::Format => CorrectionProblem::NissFormat,
        NissError::Checksum => CorrectionProblem::NissChecksum,
    })?;
    if birth_date.is_some_and(|d| !niss.matches_birth_date(d)) {
        return Err(CorrectionProblem::NissBirthDate);
    }
    if sex.is_some_and(|s| !niss.matches_sex(s)) {
        return Err(CorrectionProblem::NissSex);
    }
    Ok(Some(niss))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()
    }

    /// As the applicant typed it: a man born on 30 July 1985 with a matching NISS.
    fn typed() -> PersonalForm {
        PersonalForm {
            last_name: "Peeters".into(),
            first_names: "Jan".into(),
            birth_date: "1985-07-30".into(),
            birth_place: "Gent".into(),
            sex: "M".into(),
            niss: "85073003328".into(),
        }
    }

    #[test]
    fn only_the_fields_that_differ_in_canonical_form_are_changes() {
        let mut form = typed();
        form.last_name = "  Peeters-Janssens ".into();
        form.first_names = "Jan".into();
        form.niss = "85.07.30-033.28".into();
        let changes = changes(&typed(), &form, today()).unwrap();
        assert_eq!(
            changes,
            vec![(
                PersonalField::LastName,
                "Peeters".to_owned(),
                "Peeters-Janssens".to_owned()
            )],
            "the NISS written with dots is the same number"
        );
        assert_eq!(super::changes(&typed(), &typed(), today()), Ok(vec![]));
    }

    type Case = (
        &'static str,
        fn(&mut PersonalForm),
        Vec<(PersonalField, CorrectionProblem)>,
    );

    #[test]
    fn every_problem_is_reported_at_once_and_the_niss_is_cross_checked() {
        let cases: Vec<Case> = vec![
            (
                "empty names",
                |f| {
                    f.last_name = " ".into();
                    f.birth_place.clear();
                },
                vec![
                    (PersonalField::LastName, CorrectionProblem::Required),
                    (PersonalField::BirthPlace, CorrectionProblem::Required),
                ],
            ),
            (
                "date format",
                |f| f.birth_date = "30/07/1985".into(),
                vec![(PersonalField::BirthDate, CorrectionProblem::DateFormat)],
            ),
            (
                "future",
                |f| f.birth_date = "2027-01-01".into(),
                vec![(PersonalField::BirthDate, CorrectionProblem::DateInFuture)],
            ),
            (
                "sex",
                |f| f.sex = "Q".into(),
                vec![(PersonalField::Sex, CorrectionProblem::SexUnknown)],
            ),
            (
                "niss checksum",
                |f| f.niss = "85073003329".into(),
                vec![(PersonalField::Niss, CorrectionProblem::NissChecksum)],
            ),
            (
                "niss against a corrected birth date",
                |f| f.birth_date = "1985-07-31".into(),
                vec![(PersonalField::Niss, CorrectionProblem::NissBirthDate)],
            ),
            (
                "niss against a corrected sex (033 is odd: a man)",
                |f| f.sex = "F".into(),
                vec![(PersonalField::Niss, CorrectionProblem::NissSex)],
            ),
        ];
        for (name, change, expected) in cases {
            let mut form = typed();
            change(&mut form);
            assert_eq!(changes(&typed(), &form, today()), Err(expected), "{name}");
        }
    }

    #[test]
    fn corrections_apply_in_order() {
        let by = Uuid::nil();
        let at = DateTime::<Utc>::UNIX_EPOCH;
        let correction = |field, original: &str, corrected: &str| Correction {
            field,
            original: original.into(),
            corrected: corrected.into(),
            by,
            at,
        };
        let data = typed().corrected(&[
            correction(PersonalField::BirthPlace, "Gent", "Gand"),
            correction(PersonalField::BirthPlace, "Gand", "Sint-Amandsberg"),
        ]);
        assert_eq!(data.birth_place, "Sint-Amandsberg");
        assert_eq!(data.last_name, "Peeters");
    }
}
