//! One open connection between a project and its document on a sync server:
//! a `samod` repo of its own (in memory, seeded with the project's history,
//! so that only what differs goes over the wire), dialled to the server
//! over a websocket, on a small tokio runtime of its own.

use std::pin::Pin;
use std::time::{Duration, Instant};

use automerge::Automerge;
use futures::{Stream, StreamExt};
use samod::storage::{InMemoryStorage, Storage, StorageKey};
use samod::{BackoffConfig, ConnectionId, DialerHandle, DocHandle, DocumentId, Repo};
use tokio::runtime::Runtime;
use url::Url;

use super::{Result, SyncError, SyncReport, document_id, server_url};
use crate::store::Project;
use crate::store::container::Settings;

type Changes = Pin<Box<dyn Stream<Item = ()> + Send>>;

/// A live connection of one project to its document on a sync server.
pub struct Link {
    runtime: Option<Runtime>,
    repo: Repo,
    dialer: DialerHandle,
    connection: ConnectionId,
    handle: DocHandle,
    changes: Changes,
    url: Url,
    timeout: Duration,
}

impl std::fmt::Debug for Link {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Link")
            .field("url", &self.url.as_str())
            .field("document", &self.document_id())
            .finish()
    }
}

fn internal(e: impl std::fmt::Display) -> SyncError {
    SyncError::Internal {
        detail: e.to_string(),
    }
}

/// A runtime, a repo (its storage seeded with `seed` under `id`) and a
/// dialer connected to `url`.
fn start(
    url: &Url,
    seed: Option<(&DocumentId, &Automerge)>,
    timeout: Duration,
) -> Result<(Runtime, Repo, DialerHandle, ConnectionId)> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .map_err(internal)?;
    let seeded = seed.map(|(id, doc)| {
        let head = doc.get_heads().first().copied();
        (id.clone(), head, doc.save())
    });
    let timed_out = || SyncError::Timeout {
        url: url.to_string(),
        seconds: timeout.as_secs(),
    };
    let started = runtime.block_on(async {
        let storage = InMemoryStorage::new();
        if let Some((id, Some(head), bytes)) = seeded {
            storage
                .put(StorageKey::incremental_path(&id, head), bytes)
                .await;
        }
        let repo = Repo::build_tokio().with_storage(storage).load().await;
        let backoff = BackoffConfig {
            initial_delay: Duration::from_millis(100),
            max_delay: Duration::from_secs(2),
            max_retries: Some(3),
        };
        let dialer = repo
            .dial_websocket(url.clone(), backoff)
            .map_err(internal)?;
        match tokio::time::timeout(timeout, dialer.established()).await {
            Err(_) => {
                dialer.close();
                Err(timed_out())
            }
            Ok(Err(_)) => {
                dialer.close();
                Err(SyncError::Unreachable {
                    url: url.to_string(),
                })
            }
            Ok(Ok(_)) => Ok((repo, dialer)),
        }
    });
    let (repo, dialer) = match started {
        Ok(r) => r,
        Err(e) => {
            runtime.shutdown_background();
            return Err(e);
        }
    };
    let Some(connection) = dialer.connection_id() else {
        runtime.shutdown_background();
        return Err(SyncError::Unreachable {
            url: url.to_string(),
        });
    };
    Ok((runtime, repo, dialer, connection))
}

impl Link {
    /// Connects `project` to its document on the server in its settings.
    pub fn connect(project: &Project, timeout: Duration) -> Result<Link> {
        let Settings {
            sync_server: Some(server),
            sync_document: Some(id),
        } = project.sync_settings()
        else {
            return Err(SyncError::NotShared {
                path: String::new(),
            });
        };
        let url = server_url(server)?;
        let id = document_id(id)?;
        Link::find(url, id, Some(project), timeout)
    }

    /// Creates a new document on the server at `url` from `project`'s
    /// history and waits until the server has all of it.
    pub(crate) fn create(url: Url, project: &Project, timeout: Duration) -> Result<Link> {
        let doc = project.doc()?.clone();
        let (runtime, repo, dialer, connection) = start(&url, None, timeout)?;
        let created = runtime.block_on(async {
            tokio::time::timeout(timeout, repo.create(doc))
                .await
                .map_err(|_| SyncError::Timeout {
                    url: url.to_string(),
                    seconds: timeout.as_secs(),
                })?
                .map_err(internal)
        });
        let handle = match created {
            Ok(h) => h,
            Err(e) => {
                runtime.shutdown_background();
                return Err(e);
            }
        };
        let changes: Changes = Box::pin(handle.changes().map(|_| ()));
        let link = Link {
            runtime: Some(runtime),
            repo,
            dialer,
            connection,
            handle,
            changes,
            url,
            timeout,
        };
        link.wait_sent()?;
        Ok(link)
    }

