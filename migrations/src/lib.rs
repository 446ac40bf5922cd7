//! Database schema of rendezvous, one migration per change, each with an `up` and a `down`.

pub use sea_orm_migration::prelude::*;

mod m20261122_000001_foundation;
mod m20261122_000002_staff_sign_in;
mod m20261122_000003_audit_chain;
mod m20261122_000004_scheduling;
mod m20261122_000005_applicant_access;
mod m20261122_000006_accept;
mod m20261123_000001_propose_all_runs;
mod m20261201_000001_keyed_audit_and_resubmission;
mod m20261201_000002_outbox_delivery;
mod m20261202_000001_open_request_lists;
mod m20261202_000002_outbox_open_indexes;
mod m20261203_000001_interviews;
mod m20261204_000001_interview_evidence;
mod m20261205_000001_audit_by_request;
mod m20261206_000001_activation;
mod m20261207_000001_import;
mod m20261208_000001_calendar_sequence;
mod m20261208_000002_sign_in_throttles;
mod m20261208_000003_appointment_proposed_at;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261122_000001_foundation::Migration),
            Box::new(m20261122_000002_staff_sign_in::Migration),
            Box::new(m20261122_000003_audit_chain::Migration),
            Box::new(m20261122_000004_scheduling::Migration),
            Box::new(m20261122_000005_applicant_access::Migration),
            Box::new(m20261122_000006_accept::Migration),
            Box::new(m20261123_000001_propose_all_runs::Migration),
            Box::new(m20261201_000001_keyed_audit_and_resubmission::Migration),
            Box::new(m20261201_000002_outbox_delivery::Migration),
            Box::new(m20261202_000001_open_request_lists::Migration),
            Box::new(m20261202_000002_outbox_open_indexes::Migration),
            Box::new(m20261203_000001_interviews::Migration),
            Box::new(m20261204_000001_interview_evidence::Migration),
            Box::new(m20261205_000001_audit_by_request::Migration),
            Box::new(m20261206_000001_activation::Migration),
            Box::new(m20261207_000001_import::Migration),
            Box::new(m20261208_000001_calendar_sequence::Migration),
            Box::new(m20261208_000002_sign_in_throttles::Migration),
            Box::new(m20261208_000003_appointment_proposed_at::Migration),
        ]
    }
}
