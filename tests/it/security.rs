//! CSRF, rate limiting and security headers.

use crate::helpers::{browser, select_attr, select_text, spawn_app, spawn_app_with, with_field};

#[tokio::test]
async fn a_form_without_the_right_csrf_token_is_refused_and_kept() {
    let app = spawn_app().await;
    let tokens = app.open_form("en").await;
    let fields = app.valid_fields(&tokens);

    // A wrong token in the form.
    let wrong = with_field(&fields, "csrf_token", Some(&"0".repeat(32)));
    let response = app.post_form("en", &wrong).await;
    assert_eq!(response.status(), 403);
    let html = response.text().await.unwrap();
    assert!(
        select_text(&html, ".notice")
            .unwrap()
            .contains("For your security")
    );
    assert_eq!(
        select_attr(&html, "#last_name", "value").as_deref(),
        Some("Janssens")
    );

    // A cross-site post: the browser has no cookie for the form's token.
    let stranger = browser();
    let response = stranger
        .post(app.url("/en/request"))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
    assert!(app.requests().await.is_empty());

    // The refused page carries a fresh token that works.
    let new_token = select_attr(&html, "input[name=csrf_token]", "value").unwrap();
    let retry = with_field(&fields, "csrf_token", Some(&new_token));
    assert_eq!(app.post_form("en", &retry).await.status(), 200);
    assert_eq!(app.requests().await.len(), 1);
}

#[tokio::test]
async fn csrf_cookie_is_http_only_and_strict() {
    let app = spawn_app().await;
    let response = app.get("/en/request").await;
    let cookie = response
        .headers()
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("rdv_csrf="), "{cookie}");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Strict"), "{cookie}");
}

#[tokio::test]
async fn submissions_are_limited_per_client_address() {
    let app = spawn_app_with(|s| s.submissions_per_hour = 2).await;
    for _ in 0..2 {
        app.submit_valid_request("en").await;
    }
    let tokens = app.open_form("en").await;
    let response = app.post_form("en", &app.valid_fields(&tokens)).await;
    assert_eq!(response.status(), 429);
    let html = response.text().await.unwrap();
    assert!(
        select_text(&html, ".notice")
            .unwrap()
            .contains("Too many requests"),
        "{html}"
    );
    assert_eq!(
        select_attr(&html, "#email", "value").as_deref(),
        Some("marie.janssens@example.org")
    );
    assert_eq!(app.requests().await.len(), 2);
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = spawn_app().await;
    for path in [
        "/en/",
        "/fr/request",
        "/nl/privacy",
        "/de/no-such-page",
        "/static/style.css",
        "/health",
    ] {
        let response = app.get(path).await;
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .map(|v| v.to_str().unwrap().to_owned())
                .unwrap_or_default()
        };
        let csp = header("content-security-policy");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(csp.contains("default-src 'none'"), "{path}: {csp}");
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        assert_eq!(header("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(header("referrer-policy"), "no-referrer", "{path}");
    }
}

#[tokio::test]
async fn pages_with_tokens_are_not_cached() {
    let app = spawn_app().await;
    let response = app.get("/en/request").await;
    assert_eq!(response.headers().get("cache-control").unwrap(), "no-store");
}
