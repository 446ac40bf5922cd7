//! What keeps pages fast with a long queue and many staff: lists read one page at a time (a
//! count, that page's rows and their slots), a session written at most once a minute, and
//! compressed responses.

use crate::helpers::{TestApp, browser, spawn_app};
use chrono::Duration;
use rendezvous::db::entities::{request, request_slot, staff_session};
use rendezvous::db::requests::{self, RequestId};
use rendezvous::db::staff::Role;
use rendezvous::domain::language::InterviewLanguage;
use rendezvous::views::pages::staff::queue::PER_PAGE;
use scraper::{Html, Selector};
use sea_orm::{EntityTrait, Set};
use uuid::Uuid;

/// Puts `n` open requests straight into the database (the form's argon2 would take minutes),
/// every third one in French, the others in Dutch, some made at the same instant so that the
/// order also rests on the id. Returns their ids in queue order (oldest first).
async fn many_open_requests(app: &TestApp, n: usize) -> Vec<(Uuid, &'static str)> {
    let offered = app.offered();
    let mut made = Vec::new();
    let mut rows = Vec::new();
    let mut slots = Vec::new();
    for i in 0..n {
        let id = Uuid::new_v4();
        let language = if i % 3 == 0 { "fr" } else { "nl" };
        // Two requests a minute, the older first.
        let created_at = app.now() - Duration::minutes(i64::try_from(n - i).unwrap() / 2);
        rows.push(request::ActiveModel {
            id: Set(id),
            submission_token: Set(Uuid::new_v4().simple().to_string()),
            state: Set("submitted".into()),
            ui_language: Set("en".into()),
            interview_language: Set(language.into()),
            last_name: Set(format!("Name{i:05}")),
            first_names: Set("Marie".into()),
            birth_date: Set(chrono::NaiveDate::from_ymd_opt(1985, 7, 30).unwrap()),
            birth_country: Set("BE".into()),
            birth_place: Set("Gent".into()),
            sex: Set("F".into()),
            niss: Set(None),
            email: Set(format!("person{i}@example.org")),
            motivation: Set("Filing my Belgian taxes from abroad.".into()),
            security_code_hash: Set("not-a-hash".into()),
            created_at: Set(created_at),
            updated_at: Set(created_at),
            code_locked_until: Set(None),
            slots_chosen_at: Set(Some(created_at)),
            browser_digest: Set(None),
            content_digest: Set(None),
            calendar_sequence: Set(0),
        });
        for slot in [&offered[0], &offered[3]] {
            slots.push(request_slot::ActiveModel {
                request_id: Set(id),
                day: Set(slot.date),
                part: Set(slot.part.code().to_owned()),
            });
        }
        made.push((created_at, id, language));
    }
    for chunk in rows.chunks(100) {
        request::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(&app.db)
            .await
            .unwrap();
    }
    for chunk in slots.chunks(200) {
        request_slot::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(&app.db)
            .await
            .unwrap();
    }
    made.sort();
    made.into_iter().map(|(_, id, l)| (id, l)).collect()
}

/// The request ids a page lists, in order (each row's link names its request).
fn listed(html: &str) -> Vec<Uuid> {
    let doc = Html::parse_document(html);
    let sel = Selector::parse("tbody tr td:first-child a").unwrap();
    doc.select(&sel)
        .map(|a| {
            let href = a.value().attr("href").unwrap();
            let id = href
                .split(['/', '=', '#', '&', '?'])
                .find_map(|part| Uuid::parse_str(part).ok());
            id.unwrap_or_else(|| panic!("a request id in {href}"))
        })
        .collect()
}

fn link(html: &str, rel: &str) -> Option<String> {
    let doc = Html::parse_document(html);
    let sel = Selector::parse(&format!("nav.pager a[rel={rel}]")).unwrap();
    doc.select(&sel)
        .next()
        .map(|a| a.value().attr("href").unwrap().to_owned())
}

fn heading_count(html: &str) -> String {
    let doc = Html::parse_document(html);
    let sel = Selector::parse("main h2").unwrap();
    doc.select(&sel)
        .map(|h| h.text().collect::<String>())
        .find(|t| t.contains("open request"))
        .unwrap_or_default()
}

