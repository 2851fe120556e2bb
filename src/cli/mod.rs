//! The subcommands of the `tiekartta` CLI and what they share.
//!
//! Each subcommand is a module with a [`Subcommand`] constant: a clap command
//! built in the chosen language (so `--help` speaks Finnish, Swedish or
//! English) and a run function. The CLI is a contract that tests and other
//! tools use: exit 0 for success, 1 for a problem with the input (a file that
//! cannot be read, a strategy that is not valid), 2 for a wrong command line,
//! 3 for a merge that left conflicts.

mod changes;
mod check;
mod copies;
mod draft;
mod export;
mod handout;
mod import;
mod info;
mod merge;
mod round;
mod round_status;
mod share;
mod snapshot;
mod update;

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use clap::{Arg, ArgAction, ArgMatches, Command};
use tiekartta::Error;
use tiekartta::i18n::{Lang, Message};
use tiekartta::model::Strategy;
use tiekartta::store::Project;

/// Exit code: everything went well.
pub const EXIT_OK: u8 = 0;
/// Exit code: the input has problems, or an operation failed.
pub const EXIT_PROBLEM: u8 = 1;
/// Exit code: the command line is wrong.
pub const EXIT_USAGE: u8 = 2;

/// What every subcommand gets besides its own arguments.
pub struct Ctx {
    /// The language to speak.
    pub lang: Lang,
    /// The author recorded in the history of edits.
    pub author: String,
}

impl Ctx {
    /// The author of this command's edits, for the history.
    pub fn by(&self) -> tiekartta::store::Author {
        tiekartta::store::Author {
            name: self.author.clone(),
        }
    }
}

/// One subcommand: its localized clap command and what it does.
pub struct Subcommand {
    /// The name typed on the command line.
    pub name: &'static str,
    /// Builds the clap command in a language.
    pub command: fn(Lang) -> Command,
    /// Runs it; returns the exit code.
    pub run: fn(&ArgMatches, &Ctx) -> Result<u8, Error>,
}

/// Every subcommand, in the order `--help` lists them.
const SUBCOMMANDS: &[Subcommand] = &[
    draft::NEW,
    draft::DRAFT,
    import::CMD,
    export::CMD,
    check::CMD,
    info::CMD,
    update::CMD,
    handout::PDF,
    handout::SVG,
    handout::PPTX,
    handout::PNG,
    snapshot::CMD,
    changes::CMD,
    merge::MERGE,
    merge::CONFLICTS,
    merge::RESOLVE,
    merge::LOG,
    copies::CMD,
    share::SHARE,
    share::SYNC,
    share::OPEN_SHARED,
    round::ROUND,
    round::XLSX,
    round::ICS,
];

/// Runs the CLI with `args` (the program name first) and returns the exit code.
/// A wrong command line in the user's language: what is wrong (for the
/// usual mistakes; clap's own words otherwise), the usage line and where
/// the help is.
fn usage_error(e: &clap::Error, lang: Lang) -> String {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let text = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        _ => String::new(),
    };
    let what = match e.kind() {
        ErrorKind::UnknownArgument => {
            Message::new("cli-error-unknown-option").arg("option", text(ContextKind::InvalidArg))
        }
        ErrorKind::InvalidSubcommand => Message::new("cli-error-unknown-command")
            .arg("command", text(ContextKind::InvalidSubcommand)),
        ErrorKind::InvalidValue => Message::new("cli-error-invalid-value")
            .arg("value", text(ContextKind::InvalidValue))
            .arg("option", text(ContextKind::InvalidArg))
            .arg("valid", text(ContextKind::ValidValue)),
        ErrorKind::MissingRequiredArgument => {
            Message::new("cli-error-missing").arg("missing", text(ContextKind::InvalidArg))
        }
        ErrorKind::ArgumentConflict => Message::new("cli-error-conflict")
            .arg("option", text(ContextKind::InvalidArg))
            .arg("other", text(ContextKind::PriorArg)),
        ErrorKind::NoEquals | ErrorKind::WrongNumberOfValues | ErrorKind::TooManyValues => {
            Message::new("cli-error-values").arg("option", text(ContextKind::InvalidArg))
        }
        _ => {
            // Rare mistakes keep clap's own sentence, after ours.
            let own = e.render().to_string();
            let first = own.lines().next().unwrap_or_default();
            let first = first.strip_prefix("error: ").unwrap_or(first).to_owned();
            Message::new("cli-error-other").arg("detail", first)
        }
    };
    let mut out = lang.tr(&what);
    let suggested = text(ContextKind::SuggestedSubcommand);
    if !suggested.is_empty() {
        out.push(' ');
        out.push_str(&lang.tr(&Message::new("cli-error-did-you-mean").arg("command", suggested)));
    }
    let usage = text(ContextKind::Usage);
    if let Some(line) = usage.lines().find(|l| !l.trim().is_empty()) {
        let line = line.trim();
        let line = line.split_once(": ").map_or(line, |(_, rest)| rest);
        out.push_str(&format!(
            "\n{} {}",
            lang.text("cli-usage"),
            with_options_word(line, lang)
        ));
    }
    out.push('\n');
    out.push_str(&lang.text("cli-usage-error"));
    out
}

