//! Every reader that untrusted bytes reach, used the way the app uses them,
//! with the laws each must keep. Shared by the fuzz targets
//! (`fuzz/fuzz_targets/`, through `#[path]`) and by the replay of kept
//! crashers (`tests/fuzz_crashers.rs`), so that a crash found by fuzzing is
//! replayed through exactly the code that found it.
//!
//! A function here panics only when a law is broken: a reader panicked, an
//! error has no message in some language, a saved file does not open again
//! as the same strategy, or a JSON round trip changes the strategy.

#![allow(dead_code)] // each user takes only its readers
#![allow(clippy::unwrap_used, clippy::expect_used)] // a broken law is a panic

use std::path::Path;
use std::sync::OnceLock;

use chrono::NaiveDate;
use tiekartta::Error;
use tiekartta::i18n::{Lang, Message};
use tiekartta::interchange::{from_json, to_json};
use tiekartta::layout::{self, Kind, View};
use tiekartta::model::Strategy;
use tiekartta::pdf::{self, PdfMeta};
use tiekartta::store::container::{self, Chunk, ChunkKind, Contents};
use tiekartta::store::{Author, Project};
use tiekartta::validate::validate;

#[path = "../support/round.rs"]
mod round_fixture;

/// Says `message` in every language: each must be a sentence, not empty,
/// not the bare id (a missing translation) and with no argument left unfilled.
pub fn assert_said(message: &Message) {
    for lang in Lang::ALL {
        let text = lang.tr(message);
        assert!(
            !text.trim().is_empty(),
            "{}: empty message in {lang}",
            message.id
        );
        assert_ne!(text, message.id, "{}: no {lang} translation", message.id);
        assert!(
            !text.contains("{$"),
            "{}: an argument is missing in {lang}: {text}",
            message.id
        );
    }
}

/// The value of `result`, or `None` after checking that its error is said
/// in every language.
pub fn said<T, E: Into<Error>>(result: Result<T, E>) -> Option<T> {
    match result {
        Ok(v) => Some(v),
        Err(e) => {
            assert_said(&e.into().message());
            None
        }
    }
}

/// An error in English, for a broken law's message.
fn en(e: impl Into<Error>) -> String {
    e.into().to_text(Lang::En)
}

/// Validates `strategy`: every problem is a line in every language.
pub fn check(strategy: &Strategy) {
    for problem in validate(strategy) {
        for lang in Lang::ALL {
            assert!(!problem.to_line(lang).trim().is_empty());
        }
    }
}

fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary folder")
}

/// Opens `path` as the app does; if it opens: the strategy, its problems,
/// the history, a save to another file, and that file opened again, which
/// must give the same strategy and a history.
fn open_save_open(dir: &Path, path: &Path) -> Option<Strategy> {
    let mut project = said(Project::open(path))?;
    check(project.strategy());
    said(project.history());
    let out = dir.join("saved.tiekartta");
    said(project.save(&out))?;
    // The save may read the strategy again from the history.
    let saved = project.strategy().clone();
    let again =
        Project::open(&out).unwrap_or_else(|e| panic!("a saved file does not open: {}", en(e)));
    assert_eq!(
        again.strategy(),
        &saved,
        "a saved file opens as another strategy"
    );
    again
        .history()
        .unwrap_or_else(|e| panic!("a saved file has no history: {}", en(e)));
    Some(saved)
}

/// `bytes` as a whole project file.
pub fn project_file(bytes: &[u8]) -> Option<Strategy> {
    let dir = temp_dir();
    let path = dir.path().join("input.tiekartta");
    std::fs::write(&path, bytes).expect("a temporary file");
    open_save_open(dir.path(), &path)
}

