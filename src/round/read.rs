//! Reading a returned workbook (calamine): cached cell values only, never a
//! formula evaluated or a link followed, within the validation limits.

use std::collections::HashMap;
use std::io::Cursor;

use calamine::{Data, DataRef, Reader, Xlsx};
use chrono::NaiveDate;

use super::error::{Result, RoundError};
use super::reports::REPORT_COLUMNS;
use super::write::{ACTION_COLUMNS, INDICATOR_COLUMNS, sheet_name};
use super::{FORMAT, KEY_SHEET, Problem, column_letters, status_by_name, status_from_code};
use crate::i18n::{Lang, Message};
use crate::model::{Id, PlanDate, Status};
use crate::validate::{MAX_ENTITIES, MAX_TEXT};

/// The largest returned workbook read, in bytes.
pub const MAX_FILE_BYTES: u64 = 20_000_000;
/// The most cells read from one sheet.
const MAX_CELLS: usize = 2_000_000;
/// The row of the hidden sheet where the entities start (0-based).
pub(crate) const KEY_ROWS_FROM: u32 = 10;

/// An owner's answer about one action.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionAnswer {
    /// The action.
    pub id: Id,
    /// Its status when the round went out.
    pub sent_status: Status,
    /// Its latest note when the round went out.
    pub sent_note: String,
    /// The status the owner picked, if any.
    pub status: Option<Status>,
    /// The note the owner typed, if any.
    pub note: Option<String>,
    /// How far, 0–100, if said.
    pub percent: Option<f64>,
}

/// An owner's answer about one indicator in one asked period.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorAnswer {
    /// The indicator.
    pub id: Id,
    /// The period asked.
    pub period: PlanDate,
    /// The actual when the round went out.
    pub sent: Option<f64>,
    /// The value in the returned cell.
    pub value: Option<f64>,
}

/// An owner's answer about the next occurrence of a recurring document.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportAnswer {
    /// The plan, report or programme.
    pub id: Id,
    /// The occurrence asked: its due date.
    pub occurrence: PlanDate,
    /// The occurrence's status when the round went out.
    pub sent_status: Status,
    /// The status the owner picked, if any.
    pub status: Option<Status>,
    /// The note the owner typed, if any.
    pub note: Option<String>,
}

/// A returned workbook as read: who answered what, and what was wrong in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    /// The file, as given.
    pub file: String,
    /// The strategy it was sent from.
    pub strategy: Id,
    /// The round's id.
    pub round: String,
    /// The round's name.
    pub round_name: String,
    /// The owner it was sent to.
    pub owner: Id,
    /// The day it went out.
    pub sent: Option<NaiveDate>,
    /// Every action asked, with what came back.
    pub actions: Vec<ActionAnswer>,
    /// Every indicator and period asked, with what came back.
    pub indicators: Vec<IndicatorAnswer>,
    /// Every recurring document's next occurrence asked, with what came back.
    pub reports: Vec<ReportAnswer>,
    /// What could not be taken, by place.
    pub problems: Vec<Problem>,
}

/// One cell as read: its cached value, and whether it holds a formula.
#[derive(Debug, Clone)]
pub(crate) struct Cell {
    pub(crate) value: Data,
    pub(crate) formula: bool,
    pub(crate) too_long: bool,
}

/// A sheet's cells by (row, column), 0-based.
pub(crate) type Grid = HashMap<(u32, u32), Cell>;

pub(crate) fn unreadable(file: &str, e: impl std::fmt::Display) -> RoundError {
    RoundError::Unreadable {
        file: file.to_owned(),
        detail: e.to_string(),
    }
}

/// The first worksheet whose `<dimension ref="A1:C9">` ends before it
/// starts: calamine subtracts the ends unchecked (a panic with overflow
/// checks on, a wrap without), so such a sheet is refused before calamine
/// reads it. Only the start of each sheet's XML is read, where the
/// dimension stands.
fn reversed_dimension(zip: &mut zip::ZipArchive<Cursor<&[u8]>>) -> Option<String> {
    use std::io::Read;
    let sheets: Vec<String> = zip
        .file_names()
        .filter_map(|n| n.ok().map(|n| n.into_owned()))
        .filter(|n| n.starts_with("xl/worksheets/") && n.ends_with(".xml"))
        .collect();
    for name in sheets {
        let mut head = Vec::with_capacity(8192);
        // What was read counts even when the entry then fails its checksum:
        // calamine reads such an entry too.
        if let Ok(f) = zip.by_name(&name) {
            let _ = f.take(8192).read_to_end(&mut head);
        }
        let text = String::from_utf8_lossy(&head);
        let Some(at) = text.find("<dimension") else {
            continue;
        };
        let rest = &text[at..];
        let Some(r) = rest.find("ref=\"").map(|i| &rest[i + 5..]) else {
            continue;
        };
        let value = r.split('"').next().unwrap_or_default();
        let ends: Vec<Option<(u32, u32)>> = value.split(':').map(cell_position).collect();
        if let [Some(a), Some(b)] = ends[..]
            && (b.0 < a.0 || b.1 < a.1)
        {
            return Some(name);
        }
    }
    None
}

