//! The applicant's appointment page: the link and the security code, wrong codes and the
//! lock-out, cancelling (and too late to), and links that no longer work.

use crate::helpers::{TestApp, browser, select_attr, select_text, spawn_app};
use crate::scheduling::Staff;
use chrono::{DateTime, Duration, TimeZone, Utc};
use rendezvous::db::staff::Role;
use uuid::Uuid;

fn monday_nine() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 30, 8, 0, 0).unwrap()
}

/// A request with a proposal: its id, the applicant's security code and the link's token.
pub(crate) struct Proposed {
    pub(crate) request: Uuid,
    pub(crate) code: String,
    pub(crate) token: String,
    pub(crate) anna: Staff,
}

/// Changes the valid request form before it is sent (see `helpers::with_field`).
pub(crate) type CustomiseFields = fn(Vec<(String, String)>) -> Vec<(String, String)>;

impl TestApp {
    /// Sends the valid form as changed by `customise` and returns the security code shown on the
    /// success page.
    async fn request_with_code(&self, customise: CustomiseFields) -> String {
        let tokens = self.open_form("en").await;
        let response = self
            .post_form("en", &customise(self.valid_fields(&tokens)))
            .await;
        assert_eq!(response.status(), 200);
        select_text(&response.text().await.unwrap(), "#security-code").unwrap()
    }

    pub(crate) async fn proposed(&self) -> Proposed {
        self.proposed_with(|fields| fields).await
    }

    /// A proposal for a request sent with the form as changed by `customise`.
    pub(crate) async fn proposed_with(&self, customise: CustomiseFields) -> Proposed {
        let anna = self
            .staff("anna@example.org", "Anna Peeters", Role::Interviewer, "nl")
            .await;
        let code = self.request_with_code(customise).await;
        let request = self.requests().await[0].id;
        assert_eq!(
            self.propose(&anna, request, anna.id, monday_nine())
                .await
                .status(),
            303
        );
        let token = self
            .outbox()
            .await
            .iter()
            .find(|m| m.kind == "proposal")
            .and_then(|m| {
                m.text_body
                    .split("/en/appointment/")
                    .nth(1)
                    .map(|t| t[..32].to_owned())
            })
            .unwrap();
        Proposed {
            request,
            code,
            token,
            anna,
        }
    }

    /// A proposal, opened with its link and code in a browser that now holds the session.
    pub(crate) async fn opened(&self) -> (Proposed, reqwest::Client) {
        self.opened_with(|fields| fields).await
    }

    pub(crate) async fn opened_with(
        &self,
        customise: CustomiseFields,
    ) -> (Proposed, reqwest::Client) {
        let p = self.proposed_with(customise).await;
        let client = browser();
        assert_eq!(
            self.enter_code(&client, &p.token, &p.code).await.status(),
            303
        );
        (p, client)
    }

    /// A proposal accepted with the card photo, and the browser holding the applicant's session.
    pub(crate) async fn accepted(&self) -> (Proposed, reqwest::Client) {
        self.accepted_with(|fields| fields).await
    }

    pub(crate) async fn accepted_with(
        &self,
        customise: CustomiseFields,
    ) -> (Proposed, reqwest::Client) {
        let (p, client) = self.opened_with(customise).await;
        let response = post_accept(self, &client, &p.token, ("card.jpg", card())).await;
        assert_eq!(response.status(), 200);
        (p, client)
    }

    /// Cancels as the applicant: opens the page that asks once more, and confirms.
    async fn cancel_as_applicant(
        &self,
        client: &reqwest::Client,
        token: &str,
    ) -> reqwest::Response {
        let cancel = format!("/en/appointment/{token}/cancel");
        let html = self.html_of(client, &cancel).await;
        let csrf = select_attr(&html, "input[name=csrf_token]", "value").unwrap();
        client
            .post(self.url(&cancel))
            .form(&[("csrf_token", csrf.as_str())])
            .send()
            .await
            .unwrap()
    }

    /// The first ID image recorded for the request.
    async fn first_document(&self, request: Uuid) -> rendezvous::db::id_documents::IdDocument {
        rendezvous::db::id_documents::for_request(&self.db, request)
            .await
            .unwrap()
            .remove(0)
    }

    /// Opens the code form in `client` and sends `code`.
    pub(crate) async fn enter_code(
        &self,
        client: &reqwest::Client,
        token: &str,
        code: &str,
    ) -> reqwest::Response {
        let path = format!("/en/appointment/{token}");
        let html = self.html_of(client, &path).await;
        let csrf = select_attr(&html, "input[name=csrf_token]", "value").expect("the code form");
        client
            .post(self.url(&path))
            .form(&[("csrf_token", csrf.as_str()), ("code", code)])
            .send()
            .await
            .unwrap()
    }
}

#[tokio::test]
async fn the_link_and_the_right_code_show_the_appointment_in_brussels_time() {
    let app = spawn_app().await;
    let p = app.proposed().await;
    let client = browser();
    // Typed in lower case with spaces: read the same way.
    let typed = p.code.to_lowercase().replace('-', " ");
    let response = app.enter_code(&client, &p.token, &typed).await;
    assert_eq!(response.status(), 303);
    let cookie = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("rdv_applicant="))
        .expect("a session cookie");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    let html = app
        .html_of(&client, &format!("/en/appointment/{}", p.token))
        .await;
    assert!(
        html.contains("Monday 30 November 2026, 09:00 (Brussels time, CET)"),
        "{html}"
    );
    assert!(html.contains("30 minutes") && html.contains("Dutch"));
    assert!(html.contains("data-local-time=\"2026-11-30T08:00:00+00:00\""));
    // Another browser without the code sees only the form.
    let other = app
        .html_of(&browser(), &format!("/en/appointment/{}", p.token))
        .await;
    assert!(!other.contains("Monday 30 November 2026"));
    assert!(other.contains("Security code"));
    let _ = p.anna;
}

