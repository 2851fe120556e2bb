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

// ---------------------------------------------------------------------------
// Text conflicts between 2–4 copies: no edit that overlapped nothing is lost
// from any offered value, and the order of the copies never matters.

/// The long texts of these scripts: the vision (three paragraphs) and the
/// first value's meaning (two), five distinct words a paragraph.
const TEXTS: [usize; 2] = [3, 2];
const WORDS: usize = 5;
const VOCABULARY: [&str; 25] = [
    "talo", "metsä", "joki", "kylä", "niitty", "silta", "tori", "koulu", "puisto", "ranta",
    "pelto", "mäki", "katu", "satama", "kirjasto", "lähde", "saari", "tunturi", "laakso", "kallio",
    "lampi", "harju", "niemi", "salmi", "kangas",
];

fn base_word(t: usize, p: usize, w: usize) -> String {
    let k = (t * 3 + p) * WORDS + w;
    format!(
        "{}{}",
        VOCABULARY[k % VOCABULARY.len()],
        ["", "a", "o", "e", "i"][k / VOCABULARY.len()]
    )
}

/// A word slot of a paragraph: its word (`None` once deleted; a tag once
/// replaced) and the tags inserted after it.
#[derive(Debug, Clone, PartialEq)]
struct Slot {
    word: Option<String>,
    after: Vec<String>,
}

/// A long text as paragraphs of slots, so that each edit's place is known.
type Paragraphs = Vec<Vec<Slot>>;

fn base_texts() -> Vec<Paragraphs> {
    TEXTS
        .iter()
        .enumerate()
        .map(|(t, &paras)| {
            (0..paras)
                .map(|p| {
                    (0..WORDS)
                        .map(|w| Slot {
                            word: Some(base_word(t, p, w)),
                            after: vec![],
                        })
                        .collect()
                })
                .collect()
        })
        .collect()
}

