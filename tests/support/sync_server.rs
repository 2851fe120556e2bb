//! The automerge-repo sync server of `sync-server/`, started by a test or a
//! benchmark on loopback with a free port and a temporary storage folder,
//! and stopped when dropped.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// A running sync server.
pub struct SyncServer {
    child: Child,
    /// Its address, `ws://127.0.0.1:PORT`.
    pub url: String,
    /// Where it keeps the documents (removed when dropped).
    _storage: tempfile::TempDir,
}

impl SyncServer {
    /// Starts the server, or says why it cannot (no node, packages not
    /// installed: run `scripts/setup.sh --test`).
    pub fn start() -> Result<SyncServer, String> {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("sync-server");
        if !dir.join("node_modules/@automerge/automerge-repo").is_dir() {
            return Err(format!(
                "the sync server's npm packages are missing in {} (run scripts/setup.sh --test)",
                dir.display()
            ));
        }
        let storage = tempfile::tempdir().map_err(|e| e.to_string())?;
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| e.to_string())?
            .port();
        let mut child = Command::new("node")
            .arg("server.mjs")
            .args(["--host", "127.0.0.1", "--port", &port.to_string()])
            .arg("--dir")
            .arg(storage.path())
            .current_dir(&dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| format!("node cannot be started: {e}"))?;
        let stdout = child.stdout.take().ok_or("no stdout")?;
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if line.starts_with("listening") {
                    let _ = tx.send(());
                }
            }
        });
        if rx.recv_timeout(Duration::from_secs(20)).is_err() {
            let _ = child.kill();
            return Err("the sync server did not start listening within 20 s".into());
        }
        Ok(SyncServer {
            child,
            url: format!("ws://127.0.0.1:{port}"),
            _storage: storage,
        })
    }
}

impl Drop for SyncServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
