//! What the applicant reads, read as they would: the calendar file through a booking, a change
//! of official, a move and a cancellation (parsed by a real iCalendar parser); the date to
//! answer by, in each language; the booked and cancellation emails; and a file far over the
//! upload limit.

use crate::appointment::{card, post_accept};
use crate::helpers::{TestApp, select_attr, select_text, spawn_app};
use crate::interview_outcome::mail_text;
use chrono::{DateTime, Duration, TimeZone, Utc};
use icalendar::{Component, EventStatus};
use rendezvous::db::staff::Role;
use rendezvous::domain::slot::{brussels_date, offered_slots};
use uuid::Uuid;

/// One delivered email: its subject, its text and, if it has one, its calendar part (the
/// content type's method and the file parsed), which is one of the alternatives of the text,
/// and the same calendar as an `.ics` attachment.
struct Delivered {
    to: String,
    subject: String,
    text: String,
    calendar: Option<(String, icalendar::Calendar)>,
    /// The calendar alternative's text, and the attachment's.
    calendar_texts: (Option<String>, Option<String>),
}

async fn delivered(app: &TestApp) -> Vec<Delivered> {
    app.jobs.tick().await.unwrap();
    app.smtp
        .messages()
        .iter()
        .map(|mail| {
            let parsed = mail.parsed();
            let alternative = parsed
                .parts()
                .find(|p| p.ctype.mimetype == "multipart/alternative")
                .expect("text and HTML as alternatives");
            let attachment = parsed
                .parts()
                .find(|p| p.ctype.mimetype == "application/ics")
                .map(|p| p.get_body().unwrap());
            let inline = alternative
                .subparts
                .iter()
                .find(|p| p.ctype.mimetype == "text/calendar");
            let calendar = inline.map(|part| {
                let method = part.ctype.params.get("method").cloned().unwrap_or_default();
                let text = part.get_body().unwrap();
                (method, text.parse().expect("the .ics parses"))
            });
            Delivered {
                to: mail.rcpt_to.join(","),
                subject: mail.subject(),
                text: mail_text(&parsed),
                calendar,
                calendar_texts: (inline.map(|p| p.get_body().unwrap()), attachment),
            }
        })
        .collect()
}

/// What a calendar program reads in one file: the method, the event's UID, SEQUENCE, status,
/// start (as written), organiser and attendee with their parameters.
#[derive(Debug)]
struct Entry {
    method: String,
    content_type_method: String,
    uid: String,
    sequence: u32,
    status: Option<EventStatus>,
    start: String,
    organizer: String,
    attendee: String,
    attendee_params: Vec<(String, String)>,
}

fn entry(delivered: &Delivered) -> Entry {
    let (content_type_method, calendar) = delivered.calendar.as_ref().expect("a calendar part");
    let (inline, file) = &delivered.calendar_texts;
    assert!(file.is_some(), "the .ics attached too");
    assert_eq!(file, inline, "the same calendar twice");
    let event = calendar.events().next().expect("one event");
    let attendees = event
        .multi_properties()
        .get("ATTENDEE")
        .expect("an attendee");
    assert_eq!(attendees.len(), 1, "the applicant only");
    let organizer = event.properties().get("ORGANIZER").expect("an organizer");
    Entry {
        method: calendar
            .property_value("METHOD")
            .unwrap_or_default()
            .to_owned(),
        content_type_method: content_type_method.clone(),
        uid: event.get_uid().unwrap_or_default().to_owned(),
        sequence: event.get_sequence().expect("a SEQUENCE"),
        status: event.get_status(),
        start: event
            .property_value("DTSTART")
            .unwrap_or_default()
            .to_owned(),
        organizer: format!(
            "{} {}",
            organizer
                .params()
                .get("CN")
                .map(|p| p.value())
                .unwrap_or_default(),
            organizer.value()
        ),
        attendee: attendees[0].value().to_owned(),
        attendee_params: attendees[0]
            .params()
            .values()
            .map(|p| (p.key().to_owned(), p.value().to_owned()))
            .collect(),
    }
}

/// The text of the first queued email of `kind`.
async fn outbox_text(app: &TestApp, kind: &str) -> String {
    app.outbox()
        .await
        .into_iter()
        .find(|m| m.kind == kind)
        .map(|m| m.text_body)
        .unwrap_or_default()
}

fn monday_nine() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 30, 8, 0, 0).unwrap()
}

/// The link token of the newest proposal email in the outbox.
async fn newest_proposal_token(app: &TestApp) -> String {
    let outbox = app.outbox().await;
    let text = &outbox
        .iter()
        .filter(|m| m.kind == "proposal")
        .max_by_key(|m| m.created_at)
        .expect("a proposal")
        .text_body;
    let start = text.find("/appointment/").unwrap() + "/appointment/".len();
    text[start..start + 32].to_owned()
}