#[tokio::test]
async fn five_wrong_codes_lock_the_page_for_15_minutes_and_the_applicant_is_told() {
    let app = spawn_app().await;
    let p = app.proposed().await;
    let client = browser();
    for attempt in 1..=4 {
        let response = app.enter_code(&client, &p.token, "AAAA-AAAA-AAAA").await;
        assert_eq!(response.status(), 401, "attempt {attempt}");
        let html = response.text().await.unwrap();
        assert!(html.contains("not the right one"), "{html}");
        assert_eq!(
            select_attr(&html, "#code", "value").as_deref(),
            Some("AAAA-AAAA-AAAA"),
            "what was typed stays"
        );
    }
    let response = app.enter_code(&client, &p.token, "not even a code").await;
    assert_eq!(response.status(), 429);
    assert!(response.text().await.unwrap().contains("locked until"));
    // Locked: even the right code waits, in any browser.
    let response = app.enter_code(&browser(), &p.token, &p.code).await;
    assert_eq!(response.status(), 429);
    let lockouts: Vec<_> = app
        .outbox()
        .await
        .into_iter()
        .filter(|m| m.kind == "code_lockout" && m.request_id == Some(p.request))
        .collect();
    assert_eq!(lockouts.len(), 1, "told once");
    assert!(lockouts[0].subject.contains("Someone tried"));
    // A quarter of an hour later the right code works again.
    app.clock
        .advance(Duration::minutes(15) + Duration::seconds(1));
    let response = app.enter_code(&client, &p.token, &p.code).await;
    assert_eq!(response.status(), 303);
}

#[tokio::test]
async fn the_applicant_cancels_after_being_asked_once_more() {
    let app = spawn_app().await;
    let p = app.proposed().await;
    let client = browser();
    let cancel = format!("/en/appointment/{}/cancel", p.token);
    // Not without the code.
    assert_eq!(app.status_of(&browser(), &cancel).await, 303);
    assert_eq!(
        app.enter_code(&client, &p.token, &p.code).await.status(),
        303
    );
    let html = app.html_of(&client, &cancel).await;
    assert!(html.contains("Do you want to cancel your interview of Monday 30 November 2026"));
    let csrf = select_attr(&html, "input[name=csrf_token]", "value").unwrap();
    let response = client
        .post(app.url(&cancel))
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Your interview is cancelled")
    );
    assert_eq!(app.request_state(p.request).await, "cancelled");
    let rows = app.appointments().await;
    assert_eq!(rows[0].state, "released");
    let emails = app.outbox().await;
    let email = emails
        .iter()
        .find(|m| m.kind == "cancelled")
        .expect("a confirmation");
    assert!(
        email.text_body.contains("/en/request"),
        "{}",
        email.text_body
    );
    // The slot is free again for Anna, and the link now says the request has ended.
    let calendar = app
        .html_of(&p.anna.client, "/en/staff/calendar?week=2026-11-30")
        .await;
    assert!(!calendar.contains("li class=\"proposed"));
    let response = app.get(&format!("/en/appointment/{}", p.token)).await;
    assert_eq!(response.status(), 410);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("This request has ended")
    );
}

#[tokio::test]
async fn once_the_interview_has_started_nothing_can_be_changed() {
    let app = spawn_app().await;
    let (p, client) = app.opened().await;
    let html = app
        .html_of(&client, &format!("/en/appointment/{}", p.token))
        .await;
    let csrf = select_attr(&html, "a[href$='/cancel']", "href");
    assert!(csrf.is_some(), "a cancel link before the start");
    app.clock.set(monday_nine() + Duration::minutes(1));
    // The session is short: open it again, as the applicant would.
    assert_eq!(
        app.enter_code(&client, &p.token, &p.code).await.status(),
        303
    );
    let html = app
        .html_of(&client, &format!("/en/appointment/{}", p.token))
        .await;
    assert!(html.contains("has started or is over"), "{html}");
    assert!(select_attr(&html, "a[href$='/cancel']", "href").is_none());
    let cancel = format!("/en/appointment/{}/cancel", p.token);
    assert_eq!(app.status_of(&client, &cancel).await, 409);
    assert_eq!(app.request_state(p.request).await, "proposed");
}

