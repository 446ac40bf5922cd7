//! The lines of the spreadsheet an organisation sends to register its staff: which row is a
//! header, what makes a line a person, and what is wrong with the lines that are not.

use super::email::EmailAddress;
use super::language::Language;
use super::niss::{Niss, NissError};
use super::request::NAME_MAX;
use std::collections::HashMap;
use std::collections::hash_map::Entry;

/// The shortest and longest protocol ID card number, spaces removed. The issue asks for the
/// "protocol ID card number format" but gives no pattern: this is our reading of it, 6 to 12
/// ASCII letters and digits stored upper-case, loose enough for a card number and strict enough
/// to refuse a sentence, an email address or a NISS with its separators. Change it here when the
/// Protocol's pattern is known.
pub const CARD_NUMBER_MIN: usize = 6;
pub const CARD_NUMBER_MAX: usize = 12;

/// How many of the first six cells must be a known column label for a row to be a header: a
/// header with one or two columns renamed is still a header, a line of data never is.
const HEADER_MIN_MATCHES: usize = 4;

/// One line of the file as the reader gives it, every cell already turned into text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RawLine {
    /// The 1-based line number in the file, the one the supervisor sees in the spreadsheet.
    pub number: usize,
    pub cells: Vec<String>,
}

/// The columns of the file, in their order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Niss,
    Email,
    Language,
    FirstNames,
    LastName,
    CardNumber,
}

impl Field {
    pub const ALL: [Field; 6] = [
        Field::Niss,
        Field::Email,
        Field::Language,
        Field::FirstNames,
        Field::LastName,
        Field::CardNumber,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Field::Niss => "niss",
            Field::Email => "email",
            Field::Language => "language",
            Field::FirstNames => "first_names",
            Field::LastName => "last_name",
            Field::CardNumber => "card_number",
        }
    }

    fn column(self) -> usize {
        match self {
            Field::Niss => 0,
            Field::Email => 1,
            Field::Language => 2,
            Field::FirstNames => 3,
            Field::LastName => 4,
            Field::CardNumber => 5,
        }
    }

    /// The labels people give this column, in the form `label_key` reduces them to.
    fn labels(self) -> &'static [&'static str] {
        match self {
            Field::Niss => &[
                "niss",
                "insz",
                "inss",
                "nn",
                "rrn",
                "ssin",
                "enss",
                "numeronational",
                "numeroderegistrenational",
                "numeroduregistrenational",
                "registrenational",
                "rijksregisternummer",
                "rijksregister",
                "nationalnumber",
                "nationalregisternumber",
                "nationalregistrationnumber",
                "nationalnummer",
                "nationalregisternummer",
            ],
            Field::Email => &[
                "email",
                "mail",
                "emailaddress",
                "adresseemail",
                "adressemail",
                "courriel",
                "adressecourriel",
                "emailadres",
                "emailadresse",
            ],
            Field::Language => &["language", "langue", "taal", "sprache", "lang"],
            Field::FirstNames => &[
                "prenom",
                "prenoms",
                "voornaam",
                "voornamen",
                "firstname",
                "firstnames",
                "givenname",
                "givennames",
                "vorname",
                "vornamen",
            ],
            Field::LastName => &[
                "nom",
                "nomdefamille",
                "naam",
                "achternaam",
                "familienaam",
                "lastname",
                "surname",
                "familyname",
                "name",
                "nachname",
                "familienname",
            ],
            Field::CardNumber => &[
                "numerodecartedidentitespeciale",
                "numerocartedidentitespeciale",
                "cartedidentitespeciale",
                "numerodecarte",
                "protocolidcardnumber",
                "protocolcardnumber",
                "idcardnumber",
                "cardnumber",
                "kaartnummer",
                "nummerbijzondereidentiteitskaart",
                "nummervandebijzondereidentiteitskaart",
                "bijzondereidentiteitskaart",
                "ausweisnummer",
                "sonderausweisnummer",
                "protokollausweisnummer",
                "nummerdessonderausweises",
            ],
        }
    }
}

/// What is wrong with one cell of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    Missing,
    NissFormat,
    NissChecksum,
    EmailInvalid,
    LanguageUnknown,
    CardNumberFormat,
    TooLong,
    /// The same email address (whatever its case) is on an earlier line.
    DuplicateEmailInFile {
        first_line: usize,
    },
    /// The same national number is on an earlier line.
    DuplicateNissInFile {
        first_line: usize,
    },
}

