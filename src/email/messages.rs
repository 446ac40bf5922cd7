//! The emails the service sends, rendered in the recipient's language from `templates/locales`.

use super::OutgoingEmail;
use super::calendar::{self, Method};
use crate::db::requests::StoredRequest;
use crate::domain::request::NewRequest;
use crate::domain::working_plan::InterviewSlot;
use crate::i18n::{Tr, arg};
use chrono::{DateTime, Utc};
use fluent_templates::fluent_bundle::FluentValue;
use lettre::message::Mailbox;
use maud::{DOCTYPE, Markup, html};
use uuid::Uuid;

mod key;
pub use key::{
    Holder, activation_code, activation_link, activation_lockout, key_active, key_changed,
    one_time_code, profile_created,
};

/// One piece of an email, rendered both as plain text and as HTML.
enum Block {
    Paragraph(String),
    /// Items under a title: lines with dashes in the text part, a real list in the HTML part
    /// (which screen readers announce as a list of so many items).
    List {
        title: String,
        items: Vec<String>,
    },
    /// A link shown on its own line.
    Link(String),
    /// The email's one action: a button in the HTML part, the label and the link in the text.
    Button {
        label: String,
        link: String,
    },
}

/// What one email says, shared by its text and HTML parts.
struct Body {
    greeting: String,
    blocks: Vec<Block>,
}

impl Body {
    fn text(&self) -> String {
        let mut out = format!("{}\n\n", self.greeting);
        for block in &self.blocks {
            match block {
                Block::Paragraph(text) | Block::Link(text) => out.push_str(text),
                Block::Button { label, link } => {
                    out.push_str(label);
                    out.push_str(":\n");
                    out.push_str(link);
                }
                Block::List { title, items } => {
                    out.push_str(title);
                    for item in items {
                        out.push_str("\n  - ");
                        out.push_str(item);
                    }
                }
            }
            out.push_str("\n\n");
        }
        out.push_str("-- \nrendezvous\n");
        out
    }

    fn html(&self, tr: Tr, subject: &str) -> String {
        let markup: Markup = html! {
            (DOCTYPE)
            html lang=(tr.lang().code()) {
                head {
                    meta charset="utf-8";
                    meta name="viewport" content="width=device-width, initial-scale=1";
                    title { (subject) }
                }
                body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1b1b; max-width: 40em; margin: 0 auto; padding: 1em;" {
                    p { (self.greeting) }
                    @for block in &self.blocks {
                        @match block {
                            Block::Paragraph(text) => p { (text) },
                            Block::List { title, items } => {
                                p { strong { (title) } }
                                ul { @for item in items { li { (item) } } }
                            },
                            Block::Link(link) => p { a href=(link) { (link) } },
                            Block::Button { label, link } => p style="margin: 1.5em 0;" {
                                a href=(link) style="display: inline-block; background: #1d4f91; color: #ffffff; padding: 0.75em 1.5em; border-radius: 4px; text-decoration: none; font-weight: bold;" { (label) }
                            },
                        }
                    }
                    p style="color: #555; font-size: 0.9em;" { "rendezvous" }
                }
            }
        };
        markup.into_string()
    }
}

/// What to have at hand for the interview, as on the appointment page.
fn have_at_hand(tr: Tr) -> Block {
    Block::List {
        title: tr.t("email-booked-have"),
        items: vec![
            tr.t("appointment-prepare-document"),
            tr.t("appointment-prepare-device"),
            tr.t("appointment-prepare-connection"),
        ],
    }
}

fn render(
    tr: Tr,
    kind: &'static str,
    request_id: Uuid,
    to: &str,
    subject: String,
    body: Body,
) -> OutgoingEmail {
    OutgoingEmail {
        kind,
        request_id: Some(request_id),
        to: to.to_owned(),
        language: tr.lang(),
        text: body.text(),
        html: body.html(tr, &subject),
        subject,
        calendar: None,
    }
}

/// The calendar file an email carries about the request's interview: booked or changed
/// (`Request`), or called off (`Cancel`). The UID is the request's; the sequence is counted by
/// the transaction that queues the email.
pub struct CalendarPart<'a> {
    pub method: Method,
    pub sequence: u32,
    pub organizer: &'a Mailbox,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub video_url: Option<&'a str>,
    pub now: DateTime<Utc>,
}

