//! The SQLite container: reading a project file defensively, writing it
//! atomically.
//!
//! A project file is a SQLite database with exactly three tables:
//! `meta` (format tag, format version, the version of Tiekartta that wrote
//! it), `history` (the Automerge document: one whole save, then incremental
//! chunks of changes, in order) and `snapshot` (the strategy as canonical
//! interchange JSON, with the history heads it was made from and the
//! conflicts found there; derived, only there to open fast).
//!
//! The file is untrusted. Before SQLite sees it the header is checked (magic,
//! page size, and a length that matches the page count, which catches a
//! truncated copy); it is opened read-only and immutable, in defensive mode,
//! with triggers, views and schema functions off and no extensions; the
//! schema must be exactly ours, with nothing else in it, before any row is
//! read; `PRAGMA quick_check` must pass.
//!
//! The snapshot carries a SHA-256 checksum in `meta` (`snapshot_sha256`, of
//! its heads, strategy and conflicts), so that a flipped bit in it is caught
//! when the file is read: a damaged snapshot is not used, and the strategy
//! is read from the history instead. Reading also gives the SHA-256 of the
//! whole file ([`Digest`]), by which a save sees that another program wrote
//! the file since it was read.
//!
//! Writing builds the whole new file beside the target, syncs it, keeps the
//! previous file as `NAME.bak` (a hard link) and renames the new file over
//! the target, so a crash at any moment leaves the old or the new file. The
//! new file keeps the old one's permissions; a read-only file is never
//! replaced.

use std::collections::HashMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags, params};
use sha2::{Digest as _, Sha256};

use super::error::{Result, StoreError};

/// The format tag in `meta`.
pub(crate) const FORMAT_TAG: &str = "tiekartta-project";
/// The format version this build writes (and the newest it reads). Version
/// 2 holds strategies of interchange version 2 (milestones' `kinds`, see
/// docs/file-format.md) in the same tables: a version-1 file opens, its
/// history migrated in memory ([`crate::interchange::migrate`]), and is
/// written as version 2 on its next save, so an older Tiekartta says "made
/// by a newer version" instead of misreading it.
pub(crate) const FORMAT_VERSION: i64 = 2;
/// The largest project file opened.
pub(crate) const MAX_FILE_BYTES: u64 = 1 << 30;

const META_SQL: &str =
    "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID";
const HISTORY_SQL: &str =
    "CREATE TABLE history (seq INTEGER PRIMARY KEY, kind TEXT NOT NULL, bytes BLOB NOT NULL)";
const SNAPSHOT_SQL: &str = "CREATE TABLE snapshot (id INTEGER PRIMARY KEY, heads TEXT NOT NULL, strategy TEXT NOT NULL, conflicts TEXT NOT NULL)";

/// The schema of format version 1: (type, name, sql).
const SCHEMA_V1: [(&str, &str, &str); 3] = [
    ("table", "meta", META_SQL),
    ("table", "history", HISTORY_SQL),
    ("table", "snapshot", SNAPSHOT_SQL),
];

/// What a chunk of history holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChunkKind {
    /// A whole Automerge save.
    Doc,
    /// Changes after the chunks before it.
    Changes,
}

impl ChunkKind {
    fn as_str(self) -> &'static str {
        match self {
            ChunkKind::Doc => "doc",
            ChunkKind::Changes => "changes",
        }
    }
}

/// One chunk of the Automerge history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chunk {
    /// A whole save or later changes.
    pub kind: ChunkKind,
    /// Automerge bytes.
    pub bytes: Vec<u8>,
}

/// The derived snapshot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    /// The history heads it was made from, hex, sorted, comma-separated.
    pub heads: String,
    /// Canonical interchange JSON.
    pub strategy: String,
    /// The conflicts found, as JSON.
    pub conflicts: String,
}

/// The SHA-256 of a whole file's bytes.
pub type Digest = [u8; 32];

/// What reading a file found out about its snapshot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SnapshotCheck {
    /// The snapshot's checksum matches.
    Verified,
    /// The file has no snapshot.
    Missing,
    /// The file was written before snapshots had checksums.
    Unchecked,
    /// The snapshot does not match its checksum (or cannot be read): it was
    /// left out of the contents.
    Damaged,
}

/// What reading a file found out besides its contents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ReadInfo {
    /// The SHA-256 of the file as it was read.
    pub(crate) digest: Digest,
    /// Whether the snapshot could be trusted.
    pub(crate) snapshot: SnapshotCheck,
}

