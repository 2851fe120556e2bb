//! Tiekartta's core: a Finnish town's strategy as data, files, merges and
//! handouts.
//!
//! The pipeline, one module a stage (`model → store → merge`,
//! `model → layout → pdf | svg`):
//! - [`model`]: the strategy's types, the one source of truth;
//! - [`validate`]: what is wrong with a strategy, in words a person can act on;
//! - [`interchange`]: the versioned JSON form, its schema and the UI's types;
//! - [`store`]: the `.tiekartta` project file with its history of edits;
//! - [`merge`]: merging copies of one project file, and their conflicts;
//! - [`text`]: shaping and measuring with the real fonts, Finnish hyphenation;
//! - [`layout`]: the handouts and the screen roadmap as one display list;
//! - [`pdf`], [`svg`]: the two renderers of that display list;
//! - [`sync`]: sharing a strategy through an automerge-repo sync server;
//! - [`schedule`]: what falls due when (recurrence expanded) and the one rule of late;
//! - [`calendar`]: deadlines and milestones as an iCalendar file;
//! - [`round`]: the follow-up round: one workbook per owner out, their answers in as edits;
//! - [`draft`]: a strategy as the town wrote it (text, Markdown, Word) as a draft to correct;
//! - [`session`]: the open document, its undo, recovery and roadmap drags, without Tauri;
//! - [`xml`]: the escaping every XML the core writes goes through;
//! - [`i18n`]: every sentence in Finnish, Swedish and English;
//! - [`error`]: every module's error with a code and a translated message.
//!
//! The CLI (`src/main.rs`) and the Tauri shell (`src-tauri/`) only call these.

pub mod calendar;
pub mod changes;
pub mod draft;
pub mod edit;
pub mod error;
pub mod i18n;
pub mod interchange;
pub mod layout;
pub mod merge;
pub mod model;
pub mod pdf;
pub mod png;
pub mod pptx;
pub mod round;
pub mod schedule;
pub mod session;
pub mod store;
pub mod svg;
pub mod sync;
pub mod text;
pub mod validate;
pub mod xml;
mod zipped;

pub use error::{Error, Result};
