//! An audit entry's detail read back and written out in the reader's language. Details are stored
//! as their writers format them (the log is chained and never rewritten), with instants in UTC;
//! `parse` knows each action's form and `write` renders it with Brussels times. A detail in no
//! known form (an older one, or free text) is shown as stored.

use super::super::appointment::change_reason;
use crate::domain::slot::PreferredSlot;
use crate::domain::working_plan::Exception;
use crate::i18n::{Tr, arg};
use chrono::{DateTime, NaiveTime, Utc};
use std::collections::HashMap;
use uuid::Uuid;

/// Staff names by id, for details that name someone by id only.
pub type Names = HashMap<Uuid, String>;

/// What a detail says, once read.
#[derive(Debug, Clone, PartialEq)]
enum Detail {
    Empty,
    FormSentAgain,
    LockedUntil(DateTime<Utc>),
    FailedSignIns,
    /// `failures=10 sessions_ended=1`.
    StaffLocked {
        failures: u32,
        sessions_ended: u32,
    },
    /// `staff=<id> sessions_ended=1`.
    PasswordChanged {
        staff: Uuid,
        sessions_ended: u32,
    },
    Plan {
        name: String,
        /// Monday to Sunday, each day's periods as typed (`09:00-12:00, 13:00-17:00`).
        days: Vec<String>,
        languages: Vec<String>,
        minutes: u32,
    },
    ExceptionAdded {
        name: String,
        exception: Exception,
    },
    ExceptionRemoved {
        staff: Uuid,
    },
    DocumentViewed {
        side: String,
    },
    Proposed {
        at: DateTime<Utc>,
        name: String,
    },
    MovedTime {
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        name: String,
        reason: String,
    },
    Reassigned {
        at: DateTime<Utc>,
        from: Uuid,
        to: String,
        reason: String,
    },
    Cancelled {
        at: DateTime<Utc>,
    },
    AskedAnotherSlot {
        at: DateTime<Utc>,
        preferred: Vec<PreferredSlot>,
    },
    Lapsed {
        proposed_at: DateTime<Utc>,
    },
    Accepted {
        at: DateTime<Utc>,
        /// `None`: the images already on file served.
        sides: Option<Vec<String>>,
    },
    ImageDeleted {
        side: String,
        days: u32,
    },
}

/// The detail of an entry with action `action`, in the reader's language.
pub fn render(tr: Tr, action: &str, detail: &str, names: &Names) -> String {
    match parse(action, detail) {
        Some(parsed) => write(tr, &parsed, names),
        None => detail.to_owned(),
    }
}

fn instant(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|at| at.with_timezone(&Utc))
}

/// The machine form `key=value key=value` (values without spaces).
fn fields(text: &str) -> Option<HashMap<&str, &str>> {
    text.split_whitespace()
        .map(|pair| pair.split_once('='))
        .collect()
}

/// `Anna Peeters (0b0e…)`: the name and the id.
fn name_and_id(text: &str) -> Option<(&str, Uuid)> {
    let (name, id) = text.strip_suffix(')')?.rsplit_once(" (")?;
    Some((name, Uuid::parse_str(id).ok()?))
}

/// `2026-11-30T08:00:00+00:00 with Anna Peeters (id)`: a slot and its interviewer.
fn slot_with(text: &str) -> Option<(DateTime<Utc>, &str)> {
    let (at, rest) = text.split_once(" with ")?;
    Some((instant(at)?, name_and_id(rest)?.0))
}

/// `appointment <id> at <instant>`, `released <id> at <instant>`.
fn appointment_at<'a>(text: &'a str, prefix: &str) -> Option<(DateTime<Utc>, &'a str)> {
    let (id, rest) = text.strip_prefix(prefix)?.split_once(" at ")?;
    Uuid::parse_str(id).ok()?;
    let (at, rest) = rest.split_once("; ").unwrap_or((rest, ""));
    Some((instant(at)?, rest))
}

/// `<id> (front)`: an image and its side.
fn image_side(text: &str) -> Option<&str> {
    let (id, side) = text.strip_suffix(')')?.split_once(" (")?;
    Uuid::parse_str(id).ok()?;
    Some(side)
}

