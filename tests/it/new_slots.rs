//! After an interrupted interview: the email's link to choose new preferred slots (not a new
//! request), the security code (counted with the appointment page's), the slot grid and its
//! problems, the new slots replacing the old ones once, and the old appointment link closed.

use crate::appointment::Proposed;
use crate::helpers::{TestApp, browser, select_attr, select_text, spawn_app};
use rendezvous::db::appointments;
use rendezvous::db::audit;
use rendezvous::db::requests::{self, RequestId};
use rendezvous::domain::codes::Token;
use rendezvous::domain::interview::Outcome;
use rendezvous::domain::language::Language;
use rendezvous::domain::slot::{PreferredSlot, brussels_date, offered_slots};
use rendezvous::i18n::Tr;
use rendezvous::use_cases::interview;
use rendezvous::use_cases::interview_outcome::{self, OutcomeSettings};
use uuid::Uuid;

/// A booked interview that Anna started and recorded as interrupted.
struct Interrupted {
    p: Proposed,
    appointment: Uuid,
    /// The token of the interruption email's link.
    token: String,
}

impl Interrupted {
    fn path(&self) -> String {
        format!("/en/appointment/{}/new-slots", self.token)
    }
}

async fn interrupted(app: &TestApp) -> Interrupted {
    let (p, _applicant) = app.accepted().await;
    let appointment = appointments::active_for_request(&app.db, p.request)
        .await
        .unwrap()
        .expect("the confirmed appointment");
    let opened = interview::open(&app.db, &appointment, p.anna.id, app.now())
        .await
        .unwrap();
    let version = interview::start(&app.db, opened.id, opened.version, p.anna.id, app.now())
        .await
        .unwrap();
    let settings = OutcomeSettings {
        base_url: &app.settings.base_url,
        no_show_grace: app.settings.no_show_grace(),
        activation_days: 14,
    };
    interview_outcome::record_outcome(
        &app.db,
        &settings,
        opened.id,
        version,
        Outcome::Interrupted {
            applicant_text: Some("The sound failed.".into()),
        },
        p.anna.id,
        app.now(),
    )
    .await
    .unwrap();
    let email = app
        .outbox()
        .await
        .into_iter()
        .find(|m| m.kind == "outcome_interrupted")
        .expect("the interruption email");
    let token = email
        .text_body
        .split("/en/appointment/")
        .nth(1)
        .map(|t| t[..32].to_owned())
        .expect("a link to the appointment's new slots");
    assert!(
        email
            .text_body
            .contains(&format!("/en/appointment/{token}/new-slots")),
        "{}",
        email.text_body
    );
    Interrupted {
        p,
        appointment: appointment.id,
        token,
    }
}

fn offered(app: &TestApp) -> Vec<PreferredSlot> {
    offered_slots(brussels_date(app.now()))
}

impl TestApp {
    /// Opens the new-slots code form in `client` and sends `code`.
    async fn enter_new_slots_code(
        &self,
        client: &reqwest::Client,
        path: &str,
        code: &str,
    ) -> reqwest::Response {
        let html = self.html_of(client, path).await;
        let csrf = select_attr(&html, "input[name=csrf_token]", "value").expect("the code form");
        let action = select_attr(&html, "form[method=post]", "action").unwrap();
        client
            .post(self.url(&action))
            .form(&[("csrf_token", csrf.as_str()), ("code", code)])
            .send()
            .await
            .unwrap()
    }

    async fn post_slots(
        &self,
        client: &reqwest::Client,
        path: &str,
        csrf: &str,
        slots: &[&str],
    ) -> reqwest::Response {
        let mut form = vec![("csrf_token", csrf)];
        form.extend(slots.iter().map(|s| ("slot", *s)));
        client
            .post(self.url(path))
            .form(&form)
            .send()
            .await
            .unwrap()
    }

    async fn preferred_codes(&self, request: Uuid) -> Vec<String> {
        let mut codes: Vec<String> = requests::preferred_slots(&self.db, RequestId(request))
            .await
            .unwrap()
            .iter()
            .map(PreferredSlot::code)
            .collect();
        codes.sort();
        codes
    }
}

/// A browser that entered the right code on the new-slots page, and the grid's CSRF token.
async fn opened(app: &TestApp, s: &Interrupted) -> (reqwest::Client, String) {
    let client = browser();
    let response = app
        .enter_new_slots_code(&client, &s.path(), &s.p.code)
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], s.path().as_str());
    let html = app.html_of(&client, &s.path()).await;
    let csrf = select_attr(&html, "input[name=csrf_token]", "value").unwrap();
    (client, csrf)
}

#[tokio::test]
async fn an_interruption_emails_a_link_to_new_slots_and_closes_the_old_link() {
    let app = spawn_app().await;
    let s = interrupted(&app).await;
    let email = app
        .outbox()
        .await
        .into_iter()
        .find(|m| m.kind == "outcome_interrupted")
        .unwrap();
    assert!(
        !email.text_body.contains("/en/request"),
        "no link to a new request, which would make a duplicate: {}",
        email.text_body
    );
    assert!(email.text_body.contains("choose new ones with this link"));
    assert_ne!(s.token, s.p.token, "a new token");
    let released = appointments::find(&app.db, s.appointment)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(released.state, "released");
    assert_eq!(
        released.token_hash,
        Token::parse(&s.token).unwrap().digest(),
        "only its digest is stored"
    );
    assert_eq!(app.request_state(s.p.request).await, "submitted");

    // The old appointment link opens nothing: no code form, no appointment.
    let client = browser();
    let old = format!("/en/appointment/{}", s.p.token);
    let response = client.get(app.url(&old)).send().await.unwrap();
    assert!(
        matches!(response.status().as_u16(), 404 | 410),
        "{}",
        response.status()
    );
    let html = response.text().await.unwrap();
    assert!(
        select_attr(&html, "input[name=code]", "name").is_none(),
        "{html}"
    );
    // Nor does the new token on the appointment page itself.
    let response = client
        .get(app.url(&format!("/en/appointment/{}", s.token)))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 410);
}

