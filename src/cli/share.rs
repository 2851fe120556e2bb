//! `tiekartta share FILE --server URL`, `tiekartta sync FILE` and
//! `tiekartta open-shared URL ID -o FILE`: a strategy synced through an
//! automerge-repo sync server ([`tiekartta::sync`]). The server and the
//! document id are kept in the file; the file stays the offline copy.

use clap::{Arg, ArgAction, ArgMatches, Command};
use tiekartta::Error;
use tiekartta::i18n::{Lang, Message};

use super::{
    Ctx, EXIT_OK, EXIT_PROBLEM, Subcommand, emit, file_arg, open_project, output_arg, path,
    save_project, say,
};

pub const SHARE: Subcommand = Subcommand {
    name: "share",
    command: share_command,
    run: share,
};

pub const SYNC: Subcommand = Subcommand {
    name: "sync",
    command: sync_command,
    run: sync,
};

pub const OPEN_SHARED: Subcommand = Subcommand {
    name: "open-shared",
    command: open_shared_command,
    run: open_shared,
};

fn text_arg(lang: Lang, id: &'static str, help: &'static str) -> Arg {
    Arg::new(id)
        .required(true)
        .value_name(id.to_uppercase())
        .help(lang.text(help))
}

fn share_command(lang: Lang) -> Command {
    Command::new("share")
        .about(lang.text("cli-share-about"))
        .arg(file_arg(lang, "cli-share-file"))
        .arg(
            Arg::new("server")
                .long("server")
                .required(true)
                .value_name("URL")
                .help(lang.text("cli-share-server")),
        )
}

fn share(m: &ArgMatches, ctx: &Ctx) -> Result<u8, Error> {
    let file = path(m, "file");
    let server = m.get_one::<String>("server").map_or("", String::as_str);
    let mut project = open_project(file, ctx)?;
    let id = tiekartta::sync::share(&mut project, server)?;
    save_project(&mut project, file, ctx)?;
    let server = project
        .sync_settings()
        .sync_server
        .clone()
        .unwrap_or_default();
    say(
        ctx,
        Message::new("cli-shared")
            .arg("file", file.display())
            .arg("server", &server)
            .arg("id", &id),
    );
    say(
        ctx,
        Message::new("cli-shared-hint")
            .arg("server", &server)
            .arg("id", &id),
    );
    Ok(EXIT_OK)
}

fn sync_command(lang: Lang) -> Command {
    Command::new("sync")
        .about(lang.text("cli-sync-about"))
        .arg(file_arg(lang, "cli-sync-file"))
}

fn sync(m: &ArgMatches, ctx: &Ctx) -> Result<u8, Error> {
    let file = path(m, "file");
    let mut project = open_project(file, ctx)?;
    let report = tiekartta::sync::sync(&mut project).map_err(|e| match e {
        tiekartta::sync::SyncError::NotShared { .. } => tiekartta::sync::SyncError::NotShared {
            path: file.display().to_string(),
        },
        e => e,
    })?;
    save_project(&mut project, file, ctx)?;
    let server = project
        .sync_settings()
        .sync_server
        .clone()
        .unwrap_or_default();
    say(
        ctx,
        Message::new("cli-synced")
            .arg("file", file.display())
            .arg("server", server)
            .num("sent", report.sent as f64)
            .num("count", report.incoming.len() as f64),
    );
    for e in &report.incoming {
        for line in e.lines(ctx.lang) {
            emit(&format!("  {line}"));
        }
    }
    if report.conflicts > 0 {
        say(
            ctx,
            Message::new("cli-resolve-left")
                .num("count", report.conflicts as f64)
                .arg("file", file.display()),
        );
    }
    Ok(EXIT_OK)
}

fn open_shared_command(lang: Lang) -> Command {
    Command::new("open-shared")
        .about(lang.text("cli-open-shared-about"))
        .arg(text_arg(lang, "url", "cli-open-shared-server"))
        .arg(text_arg(lang, "id", "cli-open-shared-id"))
        .arg(output_arg(lang, "cli-open-shared-output"))
        .arg(
            Arg::new("force")
                .long("force")
                .action(ArgAction::SetTrue)
                .help(lang.text("cli-arg-force")),
        )
}

fn open_shared(m: &ArgMatches, ctx: &Ctx) -> Result<u8, Error> {
    let url = m.get_one::<String>("url").map_or("", String::as_str);
    let id = m.get_one::<String>("id").map_or("", String::as_str);
    let out = path(m, "output");
    if out.exists() && !m.get_flag("force") {
        say(ctx, Message::new("cli-exists").arg("file", out.display()));
        return Ok(EXIT_PROBLEM);
    }
    let mut project = tiekartta::sync::open_shared(url, id)?;
    project.save(out)?;
    say(
        ctx,
        Message::new("cli-opened-shared")
            .arg("file", out.display())
            .arg("server", url)
            .num("count", project.history()?.len() as f64),
    );
    Ok(EXIT_OK)
}
