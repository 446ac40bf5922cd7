//! Journey step 1 through HTTP: a valid request end to end, every invalid field, double
//! submission.

use crate::helpers::{select_all_text, select_attr, select_text, spawn_app, with_field};
use rendezvous::domain::codes::verify_secret;

#[tokio::test]
async fn a_valid_request_is_stored_hashed_queued_and_delivered() {
    let app = spawn_app().await;
    let tokens = app.open_form("en").await;

    let response = app.post_form("en", &app.valid_fields(&tokens)).await;
    assert_eq!(response.status(), 200);
    let html = response.text().await.unwrap();
    let code = select_text(&html, "#security-code").expect("the page shows the security code");
    assert_eq!(code.len(), 14, "grouped as XXXX-XXXX-XXXX: {code}");
    // Switching language must not take the code off the screen: another tab opens.
    let french = select_attr(&html, "a[hreflang=fr]", "target");
    assert_eq!(french.as_deref(), Some("_blank"));
    assert_eq!(
        select_attr(&html, "a[hreflang=fr]", "href").as_deref(),
        Some("/fr/")
    );

    let requests = app.requests().await;
    assert_eq!(requests.len(), 1);
    let stored = &requests[0];
    assert_eq!(stored.state, "submitted");
    assert_eq!(stored.niss.as_deref(), Some("85073003328"));
    assert_eq!(stored.ui_language, "en");
    assert_eq!(stored.interview_language, "nl");
    assert!(stored.security_code_hash.starts_with("$argon2id$"));
    assert!(!stored.security_code_hash.contains(&code.replace('-', "")));
    assert!(verify_secret(
        &code.replace('-', ""),
        &stored.security_code_hash
    ));
    assert_eq!(app.slots().await.len(), 2);

    // Queued in the same transaction, not yet sent.
    let outbox = app.outbox().await;
    assert_eq!(outbox.len(), 1);
    assert_eq!(outbox[0].kind, "request_received");
    assert_eq!(outbox[0].request_id, Some(stored.id));
    assert!(outbox[0].sent_at.is_none());
    assert!(app.smtp.messages().is_empty());

    // The delivery job hands it to the SMTP server.
    let report = app.jobs.tick().await.unwrap();
    assert_eq!(report.emails_sent, 1);
    let mails = app.smtp.messages();
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].rcpt_to, vec!["<marie.janssens@example.org>"]);
    let parsed = mails[0].parsed();
    let subject = mails[0].subject();
    let reference = &stored.id.simple().to_string()[..8].to_uppercase();
    assert!(subject.contains(reference.as_str()), "{subject}");
    assert_eq!(parsed.ctype.mimetype, "multipart/alternative");
    let types: Vec<_> = parsed
        .subparts
        .iter()
        .map(|p| p.ctype.mimetype.clone())
        .collect();
    assert_eq!(types, ["text/plain", "text/html"]);
    let text = parsed.subparts[0].get_body().unwrap();
    assert!(text.contains("Marie Louise"), "{text}");
    assert!(
        !text.contains(&code) && !text.contains(&code.replace('-', "")),
        "the code is never emailed"
    );
    assert!(app.outbox().await[0].sent_at.is_some());

    // Nothing is sent twice.
    assert_eq!(app.jobs.tick().await.unwrap().emails_sent, 0);
    assert_eq!(app.smtp.messages().len(), 1);
}

