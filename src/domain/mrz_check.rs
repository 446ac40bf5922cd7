//! The interview checklist's machine-readable zone: reading what the interviewer pasted (ICAO 9303
//! TD1 for ID cards, TD3 for passports) with the `mrz` crate, and comparing it, field by field and
//! check digit by check digit, with the document and the applicant typed above it.

use super::request::Sex;
use chrono::{Datelike, NaiveDate};
use mrz::{MrzData, MrzDate, MrzError, ParseOptions, TransliterationStyle};

/// Which ICAO 9303 layout the zone has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKind {
    /// TD1: three lines of 30.
    IdCard,
    /// TD3: two lines of 44.
    Passport,
}

/// A date field of the zone: a calendar day, or the six cells as printed when they are not one
/// (an unknown birth date `<<<<<<`, a misread digit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ZoneDate {
    Date(NaiveDate),
    NotADate(String),
}

impl ZoneDate {
    fn from_mrz(date: MrzDate) -> Self {
        match date {
            MrzDate::Calendar(d) => NaiveDate::from_ymd_opt(d.year, d.month, d.day)
                .map(ZoneDate::Date)
                .unwrap_or_else(|| ZoneDate::NotADate(date.to_string())),
            other => ZoneDate::NotADate(other.to_string()),
        }
    }

    fn is(&self, day: NaiveDate) -> bool {
        *self == ZoneDate::Date(day)
    }
}

/// The fields that carry an ICAO 9303 check digit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckedField {
    DocumentNumber,
    BirthDate,
    ExpiryDate,
    /// TD3's personal number or other optional data.
    OptionalData,
    /// The composite digit over the whole zone.
    Composite,
}

impl CheckedField {
    pub fn as_str(self) -> &'static str {
        match self {
            CheckedField::DocumentNumber => "document_number",
            CheckedField::BirthDate => "birth_date",
            CheckedField::ExpiryDate => "expiry_date",
            CheckedField::OptionalData => "optional_data",
            CheckedField::Composite => "composite",
        }
    }
}

/// Whether each printed check digit agrees with its field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckDigits {
    pub document_number: bool,
    pub birth_date: bool,
    pub expiry_date: bool,
    /// `None` where the layout prints no such digit (TD1).
    pub optional_data: Option<bool>,
    pub composite: bool,
}

impl CheckDigits {
    fn from_mrz(checks: &mrz::Checks) -> Self {
        // TD1 and TD3 print all four of these; a missing one counts as failed rather than passed.
        CheckDigits {
            document_number: checks.document_number == Some(true),
            birth_date: checks.date_of_birth == Some(true),
            expiry_date: checks.date_of_expiry == Some(true),
            optional_data: checks.personal_number,
            composite: checks.composite == Some(true),
        }
    }

    pub fn all_valid(&self) -> bool {
        self.failed().is_empty()
    }

    /// The fields whose check digit is wrong, in zone order.
    pub fn failed(&self) -> Vec<CheckedField> {
        [
            (CheckedField::DocumentNumber, self.document_number),
            (CheckedField::BirthDate, self.birth_date),
            (CheckedField::ExpiryDate, self.expiry_date),
            (
                CheckedField::OptionalData,
                self.optional_data != Some(false),
            ),
            (CheckedField::Composite, self.composite),
        ]
        .into_iter()
        .filter(|(_, ok)| !ok)
        .map(|(field, _)| field)
        .collect()
    }
}

/// A zone that has the shape of a TD1 or TD3 and parses. Its check digits may still be wrong:
/// [`Mrz::check_digits`] says which.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mrz {
    kind: DocumentKind,
    document_number: String,
    issuing_country: String,
    surname: String,
    given_names: String,
    name_field_full: bool,
    birth_date: ZoneDate,
    expiry_date: ZoneDate,
    sex: char,
    nationality: String,
    check_digits: CheckDigits,
    lines: Vec<String>,
}

impl Mrz {
    pub fn kind(&self) -> DocumentKind {
        self.kind
    }

    /// The whole number, reassembled when it overflows the nine cells into the optional data.
    pub fn document_number(&self) -> &str {
        &self.document_number
    }

    /// The ICAO code without its filler: `BEL`, `UTO`, `D` for Germany (printed `D<<`).
    pub fn issuing_country(&self) -> &str {
        &self.issuing_country
    }

    /// The primary identifier as printed, components joined by `<`: `MULLER<LUDENSCHEIDT`.
    pub fn surname(&self) -> &str {
        &self.surname
    }

    /// The secondary identifier as printed, components joined by `<`: `ANNA<MARIA`.
    pub fn given_names(&self) -> &str {
        &self.given_names
    }

    /// The name field has no filler left at its end, so the issuer may have truncated the name.
    pub fn name_field_full(&self) -> bool {
        self.name_field_full
    }

    pub fn birth_date(&self) -> &ZoneDate {
        &self.birth_date
    }

    pub fn expiry_date(&self) -> &ZoneDate {
        &self.expiry_date
    }

    /// The sex cell as printed: `F`, `M`, `<`, or whatever else the issuer put there.
    pub fn sex_cell(&self) -> char {
        self.sex
    }

    /// The sex in the service's terms; `<` and `X` are both "unspecified".
    pub fn sex(&self) -> Option<Sex> {
        match self.sex {
            'F' => Some(Sex::Female),
            'M' => Some(Sex::Male),
            '<' | 'X' => Some(Sex::Unspecified),
            _ => None,
        }
    }

    pub fn nationality(&self) -> &str {
        &self.nationality
    }

