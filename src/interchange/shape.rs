//! What is wrong with the shape of a strategy's JSON, all at once and in the
//! user's words: each item of each list is read on its own, so one bad
//! action does not hide another, and each problem names the item ("toimenpide
//! ”Palveluverkon katselmus”"), the field (by its path inside the item, found
//! with `serde_path_to_error`) and what is wrong with it (an unknown or a
//! missing field, a date that is not one, an unknown choice, a wrong kind
//! of value), instead of serde's English sentence with its position.

use serde::de::DeserializeOwned;
use serde_json::Value as Json;

use crate::i18n::Message;
use crate::model::{
    Action, Document, Event, Indicator, Item, Milestone, Owner, Phase, Strategy, Theme, Value,
};
use crate::validate::Entity;

/// One problem of shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShapeProblem {
    /// The kind of item it is in (the strategy itself for its own fields).
    pub entity: Entity,
    /// The item's name, or its place in its list ("3.") when it has none.
    pub name: String,
    /// The field, as a path inside the item (`goals[1].name`); empty for the item itself.
    pub field: String,
    /// What is wrong.
    pub kind: ShapeKind,
}

/// What is wrong with a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShapeKind {
    /// A field Tiekartta does not know (often a misspelling).
    UnknownField(String),
    /// A field that must be given.
    MissingField(String),
    /// A date that does not read as one.
    NotADate(String),
    /// A choice that is not one of the allowed values.
    UnknownValue(String),
    /// A value of the wrong kind (text where a list is expected).
    WrongType(String),
    /// Anything else, as serde said it.
    Other(String),
}

/// The text between the first pair of backticks in `s`.
fn quoted(s: &str) -> String {
    s.split('`').nth(1).unwrap_or_default().to_owned()
}

fn kind_of(detail: &str) -> ShapeKind {
    if detail.starts_with("unknown field") {
        ShapeKind::UnknownField(quoted(detail))
    } else if detail.starts_with("missing field") {
        ShapeKind::MissingField(quoted(detail))
    } else if let Some(rest) = detail.strip_prefix("not a date: ") {
        let text = rest.split(" (").next().unwrap_or(rest);
        ShapeKind::NotADate(text.trim_matches('"').to_owned())
    } else if detail.starts_with("unknown variant") {
        ShapeKind::UnknownValue(quoted(detail))
    } else if let Some(rest) = detail.strip_prefix("invalid type: ") {
        let expected = rest.rsplit("expected ").next().unwrap_or_default();
        ShapeKind::WrongType(expected.to_owned())
    } else {
        ShapeKind::Other(detail.to_owned())
    }
}

/// The message id of a kind of value serde expected, for the words the
/// user reads ("a string" → "teksti").
fn expected_message(expected: &str) -> &'static str {
    let e = expected.to_ascii_lowercase();
    if e.contains("string") || e.contains("char") {
        "json-kind-text"
    } else if e.contains("sequence") || e.contains("vec") {
        "json-kind-list"
    } else if [
        "f64", "f32", "i32", "i64", "u32", "u64", "u8", "number", "integer", "float",
    ]
    .iter()
    .any(|k| e.contains(k))
    {
        "json-kind-number"
    } else if e.contains("bool") {
        "json-kind-bool"
    } else {
        "json-kind-object"
    }
}

impl ShapeProblem {
    /// The problem as one line: `Toimenpide ”X”: kenttä start: …`.
    pub fn message(&self) -> Message {
        let what = match &self.kind {
            ShapeKind::UnknownField(f) => Message::new("json-shape-unknown-field").arg("field", f),
            ShapeKind::MissingField(f) => Message::new("json-shape-missing-field").arg("field", f),
            ShapeKind::NotADate(t) => Message::new("json-shape-not-a-date")
                .arg("field", &self.field)
                .arg("text", t),
            ShapeKind::UnknownValue(v) => Message::new("json-shape-unknown-value")
                .arg("field", &self.field)
                .arg("value", v),
            ShapeKind::WrongType(e) => Message::new("json-shape-wrong-type")
                .arg("field", &self.field)
                .arg_msg("expected", Message::new(expected_message(e))),
            ShapeKind::Other(d) => Message::new("json-shape-other")
                .arg("field", &self.field)
                .arg("detail", d),
        };
        let line = if self.name.is_empty() {
            Message::new("json-shape-in")
        } else {
            Message::new("json-shape-in-named").arg("name", &self.name)
        };
        line.arg_msg("entity", Message::new(self.entity.message_id()))
            .arg_msg("problem", what)
    }
}

