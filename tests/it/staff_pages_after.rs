//! Staff pages once things have moved on: an ended request shown read-only with its history (to
//! supervisors and to the interviewers who had it), a reassignment or move refused in a race
//! with what became of the appointment, and the calendar's past days.

use crate::helpers::{TestApp, browser, select_all_text, select_attr, select_text, spawn_app};
use crate::scheduling::Staff;
use chrono::{DateTime, TimeZone, Utc};
use rendezvous::db::appointments::{self, NewAppointment};
use rendezvous::db::entities::audit_entry;
use rendezvous::db::staff::Role;
use rendezvous::domain::interview::{DEFAULT_NO_SHOW_GRACE, Outcome, RefusalReason};
use rendezvous::domain::scheduling::AppointmentState;
use rendezvous::use_cases::interview_outcome::{self, OutcomeSettings};
use scraper::{Html, Selector};
use sea_orm::{EntityTrait, TransactionTrait};
use uuid::Uuid;

/// The password `TestApp::staff` gives everyone.
const PASSWORD: &str = "correct horse battery";

/// Monday 30 November 2026, 09:00 in Brussels: the slot the test proposals take.
fn monday_nine() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 30, 8, 0, 0).unwrap()
}

/// The `action` of every form on a page.
fn form_actions(html: &str) -> Vec<String> {
    let doc = Html::parse_document(html);
    let forms = Selector::parse("form").unwrap();
    doc.select(&forms)
        .map(|f| f.value().attr("action").unwrap_or_default().to_owned())
        .collect()
}

#[derive(Debug, Clone, Copy)]
enum Ending {
    Cancelled,
    Lapsed,
    Refused,
}

/// Takes a request with Anna's proposal for Monday 09:00 to its end, the way it happens for real.
/// Returns the request and Anna, signed in.
async fn ended(app: &TestApp, ending: Ending) -> (Uuid, Staff) {
    match ending {
        Ending::Cancelled => {
            let p = app.proposed().await;
            let client = browser();
            assert_eq!(
                app.enter_code(&client, &p.token, &p.code).await.status(),
                303
            );
            let cancel = format!("/en/appointment/{}/cancel", p.token);
            let html = app.html_of(&client, &cancel).await;
            let csrf = select_attr(&html, "input[name=csrf_token]", "value").unwrap();
            let response = client
                .post(app.url(&cancel))
                .form(&[("csrf_token", csrf.as_str())])
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 200, "cancelled");
            (p.request, p.anna)
        }
        Ending::Lapsed => {
            let p = app.proposed().await;
            // Past the three working days (and the slot itself): the job lapses it.
            app.clock
                .set(Utc.with_ymd_and_hms(2026, 11, 30, 23, 0, 0).unwrap());
            assert_eq!(app.jobs.tick().await.unwrap().lapsed, 1, "lapsed");
            // Days later, Anna's session has expired.
            let signed_in = app
                .sign_in_as(&p.anna.client, "anna@example.org", PASSWORD)
                .await;
            assert_eq!(signed_in.status(), 303);
            (p.request, p.anna)
        }
        Ending::Refused => {
            let o = crate::interview_outcome::opened(app, "en").await;
            let version = crate::interview_outcome::walked(app, &o, "2031-05-04", &[]).await;
            let settings = OutcomeSettings {
                base_url: &app.settings.base_url,
                no_show_grace: DEFAULT_NO_SHOW_GRACE,
                activation_days: 14,
            };
            interview_outcome::record_outcome(
                &app.db,
                &settings,
                o.interview,
                version,
                Outcome::Refused {
                    reason: RefusalReason::DocumentNotGenuine,
                    applicant_text: "The security features could not be seen.".into(),
                    internal_note: "Hologram looked printed.".into(),
                },
                o.anna.id,
                app.now(),
            )
            .await
            .unwrap();
            (o.appointment.request_id, o.anna)
        }
    }
}

