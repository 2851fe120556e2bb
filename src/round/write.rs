//! Writing the round's workbooks and the whole plan (rust_xlsxwriter).

use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, DataValidationRule, ExcelDateTime, Format,
    ProtectionOptions, Workbook, Worksheet,
};

use super::error::Result;
use super::reports::{Occurrence, next_occurrences, report_sheet};
use super::{FORMAT, KEY_SHEET, RoundSpec, status_code};
use crate::i18n::{Lang, Message};
use crate::model::{Action, Id, Indicator, Owner, PlanDate, Status, Strategy};
use crate::validate::MAX_NAME;

/// One owner's workbook of a round.
#[derive(Debug, Clone, PartialEq)]
pub struct Sent {
    /// The owner asked.
    pub owner: Id,
    /// A file name made of the owner's name: `Sivistysjohtaja.xlsx`.
    pub file_name: String,
    /// The workbook.
    pub bytes: Vec<u8>,
    /// How many actions it asks about.
    pub actions: usize,
    /// How many indicators it asks about.
    pub indicators: usize,
    /// The actions it asks about.
    pub action_ids: Vec<Id>,
    /// The indicators it asks about.
    pub indicator_ids: Vec<Id>,
    /// The recurring documents whose next occurrence it asks about.
    pub report_ids: Vec<Id>,
}

/// The columns of the actions sheet, in order; the first holds the id.
pub(crate) const ACTION_COLUMNS: [&str; 10] = [
    "round-col-id",
    "round-col-path",
    "round-col-action",
    "round-col-start",
    "round-col-due",
    "round-col-status-now",
    "round-col-note-now",
    "round-col-status-new",
    "round-col-note-new",
    "round-col-percent",
];
/// The columns of the indicators sheet before one input column per period.
pub(crate) const INDICATOR_COLUMNS: [&str; 6] = [
    "round-col-id",
    "round-col-indicator",
    "round-col-unit",
    "round-col-baseline",
    "round-col-target",
    "round-col-actuals",
];

/// Theme › goal of an action.
pub fn path_of(s: &Strategy, a: &Action) -> String {
    let theme = s.theme(&a.theme);
    let mut path = theme.map(|t| t.name.clone()).unwrap_or_default();
    if let (Some(t), Some(g)) = (theme, &a.goal)
        && let Some(goal) = t.goals.iter().find(|x| &x.id == g)
    {
        path.push_str(" › ");
        path.push_str(&goal.name);
    }
    path
}

/// The latest note of an action's status history.
pub(crate) fn latest_note(a: &Action) -> &str {
    a.status_history
        .last()
        .map(|c| c.note.as_str())
        .unwrap_or("")
}

/// What a round can ask `owner` about: how many actions, indicators and
/// recurring plans, reports or programmes they own. An owner of none is not
/// asked unless named.
pub fn owned(s: &Strategy, owner: &Id) -> (usize, usize, usize) {
    (
        s.actions
            .iter()
            .filter(|a| a.owners.contains(owner))
            .count(),
        s.indicators
            .iter()
            .filter(|i| i.owners.contains(owner))
            .count(),
        s.documents
            .iter()
            .filter(|d| crate::schedule::recurs(d.cadence) && d.owners.contains(owner))
            .count(),
    )
}

fn owners_asked<'a>(s: &'a Strategy, spec: &RoundSpec) -> Vec<&'a Owner> {
    s.owners
        .iter()
        .filter(|o| {
            if spec.owners.is_empty() {
                owned(s, &o.id) != (0, 0, 0)
            } else {
                spec.owners.contains(&o.id)
            }
        })
        .collect()
}

/// A file name safe on every system, made of the owner's name.
fn file_name(owner: &Owner, taken: &mut Vec<String>) -> String {
    let mut base: String = owner
        .name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .take(80)
        .collect();
    base = base.trim_matches(|c: char| c == '.' || c == ' ').to_owned();
    if base.is_empty() {
        base = owner.id.to_string();
    }
    let mut name = format!("{base}.xlsx");
    let mut n = 2;
    while taken.iter().any(|t| t.eq_ignore_ascii_case(&name)) {
        name = format!("{base} ({n}).xlsx");
        n += 1;
    }
    taken.push(name.clone());
    name
}

