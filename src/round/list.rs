//! Excel in: an action list as towns keep it (theme, goal, action, owner,
//! start, due and status columns in any order, headed in Finnish, Swedish
//! or English, dates as Finns write them or real date cells) mapped into a
//! strategy. [`read_list`] is pure: it reads the bytes within the returned
//! workbook's limits (the zip check, a cap on rows and cell length,
//! formulas never evaluated), finds the header row, and gives a
//! [`ListPreview`] (which column became what, how much is new, which rows
//! were not understood) and one [`Change::All`] that adds what the
//! strategy lacks: themes, goals and owners created by name, matched
//! without regard to case or spacing, and actions not already under their
//! theme; an action already there takes the start, due, owners and status
//! its row gives ([`list_update`], each shown old » new). An empty theme or
//! goal cell carries the one above (a merged cell, a heading row), the way
//! such lists are written.

use std::collections::{BTreeSet, HashMap};

use calamine::Data;
use chrono::NaiveDate;
use serde::Serialize;

use super::error::{Result, RoundError};
use super::list_sheet::{Header, csv_grid, date_range, find_header, xlsx_grid};
use super::list_words::{ListField, normalise, status_of};
use super::read::Grid;
use super::{Problem, column_letters};
use crate::edit::{Change, Fields, Step};
use crate::i18n::Message;
use crate::model::part::ListKey;
use crate::model::{Action, Goal, Id, Owner, PlanDate, Status, Strategy, Theme};
use crate::validate::{MAX_ENTITIES, MAX_TEXT};
use list_update::ListUpdate;

/// One column of the list as found.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ListColumn {
    /// The column's letters: `C`.
    pub column: String,
    /// Its header as written.
    pub header: String,
    /// What it was read as; none when it is not used.
    pub field: Option<ListField>,
}

/// How many of each kind of entity.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub struct ListCounts {
    /// Themes.
    pub themes: u32,
    /// Goals.
    pub goals: u32,
    /// Actions.
    pub actions: u32,
    /// Owners.
    pub owners: u32,
}

/// A cell or row of the list that was not understood.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ListRowProblem {
    /// The row as the spreadsheet shows it (1 = first).
    pub row: u32,
    /// The column's letters, if the problem is in one cell.
    pub column: Option<String>,
    /// What is wrong: the message's catalogue id.
    pub code: String,
}

/// What an action list maps to, shown before anything is written.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ListPreview {
    /// The file, as given.
    pub file: String,
    /// The sheet the list was found on.
    pub sheet: String,
    /// The header row as the spreadsheet shows it (1 = first).
    pub header_row: u32,
    /// Every headed column, with what it became.
    pub columns: Vec<ListColumn>,
    /// The rows read below the header (empty rows not counted).
    pub rows: u32,
    /// What the list adds.
    pub new: ListCounts,
    /// What the list names that the strategy has already.
    pub existing: ListCounts,
    /// The existing actions whose start, due, owners or status the list
    /// changes, each value old » new.
    pub updated: Vec<ListUpdate>,
    /// Rows and cells not understood; the rest is taken.
    pub not_understood: Vec<ListRowProblem>,
}

/// An action list read: its preview, the one edit that adds it, and its
/// problems as sentences.
#[derive(Debug, Clone, PartialEq)]
pub struct ListImport {
    /// What was found.
    pub preview: ListPreview,
    /// One edit adding what is new and updating what changed (an empty
    /// [`Change::All`] when nothing is).
    pub change: Change,
    /// The problems, named by file, sheet, row and column.
    pub problems: Vec<Problem>,
}

impl ListPreview {
    /// Whether the list adds or changes nothing.
    pub fn is_empty(&self) -> bool {
        self.new == ListCounts::default() && self.updated.is_empty()
    }
}

/// Reads the action list in `bytes` (an `.xlsx` workbook, or a `.csv` text
/// when `file` says so) and maps it into `into`: the preview and one edit
/// adding what `into` lacks and updating the existing actions whose row
/// says otherwise ([`list_update`]: a status change dated `today`).
/// File-level failures (not a workbook, too large, a zip bomb, no sheet
/// with an action column) are errors; everything about rows and cells is a
/// problem, and the rest is taken.
pub fn read_list(
    file: &str,
    bytes: &[u8],
    into: &Strategy,
    today: NaiveDate,
) -> Result<ListImport> {
    let lower = file.to_lowercase();
    let (sheet, grid, mut problems) = if lower.ends_with(".csv") {
        csv_grid(file, bytes)?
    } else if lower.ends_with(".xls") || lower.ends_with(".ods") {
        return Err(RoundError::NotWorkbook {
            file: file.to_owned(),
        });
    } else {
        xlsx_grid(file, bytes)?
    };
    let Some(header) = find_header(&grid) else {
        return Err(RoundError::NoList {
            file: file.to_owned(),
        });
    };
    let mut build = Build::new(into, file, &sheet, &grid, &header, today);
    build.rows(&mut problems);
    Ok(build.finish(problems))
}

