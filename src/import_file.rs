//! Reads an uploaded people list (XLSX or CSV bytes) into trimmed text lines, leaving out hidden
//! sheets, hidden rows and formula cells; what the columns mean is the import use case's business.

use std::collections::HashMap;
use std::io::{BufReader, Cursor};

use calamine::{DataRef, Reader, SheetType, SheetVisible, Xlsx};
use quick_xml::XmlVersion;
use quick_xml::events::{BytesStart, Event};
use zip::ZipArchive;

/// A people list needs at least this many columns on some line.
pub const MIN_COLUMNS: usize = 6;

/// Cells further right are ignored: a people list never reaches them, and a stray cell in column
/// XFD must not make every line sixteen thousand cells long.
const MAX_COLUMNS: usize = 64;

/// The last row Excel has; a row number past it is a damaged file.
const EXCEL_MAX_ROWS: u32 = 1_048_576;

const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
const PDF_MAGIC: &[u8] = b"%PDF";
const CFB_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// One non-empty line of the file, as text.
///
/// `number` is the 1-based line the person sees: the Excel row number, or for a CSV the line on
/// which the record starts. `cells` are trimmed and end at the last non-empty cell, so the caller
/// treats a missing cell as empty.
pub use crate::domain::import::RawLine;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Xlsx,
    Csv,
}

impl FileKind {
    /// Tells the kind by content, never by file name: a ZIP is taken for an XLSX workbook,
    /// anything else that is text for a CSV.
    pub fn of(bytes: &[u8]) -> Result<Self, FileProblem> {
        if bytes.starts_with(ZIP_MAGIC) {
            Ok(Self::Xlsx)
        } else if bytes.starts_with(PDF_MAGIC) {
            Err(FileProblem::Pdf)
        } else if bytes.starts_with(CFB_MAGIC) {
            Err(FileProblem::PasswordProtected)
        } else if bytes.contains(&0) {
            // Text never holds a NUL byte; images, .doc and other binaries do.
            Err(FileProblem::Corrupt)
        } else {
            Ok(Self::Csv)
        }
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum FileProblem {
    #[error("the file is empty")]
    Empty,
    #[error("the file is larger than {max_bytes} bytes")]
    TooLarge { max_bytes: u64 },
    #[error("the file has more than {max} lines")]
    TooManyLines { max: usize },
    #[error("the file is a PDF, not a spreadsheet")]
    Pdf,
    /// An OLE/CFB container: an encrypted (password-protected) XLSX, or an old Excel 97–2003
    /// `.xls` workbook. Both get the same answer: save it as `.xlsx` without a password.
    #[error(
        "the file is password-protected or in the old .xls format: save it as .xlsx without a password"
    )]
    PasswordProtected,
    /// A ZIP that is not a readable workbook, or a file that is not a spreadsheet at all.
    #[error("the file is damaged or is not a spreadsheet")]
    Corrupt,
    #[error("the workbook has no visible sheet")]
    NoSheet,
    #[error("no line has at least {MIN_COLUMNS} columns (the widest has {found})")]
    WrongColumns { found: usize },
}

/// The largest people list accepted.
pub const MAX_BYTES: u64 = 5 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub max_bytes: u64,
    /// Every non-empty line counts, a header too: a caller that allows a header line on top of
    /// N people passes N + 1.
    pub max_lines: usize,
}

/// Reads an uploaded XLSX or CSV into its non-empty lines.
///
/// XLSX: only the first visible worksheet; hidden rows are left out, and a cell holding a formula
/// reads as empty (its cached value is not trusted). Numbers are written without a needless
/// `.0` (`85073003328.0` gives `"85073003328"`; leading zeros lost by Excel are not restored),
/// booleans as `TRUE`/`FALSE`, dates as ISO 8601 (`1985-07-30`, with ` HH:MM:SS` when they have
/// a time), error cells as empty.
///
/// CSV: `;` or `,` as separator, whichever gives the first non-empty line at least
/// [`MIN_COLUMNS`] fields (`;` when both do, as Excel writes in Belgium); UTF-8 with or without
/// a BOM, otherwise Windows-1252. A line's number is the file line on which its record starts,
/// which is also Excel's row number unless a quoted field above it spans several lines.
///
/// Reading stops as soon as there are more than `max_lines` non-empty lines.
pub fn read(bytes: &[u8], limits: &Limits) -> Result<Vec<RawLine>, FileProblem> {
    if bytes.len() as u64 > limits.max_bytes {
        return Err(FileProblem::TooLarge {
            max_bytes: limits.max_bytes,
        });
    }
    if bytes.is_empty() {
        return Err(FileProblem::Empty);
    }
    let mut lines = Lines::new(limits.max_lines);
    match FileKind::of(bytes)? {
        FileKind::Xlsx => read_xlsx(bytes, &mut lines)?,
        FileKind::Csv => read_csv(bytes, &mut lines)?,
    }
    lines.finish()
}

