//! The rules of the activation that follows an approved interview (IDENTITY.md, "Codes"): the
//! activation code read out in the call, how long it and its link stay valid, the one-time codes
//! sent by email to sign in with the digital key, and the authenticator app's codes (RFC 6238)
//! with a used step never accepted twice. Plain rules: the store counts attempts atomically and
//! hashes codes; nothing here touches a database or a clock of its own.

use super::codes::SecurityCode;
use chrono::{DateTime, Duration, Utc};
use std::fmt;
use subtle::ConstantTimeEq;

/// Days an activation code and its link stay valid when not configured otherwise: long enough
/// for an applicant abroad to find the email after a trip, as DigiD's comparable code (20–21
/// days) and a Belgian city's activation link (two weeks) allow.
pub const DEFAULT_ACTIVATION_DAYS: u32 = 14;

/// Wrong activation codes allowed on one link before it locks for a while.
pub const ACTIVATION_ATTEMPTS: u32 = 5;

/// The code read out or shown in the call: the security code's unambiguous alphabet and
/// grouping, 60 random bits; only its argon2id hash is stored.
#[derive(Clone, PartialEq, Eq)]
pub struct ActivationCode(SecurityCode);

impl ActivationCode {
    pub const ENTROPY_BITS: usize = SecurityCode::ENTROPY_BITS;

    pub fn generate() -> Self {
        ActivationCode(SecurityCode::generate())
    }

    /// Reads a code as a person types it (any case, spaces or dashes, O for 0, I and L for 1).
    pub fn parse(raw: &str) -> Option<Self> {
        SecurityCode::parse(raw).map(ActivationCode)
    }

    /// As shown in large type to the interviewer: `ABCD-EFGH-JKMN`.
    pub fn grouped(&self) -> String {
        self.0.grouped()
    }

    /// The canonical form that is hashed.
    pub fn expose(&self) -> &str {
        self.0.expose()
    }
}

// At least 60 random bits (IDENTITY.md): the build fails if the code ever gets shorter.
const _: () = assert!(ActivationCode::ENTROPY_BITS >= 60);

impl fmt::Debug for ActivationCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ActivationCode(****)")
    }
}

/// When an activation issued at `issued_at` stops working.
pub fn activation_expires_at(issued_at: DateTime<Utc>, days: u32) -> DateTime<Utc> {
    issued_at + Duration::days(i64::from(days))
}

/// How long a link stays locked after `ACTIVATION_ATTEMPTS` wrong codes.
pub const ACTIVATION_LOCK: Duration = Duration::minutes(15);

/// An activation as stored, for the rules: its expiry, use, revocation and lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActivationState {
    pub expires_at: DateTime<Utc>,
    pub used: bool,
    pub revoked: bool,
    pub locked_until: Option<DateTime<Utc>>,
}

/// Why an activation link does not ask for its code now; each has its own page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkProblem {
    /// A key was made with it.
    Used,
    /// A supervisor revoked it, or issued a new code and link in its place.
    Revoked,
    Expired,
    /// Too many wrong codes: it opens again then.
    Locked(DateTime<Utc>),
}

