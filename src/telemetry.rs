//! Logs: human-readable lines on standard error, filtered by `RUST_LOG` (default `info`).

use std::io::IsTerminal;
use tracing_subscriber::EnvFilter;

pub fn init() {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm=warn"));
    // A second initialisation (tests) is harmless: keep the first subscriber.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .try_init();
}

/// The request span of every HTTP request, like tracing-actix-web's default but with link
/// tokens cut out of the logged path: an appointment link (`/en/appointment/<token>`) gives
/// whoever holds it a way in, so it never reaches a log file.
pub struct RedactedRootSpan;

impl tracing_actix_web::RootSpanBuilder for RedactedRootSpan {
    fn on_request_start(request: &actix_web::dev::ServiceRequest) -> tracing::Span {
        use tracing::field::Empty;
        tracing::info_span!(
            "HTTP request",
            http.method = %request.method(),
            http.target = %redact_path(request.path()),
            http.status_code = Empty,
            otel.status_code = Empty,
            exception.message = Empty,
            exception.details = Empty,
            request_id = %uuid::Uuid::new_v4(),
        )
    }

    fn on_request_end<B: actix_web::body::MessageBody>(
        span: tracing::Span,
        outcome: &Result<actix_web::dev::ServiceResponse<B>, actix_web::Error>,
    ) {
        tracing_actix_web::DefaultRootSpanBuilder::on_request_end(span, outcome);
    }
}

/// The path with every segment that looks like a 128-bit token (32 hex digits) replaced, and
/// without the query string.
pub fn redact_path(path: &str) -> String {
    path.split('/')
        .map(|segment| {
            if segment.len() == 32 && segment.bytes().all(|b| b.is_ascii_hexdigit()) {
                "[token]"
            } else {
                segment
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    #[test]
    fn tokens_are_cut_out_of_logged_paths() {
        let cases = [
            (
                "/en/appointment/0123456789abcdef0123456789abcdef",
                "/en/appointment/[token]",
            ),
            (
                "/en/appointment/0123456789abcdef0123456789abcdef/accept",
                "/en/appointment/[token]/accept",
            ),
            (
                "/en/staff/requests/6f0c3a1e-1f6b-4c8e-9a43-0d2f1c7b9e55",
                "/en/staff/requests/6f0c3a1e-1f6b-4c8e-9a43-0d2f1c7b9e55",
            ),
            ("/", "/"),
        ];
        for (path, expected) in cases {
            assert_eq!(super::redact_path(path), expected, "{path}");
        }
    }
}
