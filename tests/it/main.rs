//! The one integration test binary: a real server on port 0, a real database (SQLite, or
//! PostgreSQL when TEST_DATABASE_URL is set) and a real SMTP server in the test process.

mod activation;
mod appointment;
mod audit;
mod delivery;
mod evidence_check;
mod evidence_retention;
mod hardening;
mod helpers;
mod import;
mod import_pages;
mod interview;
mod interview_document;
mod interview_outcome;
mod interview_page;
mod new_slots;
mod new_upload;
mod pages;
mod plain_words;
mod request_form;
mod scale;
pub mod scheduling;
mod schema;
mod security;
mod smtp_sink;
mod staff_language;
mod staff_pages_after;
mod staff_sign_in;
mod supervisor_home;