impl OutgoingEmail {
    /// Attaches the calendar file, with the applicant as its attendee. An address that is not a
    /// mailbox (the form checks it, so only an old row) sends the email without it.
    fn with_calendar(mut self, tr: Tr, request: &StoredRequest, part: &CalendarPart) -> Self {
        let Ok(address) = request.email.parse::<lettre::Address>() else {
            return self;
        };
        let attendee = Mailbox::new(
            Some(format!("{} {}", request.first_names, request.last_name)),
            address,
        );
        let summary = tr.t_with(
            "email-calendar-summary",
            &[("reference", arg(request.reference()))],
        );
        let description = match (part.method, part.video_url) {
            (Method::Request, Some(url)) => format!("{}\n{url}", tr.t("email-booked-link")),
            (Method::Request, None) => tr.t("email-booked-intro"),
            (Method::Cancel, _) => tr.t("email-calendar-cancelled"),
        };
        self.calendar = Some(calendar::invite(&calendar::Invite {
            method: part.method,
            uid: calendar::uid(request.id),
            sequence: part.sequence,
            starts_at: part.starts_at,
            ends_at: part.ends_at,
            summary: &summary,
            description: &description,
            video_url: part.video_url,
            organizer: part.organizer,
            attendee: &attendee,
            now: part.now,
        }));
        self
    }

    fn with_calendar_if(
        self,
        tr: Tr,
        request: &StoredRequest,
        part: Option<&CalendarPart>,
    ) -> Self {
        match part {
            Some(part) => self.with_calendar(tr, request, part),
            None => self,
        }
    }
}

/// "We received your request": sent at once after step 1.
pub fn request_received(
    tr: Tr,
    request: &NewRequest,
    request_id: Uuid,
    reference: &str,
) -> OutgoingEmail {
    let subject = tr.t_with("email-received-subject", &[("reference", arg(reference))]);
    let body = Body {
        greeting: tr.t_with(
            "email-received-greeting",
            &[("name", arg(request.first_names.clone()))],
        ),
        blocks: vec![
            Block::Paragraph(tr.t_with("email-received-intro", &[("reference", arg(reference))])),
            Block::Paragraph(tr.t_with(
                "email-received-language",
                &[(
                    "language",
                    arg(tr.t(&format!(
                        "interview-language-{}",
                        request.interview_language.code()
                    ))),
                )],
            )),
            Block::List {
                title: tr.t("email-received-slots"),
                items: request.slots.iter().map(|s| tr.slot(s)).collect(),
            },
            Block::Paragraph(tr.t("email-received-next")),
            Block::Paragraph(tr.t("email-received-code")),
            Block::Paragraph(tr.t("email-received-not-you")),
        ],
    };
    render(
        tr,
        "request_received",
        request_id,
        request.email.as_str(),
        subject,
        body,
    )
}

/// How a proposal came about: the first for this request, or in place of an earlier proposal
/// or booking (whose calendar entry, if it was booked, is called off by this email).
pub enum Proposing<'a> {
    First,
    Moved { cancels: Option<CalendarPart<'a>> },
}

/// "We propose this slot": the link and the security code open the appointment page, and the
/// date and time by which to answer.
pub fn proposal(
    tr: Tr,
    request: &StoredRequest,
    slot: &InterviewSlot,
    link: &str,
    deadline: DateTime<Utc>,
    proposing: &Proposing,
) -> OutgoingEmail {
    let moved = matches!(proposing, Proposing::Moved { .. });
    let reference = request.reference();
    let subject = tr.t_with("email-proposal-subject", &[("reference", arg(&reference))]);
    let language = tr.t(&format!(
        "interview-language-{}",
        request.interview_language
    ));
    let minutes = (slot.ends_at - slot.starts_at).num_minutes();
    let mut paragraphs = Vec::new();
    if moved {
        paragraphs.push(tr.t("email-proposal-moved"));
    }
    paragraphs.push(tr.t_with("email-proposal-intro", &[("reference", arg(&reference))]));
    paragraphs.push(tr.t_with(
        "email-proposal-when",
        &[
            ("when", arg(tr.instant(slot.starts_at))),
            ("minutes", FluentValue::from(minutes)),
            ("language", arg(language)),
        ],
    ));
    paragraphs.push(tr.t("email-proposal-action"));
    let body = Body {
        greeting: tr.t_with(
            "email-received-greeting",
            &[("name", arg(request.first_names.clone()))],
        ),
        blocks: paragraphs
            .into_iter()
            .map(Block::Paragraph)
            .chain([
                Block::Link(link.to_owned()),
                Block::Paragraph(tr.t_with(
                    "email-proposal-deadline",
                    &[("deadline", arg(tr.deadline(deadline)))],
                )),
                Block::Paragraph(tr.t("email-received-not-you")),
            ])
            .collect(),
    };
    let cancels = match proposing {
        Proposing::Moved { cancels } => cancels.as_ref(),
        Proposing::First => None,
    };
    render(tr, "proposal", request.id, &request.email, subject, body)
        .with_calendar_if(tr, request, cancels)
}