fn read_one<T: DeserializeOwned>(
    v: &Json,
    entity: Entity,
    name: String,
    out: &mut Vec<ShapeProblem>,
) {
    if let Err(e) = serde_path_to_error::deserialize::<_, T>(v) {
        let path = e.path().to_string();
        let field = if path == "." { String::new() } else { path };
        out.push(ShapeProblem {
            entity,
            name,
            field,
            kind: kind_of(&e.inner().to_string()),
        });
    }
}

fn list<T: DeserializeOwned>(
    strategy: &serde_json::Map<String, Json>,
    key: &str,
    entity: Entity,
    out: &mut Vec<ShapeProblem>,
) {
    let Some(items) = strategy.get(key) else {
        return;
    };
    let Some(items) = items.as_array() else {
        out.push(ShapeProblem {
            entity: Entity::Strategy,
            name: strategy_name(strategy),
            field: key.to_owned(),
            kind: ShapeKind::WrongType("a sequence".into()),
        });
        return;
    };
    for (i, item) in items.iter().enumerate() {
        let name = item
            .get("name")
            .and_then(Json::as_str)
            .filter(|n| !n.trim().is_empty())
            .map_or_else(|| format!("{}.", i + 1), str::to_owned);
        read_one::<T>(item, entity, name, out);
    }
}

fn strategy_name(s: &serde_json::Map<String, Json>) -> String {
    s.get("name")
        .and_then(Json::as_str)
        .unwrap_or_default()
        .to_owned()
}

/// The lists of a strategy read one item at a time, with their kinds.
const LISTS: [(&str, Entity); 11] = [
    ("startingPoints", Entity::StartingPoint),
    ("values", Entity::Value),
    ("themes", Entity::Theme),
    ("foundation", Entity::Foundation),
    ("actions", Entity::Action),
    ("owners", Entity::Owner),
    ("documents", Entity::Document),
    ("phases", Entity::Phase),
    ("milestones", Entity::Milestone),
    ("indicators", Entity::Indicator),
    ("events", Entity::Event),
];

/// Every problem of shape in `strategy` (the envelope's `strategy` value).
pub fn problems(strategy: &Json) -> Vec<ShapeProblem> {
    let mut out = vec![];
    let Some(obj) = strategy.as_object() else {
        read_one::<Strategy>(strategy, Entity::Strategy, String::new(), &mut out);
        return out;
    };
    for (key, entity) in LISTS {
        match key {
            "startingPoints" | "foundation" => list::<Item>(obj, key, entity, &mut out),
            "values" => list::<Value>(obj, key, entity, &mut out),
            "themes" => list::<Theme>(obj, key, entity, &mut out),
            "actions" => list::<Action>(obj, key, entity, &mut out),
            "owners" => list::<Owner>(obj, key, entity, &mut out),
            "documents" => list::<Document>(obj, key, entity, &mut out),
            "phases" => list::<Phase>(obj, key, entity, &mut out),
            "milestones" => list::<Milestone>(obj, key, entity, &mut out),
            "indicators" => list::<Indicator>(obj, key, entity, &mut out),
            _ => list::<Event>(obj, key, entity, &mut out),
        }
    }
    // The strategy's own fields, with the lists already read set aside.
    let mut head = obj.clone();
    for (key, _) in LISTS {
        if head.contains_key(key) {
            head.insert(key.to_owned(), Json::Array(vec![]));
        }
    }
    read_one::<Strategy>(
        &Json::Object(head),
        Entity::Strategy,
        strategy_name(obj),
        &mut out,
    );
    out
}
