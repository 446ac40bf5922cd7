//! Staff pages in French, Dutch and German: audit actions, their details and change reasons are
//! read from the translations, with times in Brussels and the zone; no stored code or UTC instant
//! shows as text.

use crate::helpers::{TestApp, browser, select_attr, spawn_app};
use crate::scheduling::Staff;
use chrono::{DateTime, Duration, TimeZone, Utc};
use rendezvous::db::staff::Role;
use rendezvous::domain::language::Language;
use rendezvous::i18n::Tr;
use scraper::{Html, Selector};
use uuid::Uuid;

/// Monday 30 November 2026, 09:00 in Brussels: the first slot of the test request's window.
fn monday_nine() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 30, 8, 0, 0).unwrap()
}

/// Codes that are stored (audit actions, change reasons) and must never be read as words.
const RAW: [&str; 14] = [
    "request_submitted",
    "staff_signed_in",
    "propose",
    "reassign",
    "move_time",
    "code_lockout",
    "plan_change",
    "plan_exception_add",
    "workload",
    "illness",
    "other",
    "reason",
    "until",
    "with",
];

/// The text a reader sees in the page's `main`.
fn main_text(html: &str) -> String {
    let doc = Html::parse_document(html);
    let main = Selector::parse("main").unwrap();
    doc.select(&main)
        .flat_map(|m| m.text())
        .collect::<Vec<_>>()
        .join(" ")
}

/// An instant as a machine writes it: `T08:00:00Z`, `T08:00:00+00:00`, `T08:00:00.123`.
fn utc_instant(text: &str) -> Option<&str> {
    let bytes = text.as_bytes();
    (0..bytes.len().saturating_sub(9))
        .find(|&i| {
            let w = &bytes[i..i + 10];
            w[0] == b'T'
                && [1, 2, 4, 5, 7, 8].iter().all(|&d| w[d].is_ascii_digit())
                && w[3] == b':'
                && w[6] == b':'
                && matches!(w[9], b'Z' | b'+' | b'-' | b'.')
        })
        .map(|i| &text[i..(i + 16).min(text.len())])
        .or_else(|| text.find("+00:00").map(|i| &text[i..i + 6]))
}

/// Fails, naming the page, when a raw code is a word of `text` or a UTC instant is in it.
fn assert_reads_well(lang: Language, page: &str, text: &str) {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .collect();
    for raw in RAW {
        // "propose" is also French ("en choisir un le propose"): there the labels tell.
        if raw == "propose" && lang == Language::Fr {
            continue;
        }
        assert!(
            !words.contains(&raw),
            "{lang} {page}: the raw word {raw:?} shows in {text}"
        );
    }
    assert_eq!(
        utc_instant(text),
        None,
        "{lang} {page}: a UTC instant shows in {text}"
    );
}

fn assert_says(lang: Language, page: &str, text: &str, key: &str) {
    let expected = Tr(lang).t(key);
    assert!(
        text.contains(&expected),
        "{lang} {page}: {key} ({expected:?}) is missing from {text}"
    );
}

// Free functions rather than `TestApp` methods, whose names other test modules share.

async fn reassign(app: &TestApp, by: &Staff, appointment: Uuid, fields: &[(&str, String)]) {
    let mut form = fields.to_vec();
    form.push(("csrf_token", by.csrf.clone()));
    let response = by
        .client
        .post(app.url(&format!("/en/staff/appointments/{appointment}/reassign")))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303, "reassign {fields:?}");
}

/// The appointment link of the newest proposal email.
async fn newest_link_token(app: &TestApp) -> String {
    let mut proposals: Vec<_> = app
        .outbox()
        .await
        .into_iter()
        .filter(|m| m.kind == "proposal")
        .collect();
    proposals.sort_by_key(|m| m.created_at);
    let body = &proposals.last().expect("a proposal email").text_body;
    body.split("/en/appointment/").nth(1).unwrap()[..32].to_owned()
}

/// Five wrong security codes on the appointment page: the page locks.
async fn lock_out(app: &TestApp, token: &str) {
    let path = format!("/en/appointment/{token}");
    let client = browser();
    for _ in 0..5 {
        let html = app.html_of(&client, &path).await;
        let csrf = select_attr(&html, "input[name=csrf_token]", "value").expect("the code form");
        client
            .post(app.url(&path))
            .form(&[("csrf_token", csrf.as_str()), ("code", "AAAA-AAAA-AAAA")])
            .send()
            .await
            .unwrap();
    }
}

