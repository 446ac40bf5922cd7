//! The username and password a person chooses for their digital key: what makes a username
//! well-formed and a password hard enough to guess.

use std::collections::HashSet;
use std::fmt;
use std::sync::LazyLock;

pub const MIN_PASSWORD_CHARS: usize = 12;
const MAX_PASSWORD_CHARS: usize = 128;
const MIN_USERNAME_CHARS: usize = 4;
const MAX_USERNAME_CHARS: usize = 32;
/// Shorter personal data (a first name like "Jan") would refuse too many good passwords.
const MIN_CONTEXT_CHARS: usize = 4;

const COMMON_PASSWORDS_TEXT: &str = include_str!("../../templates/common-passwords.txt");

static COMMON_PASSWORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    COMMON_PASSWORDS_TEXT
        .lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect()
});

/// How many passwords the shipped list refuses.
pub fn common_password_count() -> usize {
    COMMON_PASSWORDS.len()
}

/// A username, lower-case, made of ASCII letters, digits and single `.`, `-` or `_`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Username(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UsernameProblem {
    TooShort,
    TooLong,
    /// Anything but an ASCII letter, a digit, `.`, `-` or `_` (so never an email address).
    BadCharacter,
    MustStartWithLetter,
    /// Two of `.`, `-`, `_` in a row.
    Punctuation,
}

impl UsernameProblem {
    /// The translation key of the message shown next to the field.
    pub fn message_key(self) -> &'static str {
        match self {
            UsernameProblem::TooShort => "key-username-too-short",
            UsernameProblem::TooLong => "key-username-too-long",
            UsernameProblem::BadCharacter => "key-username-bad-character",
            UsernameProblem::MustStartWithLetter => "key-username-start",
            UsernameProblem::Punctuation => "key-username-punctuation",
        }
    }
}

fn is_username_punctuation(c: char) -> bool {
    matches!(c, '.' | '-' | '_')
}

