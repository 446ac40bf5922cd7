//! The interview page through HTTP, as an interviewer without JavaScript uses it: it opens a
//! quarter of an hour before the start for the interviewer in charge and supervisors only, every
//! section saves on its own and shows its problems with what was typed kept, a save on an old
//! version is refused without overwriting, the photo goes through the upload gate, and the
//! approval reaches the request.

use crate::appointment::Proposed;
use crate::helpers::{TestApp, select_all_text, select_attr, select_text, spawn_app};
use crate::scheduling::Staff;
use chrono::Duration;
use rendezvous::db::appointments::{self, Appointment};
use rendezvous::db::audit;
use rendezvous::db::interviews;
use rendezvous::db::requests::{self, RequestId};
use rendezvous::db::staff::Role;
use rendezvous::domain::interview::{Item, ItemState};

/// A confirmed appointment with its applicant's request, held by Anna.
async fn held(app: &TestApp) -> (Proposed, Appointment) {
    let (p, _applicant) = app.accepted().await;
    let appointment = appointments::active_for_request(&app.db, p.request)
        .await
        .unwrap()
        .expect("the confirmed appointment");
    (p, appointment)
}

/// Signs a staff member in again (the clock moved days ahead, past their session's end).
async fn signed_in_again(app: &TestApp, staff: &Staff, email: &str) -> Staff {
    let client = crate::helpers::browser();
    assert_eq!(
        app.sign_in_as(&client, email, crate::staff_sign_in::PASSWORD)
            .await
            .status(),
        303
    );
    let html = app.html_of(&client, "/en/staff/").await;
    let csrf = select_attr(
        &html,
        "form[action='/en/staff/sign-out'] input[name=csrf_token]",
        "value",
    )
    .unwrap();
    Staff {
        id: staff.id,
        client,
        csrf,
    }
}

fn page_path(appointment: &Appointment) -> String {
    format!("/en/staff/interviews/{}", appointment.id)
}

/// The clock a minute into the interview, and Anna signed in again.
async fn at_start(app: &TestApp, p: &Proposed, appointment: &Appointment) -> Staff {
    let now = app.now();
    app.clock
        .advance(appointment.starts_at + Duration::minutes(1) - now);
    signed_in_again(app, &p.anna, "anna@example.org").await
}

/// Posts one section's form with the session's CSRF token and the version the page shows now.
async fn save(
    app: &TestApp,
    staff: &Staff,
    appointment: &Appointment,
    action: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let html = app.html_of(&staff.client, &page_path(appointment)).await;
    let version = select_attr(&html, "#interview", "data-version").expect("the interview page");
    save_at(app, staff, appointment, action, &version, fields).await
}

async fn save_at(
    app: &TestApp,
    staff: &Staff,
    appointment: &Appointment,
    action: &str,
    version: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let mut form: Vec<(&str, &str)> = vec![("csrf_token", &staff.csrf), ("version", version)];
    form.extend_from_slice(fields);
    staff
        .client
        .post(app.url(&format!("{}/{action}", page_path(appointment))))
        .form(&form)
        .send()
        .await
        .unwrap()
}

fn all_told() -> [(&'static str, &'static str); 3] {
    [
        ("purpose_told", "yes"),
        ("photo_announced", "yes"),
        ("retention_told", "yes"),
    ]
}

/// An ICAO 9303 check digit (weights 7, 3, 1; `<` is 0, letters from 10).
fn check_digit(field: &str) -> char {
    let sum: u32 = field
        .chars()
        .zip([7, 3, 1].into_iter().cycle())
        .map(|(c, w)| {
            let value = match c {
                '0'..='9' => c as u32 - '0' as u32,
                'A'..='Z' => c as u32 - 'A' as u32 + 10,
                _ => 0,
            };
            value * w
        })
        .sum();
    char::from_digit(sum % 10, 10).unwrap()
}

/// A Belgian passport's zone (TD3), expiring on 4 May 2031, for the applicant of the valid
/// request form (Marie Louise, born 30 July 1985, F).
fn passport_zone(surname: &str) -> String {
    passport_zone_for(surname, "EP1234567")
}