/// `bytes` as interchange JSON (invalid UTF-8 replaced, as a lenient reader
/// would); if it reads: its problems, the round trip `to_json → from_json`
/// gives the same strategy and the same text, and an import into a project
/// file opens again as the same strategy.
pub fn interchange_json(bytes: &[u8]) -> Option<Strategy> {
    let text = String::from_utf8_lossy(bytes);
    let strategy = said(from_json(&text))?;
    check(&strategy);
    let json = to_json(&strategy);
    let back = from_json(&json)
        .unwrap_or_else(|e| panic!("the canonical JSON does not read again: {}", en(e)));
    assert_eq!(back, strategy, "to_json → from_json changed the strategy");
    assert_eq!(to_json(&back), json, "the canonical JSON is not stable");

    // The CLI's import: a new project file, opened again.
    let dir = temp_dir();
    let path = dir.path().join("import.tiekartta");
    let mut project = said(Project::create(strategy.clone(), &Author::new("Fuzz")))?;
    said(project.save(&path))?;
    let opened =
        Project::open(&path).unwrap_or_else(|e| panic!("an import does not open: {}", en(e)));
    assert_eq!(
        opened.strategy(),
        &strategy,
        "an import opens as another strategy"
    );
    Some(strategy)
}

/// A small valid project file's contents: one import and one edit.
pub fn valid_contents() -> &'static Contents {
    static CONTENTS: OnceLock<Contents> = OnceLock::new();
    CONTENTS.get_or_init(|| {
        let dir = temp_dir();
        let path = dir.path().join("valid.tiekartta");
        let s = from_json(
            r#"{"format":"tiekartta","version":1,"strategy":{"id":"s","town":"Testikylä","name":"Strategia","vision":"Visio","themes":[{"id":"t","name":"Teema"}],"actions":[{"id":"a","theme":"t","name":"Toimi","status":"done"}]}}"#,
        )
        .expect("the small strategy reads");
        let mut p = Project::create(s.clone(), &Author::new("A")).expect("a project");
        p.save(&path).expect("saved");
        let mut edited = s;
        edited.actions[0].name = "Toinen toimi".into();
        p.apply(edited, &Author::new("B")).expect("an edit");
        p.save(&path).expect("saved again");
        container::read(&path).expect("read back")
    })
}

/// `bytes` as the Automerge history inside an otherwise valid project
/// file. The first byte chooses where they go: as the whole save (0, 1) or
/// as a chunk of changes after the valid one (2, 3); with the valid
/// snapshot (even) or without one, so that the strategy is read from the
/// history (odd).
pub fn project_history(bytes: &[u8]) -> Option<Strategy> {
    let (mode, history) = bytes.split_first()?;
    let mut contents = valid_contents().clone();
    let chunk = |kind| Chunk {
        kind,
        bytes: history.to_vec(),
    };
    if mode % 4 < 2 {
        contents.chunks = vec![chunk(ChunkKind::Doc)];
    } else {
        contents.chunks.truncate(1);
        contents.chunks.push(chunk(ChunkKind::Changes));
    }
    if mode % 2 == 1 {
        contents.snapshot = None;
    }
    let dir = temp_dir();
    let path = dir.path().join("history.tiekartta");
    container::write(&path, &contents).expect("a project file is written");
    open_save_open(dir.path(), &path)
}

/// Lays out every handout of `strategy`, renders each page as SVG and the
/// whole as PDF; every error is said in every language.
pub fn handouts(strategy: &Strategy) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).expect("a date");
    let meta = PdfMeta {
        author: "Fuzz".into(),
        subject: "Moniste".into(),
        created: today.and_hms_opt(12, 0, 0).expect("a time"),
    };
    let mut views: Vec<View> = [Kind::Roadmap, Kind::OnePage, Kind::Actions, Kind::Progress]
        .into_iter()
        .map(|k| View::new(k, Lang::Fi, today))
        .collect();
    views.push(View::screen(1200.0, Lang::Sv, today));
    for view in views {
        let Some(l) = said(layout::layout(strategy, &view)) else {
            continue;
        };
        for page in 0..l.pages.len() {
            let svg = tiekartta::svg::render(&l, page);
            assert!(svg.starts_with("<svg"), "page {page} is not SVG");
        }
        if let Some(bytes) = said(pdf::render(&l, &meta)) {
            assert!(bytes.starts_with(b"%PDF"), "not a PDF");
        }
    }
}

