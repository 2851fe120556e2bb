//! Merge speed and history size: two copies of the 5 000-action strategy,
//! each with 1 000 edits since they parted, merged (target < 200 ms); a file
//! after 10 000 edits against the same strategy without history (target
//! ≤ 3×); opening a file with history (target < 150 ms).
//!
//! Run with `cargo bench --bench merge`; prints figures
//! (`TIEKARTTA_BENCH_QUICK=1` stops after the merge).

#[path = "../tests/support/mod.rs"]
mod support;

mod timing;
use timing::*;

use std::path::Path;
use std::time::Instant;

use tiekartta::merge::merge;
use tiekartta::model::Status;
use tiekartta::store::{Author, Project};

/// `n` edits as separate changes, as a person makes them one at a time:
/// renames, status changes and due dates of actions from `first` on.
fn edit(p: &mut Project, who: &str, n: usize, first: usize) {
    let author = Author::new(who);
    for k in 0..n {
        let mut s = p.strategy().clone();
        let i = (first + k * 7) % s.actions.len();
        match k % 3 {
            0 => s.actions[i].name = format!("{who}: toimenpide {i}, muokkaus {k}"),
            1 => s.actions[i].status = Status::ALL[k % 5],
            _ => s.actions[i].description.push_str(" Lisäys."),
        }
        p.apply(s, &author).expect("apply");
    }
}

fn size(p: &Path) -> u64 {
    std::fs::metadata(p).expect("size").len()
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let base = dir.path().join("base.tiekartta");
    Project::create(support::benchmark_strategy(), &Author::new("Bench"))
        .expect("create")
        .save(&base)
        .expect("save");

    // Two copies, 1 000 edits each, mostly in different actions, a few in the same.
    let t = Instant::now();
    let mut a = Project::open(&base).expect("open");
    edit(&mut a, "Anna", 1000, 0);
    let mut b = Project::open(&base).expect("open");
    edit(&mut b, "Ville", 1000, 2503);
    let editing = t.elapsed();
    let (pa, pb) = (
        dir.path().join("a.tiekartta"),
        dir.path().join("b.tiekartta"),
    );
    a.save(&pa).expect("save");
    b.save(&pb).expect("save");
    let (a, b) = (
        Project::open(&pa).expect("open"),
        Project::open(&pb).expect("open"),
    );
    a.history().expect("history");
    b.history().expect("history");
    let mut times = vec![];
    let mut conflicts = 0;
    for _ in 0..5 {
        let t = Instant::now();
        let (m, report) = merge(&a, &b).expect("merge");
        times.push(t.elapsed());
        conflicts = report.conflicts.len();
        assert_eq!(m.strategy().actions.len(), 5000);
    }
    let merge_time = median(times);
    if std::env::var_os("TIEKARTTA_BENCH_QUICK").is_some() {
        println!(
            "  merge of the two copies          {:>10}   target < 200 ms ({conflicts} conflicts)",
            ms(merge_time)
        );
        return;
    }

    // One copy with 10 000 edits.
    let mut c = Project::open(&base).expect("open");
    edit(&mut c, "Sari", 10_000, 11);
    let long = dir.path().join("long.tiekartta");
    c.save(&long).expect("save");
    let fresh = dir.path().join("fresh.tiekartta");
    Project::create(c.strategy().clone(), &Author::new("Bench"))
        .expect("create")
        .save(&fresh)
        .expect("save");
    let ratio = size(&long) as f64 / size(&fresh) as f64;

    let mut open_times = vec![];
    let mut ready_times = vec![];
    for _ in 0..5 {
        let t = Instant::now();
        let p = Project::open(&long).expect("open");
        open_times.push(t.elapsed());
        p.history().expect("history");
        ready_times.push(t.elapsed());
    }

    println!("merge benchmark: 50 themes, 5 000 actions, 500 indicators × 20 actuals");
    println!("  2 × 1 000 edits made             {:>10}", ms(editing));
    println!(
        "  merge of the two copies          {:>10}   target < 200 ms ({conflicts} conflicts)",
        ms(merge_time)
    );
    println!(
        "  file after 10 000 edits          {:>10} bytes",
        size(&long)
    );
    println!(
        "  same strategy without history    {:>10} bytes",
        size(&fresh)
    );
    println!(
        "  ratio                            {:>10.2}×  target ≤ 3×",
        ratio
    );
    println!(
        "  open with 10 000 edits           {:>10}   target < 150 ms",
        ms(median(open_times))
    );
    println!(
        "  … until the history is loaded    {:>10}",
        ms(median(ready_times))
    );
}