/// A new strategy of the list alone (read into an empty strategy): named
/// after the file, its years those of its actions.
pub fn list_strategy(import: &ListImport) -> crate::Result<Strategy> {
    let name = std::path::Path::new(&import.preview.file)
        .file_stem()
        .map(|s| s.to_string_lossy().trim().to_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| import.preview.sheet.clone());
    let mut s = Strategy {
        id: Id::fresh("strategy"),
        town: name.clone(),
        name,
        ..Default::default()
    };
    crate::edit::apply(&mut s, &import.change)?;
    let days = s.actions.iter().flat_map(|a| [a.start, a.due]).flatten();
    let first = days.clone().map(|d| d.year_number()).min();
    let last = days.map(|d| d.year_number()).max();
    if let (Some(a), Some(b)) = (first, last) {
        s.period = crate::model::Period::new(PlanDate::Year(a), PlanDate::Year(b)).ok();
    }
    Ok(s)
}

/// An entity matched or made, by its name's key.
struct Named {
    id: Id,
    new: bool,
}

/// The mapping under way.
struct Build<'a> {
    into: &'a Strategy,
    file: &'a str,
    sheet: &'a str,
    grid: &'a Grid,
    header: &'a Header,
    rows: u32,
    themes: HashMap<String, Named>,
    goals: HashMap<(Id, String), Named>,
    owners: HashMap<String, Named>,
    /// Each action by theme and name: one the strategy has, not yet named
    /// by a row, or the row (1 = first) that named it first.
    actions: HashMap<(Id, String), Seen>,
    new_themes: Vec<Theme>,
    new_goals: Vec<(Id, Goal)>,
    new_owners: Vec<Owner>,
    new_actions: Vec<Action>,
    existing: ListCounts,
    /// The updates of existing actions: as said, and as edits.
    updates: (Vec<ListUpdate>, Vec<Change>),
    /// The day a status change the list makes is dated.
    today: NaiveDate,
    not_understood: Vec<ListRowProblem>,
}

/// An action as the list has met it so far.
#[derive(Clone, Copy)]
enum Seen {
    /// The strategy's action at this index in `into.actions`, no row yet.
    Existing(usize),
    /// Named first by this row (1 = first).
    Row(u32),
}

/// What one row of the list gives an action; `None` where its cell is
/// empty (an existing action keeps what it has there).
struct RowValues {
    owners: Option<Vec<Id>>,
    start: Option<PlanDate>,
    due: Option<PlanDate>,
    status: Option<Status>,
}

/// A name as matched: case and spacing left out.
fn key(name: &str) -> String {
    normalise(name)
}

