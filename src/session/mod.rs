//! The editing session, without Tauri: the settings (language, author,
//! recent files), the open [`Document`] (the strategy once, its project and
//! file, undo and redo), the recovery file autosave keeps, and the kept
//! roadmap layout. The app's shell forwards each command to one method here
//! and maps the error to `{code, message}`; the CLI opens files by the same
//! rule ([`open`]). Stages: [`open`] → [`document`] (with [`undo`]) →
//! [`recovery`]; [`drag`] turns a gesture on the roadmap into an edit, the
//! same for the preview ([`picture`]) and the drop; [`listing`] brings an
//! action list in.

pub mod blank;
mod boundary;
pub mod council;
pub mod describe;
pub mod document;
pub mod drafting;
pub mod drag;
mod error;
pub mod handout;
pub mod listing;
pub mod open;
pub mod picture;
pub mod recovery;
pub mod rounds;
mod settings;
pub mod shared;
pub mod syncing;
pub mod undo;

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

pub use boundary::*;
pub use council::{ChangesOut, SnapshotLine, SnapshotRecorded};
pub use document::{Document, file_name};
pub use drafting::{DraftLine, DraftPreview};
pub use drag::{Drag, DragEdge, Drawn};
pub use error::SessionError;
pub use handout::ExportFormat;
pub use listing::{ListInto, ListingPreview};
pub use picture::{Fragment, Picture, PrintRequest, RoadmapRequest};
pub use rounds::{AnswersTaken, RoundRequest, RoundSent, Rounds};
pub use settings::{Settings, TextZoom};
pub use syncing::{SharedAt, Synced};

use crate::edit::Change;
use crate::i18n::Lang;
use crate::model::part::ListKey;
use crate::model::{Action, Id, Status, Strategy};
use crate::store::Author;

struct Inner {
    settings: Settings,
    doc: Option<Document>,
}

/// The app's state between commands; safe to share between threads.
pub struct Session {
    dir: PathBuf,
    inner: Mutex<Inner>,
    autosave: recovery::Autosave,
    cache: picture::LayoutCache,
    listing: listing::Kept,
}

/// The validation problems of `strategy` as lines in `lang`.
pub fn problems(strategy: &Strategy, lang: Lang) -> Vec<ProblemLine> {
    crate::validate::validate(strategy)
        .iter()
        .map(|p| ProblemLine {
            error: p.severity == crate::validate::Severity::Error,
            id: p.id.clone(),
            text: p.to_line(lang),
        })
        .collect()
}

/// The dates each action without its own takes from its phases.
pub fn phase_dates(s: &Strategy) -> Vec<PhaseDates> {
    s.actions
        .iter()
        .filter_map(|a| {
            let (start, due) = s.phase_dates(a)?;
            Some(PhaseDates {
                id: a.id.0.clone(),
                start: start.to_iso(),
                due: due.to_iso(),
            })
        })
        .collect()
}

/// What falls due in the open strategy and what is late on `today` (a date
/// in ISO form or as Finns write it; a month or a year counts from its first
/// day), by the core's one rule ([`crate::schedule`]); `None` when `today`
/// is not a date.
pub fn schedule(s: &Strategy, today: &str) -> Option<crate::schedule::Schedule> {
    let day = crate::model::PlanDate::parse(today).ok()?.first_day();
    Some(crate::schedule::schedule(s, day))
}

/// `text` read as a date (ISO or as Finns write it), in ISO form at its
/// precision; `None` when it is not a date.
pub fn parse_date(text: &str) -> Option<String> {
    crate::model::PlanDate::parse(text).ok().map(|d| d.to_iso())
}

fn history_line(e: &crate::store::HistoryEntry, lang: Lang) -> HistoryLine {
    let mut lines = e.lines(lang).into_iter();
    HistoryLine {
        heading: lines.next().unwrap_or_default(),
        details: lines.map(|l| l.trim().to_owned()).collect(),
    }
}

fn conflict_out(c: &crate::merge::Conflict) -> ConflictOut {
    ConflictOut {
        id: c.id.clone(),
        kind: c.kind,
        entity: c.entity.clone(),
        entity_id: c.entity_id.clone(),
        name: c.name.clone(),
        field: c.field.clone(),
        default: c.default.clone(),
        values: c
            .values
            .iter()
            .map(|v| ChoiceOut {
                id: v.id.clone(),
                text: match &v.value {
                    serde_json::Value::String(s) => s.clone(),
                    serde_json::Value::Null => String::new(),
                    other => other.to_string(),
                },
                authors: v.authors.clone(),
                time: chrono::DateTime::from_timestamp(v.time, 0)
                    .map(|t| {
                        t.with_timezone(&chrono::Local)
                            .format("%-d.%-m.%Y %H:%M")
                            .to_string()
                    })
                    .unwrap_or_default(),
            })
            .collect(),
    }
}

