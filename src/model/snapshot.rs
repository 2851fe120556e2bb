//! A council snapshot: the point in the project's history at which the
//! handouts for a meeting were made ("Kaupunginvaltuusto 14.12.2026, § 87"),
//! with a short id that the handouts' footers carry, so that a paper on the
//! council's table can be traced to the exact state it shows. The store
//! keeps each snapshot in the history beside the strategy, so snapshots
//! travel with the file and two copies' snapshots merge.

use serde::{Deserialize, Serialize};

use super::{Id, PlanDate};

/// A snapshot recorded for a meeting.
#[derive(
    Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub struct CouncilSnapshot {
    /// The short id (7 hex digits of a hash of the heads and the meeting).
    pub id: Id,
    /// The meeting: "Kaupunginvaltuusto 14.12.2026, § 87".
    pub meeting: String,
    /// The meeting's (or the handouts') date.
    pub date: PlanDate,
    /// The handouts made for it: `roadmap`, `onepage`…
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub handouts: Vec<String>,
    /// The point in the history: the heads, hex, sorted.
    pub heads: Vec<String>,
    /// Who recorded it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub author: String,
    /// When it was recorded, milliseconds since 1970.
    #[serde(default)]
    pub recorded: i64,
}
