//! A new upload of the ID asked for in the interview: the email in the applicant's language, the
//! link and the security code (counted with the appointment page's), the booking's quality gate
//! and limits, the interview's version left alone, and links that no longer take images.

use crate::appointment::Proposed;
use crate::helpers::{TestApp, browser, select_attr, select_text, spawn_app};
use futures_util::future::join_all;
use rendezvous::db::appointments;
use rendezvous::db::audit;
use rendezvous::db::entities::request;
use rendezvous::db::id_documents::{self, IdDocument};
use rendezvous::db::interviews;
use rendezvous::domain::interview::{Outcome, RefusalReason};
use rendezvous::use_cases::interview;
use rendezvous::use_cases::interview_outcome::{self, OutcomeSettings};
use rendezvous::use_cases::new_upload::{self, AskError};
use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel, Set};
use uuid::Uuid;

/// A booked appointment (the card already on file) whose interview Anna has opened and started.
struct Started {
    p: Proposed,
    /// The browser that accepted the appointment: it holds the applicant's session.
    applicant: reqwest::Client,
    appointment: Uuid,
    interview: Uuid,
    version: u32,
}

async fn started(app: &TestApp, ui_language: &str) -> Started {
    let (p, applicant) = app.accepted().await;
    let mut row = request::Entity::find_by_id(p.request)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .into_active_model();
    row.ui_language = Set(ui_language.to_owned());
    row.update(&app.db).await.unwrap();
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
    Started {
        p,
        applicant,
        appointment: appointment.id,
        interview: opened.id,
        version,
    }
}

fn photo(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/photos/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

impl TestApp {
    async fn ask_new_upload(&self, s: &Started, version: u32) -> Result<u32, AskError> {
        new_upload::ask(
            &self.db,
            &self.settings.base_url,
            s.interview,
            version,
            s.p.anna.id,
            self.now(),
        )
        .await
    }

    /// The token of the latest new-upload email's link.
    async fn new_upload_token(&self, lang: &str) -> String {
        let mut asked: Vec<_> = self
            .outbox()
            .await
            .into_iter()
            .filter(|m| m.kind == "new_upload_asked")
            .collect();
        asked.sort_by_key(|m| m.created_at);
        let text = &asked.last().expect("a new-upload email").text_body;
        let marker = format!("/{lang}/new-upload/");
        let after = text.split(&marker).nth(1).expect("the link");
        after[..32].to_owned()
    }

    async fn interview_version(&self, id: Uuid) -> u32 {
        interviews::load(&self.db, id)
            .await
            .unwrap()
            .unwrap()
            .version
    }

    async fn documents(&self, request: Uuid, side: &str) -> Vec<IdDocument> {
        id_documents::for_request(&self.db, request)
            .await
            .unwrap()
            .into_iter()
            .filter(|d| d.side == side)
            .collect()
    }

    fn files_on_disk(&self) -> usize {
        std::fs::read_dir(self.upload_dir())
            .map(|dir| dir.count())
            .unwrap_or(0)
    }

    /// Opens the new-upload link in `client` and sends `code`.
    async fn enter_new_upload_code(
        &self,
        client: &reqwest::Client,
        path: &str,
        code: &str,
    ) -> reqwest::Response {
        let html = self.html_of(client, path).await;
        let csrf = select_attr(&html, "input[name=csrf_token]", "value").expect("the code form");
        client
            .post(self.url(path))
            .form(&[("csrf_token", csrf.as_str()), ("code", code)])
            .send()
            .await
            .unwrap()
    }

    /// The upload form's address (its CSRF token included), as the page shows it.
    async fn new_upload_action(&self, client: &reqwest::Client, path: &str) -> String {
        let html = self.html_of(client, path).await;
        select_attr(&html, "form[enctype]", "action").expect("the upload form")
    }

    async fn post_new_upload(
        &self,
        client: &reqwest::Client,
        action: &str,
        front: Option<Vec<u8>>,
    ) -> reqwest::Response {
        let file = |bytes: Vec<u8>, name: &str| {
            reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned())
        };
        let form = reqwest::multipart::Form::new()
            .part(
                "front",
                match front {
                    Some(bytes) => file(bytes, "scan.jpg"),
                    None => file(Vec::new(), ""),
                },
            )
            .part("back", file(Vec::new(), ""));
        client
            .post(self.url(action))
            .multipart(form)
            .send()
            .await
            .unwrap()
    }
}