/// The checksum of a snapshot, as kept in `meta`.
fn snapshot_sum(s: &Snapshot) -> String {
    let mut h = Sha256::new();
    for part in [&s.heads, &s.strategy, &s.conflicts] {
        h.update((part.len() as u64).to_le_bytes());
        h.update(part.as_bytes());
    }
    hex(&h.finalize())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The SHA-256 of the file at `path`.
pub fn digest(path: &Path) -> Result<Digest> {
    let mut f = fs::File::open(path).map_err(|e| io_err(path, e))?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = f.read(&mut buf).map_err(|e| io_err(path, e))?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
    }
    Ok(h.finalize().into())
}

/// What identifies one version of a file cheaply: its size, modification
/// time and (where there is one) inode.
fn identity(path: &Path) -> Option<(u64, Option<std::time::SystemTime>, u64)> {
    let m = fs::metadata(path).ok()?;
    #[cfg(unix)]
    let ino = std::os::unix::fs::MetadataExt::ino(&m);
    #[cfg(not(unix))]
    let ino = 0;
    Some((m.len(), m.modified().ok(), ino))
}

/// Everything a project file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contents {
    /// The Automerge history, in order.
    pub chunks: Vec<Chunk>,
    /// The snapshot, if the file has one.
    pub snapshot: Option<Snapshot>,
    /// The settings kept in `meta` (older files have none).
    pub settings: Settings,
}

/// Settings of the file kept in `meta` beside the format keys: where the
/// strategy is shared (`sync_server`, `sync_document`). Adding keys keeps
/// the format version: older readers ignore them. Never a password.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settings {
    /// The sync server's address (`ws://` or `wss://`).
    pub sync_server: Option<String>,
    /// The strategy's document id on that server.
    pub sync_document: Option<String>,
}

impl Settings {
    fn from_meta(meta: &HashMap<String, String>) -> Settings {
        let get = |k: &str| meta.get(k).filter(|v| !v.is_empty()).cloned();
        Settings {
            sync_server: get("sync_server"),
            sync_document: get("sync_document"),
        }
    }

    fn to_meta(&self) -> impl Iterator<Item = (&'static str, String)> + '_ {
        [
            ("sync_server", &self.sync_server),
            ("sync_document", &self.sync_document),
        ]
        .into_iter()
        .filter_map(|(k, v)| v.clone().map(|v| (k, v)))
    }
}

fn shown(path: &Path) -> String {
    path.display().to_string()
}

fn io_err(path: &Path, e: impl std::fmt::Display) -> StoreError {
    StoreError::Io {
        path: shown(path),
        detail: e.to_string(),
    }
}

/// What a file that is not SQLite seems to be.
fn sniff(head: &[u8]) -> &'static str {
    let trimmed: &[u8] = {
        let start = head
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(head.len());
        &head[start..]
    };
    if head.starts_with(b"\x89PNG")
        || head.starts_with(b"\xFF\xD8\xFF")
        || head.starts_with(b"GIF8")
    {
        "image"
    } else if head.starts_with(b"PK\x03\x04") {
        "archive"
    } else if head.starts_with(b"%PDF") {
        "pdf"
    } else if trimmed.starts_with(b"{") || trimmed.starts_with(b"[") {
        "json"
    } else {
        "other"
    }
}

/// Checks the SQLite header before SQLite reads the file.
fn check_header(path: &Path) -> Result<()> {
    let p = shown(path);
    let meta = fs::metadata(path).map_err(|e| io_err(path, e))?;
    if !meta.is_file() {
        return Err(StoreError::NotAProject {
            path: p,
            looks_like: "other",
        });
    }
    let size = meta.len();
    if size == 0 {
        return Err(StoreError::Empty { path: p });
    }
    if size > MAX_FILE_BYTES {
        return Err(StoreError::TooLarge {
            path: p,
            size,
            max: MAX_FILE_BYTES,
        });
    }
    let mut head = Vec::with_capacity(100);
    fs::File::open(path)
        .and_then(|f| f.take(100).read_to_end(&mut head))
        .map_err(|e| io_err(path, e))?;
    if !head.starts_with(b"SQLite format 3\0") {
        return Err(StoreError::NotAProject {
            path: p,
            looks_like: sniff(&head),
        });
    }
    if head.len() < 100 {
        return Err(StoreError::Truncated { path: p });
    }
    let be32 = |at: usize| u32::from_be_bytes([head[at], head[at + 1], head[at + 2], head[at + 3]]);
    let page_size = match u16::from_be_bytes([head[16], head[17]]) {
        1 => 65_536u64,
        n if n >= 512 && n.is_power_of_two() => u64::from(n),
        _ => {
            return Err(StoreError::Corrupt {
                path: p,
                detail: "page size".into(),
            });
        }
    };
    if head[18] != 1 || head[19] != 1 {
        // Ours are always written in rollback-journal mode; WAL needs side files.
        return Err(StoreError::UnexpectedPart {
            path: p,
            what: "WAL journal".into(),
        });
    }
    let (pages, counter, valid_for) = (u64::from(be32(28)), be32(24), be32(92));
    if valid_for == counter && pages > 0 && size < pages * page_size {
        return Err(StoreError::Truncated { path: p });
    }
    if size < page_size || size % page_size != 0 {
        return Err(StoreError::Truncated { path: p });
    }
    Ok(())
}