    pub fn check_digits(&self) -> CheckDigits {
        self.check_digits
    }

    /// The lines as read after normalisation, for the evidence record.
    pub fn lines(&self) -> &[String] {
        &self.lines
    }
}

/// Why a pasted text is not a zone that can be compared.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MrzProblem {
    #[error("nothing was pasted")]
    Empty,
    /// Neither 3 lines of 30 (ID card) nor 2 lines of 44 (passport).
    #[error("expected 3 lines of 30 or 2 lines of 44 characters, found lines of {line_lengths:?}")]
    WrongShape { line_lengths: Vec<usize> },
    /// A character outside `A–Z`, `0–9` and `<`; line and column count from 1.
    #[error("character {character:?} on line {line}, column {column}, is not allowed in an MRZ")]
    BadCharacter {
        character: char,
        line: usize,
        column: usize,
    },
    /// The first cells are not a passport (`P`) or identity card (`I`, `A`, `C`) code.
    #[error("the zone starts with {found:?}, which is not a passport or identity card code")]
    NotAnIdentityDocument { found: String },
    /// The zone has the right shape but does not read as one (an empty document number, say).
    #[error("the zone cannot be read")]
    NotParseable,
}

/// Reads what the interviewer pasted. Lines may be separated by newlines or spaces or not at all,
/// in any case, with `«` and similar marks for the filler. `today` decides the century of the
/// birth year: a two-digit year later than this year's is in the 1900s.
pub fn read(pasted: &str, today: NaiveDate) -> Result<Mrz, MrzProblem> {
    let text = normalise(pasted);
    let lines = split_lines(&text)?;
    let options = ParseOptions::default().with_pivot_yy(today.year().rem_euclid(100) as u32);
    let (kind, parsed, name_field) = match lines.as_slice() {
        [l1, l2, l3] => (
            DocumentKind::IdCard,
            mrz::parse_td1_with(l1, l2, l3, &options),
            l3.as_str(),
        ),
        [l1, l2] => (
            DocumentKind::Passport,
            mrz::parse_td3_with(l1, l2, &options),
            l1.get(5..).unwrap_or(""),
        ),
        _ => return Err(MrzProblem::NotParseable),
    };
    let data = parsed.map_err(problem)?;
    let name_field_full = !name_field.ends_with('<');
    Ok(from_parsed(kind, &data, name_field_full, lines))
}

fn from_parsed(
    kind: DocumentKind,
    data: &MrzData,
    name_field_full: bool,
    lines: Vec<String>,
) -> Mrz {
    Mrz {
        kind,
        document_number: data.full_document_number().replace('<', ""),
        issuing_country: data.issuing_country.clone(),
        surname: data.surname.replace(' ', "<"),
        given_names: data.given_names.replace(' ', "<"),
        name_field_full,
        birth_date: ZoneDate::from_mrz(data.date_of_birth),
        expiry_date: ZoneDate::from_mrz(data.date_of_expiry),
        sex: data.sex.to_string().chars().next().unwrap_or('<'),
        nationality: data.nationality.clone(),
        check_digits: CheckDigits::from_mrz(&data.checks),
        lines,
    }
}

fn problem(error: MrzError) -> MrzProblem {
    match error {
        MrzError::BadCharacter {
            character,
            line,
            position,
        } => MrzProblem::BadCharacter {
            character,
            line: line.map_or(1, |l| l + 1),
            column: position + 1,
        },
        MrzError::BadDocumentCode(found) => MrzProblem::NotAnIdentityDocument { found },
        _ => MrzProblem::NotParseable,
    }
}

/// Uppercase, with the filler's look-alikes (and its HTML escape) turned into `<`.
fn normalise(pasted: &str) -> String {
    pasted
        .replace("&lt;", "<")
        .chars()
        .map(|c| match c {
            '«' | '‹' | '＜' | '\u{3008}' | '\u{2329}' | '⟨' | '≪' | '˂' | 'ᐸ' => '<',
            c => c.to_ascii_uppercase(),
        })
        .collect()
}

/// Newlines are trusted as line breaks when there are several lines; otherwise spaces are; a
/// single run of text is cut by its total length.
fn split_lines(text: &str) -> Result<Vec<String>, MrzProblem> {
    let by_newline: Vec<String> = text
        .lines()
        .map(|line| {
            line.chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
        })
        .filter(|line| !line.is_empty())
        .collect();
    if by_newline.is_empty() {
        return Err(MrzProblem::Empty);
    }
    if has_shape(&by_newline) {
        return Ok(by_newline);
    }
    let by_space: Vec<String> = text.split_whitespace().map(str::to_owned).collect();
    if has_shape(&by_space) {
        return Ok(by_space);
    }
    if let [joined] = by_newline.as_slice() {
        let width = match joined.chars().count() {
            90 => Some(30),
            88 => Some(44),
            _ => None,
        };
        if let Some(width) = width {
            let chars: Vec<char> = joined.chars().collect();
            return Ok(chars.chunks(width).map(|c| c.iter().collect()).collect());
        }
    }
    Err(MrzProblem::WrongShape {
        line_lengths: by_newline.iter().map(|l| l.chars().count()).collect(),
    })
}

fn has_shape(lines: &[String]) -> bool {
    let lengths: Vec<usize> = lines.iter().map(|l| l.chars().count()).collect();
    lengths == [30, 30, 30] || lengths == [44, 44]
}

