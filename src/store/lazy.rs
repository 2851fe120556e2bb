//! The history, loaded in the background while the strategy is shown.
//!
//! Opening a project reads the strategy from the file's snapshot at once and
//! loads the Automerge history on another thread; the first edit, save,
//! history listing or merge waits for it (by then it is usually there).

use std::sync::{Mutex, OnceLock};
use std::thread::JoinHandle;

use automerge::Automerge;

use super::error::{Result, StoreError};

type Loading = JoinHandle<Result<Automerge>>;

/// An Automerge document that may still be loading.
pub struct LazyDoc {
    cell: OnceLock<Result<Automerge>>,
    loading: Mutex<Option<Loading>>,
}

impl std::fmt::Debug for LazyDoc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.cell.get().is_some() {
            "LazyDoc(loaded)"
        } else {
            "LazyDoc(loading)"
        })
    }
}

impl LazyDoc {
    /// A document that is already there.
    pub fn ready(doc: Automerge) -> Self {
        let cell = OnceLock::new();
        let _ = cell.set(Ok(doc));
        LazyDoc {
            cell,
            loading: Mutex::new(None),
        }
    }

    /// A document that could not be loaded.
    pub fn failed(e: StoreError) -> Self {
        let cell = OnceLock::new();
        let _ = cell.set(Err(e));
        LazyDoc {
            cell,
            loading: Mutex::new(None),
        }
    }

    /// A document loaded by `load` on another thread.
    pub fn background(load: impl FnOnce() -> Result<Automerge> + Send + 'static) -> Self {
        LazyDoc {
            cell: OnceLock::new(),
            loading: Mutex::new(Some(std::thread::spawn(load))),
        }
    }

    /// The document, waiting for it if it is still loading.
    pub fn get(&self) -> Result<&Automerge> {
        self.cell
            .get_or_init(|| {
                let handle = self.loading.lock().ok().and_then(|mut g| g.take());
                match handle.map(JoinHandle::join) {
                    Some(Ok(result)) => result,
                    _ => Err(StoreError::History {
                        path: String::new(),
                        detail: "the history was not loaded".into(),
                    }),
                }
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The document to edit, waiting for it if it is still loading.
    pub fn get_mut(&mut self) -> Result<&mut Automerge> {
        self.get()?;
        match self.cell.get_mut() {
            Some(Ok(doc)) => Ok(doc),
            Some(Err(e)) => Err(e.clone()),
            None => Err(StoreError::History {
                path: String::new(),
                detail: "the history was not loaded".into(),
            }),
        }
    }
}