/// The path as an SQLite URI that opens it read-only and immutable.
fn uri(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    let mut out = String::from("file:");
    if text.as_bytes().get(1) == Some(&b':') {
        out.push('/'); // a Windows drive letter
    }
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"/-_.~:".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out.push_str("?mode=ro&immutable=1");
    out
}

fn open_defensively(path: &Path) -> Result<Connection> {
    let corrupt = |e: rusqlite::Error| StoreError::Corrupt {
        path: shown(path),
        detail: e.to_string(),
    };
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_URI
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(uri(path), flags).map_err(corrupt)?;
    for (config, on) in [
        (DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true),
        (DbConfig::SQLITE_DBCONFIG_TRUSTED_SCHEMA, false),
        (DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER, false),
        (DbConfig::SQLITE_DBCONFIG_ENABLE_VIEW, false),
    ] {
        conn.set_db_config(config, on).map_err(corrupt)?;
    }
    conn.pragma_update(None, "trusted_schema", "OFF")
        .map_err(corrupt)?;
    Ok(conn)
}

/// Reads a project file.
pub fn read(path: &Path) -> Result<Contents> {
    read_checked(path).map(|(c, _)| c)
}

/// Reads a project file, with the digest of the bytes read and whether the
/// snapshot could be trusted. A file that another program replaces while
/// it is read is read again.
pub(crate) fn read_checked(path: &Path) -> Result<(Contents, ReadInfo)> {
    for _ in 0..5 {
        let before = identity(path);
        let read = read_once(path);
        let digest = digest(path);
        if identity(path) == before {
            let (contents, check) = read?;
            return Ok((
                contents,
                ReadInfo {
                    digest: digest?,
                    snapshot: check,
                },
            ));
        }
    }
    Err(io_err(path, "the file kept changing while it was read"))
}