async fn post_as(app: &TestApp, by: &Staff, path: &str, fields: &[(&str, &str)]) {
    let mut form = fields.to_vec();
    form.push(("csrf_token", by.csrf.as_str()));
    let response = by
        .client
        .post(app.url(path))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303, "{path} {fields:?}");
}

/// A history with every kind of entry a supervisor meets on a working day: requests, sign-ins,
/// a proposal, a reassignment (workload), a move to another time (illness), a code lock-out, a
/// plan change and a day off. Returns the app, the supervisor, Anna (an interviewer) and the ids of
/// the first appointment, the current one and the request still open.
async fn history() -> (TestApp, Staff, Staff, Uuid, Uuid, Uuid) {
    let app = spawn_app().await;
    let anna = app
        .staff("anna@example.org", "Anna Peeters", Role::Interviewer, "nl")
        .await;
    let bert = app
        .staff("bert@example.org", "Bert Claes", Role::Interviewer, "nl")
        .await;
    let sam = app
        .staff("sam@example.org", "Sam Supervisor", Role::Supervisor, "fr")
        .await;
    let ids = app.open_requests(2).await;
    assert_eq!(
        app.propose(&anna, ids[0], anna.id, monday_nine())
            .await
            .status(),
        303
    );
    let first = app.appointments().await[0].id;
    reassign(
        &app,
        &sam,
        first,
        &[
            ("mode", "interviewer".into()),
            ("interviewer", bert.id.to_string()),
            ("reason", "workload".into()),
        ],
    )
    .await;
    let second = app
        .appointments()
        .await
        .into_iter()
        .find(|a| a.interviewer_id == bert.id)
        .unwrap()
        .id;
    app.clock.advance(Duration::seconds(1));
    let later = monday_nine() + Duration::days(1) + Duration::hours(5);
    reassign(
        &app,
        &sam,
        second,
        &[
            ("mode", "time".into()),
            ("slot", format!("{}|{}", anna.id, later.to_rfc3339())),
            ("reason", "illness".into()),
        ],
    )
    .await;
    let current = app
        .appointments()
        .await
        .into_iter()
        .find(|a| a.starts_at == later)
        .unwrap()
        .id;
    let token = newest_link_token(&app).await;
    lock_out(&app, &token).await;
    let day = "09:00-12:00, 13:00-17:00";
    post_as(
        &app,
        &anna,
        "/en/staff/plan",
        &[
            ("languages", "nl"),
            ("day0", day),
            ("day1", day),
            ("day2", day),
            ("day3", day),
            ("day4", "09:00-12:00"),
        ],
    )
    .await;
    post_as(
        &app,
        &anna,
        "/en/staff/plan/exceptions",
        &[("day", "2026-12-04"), ("kind", "off")],
    )
    .await;
    let _ = bert;
    (app, sam, anna, first, current, ids[1])
}

