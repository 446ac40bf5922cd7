//! Translations: Fluent files under `templates/locales/<lang>/`, compiled into the binary.
//! Every string a person reads comes from there; views never hard-code text.

use crate::domain::language::Language;
use crate::domain::slot::PreferredSlot;
use chrono::{Datelike, NaiveDate};
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};
use std::borrow::Cow;
use std::collections::HashMap;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./templates/locales",
        fallback_language: "en",
        // Values are inserted into HTML (escaped by maud) and plain-text emails: no bidi marks.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

fn identifier(lang: Language) -> LanguageIdentifier {
    match lang {
        Language::Fr => langid!("fr"),
        Language::Nl => langid!("nl"),
        Language::En => langid!("en"),
        Language::De => langid!("de"),
    }
}

/// The translator for one language, handed to views and email builders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tr(pub Language);

impl Tr {
    pub fn lang(self) -> Language {
        self.0
    }

    pub fn t(self, key: &str) -> String {
        LOCALES.lookup(&identifier(self.0), key)
    }

    pub fn t_with(self, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(k, v)| (Cow::Borrowed(*k), v.clone()))
            .collect();
        LOCALES.lookup_with_args(&identifier(self.0), key, &map)
    }

    /// Whether a message without arguments exists in this language itself (not through the
    /// fallback): optional texts such as field hints.
    pub fn has(self, key: &str) -> bool {
        LOCALES
            .lookup_single_language::<&str>(&identifier(self.0), key, None)
            .is_ok()
    }
}

impl Tr {
    /// A date written out in this language: "Monday 30 November 2026", "lundi 30 novembre 2026".
    pub fn date_long(self, date: NaiveDate) -> String {
        self.t_with(
            "date-long",
            &[
                (
                    "weekday",
                    arg(self.t(&format!("weekday-{}", date.weekday().number_from_monday()))),
                ),
                // A number, so that French can write the first of the month "1er".
                ("day", FluentValue::from(i64::from(date.day()))),
                ("month", arg(self.t(&format!("month-{}", date.month())))),
                ("year", arg(date.year().to_string())),
            ],
        )
    }

    /// An instant in Brussels time with the zone named: "Monday 30 November 2026, 09:00
    /// (Brussels time, CET)".
    pub fn instant(self, at: chrono::DateTime<chrono::Utc>) -> String {
        let local = at.with_timezone(&crate::domain::slot::TIME_ZONE);
        self.t_with(
            "instant-long",
            &[
                ("date", arg(self.date_long(local.date_naive()))),
                ("time", arg(local.format("%H:%M").to_string())),
                ("zone", arg(local.format("%Z").to_string())),
            ],
        )
    }

    /// A deadline as a person reads it: one that falls at Brussels midnight is the end of the day
    /// before, "Wednesday 31 March 2027, 23:59 (Brussels time, CEST)".
    pub fn deadline(self, at: chrono::DateTime<chrono::Utc>) -> String {
        let local = at.with_timezone(&crate::domain::slot::TIME_ZONE);
        if local.time() == chrono::NaiveTime::MIN {
            self.instant(at - chrono::Duration::minutes(1))
        } else {
            self.instant(at)
        }
    }

    /// A time of day in Brussels: "09:00".
    pub fn time(self, at: chrono::DateTime<chrono::Utc>) -> String {
        at.with_timezone(&crate::domain::slot::TIME_ZONE)
            .format("%H:%M")
            .to_string()
    }

    /// A preferred slot: "Monday 30 November 2026, morning (9:00–12:00)".
    pub fn slot(self, slot: &PreferredSlot) -> String {
        self.t_with(
            "slot-long",
            &[
                ("date", arg(self.date_long(slot.date))),
                ("part", arg(self.t(&format!("part-{}", slot.part.code())))),
            ],
        )
    }
}

