//! Indicators (mittarit): what is measured, which way is better, where it
//! started, where it should get to and what was measured, each tied to a
//! theme and, within it, to one of its goals.

use serde::{Deserialize, Serialize};

use super::{Id, PlanDate};

/// Which way an indicator should go.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
    ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub enum Direction {
    /// Higher is better.
    #[default]
    Increase,
    /// Lower is better.
    Decrease,
    /// Keep at the target.
    Maintain,
}

/// A measured value at a date.
#[derive(
    Debug, Clone, PartialEq, Default, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Measurement {
    /// When it was (or is to be) measured.
    pub date: PlanDate,
    /// The value.
    pub value: f64,
    /// A note on it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// An indicator (mittari) with baseline, target and actuals.
#[derive(
    Debug, Clone, PartialEq, Default, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Indicator {
    /// Stable id.
    pub id: Id,
    /// The indicator: "Vuosikate, €/asukas".
    pub name: String,
    /// The theme it measures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<Id>,
    /// The goal (of that theme) it measures, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<Id>,
    /// The unit: "%", "€/as.", "kpl".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    /// Which way is better.
    #[serde(default)]
    pub direction: Direction,
    /// Where it started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<Measurement>,
    /// Where it should get to: a value by a date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Measurement>,
    /// A target that is not one value by one date: a rate per year, or a
    /// threshold from a date on. `None` (and every version-1 file) means the
    /// target is [`Indicator::target`] as it stands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_rule: Option<TargetRule>,
    /// What was measured, oldest first; one per date.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actuals: Vec<Measurement>,
    /// Who owns it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub owners: Vec<Id>,
    /// Where the figures come from.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
}

/// A target that is a rule rather than one value by one date. Its `kind`
/// names the rule; a plain value target needs none (it is
/// [`Indicator::target`]). The value of a threshold is in the indicator's
/// unit.
#[derive(
    Debug, Clone, Copy, PartialEq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum TargetRule {
    /// Change by this many per cent a year, the way the indicator's
    /// direction says ("1 % a year").
    RatePerYear {
        /// Per cent a year: 1.0 is "1 % a year".
        percent: f64,
    },
    /// At least `value` from the date `from` on ("at least 100 % from 2028").
    AtLeastFrom {
        /// The threshold.
        value: f64,
        /// From when it holds.
        from: PlanDate,
    },
    /// At most `value` from the date `from` on.
    AtMostFrom {
        /// The threshold.
        value: f64,
        /// From when it holds.
        from: PlanDate,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_target_rule_is_written_with_its_kind_and_reads_back() {
        let rules = [
            (
                TargetRule::RatePerYear { percent: 1.0 },
                r#"{"kind":"ratePerYear","percent":1.0}"#,
            ),
            (
                TargetRule::AtLeastFrom {
                    value: 100.0,
                    from: PlanDate::Year(2028),
                },
                r#"{"kind":"atLeastFrom","value":100.0,"from":"2028"}"#,
            ),
            (
                TargetRule::AtMostFrom {
                    value: 5.0,
                    from: PlanDate::Month {
                        year: 2029,
                        month: 6,
                    },
                },
                r#"{"kind":"atMostFrom","value":5.0,"from":"2029-06"}"#,
            ),
        ];
        for (rule, json) in rules {
            assert_eq!(serde_json::to_string(&rule).unwrap(), json);
            assert_eq!(serde_json::from_str::<TargetRule>(json).unwrap(), rule);
        }
    }

    #[test]
    fn an_indicator_of_version_1_reads_with_no_goal_and_no_rule() {
        let i: Indicator = serde_json::from_str(
            r#"{"id":"i","name":"Vuosikate","theme":"t","target":{"date":"2030","value":50}}"#,
        )
        .unwrap();
        assert_eq!((i.goal, i.target_rule), (None, None));
        assert_eq!(i.target.map(|t| t.value), Some(50.0));
    }
}