impl Problem {
    /// The translation key of the message shown in the report, next to the line number.
    pub fn message_key(&self) -> &'static str {
        match self {
            Problem::Missing => "import-problem-missing",
            Problem::NissFormat => "import-problem-niss-format",
            Problem::NissChecksum => "import-problem-niss-checksum",
            Problem::EmailInvalid => "import-problem-email",
            Problem::LanguageUnknown => "import-problem-language",
            Problem::CardNumberFormat => "import-problem-card",
            Problem::TooLong => "import-problem-too-long",
            Problem::DuplicateEmailInFile { .. } => "import-problem-duplicate-email",
            Problem::DuplicateNissInFile { .. } => "import-problem-duplicate-niss",
        }
    }
}

/// A person the file registers, every value in its canonical form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub niss: Niss,
    pub email: EmailAddress,
    pub language: Language,
    pub first_names: String,
    pub last_name: String,
    /// Upper-case letters and digits, without spaces.
    pub card_number: String,
}

/// The header of the downloadable template, in the supervisor's language.
pub fn header(lang: Language) -> [&'static str; 6] {
    match lang {
        Language::Fr => [
            "Numéro national",
            "Adresse e-mail",
            "Langue",
            "Prénoms",
            "Nom",
            "Numéro de carte d'identité spéciale",
        ],
        Language::Nl => [
            "Rijksregisternummer",
            "E-mailadres",
            "Taal",
            "Voornamen",
            "Achternaam",
            "Nummer bijzondere identiteitskaart",
        ],
        Language::En => [
            "National number",
            "Email address",
            "Language",
            "First names",
            "Last name",
            "Protocol ID card number",
        ],
        Language::De => [
            "Nationalregisternummer",
            "E-Mail-Adresse",
            "Sprache",
            "Vornamen",
            "Nachname",
            "Ausweisnummer",
        ],
    }
}

/// Whether a row is a header in any of the four languages rather than a person: its first cell
/// is not a national number and most of its first six cells are labels of their column.
pub fn is_header(cells: &[String]) -> bool {
    let first = cells.first().map(|c| clean(c)).unwrap_or_default();
    if Niss::parse(&restore_niss(first)).is_ok() {
        return false;
    }
    let matches = Field::ALL
        .iter()
        .zip(cells)
        .filter(|(field, cell)| field.labels().contains(&label_key(cell).as_str()))
        .count();
    matches >= HEADER_MIN_MATCHES
}

/// Gives back the leading zeros a spreadsheet drops when it takes a national number for a number
/// (`1010100126` or `1010100126.0` for `01010100126`). The zeros are put back only when the
/// check digits of the padded number agree, which is what proves they were lost; anything else
/// is returned as it was, so that it is reported as a badly written number.
///
/// A birth in January to September 2000 starts with three zeros, so 8 to 10 digits are padded;
/// an 11-digit number in spreadsheet form (`85073003328.0`) comes back as its digits, on the
/// same condition.
pub fn restore_niss(raw: &str) -> String {
    let Some(digits) = spreadsheet_integer(clean(raw)) else {
        return raw.to_owned();
    };
    if !(8..=11).contains(&digits.len()) {
        return raw.to_owned();
    }
    let padded = format!("{digits:0>11}");
    if Niss::parse(&padded).is_ok() {
        padded
    } else {
        raw.to_owned()
    }
}

/// The digits of a whole number as a spreadsheet or its reader writes it: `1010100126`,
/// `1010100126.0` (or `,0`), `1.010100126E9`, `1.010100126E+09`.
fn spreadsheet_integer(value: &str) -> Option<String> {
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let (mantissa, exponent) = match value.split_once(['e', 'E']) {
        Some((mantissa, exponent)) => {
            let exponent = exponent.strip_prefix('+').unwrap_or(exponent);
            if !all_digits(exponent) || exponent.len() > 2 {
                return None;
            }
            (mantissa, exponent.parse::<usize>().ok()?)
        }
        None => (value, 0),
    };
    let (whole, fraction) = mantissa.split_once(['.', ',']).unwrap_or((mantissa, ""));
    if !all_digits(whole) || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (shifted, rest) = fraction.split_at(exponent.min(fraction.len()));
    if rest.bytes().any(|b| b != b'0') {
        return None;
    }
    let zeros = exponent - shifted.len();
    let digits = format!("{whole}{shifted}{}", "0".repeat(zeros));
    if exponent > 0 {
        // `1.0E9` has no leading zeros to lose: its digits are those of the number.
        Some(digits.trim_start_matches('0').to_owned())
    } else {
        Some(digits)
    }
}