/// Follows the "next page" links from `first` to the end; returns the ids listed, page by page.
async fn walk(app: &TestApp, client: &reqwest::Client, first: &str) -> Vec<Vec<Uuid>> {
    let mut pages = Vec::new();
    let mut next = Some(first.to_owned());
    while let Some(path) = next {
        let html = app.html_of(client, &path).await;
        pages.push(listed(&html));
        next = link(&html, "next");
        if let Some(next) = &next {
            // Back from the next page comes here again.
            let there = app.html_of(client, next).await;
            let back = link(&there, "prev").expect("a previous-page link");
            assert_eq!(listed(&app.html_of(client, &back).await), listed(&html));
        }
        assert!(pages.len() < 20, "the pages end");
    }
    pages
}

#[tokio::test]
async fn the_queue_shows_one_page_with_the_total_and_links_to_the_next() {
    let app = spawn_app().await;
    let per_page = usize::try_from(PER_PAGE).unwrap();
    let n = 3 * per_page + 7;
    let all = many_open_requests(&app, n).await;
    let sam = app
        .staff(
            "sam@example.org",
            "Sam Supervisor",
            Role::Supervisor,
            "fr,nl",
        )
        .await;

    let html = app.html_of(&sam.client, "/en/staff/queue").await;
    let ids: Vec<Uuid> = all.iter().map(|(id, _)| *id).collect();
    assert_eq!(listed(&html), ids[..per_page], "exactly the oldest page");
    assert!(
        heading_count(&html).contains(&format!("{n} open requests")),
        "the total: {}",
        heading_count(&html)
    );
    assert!(link(&html, "prev").is_none(), "no page before the first");
    let pages = walk(&app, &sam.client, "/en/staff/queue").await;
    let lengths: Vec<usize> = pages.iter().map(Vec::len).collect();
    assert_eq!(lengths, [per_page, per_page, per_page, 7]);
    assert_eq!(pages.concat(), ids, "the pages follow on, oldest first");

    // The filter is in the query and in the links.
    let french: Vec<Uuid> = all
        .iter()
        .filter(|(_, l)| *l == "fr")
        .map(|(id, _)| *id)
        .collect();
    let html = app
        .html_of(&sam.client, "/en/staff/queue?language=fr")
        .await;
    assert!(
        heading_count(&html).contains(&format!("{} open requests", french.len())),
        "{}",
        heading_count(&html)
    );
    let next = link(&html, "next").expect("French fills more than a page");
    assert!(next.contains("language=fr"), "{next}");
    let pages = walk(&app, &sam.client, "/en/staff/queue?language=fr").await;
    assert_eq!(pages.concat(), french);

    // A page past the end shows the last one; nonsense shows the first.
    let html = app.html_of(&sam.client, "/en/staff/queue?page=99").await;
    assert_eq!(listed(&html), ids[3 * per_page..]);
    let html = app.html_of(&sam.client, "/en/staff/queue?page=x").await;
    assert_eq!(listed(&html), ids[..per_page]);

    // The store reads one page of rows and their slots only.
    let page = requests::open_requests_page(&app.db, None, 2, PER_PAGE)
        .await
        .unwrap();
    assert_eq!(page.total, n as u64);
    assert_eq!(page.rows.len(), per_page);
    assert_eq!(page.rows[0].row.id, ids[per_page]);
    assert!(page.rows.iter().all(|r| r.preferred.len() == 2));
    let dutch = [InterviewLanguage::parse("nl").unwrap()];
    let page = requests::open_requests_page(&app.db, Some(&dutch), 1, 10)
        .await
        .unwrap();
    assert_eq!(page.total, (n - french.len()) as u64);
    assert_eq!(page.rows.len(), 10);
    assert!(page.rows.iter().all(|r| r.row.interview_language == "nl"));

    // "Propose for all" still reads every open request.
    let everything = requests::open_requests(&app.db, None).await.unwrap();
    assert_eq!(everything.len(), n);
}

