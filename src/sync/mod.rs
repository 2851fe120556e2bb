//! Syncing a strategy through an automerge-repo sync server, for towns where
//! many edit at once.
//!
//! A strategy is shared as one automerge-repo document: [`share`] puts the
//! project's own Automerge document (its whole history) on a server and
//! returns the document's id, [`open_shared`] makes a project from the
//! server's copy, and [`sync`] pushes local edits and merges in what came
//! from the server, the way a copy of the file is merged. The server is any
//! automerge-repo compatible one (the JS `@automerge/automerge-repo` server
//! of `sync-server/`, see `docs/sync.md`); the Rust side is `samod`, over a
//! websocket (`ws://`, or `wss://` behind TLS). A document is reachable only
//! by its unguessable id; the server and the id are kept in the file's
//! settings, never a password: an address with a user name or password is
//! refused. The `.tiekartta` file stays the whole offline copy, and keeps
//! working without the server. A [`Link`] keeps one connection open, for an
//! app that syncs as it edits.

mod error;
mod link;

pub use error::{Result, SyncError};
pub use link::Link;

use std::time::Duration;

use crate::store::container::Settings;
use crate::store::{HistoryEntry, Project};

/// How long a step (connecting, finding, exchanging) may take.
pub const TIMEOUT: Duration = Duration::from_secs(30);

/// What a sync brought in.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SyncReport {
    /// The edits that came from the server, oldest first.
    pub incoming: Vec<HistoryEntry>,
    /// How many of this copy's changes the server did not have before.
    pub sent: usize,
    /// How many conflicts the project has after the sync.
    pub conflicts: usize,
}

/// A checked sync server address: `ws://` or `wss://`, no credentials.
pub(crate) fn server_url(text: &str) -> Result<url::Url> {
    let bad = || SyncError::BadUrl {
        url: text.to_owned(),
    };
    let url = url::Url::parse(text.trim()).map_err(|_| bad())?;
    if !matches!(url.scheme(), "ws" | "wss") || url.host_str().is_none() {
        return Err(bad());
    }
    if !url.username().is_empty() || url.password().is_some() {
        // Never shown back in full: the message names the host only.
        return Err(SyncError::Credentials {
            url: format!("{}://{}", url.scheme(), url.host_str().unwrap_or("")),
        });
    }
    Ok(url)
}

/// A checked document id; `automerge:ID` (an automerge-repo URL) is taken too.
pub(crate) fn document_id(text: &str) -> Result<samod::DocumentId> {
    let t = text.trim();
    let t = t.strip_prefix("automerge:").unwrap_or(t);
    t.parse().map_err(|_| SyncError::BadDocumentId {
        id: text.to_owned(),
    })
}

/// Shares `project` to the server at `server`: creates a document there from
/// the project's own history and records the server and the document id in
/// the project's settings (written with the next save). Returns the id.
pub fn share(project: &mut Project, server: &str) -> Result<String> {
    let url = server_url(server)?;
    let link = Link::create(url.clone(), project, TIMEOUT)?;
    let id = link.document_id();
    link.close();
    project.set_sync_settings(Settings {
        sync_server: Some(url.to_string()),
        sync_document: Some(id.clone()),
    });
    Ok(id)
}

/// A new project from the document `id` on the server at `server`, with its
/// whole history and the settings to sync it again; not yet saved.
pub fn open_shared(server: &str, id: &str) -> Result<Project> {
    let url = server_url(server)?;
    let doc_id = document_id(id)?;
    let mut link = Link::find(url.clone(), doc_id, None, TIMEOUT)?;
    let project = link.take_project()?;
    link.close();
    Ok(project)
}

/// Syncs `project` once with the server in its settings: pushes its edits,
/// merges in the server's; the caller saves. Fails with
/// [`SyncError::NotShared`] when the project was never shared.
pub fn sync(project: &mut Project) -> Result<SyncReport> {
    let mut link = Link::connect(project, TIMEOUT)?;
    let report = link.exchange(project);
    link.close();
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_with_a_password_is_refused_and_not_repeated() {
        let e = server_url("wss://kaupunki:salasana@sync.example.fi/").unwrap_err();
        assert!(matches!(&e, SyncError::Credentials { url } if !url.contains("salasana")));
        assert!(matches!(
            server_url("wss://kaupunki@sync.example.fi"),
            Err(SyncError::Credentials { .. })
        ));
    }

    #[test]
    fn only_websocket_addresses_are_sync_servers() {
        assert!(server_url("wss://sync.example.fi/tiekartta").is_ok());
        assert!(server_url("ws://127.0.0.1:3030").is_ok());
        for bad in ["https://sync.example.fi", "sync.example.fi", "ws://", ""] {
            assert!(
                matches!(server_url(bad), Err(SyncError::BadUrl { .. })),
                "{bad}"
            );
        }
    }

    #[test]
    fn a_document_id_is_taken_with_or_without_its_automerge_prefix() {
        let id = samod::DocumentId::try_from(uuid::Uuid::new_v4().as_bytes().to_vec()).unwrap();
        let text = id.to_string();
        assert_eq!(document_id(&text).unwrap(), id);
        assert_eq!(document_id(&format!("automerge:{text}")).unwrap(), id);
        assert!(matches!(
            document_id("not-an-id"),
            Err(SyncError::BadDocumentId { .. })
        ));
    }
}
