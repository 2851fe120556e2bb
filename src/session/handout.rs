//! The print view's handouts from the history: a [`PrintRequest`] may ask
//! for the strategy as it stood at a council snapshot (its id then in the
//! footer), for a snapshot's dates as ghost bars on the roadmap, or for the
//! changes handout between two snapshots (or one and now). Those are read
//! here from the project's history, by the same rule as the CLI
//! ([`under_snapshot`]), into the strategy and the layout view the preview
//! draws and the export writes — as PDF, PowerPoint (`.pptx`) or PNG. One
//! layout per handout: what the preview shows is what is written.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::picture::{self, PrintRequest};
use super::{Document, Session, SessionError, file_name};
use crate::layout::{self, Ghosts, Kind, SnapshotMark, View};
use crate::model::Strategy;
use crate::store::{Author, Project};

/// What a handout is written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", tag = "format")]
pub enum ExportFormat {
    /// One PDF.
    Pdf,
    /// PowerPoint, one slide a page; 4:3 slides when `standard`, else 16:9.
    Pptx {
        /// 4:3 slides.
        standard: bool,
    },
    /// PNG at `dpi`: `NAME.png`, or `NAME-1.png`, `NAME-2.png`… for several pages.
    Png {
        /// Dots per inch.
        dpi: u32,
    },
}

impl ExportFormat {
    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Pdf => "pdf",
            ExportFormat::Pptx { .. } => "pptx",
            ExportFormat::Png { .. } => "png",
        }
    }
}

/// The name a council snapshot lists a handout of `kind` under (as the
/// CLI's `snapshot --handouts` names them).
pub fn handout_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Roadmap => "roadmap",
        Kind::OnePage => "onepage",
        Kind::Actions => "actions",
        Kind::Progress => "progress",
        Kind::Changes => "changes",
        Kind::Deck => "deck",
    }
}

/// A snapshot's id from a request: `None` when absent or blank.
fn given(id: &Option<String>) -> Option<&str> {
    id.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// The strategy a handout of `project` prints and `view` marked for it:
/// with `at`, the strategy as it stood at that snapshot (so that a paper
/// printed under an id always shows that state) and its id in the footer;
/// with `ghost`, the dates that moved since that snapshot as ghost bars.
/// Snapshots are named by id, its start, or `latest`.
pub fn under_snapshot(
    project: &Project,
    view: &mut View,
    at: Option<&str>,
    ghost: Option<&str>,
) -> crate::Result<Strategy> {
    let mut s = project.strategy().clone();
    if let Some(id) = at {
        let found = project.find_snapshot(id)?;
        s = project.strategy_at(&found.heads)?;
        view.snapshot = Some(SnapshotMark {
            id: found.id.0.clone(),
            meeting: found.meeting.clone(),
        });
    }
    if let Some(id) = ghost {
        let found = project.find_snapshot(id)?;
        let old = project.strategy_at(&found.heads)?;
        view.ghosts = Some(Ghosts {
            snapshot: found.id.0.clone(),
            moved: crate::changes::between(&old, &s).rescheduled,
        });
    }
    Ok(s)
}

/// The strategy and the view of the handout `req` asks for, from `doc`
/// (its unsaved edits recorded first when the history is read).
fn resolve<'d>(
    doc: &'d mut Document,
    req: &PrintRequest,
    author: &Author,
) -> crate::Result<(Cow<'d, Strategy>, View)> {
    let mut view = picture::print_view(req);
    let (at, ghost) = (given(&req.snapshot), given(&req.ghost));
    let changes = req.kind == Kind::Changes;
    if at.is_none() && ghost.is_none() && !changes {
        return Ok((Cow::Borrowed(doc.strategy()), view));
    }
    if !doc.has_project_file() {
        return Err(SessionError::SnapshotNeedsProject.into());
    }
    let project = doc.recorded(author)?;
    if changes {
        let since = given(&req.since).unwrap_or("latest");
        view.changes = Some(crate::changes::since(project, since, given(&req.until))?);
    }
    let s = under_snapshot(project, &mut view, at, ghost)?;
    Ok((Cow::Owned(s), view))
}

/// The handout's files: one, or one a page for PNG.
fn render(
    strategy: &Strategy,
    view: &View,
    format: ExportFormat,
    author: &str,
) -> crate::Result<Vec<Vec<u8>>> {
    Ok(match format {
        ExportFormat::Pdf => vec![picture::pdf(strategy, view, author)?],
        ExportFormat::Pptx { standard } => {
            let l = layout::layout(strategy, view)?;
            let ratio = if standard {
                crate::pptx::Ratio::Standard
            } else {
                crate::pptx::Ratio::Wide
            };
            vec![crate::pptx::render(&l, ratio)?]
        }
        ExportFormat::Png { dpi } => {
            let l = layout::layout(strategy, view)?;
            (0..l.pages.len())
                .map(|i| crate::png::render(&l, i, dpi))
                .collect::<Result<_, _>>()?
        }
    })
}

/// `NAME-k.ext`, for the k-th of several pages.
fn numbered(path: &Path, k: usize) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!("{stem}-{k}.{ext}"))
}

impl Session {
    /// A handout's pages for the print preview: the layout the export writes.
    pub fn handout(&self, request: &PrintRequest) -> crate::Result<picture::Picture> {
        self.with_doc(|doc, s| {
            let (strategy, view) = resolve(doc, request, &Author::new(s.author.clone()))?;
            picture::picture(&strategy, &view)
        })
    }

    /// Writes the handout as `format` to `path` (given the format's
    /// extension when it has another; several PNG pages as `NAME-1.png`,
    /// `NAME-2.png`…); returns the (first) file's name.
    pub fn export_handout(
        &self,
        request: &PrintRequest,
        format: ExportFormat,
        path: &Path,
    ) -> crate::Result<String> {
        let mut path = path.to_path_buf();
        let ext = format.extension();
        if path
            .extension()
            .is_none_or(|e| !e.eq_ignore_ascii_case(ext))
        {
            path.set_extension(ext);
        }
        let files = self.with_doc(|doc, s| {
            let (strategy, view) = resolve(doc, request, &Author::new(s.author.clone()))?;
            render(&strategy, &view, format, &s.author)
        })?;
        let many = files.len() > 1;
        let mut first = None;
        for (i, bytes) in files.iter().enumerate() {
            let file = if many {
                numbered(&path, i + 1)
            } else {
                path.clone()
            };
            std::fs::write(&file, bytes).map_err(|e| crate::Error::io(&file, e))?;
            first.get_or_insert(file);
        }
        Ok(file_name(first.as_deref().unwrap_or(&path)))
    }

    /// Writes the handout as PDF to `path` (given `.pdf` when it has another extension).
    pub fn export_pdf(&self, request: &PrintRequest, path: &Path) -> crate::Result<String> {
        self.export_handout(request, ExportFormat::Pdf, path)
    }
}
