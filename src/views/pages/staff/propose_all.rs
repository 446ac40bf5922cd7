//! A run of "propose for all": how far it got while it runs, then what it did. `run-progress.js`
//! reads the page again while the run goes on: it updates the summary (a polite live region) and
//! the progress bar in place, and puts the whole section in place once the run has ended.

use super::StaffPage;
use crate::db::propose_all_runs::ProposeAllRun;
use chrono::{DateTime, Utc};
use fluent_templates::fluent_bundle::FluentValue;
use maud::{Markup, html};

pub fn page(page: &StaffPage, run: &ProposeAllRun, now: DateTime<Utc>) -> Markup {
    let tr = page.ctx.tr;
    let n = |v: usize| -> FluentValue<'static> { (v as i64).into() };
    let f = run.figures();
    let running = run.is_running(now);
    let stopped = !running && (run.failure.is_some() || run.running.is_some());
    let title = tr.t(if running {
        "staff-propose-all-running-title"
    } else {
        "staff-propose-all-title"
    });
    let state = if running {
        "running"
    } else if stopped {
        "stopped"
    } else {
        "finished"
    };
    let body = html! {
        section #run data-state=(state) {
            h1 { (title) }
            @if running {
                p #run-summary role="status" {
                    (tr.t_with("staff-propose-all-running", &[
                        ("done", n(f.done)), ("total", n(f.total)), ("proposed", n(f.proposed)),
                    ]))
                }
                progress max=(f.total.max(1)) value=(f.done) aria-label=(tr.t("staff-propose-all-progress")) {
                    (f.done) " / " (f.total)
                }
                p { (tr.t("staff-propose-all-leave")) }
                p { a href=(page.ctx.href(&page.ctx.path)) { (tr.t("staff-propose-all-refresh")) } }
            } @else {
                @if stopped {
                    div.notice.notice-error {
                        p { (tr.t_with("staff-propose-all-stopped", &[("done", n(f.done)), ("total", n(f.total))])) }
                    }
                }
                div.notice.notice-info {
                    p { (tr.t_with("staff-propose-all-proposed", &[("count", n(f.proposed)), ("open", n(f.total))])) }
                }
                ul {
                    li { (tr.t_with("staff-propose-all-no-slot", &[("count", n(f.no_slot))])) }
                    li { (tr.t_with("staff-propose-all-taken", &[("count", n(f.taken_by_others))])) }
                    li { (tr.t_with("staff-propose-all-changed", &[("count", n(f.changed_meanwhile))])) }
                }
                p { (tr.t("staff-propose-all-again")) }
                form method="post" action=(page.ctx.href("staff/propose-all")) {
                    (page.csrf())
                    button.button.secondary type="submit" { (tr.t("staff-propose-all-run-again")) }
                }
            }
        }
        p { a href=(page.ctx.href("staff/queue")) { "← " (tr.t("staff-back-to-queue")) } }
        script src="/static/run-progress.js" defer {}
    };
    page.render(&title, body)
}
