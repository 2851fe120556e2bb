//! `tiekartta merge A B [C…] -o OUT`, `conflicts FILE`,
//! `resolve FILE CONFLICT-ID --take VALUE-ID` and `log FILE`: merging copies
//! of a project file, the conflicts left, choosing, and the history.
//!
//! `merge` and `conflicts` exit 0 when no conflict is left and 3 when some
//! are; so does `resolve` after its choice. The input copies of `merge` are
//! never written.

use std::path::{Path, PathBuf};

use clap::{Arg, ArgAction, ArgMatches, Command};
use serde_json::Value as Json;
use tiekartta::Error;
use tiekartta::i18n::{Lang, Message};
use tiekartta::merge::{Conflict, ConflictKind, MergeError, merge_all};
use tiekartta::store::{Project, entity_message};

use super::{
    Ctx, EXIT_OK, EXIT_PROBLEM, Subcommand, emit, file_arg, open_project, output_arg, path,
    save_project, say,
};

/// Exit code: the result has conflicts nobody has chosen yet.
pub const EXIT_CONFLICTS: u8 = 3;

/// `tiekartta merge`.
pub const MERGE: Subcommand = Subcommand {
    name: "merge",
    command: merge_command,
    run: merge_run,
};
/// `tiekartta conflicts`.
pub const CONFLICTS: Subcommand = Subcommand {
    name: "conflicts",
    command: conflicts_command,
    run: conflicts_run,
};
/// `tiekartta resolve`.
pub const RESOLVE: Subcommand = Subcommand {
    name: "resolve",
    command: resolve_command,
    run: resolve_run,
};
/// `tiekartta log`.
pub const LOG: Subcommand = Subcommand {
    name: "log",
    command: log_command,
    run: log_run,
};

fn merge_command(lang: Lang) -> Command {
    Command::new("merge")
        .about(lang.text("cli-merge-about"))
        .arg(
            Arg::new("copies")
                .required(true)
                .num_args(2..)
                .value_name(lang.text("cli-file"))
                .value_parser(clap::value_parser!(PathBuf))
                .help(lang.text("cli-merge-copies")),
        )
        .arg(output_arg(lang, "cli-merge-output"))
}

fn conflicts_command(lang: Lang) -> Command {
    Command::new("conflicts")
        .about(lang.text("cli-conflicts-about"))
        .arg(file_arg(lang, "cli-conflicts-file"))
}

fn resolve_command(lang: Lang) -> Command {
    Command::new("resolve")
        .about(lang.text("cli-resolve-about"))
        .arg(file_arg(lang, "cli-resolve-file"))
        .arg(
            Arg::new("conflict")
                .required(true)
                .value_name("CONFLICT-ID")
                .help(lang.text("cli-resolve-conflict")),
        )
        .arg(
            Arg::new("take")
                .long("take")
                .required(true)
                .action(ArgAction::Set)
                .value_name("VALUE-ID")
                .help(lang.text("cli-resolve-take")),
        )
}

fn log_command(lang: Lang) -> Command {
    Command::new("log")
        .about(lang.text("cli-log-about"))
        .arg(file_arg(lang, "cli-log-file"))
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(x), Ok(y)) => x == y,
        _ => a == b,
    }
}

fn merge_run(m: &ArgMatches, ctx: &Ctx) -> Result<u8, Error> {
    let inputs: Vec<PathBuf> = m
        .get_many::<PathBuf>("copies")
        .map(|v| v.cloned().collect())
        .unwrap_or_default();
    let out = path(m, "output");
    if inputs.iter().any(|i| same_file(i, out)) {
        say(
            ctx,
            Message::new("cli-merge-output-is-input").arg("file", out.display()),
        );
        return Ok(EXIT_PROBLEM);
    }
    if inputs.len() < 2 {
        return Err(MergeError::TooFewCopies.into());
    }
    let projects = inputs
        .iter()
        .map(|p| open_project(p, ctx))
        .collect::<Result<Vec<_>, _>>()?;
    let names: Vec<String> = inputs.iter().map(|p| p.display().to_string()).collect();
    let copies: Vec<(&str, &Project)> = names
        .iter()
        .map(String::as_str)
        .zip(projects.iter())
        .collect();
    let (mut merged, report) = merge_all(&copies)?;
    save_project(&mut merged, out, ctx)?;
    for (name, entries) in names.iter().zip(&report.incoming) {
        say(
            ctx,
            Message::new("cli-merge-from")
                .arg("file", name)
                .num("count", entries.len() as f64),
        );
        for e in entries {
            for line in e.lines(ctx.lang) {
                emit(&format!("  {line}"));
            }
        }
    }
    // The merge's summary keeps each value to a line; `conflicts` shows them whole.
    print_conflicts(ctx, &report.conflicts, Some(SUMMARY_CHARS));
    if report.conflicts.is_empty() {
        say(
            ctx,
            Message::new("cli-merge-done").arg("file", out.display()),
        );
        Ok(EXIT_OK)
    } else {
        say(
            ctx,
            Message::new("cli-merge-done-conflicts")
                .arg("file", out.display())
                .num("count", report.conflicts.len() as f64),
        );
        Ok(EXIT_CONFLICTS)
    }
}