/// Collects the non-empty lines, refusing one past the limit.
struct Lines {
    lines: Vec<RawLine>,
    max: usize,
}

impl Lines {
    fn new(max: usize) -> Self {
        Self {
            lines: Vec::new(),
            max,
        }
    }

    fn push(&mut self, number: usize, mut cells: Vec<String>) -> Result<(), FileProblem> {
        cells.truncate(MAX_COLUMNS);
        while cells.last().is_some_and(String::is_empty) {
            cells.pop();
        }
        if cells.is_empty() {
            return Ok(());
        }
        if self.lines.len() >= self.max {
            return Err(FileProblem::TooManyLines { max: self.max });
        }
        self.lines.push(RawLine { number, cells });
        Ok(())
    }

    fn finish(self) -> Result<Vec<RawLine>, FileProblem> {
        let found = self.lines.iter().map(|line| line.cells.len()).max();
        match found {
            None => Err(FileProblem::Empty),
            Some(found) if found < MIN_COLUMNS => Err(FileProblem::WrongColumns { found }),
            Some(_) => Ok(self.lines),
        }
    }
}

fn read_xlsx(bytes: &[u8], lines: &mut Lines) -> Result<(), FileProblem> {
    let mut workbook = Xlsx::new(Cursor::new(bytes)).map_err(|_| FileProblem::Corrupt)?;
    let sheets = workbook.sheets_metadata();
    if sheets.is_empty() {
        // A ZIP with no workbook in it (a .docx, an .odt): not a spreadsheet.
        return Err(FileProblem::Corrupt);
    }
    let sheet = sheets
        .iter()
        .find(|sheet| sheet.visible == SheetVisible::Visible && sheet.typ == SheetType::WorkSheet)
        .ok_or(FileProblem::NoSheet)?
        .name
        .clone();
    // calamine 0.38 does not tell which rows are hidden: that comes from the sheet's XML.
    let hidden = HiddenRows::of_sheet(bytes, &sheet)?;

    let mut cells_reader = workbook
        .worksheet_cells_reader(&sheet)
        .map_err(|_| FileProblem::Corrupt)?;
    // Cells stream row by row, so one row is held at a time and reading stops at the limit.
    let mut row: Option<(u32, Vec<String>)> = None;
    while let Some(cell) = cells_reader
        .next_cell_with_formula_metadata()
        .map_err(|_| FileProblem::Corrupt)?
    {
        let (row_index, column) = cell.pos;
        let column = column as usize;
        if column >= MAX_COLUMNS || cell.formula.is_some() || hidden.contains(row_index) {
            continue;
        }
        let text = cell_text(&cell.value);
        if text.is_empty() {
            continue;
        }
        if let Some((index, cells)) = row.take_if(|(index, _)| *index != row_index) {
            lines.push(index as usize + 1, cells)?;
        }
        let (_, cells) = row.get_or_insert_with(|| (row_index, Vec::new()));
        if cells.len() <= column {
            cells.resize(column + 1, String::new());
        }
        cells[column] = text;
    }
    if let Some((index, cells)) = row {
        lines.push(index as usize + 1, cells)?;
    }
    Ok(())
}

fn cell_text(value: &DataRef<'_>) -> String {
    match value {
        DataRef::String(text) | DataRef::DateTimeIso(text) | DataRef::DurationIso(text) => {
            text.trim().to_owned()
        }
        DataRef::SharedString(text) => text.trim().to_owned(),
        DataRef::Int(number) => number.to_string(),
        DataRef::Float(number) => number_text(*number),
        DataRef::Bool(true) => "TRUE".to_owned(),
        DataRef::Bool(false) => "FALSE".to_owned(),
        DataRef::DateTime(date) => date_text(date),
        DataRef::Error(_) | DataRef::Empty => String::new(),
    }
}

/// Rust writes a whole `f64` without `.0` and never in exponent form, which is what a NISS or a
/// postcode stored as a number needs.
fn number_text(number: f64) -> String {
    if number == 0.0 {
        // Also turns -0 into 0.
        "0".to_owned()
    } else {
        number.to_string()
    }
}

