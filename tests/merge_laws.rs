//! The merge laws, on thousands of random edit scripts over random
//! strategies: commutative, associative, idempotent, an older version
//! changes nothing, and no edit is lost (every edit of either copy is in the
//! result or listed in a conflict with its value).
//!
//! `PROPTEST_CASES` sets how many scripts run (default 500 per law).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failing test

mod support;

use proptest::prelude::*;
use serde_json::Value as Json;
use tiekartta::merge::{Conflict, ConflictKind, merge};
use tiekartta::model::{Action, Measurement, PlanDate, Status, Strategy as Plan};
use tiekartta::store::{Author, Project};

/// One random edit, applied to whatever the strategy is at that moment.
#[derive(Debug, Clone)]
enum Op {
    Rename(usize, String),
    SetStatus(usize, usize),
    SetDue(usize, Option<PlanDate>),
    Delete(usize),
    Add(String),
    Move(usize, usize),
    Vision(usize),
    Reorder(usize, usize),
    Actual(usize, f64),
    Theme(usize, String),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (any::<usize>(), "[A-Z][a-zäö ]{0,12}").prop_map(|(i, n)| Op::Rename(i, n)),
        (any::<usize>(), 0usize..5).prop_map(|(i, s)| Op::SetStatus(i, s)),
        (any::<usize>(), proptest::option::of(support::any_date()))
            .prop_map(|(i, d)| Op::SetDue(i, d)),
        any::<usize>().prop_map(Op::Delete),
        "[A-Z][a-zäö]{0,8}".prop_map(Op::Add),
        (any::<usize>(), any::<usize>()).prop_map(|(i, t)| Op::Move(i, t)),
        any::<usize>().prop_map(Op::Vision),
        (any::<usize>(), any::<usize>()).prop_map(|(i, j)| Op::Reorder(i, j)),
        (any::<usize>(), -100.0f64..100.0).prop_map(|(i, v)| Op::Actual(i, v)),
        (any::<usize>(), "[A-Z][a-z]{0,8}").prop_map(|(i, n)| Op::Theme(i, n)),
    ]
}

/// Applies `op` to `s`; `tag` makes added ids and vision snippets unique
/// to the copy and step.
fn apply_op(s: &mut Plan, op: &Op, tag: &str, snippets: &mut Vec<String>) {
    let n = s.actions.len();
    match op {
        Op::Rename(i, name) if n > 0 => s.actions[i % n].name = format!("{name} {tag}"),
        Op::SetStatus(i, st) if n > 0 => s.actions[i % n].status = Status::ALL[*st],
        Op::SetDue(i, d) if n > 0 => s.actions[i % n].due = *d,
        Op::Delete(i) if n > 0 => {
            s.actions.remove(i % n);
        }
        Op::Add(name) => {
            let theme = s
                .themes
                .first()
                .map(|t| t.id.clone())
                .unwrap_or_else(|| "t-none".into());
            let at = if n == 0 { 0 } else { name.len() % (n + 1) };
            s.actions.insert(
                at,
                Action {
                    id: format!("new-{tag}").as_str().into(),
                    theme,
                    name: name.clone(),
                    ..Default::default()
                },
            );
        }
        Op::Move(i, t) if n > 0 && !s.themes.is_empty() => {
            s.actions[i % n].theme = s.themes[t % s.themes.len()].id.clone();
        }
        Op::Vision(at) => {
            let snippet = format!("<{tag}>");
            let chars: Vec<char> = s.vision.chars().collect();
            // Only between snippets, never inside one.
            let mut depth = 0;
            let mut free = vec![];
            for (k, c) in chars.iter().enumerate() {
                if depth == 0 {
                    free.push(k);
                }
                match c {
                    '<' => depth += 1,
                    '>' => depth -= 1,
                    _ => {}
                }
            }
            free.push(chars.len());
            let at = free[at % free.len()];
            s.vision = chars[..at]
                .iter()
                .chain(snippet.chars().collect::<Vec<_>>().iter())
                .chain(chars[at..].iter())
                .collect();
            snippets.push(snippet);
        }
        Op::Reorder(i, j) if n > 1 => {
            let a = s.actions.remove(i % n);
            s.actions.insert(j % n, a);
        }
        Op::Actual(i, v) if !s.indicators.is_empty() => {
            let k = i % s.indicators.len();
            s.indicators[k].actuals.push(Measurement {
                date: PlanDate::Year(2031),
                value: *v,
                note: String::new(),
            });
        }
        Op::Theme(i, name) if !s.themes.is_empty() => {
            let k = i % s.themes.len();
            s.themes[k].name = format!("{name} {tag}");
        }
        _ => {}
    }
}

/// A copy of `base` with a script of edits, one `apply` per edit.
fn edited(base: &Project, who: &str, script: &[Op], snippets: &mut Vec<String>) -> Project {
    let mut p = base.clone();
    for (k, op) in script.iter().enumerate() {
        let mut s = p.strategy().clone();
        apply_op(&mut s, op, &format!("{who}{k}"), snippets);
        p.apply(s, &Author::new(who)).unwrap();
    }
    p
}

fn base_of(s: Plan) -> Project {
    let mut s = s;
    s.vision = "visio on tässä".into();
    Project::create(s, &Author::new("origin")).unwrap()
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(500)
}

fn script() -> impl Strategy<Value = Vec<Op>> {
    proptest::collection::vec(op(), 1..7)
}

fn field(a: &Action, f: &str) -> Json {
    serde_json::to_value(a)
        .unwrap()
        .get(f)
        .cloned()
        .unwrap_or(Json::Null)
}