#[tokio::test]
async fn an_ended_request_is_shown_read_only_with_its_history_to_those_who_may_see_it() {
    // (how it ended, the state line, the appointment's state, its last audit action and label)
    let cases = [
        (
            Ending::Cancelled,
            "This request has ended: cancelled by the applicant, on Wednesday 25 November 2026, \
             11:00 (Brussels time, CET).",
            "released — Cancelled by the applicant",
            "cancel",
            "Cancelled by the applicant",
        ),
        (
            Ending::Lapsed,
            "This request has ended: lapsed, the proposal was not answered in time, on Tuesday \
             1 December 2026, 00:00 (Brussels time, CET).",
            "lapsed — No answer in time",
            "lapse",
            "Proposal lapsed without an answer",
        ),
        (
            Ending::Refused,
            "This request has ended: refused at the interview, on Wednesday 25 November 2026, \
             11:00 (Brussels time, CET).",
            "confirmed",
            "interview_outcome",
            "Interview outcome recorded",
        ),
    ];
    for (ending, state_line, appointment_state, last_action, last_label) in cases {
        let app = spawn_app().await;
        let (request, anna) = ended(&app, ending).await;
        let sam = app
            .staff("sam@example.org", "Sam Supervisor", Role::Supervisor, "nl")
            .await;
        let bert = app
            .staff("bert@example.org", "Bert Claes", Role::Interviewer, "nl")
            .await;
        let path = format!("/en/staff/requests/{request}");

        for (who, client) in [("Sam", &sam.client), ("Anna", &anna.client)] {
            let response = client.get(app.url(&path)).send().await.unwrap();
            assert_eq!(response.status(), 200, "{ending:?}, {who}");
            let html = response.text().await.unwrap();
            assert_eq!(
                select_text(&html, ".request-ended-state").unwrap().trim(),
                state_line,
                "{ending:?}, {who}"
            );
            let next = select_text(&html, ".request-ended-next").unwrap();
            assert!(
                next.contains("nothing can be proposed, assigned or moved")
                    && next.contains("they make a new request"),
                "{ending:?}, {who}: {next}"
            );
            // Read-only: the only form is the navigation's sign-out.
            assert_eq!(
                form_actions(&html),
                ["/en/staff/sign-out"],
                "{ending:?}, {who}"
            );
            let appointments = select_all_text(&html, ".request-appointments li");
            assert_eq!(appointments.len(), 1, "{ending:?}, {who}: {appointments:?}");
            assert_eq!(
                appointments[0],
                format!(
                    "Monday 30 November 2026, 09:00–09:30 CET — Anna Peeters — {appointment_state}"
                ),
                "{ending:?}, {who}"
            );
            let actions = select_all_attr(&html, ".request-history tbody tr", "data-action");
            assert_eq!(
                actions.first().map(String::as_str),
                Some("request_submitted"),
                "{ending:?}, {who}: {actions:?}"
            );
            assert!(
                actions.contains(&"propose".to_owned()),
                "{ending:?}: {actions:?}"
            );
            assert_eq!(
                actions.last().map(String::as_str),
                Some(last_action),
                "{ending:?}, {who}: {actions:?}"
            );
            assert!(
                !actions.iter().any(|a| a.starts_with("view_")),
                "{ending:?}, {who}: views are left out: {actions:?}"
            );
            let rows = select_all_text(&html, ".request-history tbody tr");
            assert!(
                rows.first().unwrap().contains("Request submitted")
                    && rows.last().unwrap().contains(last_label),
                "{ending:?}, {who}: {rows:?}"
            );
        }
        // Another interviewer is told it does not exist, as for an open request.
        assert_eq!(
            app.status_of(&bert.client, &path).await,
            404,
            "{ending:?}, Bert"
        );
        // Each view that showed the applicant's data is in the log.
        let views = audit_entry::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .into_iter()
            .filter(|e| e.action == "view_request" && e.request_id == Some(request))
            .count();
        assert_eq!(views, 2, "{ending:?}: Sam's and Anna's views");
    }
}

/// The value of `attr` on every element `selector` matches.
fn select_all_attr(html: &str, selector: &str, attr: &str) -> Vec<String> {
    let doc = Html::parse_document(html);
    let sel = Selector::parse(selector).unwrap();
    doc.select(&sel)
        .filter_map(|e| e.value().attr(attr).map(str::to_owned))
        .collect()
}

