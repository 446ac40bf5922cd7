//! The pages a visitor sees: languages, the home page, not found, health, stylesheet.

use crate::helpers::{select_all_text, select_attr, select_text, spawn_app};
use rendezvous::domain::language::Language;
use rendezvous::i18n::Tr;

#[tokio::test]
async fn the_home_address_follows_the_browser_language() {
    let app = spawn_app().await;
    let cases = [
        ("nl-BE,nl;q=0.9,en;q=0.5", "/nl/"),
        ("de-DE", "/de/"),
        ("fr-BE, en;q=0.1", "/fr/"),
        ("es-ES", "/en/"),
    ];
    for (accept, expected) in cases {
        let response = app
            .client
            .get(app.url("/"))
            .header("accept-language", accept)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 303, "{accept}");
        assert_eq!(
            response.headers().get("location").unwrap(),
            expected,
            "{accept}"
        );
    }
}

#[tokio::test]
async fn every_page_exists_in_four_languages_with_a_switch() {
    let app = spawn_app().await;
    for language in Language::ALL {
        let lang = language.code();
        let html = app
            .get(&format!("/{lang}/request"))
            .await
            .text()
            .await
            .unwrap();
        assert_eq!(select_attr(&html, "html", "lang").as_deref(), Some(lang));
        let h1 = select_text(&html, "h1").unwrap();
        assert_eq!(h1, Tr(language).t("form-title"), "{lang}");
        if language != Language::En {
            assert_ne!(h1, Tr(Language::En).t("form-title"), "{lang} is translated");
        }
        let switch: Vec<_> = ["fr", "nl", "en", "de"]
            .iter()
            .map(|l| select_attr(&html, &format!(".language-switch a[lang={l}]"), "href"))
            .collect();
        assert_eq!(
            switch,
            ["fr", "nl", "en", "de"].map(|l| Some(format!("/{l}/request"))),
            "{lang}: the switch leads to the same page"
        );
        assert_eq!(
            select_attr(&html, ".language-switch a[aria-current]", "lang").as_deref(),
            Some(lang)
        );
        // Twenty preferred slots: ten working days, morning and afternoon.
        assert_eq!(
            select_all_text(&html, "input[name=slot] + label").len(),
            20,
            "{lang}"
        );
    }
}

#[tokio::test]
async fn errors_are_given_in_the_page_language() {
    let app = spawn_app().await;
    let tokens = app.open_form("de").await;
    let fields = crate::helpers::with_field(&app.valid_fields(&tokens), "email", Some("nope"));
    let html = app.post_form("de", &fields).await.text().await.unwrap();
    let summary = select_all_text(&html, ".error-summary li");
    assert_eq!(summary.len(), 1);
    assert_eq!(summary[0], Tr(Language::De).t("error-email"));
    assert_ne!(summary[0], Tr(Language::En).t("error-email"));
}

#[tokio::test]
async fn the_home_page_explains_the_service_and_starts_a_request() {
    let app = spawn_app().await;
    let html = app.get("/en/").await.text().await.unwrap();
    assert_eq!(select_all_text(&html, "ol.steps li").len(), 4);
    let not_needed = select_all_text(&html, "ul.columns li");
    assert_eq!(not_needed.len(), 19);
    assert!(not_needed.contains(&"Netherlands".to_owned()));
    assert_eq!(
        select_attr(&html, "a.button", "href").as_deref(),
        Some("/en/request")
    );
}

#[tokio::test]
async fn unknown_pages_get_a_helpful_page_in_the_right_language() {
    let app = spawn_app().await;
    let response = app.get("/fr/nowhere").await;
    assert_eq!(response.status(), 404);
    let html = response.text().await.unwrap();
    assert_eq!(select_attr(&html, "html", "lang").as_deref(), Some("fr"));
    assert_eq!(
        select_attr(&html, "main a", "href").as_deref(),
        Some("/fr/")
    );

    let response = app.get("/xx/request").await;
    assert_eq!(response.status(), 404);
}

#[tokio::test]
async fn a_body_too_large_gets_a_page_not_a_stack_trace() {
    let app = spawn_app().await;
    let tokens = app.open_form("en").await;
    let mut fields = app.valid_fields(&tokens);
    fields.push(("motivation".to_owned(), "x".repeat(200_000)));
    let response = app.post_form("en", &fields).await;
    assert_eq!(response.status(), 413);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let html = response.text().await.unwrap();
    assert!(
        select_text(&html, "h1").unwrap().contains("too large"),
        "{html}"
    );
}

#[tokio::test]
async fn health_reports_the_database() {
    let app = spawn_app().await;
    let response = app.get("/health").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.text().await.unwrap(), r#"{"status":"ok"}"#);
}

#[tokio::test]
async fn the_staff_sign_in_form_leaves_its_checks_to_the_server_in_the_page_language() {
    let app = spawn_app().await;
    let html = app.get("/fr/staff/sign-in").await.text().await.unwrap();
    assert!(
        select_attr(&html, "form[action='/fr/staff/sign-in']", "novalidate").is_some(),
        "the browser's own messages would be in its language, not the page's"
    );
    assert!(!select_text(&html, "title").unwrap().starts_with("Erreur"));

    let csrf = select_attr(&html, "input[name=csrf_token]", "value").unwrap();
    let response = app
        .client
        .post(app.url("/fr/staff/sign-in"))
        .form(&[("email", ""), ("password", ""), ("csrf_token", &csrf)])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 401);
    let html = response.text().await.unwrap();
    assert_eq!(
        select_text(&html, ".notice-error").map(|t| t.trim().to_owned()),
        Some(Tr(Language::Fr).t("staff-sign-in-failed"))
    );
    let title = select_text(&html, "title").unwrap();
    let prefix = format!("{} ", Tr(Language::Fr).t("error-prefix"));
    assert!(title.starts_with(&prefix), "{title}");
}

#[tokio::test]
async fn every_page_names_an_icon_that_is_there() {
    let app = spawn_app().await;
    for path in [
        "/en/",
        "/fr/request",
        "/en/staff/sign-in",
        "/nl/no-such-page",
    ] {
        let html = app.get(path).await.text().await.unwrap();
        assert_eq!(
            select_attr(&html, "link[rel=icon]", "href").as_deref(),
            Some("/static/favicon.svg"),
            "{path}"
        );
    }
    // Browsers also ask for /favicon.ico on their own, on every site.
    for path in ["/static/favicon.svg", "/favicon.ico"] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()["content-type"], "image/svg+xml");
        assert!(response.text().await.unwrap().starts_with("<svg"));
    }
}