/// `text` with clap's fixed `[OPTIONS]` in the user's language: `[VALITSIMET]`.
fn with_options_word(text: &str, lang: Lang) -> String {
    text.replace(
        "[OPTIONS]",
        &format!("[{}]", lang.text("cli-options").to_uppercase()),
    )
}

pub fn run(args: Vec<OsString>) -> u8 {
    let lang = lang_from_args(&args).unwrap_or_else(Lang::from_env);
    let matches = match command(lang).try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) => {
            use clap::error::ErrorKind::*;
            return match e.kind() {
                DisplayHelp | DisplayVersion | DisplayHelpOnMissingArgumentOrSubcommand => {
                    print!("{}", with_options_word(&e.render().to_string(), lang));
                    if e.kind() == DisplayHelpOnMissingArgumentOrSubcommand {
                        EXIT_USAGE
                    } else {
                        EXIT_OK
                    }
                }
                _ => {
                    emit_err(&usage_error(&e, lang));
                    EXIT_USAGE
                }
            };
        }
    };
    let author = matches
        .get_one::<String>("author")
        .cloned()
        .or_else(|| {
            std::env::var("TIEKARTTA_AUTHOR")
                .ok()
                .filter(|s| !s.trim().is_empty())
        })
        // The login name, as each platform keeps it; else no name (shown
        // as "unknown" in the reader's language, never stored as a word).
        .or_else(|| {
            ["USER", "LOGNAME", "USERNAME"]
                .iter()
                .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
        })
        .unwrap_or_default();
    let ctx = Ctx { lang, author };
    let Some((name, sub)) = matches.subcommand() else {
        let _ = command(lang).print_help();
        return EXIT_USAGE;
    };
    let Some(cmd) = SUBCOMMANDS.iter().find(|c| c.name == name) else {
        return EXIT_USAGE;
    };
    match (cmd.run)(sub, &ctx) {
        Ok(code) => code,
        Err(e) => {
            emit_err(&e.to_text(lang));
            EXIT_PROBLEM
        }
    }
}

/// `--lang X` or `--lang=X` anywhere on the command line, read before clap so
/// that `--help` itself is in that language.
fn lang_from_args(args: &[OsString]) -> Option<Lang> {
    let mut it = args.iter().map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--lang" {
            return it.next().and_then(|v| Lang::parse(&v));
        }
        if let Some(v) = a.strip_prefix("--lang=") {
            return Lang::parse(v);
        }
    }
    None
}

fn command(lang: Lang) -> Command {
    let mut cmd = localize(
        Command::new("tiekartta")
            .version(env!("CARGO_PKG_VERSION"))
            .about(lang.text("cli-about"))
            .subcommand_required(true)
            .disable_help_subcommand(true)
            .subcommand_help_heading(lang.text("cli-commands"))
            .subcommand_value_name(lang.text("cli-command"))
            .arg(
                Arg::new("lang")
                    .long("lang")
                    .global(true)
                    .value_name("fi|sv|en")
                    .value_parser(["fi", "sv", "en"])
                    .hide_possible_values(true)
                    .help_heading(lang.text("cli-options"))
                    .help(lang.text("cli-arg-lang")),
            )
            .arg(
                Arg::new("author")
                    .long("author")
                    .global(true)
                    .value_name(lang.text("cli-name"))
                    .help_heading(lang.text("cli-options"))
                    .help(lang.text("cli-arg-author")),
            ),
        lang,
    );
    for sub in SUBCOMMANDS {
        cmd = cmd.subcommand(localize((sub.command)(lang), lang));
    }
    cmd
}

/// Gives a command Finnish/Swedish/English headings and help flags.
pub(crate) fn localize(cmd: Command, lang: Lang) -> Command {
    let (options, arguments) = (lang.text("cli-options"), lang.text("cli-arguments"));
    cmd.mut_args(move |a| match a.get_help_heading() {
        Some(_) => a,
        None if a.is_positional() => a.help_heading(arguments.clone()),
        None if a.get_action().takes_values() => {
            a.help_heading(options.clone()).hide_possible_values(true)
        }
        None => a.help_heading(options.clone()),
    })
    .disable_help_flag(true)
    .disable_version_flag(true)
    .help_template(format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        lang.text("cli-usage")
    ))
    .next_help_heading(lang.text("cli-options"))
    .arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(lang.text("cli-arg-help")),
    )
}

/// A required input file argument.
pub fn file_arg(lang: Lang, help: &'static str) -> Arg {
    Arg::new("file")
        .required(true)
        .value_name(lang.text("cli-file"))
        .value_parser(clap::value_parser!(PathBuf))
        .help(lang.text(help))
}

/// The `-o OUT` argument.
pub fn output_arg(lang: Lang, help: &'static str) -> Arg {
    Arg::new("output")
        .short('o')
        .long("output")
        .required(true)
        .value_name(lang.text("cli-file"))
        .value_parser(clap::value_parser!(PathBuf))
        .help(lang.text(help))
}