/// What the interviewer typed above the zone, and the applicant's identity from the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Expected<'a> {
    pub document_number: &'a str,
    pub expiry_date: NaiveDate,
    /// ISO 3166-1 alpha-2 as the service stores it (`BE`), or an ICAO code (`BEL`, `D`, `UTO`).
    pub issuing_country: &'a str,
    pub last_name: &'a str,
    pub first_names: &'a str,
    pub birth_date: NaiveDate,
    pub sex: Sex,
}

/// One disagreement between the zone and what was typed, with both values for the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mismatch {
    CheckDigit(CheckedField),
    DocumentNumber {
        typed: String,
        mrz: String,
    },
    ExpiryDate {
        typed: NaiveDate,
        mrz: ZoneDate,
    },
    IssuingCountry {
        typed: String,
        /// The typed code in ICAO form, `None` when it names no known country.
        typed_as_mrz: Option<String>,
        mrz: String,
    },
    LastName {
        typed: String,
        /// The typed name as an issuer would print it (`MUELLER<LUEDENSCHEIDT`).
        typed_as_mrz: String,
        mrz: String,
    },
    FirstNames {
        typed: String,
        typed_as_mrz: String,
        mrz: String,
    },
    BirthDate {
        typed: NaiveDate,
        mrz: ZoneDate,
    },
    Sex {
        typed: Sex,
        /// The sex cell as printed.
        mrz: char,
    },
}

/// Every failed check digit, then every field that differs, in the order of the form.
pub fn compare(mrz: &Mrz, expected: &Expected) -> Vec<Mismatch> {
    let mut mismatches: Vec<Mismatch> = mrz
        .check_digits
        .failed()
        .into_iter()
        .map(Mismatch::CheckDigit)
        .collect();

    let typed_number: String = expected
        .document_number
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if typed_number != mrz.document_number {
        mismatches.push(Mismatch::DocumentNumber {
            typed: expected.document_number.to_owned(),
            mrz: mrz.document_number.clone(),
        });
    }
    if !mrz.expiry_date.is(expected.expiry_date) {
        mismatches.push(Mismatch::ExpiryDate {
            typed: expected.expiry_date,
            mrz: mrz.expiry_date.clone(),
        });
    }
    let typed_country = icao_country_code(expected.issuing_country);
    if !typed_country
        .as_deref()
        .is_some_and(|code| mrz::codes_equivalent(code, &mrz.issuing_country))
    {
        mismatches.push(Mismatch::IssuingCountry {
            typed: expected.issuing_country.to_owned(),
            typed_as_mrz: typed_country,
            mrz: mrz.issuing_country.clone(),
        });
    }
    if let Some(typed_as_mrz) = name_mismatch(expected.last_name, &mrz.surname, mrz.name_field_full)
    {
        mismatches.push(Mismatch::LastName {
            typed: expected.last_name.to_owned(),
            typed_as_mrz,
            mrz: mrz.surname.clone(),
        });
    }
    if let Some(typed_as_mrz) =
        name_mismatch(expected.first_names, &mrz.given_names, mrz.name_field_full)
    {
        mismatches.push(Mismatch::FirstNames {
            typed: expected.first_names.to_owned(),
            typed_as_mrz,
            mrz: mrz.given_names.clone(),
        });
    }
    if !mrz.birth_date.is(expected.birth_date) {
        mismatches.push(Mismatch::BirthDate {
            typed: expected.birth_date,
            mrz: mrz.birth_date.clone(),
        });
    }
    if mrz.sex() != Some(expected.sex) {
        mismatches.push(Mismatch::Sex {
            typed: expected.sex,
            mrz: mrz.sex,
        });
    }
    mismatches
}

/// `None` when the typed name is one of the zone forms ICAO 9303 allows for it; otherwise the
/// typed name's usual zone form, to show beside the zone's.
fn name_mismatch(typed: &str, in_zone: &str, field_full: bool) -> Option<String> {
    let forms = zone_forms(typed);
    let matches = forms
        .iter()
        .any(|form| form == in_zone || (field_full && form.starts_with(in_zone)));
    if matches {
        None
    } else {
        forms.into_iter().next()
    }
}

/// The typed name as issuers may print it: uppercase and transliterated by ICAO 9303 part 3
/// (each recommended form of `Ä`, `Ñ`, `Ü`…, any other script through `deunicode`), apostrophes
/// dropped, spaces, hyphens and other punctuation as a single `<`.
pub fn zone_forms(typed: &str) -> Vec<String> {
    let mut forms: Vec<String> = Vec::new();
    for style in [
        TransliterationStyle::Expanded,
        TransliterationStyle::Simple,
        TransliterationStyle::XxSuffix,
    ] {
        let form = to_zone_form(&deunicode::deunicode(&mrz::transliterate(typed, style)));
        if !forms.contains(&form) {
            forms.push(form);
        }
    }
    forms
}

fn to_zone_form(latin: &str) -> String {
    let mut out = String::with_capacity(latin.len());
    for c in latin.chars() {
        match c {
            '\'' | '’' | '`' => {}
            c if c.is_ascii_alphanumeric() => out.push(c.to_ascii_uppercase()),
            _ => {
                if !out.is_empty() && !out.ends_with('<') {
                    out.push('<');
                }
            }
        }
    }
    out.trim_end_matches('<').to_owned()
}