/// One workbook per owner asked, in the strategy's owner order.
pub fn send(strategy: &Strategy, spec: &RoundSpec) -> Result<Vec<Sent>> {
    let mut taken = vec![];
    let next = next_occurrences(strategy, spec.sent);
    owners_asked(strategy, spec)
        .into_iter()
        .map(|o| {
            let actions: Vec<&Action> = strategy
                .actions
                .iter()
                .filter(|a| a.owners.contains(&o.id))
                .collect();
            let indicators: Vec<&Indicator> = strategy
                .indicators
                .iter()
                .filter(|i| i.owners.contains(&o.id))
                .collect();
            let reports: Vec<Occurrence<'_>> = strategy
                .documents
                .iter()
                .filter(|d| d.owners.contains(&o.id))
                .filter_map(|d| next.get(&d.id).copied())
                .collect();
            let asked = Asked {
                actions: &actions,
                indicators: &indicators,
                reports: &reports,
            };
            let bytes = owner_workbook(strategy, spec, o, &asked)?;
            Ok(Sent {
                owner: o.id.clone(),
                file_name: file_name(o, &mut taken),
                bytes,
                actions: actions.len(),
                indicators: indicators.len(),
                action_ids: actions.iter().map(|a| a.id.clone()).collect(),
                indicator_ids: indicators.iter().map(|i| i.id.clone()).collect(),
                report_ids: reports.iter().map(|r| r.doc.id.clone()).collect(),
            })
        })
        .collect()
}

/// What one owner's workbook asks about.
struct Asked<'a> {
    actions: &'a [&'a Action],
    indicators: &'a [&'a Indicator],
    reports: &'a [Occurrence<'a>],
}

/// Formats shared by the sheets of one workbook.
pub(crate) struct Formats {
    header: Format,
    pub(crate) input: Format,
    input_number: Format,
    pub(crate) wrap: Format,
    year: Format,
    month: Format,
    day: Format,
}

impl Formats {
    fn new() -> Self {
        let input = Format::new()
            .set_unlocked()
            .set_background_color("#FFF7D6")
            .set_border(rust_xlsxwriter::FormatBorder::Thin);
        Formats {
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_background_color("#DDE7F0"),
            input_number: input.clone().set_num_format("0.##"),
            input: input.set_text_wrap(),
            wrap: Format::new().set_text_wrap(),
            year: Format::new().set_num_format("yyyy"),
            month: Format::new().set_num_format("m/yyyy"),
            day: Format::new().set_num_format("d.m.yyyy"),
        }
    }
}

/// Writes a plan date as a real date cell: a year or a month is shown at its
/// precision; a start at its first day, an end at its last.
pub(crate) fn write_date(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    date: Option<PlanDate>,
    end: bool,
    f: &Formats,
) -> Result<()> {
    let Some(d) = date else { return Ok(()) };
    let day = if end { d.last_day() } else { d.first_day() };
    use chrono::Datelike;
    let (Ok(y), Ok(m), Ok(dd)) = (
        u16::try_from(day.year()),
        u8::try_from(day.month()),
        u8::try_from(day.day()),
    ) else {
        return Ok(());
    };
    let format = match d {
        PlanDate::Year(_) => &f.year,
        PlanDate::Month { .. } => &f.month,
        PlanDate::Day(_) => &f.day,
    };
    // Excel's dates start in 1900; an earlier one is written as text.
    match ExcelDateTime::from_ymd(y, m, dd) {
        Ok(x) => ws.write_datetime_with_format(row, col, &x, format)?,
        Err(_) => ws.write_string(row, col, d.to_finnish())?,
    };
    Ok(())
}

/// Text cut to what a cell holds (Excel's limit is 32 767 characters).
pub(crate) fn cell_text(s: &str) -> String {
    s.chars().take(32_000).collect()
}

pub(crate) fn headers(
    ws: &mut Worksheet,
    lang: Lang,
    ids: &[&'static str],
    f: &Formats,
) -> Result<()> {
    for (c, id) in ids.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, lang.text(id), &f.header)?;
    }
    ws.set_freeze_panes(1, 0)?;
    Ok(())
}

/// Column widths that fit: the longest text of each column, within bounds.
pub(crate) fn fit(ws: &mut Worksheet, widths: &[usize]) -> Result<()> {
    for (c, w) in widths.iter().enumerate() {
        ws.set_column_width(c as u16, (*w as f64 * 1.1 + 2.0).clamp(8.0, 60.0))?;
    }
    Ok(())
}

pub(crate) fn protect(ws: &mut Worksheet) {
    // The key columns are locked; the owner may still sort, filter, widen
    // and hide, which the answer survives (rows are matched by id).
    let options = ProtectionOptions {
        sort: true,
        use_autofilter: true,
        format_columns: true,
        format_rows: true,
        format_cells: true,
        ..ProtectionOptions::new()
    };
    ws.protect_with_options(&options);
}

