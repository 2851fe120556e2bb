//! The app's state between commands: the open strategy and its file, the
//! settings (language, author, recent files) and the recovery file that
//! autosave keeps so a crash loses nothing.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use tiekartta::error::UserError;
use tiekartta::i18n::{Lang, Message};
use tiekartta::model::Strategy;

use tiekartta::store::{Author, Project};

use crate::boundary::{
    ChoiceOut, ConflictOut, HistoryLine, Incoming, Merged, Opened, ProblemLine, RecentFile,
    Recovery, Saved,
};
use crate::document;

const RECENT_MAX: usize = 10;

/// Settings kept in `settings.json` in the app's config directory.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Settings {
    /// Language of the UI and messages.
    pub lang: Lang,
    /// Author name recorded in history.
    pub author: String,
    /// Recent files, newest first.
    pub recent: Vec<PathBuf>,
}

/// What the recovery file holds.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct RecoveryFile {
    path: Option<PathBuf>,
    saved_at: String,
    json: String,
}

/// The open document.
struct Doc {
    path: Option<PathBuf>,
    strategy: Strategy,
    /// The project with its history, once the strategy has been in a project file.
    project: Option<tiekartta::store::Project>,
}

struct Inner {
    settings: Settings,
    doc: Option<Doc>,
}

/// The state shared by all commands.
pub struct Session {
    dir: PathBuf,
    inner: Mutex<Inner>,
    /// The last session's autosave is moved aside once, at start.
    set_aside: std::sync::Once,
}

