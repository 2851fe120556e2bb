//! Handout speed: layout + PDF of an A3 roadmap with 500 actions (target
//! < 300 ms) and of the action plan of the 5 000-action strategy (target
//! < 2 s), plus the SVG of the roadmap and the screen roadmap.
//!
//! Run with `cargo bench --bench handouts`; prints figures (median of runs).

#[path = "../tests/handouts_common/mod.rs"]
mod handouts_common;
#[path = "../tests/support/mod.rs"]
#[allow(dead_code)]
mod support;

mod timing;
use timing::*;

use chrono::NaiveDate;
use tiekartta::i18n::Lang;
use tiekartta::layout::{self, Kind, View};
use tiekartta::pdf::{self, PdfMeta};

fn main() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).expect("a date");
    let meta = PdfMeta {
        author: "Bench".into(),
        subject: "Bench".into(),
        created: today.and_hms_opt(12, 0, 0).expect("a time"),
    };
    // Warm the fonts and the hyphenation dictionary once.
    let _ = layout::layout(
        &handouts_common::testikyla(),
        &View::new(Kind::Roadmap, Lang::Fi, today),
    );

    let s500 = handouts_common::large(500);
    let view = View::new(Kind::Roadmap, Lang::Fi, today);
    let (t_layout, l) = time(9, || layout::layout(&s500, &view).expect("layout"));
    let (t_total, bytes) = time(9, || {
        let l = layout::layout(&s500, &view).expect("layout");
        pdf::render(&l, &meta).expect("pdf")
    });
    let (t_svg, svg) = time(9, || tiekartta::svg::render(&l, 0));
    println!(
        "roadmap A3, 500 actions: layout {:.1} ms, layout + PDF {:.1} ms (target < 300 ms), {} pages, {} items, PDF {} KB; SVG {:.1} ms, {} KB",
        t_layout.as_secs_f64() * 1e3,
        t_total.as_secs_f64() * 1e3,
        l.pages.len(),
        l.pages.iter().map(|p| p.items.len()).sum::<usize>(),
        bytes.len() / 1024,
        t_svg.as_secs_f64() * 1e3,
        svg.len() / 1024
    );
    let screen = View::screen(1400.0, Lang::Fi, today);
    let (t_screen, _) = time(9, || {
        let l = layout::layout(&s500, &screen).expect("layout");
        tiekartta::svg::render(&l, 0)
    });
    println!(
        "screen roadmap 1400 px, 500 actions: layout + SVG {:.1} ms",
        t_screen.as_secs_f64() * 1e3
    );

    let big = support::benchmark_strategy();
    let view = View::new(Kind::Actions, Lang::Fi, today);
    let (t_plan, (pages, size)) = time(3, || {
        let l = layout::layout(&big, &view).expect("layout");
        let bytes = pdf::render(&l, &meta).expect("pdf");
        (l.pages.len(), bytes.len())
    });
    println!(
        "action plan, {} actions: layout + PDF {:.0} ms (target < 2000 ms), {} pages, PDF {} KB",
        big.actions.len(),
        t_plan.as_secs_f64() * 1e3,
        pages,
        size / 1024
    );
}
