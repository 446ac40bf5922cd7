//! Journey step 1 through HTTP: a valid request end to end, every invalid field, the date of
//! birth's three boxes, the error summary, double submission.

use crate::helpers::{select_all_text, select_attr, select_text, spawn_app, with_field};
use rendezvous::domain::codes::verify_secret;
use rendezvous::domain::language::Language;
use rendezvous::i18n::Tr;

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

/// One invalid submission: the fields changed from a valid form (`None`: left out), the message
/// expected, the input the error summary leads to and the id of the message next to the field.
struct Case<'a> {
    edits: &'a [(&'a str, Option<&'a str>)],
    message: &'a str,
    anchor: &'a str,
    error_id: &'a str,
}

/// One field changed: the summary leads to it, its message is next to it.
fn case<'a>(edit: &'a [(&'a str, Option<&'a str>)], message: &'a str) -> Case<'a> {
    Case {
        edits: edit,
        message,
        anchor: edit[0].0,
        error_id: edit[0].0,
    }
}

/// A problem with the date of birth: one message for the group, the link to the first box it is
/// about.
fn date_case<'a>(
    edits: &'a [(&'a str, Option<&'a str>)],
    message: &'a str,
    anchor: &'a str,
) -> Case<'a> {
    Case {
        edits,
        message,
        anchor,
        error_id: "birth_date",
    }
}