#[tokio::test]
async fn each_invalid_field_is_explained_and_everything_else_is_kept() {
    let app = spawn_app().await;
    let tokens = app.open_form("en").await;
    let valid = app.valid_fields(&tokens);
    let long_name = "x".repeat(101);
    let cases: &[(&str, Option<&str>, &str)] = &[
        ("last_name", Some(""), "Fill in “Last name”"),
        ("first_names", None, "Fill in “First names”"),
        (
            "birth_date",
            Some("31/02/1985"),
            "Enter the date of birth as day, month and year",
        ),
        ("birth_date", Some("2031-01-01"), "must be in the past"),
        ("birth_country", Some("ZZ"), "Choose your country of birth"),
        ("birth_place", Some("   "), "Fill in “Place of birth”"),
        ("sex", None, "Fill in “Sex”"),
        ("niss", Some("85.07.30-033.29"), "check the last two digits"),
        ("niss", Some("1234"), "has 11 digits"),
        ("email", Some("marie.example.org"), "Enter an email address"),
        ("motivation", Some("tax"), "at least 10 characters"),
        (
            "interview_language",
            Some("de"),
            "Fill in “Language of the interview”",
        ),
        ("slot", None, "Tick at least one part of a day"),
        ("slot", Some("2027-01-04-am"), "no longer available"),
        ("consent", None, "Tick the box to agree"),
        (
            "last_name",
            Some(long_name.as_str()),
            "at most 100 characters",
        ),
        ("birth_date", Some("1899-12-31"), "1900 or later"),
        (
            "niss",
            Some("85.07.31-033.95"),
            "does not match your date of birth",
        ),
    ];
    for (field, value, message) in cases {
        let fields = with_field(&valid, field, *value);
        let response = app.post_form("en", &fields).await;
        assert_eq!(response.status(), 422, "case {field}={value:?}");
        let html = response.text().await.unwrap();
        let summary = select_all_text(&html, ".error-summary li");
        assert_eq!(summary.len(), 1, "case {field}={value:?}: {summary:?}");
        assert!(
            summary[0].contains(message),
            "case {field}={value:?}: {summary:?}"
        );
        let id = if *field == "slot" { "slot" } else { field };
        assert_eq!(
            select_attr(&html, ".error-summary a", "href").as_deref(),
            Some(format!("#{id}").as_str()),
            "case {field}: the summary links to the field"
        );
        let next_to_field = select_text(&html, &format!("#{id}-error")).unwrap_or_default();
        assert!(
            next_to_field.contains(message),
            "case {field}: message next to the field"
        );
        // Everything else typed is still there.
        let typed_inputs = [
            ("first_names", "Marie Louise"),
            ("birth_date", "1985-07-30"),
            ("birth_place", "Gent"),
            ("niss", "85.07.30-033.28"),
        ];
        for (name, typed) in typed_inputs {
            if *field != name {
                assert_eq!(
                    select_attr(&html, &format!("#{name}"), "value").as_deref(),
                    Some(typed),
                    "case {field}={value:?}: {name} kept"
                );
            }
        }
        for (group, chosen) in [("sex", "F"), ("interview_language", "nl")] {
            if *field != group {
                assert_eq!(
                    select_attr(&html, &format!("input[name={group}][checked]"), "value")
                        .as_deref(),
                    Some(chosen),
                    "case {field}={value:?}: {group} kept"
                );
            }
        }
        if *field != "last_name" {
            assert_eq!(
                select_attr(&html, "#last_name", "value").as_deref(),
                Some("Janssens"),
                "case {field}"
            );
        }
        if *field != "email" {
            assert_eq!(
                select_attr(&html, "#email", "value").as_deref(),
                Some("marie.janssens@example.org"),
                "case {field}"
            );
        }
        if *field != "motivation" {
            assert_eq!(
                select_text(&html, "#motivation").as_deref(),
                Some("Filing my Belgian taxes from abroad."),
                "case {field}"
            );
        }
        if *field != "birth_country" {
            assert_eq!(
                select_attr(&html, "#birth_country option[selected]", "value").as_deref(),
                Some("BE"),
                "case {field}"
            );
        }
        if *field != "slot" {
            let checked = select_all_text(&html, "input[name=slot][checked] + label");
            assert_eq!(checked.len(), 2, "case {field}: ticked slots kept");
        }
        if *field != "consent" {
            assert!(
                select_attr(&html, "#consent", "checked").is_some(),
                "case {field}"
            );
        }
    }
    assert!(
        app.requests().await.is_empty(),
        "no invalid request was stored"
    );
    assert!(app.outbox().await.is_empty());
}

#[tokio::test]
async fn all_errors_are_listed_at_once() {
    let app = spawn_app().await;
    let tokens = app.open_form("fr").await;
    let fields = vec![
        ("csrf_token".to_owned(), tokens.csrf.clone()),
        ("submission_token".to_owned(), tokens.submission.clone()),
        ("email".to_owned(), "kept@example.org".to_owned()),
    ];
    let response = app.post_form("fr", &fields).await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert_eq!(select_all_text(&html, ".error-summary li").len(), 10);
    assert_eq!(
        select_attr(&html, "#email", "value").as_deref(),
        Some("kept@example.org")
    );
    assert_eq!(select_attr(&html, "html", "lang").as_deref(), Some("fr"));
}

#[tokio::test]
async fn the_same_form_sent_twice_creates_one_request_and_the_last_code_works() {
    let app = spawn_app().await;
    let tokens = app.open_form("en").await;
    let fields = app.valid_fields(&tokens);

    let first = app.post_form("en", &fields).await.text().await.unwrap();
    let second = app.post_form("en", &fields).await;
    assert_eq!(second.status(), 200);
    let second = second.text().await.unwrap();

    let first_code = select_text(&first, "#security-code")
        .unwrap()
        .replace('-', "");
    let second_code = select_text(&second, "#security-code")
        .unwrap()
        .replace('-', "");
    assert!(
        select_text(&second, ".notice")
            .unwrap()
            .contains("already been sent")
    );

    let requests = app.requests().await;
    assert_eq!(requests.len(), 1, "one request only");
    assert_eq!(app.outbox().await.len(), 1, "one email only");
    assert!(verify_secret(&second_code, &requests[0].security_code_hash));
    assert!(!verify_secret(&first_code, &requests[0].security_code_hash));

    // An hour later the same form cannot reissue a code any more.
    app.clock.advance(chrono::Duration::hours(2));
    let late = app.post_form("en", &fields).await;
    assert_eq!(late.status(), 409);
    let late = late.text().await.unwrap();
    assert!(select_text(&late, "#security-code").is_none());
    assert!(verify_secret(
        &second_code,
        &app.requests().await[0].security_code_hash
    ));
}

#[tokio::test]
async fn concurrent_double_clicks_store_one_request() {
    let app = spawn_app().await;
    let tokens = app.open_form("en").await;
    let fields = app.valid_fields(&tokens);
    let (a, b) = tokio::join!(app.post_form("en", &fields), app.post_form("en", &fields));
    assert_eq!(a.status(), 200);
    assert_eq!(b.status(), 200);
    assert_eq!(app.requests().await.len(), 1);
    assert_eq!(app.outbox().await.len(), 1);
}
