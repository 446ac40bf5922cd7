//! The outbox delivery job: retries with backoff when the SMTP server refuses, never loses or
//! duplicates a message.

use crate::helpers::spawn_app;
use chrono::Duration;

#[tokio::test]
async fn a_refused_email_is_retried_later_and_sent_once() {
    let app = spawn_app().await;
    let tokens = app.open_form("de").await;
    assert_eq!(
        app.post_form("de", &app.valid_fields(&tokens))
            .await
            .status(),
        200
    );

    app.smtp.refuse_mail(true);
    let report = app.jobs.tick().await.unwrap();
    assert_eq!((report.emails_sent, report.emails_failed), (0, 1));
    let message = app.outbox().await.remove(0);
    assert_eq!(message.attempts, 1);
    assert!(message.sent_at.is_none());
    assert!(
        message
            .last_error
            .as_deref()
            .unwrap_or_default()
            .contains("SMTP"),
        "{message:?}"
    );
    assert!(message.next_attempt_at > rendezvous::clock::Clock::now(app.clock.as_ref()));

    // The server is back, but the retry is not due yet.
    app.smtp.refuse_mail(false);
    assert_eq!(app.jobs.tick().await.unwrap().emails_sent, 0);

    app.clock.advance(Duration::seconds(31));
    assert_eq!(app.jobs.tick().await.unwrap().emails_sent, 1);
    assert_eq!(app.jobs.tick().await.unwrap().emails_sent, 0);
    let mails = app.smtp.messages();
    assert_eq!(mails.len(), 1, "sent exactly once");

    // In the applicant's language, with a UTF-8 subject.
    let parsed = mails[0].parsed();
    let subject = parsed
        .headers
        .iter()
        .find(|h| h.get_key() == "Subject")
        .unwrap()
        .get_value();
    assert!(
        subject.starts_with("Wir haben"),
        "German subject: {subject}"
    );
    let html = parsed.subparts[1].get_body().unwrap();
    assert!(html.contains("lang=\"de\""), "{html}");
    let message = app.outbox().await.remove(0);
    assert_eq!(message.attempts, 2);
    assert!(message.sent_at.is_some());
}

#[tokio::test]
async fn two_workers_at_once_send_each_email_once() {
    let app = spawn_app().await;
    for _ in 0..5 {
        let tokens = app.open_form("en").await;
        assert_eq!(
            app.post_form("en", &app.valid_fields(&tokens))
                .await
                .status(),
            200
        );
    }
    let (a, b) = tokio::join!(app.jobs.tick(), app.jobs.tick());
    assert_eq!(a.unwrap().emails_sent + b.unwrap().emails_sent, 5);
    assert_eq!(app.smtp.messages().len(), 5);
    assert!(app.outbox().await.iter().all(|m| m.sent_at.is_some()));
}