/// A user-facing error made from a catalogue message.
pub fn user_error(lang: Lang, message: Message) -> UserError {
    UserError {
        code: message.id.to_owned(),
        message: lang.tr(&message),
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The validation problems as lines in `lang`.
pub fn problems(strategy: &Strategy, lang: Lang) -> Vec<ProblemLine> {
    tiekartta::validate::validate(strategy)
        .iter()
        .map(|p| ProblemLine {
            error: p.severity == tiekartta::validate::Severity::Error,
            id: p.id.clone(),
            text: p.to_line(lang),
        })
        .collect()
}

fn history_line(e: &tiekartta::store::HistoryEntry, lang: Lang) -> HistoryLine {
    let mut lines = e.lines(lang).into_iter();
    HistoryLine {
        heading: lines.next().unwrap_or_default(),
        details: lines.map(|l| l.trim().to_owned()).collect(),
    }
}

fn conflict_out(c: &tiekartta::merge::Conflict) -> ConflictOut {
    let kind = serde_json::to_value(c.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    ConflictOut {
        id: c.id.clone(),
        kind,
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

impl Session {
    /// Loads the settings from `dir` (the app's config directory).
    pub fn load(dir: PathBuf) -> Session {
        let settings = std::fs::read_to_string(dir.join("settings.json"))
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default();
        Session {
            dir,
            inner: Mutex::new(Inner {
                settings,
                doc: None,
            }),
            set_aside: std::sync::Once::new(),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        // A panic elsewhere must not make the app unusable.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The current settings.
    pub fn settings(&self) -> Settings {
        self.lock().settings.clone()
    }

    /// The current language.
    pub fn lang(&self) -> Lang {
        self.lock().settings.lang
    }

    /// Changes and stores the settings.
    pub fn update_settings(&self, lang: Option<Lang>, author: Option<String>) {
        let mut inner = self.lock();
        if let Some(l) = lang {
            inner.settings.lang = l;
        }
        if let Some(a) = author {
            inner.settings.author = a.trim().to_owned();
        }
        self.write_settings(&inner.settings);
    }

    fn write_settings(&self, settings: &Settings) {
        if std::fs::create_dir_all(&self.dir).is_ok()
            && let Ok(text) = serde_json::to_string_pretty(settings)
        {
            let _ = std::fs::write(self.dir.join("settings.json"), text);
        }
    }

    /// The recent files that still exist.
    pub fn recent(&self) -> Vec<RecentFile> {
        self.lock()
            .settings
            .recent
            .iter()
            .filter(|p| p.exists())
            .map(|p| RecentFile {
                path: p.display().to_string(),
                file_name: file_name(p),
            })
            .collect()
    }

    /// Whether `path` is in the recent list (the only paths the UI may name).
    pub fn is_recent(&self, path: &Path) -> bool {
        self.lock().settings.recent.iter().any(|p| p == path)
    }

    fn remember(&self, inner: &mut Inner, path: &Path) {
        inner.settings.recent.retain(|p| p != path);
        inner.settings.recent.insert(0, path.to_path_buf());
        inner.settings.recent.truncate(RECENT_MAX);
        self.write_settings(&inner.settings);
    }

    /// Opens the file at `path` and makes it the current document.
    pub fn open(&self, path: &Path) -> Result<Opened, UserError> {
        let lang = self.lang();
        let loaded = document::load(path).map_err(|e| e.to_user(lang))?;
        let strategy = loaded.strategy;
        let mut inner = self.lock();
        self.remember(&mut inner, path);
        inner.doc = Some(Doc {
            path: Some(path.to_path_buf()),
            strategy: strategy.clone(),
            project: loaded.project,
        });
        Ok(Opened {
            path: Some(path.display().to_string()),
            file_name: file_name(path),
            problems: problems(&strategy, lang),
            strategy,
        })
    }

    /// Makes `strategy` the current, not yet saved document.
    pub fn adopt(&self, strategy: Strategy, untitled: String) -> Opened {
        let lang = self.lang();
        let out = Opened {
            path: None,
            file_name: untitled,
            problems: problems(&strategy, lang),
            strategy: strategy.clone(),
        };
        self.lock().doc = Some(Doc {
            path: None,
            strategy,
            project: None,
        });
        out
    }

    /// Replaces the current strategy with the edited one; writes the recovery file.
    pub fn update(&self, strategy: Strategy) -> Vec<ProblemLine> {
        let lang = self.lang();
        let lines = problems(&strategy, lang);
        let mut inner = self.lock();
        match inner.doc.as_mut() {
            Some(doc) => {
                self.write_recovery(doc.path.clone(), &strategy);
                doc.strategy = strategy;
            }
            None => {
                inner.doc = Some(Doc {
                    path: None,
                    strategy,
                    project: None,
                })
            }
        }
        lines
    }

    /// The current strategy, if one is open.
    pub fn strategy(&self) -> Option<Strategy> {
        self.lock().doc.as_ref().map(|d| d.strategy.clone())
    }

    /// The current document's path.
    pub fn path(&self) -> Option<PathBuf> {
        self.lock().doc.as_ref().and_then(|d| d.path.clone())
    }

    /// Saves the current document to `path` and makes that its file.
    pub fn save_to(&self, path: &Path) -> Result<Saved, UserError> {
        let lang = self.lang();
        let mut inner = self.lock();
        let author = inner.settings.author.clone();
        let Some(doc) = inner.doc.as_mut() else {
            return Err(user_error(lang, Message::new("app-no-document")));
        };
        document::save(path, &mut doc.project, &doc.strategy, &author)
            .map_err(|e| e.to_user(lang))?;
        doc.path = Some(path.to_path_buf());
        self.remember(&mut inner, path);
        self.clear_recovery();
        Ok(Saved {
            path: path.display().to_string(),
            file_name: file_name(path),
        })
    }

    /// Closes the current document (its recovery file goes too).
    pub fn close(&self) {
        self.lock().doc = None;
        self.clear_recovery();
    }

    /// Merges the copy at `path` into the current document (which must be a
    /// saved project, so the two share a history).
    pub fn merge_copy(&self, path: &Path) -> Result<Merged, UserError> {
        let lang = self.lang();
        let mut inner = self.lock();
        let author = Author::new(inner.settings.author.clone());
        let Some(doc) = inner.doc.as_mut() else {
            return Err(user_error(lang, Message::new("app-no-document")));
        };
        let mine_name = doc.path.as_deref().map(file_name).unwrap_or_default();
        let Some(project) = doc.project.as_mut() else {
            return Err(user_error(lang, Message::new("app-merge-needs-project")));
        };
        project
            .apply(doc.strategy.clone(), &author)
            .map_err(|e| tiekartta::Error::from(e).to_user(lang))?;
        let copy = Project::open(path).map_err(|e| tiekartta::Error::from(e).to_user(lang))?;
        let copy_name = file_name(path);
        let (merged, report) = tiekartta::merge::merge_all(&[
            (mine_name.as_str(), &*project),
            (copy_name.as_str(), &copy),
        ])
        .map_err(|e| e.to_user(lang))?;
        doc.strategy = merged.strategy().clone();
        *project = merged;
        let incoming = [mine_name, copy_name]
            .into_iter()
            .zip(report.incoming)
            .map(|(name, entries)| Incoming {
                name,
                changes: entries.iter().map(|e| history_line(e, lang)).collect(),
            })
            .collect();
        self.write_recovery(doc.path.clone(), &doc.strategy);
        Ok(Merged {
            problems: problems(&doc.strategy, lang),
            conflicts: project.conflicts().iter().map(conflict_out).collect(),
            strategy: doc.strategy.clone(),
            incoming,
        })
    }

    /// Takes value `value` of conflict `conflict` (an edit by the author).
    pub fn resolve(&self, conflict: &str, value: &str) -> Result<Merged, UserError> {
        let lang = self.lang();
        let mut inner = self.lock();
        let author = Author::new(inner.settings.author.clone());
        let Some(doc) = inner.doc.as_mut() else {
            return Err(user_error(lang, Message::new("app-no-document")));
        };
        let Some(project) = doc.project.as_mut() else {
            return Err(user_error(lang, Message::new("app-merge-needs-project")));
        };
        project
            .apply(doc.strategy.clone(), &author)
            .map_err(|e| tiekartta::Error::from(e).to_user(lang))?;
        project
            .resolve(conflict, value, &author)
            .map_err(|e| e.to_user(lang))?;
        doc.strategy = project.strategy().clone();
        Ok(Merged {
            problems: problems(&doc.strategy, lang),
            conflicts: project.conflicts().iter().map(conflict_out).collect(),
            strategy: doc.strategy.clone(),
            incoming: vec![],
        })
    }

    /// The open conflicts of the current document.
    pub fn conflicts(&self) -> Vec<ConflictOut> {
        let inner = self.lock();
        let project = inner.doc.as_ref().and_then(|d| d.project.as_ref());
        project
            .map(|p| p.conflicts().iter().map(conflict_out).collect())
            .unwrap_or_default()
    }

    /// The history of the current document, newest first.
    pub fn history(&self) -> Result<Vec<HistoryLine>, UserError> {
        let lang = self.lang();
        let inner = self.lock();
        let Some(project) = inner.doc.as_ref().and_then(|d| d.project.as_ref()) else {
            return Ok(vec![]);
        };
        let entries = project
            .history()
            .map_err(|e| tiekartta::Error::from(e).to_user(lang))?;
        Ok(entries
            .iter()
            .rev()
            .map(|e| history_line(e, lang))
            .collect())
    }

    fn recovery_path(&self) -> PathBuf {
        self.dir.join("recovery.json")
    }

    fn write_recovery(&self, path: Option<PathBuf>, strategy: &Strategy) {
        let file = RecoveryFile {
            path,
            saved_at: chrono::Local::now().to_rfc3339(),
            json: tiekartta::interchange::to_json(strategy),
        };
        if std::fs::create_dir_all(&self.dir).is_ok()
            && let Ok(text) = serde_json::to_string(&file)
        {
            let tmp = self.dir.join("recovery.json.tmp");
            if std::fs::write(&tmp, text).is_ok() {
                let _ = std::fs::rename(&tmp, self.recovery_path());
            }
        }
    }

    /// Where work left by a crash waits for the user's answer, so that this
    /// session's autosave does not overwrite it.
    fn offered_path(&self) -> PathBuf {
        self.dir.join("recovery-offered.json")
    }

    fn read_recovery(&self) -> Option<(RecoveryFile, Strategy)> {
        let text = std::fs::read_to_string(self.offered_path()).ok()?;
        let file: RecoveryFile = serde_json::from_str(&text).ok()?;
        let strategy = tiekartta::interchange::from_json(&file.json).ok()?;
        Some((file, strategy))
    }

    /// Unsaved work left by a crash (moved aside when first asked, at start).
    pub fn recovery(&self) -> Option<Recovery> {
        self.set_aside.call_once(|| {
            if self.recovery_path().exists() && !self.offered_path().exists() {
                let _ = std::fs::rename(self.recovery_path(), self.offered_path());
            }
        });
        let (file, strategy) = self.read_recovery()?;
        Some(Recovery {
            name: strategy.name,
            path: file.path.map(|p| p.display().to_string()),
            saved_at: file.saved_at,
        })
    }

    /// Opens the recovered work as the current (unsaved) document.
    pub fn recover(&self) -> Result<Opened, UserError> {
        let lang = self.lang();
        let Some((file, strategy)) = self.read_recovery() else {
            return Err(user_error(lang, Message::new("app-no-recovery")));
        };
        let name = file
            .path
            .as_deref()
            .map(file_name)
            .unwrap_or_else(|| lang.text("app-untitled"));
        let out = Opened {
            path: file.path.as_ref().map(|p| p.display().to_string()),
            file_name: name,
            problems: problems(&strategy, lang),
            strategy: strategy.clone(),
        };
        self.write_recovery(file.path.clone(), &strategy);
        // The recovered edits go on top of the file's history when it still opens.
        let project = file
            .path
            .as_deref()
            .and_then(|p| document::load(p).ok())
            .and_then(|l| l.project);
        self.lock().doc = Some(Doc {
            path: file.path,
            strategy,
            project,
        });
        self.discard_offered();
        Ok(out)
    }

    /// Forgets this session's autosave.
    pub fn clear_recovery(&self) {
        let _ = std::fs::remove_file(self.recovery_path());
    }

    /// Forgets the work offered for recovery.
    pub fn discard_offered(&self) {
        let _ = std::fs::remove_file(self.offered_path());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paimio() -> Strategy {
        tiekartta::interchange::from_json(include_str!("../../seeds/paimio.json")).unwrap()
    }

    #[test]
    fn a_crash_leaves_work_that_the_next_start_offers_back() {
        let dir = tempfile::tempdir().unwrap();
        let session = Session::load(dir.path().to_path_buf());
        session.adopt(paimio(), "Nimetön".into());
        let mut edited = paimio();
        edited.slogan = "Ennen kaatumista".into();
        session.update(edited.clone());
        drop(session); // no save, no close: a crash

        let next = Session::load(dir.path().to_path_buf());
        let offer = next.recovery().unwrap();
        assert_eq!(offer.name, edited.name);
        // This session's own autosave must not overwrite the offer.
        next.adopt(paimio(), "Nimetön".into());
        next.update(paimio());
        assert_eq!(next.recover().unwrap().strategy.slogan, "Ennen kaatumista");
        assert!(next.recovery().is_none(), "recovered work is offered once");
    }

    #[test]
    fn only_files_opened_before_count_as_recent() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("paimio.json");
        std::fs::write(&file, tiekartta::interchange::to_json(&paimio())).unwrap();
        let session = Session::load(dir.path().join("config"));
        session.open(&file).unwrap();
        assert!(session.is_recent(&file));
        assert!(!session.is_recent(Path::new("/etc/passwd")));
        let again = Session::load(dir.path().join("config"));
        assert_eq!(
            again.recent().len(),
            1,
            "the recent list survives a restart"
        );
    }

    #[test]
    fn a_saved_project_opens_with_the_edit_and_its_author_in_the_history() {
        let dir = tempfile::tempdir().unwrap();
        let session = Session::load(dir.path().join("config"));
        session.update_settings(None, Some("Strategiajohtaja".into()));
        session.adopt(paimio(), "Nimetön".into());
        let mut edited = paimio();
        edited.vision = "Aallonharjalla yhdessä".into();
        session.update(edited);
        let path = dir.path().join("paimio.tiekartta");
        session.save_to(&path).unwrap();

        let other = Session::load(dir.path().join("config2"));
        let opened = other.open(&path).unwrap();
        assert_eq!(opened.strategy.vision, "Aallonharjalla yhdessä");
        let history = other.history().unwrap();
        assert!(
            history
                .iter()
                .any(|h| h.heading.contains("Strategiajohtaja")),
            "{history:?}"
        );
    }

    #[test]
    fn a_file_that_is_not_a_project_gives_a_message_in_the_users_language() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("rikki.tiekartta");
        std::fs::write(&file, b"not a project at all").unwrap();
        let session = Session::load(dir.path().join("config"));
        let fi = session.open(&file).unwrap_err();
        session.update_settings(Some(Lang::Sv), None);
        let sv = session.open(&file).unwrap_err();
        assert_eq!(fi.code, sv.code);
        assert_ne!(fi.message, sv.message);
    }
}