pub(crate) fn passport_zone_for(surname: &str, document_number: &str) -> String {
    let mut line1 = format!("P<BEL{surname}<<MARIE<LOUISE");
    while line1.len() < 44 {
        line1.push('<');
    }
    let mut number = document_number.to_owned();
    while number.len() < 9 {
        number.push('<');
    }
    let number = number.as_str();
    let birth = "850730";
    let expiry = "310504";
    let optional = "<<<<<<<<<<<<<<";
    let mut line2 = format!(
        "{number}{}BEL{birth}{}F{expiry}{}{optional}{}",
        check_digit(number),
        check_digit(birth),
        check_digit(expiry),
        check_digit(optional)
    );
    let composite = format!(
        "{}{}{}{}",
        &line2[0..10],
        &line2[13..20],
        &line2[21..28],
        &line2[28..43]
    );
    line2.push(check_digit(&composite));
    format!("{line1}\n{line2}")
}

fn photo_png(width: u32, height: u32) -> Vec<u8> {
    use image::ImageEncoder;
    let image = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
    });
    let mut out = Vec::new();
    image::codecs::png::PngEncoder::new(&mut out)
        .write_image(&image, width, height, image::ExtendedColorType::Rgb8)
        .unwrap();
    out
}

async fn post_photo(
    app: &TestApp,
    staff: &Staff,
    appointment: &Appointment,
    bytes: Vec<u8>,
) -> reqwest::Response {
    let html = app.html_of(&staff.client, &page_path(appointment)).await;
    let action = select_attr(&html, "form.photo-form", "action").expect("the photo form");
    let form = reqwest::multipart::Form::new().part(
        "photo",
        reqwest::multipart::Part::bytes(bytes).file_name("photo.png"),
    );
    staff
        .client
        .post(app.url(&action))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

async fn views_of_interview(app: &TestApp) -> usize {
    audit::all(&app.db)
        .await
        .unwrap()
        .iter()
        .filter(|e| e.action == "view_interview")
        .count()
}

#[tokio::test]
async fn the_page_opens_a_quarter_of_an_hour_before_for_the_interviewer_in_charge() {
    let app = spawn_app().await;
    let (p, appointment) = held(&app).await;
    let now = app.now();
    app.clock
        .advance(appointment.starts_at - Duration::minutes(20) - now);
    let anna = signed_in_again(&app, &p.anna, "anna@example.org").await;

    let early = app.html_of(&anna.client, &page_path(&appointment)).await;
    assert!(
        early.contains("opens at 08:45"),
        "the time it opens: {early}"
    );
    assert!(!early.contains("Janssens"), "no personal data yet");
    assert_eq!(views_of_interview(&app).await, 0);

    app.clock.advance(Duration::minutes(5));
    let response = anna
        .client
        .get(app.url(&page_path(&appointment)))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["permissions-policy"],
        "camera=(self), microphone=(), geolocation=()",
        "the camera is allowed on this page only"
    );
    assert_eq!(response.headers()["cache-control"], "no-store");
    let html = response.text().await.unwrap();
    assert!(html.contains("Janssens") && html.contains("Marie Louise"));
    let video = select_attr(
        &html,
        "a[target=_blank][href^='https://video.test/']",
        "href",
    );
    assert!(video.is_some(), "the video link opens in a new tab");
    let image = select_attr(&html, "img[data-zoom]", "src").expect("the ID image");
    assert_eq!(
        app.status_of(&anna.client, &image).await,
        200,
        "the image through the authorised route"
    );
    assert!(html.contains("sharpness"), "the image's quality figures");
    assert_eq!(
        select_all_text(&html, ".features li").len(),
        3,
        "three security features"
    );
    assert_eq!(views_of_interview(&app).await, 1, "the view is audited");

    let calendar = app.html_of(&anna.client, "/en/staff/calendar").await;
    assert!(
        calendar.contains(&page_path(&appointment)),
        "the calendar links the interview page"
    );

    let bob = app
        .staff("bob@example.org", "Bob Maes", Role::Interviewer, "nl")
        .await;
    assert_eq!(
        app.status_of(&bob.client, &page_path(&appointment)).await,
        404
    );
    assert_eq!(
        save_at(&app, &bob, &appointment, "start", "1", &[])
            .await
            .status(),
        404,
        "nor can another interviewer change it"
    );
    let sue = app
        .staff("sue@example.org", "Sue Wouters", Role::Supervisor, "nl")
        .await;
    assert_eq!(
        app.status_of(&sue.client, &page_path(&appointment)).await,
        200
    );
}

