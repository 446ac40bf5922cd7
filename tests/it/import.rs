//! The import of the people lists organisations send: the file read (XLSX, CSV in its
//! encodings, the files refused whole), the preview of every line against the file and the
//! people registered, and the confirmed batch run person by person with their three emails,
//! also again, after a crash and many times at once.

use crate::helpers::{TestApp, browser, select_attr, spawn_app};
use crate::interview_outcome::mail_text;
use chrono::Duration;
use rendezvous::db::entities::{
    activation, audit_entry, digital_key, import_batch, import_line, organisation, outbox_message,
    person,
};
use rendezvous::db::imports;
use rendezvous::db::staff::Role;
use rendezvous::domain::import::{Field, header};
use rendezvous::domain::language::Language;
use rendezvous::i18n::Tr;
use rendezvous::import_file::{self, FileProblem, Limits, RawLine};
use rendezvous::use_cases::import::{
    self as use_case, Confirmed, EMAIL_HELD_BY_OTHER, NISS_REGISTERED_OTHER_EMAIL, Preview, Reason,
    RunSettings,
};
use reqwest::StatusCode;
use rust_xlsxwriter::Workbook;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::sync::Arc;
use uuid::Uuid;

/// What the upload allows: 10,000 people under a header line.
const LIMITS: Limits = Limits {
    max_bytes: 10 * 1024 * 1024,
    max_lines: 10_001,
};

const ORGANISATION: &str = "Ministère des Affaires étrangères";

/// The outbox kinds of an imported person's three emails, in the order they are sent.
const IMPORT_KINDS: [&str; 3] = ["profile_created", "activation_link", "activation_code"];

/// A valid national number from its parts, the way the register makes it.
fn niss(yy: u32, mm: u32, dd: u32, seq: u32, born_2000s: bool) -> String {
    let base = u64::from(yy * 10_000_000 + mm * 100_000 + dd * 1_000 + seq);
    let checked = if born_2000s {
        2_000_000_000 + base
    } else {
        base
    };
    format!("{base:09}{:02}", 97 - checked % 97)
}

/// The i-th of many distinct valid national numbers (1970s births).
fn nth_niss(i: u32) -> String {
    niss(70, 1 + i / 997 % 12, 1 + i / (997 * 12), i % 997 + 1, false)
}

/// One cell of a worksheet.
#[derive(Clone, Copy)]
enum Cell<'a> {
    Text(&'a str),
    Number(f64),
}

fn texts<'a>(cells: [&'a str; 6]) -> Vec<Cell<'a>> {
    cells.map(Cell::Text).to_vec()
}

/// A real workbook, rows from the first (Excel row 1); empty texts are left blank.
fn xlsx(rows: &[Vec<Cell<'_>>]) -> Vec<u8> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    for (row, cells) in rows.iter().enumerate() {
        let row = u32::try_from(row).unwrap();
        for (column, cell) in cells.iter().enumerate() {
            let column = u16::try_from(column).unwrap();
            match *cell {
                Cell::Text("") => {}
                Cell::Text(text) => {
                    sheet.write_string(row, column, text).unwrap();
                }
                Cell::Number(number) => {
                    sheet.write_number(row, column, number).unwrap();
                }
            }
        }
    }
    workbook.save_to_buffer().unwrap()
}

fn csv(rows: &[Vec<String>], separator: &str, line_end: &str) -> String {
    rows.iter()
        .map(|cells| format!("{}{line_end}", cells.join(separator)))
        .collect()
}

/// Text as Excel saves a CSV on a Western European Windows.
fn windows_1252(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| {
            let code = u32::from(c);
            assert!(
                code < 0x80 || (0xA0..=0xFF).contains(&code),
                "{c:?} is not written the same in Windows-1252"
            );
            u8::try_from(code).unwrap()
        })
        .collect()
}