/// The whole text of a mail, every part decoded.
fn mail_text(part: &mailparse::ParsedMail<'_>) -> String {
    if part.subparts.is_empty() {
        part.get_body().unwrap()
    } else {
        part.subparts.iter().map(mail_text).collect()
    }
}

async fn audit_actions(app: &TestApp, action: &str) -> usize {
    audit::all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == action)
        .count()
}

#[tokio::test]
async fn asking_emails_a_link_that_with_the_code_takes_a_new_scan_and_leaves_the_version() {
    let app = spawn_app().await;
    let s = started(&app, "fr").await;
    let asked = app.ask_new_upload(&s, s.version).await.unwrap();
    assert_eq!(asked, s.version + 1, "asking is a change of the interview");
    assert_eq!(audit_actions(&app, "interview_new_upload_asked").await, 1);
    let stamp = interviews::load(&app.db, s.interview)
        .await
        .unwrap()
        .unwrap()
        .new_upload_requested
        .expect("the request is recorded");
    assert_eq!(stamp.by, s.p.anna.id);

    // The email, received by SMTP, in the applicant's language.
    app.jobs.tick().await.unwrap();
    let mails: Vec<_> = app
        .smtp
        .messages()
        .into_iter()
        .filter(|m| {
            m.subject()
                .starts_with("Une nouvelle image de votre document")
        })
        .collect();
    assert_eq!(mails.len(), 1, "one email, in French");
    let text = mail_text(&mails[0].parsed());
    let token = app.new_upload_token("fr").await;
    assert!(
        text.contains(&format!("http://127.0.0.1/fr/new-upload/{token}")),
        "{text}"
    );
    for expected in ["code de sécurité", "quatre coins", "Tout le reste"] {
        assert!(text.contains(expected), "{expected}: {text}");
    }

    // Another browser needs the code; the page opens on the upload form.
    let path = format!("/fr/new-upload/{token}");
    let client = browser();
    let response = client.get(app.url(&path)).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let html = response.text().await.unwrap();
    assert!(
        select_attr(&html, "input[name=code]", "name").is_some(),
        "{html}"
    );
    assert!(select_attr(&html, "form[enctype]", "action").is_none());
    let response = app.enter_new_upload_code(&client, &path, &s.p.code).await;
    assert_eq!(response.status(), 303);
    let action = app.new_upload_action(&client, &path).await;
    let response = app
        .post_new_upload(&client, &action, Some(photo("card.jpg")))
        .await;
    assert_eq!(response.status(), 200);
    let html = response.text().await.unwrap();
    assert!(
        html.contains("Vos nouvelles images sont arrivées"),
        "{html}"
    );

    let fronts = app.documents(s.p.request, "front").await;
    assert_eq!(fronts.len(), 2, "the booking's image and the new one");
    assert_eq!(fronts[1].appointment_id, Some(s.appointment));
    assert_eq!(app.files_on_disk(), 2, "the new file is kept");
    assert_eq!(audit_actions(&app, "id_reupload").await, 1);
    assert_eq!(
        app.interview_version(s.interview).await,
        asked,
        "the interviewer's open page is not made stale"
    );

    // The code opened the appointment page's session: it opens both pages, either way round.
    let appointment = app
        .html_of(&client, &format!("/fr/appointment/{}", s.p.token))
        .await;
    assert!(
        select_attr(&appointment, "input[name=code]", "name").is_none(),
        "{appointment}"
    );
    assert!(
        app.html_of(&s.applicant, &path)
            .await
            .contains("enctype=\"multipart/form-data\""),
        "the session from the appointment page opens the upload"
    );
}