#[tokio::test]
async fn unknown_and_replaced_links_get_a_page_that_says_what_to_do() {
    let app = spawn_app().await;
    let cases = [
        (
            "/en/appointment/0123456789abcdef0123456789abcdef",
            404,
            "This link does not work",
        ),
        (
            "/fr/appointment/not-a-token",
            404,
            "Ce lien ne fonctionne pas",
        ),
    ];
    for (path, status, text) in cases {
        let response = app.get(path).await;
        assert_eq!(response.status(), status, "{path}");
        assert!(response.text().await.unwrap().contains(text), "{path}");
    }
    // A proposal replaced by another time: the old link says so.
    let p = app.proposed().await;
    let sam = app
        .staff("sam@example.org", "Sam Supervisor", Role::Supervisor, "fr")
        .await;
    let appointment = app.appointments().await[0].id;
    let later = monday_nine() + Duration::hours(1);
    let response = sam
        .client
        .post(app.url(&format!("/en/staff/appointments/{appointment}/reassign")))
        .form(&[
            ("csrf_token", sam.csrf.as_str()),
            ("mode", "time"),
            ("slot", &format!("{}|{}", p.anna.id, later.to_rfc3339())),
            ("reason", "workload"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    let response = app.get(&format!("/en/appointment/{}", p.token)).await;
    assert_eq!(response.status(), 410);
    assert!(response.text().await.unwrap().contains("has been replaced"));
}

#[tokio::test]
async fn asking_for_another_slot_releases_it_and_returns_the_request_to_the_queue() {
    let app = spawn_app().await;
    let (p, client) = app.opened().await;
    let path = format!("/en/appointment/{}/another", p.token);
    let html = app.html_of(&client, &path).await;
    let csrf = select_attr(&html, "input[name=csrf_token]", "value").unwrap();
    let offered = app.offered();

    // Nothing ticked: the grid comes back with the message.
    let response = client
        .post(app.url(&path))
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Select at least one time slot")
    );

    let wanted = [offered[5].code(), offered[6].code()];
    let response = client
        .post(app.url(&path))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("slot", wanted[0].as_str()),
            ("slot", wanted[1].as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("We will propose another slot")
    );
    assert_eq!(app.request_state(p.request).await, "submitted");
    assert_eq!(app.appointments().await[0].state, "released");
    let mut slots: Vec<String> = app
        .slots()
        .await
        .iter()
        .map(|s| format!("{}-{}", s.day, s.part))
        .collect();
    slots.sort();
    assert_eq!(slots, wanted);
    let emails = app.outbox().await;
    let released = emails.iter().find(|m| m.kind == "released").unwrap();
    assert!(
        released
            .text_body
            .contains("Monday 30 November 2026, 09:00")
    );

    // Back in the dashboard, with the new preferred slots first.
    let html = app
        .html_of(
            &p.anna.client,
            &format!("/en/staff/assign?request={}", p.request),
        )
        .await;
    let first = select_attr(&html, ".offers input[name=starts_at]", "value").unwrap();
    let first: DateTime<Utc> = DateTime::parse_from_rfc3339(&first).unwrap().to_utc();
    assert_eq!(
        rendezvous::domain::slot::brussels_date(first),
        offered[5].date,
        "the new preferences lead"
    );
}

#[tokio::test]
async fn an_unanswered_proposal_lapses_after_three_working_days_exactly_once() {
    let app = spawn_app().await;
    let anna = app
        .staff("anna@example.org", "Anna Peeters", Role::Interviewer, "nl")
        .await;
    let ids = app.open_requests(1).await;
    // Proposed on Wednesday 25 November for Thursday 10 December, 09:00.
    let starts_at = Utc.with_ymd_and_hms(2026, 12, 10, 8, 0, 0).unwrap();
    assert_eq!(
        app.propose(&anna, ids[0], anna.id, starts_at)
            .await
            .status(),
        303
    );

    // Thursday, Friday, Monday: the wait ends at midnight after Monday 30 November (CET).
    let deadline = Utc.with_ymd_and_hms(2026, 11, 30, 23, 0, 0).unwrap();
    app.clock.set(deadline - Duration::minutes(1));
    assert_eq!(app.jobs.tick().await.unwrap().lapsed, 0);
    assert_eq!(app.request_state(ids[0]).await, "proposed");

    app.clock.set(deadline);
    // Two workers at once (as two instances would): one lapse, one email.
    let (a, b) = tokio::join!(app.jobs.tick(), app.jobs.tick());
    assert_eq!(a.unwrap().lapsed + b.unwrap().lapsed, 1);
    assert_eq!(app.jobs.tick().await.unwrap().lapsed, 0, "not twice");
    assert_eq!(app.request_state(ids[0]).await, "lapsed");
    assert_eq!(app.appointments().await[0].state, "lapsed");
    let lapsed: Vec<_> = app
        .smtp
        .messages()
        .into_iter()
        .filter(|m| m.subject().contains("has lapsed"))
        .collect();
    assert_eq!(lapsed.len(), 1);
    let text = lapsed[0].parsed().subparts[0].get_body().unwrap();
    assert!(text.contains("/en/request"), "{text}");
    // The slot is free again.
    let appointment_free = app
        .appointments()
        .await
        .iter()
        .all(|a| a.state != "proposed");
    assert!(appointment_free);
}

/// A sharp photo of an ID card on a table (see tests/photos/LICENSE.md).
pub(crate) fn card() -> Vec<u8> {
    std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/photos/card.jpg"
    ))
    .unwrap()
}

/// A flat colour picture, `width` × `height`, as PNG: no document in it.
fn png(width: u32, height: u32) -> Vec<u8> {
    use image::ImageEncoder;
    let card = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 200) as u8 + 40, (y % 200) as u8 + 40, 120])
    });
    let mut out = Vec::new();
    image::codecs::png::PngEncoder::new(&mut out)
        .write_image(&card, width, height, image::ExtendedColorType::Rgb8)
        .unwrap();
    out
}

/// Where the accept form posts: its address carries the CSRF token, checked before the body.
pub(crate) fn accept_action(html: &str) -> String {
    select_attr(html, "form[enctype]", "action").expect("the accept form")
}