fn read_once(path: &Path) -> Result<(Contents, SnapshotCheck)> {
    check_header(path)?;
    let p = shown(path);
    let corrupt = |e: rusqlite::Error| StoreError::Corrupt {
        path: p.clone(),
        detail: e.to_string(),
    };
    let conn = open_defensively(path)?;

    // The schema, before any row.
    let schema: Vec<(String, String, Option<String>)> = conn
        .prepare("SELECT type, name, sql FROM sqlite_schema")
        .and_then(|mut s| {
            s.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect()
        })
        .map_err(|e| match e {
            rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::NotADatabase => {
                StoreError::NotAProject {
                    path: p.clone(),
                    looks_like: "other",
                }
            }
            e => corrupt(e),
        })?;
    if let Some((kind, name, _)) = schema
        .iter()
        .find(|(t, _, _)| t == "trigger" || t == "view")
    {
        return Err(StoreError::UnexpectedPart {
            path: p,
            what: format!("{kind} {name}"),
        });
    }
    let meta_ok = schema
        .iter()
        .any(|(t, n, s)| t == "table" && n == "meta" && s.as_deref() == Some(META_SQL));
    if !meta_ok {
        return Err(StoreError::OtherDatabase { path: p });
    }
    let meta: HashMap<String, String> = conn
        .prepare("SELECT key, value FROM meta")
        .and_then(|mut s| s.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect())
        .map_err(corrupt)?;
    if meta.get("format").map(String::as_str) != Some(FORMAT_TAG) {
        return Err(StoreError::OtherDatabase { path: p });
    }
    let version: i64 = meta
        .get("format_version")
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| StoreError::Corrupt {
            path: p.clone(),
            detail: "format_version".into(),
        })?;
    if version > FORMAT_VERSION {
        return Err(StoreError::NewerFormat {
            path: p,
            found: version,
            supported: FORMAT_VERSION,
        });
    }
    // Version 1 is the first format, read as version 2 (its strategies are
    // migrated as they are loaded); written as the current one on the next
    // save.
    if version < 1 {
        return Err(StoreError::UnknownFormat {
            path: p,
            found: version,
        });
    }
    for (kind, name, sql) in &schema {
        if !SCHEMA_V1
            .iter()
            .any(|(t, n, s)| t == kind && n == name && Some(*s) == sql.as_deref())
        {
            return Err(StoreError::UnexpectedPart {
                path: p,
                what: format!("{kind} {name}"),
            });
        }
    }
    if schema.len() != SCHEMA_V1.len() {
        return Err(StoreError::Corrupt {
            path: p,
            detail: "a table is missing".into(),
        });
    }
    let check: String = conn
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .map_err(corrupt)?;
    if check != "ok" {
        return Err(StoreError::Corrupt {
            path: p,
            detail: check,
        });
    }

    let chunks = conn
        .prepare("SELECT kind, bytes FROM history ORDER BY seq")
        .and_then(|mut s| {
            s.query_map([], |r| {
                let kind: String = r.get(0)?;
                let bytes: Vec<u8> = r.get(1)?;
                Ok((kind, bytes))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()
        })
        .map_err(corrupt)?
        .into_iter()
        .map(|(kind, bytes)| match kind.as_str() {
            "doc" => Ok(Chunk {
                kind: ChunkKind::Doc,
                bytes,
            }),
            "changes" => Ok(Chunk {
                kind: ChunkKind::Changes,
                bytes,
            }),
            other => Err(StoreError::Corrupt {
                path: p.clone(),
                detail: format!("history kind {other:?}"),
            }),
        })
        .collect::<Result<Vec<_>>>()?;
    let snapshot = conn
        .query_row(
            "SELECT heads, strategy, conflicts FROM snapshot WHERE id = 1",
            [],
            |r| {
                Ok(Snapshot {
                    heads: r.get(0)?,
                    strategy: r.get(1)?,
                    conflicts: r.get(2)?,
                })
            },
        )
        .map(Some)
        .or_else(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Ok(None),
            // A snapshot of the wrong type is ignored: it is only derived data.
            rusqlite::Error::InvalidColumnType(..)
            | rusqlite::Error::FromSqlConversionFailure(..) => Ok(None),
            e => Err(corrupt(e)),
        })?;
    let (snapshot, check) = match (snapshot, meta.get("snapshot_sha256")) {
        (None, _) => (None, SnapshotCheck::Missing),
        (Some(s), None) => (Some(s), SnapshotCheck::Unchecked),
        (Some(s), Some(sum)) if *sum == snapshot_sum(&s) => (Some(s), SnapshotCheck::Verified),
        (Some(_), Some(_)) => (None, SnapshotCheck::Damaged),
    };
    let settings = Settings::from_meta(&meta);
    Ok((
        Contents {
            chunks,
            snapshot,
            settings,
        },
        check,
    ))
}

/// A step of an atomic save, for fault-injection tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    /// The new file is written beside the target.
    Written,
    /// The new file is on disk.
    Synced,
    /// The previous file is kept as `.bak`.
    BackedUp,
    /// The new file has replaced the target.
    Renamed,
}

/// The backup path of a project file: `NAME.tiekartta.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

/// Writes a project file atomically, keeping the previous one as `.bak`;
/// returns the digest of the file written.
pub fn write(path: &Path, contents: &Contents) -> Result<Digest> {
    write_with(path, contents, &mut |_| Ok(()))
}

/// Whether `path` is a file that must not be replaced (read-only).
pub(crate) fn is_read_only(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|m| m.permissions().readonly())
}

/// [`write`], calling `hook` after each step; an error from the hook stops
/// the save there, as a crash would.
pub(crate) fn write_with(
    path: &Path,
    contents: &Contents,
    hook: &mut dyn FnMut(Step) -> std::io::Result<()>,
) -> Result<Digest> {
    if is_read_only(path) {
        return Err(StoreError::ReadOnly { path: shown(path) });
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let tmp = dir.join(format!(".{name}.{}-{stamp}.tmp", std::process::id()));
    let result = write_steps(path, &tmp, contents, hook);
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    } else {
        remove_stale_temps(&dir, &name);
    }
    result
}

/// A temporary file younger than this may belong to a save still under way
/// (in another window or process) and is left alone.
const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(60);