fn conflict<'a>(cs: &'a [Conflict], id: &str) -> Option<&'a Conflict> {
    cs.iter().find(|c| c.id == id)
}

/// Every edit of `side` (compared with `base`) is in `merged` or in a conflict.
fn nothing_lost(
    base: &Plan,
    side: &Plan,
    other: &Plan,
    merged: &Project,
) -> Result<(), TestCaseError> {
    let m = merged.strategy();
    let cs = merged.conflicts();
    for a in &side.actions {
        let in_merged = m.actions.iter().find(|x| x.id == a.id);
        let in_base = base.actions.iter().find(|x| x.id == a.id);
        let in_other = other.actions.iter().find(|x| x.id == a.id);
        let Some(b) = in_base else {
            // Added on this side: kept.
            prop_assert!(in_merged.is_some(), "added action {} lost", a.id);
            continue;
        };
        let deleted_by_other = in_other.is_none();
        for f in ["name", "status", "due", "theme"] {
            let (mine, was) = (field(a, f), field(b, f));
            if mine == was {
                continue;
            }
            let path = format!("actions/{}/{f}", a.id);
            let listed =
                conflict(cs, &path).is_some_and(|c| c.values.iter().any(|v| v.value == mine));
            match in_merged {
                Some(x) => prop_assert!(
                    field(x, f) == mine || listed,
                    "{path}: {mine} lost (merged {})",
                    field(x, f)
                ),
                None => prop_assert!(deleted_by_other, "{path}: action vanished"),
            }
            if deleted_by_other {
                let c = conflict(cs, &format!("actions/{}", a.id));
                prop_assert!(
                    c.is_some_and(|c| c.kind == ConflictKind::EditDelete),
                    "edit of {} deleted without a conflict",
                    a.id
                );
            }
        }
    }
    // Deleted here and untouched there: gone, or asked about.
    for b in &base.actions {
        if side.actions.iter().all(|x| x.id != b.id) && other.actions.iter().any(|x| x == b) {
            let gone = m.actions.iter().all(|x| x.id != b.id);
            let asked = conflict(cs, &format!("actions/{}", b.id)).is_some();
            prop_assert!(gone || asked, "deletion of {} lost", b.id);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn merging_is_commutative_and_loses_no_edit(s in support::any_strategy(), x in script(), y in script()) {
        let base = base_of(s);
        let mut snippets = vec![];
        let a = edited(&base, "A", &x, &mut snippets);
        let b = edited(&base, "B", &y, &mut snippets);
        let (ab, r1) = merge(&a, &b).unwrap();
        let (ba, r2) = merge(&b, &a).unwrap();
        prop_assert_eq!(ab.strategy(), ba.strategy());
        prop_assert_eq!(&r1.conflicts, &r2.conflicts);
        nothing_lost(base.strategy(), a.strategy(), b.strategy(), &ab)?;
        nothing_lost(base.strategy(), b.strategy(), a.strategy(), &ab)?;
        for sn in &snippets {
            prop_assert!(ab.strategy().vision.contains(sn.as_str()), "{sn} lost from {:?}", ab.strategy().vision);
        }
    }

    #[test]
    fn merging_is_associative_over_three_copies(s in support::any_strategy(), x in script(), y in script(), z in script()) {
        let base = base_of(s);
        let mut sn = vec![];
        let (a, b, c) = (edited(&base, "A", &x, &mut sn), edited(&base, "B", &y, &mut sn), edited(&base, "C", &z, &mut sn));
        let (ab, _) = merge(&a, &b).unwrap();
        let (ab_c, r1) = merge(&ab, &c).unwrap();
        let (bc, _) = merge(&b, &c).unwrap();
        let (a_bc, r2) = merge(&a, &bc).unwrap();
        prop_assert_eq!(ab_c.strategy(), a_bc.strategy());
        prop_assert_eq!(r1.conflicts, r2.conflicts);
    }

    #[test]
    fn merging_a_copy_with_itself_or_its_older_version_changes_nothing(s in support::any_strategy(), x in script(), y in script()) {
        let base = base_of(s);
        let mut sn = vec![];
        let older = edited(&base, "A", &x, &mut sn);
        let newer = edited(&older, "A2", &y, &mut sn);
        let (same, r) = merge(&newer, &newer).unwrap();
        prop_assert_eq!(same.strategy(), newer.strategy());
        prop_assert!(r.incoming.iter().all(Vec::is_empty));
        let (m, r) = merge(&newer, &older).unwrap();
        prop_assert_eq!(m.strategy(), newer.strategy());
        prop_assert!(r.conflicts.is_empty() && r.incoming[1].is_empty());
        let (m, _) = merge(&older, &newer).unwrap();
        prop_assert_eq!(m.strategy(), newer.strategy());
    }

    #[test]
    fn resolving_every_conflict_leaves_none_and_merges_back_cleanly(s in support::any_strategy(), x in script(), y in script()) {
        let base = base_of(s);
        let mut sn = vec![];
        let a = edited(&base, "A", &x, &mut sn);
        let b = edited(&base, "B", &y, &mut sn);
        let (mut m, _) = merge(&a, &b).unwrap();
        let mut guard = 0;
        while let Some(c) = m.conflicts().first().cloned() {
            let take = c.values.last().unwrap().id.clone();
            m.resolve(&c.id, &take, &Author::new("R")).unwrap();
            guard += 1;
            prop_assert!(guard < 100);
        }
        let resolved = m.strategy().clone();
        // Merging the unresolved copies in again does not bring the conflicts back.
        let (again, r) = merge(&m, &a).unwrap();
        prop_assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
        prop_assert_eq!(again.strategy(), &resolved);
    }
}