/// Shorthand for building Fluent arguments.
pub fn arg(value: impl Into<String>) -> FluentValue<'static> {
    FluentValue::from(value.into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;
    use std::path::Path;

    fn keys(lang: Language) -> BTreeSet<String> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("templates/locales")
            .join(lang.code());
        let mut keys = BTreeSet::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            for line in text.lines() {
                if let Some((key, _)) = line.split_once(" =")
                    && !key.starts_with([' ', '#', '.', '*', '['])
                    && !key.is_empty()
                {
                    keys.insert(key.to_owned());
                }
            }
        }
        keys
    }

    #[test]
    fn every_language_has_every_key() {
        let english = keys(Language::En);
        assert!(english.len() > 50, "the English files were read");
        for lang in Language::ALL {
            let other = keys(lang);
            let missing: Vec<_> = english.difference(&other).collect();
            let extra: Vec<_> = other.difference(&english).collect();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
            assert!(extra.is_empty(), "{lang} has keys English lacks: {extra:?}");
            // Every message formats in this language itself, given the arguments our code passes.
            let args: HashMap<&str, FluentValue> = [
                "field",
                "max",
                "min",
                "motivation_max",
                "minutes",
                "reference",
                "email",
                "name",
                "language",
                "weekday",
                "day",
                "month",
                "year",
                "date",
                "part",
                "role",
                "languages",
                "count",
                "open",
                "done",
                "total",
                "proposed",
                "sharpness",
                "glare",
                "colour",
                "when",
                "time",
                "zone",
                "period",
                "shown",
                "state",
                "until",
                "width",
                "height",
                "min_long",
                "min_short",
                "figure",
                "threshold",
                "code",
                "from",
                "to",
                "reason",
                "side",
                "slots",
                "sessions",
                "page",
                "pages",
                "first",
                "last",
                "total",
                "character",
                "column",
                "days",
                "evidence_days",
                "evidence_years",
                "found",
                "item",
                "lengths",
                "line",
                "outcome",
                "stamp",
                "who",
                "left",
                "username",
                "factor",
                "file",
                "organisation",
                "created",
                "deadline",
                "seconds",
            ]
            .into_iter()
            .map(|name| (name, FluentValue::from("x")))
            .collect();
            for key in &english {
                let formatted = LOCALES.lookup_single_language(&identifier(lang), key, Some(&args));
                assert!(
                    formatted.is_ok(),
                    "{lang}: {key} does not load: {formatted:?}"
                );
            }
        }
    }

    #[test]
    fn dates_are_written_in_each_language() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let cases = [
            (Language::En, "Monday 30 November 2026"),
            (Language::Fr, "lundi 30 novembre 2026"),
            (Language::Nl, "maandag 30 november 2026"),
            (Language::De, "Montag, 30. November 2026"),
        ];
        for (lang, expected) in cases {
            assert_eq!(Tr(lang).date_long(date), expected, "{lang}");
        }
        let first = NaiveDate::from_ymd_opt(2027, 4, 1).unwrap();
        assert_eq!(Tr(Language::Fr).date_long(first), "jeudi 1er avril 2027");
        assert_eq!(Tr(Language::En).date_long(first), "Thursday 1 April 2027");
    }

    #[test]
    fn a_deadline_at_midnight_is_the_end_of_the_day_before() {
        let at = |s: &str| chrono::DateTime::parse_from_rfc3339(s).unwrap().to_utc();
        let cases = [
            // Brussels midnight in summer time, after Easter Monday 2027.
            (
                Language::En,
                "2027-03-31T22:00:00Z",
                "Wednesday 31 March 2027, 23:59 (Brussels time, CEST)",
            ),
            (
                Language::Fr,
                "2027-03-31T22:00:00Z",
                "mercredi 31 mars 2027, 23:59 (heure de Bruxelles, CEST)",
            ),
            // A deadline that is the interview's start stays as it is.
            (
                Language::En,
                "2026-11-30T08:00:00Z",
                "Monday 30 November 2026, 09:00 (Brussels time, CET)",
            ),
        ];
        for (lang, deadline, expected) in cases {
            assert_eq!(
                Tr(lang).deadline(at(deadline)),
                expected,
                "{lang} {deadline}"
            );
        }
    }

    #[test]
    fn arguments_are_inserted_without_direction_marks() {
        let text = Tr(Language::En).t_with("email-received-greeting", &[("name", arg("Marie"))]);
        assert!(text.contains("Marie"), "{text}");
        assert!(!text.contains('\u{2068}'), "no isolation marks: {text:?}");
    }
}
