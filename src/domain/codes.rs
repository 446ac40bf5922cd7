//! Secrets handed to people (security codes) and link tokens, and how they are hashed.
//!
//! Security codes use Crockford's base-32 alphabet (no I, L, O, U) so that they survive being read
//! aloud or copied by hand; 12 symbols give 60 random bits. Only an argon2id hash is stored.

use argon2::password_hash::phc::{Output, ParamsString, PasswordHash, Salt};
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use std::fmt;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_LEN: usize = 12;
const GROUP: usize = 4;

/// Fills `buf` from the operating system's CSPRNG. Failure means the machine cannot make secrets
/// at all, which is not something a request can recover from.
fn random_bytes<const N: usize>() -> [u8; N] {
    let mut buf = [0u8; N];
    getrandom::fill(&mut buf).expect("the operating system's random number generator failed");
    buf
}

/// A personal security code. The inner string is the canonical form: 12 symbols, no separators.
#[derive(Clone, PartialEq, Eq)]
pub struct SecurityCode(String);

impl SecurityCode {
    pub fn generate() -> Self {
        // 32 symbols divide 256 evenly, so taking 5 bits of each byte has no bias.
        let bytes: [u8; CODE_LEN] = random_bytes();
        SecurityCode(
            bytes
                .iter()
                .map(|b| ALPHABET[usize::from(b & 0x1f)] as char)
                .collect(),
        )
    }

    /// Reads a code as a person may type it: any case, with spaces or dashes, and with the
    /// look-alike letters O, I and L meaning 0 and 1.
    pub fn parse(raw: &str) -> Option<Self> {
        let mut canonical = String::with_capacity(CODE_LEN);
        for c in raw.chars() {
            let c = match c.to_ascii_uppercase() {
                ' ' | '-' | '\u{a0}' => continue,
                'O' => '0',
                'I' | 'L' => '1',
                c if ALPHABET.contains(&(c as u8)) && c.is_ascii() => c,
                _ => return None,
            };
            canonical.push(c);
        }
        (canonical.len() == CODE_LEN).then_some(SecurityCode(canonical))
    }

    /// The grouped form shown to the person: `ABCD-EFGH-JKMN`.
    pub fn grouped(&self) -> String {
        self.0
            .as_bytes()
            .chunks(GROUP)
            .map(|c| std::str::from_utf8(c).unwrap_or_default())
            .collect::<Vec<_>>()
            .join("-")
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Number of random bits in a generated code.
    pub const ENTROPY_BITS: usize = CODE_LEN * 5;
}

// The design asks for at least 50 random bits; the build fails if the code ever gets shorter.
const _: () = assert!(SecurityCode::ENTROPY_BITS >= 50);

/// Never print a secret by accident (logs, panics, `dbg!`).
impl fmt::Debug for SecurityCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecurityCode(****)")
    }
}

/// A 128-bit random token, written as 32 lowercase hex digits (links, form tokens).
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    pub fn generate() -> Self {
        Token(hex::encode(random_bytes::<16>()))
    }

    pub fn parse(raw: &str) -> Option<Self> {
        (raw.len() == 32 && raw.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
            .then(|| Token(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The SHA-256 of the token, hex: what is stored to find a link's record. A 128-bit random
    /// token needs no slow hash, and a stolen table gives no working link.
    pub fn digest(&self) -> String {
        use sha2::{Digest, Sha256};
        hex::encode(Sha256::digest(self.0.as_bytes()))
    }

    /// Constant-time comparison, for tokens that act as secrets (CSRF).
    pub fn matches(&self, other: &str) -> bool {
        use subtle::ConstantTimeEq;
        self.0.as_bytes().ct_eq(other.as_bytes()).into()
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(****)")
    }
}

/// argon2id with the OWASP minimum (m = 19 MiB, t = 2, p = 1), which are argon2's defaults.
fn hasher() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::default())
}

/// Hashes a secret into a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`) with a random salt.
/// Slow on purpose: call it from a blocking thread.
pub fn hash_secret(secret: &str) -> anyhow::Result<String> {
    hasher()
        .hash_password(secret.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("argon2 hashing failed: {e}"))
}

/// Checks a secret against a stored PHC hash. argon2 compares the outputs in constant time.
pub fn verify_secret(secret: &str, phc: &str) -> bool {
    match PasswordHash::new(phc) {
        Ok(parsed) => hasher().verify_password(secret.as_bytes(), &parsed).is_ok(),
        Err(_) => false,
    }
}

/// The 19 MiB of memory one argon2 run at the service's parameters works in, allocated once
/// and reused run after run: a hashing thread keeps one, so that a burst of hashes never makes
/// the allocator hold many copies.
pub struct Scratch(Vec<Block>);

impl Scratch {
    pub fn new() -> Self {
        Scratch(vec![Block::default(); Params::default().block_count()])
    }
}

impl Default for Scratch {
    fn default() -> Self {
        Self::new()
    }
}

/// `hash_secret` working in `scratch`: the same PHC string (argon2id, OWASP parameters, a
/// random 16-byte salt).
pub fn hash_secret_in(secret: &str, scratch: &mut Scratch) -> anyhow::Result<String> {
    let failed = |e: &dyn fmt::Display| anyhow::anyhow!("argon2 hashing failed: {e}");
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| failed(&e))?;
    let mut out = [0u8; 32];
    hasher()
        .hash_password_into_with_memory(secret.as_bytes(), &salt, &mut out, &mut scratch.0)
        .map_err(|e| failed(&e))?;
    let hash = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&Params::default()).map_err(|e| failed(&e))?,
        salt: Some(Salt::new(&salt).map_err(|e| failed(&e))?),
        hash: Some(Output::new(&out).map_err(|e| failed(&e))?),
    };
    Ok(hash.to_string())
}