/// Whether the link may take a code at `now`. A used link says so even once expired, so that
/// the person knows their key exists.
pub fn judge_link(state: ActivationState, now: DateTime<Utc>) -> Result<(), LinkProblem> {
    if state.used {
        Err(LinkProblem::Used)
    } else if state.revoked {
        Err(LinkProblem::Revoked)
    } else if now >= state.expires_at {
        Err(LinkProblem::Expired)
    } else if let Some(until) = state.locked_until.filter(|until| *until > now) {
        Err(LinkProblem::Locked(until))
    } else {
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// The digital key
// ---------------------------------------------------------------------------------------------

/// What a digital key asks for after the password.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyFactor {
    /// A one-time code sent by email (recommended).
    Email,
    /// A code from an authenticator app.
    App,
    /// Nothing more: most online services do not accept such a key.
    Password,
}

impl KeyFactor {
    pub const ALL: [KeyFactor; 3] = [KeyFactor::Email, KeyFactor::App, KeyFactor::Password];

    pub fn code(self) -> &'static str {
        match self {
            KeyFactor::Email => "email",
            KeyFactor::App => "app",
            KeyFactor::Password => "password",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        KeyFactor::ALL.into_iter().find(|f| f.code() == code)
    }
}

/// A new authenticator app secret: 160 random bits, as RFC 4226 recommends for HMAC-SHA1.
pub fn new_totp_secret() -> Vec<u8> {
    let mut secret = vec![0u8; 20];
    getrandom::fill(&mut secret).expect("the operating system's random number generator failed");
    secret
}

/// The secret as the app's "enter a key" field takes it: base32 without padding.
pub fn totp_secret_text(secret: &[u8]) -> String {
    totp_rs::Secret::Raw(secret.to_vec())
        .to_encoded()
        .to_string()
}

/// Reads back a secret stored as `totp_secret_text` wrote it.
pub fn totp_secret_bytes(text: &str) -> Option<Vec<u8>> {
    totp_rs::Secret::Encoded(text.to_owned()).to_bytes().ok()
}

/// The `otpauth://` address an app reads from the QR code (the Key Uri Format that Google
/// Authenticator defined and the other apps follow).
pub fn otpauth_uri(secret: &[u8], issuer: &str, username: &str) -> String {
    let mut uri = url::Url::parse("otpauth://totp/").expect("a constant address");
    uri.set_path(&format!("{issuer}:{username}"));
    uri.query_pairs_mut()
        .append_pair("secret", &totp_secret_text(secret))
        .append_pair("issuer", issuer)
        .append_pair("algorithm", "SHA1")
        .append_pair("digits", "6")
        .append_pair("period", &TOTP_STEP.to_string());
    uri.to_string()
}

// ---------------------------------------------------------------------------------------------
// One-time codes by email
// ---------------------------------------------------------------------------------------------

/// How long a one-time code sent by email is valid (the seed: 10 minutes).
pub const ONE_TIME_CODE_VALIDITY: Duration = Duration::minutes(10);

/// Tries allowed on one one-time code.
pub const ONE_TIME_CODE_ATTEMPTS: u32 = 5;

/// A 6-digit code sent by email to sign in; a new one replaces the old.
#[derive(Clone, PartialEq, Eq)]
pub struct OneTimeCode(String);

impl OneTimeCode {
    /// Six digits without bias: a 32-bit draw below the largest multiple of a million.
    pub fn generate() -> Self {
        const LIMIT: u32 = u32::MAX - (u32::MAX % 1_000_000);
        loop {
            let mut bytes = [0u8; 4];
            getrandom::fill(&mut bytes)
                .expect("the operating system's random number generator failed");
            let n = u32::from_le_bytes(bytes);
            if n < LIMIT {
                return OneTimeCode(format!("{:06}", n % 1_000_000));
            }
        }
    }

    /// Six digits, spaces allowed between them.
    pub fn parse(raw: &str) -> Option<Self> {
        let digits: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
        (digits.len() == 6 && digits.chars().all(|c| c.is_ascii_digit()))
            .then_some(OneTimeCode(digits))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for OneTimeCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("OneTimeCode(****)")
    }
}

/// A one-time code as stored: when it was sent, how often it was tried (counted before the
/// check), and whether it was used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SentCode {
    pub sent_at: DateTime<Utc>,
    pub attempts: u32,
    pub used: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OneTimeProblem {
    Expired,
    Used,
    TooManyAttempts,
    /// Wrong, with the tries left.
    Wrong {
        left: u32,
    },
}

/// Whether a code typed now may be accepted: `matches` is the (constant-time) comparison with
/// the stored hash, `stored.attempts` already counts this try.
pub fn judge_one_time_code(
    stored: SentCode,
    matches: bool,
    now: DateTime<Utc>,
) -> Result<(), OneTimeProblem> {
    if stored.used {
        Err(OneTimeProblem::Used)
    } else if now >= stored.sent_at + ONE_TIME_CODE_VALIDITY {
        Err(OneTimeProblem::Expired)
    } else if stored.attempts > ONE_TIME_CODE_ATTEMPTS {
        Err(OneTimeProblem::TooManyAttempts)
    } else if !matches {
        Err(OneTimeProblem::Wrong {
            left: ONE_TIME_CODE_ATTEMPTS - stored.attempts,
        })
    } else {
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Authenticator app (RFC 6238)
// ---------------------------------------------------------------------------------------------

/// The step of an authenticator code, in seconds.
pub const TOTP_STEP: u64 = 30;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TotpProblem {
    /// Not a current code (one step either way is allowed for the phone's clock).
    Wrong,
    /// The code of a step already used: a code seen over a shoulder cannot be replayed.
    Replayed,
}

/// Checks a 6-digit app code against the secret at `now`, allowing one step either way, and
/// refuses a step at or before `last_used_step`. Returns the step to remember.
pub fn check_totp(
    secret: &[u8],
    typed: &str,
    now: DateTime<Utc>,
    last_used_step: Option<u64>,
) -> Result<u64, TotpProblem> {
    let Ok(seconds) = u64::try_from(now.timestamp()) else {
        return Err(TotpProblem::Wrong);
    };
    let typed: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    let current = seconds / TOTP_STEP;
    let matched = [current.saturating_sub(1), current, current + 1]
        .into_iter()
        .find(|step| {
            let expected = totp_at(secret, step * TOTP_STEP, 6);
            expected.len() == typed.len() && bool::from(expected.as_bytes().ct_eq(typed.as_bytes()))
        })
        .ok_or(TotpProblem::Wrong)?;
    if last_used_step.is_some_and(|used| matched <= used) {
        return Err(TotpProblem::Replayed);
    }
    Ok(matched)
}

/// The RFC 6238 code (HMAC-SHA1) of `secret` at `seconds`, by the totp-rs crate.
fn totp_at(secret: &[u8], seconds: u64, digits: usize) -> String {
    totp_rs::TOTP::new_unchecked(
        totp_rs::Algorithm::SHA1,
        digits,
        0,
        TOTP_STEP,
        secret.to_vec(),
    )
    .generate(seconds)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(seconds: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(seconds, 0).unwrap()
    }

    #[test]
    fn activation_codes_are_long_grouped_and_read_as_typed() {
        let code = ActivationCode::generate();
        assert_eq!(code.expose().len(), 12);
        assert_ne!(code, ActivationCode::generate());
        let typed = code.grouped().to_lowercase().replace('-', " ");
        assert_eq!(ActivationCode::parse(&typed), Some(code.clone()));
        assert_eq!(format!("{code:?}"), "ActivationCode(****)");
        assert_eq!(
            activation_expires_at(at(0), DEFAULT_ACTIVATION_DAYS),
            at(14 * 86_400)
        );
    }

    /// RFC 6238, appendix B: the SHA-1 secret "12345678901234567890" and its 8-digit codes.
    #[test]
    fn the_app_codes_follow_rfc_6238s_published_vectors() {
        let secret = b"12345678901234567890";
        for (seconds, expected) in [
            (59, "94287082"),
            (1_111_111_109, "07081804"),
            (1_111_111_111, "14050471"),
            (1_234_567_890, "89005924"),
            (2_000_000_000, "69279037"),
            (20_000_000_000, "65353130"),
        ] {
            assert_eq!(totp_at(secret, seconds, 8), expected, "T = {seconds}");
        }
    }

    #[test]
    fn an_app_code_is_accepted_one_step_either_way_and_never_twice() {
        let secret = b"12345678901234567890";
        let now = at(1_111_111_111);
        let step = 1_111_111_111 / TOTP_STEP;
        let code = |s: u64| totp_at(secret, s * TOTP_STEP, 6);
        assert_eq!(check_totp(secret, &code(step), now, None), Ok(step));
        assert_eq!(check_totp(secret, &code(step - 1), now, None), Ok(step - 1));
        assert_eq!(check_totp(secret, &code(step + 1), now, None), Ok(step + 1));
        assert_eq!(
            check_totp(secret, &code(step - 2), now, None),
            Err(TotpProblem::Wrong)
        );
        assert_eq!(
            check_totp(secret, &code(step), now, Some(step)),
            Err(TotpProblem::Replayed),
            "the same step again"
        );
        assert_eq!(
            check_totp(secret, &code(step - 1), now, Some(step)),
            Err(TotpProblem::Replayed),
            "an older step after a newer one"
        );
        assert_eq!(
            check_totp(secret, "12345", now, None),
            Err(TotpProblem::Wrong)
        );
    }

    #[test]
    fn a_link_is_judged_used_first_then_revoked_expired_and_locked() {
        let open = ActivationState {
            expires_at: at(1000),
            used: false,
            revoked: false,
            locked_until: None,
        };
        let cases = [
            ("open", open, 10, Ok(())),
            ("at expiry", open, 1000, Err(LinkProblem::Expired)),
            (
                "used, even expired",
                ActivationState {
                    used: true,
                    revoked: true,
                    ..open
                },
                2000,
                Err(LinkProblem::Used),
            ),
            (
                "revoked",
                ActivationState {
                    revoked: true,
                    ..open
                },
                10,
                Err(LinkProblem::Revoked),
            ),
            (
                "locked",
                ActivationState {
                    locked_until: Some(at(100)),
                    ..open
                },
                10,
                Err(LinkProblem::Locked(at(100))),
            ),
            (
                "lock over",
                ActivationState {
                    locked_until: Some(at(100)),
                    ..open
                },
                100,
                Ok(()),
            ),
        ];
        for (case, state, now, expected) in cases {
            assert_eq!(judge_link(state, at(now)), expected, "{case}");
        }
    }

    #[test]
    fn an_app_secret_round_trips_through_its_text_and_address() {
        let secret = new_totp_secret();
        assert_eq!(secret.len(), 20);
        let text = totp_secret_text(&secret);
        assert_eq!(text.len(), 32, "160 bits in base32");
        assert_eq!(totp_secret_bytes(&text), Some(secret.clone()));
        let uri = otpauth_uri(&secret, "rendezvous", "marie.j");
        assert!(
            uri.starts_with("otpauth://totp/rendezvous:marie.j?secret="),
            "{uri}"
        );
        assert!(
            uri.contains(&format!("secret={text}&issuer=rendezvous")),
            "{uri}"
        );
        assert!(uri.ends_with("&digits=6&period=30"), "{uri}");
        for factor in KeyFactor::ALL {
            assert_eq!(KeyFactor::parse(factor.code()), Some(factor));
        }
    }

    #[test]
    fn a_one_time_code_is_judged_by_age_use_and_tries() {
        let sent = SentCode {
            sent_at: at(0),
            attempts: 1,
            used: false,
        };
        assert_eq!(judge_one_time_code(sent, true, at(599)), Ok(()));
        assert_eq!(
            judge_one_time_code(sent, true, at(600)),
            Err(OneTimeProblem::Expired),
            "10 minutes"
        );
        assert_eq!(
            judge_one_time_code(SentCode { used: true, ..sent }, true, at(1)),
            Err(OneTimeProblem::Used)
        );
        assert_eq!(
            judge_one_time_code(sent, false, at(1)),
            Err(OneTimeProblem::Wrong { left: 4 })
        );
        assert_eq!(
            judge_one_time_code(
                SentCode {
                    attempts: 6,
                    ..sent
                },
                true,
                at(1)
            ),
            Err(OneTimeProblem::TooManyAttempts),
            "a sixth try, even right, is refused"
        );
        for _ in 0..200 {
            let code = OneTimeCode::generate();
            assert_eq!(code.expose().len(), 6);
            assert_eq!(OneTimeCode::parse(code.expose()), Some(code));
        }
        assert_eq!(OneTimeCode::parse("123 456").unwrap().expose(), "123456");
        assert_eq!(OneTimeCode::parse("12345a"), None);
    }
}
