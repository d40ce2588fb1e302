//! The rows of [`COLUMNS`] written as CSV, JSON and XLSX. Each writer takes
//! the figures one at a time from an iterator over the model and writes
//! each row as it comes, so no list of rows is ever built beside the
//! model's own figures.
//!
//! Text is written as it is in all three: the CSV and JSON are for
//! programs, which must get the author's text back unchanged (a note
//! `=1+1` or `+62…` stays that), and the XLSX, the file for spreadsheets,
//! writes every text cell as a string, which a spreadsheet never runs as a
//! formula. So no cell gets the leading `'` the charts' CSVs use.

use std::io::{self, Write};

use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatAlign, Workbook, Worksheet, XlsxError,
};
use serde::ser::{SerializeMap, Serializer};

use super::columns::{Cell, Row, COLUMNS};
use crate::model::{FigureId, PartialDate, Precision};

/// A number as the CSV and JSON write it: plain digits with a dot, no
/// exponent, and no `.0` on a whole number (`15769`, `3.1`).
fn number_text(value: f64) -> String {
    value.to_string()
}

/// Writes the rows of `figures` as CSV (RFC 4180: a header, commas, CRLF,
/// UTF-8) into `out`.
pub fn write_csv<'a>(
    rows: impl Iterator<Item = Row<'a>>,
    out: &mut dyn Write,
) -> Result<(), csv::Error> {
    let mut writer = csv::WriterBuilder::new()
        .quote_style(csv::QuoteStyle::NonNumeric)
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    writer.write_record(COLUMNS.iter().map(|c| c.name))?;
    let mut record: Vec<String> = Vec::with_capacity(COLUMNS.len());
    for row in rows {
        record.clear();
        record.extend(row.cells().map(|cell| match cell {
            Cell::Empty => String::new(),
            Cell::Text(text) => text.into_owned(),
            Cell::Number(v) => number_text(v),
            Cell::Integer(n) => n.to_string(),
            Cell::Boolean(b) => b.to_string(),
            Cell::Date(d) => d.to_string(),
        }));
        writer.write_record(&record)?;
    }
    writer.flush()?;
    Ok(())
}

/// One row as a JSON object, keyed by column name.
struct JsonRow<'r, 'a>(&'r Row<'a>);

impl serde::Serialize for JsonRow<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(COLUMNS.len()))?;
        for (column, cell) in COLUMNS.iter().zip(self.0.cells()) {
            match cell {
                Cell::Empty => map.serialize_entry(column.name, &())?,
                Cell::Text(text) => map.serialize_entry(column.name, text.as_ref())?,
                Cell::Number(v) => match whole(v) {
                    Some(n) => map.serialize_entry(column.name, &n)?,
                    None => map.serialize_entry(column.name, &v)?,
                },
                Cell::Integer(n) => map.serialize_entry(column.name, &n)?,
                Cell::Boolean(b) => map.serialize_entry(column.name, &b)?,
                Cell::Date(d) => map.serialize_entry(column.name, &d.to_string())?,
            }
        }
        map.end()
    }
}

/// `v` as a whole number when it is one that JSON readers keep exactly
/// (below 2^53), so `15769` is not written `15769.0`.
fn whole(v: f64) -> Option<i64> {
    const EXACT: f64 = 9_007_199_254_740_992.0;
    (v.fract() == 0.0 && v.abs() < EXACT).then_some(v as i64)
}

/// Writes the rows as a JSON array of objects, one line each, keyed by
/// column name, `null` for an empty cell.
pub fn write_json<'a>(
    rows: impl Iterator<Item = Row<'a>>,
    out: &mut dyn Write,
) -> Result<(), serde_json::Error> {
    let mut out = io::BufWriter::new(out);
    let mut first = true;
    out.write_all(b"[").map_err(serde_json::Error::io)?;
    for row in rows {
        out.write_all(if first { b"\n" } else { b",\n" })
            .map_err(serde_json::Error::io)?;
        first = false;
        serde_json::to_writer(&mut out, &JsonRow(&row))?;
    }
    out.write_all(b"\n]\n").map_err(serde_json::Error::io)?;
    out.flush().map_err(serde_json::Error::io)
}

/// The most characters Excel keeps in one cell.
const XLSX_CELL_CHARS: usize = 32_767;

/// Rows of one worksheet: Excel's limit less the header; past it the rows
/// go on in a second sheet (`angka 2`), and so on.
const XLSX_SHEET_ROWS: u32 = 1_048_575;

/// The creation date written into the XLSX. A build's own time would make
/// two builds of the same content differ; this fixed date keeps them
/// byte-identical (the zip entries carry a fixed time too).
const XLSX_CREATED: (u16, u8, u8) = (1980, 1, 1);

/// `text` cut to what one Excel cell holds, with `…` where it was cut.
fn xlsx_text(text: &str) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(XLSX_CELL_CHARS - 1) {
        Some((at, _)) => format!("{}…", &text[..at]).into(),
        None => text.into(),
    }
}

/// A whole date as Excel's date; `None` for a year or a month, which stay
/// text (`2019`, `2019-07`): no Excel date says "some day in July".
fn excel_date(date: PartialDate) -> Option<ExcelDateTime> {
    if date.precision() != Precision::Day {
        return None;
    }
    let year = u16::try_from(date.year_number()).ok()?;
    ExcelDateTime::from_ymd(year, date.month_number()?, date.day_number()?).ok()
}

