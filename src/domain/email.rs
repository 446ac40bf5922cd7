//! A personal email address, checked for syntax (RFC 5321 via lettre's parser) and for a domain
//! that can receive mail on the internet (it has a dot).

use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailAddress(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not a valid email address")]
pub struct InvalidEmail;

impl EmailAddress {
    pub fn parse(raw: &str) -> Result<Self, InvalidEmail> {
        let value = raw.trim();
        if value.len() > 254 || value.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(InvalidEmail);
        }
        let address = lettre::Address::from_str(value).map_err(|_| InvalidEmail)?;
        let domain = address.domain();
        if !domain.contains('.') || domain.starts_with('.') || domain.ends_with('.') {
            return Err(InvalidEmail);
        }
        Ok(EmailAddress(format!(
            "{}@{}",
            address.user(),
            domain.to_ascii_lowercase()
        )))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_of_addresses() {
        let cases = [
            ("marie@example.org", Some("marie@example.org")),
            (
                "  Marie.Dupont+rdv@Example.BE ",
                Some("Marie.Dupont+rdv@example.be"),
            ),
            ("jan@sub.domain.co.uk", Some("jan@sub.domain.co.uk")),
            ("marie@", None),
            ("@example.org", None),
            ("marie example@example.org", None),
            ("marie@localhost", None),
            ("marie@@example.org", None),
            ("", None),
        ];
        for (input, expected) in cases {
            let got = EmailAddress::parse(input).ok();
            assert_eq!(got.as_ref().map(|e| e.as_str()), expected, "{input:?}");
        }
    }
}
