//! The draft: a strategy as the town wrote it (text pasted from Word,
//! PowerPoint or a PDF, a `.txt`, `.md` or `.docx`) turned into a structured
//! [`Strategy`] to correct before it becomes the strategy. It runs in three
//! stages: `lines` normalises the text (bullets, numbers, soft hyphens, hard
//! wraps, headings by their looks), `classify` decides what each row is by
//! the section it stands in (vision, values, the town's themes, goals,
//! success factors, actions with owners after "vastuu:" and dates as Finns
//! write them, plans, preparation, evaluation), and `build` makes the
//! entities with fresh ids and references that pass validation. Every
//! source line is either [`Placed`] (with what it became) or listed as not
//! understood: the draft is a help, and says where it did not help.

mod build;
mod classify;
mod docx;
mod error;
mod lines;
mod words;

pub use docx::read_docx;
pub use error::{DraftError, Result};

use serde::Serialize;

use crate::model::{Id, Strategy};
pub use crate::validate::Entity;

/// The largest text or document drafted, in bytes.
pub const MAX_INPUT_BYTES: u64 = 20_000_000;

/// A source line: its number (1-based) and its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Line {
    /// The line's number in the source, from 1.
    pub number: usize,
    /// The line as written.
    pub text: String,
}

/// What a source line became.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum Became {
    /// A heading that gives the structure (a section, a question under it).
    Heading,
    /// An entity, new or mentioned again.
    Entity {
        /// What kind of entity.
        #[serde(skip)]
        entity: Entity,
        /// Its id.
        id: Id,
    },
    /// A field of an entity: the strategy's vision, a value's meaning.
    Field {
        /// What kind of entity.
        #[serde(skip)]
        entity: Entity,
        /// Its id.
        id: Id,
        /// The field, as in interchange JSON.
        field: &'static str,
    },
}

/// A source line that was understood, and what it became.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Placed {
    /// The line.
    pub line: Line,
    /// What it became.
    pub became: Became,
}

/// A drafted strategy and an account of every source line.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// The strategy drafted, valid but to be corrected.
    pub strategy: Strategy,
    /// The lines understood, in source order.
    pub placed: Vec<Placed>,
    /// The lines not understood, in source order.
    pub not_understood: Vec<Line>,
}

/// Drafts a strategy from text (plain or Markdown).
pub fn draft(text: &str) -> Draft {
    let source: Vec<&str> = text.lines().collect();
    let rows = lines::rows(text);
    let mut c = classify::Classifier::new(&rows);
    let mut placed = Vec::new();
    let mut not_understood = Vec::new();
    for r in &rows {
        let became = c.row(r);
        for &n in &r.lines {
            let line = Line {
                number: n,
                text: source
                    .get(n - 1)
                    .map(|l| l.trim().to_owned())
                    .unwrap_or_default(),
            };
            match &became {
                Some(b) => placed.push(Placed {
                    line,
                    became: b.clone(),
                }),
                None => not_understood.push(line),
            }
        }
    }
    Draft {
        strategy: c.b.finish(),
        placed,
        not_understood,
    }
}

/// Drafts a strategy from a file: `.docx` by its paragraphs, anything else
/// as text (`.md` headings give the structure).
pub fn draft_file(path: &std::path::Path) -> crate::Result<Draft> {
    Ok(draft(&source_text(path)?))
}

/// The text of a strategy document to draft from: a `.docx`'s paragraphs,
/// anything else read as text (a byte order mark dropped), refused over
/// [`MAX_INPUT_BYTES`].
pub fn source_text(path: &std::path::Path) -> crate::Result<String> {
    let file = path.display().to_string();
    let size = std::fs::metadata(path)
        .map_err(|e| crate::Error::io(path, e))?
        .len();
    if size > MAX_INPUT_BYTES {
        return Err(DraftError::TooLarge {
            file,
            max: MAX_INPUT_BYTES,
        }
        .into());
    }
    let bytes = std::fs::read(path).map_err(|e| crate::Error::io(path, e))?;
    let is_docx = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("docx"));
    let text = if is_docx {
        read_docx(&file, &bytes)?
    } else {
        String::from_utf8_lossy(&bytes).into_owned()
    };
    Ok(match text.strip_prefix('\u{feff}') {
        Some(t) => t.to_owned(),
        None => text,
    })
}