pub(crate) async fn post_accept(
    app: &TestApp,
    client: &reqwest::Client,
    token: &str,
    front: (&str, Vec<u8>),
) -> reqwest::Response {
    let path = format!("/en/appointment/{token}");
    let html = app.html_of(client, &path).await;
    let csrf = select_attr(&html, "form[enctype] input[name=csrf_token]", "value")
        .expect("the accept form");
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", csrf)
        .part(
            "front",
            reqwest::multipart::Part::bytes(front.1).file_name(front.0.to_owned()),
        )
        .part(
            "back",
            reqwest::multipart::Part::bytes(Vec::new()).file_name(String::new()),
        );
    client
        .post(app.url(&accept_action(&html)))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn accepting_with_the_id_image_books_the_interview_for_good() {
    let app = spawn_app().await;
    let (p, client) = app.opened().await;

    // A text file named like a photo is refused by its content, next to the field.
    let response = post_accept(
        &app,
        &client,
        &p.token,
        ("id.jpg", b"not an image".to_vec()),
    )
    .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(
        select_text(&html, "#front-error")
            .unwrap()
            .contains("not a JPEG or PNG"),
        "{html}"
    );
    assert_eq!(app.request_state(p.request).await, "proposed");
    // A picture without a document in it is refused by the quality gate, saying what to do.
    let response = post_accept(&app, &client, &p.token, ("flat.png", png(1200, 800))).await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(
        select_text(&html, "#front-error")
            .unwrap()
            .contains("four corners visible"),
        "{html}"
    );
    let stray = std::fs::read_dir(app.upload_dir())
        .map(|d| d.count())
        .unwrap_or(0);
    assert_eq!(stray, 0, "nothing stored");

    let response = post_accept(&app, &client, &p.token, ("card.jpg", card())).await;
    assert_eq!(response.status(), 200);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Your interview is booked")
    );
    assert_eq!(app.request_state(p.request).await, "confirmed");
    let booked = app.appointments().await.remove(0);
    assert_eq!(booked.state, "confirmed");
    let room = booked.video_room.clone().expect("a video room");
    assert_eq!(room.len(), 32);

    // The image: re-encoded as JPEG under a random name, recorded with its figures.
    let documents = rendezvous::db::id_documents::for_request(&app.db, p.request)
        .await
        .unwrap();
    assert_eq!(documents.len(), 1);
    assert_eq!(
        (
            documents[0].side.as_str(),
            documents[0].width,
            documents[0].height
        ),
        ("front", 1400, 1000)
    );
    let stored = std::fs::read(app.upload_dir().join(&documents[0].file_name)).unwrap();
    assert_eq!(&stored[..3], &[0xFF, 0xD8, 0xFF]);
    assert!(
        !documents[0].file_name.contains("scan"),
        "not the applicant's file name"
    );

    // The "booked for good" email over SMTP, with the video link and the calendar file.
    app.jobs.tick().await.unwrap();
    let mail = app
        .smtp
        .messages()
        .into_iter()
        .find(|m| m.subject().contains("is booked"))
        .expect("the booked email");
    let parsed = mail.parsed();
    let mut calendar = None;
    let mut text = None;
    for part in parsed.parts() {
        match part.ctype.mimetype.as_str() {
            "text/calendar" => calendar = Some(part.get_body().unwrap()),
            "text/plain" => text = Some(part.get_body().unwrap()),
            _ => {}
        }
    }
    let text = text.unwrap();
    assert!(
        text.contains(&format!("https://video.test/room-{room}")),
        "{text}"
    );
    assert!(text.contains("Monday 30 November 2026, 09:00 (Brussels time, CET)"));
    let calendar = calendar.expect("a text/calendar attachment");
    for line in [
        "METHOD:REQUEST",
        &format!("UID:{}@rendezvous", p.request),
        "DTSTART;TZID=Europe/Brussels:20261130T090000",
        "DTEND;TZID=Europe/Brussels:20261130T093000",
    ] {
        assert!(calendar.contains(line), "{line} in {calendar}");
    }

    // A real parser reads the file back, and its start is the booked instant.
    use icalendar::{CalendarDateTime, Component, DatePerhapsTime};
    let parsed: icalendar::Calendar = calendar.parse().expect("the .ics parses");
    let event = parsed.events().next().expect("one event");
    assert_eq!(
        event.get_uid(),
        Some(format!("{}@rendezvous", p.request).as_str())
    );
    let Some(DatePerhapsTime::DateTime(CalendarDateTime::WithTimezone { date_time, tzid })) =
        event.get_start()
    else {
        panic!("a start with a time zone: {calendar}");
    };
    let zone: chrono_tz::Tz = tzid.parse().unwrap();
    use chrono::TimeZone as _;
    assert_eq!(
        zone.from_local_datetime(&date_time)
            .single()
            .unwrap()
            .to_utc(),
        booked.starts_at
    );

    // Anna, who holds the appointment, sees the image with the gate's figures; another
    // interviewer does not.
    let staff_page = app
        .html_of(
            &p.anna.client,
            &format!("/en/staff/appointments/{}", booked.id),
        )
        .await;
    assert!(staff_page.contains("sharpness") && staff_page.contains("1400 × 1000 px"));
    assert!(
        staff_page.contains("colourfulness 3"),
        "the colour figure, about 38: {staff_page}"
    );
    let image_path = format!("/en/staff/documents/{}", documents[0].id);
    let response = p
        .anna
        .client
        .get(app.url(&image_path))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let headers = response.headers().clone();
    assert_eq!(headers["content-type"], "image/jpeg");
    assert_eq!(headers["cache-control"], "no-store");
    assert!(
        headers["content-security-policy"]
            .to_str()
            .unwrap()
            .starts_with("sandbox")
    );
    assert!(
        headers["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("inline; filename=")
    );
    assert_eq!(response.bytes().await.unwrap().as_ref(), stored.as_slice());
    let bert = app
        .staff("bert@example.org", "Bert Claes", Role::Interviewer, "nl")
        .await;
    assert_eq!(app.status_of(&bert.client, &image_path).await, 404);
    assert_eq!(
        app.status_of(&browser(), &image_path).await,
        303,
        "sign-in first"
    );
    let guessed = format!("/en/staff/documents/{}", Uuid::new_v4());
    assert_eq!(app.status_of(&p.anna.client, &guessed).await, 404);
    let views = rendezvous::db::audit::all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == "view_id_document")
        .count();
    assert_eq!(views, 1, "each view is audited");

    // Confirmed, it can still be cancelled before it starts.
    let response = app.cancel_as_applicant(&client, &p.token).await;
    assert_eq!(response.status(), 200);
    assert_eq!(app.request_state(p.request).await, "cancelled");
    // No longer in charge of anything: the cancelled appointment and its images are closed to
    // Anna (access follows the request's current interviewer; supervisors keep it).
    let staff_page = format!("/en/staff/appointments/{}", booked.id);
    assert_eq!(app.status_of(&p.anna.client, &staff_page).await, 404);
    assert_eq!(app.status_of(&p.anna.client, &image_path).await, 404);
}