async fn reassign(
    app: &TestApp,
    sam: &crate::scheduling::Staff,
    appointment: Uuid,
    fields: &[(&str, String)],
) -> reqwest::Response {
    let mut form: Vec<(&str, String)> = fields.to_vec();
    form.push(("csrf_token", sam.csrf.clone()));
    form.push(("reason", "illness".into()));
    sam.client
        .post(app.url(&format!("/en/staff/appointments/{appointment}/reassign")))
        .form(&form)
        .send()
        .await
        .unwrap()
}

fn active(app_rows: Vec<rendezvous::db::entities::appointment::Model>) -> Vec<Uuid> {
    app_rows
        .into_iter()
        .filter(|a| a.state == "proposed" || a.state == "confirmed")
        .map(|a| a.id)
        .collect()
}

#[tokio::test]
async fn one_calendar_entry_is_booked_updated_called_off_booked_again_and_cancelled() {
    let app = spawn_app().await;
    let (p, client) = app.accepted().await;
    let bert = app
        .staff("bert@example.org", "Bert Claes", Role::Interviewer, "nl")
        .await;
    let sam = app
        .staff("sam@example.org", "Sam Supervisor", Role::Supervisor, "fr")
        .await;
    let uid = format!("{}@rendezvous", p.request);

    // Booked: a REQUEST from the configured organiser to the applicant, who already accepted.
    let mails = delivered(&app).await;
    let booked = mails
        .iter()
        .find(|m| m.subject.contains("is booked"))
        .expect("the booked email");
    let first = entry(booked);
    assert_eq!(
        (
            first.method.as_str(),
            first.content_type_method.as_str(),
            first.uid.as_str(),
            first.sequence,
            first.status
        ),
        (
            "REQUEST",
            "REQUEST",
            uid.as_str(),
            0,
            Some(EventStatus::Confirmed)
        ),
        "{first:?}"
    );
    assert_eq!(
        first.organizer,
        "Identity interviews mailto:interviews@rendezvous.test"
    );
    assert_eq!(
        first.attendee,
        format!("mailto:{}", booked.to.trim_matches(['<', '>']))
    );
    for (key, value) in [
        ("CN", "Marie Louise Janssens"),
        ("PARTSTAT", "ACCEPTED"),
        ("RSVP", "FALSE"),
        ("ROLE", "REQ-PARTICIPANT"),
    ] {
        assert!(
            first
                .attendee_params
                .iter()
                .any(|(k, v)| k == key && v.contains(value)),
            "{key}={value} in {:?}",
            first.attendee_params
        );
    }
    assert_eq!(first.start, "20261130T090000");
    // The booked email gives the link that moves or cancels the interview.
    assert!(
        booked
            .text
            .contains(&format!("/en/appointment/{}", p.token)),
        "{}",
        booked.text
    );
    assert!(!booked.text.contains("earlier email"), "{}", booked.text);
    assert!(
        !outbox_text(&app, "proposal")
            .await
            .contains("within 3 working days"),
        "a date, not a count of days"
    );

    // Another official at the same time: the entry is sent again, one version newer.
    let appointment = active(app.appointments().await)[0];
    let response = reassign(
        &app,
        &sam,
        appointment,
        &[
            ("mode", "interviewer".into()),
            ("interviewer", bert.id.to_string()),
        ],
    )
    .await;
    assert_eq!(response.status(), 303);
    let mails = delivered(&app).await;
    let moved = mails
        .iter()
        .find(|m| m.subject.contains("another official"))
        .expect("the change of official");
    let second = entry(moved);
    assert_eq!(
        (second.method.as_str(), second.uid.as_str(), second.sequence),
        ("REQUEST", uid.as_str(), 1)
    );
    assert_eq!(second.start, first.start);

    // Moved to another time: the booked entry is called off (same UID, newer) with the new
    // proposal, which the applicant must accept again.
    let appointment = active(app.appointments().await)[0];
    let later = monday_nine() + Duration::days(1) + Duration::hours(5);
    let response = reassign(
        &app,
        &sam,
        appointment,
        &[
            ("mode", "time".into()),
            ("slot", format!("{}|{}", bert.id, later.to_rfc3339())),
        ],
    )
    .await;
    assert_eq!(response.status(), 303);
    let mails = delivered(&app).await;
    let proposal = mails
        .iter()
        .rfind(|m| m.subject.contains("A slot for your video interview"))
        .expect("the new proposal");
    let third = entry(proposal);
    assert_eq!(
        (
            third.method.as_str(),
            third.content_type_method.as_str(),
            third.uid.as_str(),
            third.sequence,
            third.status
        ),
        (
            "CANCEL",
            "CANCEL",
            uid.as_str(),
            2,
            Some(EventStatus::Cancelled)
        )
    );
    assert!(proposal.text.contains("We had to change your appointment"));

    // Accepted again: the same UID is booked again at the new time, newer still.
    let token = newest_proposal_token(&app).await;
    assert_eq!(app.enter_code(&client, &token, &p.code).await.status(), 303);
    let response = post_accept(&app, &client, &token, ("card.jpg", card())).await;
    assert_eq!(response.status(), 200);
    let mails = delivered(&app).await;
    let rebooked = mails
        .iter()
        .rfind(|m| m.subject.contains("is booked"))
        .unwrap();
    let fourth = entry(rebooked);
    assert_eq!(
        (
            fourth.method.as_str(),
            fourth.uid.as_str(),
            fourth.sequence,
            fourth.start.as_str()
        ),
        ("REQUEST", uid.as_str(), 3, "20261201T140000")
    );

    // Cancelled by whoever holds the link and the code: the entry goes, and the email says what
    // to do if it was not the applicant.
    let cancel = format!("/en/appointment/{token}/cancel");
    let html = app.html_of(&client, &cancel).await;
    let csrf = select_attr(&html, "input[name=csrf_token]", "value").unwrap();
    let response = client
        .post(app.url(&cancel))
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let mails = delivered(&app).await;
    let cancelled = mails
        .iter()
        .find(|m| m.subject.contains("is cancelled"))
        .unwrap();
    let fifth = entry(cancelled);
    assert_eq!(
        (fifth.method.as_str(), fifth.uid.as_str(), fifth.sequence),
        ("CANCEL", uid.as_str(), 4)
    );
    assert!(
        cancelled
            .text
            .contains("If you did not cancel this interview yourself, someone else has used your link and your security code. Make a new request"),
        "{}",
        cancelled.text
    );
    assert!(!cancelled.text.contains("you can ignore this email"));
}