/// "Your interview is cancelled": after the applicant cancelled; a booked interview's calendar
/// entry is called off.
pub fn cancelled(
    tr: Tr,
    request: &StoredRequest,
    starts_at: DateTime<Utc>,
    new_request_link: &str,
    cancels: Option<&CalendarPart>,
) -> OutgoingEmail {
    let reference = request.reference();
    let subject = tr.t_with("email-cancelled-subject", &[("reference", arg(&reference))]);
    let body = Body {
        greeting: tr.t_with(
            "email-received-greeting",
            &[("name", arg(request.first_names.clone()))],
        ),
        blocks: vec![
            Block::Paragraph(tr.t_with(
                "email-cancelled-text",
                &[("when", arg(tr.instant(starts_at)))],
            )),
            Block::Paragraph(tr.t("email-cancelled-new")),
            Block::Link(new_request_link.to_owned()),
            Block::Paragraph(tr.t("email-cancelled-not-you")),
        ],
    };
    render(tr, "cancelled", request.id, &request.email, subject, body)
        .with_calendar_if(tr, request, cancels)
}

/// "Someone tried your code": the appointment page was locked after too many wrong codes.
pub fn code_lockout(
    tr: Tr,
    request: &StoredRequest,
    until: chrono::DateTime<chrono::Utc>,
) -> OutgoingEmail {
    let reference = request.reference();
    let subject = tr.t_with("email-lockout-subject", &[("reference", arg(&reference))]);
    let body = Body {
        greeting: tr.t_with(
            "email-received-greeting",
            &[("name", arg(request.first_names.clone()))],
        ),
        blocks: vec![
            Block::Paragraph(tr.t_with("email-lockout-text", &[("until", arg(tr.instant(until)))])),
            Block::Paragraph(tr.t("email-lockout-advice")),
        ],
    };
    render(
        tr,
        "code_lockout",
        request.id,
        &request.email,
        subject,
        body,
    )
}

/// "Your slot is released": the applicant asked for another slot; a new proposal will follow. A
/// booked interview's calendar entry is called off.
pub fn released(
    tr: Tr,
    request: &StoredRequest,
    starts_at: DateTime<Utc>,
    preferred: &[crate::domain::slot::PreferredSlot],
    cancels: Option<&CalendarPart>,
) -> OutgoingEmail {
    let reference = request.reference();
    let subject = tr.t_with("email-released-subject", &[("reference", arg(&reference))]);
    let body = Body {
        greeting: tr.t_with(
            "email-received-greeting",
            &[("name", arg(request.first_names.clone()))],
        ),
        blocks: vec![
            Block::Paragraph(tr.t_with(
                "email-released-text",
                &[("when", arg(tr.instant(starts_at)))],
            )),
            Block::List {
                title: tr.t("email-received-slots"),
                items: preferred.iter().map(|s| tr.slot(s)).collect(),
            },
            Block::Paragraph(tr.t("email-received-next")),
            Block::Paragraph(tr.t("email-released-not-you")),
        ],
    };
    render(tr, "released", request.id, &request.email, subject, body)
        .with_calendar_if(tr, request, cancels)
}

/// New preferred slots chosen after an interrupted interview: the times, and what happens next.
pub fn new_slots_chosen(
    tr: Tr,
    request: &StoredRequest,
    preferred: &[crate::domain::slot::PreferredSlot],
) -> OutgoingEmail {
    let reference = request.reference();
    let subject = tr.t_with("email-new-slots-subject", &[("reference", arg(&reference))]);
    let body = Body {
        greeting: tr.t_with(
            "email-received-greeting",
            &[("name", arg(request.first_names.clone()))],
        ),
        blocks: vec![
            Block::Paragraph(tr.t("email-new-slots-text")),
            Block::List {
                title: tr.t("email-received-slots"),
                items: preferred.iter().map(|s| tr.slot(s)).collect(),
            },
            Block::Paragraph(tr.t("email-received-next")),
            Block::Paragraph(tr.t("email-received-not-you")),
        ],
    };
    render(tr, "new_slots", request.id, &request.email, subject, body)
}

