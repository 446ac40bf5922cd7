//! One module per page.

pub mod activation;
pub mod appointment;
pub mod error;
pub mod key;
pub mod landing;
pub mod new_slots;
pub mod new_upload;
pub mod privacy;
pub mod request_form;
pub mod request_received;
pub mod staff;
pub mod staff_home;
pub mod staff_sign_in;
