//! The calendar file of an interview, as RFC 5546 (iTIP) wants it: a `REQUEST` when it is booked
//! or changes, a `CANCEL` when it is called off, both with the request's one UID and a SEQUENCE
//! that grows with every message, so that a calendar program moves or removes the entry it
//! already has. Times are in Europe/Brussels with its VTIMEZONE.

use crate::domain::slot::TIME_ZONE;
use chrono::{DateTime, Utc};
use icalendar::{Calendar, Component, Event, EventLike, EventStatus, Property};
use lettre::message::Mailbox;
use uuid::Uuid;

/// Europe/Brussels as calendar programs need it: the EU rules in force since 1996.
const BRUSSELS_VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Brussels\r\n\
BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n\
DTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n\
BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n\
DTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n\
END:VTIMEZONE\r\n";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// The interview as it now stands: added, or updated when the UID is already there.
    Request,
    /// The interview is called off: the entry with this UID goes.
    Cancel,
}

impl Method {
    pub fn code(self) -> &'static str {
        match self {
            Method::Request => "REQUEST",
            Method::Cancel => "CANCEL",
        }
    }

    /// The method of a calendar file this module wrote, for the attachment's content type.
    pub fn of(calendar: &str) -> Method {
        if calendar.contains("\r\nMETHOD:CANCEL\r\n") {
            Method::Cancel
        } else {
            Method::Request
        }
    }
}

/// The one UID of a request's calendar entry, whatever its appointments.
pub fn uid(request_id: Uuid) -> String {
    format!("{request_id}@rendezvous")
}

pub struct Invite<'a> {
    pub method: Method,
    /// Stable across every message about the same request.
    pub uid: String,
    /// 0 for the first message, one more for each later one.
    pub sequence: u32,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub summary: &'a str,
    pub description: &'a str,
    pub video_url: Option<&'a str>,
    /// The service's mailbox that staff read (CALENDAR_ORGANIZER).
    pub organizer: &'a Mailbox,
    /// The applicant.
    pub attendee: &'a Mailbox,
    pub now: DateTime<Utc>,
}

/// `mailto:` with the display name as `CN`.
fn person(key: &str, mailbox: &Mailbox) -> Property {
    let mut property = Property::new(key, format!("mailto:{}", mailbox.email));
    // A parameter value cannot hold a double quote or a control character (RFC 5545 §3.2).
    let name: String = mailbox
        .name
        .as_deref()
        .unwrap_or_default()
        .chars()
        .filter(|c| *c != '"' && !c.is_control())
        .collect();
    if !name.trim().is_empty() {
        property.add_parameter("CN", name.trim());
    }
    property
}

pub fn invite(invite: &Invite) -> String {
    let local = |t: DateTime<Utc>| (t.with_timezone(&TIME_ZONE).naive_local(), TIME_ZONE);
    // The applicant accepted the slot on our page already: the entry is theirs as accepted, and
    // no reply is asked for (a reply would go to a mailbox that does not answer calendars).
    let mut attendee = person("ATTENDEE", invite.attendee);
    attendee
        .add_parameter("ROLE", "REQ-PARTICIPANT")
        .add_parameter("PARTSTAT", "ACCEPTED")
        .add_parameter("RSVP", "FALSE");
    let mut event = Event::new();
    event
        .uid(&invite.uid)
        .sequence(invite.sequence)
        .timestamp(invite.now)
        .starts(local(invite.starts_at))
        .ends(local(invite.ends_at))
        .summary(invite.summary)
        .description(invite.description)
        .append_property(person("ORGANIZER", invite.organizer))
        .append_multi_property(attendee);
    match invite.method {
        Method::Request => event.status(EventStatus::Confirmed),
        Method::Cancel => event.status(EventStatus::Cancelled),
    };
    if let Some(url) = invite.video_url {
        event.location(url).url(url);
    }
    let mut calendar = Calendar::new();
    calendar.append_property(Property::new("METHOD", invite.method.code()));
    let text = calendar.push(event.done()).done().to_string();
    // The crate writes no VTIMEZONE: put Brussels' before the event that refers to it.
    text.replacen(
        "BEGIN:VEVENT",
        &format!("{BRUSSELS_VTIMEZONE}BEGIN:VEVENT"),
        1,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(method: Method, sequence: u32) -> String {
        let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().to_utc();
        invite(&Invite {
            method,
            uid: "appointment-1@rendezvous".into(),
            sequence,
            starts_at: at("2026-11-30T08:00:00Z"),
            ends_at: at("2026-11-30T08:30:00Z"),
            summary: "Video identity interview",
            description: "Have your ID at hand",
            video_url: Some("https://video.test/room-1"),
            organizer: &"Identity interviews <interviews@rendezvous.test>"
                .parse()
                .unwrap(),
            attendee: &"Anna Peeters <anna@example.org>".parse().unwrap(),
            now: at("2026-11-25T10:00:00Z"),
        })
    }

    #[test]
    fn the_invite_names_brussels_and_keeps_the_local_time() {
        let text = example(Method::Request, 0);
        for line in [
            "METHOD:REQUEST",
            "UID:appointment-1@rendezvous",
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            "DTSTART;TZID=Europe/Brussels:20261130T090000",
            "DTEND;TZID=Europe/Brussels:20261130T093000",
            "TZID:Europe/Brussels",
            "ORGANIZER;CN=Identity interviews:mailto:interviews@rendezvous.test",
        ] {
            assert!(text.contains(line), "{line} in {text}");
        }
        assert!(text.find("BEGIN:VTIMEZONE") < text.find("BEGIN:VEVENT"));
        assert_eq!(Method::of(&text), Method::Request);
    }

    #[test]
    fn a_cancel_keeps_the_uid_and_counts_on() {
        let text = example(Method::Cancel, 2);
        for line in [
            "METHOD:CANCEL",
            "UID:appointment-1@rendezvous",
            "SEQUENCE:2",
            "STATUS:CANCELLED",
        ] {
            assert!(text.contains(line), "{line} in {text}");
        }
        assert_eq!(Method::of(&text), Method::Cancel);
    }
}