fn owner_workbook(s: &Strategy, spec: &RoundSpec, owner: &Owner, asked: &Asked) -> Result<Vec<u8>> {
    let lang = spec.lang;
    let f = Formats::new();
    let mut wb = Workbook::new();

    // Instructions first: it is what the owner sees on opening.
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(lang, "round-sheet-instructions"))?;
    instructions(ws, s, spec, owner, !asked.reports.is_empty(), &f)?;

    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(lang, "round-sheet-actions"))?;
    action_sheet(ws, s, lang, asked.actions, &f)?;

    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(lang, "round-sheet-indicators"))?;
    indicator_sheet(ws, lang, &spec.periods, asked.indicators, &f)?;

    if !asked.reports.is_empty() {
        let ws = wb.add_worksheet();
        ws.set_name(sheet_name(lang, "round-sheet-reports"))?;
        report_sheet(ws, lang, asked.reports, &f)?;
    }

    let ws = wb.add_worksheet();
    ws.set_name(KEY_SHEET)?;
    key_sheet(ws, s, spec, owner, asked)?;
    ws.set_very_hidden(true);
    ws.protect();
    wb.worksheet_from_index(1)?.set_active(true);
    Ok(wb.save_to_buffer()?)
}

/// A sheet's name in `lang`, within Excel's 31 characters.
pub(crate) fn sheet_name(lang: Lang, id: &'static str) -> String {
    lang.text(id)
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .take(31)
        .collect()
}

fn instructions(
    ws: &mut Worksheet,
    s: &Strategy,
    spec: &RoundSpec,
    owner: &Owner,
    reports: bool,
    f: &Formats,
) -> Result<()> {
    let lang = spec.lang;
    let deadline = spec
        .deadline
        .map(|d| PlanDate::Day(d).to_finnish())
        .unwrap_or_default();
    let mut lines = vec![
        Message::new("round-instructions-title").arg("round", &spec.name),
        Message::new("round-instructions-for")
            .arg("owner", &owner.name)
            .arg("strategy", &s.name),
        Message::new("round-instructions-actions")
            .arg("sheet", sheet_name(lang, "round-sheet-actions")),
        Message::new("round-instructions-indicators")
            .arg("sheet", sheet_name(lang, "round-sheet-indicators")),
    ];
    if reports {
        lines.push(
            Message::new("round-instructions-reports")
                .arg("sheet", sheet_name(lang, "round-sheet-reports")),
        );
    }
    lines.extend([
        Message::new("round-instructions-keep"),
        Message::new("round-instructions-return")
            .arg("deadline", deadline)
            .arg("reply", &spec.reply_to),
    ]);
    let title = Format::new().set_bold().set_font_size(14);
    for (r, m) in lines.iter().enumerate() {
        let text = cell_text(&lang.tr(m));
        if r == 0 {
            ws.write_string_with_format(0, 0, text, &title)?;
        } else {
            ws.write_string_with_format(r as u32 + 1, 0, text, &f.wrap)?;
        }
    }
    ws.set_column_width(0, 100)?;
    ws.protect();
    Ok(())
}

fn action_sheet(
    ws: &mut Worksheet,
    s: &Strategy,
    lang: Lang,
    actions: &[&Action],
    f: &Formats,
) -> Result<()> {
    headers(ws, lang, &ACTION_COLUMNS, f)?;
    let mut widths: Vec<usize> = ACTION_COLUMNS
        .iter()
        .map(|id| lang.text(id).chars().count().min(20))
        .collect();
    for (k, a) in actions.iter().enumerate() {
        let r = k as u32 + 1;
        let path = path_of(s, a);
        let name: String = a.name.chars().take(MAX_NAME).collect();
        let status = lang.text(a.status.message_id());
        let note = cell_text(latest_note(a));
        ws.write_string(r, 0, a.id.as_str())?;
        ws.write_string_with_format(r, 1, &path, &f.wrap)?;
        ws.write_string_with_format(r, 2, &name, &f.wrap)?;
        write_date(ws, r, 3, a.start, false, f)?;
        write_date(ws, r, 4, a.due, true, f)?;
        ws.write_string(r, 5, &status)?;
        ws.write_string_with_format(r, 6, &note, &f.wrap)?;
        ws.write_blank(r, 7, &f.input)?;
        ws.write_blank(r, 8, &f.input)?;
        ws.write_blank(r, 9, &f.input_number)?;
        for (c, len) in [
            (1, path.chars().count()),
            (2, name.chars().count()),
            (3, 10),
            (4, 10),
            (5, status.chars().count()),
            (6, note.chars().count()),
            (7, 14),
            (8, 40),
        ] {
            widths[c] = widths[c].max(len);
        }
    }
    fit(ws, &widths)?;
    ws.set_column_hidden(0)?;
    if !actions.is_empty() {
        let last = actions.len() as u32;
        let names: Vec<String> = Status::ALL
            .iter()
            .map(|st| lang.text(st.message_id()))
            .collect();
        let list = DataValidation::new()
            .allow_list_strings(&names)?
            .set_error_title(lang.text("round-validation-status-title"))?
            .set_error_message(lang.text("round-validation-status"))?;
        ws.add_data_validation(1, 7, last, 7, &list)?;
        let percent = DataValidation::new()
            .allow_decimal_number(DataValidationRule::Between(0.0, 100.0))
            .set_error_style(DataValidationErrorStyle::Stop)
            .set_error_message(lang.text("round-validation-percent"))?;
        ws.add_data_validation(1, 9, last, 9, &percent)?;
    }
    protect(ws);
    Ok(())
}