/// "Your request has lapsed": no answer to the proposal in time.
pub fn lapsed(
    tr: Tr,
    request: &StoredRequest,
    starts_at: DateTime<Utc>,
    deadline: DateTime<Utc>,
    new_request_link: &str,
) -> OutgoingEmail {
    let reference = request.reference();
    let subject = tr.t_with("email-lapsed-subject", &[("reference", arg(&reference))]);
    let body = Body {
        greeting: tr.t_with(
            "email-received-greeting",
            &[("name", arg(request.first_names.clone()))],
        ),
        blocks: vec![
            Block::Paragraph(tr.t_with(
                "email-lapsed-text",
                &[
                    ("when", arg(tr.instant(starts_at))),
                    ("deadline", arg(tr.deadline(deadline))),
                ],
            )),
            Block::Paragraph(tr.t("email-cancelled-new")),
            Block::Link(new_request_link.to_owned()),
        ],
    };
    render(tr, "lapsed", request.id, &request.email, subject, body)
}

/// "Booked for good": the confirmed interview, its video link, what to have at hand, the link
/// that moves or cancels it, and the calendar file.
pub fn booked(
    tr: Tr,
    request: &StoredRequest,
    appointment: &crate::db::appointments::Appointment,
    video_url: &str,
    link: &str,
    calendar: &CalendarPart,
) -> OutgoingEmail {
    let reference = request.reference();
    let subject = tr.t_with("email-booked-subject", &[("reference", arg(&reference))]);
    let minutes = (appointment.ends_at - appointment.starts_at).num_minutes();
    let when = tr.t_with(
        "email-proposal-when",
        &[
            ("when", arg(tr.instant(appointment.starts_at))),
            ("minutes", FluentValue::from(minutes)),
            (
                "language",
                arg(tr.t(&format!(
                    "interview-language-{}",
                    request.interview_language
                ))),
            ),
        ],
    );
    let body = Body {
        greeting: tr.t_with(
            "email-received-greeting",
            &[("name", arg(request.first_names.clone()))],
        ),
        blocks: vec![
            Block::Paragraph(tr.t("email-booked-intro")),
            Block::Paragraph(when),
            Block::Paragraph(tr.t("email-booked-link")),
            Block::Link(video_url.to_owned()),
            have_at_hand(tr),
            Block::Paragraph(tr.t("email-booked-change")),
            Block::Link(link.to_owned()),
            Block::Paragraph(tr.t("email-booked-calendar")),
        ],
    };
    render(tr, "booked", request.id, &request.email, subject, body)
        .with_calendar(tr, request, calendar)
}

/// The reminder 24 hours before, with the video link.
pub fn reminder(
    tr: Tr,
    request: &StoredRequest,
    appointment: &crate::db::appointments::Appointment,
    video_url: &str,
) -> OutgoingEmail {
    let reference = request.reference();
    let subject = tr.t_with("email-reminder-subject", &[("reference", arg(&reference))]);
    let body = Body {
        greeting: tr.t_with(
            "email-received-greeting",
            &[("name", arg(request.first_names.clone()))],
        ),
        blocks: vec![
            Block::Paragraph(tr.t_with(
                "email-reminder-text",
                &[("when", arg(tr.instant(appointment.starts_at)))],
            )),
            Block::Paragraph(tr.t("email-booked-link")),
            Block::Link(video_url.to_owned()),
            have_at_hand(tr),
        ],
    };
    render(tr, "reminder", request.id, &request.email, subject, body)
}

/// "Your interview has moved to another official": same time, nothing to do. A booked
/// interview's calendar entry is sent again as an update.
pub fn moved(
    tr: Tr,
    request: &StoredRequest,
    starts_at: DateTime<Utc>,
    update: Option<&CalendarPart>,
) -> OutgoingEmail {
    let reference = request.reference();
    let subject = tr.t_with("email-moved-subject", &[("reference", arg(&reference))]);
    let body = Body {
        greeting: tr.t_with(
            "email-received-greeting",
            &[("name", arg(request.first_names.clone()))],
        ),
        blocks: vec![Block::Paragraph(
            tr.t_with("email-moved-text", &[("when", arg(tr.instant(starts_at)))]),
        )],
    };
    render(tr, "moved", request.id, &request.email, subject, body)
        .with_calendar_if(tr, request, update)
}

