//! The follow-up round at the scale: 40 owners over the 5 000-action
//! strategy (500 indicators), round out (one workbook per owner, target
//! < 5 s) and round in of every answer (read with calamine and taken in as
//! 40 edits, target < 5 s), each printed.
//!
//! Run with `cargo bench --bench round`.

#[path = "../tests/support/mod.rs"]
mod support;

mod timing;
use timing::*;

use tiekartta::i18n::Lang;
use tiekartta::model::{PlanDate, Status};
use tiekartta::round::{self, RoundSpec, read_answer, take_in};
use tiekartta::store::{Author, Project};

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
    let project = Project::create(s, &Author::new("Strategiapäällikkö")).expect("project");
    let day = chrono::NaiveDate::from_ymd_opt(2026, 10, 14).expect("date");
    let (take, report) = time(3, || {
        let mut p = project.clone();
        take_in(&mut p, &answers, day).expect("take in")
    });
    println!(
        "round in, taking {} answers as {} edits: {} (reading + taking: {})",
        answers.len(),
        report.taken.len(),
        ms(take),
        ms(read + take)
    );
}
