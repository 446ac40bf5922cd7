//! The emails the service sends, rendered in the recipient's language from `templates/locales`.

use super::OutgoingEmail;
use crate::db::requests::StoredRequest;
use crate::domain::request::NewRequest;
use crate::domain::working_plan::InterviewSlot;
use crate::i18n::{Tr, arg};
use fluent_templates::fluent_bundle::FluentValue;
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

/// "We propose this slot": the link and the security code open the appointment page. `moved`
/// says that it replaces an earlier proposal or booking.
pub fn proposal(
    tr: Tr,
    request: &StoredRequest,
    slot: &InterviewSlot,
    link: &str,
    moved: bool,
) -> OutgoingEmail {
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
                Block::Paragraph(tr.t("email-proposal-deadline")),
                Block::Paragraph(tr.t("email-received-not-you")),
            ])
            .collect(),
    };
    render(tr, "proposal", request.id, &request.email, subject, body)
}

/// "Your interview is cancelled": after the applicant cancelled.
pub fn cancelled(
    tr: Tr,
    request: &StoredRequest,
    starts_at: chrono::DateTime<chrono::Utc>,
    new_request_link: &str,
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
            Block::Paragraph(tr.t("email-received-not-you")),
        ],
    };
    render(tr, "cancelled", request.id, &request.email, subject, body)
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

/// "Your slot is released": the applicant asked for another slot; a new proposal will follow.
pub fn released(
    tr: Tr,
    request: &StoredRequest,
    starts_at: chrono::DateTime<chrono::Utc>,
    preferred: &[crate::domain::slot::PreferredSlot],
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
            Block::Paragraph(tr.t("email-received-not-you")),
        ],
    };
    render(tr, "released", request.id, &request.email, subject, body)
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
    starts_at: chrono::DateTime<chrono::Utc>,
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
            Block::Paragraph(
                tr.t_with("email-lapsed-text", &[("when", arg(tr.instant(starts_at)))]),
            ),
            Block::Paragraph(tr.t("email-cancelled-new")),
            Block::Link(new_request_link.to_owned()),
        ],
    };
    render(tr, "lapsed", request.id, &request.email, subject, body)
}

/// "Booked for good": the confirmed interview, its video link, what to have at hand, and a
/// calendar file.
pub fn booked(
    tr: Tr,
    request: &StoredRequest,
    appointment: &crate::db::appointments::Appointment,
    video_url: &str,
    organizer: &str,
    now: chrono::DateTime<chrono::Utc>,
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
        ],
    };
    let summary = tr.t("email-booked-summary");
    let calendar = super::calendar::invite(&super::calendar::Invite {
        uid: format!("{}@rendezvous", request.id),
        starts_at: appointment.starts_at,
        ends_at: appointment.ends_at,
        summary: &summary,
        description: &format!("{} {video_url}", tr.t("email-booked-link")),
        video_url,
        organizer,
        now,
    });
    let mut email = render(tr, "booked", request.id, &request.email, subject, body);
    email.calendar = Some(calendar);
    email
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

/// "Your interview has moved to another official": same time, nothing to do.
pub fn moved(
    tr: Tr,
    request: &StoredRequest,
    starts_at: chrono::DateTime<chrono::Utc>,
) -> OutgoingEmail {
    let reference = request.reference();
    let subject = tr.t_with("email-moved-subject", &[("reference", arg(&reference))]);
    let body = Body {
        greeting: tr.t_with(
            "email-received-greeting",
            &[("name", arg(request.first_names.clone()))],
        ),
        blocks: vec![
            Block::Paragraph(
                tr.t_with("email-moved-text", &[("when", arg(tr.instant(starts_at)))]),
            ),
            Block::Paragraph(tr.t("email-received-not-you")),
        ],
    };
    render(tr, "moved", request.id, &request.email, subject, body)
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