/// `C9` as (row, column), both from 1; `None` when it is not a cell reference.
fn cell_position(cell: &str) -> Option<(u32, u32)> {
    let letters: String = cell
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect();
    let digits = &cell[letters.len()..];
    if letters.is_empty() || digits.is_empty() || letters.len() > 3 {
        return None;
    }
    let col = letters.chars().fold(0u32, |n, c| {
        n * 26 + (c.to_ascii_uppercase() as u32 - 'A' as u32 + 1)
    });
    Some((digits.parse().ok()?, col))
}

/// Refuses what is not a workbook, or would unpack to too much.
pub(crate) fn check_container(file: &str, bytes: &[u8]) -> Result<()> {
    use crate::zipped::{Refused, open};
    let file = file.to_owned();
    match open(bytes, MAX_FILE_BYTES) {
        Ok(mut zip) => match reversed_dimension(&mut zip) {
            Some(sheet) => Err(RoundError::Unreadable {
                file,
                detail: format!("{sheet}: <dimension> ends before it starts"),
            }),
            None => Ok(()),
        },
        Err(Refused::TooLarge { max }) => Err(RoundError::TooLarge { file, max }),
        Err(Refused::NotZip) => Err(RoundError::NotWorkbook { file }),
        Err(Refused::Unreadable(detail)) => Err(RoundError::Unreadable { file, detail }),
    }
}

pub(crate) fn read_grid(
    wb: &mut Xlsx<Cursor<&[u8]>>,
    file: &str,
    sheet: &str,
    problems: &mut Vec<Problem>,
) -> Result<Grid> {
    let mut reader = wb
        .worksheet_cells_reader(sheet)
        .map_err(|e| unreadable(file, e))?;
    let mut grid = Grid::new();
    while let Some(c) = reader
        .next_cell_with_formula()
        .map_err(|e| unreadable(file, e))?
    {
        let (row, col) = c.pos;
        if row as usize > MAX_ENTITIES + 1 || grid.len() >= MAX_CELLS {
            problems.push(Problem {
                file: file.to_owned(),
                sheet: sheet.to_owned(),
                row: Some(row + 1),
                column: None,
                message: Message::new("round-problem-too-many-rows")
                    .num("max", MAX_ENTITIES as f64),
            });
            break;
        }
        let long = |s: &str| s.len() > MAX_TEXT * 4 || s.chars().count() > MAX_TEXT;
        let (value, too_long) = match c.value {
            DataRef::SharedString(s) if long(s) => (Data::Empty, true),
            DataRef::String(ref s) if long(s) => (Data::Empty, true),
            v => (Data::from(v), false),
        };
        let formula = c.formula.is_some_and(|f| !f.is_empty());
        if value == Data::Empty && !formula && !too_long {
            continue;
        }
        grid.insert(
            (row, col),
            Cell {
                value,
                formula,
                too_long,
            },
        );
    }
    Ok(grid)
}

pub(crate) fn text_of(grid: &Grid, row: u32, col: u32) -> String {
    match grid.get(&(row, col)).map(|c| &c.value) {
        Some(Data::String(s)) => s.clone(),
        Some(Data::Int(i)) => i.to_string(),
        Some(Data::Float(f)) => f.to_string(),
        Some(Data::Bool(b)) => b.to_string(),
        Some(Data::DateTimeIso(s)) => s.clone(),
        _ => String::new(),
    }
}

