//! The merge rules of issue 4, one scenario each, on real project files.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failing test

use std::path::{Path, PathBuf};

mod support;
use support::{edit, origin};

use tiekartta::merge::{ConflictKind, merge, merge_all};
use tiekartta::model::{Action, Strategy};
use tiekartta::store::{Author, Project};

struct Copies {
    _dir: tempfile::TempDir,
    paths: Vec<PathBuf>,
}

/// `n` copies of one saved project file, as if e-mailed to `n` people.
fn copies(n: usize) -> Copies {
    let dir = tempfile::tempdir().unwrap();
    let paths = support::copies(dir.path(), &origin(), n);
    Copies { _dir: dir, paths }
}

fn open(path: &Path) -> Project {
    Project::open(path).unwrap()
}

#[test]
fn edits_to_different_entities_and_fields_combine() {
    let c = copies(2);
    edit(&c.paths[0], "Anna", |s| {
        s.actions[0].name = "Palveluverkon katselmus".into();
        s.themes[0].name = "Talous ja arkijärki".into();
    });
    edit(&c.paths[1], "Ville", |s| {
        s.actions[0].due = Some(tiekartta::model::PlanDate::Year(2027));
        s.actions[1].name = "Liikuntapaikkojen kunnostus".into();
    });
    let (m, report) = merge(&open(&c.paths[0]), &open(&c.paths[1])).unwrap();
    let s = m.strategy();
    assert_eq!(s.actions[0].name, "Palveluverkon katselmus");
    assert_eq!(
        s.actions[0].due,
        Some(tiekartta::model::PlanDate::Year(2027))
    );
    assert_eq!(s.actions[1].name, "Liikuntapaikkojen kunnostus");
    assert_eq!(s.themes[0].name, "Talous ja arkijärki");
    assert!(report.conflicts.is_empty(), "{:?}", report.conflicts);
    assert_eq!(report.incoming[0].len(), 1);
    assert_eq!(report.incoming[1][0].author, "Ville");
}

#[test]
fn entities_added_on_both_sides_are_all_kept() {
    let c = copies(2);
    edit(&c.paths[0], "Anna", |s| {
        s.actions.push(Action {
            id: "a-anna".into(),
            theme: "t1".into(),
            name: "Annan".into(),
            ..Default::default()
        })
    });
    edit(&c.paths[1], "Ville", |s| {
        s.actions.push(Action {
            id: "a-ville".into(),
            theme: "t2".into(),
            name: "Villen".into(),
            ..Default::default()
        })
    });
    let (m, report) = merge(&open(&c.paths[0]), &open(&c.paths[1])).unwrap();
    let ids: Vec<&str> = m.strategy().actions.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids.len(), 4);
    assert!(ids.contains(&"a-anna") && ids.contains(&"a-ville"));
    assert!(report.conflicts.is_empty());
}

#[test]
fn an_entity_deleted_on_one_side_and_untouched_on_the_other_is_deleted() {
    let c = copies(2);
    edit(&c.paths[0], "Anna", |s| {
        s.actions.retain(|a| a.id.as_str() != "a2")
    });
    edit(&c.paths[1], "Ville", |s| {
        s.actions[0].name = "Muu muutos".into()
    });
    let (m, report) = merge(&open(&c.paths[0]), &open(&c.paths[1])).unwrap();
    assert_eq!(m.strategy().actions.len(), 1);
    assert_eq!(m.strategy().actions[0].name, "Muu muutos");
    assert!(report.conflicts.is_empty());
}

#[test]
fn concurrent_edits_to_two_paragraphs_of_one_value_meaning_both_survive() {
    let c = copies(2);
    edit(&c.paths[0], "Anna", |s| {
        s.values[0].meaning = s.values[0]
            .meaning
            .replace("kertoo palvelusta", "kertoo hyvästä palvelusta")
    });
    edit(&c.paths[1], "Ville", |s| {
        s.values[0].meaning = s.values[0]
            .meaning
            .replace("kertoo yhteistyöstä", "kertoo avoimesta yhteistyöstä")
    });
    let (m, report) = merge(&open(&c.paths[0]), &open(&c.paths[1])).unwrap();
    assert_eq!(
        m.strategy().values[0].meaning,
        "Ensimmäinen kappale kertoo hyvästä palvelusta.\n\nToinen kappale kertoo avoimesta yhteistyöstä."
    );
    assert!(report.conflicts.is_empty());
}

