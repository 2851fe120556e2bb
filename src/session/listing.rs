//! Excel in, in the app: an action list the user picked (`.xlsx` or
//! `.csv`, as towns keep them) read into a preview against the open
//! strategy or an empty one — which column became what, every action the
//! list adds with its theme, goal, owners and dates, the rows and cells not
//! understood — and, once the user accepts, added as one undoable edit or
//! made a new, unsaved strategy. The list is kept between the preview and
//! the accept and read again against the strategy as it then is, so an
//! edit made meanwhile is never undone. The rules are `crate::round`'s
//! ([`crate::round::read_list`]).

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use serde::Serialize;
use ts_rs::TS;

use super::{Changed, Opened, Session, SessionError, file_name, now_ms, today};
use crate::i18n::{Lang, Message};
use crate::model::{Id, PlanDate, Status, Strategy};
use crate::round::{self, ListImport, ListPreview, MAX_FILE_BYTES, RoundError};

/// Where an action list goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ListInto {
    /// Into the open strategy, as one undoable edit.
    Open,
    /// A new, unsaved strategy of the list alone.
    New,
}

/// One action the list adds, as the preview shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ListedAction {
    /// The theme it goes under.
    pub theme: String,
    /// Whether the theme is made by the list.
    pub new_theme: bool,
    /// Its goal, if the list names one.
    pub goal: Option<String>,
    /// Whether the goal is made by the list.
    pub new_goal: bool,
    /// The action's name.
    pub name: String,
    /// Its owners' names.
    pub owners: Vec<String>,
    /// When it starts, at the precision written.
    pub start: Option<PlanDate>,
    /// When it is due.
    pub due: Option<PlanDate>,
    /// Its status.
    pub status: Status,
}

/// A row or cell of the list that was not understood, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ListProblemLine {
    /// The row as the spreadsheet shows it (1 = first), if the problem has one.
    pub row: Option<u32>,
    /// The column's letters, if the problem is in one cell.
    pub column: Option<String>,
    /// What is wrong, in the user's language.
    pub text: String,
}

/// What an action list picked in the app maps to, before anything changes.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ListingPreview {
    /// Where it goes when accepted.
    pub into: ListInto,
    /// The mapping found: columns, counts, rows not understood.
    pub preview: ListPreview,
    /// The actions the list adds, in its order.
    pub actions: Vec<ListedAction>,
    /// The existing actions it changes, a line each in words, old » new.
    pub updates: Vec<String>,
    /// The problems by row and column, in words.
    pub problems: Vec<ListProblemLine>,
}

/// The list between its preview and the user's answer.
struct Picked {
    file: String,
    bytes: Vec<u8>,
    into: ListInto,
}

/// The picked list the session keeps until it is accepted or dropped.
#[derive(Default)]
pub(super) struct Kept(Mutex<Option<Picked>>);

impl Kept {
    fn lock(&self) -> MutexGuard<'_, Option<Picked>> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The bytes of the list at `path`, refused unread when over the limit.
fn read_bytes(path: &Path) -> crate::Result<Vec<u8>> {
    let meta = std::fs::metadata(path).map_err(|e| crate::Error::io(path, e))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(RoundError::TooLarge {
            file: file_name(path),
            max: MAX_FILE_BYTES,
        }
        .into());
    }
    std::fs::read(path).map_err(|e| crate::Error::io(path, e))
}

/// Whether `path` is an action list rather than a round's returned
/// workbook: a `.csv`, or an `.xlsx` without a round in it.
pub fn is_list(path: &Path) -> bool {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("csv") => true,
        Some("xlsx" | "xlsm") => read_bytes(path).is_ok_and(|bytes| {
            matches!(
                round::read_answer(&file_name(path), &bytes),
                Err(RoundError::NotRound { .. })
            )
        }),
        _ => false,
    }
}