fn sha256(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

fn raw(number: usize, cells: [&str; 6]) -> RawLine {
    RawLine {
        number,
        cells: cells.iter().map(|c| c.to_string()).collect(),
    }
}

/// A person's line with a card number of their own.
fn person_line(number: usize, niss: &str, email: &str, lang: &str, first: &str) -> RawLine {
    let card = format!("CARD{number:04}");
    raw(number, [niss, email, lang, first, "Janssens", &card])
}

async fn supervisor(app: &TestApp) -> Uuid {
    app.staff("sara@example.org", "Sara Janssens", Role::Supervisor, "nl")
        .await
        .id
}

async fn preview_of_file(app: &TestApp, bytes: &[u8]) -> Preview {
    let lines = import_file::read(bytes, &LIMITS).expect("the file is read");
    use_case::preview(&app.db, lines).await.unwrap()
}

async fn preview(app: &TestApp, lines: Vec<RawLine>) -> Preview {
    use_case::preview(&app.db, lines).await.unwrap()
}

async fn confirm(app: &TestApp, preview: &Preview, file_sha256: &str, by: Uuid) -> Uuid {
    use_case::confirm(
        &app.db,
        preview,
        &Confirmed {
            organisation: ORGANISATION,
            file_name: "personnel.xlsx",
            file_sha256,
            by,
        },
        app.now(),
    )
    .await
    .unwrap()
}

/// Claims the batch, as the background job does, and runs it; returns the lines done.
async fn claim_and_run(app: &TestApp, batch: Uuid, stop_after: Option<usize>) -> usize {
    assert!(
        imports::claim(&app.db, batch, app.now()).await.unwrap(),
        "the batch is claimed"
    );
    let settings = RunSettings {
        base_url: &app.settings.base_url,
        activation_days: app.settings.activation_days,
        stop_after,
    };
    let clock = app.clock.clone();
    let now = move || rendezvous::clock::Clock::now(clock.as_ref());
    use_case::run(&app.db, &settings, batch, &now)
        .await
        .unwrap()
}

/// Claims, runs and ends the batch as finished, as the background job does.
async fn run_to_end(app: &TestApp, batch: Uuid) -> usize {
    let done = claim_and_run(app, batch, None).await;
    imports::end_run(&app.db, batch, None, app.now())
        .await
        .unwrap();
    done
}

async fn batch_row(app: &TestApp, batch: Uuid) -> import_batch::Model {
    imports::batch(&app.db, batch).await.unwrap().unwrap()
}

/// Every line of a batch as (line number, outcome), in file order.
async fn outcomes(app: &TestApp, batch: Uuid) -> Vec<(i32, String)> {
    lines_of(app, batch)
        .await
        .into_iter()
        .map(|l| (l.line_number, l.outcome))
        .collect()
}

async fn lines_of(app: &TestApp, batch: Uuid) -> Vec<import_line::Model> {
    import_line::Entity::find()
        .filter(import_line::Column::BatchId.eq(batch))
        .order_by_asc(import_line::Column::LineNumber)
        .all(&app.db)
        .await
        .unwrap()
}

async fn people(app: &TestApp) -> Vec<person::Model> {
    person::Entity::find().all(&app.db).await.unwrap()
}

/// The outbox rows of imported people's emails.
async fn import_emails(app: &TestApp) -> Vec<outbox_message::Model> {
    let mut rows: Vec<_> = app
        .outbox()
        .await
        .into_iter()
        .filter(|m| IMPORT_KINDS.contains(&m.kind.as_str()))
        .collect();
    rows.sort_by_key(|m| (m.recipient.clone(), m.next_attempt_at, m.created_at));
    rows
}

/// Sends every queued email to the SMTP sink. A person's emails are queued a microsecond
/// apart, so the manual clock is moved on a second before each pass for the later ones to be
/// due.
async fn deliver_all(app: &TestApp) {
    for _ in 0..10 {
        app.clock.advance(Duration::seconds(1));
        app.jobs.tick().await.unwrap();
        if app.outbox().await.iter().all(|m| m.sent_at.is_some()) {
            return;
        }
    }
    panic!("the outbox is still not empty after ten passes");
}

/// The mails the sink received for `to`, in the order received, as (subject, text).
fn mails_to(app: &TestApp, to: &str) -> Vec<(String, String)> {
    app.smtp
        .messages()
        .iter()
        .filter(|m| m.rcpt_to.iter().any(|r| r.contains(to)))
        .map(|m| (m.subject(), mail_text(&m.parsed())))
        .collect()
}

/// The token of the first `/{lang}/activate/<32 hex>` link in a text.
fn token_in(text: &str, lang: Language) -> Option<String> {
    let marker = format!("/{}/activate/", lang.code());
    let start = text.find(&marker)? + marker.len();
    let token = text.get(start..start + 32)?;
    token
        .bytes()
        .all(|b| b.is_ascii_hexdigit())
        .then(|| token.to_owned())
}

/// A code grouped as `ABCD-EFGH-JKMN` in a text.
fn grouped_code_in(text: &str) -> Option<String> {
    text.split(|c: char| c.is_whitespace() || c == '<' || c == '>')
        .find(|word| {
            let groups: Vec<&str> = word.split('-').collect();
            groups.len() == 3
                && groups.iter().all(|g| {
                    g.len() == 4
                        && g.bytes()
                            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
                })
        })
        .map(str::to_owned)
}

fn csrf_of(html: &str) -> String {
    select_attr(html, "input[name=csrf_token]", "value").expect("a form with its CSRF token")
}

async fn post(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    client
        .post(app.url(path))
        .form(fields)
        .send()
        .await
        .unwrap()
}

const PASSWORD: &str = "correct horse battery staple";

/// How many rows a table holds.
async fn count<E: EntityTrait>(app: &TestApp, _table: E) -> u64
where
    E::Model: Sync,
{
    E::find().count(&app.db).await.unwrap()
}

/// A refused line's number, what is wrong with it, and its reasons as (field, key).
type ExpectedRefusal = (usize, &'static str, &'static [(Field, &'static str)]);

#[tokio::test]
async fn a_workbook_is_previewed_with_every_reason_of_every_line_and_nothing_written() {
    let app = spawn_app().await;
    let luca = niss(90, 2, 3, 456, false);
    let anna = niss(75, 6, 15, 21, false);
    let mut rows = vec![header(Language::Fr).map(Cell::Text).to_vec()];
    rows.extend([
        texts([
            "85073003328",
            "marie.dupont@example.be",
            "FR",
            "Marie Anne",
            "Dupont",
            "AB123456",
        ]),
        // Excel took the national number of someone born in 2001 for a number.
        vec![
            Cell::Number(1010100126.0),
            Cell::Text("jan.peeters@example.be"),
            Cell::Text("nl"),
            Cell::Text("Jan"),
            Cell::Text("Peeters"),
            Cell::Text("CD654321"),
        ],
        texts([
            "09122415775",
            "hans.muller@example.be",
            "DE",
            "Hans",
            "Müller",
            "EF112233",
        ]),
        texts([
            "00110100175",
            "lea.leclercq@example.be",
            "EN",
            "",
            "Leclercq",
            "GH445566",
        ]),
        texts([
            "85073003329",
            "tom.claes@example.be",
            "NL",
            "Tom",
            "Claes",
            "JK778899",
        ]),
        texts([
            "00010100105",
            "sofie@",
            "NL",
            "Sofie",
            "Wouters",
            "LM112233",
        ]),
        texts([
            &luca,
            "luca.rossi@example.be",
            "IT",
            "Luca",
            "Rossi",
            "NP445566",
        ]),
        texts([&anna, "anna.smet@example.be", "FR", "Anna", "Smet", "AB-12"]),
        texts([
            "12345",
            "not an email",
            "XX",
            "Piet",
            "Janssens",
            "QR778899",
        ]),
    ]);
    let preview = preview_of_file(&app, &xlsx(&rows)).await;

    assert!(preview.header_skipped, "the French header is skipped");
    assert_eq!(preview.lines, 9, "data lines, the header not counted");
    let created: Vec<(usize, &str, Language, &str)> = preview
        .to_create
        .iter()
        .map(|(n, p)| (*n, p.niss.as_str(), p.language, p.email.as_str()))
        .collect();
    assert_eq!(
        created,
        vec![
            (2, "85073003328", Language::Fr, "marie.dupont@example.be"),
            (3, "01010100126", Language::Nl, "jan.peeters@example.be"),
            (4, "09122415775", Language::De, "hans.muller@example.be"),
        ],
        "the three good lines, the lost leading zero given back"
    );
    assert_eq!(preview.to_create[2].1.last_name, "Müller");
    assert!(preview.existing.is_empty());

    let expected: [ExpectedRefusal; 6] = [
        (
            5,
            "a missing field",
            &[(Field::FirstNames, "import-problem-missing")],
        ),
        (
            6,
            "a wrong NISS checksum",
            &[(Field::Niss, "import-problem-niss-checksum")],
        ),
        (7, "a bad email", &[(Field::Email, "import-problem-email")]),
        (
            8,
            "an unknown language (IT)",
            &[(Field::Language, "import-problem-language")],
        ),
        (
            9,
            "a bad card number",
            &[(Field::CardNumber, "import-problem-card")],
        ),
        (
            10,
            "three problems at once",
            &[
                (Field::Niss, "import-problem-niss-format"),
                (Field::Email, "import-problem-email"),
                (Field::Language, "import-problem-language"),
            ],
        ),
    ];
    assert_eq!(
        preview.refused.iter().map(|r| r.number).collect::<Vec<_>>(),
        expected.iter().map(|(n, _, _)| *n).collect::<Vec<_>>(),
        "the refused lines"
    );
    for ((number, case, reasons), refused) in expected.iter().zip(&preview.refused) {
        let expected: Vec<Reason> = reasons
            .iter()
            .map(|&(field, key)| Reason {
                field,
                key,
                other_line: None,
            })
            .collect();
        assert_eq!(refused.reasons, expected, "line {number}: {case}");
    }
    assert_eq!(
        preview.refused[2].cells[1], "sofie@",
        "a refused line keeps what it held"
    );

    // The preview wrote nothing.
    assert_eq!(count(&app, person::Entity).await, 0, "people");
    assert_eq!(count(&app, import_batch::Entity).await, 0, "import_batches");
    assert_eq!(count(&app, import_line::Entity).await, 0, "import_lines");
    assert_eq!(count(&app, organisation::Entity).await, 0, "organisations");
    assert_eq!(count(&app, activation::Entity).await, 0, "activations");
    assert!(app.outbox().await.is_empty(), "no email queued");
}

#[tokio::test]
async fn the_same_email_or_niss_twice_and_the_people_already_registered_are_found() {
    let app = spawn_app().await;
    let by = supervisor(&app).await;
    let n: Vec<String> = (0..8).map(nth_niss).collect();

    // In the file: the later line is refused, naming the first.
    let first_file = vec![
        person_line(2, &n[1], "one@example.be", "fr", "Un"),
        person_line(3, &n[2], "two@example.be", "nl", "Twee"),
        person_line(4, &n[3], "three@example.be", "en", "Three"),
        person_line(5, &n[4], "one@example.be", "de", "Eins"),
        person_line(6, &n[2], "six@example.be", "fr", "Six"),
        person_line(7, &n[2], "ONE@example.be", "fr", "Sept"),
    ];
    let first = preview(&app, first_file).await;
    let in_file = |field, key, other| Reason {
        field,
        key,
        other_line: Some(other),
    };
    let expected: [(usize, &str, Vec<Reason>); 3] = [
        (
            5,
            "the email of line 2",
            vec![in_file(Field::Email, "import-problem-duplicate-email", 2)],
        ),
        (
            6,
            "the NISS of line 3",
            vec![in_file(Field::Niss, "import-problem-duplicate-niss", 3)],
        ),
        (
            7,
            "the NISS of line 3 and the email of line 2 in capitals",
            vec![
                in_file(Field::Niss, "import-problem-duplicate-niss", 3),
                in_file(Field::Email, "import-problem-duplicate-email", 2),
            ],
        ),
    ];
    assert_eq!(first.refused.len(), expected.len(), "{:?}", first.refused);
    for ((number, case, reasons), refused) in expected.iter().zip(&first.refused) {
        assert_eq!(refused.number, *number, "{case}");
        assert_eq!(&refused.reasons, reasons, "line {number}: {case}");
    }
    let to_create: Vec<usize> = first.to_create.iter().map(|(n, _)| *n).collect();
    assert_eq!(to_create, vec![2, 3, 4], "the first of each pair is kept");

    let batch = confirm(&app, &first, &"a".repeat(64), by).await;
    assert_eq!(run_to_end(&app, batch).await, 3);
    assert_eq!(people(&app).await.len(), 3);

    // Against the people registered by that first import.
    let second = preview(
        &app,
        vec![
            person_line(2, &n[1], "one@example.be", "fr", "Un"),
            person_line(3, &n[5], "two@example.be", "nl", "Vijf"),
            person_line(4, &n[3], "nine@example.be", "en", "Three"),
            person_line(5, &n[6], "new@example.be", "de", "Neu"),
            person_line(6, &n[2], "three@example.be", "fr", "Twee"),
        ],
    )
    .await;
    let registered = |field, key| Reason {
        field,
        key,
        other_line: None,
    };
    let existing: Vec<usize> = second.existing.iter().map(|(n, _)| *n).collect();
    assert_eq!(existing, vec![2], "same NISS and email: already registered");
    let to_create: Vec<usize> = second.to_create.iter().map(|(n, _)| *n).collect();
    assert_eq!(to_create, vec![5], "only the new person");
    let expected: [(usize, &str, Vec<Reason>); 3] = [
        (
            3,
            "the email of another registered person",
            vec![registered(Field::Email, EMAIL_HELD_BY_OTHER)],
        ),
        (
            4,
            "a registered NISS with another email",
            vec![registered(Field::Niss, NISS_REGISTERED_OTHER_EMAIL)],
        ),
        (
            6,
            "the NISS of one registered person and the email of another",
            vec![
                registered(Field::Niss, NISS_REGISTERED_OTHER_EMAIL),
                registered(Field::Email, EMAIL_HELD_BY_OTHER),
            ],
        ),
    ];
    assert_eq!(second.refused.len(), expected.len(), "{:?}", second.refused);
    for ((number, case, reasons), refused) in expected.iter().zip(&second.refused) {
        assert_eq!(refused.number, *number, "{case}");
        assert_eq!(&refused.reasons, reasons, "line {number}: {case}");
    }
    assert_eq!(EMAIL_HELD_BY_OTHER, "import-problem-email-registered");
}

/// The file finds duplicate emails whatever their case; the people registered must be
/// matched the same way, or one address ends up registered twice.
#[tokio::test]
async fn a_registered_email_written_in_other_capitals_is_the_same_address() {
    let app = spawn_app().await;
    let by = supervisor(&app).await;
    let first = preview(
        &app,
        vec![person_line(
            2,
            &nth_niss(1),
            "marie@example.be",
            "fr",
            "Marie",
        )],
    )
    .await;
    let batch = confirm(&app, &first, &"b".repeat(64), by).await;
    run_to_end(&app, batch).await;

    // Each line in a file of its own, confirmed and run: the file's own check does not hide
    // the one against the people registered.
    let held_by_marie = Reason {
        field: Field::Email,
        key: EMAIL_HELD_BY_OTHER,
        other_line: None,
    };
    let cases = [
        (
            "Marie's NISS with her address in capitals",
            nth_niss(1),
            "Marie@example.be",
            "existing",
            None,
        ),
        (
            "someone else with Marie's address in capitals",
            nth_niss(2),
            "MARIE@example.be",
            "refused",
            Some(held_by_marie),
        ),
    ];
    for (i, (case, niss, email, expected, reason)) in cases.into_iter().enumerate() {
        let second = preview(&app, vec![person_line(2, &niss, email, "fr", "Marie")]).await;
        let previewed = if !second.existing.is_empty() {
            "existing"
        } else if !second.to_create.is_empty() {
            "to create"
        } else {
            "refused"
        };
        let reasons: Vec<Reason> = second
            .refused
            .iter()
            .flat_map(|r| r.reasons.clone())
            .collect();
        let batch = confirm(&app, &second, &format!("{i:064}"), by).await;
        run_to_end(&app, batch).await;
        let holders = people(&app)
            .await
            .into_iter()
            .filter(|p| p.email.eq_ignore_ascii_case("marie@example.be"))
            .count();
        assert_eq!(
            (previewed, reasons, holders),
            (expected, reason.into_iter().collect(), 1),
            "case {case}: (preview, reasons, people holding the address)"
        );
    }
}

#[derive(Clone, Copy)]
enum Encoding {
    Utf8,
    Utf8Bom,
    Windows1252,
}

#[tokio::test]
async fn csv_files_in_each_encoding_and_separator_are_read_with_their_header_skipped() {
    let app = spawn_app().await;
    let people = [
        [
            "85073003328",
            "helene.dupre@example.be",
            "fr",
            "Hélène",
            "Dupré",
            "AB123456",
        ],
        [
            "01010100126",
            "zoe.celik@example.be",
            "nl",
            "Zoë",
            "Çelik",
            "CD654321",
        ],
    ];
    let cases: [(&str, Option<Language>, &str, Encoding, &str); 6] = [
        (
            "`;` UTF-8 with BOM, French header",
            Some(Language::Fr),
            ";",
            Encoding::Utf8Bom,
            "\r\n",
        ),
        (
            "`,` UTF-8 without BOM, Dutch header",
            Some(Language::Nl),
            ",",
            Encoding::Utf8,
            "\n",
        ),
        (
            "`;` Windows-1252, English header",
            Some(Language::En),
            ";",
            Encoding::Windows1252,
            "\r\n",
        ),
        (
            "`;` Windows-1252, French header with its accents",
            Some(Language::Fr),
            ";",
            Encoding::Windows1252,
            "\r\n",
        ),
        (
            "`,` UTF-8 with BOM, German header",
            Some(Language::De),
            ",",
            Encoding::Utf8Bom,
            "\n",
        ),
        ("`;` UTF-8, no header", None, ";", Encoding::Utf8, "\n"),
    ];
    for (case, header_lang, separator, encoding, line_end) in cases {
        let mut rows: Vec<Vec<String>> = Vec::new();
        if let Some(lang) = header_lang {
            rows.push(header(lang).map(str::to_owned).to_vec());
        }
        rows.extend(people.iter().map(|p| p.map(str::to_owned).to_vec()));
        let text = csv(&rows, separator, line_end);
        let bytes = match encoding {
            Encoding::Utf8 => text.into_bytes(),
            Encoding::Utf8Bom => [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
            Encoding::Windows1252 => {
                let bytes = windows_1252(&text);
                assert!(
                    bytes.contains(&0xE9) && std::str::from_utf8(&bytes).is_err(),
                    "{case}: é as the single byte 0xE9"
                );
                bytes
            }
        };
        let lines = import_file::read(&bytes, &LIMITS)
            .unwrap_or_else(|e| panic!("case {case}: the file is refused: {e}"));
        let preview = use_case::preview(&app.db, lines).await.unwrap();
        assert_eq!(
            preview.header_skipped,
            header_lang.is_some(),
            "case {case}: header skipped"
        );
        assert_eq!(preview.lines, 2, "case {case}: data lines");
        assert!(
            preview.refused.is_empty(),
            "case {case}: {:?}",
            preview.refused
        );
        let read: Vec<(usize, &str, &str, &str)> = preview
            .to_create
            .iter()
            .map(|(n, p)| {
                (
                    *n,
                    p.first_names.as_str(),
                    p.last_name.as_str(),
                    p.niss.as_str(),
                )
            })
            .collect();
        let first = if header_lang.is_some() { 2 } else { 1 };
        assert_eq!(
            read,
            vec![
                (first, "Hélène", "Dupré", "85073003328"),
                (first + 1, "Zoë", "Çelik", "01010100126"),
            ],
            "case {case}: names and line numbers"
        );
    }
}

/// A file of `people` valid lines under an English header.
fn list_of(people: usize) -> Vec<Vec<String>> {
    let mut rows = vec![header(Language::En).map(str::to_owned).to_vec()];
    rows.extend((0..people).map(|i| {
        vec![
            nth_niss(u32::try_from(i).unwrap()),
            format!("person{i}@example.be"),
            "nl".to_owned(),
            "Jan".to_owned(),
            "Peeters".to_owned(),
            format!("AB{i:06}"),
        ]
    }));
    rows
}

fn list_xlsx(rows: &[Vec<String>]) -> Vec<u8> {
    let rows: Vec<Vec<Cell<'_>>> = rows
        .iter()
        .map(|r| r.iter().map(|c| Cell::Text(c)).collect())
        .collect();
    xlsx(&rows)
}

#[tokio::test]
async fn files_that_are_not_a_readable_people_list_are_refused_with_one_problem() {
    let good_workbook = xlsx(&[texts(header(Language::Fr)), texts(["85073003328"; 6])]);
    let mut cfb = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    cfb.resize(4096, 0);
    let five_columns = vec![
        [
            "Numéro national",
            "Adresse e-mail",
            "Langue",
            "Prénoms",
            "Nom",
        ]
        .map(str::to_owned)
        .to_vec(),
        ["85073003328", "marie@example.be", "fr", "Marie", "Dupont"]
            .map(str::to_owned)
            .to_vec(),
    ];
    let cases: Vec<(&str, Vec<u8>, FileProblem)> = vec![
        (
            "a PDF",
            b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".to_vec(),
            FileProblem::Pdf,
        ),
        (
            "an encrypted workbook (a CFB container)",
            cfb,
            FileProblem::PasswordProtected,
        ),
        (
            "a workbook cut in half",
            good_workbook[..good_workbook.len() / 2].to_vec(),
            FileProblem::Corrupt,
        ),
        (
            "a CSV with 5 columns",
            csv(&five_columns, ";", "\r\n").into_bytes(),
            FileProblem::WrongColumns { found: 5 },
        ),
        (
            "a workbook with 5 columns",
            list_xlsx(&five_columns),
            FileProblem::WrongColumns { found: 5 },
        ),
        (
            "a CSV of 10,001 people under its header",
            csv(&list_of(10_001), ";", "\r\n").into_bytes(),
            FileProblem::TooManyLines { max: 10_001 },
        ),
        (
            "a workbook of 10,001 people under its header",
            list_xlsx(&list_of(10_001)),
            FileProblem::TooManyLines { max: 10_001 },
        ),
        ("an empty file", Vec::new(), FileProblem::Empty),
        (
            "a file over the size limit",
            vec![b'a'; 10 * 1024 * 1024 + 1],
            FileProblem::TooLarge {
                max_bytes: 10 * 1024 * 1024,
            },
        ),
    ];
    for (case, bytes, expected) in cases {
        assert_eq!(
            import_file::read(&bytes, &LIMITS).map(|lines| lines.len()),
            Err(expected),
            "case {case}"
        );
    }
    // The good workbook itself is read: the cut is what made it corrupt.
    assert_eq!(import_file::read(&good_workbook, &LIMITS).unwrap().len(), 2);
}

#[tokio::test]
async fn ten_thousand_people_under_a_header_are_within_the_limit() {
    let app = spawn_app().await;
    for (case, bytes) in [
        ("CSV", csv(&list_of(10_000), ";", "\r\n").into_bytes()),
        ("XLSX", list_xlsx(&list_of(10_000))),
    ] {
        let lines = import_file::read(&bytes, &LIMITS)
            .unwrap_or_else(|e| panic!("case {case}: refused: {e}"));
        assert_eq!(lines.len(), 10_001, "case {case}");
        assert_eq!(lines.last().unwrap().number, 10_001, "case {case}");
        let preview = use_case::preview(&app.db, lines).await.unwrap();
        assert!(preview.header_skipped, "case {case}");
        assert_eq!(preview.lines, 10_000, "case {case}");
        assert_eq!(preview.to_create.len(), 10_000, "case {case}");
        assert!(preview.refused.is_empty(), "case {case}");
    }
}

#[tokio::test]
async fn a_confirmed_list_registers_each_person_with_three_emails_in_order_and_the_key_activates() {
    let app = spawn_app().await;
    let by = supervisor(&app).await;
    let marie = nth_niss(1);
    let first_file = xlsx(&[
        texts(header(Language::Fr)),
        texts([
            &marie,
            "marie@example.be",
            "fr",
            "Marie",
            "Dupont",
            "AB123456",
        ]),
    ]);
    let first = preview_of_file(&app, &first_file).await;
    let first_batch = confirm(&app, &first, &sha256(&first_file), by).await;
    assert_eq!(run_to_end(&app, first_batch).await, 1);
    deliver_all(&app).await;
    assert_eq!(mails_to(&app, "marie@example.be").len(), 3);

    // The second list: Marie again, two new people and a bad line.
    let file = xlsx(&[
        texts(header(Language::Nl)),
        texts([
            &marie,
            "marie@example.be",
            "fr",
            "Marie",
            "Dupont",
            "AB123456",
        ]),
        vec![
            Cell::Number(1010100126.0),
            Cell::Text("jan.peeters@example.be"),
            Cell::Text("NL"),
            Cell::Text("Jan"),
            Cell::Text("Peeters"),
            Cell::Text("CD 654 321"),
        ],
        texts([
            "09122415775",
            "not-an-address",
            "nl",
            "Piet",
            "Claes",
            "EF112233",
        ]),
        texts([
            "00110100175",
            "emma.smith@example.be",
            "en",
            "Emma",
            "Smith",
            "GH445566",
        ]),
    ]);
    let preview = preview_of_file(&app, &file).await;
    let batch = confirm(&app, &preview, &sha256(&file), by).await;
    assert_ne!(batch, first_batch);
    let confirmed = batch_row(&app, batch).await;
    assert_eq!(
        (
            confirmed.lines,
            confirmed.created,
            confirmed.existing,
            confirmed.refused
        ),
        (4, 0, 1, 1),
        "as confirmed: lines, created, existing, refused"
    );
    assert!(confirmed.running.is_none() && confirmed.finished_at.is_none());
    assert_eq!(
        outcomes(&app, batch).await,
        vec![
            (2, "existing".to_owned()),
            (3, "pending".to_owned()),
            (4, "refused".to_owned()),
            (5, "pending".to_owned()),
        ],
        "as confirmed"
    );

    assert_eq!(run_to_end(&app, batch).await, 2, "the two pending lines");
    let lines = lines_of(&app, batch).await;
    assert_eq!(
        lines
            .iter()
            .map(|l| (l.line_number, l.outcome.as_str()))
            .collect::<Vec<_>>(),
        vec![
            (2, "existing"),
            (3, "created"),
            (4, "refused"),
            (5, "created")
        ],
        "each line's outcome after the run"
    );
    assert_eq!(
        lines[2].reason.as_deref().and_then(Reason::parse_stored),
        Some(Reason {
            field: Field::Email,
            key: "import-problem-email",
            other_line: None,
        }),
        "the refused line's reason is kept"
    );
    let ran = batch_row(&app, batch).await;
    assert_eq!(
        (ran.created, ran.existing, ran.refused),
        (2, 1, 1),
        "counted on the batch"
    );
    assert!(ran.finished_at.is_some() && ran.running.is_none() && ran.failure.is_none());

    let everyone = people(&app).await;
    assert_eq!(everyone.len(), 3, "Marie once, Jan and Emma");
    let jan = everyone
        .iter()
        .find(|p| p.email == "jan.peeters@example.be")
        .expect("Jan is registered");
    assert_eq!(
        (
            jan.niss.as_str(),
            jan.language.as_str(),
            jan.first_names.as_str(),
            jan.card_number.as_str()
        ),
        ("01010100126", "nl", "Jan", "CD654321")
    );
    assert_eq!(jan.batch_id, batch);
    assert_eq!(
        lines[1].person_id,
        Some(jan.id),
        "the line names its person"
    );
    let organisation = imports::organisation(&app.db, jan.organisation_id)
        .await
        .unwrap()
        .expect("the organisation");
    assert_eq!(organisation.name, ORGANISATION);
    assert_eq!(count(&app, organisation::Entity).await, 1);

    deliver_all(&app).await;
    assert_eq!(
        mails_to(&app, "marie@example.be").len(),
        3,
        "nothing new for a person already registered"
    );
    assert!(mails_to(&app, "not-an-address").is_empty());
    for (email, lang) in [
        ("jan.peeters@example.be", Language::Nl),
        ("emma.smith@example.be", Language::En),
    ] {
        let tr = Tr(lang);
        let mails = mails_to(&app, email);
        let subjects: Vec<&str> = mails.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            subjects,
            [
                tr.t("email-profile-subject"),
                tr.t("email-activation-subject"),
                tr.t("email-import-code-subject"),
            ],
            "{email}: the profile, then the link, then the code, in {lang:?}"
        );
        let queued: Vec<(String, String)> = app
            .outbox()
            .await
            .into_iter()
            .filter(|m| m.recipient == email)
            .map(|m| (m.kind, m.language))
            .collect();
        assert_eq!(queued.len(), 3, "{email}: three emails queued: {queued:?}");
        assert!(
            queued.iter().all(|(_, l)| l == lang.code()),
            "{email}: queued in {lang:?}: {queued:?}"
        );
        let (_, link_text) = &mails[1];
        let (_, code_text) = &mails[2];
        let token = token_in(link_text, lang)
            .unwrap_or_else(|| panic!("{email}: a /{}/activate/ link", lang.code()));
        let code = grouped_code_in(code_text)
            .unwrap_or_else(|| panic!("{email}: a grouped code in: {code_text}"));
        assert!(
            !link_text.contains(&code),
            "{email}: the code is not in the link's email"
        );
        assert!(
            !code_text.contains(&token),
            "{email}: the link is not in the code's email"
        );

        // The activation with that link and that code, as the person would.
        let client = browser();
        let path = format!("/{}/activate/{token}", lang.code());
        let page = client.get(app.url(&path)).send().await.unwrap();
        assert_eq!(page.status(), StatusCode::OK, "{email}: the link's page");
        let csrf = csrf_of(&page.text().await.unwrap());
        let typed = post(
            &app,
            &client,
            &path,
            &[("csrf_token", &csrf), ("code", &code)],
        )
        .await;
        assert_eq!(
            typed.status(),
            StatusCode::SEE_OTHER,
            "{email}: the code is taken"
        );
        let csrf = csrf_of(&app.html_of(&client, &path).await);
        let username = email.split('@').next().unwrap();
        let chosen = post(
            &app,
            &client,
            &format!("{path}/key"),
            &[
                ("csrf_token", &csrf),
                ("factor", "password"),
                ("username", username),
                ("password", PASSWORD),
                ("password_again", PASSWORD),
                ("understood", "yes"),
            ],
        )
        .await;
        assert_eq!(chosen.status(), StatusCode::OK, "{email}: the key is made");
    }
    let keys = digital_key::Entity::find().all(&app.db).await.unwrap();
    let mut holders: Vec<&str> = keys.iter().map(|k| k.email.as_str()).collect();
    holders.sort_unstable();
    assert_eq!(holders, ["emma.smith@example.be", "jan.peeters@example.be"]);
    let activations = activation::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(activations.len(), 3, "one per person created");
    assert!(
        activations
            .iter()
            .all(|a| a.person_id.is_some() && a.request_id.is_none())
    );
}

#[tokio::test]
async fn the_same_file_again_goes_on_with_its_open_batch_and_once_finished_creates_nothing() {
    let app = spawn_app().await;
    let by = supervisor(&app).await;
    let mut rows = vec![texts(header(Language::De))];
    let n: Vec<String> = (1..=3).map(nth_niss).collect();
    let emails = ["a@example.be", "b@example.be", "c@example.be"];
    for (niss, email) in n.iter().zip(emails) {
        rows.push(texts([niss, email, "de", "Anna", "Weber", "AB123456"]));
    }
    let file = xlsx(&rows);
    let sha = sha256(&file);
    let first = preview_of_file(&app, &file).await;
    assert_eq!(first.to_create.len(), 3);

    let batch = confirm(&app, &first, &sha, by).await;
    assert_eq!(
        confirm(&app, &first, &sha, by).await,
        batch,
        "confirmed again before it ran: the same batch"
    );
    assert_eq!(claim_and_run(&app, batch, Some(1)).await, 1);
    // The run stopped there, its process gone.
    imports::end_run(&app.db, batch, Some("interrupted"), app.now())
        .await
        .unwrap();
    assert_eq!(
        confirm(&app, &first, &sha, by).await,
        batch,
        "confirmed again half-way through: the same batch"
    );
    assert_eq!(count(&app, import_batch::Entity).await, 1);
    let done = claim_and_run(&app, batch, None).await;
    imports::end_run(&app.db, batch, None, app.now())
        .await
        .unwrap();
    assert_eq!(done, 2, "the run goes on where it stopped");
    assert_eq!(people(&app).await.len(), 3);
    deliver_all(&app).await;
    let emails_before = app.outbox().await.len();
    let received_before = app.smtp.messages().len();
    assert_eq!(emails_before, 9);

    // Once finished, the same file previewed again: everyone is already registered.
    let again = preview_of_file(&app, &file).await;
    assert!(again.to_create.is_empty(), "{:?}", again.to_create);
    assert_eq!(again.existing.len(), 3);
    let second = confirm(&app, &again, &sha, by).await;
    assert_ne!(second, batch, "a finished batch is not reopened");
    assert_eq!(run_to_end(&app, second).await, 0, "nothing to do");
    assert_eq!(
        outcomes(&app, second).await,
        vec![
            (2, "existing".to_owned()),
            (3, "existing".to_owned()),
            (4, "existing".to_owned())
        ]
    );

    // The old preview confirmed once more: the run finds everyone registered meanwhile.
    let third = confirm(&app, &first, &sha, by).await;
    assert!(third != batch && third != second);
    assert_eq!(run_to_end(&app, third).await, 3);
    assert_eq!(
        outcomes(&app, third).await,
        vec![
            (2, "existing".to_owned()),
            (3, "existing".to_owned()),
            (4, "existing".to_owned())
        ],
        "registered meanwhile: counted as existing"
    );
    let ran = batch_row(&app, third).await;
    assert_eq!((ran.created, ran.existing), (0, 3));

    assert_eq!(people(&app).await.len(), 3, "nobody registered twice");
    assert_eq!(app.outbox().await.len(), emails_before, "no email queued");
    deliver_all(&app).await;
    assert_eq!(app.smtp.messages().len(), received_before, "no email sent");
}

#[derive(Debug, Clone, Copy)]
enum Crash {
    /// The process died and its end was recorded as interrupted.
    EndRecorded,
    /// The process died and nothing was recorded: its heartbeat goes stale.
    HeartbeatStale,
}

#[tokio::test]
async fn a_run_that_stops_between_two_people_is_taken_over_without_a_second_person_or_email() {
    for crash in [Crash::EndRecorded, Crash::HeartbeatStale] {
        let app = spawn_app().await;
        let by = supervisor(&app).await;
        let lines: Vec<RawLine> = (0..3)
            .map(|i| {
                person_line(
                    i + 2,
                    &nth_niss(u32::try_from(i).unwrap()),
                    &format!("p{i}@example.be"),
                    "fr",
                    "Paul",
                )
            })
            .collect();
        let preview = preview(&app, lines).await;
        let batch = confirm(&app, &preview, &"c".repeat(64), by).await;

        assert_eq!(
            claim_and_run(&app, batch, Some(1)).await,
            1,
            "{crash:?}: stops after one"
        );
        assert_eq!(people(&app).await.len(), 1, "{crash:?}");
        let queued: Vec<(String, String)> = import_emails(&app)
            .await
            .into_iter()
            .map(|m| (m.recipient, m.kind))
            .collect();
        assert_eq!(
            queued.len(),
            3,
            "{crash:?}: the first person's three emails: {queued:?}"
        );
        assert!(
            queued.iter().all(|(to, _)| to == "p0@example.be"),
            "{crash:?}"
        );
        assert!(
            !imports::claim(&app.db, batch, app.now()).await.unwrap(),
            "{crash:?}: the first claim is still held"
        );

        match crash {
            Crash::EndRecorded => imports::end_run(&app.db, batch, Some("interrupted"), app.now())
                .await
                .unwrap(),
            Crash::HeartbeatStale => app.clock.advance(Duration::minutes(6)),
        }
        assert_eq!(
            claim_and_run(&app, batch, None).await,
            2,
            "{crash:?}: the next run does the other two"
        );

        let everyone = people(&app).await;
        assert_eq!(everyone.len(), 3, "{crash:?}");
        let distinct: HashSet<&str> = everyone.iter().map(|p| p.niss.as_str()).collect();
        assert_eq!(distinct.len(), 3, "{crash:?}: no person twice");
        let emails = import_emails(&app).await;
        assert_eq!(emails.len(), 9, "{crash:?}: three emails each, in all");
        for i in 0..3 {
            let to = format!("p{i}@example.be");
            let kinds: Vec<&str> = emails
                .iter()
                .filter(|m| m.recipient == to)
                .map(|m| m.kind.as_str())
                .collect();
            assert_eq!(kinds, IMPORT_KINDS, "{crash:?}: {to}'s emails, in order");
        }
        assert_eq!(count(&app, activation::Entity).await, 3, "{crash:?}");
        assert_eq!(
            outcomes(&app, batch).await,
            (2..=4)
                .map(|n| (n, "created".to_owned()))
                .collect::<Vec<_>>(),
            "{crash:?}"
        );
        assert_eq!(batch_row(&app, batch).await.created, 3, "{crash:?}");
    }
}

// Several threads, as the server's workers are.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_hundred_confirmations_of_the_same_file_at_once_make_one_batch() {
    let app = spawn_app().await;
    let by = supervisor(&app).await;
    // The organisation exists already: only the batch is raced for here.
    let other = preview(
        &app,
        vec![person_line(2, &nth_niss(50), "x@example.be", "fr", "X")],
    )
    .await;
    confirm(&app, &other, &"d".repeat(64), by).await;

    let lines: Vec<RawLine> = (0..5)
        .map(|i| {
            person_line(
                i + 2,
                &nth_niss(u32::try_from(i).unwrap()),
                &format!("p{i}@example.be"),
                "nl",
                "Jan",
            )
        })
        .collect();
    let preview = Arc::new(preview(&app, lines).await);
    let sha = "e".repeat(64);
    let now = app.now();
    let tasks: Vec<_> = (0..100)
        .map(|_| {
            let db = app.db.clone();
            let preview = preview.clone();
            let sha = sha.clone();
            tokio::spawn(async move {
                use_case::confirm(
                    &db,
                    &preview,
                    &Confirmed {
                        organisation: ORGANISATION,
                        file_name: "personnel.xlsx",
                        file_sha256: &sha,
                        by,
                    },
                    now,
                )
                .await
                .map_err(|e| format!("{e:#}"))
            })
        })
        .collect();
    let results: Vec<Result<Uuid, String>> = futures_util::future::join_all(tasks)
        .await
        .into_iter()
        .map(Result::unwrap)
        .collect();
    let ids: HashSet<Uuid> = results.iter().filter_map(|r| r.clone().ok()).collect();
    let errors: Vec<&String> = results.iter().filter_map(|r| r.as_ref().err()).collect();
    let batches = import_batch::Entity::find()
        .filter(import_batch::Column::FileSha256.eq(sha.as_str()))
        .all(&app.db)
        .await
        .unwrap();
    assert!(
        errors.is_empty() && ids.len() == 1 && batches.len() == 1,
        "{} errors (first: {:?}), {} distinct batch ids returned, {} batches stored",
        errors.len(),
        errors.first(),
        ids.len(),
        batches.len()
    );
    let lines = lines_of(&app, batches[0].id).await;
    assert_eq!(lines.len(), 5, "the lines of the one batch, once");
    let confirmations = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("import_confirmed"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(confirmations, 2, "the other file's and this one's");
}

// Several threads, as the server's workers are.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn twenty_first_lists_of_a_new_organisation_at_once_make_one_organisation() {
    let app = spawn_app().await;
    let by = supervisor(&app).await;
    let previews: Vec<Arc<Preview>> = {
        let mut previews = Vec::new();
        for i in 0..20u32 {
            let line = person_line(2, &nth_niss(i), &format!("p{i}@example.be"), "fr", "Paul");
            previews.push(Arc::new(preview(&app, vec![line]).await));
        }
        previews
    };
    let now = app.now();
    let tasks: Vec<_> = previews
        .into_iter()
        .enumerate()
        .map(|(i, preview)| {
            let db = app.db.clone();
            tokio::spawn(async move {
                let sha = format!("{i:064}");
                use_case::confirm(
                    &db,
                    &preview,
                    &Confirmed {
                        organisation: "Nouvelle organisation",
                        file_name: "liste.csv",
                        file_sha256: &sha,
                        by,
                    },
                    now,
                )
                .await
                .map_err(|e| format!("{e:#}"))
            })
        })
        .collect();
    let results: Vec<Result<Uuid, String>> = futures_util::future::join_all(tasks)
        .await
        .into_iter()
        .map(Result::unwrap)
        .collect();
    let errors: Vec<&String> = results.iter().filter_map(|r| r.as_ref().err()).collect();
    assert!(
        errors.is_empty(),
        "{} of 20 refused (first: {:?})",
        errors.len(),
        errors.first()
    );
    assert_eq!(count(&app, organisation::Entity).await, 1);
    assert_eq!(count(&app, import_batch::Entity).await, 20);
}
