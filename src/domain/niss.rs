//! The Belgian national number (NISS / INSZ / rijksregisternummer) and its bis variant.
//!
//! Eleven digits: `YYMMDD` (birth date), a three-digit sequence, two check digits. The check is
//! `97 - (first nine digits mod 97)`; for people born in 2000 or later a `2` is put in front of
//! the nine digits before the modulo. Bis numbers add 20 (sex unknown) or 40 (sex known) to the
//! month. A month or day of `00` means "unknown" in the register.

use chrono::{Datelike, NaiveDate};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Niss {
    digits: String,
    born_in_2000s: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum NissError {
    #[error("a national number has 11 digits")]
    Format,
    #[error("the check digits do not match")]
    Checksum,
}

impl Niss {
    /// Accepts the usual written forms (`85.07.30-033.28`, `85073003328`, with spaces).
    pub fn parse(raw: &str) -> Result<Self, NissError> {
        let digits: String = raw
            .chars()
            .filter(|c| !matches!(c, '.' | '-' | ' ' | '/' | '\u{a0}'))
            .collect();
        if digits.len() != 11 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(NissError::Format);
        }
        let base: u64 = digits[..9].parse().map_err(|_| NissError::Format)?;
        let check: u64 = digits[9..].parse().map_err(|_| NissError::Format)?;
        let born_in_2000s = if 97 - (base % 97) == check {
            false
        } else if 97 - ((2_000_000_000 + base) % 97) == check {
            true
        } else {
            return Err(NissError::Checksum);
        };
        let niss = Niss {
            digits,
            born_in_2000s,
        };
        // A number whose month cannot be a month (even as a bis number) is not a national number.
        if niss.month_field().is_none() {
            return Err(NissError::Format);
        }
        Ok(niss)
    }

    pub fn as_str(&self) -> &str {
        &self.digits
    }

    pub fn is_bis(&self) -> bool {
        self.raw_month() >= 20
    }

    fn raw_month(&self) -> u32 {
        self.digits[2..4].parse().unwrap_or(99)
    }

    /// The month written in the number, `Some(None)` when the register does not know it.
    fn month_field(&self) -> Option<Option<u32>> {
        let m = self.raw_month();
        let month = match m {
            0 | 20 | 40 => return Some(None),
            1..=12 => m,
            21..=32 => m - 20,
            41..=52 => m - 40,
            _ => return None,
        };
        Some(Some(month))
    }

    pub fn birth_year(&self) -> i32 {
        let yy: i32 = self.digits[..2].parse().unwrap_or(0);
        if self.born_in_2000s {
            2000 + yy
        } else {
            1900 + yy
        }
    }

    /// Whether the sex encoded in the number agrees with `sex`: the sequence number is odd for
    /// men and even for women. A bis number whose month carries +20 was given without knowing
    /// the sex, and an unspecified sex is not checked.
    pub fn matches_sex(&self, sex: crate::domain::request::Sex) -> bool {
        use crate::domain::request::Sex;
        let sequence: u32 = self.digits[6..9].parse().unwrap_or(0);
        let sex_unknown = (20..40).contains(&self.raw_month());
        match sex {
            Sex::Unspecified => true,
            _ if sex_unknown => true,
            Sex::Male => !sequence.is_multiple_of(2),
            Sex::Female => sequence.is_multiple_of(2),
        }
    }

    /// Whether the birth date encoded in the number agrees with `date` (unknown parts agree).
    pub fn matches_birth_date(&self, date: NaiveDate) -> bool {
        let day: u32 = self.digits[4..6].parse().unwrap_or(99);
        let month_ok = match self.month_field() {
            Some(Some(m)) => m == date.month(),
            Some(None) => true,
            None => false,
        };
        self.birth_year() == date.year() && month_ok && (day == 0 || day == date.day())
    }
}