#[tokio::test]
async fn the_reminder_goes_out_once_24_hours_before() {
    let app = spawn_app().await;
    app.accepted().await;
    let room = app.appointments().await[0].video_room.clone().unwrap();

    app.clock
        .set(monday_nine() - Duration::hours(24) - Duration::minutes(1));
    assert_eq!(app.jobs.tick().await.unwrap().reminded, 0, "not yet");
    app.clock.set(monday_nine() - Duration::hours(24));
    let (a, b) = tokio::join!(app.jobs.tick(), app.jobs.tick());
    assert_eq!(a.unwrap().reminded + b.unwrap().reminded, 1);
    app.clock.advance(Duration::hours(1));
    assert_eq!(app.jobs.tick().await.unwrap().reminded, 0, "exactly once");
    let reminders: Vec<_> = app
        .smtp
        .messages()
        .into_iter()
        .filter(|m| m.subject().starts_with("Reminder"))
        .collect();
    assert_eq!(reminders.len(), 1);
    let text = reminders[0].parsed().subparts[0].get_body().unwrap();
    assert!(
        text.contains(&format!("https://video.test/room-{room}")),
        "{text}"
    );
    assert!(text.contains("Monday 30 November 2026, 09:00 (Brussels time, CET)"));
}

#[tokio::test]
async fn a_lock_out_holds_for_another_instance_of_the_service() {
    let first = spawn_app().await;
    let p = first.proposed().await;
    // A second server on the same database, as behind a load balancer.
    let second =
        crate::helpers::spawn_app_with(|s| s.database_url = first.database_url.clone()).await;
    let client = browser();
    for _ in 0..5 {
        first.enter_code(&client, &p.token, "AAAA-AAAA-AAAA").await;
    }
    let response = second.enter_code(&browser(), &p.token, &p.code).await;
    assert_eq!(response.status(), 429, "locked on the other instance too");
}

#[tokio::test]
async fn emails_are_in_the_applicants_language_with_an_encoded_subject() {
    let app = spawn_app().await;
    let anna = app
        .staff("anna@example.org", "Anna Peeters", Role::Interviewer, "nl")
        .await;
    app.submit_valid_request("fr").await;
    let request = app.requests().await[0].id;
    assert_eq!(
        app.propose(&anna, request, anna.id, monday_nine())
            .await
            .status(),
        303
    );
    app.jobs.tick().await.unwrap();
    let mail = app
        .smtp
        .messages()
        .into_iter()
        .find(|m| m.subject().starts_with("Un créneau"))
        .expect("the proposal in French");
    let raw = String::from_utf8_lossy(&mail.data).to_string();
    let subject_line = raw.lines().find(|l| l.starts_with("Subject:")).unwrap();
    assert!(
        subject_line.is_ascii() && subject_line.to_lowercase().contains("=?utf-8?"),
        "an encoded UTF-8 subject: {subject_line}"
    );
    let parsed = mail.parsed();
    assert_eq!(parsed.subparts.len(), 2, "text and HTML");
    let text = parsed.subparts[0].get_body().unwrap();
    let html = parsed.subparts[1].get_body().unwrap();
    assert!(
        text.contains("lundi 30 novembre 2026, 09:00 (heure de Bruxelles, CET)"),
        "{text}"
    );
    assert!(html.contains("lang=\"fr\""));
    // The link in it works: it opens the code form in French.
    let link = text
        .split_whitespace()
        .find(|w| w.contains("/fr/appointment/"))
        .unwrap();
    let path = &link[link.find("/fr/").unwrap()..];
    let page = app.get(path).await.text().await.unwrap();
    assert!(page.contains("Votre code de sécurité personnel"), "{page}");
}

