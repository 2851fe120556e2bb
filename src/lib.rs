//! Tiekartta's core: a Finnish town's strategy as data, files, merges and
//! handouts.
//!
//! The pipeline, one module a stage:
//! - [`model`]: the strategy's types, the one source of truth;
//! - [`validate`]: what is wrong with a strategy, in words a person can act on;
//! - [`interchange`]: the versioned JSON form and its schema;
//! - [`i18n`]: every sentence in Finnish, Swedish and English.
//!
//! The CLI (`src/main.rs`) and the Tauri shell (`src-tauri/`) only call these.

pub mod error;
pub mod i18n;
pub mod interchange;
pub mod layout;
pub mod merge;
pub mod model;
pub mod pdf;
pub mod store;
pub mod svg;
pub mod text;
pub mod validate;

pub use error::{Error, Result};
