//! Undo and redo of every edit, as snapshots of the strategy before and
//! after. Edits that continue the same change (typing in one field, the same
//! `key` within [`JOIN_MS`]) join one step; saving, undoing or redoing seals
//! the last step. It also knows whether the document differs from the file.

use serde::Serialize;
use ts_rs::TS;

use crate::model::Strategy;

/// How long typing in one field keeps joining one step, in milliseconds.
pub const JOIN_MS: i64 = 1500;

#[derive(Debug, Clone)]
struct Step {
    label: String,
    before: Strategy,
    after: Strategy,
    key: Option<String>,
    at: i64,
}

/// The undo and redo stacks of one document.
#[derive(Debug, Clone, Default)]
pub struct Undo {
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// Steps since the last save (negative after undoing past it); `None`
    /// when the saved state cannot be reached again.
    since_save: Option<i64>,
    /// Set after save, undo or redo: the next edit starts a new step.
    sealed: bool,
}

/// What the UI shows of the undo stacks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UndoState {
    /// Whether there is a step to undo.
    pub can_undo: bool,
    /// Whether there is a step to redo.
    pub can_redo: bool,
    /// What undo would take back.
    pub undo_label: String,
    /// What redo would do again.
    pub redo_label: String,
    /// Whether the document differs from its file.
    pub dirty: bool,
}

impl Undo {
    /// Stacks for a document just opened (or saved).
    pub fn new() -> Undo {
        Undo {
            since_save: Some(0),
            ..Undo::default()
        }
    }

    /// Stacks for a document that differs from any file (recovered work).
    pub fn unsaved() -> Undo {
        Undo::default()
    }

    /// Records an edit from `before` to `after` at `now` (milliseconds).
    pub fn record(
        &mut self,
        label: &str,
        before: Strategy,
        after: Strategy,
        key: Option<&str>,
        now: i64,
    ) {
        if let Some(last) = self.undo.last_mut()
            && key.is_some()
            && !self.sealed
            && last.key.as_deref() == key
            && now - last.at < JOIN_MS
        {
            last.after = after;
            last.at = now;
            return;
        }
        self.sealed = false;
        self.undo.push(Step {
            label: label.to_owned(),
            before,
            after,
            key: key.map(str::to_owned),
            at: now,
        });
        self.redo.clear();
        self.since_save = match self.since_save {
            Some(n) if n >= 0 => Some(n + 1),
            _ => None,
        };
    }

    /// The strategy to go back to, if there is a step to undo.
    pub fn undo(&mut self) -> Option<Strategy> {
        let step = self.undo.pop()?;
        let before = step.before.clone();
        self.redo.push(step);
        self.sealed = true;
        self.since_save = self.since_save.map(|n| n - 1);
        Some(before)
    }

    /// The strategy to go forward to, if there is a step to redo.
    pub fn redo(&mut self) -> Option<Strategy> {
        let step = self.redo.pop()?;
        let after = step.after.clone();
        self.undo.push(step);
        self.sealed = true;
        self.since_save = self.since_save.map(|n| n + 1);
        Some(after)
    }

    /// The current state is now saved.
    pub fn mark_saved(&mut self) {
        self.since_save = Some(0);
        self.sealed = true;
    }

    /// What the UI shows.
    pub fn state(&self) -> UndoState {
        UndoState {
            can_undo: !self.undo.is_empty(),
            can_redo: !self.redo.is_empty(),
            undo_label: self
                .undo
                .last()
                .map(|s| s.label.clone())
                .unwrap_or_default(),
            redo_label: self
                .redo
                .last()
                .map(|s| s.label.clone())
                .unwrap_or_default(),
            dirty: self.since_save != Some(0),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn named(name: &str) -> Strategy {
        Strategy {
            name: name.into(),
            ..Strategy::default()
        }
    }

    #[test]
    fn undo_and_redo_walk_the_steps_and_a_new_edit_drops_the_redo() {
        let mut u = Undo::new();
        u.record("one", named("a"), named("b"), None, 0);
        u.record("two", named("b"), named("c"), None, 10);
        assert_eq!(u.state().undo_label, "two");
        assert_eq!(u.undo().unwrap().name, "b");
        assert_eq!(u.state().redo_label, "two");
        assert_eq!(u.redo().unwrap().name, "c");
        u.undo();
        u.record("three", named("b"), named("d"), None, 20);
        assert!(!u.state().can_redo);
    }

    #[test]
    fn typing_in_one_field_joins_one_step_until_the_window_closes_or_a_save_seals_it() {
        let mut u = Undo::new();
        u.record("type", named("a"), named("ab"), Some("name"), 0);
        u.record("type", named("ab"), named("abc"), Some("name"), 500);
        assert_eq!(u.undo().unwrap().name, "a", "one step");
        u.redo();
        u.record("type", named("abc"), named("abcd"), Some("name"), 600);
        assert_eq!(u.undo.len(), 2, "a redo seals the step");
        u.record("type", named("x"), named("y"), Some("name"), 600 + JOIN_MS);
        assert_eq!(u.undo.len(), 3, "past the window: a new step");
        u.mark_saved();
        u.record(
            "type",
            named("y"),
            named("z"),
            Some("name"),
            600 + JOIN_MS + 1,
        );
        assert_eq!(u.undo.len(), 4, "a save seals the step");
    }

    #[test]
    fn it_knows_whether_the_document_differs_from_the_saved_one() {
        let mut u = Undo::new();
        assert!(!u.state().dirty);
        u.record("a", named("0"), named("1"), None, 0);
        assert!(u.state().dirty);
        u.mark_saved();
        assert!(!u.state().dirty);
        u.undo();
        assert!(u.state().dirty);
        u.redo();
        assert!(!u.state().dirty);
        assert!(Undo::unsaved().state().dirty, "recovered work is unsaved");
    }

    #[test]
    fn after_undoing_past_the_save_and_editing_the_saved_state_is_unreachable() {
        let mut u = Undo::new();
        u.record("a", named("0"), named("1"), None, 0);
        u.mark_saved();
        u.undo();
        u.record("b", named("0"), named("2"), None, 0);
        u.undo();
        assert!(u.state().dirty);
    }
}