fn date_text(date: &calamine::ExcelDateTime) -> String {
    if date.is_duration() {
        return number_text(date.as_f64());
    }
    let (year, month, day, hour, minute, second, _) = date.to_ymd_hms_milli();
    let time = format!("{hour:02}:{minute:02}:{second:02}");
    if date.as_f64() < 1.0 {
        time
    } else if (hour, minute, second) == (0, 0, 0) {
        format!("{year:04}-{month:02}-{day:02}")
    } else {
        format!("{year:04}-{month:02}-{day:02} {time}")
    }
}

/// The rows of one worksheet marked `hidden`, read from its XML part, which is found the way
/// calamine finds it: `_rels/.rels` → workbook part → its relationships → the sheet's part.
struct HiddenRows(Vec<bool>);

impl HiddenRows {
    fn of_sheet(bytes: &[u8], sheet: &str) -> Result<Self, FileProblem> {
        let mut package = Package::open(bytes)?;

        let workbook = package
            .relationships("_rels/.rels")?
            .into_iter()
            .find(|relationship| relationship.kind.ends_with("/relationships/officeDocument"))
            .ok_or(FileProblem::Corrupt)?
            .target;
        let (folder, workbook_name) = match workbook.rfind('/') {
            Some(slash) => workbook.split_at(slash + 1),
            None => ("", workbook.as_str()),
        };
        let folder = folder.strip_prefix('/').unwrap_or(folder);
        let workbook_name = if workbook_name.is_empty() {
            "workbook.xml"
        } else {
            workbook_name
        };

        let mut relationship_id = None;
        package.for_each_element(&format!("{folder}{workbook_name}"), "sheet", |element| {
            if relationship_id.is_none() && attribute(element, "name")?.as_deref() == Some(sheet) {
                relationship_id = attribute(element, "id")?;
            }
            Ok(())
        })?;
        let relationship_id = relationship_id.ok_or(FileProblem::Corrupt)?;
        let target = package
            .relationships(&format!("{folder}_rels/{workbook_name}.rels"))?
            .into_iter()
            .find(|relationship| relationship.id == relationship_id)
            .ok_or(FileProblem::Corrupt)?
            .target;
        let sheet_part = match target.strip_prefix('/') {
            Some(absolute) => absolute.to_owned(),
            None => format!("{folder}{target}"),
        };

        let mut hidden = Vec::new();
        let mut previous_row = 0;
        package.for_each_element(&sheet_part, "row", |element| {
            let row = match attribute(element, "r")? {
                Some(r) => r.trim().parse().map_err(|_| FileProblem::Corrupt)?,
                None => previous_row + 1,
            };
            if row == 0 || row > EXCEL_MAX_ROWS {
                return Err(FileProblem::Corrupt);
            }
            previous_row = row;
            if matches!(attribute(element, "hidden")?.as_deref(), Some("1" | "true")) {
                let index = (row - 1) as usize;
                if hidden.len() <= index {
                    hidden.resize(index + 1, false);
                }
                hidden[index] = true;
            }
            Ok(())
        })?;
        Ok(Self(hidden))
    }

    /// `row` is 0-based, as calamine counts.
    fn contains(&self, row: u32) -> bool {
        self.0.get(row as usize).copied().unwrap_or(false)
    }
}

struct Relationship {
    id: String,
    kind: String,
    target: String,
}

/// The ZIP of an XLSX, with its part names looked up regardless of case, as OPC wants.
struct Package<'a> {
    zip: ZipArchive<Cursor<&'a [u8]>>,
    names: HashMap<String, String>,
}

impl<'a> Package<'a> {
    fn open(bytes: &'a [u8]) -> Result<Self, FileProblem> {
        let zip = ZipArchive::new(Cursor::new(bytes)).map_err(|_| FileProblem::Corrupt)?;
        let names = zip
            .file_names()
            .map(|name| {
                let name = name.map_err(|_| FileProblem::Corrupt)?;
                Ok((part_key(&name), name.into_owned()))
            })
            .collect::<Result<_, FileProblem>>()?;
        Ok(Self { zip, names })
    }

    fn relationships(&mut self, part: &str) -> Result<Vec<Relationship>, FileProblem> {
        let mut relationships = Vec::new();
        self.for_each_element(part, "Relationship", |element| {
            relationships.push(Relationship {
                id: attribute(element, "Id")?.unwrap_or_default(),
                kind: attribute(element, "Type")?.unwrap_or_default(),
                target: attribute(element, "Target")?.unwrap_or_default(),
            });
            Ok(())
        })?;
        Ok(relationships)
    }

