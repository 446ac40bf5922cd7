//! Protections tried as an attacker would: parallel guesses, timing, floods from one address,
//! uploads before authorisation, replayed form tokens, access after reassignment, text planted
//! in links, secrets in `--help`, and the lifetime of staff sessions.

use crate::appointment::accept_action;
use crate::helpers::{TestApp, browser, select_attr, select_text, spawn_app, spawn_app_with};
use chrono::Duration;
use rendezvous::commands;
use rendezvous::db::audit;
use rendezvous::db::staff::Role;
use std::sync::atomic::Ordering;

use crate::staff_sign_in::{PASSWORD, add_interviewer};

fn locks_in(entries: &[rendezvous::db::audit::AuditEntry]) -> Vec<String> {
    entries
        .iter()
        .filter(|e| e.action == "staff_locked")
        .map(|e| e.detail.clone())
        .collect()
}

#[tokio::test]
async fn thirty_parallel_wrong_passwords_lock_the_account() {
    let app = spawn_app().await;
    add_interviewer(&app, "anna@example.org").await;
    let guesses = (0..30).map(|i| {
        let app = &app;
        async move {
            app.sign_in_as(&browser(), "anna@example.org", &format!("wrong guess {i}"))
                .await
                .status()
        }
    });
    let statuses = futures_util::future::join_all(guesses).await;
    assert!(statuses.iter().all(|s| *s == 401), "{statuses:?}");
    let locks = locks_in(&audit::all(&app.db).await.unwrap());
    assert_eq!(
        locks,
        ["failures=10 sessions_ended=0"],
        "locked once, after ten counted failures"
    );
    // The right password is refused until the lock ends.
    app.clock.advance(Duration::minutes(14));
    assert_eq!(app.sign_in_status("anna@example.org", PASSWORD).await, 401);
    app.clock.advance(Duration::minutes(2));
    assert_eq!(app.sign_in_status("anna@example.org", PASSWORD).await, 303);
}

#[tokio::test]
async fn every_refusal_costs_one_password_check() {
    let app = spawn_app().await;
    add_interviewer(&app, "anna@example.org").await;
    let checks = || app.state.sign_in_verifications.load(Ordering::SeqCst);
    let attempt = |email: &'static str, password: &'static str| {
        let app = &app;
        async move {
            let before = checks();
            let response = app.sign_in_as(&browser(), email, password).await;
            let status = response.status();
            let notice = select_text(&response.text().await.unwrap(), ".notice");
            (status, notice, checks() - before)
        }
    };
    // The same attempts on the account and on an address that nobody has, at the same
    // instants: each costs one argon2 check, and each answer is the same for both, so that
    // neither the time nor the words tell which exists.
    let mut answers = Vec::new();
    for email in ["anna@example.org", "nobody@example.org"] {
        let wrong = attempt(email, "wrong password").await;
        attempt(email, "wrong password").await;
        attempt(email, "wrong password").await;
        // The fourth comes too soon after the third failure: refused without looking.
        let too_soon = attempt(email, PASSWORD).await;
        for _ in 0..6 {
            attempt(email, "wrong password").await;
        }
        let locked = attempt(email, PASSWORD).await;
        answers.push([
            ("wrong password", wrong),
            ("too soon", too_soon),
            ("locked", locked),
        ]);
    }
    assert_eq!(locks_in(&audit::all(&app.db).await.unwrap()).len(), 1);
    for (account, nobody) in answers[0].iter().zip(&answers[1]) {
        let case = account.0;
        for (status, _, cost) in [&account.1, &nobody.1] {
            assert_eq!(*status, 401, "{case}");
            assert_eq!(*cost, 1, "{case}: one argon2 verification");
        }
        assert_eq!(account.1.1, nobody.1.1, "{case}: the same message");
    }
    let notices: Vec<_> = answers[0]
        .iter()
        .map(|(_, a)| a.1.clone().unwrap())
        .collect();
    assert!(notices[1].contains("Wait 2 seconds"), "{notices:?}");
    assert!(notices[2].contains("paused until"), "{notices:?}");
}