#[tokio::test]
async fn id_images_are_deleted_30_days_after_the_request_ends() {
    let app = spawn_app().await;
    let (p, client) = app.accepted().await;
    let document = app.first_document(p.request).await;
    let file = app.upload_dir().join(&document.file_name);
    assert!(file.exists());

    // The request ends: cancelled now.
    app.cancel_as_applicant(&client, &p.token).await;
    let ended = app.now();

    app.clock
        .set(ended + Duration::days(30) - Duration::minutes(1));
    assert_eq!(
        app.jobs.tick().await.unwrap().images_deleted,
        0,
        "kept 30 days"
    );
    assert!(file.exists());
    app.clock.set(ended + Duration::days(30));
    let (a, b) = tokio::join!(app.jobs.tick(), app.jobs.tick());
    assert_eq!(a.unwrap().images_deleted + b.unwrap().images_deleted, 1);
    assert!(!file.exists(), "the file is gone");
    let record = rendezvous::db::id_documents::find(&app.db, document.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(record.deleted_at, Some(ended + Duration::days(30)));
    let audited = rendezvous::db::audit::all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == "id_image_deleted")
        .count();
    assert_eq!(audited, 1, "recorded once");
}

#[tokio::test]
async fn an_image_that_cannot_be_deleted_does_not_stop_the_other_jobs() {
    let app = spawn_app().await;
    let (p, client) = app.accepted().await;
    let document = app.first_document(p.request).await;
    // Something in the way: a folder where the file was.
    let file = app.upload_dir().join(&document.file_name);
    std::fs::remove_file(&file).unwrap();
    std::fs::create_dir_all(file.join("stuck")).unwrap();
    app.cancel_as_applicant(&client, &p.token).await;
    let sent_before = app.smtp.messages().len();

    app.clock.advance(Duration::days(30));
    let failed = app.jobs.tick().await.unwrap_err();
    assert!(format!("{failed:#}").contains("retention"), "{failed:#}");
    assert!(
        app.smtp.messages().len() > sent_before,
        "the cancellation email still went out"
    );
    let record = rendezvous::db::id_documents::find(&app.db, document.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        record.deleted_at, None,
        "not marked deleted while still there"
    );

    std::fs::remove_dir_all(&file).unwrap();
    assert_eq!(app.jobs.tick().await.unwrap().images_deleted, 1);
}

#[tokio::test]
async fn files_no_record_names_are_removed_once_an_hour_old() {
    let app = spawn_app().await;
    let (p, _) = app.accepted().await;
    let dir = app.upload_dir();
    let stored = app.first_document(p.request).await.file_name;
    let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
    let age = |name: &str, when: std::time::SystemTime| {
        let file = std::fs::File::options()
            .write(true)
            .create(true)
            .truncate(false)
            .open(dir.join(name))
            .unwrap();
        file.set_modified(when).unwrap();
    };
    let old_stray = format!("{}.jpg", "b".repeat(32));
    let old_partial = format!(".{}.jpg.part", "c".repeat(32));
    let fresh_stray = format!("{}.jpg", "d".repeat(32));
    age(&stored, two_hours_ago);
    age(&old_stray, two_hours_ago);
    age(&old_partial, two_hours_ago);
    age(&fresh_stray, std::time::SystemTime::now());
    age("notes.txt", two_hours_ago);

    assert_eq!(app.jobs.tick().await.unwrap().stray_files_removed, 2);
    let mut left: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    let mut expected = vec![stored, fresh_stray, "notes.txt".to_owned()];
    expected.sort();
    assert_eq!(
        left, expected,
        "the recorded image, the fresh upload and foreign files stay"
    );
    // The folder is swept every 15 minutes, not at every pass.
    let next_stray = format!("{}.jpg", "e".repeat(32));
    age(&next_stray, two_hours_ago);
    assert_eq!(app.jobs.tick().await.unwrap().stray_files_removed, 0);
    assert!(dir.join(&next_stray).exists());
    // A folder never made (nothing uploaded yet on this host) is nothing to sweep, not a failure.
    let missing = dir.join("never-made");
    assert_eq!(
        rendezvous::jobs::retention::sweep_strays(&app.db, &missing)
            .await
            .unwrap(),
        0
    );
}

#[tokio::test]
async fn uploads_per_side_are_limited() {
    let app = crate::helpers::spawn_app_with(|s| s.max_uploads_per_side = 1).await;
    let p = app.proposed().await;
    // One front image already recorded for this request (an earlier proposal).
    let appointment = app.appointments().await[0].id;
    rendezvous::db::id_documents::insert(
        &app.db,
        p.request,
        appointment,
        &rendezvous::db::id_documents::StoredImage {
            side: "front",
            file_name: format!("{}.jpg", "a".repeat(32)),
            sha256: "0".repeat(64),
            width: 1100,
            height: 700,
            bytes: 1000,
            measures: None,
        },
        app.now(),
    )
    .await
    .unwrap();
    let client = browser();
    assert_eq!(
        app.enter_code(&client, &p.token, &p.code).await.status(),
        303
    );
    let response = post_accept(&app, &client, &p.token, ("card.jpg", card())).await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(
        select_text(&html, "#front-error")
            .unwrap()
            .contains("most images allowed"),
        "{html}"
    );
    assert_eq!(app.request_state(p.request).await, "proposed");

    // The image on file still serves: the page says so, and accepting needs no new one.
    let note = select_text(&html, "#front-note").unwrap_or_default();
    assert!(
        note.contains("choose a new one only to replace it"),
        "{note}"
    );
    let response = post_accept(&app, &client, &p.token, ("", Vec::new())).await;
    assert_eq!(response.status(), 200);
    assert_eq!(app.request_state(p.request).await, "confirmed");
}