    /// Streams the part's XML, calling `visit` on every element named `element`.
    fn for_each_element(
        &mut self,
        part: &str,
        element: &str,
        mut visit: impl FnMut(&BytesStart<'_>) -> Result<(), FileProblem>,
    ) -> Result<(), FileProblem> {
        let name = self
            .names
            .get(&part_key(part))
            .ok_or(FileProblem::Corrupt)?;
        let file = self.zip.by_name(name).map_err(|_| FileProblem::Corrupt)?;
        let mut xml = quick_xml::Reader::from_reader(BufReader::new(file));
        let mut buffer = Vec::new();
        loop {
            buffer.clear();
            match xml.read_event_into(&mut buffer) {
                Ok(Event::Start(found) | Event::Empty(found))
                    if found.local_name().as_ref() == element =>
                {
                    visit(&found)?;
                }
                Ok(Event::Eof) => return Ok(()),
                Ok(_) => {}
                Err(_) => return Err(FileProblem::Corrupt),
            }
        }
    }
}

fn part_key(name: &str) -> String {
    name.replace('\\', "/").to_ascii_lowercase()
}

/// The unescaped value of the attribute whose local name is `name` (`r:id` answers to `id`).
fn attribute(element: &BytesStart<'_>, name: &str) -> Result<Option<String>, FileProblem> {
    for found in element.attributes().with_checks(false) {
        let found = found.map_err(|_| FileProblem::Corrupt)?;
        if found.key.local_name().as_ref() == name {
            let value = found
                .normalized_value(XmlVersion::Implicit1_0)
                .map_err(|_| FileProblem::Corrupt)?;
            return Ok(Some(value.into_owned()));
        }
    }
    Ok(None)
}

fn read_csv(bytes: &[u8], lines: &mut Lines) -> Result<(), FileProblem> {
    let bytes = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => std::borrow::Cow::Borrowed(text),
        // Not UTF-8: what Excel writes on a Western European Windows.
        Err(_) => {
            encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0
        }
    };
    // The csv crate counts lines wrongly after a "\r\n", so every line ending becomes "\n" (a
    // lone "\r" too, as old Mac files end lines).
    let text = if text.contains('\r') {
        std::borrow::Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        text
    };
    let Some(delimiter) = csv_delimiter(&text) else {
        return Err(FileProblem::Empty);
    };
    let mut reader = csv_reader(&text, delimiter);
    let mut record = csv::StringRecord::new();
    while reader
        .read_record(&mut record)
        .map_err(|_| FileProblem::Corrupt)?
    {
        let number = record.position().map_or(0, |position| {
            // The position is taken before the blank lines the csv crate skips: count them.
            let blank_lines = text.as_bytes()[position.byte() as usize..]
                .iter()
                .take_while(|&&byte| byte == b'\n')
                .count();
            position.line() as usize + blank_lines
        });
        let cells = record
            .iter()
            .take(MAX_COLUMNS)
            .map(|field| field.trim().to_owned())
            .collect();
        lines.push(number, cells)?;
    }
    Ok(())
}

fn csv_reader(text: &str, delimiter: u8) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
}

