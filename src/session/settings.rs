//! The settings kept in `settings.json` in the app's folder: the language,
//! the author recorded in history, and the files opened recently.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

use crate::layout::View;

use super::boundary::{RecentFile, SettingsPatch};
use super::document::file_name;
use super::picture::RoadmapRequest;

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
    /// The roadmap's text zoom (Ctrl+plus / Ctrl+minus), plain when absent.
    pub text_scale: Option<f32>,
}

/// The text zooms Ctrl+plus and Ctrl+minus step through.
const TEXT_STEPS: [f32; 9] = [0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5];

/// A step of the roadmap's text zoom.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum TextZoom {
    /// One step bigger (Ctrl+plus).
    Bigger,
    /// One step smaller (Ctrl+minus).
    Smaller,
    /// The plain size (Ctrl+0).
    Plain,
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

    /// The roadmap's text zoom, 1 for the plain size.
    pub fn text_scale(&self) -> f32 {
        self.text_scale
            .filter(|k| k.is_finite())
            .unwrap_or(1.0)
            .clamp(TEXT_STEPS[0], TEXT_STEPS[TEXT_STEPS.len() - 1])
    }

    /// Takes one step of the text zoom; returns the new scale.
    pub fn zoom_text(&mut self, step: TextZoom) -> f32 {
        let now = self.text_scale();
        let next = match step {
            TextZoom::Plain => Some(1.0),
            TextZoom::Bigger => TEXT_STEPS.iter().copied().find(|k| *k > now + 0.001),
            TextZoom::Smaller => TEXT_STEPS.iter().rev().copied().find(|k| *k < now - 0.001),
        }
        .unwrap_or(now);
        self.text_scale = Some(next);
        next
    }

    /// The roadmap on screen as `req` asks, in the user's language and text zoom.
    pub fn screen(&self, req: &RoadmapRequest) -> View {
        View {
            text_scale: self.text_scale(),
            ..super::picture::screen_view(req, self.lang)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_zoom_steps_up_and_down_within_its_range_and_back_to_plain() {
        let mut s = Settings::default();
        assert_eq!(s.text_scale(), 1.0);
        assert_eq!(s.zoom_text(TextZoom::Bigger), 1.15);
        for _ in 0..20 {
            s.zoom_text(TextZoom::Bigger);
        }
        assert_eq!(s.text_scale(), 2.5);
        assert_eq!(s.zoom_text(TextZoom::Plain), 1.0);
        assert_eq!(s.zoom_text(TextZoom::Smaller), 0.9);
        s.text_scale = Some(f32::NAN);
        assert_eq!(s.text_scale(), 1.0);
    }
}
