//! `tiekartta copies FILE [--merge] [--trash]`: the conflict copies that
//! sync clients (OneDrive, Dropbox, Nextcloud, Syncthing, Google Drive) left
//! beside a project file, listed, and with `--merge` merged into it.
//!
//! A merged copy is set aside only after the merged file has been saved:
//! renamed to `NAME.merged`, or with `--trash` moved to the system's trash.
//! Exit 0, or 3 when the merge left conflicts (as `merge`).

use clap::{Arg, ArgAction, ArgMatches, Command};
use tiekartta::Error;
use tiekartta::i18n::{Lang, Message};
use tiekartta::store::copies::{self, SetAside};

use super::merge::conflicts_left;
use super::{Ctx, EXIT_OK, Subcommand, emit, file_arg, open_project, path, save_project, say};

pub const CMD: Subcommand = Subcommand {
    name: "copies",
    command,
    run,
};

fn command(lang: Lang) -> Command {
    Command::new("copies")
        .about(lang.text("cli-copies-about"))
        .arg(file_arg(lang, "cli-copies-file"))
        .arg(
            Arg::new("merge")
                .long("merge")
                .action(ArgAction::SetTrue)
                .help(lang.text("cli-copies-merge")),
        )
        .arg(
            Arg::new("trash")
                .long("trash")
                .action(ArgAction::SetTrue)
                .requires("merge")
                .help(lang.text("cli-copies-trash")),
        )
}

fn run(m: &ArgMatches, ctx: &Ctx) -> Result<u8, Error> {
    let file = path(m, "file");
    let mut project = open_project(file, ctx)?;
    let found = copies::find(file, &project);
    if found.is_empty() {
        say(
            ctx,
            Message::new("cli-copies-none").arg("file", file.display()),
        );
        return Ok(EXIT_OK);
    }
    say(
        ctx,
        Message::new("cli-copies-found")
            .arg("file", file.display())
            .num("count", found.len() as f64),
    );
    for c in &found {
        emit(&format!("  {}", c.path.display()));
    }
    if !m.get_flag("merge") {
        say(
            ctx,
            Message::new("cli-copies-hint").arg("file", file.display()),
        );
        return Ok(EXIT_OK);
    }
    for c in &found {
        let copy = open_project(&c.path, ctx)?;
        let came = project.merge_copy(&copy)?;
        say(
            ctx,
            Message::new("cli-merge-from")
                .arg("file", c.path.display())
                .num("count", came.len() as f64),
        );
        for e in &came {
            for line in e.lines(ctx.lang) {
                emit(&format!("  {line}"));
            }
        }
    }
    // The copies are set aside only once their edits are safely saved.
    save_project(&mut project, file, ctx)?;
    let how = if m.get_flag("trash") {
        SetAside::Trash
    } else {
        SetAside::Rename
    };
    for c in &found {
        let to = copies::set_aside(&c.path, how)?;
        let msg = match to {
            Some(to) => Message::new("cli-copies-renamed")
                .arg("file", c.path.display())
                .arg("to", to.display()),
            None => Message::new("cli-copies-trashed").arg("file", c.path.display()),
        };
        say(ctx, msg);
    }
    Ok(conflicts_left(ctx, &project, file))
}
