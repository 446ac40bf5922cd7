//! sea-orm entities, one per table. Only the store modules use them directly.

pub mod activation;
pub mod applicant_session;
pub mod appointment;
pub mod audit_entry;
pub mod audit_head;
pub mod code_attempt;
pub mod digital_key;
pub mod id_document;
pub mod interview;
pub mod interview_item;
pub mod job_pass;
pub mod key_code;
pub mod key_session;
pub mod key_sign_in;
pub mod outbox_message;
pub mod personal_data_correction;
pub mod propose_all_run;
pub mod request;
pub mod request_slot;
pub mod staff;
pub mod staff_exception;
pub mod staff_plan_day;
pub mod staff_session;
