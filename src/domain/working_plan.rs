//! An interviewer's weekly working plan (per weekday: working periods, the gaps between them
//! being breaks) and its exceptions (days off, extra hours), turned into interview slots.
//! Plans are in Brussels wall-clock time; slots are instants, right across clock changes.

use super::slot::{DayPart, PreferredSlot, brussels_to_utc};
use super::working_days::is_public_holiday;
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Utc};

/// A working period of one day, `start` before `end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Period {
    pub start: NaiveTime,
    pub end: NaiveTime,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    #[error("write periods as 09:00-12:00, separated by commas")]
    Format,
    #[error("a period must end after it starts")]
    EndsBeforeStart,
    #[error("periods of one day must not overlap")]
    Overlap,
}

/// Reads a day's periods as typed in a form: `09:00-12:00, 13:00-17:00` (empty: not working).
pub fn parse_periods(text: &str) -> Result<Vec<Period>, PlanError> {
    let mut periods = Vec::new();
    for part in text
        .split([',', ';'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let (start, end) = part.split_once(['-', '–']).ok_or(PlanError::Format)?;
        let time =
            |t: &str| NaiveTime::parse_from_str(t.trim(), "%H:%M").map_err(|_| PlanError::Format);
        let period = Period {
            start: time(start)?,
            end: time(end)?,
        };
        if period.end <= period.start {
            return Err(PlanError::EndsBeforeStart);
        }
        periods.push(period);
    }
    periods.sort();
    if periods.windows(2).any(|w| w[1].start < w[0].end) {
        return Err(PlanError::Overlap);
    }
    Ok(periods)
}

/// One change to the weekly plan on a given date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exception {
    DayOff(NaiveDate),
    ExtraHours(NaiveDate, Period),
}

/// Working periods for Monday (index 0) to Sunday (index 6).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WeeklyPlan {
    pub days: [Vec<Period>; 7],
}

/// One interview slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct InterviewSlot {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// The applicants' preferred window the slot falls wholly inside, if any.
    pub window: Option<PreferredSlot>,
}

impl WeeklyPlan {
    /// The periods worked on `date`: the weekly plan, unless it is a public holiday or a day
    /// off, plus any extra hours.
    pub fn periods_on(&self, date: NaiveDate, exceptions: &[Exception]) -> Vec<Period> {
        let day_off = is_public_holiday(date) || exceptions.contains(&Exception::DayOff(date));
        let mut periods = if day_off {
            Vec::new()
        } else {
            self.days[date.weekday().num_days_from_monday() as usize].clone()
        };
        periods.extend(exceptions.iter().filter_map(|e| match e {
            Exception::ExtraHours(d, p) if *d == date => Some(*p),
            _ => None,
        }));
        periods.sort();
        periods
    }

    /// Interview slots of `length` from `from` to `to` (both included), back to back inside
    /// each period; a period's remainder shorter than `length` is left unused.
    pub fn interview_slots(
        &self,
        exceptions: &[Exception],
        from: NaiveDate,
        to: NaiveDate,
        length: Duration,
    ) -> Vec<InterviewSlot> {
        let mut slots = Vec::new();
        if length <= Duration::zero() {
            return slots;
        }
        let mut date = from;
        while date <= to {
            for period in self.periods_on(date, exceptions) {
                let mut start = date.and_time(period.start);
                let end = date.and_time(period.end);
                while start + length <= end {
                    slots.push(InterviewSlot {
                        starts_at: brussels_to_utc(start),
                        ends_at: brussels_to_utc(start + length),
                        window: window_of(date, start.time(), (start + length).time()),
                    });
                    start += length;
                }
            }
            date += Duration::days(1);
        }
        slots.sort();
        slots.dedup();
        slots
    }
}

impl WeeklyPlan {
    /// Whether an appointment from `starts_at` to `ends_at` lies inside one working period of
    /// its Brussels day; one that does not is a conflict to resolve after the plan changed.
    pub fn covers(
        &self,
        exceptions: &[Exception],
        starts_at: DateTime<Utc>,
        ends_at: DateTime<Utc>,
    ) -> bool {
        let date = super::slot::brussels_date(starts_at);
        self.periods_on(date, exceptions).iter().any(|period| {
            brussels_to_utc(date.and_time(period.start)) <= starts_at
                && ends_at <= brussels_to_utc(date.and_time(period.end))
        })
    }
}