#[test]
fn one_field_set_differently_is_a_conflict_with_both_values_and_authors() {
    let c = copies(2);
    edit(&c.paths[0], "Anna", |s| {
        s.actions[0].name = "Annan nimi".into()
    });
    edit(&c.paths[1], "Ville", |s| {
        s.actions[0].name = "Villen nimi".into()
    });
    let (mut m, report) = merge(&open(&c.paths[0]), &open(&c.paths[1])).unwrap();
    assert_eq!(report.conflicts.len(), 1);
    let k = &report.conflicts[0];
    assert_eq!(
        (k.id.as_str(), k.kind, k.field.as_str()),
        ("actions/a1/name", ConflictKind::Field, "name")
    );
    let mut seen: Vec<(String, String)> = k
        .values
        .iter()
        .map(|v| (v.value.as_str().unwrap().to_owned(), v.authors[0].clone()))
        .collect();
    seen.sort();
    assert_eq!(
        seen,
        vec![
            ("Annan nimi".into(), "Anna".into()),
            ("Villen nimi".into(), "Ville".into())
        ]
    );
    // The default is one of them, and it is what the strategy shows.
    let default = k.values.iter().find(|v| v.id == k.default).unwrap();
    assert_eq!(
        m.strategy().actions[0].name,
        default.value.as_str().unwrap()
    );
    // Choosing is an edit: recorded, and the conflict is gone.
    let other = k.values.iter().find(|v| v.id != k.default).unwrap().clone();
    m.resolve(&k.id, &other.id, &Author::new("Strategiajohtaja"))
        .unwrap();
    assert!(m.conflicts().is_empty());
    assert_eq!(m.strategy().actions[0].name, other.value.as_str().unwrap());
    assert_eq!(
        m.history().unwrap().last().unwrap().kind,
        tiekartta::store::ChangeKind::Resolve
    );
}

#[test]
fn the_conflict_and_its_choice_survive_saving_and_merging_again() {
    let c = copies(2);
    edit(&c.paths[0], "Anna", |s| {
        s.actions[0].name = "Annan nimi".into()
    });
    edit(&c.paths[1], "Ville", |s| {
        s.actions[0].name = "Villen nimi".into()
    });
    let (mut m, _) = merge(&open(&c.paths[0]), &open(&c.paths[1])).unwrap();
    let out = c.paths[0].with_file_name("merged.tiekartta");
    m.save(&out).unwrap();
    let mut m = open(&out);
    assert_eq!(m.conflicts().len(), 1);
    let id = m.conflicts()[0].id.clone();
    let anna = m.conflicts()[0]
        .values
        .iter()
        .find(|v| v.authors == ["Anna"])
        .unwrap()
        .id
        .clone();
    m.resolve(&id, &anna, &Author::new("Johtaja")).unwrap();
    m.save(&out).unwrap();
    // Merging the resolved file with an unresolved copy keeps the choice.
    let (again, report) = merge(&open(&c.paths[1]), &open(&out)).unwrap();
    assert!(report.conflicts.is_empty());
    assert_eq!(again.strategy().actions[0].name, "Annan nimi");
}

#[test]
fn an_entity_edited_on_one_side_and_deleted_on_the_other_is_a_conflict_kept_until_chosen() {
    let c = copies(2);
    edit(&c.paths[0], "Anna", |s| {
        s.actions.retain(|a| a.id.as_str() != "a2")
    });
    edit(&c.paths[1], "Ville", |s| {
        s.actions[1].name = "Liikuntapaikat kuntoon".into()
    });
    let (mut m, report) = merge(&open(&c.paths[0]), &open(&c.paths[1])).unwrap();
    assert_eq!(report.conflicts.len(), 1, "{:?}", report.conflicts);
    let k = &report.conflicts[0];
    assert_eq!(
        (k.id.as_str(), k.kind),
        ("actions/a2", ConflictKind::EditDelete)
    );
    assert_eq!(k.default, "keep");
    assert_eq!(
        k.values.iter().find(|v| v.id == "delete").unwrap().authors,
        ["Anna"]
    );
    assert_eq!(
        k.values.iter().find(|v| v.id == "keep").unwrap().authors,
        ["Ville"]
    );
    // Shown (with the edit) until someone chooses.
    assert_eq!(m.strategy().actions[1].name, "Liikuntapaikat kuntoon");
    m.resolve("actions/a2", "delete", &Author::new("Johtaja"))
        .unwrap();
    assert_eq!(m.strategy().actions.len(), 1);
    assert!(m.conflicts().is_empty());
}

