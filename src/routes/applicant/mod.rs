//! Pages for applicants: no account, the language in the URL.

mod activation;
mod appointment;
mod key;
mod key_session;
mod landing;
mod new_slots;
mod new_upload;
mod privacy;
mod request;

use actix_web::web;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(landing::show))
        .route("/privacy", web::get().to(privacy::show))
        .route("/request", web::get().to(request::show))
        .route("/request", web::post().to(request::submit))
        .route("/appointment/{token}", web::get().to(appointment::show))
        .route(
            "/appointment/{token}",
            web::post().to(appointment::submit_code),
        )
        .route(
            "/appointment/{token}/cancel",
            web::get().to(appointment::confirm_cancel),
        )
        .route(
            "/appointment/{token}/cancel",
            web::post().to(appointment::cancel),
        )
        .route(
            "/appointment/{token}/accept",
            web::post().to(appointment::accept),
        )
        .route(
            "/appointment/{token}/another",
            web::get().to(appointment::show_another),
        )
        .route(
            "/appointment/{token}/another",
            web::post().to(appointment::ask_another),
        )
        .route(
            "/appointment/{token}/new-slots",
            web::get().to(new_slots::show),
        )
        .route(
            "/appointment/{token}/new-slots",
            web::post().to(new_slots::choose),
        )
        .route(
            "/appointment/{token}/new-slots/code",
            web::post().to(new_slots::submit_code),
        )
        .route("/new-upload/{token}", web::get().to(new_upload::show))
        .route(
            "/new-upload/{token}",
            web::post().to(new_upload::submit_code),
        )
        .route(
            "/new-upload/{token}/upload",
            web::post().to(new_upload::upload),
        )
        .route("/activate/{token}", web::get().to(activation::show))
        .route("/activate/{token}", web::post().to(activation::submit_code))
        .route("/activate/{token}/key", web::post().to(activation::choose))
        .route(
            "/activate/{token}/confirm",
            web::post().to(activation::confirm),
        )
        .route(
            "/activate/{token}/resend",
            web::post().to(activation::resend),
        )
        .route("/key", web::get().to(key::show))
        .route("/key/sign-in", web::get().to(key::show_sign_in))
        .route("/key/sign-in", web::post().to(key::sign_in))
        .route("/key/sign-in/code", web::get().to(key::show_code))
        .route("/key/sign-in/code", web::post().to(key::submit_code))
        .route("/key/sign-in/code/resend", web::post().to(key::resend_code))
        .route("/key/sign-out", web::post().to(key::sign_out))
        .route("/key/switch/{factor}", web::get().to(key::show_switch))
        .route("/key/switch/{factor}", web::post().to(key::switch))
        .route(
            "/key/switch/{factor}/send-code",
            web::post().to(key::switch_send_code),
        );
}