#[tokio::test]
async fn a_second_press_of_accept_shows_the_booking() {
    let app = spawn_app().await;
    let (p, client) = app.opened().await;
    let path = format!("/en/appointment/{}", p.token);
    let html = app.html_of(&client, &path).await;
    let csrf = select_attr(&html, "form[enctype] input[name=csrf_token]", "value").unwrap();
    let press = || {
        let form = reqwest::multipart::Form::new()
            .text("csrf_token", csrf.clone())
            .part(
                "front",
                reqwest::multipart::Part::bytes(card()).file_name("card.jpg"),
            );
        client
            .post(app.url(&accept_action(&html)))
            .multipart(form)
            .send()
    };
    // A double click: both at once, then one more after the booking.
    let (a, b) = tokio::join!(press(), press());
    let mut statuses = [a.unwrap().status(), b.unwrap().status()];
    statuses.sort();
    assert_eq!(
        statuses,
        [200, 303],
        "one books, the other shows the booking"
    );
    let third = press().await.unwrap();
    assert_eq!(
        third.status(),
        303,
        "back to the page, which shows the booking"
    );
    assert_eq!(third.headers()["location"].to_str().unwrap(), path.as_str());
    let files = std::fs::read_dir(app.upload_dir()).unwrap().count();
    assert_eq!(files, 1, "only the booking's image is kept");
}

/// Sends the accept form with the given front and back files.
async fn post_sides(
    app: &TestApp,
    client: &reqwest::Client,
    token: &str,
    front: Vec<u8>,
    back: Vec<u8>,
) -> reqwest::Response {
    let path = format!("/en/appointment/{token}");
    let html = app.html_of(client, &path).await;
    let csrf = select_attr(&html, "form[enctype] input[name=csrf_token]", "value").unwrap();
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", csrf)
        .part(
            "front",
            reqwest::multipart::Part::bytes(front).file_name("front.jpg"),
        )
        .part(
            "back",
            reqwest::multipart::Part::bytes(back).file_name("back.jpg"),
        );
    client
        .post(app.url(&accept_action(&html)))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

/// A PNG header declaring 50,000 × 50,000 pixels, its checksum right: a decompression bomb.
fn bomb() -> Vec<u8> {
    let mut bomb = png(1, 1);
    bomb[16..20].copy_from_slice(&50_000u32.to_be_bytes());
    bomb[20..24].copy_from_slice(&50_000u32.to_be_bytes());
    let mut crc = 0xFFFF_FFFFu32;
    for &b in &bomb[12..29] {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    bomb[29..33].copy_from_slice(&(!crc).to_be_bytes());
    bomb
}

#[tokio::test]
async fn bad_files_are_refused_with_advice_and_two_sides_are_kept() {
    let app = crate::helpers::spawn_app_with(|s| s.max_upload_bytes = 200 * 1024).await;
    let (p, client) = app.opened().await;
    let photo = card();
    assert!(
        photo.len() > 200 * 1024,
        "the test photo is over this limit"
    );
    let small_photo = {
        let decoded = image::load_from_memory(&photo).unwrap().to_rgb8();
        let mut out = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 80)
            .encode_image(&decoded)
            .unwrap();
        out
    };
    assert!(small_photo.len() < 200 * 1024, "{}", small_photo.len());
    let grey_photo = {
        let grey = image::load_from_memory(&small_photo).unwrap().to_luma8();
        let mut out = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 80)
            .encode_image(&grey)
            .unwrap();
        out
    };
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("oversize", photo.clone(), "larger than 0.2 MB"),
        ("PDF", b"%PDF-1.7\n1 0 obj".to_vec(), "not a JPEG or PNG"),
        ("bomb", bomb(), "far too large to be a photo"),
        (
            "corrupt",
            small_photo[..small_photo.len() / 3].to_vec(),
            "cannot be read",
        ),
        ("flat", png(1200, 800), "four corners"),
        ("black and white", grey_photo, "black and white"),
    ];
    for (name, bytes, message) in cases {
        let response = post_sides(&app, &client, &p.token, bytes, Vec::new()).await;
        assert_eq!(response.status(), 422, "{name}");
        let html = response.text().await.unwrap();
        let shown = select_text(&html, "#front-error").unwrap_or_default();
        assert!(shown.contains(message), "{name}: {shown}");
    }
    // A bad back refuses the whole step, keeping nothing.
    let response = post_sides(
        &app,
        &client,
        &p.token,
        small_photo.clone(),
        b"GIF89a".to_vec(),
    )
    .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(select_text(&html, "#back-error").is_some());
    // The good front was not kept either: the person is told to choose it again.
    let note = select_text(&html, "#front-note").unwrap_or_default();
    assert!(note.contains("choose it again"), "{note}");
    let described_by = select_attr(&html, "#front", "aria-describedby").unwrap_or_default();
    assert!(
        described_by.contains("front-note"),
        "read with the field: {described_by}"
    );
    assert!(select_text(&html, "#back-note").is_none());
    assert_eq!(app.request_state(p.request).await, "proposed");

    let response = post_sides(&app, &client, &p.token, small_photo.clone(), small_photo).await;
    assert_eq!(response.status(), 200);
    let documents = rendezvous::db::id_documents::for_request(&app.db, p.request)
        .await
        .unwrap();
    let sides: Vec<_> = documents.iter().map(|d| d.side.as_str()).collect();
    assert_eq!(sides.len(), 2);
    assert!(sides.contains(&"front") && sides.contains(&"back"));
    assert!(
        documents
            .iter()
            .all(|d| d.sharpness.is_some_and(|s| s >= 200.0))
    );
    let files = std::fs::read_dir(app.upload_dir()).unwrap().count();
    assert_eq!(files, 2, "exactly the two stored images, nothing stray");
}