/// The preferred window (morning or afternoon) that holds `start..end` on `date`.
fn window_of(date: NaiveDate, start: NaiveTime, end: NaiveTime) -> Option<PreferredSlot> {
    DayPart::ALL
        .into_iter()
        .find(|part| {
            let (from, to) = part.hours();
            start >= from && end <= to
        })
        .map(|part| PreferredSlot { date, part })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn office_plan() -> WeeklyPlan {
        let day = parse_periods("09:00-12:00, 13:00-17:00").unwrap();
        let mut plan = WeeklyPlan::default();
        for weekday in 0..5 {
            plan.days[weekday] = day.clone();
        }
        plan
    }

    #[test]
    fn periods_are_read_as_typed_and_checked() {
        let cases: &[(&str, Result<usize, PlanError>)] = &[
            ("09:00-12:00, 13:00-17:00", Ok(2)),
            ("13:00–17:00;09:00 - 12:00", Ok(2)),
            ("", Ok(0)),
            ("9h-12h", Err(PlanError::Format)),
            ("12:00-09:00", Err(PlanError::EndsBeforeStart)),
            ("09:00-12:00, 11:00-14:00", Err(PlanError::Overlap)),
            ("09:00", Err(PlanError::Format)),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_periods(text).map(|p| p.len()), *expected, "{text:?}");
        }
    }

    #[test]
    fn an_office_day_gives_fourteen_half_hour_interviews() {
        let slots = office_plan().interview_slots(
            &[],
            d(2026, 11, 30),
            d(2026, 11, 30),
            Duration::minutes(30),
        );
        assert_eq!(slots.len(), 14);
        assert_eq!(slots[0].starts_at.to_rfc3339(), "2026-11-30T08:00:00+00:00");
        assert_eq!(
            slots
                .iter()
                .filter(|s| s.window.map(|w| w.part) == Some(DayPart::Morning))
                .count(),
            6
        );
        assert!(slots.iter().all(|s| s.window.is_some()));
        // 45-minute interviews: the 15-minute remainders stay unused.
        let long = office_plan().interview_slots(
            &[],
            d(2026, 11, 30),
            d(2026, 11, 30),
            Duration::minutes(45),
        );
        assert_eq!(long.len(), 4 + 5);
    }

    #[test]
    fn weekends_holidays_and_days_off_have_no_slots_but_extra_hours_do() {
        let plan = office_plan();
        let week = |ex: &[Exception]| {
            plan.interview_slots(ex, d(2026, 11, 9), d(2026, 11, 15), Duration::minutes(30))
                .len()
        };
        assert_eq!(
            week(&[]),
            4 * 14,
            "Armistice day, 11 November, is a holiday"
        );
        assert_eq!(week(&[Exception::DayOff(d(2026, 11, 10))]), 3 * 14);
        let saturday =
            Exception::ExtraHours(d(2026, 11, 14), parse_periods("10:00-11:00").unwrap()[0]);
        assert_eq!(week(&[saturday]), 4 * 14 + 2);
    }

    #[test]
    fn an_appointment_outside_the_new_plan_is_a_conflict() {
        let plan = office_plan();
        let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().to_utc();
        // Monday 30 November 2026, Brussels = UTC+1.
        let morning = (at("2026-11-30T08:00:00Z"), at("2026-11-30T08:30:00Z"));
        let lunch = (at("2026-11-30T11:30:00Z"), at("2026-11-30T12:00:00Z"));
        assert!(plan.covers(&[], morning.0, morning.1));
        assert!(!plan.covers(&[], lunch.0, lunch.1), "12:30 is the break");
        let off = [Exception::DayOff(d(2026, 11, 30))];
        assert!(!plan.covers(&off, morning.0, morning.1));
    }

    #[test]
    fn the_october_clock_change_moves_the_instants_not_the_local_times() {
        let slots = office_plan().interview_slots(
            &[],
            d(2026, 10, 23),
            d(2026, 10, 26),
            Duration::minutes(30),
        );
        let first_of = |date| {
            slots
                .iter()
                .filter(|s| s.window.map(|w| w.date) == Some(date))
                .map(|s| s.starts_at.to_rfc3339())
                .min()
        };
        let firsts = [first_of(d(2026, 10, 23)), first_of(d(2026, 10, 26))].map(Option::unwrap);
        assert_eq!(
            firsts,
            ["2026-10-23T07:00:00+00:00", "2026-10-26T08:00:00+00:00"]
        );
    }
}