#[tokio::test]
async fn the_checklist_is_walked_without_javascript_up_to_the_approval() {
    let app = spawn_app().await;
    let (p, appointment) = held(&app).await;
    let anna = &at_start(&app, &p, &appointment).await;

    // Nothing can be checked before the start, nor before the consent.
    let early = save(
        &app,
        anna,
        &appointment,
        "item",
        &[("item", "original_shown"), ("state", "ok")],
    )
    .await;
    assert_eq!(early.status(), 409);
    assert!(
        early
            .text()
            .await
            .unwrap()
            .contains("Start the interview first.")
    );
    let html = app.html_of(&anna.client, &page_path(&appointment)).await;
    assert!(select_text(&html, "#start button").is_some());
    assert_eq!(
        save(&app, anna, &appointment, "start", &[]).await.status(),
        303
    );
    let refused = save(
        &app,
        anna,
        &appointment,
        "item",
        &[
            ("item", "original_shown"),
            ("state", "ok"),
            ("note", "shown front and back"),
        ],
    )
    .await;
    assert_eq!(refused.status(), 409);
    let html = refused.text().await.unwrap();
    assert!(
        html.contains("Confirm the consent before the checks."),
        "{html}"
    );

    // Two points of three: refused, the two ticks kept.
    let partial = save(
        &app,
        anna,
        &appointment,
        "consent",
        &[("purpose_told", "yes"), ("photo_announced", "yes")],
    )
    .await;
    assert_eq!(partial.status(), 409);
    let html = partial.text().await.unwrap();
    assert!(html.contains("Tick all three points"));
    assert!(html.contains("30 days"), "the retention figure is shown");
    assert!(select_attr(&html, "#consent-purpose_told", "checked").is_some());
    assert_eq!(
        select_attr(&html, "#consent-retention_told", "checked"),
        None
    );
    assert_eq!(
        save(&app, anna, &appointment, "consent", &all_told())
            .await
            .status(),
        303
    );

    // The document: every problem at once, what was typed kept.
    let bad = save(
        &app,
        anna,
        &appointment,
        "document",
        &[
            ("kind", "driving_licence"),
            ("issuing_country", "BE"),
            ("number", "EP 1234567"),
            ("expiry", "04/05/2031"),
        ],
    )
    .await;
    assert_eq!(bad.status(), 422);
    let html = bad.text().await.unwrap();
    assert!(html.contains("Only a passport or a European identity card is accepted."));
    assert!(html.contains("Write the date as year-month-day"));
    assert_eq!(
        select_attr(&html, "#item-document_data-number", "value").as_deref(),
        Some("EP 1234567")
    );
    let summary: Vec<String> = ["kind", "expiry"]
        .iter()
        .map(|f| format!("#item-document_data-{f}"))
        .collect();
    for target in &summary {
        assert!(
            select_attr(&html, &format!(".error-summary a[href='{target}']"), "href").is_some(),
            "the summary links {target}"
        );
        assert!(
            select_attr(&html, target, "id").is_some(),
            "{target} exists"
        );
    }
    assert_eq!(
        save(
            &app,
            anna,
            &appointment,
            "document",
            &[
                ("kind", "passport"),
                ("issuing_country", "BE"),
                ("number", "EP1234567"),
                ("expiry", "2031-05-04")
            ],
        )
        .await
        .status(),
        303
    );

    // A zone with another surname: the disagreement is shown field by field.
    let zone = passport_zone("JANSEN");
    assert_eq!(
        save(&app, anna, &appointment, "mrz", &[("mrz", &zone)])
            .await
            .status(),
        303
    );
    let html = app.html_of(&anna.client, &page_path(&appointment)).await;
    let rows = select_all_text(&html, "table.mismatches tbody th");
    assert_eq!(rows, vec!["Last name".to_owned()], "{html}");
    assert!(html.contains("JANSEN"));
    let overridden = save(
        &app,
        anna,
        &appointment,
        "item",
        &[("item", "mrz"), ("state", "ok"), ("note", "looks fine")],
    )
    .await;
    assert_eq!(
        overridden.status(),
        409,
        "a disagreeing zone cannot be ticked ok"
    );
    assert!(
        overridden
            .text()
            .await
            .unwrap()
            .contains("Check the zone first")
    );

    // The NISS the applicant typed has an odd sequence number (a man's) with the sex F: the
    // correction form refuses it as it is, and takes a woman's number.
    let personal = |niss: &'static str| {
        [
            ("last_name", "Janssens"),
            ("first_names", "Marie Louise"),
            ("birth_date", "1985-07-30"),
            ("birth_place", "Gent"),
            ("sex", "F"),
            ("niss", niss),
        ]
    };
    let refused = save(
        &app,
        anna,
        &appointment,
        "personal-data",
        &personal("85073003328"),
    )
    .await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(
        html.contains("belongs to a person of the other sex"),
        "{html}"
    );
    assert_eq!(
        save(
            &app,
            anna,
            &appointment,
            "personal-data",
            &personal("85073003427")
        )
        .await
        .status(),
        303
    );
    let html = app.html_of(&anna.client, &page_path(&appointment)).await;
    let corrections = select_all_text(&html, "#applicant table tbody td");
    assert!(
        corrections.iter().any(|c| c == "85.07.30-033.28")
            && corrections.iter().any(|c| c == "85.07.30-034.27"),
        "the original and the correction: {corrections:?}"
    );
    let request = requests::find(&app.db, RequestId(p.request))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        request.niss.as_deref(),
        Some("85073003328"),
        "the request keeps what the applicant typed"
    );

    // The right zone matches.
    let zone = passport_zone("JANSSENS");
    assert_eq!(
        save(&app, anna, &appointment, "mrz", &[("mrz", &zone)])
            .await
            .status(),
        303
    );
    let html = app.html_of(&anna.client, &page_path(&appointment)).await;
    assert!(html.contains("Every check digit is right"), "{html}");

    // The photo: too small refused by the gate with its figures, a webcam frame taken.
    let small = post_photo(&app, anna, &appointment, photo_png(320, 240)).await;
    assert_eq!(small.status(), 422);
    assert!(small.text().await.unwrap().contains("320 × 240 pixels"));
    let taken = post_photo(&app, anna, &appointment, photo_png(640, 480)).await;
    assert_eq!(taken.status(), 303);
    let html = app.html_of(&anna.client, &page_path(&appointment)).await;
    let photo = select_attr(
        &html,
        "img[alt='Photo of the applicant with the document']",
        "src",
    )
    .expect("the photo is shown");
    assert_eq!(app.status_of(&anna.client, &photo).await, 200);

    for item in Item::ALL.into_iter().skip(1) {
        if matches!(item, Item::DocumentData | Item::Mrz) {
            continue;
        }
        let response = save(
            &app,
            anna,
            &appointment,
            "item",
            &[("item", item.code()), ("state", "ok"), ("note", "checked")],
        )
        .await;
        assert_eq!(response.status(), 303, "{item:?}");
    }
    let html = app.html_of(&anna.client, &page_path(&appointment)).await;
    assert!(
        select_text(&html, "#outcome-approved button").is_some(),
        "{html}"
    );
    // The answer is the activation code, shown once (no redirect: a reload would show nothing).
    let approved = save(
        &app,
        anna,
        &appointment,
        "outcome",
        &[("outcome", "approved")],
    )
    .await;
    assert_eq!(approved.status(), 200);
    let shown = approved.text().await.unwrap();
    assert!(select_text(&shown, "#activation-code").is_some(), "{shown}");
    let request = requests::find(&app.db, RequestId(p.request))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(request.state, "approved");
    let interview = interviews::for_appointment(&app.db, appointment.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        interview.record.item_state(Item::PhotoWithDocument),
        ItemState::Ok
    );
    assert_eq!(interview.record.corrections.len(), 1);
    let html = app.html_of(&anna.client, &page_path(&appointment)).await;
    assert!(html.contains("Outcome recorded: Approved"));
    assert!(
        select_text(&html, "form[action$='/item'] button").is_none(),
        "the checklist is closed"
    );
}

