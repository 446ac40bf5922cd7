//! The emails of the activation and of the digital key: the activation link, the lock-out after
//! wrong activation codes, the key made, a one-time code, a change of the key.

use super::{Block, Body, OutgoingEmail};
use crate::db::activations::Activation;
use crate::db::digital_keys::{CodePurpose, DigitalKey};
use crate::domain::activation::{KeyFactor, ONE_TIME_CODE_VALIDITY, OneTimeCode};
use crate::domain::language::Language;
use crate::i18n::{Tr, arg};
use chrono::{DateTime, Utc};
use fluent_templates::fluent_bundle::FluentValue;
use uuid::Uuid;

/// Who an activation or key email goes to.
pub struct Holder<'a> {
    pub first_names: &'a str,
    pub email: &'a str,
    pub language: Language,
    pub request_id: Option<Uuid>,
}

impl<'a> From<&'a Activation> for Holder<'a> {
    fn from(a: &'a Activation) -> Self {
        Holder {
            first_names: &a.first_names,
            email: &a.email,
            language: a.language(),
            request_id: a.request_id,
        }
    }
}

impl<'a> Holder<'a> {
    pub fn of_key(key: &'a DigitalKey, request_id: Option<Uuid>) -> Self {
        Holder {
            first_names: &key.first_names,
            email: &key.email,
            language: key.language(),
            request_id,
        }
    }

    fn tr(&self) -> Tr {
        Tr(self.language)
    }

    fn greeting(&self) -> String {
        self.tr().t_with(
            "email-received-greeting",
            &[("name", arg(self.first_names.to_owned()))],
        )
    }

    fn email(&self, kind: &'static str, subject: String, blocks: Vec<Block>) -> OutgoingEmail {
        let tr = self.tr();
        let body = Body {
            greeting: self.greeting(),
            blocks,
        };
        OutgoingEmail {
            kind,
            request_id: self.request_id,
            to: self.email.to_owned(),
            language: tr.lang(),
            text: body.text(),
            html: body.html(tr, &subject),
            subject,
            calendar: None,
        }
    }
}

/// "Activate your digital key": the link, and the code that comes from the interview (or, for a
/// person imported from their organisation's list, by a separate email).
pub fn activation_link(
    holder: &Holder,
    link: &str,
    expires_at: DateTime<Utc>,
    imported: bool,
) -> OutgoingEmail {
    let tr = holder.tr();
    let (intro, code) = if imported {
        ("email-import-link-intro", "email-import-link-code")
    } else {
        ("email-activation-intro", "email-activation-code")
    };
    holder.email(
        "activation_link",
        tr.t("email-activation-subject"),
        vec![
            Block::Paragraph(tr.t(intro)),
            Block::Paragraph(tr.t(code)),
            Block::Button {
                label: tr.t("email-activation-button"),
                link: link.to_owned(),
            },
            Block::Paragraph(tr.t_with(
                "email-activation-until",
                &[("until", arg(tr.instant(expires_at)))],
            )),
            Block::Paragraph(tr.t("email-activation-lost")),
            Block::Paragraph(tr.t("email-activation-not-you")),
        ],
    )
}

/// Five wrong activation codes locked the link.
pub fn activation_lockout(holder: &Holder, until: DateTime<Utc>) -> OutgoingEmail {
    let tr = holder.tr();
    holder.email(
        "activation_lockout",
        tr.t("email-activation-lockout-subject"),
        vec![
            Block::Paragraph(tr.t_with(
                "email-activation-lockout-text",
                &[("until", arg(tr.instant(until)))],
            )),
            Block::Paragraph(tr.t("email-activation-lockout-advice")),
        ],
    )
}

fn factor_name(tr: Tr, factor: KeyFactor) -> String {
    tr.t(&format!("key-factor-{}", factor.code()))
}

/// "Your digital key is active".
pub fn key_active(
    holder: &Holder,
    username: &str,
    factor: KeyFactor,
    sign_in_link: &str,
) -> OutgoingEmail {
    let tr = holder.tr();
    holder.email(
        "key_active",
        tr.t("email-key-active-subject"),
        vec![
            Block::Paragraph(tr.t_with(
                "email-key-active-text",
                &[
                    ("username", arg(username.to_owned())),
                    ("factor", arg(factor_name(tr, factor))),
                ],
            )),
            Block::Link(sign_in_link.to_owned()),
            Block::Paragraph(tr.t("email-key-not-you")),
        ],
    )
}

/// A one-time code: 6 digits, valid 10 minutes, for `purpose`.
pub fn one_time_code(holder: &Holder, code: &OneTimeCode, purpose: CodePurpose) -> OutgoingEmail {
    let tr = holder.tr();
    let minutes = ONE_TIME_CODE_VALIDITY.num_minutes();
    holder.email(
        "key_code",
        tr.t("email-key-code-subject"),
        vec![
            Block::Paragraph(tr.t(&format!("email-key-code-for-{}", purpose.code()))),
            Block::Paragraph(code.expose().to_owned()),
            Block::Paragraph(tr.t_with(
                "email-key-code-valid",
                &[("minutes", FluentValue::from(minutes))],
            )),
            Block::Paragraph(tr.t("email-key-code-not-you")),
        ],
    )
}

/// The key's second factor changed.
pub fn key_changed(holder: &Holder, factor: KeyFactor) -> OutgoingEmail {
    let tr = holder.tr();
    holder.email(
        "key_changed",
        tr.t("email-key-changed-subject"),
        vec![
            Block::Paragraph(tr.t_with(
                "email-key-changed-text",
                &[("factor", arg(factor_name(tr, factor)))],
            )),
            Block::Paragraph(tr.t("email-key-not-you")),
        ],
    )
}

/// The first of an imported person's three emails: their organisation registered them.
pub fn profile_created(holder: &Holder) -> OutgoingEmail {
    let tr = holder.tr();
    holder.email(
        "profile_created",
        tr.t("email-profile-subject"),
        vec![
            Block::Paragraph(tr.t("email-profile-text")),
            Block::Paragraph(tr.t("email-profile-next")),
            Block::Paragraph(tr.t("email-profile-not-you")),
        ],
    )
}

/// The third: the activation code, for the link of the second email.
pub fn activation_code(
    holder: &Holder,
    code: &crate::domain::activation::ActivationCode,
    expires_at: DateTime<Utc>,
) -> OutgoingEmail {
    let tr = holder.tr();
    holder.email(
        "activation_code",
        tr.t("email-import-code-subject"),
        vec![
            Block::Paragraph(tr.t("email-import-code-text")),
            Block::Paragraph(code.grouped()),
            Block::Paragraph(tr.t_with(
                "email-activation-until",
                &[("until", arg(tr.instant(expires_at)))],
            )),
            Block::Paragraph(tr.t("email-import-code-keep")),
        ],
    )
}