fn conflicts_run(m: &ArgMatches, ctx: &Ctx) -> Result<u8, Error> {
    let project = open_project(path(m, "file"), ctx)?;
    if project.conflicts().is_empty() {
        say(ctx, Message::new("cli-conflicts-none"));
        return Ok(EXIT_OK);
    }
    print_conflicts(ctx, project.conflicts(), None);
    Ok(EXIT_CONFLICTS)
}

fn resolve_run(m: &ArgMatches, ctx: &Ctx) -> Result<u8, Error> {
    let file = path(m, "file");
    let id = m.get_one::<String>("conflict").cloned().unwrap_or_default();
    let take = m.get_one::<String>("take").cloned().unwrap_or_default();
    let mut project = open_project(file, ctx)?;
    project.resolve(&id, &take, &ctx.by())?;
    save_project(&mut project, file, ctx)?;
    say(
        ctx,
        Message::new("cli-resolve-done")
            .arg("id", &id)
            .arg("value", &take),
    );
    Ok(conflicts_left(ctx, &project, file))
}

/// Says how many conflicts `project` (saved as `file`) still has; the exit
/// code: 0 when none, 3 when some.
pub fn conflicts_left(ctx: &Ctx, project: &Project, file: &Path) -> u8 {
    let left = project.conflicts().len();
    if left == 0 {
        say(ctx, Message::new("cli-conflicts-none"));
        EXIT_OK
    } else {
        say(
            ctx,
            Message::new("cli-resolve-left")
                .num("count", left as f64)
                .arg("file", file.display()),
        );
        EXIT_CONFLICTS
    }
}

fn log_run(m: &ArgMatches, ctx: &Ctx) -> Result<u8, Error> {
    let project = open_project(path(m, "file"), ctx)?;
    for entry in project.history()? {
        for line in entry.lines(ctx.lang) {
            emit(&line);
        }
    }
    Ok(EXIT_OK)
}

/// How many characters of a value the merge's summary shows.
const SUMMARY_CHARS: usize = 160;

/// A value as one readable line, cut to `limit` characters if given.
fn value_text(lang: Lang, v: &Json, limit: Option<usize>) -> String {
    let text = match v {
        Json::Null => lang.text("cli-conflict-nothing"),
        Json::String(s) => format!("“{s}”"),
        Json::Object(o) => o
            .get("name")
            .and_then(Json::as_str)
            .map(|n| format!("“{n}”"))
            .unwrap_or_else(|| v.to_string()),
        other => other.to_string(),
    };
    let one_line = text.replace('\n', " ⏎ ");
    match limit {
        Some(n) if one_line.chars().count() > n => {
            format!("{}…", one_line.chars().take(n).collect::<String>())
        }
        _ => one_line,
    }
}

fn print_conflicts(ctx: &Ctx, conflicts: &[Conflict], limit: Option<usize>) {
    let lang = ctx.lang;
    for c in conflicts {
        let kind = match c.kind {
            ConflictKind::Field => "cli-conflict-field",
            ConflictKind::Moved => "cli-conflict-moved",
            ConflictKind::EditDelete => "cli-conflict-edit-delete",
            ConflictKind::BothAdded => "cli-conflict-both-added",
            ConflictKind::Text => "cli-conflict-text",
        };
        let entity = lang.text(entity_message(&c.entity));
        let name = if c.name.is_empty() {
            c.entity_id.clone()
        } else {
            c.name.clone()
        };
        say(
            ctx,
            Message::new(kind)
                .arg("id", &c.id)
                .arg("entity", entity)
                .arg("name", name)
                .arg("field", ctx.lang.field(&c.field)),
        );
        for v in &c.values {
            let shown = match (c.kind, v.id.as_str()) {
                (ConflictKind::EditDelete, "keep") => lang.text("cli-conflict-keep"),
                (ConflictKind::EditDelete, _) => lang.text("cli-conflict-delete"),
                _ => value_text(lang, &v.value, limit),
            };
            let default = if v.id == c.default {
                lang.text("cli-conflict-default")
            } else {
                String::new()
            };
            let line = ctx.lang.tr(&Message::new("cli-conflict-value")
                .arg("value", &v.id)
                .arg("text", shown)
                .arg(
                    "authors",
                    v.authors
                        .iter()
                        .map(|a| {
                            if a.is_empty() {
                                lang.text("store-unknown-author")
                            } else {
                                a.clone()
                            }
                        })
                        .collect::<Vec<_>>()
                        .join(", "),
                )
                .arg("default", default));
            emit(&format!("  {}", line.trim_end()));
        }
    }
    if !conflicts.is_empty() {
        say(ctx, Message::new("cli-conflicts-how"));
    }
}
