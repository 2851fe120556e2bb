//! Where an action list is: the first sheet of a workbook (or the CSV text)
//! whose top rows hold a header with an action column, read within the
//! returned workbook's limits; and the dates of its cells.

use std::collections::HashMap;
use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};

use super::error::{Result, RoundError};
use super::list::ListColumn;
use super::list_words::{ListField, field_of};
use super::read::{Cell, Grid, MAX_FILE_BYTES, check_container, read_grid, text_of, unreadable};
use super::{Problem, column_letters};
use crate::i18n::Message;
use crate::model::PlanDate;
use crate::validate::{MAX_ENTITIES, MAX_TEXT};

/// The rows a header is looked for in, from the top.
const HEADER_ROWS: u32 = 10;
/// The columns a header is looked for in.
const HEADER_COLUMNS: u32 = 200;
/// The sheets looked through for a list.
const MAX_SHEETS: usize = 50;

/// The first sheet of the workbook that has a list, with its cells.
pub(super) fn xlsx_grid(file: &str, bytes: &[u8]) -> Result<(String, Grid, Vec<Problem>)> {
    check_container(file, bytes)?;
    let mut wb: Xlsx<Cursor<&[u8]>> =
        Xlsx::new(Cursor::new(bytes)).map_err(|e| unreadable(file, e))?;
    let names = wb.sheet_names();
    for name in names.iter().take(MAX_SHEETS) {
        let mut problems = vec![];
        let grid = read_grid(&mut wb, file, name, &mut problems)?;
        if find_header(&grid).is_some() {
            return Ok((name.clone(), grid, problems));
        }
    }
    Err(RoundError::NoList {
        file: file.to_owned(),
    })
}

/// A CSV text as one sheet named after the file: `;` or `,` (whichever the
/// first line has more of), UTF-8, or else read byte for byte as Latin-1 (the
/// letters of the Windows-1252 an older Excel saves).
pub(super) fn csv_grid(file: &str, bytes: &[u8]) -> Result<(String, Grid, Vec<Problem>)> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(RoundError::TooLarge {
            file: file.to_owned(),
            max: MAX_FILE_BYTES,
        });
    }
    let text: String = match std::str::from_utf8(bytes) {
        Ok(t) => t.trim_start_matches('\u{feff}').to_owned(),
        Err(_) => bytes.iter().map(|&b| char::from(b)).collect(),
    };
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.matches(';').count() >= first.matches(',').count() {
        b';'
    } else {
        b','
    };
    let sheet = std::path::Path::new(file)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut grid = Grid::new();
    let mut problems = vec![];
    for (r, record) in reader.records().enumerate() {
        let record = record.map_err(|e| unreadable(file, e))?;
        if r > MAX_ENTITIES + 1 {
            problems.push(Problem {
                file: file.to_owned(),
                sheet: sheet.clone(),
                row: Some(r as u32 + 1),
                column: None,
                message: Message::new("round-problem-too-many-rows")
                    .num("max", MAX_ENTITIES as f64),
            });
            break;
        }
        for (c, field) in record.iter().enumerate().take(HEADER_COLUMNS as usize) {
            if field.trim().is_empty() {
                continue;
            }
            let too_long = field.chars().count() > MAX_TEXT;
            let value = if too_long {
                Data::Empty
            } else {
                Data::String(field.to_owned())
            };
            grid.insert(
                (r as u32, c as u32),
                Cell {
                    value,
                    formula: false,
                    too_long,
                },
            );
        }
    }
    Ok((sheet, grid, problems))
}

/// The header row found: its row and each field's column.
pub(super) struct Header {
    pub(super) row: u32,
    pub(super) fields: HashMap<ListField, u32>,
    pub(super) columns: Vec<ListColumn>,
}

/// The first of the top rows with an action column and one more field.
pub(super) fn find_header(grid: &Grid) -> Option<Header> {
    let last = grid.keys().map(|(_, c)| *c).max().unwrap_or(0);
    for row in 0..HEADER_ROWS {
        let mut fields = HashMap::new();
        let mut columns = vec![];
        for c in 0..=last.min(HEADER_COLUMNS) {
            let header = text_of(grid, row, c);
            if header.trim().is_empty() {
                continue;
            }
            let field = field_of(&header).filter(|f| !fields.contains_key(f));
            if let Some(f) = field {
                fields.insert(f, c);
            }
            columns.push(ListColumn {
                column: column_letters(c),
                header: header.trim().to_owned(),
                field,
            });
        }
        if fields.contains_key(&ListField::Action) && fields.len() >= 2 {
            return Some(Header {
                row,
                fields,
                columns,
            });
        }
    }
    None
}

/// A date cell's period: a real date (its day), a year number, text as
/// Finns write dates, or a range of two of those.
pub(super) fn date_range(v: &Data) -> Option<(PlanDate, PlanDate)> {
    let one = |d: PlanDate| Some((d, d));
    match v {
        Data::DateTime(dt) => {
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            PlanDate::day(i32::from(y), u32::from(m), u32::from(d))
                .ok()
                .and_then(one)
        }
        Data::DateTimeIso(s) => PlanDate::parse(s.get(..10).unwrap_or(s)).ok().and_then(one),
        Data::Int(y) => i32::try_from(*y)
            .ok()
            .and_then(|y| PlanDate::year(y).ok())
            .and_then(one),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e6 => {
            PlanDate::year(*f as i32).ok().and_then(one)
        }
        Data::String(s) => {
            let t = s.trim();
            if let Ok(d) = PlanDate::parse(t) {
                return one(d);
            }
            let (a, b) = t
                .split_once(['–', '—'])
                .or_else(|| t.split_once(" - "))
                .or_else(|| {
                    t.split_once('-')
                        .filter(|(a, b)| a.len() == 4 && b.len() == 4)
                })?;
            let (a, b) = (PlanDate::parse(a).ok()?, PlanDate::parse(b).ok()?);
            (a.first_day() <= b.last_day()).then_some((a, b))
        }
        _ => None,
    }
}