/// A name as kept: trimmed, spaces collapsed.
fn tidy(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl<'a> Build<'a> {
    fn new(
        into: &'a Strategy,
        file: &'a str,
        sheet: &'a str,
        grid: &'a Grid,
        header: &'a Header,
        today: NaiveDate,
    ) -> Self {
        let mut themes = HashMap::new();
        let mut goals = HashMap::new();
        for t in &into.themes {
            themes.entry(key(&t.name)).or_insert(Named {
                id: t.id.clone(),
                new: false,
            });
            for g in &t.goals {
                goals.entry((t.id.clone(), key(&g.name))).or_insert(Named {
                    id: g.id.clone(),
                    new: false,
                });
            }
        }
        let owners = into
            .owners
            .iter()
            .map(|o| {
                (
                    key(&o.name),
                    Named {
                        id: o.id.clone(),
                        new: false,
                    },
                )
            })
            .collect();
        let mut actions = HashMap::new();
        for (i, a) in into.actions.iter().enumerate() {
            actions
                .entry((a.theme.clone(), key(&a.name)))
                .or_insert(Seen::Existing(i));
        }
        Build {
            into,
            file,
            sheet,
            grid,
            header,
            rows: 0,
            themes,
            goals,
            owners,
            actions,
            new_themes: vec![],
            new_goals: vec![],
            new_owners: vec![],
            new_actions: vec![],
            existing: ListCounts::default(),
            updates: (vec![], vec![]),
            today,
            not_understood: vec![],
        }
    }

    fn problem(&mut self, problems: &mut Vec<Problem>, row: u32, col: Option<u32>, m: Message) {
        self.not_understood.push(ListRowProblem {
            row: row + 1,
            column: col.map(column_letters),
            code: m.id.to_owned(),
        });
        problems.push(Problem {
            file: self.file.to_owned(),
            sheet: self.sheet.to_owned(),
            row: Some(row + 1),
            column: col.map(column_letters),
            message: m,
        });
    }

    /// The value of a field's cell in `row`, or none (empty, or not taken:
    /// a formula, an over-long text, said as a problem).
    fn cell(&mut self, problems: &mut Vec<Problem>, row: u32, field: ListField) -> Option<Data> {
        let col = *self.header.fields.get(&field)?;
        let c = self.grid.get(&(row, col))?;
        if c.too_long {
            let m = Message::new("round-problem-too-long").num("max", MAX_TEXT as f64);
            self.problem(problems, row, Some(col), m);
            return None;
        }
        if c.formula {
            self.problem(
                problems,
                row,
                Some(col),
                Message::new("round-problem-formula"),
            );
            return None;
        }
        match &c.value {
            Data::Empty | Data::Error(_) => None,
            Data::String(s) if s.trim().is_empty() => None,
            v => Some(v.clone()),
        }
    }

    fn text(&mut self, problems: &mut Vec<Problem>, row: u32, field: ListField) -> Option<String> {
        let v = self.cell(problems, row, field)?;
        let t = match v {
            Data::String(s) => s,
            Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", f as i64),
            other => other.to_string(),
        };
        Some(tidy(&t)).filter(|t| !t.is_empty())
    }

    /// Every row below the header, in order.
    fn rows(&mut self, problems: &mut Vec<Problem>) {
        let rows: BTreeSet<u32> = self
            .grid
            .keys()
            .map(|(r, _)| *r)
            .filter(|r| *r > self.header.row)
            .collect();
        let has_theme_column = self.header.fields.contains_key(&ListField::Theme)
            || self.header.fields.contains_key(&ListField::Path);
        let mut theme: Option<Id> = None;
        let mut goal: Option<Id> = None;
        for r in rows {
            if self.new_actions.len() >= MAX_ENTITIES {
                let m = Message::new("round-problem-too-many-rows").num("max", MAX_ENTITIES as f64);
                self.problem(problems, r, None, m);
                break;
            }
            let mut seen_theme = false;
            let (path_theme, path_goal) = match self.text(problems, r, ListField::Path) {
                Some(p) => match p.split_once(['›', '>']) {
                    Some((t, g)) => (Some(tidy(t)), Some(tidy(g))),
                    None => (Some(p), None),
                },
                None => (None, None),
            };
            let theme_name = self
                .text(problems, r, ListField::Theme)
                .or(path_theme)
                .filter(|t| !t.is_empty());
            if let Some(name) = theme_name {
                let id = self.theme(&name);
                if theme.as_ref() != Some(&id) {
                    goal = None;
                }
                theme = Some(id);
                seen_theme = true;
            } else if !has_theme_column && theme.is_none() {
                let name = if self.sheet.trim().is_empty() {
                    "1".to_owned()
                } else {
                    self.sheet.to_owned()
                };
                theme = Some(self.theme(&name));
            }
            let goal_name = self
                .text(problems, r, ListField::Goal)
                .or(path_goal)
                .filter(|g| !g.is_empty());
            let action = self.text(problems, r, ListField::Action);
            let Some(theme_id) = theme.clone() else {
                if action.is_some() {
                    let col = self.header.fields.get(&ListField::Theme).copied();
                    self.problem(problems, r, col, Message::new("list-problem-no-theme"));
                }
                continue;
            };
            if let Some(g) = goal_name {
                goal = Some(self.goal(&theme_id, &g));
            }
            let Some(name) = action else {
                let rest = [ListField::Owner, ListField::Start, ListField::Due]
                    .into_iter()
                    .any(|f| {
                        self.header
                            .fields
                            .get(&f)
                            .is_some_and(|c| self.grid.contains_key(&(r, *c)))
                    });
                if rest && !seen_theme {
                    let col = self.header.fields.get(&ListField::Action).copied();
                    self.problem(problems, r, col, Message::new("list-problem-no-action"));
                }
                continue;
            };
            self.rows += 1;
            self.action(problems, r, &theme_id, goal.clone(), name);
        }
    }

    fn theme(&mut self, name: &str) -> Id {
        let k = key(name);
        if let Some(n) = self.themes.get(&k) {
            return n.id.clone();
        }
        let id = Id::fresh("theme");
        self.new_themes.push(Theme {
            id: id.clone(),
            name: name.chars().take(MAX_TEXT).collect(),
            ..Default::default()
        });
        self.themes.insert(
            k,
            Named {
                id: id.clone(),
                new: true,
            },
        );
        id
    }

    fn goal(&mut self, theme: &Id, name: &str) -> Id {
        let k = (theme.clone(), key(name));
        if let Some(n) = self.goals.get(&k) {
            return n.id.clone();
        }
        let id = Id::fresh("goal");
        let goal = Goal {
            id: id.clone(),
            name: name.to_owned(),
            description: String::new(),
        };
        match self.new_themes.iter_mut().find(|t| &t.id == theme) {
            Some(t) => t.goals.push(goal),
            None => self.new_goals.push((theme.clone(), goal)),
        }
        self.goals.insert(
            k,
            Named {
                id: id.clone(),
                new: true,
            },
        );
        id
    }

    fn owner(&mut self, name: &str) -> Id {
        let k = key(name);
        if let Some(n) = self.owners.get(&k) {
            return n.id.clone();
        }
        let id = Id::fresh("owner");
        self.new_owners.push(Owner {
            id: id.clone(),
            name: name.to_owned(),
            ..Default::default()
        });
        self.owners.insert(
            k,
            Named {
                id: id.clone(),
                new: true,
            },
        );
        id
    }

    fn action(
        &mut self,
        problems: &mut Vec<Problem>,
        r: u32,
        theme: &Id,
        goal: Option<Id>,
        name: String,
    ) {
        let k = (theme.clone(), key(&name));
        match self.actions.get(&k).copied() {
            Some(Seen::Row(first)) => {
                let col = self.header.fields.get(&ListField::Action).copied();
                let m = Message::new("list-problem-duplicate").num("row", first as f64);
                self.problem(problems, r, col, m);
                return;
            }
            Some(Seen::Existing(i)) => {
                // The strategy's action: its row updates it, and a second
                // row of it is a duplicate, as in a new list.
                self.actions.insert(k, Seen::Row(r + 1));
                self.existing.actions += 1;
                let v = self.row_values(problems, r);
                self.update(problems, r, i, v);
                return;
            }
            None => {
                self.actions.insert(k, Seen::Row(r + 1));
            }
        }
        let v = self.row_values(problems, r);
        self.new_actions.push(Action {
            id: Id::fresh("action"),
            theme: theme.clone(),
            goal,
            name: name.chars().take(MAX_TEXT).collect(),
            owners: v.owners.unwrap_or_default(),
            start: v.start,
            due: v.due,
            status: v.status.unwrap_or_default(),
            ..Default::default()
        });
    }

    /// The owners, dates and status a row gives, each `None` when its cell
    /// is empty or not understood (said as a problem).
    fn row_values(&mut self, problems: &mut Vec<Problem>, r: u32) -> RowValues {
        let owners: Option<Vec<Id>> = self.text(problems, r, ListField::Owner).map(|t| {
            let mut unique = vec![];
            for n in t
                .split([',', ';', '\n'])
                .map(tidy)
                .filter(|n| !n.is_empty())
            {
                let o = self.owner(&n);
                if !unique.contains(&o) {
                    unique.push(o);
                }
            }
            unique
        });
        let (start, _) = self.dates(problems, r, ListField::Start);
        let (due_start, due) = self.dates(problems, r, ListField::Due);
        let start = start.or(if due_start != due { due_start } else { None });
        let status = self.cell(problems, r, ListField::Status).and_then(|v| {
            let t = match &v {
                Data::String(s) => s.clone(),
                other => other.to_string(),
            };
            let found = status_of(&t);
            if found.is_none() {
                let col = self.header.fields.get(&ListField::Status).copied();
                let m = Message::new("round-problem-bad-status")
                    .arg("value", t.chars().take(60).collect::<String>());
                self.problem(problems, r, col, m);
            }
            found
        });
        let (start, due) = match (start, due) {
            (Some(s), Some(d)) if d.last_day() < s.first_day() => {
                self.due_before_start(problems, r);
                (Some(s), None)
            }
            other => other,
        };
        RowValues {
            owners,
            start,
            due,
            status,
        }
    }

    fn due_before_start(&mut self, problems: &mut Vec<Problem>, r: u32) {
        let col = self.header.fields.get(&ListField::Due).copied();
        self.problem(
            problems,
            r,
            col,
            Message::new("list-problem-due-before-start"),
        );
    }

    /// A date cell: a real date, a year, a date as Finns write it, or a
    /// range `2026–2027` (its two ends); a bad one is a problem.
    fn dates(
        &mut self,
        problems: &mut Vec<Problem>,
        r: u32,
        field: ListField,
    ) -> (Option<PlanDate>, Option<PlanDate>) {
        let Some(v) = self.cell(problems, r, field) else {
            return (None, None);
        };
        match date_range(&v) {
            Some((a, b)) => (Some(a), Some(b)),
            None => {
                let col = self.header.fields.get(&field).copied();
                let shown = match &v {
                    Data::String(s) => s.clone(),
                    other => other.to_string(),
                };
                let m = Message::new("list-problem-bad-date")
                    .arg("value", shown.chars().take(60).collect::<String>());
                self.problem(problems, r, col, m);
                (None, None)
            }
        }
    }

    fn finish(self, problems: Vec<Problem>) -> ListImport {
        let mut existing = self.existing;
        let named = |m: &HashMap<String, Named>, new: bool| {
            m.values().filter(|n| n.new == new).count() as u32
        };
        let used_themes: BTreeSet<&Id> = self.new_actions.iter().map(|a| &a.theme).collect();
        existing.themes = self
            .themes
            .values()
            .filter(|n| !n.new && used_themes.contains(&n.id))
            .count() as u32;
        existing.goals = self
            .goals
            .values()
            .filter(|n| {
                !n.new
                    && self
                        .new_actions
                        .iter()
                        .any(|a| a.goal.as_ref() == Some(&n.id))
            })
            .count() as u32;
        let used_owners: BTreeSet<&Id> = self.new_actions.iter().flat_map(|a| &a.owners).collect();
        existing.owners = self
            .owners
            .values()
            .filter(|n| !n.new && used_owners.contains(&n.id))
            .count() as u32;
        let new = ListCounts {
            themes: self.new_themes.len() as u32,
            goals: self.new_themes.iter().map(|t| t.goals.len()).sum::<usize>() as u32
                + self.new_goals.len() as u32,
            actions: self.new_actions.len() as u32,
            owners: named(&self.owners, true),
        };
        let _ = self.into;
        let mut changes = vec![];
        let add = |parent: Vec<Step>, list: ListKey, item: &dyn erased::Item| Change::Add {
            parent,
            list,
            item: item.fields(),
        };
        for o in &self.new_owners {
            changes.push(add(vec![], ListKey::Owners, o));
        }
        for t in &self.new_themes {
            changes.push(add(vec![], ListKey::Themes, t));
        }
        for (theme, g) in &self.new_goals {
            let parent = vec![Step {
                list: ListKey::Themes,
                id: theme.clone(),
            }];
            changes.push(add(parent, ListKey::Goals, g));
        }
        for a in &self.new_actions {
            changes.push(add(vec![], ListKey::Actions, a));
        }
        // After the owners they may name are added.
        let (updated, updates) = self.updates;
        changes.extend(updates);
        ListImport {
            preview: ListPreview {
                file: self.file.to_owned(),
                sheet: self.sheet.to_owned(),
                header_row: self.header.row + 1,
                columns: self.header.columns.clone(),
                rows: self.rows,
                new,
                existing,
                updated,
                not_understood: self.not_understood,
            },
            change: Change::All { changes },
            problems,
        }
    }
}

/// Entities as the fields of an `Add`.
mod erased {
    use super::Fields;

    pub trait Item {
        fn fields(&self) -> Fields;
    }

    impl<T: serde::Serialize> Item for T {
        fn fields(&self) -> Fields {
            match serde_json::to_value(self) {
                Ok(serde_json::Value::Object(m)) => m,
                _ => Fields::new(),
            }
        }
    }
}

#[path = "list_update.rs"]
pub(super) mod list_update;

#[cfg(test)]
#[path = "list_tests.rs"]
mod tests;
