//! Project file speed: a strategy of 50 themes, 5 000 actions and 500
//! indicators with 20 actuals each — open, save and export times and the
//! file size. Targets: open < 100 ms, save < 200 ms.
//!
//! Run with `cargo bench --bench store`; prints figures (median of runs).

#[path = "../tests/support/mod.rs"]
mod support;

mod timing;
use timing::*;

use tiekartta::interchange::to_json;
use tiekartta::store::{Author, Project, container};

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bench.tiekartta");
    let strategy = support::benchmark_strategy();
    let author = Author::new("Bench");
    let json_len = to_json(&strategy).len();

    let (create, mut project) = time(3, || {
        Project::create(strategy.clone(), &author).expect("create")
    });
    let (save_new, _) = time(5, || project.save(&path).expect("save"));
    let size = std::fs::metadata(&path).expect("size").len();
    let (open, opened) = time(9, || Project::open(&path).expect("open"));
    let (export, json) = time(9, || to_json(opened.strategy()));
    // Open, then wait until the history has loaded and matched the
    // snapshot (the CLI does this before every command).
    let (open_verified, _) = time(5, || {
        let mut p = Project::open(&path).expect("open");
        assert_eq!(p.verify().expect("verify"), None);
        p
    });
    let (digest, _) = time(9, || container::digest(&path).expect("digest"));
    assert_eq!(json.len(), json_len);

    // One edit, as the app makes after each change in the UI, then a save.
    let mut p = Project::open(&path).expect("open");
    let mut i = 0;
    let (apply, _) = time(9, || {
        let mut s = p.strategy().clone();
        i += 1;
        s.actions[i * 37 % 5000].name = format!("Muutettu nimi {i}");
        p.apply(s, &author).expect("apply")
    });
    let (save_edit, _) = time(9, || {
        let mut s = p.strategy().clone();
        i += 1;
        s.actions[i * 41 % 5000].status = tiekartta::model::Status::Done;
        p.apply(s, &author).expect("apply");
        p.save(&path).expect("save")
    });

    // Opening when the snapshot does not match: rebuilt from the history.
    let mut c = container::read(&path).expect("read");
    c.snapshot = None;
    let raw = dir.path().join("raw.tiekartta");
    container::write(&raw, &c).expect("write");
    let (open_rebuild, _) = time(5, || Project::open(&raw).expect("open"));

    // Where open's time goes.
    let (read, contents) = time(5, || container::read(&path).expect("read"));
    let (load, _) = time(3, || {
        automerge::Automerge::load(&contents.chunks[0].bytes).expect("load")
    });
    let snap = contents
        .snapshot
        .as_ref()
        .expect("snapshot")
        .strategy
        .clone();
    let (parse, _) = time(5, || {
        tiekartta::interchange::from_json(&snap).expect("parse")
    });

    println!("store benchmark: 50 themes, 5 000 actions, 500 indicators × 20 actuals");
    println!("  interchange JSON          {:>10} bytes", json_len);
    println!("  project file              {:>10} bytes", size);
    println!("  create (import)           {:>10}", ms(create));
    println!(
        "  first save (whole)        {:>10}   target < 200 ms",
        ms(save_new)
    );
    println!(
        "  open                      {:>10}   target < 100 ms",
        ms(open)
    );
    println!(
        "  open, history verified    {:>10}   (file digest {})",
        ms(open_verified),
        ms(digest)
    );
    println!("  export (JSON)             {:>10}", ms(export));
    println!("  apply one edit            {:>10}", ms(apply));
    println!(
        "  apply + save after edit   {:>10}   target < 200 ms",
        ms(save_edit)
    );
    println!(
        "    of which: SQLite read {}, Automerge load {}, snapshot parse {}",
        ms(read),
        ms(load),
        ms(parse)
    );
    println!("  open, snapshot rebuilt    {:>10}", ms(open_rebuild));

    for actions in [5_000, 50_000] {
        session_edit(actions, &author);
    }
}

/// One edit through the session at `actions` actions: the edit as the UI
/// sends it (a renamed action, applied in place, its parts kept for undo),
/// beside today's whole-strategy apply, and what the edit costs at save.
fn session_edit(actions: usize, author: &Author) {
    use serde_json::json;
    use tiekartta::edit::{Change, Step};
    use tiekartta::model::Id;
    use tiekartta::model::part::ListKey;
    use tiekartta::session::{Document, Session, SettingsPatch};

    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("iso.tiekartta");
    let strategy = support::large(support::Size {
        actions,
        ..support::Size::BENCHMARK
    });
    let mut p = Project::create(strategy, author).expect("create");
    p.save(&path).expect("save");
    let ids: Vec<Id> = p.strategy().actions.iter().map(|a| a.id.clone()).collect();
    let rename = |i: usize| Change::Item {
        path: vec![Step {
            list: ListKey::Actions,
            id: ids[i * 37 % ids.len()].clone(),
        }],
        fields: json!({ "name": format!("Muutettu nimi {i}") })
            .as_object()
            .cloned()
            .unwrap_or_default(),
    };

    let mut doc = Document::open(&path).expect("open");
    let mut i = 0;
    let (change, _) = time(21, || {
        i += 1;
        doc.change(&rename(i), "Nimi", None, 0).expect("change")
    });
    let (save_parts, _) = time(5, || {
        i += 1;
        doc.change(&rename(i), "Nimi", None, 0).expect("change");
        doc.save_to(&path, author, "Tallennus", 0).expect("save")
    });
    let (whole, _) = time(5, || {
        let mut s = doc.strategy().clone();
        i += 1;
        s.actions[i * 41 % ids.len()].name = format!("Koko strategia {i}");
        doc.edit(s, "Nimi", None, 0)
    });
    let mut p = Project::open(&path).expect("open");
    let (apply_whole, _) = time(5, || {
        let mut s = p.strategy().clone();
        i += 1;
        s.actions[i * 43 % ids.len()].name = format!("Koko strategia {i}");
        p.apply(s, author).expect("apply")
    });

    // The app's whole round trip of one keystroke: the edit, the strategy
    // handed back to the UI, its problems and the recovery copy.
    let session = Session::load(dir.path().join("config"));
    session.update_settings(SettingsPatch {
        lang: None,
        author: Some("Bench".into()),
    });
    session.open(&path).expect("open");
    let (app, _) = time(5, || {
        i += 1;
        session.change(&rename(i), "Nimi", None).expect("change")
    });

    let target = if actions <= 5_000 { "< 2 ms" } else { "< 5 ms" };
    println!("one edit through the session, {actions} actions");
    println!(
        "  edit (a Change, in place) {:>10}   target {target}",
        format!("{:.1} µs", change.as_secs_f64() * 1e6)
    );
    println!("  edit (whole strategy)     {:>10}", ms(whole));
    println!("  project apply, whole diff {:>10}", ms(apply_whole));
    println!("  edit + save (parts)       {:>10}", ms(save_parts));
    println!(
        "  app round trip of an edit {:>10}   (strategy, problems, recovery copy)",
        ms(app)
    );
}
