//! The follow-up round at the scale: 40 owners over the 5 000-action
//! strategy (500 indicators), round out (one workbook per owner, target
//! < 5 s) and round in of every answer (read with calamine and taken in as
//! 40 edits, target < 5 s), each printed; the answers are taken in as the
//! core takes them (`round::take_in`) and as the app does (the project file
//! open in a `session::Document`), the round recorded in the project; and
//! the lead's whole action plan workbook read back in as a list.
//!
//! Run with `cargo bench --bench round`.

#[path = "../tests/support/mod.rs"]
mod support;

mod timing;
use timing::*;

use tiekartta::i18n::Lang;
use tiekartta::model::{PlanDate, Status};
use tiekartta::round::{self, RoundSpec, read_answer, take_in};
use tiekartta::session::Document;
use tiekartta::store::{Author, ChangeKind, Project};

fn main() {
    // Its actions and indicators are dealt round the 40 owners.
    let s = support::benchmark_strategy();
    let spec = RoundSpec {
        id: "round-bench".into(),
        name: "Syksyn 2026 seuranta".into(),
        owners: vec![],
        periods: vec![PlanDate::Year(2026), PlanDate::Year(2027)],
        sent: chrono::NaiveDate::from_ymd_opt(2026, 9, 15).expect("date"),
        deadline: None,
        reply_to: "strategia@isokyla.fi".into(),
        lang: Lang::Fi,
    };
    let (out, sent) = time(3, || round::send(&s, &spec).expect("send"));
    let bytes: usize = sent.iter().map(|x| x.bytes.len()).sum();
    println!(
        "round out: {} owners, {} actions, {} indicators: {} ({} KB in all)",
        sent.len(),
        s.actions.len(),
        s.indicators.len(),
        ms(out),
        bytes / 1000
    );

    // Every owner answers every row: a status, a note, this year's actual.
    let (read, mut answers) = time(3, || {
        sent.iter()
            .map(|x| read_answer(&x.file_name, &x.bytes).expect("read"))
            .collect::<Vec<_>>()
    });
    for a in &mut answers {
        for (k, act) in a.actions.iter_mut().enumerate() {
            act.status = Some(Status::ALL[(k + 1) % 5]);
            act.note = Some(format!("Vastaus {k}"));
        }
        for ind in &mut a.indicators {
            ind.value = Some(63.5);
        }
    }
    println!(
        "round in, reading {} workbooks: {}",
        answers.len(),
        ms(read)
    );
    // The round recorded in the project, as the app records it when it goes out.
    let lead = Author::new("Strategiapäällikkö");
    let mut project = Project::create(s, &lead).expect("project");
    let record = round::record(&spec, &sent);
    project
        .record_rounds(None, &[record], vec![], &lead, ChangeKind::Edit)
        .expect("round recorded");
    let day = chrono::NaiveDate::from_ymd_opt(2026, 10, 14).expect("date");
    let (take, report) = time_fresh(
        3,
        || project.clone(),
        |mut p| take_in(&mut p, &answers, day).expect("take in"),
    );
    println!(
        "round in, taking {} answers as {} edits: {} (reading + taking: {})",
        answers.len(),
        report.taken.len(),
        ms(take),
        ms(read + take)
    );

    // The app's path: the project file open in a document, the answers taken
    // in there (each one undoable step).
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("iso.tiekartta");
    project.save(&file).expect("saved");
    let (app, taken) = time_fresh(
        3,
        || Document::open(&file).expect("open"),
        |mut doc| {
            doc.take_answers(&answers, day, &lead, "Vastaus", 0)
                .expect("take in")
                .taken
                .len()
        },
    );
    println!(
        "round in through the app's document, {} answers as {taken} undoable steps: {}",
        answers.len(),
        ms(app)
    );
    list_again();
}

/// The lead's own plan workbook of the 5 000 actions brought back: into the
/// strategy it came from (nothing changes), and into one where 500 dues
/// have moved since (500 updates, shown before the one edit).
fn list_again() {
    let s = support::benchmark_strategy();
    let plan = round::plan_workbook(&s, Lang::Fi).expect("plan workbook");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 2).expect("date");
    let (same, import) = time(3, || {
        round::read_list("plan.xlsx", &plan, &s, today).expect("read")
    });
    let mut moved = s.clone();
    for a in moved
        .actions
        .iter_mut()
        .filter(|a| a.due.is_some())
        .take(500)
    {
        a.due = Some(PlanDate::Year(2035));
    }
    let (changed, updated) = time(3, || {
        round::read_list("plan.xlsx", &plan, &moved, today)
            .expect("read")
            .preview
            .updated
            .len()
    });
    println!(
        "action list in again, {} rows ({} KB): into its own strategy {} ({} updates), with 500 dues moved since {} ({updated} updates)",
        import.preview.rows,
        plan.len() / 1000,
        ms(same),
        import.preview.updated.len(),
        ms(changed)
    );
}

/// The median time of `f` over `runs` runs, each on a fresh `setup()` made
/// outside the timing; the last result.
fn time_fresh<S, T>(
    runs: usize,
    mut setup: impl FnMut() -> S,
    mut f: impl FnMut(S) -> T,
) -> (std::time::Duration, T) {
    let mut times = Vec::with_capacity(runs);
    let mut last = None;
    for _ in 0..runs {
        let s = setup();
        let t = std::time::Instant::now();
        last = Some(f(s));
        times.push(t.elapsed());
    }
    (median(times), last.expect("at least one run"))
}
