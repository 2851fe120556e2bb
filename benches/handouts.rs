//! Handout speed: layout + PDF of an A3 roadmap with 500 actions (target
//! < 300 ms) and of the action plan of the 5 000-action strategy (target
//! < 2 s), plus the SVG of the roadmap and the screen roadmap; every kind
//! with a 2 M and an 8 M-character action name (cut on the way in), and
//! the text layer's own cost for long words (wrap and ellipsis, not cut).
//!
//! Run with `cargo bench --bench handouts`; prints figures (median of runs).

#[path = "../tests/support/mod.rs"]
mod support;

mod timing;
use timing::*;

use chrono::NaiveDate;
use tiekartta::i18n::Lang;
use tiekartta::layout::{self, Kind, View};
use tiekartta::pdf::{self, PdfMeta};
use tiekartta::text::FontFace;

fn main() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).expect("a date");
    let meta = PdfMeta {
        author: "Bench".into(),
        subject: "Bench".into(),
        created: today.and_hms_opt(12, 0, 0).expect("a time"),
    };
    // Warm the fonts and the hyphenation dictionary once.
    let _ = layout::layout(
        &support::testikyla(),
        &View::new(Kind::Roadmap, Lang::Fi, today),
    );

    let s500 = support::large(support::Size::roadmap(500));
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
    // The bars in words (aria-label, tooltip): made once per layout, so a
    // scroll that draws another part of the kept layout does not pay again.
    let (t_words, _) = time(9, || {
        tiekartta::session::describe::bar_labels(&s500, Lang::Fi, today)
    });
    let cache = tiekartta::session::picture::LayoutCache::default();
    let part = tiekartta::session::picture::Area {
        x: 0.0,
        y: 0.0,
        w: 1400.0,
        h: 900.0,
    };
    let _ = tiekartta::session::picture::roadmap(&cache, &s500, &screen, Some(part));
    let (t_scroll, _) = time(9, || {
        tiekartta::session::picture::roadmap(&cache, &s500, &screen, Some(part)).expect("part")
    });
    println!(
        "screen roadmap, 500 actions: the bars in words {:.2} ms once per layout; a part of the kept layout with them {:.2} ms",
        t_words.as_secs_f64() * 1e3,
        t_scroll.as_secs_f64() * 1e3
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

    // Hostile names: the layout cuts them to the validation limit first.
    for n in [2_000_000, 8_000_000] {
        let mut s = support::testikyla();
        s.actions[0].name = "hyvinvointimatkailunkehittäminen"
            .chars()
            .cycle()
            .take(n)
            .collect();
        let (t, bytes) = time(3, || {
            let mut bytes = 0;
            for kind in [Kind::Roadmap, Kind::OnePage, Kind::Actions, Kind::Progress] {
                let l = layout::layout(&s, &View::new(kind, Lang::Fi, today)).expect("layout");
                bytes += pdf::render(&l, &meta).expect("pdf").len();
                bytes += (0..l.pages.len())
                    .map(|i| tiekartta::svg::render(&l, i).len())
                    .sum::<usize>();
            }
            bytes
        });
        println!(
            "every kind as PDF + SVG, a {} M-character action name: {:.0} ms, {} KB written",
            n / 1_000_000,
            t.as_secs_f64() * 1e3,
            bytes / 1024
        );
    }
    // The text layer itself on long words (no limit applied): near-linear.
    for n in [100_000, 400_000, 1_600_000] {
        let word: String = "hyvinvointimatkailunkehittäminen"
            .chars()
            .cycle()
            .take(n)
            .collect();
        let (t, _) = time(3, || {
            let w = tiekartta::text::wrap(FontFace::Regular, 9.0, &word, 120.0, 3).expect("wrap");
            let e = tiekartta::text::ellipsize(FontFace::Bold, 9.0, &word, 200.0).expect("cut");
            (w, e)
        });
        println!(
            "wrap + ellipsis of one {} k-character word: {:.0} ms",
            n / 1000,
            t.as_secs_f64() * 1e3
        );
    }
}
