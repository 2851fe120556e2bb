//! PowerPoint and PNG speed: layout + `.pptx` of an A3 roadmap with 500
//! actions (target < 500 ms), and the first page of it as a 150 dpi PNG.
//!
//! Run with `cargo bench --bench pptx`; prints figures (median of runs).

#[path = "../tests/support/mod.rs"]
mod support;

mod timing;
use timing::*;

use chrono::NaiveDate;
use tiekartta::i18n::Lang;
use tiekartta::layout::{self, Kind, View};
use tiekartta::pptx::{self, Ratio};

fn main() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).expect("a date");
    let view = View::new(Kind::Roadmap, Lang::Fi, today);
    let s500 = support::large(support::Size::roadmap(500));
    let _ = layout::layout(&s500, &view);
    let (t_total, bytes) = time(7, || {
        let l = layout::layout(&s500, &view).expect("layout");
        pptx::render(&l, Ratio::Wide).expect("pptx")
    });
    let l = layout::layout(&s500, &view).expect("layout");
    let (t_pptx, _) = time(7, || pptx::render(&l, Ratio::Wide).expect("pptx"));
    let (t_png, png) = time(3, || tiekartta::png::render(&l, 0, 150).expect("png"));
    println!(
        "roadmap A3, 500 actions: layout + PPTX {} (target < 500 ms), PPTX alone {}, {} slides, {} KB; page 1 as 150 dpi PNG {}, {} KB",
        ms(t_total),
        ms(t_pptx),
        l.pages.len(),
        bytes.len() / 1024,
        ms(t_png),
        png.len() / 1024
    );
}