impl fmt::Display for Niss {
    /// The official written form `YY.MM.DD-SSS.CC`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = &self.digits;
        write!(
            f,
            "{}.{}.{}-{}.{}",
            &d[..2],
            &d[2..4],
            &d[4..6],
            &d[6..9],
            &d[9..]
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// Builds a valid number from its parts, the way the register does.
    fn make(yy: u32, mm: u32, dd: u32, seq: u32, born_2000s: bool) -> String {
        let base = u64::from(yy * 10_000_000 + mm * 100_000 + dd * 1_000 + seq);
        let modded = if born_2000s {
            2_000_000_000 + base
        } else {
            base
        };
        format!("{base:09}{:02}", 97 - modded % 97)
    }

    #[test]
    fn table_of_known_numbers() {
        let cases: &[(&str, &str, Result<(), NissError>)] = &[
            ("written form with dots and dash", "85.07.30-033.28", Ok(())),
            ("plain digits", "85073003328", Ok(())),
            ("spaces", "85 07 30 033 28", Ok(())),
            (
                "wrong check digits",
                "85073003329",
                Err(NissError::Checksum),
            ),
            ("born in 2000s", &make(5, 3, 14, 123, true), Ok(())),
            (
                "bis, sex unknown (+20)",
                &make(85, 27, 30, 33, false),
                Ok(()),
            ),
            ("bis, sex known (+40)", &make(85, 47, 30, 33, false), Ok(())),
            ("too short", "8507300332", Err(NissError::Format)),
            ("too long", "850730033281", Err(NissError::Format)),
            ("letters", "85O73OO3328", Err(NissError::Format)),
            ("empty", "", Err(NissError::Format)),
            (
                "impossible month",
                &make(85, 13, 30, 33, false),
                Err(NissError::Format),
            ),
        ];
        for (name, input, expected) in cases {
            let got = Niss::parse(input).map(|_| ());
            assert_eq!(&got, expected, "case `{name}` ({input})");
        }
    }

    #[test]
    fn birth_date_consistency() {
        let niss = Niss::parse("85.07.30-033.28").unwrap();
        assert!(niss.matches_birth_date(date(1985, 7, 30)));
        assert!(!niss.matches_birth_date(date(1985, 7, 31)), "other day");
        assert!(!niss.matches_birth_date(date(2085, 7, 30)), "other century");

        let young = Niss::parse(&make(5, 3, 14, 123, true)).unwrap();
        assert_eq!(young.birth_year(), 2005);
        assert!(young.matches_birth_date(date(2005, 3, 14)));
        assert!(!young.matches_birth_date(date(1905, 3, 14)));

        let bis = Niss::parse(&make(85, 47, 30, 33, false)).unwrap();
        assert!(bis.is_bis());
        assert!(bis.matches_birth_date(date(1985, 7, 30)));

        let unknown_day = Niss::parse(&make(70, 20, 0, 1, false)).unwrap();
        assert!(unknown_day.matches_birth_date(date(1970, 2, 11)));
    }

    #[test]
    fn displays_in_official_form() {
        assert_eq!(
            Niss::parse("85073003328").unwrap().to_string(),
            "85.07.30-033.28"
        );
    }

    proptest! {
        #[test]
        fn every_generated_number_is_valid_and_matches_its_date(
            days in 0i64..(125 * 365),
            seq in 1u32..998,
            bis in prop::sample::select(vec![0u32, 20, 40]),
        ) {
            let born = date(1901, 1, 1) + chrono::Duration::days(days);
            let yy = (born.year() % 100) as u32;
            let number = make(yy, born.month() + bis, born.day(), seq, born.year() >= 2000);
            let niss = Niss::parse(&number).unwrap();
            prop_assert!(niss.matches_birth_date(born));
            prop_assert_eq!(niss.is_bis(), bis > 0);
        }

        #[test]
        fn changing_one_check_digit_is_refused(days in 0i64..(100 * 365), seq in 1u32..998, delta in 1u64..97) {
            let born = date(1920, 1, 1) + chrono::Duration::days(days);
            let number = make((born.year() % 100) as u32, born.month(), born.day(), seq, born.year() >= 2000);
            let check: u64 = number[9..].parse().unwrap();
            let wrong = format!("{}{:02}", &number[..9], (check + delta) % 100);
            // The other century's check digit may coincide; anything else must fail.
            if let Ok(n) = Niss::parse(&wrong) {
                prop_assert!(!n.matches_birth_date(born));
            }
        }
    }
}