/// The `Debug` form of an exception: `DayOff(2026-12-01)` or
/// `ExtraHours(2026-12-01, Period { start: 18:00:00, end: 20:00:00 })`.
fn exception(text: &str) -> Option<Exception> {
    use crate::domain::working_plan::Period;
    if let Some(date) = text.strip_prefix("DayOff(") {
        return Some(Exception::DayOff(date.strip_suffix(')')?.parse().ok()?));
    }
    let rest = text.strip_prefix("ExtraHours(")?.strip_suffix(" })")?;
    let (date, times) = rest.split_once(", Period { start: ")?;
    let (start, end) = times.split_once(", end: ")?;
    Some(Exception::ExtraHours(
        date.parse().ok()?,
        Period {
            start: start.parse::<NaiveTime>().ok()?,
            end: end.parse::<NaiveTime>().ok()?,
        },
    ))
}

fn parse(action: &str, detail: &str) -> Option<Detail> {
    if detail.is_empty() {
        return Some(Detail::Empty);
    }
    Some(match action {
        "security_code_reissued" if detail == "form sent again" => Detail::FormSentAgain,
        "code_lockout" => Detail::LockedUntil(instant(match detail.strip_prefix("until ") {
            Some(until) => until,
            None => fields(detail)?.get("until")?,
        })?),
        "staff_locked" if detail == "repeated failed sign-ins" => Detail::FailedSignIns,
        "staff_locked" => {
            let fields = fields(detail)?;
            Detail::StaffLocked {
                failures: fields.get("failures")?.parse().ok()?,
                sessions_ended: fields.get("sessions_ended")?.parse().ok()?,
            }
        }
        "staff_password_changed" => {
            let fields = fields(detail)?;
            Detail::PasswordChanged {
                staff: Uuid::parse_str(fields.get("staff")?).ok()?,
                sessions_ended: fields.get("sessions_ended")?.parse().ok()?,
            }
        }
        "plan_change" => {
            // plan of <name> (<id>): <day> | … | <day>; languages fr,nl; 30 minutes
            let rest = detail.strip_prefix("plan of ")?.strip_suffix(" minutes")?;
            let (rest, minutes) = rest.rsplit_once("; ")?;
            let (rest, languages) = rest.rsplit_once("; languages ")?;
            let (name, rest) = rest.rsplit_once(" (")?;
            let (id, days) = rest.split_once("): ")?;
            Uuid::parse_str(id).ok()?;
            let days: Vec<String> = days.split(" | ").map(str::to_owned).collect();
            if days.len() != 7 {
                return None;
            }
            Detail::Plan {
                name: name.to_owned(),
                days,
                languages: languages
                    .split(',')
                    .filter(|l| !l.is_empty())
                    .map(str::to_owned)
                    .collect(),
                minutes: minutes.parse().ok()?,
            }
        }
        "plan_exception_add" => {
            // exception for <name> (<id>): <exception>
            let (who, what) = detail.strip_prefix("exception for ")?.rsplit_once("): ")?;
            let (name, id) = who.rsplit_once(" (")?;
            Uuid::parse_str(id).ok()?;
            Detail::ExceptionAdded {
                name: name.to_owned(),
                exception: exception(what)?,
            }
        }
        "plan_exception_remove" => {
            // exception <exception id> of <staff id>
            let (exception, staff) = detail.strip_prefix("exception ")?.split_once(" of ")?;
            exception.parse::<i64>().ok()?;
            Detail::ExceptionRemoved {
                staff: Uuid::parse_str(staff).ok()?,
            }
        }
        "view_id_document" => Detail::DocumentViewed {
            side: image_side(detail)?.to_owned(),
        },
        "propose" => {
            let (at, name) = slot_with(detail)?;
            Detail::Proposed {
                at,
                name: name.to_owned(),
            }
        }
        "move_time" => {
            // from <instant> to <instant> with <name> (<id>); reason: <reason>
            let (from, rest) = detail.strip_prefix("from ")?.split_once(" to ")?;
            let (slot, reason) = rest.split_once("; reason: ")?;
            let (to, name) = slot_with(slot)?;
            Detail::MovedTime {
                from: instant(from)?,
                to,
                name: name.to_owned(),
                reason: reason.to_owned(),
            }
        }
        "reassign" => {
            // <instant> from <old interviewer id> to <name> (<id>); reason: <reason>
            let (at, rest) = detail.split_once(" from ")?;
            let (from, rest) = rest.split_once(" to ")?;
            let (to, reason) = rest.split_once("; reason: ")?;
            Detail::Reassigned {
                at: instant(at)?,
                from: Uuid::parse_str(from).ok()?,
                to: name_and_id(to)?.0.to_owned(),
                reason: reason.to_owned(),
            }
        }
        "cancel" => match appointment_at(detail, "appointment ")? {
            (at, "") => Detail::Cancelled { at },
            _ => return None,
        },
        "ask_another_slot" => {
            // released <id> at <instant>; new preferred slots <code>, <code>
            let (at, rest) = appointment_at(detail, "released ")?;
            let codes = rest.strip_prefix("new preferred slots ")?;
            Detail::AskedAnotherSlot {
                at,
                preferred: codes
                    .split(", ")
                    .filter(|c| !c.is_empty())
                    .map(PreferredSlot::parse)
                    .collect::<Option<_>>()?,
            }
        }
        "lapse" => {
            // appointment <id> proposed <instant>
            let (id, at) = detail
                .strip_prefix("appointment ")?
                .split_once(" proposed ")?;
            Uuid::parse_str(id).ok()?;
            Detail::Lapsed {
                proposed_at: instant(at)?,
            }
        }
        "accept" => {
            // appointment <id> at <instant>; ID images: front, back | those already on file
            let (at, rest) = appointment_at(detail, "appointment ")?;
            let sides = match rest.strip_prefix("ID images: ")? {
                "those already on file" => None,
                sides => Some(sides.split(", ").map(str::to_owned).collect()),
            };
            Detail::Accepted { at, sides }
        }
        "id_image_deleted" => {
            // <id> (<side>), 30 days after the request ended
            let (image, days) = detail
                .strip_suffix(" days after the request ended")?
                .rsplit_once(", ")?;
            Detail::ImageDeleted {
                side: image_side(image)?.to_owned(),
                days: days.parse().ok()?,
            }
        }
        _ => return None,
    })
}

