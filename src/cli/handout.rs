//! `tiekartta pdf`, `svg`, `pptx` and `png`: the council handouts from a terminal.
//!
//! `pdf FILE --kind roadmap|onepage|actions|progress|deck [--paper a3|a4]
//! [--portrait|--landscape] [--from YEAR --to YEAR] [--zoom UNIT] [--today DATE]
//! [--snapshot ID|latest] [--ghost ID|latest] -o OUT.pdf`
//! writes one PDF; `svg` takes the same options (plus `--width PX` for the
//! roadmap as the screen shows it) and writes one SVG per page: `OUT.svg`,
//! then `OUT-2.svg`, `OUT-3.svg`…; `pptx` takes the options of `pdf` plus
//! `--ratio 16:9|4:3` and writes one slide per page; `png` takes them plus
//! `--dpi N` and writes `OUT.png`, or `OUT-1.png`, `OUT-2.png`… when the
//! handout has several pages. `--snapshot` prints the strategy as it stood
//! at a council snapshot, its id in the footer; `--ghost` draws a
//! snapshot's dates of the actions that moved since as ghost bars
//! (docs/council.md).

use std::path::{Path, PathBuf};

use clap::{Arg, ArgAction, ArgMatches, Command};
use tiekartta::Error;
use tiekartta::i18n::{Lang, Message};
use tiekartta::layout::{self, Kind, Layout, Medium, Paper, View, Zoom};
use tiekartta::pdf::{self, PdfMeta};
use tiekartta::pptx;

use super::{
    Ctx, EXIT_OK, Subcommand, emit_err, file_arg, load_strategy, open_project, output_arg, path,
    say, today, today_arg, write_atomically,
};

pub const PDF: Subcommand = Subcommand {
    name: "pdf",
    command: pdf_command,
    run: run_pdf,
};
pub const SVG: Subcommand = Subcommand {
    name: "svg",
    command: svg_command,
    run: run_svg,
};
pub const PNG: Subcommand = Subcommand {
    name: "png",
    command: png_command,
    run: run_png,
};
pub const PPTX: Subcommand = Subcommand {
    name: "pptx",
    command: pptx_command,
    run: run_pptx,
};

fn common(cmd: Command, lang: Lang) -> Command {
    cmd.arg(file_arg(lang, "cli-handout-file"))
        .arg(output_arg(lang, "cli-handout-output"))
        .arg(
            Arg::new("kind")
                .long("kind")
                .required(true)
                .value_name("roadmap|onepage|actions|progress|deck")
                .value_parser(["roadmap", "onepage", "actions", "progress", "deck"])
                .help(lang.text("cli-arg-kind")),
        )
        .arg(
            Arg::new("paper")
                .long("paper")
                .value_name("a3|a4")
                .value_parser(["a3", "a4"])
                .help(lang.text("cli-arg-paper")),
        )
        .arg(
            Arg::new("portrait")
                .long("portrait")
                .action(ArgAction::SetTrue)
                .conflicts_with("landscape")
                .help_heading(lang.text("cli-options"))
                .help(lang.text("cli-arg-portrait")),
        )
        .arg(
            Arg::new("landscape")
                .long("landscape")
                .action(ArgAction::SetTrue)
                .help_heading(lang.text("cli-options"))
                .help(lang.text("cli-arg-landscape")),
        )
        .arg(
            Arg::new("from")
                .long("from")
                .value_name("YEAR")
                .value_parser(clap::value_parser!(i32).range(1900..=2200))
                .help(lang.text("cli-arg-from")),
        )
        .arg(
            Arg::new("to")
                .long("to")
                .value_name("YEAR")
                .value_parser(clap::value_parser!(i32).range(1900..=2200))
                .help(lang.text("cli-arg-to")),
        )
        .arg(
            Arg::new("zoom")
                .long("zoom")
                .value_name("year|quarter|month|week")
                .value_parser(["year", "quarter", "month", "week"])
                .help(lang.text("cli-arg-zoom")),
        )
        .arg(today_arg(lang))
        .arg(
            Arg::new("snapshot")
                .long("snapshot")
                .value_name("ID|latest")
                .help(lang.text("cli-arg-snapshot")),
        )
        .arg(
            Arg::new("ghost")
                .long("ghost")
                .value_name("ID|latest")
                .help(lang.text("cli-arg-ghost")),
        )
}

