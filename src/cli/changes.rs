//! `tiekartta changes FILE --since SNAPSHOT [--until SNAPSHOT] [-o OUT]
//! [--today DATE]`: "Muutokset edellisen käsittelyn jälkeen", what changed
//! between a council snapshot and now (or another snapshot). Without `-o`
//! the report is printed as text (through the CLI's escaping of control
//! characters); with `-o` it is the changes handout, written as the
//! output's extension says: `.pdf`, `.pptx`, `.svg` (one file a page) or
//! `.png` (150 dpi).

use std::path::{Path, PathBuf};

use clap::{Arg, ArgMatches, Command};
use tiekartta::Error;
use tiekartta::i18n::{Lang, Message};
use tiekartta::layout::{self, Kind, View};
use tiekartta::pdf::{self, PdfMeta};

use super::{
    Ctx, EXIT_OK, EXIT_PROBLEM, Subcommand, emit, file_arg, open_project, path, say, today,
    today_arg, write_atomically,
};

pub const CMD: Subcommand = Subcommand {
    name: "changes",
    command,
    run,
};

fn command(lang: Lang) -> Command {
    Command::new("changes")
        .about(lang.text("cli-changes-about"))
        .arg(file_arg(lang, "cli-changes-file"))
        .arg(
            Arg::new("since")
                .long("since")
                .required(true)
                .value_name("ID|latest")
                .help(lang.text("cli-arg-since")),
        )
        .arg(
            Arg::new("until")
                .long("until")
                .value_name("ID|latest")
                .help(lang.text("cli-arg-until")),
        )
        .arg(
            Arg::new("output")
                .short('o')
                .long("output")
                .value_name(lang.text("cli-file"))
                .value_parser(clap::value_parser!(PathBuf))
                .help(lang.text("cli-changes-output")),
        )
        .arg(today_arg(lang))
}

fn run(m: &ArgMatches, ctx: &Ctx) -> Result<u8, Error> {
    let file = path(m, "file");
    let today = match today(m, ctx.lang) {
        Ok(d) => d,
        Err(code) => return Ok(code),
    };
    let project = open_project(file, ctx)?;
    let since = m
        .get_one::<String>("since")
        .map_or("latest", String::as_str);
    let until = m.get_one::<String>("until").map(String::as_str);
    let report = tiekartta::changes::since(&project, since, until)?;
    let Some(out) = m.get_one::<PathBuf>("output") else {
        emit(&tiekartta::changes::text(&report, ctx.lang));
        return Ok(EXIT_OK);
    };
    let mut view = View::new(Kind::Changes, ctx.lang, today);
    view.changes = Some(report);
    let s = project.strategy();
    let l = layout::layout(s, &view)?;
    let ext = out
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "pptx" => write_atomically(out, &tiekartta::pptx::render(&l, Default::default())?)?,
        "svg" => {
            for i in 0..l.pages.len() {
                write_atomically(
                    &numbered(out, i, "svg"),
                    tiekartta::svg::render(&l, i).as_bytes(),
                )?;
            }
        }
        "png" => {
            for i in 0..l.pages.len() {
                write_atomically(
                    &numbered(out, i, "png"),
                    &tiekartta::png::render(&l, i, 150)?,
                )?;
            }
        }
        "pdf" => {
            let meta = PdfMeta {
                author: s.town.clone(),
                subject: ctx.lang.text("changes-title"),
                created: today.and_hms_opt(12, 0, 0).unwrap_or_default(),
            };
            write_atomically(out, &pdf::render(&l, &meta)?)?;
        }
        _ => {
            say(
                ctx,
                Message::new("cli-changes-extension").arg("path", out.display()),
            );
            return Ok(EXIT_PROBLEM);
        }
    }
    say(
        ctx,
        Message::new("cli-handout-written")
            .arg("path", out.display())
            .num("pages", l.pages.len() as f64),
    );
    Ok(EXIT_OK)
}

/// `OUT.ext` for the first page, `OUT-2.ext` for the second…
fn numbered(out: &Path, page: usize, ext: &str) -> PathBuf {
    if page == 0 {
        return out.to_path_buf();
    }
    let stem = out
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    out.with_file_name(format!("{stem}-{}.{ext}", page + 1))
}