#[tokio::test]
async fn each_invalid_field_is_explained_and_everything_else_is_kept() {
    let app = spawn_app().await;
    let tokens = app.open_form("en").await;
    let valid = app.valid_fields(&tokens);
    let long_name = "x".repeat(101);
    let long_name = [("last_name", Some(long_name.as_str()))];
    const REAL: &str = "Date of birth must be a real date";
    const NAME: &str = "Enter your name without web addresses or symbols such as < >";
    let cases = [
        case(&[("last_name", Some(""))], "Enter your last name"),
        case(&[("first_names", None)], "Enter your first names"),
        date_case(&[("birth_day", Some("32"))], REAL, "birth_day"),
        date_case(&[("birth_month", Some("13"))], REAL, "birth_month"),
        date_case(
            &[("birth_month", Some("July")), ("birth_year", Some("19x5"))],
            REAL,
            "birth_month",
        ),
        // 30 February: the whole date is wrong, the link leads to its first box.
        date_case(&[("birth_month", Some("2"))], REAL, "birth_day"),
        date_case(
            &[("birth_year", Some(""))],
            "Date of birth must include a year",
            "birth_year",
        ),
        date_case(
            &[("birth_day", Some(" ")), ("birth_month", None)],
            "Date of birth must include a day and a month",
            "birth_day",
        ),
        date_case(
            &[
                ("birth_day", Some("")),
                ("birth_month", Some("")),
                ("birth_year", Some("")),
            ],
            "Enter your date of birth",
            "birth_day",
        ),
        date_case(
            &[("birth_year", Some("85"))],
            "Year of birth must include 4 numbers",
            "birth_year",
        ),
        date_case(
            &[("birth_year", Some("2031"))],
            "Date of birth must be in the past",
            "birth_day",
        ),
        date_case(
            &[("birth_year", Some("1899"))],
            "Date of birth must be in 1900 or later",
            "birth_year",
        ),
        case(
            &[("birth_country", Some("ZZ"))],
            "Select your country of birth from the list",
        ),
        case(
            &[("birth_country", Some(""))],
            "Select your country of birth",
        ),
        case(&[("birth_place", Some("   "))], "Enter your place of birth"),
        case(
            &[("birth_place", Some("www.gent.be"))],
            "Enter your place of birth without web addresses",
        ),
        case(&[("last_name", Some("Janssens <a href=x>"))], NAME),
        case(&[("first_names", Some("Marie, see example.com"))], NAME),
        case(&[("first_names", Some("https://evil.test"))], NAME),
        case(&[("sex", None)], "Select your sex"),
        case(
            &[("niss", Some("85.07.30-033.29"))],
            "check the last two digits",
        ),
        case(&[("niss", Some("1234"))], "of 11 digits"),
        // 31 July: a real date, but not the national number's.
        case(
            &[("niss", Some("85.07.30-033.28")), ("birth_day", Some("31"))],
            "do not match",
        ),
        case(
            &[("email", Some("marie.example.org"))],
            "Enter an email address in the correct format",
        ),
        case(&[("email", Some(""))], "Enter your email address"),
        case(&[("motivation", Some("tax"))], "at least 10 characters"),
        case(
            &[("interview_language", Some("de"))],
            "Select the interview language",
        ),
        // The link leads to the grid's first box.
        case(&[("slot", None)], "Select at least one time slot"),
        case(&[("slot", Some("2027-01-04-am"))], "no longer available"),
        case(&[("consent", None)], "Select the box to agree"),
        case(&long_name, "Last name must be 100 characters or fewer"),
    ];
    for Case {
        edits,
        message,
        anchor,
        error_id,
    } in cases
    {
        let fields = edits.iter().fold(valid.clone(), |fields, (name, value)| {
            with_field(&fields, name, *value)
        });
        let case = format!("case {edits:?}");
        let response = app.post_form("en", &fields).await;
        assert_eq!(response.status(), 422, "{case}");
        let html = response.text().await.unwrap();
        let summary = select_all_text(&html, ".error-summary li");
        assert_eq!(summary.len(), 1, "{case}: {summary:?}");
        assert!(summary[0].contains(message), "{case}: {summary:?}");
        assert_eq!(
            select_attr(&html, ".error-summary a", "href").as_deref(),
            Some(format!("#{anchor}").as_str()),
            "{case}: the summary links to the field"
        );
        assert!(
            select_attr(
                &html,
                &format!("input#{anchor}, select#{anchor}, textarea#{anchor}"),
                "name"
            )
            .is_some(),
            "{case}: the link leads to an input"
        );
        let next_to_field = select_text(&html, &format!("#{error_id}-error")).unwrap_or_default();
        assert!(
            next_to_field.contains(message),
            "{case}: message next to the field: {next_to_field:?}"
        );
        // Everything typed is still there, the refused values too.
        let sent = |name: &str| {
            fields
                .iter()
                .find(|(k, _)| k == name)
                .map_or("", |(_, v)| v.as_str())
        };
        for name in [
            "last_name",
            "first_names",
            "birth_day",
            "birth_month",
            "birth_year",
            "birth_place",
            "niss",
            "email",
        ] {
            assert_eq!(
                select_attr(&html, &format!("#{name}"), "value").as_deref(),
                Some(sent(name)),
                "{case}: {name} kept"
            );
        }
        let edited = |name: &str| edits.iter().any(|(k, _)| *k == name);
        for (group, chosen) in [("sex", "F"), ("interview_language", "nl")] {
            if !edited(group) {
                assert_eq!(
                    select_attr(&html, &format!("input[name={group}][checked]"), "value")
                        .as_deref(),
                    Some(chosen),
                    "{case}: {group} kept"
                );
            }
        }
        assert_eq!(
            select_text(&html, "#motivation").as_deref(),
            Some(sent("motivation")),
            "{case}"
        );
        if !edited("birth_country") {
            assert_eq!(
                select_attr(&html, "#birth_country option[selected]", "value").as_deref(),
                Some("BE"),
                "{case}"
            );
        }
        if !edited("slot") {
            let checked = select_all_text(&html, "input[name=slot][checked] + label");
            assert_eq!(checked.len(), 2, "{case}: ticked slots kept");
        }
        if !edited("consent") {
            assert!(
                select_attr(&html, "#consent", "checked").is_some(),
                "{case}"
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

#[tokio::test]
async fn the_date_of_birth_is_asked_in_three_boxes_of_digits() {
    let app = spawn_app().await;
    let html = app.get("/en/request").await.text().await.unwrap();
    assert!(
        select_attr(&html, "input[type=date]", "name").is_none(),
        "no date picker, which shows mm/dd/yyyy on a French page"
    );
    assert_eq!(
        select_text(&html, "fieldset.date-input legend").as_deref(),
        Some("Date of birth")
    );
    assert_eq!(
        select_text(&html, "#birth_date-hint").as_deref(),
        Some("For example, 27 3 1985")
    );
    assert!(
        select_attr(&html, "fieldset.date-input", "aria-describedby")
            .unwrap_or_default()
            .contains("birth_date-hint")
    );
    for (name, label, autocomplete, width) in [
        ("birth_day", "Day", "bday-day", "width-2"),
        ("birth_month", "Month", "bday-month", "width-2"),
        ("birth_year", "Year", "bday-year", "width-4"),
    ] {
        let input = format!("fieldset.date-input input#{name}");
        assert_eq!(select_attr(&html, &input, "name").as_deref(), Some(name));
        assert_eq!(select_attr(&html, &input, "type").as_deref(), Some("text"));
        assert_eq!(
            select_attr(&html, &input, "inputmode").as_deref(),
            Some("numeric"),
            "{name}"
        );
        assert_eq!(
            select_attr(&html, &input, "autocomplete").as_deref(),
            Some(autocomplete)
        );
        assert_eq!(select_attr(&html, &input, "class").as_deref(), Some(width));
        assert_eq!(
            select_text(&html, &format!("label[for={name}]")).as_deref(),
            Some(label)
        );
    }

    // Only the box that is wrong is marked; the others keep what was typed.
    let tokens = app.open_form("en").await;
    let fields = with_field(&app.valid_fields(&tokens), "birth_year", Some(""));
    let html = app.post_form("en", &fields).await.text().await.unwrap();
    assert_eq!(
        select_attr(&html, "#birth_year", "aria-invalid").as_deref(),
        Some("true")
    );
    assert_eq!(select_attr(&html, "#birth_day", "aria-invalid"), None);
    assert_eq!(
        select_attr(&html, "#birth_day", "value").as_deref(),
        Some("30")
    );
    assert!(
        select_attr(&html, "fieldset.date-input", "aria-describedby")
            .unwrap_or_default()
            .contains("birth_date-error")
    );

    // The hint's own example is a date one can type.
    let tokens = app.open_form("fr").await;
    let fields = app.valid_fields(&tokens);
    let fields = with_field(&fields, "niss", None);
    let fields = with_field(&fields, "birth_day", Some("27"));
    let fields = with_field(&fields, "birth_month", Some("3"));
    let response = app.post_form("fr", &fields).await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        app.requests().await[0].birth_date,
        chrono::NaiveDate::from_ymd_opt(1985, 3, 27).unwrap()
    );
}

#[tokio::test]
async fn names_with_web_addresses_or_markup_are_refused_in_the_page_language() {
    let app = spawn_app().await;
    for lang in Language::ALL {
        let code = lang.code();
        let tokens = app.open_form(code).await;
        let typed = "<a href=\"https://evil.test\">Marie</a>";
        let fields = with_field(&app.valid_fields(&tokens), "first_names", Some(typed));
        let response = app.post_form(code, &fields).await;
        assert_eq!(response.status(), 422, "{code}");
        let html = response.text().await.unwrap();
        let summary = select_all_text(&html, ".error-summary li");
        assert_eq!(summary, [Tr(lang).t("error-name-link")], "{code}");
        assert_eq!(
            select_attr(&html, "#first_names", "value").as_deref(),
            Some(typed),
            "{code}: what was typed stays, to be corrected"
        );
        assert_eq!(
            select_attr(&html, "#last_name", "value").as_deref(),
            Some("Janssens"),
            "{code}"
        );
    }
    assert!(app.requests().await.is_empty());
    assert!(app.outbox().await.is_empty(), "no email carries the link");
}

#[tokio::test]
async fn the_error_summary_takes_the_focus_and_the_title_says_there_is_an_error() {
    let app = spawn_app().await;
    let blank = app.get("/en/request").await.text().await.unwrap();
    let title = select_text(&blank, "title").unwrap();
    assert!(!title.starts_with("Error"), "{title}");
    assert!(select_attr(&blank, ".error-summary", "class").is_none());

    for lang in Language::ALL {
        let prefix = format!("{} ", Tr(lang).t("error-prefix"));
        let lang = lang.code();
        let tokens = app.open_form(lang).await;
        let fields = app.valid_fields(&tokens);
        let fields = with_field(&fields, "birth_year", Some(""));
        let fields = with_field(&fields, "sex", None);
        let fields = with_field(&fields, "slot", None);
        let response = app.post_form(lang, &fields).await;
        assert_eq!(response.status(), 422);
        let html = response.text().await.unwrap();
        let title = select_text(&html, "title").unwrap();
        assert!(title.starts_with(&prefix), "{lang}: {title}");
        if lang == "en" {
            assert!(title.starts_with("Error: "), "{title}");
        }
        assert!(
            select_attr(&html, ".error-summary", "autofocus").is_some(),
            "{lang}: focused without a script"
        );
        assert_eq!(
            select_attr(&html, ".error-summary", "tabindex").as_deref(),
            Some("-1")
        );
        // Each link leads to the first input of its group.
        let links: Vec<_> = {
            let doc = scraper::Html::parse_document(&html);
            let sel = scraper::Selector::parse(".error-summary a").unwrap();
            doc.select(&sel)
                .filter_map(|a| a.value().attr("href").map(str::to_owned))
                .collect()
        };
        assert_eq!(links, ["#birth_year", "#sex", "#slot"], "{lang}");
        for (id, kind) in [
            ("birth_year", "text"),
            ("sex", "radio"),
            ("slot", "checkbox"),
        ] {
            assert_eq!(
                select_attr(&html, &format!("input#{id}"), "type").as_deref(),
                Some(kind),
                "{lang}: #{id}"
            );
            assert!(
                select_text(&html, &format!("label[for={id}]")).is_some(),
                "{lang}: #{id} has its label"
            );
        }
    }
}

#[tokio::test]
async fn emails_say_which_language_they_are_in() {
    use mailparse::MailHeaderMap;
    let app = spawn_app().await;
    for lang in ["de", "fr", "nl", "en"] {
        app.submit_valid_request(lang).await;
    }
    app.jobs.tick().await.unwrap();
    let mut languages: Vec<_> = app
        .smtp
        .messages()
        .iter()
        .map(|m| m.parsed().headers.get_first_value("Content-Language"))
        .collect();
    languages.sort();
    assert_eq!(
        languages,
        ["de", "en", "fr", "nl"].map(|l| Some(l.to_owned()))
    );
}