/// What the UI shows of `doc`.
fn opened(doc: &Document, lang: Lang) -> Opened {
    Opened {
        path: doc.path().map(|p| p.display().to_string()),
        file_name: doc
            .path()
            .map(file_name)
            .unwrap_or_else(|| lang.text("app-untitled")),
        problems: problems(doc.strategy(), lang),
        phase_dates: phase_dates(doc.strategy()),
        strategy: doc.strategy().clone(),
        undo: doc.undo_state(),
    }
}

fn now_ms() -> i64 {
    chrono::Local::now().timestamp_millis()
}

/// Today on this machine: the day the app prints, judges late and dates
/// what it records by.
fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

impl Session {
    /// The session of the app whose folder is `dir` (settings are read from it).
    pub fn load(dir: PathBuf) -> Session {
        Session {
            inner: Mutex::new(Inner {
                settings: Settings::read(&dir),
                doc: None,
            }),
            autosave: recovery::Autosave::new(dir.clone()),
            cache: picture::LayoutCache::default(),
            listing: listing::Kept::default(),
            dir,
        }
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic elsewhere must not make the app unusable.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Runs `f` on the open document.
    fn with_doc<T>(
        &self,
        f: impl FnOnce(&mut Document, &Settings) -> crate::Result<T>,
    ) -> crate::Result<T> {
        let mut inner = self.lock();
        let Inner { settings, doc } = &mut *inner;
        let doc = doc.as_mut().ok_or(SessionError::NoDocument)?;
        f(doc, settings)
    }

    /// The current settings.
    pub fn settings(&self) -> Settings {
        self.lock().settings.clone()
    }

    /// The current language.
    pub fn lang(&self) -> Lang {
        self.lock().settings.lang
    }

    /// Takes one step of the roadmap's text zoom and stores it; returns the new scale.
    pub fn zoom_text(&self, step: TextZoom) -> f32 {
        let mut inner = self.lock();
        let k = inner.settings.zoom_text(step);
        inner.settings.write(&self.dir);
        k
    }

    /// Changes and stores the settings.
    pub fn update_settings(&self, patch: SettingsPatch) {
        let mut inner = self.lock();
        inner.settings.patch(patch);
        inner.settings.write(&self.dir);
    }

    /// The recent files that still exist.
    pub fn recent(&self) -> Vec<RecentFile> {
        self.lock().settings.recent_files()
    }

    /// Opens `path` if it is in the recent list (the only paths the UI may name).
    pub fn open_recent(&self, path: &Path) -> crate::Result<Opened> {
        if !self.lock().settings.recent.iter().any(|p| p == path) {
            return Err(SessionError::NotRecent.into());
        }
        self.open(path)
    }

    /// A new, blank strategy for a council term (`years` as typed:
    /// "2025-2029", "2025–2029"), not saved anywhere yet.
    pub fn new_blank(
        &self,
        town: &str,
        years: &str,
        theme_word: Option<&str>,
    ) -> crate::Result<Opened> {
        let period = match crate::model::Period::parse(years) {
            Ok(p) if p.start != p.end => p,
            _ => return Err(SessionError::BadYears(years.chars().take(40).collect()).into()),
        };
        let lang = self.lang();
        Ok(self.adopt(blank::blank(town, period, theme_word, lang)))
    }

    /// The file at `path` dropped on the window: whether it is another copy
    /// of the open strategy (a
    /// project file of the same strategy that is not the open file), which is
    /// then offered for merging instead of opening.
    pub fn dropped(&self, path: &Path) -> Dropped {
        let list = listing::is_list(path);
        Dropped {
            file_name: file_name(path),
            copy_of_open: self.is_copy_of_open(path),
            answer: !list && rounds::is_answer(path) && self.lock().doc.is_some(),
            list,
        }
    }

    fn is_copy_of_open(&self, path: &Path) -> bool {
        let (id, open_path) = match self.lock().doc.as_ref() {
            Some(d) if d.has_project_file() => {
                (d.strategy().id.clone(), d.path().map(Path::to_path_buf))
            }
            _ => return false,
        };
        open::is_project(path)
            && open_path.as_deref() != Some(path)
            && open::load(path).is_ok_and(|l| l.strategy.id == id)
    }

    /// Opens the file at `path` and makes it the current document.
    pub fn open(&self, path: &Path) -> crate::Result<Opened> {
        let doc = Document::open(path)?;
        let mut inner = self.lock();
        inner.settings.remember(path);
        inner.settings.write(&self.dir);
        Ok(self.show(&mut inner, doc))
    }

    fn show(&self, inner: &mut Inner, doc: Document) -> Opened {
        let out = opened(&doc, inner.settings.lang);
        inner.doc = Some(doc);
        out
    }

    /// The document still open, as it is (unsaved work and undo included):
    /// what the UI shows again when its page was loaded anew (a reload).
    pub fn current(&self) -> Option<Opened> {
        let inner = self.lock();
        inner.doc.as_ref().map(|d| opened(d, inner.settings.lang))
    }

    /// Makes `strategy` (an import, a sample) the current, unsaved document.
    pub fn adopt(&self, strategy: Strategy) -> Opened {
        self.show(&mut self.lock(), Document::new(strategy))
    }

    /// Reads interchange JSON at `path` as a new, unsaved document.
    pub fn import(&self, path: &Path) -> crate::Result<Opened> {
        let strategy = crate::interchange::from_json(&open::read_text(path)?)?;
        Ok(self.adopt(strategy))
    }

    fn changed(&self, doc: &Document, lang: Lang, created: Option<String>) -> Changed {
        self.autosave.note(doc.path(), doc.strategy());
        Changed {
            strategy: doc.strategy().clone(),
            problems: problems(doc.strategy(), lang),
            phase_dates: phase_dates(doc.strategy()),
            undo: doc.undo_state(),
            created,
        }
    }

    /// Makes `strategy` the current one, as one undoable step `label`.
    pub fn edit(
        &self,
        strategy: Strategy,
        label: &str,
        key: Option<&str>,
    ) -> crate::Result<Changed> {
        self.with_doc(|doc, s| {
            doc.edit(strategy, label, key, now_ms());
            Ok(self.changed(doc, s.lang, None))
        })
    }

    /// Takes back the last step.
    pub fn undo(&self) -> crate::Result<Changed> {
        self.with_doc(|doc, s| {
            doc.undo();
            Ok(self.changed(doc, s.lang, None))
        })
    }

    /// Does the last undone step again.
    pub fn redo(&self) -> crate::Result<Changed> {
        self.with_doc(|doc, s| {
            doc.redo();
            Ok(self.changed(doc, s.lang, None))
        })
    }

    /// The dragged item dropped: the same rule as the preview, one step.
    pub fn drop_drag(&self, drag: &Drag) -> crate::Result<Changed> {
        self.with_doc(|doc, s| {
            let lang = s.lang;
            let name = dragged_name(doc.strategy(), &drag.id);
            let id = if drag.edge == DragEdge::Move {
                "app-edit-move"
            } else {
                "app-edit-resize"
            };
            let label = lang.tr(&crate::i18n::Message::new(id).arg("name", name));
            if let Some(change) = drag::change(doc.strategy(), drag) {
                doc.change(&change, &label, None, now_ms())?;
            }
            Ok(self.changed(doc, lang, None))
        })
    }

    /// A new action drawn on a lane of the roadmap as laid out for `request`.
    pub fn draw_action(&self, request: &RoadmapRequest, drawn: &Drawn) -> crate::Result<Changed> {
        self.with_doc(|doc, s| {
            let lang = s.lang;
            let layout = self.cache.layout(doc.strategy(), &s.screen(request))?;
            let scale = layout.pages.first().and_then(|p| p.time_scale.as_ref());
            let Some(scale) = scale else {
                return Ok(self.changed(doc, lang, None));
            };
            let (start, due) = drag::drawn_dates(scale, drawn.x1, drawn.x2);
            let action = Action {
                id: Id::fresh("action"),
                theme: Id(drawn.theme.clone()),
                name: lang.text("app-new-action"),
                status: Status::NotStarted,
                start: Some(start),
                due: Some(due),
                ..Action::default()
            };
            let item = match serde_json::to_value(&action) {
                Ok(serde_json::Value::Object(m)) => m,
                _ => return Ok(self.changed(doc, lang, None)),
            };
            let change = Change::Add {
                parent: vec![],
                list: ListKey::Actions,
                item,
            };
            let made = doc.change(&change, &lang.text("app-edit-create"), None, now_ms())?;
            Ok(self.changed(doc, lang, made.flatten().map(|id| id.0)))
        })
    }

    /// Makes one edit the person made, as one undoable step named `label`
    /// (typing in one field, the same `key`, joins one step).
    pub fn change(
        &self,
        change: &Change,
        label: &str,
        key: Option<&str>,
    ) -> crate::Result<Changed> {
        self.with_doc(|doc, s| {
            let made = doc.change(change, label, key, now_ms())?;
            Ok(self.changed(doc, s.lang, made.flatten().map(|id| id.0)))
        })
    }

    /// The undo stacks of the open document (empty when none is open).
    pub fn undo_state(&self) -> undo::UndoState {
        let inner = self.lock();
        let doc = inner.doc.as_ref();
        doc.map(Document::undo_state)
            .unwrap_or_else(|| undo::Undo::new().state())
    }

    /// The current strategy, if one is open.
    pub fn strategy(&self) -> Option<Strategy> {
        self.lock().doc.as_ref().map(|d| d.strategy().clone())
    }

    /// Where saving goes without asking: the project file it came from.
    pub fn project_path(&self) -> Option<PathBuf> {
        let inner = self.lock();
        let doc = inner.doc.as_ref().filter(|d| d.has_project_file())?;
        doc.path().map(Path::to_path_buf)
    }

    /// The file name to suggest for a save or an export, with `extension`.
    pub fn suggested_name(&self, extension: &str) -> String {
        self.strategy()
            .map(|s| format!("{}.{extension}", s.name))
            .unwrap_or_default()
    }

    /// Saves the current document to `path` (given `.tiekartta` when it has
    /// another extension) and makes that its file.
    pub fn save_to(&self, path: &Path) -> crate::Result<Saved> {
        let mut path = path.to_path_buf();
        if !open::is_project(&path) {
            path.set_extension("tiekartta");
        }
        let mut inner = self.lock();
        let (lang, author) = (
            inner.settings.lang,
            Author::new(inner.settings.author.clone()),
        );
        let doc = inner.doc.as_mut().ok_or(SessionError::NoDocument)?;
        let label = lang.text("app-edit-came-in");
        let report = doc.save_to(&path, &author, &label, now_ms())?;
        let came_in = (!report.incoming.is_empty()).then(|| {
            let incoming = vec![shared::incoming(file_name(&path), &report.incoming, lang)];
            self.merged(doc, lang, incoming)
        });
        let undo = doc.undo_state();
        inner.settings.remember(&path);
        inner.settings.write(&self.dir);
        self.autosave.clear();
        Ok(Saved {
            path: path.display().to_string(),
            file_name: file_name(&path),
            undo,
            came_in,
        })
    }

    /// How long writing the recovery file may take and still be done after
    /// every edit ([`recovery::CHEAP`] unless set); slower writes wait for
    /// [`Session::flush_recovery`].
    pub fn set_recovery_cheap(&self, cheap: std::time::Duration) {
        self.autosave.set_cheap(cheap);
    }

    /// Writes the edits not yet in the recovery file (the shell calls this
    /// on a timer, every [`recovery::EVERY`]); nothing when none are due.
    pub fn flush_recovery(&self) {
        if !self.autosave.is_due() {
            return;
        }
        let inner = self.lock();
        if let Some(doc) = &inner.doc {
            self.autosave.write(doc.path(), doc.strategy());
        }
    }

    /// Closes the current document (its recovery file goes too).
    pub fn close(&self) {
        self.lock().doc = None;
        self.autosave.clear();
    }

    fn merged(&self, doc: &Document, lang: Lang, incoming: Vec<Incoming>) -> Merged {
        self.autosave.write(doc.path(), doc.strategy());
        Merged {
            problems: problems(doc.strategy(), lang),
            conflicts: doc.conflicts().iter().map(conflict_out).collect(),
            strategy: doc.strategy().clone(),
            incoming,
            phase_dates: phase_dates(doc.strategy()),
            undo: doc.undo_state(),
        }
    }

    /// Merges the copy at `path` into the current document.
    pub fn merge_copy(&self, path: &Path) -> crate::Result<Merged> {
        self.with_doc(|doc, s| {
            let (lang, author) = (s.lang, Author::new(s.author.clone()));
            let label = lang.text("app-edit-merge");
            let outcome = doc.merge_copy(path, &author, &label, now_ms())?;
            let incoming = outcome
                .incoming
                .into_iter()
                .map(|(name, entries)| shared::incoming(name, &entries, lang))
                .collect();
            Ok(self.merged(doc, lang, incoming))
        })
    }

    /// Takes value `value` of conflict `conflict`.
    pub fn resolve(&self, conflict: &str, value: &str) -> crate::Result<Merged> {
        self.with_doc(|doc, s| {
            let (lang, author) = (s.lang, Author::new(s.author.clone()));
            let label = lang.text("app-edit-resolve");
            doc.resolve(conflict, value, &author, &label, now_ms())?;
            Ok(self.merged(doc, lang, vec![]))
        })
    }

    /// The open conflicts of the current document.
    pub fn conflicts(&self) -> Vec<ConflictOut> {
        let inner = self.lock();
        let doc = inner.doc.as_ref();
        doc.map(|d| d.conflicts().iter().map(conflict_out).collect())
            .unwrap_or_default()
    }

    /// The history of the current document, newest first.
    pub fn history(&self) -> crate::Result<Vec<HistoryLine>> {
        let lang = self.lang();
        let entries = match self.lock().doc.as_ref() {
            Some(d) => d.history()?,
            None => vec![],
        };
        Ok(entries
            .iter()
            .rev()
            .map(|e| history_line(e, lang))
            .collect())
    }

    /// What falls due and what is late on `today` ([`schedule`]).
    pub fn schedule(&self, today: &str) -> Option<crate::schedule::Schedule> {
        schedule(&self.strategy()?, today)
    }

    /// Validation problems of the current strategy.
    pub fn problems(&self) -> Vec<ProblemLine> {
        let lang = self.lang();
        self.strategy()
            .map(|s| problems(&s, lang))
            .unwrap_or_default()
    }

    /// Unsaved work left by a crash.
    pub fn recovery(&self) -> Option<Recovery> {
        let r = self.autosave.offer()?;
        Some(Recovery {
            name: r.strategy.name,
            path: r.path.map(|p| p.display().to_string()),
            saved_at: r.saved_at,
        })
    }

    /// Opens the recovered work as the current (unsaved) document.
    pub fn recover(&self) -> crate::Result<Opened> {
        let r = self.autosave.offer().ok_or(SessionError::NoRecovery)?;
        self.autosave.write(r.path.as_deref(), &r.strategy);
        let opened = self.show(&mut self.lock(), Document::recovered(r.strategy, r.path));
        self.autosave.discard_offered();
        Ok(opened)
    }

    /// Forgets the work offered for recovery.
    pub fn discard_recovery(&self) {
        self.autosave.discard_offered();
    }

    /// The roadmap on screen, only the part `request.area` asks for drawn.
    pub fn roadmap(&self, request: &RoadmapRequest) -> crate::Result<Picture> {
        self.with_doc(|doc, s| {
            let view = screen(doc, s, request)?;
            picture::roadmap(&self.cache, doc.strategy(), &view, request.area)
        })
    }

    /// The dragged item as it will be when dropped (the same rule as the drop).
    pub fn drag_preview(&self, request: &RoadmapRequest, drag: &Drag) -> crate::Result<Fragment> {
        self.with_doc(|doc, s| {
            let view = screen(doc, s, request)?;
            picture::drag_fragment(&self.cache, doc.strategy(), &view, drag)
        })
    }
}

/// The roadmap's view on screen as `request` asks, with the ghost bars of
/// the snapshot it names (a blank name: none).
fn screen(
    doc: &mut Document,
    s: &Settings,
    request: &RoadmapRequest,
) -> crate::Result<crate::layout::View> {
    let mut view = s.screen(request);
    if let Some(id) = request.ghost.as_deref().map(str::trim)
        && !id.is_empty()
    {
        view.ghosts = Some(doc.ghosts(id)?);
    }
    Ok(view)
}

/// The name of the item `id` for an undo label.
fn dragged_name(s: &Strategy, id: &str) -> String {
    let action = s
        .actions
        .iter()
        .find(|a| a.id.as_str() == id)
        .map(|a| &a.name);
    let phase = s
        .phases
        .iter()
        .find(|p| p.id.as_str() == id)
        .map(|p| &p.name);
    let milestone = s
        .milestones
        .iter()
        .find(|m| m.id.as_str() == id)
        .map(|m| &m.name);
    action.or(phase).or(milestone).cloned().unwrap_or_default()
}