/// `verify_secret` working in `scratch` when the stored hash has the service's parameters (a
/// hash made with others is checked the ordinary way). The outputs are compared in constant
/// time (`Output`'s equality).
pub fn verify_secret_in(secret: &str, phc: &str, scratch: &mut Scratch) -> bool {
    let Ok(parsed) = PasswordHash::new(phc) else {
        return false;
    };
    let Ok(params) = Params::try_from(&parsed) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (&parsed.salt, &parsed.hash) else {
        return false;
    };
    let ours = parsed.algorithm == Algorithm::Argon2id.ident()
        && parsed.version == Some(Version::V0x13.into())
        && params.block_count() == scratch.0.len();
    if !ours {
        return verify_secret(secret, phc);
    }
    let mut out = vec![0u8; expected.len()];
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into_with_memory(secret.as_bytes(), salt, &mut out, &mut scratch.0)
        .is_ok()
        && Output::new(&out).is_ok_and(|computed| &computed == expected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_made_in_scratch_memory_are_ordinary_argon2id_hashes() {
        let mut scratch = Scratch::new();
        let made_here = hash_secret_in("ABCD-EFGH-JKLM", &mut scratch).unwrap();
        assert!(
            made_here.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{made_here}"
        );
        assert!(
            verify_secret("ABCD-EFGH-JKLM", &made_here),
            "argon2 itself agrees"
        );
        assert!(!verify_secret("ABCD-EFGH-JKLN", &made_here));
        let made_by_argon2 = hash_secret("correct horse battery").unwrap();
        // The same scratch, used again and again, gives the same answers.
        for _ in 0..2 {
            assert!(verify_secret_in(
                "correct horse battery",
                &made_by_argon2,
                &mut scratch
            ));
            assert!(!verify_secret_in(
                "correct horse batterY",
                &made_by_argon2,
                &mut scratch
            ));
            assert!(verify_secret_in("ABCD-EFGH-JKLM", &made_here, &mut scratch));
        }
        assert!(!verify_secret_in("x", "not a hash", &mut scratch));
        // Other parameters are still checked, the ordinary way.
        let light = Argon2::new(
            Algorithm::Argon2id,
            Version::V0x13,
            Params::new(8 * 1024, 1, 1, None).unwrap(),
        )
        .hash_password(b"other")
        .unwrap()
        .to_string();
        assert!(verify_secret_in("other", &light, &mut scratch));
        assert!(!verify_secret_in("others", &light, &mut scratch));
    }

    #[test]
    fn generated_codes_are_long_enough_and_unambiguous() {
        for _ in 0..200 {
            let code = SecurityCode::generate();
            assert_eq!(code.expose().len(), CODE_LEN);
            assert!(
                !code.expose().contains(['I', 'L', 'O', 'U']),
                "{}",
                code.expose()
            );
            assert_eq!(code.grouped().len(), CODE_LEN + 2);
        }
        assert_ne!(SecurityCode::generate(), SecurityCode::generate());
    }

    #[test]
    fn codes_are_read_the_way_people_type_them() {
        let code = SecurityCode::parse("AB12-CD34-EF56").unwrap();
        let cases = [
            "ab12 cd34 ef56",
            "AB12CD34EF56",
            " ab12-cd34-ef56 ",
            "AB12-CD34-EF56",
        ];
        for typed in cases {
            assert_eq!(
                SecurityCode::parse(typed).as_ref(),
                Some(&code),
                "typed {typed:?}"
            );
        }
        assert_eq!(
            SecurityCode::parse("0O1I-L000-0000").unwrap().expose(),
            "001110000000"
        );
        for bad in [
            "",
            "AB12-CD34",
            "AB12-CD34-EF56-7",
            "AB12-CD34-EF5U",
            "ÄB12-CD34-EF56",
        ] {
            assert!(SecurityCode::parse(bad).is_none(), "accepted {bad:?}");
        }
    }

    #[test]
    fn hash_verifies_only_the_right_code() {
        let code = SecurityCode::generate();
        let hash = hash_secret(code.expose()).unwrap();
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert!(!hash.contains(code.expose()));
        assert!(verify_secret(code.expose(), &hash));
        assert!(!verify_secret(SecurityCode::generate().expose(), &hash));
        assert!(!verify_secret(code.expose(), "not a hash"));
    }

    #[test]
    fn tokens_have_128_bits_and_compare_exactly() {
        let t = Token::generate();
        assert_eq!(t.as_str().len(), 32);
        assert!(Token::parse(t.as_str()).is_some());
        assert!(t.matches(t.as_str()));
        assert!(!t.matches(Token::generate().as_str()));
        assert!(!t.matches(""));
        assert!(Token::parse("XYZ").is_none());
        assert_ne!(Token::generate(), Token::generate());
    }

    #[test]
    fn secrets_do_not_leak_through_debug() {
        let code = SecurityCode::generate();
        assert!(!format!("{code:?}").contains(code.expose()));
    }
}
