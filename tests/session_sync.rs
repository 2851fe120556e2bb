//! A strategy shared through the real sync server, as the app does it
//! through the session: shared from a saved project file, opened from the
//! server on a "second machine", edits on both (one with unsaved work)
//! synced and merged with nothing lost; an unreachable server is said and
//! loses nothing.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failing test

mod support;

use std::path::Path;

use serde_json::json;
use support::sync_server::SyncServer;
use tiekartta::edit::Change;
use tiekartta::i18n::Lang;
use tiekartta::session::{Session, SettingsPatch};
use tiekartta::store::Project;

fn server() -> Option<SyncServer> {
    match SyncServer::start() {
        Ok(s) => Some(s),
        Err(why) => {
            println!("skipped: {why}");
            None
        }
    }
}

fn session(dir: &Path, who: &str) -> Session {
    let s = Session::load(dir.join(format!("config-{who}")));
    s.update_settings(SettingsPatch {
        lang: Some(Lang::Fi),
        author: Some(who.into()),
    });
    s
}

fn set(field: &str, value: &str) -> Change {
    let mut fields = serde_json::Map::new();
    fields.insert(field.into(), json!(value));
    Change::Strategy { fields }
}

#[test]
fn two_apps_share_a_strategy_through_the_server_and_each_ends_with_both_edits() {
    let Some(server) = server() else { return };
    let dir = tempfile::tempdir().unwrap();
    let a = session(dir.path(), "Maija");
    a.adopt(support::small());
    let file_a = dir.path().join("a.tiekartta");
    a.save_to(&file_a).unwrap();
    assert!(a.shared_at().is_none());

    let shared = a.share(&server.url).unwrap();
    assert!(shared.shared.server.starts_with("ws://127.0.0.1"));
    // Kept in the file: a reopened file syncs again.
    let reopened = Project::open(&file_a).unwrap();
    assert_eq!(
        reopened.sync_settings().sync_document.as_deref(),
        Some(shared.shared.document.as_str())
    );

    let b = session(dir.path(), "Pekka");
    let file_b = dir.path().join("b.tiekartta");
    let opened = b
        .open_shared(&server.url, &shared.shared.document, &file_b)
        .unwrap();
    assert_eq!(opened.strategy, a.strategy().unwrap());
    assert_eq!(b.shared_at(), a.shared_at());

    // Both edit; B's edit is not saved when it syncs.
    a.change(&set("vision", "Maijan visio"), "visio", None)
        .unwrap();
    b.change(&set("slogan", "Pekan iskulause"), "iskulause", None)
        .unwrap();
    a.sync_now().unwrap().unwrap();
    let came = b.sync_now().unwrap().unwrap();
    assert!(!came.incoming.is_empty(), "A's edit came to B");
    assert!(
        came.incoming[0].summary.iter().any(|l| l.contains("Maija")),
        "{:?}",
        came.incoming[0].summary
    );
    let back = a.sync_now().unwrap().unwrap();
    assert!(!back.incoming.is_empty(), "B's edit came to A");

    let (sa, sb) = (a.strategy().unwrap(), b.strategy().unwrap());
    assert_eq!(sa, sb);
    assert_eq!(sa.vision, "Maijan visio");
    assert_eq!(sa.slogan, "Pekan iskulause");
    // What came in is one undoable step, and each file holds everything.
    assert!(
        a.undo_state().undo_label.contains("Palvelimelta"),
        "{:?}",
        a.undo_state()
    );
    assert_eq!(Project::open(&file_a).unwrap().strategy(), &sa);
    assert_eq!(Project::open(&file_b).unwrap().strategy(), &sb);
    // Nothing new: no new save, nothing in.
    let nothing = a.sync_now().unwrap().unwrap();
    assert!(nothing.incoming.is_empty());
}

#[test]
fn an_unreachable_server_is_said_and_nothing_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let a = session(dir.path(), "Maija");
    a.adopt(support::small());
    // Not a project file yet: said, in the user's language.
    let e = a.share("ws://127.0.0.1:9").unwrap_err();
    assert!(
        e.to_text(Lang::Fi).contains("Tallenna strategia ensin"),
        "{}",
        e.to_text(Lang::Fi)
    );

    let file = dir.path().join("a.tiekartta");
    a.save_to(&file).unwrap();
    a.change(&set("vision", "Ei katoa"), "visio", None).unwrap();
    // Nothing listens on port 9 of loopback.
    let e = a.share("ws://127.0.0.1:9").unwrap_err();
    let text = e.to_text(Lang::Fi);
    assert!(text.contains("127.0.0.1"), "{text}");
    assert!(a.shared_at().is_none());
    assert_eq!(a.strategy().unwrap().vision, "Ei katoa");
    assert!(a.undo_state().dirty, "the edit is still there, unsaved");
    // A password in the address is refused and not repeated.
    let e = a
        .share("wss://kaupunki:s3kr1t@sync.example.fi")
        .unwrap_err();
    let text = e.to_text(Lang::Fi);
    assert!(
        !text.contains("s3kr1t") && text.contains("sync.example.fi"),
        "{text}"
    );
}
