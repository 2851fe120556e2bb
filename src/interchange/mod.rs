//! Interchange JSON: the strategy as a versioned, documented JSON text.
//!
//! The envelope is `{"format": "tiekartta", "version": 2, "strategy": {…}}`
//! (version 1 still reads, see [`migrate`]);
//! `docs/file-format.md` describes it and `docs/strategy.schema.json` (made by
//! [`json_schema`] from the Rust types) pins its shape. [`to_json`] writes the
//! canonical form (two-space indentation, fields in declaration order, empty
//! fields left out, a final newline), so an export of an import is identical
//! byte for byte to a canonical input.

mod error;
mod migrate;
pub mod shape;
mod typescript;

pub use error::{InterchangeError, Result};
pub use migrate::migrate;
pub use typescript::typescript;

use serde::{Deserialize, Serialize};

use crate::model::Strategy;

/// The interchange format version this build writes and reads.
pub const FORMAT_VERSION: u64 = 2;
/// The format tag every interchange file carries.
pub const FORMAT_TAG: &str = "tiekartta";
/// The largest JSON text read, in bytes.
pub const MAX_JSON_BYTES: u64 = 64 * 1024 * 1024;

/// The JSON envelope around a strategy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schemars(title = "Tiekartta interchange file")]
pub struct Envelope {
    /// Always `"tiekartta"`.
    pub format: String,
    /// The format version, 2 (1 still reads).
    pub version: u64,
    /// The strategy.
    pub strategy: Strategy,
}

/// Reads a strategy from interchange JSON.
pub fn from_json(text: &str) -> Result<Strategy> {
    if text.len() as u64 > MAX_JSON_BYTES {
        return Err(InterchangeError::TooLarge {
            size: text.len() as u64,
            max: MAX_JSON_BYTES,
        });
    }
    // Notepad and Excel's "UTF-8" save start the text with a byte order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // First as loose JSON, to tell "not JSON" from "not ours" from "newer".
    let mut value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| InterchangeError::NotJson {
            line: e.line(),
            column: e.column(),
            detail: e.to_string(),
        })?;
    let obj = value.as_object().ok_or(InterchangeError::NotTiekartta)?;
    if obj.get("format").and_then(|f| f.as_str()) != Some(FORMAT_TAG) {
        return Err(InterchangeError::NotTiekartta);
    }
    let version = obj.get("version").and_then(|v| v.as_u64()).unwrap_or(0);
    if version > FORMAT_VERSION {
        return Err(InterchangeError::NewerVersion {
            found: version,
            supported: FORMAT_VERSION,
        });
    }
    if version < FORMAT_VERSION
        && let Some(strategy) = value.get_mut("strategy")
    {
        migrate(strategy);
    }
    match serde_json::from_value::<Envelope>(value) {
        Ok(envelope) => Ok(envelope.strategy),
        Err(e) => {
            // Read again, only now that it failed, to say everything wrong in it.
            let mut again: serde_json::Value = serde_json::from_str(text).unwrap_or_default();
            if version < FORMAT_VERSION
                && let Some(strategy) = again.get_mut("strategy")
            {
                migrate(strategy);
            }
            let mut problems = again
                .get("strategy")
                .map(shape::problems)
                .unwrap_or_default();
            if problems.is_empty() {
                // Not in the strategy: the envelope itself.
                problems.push(shape::ShapeProblem {
                    entity: crate::validate::Entity::Strategy,
                    name: String::new(),
                    field: String::new(),
                    kind: shape::ShapeKind::Other(e.to_string()),
                });
            }
            Err(InterchangeError::WrongShape { problems })
        }
    }
}

/// Writes the canonical interchange JSON of a strategy.
pub fn to_json(strategy: &Strategy) -> String {
    #[derive(Serialize)]
    struct EnvelopeRef<'a> {
        format: &'static str,
        version: u64,
        strategy: &'a Strategy,
    }
    let env = EnvelopeRef {
        format: FORMAT_TAG,
        version: FORMAT_VERSION,
        strategy,
    };
    // Serialising plain data with string keys cannot fail.
    let mut out = serde_json::to_string_pretty(&env).unwrap_or_default();
    out.push('\n');
    out
}

/// Rewrites any valid interchange JSON in canonical form.
pub fn canonical(text: &str) -> Result<String> {
    Ok(to_json(&from_json(text)?))
}

/// The JSON Schema of the interchange format, generated from the Rust types.
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(Envelope);
    let mut out = serde_json::to_string_pretty(&schema).unwrap_or_default();
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_minimal_file_reads_and_writes_back_identically() {
        let text = "{\n  \"format\": \"tiekartta\",\n  \"version\": 2,\n  \"strategy\": {\n    \"id\": \"s\",\n    \"town\": \"Paimio\",\n    \"name\": \"Strategia\",\n    \"themeLabel\": {\n      \"singular\": \"aalto\",\n      \"plural\": \"aallot\"\n    }\n  }\n}\n";
        let s = from_json(text).unwrap();
        assert_eq!(to_json(&s), text);
    }

    #[test]
    fn not_json_says_where() {
        let e = from_json("{ \"format\": ").unwrap_err();
        assert!(
            matches!(e, InterchangeError::NotJson { line: 1, .. }),
            "{e:?}"
        );
    }

    #[test]
    fn other_json_is_not_a_strategy() {
        assert_eq!(
            from_json("[1,2]").unwrap_err(),
            InterchangeError::NotTiekartta
        );
        assert_eq!(
            from_json("{\"name\":\"x\"}").unwrap_err(),
            InterchangeError::NotTiekartta
        );
    }

    #[test]
    fn a_newer_version_is_refused() {
        let e = from_json("{\"format\":\"tiekartta\",\"version\":99,\"strategy\":{}}").unwrap_err();
        assert_eq!(
            e,
            InterchangeError::NewerVersion {
                found: 99,
                supported: FORMAT_VERSION
            }
        );
    }

    #[test]
    fn a_wrong_date_is_a_wrong_shape() {
        let e = from_json(
            "{\"format\":\"tiekartta\",\"version\":1,\"strategy\":{\"id\":\"s\",\"town\":\"t\",\"name\":\"n\",\"period\":{\"start\":\"31.2.2020\",\"end\":\"2025\"}}}",
        )
        .unwrap_err();
        assert!(matches!(e, InterchangeError::WrongShape { .. }), "{e:?}");
    }

    #[test]
    fn the_schema_names_every_top_level_collection() {
        let schema = json_schema();
        for key in [
            "themes",
            "actions",
            "indicators",
            "phases",
            "milestones",
            "documents",
            "owners",
            "events",
        ] {
            assert!(schema.contains(&format!("\"{key}\"")), "{key}");
        }
    }
}