/// Reads a returned workbook. File-level failures (not a workbook, another
/// format, no round in it) are errors; everything about single sheets, rows
/// and cells is a [`Problem`] in the answer, and the rest is read.
pub fn read_answer(file: &str, bytes: &[u8]) -> Result<Answer> {
    check_container(file, bytes)?;
    let mut wb: Xlsx<Cursor<&[u8]>> =
        Xlsx::new(Cursor::new(bytes)).map_err(|e| unreadable(file, e))?;
    let names = wb.sheet_names();
    if !names.iter().any(|n| n == KEY_SHEET) {
        return Err(RoundError::NotRound {
            file: file.to_owned(),
        });
    }
    let mut problems = vec![];
    let key = read_grid(&mut wb, file, KEY_SHEET, &mut problems)?;
    let head: HashMap<String, String> = (0..KEY_ROWS_FROM)
        .map(|r| (text_of(&key, r, 0), text_of(&key, r, 1)))
        .collect();
    let field = |k: &str| head.get(k).cloned().unwrap_or_default();
    if field("format") != FORMAT {
        return Err(RoundError::NotRound {
            file: file.to_owned(),
        });
    }
    let lang = Lang::parse(&field("lang")).unwrap_or_default();
    let mut answer = Answer {
        file: file.to_owned(),
        strategy: Id(field("strategy")),
        round: field("round"),
        round_name: field("name"),
        owner: Id(field("owner")),
        sent: NaiveDate::parse_from_str(&field("sent"), "%Y-%m-%d").ok(),
        actions: vec![],
        indicators: vec![],
        reports: vec![],
        problems: vec![],
    };
    let mut r = KEY_ROWS_FROM;
    while key.keys().any(|(row, _)| *row >= r) {
        let id = Id(text_of(&key, r, 1));
        match text_of(&key, r, 0).as_str() {
            "action" => answer.actions.push(ActionAnswer {
                id,
                sent_status: status_from_code(&text_of(&key, r, 2)).unwrap_or_default(),
                sent_note: text_of(&key, r, 3),
                status: None,
                note: None,
                percent: None,
            }),
            "indicator" => {
                if let Ok(period) = PlanDate::parse(&text_of(&key, r, 2)) {
                    answer.indicators.push(IndicatorAnswer {
                        id,
                        period,
                        sent: serde_json::from_str(&text_of(&key, r, 3)).ok(),
                        value: None,
                    });
                }
            }
            "report" => {
                if let Ok(occurrence) = PlanDate::parse(&text_of(&key, r, 2)) {
                    answer.reports.push(ReportAnswer {
                        id,
                        occurrence,
                        sent_status: status_from_code(&text_of(&key, r, 3)).unwrap_or_default(),
                        status: None,
                        note: None,
                    });
                }
            }
            _ => {}
        }
        r += 1;
    }

    let mut sheets = Sheets {
        wb: &mut wb,
        names: &names,
        file,
        lang,
        problems: &mut problems,
    };
    if !answer.actions.is_empty()
        && let Some((name, grid)) = sheets.find("round-sheet-actions", "round-col-status-new")?
    {
        read_actions(&mut answer, &name, &grid, lang, sheets.problems);
    }
    if !answer.indicators.is_empty()
        && let Some((name, grid)) = sheets.find("round-sheet-indicators", "round-col-indicator")?
    {
        read_indicators(&mut answer, &name, &grid, sheets.problems);
    }
    if !answer.reports.is_empty()
        && let Some((name, grid)) = sheets.find("round-sheet-reports", "round-col-occurrence")?
    {
        read_reports(&mut answer, &name, &grid, lang, sheets.problems);
    }
    answer.problems = problems;
    Ok(answer)
}

struct Sheets<'a, 'b> {
    wb: &'a mut Xlsx<Cursor<&'b [u8]>>,
    names: &'a [String],
    file: &'a str,
    lang: Lang,
    problems: &'a mut Vec<Problem>,
}

impl Sheets<'_, '_> {
    /// The sheet by its name, else (renamed) the one whose header has the
    /// column `marker`; a missing sheet is a problem.
    fn find(
        &mut self,
        sheet: &'static str,
        marker: &'static str,
    ) -> Result<Option<(String, Grid)>> {
        let wanted = sheet_name(self.lang, sheet);
        if self.names.iter().any(|n| n == &wanted) {
            let grid = read_grid(self.wb, self.file, &wanted, self.problems)?;
            return Ok(Some((wanted, grid)));
        }
        let header = self.lang.text(marker);
        for name in self.names.iter().filter(|n| n.as_str() != KEY_SHEET) {
            let grid = read_grid(self.wb, self.file, name, self.problems)?;
            if (0..40).any(|c| text_of(&grid, 0, c) == header) {
                return Ok(Some((name.clone(), grid)));
            }
        }
        self.problems.push(Problem {
            file: self.file.to_owned(),
            sheet: wanted,
            row: None,
            column: None,
            message: Message::new("round-problem-sheet-missing"),
        });
        Ok(None)
    }
}