#[tokio::test]
async fn the_link_and_the_code_show_the_grid_and_the_new_slots_replace_the_old_once() {
    let app = spawn_app().await;
    let s = interrupted(&app).await;
    let before = app.preferred_codes(s.p.request).await;

    // Without the code: the code form, not the grid.
    let html = app.html_of(&browser(), &s.path()).await;
    assert!(
        select_attr(&html, "input[name=code]", "name").is_some(),
        "{html}"
    );
    assert!(select_attr(&html, "input[name=slot]", "name").is_none());
    assert!(
        html.contains("was interrupted by a technical problem"),
        "{html}"
    );

    let (client, csrf) = opened(&app, &s).await;
    let html = app.html_of(&client, &s.path()).await;
    let offered = offered(&app);
    assert!(
        select_attr(
            &html,
            &format!("input[name=slot][value='{}']", offered[0].code()),
            "value"
        )
        .is_some(),
        "the slot grid: {html}"
    );

    let mut wanted = vec![offered[4].code(), offered[7].code()];
    wanted.sort();
    assert_ne!(wanted, before);
    let response = app
        .post_slots(
            &client,
            &s.path(),
            &csrf,
            &[wanted[0].as_str(), wanted[1].as_str()],
        )
        .await;
    assert_eq!(response.status(), 200);
    let html = response.text().await.unwrap();
    assert!(html.contains("Your new times are saved"), "{html}");
    assert_eq!(app.preferred_codes(s.p.request).await, wanted);
    assert_eq!(
        app.request_state(s.p.request).await,
        "submitted",
        "in the queue"
    );

    let confirmation = app
        .outbox()
        .await
        .into_iter()
        .find(|m| m.kind == "new_slots" && m.request_id == Some(s.p.request))
        .expect("the confirmation email");
    let slot = PreferredSlot::parse(&wanted[0]).unwrap();
    assert!(
        confirmation
            .text_body
            .contains(&Tr(Language::En).slot(&slot)),
        "{}",
        confirmation.text_body
    );
    let entries: Vec<String> = audit::all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == "new_slots_after_interruption")
        .map(|e| e.detail)
        .collect();
    assert_eq!(entries.len(), 1);
    assert!(entries[0].contains(&wanted[1]), "{entries:?}");

    // A second use: refused, with nothing changed.
    let response = app
        .post_slots(&client, &s.path(), &csrf, &[offered[1].code().as_str()])
        .await;
    assert_eq!(response.status(), 410);
    let html = response.text().await.unwrap();
    assert!(html.contains("This request has ended"), "{html}");
    assert_eq!(app.status_of(&client, &s.path()).await, 410);
    assert_eq!(app.preferred_codes(s.p.request).await, wanted);
    let confirmations = app
        .outbox()
        .await
        .iter()
        .filter(|m| m.kind == "new_slots")
        .count();
    assert_eq!(confirmations, 1);
}

#[tokio::test]
async fn an_invalid_choice_shows_the_error_with_the_choices_kept() {
    let app = spawn_app().await;
    let s = interrupted(&app).await;
    let before = app.preferred_codes(s.p.request).await;
    let (client, csrf) = opened(&app, &s).await;
    let offered = offered(&app);

    let response = app.post_slots(&client, &s.path(), &csrf, &[]).await;
    assert_eq!(response.status(), 422);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Select at least one time slot")
    );

    let kept = offered[2].code();
    let response = app
        .post_slots(&client, &s.path(), &csrf, &[kept.as_str(), "2000-01-01-am"])
        .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(
        html.contains("one you chose is no longer available"),
        "{html}"
    );
    assert!(
        select_attr(
            &html,
            &format!("input[name=slot][value='{kept}'][checked]"),
            "value"
        )
        .is_some(),
        "what was ticked stays ticked: {html}"
    );
    assert_eq!(app.preferred_codes(s.p.request).await, before);
    assert!(app.outbox().await.iter().all(|m| m.kind != "new_slots"));
}

#[tokio::test]
async fn wrong_codes_here_count_toward_the_lockout() {
    let app = spawn_app().await;
    let s = interrupted(&app).await;
    let client = browser();
    for attempt in 1..=4 {
        let response = app
            .enter_new_slots_code(&client, &s.path(), "AAAA-AAAA-AAAA")
            .await;
        assert_eq!(response.status(), 401, "attempt {attempt}");
        let html = response.text().await.unwrap();
        let error = select_text(&html, "#code-error").unwrap_or_default();
        assert!(error.contains("not the right one"), "{html}");
        assert_eq!(
            select_attr(&html, "#code", "value").as_deref(),
            Some("AAAA-AAAA-AAAA"),
            "what was typed stays"
        );
    }
    let response = app
        .enter_new_slots_code(&client, &s.path(), "AAAA-AAAA-AAAA")
        .await;
    assert_eq!(response.status(), 429, "the fifth wrong code locks");
    assert!(response.text().await.unwrap().contains("locked until"));
    // Locked: even the right code waits.
    let response = app
        .enter_new_slots_code(&browser(), &s.path(), &s.p.code)
        .await;
    assert_eq!(response.status(), 429);
    let lockouts = app
        .outbox()
        .await
        .into_iter()
        .filter(|m| m.kind == "code_lockout" && m.request_id == Some(s.p.request))
        .count();
    assert_eq!(lockouts, 1, "told once");
}