#[test]
fn an_action_moved_to_different_themes_is_a_conflict() {
    let c = copies(2);
    edit(&c.paths[0], "Anna", |s| s.actions[0].theme = "t2".into());
    edit(&c.paths[1], "Ville", |s| s.actions[0].theme = "t3".into());
    let (m, report) = merge(&open(&c.paths[0]), &open(&c.paths[1])).unwrap();
    assert_eq!(report.conflicts.len(), 1);
    assert_eq!(report.conflicts[0].kind, ConflictKind::Moved);
    assert!(["t2", "t3"].contains(&m.strategy().actions[0].theme.as_str()));
}

#[test]
fn merging_is_commutative_and_a_copy_with_itself_changes_nothing() {
    let c = copies(2);
    edit(&c.paths[0], "Anna", |s| {
        s.actions[0].name = "Annan nimi".into()
    });
    edit(&c.paths[1], "Ville", |s| {
        s.actions[0].name = "Villen nimi".into()
    });
    let (a, b) = (open(&c.paths[0]), open(&c.paths[1]));
    let (ab, rab) = merge(&a, &b).unwrap();
    let (ba, rba) = merge(&b, &a).unwrap();
    assert_eq!(ab.strategy(), ba.strategy());
    assert_eq!(rab.conflicts, rba.conflicts);
    let (aa, raa) = merge(&a, &a).unwrap();
    assert_eq!(aa.strategy(), a.strategy());
    assert!(raa.incoming.iter().all(Vec::is_empty));
}

#[test]
fn merging_an_older_version_of_the_same_copy_changes_nothing() {
    let c = copies(1);
    let old = c.paths[0].with_file_name("old.tiekartta");
    std::fs::copy(&c.paths[0], &old).unwrap();
    edit(&c.paths[0], "Anna", |s| s.actions[0].name = "Uusi".into());
    edit(&c.paths[0], "Anna", |s| {
        s.actions.retain(|a| a.id.as_str() != "a2")
    });
    let newer = open(&c.paths[0]);
    let (m, report) = merge(&newer, &open(&old)).unwrap();
    assert_eq!(m.strategy(), newer.strategy());
    assert!(report.incoming[1].is_empty() && report.conflicts.is_empty());
}

#[test]
fn three_copies_merge_to_the_same_result_in_any_order() {
    let c = copies(3);
    edit(&c.paths[0], "Anna", |s| s.actions[0].name = "Annan".into());
    edit(&c.paths[1], "Ville", |s| {
        s.actions[0].name = "Villen".into()
    });
    edit(&c.paths[2], "Sari", |s| {
        s.themes[2].name = "Elinvoimainen Paimio".into();
        s.actions.retain(|a| a.id.as_str() != "a2");
    });
    let p: Vec<Project> = c.paths.iter().map(|x| open(x)).collect();
    let orders = [
        [0, 1, 2],
        [0, 2, 1],
        [1, 0, 2],
        [1, 2, 0],
        [2, 0, 1],
        [2, 1, 0],
    ];
    let results: Vec<_> = orders
        .iter()
        .map(|o| {
            let (m, r) = merge_all(&[("x", &p[o[0]]), ("y", &p[o[1]]), ("z", &p[o[2]])]).unwrap();
            (m.strategy().clone(), r.conflicts)
        })
        .collect();
    for r in &results[1..] {
        assert_eq!(r, &results[0]);
    }
    // One after another gives the same too.
    let (ab, _) = merge(&p[0], &p[1]).unwrap();
    let (abc, _) = merge(&ab, &p[2]).unwrap();
    assert_eq!(abc.strategy(), &results[0].0);
    assert_eq!(results[0].1.len(), 1);
    assert_eq!(results[0].1[0].values.len(), 2);
    assert_eq!(abc.strategy().themes[2].name, "Elinvoimainen Paimio");
}