#[tokio::test]
async fn a_save_on_an_old_version_is_refused_and_keeps_what_was_typed() {
    let app = spawn_app().await;
    let (p, appointment) = held(&app).await;
    let anna = &at_start(&app, &p, &appointment).await;
    let sue = app
        .staff("sue@example.org", "Sue Wouters", Role::Supervisor, "nl")
        .await;
    assert_eq!(
        save(&app, anna, &appointment, "start", &[]).await.status(),
        303
    );
    assert_eq!(
        save(&app, anna, &appointment, "consent", &all_told())
            .await
            .status(),
        303
    );
    let html = app.html_of(&anna.client, &page_path(&appointment)).await;
    let seen = select_attr(&html, "#interview", "data-version").unwrap();

    let supervisor = save(
        &app,
        &sue,
        &appointment,
        "item",
        &[
            ("item", "registry_checks"),
            ("state", "not_ok"),
            ("note", "reported stolen"),
        ],
    )
    .await;
    assert_eq!(supervisor.status(), 303);
    let late = save_at(
        &app,
        anna,
        &appointment,
        "item",
        &seen,
        &[
            ("item", "registry_checks"),
            ("state", "ok"),
            ("note", "registry: nothing found"),
        ],
    )
    .await;
    assert_eq!(late.status(), 409);
    let html = late.text().await.unwrap();
    assert!(html.contains("Someone else saved this interview"), "{html}");
    assert_eq!(
        select_text(&html, "#item-registry_checks-note").as_deref(),
        Some("registry: nothing found"),
        "what Anna typed is still there"
    );
    let interview = interviews::for_appointment(&app.db, appointment.id)
        .await
        .unwrap()
        .unwrap();
    let mark = &interview.record.checklist[&Item::RegistryChecks];
    assert_eq!(
        (mark.state, mark.note.as_str()),
        (ItemState::NotOk, "reported stolen")
    );
    assert_eq!(mark.by, sue.id);
}

