//! Staff sign-in: one generic message for every failure, slow-down and lock-out, a new session at
//! every sign-in, idle timeout, sign-out.

use crate::helpers::{TestApp, browser, select_attr, select_text, spawn_app};
use chrono::Duration;
use rendezvous::clock::Clock;
use rendezvous::commands;
use rendezvous::db::audit;
use rendezvous::db::staff::Role;

pub(crate) const PASSWORD: &str = "correct horse battery";

pub(crate) async fn add_interviewer(app: &TestApp, email: &str) {
    commands::add_staff_to(
        &app.db,
        email,
        "Anna Peeters",
        Role::Interviewer,
        "nl,en",
        PASSWORD.into(),
        app.clock.now(),
    )
    .await
    .unwrap();
}

impl TestApp {
    pub async fn sign_in_as(
        &self,
        client: &reqwest::Client,
        email: &str,
        password: &str,
    ) -> reqwest::Response {
        let html = self.html_of(client, "/en/staff/sign-in").await;
        let csrf = select_attr(&html, "input[name=csrf_token]", "value").unwrap();
        client
            .post(self.url("/en/staff/sign-in"))
            .form(&[
                ("email", email),
                ("password", password),
                ("csrf_token", &csrf),
            ])
            .send()
            .await
            .unwrap()
    }
}

impl TestApp {
    /// The status of a sign-in from a fresh browser.
    pub(crate) async fn sign_in_status(&self, email: &str, password: &str) -> u16 {
        self.sign_in_as(&browser(), email, password)
            .await
            .status()
            .as_u16()
    }

    /// Sends the sign-in form in `lang`.
    async fn sign_in_in(&self, lang: &str, email: &str, password: &str) -> reqwest::Response {
        let client = browser();
        let path = format!("/{lang}/staff/sign-in");
        let html = self.html_of(&client, &path).await;
        let csrf = select_attr(&html, "input[name=csrf_token]", "value").unwrap();
        client
            .post(self.url(&path))
            .form(&[
                ("email", email),
                ("password", password),
                ("csrf_token", &csrf),
            ])
            .send()
            .await
            .unwrap()
    }

    /// Ten wrong passwords a minute apart (never too soon): they lock the account.
    pub(crate) async fn ten_wrong_passwords(&self, email: &str) {
        for _ in 0..10 {
            self.clock.advance(Duration::seconds(61));
            self.sign_in_as(&browser(), email, "wrong password").await;
        }
    }
}

fn session_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("rdv_staff="))
}

