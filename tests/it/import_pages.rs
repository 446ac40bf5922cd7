//! The import pages as a supervisor uses them: the upload with the templates, the preview with
//! its refused lines and their CSV, the confirmation, the run followed to its report, and the
//! refusals of a wrong file with what was typed kept.

use crate::helpers::{TestApp, select_attr, select_text, spawn_app};
use crate::scheduling::Staff;
use rendezvous::db::entities::person;
use rendezvous::db::staff::Role;
use rendezvous::import_file::{Limits, read};
use reqwest::StatusCode;
use reqwest::multipart::{Form, Part};
use sea_orm::EntityTrait;

const GOOD: &str = "NISS;Email;Language;First names;Last name;Card\n\
85073003328;marie@example.org;FR;Marie;Dupont;EP123456\n\
09122415775;jan@example.org;nl;Jan;Peeters;ID987654\n\
85073003329;bad-email;IT;Eva;;X\n\
01010100126;marie@example.org;EN;Ann;Smith;ABC123456\n";

async fn supervisor(app: &TestApp) -> Staff {
    app.staff("sara@example.org", "Sara Janssens", Role::Supervisor, "nl")
        .await
}

/// Sends a file with the upload form of the page, as a browser would.
async fn upload(
    app: &TestApp,
    who: &Staff,
    organisation: &str,
    name: &str,
    bytes: Vec<u8>,
) -> reqwest::Response {
    let page = app.html_of(&who.client, "/en/staff/import").await;
    let action = select_attr(&page, "form[enctype='multipart/form-data']", "action")
        .expect("the upload form");
    let form = Form::new()
        .text("organisation", organisation.to_owned())
        .part("file", Part::bytes(bytes).file_name(name.to_owned()));
    who.client
        .post(app.url(&action))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_supervisor_previews_confirms_and_follows_a_list_to_its_report() {
    let app = spawn_app().await;
    let sara = supervisor(&app).await;
    let preview = upload(
        &app,
        &sara,
        " Embassy  of Ruritania ",
        "staff.csv",
        GOOD.into(),
    )
    .await;
    assert_eq!(preview.status(), StatusCode::OK);
    let html = preview.text().await.unwrap();
    assert_eq!(select_text(&html, "#preview-lines").unwrap(), "4");
    assert_eq!(select_text(&html, "#preview-create").unwrap(), "2");
    assert_eq!(select_text(&html, "#preview-refused").unwrap(), "2");
    let refused = select_text(&html, "#refused").unwrap();
    assert!(refused.contains("the check digits are wrong"), "{refused}");
    assert!(
        refused.contains("the same email address is already on line 2"),
        "{refused}"
    );
    assert!(
        person::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .is_empty(),
        "nothing is written before the confirmation"
    );

    // The refused lines as a CSV with a reason column.
    let csv_link = select_attr(&html, "a[href*='refused.csv']", "href").unwrap();
    let csv = sara
        .client
        .get(app.url(&csv_link))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(csv.contains("bad-email"), "{csv}");
    assert!(
        csv.lines().count() == 3,
        "the header and the two refused lines: {csv}"
    );

    // Confirmed: the run goes in the background; its page follows it to the report.
    let token = select_attr(&html, "input[name=token]", "value").unwrap();
    let csrf = select_attr(
        &html,
        "form[action$='confirm'] input[name=csrf_token]",
        "value",
    )
    .unwrap();
    let confirmed = sara
        .client
        .post(app.url("/en/staff/import/confirm"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("token", token.as_str()),
            ("organisation", "Embassy of Ruritania"),
            ("file_name", "staff.csv"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(confirmed.status(), StatusCode::SEE_OTHER);
    let location = confirmed.headers()["location"].to_str().unwrap().to_owned();
    let mut report = String::new();
    for _ in 0..100 {
        report = app.html_of(&sara.client, &location).await;
        if report.contains("data-state=\"finished\"") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(report.contains("data-state=\"finished\""), "{report}");
    assert_eq!(select_text(&report, "#report-created").unwrap(), "2");
    assert_eq!(select_text(&report, "#report-refused").unwrap(), "2");
    assert_eq!(person::Entity::find().all(&app.db).await.unwrap().len(), 2);
    let csv = sara
        .client
        .get(app.url(&format!("{location}/report.csv")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(csv.matches("Registered").count(), 2, "{csv}");
    assert_eq!(csv.matches("Refused").count(), 2, "{csv}");

    // Confirming the same preview again does nothing more.
    let again = sara
        .client
        .post(app.url("/en/staff/import/confirm"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("token", token.as_str()),
            ("organisation", "Embassy of Ruritania"),
            ("file_name", "staff.csv"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::GONE);
    assert_eq!(person::Entity::find().all(&app.db).await.unwrap().len(), 2);
}

#[tokio::test]
async fn a_wrong_file_gets_one_clear_message_and_the_organisation_stays_typed() {
    let app = spawn_app().await;
    let sara = supervisor(&app).await;
    let cases: [(&str, Vec<u8>, &str); 4] = [
        ("a PDF", b"%PDF-1.7\n1 0 obj".to_vec(), "This is a PDF file"),
        (
            "a password-protected workbook",
            [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
                .into_iter()
                .chain([0; 504])
                .collect(),
            "protected by a password",
        ),
        (
            "five columns",
            b"85073003328;a@example.org;FR;Marie;Dupont\n".to_vec(),
            "does not have the six columns",
        ),
        ("an empty file", b"\n\n".to_vec(), "The file is empty"),
    ];
    for (case, bytes, message) in cases {
        let answer = upload(&app, &sara, "Mission of Elbonia", "list.xlsx", bytes).await;
        assert_eq!(answer.status(), StatusCode::UNPROCESSABLE_ENTITY, "{case}");
        let html = answer.text().await.unwrap();
        assert!(html.contains(message), "{case}: {html}");
        assert!(
            html.contains("value=\"Mission of Elbonia\""),
            "{case}: kept"
        );
    }
    let interviewer = app
        .staff("anna@example.org", "Anna Peeters", Role::Interviewer, "nl")
        .await;
    assert_eq!(
        app.status_of(&interviewer.client, "/en/staff/import").await,
        StatusCode::NOT_FOUND,
        "supervisors only"
    );
}

#[tokio::test]
async fn the_templates_carry_the_header_in_the_supervisors_language() {
    let app = spawn_app().await;
    let sara = supervisor(&app).await;
    let csv = sara
        .client
        .get(app.url("/nl/staff/import/template.csv"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(csv.contains("Rijksregisternummer"), "{csv}");
    let xlsx = sara
        .client
        .get(app.url("/de/staff/import/template.xlsx"))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    let lines = read(
        &xlsx,
        &Limits {
            max_bytes: 1 << 20,
            max_lines: 10,
        },
    )
    .expect("the template reads as a list");
    assert_eq!(lines.len(), 1);
    assert!(
        rendezvous::domain::import::is_header(&lines[0].cells),
        "{lines:?}"
    );
    assert_eq!(lines[0].cells[1], "E-Mail-Adresse");
}

/// Uploads and confirms a list, and waits for its run to end; returns the report's address.
async fn imported(app: &TestApp, who: &Staff, list: &str) -> String {
    let html = upload(app, who, "Embassy of Ruritania", "staff.csv", list.into())
        .await
        .text()
        .await
        .unwrap();
    let token = select_attr(&html, "input[name=token]", "value").expect("a preview");
    let csrf = select_attr(
        &html,
        "form[action$='confirm'] input[name=csrf_token]",
        "value",
    )
    .unwrap();
    let confirmed = who
        .client
        .post(app.url("/en/staff/import/confirm"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("token", token.as_str()),
            ("organisation", "Embassy of Ruritania"),
            ("file_name", "staff.csv"),
        ])
        .send()
        .await
        .unwrap();
    let location = confirmed.headers()["location"].to_str().unwrap().to_owned();
    for _ in 0..100 {
        if app
            .html_of(&who.client, &location)
            .await
            .contains("data-state=\"finished\"")
        {
            return location;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the import did not finish");
}

#[tokio::test]
async fn a_supervisor_sends_a_persons_three_emails_again_and_revokes_their_activation() {
    use rendezvous::db::entities::activation;
    let app = spawn_app().await;
    let sara = supervisor(&app).await;
    imported(&app, &sara, GOOD).await;
    let marie = person::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.email == "marie@example.org")
        .unwrap();
    let path = format!("/en/staff/people/{}", marie.id);
    let html = app.html_of(&sara.client, &path).await;
    let replaces = select_attr(
        &html,
        "form[action$='resend'] input[name=replaces]",
        "value",
    )
    .unwrap();
    let first = rendezvous::db::activations::for_person(&app.db, marie.id)
        .await
        .unwrap();
    assert_eq!(first.len(), 1);
    assert_eq!(replaces, first[0].id.to_string());
    let form = [
        ("csrf_token", sara.csrf.as_str()),
        ("replaces", replaces.as_str()),
    ];
    let resent = sara
        .client
        .post(app.url(&format!("{path}/resend")))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(resent.status(), StatusCode::OK);
    let kinds: Vec<String> = app
        .outbox()
        .await
        .into_iter()
        .filter(|m| m.recipient == "marie@example.org")
        .map(|m| m.kind)
        .collect();
    for kind in ["profile_created", "activation_link", "activation_code"] {
        assert_eq!(
            kinds.iter().filter(|k| *k == kind).count(),
            2,
            "{kind}: {kinds:?}"
        );
    }
    let old = activation::Entity::find_by_id(first[0].id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(old.revoke_reason.as_deref(), Some("replaced"));
    // The same form again (a reload): nothing more is sent.
    let again = sara
        .client
        .post(app.url(&format!("{path}/resend")))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::CONFLICT);
    assert_eq!(
        app.outbox()
            .await
            .into_iter()
            .filter(|m| m.recipient == "marie@example.org")
            .count(),
        6
    );

    // Revoking needs a reason, then the new activation stops too.
    let html = app.html_of(&sara.client, &path).await;
    let open = select_attr(
        &html,
        "form[action$='revoke'] input[name=activation]",
        "value",
    )
    .unwrap();
    let revoke = format!("{path}/revoke");
    let no_reason = sara
        .client
        .post(app.url(&revoke))
        .form(&[
            ("csrf_token", sara.csrf.as_str()),
            ("activation", open.as_str()),
            ("reason", ""),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(no_reason.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let done = sara
        .client
        .post(app.url(&revoke))
        .form(&[
            ("csrf_token", sara.csrf.as_str()),
            ("activation", open.as_str()),
            ("reason", "left the embassy"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(done.status(), StatusCode::OK);
    assert!(
        rendezvous::db::activations::for_person(&app.db, marie.id)
            .await
            .unwrap()
            .iter()
            .all(|a| a.revoked_at.is_some())
    );
}

#[tokio::test]
async fn a_list_held_for_its_preview_and_never_confirmed_is_removed_after_a_day() {
    let app = spawn_app().await;
    let held = app.upload_dir().join("imports");
    std::fs::create_dir_all(&held).unwrap();
    let old = held.join("a".repeat(32));
    let fresh = held.join("b".repeat(32));
    std::fs::write(&old, GOOD).unwrap();
    std::fs::write(&fresh, GOOD).unwrap();
    let two_days_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(2 * 86_400);
    std::fs::File::options()
        .write(true)
        .open(&old)
        .unwrap()
        .set_modified(two_days_ago)
        .unwrap();
    let removed = rendezvous::jobs::retention::sweep_held_lists(&app.upload_dir())
        .await
        .unwrap();
    assert_eq!(removed, 1);
    assert!(!old.exists() && fresh.exists());
}