/// `;` or `,`, from the first line holding more than separators, quotes and spaces; `None` when
/// there is no such line.
fn csv_delimiter(text: &str) -> Option<u8> {
    let first_line = text.lines().find(|line| {
        line.chars()
            .any(|c| !c.is_whitespace() && !matches!(c, ';' | ',' | '"'))
    })?;
    let start = first_line.as_ptr() as usize - text.as_ptr() as usize;
    let fields = |delimiter| {
        csv_reader(&text[start..], delimiter)
            .records()
            .next()
            .and_then(Result::ok)
            .map_or(0, |record| record.len())
    };
    let (semicolons, commas) = (fields(b';'), fields(b','));
    if semicolons >= MIN_COLUMNS || semicolons >= commas {
        Some(b';')
    } else {
        Some(b',')
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_xlsxwriter::{Format, Formula, Workbook, Worksheet, XlsxError};
    use std::io::Write;

    const LIMITS: Limits = Limits {
        max_bytes: 5_000_000,
        max_lines: 1_000,
    };

    const HEADER: [&str; 6] = ["Nom", "Prénom", "NISS", "Email", "Langue", "Service"];

    fn line(number: usize, cells: &[&str]) -> RawLine {
        RawLine {
            number,
            cells: cells.iter().map(|cell| cell.to_string()).collect(),
        }
    }

    fn person(name: &str) -> [&str; 6] {
        [
            name,
            "Jean",
            "85073003328",
            "jean@example.be",
            "fr",
            "Accueil",
        ]
    }

    fn write_row(sheet: &mut Worksheet, row: u32, cells: &[&str]) -> Result<(), XlsxError> {
        for (column, cell) in cells.iter().enumerate() {
            sheet.write_string(row, column as u16, *cell)?;
        }
        Ok(())
    }

    /// A real XLSX, written by rust_xlsxwriter in memory.
    fn xlsx(build: impl FnOnce(&mut Workbook) -> Result<(), XlsxError>) -> Vec<u8> {
        let mut workbook = Workbook::new();
        build(&mut workbook).expect("build the workbook");
        workbook.save_to_buffer().expect("save the workbook")
    }

    fn people_xlsx(rows: usize) -> Vec<u8> {
        xlsx(|workbook| {
            let sheet = workbook.add_worksheet();
            for row in 0..rows {
                write_row(sheet, row as u32, &person("Dupont"))?;
            }
            Ok(())
        })
    }

    /// A hand-written XLSX, for what rust_xlsxwriter never writes: `hidden="true"`, rows and
    /// cells without `r`, shared formulas, error cells, a workbook with no visible sheet.
    fn handmade_xlsx(sheet_state: &str, sheet_data: &str) -> Vec<u8> {
        let parts = [
            (
                "[Content_Types].xml",
                r#"<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/data.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
</Types>"#
                    .to_owned(),
            ),
            (
                "_rels/.rels",
                r#"<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"#
                    .to_owned(),
            ),
            (
                "xl/workbook.xml",
                format!(
                    r#"<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Liste &amp; co" sheetId="1" state="{sheet_state}" r:id="rId7"/></sheets>
</workbook>"#
                ),
            ),
            (
                "xl/_rels/workbook.xml.rels",
                r#"<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/data.xml"/>
</Relationships>"#
                    .to_owned(),
            ),
            (
                "xl/worksheets/data.xml",
                format!(
                    r#"<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{sheet_data}</sheetData></worksheet>"#
                ),
            ),
        ];
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        for (name, content) in parts {
            zip.start_file(name, options).expect("start a part");
            zip.write_all(content.as_bytes()).expect("write a part");
        }
        zip.finish().expect("finish the zip").into_inner()
    }

    fn inline_row(r: Option<u32>, hidden: &str, cells: &[&str]) -> String {
        let r = r.map(|r| format!(r#" r="{r}""#)).unwrap_or_default();
        let cells: String = cells
            .iter()
            .map(|cell| format!(r#"<c t="inlineStr"><is><t>{cell}</t></is></c>"#))
            .collect();
        format!("<row{r}{hidden}>{cells}</row>")
    }

    struct Case {
        name: &'static str,
        bytes: Vec<u8>,
        limits: Limits,
        expected: Result<Vec<RawLine>, FileProblem>,
    }

    fn case(
        name: &'static str,
        bytes: impl Into<Vec<u8>>,
        expected: Result<Vec<RawLine>, FileProblem>,
    ) -> Case {
        Case {
            name,
            bytes: bytes.into(),
            limits: LIMITS,
            expected,
        }
    }

    fn check(cases: Vec<Case>) {
        for case in cases {
            assert_eq!(
                read(&case.bytes, &case.limits),
                case.expected,
                "case: {}",
                case.name
            );
        }
    }

    #[test]
    fn xlsx_sheets_become_text_lines() {
        check(vec![
            case(
                "plain sheet",
                xlsx(|workbook| {
                    let sheet = workbook.add_worksheet();
                    write_row(sheet, 0, &HEADER)?;
                    write_row(sheet, 1, &person("Dupont"))?;
                    write_row(sheet, 2, &person("Janssens"))?;
                    Ok(())
                }),
                Ok(vec![
                    line(1, &HEADER),
                    line(2, &person("Dupont")),
                    line(3, &person("Janssens")),
                ]),
            ),
            case(
                "NISS written as a number keeps no .0",
                xlsx(|workbook| {
                    let sheet = workbook.add_worksheet();
                    write_row(sheet, 0, &HEADER)?;
                    write_row(sheet, 1, &person("Dupont"))?;
                    sheet.write_number(1, 2, 85073003328.0)?;
                    write_row(sheet, 2, &person("Peeters"))?;
                    sheet.write_number(2, 2, 1010100189.0)?;
                    sheet.write_number(2, 5, 1.5)?;
                    Ok(())
                }),
                Ok(vec![
                    line(1, &HEADER),
                    line(2, &person("Dupont")),
                    line(
                        3,
                        &[
                            "Peeters",
                            "Jean",
                            "1010100189",
                            "jean@example.be",
                            "fr",
                            "1.5",
                        ],
                    ),
                ]),
            ),
            case(
                "a formula cell reads as empty despite its cached result",
                xlsx(|workbook| {
                    let sheet = workbook.add_worksheet();
                    write_row(sheet, 0, &HEADER)?;
                    write_row(sheet, 1, &person("Dupont"))?;
                    sheet.write_formula(
                        1,
                        2,
                        Formula::new("=\"85073003328\"").set_result("85073003328"),
                    )?;
                    sheet.write_formula(2, 0, Formula::new("=A2").set_result("Dupont"))?;
                    Ok(())
                }),
                Ok(vec![
                    line(1, &HEADER),
                    line(
                        2,
                        &["Dupont", "Jean", "", "jean@example.be", "fr", "Accueil"],
                    ),
                ]),
            ),
            case(
                "a hidden row is skipped",
                xlsx(|workbook| {
                    let sheet = workbook.add_worksheet();
                    write_row(sheet, 0, &HEADER)?;
                    write_row(sheet, 1, &person("Hidden"))?;
                    write_row(sheet, 2, &person("Dupont"))?;
                    sheet.set_row_hidden(1)?;
                    Ok(())
                }),
                Ok(vec![line(1, &HEADER), line(3, &person("Dupont"))]),
            ),
            case(
                "a hidden first sheet is skipped for the visible second",
                xlsx(|workbook| {
                    let secret = workbook.add_worksheet();
                    write_row(secret, 0, &person("Secret"))?;
                    secret.set_hidden(true);
                    let visible = workbook.add_worksheet();
                    write_row(visible, 0, &person("Dupont"))?;
                    visible.set_active(true);
                    Ok(())
                }),
                Ok(vec![line(1, &person("Dupont"))]),
            ),
            case(
                "a very hidden sheet is skipped too",
                xlsx(|workbook| {
                    let secret = workbook.add_worksheet();
                    write_row(secret, 0, &person("Secret"))?;
                    secret.set_very_hidden(true);
                    let visible = workbook.add_worksheet();
                    write_row(visible, 4, &person("Dupont"))?;
                    visible.set_active(true);
                    Ok(())
                }),
                Ok(vec![line(5, &person("Dupont"))]),
            ),
            case(
                "stray spaces are trimmed and a row of spaces is empty",
                xlsx(|workbook| {
                    let sheet = workbook.add_worksheet();
                    write_row(
                        sheet,
                        0,
                        &[
                            "  Dupont ",
                            "\u{a0}Jean",
                            " 85073003328 ",
                            "a@b.be",
                            "fr",
                            "x ",
                        ],
                    )?;
                    write_row(sheet, 1, &["   ", " "])?;
                    Ok(())
                }),
                Ok(vec![line(
                    1,
                    &["Dupont", "Jean", "85073003328", "a@b.be", "fr", "x"],
                )]),
            ),
            case(
                "empty rows are skipped and numbers stay Excel's",
                xlsx(|workbook| {
                    let sheet = workbook.add_worksheet();
                    write_row(sheet, 0, &HEADER)?;
                    sheet.write_blank(2, 0, &Format::new().set_bold())?;
                    write_row(sheet, 3, &person("Dupont"))?;
                    Ok(())
                }),
                Ok(vec![line(1, &HEADER), line(4, &person("Dupont"))]),
            ),
            case(
                "booleans, dates and empty leading cells become text",
                xlsx(|workbook| {
                    let sheet = workbook.add_worksheet();
                    let date = Format::new().set_num_format("dd/mm/yyyy");
                    let date_time = Format::new().set_num_format("dd/mm/yyyy hh:mm");
                    sheet.write_boolean(0, 1, true)?;
                    sheet.write_boolean(0, 2, false)?;
                    sheet.write_datetime_with_format(
                        0,
                        3,
                        rust_xlsxwriter::ExcelDateTime::from_ymd(1985, 7, 30)?,
                        &date,
                    )?;
                    sheet.write_datetime_with_format(
                        0,
                        4,
                        rust_xlsxwriter::ExcelDateTime::from_ymd(2026, 11, 3)?.and_hms(9, 30, 0)?,
                        &date_time,
                    )?;
                    sheet.write_number(0, 5, -0.0)?;
                    Ok(())
                }),
                Ok(vec![line(
                    1,
                    &[
                        "",
                        "TRUE",
                        "FALSE",
                        "1985-07-30",
                        "2026-11-03 09:30:00",
                        "0",
                    ],
                )]),
            ),
            case(
                "a sheet without cells is empty",
                xlsx(|workbook| {
                    workbook.add_worksheet();
                    Ok(())
                }),
                Err(FileProblem::Empty),
            ),
            case(
                "five columns on every line",
                xlsx(|workbook| {
                    let sheet = workbook.add_worksheet();
                    write_row(sheet, 0, &HEADER[..5])?;
                    write_row(sheet, 1, &person("Dupont")[..5])?;
                    Ok(())
                }),
                Err(FileProblem::WrongColumns { found: 5 }),
            ),
            Case {
                name: "as many lines as allowed",
                bytes: people_xlsx(3),
                limits: Limits {
                    max_lines: 3,
                    ..LIMITS
                },
                expected: Ok((1..=3).map(|n| line(n, &person("Dupont"))).collect()),
            },
            Case {
                name: "one line too many",
                bytes: people_xlsx(4),
                limits: Limits {
                    max_lines: 3,
                    ..LIMITS
                },
                expected: Err(FileProblem::TooManyLines { max: 3 }),
            },
        ]);
    }

    #[test]
    fn handmade_xlsx_parts_are_understood() {
        let shared_formula = concat!(
            r#"<row r="1">"#,
            r#"<c r="A1" t="inlineStr"><is><t>A</t></is></c>"#,
            r#"<c r="B1"><f t="shared" ref="B1:B2" si="0">C1*2</f><v>2</v></c>"#,
            r#"<c r="C1"><v>1</v></c>"#,
            r#"<c r="D1" t="e"><v>#N/A</v></c>"#,
            r#"<c r="E1" t="inlineStr"><is><t>E</t></is></c>"#,
            r#"<c r="F1" t="inlineStr"><is><t>F</t></is></c>"#,
            r#"<c r="G1" t="inlineStr"><is><t>G</t></is></c>"#,
            "</row>",
            r#"<row r="2">"#,
            r#"<c r="A2" t="inlineStr"><is><t>A</t></is></c>"#,
            r#"<c r="B2"><f t="shared" si="0"/><v>4</v></c>"#,
            r#"<c r="C2"><v>2</v></c>"#,
            "</row>",
        );
        check(vec![
            case(
                "hidden=\"true\", rows without r, escaped sheet name",
                handmade_xlsx(
                    "visible",
                    &[
                        inline_row(Some(1), "", &HEADER),
                        inline_row(Some(2), r#" hidden="true""#, &person("Hidden")),
                        inline_row(None, "", &person("Dupont")),
                        inline_row(None, r#" hidden="1""#, &person("Hidden")),
                        inline_row(None, r#" hidden="0""#, &person("Janssens")),
                    ]
                    .concat(),
                ),
                Ok(vec![
                    line(1, &HEADER),
                    line(3, &person("Dupont")),
                    line(5, &person("Janssens")),
                ]),
            ),
            case(
                "shared formulas and error cells read as empty",
                handmade_xlsx("visible", shared_formula),
                Ok(vec![
                    line(1, &["A", "", "1", "", "E", "F", "G"]),
                    line(2, &["A", "", "2"]),
                ]),
            ),
            case(
                "no visible sheet",
                handmade_xlsx("hidden", &inline_row(Some(1), "", &HEADER)),
                Err(FileProblem::NoSheet),
            ),
        ]);
    }

    #[test]
    fn files_that_are_not_people_lists_are_named() {
        let real = people_xlsx(2);
        let mut cfb = CFB_MAGIC.to_vec();
        cfb.resize(512, 0);
        let not_a_workbook = {
            let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
            let options = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Stored);
            zip.start_file("hello.txt", options).expect("start");
            zip.write_all(b"hello").expect("write");
            zip.finish().expect("finish").into_inner()
        };
        check(vec![
            case("no bytes", b"".to_vec(), Err(FileProblem::Empty)),
            case(
                "only blank lines",
                b" \r\n\n ;;;;;\n",
                Err(FileProblem::Empty),
            ),
            case("only a BOM", UTF8_BOM, Err(FileProblem::Empty)),
            case(
                "PDF",
                b"%PDF-1.7\n1 0 obj << /Type /Catalog >>".to_vec(),
                Err(FileProblem::Pdf),
            ),
            case(
                "CFB container (encrypted XLSX or old .xls)",
                cfb,
                Err(FileProblem::PasswordProtected),
            ),
            case(
                "truncated XLSX",
                real[..200].to_vec(),
                Err(FileProblem::Corrupt),
            ),
            case(
                "a ZIP that holds no workbook",
                not_a_workbook,
                Err(FileProblem::Corrupt),
            ),
            case(
                "a PNG image",
                b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(),
                Err(FileProblem::Corrupt),
            ),
            Case {
                name: "larger than allowed, checked before anything else",
                bytes: b"%PDF-1.7 and more".to_vec(),
                limits: Limits {
                    max_bytes: 10,
                    ..LIMITS
                },
                expected: Err(FileProblem::TooLarge { max_bytes: 10 }),
            },
        ]);
    }

    #[test]
    fn csv_files_become_text_lines() {
        check(vec![
            case(
                "semicolons, quoted fields, blank lines keep the numbering",
                "Nom;Prénom;NISS;Email;Langue;Service\r\n\r\n\"Du;pont\";\"Jean \"\"JJ\"\"\";85073003328;j@b.be;fr;1,5\r\n;;;;;\r\nPeeters;An;1;a@b.be;nl;x\r\n",
                Ok(vec![
                    line(1, &HEADER),
                    line(
                        3,
                        &["Du;pont", "Jean \"JJ\"", "85073003328", "j@b.be", "fr", "1,5"],
                    ),
                    line(5, &["Peeters", "An", "1", "a@b.be", "nl", "x"]),
                ]),
            ),
            case(
                "old Mac line endings",
                "a;b;c;d;e;f\r\rg;h;i;j;k;l\r",
                Ok(vec![
                    line(1, &["a", "b", "c", "d", "e", "f"]),
                    line(3, &["g", "h", "i", "j", "k", "l"]),
                ]),
            ),
            case(
                "commas",
                "Nom,Prénom,NISS,Email,Langue,Service\nDupont, Jean ,85073003328,jean@example.be,fr,Accueil\n",
                Ok(vec![line(1, &HEADER), line(2, &person("Dupont"))]),
            ),
            case(
                "semicolons win a tie",
                "a,b;c,d;e,f;g,h;i,j;k,l\n",
                Ok(vec![line(1, &["a,b", "c,d", "e,f", "g,h", "i,j", "k,l"])]),
            ),
            case(
                "UTF-8 with a BOM",
                [UTF8_BOM, "Nom;Prénom;NISS;Email;Langue;Service\n".as_bytes()].concat(),
                Ok(vec![line(1, &HEADER)]),
            ),
            case(
                "Windows-1252",
                b"Nom;Pr\xe9nom;NISS;Email;Langue;Service\nDupont;Jean;85073003328;jean@example.be;fr;Accueil\n"
                    .to_vec(),
                Ok(vec![line(1, &HEADER), line(2, &person("Dupont"))]),
            ),
            case(
                "flexible record lengths, trailing separators dropped",
                "a;b;c;d;e;f;g\nx;y;;;\nDupont;Jean;85073003328;jean@example.be;fr;Accueil;;\n",
                Ok(vec![
                    line(1, &["a", "b", "c", "d", "e", "f", "g"]),
                    line(2, &["x", "y"]),
                    line(3, &person("Dupont")),
                ]),
            ),
            case(
                "a quoted newline: the next number is its file line",
                "Nom;Adresse;c;d;e;f\nDupont;\"Rue 1\n1000 Bruxelles\";c;d;e;f\nPeeters;x;c;d;e;f\n",
                Ok(vec![
                    line(1, &["Nom", "Adresse", "c", "d", "e", "f"]),
                    line(2, &["Dupont", "Rue 1\n1000 Bruxelles", "c", "d", "e", "f"]),
                    line(4, &["Peeters", "x", "c", "d", "e", "f"]),
                ]),
            ),
            case(
                "three columns",
                "Nom,Prénom,NISS\nDupont,Jean,85073003328\n",
                Err(FileProblem::WrongColumns { found: 3 }),
            ),
            Case {
                name: "one line too many, blank lines not counted",
                bytes: "a;b;c;d;e;f\n\n\na;b;c;d;e;f\na;b;c;d;e;f\n".into(),
                limits: Limits {
                    max_lines: 2,
                    ..LIMITS
                },
                expected: Err(FileProblem::TooManyLines { max: 2 }),
            },
        ]);
    }

    #[test]
    fn kind_is_told_by_content() {
        let cases: [(&str, &[u8], Result<FileKind, FileProblem>); 4] = [
            ("zip", b"PK\x03\x04rest", Ok(FileKind::Xlsx)),
            (
                "text named .xlsx would still be CSV",
                b"a;b",
                Ok(FileKind::Csv),
            ),
            ("pdf", b"%PDF-1.4", Err(FileProblem::Pdf)),
            ("cfb", CFB_MAGIC, Err(FileProblem::PasswordProtected)),
        ];
        for (name, bytes, expected) in cases {
            assert_eq!(FileKind::of(bytes), expected, "case: {name}");
        }
    }
}
