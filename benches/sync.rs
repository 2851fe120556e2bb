//! Sync speed through the real automerge-repo sync server on loopback:
//! the time for an edit on one peer to appear on the other (target
//! < 500 ms) and the first sync of the 5 000-action strategy to a fresh
//! peer (target < 3 s).
//!
//! Run with `cargo bench --bench sync` (needs `scripts/setup.sh --test`
//! for the server's npm packages); prints figures (median of runs).

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use tiekartta::store::{Author, Project};
use tiekartta::sync::{self, Link, TIMEOUT};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let server = match support::sync_server::SyncServer::start() {
        Ok(s) => s,
        Err(why) => {
            println!("sync bench skipped: {why}");
            return;
        }
    };
    let author = Author::new("Bench");

    // The 5 000-action strategy shared, then opened by fresh peers.
    let mut big = Project::create(support::benchmark_strategy(), &author).expect("create");
    let t = Instant::now();
    let id = sync::share(&mut big, &server.url).expect("share");
    let share = t.elapsed();
    let mut firsts = vec![];
    for _ in 0..3 {
        let t = Instant::now();
        let fresh = sync::open_shared(&server.url, &id).expect("open shared");
        firsts.push(t.elapsed());
        assert_eq!(fresh.strategy(), big.strategy());
    }

    // A small edit on one live peer appearing on the other.
    let mut a = Project::create(support::benchmark_strategy(), &author).expect("create");
    sync::share(&mut a, &server.url).expect("share");
    let small_id = a.sync_settings().sync_document.clone().expect("id");
    let mut b = sync::open_shared(&server.url, &small_id).expect("open shared");
    let mut link_a = Link::connect(&a, TIMEOUT).expect("link a");
    let mut link_b = Link::connect(&b, TIMEOUT).expect("link b");
    let mut hops = vec![];
    for i in 0..9 {
        let mut s = a.strategy().clone();
        s.slogan = format!("iskulause {i}");
        a.apply(s, &author).expect("edit");
        let t = Instant::now();
        link_a.push(&a).expect("push");
        let got = link_b
            .wait_incoming(&mut b, Duration::from_secs(10))
            .expect("incoming");
        hops.push(t.elapsed());
        assert_eq!(got.incoming.len(), 1);
        assert_eq!(b.strategy().slogan, format!("iskulause {i}"));
    }
    let mut s = b.strategy().clone();
    s.slogan = "takaisin".into();
    b.apply(s, &author).expect("edit");
    let t = Instant::now();
    let report = sync::sync(&mut b).expect("sync");
    let one_shot = t.elapsed();
    assert_eq!(report.sent, 1);
    link_a.close();
    link_b.close();

    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("sync through automerge-repo sync server (loopback), 5 000 actions:");
    println!(
        "  edit on one peer seen on the other: {:.1} ms median, {:.1} ms worst (target < 500 ms)",
        ms(median(hops.clone())),
        ms(hops.iter().copied().max().unwrap_or_default())
    );
    println!(
        "  first sync to a fresh peer:         {:.0} ms median (target < 3000 ms)",
        ms(median(firsts))
    );
    println!("  share (upload whole history):       {:.0} ms", ms(share));
    println!(
        "  one-shot sync of one edit (connect, exchange, close): {:.0} ms",
        ms(one_shot)
    );
}
