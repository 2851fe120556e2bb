//! Reading older versions: each change of the JSON's shape since version 1,
//! made on the loose JSON before it is read as a [`Strategy`](crate::model::Strategy).
//!
//! Version 2 gave a milestone more than one kind: version 1's single
//! `"kind": "council"` reads as `"kinds": ["council"]`. Everything else
//! version 2 added (an indicator's goal and target rule, the owner kind
//! `role`, the vision's year) is optional, so a version-1 file needs
//! nothing more. The project file's document is migrated the same way
//! when it is read, so a file made by an older build opens unchanged and
//! is rewritten only where it is edited.

use serde_json::Value as Json;

/// Brings the strategy's JSON (the `strategy` of the envelope, or the
/// document's contents) to the current shape; doing it twice changes
/// nothing.
pub fn migrate(strategy: &mut Json) {
    let Some(milestones) = strategy.get_mut("milestones").and_then(Json::as_array_mut) else {
        return;
    };
    for m in milestones.iter_mut().filter_map(Json::as_object_mut) {
        if let Some(kind) = m.remove("kind")
            && !m.contains_key("kinds")
        {
            m.insert("kinds".into(), Json::Array(vec![kind]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_single_kind_becomes_a_list_of_one_and_a_second_run_changes_nothing() {
        let mut v = json!({"milestones": [{"id": "m", "kind": "council"}, {"id": "n", "kinds": ["board", "evaluation"]}]});
        migrate(&mut v);
        let once = v.clone();
        migrate(&mut v);
        assert_eq!(v, once);
        assert_eq!(
            v,
            json!({"milestones": [{"id": "m", "kinds": ["council"]}, {"id": "n", "kinds": ["board", "evaluation"]}]})
        );
    }

    #[test]
    fn an_old_kind_left_beside_new_kinds_gives_way_to_them() {
        let mut v =
            json!({"milestones": [{"id": "m", "kind": "council", "kinds": ["evaluation"]}]});
        migrate(&mut v);
        assert_eq!(
            v,
            json!({"milestones": [{"id": "m", "kinds": ["evaluation"]}]})
        );
    }
}