#[tokio::test]
async fn the_assignment_dashboard_pages_through_the_interviewers_languages() {
    let app = spawn_app().await;
    let per_page = usize::try_from(PER_PAGE).unwrap();
    let all = many_open_requests(&app, 3 * per_page + 10).await;
    let anna = app
        .staff("anna@example.org", "Anna Peeters", Role::Interviewer, "nl")
        .await;
    let dutch: Vec<Uuid> = all
        .iter()
        .filter(|(_, l)| *l == "nl")
        .map(|(id, _)| *id)
        .collect();
    assert!(dutch.len() > 2 * per_page);

    let html = app.html_of(&anna.client, "/en/staff/assign").await;
    assert_eq!(listed(&html), dutch[..per_page]);
    assert!(
        heading_count(&html).contains(&format!("{} open requests", dutch.len())),
        "{}",
        heading_count(&html)
    );
    let pages = walk(&app, &anna.client, "/en/staff/assign").await;
    assert_eq!(pages.concat(), dutch, "the pages follow on, oldest first");

    // A request chosen on page 2 shows its slots there, its row marked.
    let chosen = dutch[per_page + 1];
    let html = app
        .html_of(
            &anna.client,
            &format!("/en/staff/assign?page=2&request={chosen}"),
        )
        .await;
    assert_eq!(listed(&html), dutch[per_page..2 * per_page]);
    assert!(html.contains(&RequestId(chosen).reference()), "{html}");
    assert!(
        html.contains("aria-current=\"true\""),
        "the chosen row is marked"
    );
    assert!(
        Html::parse_document(&html)
            .select(&Selector::parse(".offers input[name=starts_at]").unwrap())
            .next()
            .is_some(),
        "the chosen request's slots are offered"
    );
    // A French request is not hers to choose, even by its address.
    let french = all.iter().find(|(_, l)| *l == "fr").unwrap().0;
    let html = app
        .html_of(&anna.client, &format!("/en/staff/assign?request={french}"))
        .await;
    assert!(!html.contains("id=\"chosen\""), "no slots for {french}");
}

async fn last_seen(app: &TestApp) -> chrono::DateTime<chrono::Utc> {
    let sessions = staff_session::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(sessions.len(), 1);
    sessions[0].last_seen_at
}

#[tokio::test]
async fn page_views_within_a_minute_write_the_session_once() {
    let app = spawn_app().await;
    let anna = app
        .staff("anna@example.org", "Anna Peeters", Role::Interviewer, "nl")
        .await;
    let signed_in_at = last_seen(&app).await;

    // Views within the first minute change nothing.
    app.clock.advance(Duration::seconds(20));
    assert_eq!(app.status_of(&anna.client, "/en/staff/").await, 200);
    app.clock.advance(Duration::seconds(39));
    assert_eq!(app.status_of(&anna.client, "/en/staff/").await, 200);
    assert_eq!(
        last_seen(&app).await,
        signed_in_at,
        "no write within a minute"
    );

    // A minute on, one view writes; the next within a minute does not.
    app.clock.advance(Duration::seconds(1));
    assert_eq!(app.status_of(&anna.client, "/en/staff/").await, 200);
    let written = last_seen(&app).await;
    assert_eq!(written, signed_in_at + Duration::seconds(60));
    app.clock.advance(Duration::seconds(30));
    assert_eq!(app.status_of(&anna.client, "/en/staff/").await, 200);
    assert_eq!(
        last_seen(&app).await,
        written,
        "two views in a minute write once"
    );

    // The idle limit (30 minutes) still counts from the recorded view: a session seen last
    // 30 minutes and a second ago has ended.
    app.clock
        .advance(Duration::minutes(30) - Duration::seconds(30) + Duration::seconds(1));
    assert_eq!(app.status_of(&anna.client, "/en/staff/").await, 303);
}

#[tokio::test]
async fn pages_are_gzipped_for_clients_that_accept_it() {
    let app = spawn_app().await;
    // Pages that hold a secret next to typed text are never compressed (BREACH).
    for path in ["/en/request", "/fr/staff/sign-in"] {
        let response = browser()
            .get(app.url(path))
            .header("Accept-Encoding", "gzip")
            .send()
            .await
            .unwrap();
        assert_eq!(
            response
                .headers()
                .get("content-encoding")
                .map(|v| v.to_str().unwrap()),
            Some("identity"),
            "{path}"
        );
        assert!(
            response.text().await.unwrap().contains("csrf_token"),
            "{path}"
        );
    }
    for path in ["/en/", "/en/privacy", "/de/"] {
        let gzipped = browser()
            .get(app.url(path))
            .header("Accept-Encoding", "gzip")
            .send()
            .await
            .unwrap();
        assert_eq!(gzipped.status(), 200, "{path}");
        assert_eq!(
            gzipped
                .headers()
                .get("content-encoding")
                .map(|v| v.to_str().unwrap()),
            Some("gzip"),
            "{path}"
        );
        let gzipped_len = gzipped.bytes().await.unwrap().len();
        let plain = browser().get(app.url(path)).send().await.unwrap();
        assert!(
            plain.headers().get("content-encoding").is_none(),
            "{path}: plain for a client that asks nothing"
        );
        let plain_body = plain.text().await.unwrap();
        assert!(plain_body.contains("<html"), "{path}");
        assert!(
            gzipped_len < plain_body.len(),
            "{path}: {gzipped_len} bytes gzipped, {} plain",
            plain_body.len()
        );
    }
}