#[tokio::test]
async fn a_reassignment_or_move_refused_in_a_race_says_the_appointment_is_unchanged() {
    let app = spawn_app().await;
    let anna = app
        .staff("anna@example.org", "Anna Peeters", Role::Interviewer, "nl")
        .await;
    let bert = app
        .staff("bert@example.org", "Bert Claes", Role::Interviewer, "nl")
        .await;
    let carl = app
        .staff("carl@example.org", "Carl Dubois", Role::Interviewer, "nl")
        .await;
    let sam = app
        .staff("sam@example.org", "Sam Supervisor", Role::Supervisor, "nl")
        .await;
    let ids = app.open_requests(2).await;
    assert_eq!(
        app.propose(&anna, ids[0], anna.id, monday_nine())
            .await
            .status(),
        303
    );
    let first = app.appointments().await[0].clone();
    // An open request's page is as before: a supervisor is led to its appointment, and the
    // interviewer who holds it is told it does not exist.
    let request_page = format!("/en/staff/requests/{}", ids[0]);
    let response = sam.client.get(app.url(&request_page)).send().await.unwrap();
    assert_eq!(response.status(), 303);
    assert_eq!(
        response.headers()["location"],
        format!("/en/staff/appointments/{}", first.id).as_str()
    );
    assert_eq!(app.status_of(&anna.client, &request_page).await, 404);

    // Sam's page offers Bert at Monday 09:00; meanwhile Bert proposes that slot himself.
    let page = app
        .html_of(&sam.client, &format!("/en/staff/appointments/{}", first.id))
        .await;
    assert!(
        select_attr(
            &page,
            &format!("#interviewer option[value='{}']", bert.id),
            "value"
        )
        .is_some(),
        "Bert is free at first"
    );
    assert_eq!(
        app.propose(&bert, ids[1], bert.id, monday_nine())
            .await
            .status(),
        303
    );

    let post = |id: Uuid, fields: Vec<(&'static str, String)>| {
        let sam = &sam;
        let app = &app;
        async move {
            let mut form = fields;
            form.push(("csrf_token", sam.csrf.clone()));
            form.push(("reason", "workload".to_owned()));
            sam.client
                .post(app.url(&format!("/en/staff/appointments/{id}/reassign")))
                .form(&form)
                .send()
                .await
                .unwrap()
        }
    };
    let still = "still with Anna Peeters, Monday 30 November 2026, 09:00 (Brussels time, CET)";
    let cases = [
        (
            "to Bert at the same time",
            vec![
                ("mode", "interviewer".to_owned()),
                ("interviewer", bert.id.to_string()),
            ],
            format!(
                "The interviewer you chose was booked at that time in the meantime, so the \
                 appointment was not reassigned. It is unchanged: {still}, and the applicant was \
                 not told anything. Choose another interviewer below, or move the appointment to \
                 another time."
            ),
        ),
        (
            "to Bert's Monday 09:00",
            vec![
                ("mode", "time".to_owned()),
                (
                    "slot",
                    format!("{}|{}", bert.id, monday_nine().to_rfc3339()),
                ),
            ],
            format!(
                "The new slot was just taken by another proposal, so the appointment was not \
                 moved. It is unchanged: {still}, and the applicant was not told anything. Choose \
                 another time below."
            ),
        ),
    ];
    for (case, fields, message) in cases {
        let response = post(first.id, fields).await;
        assert_eq!(response.status(), 409, "{case}");
        let html = response.text().await.unwrap();
        assert_eq!(
            select_text(&html, ".notice-error p").as_deref(),
            Some(message.as_str()),
            "{case}"
        );
        // The page still offers what is left: the forms, without Bert at that time.
        assert!(
            select_attr(&html, "#interviewer", "name").is_some(),
            "{case}"
        );
        assert!(
            select_attr(
                &html,
                &format!("#interviewer option[value='{}']", bert.id),
                "value"
            )
            .is_none(),
            "{case}"
        );
        let rows = app.appointments().await;
        let mine: Vec<_> = rows.iter().filter(|a| a.request_id == ids[0]).collect();
        assert_eq!(mine.len(), 1, "{case}: nothing new was held");
        assert_eq!(
            (
                mine[0].state.as_str(),
                mine[0].interviewer_id,
                mine[0].starts_at,
                mine[0].replaced_by,
                mine[0].change_reason.as_deref(),
            ),
            ("proposed", anna.id, monday_nine(), None, None),
            "{case}: the appointment is unchanged"
        );
        assert_eq!(app.request_state(ids[0]).await, "proposed", "{case}");
        assert!(
            !app.outbox().await.iter().any(|m| m.kind == "moved"),
            "{case}: the applicant was not told anything"
        );
    }

    // Handed to Carl; the form sent again on Anna's old appointment finds it changed.
    let to_carl = || {
        vec![
            ("mode", "interviewer".to_owned()),
            ("interviewer", carl.id.to_string()),
        ]
    };
    assert_eq!(post(first.id, to_carl()).await.status(), 303);
    let response = post(first.id, to_carl()).await;
    assert_eq!(response.status(), 409);
    let html = response.text().await.unwrap();
    assert_eq!(
        select_text(&html, ".notice-error p").as_deref(),
        Some(
            "Nothing was done: this appointment changed in the meantime (it was moved, \
             reassigned or cancelled, or its request ended). Its state now is shown below; open \
             the request to see where it stands."
        )
    );
    let reference = ids[0].simple().to_string()[..8].to_uppercase();
    assert_eq!(
        select_text(&html, ".request-link a").as_deref(),
        Some(format!("Where request {reference} stands now").as_str())
    );
    assert_eq!(
        select_attr(&html, ".request-link a", "href").as_deref(),
        Some(request_page.as_str())
    );
    let held: Vec<_> = app
        .appointments()
        .await
        .into_iter()
        .filter(|a| a.request_id == ids[0] && a.state == "proposed")
        .collect();
    assert_eq!(held.len(), 1, "one active appointment");
    assert_eq!(held[0].interviewer_id, carl.id);
}

