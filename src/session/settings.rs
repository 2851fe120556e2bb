//! The settings kept in `settings.json` in the app's folder: the language,
//! the author recorded in history, and the files opened recently.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

use super::boundary::{RecentFile, SettingsPatch};
use super::document::file_name;

const RECENT_MAX: usize = 10;

/// The user's settings.
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

impl Settings {
    /// The settings in `dir`, or the defaults.
    pub fn read(dir: &Path) -> Settings {
        std::fs::read_to_string(dir.join("settings.json"))
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default()
    }

    /// Writes them to `dir`; a failure only loses the change.
    pub fn write(&self, dir: &Path) {
        if std::fs::create_dir_all(dir).is_ok()
            && let Ok(text) = serde_json::to_string_pretty(self)
        {
            let _ = std::fs::write(dir.join("settings.json"), text);
        }
    }

    /// Takes the parts of `patch` that are given.
    pub fn patch(&mut self, patch: SettingsPatch) {
        if let Some(l) = patch.lang {
            self.lang = l;
        }
        if let Some(a) = patch.author {
            self.author = a.trim().to_owned();
        }
    }

    /// Puts `path` first in the recent list.
    pub fn remember(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(RECENT_MAX);
    }

    /// The recent files that still exist.
    pub fn recent_files(&self) -> Vec<RecentFile> {
        self.recent
            .iter()
            .filter(|p| p.exists())
            .map(|p| RecentFile {
                path: p.display().to_string(),
                file_name: file_name(p),
            })
            .collect()
    }
}