/// Where each expected column is: by its header, else where it was written.
fn columns(grid: &Grid, lang: Lang, headers: &[String]) -> Vec<u32> {
    let found: HashMap<String, u32> = (0..200)
        .map(|c| (text_of(grid, 0, c).trim().to_owned(), c))
        .filter(|(t, _)| !t.is_empty())
        .collect();
    let _ = lang;
    headers
        .iter()
        .enumerate()
        .map(|(k, h)| found.get(h.trim()).copied().unwrap_or(k as u32))
        .collect()
}

/// The rows of a sheet by the id in their id column; the first row wins.
fn rows_by_id(grid: &Grid, id_col: u32) -> HashMap<String, u32> {
    let mut rows: Vec<(u32, String)> = grid
        .iter()
        .filter(|((r, c), _)| *r > 0 && *c == id_col)
        .map(|((r, _), _)| (*r, text_of(grid, *r, id_col)))
        .collect();
    rows.sort();
    let mut out = HashMap::new();
    for (r, id) in rows {
        out.entry(id).or_insert(r);
    }
    out
}

struct Place<'a> {
    file: &'a str,
    sheet: &'a str,
}

impl Place<'_> {
    fn problem(&self, row: u32, col: u32, message: Message) -> Problem {
        Problem {
            file: self.file.to_owned(),
            sheet: self.sheet.to_owned(),
            row: Some(row + 1),
            column: Some(column_letters(col)),
            message,
        }
    }

    /// A cell's value, or why it cannot be taken.
    fn cell<'g>(
        &self,
        grid: &'g Grid,
        row: u32,
        col: u32,
        problems: &mut Vec<Problem>,
    ) -> Option<&'g Data> {
        let c = grid.get(&(row, col))?;
        if c.too_long {
            problems.push(self.problem(
                row,
                col,
                Message::new("round-problem-too-long").num("max", MAX_TEXT as f64),
            ));
            return None;
        }
        if c.formula {
            problems.push(self.problem(row, col, Message::new("round-problem-formula")));
            return None;
        }
        match &c.value {
            Data::Empty => None,
            Data::String(s) if s.trim().is_empty() => None,
            v => Some(v),
        }
    }
}

/// A number as typed: a number cell, or text such as `12,5` or `1 200`.
fn number(v: &Data) -> Option<f64> {
    match v {
        Data::Int(i) => Some(*i as f64),
        Data::Float(f) if f.is_finite() => Some(*f),
        Data::String(s) => {
            let t: String = s
                .trim()
                .chars()
                .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
                .collect();
            t.replace(',', ".")
                .parse::<f64>()
                .ok()
                .filter(|f| f.is_finite())
        }
        _ => None,
    }
}

fn read_actions(
    answer: &mut Answer,
    sheet: &str,
    grid: &Grid,
    lang: Lang,
    problems: &mut Vec<Problem>,
) {
    let headers: Vec<String> = ACTION_COLUMNS.iter().map(|id| lang.text(id)).collect();
    let cols = columns(grid, lang, &headers);
    let (id_col, status_col, note_col, pct_col) = (cols[0], cols[7], cols[8], cols[9]);
    let rows = rows_by_id(grid, id_col);
    let place = Place {
        file: &answer.file,
        sheet,
    };
    let asked: std::collections::HashSet<&str> =
        answer.actions.iter().map(|a| a.id.as_str()).collect();
    let mut unknown: Vec<(u32, String)> = rows
        .iter()
        .filter(|(id, _)| !asked.contains(id.as_str()))
        .map(|(id, r)| (*r, id.clone()))
        .collect();
    unknown.sort();
    for (r, id) in unknown {
        problems.push(place.problem(
            r,
            id_col,
            Message::new("round-problem-unknown-row").arg("id", id),
        ));
    }
    for a in &mut answer.actions {
        let Some(&r) = rows.get(a.id.as_str()) else {
            problems.push(Problem {
                file: place.file.to_owned(),
                sheet: sheet.to_owned(),
                row: None,
                column: None,
                message: Message::new("round-problem-row-missing").arg("id", &a.id),
            });
            continue;
        };
        a.status = picked_status(&place, grid, r, status_col, problems);
        a.note = typed_note(&place, grid, r, note_col, problems);
        if let Some(v) = place.cell(grid, r, pct_col, problems) {
            match number(v).filter(|p| (0.0..=100.0).contains(p)) {
                Some(p) => a.percent = Some(p),
                None => {
                    problems.push(place.problem(r, pct_col, Message::new("round-problem-percent")))
                }
            }
        }
    }
}

