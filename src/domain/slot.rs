//! Preferred time slots: the working days of the two weeks after the request's week, each split
//! into a morning and an afternoon, held in Europe/Brussels time.

use super::working_days::is_working_day;
use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::{Europe::Brussels, Tz};
use std::fmt;

pub const TIME_ZONE: Tz = Brussels;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DayPart {
    Morning,
    Afternoon,
}

impl DayPart {
    pub const ALL: [DayPart; 2] = [DayPart::Morning, DayPart::Afternoon];

    pub fn code(self) -> &'static str {
        match self {
            DayPart::Morning => "am",
            DayPart::Afternoon => "pm",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        match code {
            "am" => Some(DayPart::Morning),
            "pm" => Some(DayPart::Afternoon),
            _ => None,
        }
    }

    /// Local opening hours of this part of the day.
    pub fn hours(self) -> (NaiveTime, NaiveTime) {
        let t = |h| NaiveTime::from_hms_opt(h, 0, 0).unwrap_or_default();
        match self {
            DayPart::Morning => (t(9), t(12)),
            DayPart::Afternoon => (t(13), t(17)),
        }
    }
}

/// One preferred slot: a day and a part of that day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PreferredSlot {
    pub date: NaiveDate,
    pub part: DayPart,
}

impl PreferredSlot {
    /// Form value `2026-11-30-am`.
    pub fn code(&self) -> String {
        format!("{}-{}", self.date.format("%Y-%m-%d"), self.part.code())
    }

    pub fn parse(code: &str) -> Option<Self> {
        let (date, part) = code.rsplit_once('-')?;
        Some(PreferredSlot {
            date: NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?,
            part: DayPart::parse(part)?,
        })
    }

    /// The slot as instants: Brussels local opening hours converted to UTC for that very day.
    pub fn window_utc(&self) -> (DateTime<Utc>, DateTime<Utc>) {
        let (start, end) = self.part.hours();
        (
            brussels_to_utc(self.date.and_time(start)),
            brussels_to_utc(self.date.and_time(end)),
        )
    }
}

impl fmt::Display for PreferredSlot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.code())
    }
}

/// Converts a Brussels wall-clock time to an instant. A time skipped by the spring change is moved
/// forward by the gap; a time that happens twice in autumn takes its first occurrence.
pub fn brussels_to_utc(local: chrono::NaiveDateTime) -> DateTime<Utc> {
    match TIME_ZONE.from_local_datetime(&local) {
        LocalResult::Single(t) => t.with_timezone(&Utc),
        LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
        LocalResult::None => brussels_to_utc(local + Duration::hours(1)),
    }
}

/// The Brussels calendar date of an instant.
pub fn brussels_date(instant: DateTime<Utc>) -> NaiveDate {
    instant.with_timezone(&TIME_ZONE).date_naive()
}

/// The slots an applicant may choose from on `today` (a Brussels date): every working day of the
/// week after this one and the week after that, morning and afternoon.
pub fn offered_slots(today: NaiveDate) -> Vec<PreferredSlot> {
    let monday_next_week = today
        - Duration::days(i64::from(today.weekday().num_days_from_monday()))
        + Duration::days(7);
    (0..14)
        .map(|offset| monday_next_week + Duration::days(offset))
        .filter(|day| is_working_day(*day))
        .flat_map(|date| DayPart::ALL.map(|part| PreferredSlot { date, part }))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Weekday;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn window_spans_the_next_two_weeks_across_a_month_end() {
        // Wednesday 25 November 2026: next week starts Monday 30 November.
        let slots = offered_slots(d(2026, 11, 25));
        let days: Vec<_> = slots.iter().map(|s| s.date).collect();
        assert_eq!(days.first(), Some(&d(2026, 11, 30)));
        assert_eq!(days.last(), Some(&d(2026, 12, 11)));
        assert_eq!(slots.len(), 20, "10 working days × 2");
        assert!(
            days.iter()
                .all(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
        );
    }

    #[test]
    fn window_skips_public_holidays() {
        // Request on Monday 2 November 2026: the window holds Armistice day (11 November).
        let slots = offered_slots(d(2026, 11, 2));
        assert!(slots.iter().all(|s| s.date != d(2026, 11, 11)));
        assert_eq!(slots.len(), 18);
    }

    #[test]
    fn request_on_a_sunday_still_offers_the_two_following_weeks() {
        let slots = offered_slots(d(2026, 11, 22));
        assert_eq!(slots.first().unwrap().date, d(2026, 11, 23));
    }

    #[test]
    fn morning_instants_follow_the_october_clock_change() {
        // DST ends on Sunday 25 October 2026: 09:00 is 07:00 UTC before, 08:00 UTC after.
        let slots = offered_slots(d(2026, 10, 14));
        let friday = slots.iter().find(|s| s.date == d(2026, 10, 23)).unwrap();
        let monday = slots.iter().find(|s| s.date == d(2026, 10, 26)).unwrap();
        assert_eq!(
            friday.window_utc().0.to_rfc3339(),
            "2026-10-23T07:00:00+00:00"
        );
        assert_eq!(
            monday.window_utc().0.to_rfc3339(),
            "2026-10-26T08:00:00+00:00"
        );
        assert_eq!(
            monday.window_utc().1 - monday.window_utc().0,
            Duration::hours(3)
        );
    }

    #[test]
    fn march_clock_change_and_nonexistent_local_times() {
        // DST starts on Sunday 29 March 2026 at 02:00, which does not exist in Brussels.
        let before = PreferredSlot {
            date: d(2026, 3, 27),
            part: DayPart::Afternoon,
        };
        let after = PreferredSlot {
            date: d(2026, 3, 30),
            part: DayPart::Afternoon,
        };
        assert_eq!(
            before.window_utc().0.to_rfc3339(),
            "2026-03-27T12:00:00+00:00"
        );
        assert_eq!(
            after.window_utc().0.to_rfc3339(),
            "2026-03-30T11:00:00+00:00"
        );
        let skipped = d(2026, 3, 29).and_hms_opt(2, 30, 0).unwrap();
        assert_eq!(
            brussels_to_utc(skipped).to_rfc3339(),
            "2026-03-29T01:30:00+00:00"
        );
        let twice = d(2026, 10, 25).and_hms_opt(2, 30, 0).unwrap();
        assert_eq!(
            brussels_to_utc(twice).to_rfc3339(),
            "2026-10-25T00:30:00+00:00"
        );
    }

    #[test]
    fn slot_codes_round_trip() {
        for slot in offered_slots(d(2026, 11, 25)) {
            assert_eq!(PreferredSlot::parse(&slot.code()), Some(slot));
        }
        for bad in ["", "2026-11-30", "2026-11-30-noon", "2026-13-01-am", "x-am"] {
            assert_eq!(PreferredSlot::parse(bad), None, "{bad:?}");
        }
    }
}