    /// Finds the document `id` on the server at `url` (seeded with
    /// `project`'s history when given) and waits until it is in step.
    pub(crate) fn find(
        url: Url,
        id: DocumentId,
        project: Option<&Project>,
        timeout: Duration,
    ) -> Result<Link> {
        let doc = project.map(|p| p.doc()).transpose()?;
        let (runtime, repo, dialer, connection) = start(&url, doc.map(|d| (&id, d)), timeout)?;
        let found = runtime.block_on(async {
            tokio::time::timeout(timeout, repo.find(id.clone()))
                .await
                .map_err(|_| SyncError::Timeout {
                    url: url.to_string(),
                    seconds: timeout.as_secs(),
                })?
                .map_err(internal)
        });
        let handle = match found {
            Ok(Some(h)) => h,
            Ok(None) => {
                runtime.shutdown_background();
                return Err(SyncError::NotFound {
                    url: url.to_string(),
                    id: id.to_string(),
                });
            }
            Err(e) => {
                runtime.shutdown_background();
                return Err(e);
            }
        };
        let changes: Changes = Box::pin(handle.changes().map(|_| ()));
        Ok(Link {
            runtime: Some(runtime),
            repo,
            dialer,
            connection,
            handle,
            changes,
            url,
            timeout,
        })
    }

    /// The document's id on the server.
    pub fn document_id(&self) -> String {
        self.handle.document_id().to_string()
    }

    /// Runs `f` on the link's runtime for at most `wait`; `None` when the
    /// time ran out.
    fn run_for<F: std::future::Future>(&self, wait: Duration, f: F) -> Result<Option<F::Output>> {
        match &self.runtime {
            Some(rt) => Ok(rt.block_on(async move { tokio::time::timeout(wait, f).await.ok() })),
            None => Err(internal("closed")),
        }
    }

    fn timed_out(&self) -> SyncError {
        SyncError::Timeout {
            url: self.url.to_string(),
            seconds: self.timeout.as_secs(),
        }
    }

    /// Waits until the server has every change of the local document.
    fn wait_sent(&self) -> Result<()> {
        let sent = self.handle.they_have_our_changes(self.connection);
        self.run_for(self.timeout, sent)?
            .ok_or_else(|| self.timed_out())
    }

    /// Waits until the local document has every change the server has.
    fn wait_received(&self) -> Result<()> {
        let received = self.handle.we_have_their_changes(self.connection);
        self.run_for(self.timeout, received)?
            .ok_or_else(|| self.timed_out())
    }

    /// The server's document as a new project (for [`super::open_shared`]).
    pub(crate) fn take_project(&mut self) -> Result<Project> {
        self.wait_received()?;
        let doc = self.handle.with_document(|d| d.clone());
        let settings = Settings {
            sync_server: Some(self.url.to_string()),
            sync_document: Some(self.document_id()),
        };
        Ok(Project::from_synced(doc, settings)?)
    }

    /// Pushes `project`'s edits to the server, waits until both sides are in
    /// step and merges in what came from the server.
    pub fn exchange(&mut self, project: &mut Project) -> Result<SyncReport> {
        let before = self.server_heads()?;
        self.push(project)?;
        self.wait_sent()?;
        self.wait_received()?;
        let mut report = self.pull(project)?;
        // What the server lacked: every change that is not an ancestor of
        // the heads it had (all known here after the exchange).
        report.sent = self.handle.with_document(|d| d.get_changes(&before).len());
        Ok(report)
    }

    /// The heads of the server's document as it first announced them.
    fn server_heads(&self) -> Result<Vec<automerge::ChangeHash>> {
        let conn = self.connection;
        let (now, mut updates) = self.handle.peers();
        if let Some(h) = now.get(&conn).and_then(|p| p.their_heads.clone()) {
            return Ok(h);
        }
        let wait = async move {
            while let Some(changed) = updates.next().await {
                if let Some(h) = changed.get(&conn).and_then(|p| p.their_heads.clone()) {
                    return Some(h);
                }
            }
            None
        };
        self.run_for(self.timeout, wait)?
            .flatten()
            .ok_or_else(|| self.timed_out())
    }

    /// Hands `project`'s new edits to the connection, which sends them on;
    /// returns how many changes that was. Does not wait.
    pub fn push(&mut self, project: &Project) -> Result<usize> {
        let ours = project.doc()?;
        let applied = self.handle.with_document(|d| {
            let missing = d.get_changes_added(ours);
            let n = missing.len();
            d.apply_changes(missing).map(|()| n)
        });
        applied.map_err(internal)
    }

    /// Merges into `project` whatever the connection has received so far.
    pub fn pull(&mut self, project: &mut Project) -> Result<SyncReport> {
        let incoming = self.handle.with_document(|d| project.merge_doc(d))?;
        Ok(SyncReport {
            incoming,
            sent: 0,
            conflicts: project.conflicts().len(),
        })
    }

    /// Waits up to `wait` for edits from the server and merges them into
    /// `project`; an empty report when none came.
    pub fn wait_incoming(&mut self, project: &mut Project, wait: Duration) -> Result<SyncReport> {
        let until = Instant::now() + wait;
        loop {
            let report = self.pull(project)?;
            if !report.incoming.is_empty() {
                return Ok(report);
            }
            let left = until.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Ok(report);
            }
            let rt = self.runtime.as_ref().ok_or_else(|| internal("closed"))?;
            let changes = &mut self.changes;
            let next = rt.block_on(async { tokio::time::timeout(left, changes.next()).await });
            if let Ok(None) = next {
                return Ok(report);
            }
        }
    }

    /// Closes the connection and stops the repo.
    pub fn close(mut self) {
        self.dialer.close();
        if let Some(rt) = self.runtime.take() {
            rt.block_on(self.repo.stop());
            rt.shutdown_background();
        }
    }
}

impl Drop for Link {
    fn drop(&mut self) {
        if let Some(rt) = self.runtime.take() {
            self.dialer.close();
            rt.shutdown_background();
        }
    }
}