#[tokio::test]
async fn the_audit_log_reads_in_the_staff_language_with_brussels_times() {
    let (app, sam, _anna, _, _, _) = history().await;
    let entries = rendezvous::db::audit::all(&app.db).await.unwrap();
    let actions: Vec<&str> = entries.iter().map(|e| e.action.as_str()).collect();
    for action in [
        "request_submitted",
        "staff_signed_in",
        "propose",
        "reassign",
        "move_time",
        "code_lockout",
        "plan_change",
        "plan_exception_add",
    ] {
        assert!(actions.contains(&action), "{action} in {actions:?}");
    }
    for lang in [Language::Fr, Language::Nl, Language::De] {
        let html = app
            .html_of(&sam.client, &format!("/{}/staff/audit", lang.code()))
            .await;
        let text = main_text(&html);
        assert_reads_well(lang, "audit", &text);
        for key in [
            "staff-audit-action-request-submitted",
            "staff-audit-action-staff-signed-in",
            "staff-audit-action-propose",
            "staff-audit-action-reassign",
            "staff-audit-action-move-time",
            "staff-audit-action-code-lockout",
            "staff-audit-action-plan-change",
            "staff-audit-action-plan-exception-add",
            "staff-reason-workload",
            "staff-reason-illness",
        ] {
            assert_says(lang, "audit", &text, key);
        }
        // Reassigned from Anna to Bert: both named, not by id.
        assert!(text.contains("Anna Peeters") && text.contains("Bert Claes"));
        // Times in Brussels with the zone: the first proposal was for 09:00 CET.
        assert!(
            text.contains("09:00") && text.contains("CET"),
            "{lang}: {text}"
        );
        // The scroll box can be reached and named by keyboard and screen reader users.
        let wrap =
            Selector::parse(".table-wrap[role=region][tabindex='0'][aria-labelledby]").unwrap();
        let doc = Html::parse_document(&html);
        let label = doc
            .select(&wrap)
            .next()
            .and_then(|w| w.value().attr("aria-labelledby"))
            .expect("a focusable, labelled region");
        assert!(
            doc.select(&Selector::parse(&format!("#{label}")).unwrap())
                .next()
                .is_some(),
            "{lang}: the region's label #{label} exists"
        );
    }
}

#[tokio::test]
async fn appointment_request_home_and_calendar_pages_show_reasons_in_the_staff_language() {
    let (app, sam, anna, first, current, open) = history().await;
    for lang in [Language::Fr, Language::Nl, Language::De] {
        let l = lang.code();
        let pages = [
            (
                "first appointment",
                &sam,
                format!("/{l}/staff/appointments/{first}"),
                Some("staff-reason-workload"),
            ),
            (
                "current appointment",
                &sam,
                format!("/{l}/staff/appointments/{current}"),
                Some("staff-reason-illness"),
            ),
            (
                "open request",
                &sam,
                format!("/{l}/staff/requests/{open}"),
                None,
            ),
            ("queue", &sam, format!("/{l}/staff/queue"), None),
            (
                "home",
                &anna,
                format!("/{l}/staff/"),
                Some("staff-reason-workload"),
            ),
            (
                "calendar",
                &anna,
                format!("/{l}/staff/calendar?week=2026-11-30"),
                None,
            ),
        ];
        for (name, who, path, reason) in pages {
            let html = app.html_of(&who.client, &path).await;
            let text = main_text(&html);
            assert_reads_well(lang, name, &text);
            if let Some(key) = reason {
                assert_says(lang, name, &text, key);
            }
        }
        let queue = app.html_of(&sam.client, &format!("/{l}/staff/queue")).await;
        assert!(
            select_attr(
                &queue,
                ".table-wrap[role=region][tabindex='0']",
                "aria-labelledby"
            )
            .is_some(),
            "{lang}: the queue's scroll box is a focusable, labelled region"
        );
    }
}

#[tokio::test]
async fn the_language_switch_keeps_whose_calendar_and_plan_and_which_week() {
    let app = spawn_app().await;
    let anna = app
        .staff("anna@example.org", "Anna Peeters", Role::Interviewer, "nl")
        .await;
    let sam = app
        .staff("sam@example.org", "Sam Supervisor", Role::Supervisor, "nl")
        .await;
    let french = |html: &str| {
        select_attr(html, ".language-switch a[hreflang=fr]", "href").expect("a French link")
    };
    let calendar = format!("/en/staff/calendar?week=2026-12-09&staff={}", anna.id);
    let html = app.html_of(&sam.client, &calendar).await;
    assert_eq!(
        french(&html),
        format!("/fr/staff/calendar?week=2026-12-07&staff={}", anna.id),
        "the same week (from its Monday) of the same interviewer"
    );
    let html = app.html_of(&anna.client, "/en/staff/calendar").await;
    assert!(
        french(&html).starts_with("/fr/staff/calendar?week="),
        "{}",
        french(&html)
    );
    let plan = format!("/en/staff/plan?staff={}", anna.id);
    let html = app.html_of(&sam.client, &plan).await;
    assert_eq!(french(&html), format!("/fr/staff/plan?staff={}", anna.id));
    let html = app.html_of(&sam.client, &french(&html)).await;
    assert!(html.contains("Anna Peeters"), "Anna's plan, in French");
}
