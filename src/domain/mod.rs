//! The rules of the service, in plain Rust: no web framework, no database, no clock of its own.

pub mod activation;
pub mod code_lock;
pub mod codes;
pub mod countries;
pub mod credentials;
pub mod email;
pub mod id_quality;
pub mod id_scan;
pub mod import;
pub mod interview;
pub mod language;
pub mod matching;
pub mod mrz_check;
pub mod niss;
pub mod personal_data;
pub mod request;
pub mod scheduling;
pub mod security_features;
pub mod sign_in;
pub mod slot;
pub mod working_days;
pub mod working_plan;