/// Reads one line of data into a person, or gives every problem of the line, cell by cell.
pub fn parse_line(line: &RawLine) -> Result<Person, Vec<(Field, Problem)>> {
    let cell = |field: Field| {
        line.cells
            .get(field.column())
            .map(|c| clean(c))
            .unwrap_or_default()
    };
    let mut problems = Vec::new();
    let niss = check(Field::Niss, cell(Field::Niss), &mut problems, |raw| {
        Niss::parse(&restore_niss(raw)).map_err(|e| match e {
            NissError::Format => Problem::NissFormat,
            NissError::Checksum => Problem::NissChecksum,
        })
    });
    let email = check(Field::Email, cell(Field::Email), &mut problems, |raw| {
        EmailAddress::parse(raw).map_err(|_| Problem::EmailInvalid)
    });
    let language = check(
        Field::Language,
        cell(Field::Language),
        &mut problems,
        |raw| Language::parse(raw).ok_or(Problem::LanguageUnknown),
    );
    let first_names = check(
        Field::FirstNames,
        cell(Field::FirstNames),
        &mut problems,
        parse_name,
    );
    let last_name = check(
        Field::LastName,
        cell(Field::LastName),
        &mut problems,
        parse_name,
    );
    let card_number = check(
        Field::CardNumber,
        cell(Field::CardNumber),
        &mut problems,
        parse_card_number,
    );
    match (niss, email, language, first_names, last_name, card_number) {
        (
            Some(niss),
            Some(email),
            Some(language),
            Some(first_names),
            Some(last_name),
            Some(card_number),
        ) => Ok(Person {
            niss,
            email,
            language,
            first_names,
            last_name,
            card_number,
        }),
        _ => Err(problems),
    }
}

/// Among lines that are valid on their own, the ones that repeat the email address or the
/// national number of an earlier line. `people` is in the order of the file; the later line is
/// the one reported, naming the first.
pub fn find_duplicates(people: &[(usize, &Person)]) -> Vec<(usize, Field, Problem)> {
    let mut niss_lines: HashMap<&str, usize> = HashMap::with_capacity(people.len());
    let mut email_lines: HashMap<String, usize> = HashMap::with_capacity(people.len());
    let mut duplicates = Vec::new();
    for &(line, person) in people {
        match niss_lines.entry(person.niss.as_str()) {
            Entry::Occupied(first) => duplicates.push((
                line,
                Field::Niss,
                Problem::DuplicateNissInFile {
                    first_line: *first.get(),
                },
            )),
            Entry::Vacant(slot) => {
                slot.insert(line);
            }
        }
        match email_lines.entry(person.email.as_str().to_lowercase()) {
            Entry::Occupied(first) => duplicates.push((
                line,
                Field::Email,
                Problem::DuplicateEmailInFile {
                    first_line: *first.get(),
                },
            )),
            Entry::Vacant(slot) => {
                slot.insert(line);
            }
        }
    }
    duplicates
}

fn check<T>(
    field: Field,
    raw: &str,
    problems: &mut Vec<(Field, Problem)>,
    parse: impl FnOnce(&str) -> Result<T, Problem>,
) -> Option<T> {
    if raw.is_empty() {
        problems.push((field, Problem::Missing));
        return None;
    }
    parse(raw).map_err(|p| problems.push((field, p))).ok()
}

fn parse_name(raw: &str) -> Result<String, Problem> {
    let name = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.chars().count() > NAME_MAX {
        Err(Problem::TooLong)
    } else {
        Ok(name)
    }
}

fn parse_card_number(raw: &str) -> Result<String, Problem> {
    let card: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    let well_formed = (CARD_NUMBER_MIN..=CARD_NUMBER_MAX).contains(&card.len())
        && card.bytes().all(|b| b.is_ascii_alphanumeric());
    if well_formed {
        Ok(card.to_ascii_uppercase())
    } else {
        Err(Problem::CardNumberFormat)
    }
}