#[tokio::test]
async fn a_blurred_scan_is_refused_with_the_gates_message_and_nothing_is_kept() {
    let app = spawn_app().await;
    let s = started(&app, "en").await;
    let asked = app.ask_new_upload(&s, s.version).await.unwrap();
    let path = format!("/en/new-upload/{}", app.new_upload_token("en").await);
    let action = app.new_upload_action(&s.applicant, &path).await;

    let cases = [
        (Some(photo("card-blurred.jpg")), "The image is blurred"),
        (None, "Add a photo or scan of the front"),
        (Some(b"not an image".to_vec()), "not a JPEG or PNG"),
    ];
    for (front, expected) in cases {
        let response = app.post_new_upload(&s.applicant, &action, front).await;
        assert_eq!(response.status(), 422, "{expected}");
        let html = response.text().await.unwrap();
        let error = select_text(&html, "#front-error").unwrap_or_default();
        assert!(error.contains(expected), "{expected}: {html}");
        assert!(
            select_attr(&html, "form[enctype]", "action").is_some(),
            "{expected}: the form is shown again"
        );
    }
    assert_eq!(app.documents(s.p.request, "front").await.len(), 1);
    assert_eq!(app.files_on_disk(), 1, "no file of a refused upload stays");
    assert_eq!(audit_actions(&app, "id_reupload").await, 0);
    assert_eq!(app.interview_version(s.interview).await, asked);
}

#[tokio::test]
async fn asking_again_issues_a_new_link_and_the_old_one_stops_working() {
    let app = spawn_app().await;
    let s = started(&app, "en").await;
    let first = app.ask_new_upload(&s, s.version).await.unwrap();
    let old = app.new_upload_token("en").await;
    let old_path = format!("/en/new-upload/{old}");
    let old_action = app.new_upload_action(&s.applicant, &old_path).await;
    app.clock.advance(chrono::Duration::seconds(1));
    app.ask_new_upload(&s, first).await.unwrap();
    let new = app.new_upload_token("en").await;
    assert_ne!(old, new);

    // The old link, even in a browser with the session, leads to the page of unknown links.
    for response in [
        s.applicant.get(app.url(&old_path)).send().await.unwrap(),
        app.post_new_upload(&s.applicant, &old_action, Some(photo("card.jpg")))
            .await,
    ] {
        assert_eq!(response.status(), 404);
        let html = response.text().await.unwrap();
        assert!(html.contains("This link does not work"), "{html}");
    }
    let unknown = browser()
        .get(app.url("/en/new-upload/not-a-token"))
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 404);
    assert_eq!(app.documents(s.p.request, "front").await.len(), 1);

    let new_path = format!("/en/new-upload/{new}");
    let action = app.new_upload_action(&s.applicant, &new_path).await;
    let response = app
        .post_new_upload(&s.applicant, &action, Some(photo("card.jpg")))
        .await;
    assert_eq!(response.status(), 200);
    assert_eq!(app.documents(s.p.request, "front").await.len(), 2);
}

