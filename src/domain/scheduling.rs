//! Appointments: their states, the reasons for moving one, and which of an interviewer's slots
//! are free and fit a request (inside its two-week window, its preferred windows first).

use super::slot::PreferredSlot;
use super::working_plan::InterviewSlot;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};

/// The state of one appointment. A request has at most one *active* appointment (proposed or
/// confirmed); the others are its history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppointmentState {
    Proposed,
    Confirmed,
    /// Given up: another time was proposed, the applicant asked for another slot, or cancelled.
    Released,
    /// Handed to another interviewer at the same time.
    Reassigned,
    /// Not answered in time.
    Lapsed,
}

impl AppointmentState {
    pub const ALL: [AppointmentState; 5] = [
        AppointmentState::Proposed,
        AppointmentState::Confirmed,
        AppointmentState::Released,
        AppointmentState::Reassigned,
        AppointmentState::Lapsed,
    ];
    pub const ACTIVE: [AppointmentState; 2] =
        [AppointmentState::Proposed, AppointmentState::Confirmed];

    pub fn code(self) -> &'static str {
        match self {
            AppointmentState::Proposed => "proposed",
            AppointmentState::Confirmed => "confirmed",
            AppointmentState::Released => "released",
            AppointmentState::Reassigned => "reassigned",
            AppointmentState::Lapsed => "lapsed",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    pub fn is_active(self) -> bool {
        Self::ACTIVE.contains(&self)
    }
}

/// Why an appointment was moved, chosen from a short list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChangeReason {
    Illness,
    Workload,
    Language,
    Other(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReasonProblem {
    Missing,
    OtherNeedsText,
    TooLong,
}

impl ChangeReason {
    pub const KINDS: [&'static str; 4] = ["illness", "workload", "language", "other"];
    const MAX_TEXT: usize = 500;

    /// Reads the reason as sent by a form: a kind, and a text that `other` requires.
    pub fn parse(kind: &str, text: &str) -> Result<Self, ReasonProblem> {
        let text = text.trim();
        match kind {
            "illness" => Ok(ChangeReason::Illness),
            "workload" => Ok(ChangeReason::Workload),
            "language" => Ok(ChangeReason::Language),
            "other" if text.is_empty() => Err(ReasonProblem::OtherNeedsText),
            "other" if text.chars().count() > Self::MAX_TEXT => Err(ReasonProblem::TooLong),
            "other" => Ok(ChangeReason::Other(text.to_owned())),
            _ => Err(ReasonProblem::Missing),
        }
    }

    pub fn kind(&self) -> &'static str {
        match self {
            ChangeReason::Illness => "illness",
            ChangeReason::Workload => "workload",
            ChangeReason::Language => "language",
            ChangeReason::Other(_) => "other",
        }
    }

    /// How it is stored and written in the audit log: `workload` or `other: text`.
    pub fn describe(&self) -> String {
        match self {
            ChangeReason::Other(text) => format!("other: {text}"),
            reason => reason.kind().to_owned(),
        }
    }
}

/// How many working days an applicant has to answer a proposal.
pub const ANSWER_WORKING_DAYS: u32 = 3;

/// When an unanswered proposal lapses: at the end (Brussels midnight) of the third working day
/// after the day it was made (weekends and Belgian public holidays do not count), or when the
/// interview would start, whichever comes first.
pub fn answer_deadline(proposed_at: DateTime<Utc>, starts_at: DateTime<Utc>) -> DateTime<Utc> {
    let last = super::working_days::add_working_days(
        super::slot::brussels_date(proposed_at),
        ANSWER_WORKING_DAYS,
    );
    let end =
        super::slot::brussels_to_utc((last + Duration::days(1)).and_time(chrono::NaiveTime::MIN));
    end.min(starts_at)
}

/// The days in which a request made on `made_on` (a Brussels date) may be given a slot: the week
/// after that one and the week after that, Monday to Sunday.
pub fn request_window(made_on: NaiveDate) -> (NaiveDate, NaiveDate) {
    let monday = week_start(made_on) + Duration::days(7);
    (monday, monday + Duration::days(13))
}

/// The Monday of the week holding `date`.
pub fn week_start(date: NaiveDate) -> NaiveDate {
    date - Duration::days(i64::from(date.weekday().num_days_from_monday()))
}

/// The slots that are still free: not overlapping any busy period, and starting after
/// `not_before`.
pub fn free_slots(
    slots: Vec<InterviewSlot>,
    busy: &[(DateTime<Utc>, DateTime<Utc>)],
    not_before: DateTime<Utc>,
) -> Vec<InterviewSlot> {
    slots
        .into_iter()
        .filter(|slot| slot.starts_at > not_before)
        .filter(|slot| {
            !busy
                .iter()
                .any(|(start, end)| *start < slot.ends_at && *end > slot.starts_at)
        })
        .collect()
}

/// A free slot offered for one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fit {
    pub slot: InterviewSlot,
    /// Whether the slot is inside one of the applicant's preferred windows.
    pub preferred: bool,
}

/// The free slots that fit a request: inside its window, preferred windows first, then by time.
pub fn fitting_slots(
    free: &[InterviewSlot],
    window: (NaiveDate, NaiveDate),
    preferred: &[PreferredSlot],
) -> Vec<Fit> {
    let mut fits: Vec<Fit> = free
        .iter()
        .filter(|slot| {
            let day = super::slot::brussels_date(slot.starts_at);
            day >= window.0 && day <= window.1
        })
        .map(|slot| Fit {
            slot: *slot,
            preferred: slot.window.is_some_and(|w| preferred.contains(&w)),
        })
        .collect();
    fits.sort_by_key(|fit| (!fit.preferred, fit.slot.starts_at));
    fits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::slot::DayPart;
    use crate::domain::working_plan::{WeeklyPlan, parse_periods};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().to_utc()
    }

