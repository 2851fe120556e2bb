//! Which lists each kind of object has, read from the model's JSON Schema.
//!
//! Every list field of the strategy and of each entity is created (empty)
//! together with its object. Otherwise two copies adding the first item of
//! an empty list would each create the list, and one list would hide the
//! other after a merge. The table comes from the schema that the model
//! types generate, so a list added to the model is covered without a change
//! here.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde_json::Value as Json;

/// A list field of an object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Container {
    /// The field name.
    pub key: String,
    /// Whether its items are entities (objects with an `id`).
    pub entity: bool,
    /// The schema definition of its items, when they are objects.
    pub item: Option<String>,
}

/// The definition name of the strategy itself.
pub const ROOT: &str = "Strategy";

fn table() -> &'static HashMap<String, Vec<Container>> {
    static TABLE: OnceLock<HashMap<String, Vec<Container>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let schema = serde_json::to_value(schemars::schema_for!(crate::interchange::Envelope))
            .unwrap_or_default();
        let defs = schema
            .get("$defs")
            .and_then(Json::as_object)
            .cloned()
            .unwrap_or_default();
        let has_id = |name: &str| {
            defs.get(name)
                .and_then(|d| d.get("properties"))
                .and_then(|p| p.get("id"))
                .is_some()
        };
        defs.iter()
            .map(|(name, def)| {
                let props = def
                    .get("properties")
                    .and_then(Json::as_object)
                    .cloned()
                    .unwrap_or_default();
                let containers = props
                    .iter()
                    .filter(|(_, p)| p.get("type").and_then(Json::as_str) == Some("array"))
                    .map(|(key, p)| {
                        let item = p
                            .get("items")
                            .and_then(|i| i.get("$ref"))
                            .and_then(Json::as_str)
                            .and_then(|r| r.rsplit('/').next())
                            .filter(|n| defs.get(*n).and_then(|d| d.get("properties")).is_some())
                            .map(str::to_owned);
                        let entity = item.as_deref().is_some_and(has_id);
                        Container {
                            key: key.clone(),
                            entity,
                            item,
                        }
                    })
                    .collect();
                (name.clone(), containers)
            })
            .collect()
    })
}

/// The list fields of objects of definition `def`.
pub fn containers(def: &str) -> &'static [Container] {
    table().get(def).map(Vec::as_slice).unwrap_or(&[])
}

/// The definition of the items of list `key` in an object of `def`.
pub fn item_def(def: Option<&str>, key: &str) -> Option<&'static str> {
    containers(def?)
        .iter()
        .find(|c| c.key == key)
        .and_then(|c| c.item.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_strategy_and_its_entities_name_their_lists() {
        let root: Vec<(&str, bool)> = containers(ROOT)
            .iter()
            .map(|c| (c.key.as_str(), c.entity))
            .collect();
        assert!(
            root.contains(&("actions", true)) && root.contains(&("themes", true)),
            "{root:?}"
        );
        let action: Vec<(&str, bool)> = containers("Action")
            .iter()
            .map(|c| (c.key.as_str(), c.entity))
            .collect();
        assert!(
            action.contains(&("owners", false)) && action.contains(&("statusHistory", true)),
            "{action:?}"
        );
        assert_eq!(item_def(Some(ROOT), "actions"), Some("Action"));
        assert_eq!(item_def(Some("Indicator"), "actuals"), Some("Measurement"));
        assert_eq!(item_def(Some("Bullet"), "children"), Some("Bullet"));
    }
}