#[tokio::test]
async fn cancelling_a_proposal_sends_no_calendar_file() {
    let app = spawn_app().await;
    let (p, client) = app.opened().await;
    let cancel = format!("/en/appointment/{}/cancel", p.token);
    let html = app.html_of(&client, &cancel).await;
    let csrf = select_attr(&html, "input[name=csrf_token]", "value").unwrap();
    let response = client
        .post(app.url(&cancel))
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let mails = delivered(&app).await;
    let cancelled = mails
        .iter()
        .find(|m| m.subject.contains("is cancelled"))
        .unwrap();
    assert!(
        cancelled.calendar.is_none(),
        "a proposal was never in the calendar"
    );
    assert!(mails.iter().all(|m| m.calendar.is_none()));
}

#[tokio::test]
async fn a_proposal_around_easter_says_the_date_to_answer_by_in_each_language() {
    let app = spawn_app().await;
    // Thursday 25 March 2027: Friday, then Easter Monday off, then Tuesday and Wednesday.
    app.clock
        .advance(Utc.with_ymd_and_hms(2027, 3, 25, 10, 0, 0).unwrap() - app.now());
    let anna = app
        .staff("anna@example.org", "Anna Peeters", Role::Interviewer, "nl")
        .await;
    let cases = [
        (
            "en",
            "Please answer before Wednesday 31 March 2027, 23:59 (Brussels time, CEST).",
        ),
        (
            "fr",
            "Merci de répondre avant le mercredi 31 mars 2027, 23:59 (heure de Bruxelles, CEST).",
        ),
        (
            "nl",
            "Antwoord vóór woensdag 31 maart 2027, 23:59 (Brusselse tijd, CEST).",
        ),
        (
            "de",
            "Bitte antworten Sie bis Mittwoch, 31. März 2027, 23:59 Uhr (Brüsseler Zeit, CEST).",
        ),
    ];
    // Thursday 8 April 2027 from 09:00 Brussels time, one slot per language.
    let first_slot = Utc.with_ymd_and_hms(2027, 4, 8, 7, 0, 0).unwrap();
    for (index, (lang, _)) in cases.iter().enumerate() {
        // Preferred slots offered on that day.
        let offered = offered_slots(brussels_date(app.now()));
        let tokens = app.open_form(lang).await;
        let fields: Vec<(String, String)> = app
            .valid_fields(&tokens)
            .into_iter()
            .filter(|(k, _)| k != "slot")
            .chain([
                ("slot".to_owned(), offered[0].code()),
                ("slot".to_owned(), offered[3].code()),
            ])
            .collect();
        assert_eq!(app.post_form(lang, &fields).await.status(), 200, "{lang}");
        let request = app
            .requests()
            .await
            .into_iter()
            .find(|r| r.ui_language == *lang)
            .unwrap()
            .id;
        let at = first_slot + Duration::minutes(30 * index as i64);
        assert_eq!(app.propose(&anna, request, anna.id, at).await.status(), 303);
    }
    let outbox = app.outbox().await;
    for (lang, expected) in cases {
        let request = app
            .requests()
            .await
            .into_iter()
            .find(|r| r.ui_language == lang)
            .unwrap();
        let proposal = outbox
            .iter()
            .find(|m| m.kind == "proposal" && m.request_id == Some(request.id))
            .unwrap();
        assert!(
            proposal.text_body.contains(expected),
            "{lang}: {expected} in {}",
            proposal.text_body
        );
    }

    let english = app
        .requests()
        .await
        .into_iter()
        .find(|r| r.ui_language == "en")
        .unwrap();

    // Unanswered, it lapses after that Wednesday, and the email names the same date.
    app.clock
        .advance(Utc.with_ymd_and_hms(2027, 3, 31, 22, 0, 1).unwrap() - app.now());
    app.jobs.tick().await.unwrap();
    let lapsed = app
        .outbox()
        .await
        .into_iter()
        .find(|m| m.kind == "lapsed" && m.request_id == Some(english.id))
        .expect("the lapse email");
    assert!(
        lapsed
            .text_body
            .contains("by Wednesday 31 March 2027, 23:59 (Brussels time, CEST)"),
        "{}",
        lapsed.text_body
    );
}