#[test]
fn files_with_no_common_origin_are_refused_with_a_hint_to_import() {
    let a = Project::create(origin(), &Author::new("A")).unwrap();
    let b = Project::create(origin(), &Author::new("B")).unwrap();
    let err = merge(&a, &b).unwrap_err();
    assert_eq!(err.code(), "merge-no-common-origin");
    assert!(err.to_text(tiekartta::i18n::Lang::En).contains("import"));
}

#[test]
fn overlapping_edits_of_one_long_text_are_a_conflict_with_both_whole_texts() {
    let c = copies(2);
    let anna = "Ensimmäinen kappale kertoo asumisesta.\n\nToinen kappale kertoo yhteistyöstä.";
    let ville = "Ensimmäinen kappale kertoo liikenteestä.\n\nToinen kappale kertoo yhteistyöstä.";
    edit(&c.paths[0], "Anna", |s| s.values[0].meaning = anna.into());
    edit(&c.paths[1], "Ville", |s| s.values[0].meaning = ville.into());
    let (a, b) = (open(&c.paths[0]), open(&c.paths[1]));
    let (mut m, report) = merge(&a, &b).unwrap();
    assert_eq!(report.conflicts.len(), 1, "{:?}", report.conflicts);
    let k = &report.conflicts[0];
    assert_eq!(
        (
            k.id.as_str(),
            k.kind,
            k.field.as_str(),
            k.entity_id.as_str()
        ),
        ("values/v1/meaning", ConflictKind::Text, "meaning", "v1")
    );
    let mut seen: Vec<(String, String)> = k
        .values
        .iter()
        .map(|v| (v.value.as_str().unwrap().to_owned(), v.authors[0].clone()))
        .collect();
    seen.sort();
    assert_eq!(
        seen,
        vec![(anna.into(), "Anna".into()), (ville.into(), "Ville".into())]
    );
    // Not interleaved: the strategy shows the default, one whole text.
    let default = k.values.iter().find(|v| v.id == k.default).unwrap();
    assert_eq!(
        m.strategy().values[0].meaning,
        default.value.as_str().unwrap()
    );
    // The same in the other order, and after saving and opening.
    let (ba, rba) = merge(&b, &a).unwrap();
    assert_eq!(ba.strategy(), m.strategy());
    assert_eq!(rba.conflicts, report.conflicts);
    let out = c.paths[0].with_file_name("merged.tiekartta");
    m.save(&out).unwrap();
    assert_eq!(open(&out).conflicts(), report.conflicts.as_slice());
    // Choosing is an edit; merging the unresolved copy again keeps the choice.
    let other = k.values.iter().find(|v| v.id != k.default).unwrap().clone();
    m.resolve(&k.id, &other.id, &Author::new("Strategiajohtaja"))
        .unwrap();
    assert!(m.conflicts().is_empty());
    assert_eq!(
        m.strategy().values[0].meaning,
        other.value.as_str().unwrap()
    );
    assert_eq!(
        m.history().unwrap().last().unwrap().kind,
        tiekartta::store::ChangeKind::Resolve
    );
    let (again, r) = merge(&m, &b).unwrap();
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
    assert_eq!(
        again.strategy().values[0].meaning,
        other.value.as_str().unwrap()
    );
}

#[test]
fn words_replaced_in_two_different_paragraphs_of_one_text_merge_without_a_conflict() {
    let c = copies(2);
    edit(&c.paths[0], "Anna", |s| {
        s.values[0].meaning = s.values[0].meaning.replace("palvelusta", "asumisesta")
    });
    edit(&c.paths[1], "Ville", |s| {
        s.values[0].meaning = s.values[0]
            .meaning
            .replace("yhteistyöstä", "luottamuksesta")
    });
    let (m, report) = merge(&open(&c.paths[0]), &open(&c.paths[1])).unwrap();
    assert!(report.conflicts.is_empty(), "{:?}", report.conflicts);
    assert_eq!(
        m.strategy().values[0].meaning,
        "Ensimmäinen kappale kertoo asumisesta.\n\nToinen kappale kertoo luottamuksesta."
    );
}