/// The ICAO code of an issuing state given as ISO 3166-1 alpha-2 (as the service stores
/// countries) or already as an ICAO code; `None` for an unknown code.
pub fn icao_country_code(code: &str) -> Option<String> {
    let code = code.trim().trim_end_matches('<').to_ascii_uppercase();
    if code.len() == 2 {
        return ALPHA2_TO_ICAO
            .iter()
            .find(|(alpha2, _)| *alpha2 == code)
            .map(|(_, icao)| (*icao).to_owned());
    }
    mrz::country_name(&code).map(|_| code)
}

/// ISO 3166-1 alpha-2 to the ICAO 9303 code: ISO alpha-3, except Germany's `D`.
#[rustfmt::skip]
const ALPHA2_TO_ICAO: &[(&str, &str)] = &[
    ("AD", "AND"), ("AE", "ARE"), ("AF", "AFG"), ("AG", "ATG"), ("AI", "AIA"), ("AL", "ALB"),
    ("AM", "ARM"), ("AO", "AGO"), ("AQ", "ATA"), ("AR", "ARG"), ("AS", "ASM"), ("AT", "AUT"),
    ("AU", "AUS"), ("AW", "ABW"), ("AX", "ALA"), ("AZ", "AZE"), ("BA", "BIH"), ("BB", "BRB"),
    ("BD", "BGD"), ("BE", "BEL"), ("BF", "BFA"), ("BG", "BGR"), ("BH", "BHR"), ("BI", "BDI"),
    ("BJ", "BEN"), ("BL", "BLM"), ("BM", "BMU"), ("BN", "BRN"), ("BO", "BOL"), ("BQ", "BES"),
    ("BR", "BRA"), ("BS", "BHS"), ("BT", "BTN"), ("BV", "BVT"), ("BW", "BWA"), ("BY", "BLR"),
    ("BZ", "BLZ"), ("CA", "CAN"), ("CC", "CCK"), ("CD", "COD"), ("CF", "CAF"), ("CG", "COG"),
    ("CH", "CHE"), ("CI", "CIV"), ("CK", "COK"), ("CL", "CHL"), ("CM", "CMR"), ("CN", "CHN"),
    ("CO", "COL"), ("CR", "CRI"), ("CU", "CUB"), ("CV", "CPV"), ("CW", "CUW"), ("CX", "CXR"),
    ("CY", "CYP"), ("CZ", "CZE"), ("DE", "D"), ("DJ", "DJI"), ("DK", "DNK"), ("DM", "DMA"),
    ("DO", "DOM"), ("DZ", "DZA"), ("EC", "ECU"), ("EE", "EST"), ("EG", "EGY"), ("EH", "ESH"),
    ("ER", "ERI"), ("ES", "ESP"), ("ET", "ETH"), ("FI", "FIN"), ("FJ", "FJI"), ("FK", "FLK"),
    ("FM", "FSM"), ("FO", "FRO"), ("FR", "FRA"), ("GA", "GAB"), ("GB", "GBR"), ("GD", "GRD"),
    ("GE", "GEO"), ("GF", "GUF"), ("GG", "GGY"), ("GH", "GHA"), ("GI", "GIB"), ("GL", "GRL"),
    ("GM", "GMB"), ("GN", "GIN"), ("GP", "GLP"), ("GQ", "GNQ"), ("GR", "GRC"), ("GS", "SGS"),
    ("GT", "GTM"), ("GU", "GUM"), ("GW", "GNB"), ("GY", "GUY"), ("HK", "HKG"), ("HM", "HMD"),
    ("HN", "HND"), ("HR", "HRV"), ("HT", "HTI"), ("HU", "HUN"), ("ID", "IDN"), ("IE", "IRL"),
    ("IL", "ISR"), ("IM", "IMN"), ("IN", "IND"), ("IO", "IOT"), ("IQ", "IRQ"), ("IR", "IRN"),
    ("IS", "ISL"), ("IT", "ITA"), ("JE", "JEY"), ("JM", "JAM"), ("JO", "JOR"), ("JP", "JPN"),
    ("KE", "KEN"), ("KG", "KGZ"), ("KH", "KHM"), ("KI", "KIR"), ("KM", "COM"), ("KN", "KNA"),
    ("KP", "PRK"), ("KR", "KOR"), ("KW", "KWT"), ("KY", "CYM"), ("KZ", "KAZ"), ("LA", "LAO"),
    ("LB", "LBN"), ("LC", "LCA"), ("LI", "LIE"), ("LK", "LKA"), ("LR", "LBR"), ("LS", "LSO"),
    ("LT", "LTU"), ("LU", "LUX"), ("LV", "LVA"), ("LY", "LBY"), ("MA", "MAR"), ("MC", "MCO"),
    ("MD", "MDA"), ("ME", "MNE"), ("MF", "MAF"), ("MG", "MDG"), ("MH", "MHL"), ("MK", "MKD"),
    ("ML", "MLI"), ("MM", "MMR"), ("MN", "MNG"), ("MO", "MAC"), ("MP", "MNP"), ("MQ", "MTQ"),
    ("MR", "MRT"), ("MS", "MSR"), ("MT", "MLT"), ("MU", "MUS"), ("MV", "MDV"), ("MW", "MWI"),
    ("MX", "MEX"), ("MY", "MYS"), ("MZ", "MOZ"), ("NA", "NAM"), ("NC", "NCL"), ("NE", "NER"),
    ("NF", "NFK"), ("NG", "NGA"), ("NI", "NIC"), ("NL", "NLD"), ("NO", "NOR"), ("NP", "NPL"),
    ("NR", "NRU"), ("NU", "NIU"), ("NZ", "NZL"), ("OM", "OMN"), ("PA", "PAN"), ("PE", "PER"),
    ("PF", "PYF"), ("PG", "PNG"), ("PH", "PHL"), ("PK", "PAK"), ("PL", "POL"), ("PM", "SPM"),
    ("PN", "PCN"), ("PR", "PRI"), ("PS", "PSE"), ("PT", "PRT"), ("PW", "PLW"), ("PY", "PRY"),
    ("QA", "QAT"), ("RE", "REU"), ("RO", "ROU"), ("RS", "SRB"), ("RU", "RUS"), ("RW", "RWA"),
    ("SA", "SAU"), ("SB", "SLB"), ("SC", "SYC"), ("SD", "SDN"), ("SE", "SWE"), ("SG", "SGP"),
    ("SH", "SHN"), ("SI", "SVN"), ("SJ", "SJM"), ("SK", "SVK"), ("SL", "SLE"), ("SM", "SMR"),
    ("SN", "SEN"), ("SO", "SOM"), ("SR", "SUR"), ("SS", "SSD"), ("ST", "STP"), ("SV", "SLV"),
    ("SX", "SXM"), ("SY", "SYR"), ("SZ", "SWZ"), ("TC", "TCA"), ("TD", "TCD"), ("TF", "ATF"),
    ("TG", "TGO"), ("TH", "THA"), ("TJ", "TJK"), ("TK", "TKL"), ("TL", "TLS"), ("TM", "TKM"),
    ("TN", "TUN"), ("TO", "TON"), ("TR", "TUR"), ("TT", "TTO"), ("TV", "TUV"), ("TW", "TWN"),
    ("TZ", "TZA"), ("UA", "UKR"), ("UG", "UGA"), ("UM", "UMI"), ("US", "USA"), ("UY", "URY"),
    ("UZ", "UZB"), ("VA", "VAT"), ("VC", "VCT"), ("VE", "VEN"), ("VG", "VGB"), ("VI", "VIR"),
    ("VN", "VNM"), ("VU", "VUT"), ("WF", "WLF"), ("WS", "WSM"), ("XK", "RKS"), ("YE", "YEM"),
    ("YT", "MYT"), ("ZA", "ZAF"), ("ZM", "ZMB"), ("ZW", "ZWE"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::countries::COUNTRY_CODES;

    const TD3: [&str; 2] = [
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    ];
    const TD1: [&str; 3] = [
        "I<UTOD231458907<<<<<<<<<<<<<<<",
        "7408122F1204159UTO<<<<<<<<<<<6",
        "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
    ];

    fn today() -> NaiveDate {
        day(2026, 5, 4)
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn anna(document_number: &'static str) -> Expected<'static> {
        Expected {
            document_number,
            expiry_date: day(2012, 4, 15),
            issuing_country: "UTO",
            last_name: "Eriksson",
            first_names: "Anna Maria",
            birth_date: day(1974, 8, 12),
            sex: Sex::Female,
        }
    }

    /// A TD3 second line with correct check digits.
    fn td3_line2(number: &str, birth: &str, sex: char, expiry: &str) -> String {
        let digit = |field: &str| mrz::check_digit(field).unwrap().to_string();
        let number = format!("{number:<<9}");
        let personal = "<".repeat(14);
        let mut line = format!(
            "{number}{}UTO{birth}{}{sex}{expiry}{}{personal}{}",
            digit(&number),
            digit(birth),
            digit(expiry),
            digit(&personal),
        );
        let composite = format!("{}{}{}", &line[0..10], &line[13..20], &line[21..43]);
        line.push_str(&digit(&composite));
        line
    }

    fn td3_line1(names: &str) -> String {
        format!("P<UTO{names:<<39}")
    }

    #[test]
    fn the_icao_specimens_read_with_every_check_digit_valid() {
        let cases = [
            (
                TD3.join("\n"),
                DocumentKind::Passport,
                "L898902C3",
                Some(true),
            ),
            (TD1.join("\n"), DocumentKind::IdCard, "D23145890", None),
        ];
        for (pasted, kind, number, optional_data) in cases {
            let mrz = read(&pasted, today()).unwrap_or_else(|e| panic!("{kind:?}: {e}"));
            assert_eq!(mrz.kind(), kind);
            assert_eq!(mrz.document_number(), number, "{kind:?}");
            assert_eq!(mrz.issuing_country(), "UTO", "{kind:?}");
            assert_eq!(mrz.nationality(), "UTO", "{kind:?}");
            assert_eq!(mrz.surname(), "ERIKSSON", "{kind:?}");
            assert_eq!(mrz.given_names(), "ANNA<MARIA", "{kind:?}");
            assert!(!mrz.name_field_full(), "{kind:?}");
            assert_eq!(
                mrz.birth_date(),
                &ZoneDate::Date(day(1974, 8, 12)),
                "{kind:?}"
            );
            assert_eq!(
                mrz.expiry_date(),
                &ZoneDate::Date(day(2012, 4, 15)),
                "{kind:?}"
            );
            assert_eq!(mrz.sex(), Some(Sex::Female), "{kind:?}");
            assert_eq!(mrz.check_digits().optional_data, optional_data, "{kind:?}");
            assert!(mrz.check_digits().all_valid(), "{kind:?}");
            assert_eq!(compare(&mrz, &anna(number)), vec![], "{kind:?}");
        }
    }

    #[test]
    fn each_corrupted_check_digit_is_reported_for_its_field() {
        use CheckedField::*;
        // (lines, line index, column of the check digit, fields reported). A field's own digit is
        // also under the composite, so both fail together.
        let cases: [(&[&str], usize, usize, &[CheckedField]); 9] = [
            (&TD3, 1, 9, &[DocumentNumber, Composite]),
            (&TD3, 1, 19, &[BirthDate, Composite]),
            (&TD3, 1, 27, &[ExpiryDate, Composite]),
            (&TD3, 1, 42, &[OptionalData, Composite]),
            (&TD3, 1, 43, &[Composite]),
            (&TD1, 0, 14, &[DocumentNumber, Composite]),
            (&TD1, 1, 6, &[BirthDate, Composite]),
            (&TD1, 1, 14, &[ExpiryDate, Composite]),
            (&TD1, 1, 29, &[Composite]),
        ];
        for (lines, line, column, failed) in cases {
            let mut lines: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
            let digit = lines[line].as_bytes()[column] - b'0';
            let wrong = char::from(b'0' + (digit + 1) % 10);
            lines[line].replace_range(column..=column, &wrong.to_string());
            let mrz = read(&lines.join("\n"), today()).expect("a wrong digit still reads");
            assert_eq!(
                mrz.check_digits().failed(),
                failed,
                "line {line} column {column}"
            );
            let expected = Expected {
                document_number: mrz.document_number(),
                ..anna("")
            };
            let reported: Vec<Mismatch> = compare(&mrz, &expected)
                .into_iter()
                .filter(|m| matches!(m, Mismatch::CheckDigit(_)))
                .collect();
            let expected: Vec<Mismatch> = failed.iter().map(|f| Mismatch::CheckDigit(*f)).collect();
            assert_eq!(reported, expected, "line {line} column {column}");
        }
    }

    #[test]
    fn pasted_text_is_normalised_before_reading() {
        let cases = [
            ("lower case", TD3.join("\n").to_lowercase()),
            ("lines separated by spaces", TD3.join(" ")),
            ("one line", TD1.concat()),
            (
                "stray spaces and blank lines",
                format!("\n  {} \n\n{} {}  \n", TD3[0], &TD3[1][..20], &TD3[1][20..]),
            ),
            ("guillemets as filler", TD1.join("\r\n").replace('<', "«")),
            ("html-escaped filler", TD3.join("\n").replace('<', "&lt;")),
            (
                "one line with stray spaces",
                format!("{} {}", &TD1.concat()[..47], &TD1.concat()[47..]),
            ),
        ];
        for (case, pasted) in cases {
            let mrz = read(&pasted, today()).unwrap_or_else(|e| panic!("{case}: {e}"));
            assert!(mrz.check_digits().all_valid(), "{case}");
            assert_eq!(mrz.surname(), "ERIKSSON", "{case}");
        }
    }

    #[test]
    fn what_is_not_a_zone_says_why() {
        let cases = [
            ("empty", "  \n ".to_owned(), MrzProblem::Empty),
            (
                "a short line",
                format!("{}\n{}", TD3[0], &TD3[1][..43]),
                MrzProblem::WrongShape {
                    line_lengths: vec![44, 43],
                },
            ),
            (
                "TD1 lines with a TD3 line",
                format!("{}\n{}\n{}", TD1[0], TD3[1], TD1[2]),
                MrzProblem::WrongShape {
                    line_lengths: vec![30, 44, 30],
                },
            ),
            (
                "one line too short",
                TD1.concat()[..89].to_owned(),
                MrzProblem::WrongShape {
                    line_lengths: vec![89],
                },
            ),
            (
                "four lines",
                format!("{}\n{}", TD1.join("\n"), TD1[0]),
                MrzProblem::WrongShape {
                    line_lengths: vec![30, 30, 30, 30],
                },
            ),
            (
                "an accented letter",
                TD3.join("\n").replace("ANNA", "ANNÉ"),
                MrzProblem::BadCharacter {
                    character: 'É',
                    line: 1,
                    column: 19,
                },
            ),
            (
                "a visa",
                TD3.join("\n").replacen('P', "V", 1),
                MrzProblem::NotAnIdentityDocument {
                    found: "V<".to_owned(),
                },
            ),
            (
                "no document number",
                TD3.join("\n").replace("L898902C3", "<<<<<<<<<"),
                MrzProblem::NotParseable,
            ),
        ];
        for (case, pasted, problem) in cases {
            assert_eq!(read(&pasted, today()), Err(problem), "{case}");
        }
    }

    #[test]
    fn a_two_digit_birth_year_after_this_year_is_in_the_1900s() {
        let cases = [
            ("250101", day(2026, 1, 1), day(2025, 1, 1)),
            ("260101", day(2026, 1, 1), day(2026, 1, 1)),
            ("270101", day(2026, 1, 1), day(1927, 1, 1)),
            ("250101", day(2024, 6, 1), day(1925, 1, 1)),
        ];
        for (birth, today, expected) in cases {
            let pasted = format!(
                "{}\n{}",
                TD3[0],
                td3_line2("L898902C3", birth, 'F', "350101")
            );
            let mrz = read(&pasted, today).unwrap();
            assert_eq!(
                mrz.birth_date(),
                &ZoneDate::Date(expected),
                "{birth} on {today}"
            );
            assert_eq!(
                mrz.expiry_date(),
                &ZoneDate::Date(day(2035, 1, 1)),
                "{birth} on {today}"
            );
        }
    }

    #[test]
    fn each_differing_field_is_named_with_both_values() {
        let mrz = read(&TD3.join("\n"), today()).unwrap();
        let base = anna("L898902C3");
        let cases: Vec<(&str, Expected, Mismatch)> = vec![
            (
                "document number",
                Expected {
                    document_number: "L898902C4",
                    ..base
                },
                Mismatch::DocumentNumber {
                    typed: "L898902C4".into(),
                    mrz: "L898902C3".into(),
                },
            ),
            (
                "expiry",
                Expected {
                    expiry_date: day(2012, 4, 16),
                    ..base
                },
                Mismatch::ExpiryDate {
                    typed: day(2012, 4, 16),
                    mrz: ZoneDate::Date(day(2012, 4, 15)),
                },
            ),
            (
                "country",
                Expected {
                    issuing_country: "BE",
                    ..base
                },
                Mismatch::IssuingCountry {
                    typed: "BE".into(),
                    typed_as_mrz: Some("BEL".into()),
                    mrz: "UTO".into(),
                },
            ),
            (
                "unknown country",
                Expected {
                    issuing_country: "XX",
                    ..base
                },
                Mismatch::IssuingCountry {
                    typed: "XX".into(),
                    typed_as_mrz: None,
                    mrz: "UTO".into(),
                },
            ),
            (
                "last name",
                Expected {
                    last_name: "Eriksen",
                    ..base
                },
                Mismatch::LastName {
                    typed: "Eriksen".into(),
                    typed_as_mrz: "ERIKSEN".into(),
                    mrz: "ERIKSSON".into(),
                },
            ),
            (
                "first names",
                Expected {
                    first_names: "Anna Marie",
                    ..base
                },
                Mismatch::FirstNames {
                    typed: "Anna Marie".into(),
                    typed_as_mrz: "ANNA<MARIE".into(),
                    mrz: "ANNA<MARIA".into(),
                },
            ),
            (
                "a first name left out",
                Expected {
                    first_names: "Anna",
                    ..base
                },
                Mismatch::FirstNames {
                    typed: "Anna".into(),
                    typed_as_mrz: "ANNA".into(),
                    mrz: "ANNA<MARIA".into(),
                },
            ),
            (
                "birth date",
                Expected {
                    birth_date: day(1974, 12, 8),
                    ..base
                },
                Mismatch::BirthDate {
                    typed: day(1974, 12, 8),
                    mrz: ZoneDate::Date(day(1974, 8, 12)),
                },
            ),
            (
                "sex",
                Expected {
                    sex: Sex::Unspecified,
                    ..base
                },
                Mismatch::Sex {
                    typed: Sex::Unspecified,
                    mrz: 'F',
                },
            ),
        ];
        for (case, expected, mismatch) in cases {
            assert_eq!(compare(&mrz, &expected), vec![mismatch], "{case}");
        }
        let everything = Expected {
            document_number: "X",
            expiry_date: day(2030, 1, 1),
            issuing_country: "FR",
            last_name: "Dupont",
            first_names: "Jean",
            birth_date: day(1980, 1, 1),
            sex: Sex::Male,
        };
        assert_eq!(
            compare(&mrz, &everything).len(),
            7,
            "all seven fields at once"
        );
    }

    #[test]
    fn typed_values_are_compared_in_their_zone_form() {
        let mrz = read(&TD3.join("\n"), today()).unwrap();
        let base = anna("L898902C3");
        let cases = [
            (
                "document number with spaces and lower case",
                Expected {
                    document_number: " l898 902-c3 ",
                    ..base
                },
            ),
            (
                "names in capitals",
                Expected {
                    last_name: "ERIKSSON",
                    first_names: "ANNA  MARIA",
                    ..base
                },
            ),
            (
                "hyphenated first names",
                Expected {
                    first_names: "Anna-Maria",
                    ..base
                },
            ),
        ];
        for (case, expected) in cases {
            assert_eq!(compare(&mrz, &expected), vec![], "{case}");
        }
        let sexes = [
            ('M', Sex::Male),
            ('F', Sex::Female),
            ('<', Sex::Unspecified),
            ('X', Sex::Unspecified),
        ];
        for (cell, sex) in sexes {
            let pasted = format!(
                "{}\n{}",
                TD3[0],
                td3_line2("L898902C3", "740812", cell, "120415")
            );
            let mrz = read(&pasted, today()).unwrap();
            assert_eq!(
                compare(&mrz, &Expected { sex, ..base }),
                vec![],
                "sex cell {cell}"
            );
        }
    }

    #[test]
    fn the_issuing_country_is_accepted_as_alpha_2_or_icao() {
        let germany = format!("P<D<<MUSTERMANN<<ERIKA{}", "<".repeat(22));
        let belgium = format!("P<BELPEETERS<<JAN{}", "<".repeat(27));
        let cases = [
            (TD3[0].to_owned(), "UTO", true),
            (TD3[0].to_owned(), "uto", true),
            (TD3[0].to_owned(), "BE", false),
            (germany.clone(), "DE", true),
            (germany.clone(), "D", true),
            (germany.clone(), "DEU", true),
            (germany, "AT", false),
            (belgium.clone(), "BE", true),
            (belgium.clone(), "BEL", true),
            (belgium, "NL", false),
        ];
        for (line1, typed, same) in cases {
            let mrz = read(&format!("{line1}\n{}", TD3[1]), today()).unwrap();
            let expected = Expected {
                issuing_country: typed,
                ..anna("L898902C3")
            };
            let mismatched = compare(&mrz, &expected)
                .iter()
                .any(|m| matches!(m, Mismatch::IssuingCountry { .. }));
            assert_eq!(mismatched, !same, "{line1} typed {typed}");
        }
    }

    #[test]
    fn every_country_of_the_service_has_an_icao_code() {
        for code in COUNTRY_CODES {
            let icao = icao_country_code(code).unwrap_or_else(|| panic!("{code}"));
            assert!(mrz::country_name(&icao).is_some(), "{code} → {icao}");
        }
        let eu_eea = [
            ("AT", "AUT"),
            ("BE", "BEL"),
            ("BG", "BGR"),
            ("HR", "HRV"),
            ("CY", "CYP"),
            ("CZ", "CZE"),
            ("DK", "DNK"),
            ("EE", "EST"),
            ("FI", "FIN"),
            ("FR", "FRA"),
            ("DE", "D"),
            ("GR", "GRC"),
            ("HU", "HUN"),
            ("IE", "IRL"),
            ("IT", "ITA"),
            ("LV", "LVA"),
            ("LT", "LTU"),
            ("LU", "LUX"),
            ("MT", "MLT"),
            ("NL", "NLD"),
            ("PL", "POL"),
            ("PT", "PRT"),
            ("RO", "ROU"),
            ("SK", "SVK"),
            ("SI", "SVN"),
            ("ES", "ESP"),
            ("SE", "SWE"),
            ("IS", "ISL"),
            ("LI", "LIE"),
            ("NO", "NOR"),
            ("CH", "CHE"),
            ("GB", "GBR"),
        ];
        for (alpha2, icao) in eu_eea {
            assert_eq!(icao_country_code(alpha2).as_deref(), Some(icao), "{alpha2}");
        }
        assert_eq!(icao_country_code("UTO").as_deref(), Some("UTO"));
        assert_eq!(icao_country_code("ZZZ"), None);
        assert_eq!(icao_country_code(""), None);
    }

    #[test]
    fn accented_and_punctuated_names_match_their_zone_forms() {
        // (name field of a TD3 line 1, typed last name, typed first names)
        let cases = [
            (
                "MUELLER<LUEDENSCHEIDT<<HANS<JUERGEN",
                "Müller-Lüdenscheidt",
                "Hans Jürgen",
            ),
            (
                "MULLER<LUDENSCHEIDT<<HANS<JURGEN",
                "Müller-Lüdenscheidt",
                "Hans-Jürgen",
            ),
            (
                "MUXXLLER<LUXXDENSCHEIDT<<HANS",
                "Müller-Lüdenscheidt",
                "Hans",
            ),
            ("OBRIEN<<SEAN", "O'Brien", "Seán"),
            ("OBRIEN<<SEAN", "O’Brien", "Sean"),
            ("GARCIA<MARQUEZ<<JOSE<MARIA", "García Márquez", "José María"),
            ("PENA<<INIGO", "Peña", "Íñigo"),
            ("PENXXA<<INXXIGO", "Peña", "Iñigo"),
            ("DE<LA<CRUZ<<ANNE<SOPHIE", "de la Cruz", "Anne-Sophie"),
            ("STRASSE<<ZOE", "Straße", "Zoë"),
            ("LOEVENDAL<<AASE", "Løvendal", "Åse"),
            ("WALESA<<LECH", "Wałęsa", "Lech"),
            ("DVORAK<<ANTONIN", "Dvořák", "Antonín"),
            ("IVANOV<<SERGEI", "Иванов", "Sergei"),
        ];
        for (names, last_name, first_names) in cases {
            let mrz = read(&format!("{}\n{}", td3_line1(names), TD3[1]), today()).unwrap();
            let expected = Expected {
                last_name,
                first_names,
                ..anna("L898902C3")
            };
            assert_eq!(compare(&mrz, &expected), vec![], "{names}");
        }
    }

    #[test]
    fn a_name_truncated_by_a_full_field_matches_its_beginning() {
        // 39 cells of name, the last one a letter: the issuer truncated.
        let cases = [
            (
                "WOLFESCHLEGELSTEINHAUSENBERGERDORFF<<JO",
                "Wolfeschlegelsteinhausenbergerdorff",
                "John Hubert",
                true,
            ),
            (
                "DOMINGUEZ<DE<LA<TORRE<Y<VILLANUEVA<<MAR",
                "Domínguez de la Torre y Villanueva",
                "María del Carmen",
                true,
            ),
            (
                "DOMINGUEZ<DE<LA<TORRE<Y<VILLANUEVA<<MAR",
                "Domínguez de la Torre y Villanueva",
                "Carmen",
                false,
            ),
            (
                "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLM",
                "Abcdefghijklmnopqrstuvwxyzabcdefghijklmnop",
                "",
                true,
            ),
        ];
        for (names, last_name, first_names, matches) in cases {
            assert_eq!(names.len(), 39, "{names}");
            let mrz = read(&format!("{}\n{}", td3_line1(names), TD3[1]), today()).unwrap();
            assert!(mrz.name_field_full(), "{names}");
            let expected = Expected {
                last_name,
                first_names,
                ..anna("L898902C3")
            };
            assert_eq!(compare(&mrz, &expected).is_empty(), matches, "{names}");
        }
        // With filler left at the end nothing was truncated, so a longer typed name is a mismatch.
        let mrz = read(
            &format!("{}\n{}", td3_line1("ERIKSSON<<ANNA"), TD3[1]),
            today(),
        )
        .unwrap();
        assert!(!mrz.name_field_full());
        let expected = Expected {
            first_names: "Anna Maria",
            ..anna("L898902C3")
        };
        assert!(matches!(
            compare(&mrz, &expected).as_slice(),
            [Mismatch::FirstNames { .. }]
        ));
    }
}