#[tokio::test]
async fn the_appointment_page_says_the_date_to_answer_by() {
    let app = spawn_app().await;
    // Proposed on Wednesday 25 November for Monday 30 November, 09:00: the interview comes
    // before the end of the third working day, so its start is the deadline.
    let (p, client) = app.opened().await;
    let html = app
        .html_of(&client, &format!("/en/appointment/{}", p.token))
        .await;
    assert!(
        html.contains(
            "Please answer before Monday 30 November 2026, 09:00 (Brussels time, CET): accept the slot below"
        ),
        "{html}"
    );
    // Once booked, there is nothing to answer any more.
    let response = post_accept(&app, &client, &p.token, ("card.jpg", card())).await;
    assert_eq!(response.status(), 200);
    let html = app
        .html_of(&client, &format!("/en/appointment/{}", p.token))
        .await;
    assert!(!html.contains("Please answer before"), "{html}");
}

#[tokio::test]
async fn a_file_far_over_the_upload_limit_is_answered_on_the_same_form() {
    let app = spawn_app().await;
    let (p, client) = app.opened().await;
    // 24 MB: more than the two images and the form together may be.
    let huge = vec![0xFFu8; 24 * 1024 * 1024];
    let response = post_accept(&app, &client, &p.token, ("scan.jpg", huge)).await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(
        select_text(&html, "#front-error")
            .unwrap_or_default()
            .contains("This file is larger than 10 MB"),
        "{html}"
    );
    assert!(
        select_attr(&html, "form[enctype]", "action").is_some(),
        "the same form, to choose another file"
    );
    assert_eq!(app.request_state(p.request).await, "proposed");
    // Nothing of it was kept.
    let stray = std::fs::read_dir(app.upload_dir())
        .map(|d| d.count())
        .unwrap_or(0);
    assert_eq!(stray, 0);
    // A right file afterwards books as usual.
    let response = post_accept(&app, &client, &p.token, ("card.jpg", card())).await;
    assert_eq!(response.status(), 200);
}

#[tokio::test]
async fn a_list_far_over_the_upload_limit_keeps_the_organisation_typed() {
    let app = spawn_app().await;
    let sam = app
        .staff("sam@example.org", "Sam Supervisor", Role::Supervisor, "fr")
        .await;
    let html = app.html_of(&sam.client, "/en/staff/import").await;
    let action = select_attr(&html, "form[enctype]", "action").expect("the upload form");
    // The file first and the organisation after it: the field after the large file is read too.
    let form = reqwest::multipart::Form::new()
        .part(
            "file",
            reqwest::multipart::Part::bytes(vec![b'a'; 24 * 1024 * 1024]).file_name("people.csv"),
        )
        .text("organisation", "Embassy of Japan");
    let response = sam
        .client
        .post(app.url(&action))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("The file is larger than 5 MB"), "{html}");
    assert_eq!(
        select_attr(&html, "input[name=organisation]", "value").as_deref(),
        Some("Embassy of Japan")
    );
}