/// The interview's outcome as the applicant reads it: only the applicant's text, never the
/// internal note. `link` is the request form, for the outcomes that end the request, and after an
/// interruption the page where the applicant chooses new preferred slots.
pub fn interview_outcome(
    tr: Tr,
    request: &StoredRequest,
    outcome: &crate::domain::interview::Outcome,
    starts_at: chrono::DateTime<chrono::Utc>,
    link: &str,
) -> OutgoingEmail {
    use crate::domain::interview::Outcome;
    let reference = request.reference();
    let when = || arg(tr.instant(starts_at));
    // The applicant's text under its own label, in a paragraph of its own.
    let official_said = |text: &str| {
        [
            Block::Paragraph(tr.t("email-outcome-official-said")),
            Block::Paragraph(text.trim().to_owned()),
        ]
    };
    let (kind, subject_key, blocks) = match outcome {
        Outcome::Approved => (
            "outcome_approved",
            "email-outcome-approved-subject",
            vec![
                Block::Paragraph(tr.t_with("email-outcome-approved-text", &[("when", when())])),
                Block::Paragraph(tr.t("email-outcome-approved-next")),
            ],
        ),
        Outcome::Incomplete {
            missing,
            applicant_text,
            ..
        } => {
            let mut blocks = vec![
                Block::Paragraph(tr.t_with("email-outcome-incomplete-text", &[("when", when())])),
                Block::List {
                    title: tr.t("email-outcome-incomplete-missing"),
                    items: missing
                        .iter()
                        .map(|i| tr.t(&format!("email-outcome-item-{}", i.code())))
                        .collect(),
                },
            ];
            if !applicant_text.trim().is_empty() {
                blocks.extend(official_said(applicant_text));
            }
            blocks.push(Block::Paragraph(tr.t("email-outcome-incomplete-next")));
            blocks.push(Block::Link(link.to_owned()));
            (
                "outcome_incomplete",
                "email-outcome-incomplete-subject",
                blocks,
            )
        }
        Outcome::Refused {
            reason,
            applicant_text,
            ..
        } => {
            let mut blocks = vec![
                Block::Paragraph(tr.t_with("email-outcome-refused-text", &[("when", when())])),
                Block::Paragraph(tr.t_with(
                    "email-outcome-refused-reason",
                    &[(
                        "reason",
                        arg(tr.t(&format!("email-outcome-reason-{}", reason.code()))),
                    )],
                )),
            ];
            blocks.extend(official_said(applicant_text));
            blocks.push(Block::Paragraph(tr.t("email-outcome-refused-next")));
            blocks.push(Block::Link(link.to_owned()));
            ("outcome_refused", "email-outcome-refused-subject", blocks)
        }
        Outcome::NoShow => (
            "outcome_no_show",
            "email-outcome-no-show-subject",
            vec![
                Block::Paragraph(tr.t_with("email-outcome-no-show-text", &[("when", when())])),
                Block::Paragraph(tr.t("email-cancelled-new")),
                Block::Link(link.to_owned()),
            ],
        ),
        Outcome::Interrupted { applicant_text } => {
            let mut blocks = vec![Block::Paragraph(
                tr.t_with("email-outcome-interrupted-text", &[("when", when())]),
            )];
            if let Some(text) = applicant_text.as_deref().filter(|t| !t.trim().is_empty()) {
                blocks.extend(official_said(text));
            }
            blocks.push(Block::Paragraph(tr.t("email-outcome-interrupted-next")));
            blocks.push(Block::Paragraph(tr.t("email-outcome-interrupted-other")));
            blocks.push(Block::Link(link.to_owned()));
            (
                "outcome_interrupted",
                "email-outcome-interrupted-subject",
                blocks,
            )
        }
    };
    let subject = tr.t_with(subject_key, &[("reference", arg(&reference))]);
    let body = Body {
        greeting: tr.t_with(
            "email-received-greeting",
            &[("name", arg(request.first_names.clone()))],
        ),
        blocks,
    };
    render(tr, kind, request.id, &request.email, subject, body)
}

/// The interviewer asked for a new upload of the ID: the link (with the security code) opens the
/// upload, with the advice on a good image; everything else of the interview is kept.
pub fn new_upload_asked(tr: Tr, request: &StoredRequest, link: &str) -> OutgoingEmail {
    let reference = request.reference();
    let subject = tr.t_with(
        "email-new-upload-subject",
        &[("reference", arg(&reference))],
    );
    let body = Body {
        greeting: tr.t_with(
            "email-received-greeting",
            &[("name", arg(request.first_names.clone()))],
        ),
        blocks: vec![
            Block::Paragraph(tr.t("email-new-upload-text")),
            Block::Paragraph(tr.t("email-new-upload-action")),
            Block::Link(link.to_owned()),
            Block::List {
                title: tr.t("new-upload-good-title"),
                // The advice of the upload page.
                items: vec![
                    tr.t("new-upload-good-whole"),
                    tr.t("new-upload-good-sharp"),
                    tr.t("new-upload-good-light"),
                    tr.t("new-upload-good-colour"),
                ],
            },
            Block::Paragraph(tr.t("email-new-upload-kept")),
            Block::Paragraph(tr.t("email-new-upload-replaces")),
        ],
    };
    render(
        tr,
        "new_upload_asked",
        request.id,
        &request.email,
        subject,
        body,
    )
}