fn pdf_command(lang: Lang) -> Command {
    common(Command::new("pdf").about(lang.text("cli-pdf-about")), lang)
}

fn svg_command(lang: Lang) -> Command {
    common(Command::new("svg").about(lang.text("cli-svg-about")), lang).arg(
        Arg::new("width")
            .long("width")
            .value_name("PX")
            .value_parser(clap::value_parser!(u32).range(200..=20000))
            .help(lang.text("cli-arg-width")),
    )
}

fn pptx_command(lang: Lang) -> Command {
    common(
        Command::new("pptx").about(lang.text("cli-pptx-about")),
        lang,
    )
    .arg(
        Arg::new("ratio")
            .long("ratio")
            .value_name("16:9|4:3")
            .value_parser(["16:9", "4:3"])
            .help(lang.text("cli-arg-ratio")),
    )
}

fn png_command(lang: Lang) -> Command {
    common(Command::new("png").about(lang.text("cli-png-about")), lang).arg(
        Arg::new("dpi")
            .long("dpi")
            .value_name("N")
            .default_value("150")
            .value_parser(clap::value_parser!(u32).range(
                i64::from(*tiekartta::png::DPI.start())..=i64::from(*tiekartta::png::DPI.end()),
            ))
            .help(lang.text("cli-arg-dpi")),
    )
}

/// The view the options ask for.
fn view(m: &ArgMatches, lang: Lang) -> Result<View, u8> {
    let kind = match m.get_one::<String>("kind").map(String::as_str) {
        Some("onepage") => Kind::OnePage,
        Some("actions") => Kind::Actions,
        Some("progress") => Kind::Progress,
        Some("deck") => Kind::Deck,
        _ => Kind::Roadmap,
    };
    let today = today(m, lang)?;
    let mut v = View::new(kind, lang, today);
    if let Medium::Paper { paper, landscape } = v.medium {
        let paper = match m.get_one::<String>("paper").map(String::as_str) {
            Some("a3") => Paper::A3,
            Some("a4") => Paper::A4,
            _ => paper,
        };
        let landscape = if m.get_flag("portrait") {
            false
        } else if m.get_flag("landscape") {
            true
        } else {
            landscape
        };
        v.medium = Medium::Paper { paper, landscape };
    }
    if let Ok(Some(w)) = m.try_get_one::<u32>("width") {
        v.medium = Medium::Screen {
            width: *w as f32,
            height: None,
        };
    }
    v.zoom = match m.get_one::<String>("zoom").map(String::as_str) {
        Some("year") => Some(Zoom::Year),
        Some("quarter") => Some(Zoom::Quarter),
        Some("month") => Some(Zoom::Month),
        Some("week") => Some(Zoom::Week),
        _ => None,
    };
    v.from = m.get_one::<i32>("from").copied();
    v.to = m.get_one::<i32>("to").copied();
    // A deck is laid out on slides of the shape it is shown on.
    if kind == Kind::Deck {
        v.sheet = Some(ratio(m).points());
    }
    Ok(v)
}

/// The slides' shape `--ratio` asks for (16:9 unless told).
fn ratio(m: &ArgMatches) -> pptx::Ratio {
    match m
        .try_get_one::<String>("ratio")
        .ok()
        .flatten()
        .map(String::as_str)
    {
        Some("4:3") => pptx::Ratio::Standard,
        _ => pptx::Ratio::Wide,
    }
}

/// How many characters of a shortened text its warning quotes.
const WARNING_CHARS: usize = 60;

/// The strategy to print and the view: with `--snapshot`, the strategy as
/// it stood at that snapshot (so that a paper printed under an id always
/// shows that state) and its id in the footer; with `--ghost`, the dates
/// that moved since that snapshot as ghost bars. Both need a project file.
fn under_snapshot(
    m: &ArgMatches,
    ctx: &Ctx,
    mut v: View,
) -> Result<(tiekartta::model::Strategy, View), Error> {
    let file = path(m, "file");
    let (snap, ghost) = (
        m.get_one::<String>("snapshot").map(String::as_str),
        m.get_one::<String>("ghost").map(String::as_str),
    );
    if snap.is_none() && ghost.is_none() {
        return Ok((load_strategy(file, ctx)?, v));
    }
    let project = open_project(file, ctx)?;
    let s = tiekartta::session::handout::under_snapshot(&project, &mut v, snap, ghost)?;
    Ok((s, v))
}

