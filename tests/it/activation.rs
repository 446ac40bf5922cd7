//! The activation after an approved interview: the code shown once, only its hash stored, the
//! link emailed; the link's page with its lock-out and its pages for bad links; each type of
//! digital key, its codes and its sign-in; and the supervisors' revoke and reissue.

use crate::helpers::{TestApp, browser, select_attr, select_text, spawn_app};
use crate::interview_outcome::{audit_details, mail_text, opened, walked};
use chrono::Duration;
use rendezvous::db::entities::{activation, digital_key};
use rendezvous::db::staff::Role;
use rendezvous::domain::activation::totp_secret_bytes;
use rendezvous::domain::language::Language;
use rendezvous::i18n::Tr;
use rendezvous::use_cases::activation::{self as use_case, IssueSettings, KeyHolder};
use reqwest::StatusCode;
use sea_orm::{EntityTrait, TransactionTrait};

/// A link and its code, as the applicant gets them.
struct Link {
    token: String,
    code: String,
}

/// Issues an activation for a person without a request (as the use case does on approval).
async fn issue(app: &TestApp, lang: Language, email: &str) -> Link {
    let prepared = use_case::prepare().await.unwrap();
    let tx = app.db.begin().await.unwrap();
    use_case::issue_in(
        &tx,
        &prepared,
        &KeyHolder {
            request_id: None,
            person_id: None,
            email,
            language: lang,
            first_names: "Marie Louise",
            last_name: "Janssens",
        },
        &IssueSettings {
            base_url: &app.settings.base_url,
            days: app.settings.activation_days,
            imported: false,
        },
        None,
        app.now(),
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let text = app
        .outbox()
        .await
        .into_iter()
        .rev()
        .find(|m| m.kind == "activation_link" && m.recipient == email)
        .expect("the activation email is queued")
        .text_body;
    Link {
        token: token_in(&text),
        code: prepared.code.grouped(),
    }
}

fn token_in(text: &str) -> String {
    let start = text.find("/activate/").expect("an activation link") + "/activate/".len();
    text[start..start + 32].to_owned()
}

fn csrf_of(html: &str) -> String {
    select_attr(html, "input[name=csrf_token]", "value").expect("a form with its CSRF token")
}

async fn post(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    client
        .post(app.url(path))
        .form(fields)
        .send()
        .await
        .unwrap()
}

/// Opens the link in a new browser and types `code`.
async fn type_code(
    app: &TestApp,
    client: &reqwest::Client,
    link: &Link,
    code: &str,
) -> reqwest::Response {
    let path = format!("/en/activate/{}", link.token);
    let html = app.html_of(client, &path).await;
    let csrf = csrf_of(&html);
    post(app, client, &path, &[("csrf_token", &csrf), ("code", code)]).await
}

/// The mails delivered to `to` so far, as (subject, text).
async fn mails_to(app: &TestApp, to: &str) -> Vec<(String, String)> {
    app.jobs.tick().await.unwrap();
    app.smtp
        .messages()
        .iter()
        .filter(|m| m.rcpt_to.iter().any(|r| r.contains(to)))
        .map(|m| (m.subject(), mail_text(&m.parsed())))
        .collect()
}

/// The 6-digit code of the newest code email to `to`.
async fn newest_code(app: &TestApp, to: &str) -> String {
    let subject = Tr(Language::En).t("email-key-code-subject");
    let mails = mails_to(app, to).await;
    let (_, text) = mails
        .iter()
        .rev()
        .find(|(s, _)| *s == subject)
        .expect("a code email");
    text.lines()
        .map(str::trim)
        .find(|l| l.len() == 6 && l.chars().all(|c| c.is_ascii_digit()))
        .expect("six digits in the email")
        .to_owned()
}

/// Chooses a key on the link's page (the code already typed in this browser).
async fn choose(
    app: &TestApp,
    client: &reqwest::Client,
    link: &Link,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let path = format!("/en/activate/{}", link.token);
    let html = app.html_of(client, &path).await;
    let csrf = csrf_of(&html);
    let mut form = vec![("csrf_token", csrf.as_str())];
    form.extend_from_slice(fields);
    post(app, client, &format!("{path}/key"), &form).await
}

const PASSWORD: &str = "correct horse battery staple";

/// The app code for a secret shown as text, at the app's clock.
fn app_code(secret_text: &str, at: chrono::DateTime<chrono::Utc>) -> String {
    let secret = totp_secret_bytes(&secret_text.replace(' ', "")).expect("a base32 secret");
    totp_rs::TOTP::new_unchecked(totp_rs::Algorithm::SHA1, 6, 0, 30, secret)
        .generate(u64::try_from(at.timestamp()).unwrap())
}

#[tokio::test]
async fn an_approval_shows_the_code_once_stores_its_hash_and_emails_the_link_in_the_applicants_language()
 {
    let app = spawn_app().await;
    let o = opened(&app, "fr").await;
    let v = walked(&app, &o, "2031-05-04", &[]).await;
    let path = format!("/en/staff/interviews/{}/outcome", o.appointment.id);
    let form = [
        ("csrf_token", o.anna.csrf.as_str()),
        ("version", &v.to_string()),
        ("outcome", "approved"),
    ];
    let response = post(&app, &o.anna.client, &path, &form).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["cache-control"], "no-store");
    let html = response.text().await.unwrap();
    let code = select_text(&html, "#activation-code").expect("the code in large type");
    assert_eq!(code.len(), 14, "{code}: grouped as ABCD-EFGH-JKMN");

    // Sent again (a reload of the answer): refused as stale, and no code.
    let again = post(&app, &o.anna.client, &path, &form).await;
    assert_eq!(again.status(), StatusCode::CONFLICT);
    assert!(!again.text().await.unwrap().contains("activation-code"));
    let page = app
        .html_of(
            &o.anna.client,
            &format!("/en/staff/interviews/{}", o.appointment.id),
        )
        .await;
    assert!(!page.contains(&code) && !page.contains("activation-code"));

    // Only the hash is stored; the link's token only as its digest.
    let stored = activation::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(stored.len(), 1);
    let bare = code.replace('-', "");
    assert!(stored[0].code_hash.starts_with("$argon2id$"));
    assert!(!stored[0].code_hash.contains(&bare));
    assert_eq!(stored[0].request_id, Some(o.appointment.request_id));
    assert_eq!(stored[0].language, "fr");

    // The email in French, with one button, the deadline, and never the code.
    let fr = Tr(Language::Fr);
    let mails = mails_to(&app, &stored[0].email).await;
    let (_, text) = mails
        .iter()
        .find(|(s, _)| *s == fr.t("email-activation-subject"))
        .expect("the activation email, in French");
    let token = token_in(text);
    assert!(text.contains(&format!("/fr/activate/{token}")));
    assert_ne!(stored[0].token_hash, token);
    assert!(!text.contains(&bare) && !text.contains(&code));
    assert!(text.contains(&fr.t("email-activation-not-you")));
    // One button in the HTML part (the text part gives the label and the link).
    let button = format!(">{}</a>", fr.t("email-activation-button"));
    assert_eq!(text.matches(&button).count(), 1, "{text}");

    // The code read out in the call and the link activate the key; the request is activated.
    let link = Link { token, code };
    let client = browser();
    assert_eq!(
        type_code(&app, &client, &link, &link.code.to_lowercase())
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    let chosen = choose(
        &app,
        &client,
        &link,
        &[
            ("factor", "password"),
            ("username", "marie.j"),
            ("password", PASSWORD),
            ("password_again", PASSWORD),
            ("understood", "yes"),
        ],
    )
    .await;
    assert_eq!(chosen.status(), StatusCode::OK);
    assert_eq!(
        app.request_state(o.appointment.request_id).await,
        "activated"
    );
    assert_eq!(audit_details(&app, "activation_issued").await.len(), 1);
    let activated = audit_details(&app, "key_activated").await;
    assert!(activated[0].ends_with("factor=password"), "{activated:?}");
}

#[tokio::test]
async fn the_link_asks_for_its_code_and_every_unusable_link_has_its_own_page() {
    let app = spawn_app().await;
    let link = issue(&app, Language::En, "marie@example.org").await;
    let client = browser();
    let unknown = app.get(&format!("/en/activate/{}", "a".repeat(32))).await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    assert!(
        unknown
            .text()
            .await
            .unwrap()
            .contains("This activation link does not work")
    );
    assert_eq!(
        app.get("/en/activate/not-a-token").await.status(),
        StatusCode::NOT_FOUND
    );

    let wrong = type_code(&app, &client, &link, "ABCD-EFGH-JKMN").await;
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    let html = wrong.text().await.unwrap();
    assert!(html.contains("This activation code is not right"));
    assert!(
        html.contains("value=\"ABCD-EFGH-JKMN\""),
        "what was typed is kept"
    );

    // Expired: two weeks later.
    app.clock.advance(Duration::days(14));
    let expired = app.get(&format!("/en/activate/{}", link.token)).await;
    assert_eq!(expired.status(), StatusCode::GONE);
    assert!(
        expired
            .text()
            .await
            .unwrap()
            .contains("This activation link has expired")
    );
    assert_eq!(type_code_status(&app, &link).await, StatusCode::GONE);
    app.clock.advance(Duration::days(-14));

    // Revoked by a supervisor, with a reason.
    let sara = app
        .staff("sara@example.org", "Sara Janssens", Role::Supervisor, "nl")
        .await;
    let stored = activation::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let revoke = format!("/en/staff/activations/{}/revoke", stored.id);
    let no_reason = post(
        &app,
        &sara.client,
        &revoke,
        &[("csrf_token", &sara.csrf), ("reason", " ")],
    )
    .await;
    assert_eq!(
        no_reason.status(),
        StatusCode::NOT_FOUND,
        "only for a request's activation"
    );
    use_case::revoke(&app.db, &stored, "", sara.id, app.now())
        .await
        .expect_err("a reason is required");
    use_case::revoke(
        &app.db,
        &stored,
        "called: did not take part",
        sara.id,
        app.now(),
    )
    .await
    .unwrap();
    let revoked = app.get(&format!("/en/activate/{}", link.token)).await;
    assert_eq!(revoked.status(), StatusCode::GONE);
    assert!(
        revoked
            .text()
            .await
            .unwrap()
            .contains("This activation link no longer works")
    );
    assert_eq!(
        audit_details(&app, "activation_revoked").await,
        vec![format!(
            "activation={} reason=called: did not take part",
            stored.id
        )]
    );

    // Used: a second activation, made into a key, then opened again.
    let link = issue(&app, Language::En, "jan@example.org").await;
    let client = browser();
    type_code(&app, &client, &link, &link.code).await;
    let made = choose(
        &app,
        &client,
        &link,
        &[
            ("factor", "password"),
            ("username", "jan.peeters"),
            ("password", PASSWORD),
            ("password_again", PASSWORD),
            ("understood", "yes"),
        ],
    )
    .await;
    assert_eq!(made.status(), StatusCode::OK);
    let used = browser()
        .get(app.url(&format!("/en/activate/{}", link.token)))
        .send()
        .await
        .unwrap();
    assert_eq!(used.status(), StatusCode::GONE);
    assert!(
        used.text()
            .await
            .unwrap()
            .contains("Your digital key is already active")
    );
}

async fn type_code_status(app: &TestApp, link: &Link) -> StatusCode {
    let client = browser();
    // The page itself refuses: a form from before, sent now.
    let html = app.html_of(&client, "/en/key/sign-in").await;
    let csrf = csrf_of(&html);
    post(
        app,
        &client,
        &format!("/en/activate/{}", link.token),
        &[("csrf_token", &csrf), ("code", &link.code)],
    )
    .await
    .status()
}

#[tokio::test]
async fn twenty_wrong_codes_at_once_are_checked_at_most_five_times_and_lock_the_link_with_one_email()
 {
    let app = spawn_app().await;
    let link = issue(&app, Language::Nl, "piet@example.org").await;
    let mut tries = Vec::new();
    for _ in 0..20 {
        let client = browser();
        let path = format!("/en/activate/{}", link.token);
        let csrf = csrf_of(&app.html_of(&client, &path).await);
        tries.push((client, path, csrf));
    }
    let app_ref = &app;
    let answers =
        futures_util::future::join_all(tries.iter().map(|(client, path, csrf)| async move {
            post(
                app_ref,
                client,
                path,
                &[("csrf_token", csrf.as_str()), ("code", "ABCD-EFGH-JKMN")],
            )
            .await
        }))
        .await;
    let statuses: Vec<StatusCode> = answers.iter().map(|r| r.status()).collect();
    let checked = statuses
        .iter()
        .filter(|s| **s == StatusCode::UNAUTHORIZED)
        .count();
    let locked = statuses
        .iter()
        .filter(|s| **s == StatusCode::TOO_MANY_REQUESTS)
        .count();
    assert!(checked <= 5, "{checked} wrong codes checked: {statuses:?}");
    assert_eq!(checked + locked, 20, "{statuses:?}");
    let stored = activation::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(stored.locked_until.is_some_and(|u| u > app.now()));

    // The right code during the lock: still locked.
    assert_eq!(
        app.get(&format!("/en/activate/{}", link.token))
            .await
            .status(),
        StatusCode::TOO_MANY_REQUESTS,
        "the page says it is locked, and takes no code"
    );
    let nl = Tr(Language::Nl);
    let lockouts: Vec<_> = mails_to(&app, "piet@example.org")
        .await
        .into_iter()
        .filter(|(s, _)| *s == nl.t("email-activation-lockout-subject"))
        .collect();
    assert_eq!(lockouts.len(), 1, "one email, in Dutch");
    // After the lock, the right code opens the key choice.
    app.clock.advance(Duration::minutes(15));
    assert_eq!(
        type_code(&app, &browser(), &link, &link.code)
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn a_key_with_the_email_code_is_confirmed_by_its_first_code_and_signs_in_with_a_new_one() {
    let app = spawn_app().await;
    let email = "marie@example.org";
    let link = issue(&app, Language::En, email).await;
    let client = browser();
    type_code(&app, &client, &link, &link.code).await;

    // Every problem of the form at once, the username kept.
    let refused = choose(
        &app,
        &client,
        &link,
        &[
            ("factor", "email"),
            ("username", "1marie"),
            ("password", "password1234"),
            ("password_again", "password1234"),
        ],
    )
    .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text().await.unwrap();
    assert!(
        html.contains("The username must start with a letter"),
        "{html}"
    );
    assert!(html.contains("This password is too common"));
    assert!(html.contains("value=\"1marie\""));
    assert!(html.contains("checked"), "the email code stays chosen");

    let chosen = choose(
        &app,
        &client,
        &link,
        &[
            ("factor", "email"),
            ("username", "Marie.J"),
            ("password", PASSWORD),
            ("password_again", PASSWORD),
        ],
    )
    .await;
    assert_eq!(chosen.status(), StatusCode::SEE_OTHER);
    let first = newest_code(&app, email).await;
    let confirm = format!("/en/activate/{}", link.token);
    let html = app.html_of(&client, &confirm).await;
    assert!(html.contains("We sent a 6-digit security code to marie@example.org"));
    let csrf = csrf_of(&html);
    let wrong = if first == "000000" {
        "111111"
    } else {
        "000000"
    };
    let answer = post(
        &app,
        &client,
        &format!("{confirm}/confirm"),
        &[("csrf_token", &csrf), ("code", wrong)],
    )
    .await;
    assert_eq!(answer.status(), StatusCode::UNAUTHORIZED);
    assert!(
        answer
            .text()
            .await
            .unwrap()
            .contains("Tries left for this code: 4")
    );
    let answer = post(
        &app,
        &client,
        &format!("{confirm}/confirm"),
        &[("csrf_token", &csrf), ("code", &first)],
    )
    .await;
    assert_eq!(answer.status(), StatusCode::OK);
    assert!(
        answer
            .text()
            .await
            .unwrap()
            .contains("Your digital key is active")
    );
    let key = digital_key::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (key.username.as_str(), key.factor.as_str()),
        ("marie.j", "email")
    );
    assert!(key.password_hash.starts_with("$argon2id$"));
    let mails = mails_to(&app, email).await;
    assert!(
        mails
            .iter()
            .any(|(s, t)| s == "Your digital key is active" && t.contains("marie.j"))
    );

    // Signing in: the password, then a new code by email.
    let me = browser();
    let html = app.html_of(&me, "/en/key/sign-in").await;
    let csrf = csrf_of(&html);
    let wrong = post(
        &app,
        &me,
        "/en/key/sign-in",
        &[
            ("csrf_token", &csrf),
            ("username", "marie.j"),
            ("password", "not the password"),
        ],
    )
    .await;
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    let right = post(
        &app,
        &me,
        "/en/key/sign-in",
        &[
            ("csrf_token", &csrf),
            ("username", "MARIE.J "),
            ("password", PASSWORD),
        ],
    )
    .await;
    assert_eq!(right.status(), StatusCode::SEE_OTHER);
    assert_eq!(right.headers()["location"], "/en/key/sign-in/code");
    assert_eq!(
        app.status_of(&me, "/en/key").await,
        StatusCode::SEE_OTHER,
        "not yet signed in"
    );
    let code = newest_code(&app, email).await;
    assert_ne!(code, first);
    let html = app.html_of(&me, "/en/key/sign-in/code").await;
    let csrf = csrf_of(&html);
    // The first code is used: it does not sign in.
    let answer = post(
        &app,
        &me,
        "/en/key/sign-in/code",
        &[("csrf_token", &csrf), ("code", &first)],
    )
    .await;
    assert_eq!(answer.status(), StatusCode::UNAUTHORIZED);
    // A wrong code slows the key down for a second.
    app.clock.advance(Duration::seconds(2));
    let answer = post(
        &app,
        &me,
        "/en/key/sign-in/code",
        &[("csrf_token", &csrf), ("code", &code)],
    )
    .await;
    assert_eq!(answer.status(), StatusCode::SEE_OTHER);
    let page = app.html_of(&me, "/en/key").await;
    assert!(page.contains("Marie Louise Janssens"), "{page}");
    assert_eq!(
        select_text(&page, "#key-type").unwrap(),
        "Username, password and a security code by email"
    );
    // Used once: the same code again is refused.
    let again = browser();
    let csrf = csrf_of(&app.html_of(&again, "/en/key/sign-in").await);
    post(
        &app,
        &again,
        "/en/key/sign-in",
        &[
            ("csrf_token", &csrf),
            ("username", "marie.j"),
            ("password", PASSWORD),
        ],
    )
    .await;
    let csrf = csrf_of(&app.html_of(&again, "/en/key/sign-in/code").await);
    let replay = post(
        &app,
        &again,
        "/en/key/sign-in/code",
        &[("csrf_token", &csrf), ("code", &code)],
    )
    .await;
    assert_eq!(replay.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn an_email_code_expires_after_ten_minutes_and_a_new_one_replaces_the_old() {
    let app = spawn_app().await;
    let email = "jan@example.org";
    let link = issue(&app, Language::En, email).await;
    let client = browser();
    type_code(&app, &client, &link, &link.code).await;
    choose(
        &app,
        &client,
        &link,
        &[
            ("factor", "email"),
            ("username", "jan.p"),
            ("password", PASSWORD),
            ("password_again", PASSWORD),
        ],
    )
    .await;
    let first = newest_code(&app, email).await;
    let path = format!("/en/activate/{}", link.token);
    let csrf = csrf_of(&app.html_of(&client, &path).await);

    // A new code at once is refused (one a minute); a minute later it replaces the first.
    let soon = post(
        &app,
        &client,
        &format!("{path}/resend"),
        &[("csrf_token", &csrf)],
    )
    .await;
    assert_eq!(soon.status(), StatusCode::TOO_MANY_REQUESTS);
    app.clock.advance(Duration::seconds(61));
    let resent = post(
        &app,
        &client,
        &format!("{path}/resend"),
        &[("csrf_token", &csrf)],
    )
    .await;
    assert_eq!(resent.status(), StatusCode::OK);
    let second = newest_code(&app, email).await;
    let old = post(
        &app,
        &client,
        &format!("{path}/confirm"),
        &[("csrf_token", &csrf), ("code", &first)],
    )
    .await;
    if first != second {
        assert_eq!(
            old.status(),
            StatusCode::UNAUTHORIZED,
            "the first code no longer works"
        );
    }
    // Ten minutes after it was sent, the second code has expired.
    app.clock.advance(Duration::minutes(10));
    let late = post(
        &app,
        &client,
        &format!("{path}/confirm"),
        &[("csrf_token", &csrf), ("code", &second)],
    )
    .await;
    // The step's session lasts a quarter of an hour: it is the code that has expired.
    assert_eq!(late.status(), StatusCode::UNAUTHORIZED);
    assert!(late.text().await.unwrap().contains("This code has expired"));
    let key = digital_key::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(key.activated_at.is_none());
}

#[tokio::test]
async fn a_key_with_the_app_is_confirmed_by_a_current_code_and_never_takes_the_same_step_twice() {
    let app = spawn_app().await;
    let link = issue(&app, Language::En, "eva@example.org").await;
    let client = browser();
    type_code(&app, &client, &link, &link.code).await;
    let chosen = choose(
        &app,
        &client,
        &link,
        &[
            ("factor", "app"),
            ("username", "eva.m"),
            ("password", PASSWORD),
            ("password_again", PASSWORD),
        ],
    )
    .await;
    assert_eq!(chosen.status(), StatusCode::SEE_OTHER);
    let path = format!("/en/activate/{}", link.token);
    let html = app.html_of(&client, &path).await;
    assert!(html.contains("<svg"), "the QR code drawn on the server");
    let secret = select_attr(&html, "#app-secret", "data-secret").expect("the secret as text");
    let csrf = csrf_of(&html);
    let code = app_code(&secret, app.now());
    let answer = post(
        &app,
        &client,
        &format!("{path}/confirm"),
        &[("csrf_token", &csrf), ("code", &code)],
    )
    .await;
    assert_eq!(answer.status(), StatusCode::OK);

    // Signing in with the app: the same step is refused again, the next one accepted.
    let sign_in = |code: String| {
        let app = &app;
        async move {
            let me = browser();
            let csrf = csrf_of(&app.html_of(&me, "/en/key/sign-in").await);
            let answer = post(
                app,
                &me,
                "/en/key/sign-in",
                &[
                    ("csrf_token", &csrf),
                    ("username", "eva.m"),
                    ("password", PASSWORD),
                ],
            )
            .await;
            assert_eq!(answer.status(), StatusCode::SEE_OTHER);
            // A failed code earlier slows the key down for a second.
            app.clock.advance(Duration::seconds(2));
            let csrf = csrf_of(&app.html_of(&me, "/en/key/sign-in/code").await);
            post(
                app,
                &me,
                "/en/key/sign-in/code",
                &[("csrf_token", &csrf), ("code", &code)],
            )
            .await
            .status()
        }
    };
    assert_eq!(
        sign_in(app_code(&secret, app.now())).await,
        StatusCode::UNAUTHORIZED,
        "the step already used"
    );
    app.clock.advance(Duration::seconds(30));
    assert_eq!(
        sign_in(app_code(&secret, app.now())).await,
        StatusCode::SEE_OTHER
    );
    app.clock.advance(Duration::seconds(90));
    assert_eq!(
        sign_in(app_code(&secret, app.now() - Duration::seconds(90))).await,
        StatusCode::UNAUTHORIZED,
        "too old"
    );
}

#[tokio::test]
async fn wrong_passwords_slow_the_key_down_and_then_lock_it() {
    let app = spawn_app().await;
    let link = issue(&app, Language::En, "tom@example.org").await;
    let client = browser();
    type_code(&app, &client, &link, &link.code).await;
    choose(
        &app,
        &client,
        &link,
        &[
            ("factor", "password"),
            ("username", "tom.b"),
            ("password", PASSWORD),
            ("password_again", PASSWORD),
            ("understood", "yes"),
        ],
    )
    .await;
    let answer = |username: &'static str, password: &'static str| {
        let app = &app;
        async move {
            let me = browser();
            let csrf = csrf_of(&app.html_of(&me, "/en/key/sign-in").await);
            let response = post(
                app,
                &me,
                "/en/key/sign-in",
                &[
                    ("csrf_token", &csrf),
                    ("username", username),
                    ("password", password),
                ],
            )
            .await;
            (response.status(), response.text().await.unwrap())
        }
    };
    let attempt = |password: &'static str| async move { answer("tom.b", password).await.0 };
    // Twelve wrong passwords at once count one each: the key locks. A username that no key has
    // is counted the same way.
    let wrong = futures_util::future::join_all((0..12).flat_map(|_| {
        [
            answer("tom.b", "wrong password here"),
            answer("nobody.here", "wrong password here"),
        ]
    }))
    .await;
    assert!(wrong.iter().all(|(s, _)| *s == StatusCode::UNAUTHORIZED));
    // Locked or not there, the same words: wait until the pause ends.
    let paused = Tr(Language::En).t_with(
        "key-sign-in-paused",
        &[(
            "until",
            rendezvous::i18n::arg(Tr(Language::En).instant(app.now() + Duration::minutes(15))),
        )],
    );
    for username in ["tom.b", "nobody.here"] {
        let (_, html) = answer(username, PASSWORD).await;
        assert!(html.contains(&paused), "{username}: {paused} in {html}");
    }
    let key = digital_key::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(key.locked_until.is_some_and(|u| u > app.now()), "{key:?}");
    assert_eq!(
        attempt(PASSWORD).await,
        StatusCode::UNAUTHORIZED,
        "locked: even the right password"
    );
    app.clock.advance(Duration::minutes(16));
    assert_eq!(attempt(PASSWORD).await, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_taken_username_is_refused_and_a_key_without_a_code_needs_the_warning_read() {
    let app = spawn_app().await;
    let first = issue(&app, Language::En, "a@example.org").await;
    let client = browser();
    type_code(&app, &client, &first, &first.code).await;
    let without = choose(
        &app,
        &client,
        &first,
        &[
            ("factor", "password"),
            ("username", "sam.k"),
            ("password", PASSWORD),
            ("password_again", PASSWORD),
        ],
    )
    .await;
    assert_eq!(without.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        without
            .text()
            .await
            .unwrap()
            .contains("most online services will not accept")
    );
    let made = choose(
        &app,
        &client,
        &first,
        &[
            ("factor", "password"),
            ("username", "sam.k"),
            ("password", PASSWORD),
            ("password_again", PASSWORD),
            ("understood", "yes"),
        ],
    )
    .await;
    assert_eq!(made.status(), StatusCode::OK);

    let second = issue(&app, Language::En, "b@example.org").await;
    let client = browser();
    type_code(&app, &client, &second, &second.code).await;
    let taken = choose(
        &app,
        &client,
        &second,
        &[
            ("factor", "password"),
            ("username", "SAM.K"),
            ("password", PASSWORD),
            ("password_again", PASSWORD),
            ("understood", "yes"),
        ],
    )
    .await;
    assert_eq!(taken.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        taken
            .text()
            .await
            .unwrap()
            .contains("This username is taken")
    );
}

#[tokio::test]
async fn switching_from_the_email_code_to_the_app_needs_both_codes_and_is_notified() {
    let app = spawn_app().await;
    let email = "lea@example.org";
    let link = issue(&app, Language::En, email).await;
    let client = browser();
    type_code(&app, &client, &link, &link.code).await;
    choose(
        &app,
        &client,
        &link,
        &[
            ("factor", "email"),
            ("username", "lea.v"),
            ("password", PASSWORD),
            ("password_again", PASSWORD),
        ],
    )
    .await;
    let first = newest_code(&app, email).await;
    let path = format!("/en/activate/{}", link.token);
    let csrf = csrf_of(&app.html_of(&client, &path).await);
    post(
        &app,
        &client,
        &format!("{path}/confirm"),
        &[("csrf_token", &csrf), ("code", &first)],
    )
    .await;

    let me = browser();
    let csrf = csrf_of(&app.html_of(&me, "/en/key/sign-in").await);
    post(
        &app,
        &me,
        "/en/key/sign-in",
        &[
            ("csrf_token", &csrf),
            ("username", "lea.v"),
            ("password", PASSWORD),
        ],
    )
    .await;
    let code = newest_code(&app, email).await;
    let csrf = csrf_of(&app.html_of(&me, "/en/key/sign-in/code").await);
    post(
        &app,
        &me,
        "/en/key/sign-in/code",
        &[("csrf_token", &csrf), ("code", &code)],
    )
    .await;

    let html = app.html_of(&me, "/en/key/switch/app").await;
    let secret = select_attr(&html, "#app-secret", "data-secret").expect("the new app's secret");
    let csrf = csrf_of(&html);
    app.clock.advance(Duration::seconds(61));
    let sent = post(
        &app,
        &me,
        "/en/key/switch/app/send-code",
        &[("csrf_token", &csrf)],
    )
    .await;
    assert_eq!(sent.status(), StatusCode::OK);
    let current = newest_code(&app, email).await;
    let without_new = post(
        &app,
        &me,
        "/en/key/switch/app",
        &[
            ("csrf_token", &csrf),
            ("current_code", &current),
            ("new_code", "000000"),
        ],
    )
    .await;
    assert_eq!(without_new.status(), StatusCode::UNAUTHORIZED);
    let switched = post(
        &app,
        &me,
        "/en/key/switch/app",
        &[
            ("csrf_token", &csrf),
            ("current_code", &current),
            ("new_code", &app_code(&secret, app.now())),
        ],
    )
    .await;
    assert_eq!(switched.status(), StatusCode::SEE_OTHER);
    let page = app.html_of(&me, "/en/key?changed=1").await;
    assert_eq!(
        select_text(&page, "#key-type").unwrap(),
        "Username, password and a code from an authenticator app"
    );
    let mails = mails_to(&app, email).await;
    assert!(
        mails
            .iter()
            .any(|(s, _)| s == "Your digital key was changed")
    );
    assert_eq!(audit_details(&app, "key_factor_changed").await.len(), 1);
}

#[tokio::test]
async fn a_supervisor_issues_a_new_code_the_old_link_stops_and_the_home_page_counts_activations() {
    let app = spawn_app().await;
    let o = opened(&app, "en").await;
    let v = walked(&app, &o, "2031-05-04", &[]).await;
    let path = format!("/en/staff/interviews/{}/outcome", o.appointment.id);
    post(
        &app,
        &o.anna.client,
        &path,
        &[
            ("csrf_token", o.anna.csrf.as_str()),
            ("version", &v.to_string()),
            ("outcome", "approved"),
        ],
    )
    .await;
    let first = activation::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let old_token = token_in(
        &app.outbox()
            .await
            .into_iter()
            .find(|m| m.kind == "activation_link")
            .unwrap()
            .text_body,
    );

    let sara = app
        .staff("sara@example.org", "Sara Janssens", Role::Supervisor, "nl")
        .await;
    let home = app.html_of(&sara.client, "/en/staff/").await;
    assert_eq!(select_text(&home, "#activations-pending").unwrap(), "1");
    let request = o.appointment.request_id;
    let page = app
        .html_of(
            &sara.client,
            &format!("/en/staff/requests/{request}/activation"),
        )
        .await;
    assert!(page.contains("Issue a new code and link"));
    assert_eq!(
        app.status_of(
            &o.anna.client,
            &format!("/en/staff/requests/{request}/activation")
        )
        .await,
        StatusCode::NOT_FOUND,
        "supervisors only"
    );
    let reissue = format!("/en/staff/requests/{request}/activation/reissue");
    let replaces = first.id.to_string();
    let form = [
        ("csrf_token", sara.csrf.as_str()),
        ("replaces", replaces.as_str()),
    ];
    let reissued = post(&app, &sara.client, &reissue, &form).await;
    assert_eq!(reissued.status(), StatusCode::OK);
    let html = reissued.text().await.unwrap();
    let code = select_text(&html, "#activation-code").expect("the new code, once");
    let old = app.get(&format!("/en/activate/{old_token}")).await;
    assert_eq!(old.status(), StatusCode::GONE, "the old link stops working");
    let stored = activation::Entity::find_by_id(first.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.revoke_reason.as_deref(), Some("replaced"));
    let new_token = token_in(
        &app.outbox()
            .await
            .into_iter()
            .rev()
            .find(|m| m.kind == "activation_link")
            .unwrap()
            .text_body,
    );
    assert_ne!(new_token, old_token);
    let link = Link {
        token: new_token,
        code,
    };
    // The same form sent again (a reload): refused, the code just given stays good.
    let again = post(&app, &sara.client, &reissue, &form).await;
    assert_eq!(again.status(), StatusCode::CONFLICT);
    assert_eq!(
        type_code(&app, &browser(), &link, &link.code)
            .await
            .status(),
        StatusCode::SEE_OTHER
    );

    // Revoking needs a reason, and then the new link stops too.
    let open = activation::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.revoked_at.is_none())
        .unwrap();
    let revoke = format!("/en/staff/activations/{}/revoke", open.id);
    let no_reason = post(
        &app,
        &sara.client,
        &revoke,
        &[("csrf_token", &sara.csrf), ("reason", " ")],
    )
    .await;
    assert_eq!(no_reason.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let done = post(
        &app,
        &sara.client,
        &revoke,
        &[
            ("csrf_token", &sara.csrf),
            ("reason", "lost phone, new call planned"),
        ],
    )
    .await;
    assert_eq!(done.status(), StatusCode::OK);
    assert_eq!(
        app.get(&format!("/en/activate/{}", link.token))
            .await
            .status(),
        StatusCode::GONE
    );
    let home = app.html_of(&sara.client, "/en/staff/").await;
    assert_eq!(select_text(&home, "#activations-pending").unwrap(), "0");
}

#[tokio::test]
async fn every_email_of_the_key_is_in_the_holders_language() {
    let app = spawn_app().await;
    let email = "hans@example.org";
    let link = issue(&app, Language::De, email).await;
    let client = browser();
    type_code(&app, &client, &link, &link.code).await;
    choose(
        &app,
        &client,
        &link,
        &[
            ("factor", "email"),
            ("username", "hans.m"),
            ("password", PASSWORD),
            ("password_again", PASSWORD),
        ],
    )
    .await;
    let de = Tr(Language::De);
    let code_subject = de.t("email-key-code-subject");
    let mails = mails_to(&app, email).await;
    let (_, text) = mails
        .iter()
        .find(|(s, _)| *s == code_subject)
        .expect("the code email, in German");
    assert!(text.contains(&de.t("email-key-code-for-confirm")), "{text}");
    let code = text
        .lines()
        .map(str::trim)
        .find(|l| l.len() == 6 && l.chars().all(|c| c.is_ascii_digit()))
        .unwrap()
        .to_owned();
    let path = format!("/en/activate/{}", link.token);
    let csrf = csrf_of(&app.html_of(&client, &path).await);
    let done = post(
        &app,
        &client,
        &format!("{path}/confirm"),
        &[("csrf_token", &csrf), ("code", &code)],
    )
    .await;
    assert_eq!(done.status(), StatusCode::OK);
    let subjects: Vec<String> = mails_to(&app, email)
        .await
        .into_iter()
        .map(|(s, _)| s)
        .collect();
    for key in [
        "email-activation-subject",
        "email-key-code-subject",
        "email-key-active-subject",
    ] {
        assert!(
            subjects.contains(&de.t(key)),
            "{key} in German: {subjects:?}"
        );
    }
    assert_ne!(
        de.t("email-key-active-subject"),
        Tr(Language::En).t("email-key-active-subject")
    );
}

#[tokio::test]
async fn attempts_that_never_finish_lock_the_link_only_for_a_while() {
    let app = spawn_app().await;
    let link = issue(&app, Language::En, "ines@example.org").await;
    let stored = activation::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    // Five attempts counted whose answers never came (browsers gone, a restart mid-check).
    for _ in 0..5 {
        assert!(
            rendezvous::db::activations::reserve_attempt(&app.db, stored.id, app.now())
                .await
                .unwrap()
        );
    }
    let page = app.get(&format!("/en/activate/{}", link.token)).await;
    assert_eq!(
        page.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "locked at once"
    );
    app.clock.advance(Duration::minutes(15));
    assert_eq!(
        type_code(&app, &browser(), &link, &link.code)
            .await
            .status(),
        StatusCode::SEE_OTHER,
        "and open again after the lock, with a fresh count"
    );
}

#[tokio::test]
async fn knowing_the_password_does_not_buy_endless_code_guesses() {
    let app = spawn_app().await;
    let email = "guess@example.org";
    let link = issue(&app, Language::En, email).await;
    let client = browser();
    type_code(&app, &client, &link, &link.code).await;
    let chosen = [
        ("factor", "email"),
        ("username", "guess.me"),
        ("password", PASSWORD),
        ("password_again", PASSWORD),
    ];
    choose(&app, &client, &link, &chosen).await;
    let first = newest_code(&app, email).await;
    let path = format!("/en/activate/{}", link.token);
    let csrf = csrf_of(&app.html_of(&client, &path).await);
    post(
        &app,
        &client,
        &format!("{path}/confirm"),
        &[("csrf_token", &csrf), ("code", &first)],
    )
    .await;

    // Someone with the password signs in again and again, one wrong code each time.
    let mut locked = false;
    for _ in 0..12 {
        app.clock.advance(Duration::seconds(61));
        let me = browser();
        let csrf = csrf_of(&app.html_of(&me, "/en/key/sign-in").await);
        let signed = post(
            &app,
            &me,
            "/en/key/sign-in",
            &[
                ("csrf_token", &csrf),
                ("username", "guess.me"),
                ("password", PASSWORD),
            ],
        )
        .await;
        if signed.status() != StatusCode::SEE_OTHER {
            locked = true;
            break;
        }
        let csrf = csrf_of(&app.html_of(&me, "/en/key/sign-in/code").await);
        post(
            &app,
            &me,
            "/en/key/sign-in/code",
            &[("csrf_token", &csrf), ("code", "000000")],
        )
        .await;
    }
    let key = digital_key::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(
        locked && key.locked_until.is_some_and(|u| u > app.now()),
        "the key locks: {key:?}"
    );
}