/// Keeps libFuzzer's abort-on-panic for every panic except those raised
/// inside Automerge, which the store catches by design and reports as a
/// damaged history (`store::load_history`): the fuzzer then counts as a
/// crash exactly what would take the app down. A panic in Automerge that
/// nothing catches still aborts, through libFuzzer's own `catch_unwind`.
pub fn abort_on_panics_the_app_would_not_survive() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static CAUGHT: AtomicUsize = AtomicUsize::new(0);
    let abort = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let in_automerge = info
            .location()
            .is_some_and(|l| l.file().contains("/automerge-"));
        if !in_automerge {
            return abort(info);
        }
        let n = CAUGHT.fetch_add(1, Ordering::Relaxed) + 1;
        if n <= 3 || n.is_power_of_two() {
            eprintln!("panic inside Automerge #{n} (caught by the store): {info}");
        }
    }));
}

/// Every problem of a workbook said in every language, by its place.
fn problems_said(problems: &[tiekartta::round::Problem]) {
    for p in problems {
        assert_said(&p.message);
        for lang in Lang::ALL {
            assert!(!p.to_text(lang).trim().is_empty());
        }
    }
}

/// `bytes` as a returned round workbook: read (never a formula evaluated),
/// its problems said; if it reads, taken into a project of the round's
/// strategy (given the answer's strategy id, so the answer is not refused
/// as another strategy's): every value an edit that applies, the answer
/// taken twice the same as once.
pub fn answer_workbook(bytes: &[u8]) -> Option<tiekartta::round::Answer> {
    use tiekartta::round::{read_answer, take_in};
    let answer = said(read_answer("answer.xlsx", bytes))?;
    problems_said(&answer.problems);
    let mut strategy = round_fixture::strategy();
    if answer.strategy.is_well_formed() {
        strategy.id = answer.strategy.clone();
    }
    let mut project = Project::create(strategy, &Author::new("Fuzz")).expect("a project");
    let day = NaiveDate::from_ymd_opt(2026, 10, 14).expect("a day");
    let once = said(take_in(&mut project, std::slice::from_ref(&answer), day))?;
    problems_said(&once.problems);
    let after_once = project.strategy().clone();
    let twice = said(take_in(&mut project, std::slice::from_ref(&answer), day))?;
    problems_said(&twice.problems);
    assert_eq!(
        project.strategy(),
        &after_once,
        "an answer taken twice changed more than once"
    );
    Some(answer)
}

/// `bytes` as an action list (an `.xlsx` when it starts as a zip, else a
/// `.csv`): read, its problems said; if it reads, its
/// one edit applies to an empty strategy, the strategy made of it is
/// checked, and the same list read into that strategy adds and changes
/// nothing.
pub fn action_list(bytes: &[u8]) -> Option<Strategy> {
    use tiekartta::round::{ListCounts, list_strategy, read_list};
    let day = || NaiveDate::from_ymd_opt(2026, 12, 2).expect("a day");
    let rest = bytes;
    let file = if bytes.starts_with(b"PK") {
        "list.xlsx"
    } else {
        "list.csv"
    };
    let import = said(read_list(file, rest, &Strategy::default(), day()))?;
    problems_said(&import.problems);
    assert_eq!(
        import.problems.len(),
        import.preview.not_understood.len(),
        "the preview names every problem"
    );
    let strategy = list_strategy(&import)
        .unwrap_or_else(|e| panic!("a list's edit does not apply: {}", en(e)));
    check(&strategy);
    let again = read_list(file, rest, &strategy, day())
        .unwrap_or_else(|e| panic!("a list read once does not read again: {}", en(e)));
    assert_eq!(
        again.preview.new,
        ListCounts::default(),
        "the same list read into its own strategy adds something"
    );
    assert!(
        again.preview.updated.is_empty(),
        "the same list read into its own strategy changes something: {:?}",
        again.preview.updated
    );
    Some(strategy)
}
