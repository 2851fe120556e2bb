//! Stable ids: every entity keeps its id for life, so copies can be merged.

use serde::{Deserialize, Serialize};

/// The longest id Tiekartta accepts.
pub const MAX_ID_LEN: usize = 64;

/// A stable id of an entity: letters, digits, `.`, `_` and `-`.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Default,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
    ts_rs::TS,
)]
#[serde(transparent)]
#[ts(type = "Id")]
pub struct Id(pub String);

impl Id {
    /// A fresh random id with a readable prefix: `action-1f3a9c2b7d4e`.
    pub fn fresh(prefix: &str) -> Id {
        let u = uuid::Uuid::new_v4().simple().to_string();
        Id(format!("{prefix}-{}", &u[..12]))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the id is well formed.
    pub fn is_well_formed(&self) -> bool {
        !self.0.is_empty()
            && self.0.len() <= MAX_ID_LEN
            && self
                .0
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
    }
}

impl From<&str> for Id {
    fn from(s: &str) -> Self {
        Id(s.to_owned())
    }
}

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_ids_are_well_formed_and_unique() {
        let a = Id::fresh("action");
        let b = Id::fresh("action");
        assert!(a.is_well_formed());
        assert_ne!(a, b);
    }

    #[test]
    fn ids_with_spaces_or_markup_are_not_well_formed() {
        assert!(!Id::from("a b").is_well_formed());
        assert!(!Id::from("<img>").is_well_formed());
        assert!(!Id::from("").is_well_formed());
    }
}