#[tokio::test]
async fn sign_ins_and_security_codes_are_limited_per_address() {
    let app = spawn_app_with(|s| s.sign_in_attempts_per_minute = 3).await;
    // The proposal's interviewer signs in once: two attempts left for this address.
    let p = app.proposed().await;
    for _ in 0..2 {
        let status = app
            .sign_in_as(&browser(), "nobody@example.org", PASSWORD)
            .await
            .status();
        assert_eq!(status, 401);
    }
    let before = app.state.sign_in_verifications.load(Ordering::SeqCst);
    let response = app
        .sign_in_as(&browser(), "anna@example.org", "correct horse battery")
        .await;
    assert_eq!(response.status(), 429);
    let html = response.text().await.unwrap();
    assert!(html.contains("Too many sign-in attempts"), "{html}");
    assert_eq!(
        app.state.sign_in_verifications.load(Ordering::SeqCst),
        before,
        "refused before any hashing"
    );

    let client = browser();
    for _ in 0..3 {
        let status = app.enter_code(&client, &p.token, "WRONG").await.status();
        assert_eq!(status, 401);
    }
    let response = app.enter_code(&client, &p.token, &p.code).await;
    assert_eq!(response.status(), 429, "even the right code waits");
    let html = response.text().await.unwrap();
    assert!(html.contains("Too many codes"), "{html}");
}

/// Sends the head of a 10 MB multipart upload and the first megabyte, then waits for an answer
/// without sending the rest: a server that reads the body before checking never answers.
async fn answer_to_a_partial_upload(app: &TestApp, path: &str, cookie: &str) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let address = app.address.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
    let boundary = "XboundaryX";
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {address}\r\nCookie: {cookie}\r\nContent-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: {}\r\n\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"front\"; filename=\"card.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n",
        10 * 1024 * 1024
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(&vec![0xFF; 1024 * 1024]).await.unwrap();
    let mut answer = vec![0; 4096];
    let read = tokio::time::timeout(std::time::Duration::from_secs(20), stream.read(&mut answer))
        .await
        .expect("the server answers before the body is complete")
        .unwrap();
    String::from_utf8_lossy(&answer[..read]).into_owned()
}

#[tokio::test]
async fn an_unauthorised_upload_is_refused_before_its_body_is_read() {
    let app = spawn_app().await;
    let p = app.proposed().await;
    let accept = format!("/en/appointment/{}/accept", p.token);
    // No session at all.
    let answer = answer_to_a_partial_upload(&app, &accept, "").await;
    assert!(answer.starts_with("HTTP/1.1 303"), "{answer}");
    // A session, but without the form's CSRF token in the address.
    let response = app.enter_code(&browser(), &p.token, &p.code).await;
    assert_eq!(response.status(), 303);
    let session = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().split(';').next().unwrap().to_owned())
        .find(|c| c.starts_with("rdv_applicant="))
        .unwrap();
    let answer = answer_to_a_partial_upload(&app, &accept, &session).await;
    assert!(answer.starts_with("HTTP/1.1 303"), "{answer}");
    let answer =
        answer_to_a_partial_upload(&app, &format!("{accept}?csrf_token=guess"), &session).await;
    assert!(answer.starts_with("HTTP/1.1 303"), "{answer}");
    let stored = std::fs::read_dir(app.upload_dir()).unwrap().count();
    assert_eq!(stored, 0, "nothing was written");
    assert_eq!(app.request_state(p.request).await, "proposed");
    // The form's own address carries the token.
    let client = browser();
    assert_eq!(
        app.enter_code(&client, &p.token, &p.code).await.status(),
        303
    );
    let html = app
        .html_of(&client, &format!("/en/appointment/{}", p.token))
        .await;
    let action = accept_action(&html);
    assert!(action.contains("?csrf_token="), "{html}");
    let cookie_token = select_attr(&html, "input[name=csrf_token]", "value").unwrap();
    assert!(
        !action.contains(&cookie_token),
        "the address holds a token derived from the cookie's, not the cookie's own"
    );
}

#[tokio::test]
async fn a_replayed_submission_token_does_not_reset_someone_elses_code() {
    let app = spawn_app().await;
    let tokens = app.open_form("en").await;
    let fields = app.valid_fields(&tokens);
    assert_eq!(app.post_form("en", &fields).await.status(), 200);
    let before = app.requests().await[0].security_code_hash.clone();

    // Someone else, in another browser, sends the victim's submission token with their data.
    let attacker = browser();
    let html = app.html_of(&attacker, "/en/request").await;
    let csrf = select_attr(&html, "input[name=csrf_token]", "value").unwrap();
    let mut forged = fields.clone();
    for (name, value) in forged.iter_mut() {
        match name.as_str() {
            "csrf_token" => *value = csrf.clone(),
            "email" => *value = "attacker@example.org".into(),
            _ => {}
        }
    }
    let response = attacker
        .post(app.url("/en/request"))
        .form(&forged)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 409);
    let html = response.text().await.unwrap();
    assert!(select_text(&html, "#security-code").is_none(), "{html}");
    // Even with the victim's exact data, another browser gets no code.
    let mut same_data = fields.clone();
    same_data[0].1 = csrf.clone();
    let response = attacker
        .post(app.url("/en/request"))
        .form(&same_data)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 409);
    // The same browser changing its data gets no new code either.
    let mut changed = fields.clone();
    for (name, value) in changed.iter_mut() {
        if name == "birth_place" {
            *value = "Brugge".into();
        }
    }
    assert_eq!(app.post_form("en", &changed).await.status(), 409);
    let requests = app.requests().await;
    assert_eq!(requests.len(), 1);
    assert_eq!(
        requests[0].security_code_hash, before,
        "the code still works"
    );
    assert_eq!(requests[0].email, "marie.janssens@example.org");

    // The same browser sending the same form again (a double click) gets a fresh code.
    let again = app.post_form("en", &fields).await;
    assert_eq!(again.status(), 200);
    assert!(select_text(&again.text().await.unwrap(), "#security-code").is_some());
}