impl Username {
    pub fn parse(raw: &str) -> Result<Self, UsernameProblem> {
        let value = raw.trim();
        let length = value.chars().count();
        if length < MIN_USERNAME_CHARS {
            return Err(UsernameProblem::TooShort);
        }
        if length > MAX_USERNAME_CHARS {
            return Err(UsernameProblem::TooLong);
        }
        // Checked before lower-casing: Unicode lower-casing turns some non-ASCII letters
        // (the Kelvin sign) into ASCII ones.
        if !value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || is_username_punctuation(c))
        {
            return Err(UsernameProblem::BadCharacter);
        }
        if !value.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return Err(UsernameProblem::MustStartWithLetter);
        }
        let doubled = value
            .as_bytes()
            .windows(2)
            .any(|pair| pair.iter().all(|&b| is_username_punctuation(char::from(b))));
        if doubled {
            return Err(UsernameProblem::Punctuation);
        }
        Ok(Username(value.to_ascii_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Username {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A password as the person typed it, long enough and not an obvious guess.
pub struct NewPassword(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordProblem {
    TooShort,
    TooLong,
    /// In the list of common passwords, whatever its case.
    Common,
    /// One character repeated.
    Repetitive,
    /// Contains the username, a name or the email's local part.
    ContainsPersonalData,
}

impl PasswordProblem {
    /// The translation key of the message shown next to the field.
    pub fn message_key(self) -> &'static str {
        match self {
            PasswordProblem::TooShort => "key-password-too-short",
            PasswordProblem::TooLong => "key-password-too-long",
            PasswordProblem::Common => "key-password-common",
            PasswordProblem::Repetitive => "key-password-repetitive",
            PasswordProblem::ContainsPersonalData => "key-password-personal",
        }
    }
}

impl NewPassword {
    /// `context` holds what an attacker would try first: the username, the first and last
    /// names, the local part of the email address.
    pub fn parse(raw: &str, context: &[&str]) -> Result<Self, PasswordProblem> {
        let length = raw.chars().count();
        // Not trimmed (spaces are part of a passphrase), but spaces alone are no password.
        if length < MIN_PASSWORD_CHARS || raw.trim().is_empty() {
            return Err(PasswordProblem::TooShort);
        }
        if length > MAX_PASSWORD_CHARS {
            return Err(PasswordProblem::TooLong);
        }
        let lower = raw.to_lowercase();
        if COMMON_PASSWORDS.contains(lower.as_str()) {
            return Err(PasswordProblem::Common);
        }
        let mut chars = lower.chars();
        if let Some(first) = chars.next()
            && chars.all(|c| c == first)
        {
            return Err(PasswordProblem::Repetitive);
        }
        let personal = context
            .iter()
            .map(|item| item.trim().to_lowercase())
            .filter(|item| item.chars().count() >= MIN_CONTEXT_CHARS)
            .any(|item| lower.contains(&item));
        if personal {
            return Err(PasswordProblem::ContainsPersonalData);
        }
        Ok(NewPassword(raw.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(****)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_of_usernames() {
        let longest = "a".repeat(MAX_USERNAME_CHARS);
        let too_long = "a".repeat(MAX_USERNAME_CHARS + 1);
        let cases: [(&str, Result<&str, UsernameProblem>); 22] = [
            ("marie", Ok("marie")),
            ("  Marie.Dupont ", Ok("marie.dupont")),
            ("jan_de-vries", Ok("jan_de-vries")),
            ("abcd", Ok("abcd")),
            ("r2d2", Ok("r2d2")),
            ("a.b-c_d", Ok("a.b-c_d")),
            (&longest, Ok(&longest)),
            ("abc", Err(UsernameProblem::TooShort)),
            ("   ab   ", Err(UsernameProblem::TooShort)),
            ("", Err(UsernameProblem::TooShort)),
            (&too_long, Err(UsernameProblem::TooLong)),
            ("marie@example.org", Err(UsernameProblem::BadCharacter)),
            ("jean pierre", Err(UsernameProblem::BadCharacter)),
            ("josé", Err(UsernameProblem::BadCharacter)),
            ("\u{212A}evin", Err(UsernameProblem::BadCharacter)),
            ("marie+rdv", Err(UsernameProblem::BadCharacter)),
            ("1marie", Err(UsernameProblem::MustStartWithLetter)),
            ("_marie", Err(UsernameProblem::MustStartWithLetter)),
            (".marie", Err(UsernameProblem::MustStartWithLetter)),
            ("marie..dupont", Err(UsernameProblem::Punctuation)),
            ("marie._dupont", Err(UsernameProblem::Punctuation)),
            ("marie-_", Err(UsernameProblem::Punctuation)),
        ];
        for (input, expected) in cases {
            let got = Username::parse(input);
            assert_eq!(
                got.as_ref().map(Username::as_str).map_err(|e| *e),
                expected,
                "{input:?}"
            );
        }
    }

    #[test]
    fn username_message_keys() {
        let cases = [
            (UsernameProblem::TooShort, "key-username-too-short"),
            (UsernameProblem::TooLong, "key-username-too-long"),
            (UsernameProblem::BadCharacter, "key-username-bad-character"),
            (UsernameProblem::MustStartWithLetter, "key-username-start"),
            (UsernameProblem::Punctuation, "key-username-punctuation"),
        ];
        for (problem, key) in cases {
            assert_eq!(problem.message_key(), key, "{problem:?}");
        }
    }

    #[test]
    fn table_of_passwords() {
        let context = ["mariedupont", "Marie", "Dupont", "marie.dupont", "Jan"];
        let longest = format!("{}{}", "x7", "q".repeat(MAX_PASSWORD_CHARS - 2));
        let too_long = format!("{longest}q");
        let cases: [(&str, &str, Result<(), PasswordProblem>); 22] = [
            ("11 chars", "tulip-harbo", Err(PasswordProblem::TooShort)),
            ("12 chars", "tulip-harbor", Ok(())),
            (
                "11 multibyte chars",
                "çàéèùôîïüœø",
                Err(PasswordProblem::TooShort),
            ),
            ("12 multibyte chars", "çàéèùôîïüœøå", Ok(())),
            (
                "only spaces",
                "              ",
                Err(PasswordProblem::TooShort),
            ),
            ("empty", "", Err(PasswordProblem::TooShort)),
            ("spaces kept", "  tulip-harb", Ok(())),
            ("128 chars", &longest, Ok(())),
            ("129 chars", &too_long, Err(PasswordProblem::TooLong)),
            ("common", "password1234", Err(PasswordProblem::Common)),
            (
                "common, capitals",
                "Password1234",
                Err(PasswordProblem::Common),
            ),
            (
                "common keyboard",
                "qwerty123456",
                Err(PasswordProblem::Common),
            ),
            ("common walk", "1qaz2wsx3edc", Err(PasswordProblem::Common)),
            (
                "common digits",
                "123456789012",
                Err(PasswordProblem::Common),
            ),
            (
                "common phrase",
                "leavemealone",
                Err(PasswordProblem::Common),
            ),
            ("repeated", "aaaaaaaaaaaa", Err(PasswordProblem::Repetitive)),
            (
                "repeated, mixed case",
                "AAAAaaaaAAAA",
                Err(PasswordProblem::Repetitive),
            ),
            (
                "contains the username",
                "mariedupont!2024",
                Err(PasswordProblem::ContainsPersonalData),
            ),
            (
                "contains the last name",
                "Xy7-DUPONT-kq",
                Err(PasswordProblem::ContainsPersonalData),
            ),
            (
                "contains the first name",
                "blue-MaRiE-sky",
                Err(PasswordProblem::ContainsPersonalData),
            ),
            ("short context ignored", "jan-river-stone-88", Ok(())),
            ("long random", "v7#Qm2!pLx9@Rt4z", Ok(())),
        ];
        for (case, input, expected) in cases {
            let got = NewPassword::parse(input, &context);
            assert_eq!(got.as_ref().map(|_| ()).map_err(|e| *e), expected, "{case}");
            if let Ok(password) = got {
                assert_eq!(password.expose(), input, "{case}: kept as typed");
            }
        }
    }

    #[test]
    fn password_message_keys() {
        let cases = [
            (PasswordProblem::TooShort, "key-password-too-short"),
            (PasswordProblem::TooLong, "key-password-too-long"),
            (PasswordProblem::Common, "key-password-common"),
            (PasswordProblem::Repetitive, "key-password-repetitive"),
            (
                PasswordProblem::ContainsPersonalData,
                "key-password-personal",
            ),
        ];
        for (problem, key) in cases {
            assert_eq!(problem.message_key(), key, "{problem:?}");
        }
    }

    #[test]
    fn common_examples_are_in_the_shipped_file() {
        let lines: Vec<&str> = COMMON_PASSWORDS_TEXT.lines().collect();
        for example in [
            "password1234",
            "qwerty123456",
            "1qaz2wsx3edc",
            "123456789012",
            "leavemealone",
        ] {
            assert!(lines.contains(&example), "{example} is not in the file");
        }
    }

    #[test]
    fn shipped_list_is_large_and_lower_case() {
        assert!(
            common_password_count() >= 5_000,
            "only {} common passwords",
            common_password_count()
        );
        for password in COMMON_PASSWORDS.iter() {
            assert_eq!(
                *password,
                password.to_lowercase(),
                "{password:?} has capitals"
            );
        }
    }

    #[test]
    fn debug_hides_the_password() {
        let password = NewPassword::parse("v7#Qm2!pLx9@Rt4z", &[]).expect("a good password");
        assert_eq!(format!("{password:?}"), "NewPassword(****)");
    }
}