#[tokio::test]
async fn twenty_saves_of_one_version_at_once_save_one() {
    let app = spawn_app().await;
    let (p, appointment) = held(&app).await;
    let anna = &at_start(&app, &p, &appointment).await;
    assert_eq!(
        save(&app, anna, &appointment, "start", &[]).await.status(),
        303
    );
    assert_eq!(
        save(&app, anna, &appointment, "consent", &all_told())
            .await
            .status(),
        303
    );
    let html = app.html_of(&anna.client, &page_path(&appointment)).await;
    let version = select_attr(&html, "#interview", "data-version").unwrap();
    let notes: Vec<String> = (0..20).map(|n| format!("note {n}")).collect();
    let forms: Vec<[(&str, &str); 3]> = notes
        .iter()
        .map(|note| {
            [
                ("item", "original_shown"),
                ("state", "ok"),
                ("note", note.as_str()),
            ]
        })
        .collect();
    let saves = forms
        .iter()
        .map(|form| save_at(&app, anna, &appointment, "item", &version, form));
    let statuses: Vec<u16> = futures_util::future::join_all(saves)
        .await
        .iter()
        .map(|r| r.status().as_u16())
        .collect();
    assert_eq!(
        statuses.iter().filter(|s| **s == 303).count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 409).count(),
        19,
        "{statuses:?}"
    );
    let interview = interviews::for_appointment(&app.db, appointment.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        interview.version,
        version.parse::<u32>().unwrap() + 1,
        "one save, one version"
    );
}