fn render(text: &Paragraphs) -> String {
    text.iter()
        .map(|slots| {
            slots
                .iter()
                .flat_map(|s| s.word.iter().chain(&s.after))
                .cloned()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[derive(Debug, Clone, Copy)]
enum TextEdit {
    Replace,
    Insert,
    Delete,
}

/// One step of a copy's script: an edit of a word of a long text, or an
/// ordinary field edit (an action's or a theme's name).
#[derive(Debug, Clone)]
enum Step {
    Text(usize, usize, usize, TextEdit),
    ActionName(usize),
    ThemeName(usize),
}

fn step() -> impl Strategy<Value = Step> {
    let kind = prop_oneof![
        Just(TextEdit::Replace),
        Just(TextEdit::Insert),
        Just(TextEdit::Delete)
    ];
    prop_oneof![
        6 => (0..TEXTS.len(), 0usize..3, 0..WORDS, kind)
            .prop_map(|(t, p, w, k)| Step::Text(t, p % TEXTS[t], w, k)),
        1 => (0usize..2).prop_map(Step::ActionName),
        1 => (0usize..2).prop_map(Step::ThemeName),
    ]
}

/// Two to four copies' scripts, a permutation of them, and whether the
/// first two are merged (unresolved) into one copy before the others.
fn copies_scripts() -> impl Strategy<Value = (Vec<Vec<Step>>, Vec<usize>, bool)> {
    (2usize..=4).prop_flat_map(|n| {
        (
            proptest::collection::vec(proptest::collection::vec(step(), 1..6), n),
            Just((0..n).collect::<Vec<_>>()).prop_shuffle(),
            any::<bool>(),
        )
    })
}

fn long_text_origin() -> Plan {
    let texts = base_texts();
    Plan {
        id: "s".into(),
        name: "Strategia".into(),
        vision: render(&texts[0]),
        values: vec![tiekartta::model::Value {
            id: "v1".into(),
            name: "Arvo".into(),
            meaning: render(&texts[1]),
            ..Default::default()
        }],
        themes: vec![
            tiekartta::model::Theme {
                id: "t1".into(),
                name: "Talous".into(),
                ..Default::default()
            },
            tiekartta::model::Theme {
                id: "t2".into(),
                name: "Hyvinvointi".into(),
                ..Default::default()
            },
        ],
        actions: vec![
            Action {
                id: "a1".into(),
                theme: "t1".into(),
                name: "Katselmus".into(),
                ..Default::default()
            },
            Action {
                id: "a2".into(),
                theme: "t2".into(),
                name: "Liikuntapaikat".into(),
                ..Default::default()
            },
        ],
        ..Default::default()
    }
}

/// A copy of `base` after its script, one `apply` per step, with its texts.
fn scripted(base: &Project, copy: usize, script: &[Step]) -> (Project, Vec<Paragraphs>) {
    let mut p = base.clone();
    let mut texts = base_texts();
    let who = ["A", "B", "C", "D"][copy];
    for (k, st) in script.iter().enumerate() {
        let tag = format!("X{who}{k}");
        let mut s = p.strategy().clone();
        match *st {
            Step::Text(t, par, w, kind) => {
                let slot = &mut texts[t][par][w];
                match kind {
                    TextEdit::Replace => slot.word = Some(format!("{tag}R")),
                    TextEdit::Insert => slot.after.push(format!("{tag}I")),
                    TextEdit::Delete => slot.word = None,
                }
                s.vision = render(&texts[0]);
                s.values[0].meaning = render(&texts[1]);
            }
            Step::ActionName(i) => s.actions[i].name = format!("Nimi {tag}"),
            Step::ThemeName(i) => s.themes[i].name = format!("Teema {tag}"),
        }
        p.apply(s, &Author::new(who)).unwrap();
    }
    (p, texts)
}

/// One copy's edit of a word slot: what must be seen (or, for a deletion,
/// must not), and the slots it touches.
struct WordEdit {
    text: usize,
    para: usize,
    touches: Vec<usize>,
    token: String,
    deleted: bool,
}

fn word_edits(texts: &[Paragraphs]) -> Vec<WordEdit> {
    let base = base_texts();
    let mut out = vec![];
    for (t, paras) in texts.iter().enumerate() {
        for (p, slots) in paras.iter().enumerate() {
            for (w, slot) in slots.iter().enumerate() {
                let was = base[t][p][w].word.clone().unwrap_or_default();
                match &slot.word {
                    None => out.push(WordEdit {
                        text: t,
                        para: p,
                        touches: vec![w],
                        token: was,
                        deleted: true,
                    }),
                    Some(x) if *x != was => out.push(WordEdit {
                        text: t,
                        para: p,
                        touches: vec![w],
                        token: x.clone(),
                        deleted: false,
                    }),
                    _ => {}
                }
                for tag in &slot.after {
                    out.push(WordEdit {
                        text: t,
                        para: p,
                        touches: vec![w, w + 1],
                        token: tag.clone(),
                        deleted: false,
                    });
                }
            }
        }
    }
    out
}

/// Whether an edit is clear of every other copy's: no other copy's edit in
/// its paragraph within one word of it, or of the copy's own edits next to
/// it (edits of one copy next to each other are one edit to a diff; and
/// closer, a character diff may see two copies' edits as one place).
fn clear(e: &WordEdit, mine: &[WordEdit], others: &[&WordEdit]) -> bool {
    let same_para = |o: &WordEdit| o.text == e.text && o.para == e.para;
    let near = |x: &[usize], y: &[usize]| x.iter().any(|a| y.iter().any(|b| a.abs_diff(*b) < 2));
    let mut reach: Vec<usize> = e.touches.clone();
    loop {
        let more: Vec<usize> = mine
            .iter()
            .filter(|o| same_para(o) && near(&o.touches, &reach))
            .flat_map(|o| o.touches.iter().copied())
            .filter(|w| !reach.contains(w))
            .collect();
        if more.is_empty() {
            break;
        }
        reach.extend(more);
    }
    others
        .iter()
        .all(|o| !same_para(o) || !near(&o.touches, &reach))
}

/// The texts a person may end with: every value of a text conflict, else the text.
fn offered(m: &Project, t: usize) -> Vec<String> {
    let id = ["vision", "values/v1/meaning"][t];
    match m.conflicts().iter().find(|c| c.id == id) {
        Some(c) => c
            .values
            .iter()
            .map(|v| v.value.as_str().unwrap_or_default().to_owned())
            .collect(),
        None => vec![if t == 0 {
            m.strategy().vision.clone()
        } else {
            m.strategy().values[0].meaning.clone()
        }],
    }
}

#[derive(Default, Debug)]
struct Tally {
    scripts: usize,
    edits_checked: usize,
    lost: usize,
    order_differences: usize,
    with_text_conflict: usize,
}

fn merged_in(order: &[usize], copies: &[Project]) -> (Plan, Vec<Conflict>) {
    let named: Vec<(&str, &Project)> = order.iter().map(|&i| ("copy", &copies[i])).collect();
    let (m, r) = tiekartta::merge::merge_all(&named).unwrap();
    (m.strategy().clone(), r.conflicts)
}

/// Runs one script; returns what it found wrong, counted in `tally`.
fn text_script(
    scripts: &[Vec<Step>],
    order: &[usize],
    premerge: bool,
    tally: &mut Tally,
) -> Result<(), String> {
    let base = Project::create(long_text_origin(), &Author::new("origin")).unwrap();
    let (copies, texts): (Vec<Project>, Vec<Vec<Paragraphs>>) = scripts
        .iter()
        .enumerate()
        .map(|(i, s)| scripted(&base, i, s))
        .unzip();
    let n = copies.len();
    let named: Vec<(&str, &Project)> = copies.iter().map(|p| ("copy", p)).collect();
    let (m, report) = tiekartta::merge::merge_all(&named).unwrap();
    let mut wrong = vec![];
    // Every order of the copies, and a copy that is itself an unresolved
    // merge of two, give the same strategy, conflicts and values.
    let whole = (m.strategy().clone(), report.conflicts.clone());
    let reversed: Vec<usize> = (0..n).rev().collect();
    let mut others = vec![merged_in(order, &copies), merged_in(&reversed, &copies)];
    if premerge && n > 2 {
        let (ab, _) = tiekartta::merge::merge(&copies[1], &copies[0]).unwrap();
        let mut rest: Vec<(&str, &Project)> = vec![("ab", &ab)];
        rest.extend(copies[2..].iter().map(|p| ("copy", p)));
        let (mm, rr) = tiekartta::merge::merge_all(&rest).unwrap();
        others.push((mm.strategy().clone(), rr.conflicts));
    }
    for o in &others {
        if *o != whole {
            tally.order_differences += 1;
            wrong.push(format!("order differs: {:?} vs {:?}", o.1, whole.1));
        }
    }
    if m.conflicts().iter().any(|c| c.kind == ConflictKind::Text) {
        tally.with_text_conflict += 1;
    }
    // Every word edit clear of the other copies' is in every offered value.
    let edits: Vec<Vec<WordEdit>> = texts.iter().map(|t| word_edits(t)).collect();
    for (c, mine) in edits.iter().enumerate() {
        let theirs: Vec<&WordEdit> = edits
            .iter()
            .enumerate()
            .filter(|(d, _)| *d != c)
            .flat_map(|(_, e)| e)
            .collect();
        for e in mine.iter().filter(|e| clear(e, mine, &theirs)) {
            tally.edits_checked += 1;
            for value in offered(&m, e.text) {
                let has = value.split_whitespace().any(|w| w == e.token);
                if has == e.deleted {
                    tally.lost += 1;
                    wrong.push(format!(
                        "copy {c}: {} {} lost from {value:?}",
                        if e.deleted { "deletion of" } else { "" },
                        e.token
                    ));
                }
            }
        }
    }
    // Ordinary fields: one copy's edit is taken, several are a conflict.
    let s0 = base.strategy();
    for (what, i) in [("actions", 0), ("actions", 1), ("themes", 0), ("themes", 1)] {
        let name = |s: &Plan| {
            if what == "actions" {
                s.actions[i].name.clone()
            } else {
                s.themes[i].name.clone()
            }
        };
        let set: Vec<String> = copies
            .iter()
            .map(|p| name(p.strategy()))
            .filter(|x| *x != name(s0))
            .collect();
        let id = format!(
            "{what}/{}/name",
            if what == "actions" {
                ["a1", "a2"][i]
            } else {
                ["t1", "t2"][i]
            }
        );
        let listed = |x: &String| {
            m.conflicts()
                .iter()
                .any(|c| c.id == id && c.values.iter().any(|v| v.value == *x))
        };
        for x in &set {
            tally.edits_checked += 1;
            if !(set.len() == 1 && name(m.strategy()) == *x || listed(x)) {
                tally.lost += 1;
                wrong.push(format!("{id}: {x} lost"));
            }
        }
    }
    tally.scripts += 1;
    if wrong.is_empty() {
        Ok(())
    } else {
        Err(wrong.join("\n"))
    }
}

fn text_cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64)
}

#[test]
fn copies_editing_the_same_long_texts_lose_no_edit_that_overlapped_nothing_in_any_order() {
    let tally = std::cell::RefCell::new(Tally::default());
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
        cases: text_cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    });
    let result = runner.run(&copies_scripts(), |(scripts, order, premerge)| {
        text_script(&scripts, &order, premerge, &mut tally.borrow_mut())
            .map_err(TestCaseError::fail)
    });
    let t = tally.borrow();
    println!(
        "text merge scripts: {} run ({} with a text conflict), {} edits checked, {} lost, {} order differences",
        t.scripts, t.with_text_conflict, t.edits_checked, t.lost, t.order_differences
    );
    if let Err(e) = result {
        panic!("{e}");
    }
}