/// Whether `file` is a temporary file of a save of `name`:
/// exactly `.NAME.PID-TIME.tmp`, PID and TIME digits.
fn is_temp_of(file: &str, name: &str) -> bool {
    let Some(middle) = file
        .strip_prefix('.')
        .and_then(|f| f.strip_prefix(name))
        .and_then(|f| f.strip_prefix('.'))
        .and_then(|f| f.strip_suffix(".tmp"))
    else {
        return false;
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    middle
        .split_once('-')
        .is_some_and(|(pid, time)| digits(pid) && digits(time))
}

/// Removes the temporary files that saves of `name` killed half-way left in
/// `dir` (older than [`STALE_AFTER`]); nothing else is touched, and a file
/// that cannot be removed is left.
fn remove_stale_temps(dir: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file = entry.file_name();
        if !is_temp_of(&file.to_string_lossy(), name) {
            continue;
        }
        let old = entry
            .metadata()
            .ok()
            .filter(std::fs::Metadata::is_file)
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age >= STALE_AFTER);
        if old {
            let _ = fs::remove_file(entry.path());
        }
    }
}

fn write_steps(
    path: &Path,
    tmp: &Path,
    contents: &Contents,
    hook: &mut dyn FnMut(Step) -> std::io::Result<()>,
) -> Result<Digest> {
    write_database(tmp, contents).map_err(|e| io_err(path, e))?;
    keep_permissions(path, tmp);
    hook(Step::Written).map_err(|e| io_err(path, e))?;
    fs::File::open(tmp)
        .and_then(|f| f.sync_all())
        .map_err(|e| io_err(path, e))?;
    let written = digest(tmp)?;
    hook(Step::Synced).map_err(|e| io_err(path, e))?;
    if path.exists() {
        let bak = backup_path(path);
        match fs::remove_file(&bak) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(io_err(&bak, e)),
            _ => {}
        }
        if fs::hard_link(path, &bak).is_err() {
            fs::copy(path, &bak).map_err(|e| io_err(&bak, e))?;
        }
    }
    hook(Step::BackedUp).map_err(|e| io_err(path, e))?;
    fs::rename(tmp, path).map_err(|e| io_err(path, e))?;
    hook(Step::Renamed).map_err(|e| io_err(path, e))?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        // Makes the rename itself durable; not possible on every platform.
        let _ = fs::File::open(dir).and_then(|d| d.sync_all());
    }
    Ok(written)
}

/// Gives the new file `tmp` the permissions (and, where allowed, the owner)
/// of the file it replaces, so a save on a shared folder keeps the file
/// writable for the group it was shared with.
fn keep_permissions(path: &Path, tmp: &Path) {
    let Ok(old) = fs::metadata(path) else {
        return;
    };
    let _ = fs::set_permissions(tmp, old.permissions());
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let _ = std::os::unix::fs::chown(tmp, Some(old.uid()), Some(old.gid()));
    }
}

fn write_database(tmp: &Path, contents: &Contents) -> rusqlite::Result<()> {
    let mut conn = Connection::open(tmp)?;
    conn.execute_batch("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")?;
    let tx = conn.transaction()?;
    for (_, _, sql) in SCHEMA_V1 {
        tx.execute(sql, [])?;
    }
    for (k, v) in [
        ("format", FORMAT_TAG.to_owned()),
        ("format_version", FORMAT_VERSION.to_string()),
        ("app_version", env!("CARGO_PKG_VERSION").to_owned()),
    ]
    .into_iter()
    .chain(
        contents
            .snapshot
            .as_ref()
            .map(|s| ("snapshot_sha256", snapshot_sum(s))),
    )
    .chain(contents.settings.to_meta())
    {
        tx.execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2)",
            params![k, v],
        )?;
    }
    for (i, c) in contents.chunks.iter().enumerate() {
        tx.execute(
            "INSERT INTO history (seq, kind, bytes) VALUES (?1, ?2, ?3)",
            params![i as i64, c.kind.as_str(), c.bytes],
        )?;
    }
    if let Some(s) = &contents.snapshot {
        tx.execute(
            "INSERT INTO snapshot (id, heads, strategy, conflicts) VALUES (1, ?1, ?2, ?3)",
            params![s.heads, s.strategy, s.conflicts],
        )?;
    }
    tx.commit()?;
    conn.close().map_err(|(_, e)| e)
}

#[cfg(test)]
#[path = "container_tests.rs"]
mod tests;
