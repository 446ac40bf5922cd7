//! The use cases: one module per family, each a set of transactions that load, call the domain
//! (`crate::domain`), store, audit and queue email. Routes and jobs call these; they hold no rule
//! of their own.

pub mod activation;
pub mod digital_key;
pub mod id_upload;
pub mod import;
pub mod interview;
pub mod interview_data;
pub mod interview_outcome;
pub mod new_upload;
pub mod scheduling;
