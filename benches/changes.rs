//! "Muutokset edellisen käsittelyn jälkeen" speed: the changes report of a
//! 500-action strategy over 10 000 edits made since the snapshot (target
//! < 1 s), with the snapshot at the start of the history (the past state is
//! cheap to read again) and near its end (reading it again replays 9 000
//! changes); and the changes handout laid out and written as PDF.
//!
//! Run with `cargo bench --bench changes`; prints figures (median of runs).

#[path = "../tests/support/mod.rs"]
mod support;

mod timing;
use timing::*;

use std::time::Instant;

use chrono::NaiveDate;
use tiekartta::i18n::Lang;
use tiekartta::layout::{self, Kind, View};
use tiekartta::model::{PlanDate, Status};
use tiekartta::store::{Author, Project};

const EDITS: usize = 10_000;

fn main() {
    let author = Author::new("Bench");
    let s = support::large(support::Size::roadmap(500));
    let n = s.actions.len();
    let mut p = Project::create(s, &author).expect("create");
    let day = PlanDate::Day(NaiveDate::from_ymd_opt(2026, 12, 14).expect("a date"));
    let first = p
        .record_snapshot("Kaupunginvaltuusto 14.12.2026, § 87", day, &[], &author)
        .expect("snapshot");
    let t = Instant::now();
    let mut late = None;
    for i in 0..EDITS {
        let mut e = p.strategy().clone();
        let a = &mut e.actions[(i * 7) % n];
        match i % 3 {
            0 => a.status = Status::ALL[i % Status::ALL.len()],
            1 => a.name = format!("Toimenpide {i}"),
            _ => a.due = Some(PlanDate::Year(2027 + (i % 4) as i32)),
        }
        p.apply(e, &author).expect("apply");
        if i == EDITS - 1000 {
            late = Some(
                p.record_snapshot("Kaupunginhallitus 1.6.2027, § 40", day, &[], &author)
                    .expect("snapshot"),
            );
        }
    }
    let made = t.elapsed();
    let late = late.expect("the late snapshot");
    let (t_first, c) = time(5, || {
        tiekartta::changes::since(&p, &first.id.0, None).expect("changes")
    });
    let (t_late, _) = time(5, || {
        tiekartta::changes::since(&p, &late.id.0, None).expect("changes")
    });
    let (t_between, _) = time(5, || {
        tiekartta::changes::since(&p, &first.id.0, Some(&late.id.0)).expect("changes")
    });
    let today = NaiveDate::from_ymd_opt(2027, 6, 2).expect("a date");
    let (t_pdf, pdf) = time(3, || {
        let mut v = View::new(Kind::Changes, Lang::Fi, today);
        v.changes = Some(c.clone());
        let l = layout::layout(p.strategy(), &v).expect("layout");
        tiekartta::pdf::render(
            &l,
            &tiekartta::pdf::PdfMeta {
                author: "Bench".into(),
                subject: "changes".into(),
                created: today.and_hms_opt(12, 0, 0).expect("a time"),
            },
        )
        .expect("pdf")
    });
    println!(
        "changes report, {n} actions, {EDITS} edits since the snapshot (made in {:.1} s):",
        made.as_secs_f64()
    );
    println!(
        "  since the first snapshot     {:>10}   target < 1 s ({} rescheduled, {} status changes, {} added or removed)",
        ms(t_first),
        c.rescheduled.len(),
        c.statuses.len(),
        c.added.len() + c.removed.len()
    );
    println!(
        "  since a snapshot 1 000 ago   {:>10}   target < 1 s",
        ms(t_late)
    );
    println!("  between the two snapshots    {:>10}", ms(t_between));
    println!(
        "  the handout as PDF           {:>10}   ({} KB)",
        ms(t_pdf),
        pdf.len() / 1024
    );
}
