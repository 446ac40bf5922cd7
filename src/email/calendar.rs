//! The calendar file of a booked interview (`METHOD:REQUEST`, a stable UID per appointment,
//! times in Europe/Brussels with its VTIMEZONE), which common calendar programs offer to add.

use crate::domain::slot::TIME_ZONE;
use chrono::{DateTime, Utc};
use icalendar::{Calendar, Component, Event, EventLike, Property};

/// Europe/Brussels as calendar programs need it: the EU rules in force since 1996.
const BRUSSELS_VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Brussels\r\n\
BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n\
DTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n\
BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n\
DTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n\
END:VTIMEZONE\r\n";

pub struct Invite<'a> {
    /// Stable across resends and changes of the same appointment.
    pub uid: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub summary: &'a str,
    pub description: &'a str,
    pub video_url: &'a str,
    pub organizer: &'a str,
    pub now: DateTime<Utc>,
}

pub fn invite(invite: &Invite) -> String {
    let local = |t: DateTime<Utc>| (t.with_timezone(&TIME_ZONE).naive_local(), TIME_ZONE);
    let event = Event::new()
        .uid(&invite.uid)
        .timestamp(invite.now)
        .starts(local(invite.starts_at))
        .ends(local(invite.ends_at))
        .summary(invite.summary)
        .description(invite.description)
        .location(invite.video_url)
        .url(invite.video_url)
        .append_property(Property::new(
            "ORGANIZER",
            format!("mailto:{}", invite.organizer),
        ))
        .append_property(Property::new("SEQUENCE", "0"))
        .done();
    let mut calendar = Calendar::new();
    calendar.append_property(Property::new("METHOD", "REQUEST"));
    let text = calendar.push(event).done().to_string();
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

    #[test]
    fn the_invite_names_brussels_and_keeps_the_local_time() {
        let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().to_utc();
        let text = invite(&Invite {
            uid: "appointment-1@rendezvous".into(),
            starts_at: at("2026-11-30T08:00:00Z"),
            ends_at: at("2026-11-30T08:30:00Z"),
            summary: "Video identity interview",
            description: "Have your ID at hand",
            video_url: "https://video.test/room-1",
            organizer: "noreply@rendezvous.test",
            now: at("2026-11-25T10:00:00Z"),
        });
        for line in [
            "METHOD:REQUEST",
            "UID:appointment-1@rendezvous",
            "DTSTART;TZID=Europe/Brussels:20261130T090000",
            "DTEND;TZID=Europe/Brussels:20261130T093000",
            "TZID:Europe/Brussels",
        ] {
            assert!(text.contains(line), "{line} in {text}");
        }
        assert!(text.find("BEGIN:VTIMEZONE") < text.find("BEGIN:VEVENT"));
    }
}