/// The translated name of an image side; an unknown side as stored.
fn side(tr: Tr, side: &str) -> String {
    let key = format!("staff-document-{side}");
    if tr.has(&key) {
        tr.t(&key)
    } else {
        side.to_owned()
    }
}

fn with_reason(tr: Tr, text: String, reason: &str) -> String {
    let reason = tr.t_with(
        "staff-audit-detail-reason",
        &[("reason", arg(change_reason(tr, reason)))],
    );
    format!("{text} {reason}")
}

fn write(tr: Tr, detail: &Detail, names: &Names) -> String {
    let at = |at: &DateTime<Utc>| arg(tr.instant(*at));
    match detail {
        Detail::Empty => String::new(),
        Detail::FormSentAgain => tr.t("staff-audit-detail-form-sent-again"),
        Detail::LockedUntil(until) => {
            tr.t_with("staff-audit-detail-locked-until", &[("until", at(until))])
        }
        Detail::FailedSignIns => tr.t("staff-audit-detail-failed-sign-ins"),
        Detail::StaffLocked {
            failures,
            sessions_ended,
        } => tr.t_with(
            "staff-audit-detail-staff-locked",
            &[
                ("count", i64::from(*failures).into()),
                ("sessions", i64::from(*sessions_ended).into()),
            ],
        ),
        Detail::PasswordChanged {
            staff,
            sessions_ended,
        } => tr.t_with(
            "staff-audit-detail-password-changed",
            &[
                ("name", arg(name_of(tr, names, staff))),
                ("sessions", i64::from(*sessions_ended).into()),
            ],
        ),
        Detail::Plan {
            name,
            days,
            languages,
            minutes,
        } => {
            let days: Vec<String> = days
                .iter()
                .enumerate()
                .filter(|(_, periods)| !periods.is_empty())
                .map(|(i, periods)| {
                    tr.t_with(
                        "staff-audit-detail-plan-day",
                        &[
                            ("weekday", arg(tr.t(&format!("weekday-{}", i + 1)))),
                            ("period", arg(periods.clone())),
                        ],
                    )
                })
                .collect();
            let days = if days.is_empty() {
                tr.t("staff-audit-detail-plan-no-hours")
            } else {
                days.join("; ")
            };
            let languages: Vec<String> = languages
                .iter()
                .map(|l| tr.t(&format!("interview-language-{l}")))
                .collect();
            tr.t_with(
                "staff-audit-detail-plan",
                &[
                    ("name", arg(name.clone())),
                    ("period", arg(days)),
                    ("languages", arg(languages.join(", "))),
                    ("minutes", i64::from(*minutes).into()),
                ],
            )
        }
        Detail::ExceptionAdded { name, exception } => match exception {
            Exception::DayOff(date) => tr.t_with(
                "staff-audit-detail-day-off",
                &[
                    ("name", arg(name.clone())),
                    ("date", arg(tr.date_long(*date))),
                ],
            ),
            Exception::ExtraHours(date, period) => tr.t_with(
                "staff-audit-detail-extra-hours",
                &[
                    ("name", arg(name.clone())),
                    ("date", arg(tr.date_long(*date))),
                    (
                        "period",
                        arg(format!(
                            "{}–{}",
                            period.start.format("%H:%M"),
                            period.end.format("%H:%M")
                        )),
                    ),
                ],
            ),
        },
        Detail::ExceptionRemoved { staff } => tr.t_with(
            "staff-audit-detail-exception-removed",
            &[("name", arg(name_of(tr, names, staff)))],
        ),
        Detail::DocumentViewed { side: s } => {
            tr.t_with("staff-audit-detail-document", &[("side", arg(side(tr, s)))])
        }
        Detail::Proposed { at: when, name } => tr.t_with(
            "staff-audit-detail-propose",
            &[("when", at(when)), ("name", arg(name.clone()))],
        ),
        Detail::MovedTime {
            from,
            to,
            name,
            reason,
        } => with_reason(
            tr,
            tr.t_with(
                "staff-audit-detail-move-time",
                &[
                    ("from", at(from)),
                    ("to", at(to)),
                    ("name", arg(name.clone())),
                ],
            ),
            reason,
        ),
        Detail::Reassigned {
            at: when,
            from,
            to,
            reason,
        } => with_reason(
            tr,
            tr.t_with(
                "staff-audit-detail-reassign",
                &[
                    ("when", at(when)),
                    ("from", arg(name_of(tr, names, from))),
                    ("to", arg(to.clone())),
                ],
            ),
            reason,
        ),
        Detail::Cancelled { at: when } => {
            tr.t_with("staff-audit-detail-cancel", &[("when", at(when))])
        }
        Detail::AskedAnotherSlot {
            at: when,
            preferred,
        } => {
            let slots: Vec<String> = preferred.iter().map(|s| tr.slot(s)).collect();
            tr.t_with(
                "staff-audit-detail-ask-another-slot",
                &[("when", at(when)), ("slots", arg(slots.join("; ")))],
            )
        }
        Detail::Lapsed { proposed_at } => {
            tr.t_with("staff-audit-detail-lapse", &[("when", at(proposed_at))])
        }
        Detail::Accepted { at: when, sides } => {
            let sides = match sides {
                Some(sides) => sides
                    .iter()
                    .map(|s| side(tr, s))
                    .collect::<Vec<_>>()
                    .join(", "),
                None => tr.t("staff-audit-detail-images-on-file"),
            };
            tr.t_with(
                "staff-audit-detail-accept",
                &[("when", at(when)), ("side", arg(sides))],
            )
        }
        Detail::ImageDeleted { side: s, days } => tr.t_with(
            "staff-audit-detail-image-deleted",
            &[
                ("side", arg(side(tr, s))),
                ("count", i64::from(*days).into()),
            ],
        ),
    }
}