fn lay_out(m: &ArgMatches, ctx: &Ctx) -> Result<Result<(Layout, View, String), u8>, Error> {
    let v = match view(m, ctx.lang) {
        Ok(v) => v,
        Err(code) => return Ok(Err(code)),
    };
    let (s, v) = under_snapshot(m, ctx, v)?;
    let l = layout::layout(&s, &v)?;
    for t in &l.truncated {
        let text = tiekartta::text::clip(&t.text, WARNING_CHARS);
        emit_err(
            &ctx.lang
                .tr(&Message::new("cli-handout-truncated").arg("text", text.as_ref())),
        );
    }
    Ok(Ok((l, v, s.town)))
}

fn run_pdf(m: &ArgMatches, ctx: &Ctx) -> Result<u8, Error> {
    let (l, v, town) = match lay_out(m, ctx)? {
        Ok(x) => x,
        Err(code) => return Ok(code),
    };
    let subject = ctx.lang.text(match v.kind {
        Kind::Roadmap => "handout-roadmap",
        Kind::OnePage => "handout-onepage",
        Kind::Actions => "handout-actions",
        Kind::Progress => "handout-progress",
        Kind::Changes => "changes-title",
        Kind::Deck => "handout-deck",
    });
    let created = if m.get_one::<String>("today").is_some() {
        v.today.and_hms_opt(12, 0, 0).unwrap_or_default()
    } else {
        chrono::Local::now().naive_local()
    };
    let author = if town.is_empty() {
        ctx.author.clone()
    } else {
        town
    };
    let bytes = pdf::render(
        &l,
        &PdfMeta {
            author,
            subject,
            created,
        },
    )?;
    let out = path(m, "output");
    write_atomically(out, &bytes)?;
    say(ctx, written(out, l.pages.len()));
    Ok(EXIT_OK)
}

fn written(out: &Path, pages: usize) -> Message {
    Message::new("cli-handout-written")
        .arg("path", out.display())
        .num("pages", pages as f64)
}

/// `OUT.svg` for the first page, `OUT-2.svg` for the second…
fn page_path(out: &Path, page: usize) -> PathBuf {
    if page == 0 {
        return out.to_path_buf();
    }
    let stem = out
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ext = out
        .extension()
        .map(|e| e.to_string_lossy().into_owned())
        .unwrap_or_else(|| "svg".into());
    out.with_file_name(format!("{stem}-{}.{ext}", page + 1))
}

fn run_svg(m: &ArgMatches, ctx: &Ctx) -> Result<u8, Error> {
    let (l, _, _) = match lay_out(m, ctx)? {
        Ok(x) => x,
        Err(code) => return Ok(code),
    };
    let out = path(m, "output");
    for i in 0..l.pages.len() {
        write_atomically(&page_path(out, i), tiekartta::svg::render(&l, i).as_bytes())?;
    }
    say(ctx, written(out, l.pages.len()));
    Ok(EXIT_OK)
}

fn run_pptx(m: &ArgMatches, ctx: &Ctx) -> Result<u8, Error> {
    let (l, _, _) = match lay_out(m, ctx)? {
        Ok(x) => x,
        Err(code) => return Ok(code),
    };
    let bytes = pptx::render(&l, ratio(m))?;
    let out = path(m, "output");
    write_atomically(out, &bytes)?;
    say(ctx, written(out, l.pages.len()));
    Ok(EXIT_OK)
}

fn run_png(m: &ArgMatches, ctx: &Ctx) -> Result<u8, Error> {
    let (l, _, _) = match lay_out(m, ctx)? {
        Ok(x) => x,
        Err(code) => return Ok(code),
    };
    let dpi = m.get_one::<u32>("dpi").copied().unwrap_or(150);
    let out = path(m, "output");
    let n = l.pages.len();
    for i in 0..n {
        let file = if n == 1 {
            out.to_path_buf()
        } else {
            numbered(out, i + 1)
        };
        write_atomically(&file, &tiekartta::png::render(&l, i, dpi)?)?;
    }
    say(ctx, written(out, n));
    Ok(EXIT_OK)
}

/// `OUT-k.png`.
fn numbered(out: &Path, k: usize) -> PathBuf {
    let stem = out
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    out.with_file_name(format!("{stem}-{k}.png"))
}