#[test]
fn a_sentence_deleted_in_one_copy_and_edited_in_the_other_is_a_text_conflict() {
    let c = copies(1);
    edit(&c.paths[0], "Anna", |s| {
        s.vision = "Paimio on hyvä paikka elää. Täällä viihtyy.".into()
    });
    let other = c.paths[0].with_file_name("other.tiekartta");
    std::fs::copy(&c.paths[0], &other).unwrap();
    edit(&c.paths[0], "Anna", |s| {
        s.vision = "Paimio on hyvä paikka elää.".into()
    });
    edit(&other, "Ville", |s| {
        s.vision = "Paimio on hyvä paikka elää. Täällä jokainen viihtyy.".into()
    });
    let (m, report) = merge(&open(&c.paths[0]), &open(&other)).unwrap();
    assert_eq!(report.conflicts.len(), 1, "{:?}", report.conflicts);
    let k = &report.conflicts[0];
    assert_eq!((k.id.as_str(), k.kind), ("vision", ConflictKind::Text));
    assert_eq!(k.entity, "strategy");
    let texts: Vec<&str> = k.values.iter().map(|v| v.value.as_str().unwrap()).collect();
    assert!(texts.contains(&"Paimio on hyvä paikka elää."));
    assert!(texts.contains(&"Paimio on hyvä paikka elää. Täällä jokainen viihtyy."));
    assert!(texts.contains(&m.strategy().vision.as_str()));
}

#[test]
fn an_entity_edited_before_copying_then_edited_and_deleted_in_two_copies_is_a_conflict() {
    let c = copies(1);
    edit(&c.paths[0], "Anna", |s| {
        s.actions[1].name = "Liikuntapaikat 2".into()
    });
    let other = c.paths[0].with_file_name("other.tiekartta");
    std::fs::copy(&c.paths[0], &other).unwrap();
    edit(&c.paths[0], "Anna", |s| {
        s.actions.retain(|a| a.id.as_str() != "a2")
    });
    edit(&other, "Ville", |s| {
        s.actions[1].name = "Liikuntapaikat 3".into()
    });
    let (m, report) = merge(&open(&c.paths[0]), &open(&other)).unwrap();
    assert_eq!(report.conflicts.len(), 1, "{:?}", report.conflicts);
    assert_eq!(
        (report.conflicts[0].id.as_str(), report.conflicts[0].kind),
        ("actions/a2", ConflictKind::EditDelete)
    );
    assert_eq!(m.strategy().actions[1].name, "Liikuntapaikat 3");
}

#[test]
fn a_text_edited_before_copying_then_rewritten_in_two_copies_is_a_conflict() {
    let c = copies(1);
    edit(&c.paths[0], "Anna", |s| {
        s.vision = "Paimio on hyvä paikka.".into()
    });
    let other = c.paths[0].with_file_name("other.tiekartta");
    std::fs::copy(&c.paths[0], &other).unwrap();
    edit(&c.paths[0], "Anna", |s| {
        s.vision = "Paimio on paras paikka.".into()
    });
    edit(&other, "Ville", |s| {
        s.vision = "Paimio on turvallinen paikka.".into()
    });
    let (_, report) = merge(&open(&c.paths[0]), &open(&other)).unwrap();
    assert_eq!(report.conflicts.len(), 1, "{:?}", report.conflicts);
    assert_eq!(report.conflicts[0].kind, ConflictKind::Text);
}

/// The vision of three paragraphs that the three-copy text tests start from.
const THREE_PARAGRAPHS: &str =
    "Paimio on hyvä paikka elää.\n\nPalvelut ovat lähellä.\n\nLuonto on kaunis.";

/// Three copies of a file whose vision has three paragraphs: Anna and Ville
/// rewrite the first paragraph, Sari edits only the third.
fn a_b_rewrite_paragraph_one_c_edits_paragraph_three() -> Copies {
    let c = copies(1);
    edit(&c.paths[0], "Anna", |s| s.vision = THREE_PARAGRAPHS.into());
    for i in 1..3 {
        let p = c.paths[0].with_file_name(format!("copy{i}.tiekartta"));
        std::fs::copy(&c.paths[0], &p).unwrap();
    }
    let paths: Vec<PathBuf> = (0..3)
        .map(|i| c.paths[0].with_file_name(format!("copy{i}.tiekartta")))
        .collect();
    edit(&paths[0], "Anna", |s| {
        s.vision = s.vision.replace("hyvä paikka elää", "paras paikka asua")
    });
    edit(&paths[1], "Ville", |s| {
        s.vision = s
            .vision
            .replace("hyvä paikka elää", "turvallinen kotikunta")
    });
    edit(&paths[2], "Sari", |s| {
        s.vision = s
            .vision
            .replace("Luonto on kaunis", "Luonto on kaunis ja puhdas")
    });
    Copies {
        _dir: c._dir,
        paths,
    }
}