#[tokio::test]
async fn asking_for_another_slot_after_booking_calls_the_entry_off() {
    let app = spawn_app().await;
    let (p, client) = app.accepted().await;
    let path = format!("/en/appointment/{}/another", p.token);
    let html = app.html_of(&client, &path).await;
    let csrf = select_attr(&html, "input[name=csrf_token]", "value").unwrap();
    let offered = app.offered();
    let response = client
        .post(app.url(&path))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("slot", offered[5].code().as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let mails = delivered(&app).await;
    let released = mails
        .iter()
        .find(|m| m.subject.contains("Your slot is released"))
        .expect("the release email");
    let cancel = entry(released);
    assert_eq!(
        (cancel.method.as_str(), cancel.uid, cancel.sequence),
        ("CANCEL", format!("{}@rendezvous", p.request), 1)
    );
    assert!(
        released
            .text
            .contains("If you did not ask for another slot yourself"),
        "{}",
        released.text
    );
}

#[tokio::test]
async fn a_proposal_handed_to_another_interviewer_keeps_its_deadline_and_has_no_calendar_file() {
    let app = spawn_app().await;
    let anna = app
        .staff("anna@example.org", "Anna Peeters", Role::Interviewer, "nl")
        .await;
    let bert = app
        .staff("bert@example.org", "Bert Claes", Role::Interviewer, "nl")
        .await;
    let ids = app.open_requests(1).await;
    // Proposed on Wednesday 25 November for Thursday 3 December: answer by the end of Monday.
    let thursday = Utc.with_ymd_and_hms(2026, 12, 3, 8, 0, 0).unwrap();
    assert_eq!(
        app.propose(&anna, ids[0], anna.id, thursday).await.status(),
        303
    );
    let deadline = "Monday 30 November 2026, 23:59 (Brussels time, CET)";
    assert!(outbox_text(&app, "proposal").await.contains(deadline));
    // A day later the proposal goes to Bert: the applicant's deadline does not move.
    app.clock.advance(Duration::days(1));
    let sam = app
        .staff("sam@example.org", "Sam Supervisor", Role::Supervisor, "fr")
        .await;
    let appointment = active(app.appointments().await)[0];
    let response = reassign(
        &app,
        &sam,
        appointment,
        &[
            ("mode", "interviewer".into()),
            ("interviewer", bert.id.to_string()),
        ],
    )
    .await;
    assert_eq!(response.status(), 303);
    let now_held = app
        .appointments()
        .await
        .into_iter()
        .find(|a| a.state == "proposed")
        .unwrap();
    assert_eq!(now_held.interviewer_id, bert.id);
    assert_eq!(
        now_held.answer_deadline(),
        Utc.with_ymd_and_hms(2026, 11, 30, 23, 0, 0).unwrap(),
        "the end of Monday in Brussels"
    );
    let mails = delivered(&app).await;
    assert!(
        mails.iter().all(|m| m.calendar.is_none()),
        "a proposal was never in the calendar"
    );
    // It lapses at that deadline, not a day later.
    app.clock
        .advance(Utc.with_ymd_and_hms(2026, 11, 30, 23, 0, 1).unwrap() - app.now());
    app.jobs.tick().await.unwrap();
    assert_eq!(app.request_state(ids[0]).await, "lapsed");
}

#[tokio::test]
async fn a_large_front_leaves_the_back_its_whole_share() {
    let app = spawn_app().await;
    let (p, client) = app.opened().await;
    let html = app
        .html_of(&client, &format!("/en/appointment/{}", p.token))
        .await;
    let csrf = select_attr(&html, "form[enctype] input[name=csrf_token]", "value").unwrap();
    let action = select_attr(&html, "form[enctype]", "action").unwrap();
    // 15 MB and then 9 MB: more than both images may be together, and the back alone is within
    // its limit, so it is read whole (and found not to be an image).
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", csrf)
        .part(
            "front",
            reqwest::multipart::Part::bytes(vec![0u8; 15 * 1024 * 1024]).file_name("front.jpg"),
        )
        .part(
            "back",
            reqwest::multipart::Part::bytes(vec![b'x'; 9 * 1024 * 1024]).file_name("back.jpg"),
        );
    let response = client
        .post(app.url(&action))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(
        select_text(&html, "#front-error")
            .unwrap_or_default()
            .contains("larger than 10 MB"),
        "{html}"
    );
    assert!(
        select_text(&html, "#back-error")
            .unwrap_or_default()
            .contains("not a JPEG or PNG"),
        "{html}"
    );
}