#[tokio::test]
async fn outcomes_refused_by_their_rules_say_why_on_the_page() {
    let app = spawn_app().await;
    let (p, appointment) = held(&app).await;
    let anna = &at_start(&app, &p, &appointment).await;
    // Open the page first (the interview record is made then).
    app.html_of(&anna.client, &page_path(&appointment)).await;

    let early = save(
        &app,
        anna,
        &appointment,
        "outcome",
        &[("outcome", "no_show")],
    )
    .await;
    assert_eq!(early.status(), 409);
    assert!(
        early
            .text()
            .await
            .unwrap()
            .contains("A no-show can be recorded from 09:10"),
        "the grace period, in Brussels time"
    );
    assert_eq!(
        save(&app, anna, &appointment, "start", &[]).await.status(),
        303
    );
    let refusal = save(
        &app,
        anna,
        &appointment,
        "outcome",
        &[
            ("outcome", "refused"),
            ("reason", "document_not_genuine"),
            ("internal_note", "hologram flat"),
        ],
    )
    .await;
    assert_eq!(refusal.status(), 422);
    let html = refusal.text().await.unwrap();
    assert!(html.contains("A refusal must be explained to the applicant."));
    assert_eq!(
        select_text(&html, "#outcome-refused-internal_note").as_deref(),
        Some("hologram flat"),
        "the note typed is kept"
    );
    let flagged = save(
        &app,
        anna,
        &appointment,
        "flag",
        &[("note", "the picture froze whenever the card was tilted")],
    )
    .await;
    assert_eq!(flagged.status(), 303);
    let html = app.html_of(&anna.client, &page_path(&appointment)).await;
    assert!(
        html.contains("suspected fraud is flagged"),
        "a blocker of the approval"
    );
    let approve = save(
        &app,
        anna,
        &appointment,
        "outcome",
        &[("outcome", "approved")],
    )
    .await;
    assert_eq!(approve.status(), 409);

    // Without the session's CSRF token nothing changes.
    let forged = anna
        .client
        .post(app.url(&format!("{}/outcome", page_path(&appointment))))
        .form(&[
            ("csrf_token", "0".repeat(32).as_str()),
            ("version", "9"),
            ("outcome", "no_show"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403);
}

#[tokio::test]
async fn a_new_upload_is_asked_for_from_the_page_and_its_images_can_be_followed() {
    let app = spawn_app().await;
    let (p, appointment) = held(&app).await;
    let anna = &at_start(&app, &p, &appointment).await;
    assert_eq!(
        save(&app, anna, &appointment, "start", &[]).await.status(),
        303
    );
    let before = app.outbox().await.len();
    assert_eq!(
        save(&app, anna, &appointment, "new-upload", &[])
            .await
            .status(),
        303
    );
    assert_eq!(
        app.outbox().await.len(),
        before + 1,
        "the applicant is emailed"
    );
    let html = app.html_of(&anna.client, &page_path(&appointment)).await;
    assert!(
        html.contains("A new upload was asked for by Anna Peeters"),
        "{html}"
    );
    let follow = select_attr(&html, "#documents", "data-poll").expect("the script follows");
    let fragment = app.html_of(&anna.client, &follow).await;
    assert_eq!(
        select_all_text(&fragment, "#document-list figure").len(),
        1,
        "the front uploaded when accepting"
    );
}

#[tokio::test]
async fn a_supervisor_who_did_not_decide_changes_the_outcome_with_a_reason() {
    let app = spawn_app().await;
    let (p, appointment) = held(&app).await;
    let anna = &at_start(&app, &p, &appointment).await;
    let sue = app
        .staff("sue@example.org", "Sue Wouters", Role::Supervisor, "nl")
        .await;
    assert_eq!(
        save(&app, anna, &appointment, "start", &[]).await.status(),
        303
    );
    let incomplete = save(
        &app,
        anna,
        &appointment,
        "outcome",
        &[
            ("outcome", "incomplete"),
            ("missing", "registry_checks"),
            ("missing", "photo_with_document"),
            (
                "applicant_text",
                "Please bring the original of your passport.",
            ),
            ("internal_note", "registry offline"),
        ],
    )
    .await;
    assert_eq!(incomplete.status(), 303);
    let request = requests::find(&app.db, RequestId(p.request))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(request.state, "incomplete");
    let html = app.html_of(&anna.client, &page_path(&appointment)).await;
    assert!(html.contains("Outcome recorded: Incomplete"));
    assert!(
        select_text(&html, "#change-outcome").is_none(),
        "the interviewer does not review their own decision"
    );

    let html = app.html_of(&sue.client, &page_path(&appointment)).await;
    assert!(select_text(&html, "#change-outcome").is_some());
    let without_reason = save(
        &app,
        &sue,
        &appointment,
        "change-outcome",
        &[
            ("outcome", "refused"),
            ("reason", "document_not_genuine"),
            ("applicant_text", "Your document could not be verified."),
        ],
    )
    .await;
    assert_eq!(without_reason.status(), 422);
    assert!(
        without_reason
            .text()
            .await
            .unwrap()
            .contains("Give the reason for the change.")
    );
    let changed = save(
        &app,
        &sue,
        &appointment,
        "change-outcome",
        &[
            ("outcome", "refused"),
            ("reason", "document_not_genuine"),
            ("applicant_text", "Your document could not be verified."),
            ("change_reason", "the registry answered: reported stolen"),
        ],
    )
    .await;
    assert_eq!(changed.status(), 303);
    let request = requests::find(&app.db, RequestId(p.request))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(request.state, "refused");
    let changes: Vec<String> = audit::all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == "interview_outcome_changed")
        .map(|e| e.detail)
        .collect();
    assert_eq!(changes.len(), 1);
    assert!(changes[0].contains("reason=the registry answered: reported stolen"));
    let html = app.html_of(&sue.client, &page_path(&appointment)).await;
    assert!(
        select_text(&html, "#change-outcome").is_none(),
        "Sue decided the new outcome: another person must change it"
    );
}

#[tokio::test]
async fn an_interruption_sends_the_request_back_to_the_queue_and_the_interviewer_home() {
    let app = spawn_app().await;
    let (p, appointment) = held(&app).await;
    let anna = &at_start(&app, &p, &appointment).await;
    assert_eq!(
        save(&app, anna, &appointment, "start", &[]).await.status(),
        303
    );
    let interrupted = save(
        &app,
        anna,
        &appointment,
        "outcome",
        &[
            ("outcome", "interrupted"),
            ("applicant_text", "The sound failed."),
        ],
    )
    .await;
    assert_eq!(interrupted.status(), 303);
    assert_eq!(
        interrupted.headers()["location"],
        "/en/staff/",
        "the request is no longer Anna's"
    );
    let request = requests::find(&app.db, RequestId(p.request))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(request.state, "submitted", "back in the queue");
    assert_eq!(
        app.status_of(&anna.client, &page_path(&appointment)).await,
        404
    );
}

#[tokio::test]
async fn ten_photos_sent_at_once_keep_to_the_limit() {
    let app = spawn_app().await;
    let (p, appointment) = held(&app).await;
    let anna = &at_start(&app, &p, &appointment).await;
    assert_eq!(
        save(&app, anna, &appointment, "start", &[]).await.status(),
        303
    );
    assert_eq!(
        save(&app, anna, &appointment, "consent", &all_told())
            .await
            .status(),
        303
    );
    let frame = photo_png(640, 480);
    let sends = (0..10).map(|_| post_photo(&app, anna, &appointment, frame.clone()));
    let statuses: Vec<u16> = futures_util::future::join_all(sends)
        .await
        .iter()
        .map(|r| r.status().as_u16())
        .collect();
    let limit = app.settings.max_uploads_per_side as usize;
    assert_eq!(
        statuses.iter().filter(|s| **s == 303).count(),
        limit,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 422).count(),
        10 - limit,
        "{statuses:?}"
    );
    let photos = rendezvous::db::id_documents::for_request(&app.db, p.request)
        .await
        .unwrap()
        .into_iter()
        .filter(|d| d.side == "photo")
        .count();
    assert_eq!(photos, limit);
    let files = std::fs::read_dir(app.upload_dir()).unwrap().count();
    assert_eq!(
        files,
        limit + 1,
        "the front and the photos kept, no file left over"
    );
}