/// Previous actuals as one readable text: `2024: 12; 2025: 13,5`.
fn actuals_text(i: &Indicator) -> String {
    i.actuals
        .iter()
        .map(|m| format!("{}: {}", m.date.to_finnish(), number_text(m.value)))
        .collect::<Vec<_>>()
        .join("; ")
}

fn number_text(v: f64) -> String {
    format!("{v}").replace('.', ",")
}

fn indicator_sheet(
    ws: &mut Worksheet,
    lang: Lang,
    periods: &[PlanDate],
    indicators: &[&Indicator],
    f: &Formats,
) -> Result<()> {
    headers(ws, lang, &INDICATOR_COLUMNS, f)?;
    let first = INDICATOR_COLUMNS.len() as u16;
    for (k, p) in periods.iter().enumerate() {
        ws.write_string_with_format(0, first + k as u16, p.to_finnish(), &f.header)?;
    }
    let mut widths: Vec<usize> = INDICATOR_COLUMNS
        .iter()
        .map(|id| lang.text(id).chars().count().min(20))
        .collect();
    widths.extend(periods.iter().map(|_| 10));
    for (k, i) in indicators.iter().enumerate() {
        let r = k as u32 + 1;
        let name: String = i.name.chars().take(MAX_NAME).collect();
        let actuals = cell_text(&actuals_text(i));
        ws.write_string(r, 0, i.id.as_str())?;
        ws.write_string_with_format(r, 1, &name, &f.wrap)?;
        ws.write_string(r, 2, cell_text(&i.unit))?;
        if let Some(b) = &i.baseline {
            ws.write_number(r, 3, b.value)?;
        }
        if let Some(t) = &i.target {
            ws.write_number(r, 4, t.value)?;
        }
        ws.write_string_with_format(r, 5, &actuals, &f.wrap)?;
        for (c, p) in periods.iter().enumerate() {
            let col = first + c as u16;
            match actual_at(i, p) {
                Some(v) => ws.write_number_with_format(r, col, v, &f.input_number)?,
                None => ws.write_blank(r, col, &f.input_number)?,
            };
        }
        widths[1] = widths[1].max(name.chars().count());
        widths[2] = widths[2].max(i.unit.chars().count());
        widths[5] = widths[5].max(actuals.chars().count());
    }
    fit(ws, &widths)?;
    ws.set_column_hidden(0)?;
    protect(ws);
    Ok(())
}

/// The actual of an indicator at exactly this period, if there is one.
pub(crate) fn actual_at(i: &Indicator, p: &PlanDate) -> Option<f64> {
    i.actuals.iter().find(|m| &m.date == p).map(|m| m.value)
}

