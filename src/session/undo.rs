//! Undo and redo of every edit: for an edit that knows what it touched,
//! the images of those parts before and after (what the edit changed, not
//! the strategy); for a whole new strategy (an import, a merge), the
//! strategy before and after. Edits that continue the same change (typing in one field, the same
//! `key` within [`JOIN_MS`]) join one step; saving, undoing or redoing seals
//! the last step. It also knows whether the document differs from the file.

use serde::Serialize;
use ts_rs::TS;

use crate::model::Strategy;
use crate::model::part::{Image, Part};

/// How long typing in one field keeps joining one step, in milliseconds.
pub const JOIN_MS: i64 = 1500;

/// What a step holds to go back and forth.
#[derive(Debug, Clone, PartialEq)]
pub enum Snap {
    /// The whole strategy before and after.
    Whole {
        /// Before the step.
        before: Box<Strategy>,
        /// After it.
        after: Box<Strategy>,
    },
    /// The parts the step touched, before and after.
    Parts {
        /// Before the step.
        before: Vec<(Part, Image)>,
        /// After it.
        after: Vec<(Part, Image)>,
    },
}

/// What undo or redo puts back.
#[derive(Debug, Clone, PartialEq)]
pub enum Back {
    /// This whole strategy.
    Whole(Box<Strategy>),
    /// These images of parts.
    Parts(Vec<(Part, Image)>),
}

#[derive(Debug, Clone)]
struct Step {
    label: String,
    snap: Snap,
    key: Option<String>,
    at: i64,
}

/// Joins the images of a later edit into a step's: the earliest image of
/// each part before, the latest after.
fn join(into: &mut Vec<(Part, Image)>, images: Vec<(Part, Image)>, later: bool) {
    for (p, img) in images {
        match into.iter_mut().find(|(q, _)| *q == p) {
            Some(slot) if later => slot.1 = img,
            Some(_) => {}
            None => into.push((p, img)),
        }
    }
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
        let snap = Snap::Whole {
            before: Box::new(before),
            after: Box::new(after),
        };
        self.push(label, snap, key, now);
    }

    /// Records an edit that touched the parts of `before` (their images
    /// before it) and left them as `after`.
    pub fn record_parts(
        &mut self,
        label: &str,
        before: Vec<(Part, Image)>,
        after: Vec<(Part, Image)>,
        key: Option<&str>,
        now: i64,
    ) {
        self.push(label, Snap::Parts { before, after }, key, now);
    }

    fn push(&mut self, label: &str, snap: Snap, key: Option<&str>, now: i64) {
        if let Some(last) = self.undo.last_mut()
            && key.is_some()
            && !self.sealed
            && last.key.as_deref() == key
            && now - last.at < JOIN_MS
        {
            match (&mut last.snap, snap) {
                (Snap::Whole { after: a, .. }, Snap::Whole { after, .. }) => *a = after,
                (
                    Snap::Parts {
                        before: b,
                        after: a,
                    },
                    Snap::Parts { before, after },
                ) => {
                    join(b, before, false);
                    join(a, after, true);
                }
                (Snap::Whole { after: a, .. }, Snap::Parts { after, .. }) => {
                    crate::model::part::restore(a, &after);
                }
                (slot @ Snap::Parts { .. }, Snap::Whole { after, .. }) => {
                    // A whole strategy after parts: the step goes back to
                    // the parts' images put on the new strategy's copy.
                    let Snap::Parts { before, .. } = slot else {
                        return;
                    };
                    let mut b = (*after).clone();
                    crate::model::part::restore(&mut b, before);
                    *slot = Snap::Whole {
                        before: Box::new(b),
                        after,
                    };
                }
            }
            last.at = now;
            return;
        }
        self.sealed = false;
        self.undo.push(Step {
            label: label.to_owned(),
            snap,
            key: key.map(str::to_owned),
            at: now,
        });
        self.redo.clear();
        self.since_save = match self.since_save {
            Some(n) if n >= 0 => Some(n + 1),
            _ => None,
        };
    }

    /// What to put back to undo the last step, if there is one.
    pub fn undo(&mut self) -> Option<Back> {
        let step = self.undo.pop()?;
        let back = match &step.snap {
            Snap::Whole { before, .. } => Back::Whole(before.clone()),
            Snap::Parts { before, .. } => Back::Parts(before.clone()),
        };
        self.redo.push(step);
        self.sealed = true;
        self.since_save = self.since_save.map(|n| n - 1);
        Some(back)
    }

    /// What to put back to redo the last undone step, if there is one.
    pub fn redo(&mut self) -> Option<Back> {
        let step = self.redo.pop()?;
        let back = match &step.snap {
            Snap::Whole { after, .. } => Back::Whole(after.clone()),
            Snap::Parts { after, .. } => Back::Parts(after.clone()),
        };
        self.undo.push(step);
        self.sealed = true;
        self.since_save = self.since_save.map(|n| n + 1);
        Some(back)
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

    fn name(b: Option<Back>) -> String {
        match b {
            Some(Back::Whole(s)) => s.name,
            other => panic!("not a whole strategy: {other:?}"),
        }
    }

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
        assert_eq!(name(u.undo()), "b");
        assert_eq!(u.state().redo_label, "two");
        assert_eq!(name(u.redo()), "c");
        u.undo();
        u.record("three", named("b"), named("d"), None, 20);
        assert!(!u.state().can_redo);
    }

    #[test]
    fn typing_in_one_field_joins_one_step_until_the_window_closes_or_a_save_seals_it() {
        let mut u = Undo::new();
        u.record("type", named("a"), named("ab"), Some("name"), 0);
        u.record("type", named("ab"), named("abc"), Some("name"), 500);
        assert_eq!(name(u.undo()), "a", "one step");
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