/// The status picked in a cell, or the problem it is.
fn picked_status(
    place: &Place,
    grid: &Grid,
    r: u32,
    col: u32,
    problems: &mut Vec<Problem>,
) -> Option<Status> {
    let v = place.cell(grid, r, col, problems)?;
    let text = match v {
        Data::String(s) => s.clone(),
        other => other.to_string(),
    };
    let status = status_by_name(&text);
    if status.is_none() {
        problems.push(
            place.problem(
                r,
                col,
                Message::new("round-problem-bad-status")
                    .arg("value", text.chars().take(60).collect::<String>()),
            ),
        );
    }
    status
}

/// A note typed in a cell, if any.
fn typed_note(
    place: &Place,
    grid: &Grid,
    r: u32,
    col: u32,
    problems: &mut Vec<Problem>,
) -> Option<String> {
    place.cell(grid, r, col, problems).map(|v| match v {
        Data::String(s) => s.trim().to_owned(),
        other => other.to_string(),
    })
}

fn read_reports(
    answer: &mut Answer,
    sheet: &str,
    grid: &Grid,
    lang: Lang,
    problems: &mut Vec<Problem>,
) {
    let headers: Vec<String> = REPORT_COLUMNS.iter().map(|id| lang.text(id)).collect();
    let cols = columns(grid, lang, &headers);
    let (id_col, status_col, note_col) = (cols[0], cols[4], cols[5]);
    let rows = rows_by_id(grid, id_col);
    let place = Place {
        file: &answer.file,
        sheet,
    };
    let asked: std::collections::HashSet<&str> =
        answer.reports.iter().map(|a| a.id.as_str()).collect();
    let mut unknown: Vec<(u32, String)> = rows
        .iter()
        .filter(|(id, _)| !asked.contains(id.as_str()))
        .map(|(id, r)| (*r, id.clone()))
        .collect();
    unknown.sort();
    for (r, id) in unknown {
        problems.push(place.problem(
            r,
            id_col,
            Message::new("round-problem-unknown-row").arg("id", id),
        ));
    }
    for a in &mut answer.reports {
        let Some(&r) = rows.get(a.id.as_str()) else {
            problems.push(Problem {
                file: place.file.to_owned(),
                sheet: sheet.to_owned(),
                row: None,
                column: None,
                message: Message::new("round-problem-row-missing").arg("id", &a.id),
            });
            continue;
        };
        a.status = picked_status(&place, grid, r, status_col, problems);
        a.note = typed_note(&place, grid, r, note_col, problems);
    }
}

fn read_indicators(answer: &mut Answer, sheet: &str, grid: &Grid, problems: &mut Vec<Problem>) {
    // Period columns are found by their header (the period as Finns write it).
    let header: HashMap<String, u32> = (0..400)
        .map(|c| (text_of(grid, 0, c).trim().to_owned(), c))
        .filter(|(t, _)| !t.is_empty())
        .collect();
    let id_col = 0;
    let _ = INDICATOR_COLUMNS;
    let rows = rows_by_id(grid, id_col);
    let place = Place {
        file: &answer.file,
        sheet,
    };
    let mut missing: Vec<String> = vec![];
    for i in &mut answer.indicators {
        let Some(&r) = rows.get(i.id.as_str()) else {
            if !missing.contains(&i.id.0) {
                missing.push(i.id.0.clone());
                problems.push(Problem {
                    file: place.file.to_owned(),
                    sheet: sheet.to_owned(),
                    row: None,
                    column: None,
                    message: Message::new("round-problem-row-missing").arg("id", &i.id),
                });
            }
            continue;
        };
        let Some(&c) = header.get(&i.period.to_finnish()) else {
            continue;
        };
        if let Some(v) = place.cell(grid, r, c, problems) {
            match number(v) {
                Some(n) => i.value = Some(n),
                None => problems.push(
                    place.problem(
                        r,
                        c,
                        Message::new("round-problem-not-number")
                            .arg("value", v.to_string().chars().take(60).collect::<String>()),
                    ),
                ),
            }
        }
    }
}

/// Reads the returned workbook at `path`, named in messages as `shown`:
/// a file over [`MAX_FILE_BYTES`] is refused before it is read.
pub fn read_answer_file(path: &std::path::Path, shown: &str) -> crate::Result<Answer> {
    let meta = std::fs::metadata(path).map_err(|e| crate::Error::io(path, e))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(RoundError::TooLarge {
            file: shown.to_owned(),
            max: MAX_FILE_BYTES,
        }
        .into());
    }
    let bytes = std::fs::read(path).map_err(|e| crate::Error::io(path, e))?;
    Ok(read_answer(shown, &bytes)?)
}