/// The `--today DATE` argument: the day taken as today.
pub fn today_arg(lang: Lang) -> Arg {
    Arg::new("today")
        .long("today")
        .value_name(lang.text("cli-date"))
        .help(lang.text("cli-arg-today"))
}

/// The day `--today` names, in any form a date is written (22.11.2026,
/// 11/2026, 2026, ISO): a month or a year stands for its first day. Today
/// when not given; an unreadable date is said and is a usage error.
pub fn today(m: &ArgMatches, lang: Lang) -> Result<chrono::NaiveDate, u8> {
    match m.get_one::<String>("today") {
        Some(t) => match tiekartta::model::PlanDate::parse(t) {
            Ok(d) => Ok(d.first_day()),
            Err(_) => {
                emit_err(&lang.tr(&Message::new("model-invalid-date").arg("text", t)));
                Err(EXIT_USAGE)
            }
        },
        None => Ok(chrono::Local::now().date_naive()),
    }
}

/// A path argument that clap has already required.
pub fn path<'a>(m: &'a ArgMatches, id: &str) -> &'a Path {
    m.get_one::<PathBuf>(id)
        .map(PathBuf::as_path)
        .unwrap_or(Path::new(""))
}

/// Reads a text file as interchange JSON may be (the session's open rule).
pub fn read_text(path: &Path) -> Result<String, Error> {
    tiekartta::session::open::read_text(path)
}

/// Loads a strategy from interchange JSON or a project file, by the same
/// rule as the app; a project's history is checked as [`open_project`]
/// does.
pub fn load_strategy(path: &Path, ctx: &Ctx) -> Result<Strategy, Error> {
    let loaded = tiekartta::session::open::load(path)?;
    match loaded.project {
        Some(mut project) => {
            warn_repaired(&mut project, ctx)?;
            Ok(project.strategy().clone())
        }
        None => Ok(loaded.strategy),
    }
}

/// Opens a project file with its history loaded and the strategy checked
/// against it: what had to be mended (the history wins) is said on
/// standard error, and the command goes on with the history's strategy.
pub fn open_project(path: &Path, ctx: &Ctx) -> Result<Project, Error> {
    let mut project = Project::open(path)?;
    warn_repaired(&mut project, ctx)?;
    Ok(project)
}

/// Waits for the history and says on standard error what had to be mended.
fn warn_repaired(project: &mut Project, ctx: &Ctx) -> Result<(), Error> {
    if let Some(repair) = project.verify()? {
        emit_err(&ctx.lang.tr(&repair.message()));
    }
    Ok(())
}

/// Saves a project and says what another program's save brought in first.
pub fn save_project(project: &mut Project, path: &Path, ctx: &Ctx) -> Result<(), Error> {
    let report = project.save(path)?;
    if !report.incoming.is_empty() {
        say(
            ctx,
            Message::new("cli-save-merged")
                .arg("file", path.display())
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
                Message::new("cli-save-merged-conflicts")
                    .arg("file", path.display())
                    .num("count", report.conflicts as f64),
            );
        }
    }
    Ok(())
}

/// Writes a file atomically: a temporary file beside it, then a rename.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    tiekartta::session::open::write_atomically(path, bytes)
}

/// Prints a message in the chosen language.
pub fn say(ctx: &Ctx, message: Message) {
    emit(&ctx.lang.tr(&message));
}

/// Prints `text` on standard output, line by line, through [`term`].
pub fn emit(text: &str) {
    for line in text.split('\n') {
        println!("{}", term(line));
    }
}

/// Prints `text` on standard error, line by line, through [`term`].
pub fn emit_err(text: &str) {
    for line in text.split('\n') {
        eprintln!("{}", term(line));
    }
}

/// `line` safe for a terminal: every control character (C0, DEL, C1) and
/// every bidi embedding, override or isolate (U+202A–U+202E,
/// U+2066–U+2069) is shown as its escape, `\u{1b}`, so a name cannot
/// recolour, move or reorder what the terminal shows. Everything the CLI
/// prints goes through here ([`emit`], [`emit_err`], [`say`]).
pub fn term(line: &str) -> std::borrow::Cow<'_, str> {
    let hostile = |c: char| {
        c.is_control()
            || ('\u{202a}'..='\u{202e}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c)
    };
    if !line.chars().any(hostile) {
        return line.into();
    }
    let mut shown = String::with_capacity(line.len() + 8);
    for c in line.chars() {
        if hostile(c) {
            shown.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            shown.push(c);
        }
    }
    shown.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_and_bidi_characters_are_shown_as_escapes_and_the_rest_as_is() {
        assert_eq!(
            term("\x1b[31mPunainen\u{202e}\u{7f}\u{9b}\u{2069}\t"),
            "\\u{1b}[31mPunainen\\u{202e}\\u{7f}\\u{9b}\\u{2069}\\u{9}"
        );
        let plain = "Åbolands samarbete – ”ok” ⏎ \u{200d}";
        assert!(matches!(term(plain), std::borrow::Cow::Borrowed(p) if p == plain));
    }

    #[test]
    fn every_subcommand_builds_in_every_language() {
        for lang in Lang::ALL {
            command(lang).debug_assert();
        }
    }
}
