//! `tiekartta import IN.json -o OUT.tiekartta`: build a project file; and
//! Excel in, by the input's extension: `tiekartta import LIST.xlsx|.csv`
//! maps an action list into a new strategy (`-o`), into an existing one as
//! one recorded edit (`--into`), or only shows the mapping (`--preview`, and
//! whenever there is nowhere to write).

use std::path::{Path, PathBuf};

use clap::{Arg, ArgAction, ArgMatches, Command};
use tiekartta::Error;
use tiekartta::edit;
use tiekartta::i18n::{Lang, Message};
use tiekartta::interchange::from_json;
use tiekartta::round::{self, ListImport, ListPreview, MAX_FILE_BYTES, RoundError};
use tiekartta::store::Project;
use tiekartta::validate::{Severity, validate};

use super::{
    Ctx, EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, Subcommand, emit, emit_err, file_arg, open_project,
    path, read_text, save_project, say,
};

pub const CMD: Subcommand = Subcommand {
    name: "import",
    command,
    run,
};

fn command(lang: Lang) -> Command {
    Command::new("import")
        .about(lang.text("cli-import-list-about"))
        .arg(file_arg(lang, "cli-import-list-file"))
        .arg(
            Arg::new("output")
                .short('o')
                .long("output")
                .required_unless_present_any(["into", "preview"])
                .conflicts_with("into")
                .value_name(lang.text("cli-file"))
                .value_parser(clap::value_parser!(PathBuf))
                .help(lang.text("cli-import-output")),
        )
        .arg(
            Arg::new("into")
                .long("into")
                .value_name(lang.text("cli-file"))
                .value_parser(clap::value_parser!(PathBuf))
                .help(lang.text("cli-import-into")),
        )
        .arg(
            Arg::new("preview")
                .long("preview")
                .action(ArgAction::SetTrue)
                .help(lang.text("cli-import-preview")),
        )
        .arg(
            Arg::new("force")
                .long("force")
                .action(ArgAction::SetTrue)
                .help(lang.text("cli-arg-force")),
        )
        .arg(super::today_arg(lang))
}

fn run(m: &ArgMatches, ctx: &Ctx) -> Result<u8, Error> {
    let input = path(m, "file");
    if round::is_spreadsheet(input) {
        return run_list(m, ctx, input);
    }
    let Some(out) = m.get_one::<PathBuf>("output") else {
        say(
            ctx,
            Message::new("cli-error-missing").arg("missing", "--output"),
        );
        return Ok(EXIT_USAGE);
    };
    let strategy = from_json(&read_text(input)?)?;
    create(
        strategy,
        &input.display().to_string(),
        out,
        m.get_flag("force"),
        ctx,
    )
}

/// Writes `strategy`, read from `shown`, as the new project file `out`:
/// refused when it has errors (each said) or `out` exists without `force`.
fn create(
    strategy: tiekartta::model::Strategy,
    shown: &str,
    out: &Path,
    force: bool,
    ctx: &Ctx,
) -> Result<u8, Error> {
    let problems = validate(&strategy);
    if problems.iter().any(|p| p.severity == Severity::Error) {
        for p in &problems {
            emit(&p.to_line(ctx.lang));
        }
        say(ctx, Message::new("cli-import-invalid").arg("file", shown));
        return Ok(EXIT_PROBLEM);
    }
    if out.exists() && !force {
        say(ctx, Message::new("cli-exists").arg("file", out.display()));
        return Ok(EXIT_PROBLEM);
    }
    let mut project = Project::create(strategy, &ctx.by())?;
    project.save(out)?;
    say(
        ctx,
        Message::new("cli-import-done").arg("file", out.display()),
    );
    Ok(EXIT_OK)
}

/// The list's bytes, refused unread when the file is over the limit.
fn read_list_bytes(input: &Path) -> Result<Vec<u8>, Error> {
    let meta = std::fs::metadata(input).map_err(|e| Error::io(input, e))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(RoundError::TooLarge {
            file: input.display().to_string(),
            max: MAX_FILE_BYTES,
        }
        .into());
    }
    std::fs::read(input).map_err(|e| Error::io(input, e))
}