const ANNA_WITH_SARI: &str =
    "Paimio on paras paikka asua.\n\nPalvelut ovat lähellä.\n\nLuonto on kaunis ja puhdas.";
const VILLE_WITH_SARI: &str =
    "Paimio on turvallinen kotikunta.\n\nPalvelut ovat lähellä.\n\nLuonto on kaunis ja puhdas.";

#[test]
fn a_third_copy_that_edited_another_paragraph_keeps_its_edit_in_every_value_of_a_text_conflict() {
    let c = a_b_rewrite_paragraph_one_c_edits_paragraph_three();
    let p: Vec<Project> = c.paths.iter().map(|x| open(x)).collect();
    let (m, report) = merge_all(&[("A", &p[0]), ("B", &p[1]), ("C", &p[2])]).unwrap();
    assert_eq!(report.conflicts.len(), 1, "{:?}", report.conflicts);
    let k = &report.conflicts[0];
    assert_eq!((k.id.as_str(), k.kind), ("vision", ConflictKind::Text));
    let mut texts: Vec<&str> = k.values.iter().map(|v| v.value.as_str().unwrap()).collect();
    texts.sort();
    assert_eq!(texts, vec![ANNA_WITH_SARI, VILLE_WITH_SARI]);
    let anna = k.values.iter().find(|v| v.value == ANNA_WITH_SARI).unwrap();
    assert_eq!(anna.authors, ["Anna"]);
    assert!(texts.contains(&m.strategy().vision.as_str()));
    // The same in every order of the copies: strategy, conflicts and values.
    for o in [[0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]] {
        let (mo, ro) = merge_all(&[("x", &p[o[0]]), ("y", &p[o[1]]), ("z", &p[o[2]])]).unwrap();
        assert_eq!(mo.strategy(), m.strategy(), "order {o:?}");
        assert_eq!(ro.conflicts, report.conflicts, "order {o:?}");
    }
    // Choosing either value keeps Sari's edit.
    for v in &k.values {
        let mut chosen = m.clone();
        chosen
            .resolve(&k.id, &v.id, &Author::new("Strategiajohtaja"))
            .unwrap();
        assert!(chosen.conflicts().is_empty());
        assert!(
            chosen
                .strategy()
                .vision
                .ends_with("Luonto on kaunis ja puhdas.")
        );
    }
}

#[test]
fn a_copy_that_is_itself_a_merge_keeps_every_edit_that_did_not_overlap() {
    let c = a_b_rewrite_paragraph_one_c_edits_paragraph_three();
    let p: Vec<Project> = c.paths.iter().map(|x| open(x)).collect();
    // Anna's and Sari's edits merged cleanly first, then Ville's copy.
    let (ac, r) = merge(&p[0], &p[2]).unwrap();
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
    let (m, report) = merge(&p[1], &ac).unwrap();
    let texts: Vec<&str> = report.conflicts[0]
        .values
        .iter()
        .map(|v| v.value.as_str().unwrap())
        .collect();
    assert_eq!(report.conflicts.len(), 1);
    assert!(
        texts.contains(&ANNA_WITH_SARI) && texts.contains(&VILLE_WITH_SARI),
        "{texts:?}"
    );
    assert_eq!(texts.len(), 2);
    // An unresolved merge of Anna and Ville, merged with Sari's copy.
    let (ab, _) = merge(&p[0], &p[1]).unwrap();
    let (m2, report2) = merge(&ab, &p[2]).unwrap();
    assert_eq!(report2.conflicts, report.conflicts);
    assert_eq!(m2.strategy(), m.strategy());
}