#[tokio::test]
async fn the_interview_of_a_moved_appointment_is_closed() {
    let app = spawn_app().await;
    let (p, appointment) = held(&app).await;
    let anna = &at_start(&app, &p, &appointment).await;
    assert_eq!(
        save(&app, anna, &appointment, "start", &[]).await.status(),
        303
    );
    let html = app.html_of(&anna.client, &page_path(&appointment)).await;
    let version = select_attr(&html, "#interview", "data-version").unwrap();
    // Moved meanwhile (here released, as a move or a cancellation leaves it).
    appointments::close(
        &app.db,
        appointment.id,
        rendezvous::domain::scheduling::AppointmentState::Released,
        None,
        Some("moved".to_owned()),
        app.now(),
    )
    .await
    .unwrap();
    let sue = app
        .staff("sue@example.org", "Sue Wouters", Role::Supervisor, "nl")
        .await;
    let html = app.html_of(&sue.client, &page_path(&appointment)).await;
    assert!(
        html.contains("This appointment was moved or cancelled"),
        "{html}"
    );
    for (action, fields) in [
        ("outcome", vec![("outcome", "no_show")]),
        ("item", vec![("item", "original_shown"), ("state", "ok")]),
    ] {
        let response = save_at(&app, &sue, &appointment, action, &version, &fields).await;
        assert_eq!(response.status(), 409, "{action}");
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains("This appointment was moved")
        );
    }
    let request = requests::find(&app.db, RequestId(p.request))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        request.state, "confirmed",
        "no outcome recorded on the old appointment"
    );
}