fn name_of(tr: Tr, names: &Names, id: &Uuid) -> String {
    names
        .get(id)
        .cloned()
        .unwrap_or_else(|| tr.t("staff-audit-detail-unknown-staff"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::language::Language;
    use crate::domain::working_plan::Period;
    use chrono::{NaiveDate, TimeZone};

    const ANNA: &str = "6f1f4a63-2b1c-4a43-9a5e-0d1d2f0c9a11";
    const BERT: &str = "9d0c7b2e-5a4f-4e1b-8c3d-2f6a1b0e7d22";
    const DOC: &str = "0b7e2d51-8f3a-4c6e-9d1b-3a5c7e9f1b33";

    fn nine() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 30, 8, 0, 0).unwrap()
    }

    /// Details as their writers format them today (see `src/use_cases/scheduling.rs`, the routes and jobs).
    fn stored() -> Vec<(&'static str, String, Detail)> {
        let at = nine().to_rfc3339();
        let later = (nine() + chrono::Duration::days(1)).to_rfc3339();
        vec![
            ("request_submitted", String::new(), Detail::Empty),
            (
                "security_code_reissued",
                "form sent again".into(),
                Detail::FormSentAgain,
            ),
            (
                "code_lockout",
                format!("until {at}"),
                Detail::LockedUntil(nine()),
            ),
            (
                "code_lockout",
                "until 2026-11-30T08:00:00Z".into(),
                Detail::LockedUntil(nine()),
            ),
            (
                "staff_locked",
                "repeated failed sign-ins".into(),
                Detail::FailedSignIns,
            ),
            (
                "code_lockout",
                "until=2026-11-30T08:00:00Z".into(),
                Detail::LockedUntil(nine()),
            ),
            (
                "staff_locked",
                "failures=10 sessions_ended=2".into(),
                Detail::StaffLocked {
                    failures: 10,
                    sessions_ended: 2,
                },
            ),
            (
                "staff_password_changed",
                format!("staff={ANNA} sessions_ended=1"),
                Detail::PasswordChanged {
                    staff: ANNA.parse().unwrap(),
                    sessions_ended: 1,
                },
            ),
            (
                "plan_change",
                format!(
                    "plan of Anna (Peeters) ({ANNA}): 09:00-12:00, 13:00-17:00 | 13:00-17:00 |  |  |  |  | ; languages nl,fr; 45 minutes"
                ),
                Detail::Plan {
                    name: "Anna (Peeters)".into(),
                    days: vec![
                        "09:00-12:00, 13:00-17:00".into(),
                        "13:00-17:00".into(),
                        String::new(),
                        String::new(),
                        String::new(),
                        String::new(),
                        String::new(),
                    ],
                    languages: vec!["nl".into(), "fr".into()],
                    minutes: 45,
                },
            ),
            (
                "plan_exception_add",
                format!(
                    "exception for Anna ({ANNA}): {:?}",
                    Exception::DayOff(NaiveDate::from_ymd_opt(2026, 12, 1).unwrap())
                ),
                Detail::ExceptionAdded {
                    name: "Anna".into(),
                    exception: Exception::DayOff(NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()),
                },
            ),
            (
                "plan_exception_add",
                format!(
                    "exception for Anna ({ANNA}): {:?}",
                    Exception::ExtraHours(
                        NaiveDate::from_ymd_opt(2026, 12, 2).unwrap(),
                        Period {
                            start: NaiveTime::from_hms_opt(18, 0, 0).unwrap(),
                            end: NaiveTime::from_hms_opt(20, 30, 0).unwrap(),
                        }
                    )
                ),
                Detail::ExceptionAdded {
                    name: "Anna".into(),
                    exception: Exception::ExtraHours(
                        NaiveDate::from_ymd_opt(2026, 12, 2).unwrap(),
                        Period {
                            start: NaiveTime::from_hms_opt(18, 0, 0).unwrap(),
                            end: NaiveTime::from_hms_opt(20, 30, 0).unwrap(),
                        },
                    ),
                },
            ),
            (
                "plan_exception_remove",
                format!("exception 7 of {ANNA}"),
                Detail::ExceptionRemoved {
                    staff: ANNA.parse().unwrap(),
                },
            ),
            (
                "view_id_document",
                format!("{DOC} (front)"),
                Detail::DocumentViewed {
                    side: "front".into(),
                },
            ),
            (
                "propose",
                format!("{at} with Anna Peeters ({ANNA})"),
                Detail::Proposed {
                    at: nine(),
                    name: "Anna Peeters".into(),
                },
            ),
            (
                "move_time",
                format!(
                    "from {at} to {later} with Anna Peeters ({ANNA}); reason: other: training; back at 14:00"
                ),
                Detail::MovedTime {
                    from: nine(),
                    to: nine() + chrono::Duration::days(1),
                    name: "Anna Peeters".into(),
                    reason: "other: training; back at 14:00".into(),
                },
            ),
            (
                "reassign",
                format!("{at} from {ANNA} to Bert Claes ({BERT}); reason: workload"),
                Detail::Reassigned {
                    at: nine(),
                    from: ANNA.parse().unwrap(),
                    to: "Bert Claes".into(),
                    reason: "workload".into(),
                },
            ),
            (
                "cancel",
                format!("appointment {DOC} at {at}"),
                Detail::Cancelled { at: nine() },
            ),
            (
                "ask_another_slot",
                format!("released {DOC} at {at}; new preferred slots 2026-12-07-am, 2026-12-08-pm"),
                Detail::AskedAnotherSlot {
                    at: nine(),
                    preferred: vec![
                        PreferredSlot::parse("2026-12-07-am").unwrap(),
                        PreferredSlot::parse("2026-12-08-pm").unwrap(),
                    ],
                },
            ),
            (
                "lapse",
                format!("appointment {DOC} proposed {at}"),
                Detail::Lapsed {
                    proposed_at: nine(),
                },
            ),
            (
                "accept",
                format!("appointment {DOC} at {at}; ID images: front, back"),
                Detail::Accepted {
                    at: nine(),
                    sides: Some(vec!["front".into(), "back".into()]),
                },
            ),
            (
                "accept",
                format!("appointment {DOC} at {at}; ID images: those already on file"),
                Detail::Accepted {
                    at: nine(),
                    sides: None,
                },
            ),
            (
                "id_image_deleted",
                format!("{DOC} (back), 30 days after the request ended"),
                Detail::ImageDeleted {
                    side: "back".into(),
                    days: 30,
                },
            ),
        ]
    }

    #[test]
    fn every_stored_form_is_read() {
        for (action, detail, expected) in stored() {
            assert_eq!(
                parse(action, &detail).as_ref(),
                Some(&expected),
                "{action}: {detail}"
            );
        }
    }

    #[test]
    fn details_are_written_in_each_language_in_brussels_time() {
        let names: Names = [(ANNA.parse().unwrap(), "Anna Peeters".to_owned())].into();
        for lang in Language::ALL {
            for (action, detail, _) in stored() {
                let text = render(Tr(lang), action, &detail, &names);
                for raw in [
                    "+00:00",
                    "T08:00:00",
                    "reason:",
                    "(back)",
                    "(front)",
                    "=",
                    ANNA,
                ] {
                    assert!(!text.contains(raw), "{lang} {action}: {raw} in {text:?}");
                }
                if detail.contains(&nine().to_rfc3339()) {
                    assert!(
                        text.contains("09:00") && text.contains("CET"),
                        "{lang}: {text}"
                    );
                }
            }
        }
        let text = render(
            Tr(Language::Fr),
            "reassign",
            &format!(
                "{} from {ANNA} to Bert Claes ({BERT}); reason: workload",
                nine().to_rfc3339()
            ),
            &names,
        );
        assert!(
            text.contains("Anna Peeters")
                && text.contains("Bert Claes")
                && text.contains("Charge de travail"),
            "{text}"
        );
    }

    #[test]
    fn unknown_forms_are_shown_as_stored() {
        let names = Names::new();
        for (action, detail) in [
            ("propose", "somewhere with someone"),
            ("code_lockout", "until tomorrow"),
            ("a_new_action", "what it says"),
            ("staff_locked", "by a supervisor"),
        ] {
            assert_eq!(render(Tr(Language::Nl), action, detail, &names), detail);
        }
    }
}
