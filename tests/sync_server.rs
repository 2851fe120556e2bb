//! Syncing through the real automerge-repo sync server (`sync-server/`,
//! started on loopback by each test): two Tiekartta peers, edits on both
//! while one is offline, and everything merges.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failing test

mod support;

use support::edit_project;
use support::sync_server::SyncServer;
use tiekartta::model::Action;
use tiekartta::store::{Author, Project};
use tiekartta::sync::{self, SyncError};

fn server() -> Option<SyncServer> {
    match SyncServer::start() {
        Ok(s) => Some(s),
        Err(why) => {
            println!("skipped: {why}");
            None
        }
    }
}

#[test]
fn two_peers_edit_while_one_is_offline_and_both_end_with_every_edit() {
    let Some(server) = server() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (file_a, file_b) = (
        dir.path().join("a.tiekartta"),
        dir.path().join("b.tiekartta"),
    );

    // A shares its file; the server and the id are kept in it.
    let mut a = Project::create(support::small(), &Author::new("Maija")).unwrap();
    a.save(&file_a).unwrap();
    let id = sync::share(&mut a, &server.url).unwrap();
    a.save(&file_a).unwrap();
    let a_reopened = Project::open(&file_a).unwrap();
    assert_eq!(
        a_reopened.sync_settings().sync_document.as_deref(),
        Some(id.as_str())
    );

    // B opens it from the server on a second machine: the same history.
    let mut b = sync::open_shared(&server.url, &id).unwrap();
    assert_eq!(b.strategy(), a.strategy());
    assert_eq!(b.history().unwrap(), a.history().unwrap());
    b.save(&file_b).unwrap();

    // B goes offline and edits; A edits and syncs meanwhile.
    let mut b = Project::open(&file_b).unwrap();
    edit_project(&mut b, "Ville", |s| {
        s.actions[0].name = "Palveluverkon katselmus".into()
    });
    edit_project(&mut b, "Ville", |s| {
        s.actions.push(Action {
            id: "a2".into(),
            theme: "t1".into(),
            name: "Uusi koulu".into(),
            ..Default::default()
        })
    });
    b.save(&file_b).unwrap();
    let mut a = Project::open(&file_a).unwrap();
    edit_project(&mut a, "Maija", |s| s.vision = "Paimio kasvaa.".into());
    let sent = sync::sync(&mut a).unwrap();
    assert_eq!(sent.sent, 1);
    assert!(sent.incoming.is_empty());
    a.save(&file_a).unwrap();

    // B reconnects from its file: sends its two edits, gets A's one.
    let mut b = Project::open(&file_b).unwrap();
    let got_b = sync::sync(&mut b).unwrap();
    assert_eq!(got_b.sent, 2);
    assert_eq!(got_b.incoming.len(), 1);
    assert_eq!(got_b.incoming[0].author, "Maija");
    b.save(&file_b).unwrap();

    // A syncs again and gets B's two.
    let got_a = sync::sync(&mut a).unwrap();
    assert_eq!(got_a.incoming.len(), 2);
    assert!(got_a.incoming.iter().all(|e| e.author == "Ville"));
    a.save(&file_a).unwrap();

    let (a, b) = (
        Project::open(&file_a).unwrap(),
        Project::open(&file_b).unwrap(),
    );
    assert_eq!(a.strategy(), b.strategy());
    let s = a.strategy();
    assert_eq!(s.vision, "Paimio kasvaa.");
    assert_eq!(s.actions[0].name, "Palveluverkon katselmus");
    assert_eq!(s.actions[1].name, "Uusi koulu");
    assert_eq!(a.history().unwrap().len(), 4);
    let mut ha: Vec<_> = a.history().unwrap().into_iter().map(|e| e.hash).collect();
    let mut hb: Vec<_> = b.history().unwrap().into_iter().map(|e| e.hash).collect();
    ha.sort();
    hb.sort();
    assert_eq!(ha, hb, "both hold every edit");
    drop(server);
}