#[tokio::test]
async fn a_wrong_code_is_summarised_at_the_top_and_named_in_the_title() {
    let app = spawn_app().await;
    let p = app.proposed().await;
    let client = browser();
    let blank = app
        .html_of(&client, &format!("/en/appointment/{}", p.token))
        .await;
    assert!(select_attr(&blank, ".error-summary", "class").is_none());
    let response = app.enter_code(&client, &p.token, "AAAA-AAAA-AAAA").await;
    assert_eq!(response.status(), 401);
    let html = response.text().await.unwrap();
    assert_eq!(
        select_attr(&html, "main > .error-summary a", "href").as_deref(),
        Some("#code")
    );
    assert!(select_attr(&html, "main > .error-summary", "autofocus").is_some());
    assert!(
        select_text(&html, "#code-error").is_some(),
        "and next to the field"
    );
    let title = select_text(&html, "title").unwrap();
    assert!(title.starts_with("Error: "), "{title}");
}

#[tokio::test]
async fn a_refused_image_is_summarised_at_the_top_of_the_page() {
    let app = spawn_app().await;
    let (p, client) = app.opened().await;
    let response = post_accept(
        &app,
        &client,
        &p.token,
        ("id.jpg", b"not an image".to_vec()),
    )
    .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert_eq!(
        select_attr(&html, "main > .error-summary a", "href").as_deref(),
        Some("#front")
    );
    assert!(
        select_text(&html, "main > .error-summary")
            .unwrap()
            .contains("not a JPEG or PNG")
    );
    let title = select_text(&html, "title").unwrap();
    assert!(title.starts_with("Error: "), "{title}");
}

#[tokio::test]
async fn emails_list_what_to_have_at_hand_as_lists_and_say_their_language() {
    use mailparse::MailHeaderMap;
    use rendezvous::domain::language::Language;
    use rendezvous::i18n::Tr;
    let app = spawn_app().await;
    app.accepted().await;
    app.clock.set(monday_nine() - Duration::hours(24));
    app.jobs.tick().await.unwrap();
    let en = Tr(Language::En);
    for subject in ["is booked", "Reminder"] {
        let mail = app
            .smtp
            .messages()
            .into_iter()
            .find(|m| m.subject().contains(subject))
            .unwrap_or_else(|| panic!("the {subject} email"));
        let parsed = mail.parsed();
        assert_eq!(
            parsed
                .headers
                .get_first_value("Content-Language")
                .as_deref(),
            Some("en"),
            "{subject}"
        );
        let part = |mimetype: &str| {
            parsed
                .parts()
                .find(|p| p.ctype.mimetype == mimetype)
                .and_then(|p| p.get_body().ok())
                .unwrap_or_default()
        };
        let (text, html) = (part("text/plain"), part("text/html"));
        let document = scraper::Html::parse_document(&html);
        let items: Vec<String> = document
            .select(&scraper::Selector::parse("ul > li").unwrap())
            .map(|li| li.text().collect())
            .collect();
        let at_hand = [
            "appointment-prepare-document",
            "appointment-prepare-device",
            "appointment-prepare-connection",
        ]
        .map(|key| en.t(key));
        assert_eq!(items, at_hand, "{subject}: a real list in {html}");
        for item in &at_hand {
            assert!(
                text.contains(&format!("  - {item}")),
                "{subject}: a dashed line in {text}"
            );
        }
    }
}

#[tokio::test]
async fn the_language_switch_keeps_the_appointment_page() {
    let app = spawn_app().await;
    let p = app.proposed().await;
    let client = browser();
    let switch_to_french = |html: &str| {
        select_attr(html, ".language-switch a[hreflang=fr]", "href").expect("a French link")
    };
    let code_page = app
        .html_of(&client, &format!("/en/appointment/{}", p.token))
        .await;
    assert_eq!(
        switch_to_french(&code_page),
        format!("/fr/appointment/{}", p.token),
        "the code form"
    );
    assert_eq!(
        app.enter_code(&client, &p.token, &p.code).await.status(),
        303
    );
    for (page, expected) in [
        (
            format!("/en/appointment/{}", p.token),
            format!("/fr/appointment/{}", p.token),
        ),
        (
            format!("/en/appointment/{}/cancel", p.token),
            format!("/fr/appointment/{}/cancel", p.token),
        ),
        (
            format!("/en/appointment/{}/another", p.token),
            format!("/fr/appointment/{}/another", p.token),
        ),
    ] {
        let html = app.html_of(&client, &page).await;
        assert_eq!(switch_to_french(&html), expected, "{page}");
        let french = app.html_of(&client, &expected).await;
        assert!(french.contains("lang=\"fr\""), "{expected} opens in French");
    }
}