/// Writes the rows as an XLSX workbook: a sheet `angka` with the header
/// frozen, numbers as numbers, whole dates as dates (`yyyy-mm-dd`) and
/// every text as a string, never a formula; and a sheet `kolom` that
/// describes the columns. Sheets are written in rust_xlsxwriter's constant
/// memory mode: each row goes to a temporary file once written, so memory
/// does not grow with the rows.
pub fn write_xlsx<'a>(
    title: &str,
    license: &str,
    rows: impl Iterator<Item = Row<'a>>,
    out: &mut dyn Write,
) -> Result<(), XlsxError> {
    let mut workbook = Workbook::new();
    let (y, m, d) = XLSX_CREATED;
    workbook.set_properties(
        &DocProperties::new()
            .set_title(title)
            .set_creation_datetime(&ExcelDateTime::from_ymd(y, m, d)?),
    );
    let header = Format::new().set_bold().set_align(FormatAlign::Top);
    let date_format = Format::new().set_num_format("yyyy-mm-dd");

    let mut sheets = 0;
    let mut rows = rows.peekable();
    loop {
        sheets += 1;
        let sheet = workbook.add_worksheet_with_constant_memory()?;
        sheet.set_name(if sheets == 1 {
            "angka".to_string()
        } else {
            format!("angka {sheets}")
        })?;
        write_header(sheet, &header)?;
        let mut row_number = 0;
        while row_number < XLSX_SHEET_ROWS {
            let Some(row) = rows.next() else { break };
            row_number += 1;
            write_row(sheet, row_number, &row, &date_format)?;
        }
        if row_number > 0 {
            sheet.autofilter(0, 0, row_number, (COLUMNS.len() - 1) as u16)?;
        }
        if rows.peek().is_none() {
            break;
        }
    }

    let about = workbook.add_worksheet_with_constant_memory()?;
    about.set_name("kolom")?;
    about.write_string_with_format(0, 0, "kolom", &header)?;
    about.write_string_with_format(0, 1, "jenis", &header)?;
    about.write_string_with_format(0, 2, "keterangan", &header)?;
    about.set_freeze_panes(1, 0)?;
    about.set_column_width(0, 24)?;
    about.set_column_width(2, 100)?;
    let mut at = 0;
    for column in COLUMNS {
        at += 1;
        about.write_string(at, 0, column.name)?;
        about.write_string(at, 1, column.kind.frictionless())?;
        about.write_string(at, 2, column.description)?;
    }
    about.write_string(at + 2, 0, "lisensi")?;
    about.write_string(at + 2, 2, license)?;

    let bytes = workbook.save_to_buffer()?;
    out.write_all(&bytes)?;
    Ok(())
}

fn write_header(sheet: &mut Worksheet, header: &Format) -> Result<(), XlsxError> {
    for (col, column) in COLUMNS.iter().enumerate() {
        let col = col as u16;
        sheet.write_string_with_format(0, col, column.name, header)?;
        let width = match column.kind {
            super::columns::Kind::Text | super::columns::Kind::Url => 24.0,
            _ => 12.0,
        };
        sheet.set_column_width(col, width)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

fn write_row(
    sheet: &mut Worksheet,
    at: u32,
    row: &Row,
    date_format: &Format,
) -> Result<(), XlsxError> {
    for (col, cell) in row.cells().enumerate() {
        let col = col as u16;
        match cell {
            Cell::Empty => {}
            // write_string: a text is a string cell whatever it starts
            // with, never a formula.
            Cell::Text(text) => {
                sheet.write_string(at, col, xlsx_text(&text))?;
            }
            Cell::Number(v) => {
                sheet.write_number(at, col, v)?;
            }
            Cell::Integer(n) => {
                sheet.write_number(at, col, n as f64)?;
            }
            Cell::Boolean(b) => {
                sheet.write_boolean(at, col, b)?;
            }
            Cell::Date(date) => match excel_date(date) {
                Some(day) => {
                    sheet.write_datetime_with_format(at, col, &day, date_format)?;
                }
                None => {
                    sheet.write_string(at, col, date.to_string())?;
                }
            },
        }
    }
    Ok(())
}

/// The rows of `figures`, in their order.
pub fn rows_of<'a>(
    site: &'a crate::model::Site,
    urls: &'a super::super::urls::Urls,
    figures: impl Iterator<Item = FigureId> + 'a,
) -> impl Iterator<Item = Row<'a>> + 'a {
    figures.map(move |id| Row::of(site, urls, id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_plain_and_whole_numbers_without_a_fraction() {
        assert_eq!(number_text(15769.0), "15769");
        assert_eq!(number_text(3.1), "3.1");
        assert_eq!(number_text(999_999_999_999_998.0), "999999999999998");
        assert_eq!(whole(15769.0), Some(15769));
        assert_eq!(whole(3.5), None);
    }

    #[test]
    fn a_text_too_long_for_a_cell_is_cut_with_an_ellipsis() {
        let long = "é".repeat(XLSX_CELL_CHARS + 5);
        let cut = xlsx_text(&long);
        assert_eq!(cut.chars().count(), XLSX_CELL_CHARS);
        assert!(cut.ends_with('…'));
        assert_eq!(xlsx_text("=1+1"), "=1+1");
    }

    #[test]
    fn only_a_whole_date_becomes_an_excel_date() {
        assert!(excel_date(PartialDate::parse("2019-07-18").unwrap()).is_some());
        assert!(excel_date(PartialDate::parse("2019-07").unwrap()).is_none());
        assert!(excel_date(PartialDate::parse("2019").unwrap()).is_none());
    }
}