#[test]
fn a_live_link_brings_an_edit_from_the_other_peer() {
    let Some(server) = server() else { return };
    let mut a = Project::create(support::small(), &Author::new("Maija")).unwrap();
    sync::share(&mut a, &server.url).unwrap();
    let id = a.sync_settings().sync_document.clone().unwrap();
    let mut b = sync::open_shared(&server.url, &id).unwrap();
    let mut link_a = sync::Link::connect(&a, sync::TIMEOUT).unwrap();
    let mut link_b = sync::Link::connect(&b, sync::TIMEOUT).unwrap();
    edit_project(&mut a, "Maija", |s| s.slogan = "Yhdessä".into());
    link_a.push(&a).unwrap();
    let got = link_b
        .wait_incoming(&mut b, std::time::Duration::from_secs(10))
        .unwrap();
    assert_eq!(got.incoming.len(), 1);
    assert_eq!(b.strategy().slogan, "Yhdessä");
    link_a.close();
    link_b.close();
}

#[test]
fn without_the_server_the_file_keeps_working_and_the_sync_says_why() {
    let Some(server) = server() else { return };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.tiekartta");
    let mut a = Project::create(support::small(), &Author::new("Maija")).unwrap();
    sync::share(&mut a, &server.url).unwrap();
    a.save(&file).unwrap();
    drop(server);

    let mut a = Project::open(&file).unwrap();
    edit_project(&mut a, "Maija", |s| s.slogan = "Offline".into());
    let e = sync::sync(&mut a).unwrap_err();
    assert!(
        matches!(e, SyncError::Unreachable { .. } | SyncError::Timeout { .. }),
        "{e:?}"
    );
    a.save(&file).unwrap();
    assert_eq!(Project::open(&file).unwrap().strategy().slogan, "Offline");
}

#[test]
fn an_unknown_document_id_is_not_found_on_the_server() {
    let Some(server) = server() else { return };
    let unknown = samod::DocumentId::try_from(uuid::Uuid::new_v4().as_bytes().to_vec()).unwrap();
    let e = sync::open_shared(&server.url, &unknown.to_string()).unwrap_err();
    assert!(matches!(e, SyncError::NotFound { .. }), "{e:?}");
}

#[test]
fn the_cli_shares_opens_shared_and_syncs_a_file() {
    let Some(server) = server() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (
        dir.path().join("a.tiekartta"),
        dir.path().join("b.tiekartta"),
    );
    support::create_file(&a, support::small(), "Maija");
    let run = |args: &[&std::ffi::OsStr]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_tiekartta"))
            .args(args)
            .env("TIEKARTTA_LANG", "en")
            .env("LANG", "en_US.UTF-8")
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(
            out.status.success(),
            "{text}{}",
            String::from_utf8_lossy(&out.stderr)
        );
        text
    };
    let os = |s: &str| std::ffi::OsString::from(s);
    run(&[
        os("share").as_os_str(),
        a.as_os_str(),
        os("--server").as_os_str(),
        os(&server.url).as_os_str(),
    ]);
    let id = Project::open(&a)
        .unwrap()
        .sync_settings()
        .sync_document
        .clone()
        .unwrap();
    assert!(
        run(&[
            os("open-shared").as_os_str(),
            os(&server.url).as_os_str(),
            os(&id).as_os_str(),
            os("-o").as_os_str(),
            b.as_os_str()
        ])
        .contains(&b.display().to_string())
    );
    let mut pb = Project::open(&b).unwrap();
    edit_project(&mut pb, "Ville", |s| s.slogan = "Yhdessä".into());
    pb.save(&b).unwrap();
    run(&[os("sync").as_os_str(), b.as_os_str()]);
    let out = run(&[os("sync").as_os_str(), a.as_os_str()]);
    assert!(out.contains("Ville"), "{out}");
    assert_eq!(Project::open(&a).unwrap().strategy().slogan, "Yhdessä");
}
