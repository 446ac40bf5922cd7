//! Belgian working days: Monday to Friday, except the ten legal public holidays, computed for any
//! year (Easter by the Gregorian computus) rather than read from a list that runs out.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher).
pub fn easter_sunday(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
        .unwrap_or_else(|| unreachable!("the computus always yields a date in March or April"))
}

/// The ten Belgian legal public holidays of `year`.
pub fn belgian_public_holidays(year: i32) -> [NaiveDate; 10] {
    let fixed = |m, d| {
        NaiveDate::from_ymd_opt(year, m, d)
            .unwrap_or_else(|| unreachable!("fixed holiday dates exist"))
    };
    let easter = easter_sunday(year);
    [
        fixed(1, 1),                 // New Year
        easter + Duration::days(1),  // Easter Monday
        fixed(5, 1),                 // Labour Day
        easter + Duration::days(39), // Ascension
        easter + Duration::days(50), // Whit Monday
        fixed(7, 21),                // National Day
        fixed(8, 15),                // Assumption
        fixed(11, 1),                // All Saints
        fixed(11, 11),               // Armistice
        fixed(12, 25),               // Christmas
    ]
}

pub fn is_public_holiday(date: NaiveDate) -> bool {
    belgian_public_holidays(date.year()).contains(&date)
}

pub fn is_working_day(date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !is_public_holiday(date)
}

/// The date `n` working days after `date` (not counting `date` itself).
pub fn add_working_days(date: NaiveDate, n: u32) -> NaiveDate {
    let mut day = date;
    let mut left = n;
    while left > 0 {
        day += Duration::days(1);
        if is_working_day(day) {
            left -= 1;
        }
    }
    day
}

/// Working days strictly after `from` up to and including `to`.
pub fn working_days_between(from: NaiveDate, to: NaiveDate) -> u32 {
    let mut count = 0;
    let mut day = from;
    while day < to {
        day += Duration::days(1);
        if is_working_day(day) {
            count += 1;
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn easter_matches_published_dates() {
        let known = [
            (2000, d(2000, 4, 23)),
            (2008, d(2008, 3, 23)),
            (2011, d(2011, 4, 24)),
            (2019, d(2019, 4, 21)),
            (2024, d(2024, 3, 31)),
            (2025, d(2025, 4, 20)),
            (2026, d(2026, 4, 5)),
            (2027, d(2027, 3, 28)),
            (2038, d(2038, 4, 25)),
        ];
        for (year, expected) in known {
            assert_eq!(easter_sunday(year), expected, "Easter {year}");
        }
    }

    #[test]
    fn holidays_of_2026() {
        let h = belgian_public_holidays(2026);
        assert!(h.contains(&d(2026, 4, 6)), "Easter Monday");
        assert!(h.contains(&d(2026, 5, 14)), "Ascension");
        assert!(h.contains(&d(2026, 5, 25)), "Whit Monday");
        assert!(h.contains(&d(2026, 7, 21)));
        assert!(!is_working_day(d(2026, 11, 11)));
    }

    #[test]
    fn adding_working_days_skips_weekends_and_holidays() {
        let cases = [
            ("Friday + 1 is Monday", d(2026, 11, 20), 1, d(2026, 11, 23)),
            ("across Easter Monday", d(2026, 4, 2), 3, d(2026, 4, 8)),
            (
                "across Christmas and New Year",
                d(2026, 12, 23),
                3,
                d(2026, 12, 29),
            ),
            ("year end", d(2026, 12, 30), 3, d(2027, 1, 5)),
            ("across Armistice", d(2026, 11, 9), 3, d(2026, 11, 13)),
            ("from a Sunday", d(2026, 11, 22), 3, d(2026, 11, 25)),
        ];
        for (name, from, n, expected) in cases {
            assert_eq!(add_working_days(from, n), expected, "{name}");
        }
    }

    proptest! {
        #[test]
        fn easter_is_a_sunday_in_spring(year in 1583i32..4000) {
            let e = easter_sunday(year);
            prop_assert_eq!(e.weekday(), Weekday::Sun);
            prop_assert!(e >= d(year, 3, 22) && e <= d(year, 4, 25));
        }

        #[test]
        fn adding_then_counting_round_trips(days in 0i64..20_000, n in 0u32..40) {
            let from = d(1990, 1, 1) + Duration::days(days);
            let to = add_working_days(from, n);
            prop_assert!(n == 0 || is_working_day(to));
            prop_assert_eq!(working_days_between(from, to), n);
        }
    }
}