#[tokio::test]
async fn staff_sign_in_and_out() {
    let app = spawn_app().await;
    add_interviewer(&app, "anna@example.org").await;
    let client = browser();

    // Not signed in: the staff page sends to the sign-in form.
    let response = client.get(app.url("/en/staff/")).send().await.unwrap();
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/en/staff/sign-in");

    let response = app.sign_in_as(&client, "Anna@Example.org", PASSWORD).await;
    assert_eq!(response.status(), 303);
    let cookie = session_cookie(&response).expect("a session cookie");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    let html = app.html_of(&client, "/en/staff/").await;
    assert!(
        select_text(&html, "main p")
            .unwrap()
            .contains("Anna Peeters (interviewer)"),
        "{html}"
    );

    // Signing in again gives a new session id.
    let again = app.sign_in_as(&client, "anna@example.org", PASSWORD).await;
    assert_ne!(
        session_cookie(&again),
        Some(cookie.clone()),
        "the session id is renewed"
    );

    // Sign out ends the session on the server.
    let csrf = select_attr(
        &html,
        "form[action='/en/staff/sign-out'] input[name=csrf_token]",
        "value",
    )
    .unwrap();
    let html = app.html_of(&client, "/en/staff/").await;
    let csrf_now = select_attr(
        &html,
        "form[action='/en/staff/sign-out'] input[name=csrf_token]",
        "value",
    )
    .unwrap();
    assert_ne!(csrf, csrf_now, "the new session has its own CSRF token");
    let response = client
        .post(app.url("/en/staff/sign-out"))
        .form(&[("csrf_token", csrf_now.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    assert_eq!(app.status_of(&client, "/en/staff/").await, 303);
}

#[tokio::test]
async fn every_failure_gets_the_same_message() {
    let app = spawn_app().await;
    add_interviewer(&app, "anna@example.org").await;
    let wrong_password = app
        .sign_in_as(&browser(), "anna@example.org", "not the password")
        .await;
    let unknown_email = app
        .sign_in_as(&browser(), "nobody@example.org", PASSWORD)
        .await;
    assert_eq!(wrong_password.status(), 401);
    assert_eq!(unknown_email.status(), 401);
    let a = select_text(&wrong_password.text().await.unwrap(), ".notice").unwrap();
    let b = select_text(&unknown_email.text().await.unwrap(), ".notice").unwrap();
    assert_eq!(a, b);
    assert!(a.contains("wrong"), "{a}");
}

#[tokio::test]
async fn repeated_failures_slow_down_then_lock_the_account() {
    let app = spawn_app().await;
    add_interviewer(&app, "anna@example.org").await;
    let client = browser();
    for _ in 0..3 {
        assert_eq!(
            app.sign_in_as(&client, "anna@example.org", "wrong password")
                .await
                .status(),
            401
        );
    }
    // Slowed down: even the right password is refused until the delay has passed.
    assert_eq!(
        app.sign_in_as(&client, "anna@example.org", PASSWORD)
            .await
            .status(),
        401
    );
    app.clock.advance(Duration::seconds(2));
    assert_eq!(
        app.sign_in_as(&client, "anna@example.org", PASSWORD)
            .await
            .status(),
        303
    );

    // Ten wrong passwords in a row lock the account for a while, and the lock is audited.
    app.ten_wrong_passwords("anna@example.org").await;
    assert_eq!(app.sign_in_status("anna@example.org", PASSWORD).await, 401);
    let entries = audit::all(&app.db).await.unwrap();
    assert!(
        entries.iter().any(|e| e.action == "staff_locked"),
        "{entries:?}"
    );
    app.clock.advance(Duration::minutes(16));
    assert_eq!(app.sign_in_status("anna@example.org", PASSWORD).await, 303);
}

/// The message of a refused sign-in.
async fn refusal(app: &TestApp, email: &str, password: &str) -> String {
    let response = app.sign_in_as(&browser(), email, password).await;
    assert_eq!(response.status(), 401, "{email} is refused");
    select_text(&response.text().await.unwrap(), ".notice").expect("a message")
}

#[tokio::test]
async fn the_slow_down_says_how_long_to_wait_alike_for_every_address() {
    let app = spawn_app().await;
    add_interviewer(&app, "anna@example.org").await;
    // The same attempts at the same instants on an account and on an address nobody has: the
    // same answers, so that nothing tells which exists.
    for email in ["anna@example.org", "nobody@example.org"] {
        let mut answers = Vec::new();
        for _ in 0..3 {
            answers.push(refusal(&app, email, "wrong password").await);
        }
        // The right password, sent at once: not checked, and the person is told to wait.
        answers.push(refusal(&app, email, PASSWORD).await);
        assert!(
            answers[0].contains("is wrong") && !answers[0].contains("Wait"),
            "{answers:?}"
        );
        assert!(answers[2].contains("wait 1 second before"), "{answers:?}");
        assert!(
            answers[3].contains("your password was not checked. Wait 2 seconds"),
            "{email}: {answers:?}"
        );
        // The same in French.
        let response = app.sign_in_in("fr", email, PASSWORD).await;
        let french = select_text(&response.text().await.unwrap(), ".notice").unwrap();
        assert!(french.contains("Attendez 4 secondes"), "{french}");
        app.clock.advance(Duration::seconds(4));
    }
    assert_eq!(app.sign_in_status("anna@example.org", PASSWORD).await, 303);

    // Twenty wrong passwords at once on an address nobody has count one each, as an account's
    // would: it is paused, with the same words as a locked account.
    let many = futures_util::future::join_all(
        (0..20).map(|_| app.sign_in_status("ghost@example.org", "wrong password")),
    )
    .await;
    assert!(many.iter().all(|s| *s == 401), "{many:?}");
    app.ten_wrong_passwords("anna@example.org").await;
    let locked = refusal(&app, "anna@example.org", PASSWORD).await;
    let ghost = refusal(&app, "ghost@example.org", PASSWORD).await;
    assert!(locked.contains("is paused until"), "{locked}");
    assert!(ghost.contains("is paused until"), "{ghost}");
    // Counters of addresses that nobody has are forgotten a day after their last failure.
    app.clock.advance(Duration::days(2));
    app.jobs.tick().await.unwrap();
    use sea_orm::EntityTrait;
    let left = rendezvous::db::entities::sign_in_throttle::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    assert!(left.is_empty(), "{left:?}");

    // Failures a day old are forgotten alike, whether their counters were swept or not.
    for email in ["anna@example.org", "nobody@example.org"] {
        for _ in 0..3 {
            refusal(&app, email, "wrong password").await;
        }
    }
    app.clock.advance(Duration::days(2));
    app.jobs.tick().await.unwrap();
    let answers = [
        refusal(&app, "anna@example.org", "wrong password").await,
        refusal(&app, "nobody@example.org", "wrong password").await,
    ];
    assert_eq!(answers[0], answers[1]);
    assert!(!answers[0].contains("wait"), "{answers:?}");
}

#[tokio::test]
async fn an_idle_session_ends() {
    let app = spawn_app().await;
    add_interviewer(&app, "anna@example.org").await;
    let client = browser();
    assert_eq!(
        app.sign_in_as(&client, "anna@example.org", PASSWORD)
            .await
            .status(),
        303
    );
    app.clock.advance(Duration::minutes(29));
    assert_eq!(app.status_of(&client, "/en/staff/").await, 200);
    app.clock.advance(Duration::minutes(29));
    assert_eq!(
        app.status_of(&client, "/en/staff/").await,
        200,
        "activity keeps it alive"
    );
    app.clock.advance(Duration::minutes(31));
    assert_eq!(app.status_of(&client, "/en/staff/").await, 303);
}

#[tokio::test]
async fn sign_in_needs_the_csrf_token() {
    let app = spawn_app().await;
    add_interviewer(&app, "anna@example.org").await;
    let response = browser()
        .post(app.url("/en/staff/sign-in"))
        .form(&[
            ("email", "anna@example.org"),
            ("password", PASSWORD),
            ("csrf_token", "x"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
    assert!(session_cookie(&response).is_none());
}