#[tokio::test]
async fn an_interviewer_loses_access_once_the_request_is_reassigned() {
    let app = spawn_app().await;
    let p = app.proposed().await;
    let bert = app
        .staff("bert@example.org", "Bert Claes", Role::Interviewer, "nl")
        .await;
    let sam = app
        .staff("sam@example.org", "Sam Supervisor", Role::Supervisor, "nl")
        .await;
    let first = app.appointments().await[0].id;
    let page = format!("/en/staff/appointments/{first}");
    assert_eq!(app.status_of(&p.anna.client, &page).await, 200);
    let response = sam
        .client
        .post(app.url(&format!("{page}/reassign")))
        .form(&[
            ("csrf_token", sam.csrf.as_str()),
            ("mode", "interviewer"),
            ("interviewer", &bert.id.to_string()),
            ("reason", "workload"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    assert_eq!(
        app.status_of(&p.anna.client, &page).await,
        404,
        "the old appointment's page no longer shows the applicant"
    );
    let new_page = response.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(app.status_of(&p.anna.client, &new_page).await, 404);
    assert_eq!(app.status_of(&bert.client, &new_page).await, 200);
    assert_eq!(app.status_of(&bert.client, &page).await, 200, "history");
}

#[tokio::test]
async fn notices_come_from_the_server_never_from_the_address() {
    let app = spawn_app().await;
    let anna = app
        .staff("anna@example.org", "Anna Peeters", Role::Interviewer, "nl")
        .await;
    let sam = app
        .staff("sam@example.org", "Sam Supervisor", Role::Supervisor, "nl")
        .await;
    let planted = "/en/staff/queue?proposed=CALL%20%2B32%20000%20AT%20ONCE&changed=1&saved=1";
    let html = app.html_of(&sam.client, planted).await;
    assert!(!html.contains("CALL +32"), "{html}");
    assert!(select_text(&html, ".notice").is_none(), "{html}");

    // A real proposal leaves its notice for the next page, once.
    let request = app.open_requests(1).await[0];
    let monday_nine =
        chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2026, 11, 30, 8, 0, 0).unwrap();
    let response = sam
        .client
        .post(app.url(&format!("/en/staff/requests/{request}/propose")))
        .form(&[
            ("csrf_token", sam.csrf.as_str()),
            ("interviewer", &anna.id.to_string()),
            ("starts_at", &monday_nine.to_rfc3339()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    assert!(!location.contains('?'), "{location}");
    let html = app.html_of(&sam.client, &location).await;
    let reference = rendezvous::db::requests::RequestId(request).reference();
    let notice = select_text(&html, ".notice").expect("the notice");
    assert!(notice.contains(&reference), "{notice}");
    let html = app.html_of(&sam.client, &location).await;
    assert!(select_text(&html, ".notice").is_none(), "shown once");
}

#[test]
fn help_does_not_print_secret_values() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_rendezvous"))
        .arg("--help")
        .env(
            "DATABASE_URL",
            "postgres://app:db-secret-pw@db.internal/rdv",
        )
        .env("SMTP_URL", "smtps://mailer:smtp-secret-pw@smtp.example.be")
        .env("AUDIT_KEY", "audit-secret-audit-secret-audit-secret")
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&output.stdout);
    assert!(help.contains("DATABASE_URL"), "{help}");
    for secret in ["db-secret-pw", "smtp-secret-pw", "audit-secret"] {
        assert!(!help.contains(secret), "{secret} in: {help}");
    }
}

#[tokio::test]
async fn a_staff_session_ends_after_twelve_hours_however_active() {
    let app = spawn_app().await;
    add_interviewer(&app, "anna@example.org").await;
    let client = browser();
    assert_eq!(
        app.sign_in_as(&client, "anna@example.org", PASSWORD)
            .await
            .status(),
        303
    );
    // Active every 20 minutes, so never idle: alive for twelve hours, not a minute more.
    for _ in 0..(12 * 3) {
        app.clock.advance(Duration::minutes(20));
        assert_eq!(app.status_of(&client, "/en/staff/").await, 200);
    }
    app.clock.advance(Duration::minutes(20));
    assert_eq!(app.status_of(&client, "/en/staff/").await, 303);
}

#[tokio::test]
async fn a_lock_or_a_new_password_ends_the_accounts_sessions() {
    let app = spawn_app().await;
    add_interviewer(&app, "anna@example.org").await;
    let anna = browser();
    assert_eq!(
        app.sign_in_as(&anna, "anna@example.org", PASSWORD)
            .await
            .status(),
        303
    );
    app.ten_wrong_passwords("anna@example.org").await;
    assert_eq!(app.status_of(&anna, "/en/staff/").await, 303, "signed out");
    assert_eq!(
        locks_in(&audit::all(&app.db).await.unwrap()),
        ["failures=10 sessions_ended=1"]
    );

    app.clock.advance(Duration::minutes(16));
    assert_eq!(
        app.sign_in_as(&anna, "anna@example.org", PASSWORD)
            .await
            .status(),
        303
    );
    let ended = commands::set_staff_password_in(
        &app.db,
        "anna@example.org",
        "a brand new passphrase".into(),
        app.now(),
    )
    .await
    .unwrap();
    assert_eq!(ended, 1);
    assert_eq!(app.status_of(&anna, "/en/staff/").await, 303);
    assert_eq!(
        app.sign_in_as(&anna, "anna@example.org", PASSWORD)
            .await
            .status(),
        401,
        "the old password no longer works"
    );
    app.clock.advance(Duration::seconds(2));
    assert_eq!(
        app.sign_in_as(&anna, "anna@example.org", "a brand new passphrase")
            .await
            .status(),
        303
    );
}

#[tokio::test]
async fn sign_ins_racing_a_new_password_leave_no_session_behind() {
    use rendezvous::db::entities::staff_session;
    use sea_orm::{EntityTrait, PaginatorTrait};
    let app = spawn_app().await;
    add_interviewer(&app, "anna@example.org").await;
    let sign_ins = (0..12).map(|_| {
        let app = &app;
        async move { app.sign_in_status("anna@example.org", PASSWORD).await }
    });
    let change = async {
        tokio::time::sleep(std::time::Duration::from_millis(30)).await;
        commands::set_staff_password_in(
            &app.db,
            "anna@example.org",
            "a brand new passphrase".into(),
            app.now(),
        )
        .await
        .unwrap()
    };
    let (statuses, _) = tokio::join!(futures_util::future::join_all(sign_ins), change);
    assert!(
        statuses.iter().all(|s| *s == 303 || *s == 401),
        "{statuses:?}"
    );
    let left = staff_session::Entity::find().count(&app.db).await.unwrap();
    assert_eq!(
        left, 0,
        "a session opened before the change was ended by it, none was opened after"
    );
}

#[tokio::test]
async fn a_correct_password_checked_before_a_change_or_a_lock_opens_nothing() {
    use rendezvous::db::staff;
    use rendezvous::domain::sign_in::Attempts;
    let app = spawn_app().await;
    add_interviewer(&app, "anna@example.org").await;
    let before = staff::find_by_email(&app.db, "anna@example.org")
        .await
        .unwrap()
        .unwrap();
    commands::set_staff_password_in(
        &app.db,
        "anna@example.org",
        "a brand new passphrase".into(),
        app.now(),
    )
    .await
    .unwrap();
    assert!(
        !staff::sign_in_succeeded(&app.db, before.id, &before.password_hash, app.now())
            .await
            .unwrap(),
        "checked against the old password"
    );
    let after = staff::find(&app.db, before.id).await.unwrap().unwrap();
    let locked = Attempts {
        failures: 10,
        last_failure: Some(app.now()),
        locked_until: Some(app.now() + Duration::minutes(15)),
    };
    staff::save_attempts(&app.db, before.id, locked)
        .await
        .unwrap();
    assert!(
        !staff::sign_in_succeeded(&app.db, before.id, &after.password_hash, app.now())
            .await
            .unwrap(),
        "locked meanwhile"
    );
    let later = app.now() + Duration::minutes(16);
    assert!(
        staff::sign_in_succeeded(&app.db, before.id, &after.password_hash, later)
            .await
            .unwrap()
    );
}
