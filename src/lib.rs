//! rendezvous: books video identity interviews. See the README and DESIGN.md.

pub mod clock;
pub mod commands;
pub mod configuration;
pub mod db;
pub mod domain;
pub mod email;
pub mod http;
pub mod i18n;
pub mod import_file;
pub mod jobs;
pub mod routes;
pub mod secrets;
pub mod startup;
pub mod telemetry;
pub mod uploads;
pub mod use_cases;
pub mod views;