/// A cell without the spaces around it, non-breaking ones and a byte-order mark included.
fn clean(cell: &str) -> &str {
    cell.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}')
}

/// A column label reduced to what identifies it: no accents, no case, no spaces or punctuation.
fn label_key(cell: &str) -> String {
    deunicode::deunicode(cell)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Builds a valid national number from its parts, the way the register does.
    fn make_niss(yy: u32, mm: u32, dd: u32, seq: u32, born_2000s: bool) -> String {
        let base = u64::from(yy * 10_000_000 + mm * 100_000 + dd * 1_000 + seq);
        let modded = if born_2000s {
            2_000_000_000 + base
        } else {
            base
        };
        format!("{base:09}{:02}", 97 - modded % 97)
    }

    fn strings(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| c.to_string()).collect()
    }

    fn line(number: usize, cells: &[&str]) -> RawLine {
        RawLine {
            number,
            cells: strings(cells),
        }
    }

    const GOOD: [&str; 6] = [
        "85.07.30-033.28",
        "marie.dupont@example.be",
        "FR",
        "Marie Anne",
        "Dupont",
        "AB123456",
    ];

    /// The good line with one cell replaced.
    fn good_with(field: Field, value: &str) -> Vec<String> {
        let mut cells = strings(&GOOD);
        cells[field.column()] = value.to_owned();
        cells
    }

    #[test]
    fn the_numbers_used_below_are_what_they_claim() {
        assert_eq!(make_niss(1, 1, 1, 1, true), "01010100126", "2001 birth");
        assert_eq!(
            make_niss(9, 12, 24, 157, false),
            "09122415775",
            "1909 birth"
        );
        assert_eq!(make_niss(0, 11, 1, 1, true), "00110100175", "2000 birth");
        assert_eq!(make_niss(0, 1, 1, 1, true), "00010100105", "January 2000");
        let young = Niss::parse("01010100126").unwrap();
        assert_eq!(young.birth_year(), 2001);
        let old = Niss::parse("09122415775").unwrap();
        assert_eq!(old.birth_year(), 1909);
        assert!(
            Niss::parse("01010100188").is_err(),
            "the number that must not be padded does not become valid"
        );
    }

    #[test]
    fn a_good_line_becomes_a_person_in_canonical_form() {
        let raw = line(
            2,
            &[
                " 85.07.30-033.28 ",
                "\u{a0}Marie.Dupont@Example.BE ",
                " nl ",
                "Marie   Anne\u{a0} Louise",
                "\u{feff}  Dupont\u{a0}",
                "ab 123 456 78",
            ],
        );
        let person = parse_line(&raw).expect("a good line");
        assert_eq!(person.niss.as_str(), "85073003328");
        assert_eq!(person.email.as_str(), "Marie.Dupont@example.be");
        assert_eq!(person.language, Language::Nl);
        assert_eq!(person.first_names, "Marie Anne Louise");
        assert_eq!(person.last_name, "Dupont");
        assert_eq!(person.card_number, "AB12345678");
    }

    #[test]
    fn lines_that_are_good_in_other_ways() {
        let hundred = "é".repeat(NAME_MAX);
        let cases: Vec<(&str, Vec<String>)> = vec![
            ("the plain good line", strings(&GOOD)),
            ("language in lower case", good_with(Field::Language, "de")),
            ("language in mixed case", good_with(Field::Language, " En")),
            (
                "NISS without separators",
                good_with(Field::Niss, "85073003328"),
            ),
            (
                "NISS as an Excel number",
                good_with(Field::Niss, "1010100126"),
            ),
            ("NISS as a float", good_with(Field::Niss, "1010100126.0")),
            (
                "names of exactly the limit",
                good_with(Field::LastName, &hundred),
            ),
            (
                "shortest card number",
                good_with(Field::CardNumber, "123456"),
            ),
            (
                "longest card number",
                good_with(Field::CardNumber, "AB 1234 5678 90"),
            ),
            ("extra cells are ignored", {
                let mut cells = strings(&GOOD);
                cells.extend(strings(&["a note", "another"]));
                cells
            }),
        ];
        for (name, cells) in cases {
            let got = parse_line(&RawLine { number: 2, cells });
            assert!(got.is_ok(), "case `{name}`: {got:?}");
        }
    }

    /// A case's name, the line's cells and the problems expected.
    type BadLine = (&'static str, Vec<String>, Vec<(Field, Problem)>);

    #[test]
    fn each_kind_of_bad_line() {
        let too_long = "a".repeat(NAME_MAX + 1);
        let cases: Vec<BadLine> = vec![
            (
                "NISS missing",
                good_with(Field::Niss, ""),
                vec![(Field::Niss, Problem::Missing)],
            ),
            (
                "NISS of only spaces",
                good_with(Field::Niss, " \u{a0} "),
                vec![(Field::Niss, Problem::Missing)],
            ),
            (
                "NISS too short",
                good_with(Field::Niss, "85.07.30-033"),
                vec![(Field::Niss, Problem::NissFormat)],
            ),
            (
                "NISS with letters",
                good_with(Field::Niss, "85O73OO3328"),
                vec![(Field::Niss, Problem::NissFormat)],
            ),
            (
                "NISS with wrong check digits",
                good_with(Field::Niss, "85073003329"),
                vec![(Field::Niss, Problem::NissChecksum)],
            ),
            (
                "NISS of 10 digits that padding does not make valid",
                good_with(Field::Niss, "1010100188"),
                vec![(Field::Niss, Problem::NissFormat)],
            ),
            (
                "email missing",
                good_with(Field::Email, ""),
                vec![(Field::Email, Problem::Missing)],
            ),
            (
                "email without domain",
                good_with(Field::Email, "marie@"),
                vec![(Field::Email, Problem::EmailInvalid)],
            ),
            (
                "two emails in one cell",
                good_with(Field::Email, "a@example.be; b@example.be"),
                vec![(Field::Email, Problem::EmailInvalid)],
            ),
            (
                "language missing",
                good_with(Field::Language, ""),
                vec![(Field::Language, Problem::Missing)],
            ),
            (
                "language not offered",
                good_with(Field::Language, "ES"),
                vec![(Field::Language, Problem::LanguageUnknown)],
            ),
            (
                "language written out",
                good_with(Field::Language, "Français"),
                vec![(Field::Language, Problem::LanguageUnknown)],
            ),
            (
                "first names missing",
                good_with(Field::FirstNames, ""),
                vec![(Field::FirstNames, Problem::Missing)],
            ),
            (
                "first names too long",
                good_with(Field::FirstNames, &too_long),
                vec![(Field::FirstNames, Problem::TooLong)],
            ),
            (
                "last name missing",
                good_with(Field::LastName, "\u{a0}"),
                vec![(Field::LastName, Problem::Missing)],
            ),
            (
                "last name too long",
                good_with(Field::LastName, &too_long),
                vec![(Field::LastName, Problem::TooLong)],
            ),
            (
                "card number missing",
                good_with(Field::CardNumber, ""),
                vec![(Field::CardNumber, Problem::Missing)],
            ),
            (
                "card number too short",
                good_with(Field::CardNumber, "AB123"),
                vec![(Field::CardNumber, Problem::CardNumberFormat)],
            ),
            (
                "card number too long",
                good_with(Field::CardNumber, "ABC1234567890"),
                vec![(Field::CardNumber, Problem::CardNumberFormat)],
            ),
            (
                "card number with a dash",
                good_with(Field::CardNumber, "AB-123456"),
                vec![(Field::CardNumber, Problem::CardNumberFormat)],
            ),
            (
                "card number with an accented letter",
                good_with(Field::CardNumber, "ÉB123456"),
                vec![(Field::CardNumber, Problem::CardNumberFormat)],
            ),
            (
                "line with only three cells",
                strings(&GOOD[..3]),
                vec![
                    (Field::FirstNames, Problem::Missing),
                    (Field::LastName, Problem::Missing),
                    (Field::CardNumber, Problem::Missing),
                ],
            ),
            (
                "line with no cells",
                Vec::new(),
                Field::ALL.iter().map(|&f| (f, Problem::Missing)).collect(),
            ),
        ];
        for (name, cells, expected) in cases {
            let got = parse_line(&RawLine { number: 7, cells });
            assert_eq!(got.err(), Some(expected), "case `{name}`");
        }
    }

    #[test]
    fn every_problem_of_a_line_is_reported() {
        let raw = line(3, &["12", "not an email", "XX", "", "Dupont", "?"]);
        assert_eq!(
            parse_line(&raw).err(),
            Some(vec![
                (Field::Niss, Problem::NissFormat),
                (Field::Email, Problem::EmailInvalid),
                (Field::Language, Problem::LanguageUnknown),
                (Field::FirstNames, Problem::Missing),
                (Field::CardNumber, Problem::CardNumberFormat),
            ])
        );
    }

    #[test]
    fn national_numbers_a_spreadsheet_took_for_numbers() {
        let cases = [
            ("2000s birth, one zero lost", "1010100126", "01010100126"),
            ("1900s birth, one zero lost", "9122415775", "09122415775"),
            ("2000 birth, two zeros lost", "110100175", "00110100175"),
            (
                "January 2000 birth, three zeros lost",
                "10100105",
                "00010100105",
            ),
            ("rendered as a float", "1010100126.0", "01010100126"),
            (
                "rendered with a decimal comma",
                "1010100126,0",
                "01010100126",
            ),
            (
                "rendered with spaces around",
                " 1010100126.0 ",
                "01010100126",
            ),
            ("exponent form", "1.010100126E9", "01010100126"),
            ("exponent form with sign", "1.010100126e+09", "01010100126"),
            ("eleven digits as a float", "85073003328.0", "85073003328"),
            (
                "padding gives wrong check digits",
                "1010100188",
                "1010100188",
            ),
            ("already eleven digits", "85073003328", "85073003328"),
            (
                "written form left alone",
                "85.07.30-033.28",
                "85.07.30-033.28",
            ),
            ("exponent form that lost digits", "1.0101E+10", "1.0101E+10"),
            ("not a whole number", "1010100126.5", "1010100126.5"),
            ("too few digits to be a NISS", "1234567", "1234567"),
            ("text", "abc", "abc"),
            ("empty", "", ""),
        ];
        for (name, raw, expected) in cases {
            assert_eq!(restore_niss(raw), expected, "case `{name}` ({raw:?})");
        }

        let raw = RawLine {
            number: 2,
            cells: good_with(Field::Niss, "9122415775"),
        };
        let person = parse_line(&raw).expect("NISS restored in a line");
        assert_eq!(person.niss.as_str(), "09122415775");
    }

    #[test]
    fn headers_in_every_language_are_recognised() {
        let mut cases: Vec<(String, Vec<String>, bool)> = Language::ALL
            .iter()
            .map(|&lang| (format!("template in {lang}"), strings(&header(lang)), true))
            .collect();
        let written: [(&str, &[&str], bool); 11] = [
            (
                "French, short labels",
                &[
                    "NISS",
                    "E-mail",
                    "Langue",
                    "Prénom(s)",
                    "Nom",
                    "Numéro de carte d'identité spéciale",
                ],
                true,
            ),
            (
                "Dutch, short labels",
                &[
                    "INSZ",
                    "E-mailadres",
                    "Taal",
                    "Voornamen",
                    "Naam",
                    "Kaartnummer",
                ],
                true,
            ),
            (
                "English, short labels",
                &[
                    "NN",
                    "Email",
                    "Language",
                    "First names",
                    "Last name",
                    "Protocol ID card number",
                ],
                true,
            ),
            (
                "German, short labels",
                &[
                    "Nationalnummer",
                    "E-Mail-Adresse",
                    "Sprache",
                    "Vornamen",
                    "Nachname",
                    "Ausweisnummer",
                ],
                true,
            ),
            (
                "upper case, no accents, stray spaces",
                &[
                    "  NUMERO NATIONAL ",
                    "ADRESSE  E-MAIL",
                    " langue\u{a0}",
                    "PRENOMS",
                    "NOM ",
                    "N° carte",
                ],
                true,
            ),
            (
                "byte-order mark before the first label",
                &[
                    "\u{feff}Rijksregisternummer",
                    "E-mail",
                    "Taal",
                    "Voornaam",
                    "Achternaam",
                    "Nr",
                ],
                true,
            ),
            (
                "two columns renamed",
                &["NN", "Mail", "Lang", "Prénom", "Remarque", "Badge"],
                true,
            ),
            (
                "only three known labels",
                &["NISS", "Email", "Language", "Who", "Why", "What"],
                false,
            ),
            ("a line of data", &GOOD, false),
            (
                "labels after a national number",
                &[
                    "85073003328",
                    "Email",
                    "Language",
                    "First names",
                    "Last name",
                    "Card number",
                ],
                false,
            ),
            (
                "labels after a national number a spreadsheet took for a number",
                &[
                    "1010100126",
                    "Email",
                    "Language",
                    "First names",
                    "Last name",
                    "Card number",
                ],
                false,
            ),
        ];
        cases.extend(
            written
                .iter()
                .map(|(name, cells, expected)| (name.to_string(), strings(cells), *expected)),
        );
        cases.push(("an empty row".to_owned(), Vec::new(), false));
        for (name, cells, expected) in cases {
            assert_eq!(is_header(&cells), expected, "case `{name}`: {cells:?}");
        }
    }

    #[test]
    fn duplicates_name_the_first_line() {
        let a = make_niss(85, 7, 30, 33, false);
        let b = make_niss(1, 1, 1, 1, true);
        let c = make_niss(90, 2, 3, 456, false);
        let rows = [
            (2, [a.as_str(), "marie@example.be"]),
            (3, [b.as_str(), "jan@example.be"]),
            (4, [c.as_str(), "Marie@Example.be"]),
            (5, [a.as_str(), "other@example.be"]),
            (7, [b.as_str(), "JAN@example.be"]),
        ];
        let people: Vec<(usize, Person)> = rows
            .iter()
            .map(|(number, [niss, email])| {
                let raw = line(*number, &[niss, email, "fr", "Marie", "Dupont", "AB123456"]);
                (*number, parse_line(&raw).expect("valid on its own"))
            })
            .collect();
        let refs: Vec<(usize, &Person)> = people.iter().map(|(n, p)| (*n, p)).collect();
        assert_eq!(
            find_duplicates(&refs),
            vec![
                (
                    4,
                    Field::Email,
                    Problem::DuplicateEmailInFile { first_line: 2 }
                ),
                (
                    5,
                    Field::Niss,
                    Problem::DuplicateNissInFile { first_line: 2 }
                ),
                (
                    7,
                    Field::Niss,
                    Problem::DuplicateNissInFile { first_line: 3 }
                ),
                (
                    7,
                    Field::Email,
                    Problem::DuplicateEmailInFile { first_line: 3 }
                ),
            ]
        );
    }

    #[test]
    fn ten_thousand_lines_are_deduplicated() {
        let people: Vec<(usize, Person)> = (0..10_000u32)
            .map(|i| {
                let niss = make_niss(70, 1 + i / 997 % 12, 1 + i / (997 * 12), i % 997 + 1, false);
                // Every tenth person repeats the email of the line before.
                let email = format!("person{}@example.be", if i % 10 == 9 { i - 1 } else { i });
                let number = i as usize + 2;
                let raw = line(number, &[&niss, &email, "nl", "Jan", "Peeters", "AB123456"]);
                (number, parse_line(&raw).expect("generated line is valid"))
            })
            .collect();
        let refs: Vec<(usize, &Person)> = people.iter().map(|(n, p)| (*n, p)).collect();
        let duplicates = find_duplicates(&refs);
        assert_eq!(duplicates.len(), 1_000);
        for (number, field, problem) in duplicates {
            assert_eq!(field, Field::Email, "line {number}");
            assert_eq!(
                problem,
                Problem::DuplicateEmailInFile {
                    first_line: number - 1
                },
                "line {number}"
            );
        }
    }

    #[test]
    fn fields_and_problems_have_distinct_codes() {
        for (column, field) in Field::ALL.iter().enumerate() {
            assert_eq!(field.column(), column, "{field:?}");
        }
        let mut codes: Vec<_> = Field::ALL.iter().map(|f| f.code()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), Field::ALL.len());

        let problems = [
            Problem::Missing,
            Problem::NissFormat,
            Problem::NissChecksum,
            Problem::EmailInvalid,
            Problem::LanguageUnknown,
            Problem::CardNumberFormat,
            Problem::TooLong,
            Problem::DuplicateEmailInFile { first_line: 1 },
            Problem::DuplicateNissInFile { first_line: 1 },
        ];
        let mut keys: Vec<_> = problems.iter().map(|p| p.message_key()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), problems.len());
        assert!(keys.iter().all(|k| k.starts_with("import-problem-")));
    }
}