/// The hidden sheet: the round's identity, then one row per entity (and per
/// asked period of an indicator) with the values sent, keyed by id.
fn key_sheet(
    ws: &mut Worksheet,
    s: &Strategy,
    spec: &RoundSpec,
    owner: &Owner,
    asked: &Asked,
) -> Result<()> {
    let periods: Vec<String> = spec.periods.iter().map(|p| p.to_iso()).collect();
    let head: [(&str, String); 8] = [
        ("format", FORMAT.to_owned()),
        ("strategy", s.id.to_string()),
        ("round", spec.id.clone()),
        ("name", spec.name.clone()),
        ("owner", owner.id.to_string()),
        ("sent", spec.sent.format("%Y-%m-%d").to_string()),
        ("periods", periods.join(";")),
        ("lang", spec.lang.code().to_owned()),
    ];
    for (r, (k, v)) in head.iter().enumerate() {
        ws.write_string(r as u32, 0, *k)?;
        ws.write_string(r as u32, 1, cell_text(v))?;
    }
    let mut r = super::read::KEY_ROWS_FROM;
    for a in asked.actions {
        ws.write_string(r, 0, "action")?;
        ws.write_string(r, 1, a.id.as_str())?;
        ws.write_string(r, 2, status_code(a.status))?;
        ws.write_string(r, 3, cell_text(latest_note(a)))?;
        r += 1;
    }
    for i in asked.indicators {
        for p in &spec.periods {
            ws.write_string(r, 0, "indicator")?;
            ws.write_string(r, 1, i.id.as_str())?;
            ws.write_string(r, 2, p.to_iso())?;
            // The value as JSON text, so that no spreadsheet rounds it.
            let sent = actual_at(i, p)
                .map(|v| serde_json::to_string(&v).unwrap_or_default())
                .unwrap_or_default();
            ws.write_string(r, 3, sent)?;
            r += 1;
        }
    }
    for o in asked.reports {
        ws.write_string(r, 0, "report")?;
        ws.write_string(r, 1, o.doc.id.as_str())?;
        ws.write_string(r, 2, o.date.to_iso())?;
        ws.write_string(r, 3, status_code(o.status))?;
        r += 1;
    }
    Ok(())
}

/// The whole action plan and the indicators, for the lead's own use.
pub fn plan_workbook(s: &Strategy, lang: Lang) -> Result<Vec<u8>> {
    let f = Formats::new();
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(lang, "round-sheet-actions"))?;
    let cols = [
        "round-col-path",
        "round-col-action",
        "round-col-owners",
        "round-col-start",
        "round-col-due",
        "round-col-status-now",
        "round-col-note-now",
    ];
    headers(ws, lang, &cols, &f)?;
    let mut widths: Vec<usize> = cols
        .iter()
        .map(|id| lang.text(id).chars().count())
        .collect();
    for (k, a) in s.actions.iter().enumerate() {
        let r = k as u32 + 1;
        let owners: Vec<&str> = a
            .owners
            .iter()
            .filter_map(|o| s.owner(o).map(|o| o.name.as_str()))
            .collect();
        let texts = [
            path_of(s, a),
            a.name.chars().take(MAX_NAME).collect(),
            owners.join(", "),
        ];
        for (c, t) in texts.iter().enumerate() {
            ws.write_string_with_format(r, c as u16, cell_text(t), &f.wrap)?;
            widths[c] = widths[c].max(t.chars().count());
        }
        write_date(ws, r, 3, a.start, false, &f)?;
        write_date(ws, r, 4, a.due, true, &f)?;
        ws.write_string(r, 5, lang.text(a.status.message_id()))?;
        ws.write_string_with_format(r, 6, cell_text(latest_note(a)), &f.wrap)?;
        widths[6] = widths[6].max(latest_note(a).chars().count());
    }
    widths[3] = widths[3].max(10);
    widths[4] = widths[4].max(10);
    fit(ws, &widths)?;
    ws.autofilter(0, 0, s.actions.len() as u32, cols.len() as u16 - 1)?;

    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(lang, "round-sheet-indicators"))?;
    let mut dates: Vec<PlanDate> = s
        .indicators
        .iter()
        .flat_map(|i| i.actuals.iter().map(|m| m.date))
        .collect();
    dates.sort_by_key(|d| (d.first_day(), d.last_day()));
    dates.dedup();
    let cols = [
        "round-col-indicator",
        "round-col-unit",
        "round-col-baseline",
        "round-col-target",
    ];
    headers(ws, lang, &cols, &f)?;
    for (k, d) in dates.iter().enumerate() {
        ws.write_string_with_format(0, (cols.len() + k) as u16, d.to_finnish(), &f.header)?;
    }
    let mut widths: Vec<usize> = cols
        .iter()
        .map(|id| lang.text(id).chars().count())
        .collect();
    widths.extend(dates.iter().map(|_| 10));
    for (k, i) in s.indicators.iter().enumerate() {
        let r = k as u32 + 1;
        ws.write_string_with_format(r, 0, cell_text(&i.name), &f.wrap)?;
        ws.write_string(r, 1, cell_text(&i.unit))?;
        widths[0] = widths[0].max(i.name.chars().count());
        if let Some(b) = &i.baseline {
            ws.write_number(r, 2, b.value)?;
        }
        if let Some(t) = &i.target {
            ws.write_number(r, 3, t.value)?;
        }
        for m in &i.actuals {
            if let Some(c) = dates.iter().position(|d| d == &m.date) {
                ws.write_number(r, (cols.len() + c) as u16, m.value)?;
            }
        }
    }
    fit(ws, &widths)?;
    Ok(wb.save_to_buffer()?)
}