/// The actions `import` adds to `base`, with the names of what they point to.
fn listed(base: &Strategy, import: &ListImport) -> crate::Result<Vec<ListedAction>> {
    let mut after = base.clone();
    crate::edit::apply(&mut after, &import.change)?;
    let had: BTreeSet<&Id> = base.actions.iter().map(|a| &a.id).collect();
    let old_themes: BTreeSet<&Id> = base.themes.iter().map(|t| &t.id).collect();
    let old_goals: BTreeSet<&Id> = base
        .themes
        .iter()
        .flat_map(|t| &t.goals)
        .map(|g| &g.id)
        .collect();
    let owner = |id: &Id| {
        after
            .owners
            .iter()
            .find(|o| &o.id == id)
            .map(|o| o.name.clone())
    };
    Ok(after
        .actions
        .iter()
        .filter(|a| !had.contains(&a.id))
        .map(|a| {
            let theme = after.themes.iter().find(|t| t.id == a.theme);
            let goal = a
                .goal
                .as_ref()
                .and_then(|g| theme?.goals.iter().find(|x| &x.id == g));
            ListedAction {
                theme: theme.map(|t| t.name.clone()).unwrap_or_default(),
                new_theme: !old_themes.contains(&a.theme),
                goal: goal.map(|g| g.name.clone()),
                new_goal: goal.is_some_and(|g| !old_goals.contains(&g.id)),
                name: a.name.clone(),
                owners: a.owners.iter().filter_map(owner).collect(),
                start: a.start,
                due: a.due,
                status: a.status,
            }
        })
        .collect())
}

fn problem_lines(import: &ListImport, lang: Lang) -> Vec<ListProblemLine> {
    import
        .problems
        .iter()
        .map(|p| ListProblemLine {
            row: p.row,
            column: p.column.clone(),
            text: lang.tr(&p.message),
        })
        .collect()
}

impl Session {
    /// Reads the action list at `path` into a preview against the open
    /// strategy (`into` [`ListInto::Open`]) or an empty one, and keeps it
    /// for [`Session::accept_list`].
    pub fn preview_list(&self, path: &Path, into: ListInto) -> crate::Result<ListingPreview> {
        let bytes = read_bytes(path)?;
        let file = file_name(path);
        let base = match into {
            ListInto::Open => self.strategy().ok_or(SessionError::NoDocument)?,
            ListInto::New => Strategy::default(),
        };
        let import = round::read_list(&file, &bytes, &base, today())?;
        let out = ListingPreview {
            into,
            actions: listed(&base, &import)?,
            updates: import
                .preview
                .updated
                .iter()
                .map(|u| round::update_text(u, self.lang()))
                .collect(),
            problems: problem_lines(&import, self.lang()),
            preview: import.preview,
        };
        *self.listing.lock() = Some(Picked { file, bytes, into });
        Ok(out)
    }

    /// Adds the previewed list to the open strategy as one undoable step,
    /// read again against the strategy as it is now.
    pub fn accept_list(&self) -> crate::Result<Changed> {
        let picked = self.take_list(ListInto::Open)?;
        self.with_doc(|doc, s| {
            let import = round::read_list(&picked.file, &picked.bytes, doc.strategy(), today())?;
            if !import.preview.is_empty() {
                let label = s
                    .lang
                    .tr(&Message::new("app-list-edit").arg("file", &picked.file));
                doc.change(&import.change, &label, None, now_ms())?;
            }
            Ok(self.changed(doc, s.lang, None))
        })
    }

    /// Makes the previewed list a new, unsaved strategy of its own.
    pub fn accept_list_new(&self) -> crate::Result<Opened> {
        let picked = self.take_list(ListInto::New)?;
        let import = round::read_list(&picked.file, &picked.bytes, &Strategy::default(), today())?;
        Ok(self.adopt(round::list_strategy(&import)?))
    }

    /// Forgets the previewed list.
    pub fn drop_list(&self) {
        *self.listing.lock() = None;
    }

    fn take_list(&self, into: ListInto) -> crate::Result<Picked> {
        let mut kept = self.listing.lock();
        match kept.take() {
            Some(p) if p.into == into => Ok(p),
            other => {
                *kept = other;
                Err(SessionError::NoList.into())
            }
        }
    }
}