#[tokio::test]
async fn past_days_in_the_calendar_say_so_instead_of_not_working() {
    let app = spawn_app().await;
    let anna = app
        .staff("anna@example.org", "Anna Peeters", Role::Interviewer, "nl")
        .await;
    // Friday 27 November, after today (Wednesday 25): a day off.
    let response = anna
        .client
        .post(app.url("/en/staff/plan/exceptions"))
        .form(&[
            ("csrf_token", anna.csrf.as_str()),
            ("day", "2026-11-27"),
            ("kind", "off"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    // Tuesday 24 November, yesterday: an interview held then.
    let ids = app.open_requests(1).await;
    let tuesday = Utc.with_ymd_and_hms(2026, 11, 24, 8, 0, 0).unwrap();
    let tx = app.db.begin().await.unwrap();
    appointments::hold(
        &tx,
        &NewAppointment {
            id: Uuid::new_v4(),
            request_id: ids[0],
            interviewer_id: anna.id,
            starts_at: tuesday,
            ends_at: tuesday + chrono::Duration::minutes(30),
            state: AppointmentState::Confirmed,
            token_hash: "x".repeat(64),
            created_by: None,
            video_room: None,
            proposed_at: tuesday,
        },
        tuesday,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();

    let html = app
        .html_of(&anna.client, "/en/staff/calendar?week=2026-11-23")
        .await;
    let days = select_all_text(&html, ".calendar section");
    assert_eq!(days.len(), 5, "{html}");
    // (day, what it says, what it must not say)
    let cases = [
        ("Monday 23 November, past, empty", "Past", "Not working."),
        (
            "Tuesday 24 November, past, an interview",
            "09:00–09:30",
            "Past",
        ),
        ("Wednesday 25 November, today", "13:00–17:00", "Past"),
        ("Thursday 26 November, a working day", "09:00–12:00", "Past"),
        ("Friday 27 November, a day off", "Not working.", "Past"),
    ];
    for ((case, says, not), text) in cases.into_iter().zip(&days) {
        assert!(text.contains(says), "{case}: {text}");
        assert!(!text.contains(not), "{case}: {text}");
    }
    assert_eq!(
        select_all_text(&html, ".calendar p.past"),
        ["Past"],
        "only the past day without interviews, muted"
    );
}