#[tokio::test]
async fn wrong_codes_here_count_with_the_appointment_pages_toward_the_lockout() {
    let app = spawn_app().await;
    let s = started(&app, "en").await;
    app.ask_new_upload(&s, s.version).await.unwrap();
    let path = format!("/en/new-upload/{}", app.new_upload_token("en").await);
    let client = browser();
    for attempt in 1..=2 {
        let response = app.enter_code(&client, &s.p.token, "AAAA-AAAA-AAAA").await;
        assert_eq!(
            response.status(),
            401,
            "appointment page, attempt {attempt}"
        );
    }
    for attempt in 3..=4 {
        let response = app
            .enter_new_upload_code(&client, &path, "AAAA-AAAA-AAAA")
            .await;
        assert_eq!(response.status(), 401, "new-upload page, attempt {attempt}");
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
        .enter_new_upload_code(&client, &path, "AAAA-AAAA-AAAA")
        .await;
    assert_eq!(response.status(), 429, "the fifth wrong code locks");
    assert!(response.text().await.unwrap().contains("locked until"));
    // Locked: even the right code waits, on either page.
    let response = app
        .enter_new_upload_code(&browser(), &path, &s.p.code)
        .await;
    assert_eq!(response.status(), 429);
    let response = app.enter_code(&browser(), &s.p.token, &s.p.code).await;
    assert_eq!(response.status(), 429);
    let lockouts = app
        .outbox()
        .await
        .into_iter()
        .filter(|m| m.kind == "code_lockout" && m.request_id == Some(s.p.request))
        .count();
    assert_eq!(lockouts, 1, "told once");
}

#[tokio::test]
async fn after_the_outcome_the_upload_is_refused_and_nothing_more_is_asked() {
    let app = spawn_app().await;
    let s = started(&app, "en").await;
    let asked = app.ask_new_upload(&s, s.version).await.unwrap();
    let path = format!("/en/new-upload/{}", app.new_upload_token("en").await);
    // The form was open in the applicant's browser when the interviewer ended the interview.
    let action = app.new_upload_action(&s.applicant, &path).await;
    let settings = OutcomeSettings {
        base_url: &app.settings.base_url,
        no_show_grace: app.settings.no_show_grace(),
        activation_days: 14,
    };
    let outcome = Outcome::Refused {
        reason: RefusalReason::DocumentNotGenuine,
        applicant_text: "The document could not be checked.".into(),
        internal_note: String::new(),
    };
    let decided = interview_outcome::record_outcome(
        &app.db,
        &settings,
        s.interview,
        asked,
        outcome,
        s.p.anna.id,
        app.now(),
    )
    .await
    .unwrap()
    .version;

    let response = app
        .post_new_upload(&s.applicant, &action, Some(photo("card.jpg")))
        .await;
    assert_eq!(response.status(), 410);
    let html = response.text().await.unwrap();
    assert!(html.contains("Your interview is over"), "{html}");
    assert!(html.contains("no new image is needed"), "{html}");
    assert_eq!(app.documents(s.p.request, "front").await.len(), 1);
    assert_eq!(app.files_on_disk(), 1);
    // The link says so to anyone, before any code.
    assert_eq!(app.status_of(&browser(), &path).await, 410);
    // And the interviewer cannot ask any more.
    assert!(matches!(
        app.ask_new_upload(&s, decided).await,
        Err(AskError::Closed)
    ));
}

#[tokio::test]
async fn asking_on_a_stale_version_or_before_the_start_is_refused() {
    let app = spawn_app().await;
    let (p, _applicant) = app.accepted().await;
    let appointment = appointments::active_for_request(&app.db, p.request)
        .await
        .unwrap()
        .unwrap();
    let opened = interview::open(&app.db, &appointment, p.anna.id, app.now())
        .await
        .unwrap();
    let base_url = &app.settings.base_url;
    let ask = |id, version| new_upload::ask(&app.db, base_url, id, version, p.anna.id, app.now());
    assert!(matches!(
        ask(opened.id, opened.version).await,
        Err(AskError::NotStarted)
    ));
    let started = interview::start(&app.db, opened.id, opened.version, p.anna.id, app.now())
        .await
        .unwrap();
    assert!(matches!(
        ask(opened.id, opened.version).await,
        Err(AskError::Stale)
    ));
    assert!(matches!(
        ask(Uuid::new_v4(), started).await,
        Err(AskError::NotFound)
    ));
    assert_eq!(app.interview_version(opened.id).await, started);
    let none = app.outbox().await;
    assert!(!none.iter().any(|m| m.kind == "new_upload_asked"));
    assert_eq!(audit_actions(&app, "interview_new_upload_asked").await, 0);
    assert_eq!(ask(opened.id, started).await.unwrap(), started + 1);
}

#[tokio::test]
async fn twenty_uploads_at_once_stay_within_the_limit_per_side() {
    let app = spawn_app().await;
    let s = started(&app, "en").await;
    let asked = app.ask_new_upload(&s, s.version).await.unwrap();
    let path = format!("/en/new-upload/{}", app.new_upload_token("en").await);
    let action = app.new_upload_action(&s.applicant, &path).await;
    let card = photo("card.jpg");

    let responses =
        join_all((0..20).map(|_| app.post_new_upload(&s.applicant, &action, Some(card.clone()))))
            .await;
    let mut taken = 0;
    for response in responses {
        match response.status().as_u16() {
            200 => taken += 1,
            422 => {
                let html = response.text().await.unwrap();
                let error = select_text(&html, "#front-error").unwrap_or_default();
                assert!(error.contains("As many images of this side"), "{html}");
            }
            other => panic!("unexpected status {other}"),
        }
    }
    let limit = app.settings.max_uploads_per_side as usize;
    let fronts = app.documents(s.p.request, "front").await.len();
    assert_eq!(
        fronts, limit,
        "the booking's image and as many new ones as allowed"
    );
    assert_eq!(taken, limit - 1);
    assert_eq!(
        app.files_on_disk(),
        limit,
        "no file of a refused upload stays"
    );
    assert_eq!(audit_actions(&app, "id_reupload").await, limit - 1);
    assert_eq!(app.interview_version(s.interview).await, asked);
}