    fn monday_plan() -> WeeklyPlan {
        let mut plan = WeeklyPlan::default();
        plan.days[0] = parse_periods("09:00-12:00, 13:00-14:00").unwrap();
        plan
    }

    #[test]
    fn reasons_are_read_from_the_form() {
        let cases: &[(&str, &str, Result<ChangeReason, ReasonProblem>)] = &[
            ("illness", "", Ok(ChangeReason::Illness)),
            ("workload", "ignored", Ok(ChangeReason::Workload)),
            ("language", "", Ok(ChangeReason::Language)),
            (
                "other",
                " training ",
                Ok(ChangeReason::Other("training".into())),
            ),
            ("other", "  ", Err(ReasonProblem::OtherNeedsText)),
            ("", "", Err(ReasonProblem::Missing)),
            ("holiday", "", Err(ReasonProblem::Missing)),
        ];
        for (kind, text, expected) in cases {
            assert_eq!(
                &ChangeReason::parse(kind, text),
                expected,
                "{kind:?} {text:?}"
            );
        }
        assert_eq!(
            ChangeReason::parse("other", &"x".repeat(501)),
            Err(ReasonProblem::TooLong)
        );
        assert_eq!(
            ChangeReason::Other("training".into()).describe(),
            "other: training"
        );
    }

    #[test]
    fn states_round_trip_and_only_two_are_active() {
        for state in AppointmentState::ALL {
            assert_eq!(AppointmentState::parse(state.code()), Some(state));
        }
        let active: Vec<_> = AppointmentState::ALL
            .into_iter()
            .filter(|s| s.is_active())
            .collect();
        assert_eq!(
            active,
            [AppointmentState::Proposed, AppointmentState::Confirmed]
        );
    }

    #[test]
    fn proposals_lapse_after_three_working_days_across_easter_and_the_year_end() {
        let far = at("2027-06-01T08:00:00Z");
        let cases = [
            // Thursday before Easter 2026: Friday, (Easter Monday), Tuesday, Wednesday.
            ("2026-04-02T09:00:00Z", "2026-04-08T22:00:00Z"),
            // Wednesday 23 December 2026: Thursday, (Christmas), Monday, Tuesday; CET.
            ("2026-12-23T15:00:00Z", "2026-12-29T23:00:00Z"),
            // Friday 30 October 2026: Monday 2 (1 November is a Sunday), Tuesday, Wednesday.
            ("2026-10-30T10:00:00Z", "2026-11-04T23:00:00Z"),
            // A proposal made on a Saturday counts from the Monday.
            ("2026-11-28T10:00:00Z", "2026-12-02T23:00:00Z"),
        ];
        for (proposed, deadline) in cases {
            assert_eq!(
                answer_deadline(at(proposed), far),
                at(deadline),
                "{proposed}"
            );
        }
        let early_start = at("2026-12-28T08:00:00Z");
        assert_eq!(
            answer_deadline(at("2026-12-23T15:00:00Z"), early_start),
            early_start,
            "an interview that starts first ends the wait"
        );
    }

    #[test]
    fn the_window_is_the_two_weeks_after_the_request_week() {
        assert_eq!(
            request_window(d(2026, 11, 25)),
            (d(2026, 11, 30), d(2026, 12, 13))
        );
        assert_eq!(
            request_window(d(2026, 11, 29)),
            (d(2026, 11, 30), d(2026, 12, 13)),
            "a Sunday belongs to the week that started on Monday"
        );
        assert_eq!(week_start(d(2026, 11, 30)), d(2026, 11, 30));
    }

    #[test]
    fn busy_and_past_slots_are_not_free() {
        let slots = monday_plan().interview_slots(
            &[],
            d(2026, 11, 30),
            d(2026, 11, 30),
            Duration::minutes(30),
        );
        assert_eq!(slots.len(), 8);
        // A 45-minute appointment from 09:30 takes the 09:30 and 10:00 slots (08:30–09:15 UTC).
        let busy = [(at("2026-11-30T08:30:00Z"), at("2026-11-30T09:15:00Z"))];
        let free = free_slots(slots.clone(), &busy, at("2026-11-01T00:00:00Z"));
        assert_eq!(free.len(), 6);
        assert!(
            free.iter()
                .all(|s| s.starts_at != at("2026-11-30T08:30:00Z"))
        );
        assert!(
            free.iter()
                .all(|s| s.starts_at != at("2026-11-30T09:00:00Z"))
        );
        // The slot ending when the busy one starts is free.
        assert!(
            free.iter()
                .any(|s| s.starts_at == at("2026-11-30T08:00:00Z"))
        );
        let later = free_slots(slots, &[], at("2026-11-30T10:00:00Z"));
        assert_eq!(
            later.len(),
            3,
            "only the slots starting after 11:00 Brussels"
        );
    }

    #[test]
    fn fitting_slots_put_preferred_windows_first_and_stay_in_the_window() {
        let slots = monday_plan().interview_slots(
            &[],
            d(2026, 11, 23),
            d(2026, 12, 14),
            Duration::minutes(30),
        );
        let afternoon = PreferredSlot {
            date: d(2026, 12, 7),
            part: DayPart::Afternoon,
        };
        let fits = fitting_slots(&slots, request_window(d(2026, 11, 25)), &[afternoon]);
        // Mondays 30 November and 7 December: 8 slots each.
        assert_eq!(fits.len(), 16);
        assert!(fits[0].preferred && fits[1].preferred && !fits[2].preferred);
        assert_eq!(fits[0].slot.starts_at, at("2026-12-07T12:00:00Z"));
        assert_eq!(fits[2].slot.starts_at, at("2026-11-30T08:00:00Z"));
    }
}