fn run_list(m: &ArgMatches, ctx: &Ctx, input: &Path) -> Result<u8, Error> {
    let shown = input.display().to_string();
    let bytes = read_list_bytes(input)?;
    let into = m.get_one::<PathBuf>("into");
    let mut project = into.map(|f| open_project(f, ctx)).transpose()?;
    let base = project
        .as_ref()
        .map(|p| p.strategy().clone())
        .unwrap_or_default();
    // The day a status the list changes is dated.
    let today = match super::today(m, ctx.lang) {
        Ok(d) => d,
        Err(code) => return Ok(code),
    };
    let import = round::read_list(&shown, &bytes, &base, today)?;
    show_preview(&import.preview, ctx.lang);
    for p in &import.problems {
        emit_err(&p.to_text(ctx.lang));
    }
    let out = m.get_one::<PathBuf>("output");
    if m.get_flag("preview") || (out.is_none() && into.is_none()) {
        say(ctx, Message::new("cli-import-preview-only"));
        return Ok(EXIT_OK);
    }
    match (project.as_mut(), into, out) {
        (Some(project), Some(file), _) => into_project(project, file, &import, ctx),
        (_, _, Some(out)) => new_project(out, &import, m.get_flag("force"), ctx),
        _ => Ok(EXIT_OK),
    }
}

/// Adds what is new to the project as one recorded edit.
fn into_project(
    project: &mut Project,
    file: &Path,
    import: &ListImport,
    ctx: &Ctx,
) -> Result<u8, Error> {
    if import.preview.is_empty() {
        say(
            ctx,
            Message::new("cli-import-into-nothing").arg("file", file.display()),
        );
        return Ok(EXIT_OK);
    }
    let mut edited = project.strategy().clone();
    edit::apply(&mut edited, &import.change)?;
    project.apply(edited, &ctx.by())?;
    save_project(project, file, ctx)?;
    say(
        ctx,
        Message::new("cli-import-into-done").arg("file", file.display()),
    );
    Ok(EXIT_OK)
}

/// Writes a new project file of the list.
fn new_project(out: &Path, import: &ListImport, force: bool, ctx: &Ctx) -> Result<u8, Error> {
    let strategy = round::list_strategy(import)?;
    create(strategy, &import.preview.file, out, force, ctx)
}

/// The mapping found, on standard output.
fn show_preview(p: &ListPreview, lang: Lang) {
    emit(
        &lang.tr(&Message::new("cli-import-preview-sheet")
            .arg("sheet", &p.sheet)
            .arg("row", p.header_row)
            .arg("rows", p.rows)),
    );
    for c in &p.columns {
        let field = lang.text(c.field.map_or("list-field-none", |f| f.message_id()));
        emit(&format!(
            "  {}",
            lang.tr(&Message::new("cli-import-preview-column")
                .arg("column", &c.column)
                .arg("header", &c.header)
                .arg("field", field))
        ));
    }
    let counts = |id, c: &round::ListCounts| {
        Message::new(id)
            .arg("themes", c.themes)
            .arg("goals", c.goals)
            .arg("added", c.actions)
            .arg("owners", c.owners)
    };
    emit(&lang.tr(&counts("cli-import-preview-new", &p.new)));
    if p.existing != Default::default() {
        emit(&lang.tr(&counts("cli-import-preview-existing", &p.existing)));
    }
    if !p.updated.is_empty() {
        emit(
            &lang
                .tr(&Message::new("cli-import-preview-updated")
                    .num("count", p.updated.len() as f64)),
        );
        for u in &p.updated {
            emit(&format!("  {}", round::update_text(u, lang)));
        }
    }
    if !p.not_understood.is_empty() {
        emit(
            &lang
                .tr(&Message::new("cli-import-preview-problems")
                    .arg("rows", p.not_understood.len())),
        );
    }
}