#[test]
fn four_copies_rewriting_two_paragraphs_in_pairs_keep_every_edit_that_did_not_overlap() {
    let c = copies(1);
    edit(&c.paths[0], "Anna", |s| s.vision = THREE_PARAGRAPHS.into());
    let paths: Vec<PathBuf> = (0..4)
        .map(|i| c.paths[0].with_file_name(format!("four{i}.tiekartta")))
        .collect();
    for p in &paths {
        std::fs::copy(&c.paths[0], p).unwrap();
    }
    // Anna and Ville rewrite paragraph 1, Sari and Olli paragraph 3; Olli
    // also edits paragraph 2, which nobody else touched.
    let rewrite = |from: &'static str, to: &'static str| {
        move |s: &mut Strategy| s.vision = s.vision.replace(from, to)
    };
    edit(
        &paths[0],
        "Anna",
        rewrite("hyvä paikka elää", "paras paikka asua"),
    );
    edit(
        &paths[1],
        "Ville",
        rewrite("hyvä paikka elää", "turvallinen kotikunta"),
    );
    edit(&paths[2], "Sari", rewrite("kaunis", "puhdas"));
    edit(&paths[3], "Olli", |s| {
        s.vision = s
            .vision
            .replace("kaunis", "vihreä")
            .replace("Palvelut ovat", "Kaikki palvelut ovat")
    });
    let p: Vec<Project> = paths.iter().map(|x| open(x)).collect();
    let (m, report) = merge_all(&[("A", &p[0]), ("B", &p[1]), ("C", &p[2]), ("D", &p[3])]).unwrap();
    assert_eq!(report.conflicts.len(), 1, "{:?}", report.conflicts);
    let k = &report.conflicts[0];
    assert!(k.values.len() >= 2, "{:?}", k.values);
    for v in &k.values {
        let t = v.value.as_str().unwrap();
        assert!(t.contains("Kaikki palvelut ovat lähellä."), "{t}");
        assert!(
            t.contains("paras paikka asua") != t.contains("turvallinen kotikunta"),
            "{t}"
        );
        assert!(t.contains("puhdas") != t.contains("vihreä"), "{t}");
    }
    // Each copy's own rewrite is offered.
    for word in ["paras", "turvallinen", "puhdas", "vihreä"] {
        assert!(
            k.values
                .iter()
                .any(|v| v.value.as_str().unwrap().contains(word)),
            "{word}: {:?}",
            k.values
        );
    }
    let (m2, r2) = merge_all(&[("D", &p[3]), ("B", &p[1]), ("A", &p[0]), ("C", &p[2])]).unwrap();
    assert_eq!(m2.strategy(), m.strategy());
    assert_eq!(r2.conflicts, report.conflicts);
}

fn cli(args: &[&str]) -> (i32, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_tiekartta"))
        .args(args)
        .env_remove("TIEKARTTA_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code().unwrap_or(-1), text)
}

#[test]
fn the_cli_offers_a_third_copys_edit_in_every_value_of_a_text_conflict_and_keeps_it_when_resolving()
{
    let c = a_b_rewrite_paragraph_one_c_edits_paragraph_three();
    let s = |p: &Path| p.to_str().unwrap().to_owned();
    let out = c.paths[0].with_file_name("merged.tiekartta");
    let (a, b, cc, o) = (s(&c.paths[0]), s(&c.paths[1]), s(&c.paths[2]), s(&out));
    let (code, said) = cli(&["merge", &a, &b, &cc, "-o", &o, "--lang", "en"]);
    assert_eq!(code, 3, "{said}");
    assert!(said.contains("vision"), "{said}");
    let (code, listed) = cli(&["conflicts", &o, "--lang", "en"]);
    assert_eq!(code, 3, "{listed}");
    assert!(
        listed.contains("paras paikka asua") && listed.contains("turvallinen kotikunta"),
        "{listed}"
    );
    // Every value listed carries Sari's edit; no value lacks it.
    assert_eq!(listed.matches("kaunis ja puhdas").count(), 2, "{listed}");
    assert!(!listed.contains("kaunis."), "{listed}");
    let ville = open(&out).conflicts()[0]
        .values
        .iter()
        .find(|v| v.authors == ["Ville"])
        .unwrap()
        .id
        .clone();
    let (code, said) = cli(&[
        "resolve", &o, "vision", "--take", &ville, "--author", "Johtaja",
    ]);
    assert_eq!(code, 0, "{said}");
    let resolved = open(&out);
    assert!(resolved.conflicts().is_empty());
    assert_eq!(resolved.strategy().vision, VILLE_WITH_SARI);
}
