//! `tiekartta export IN -o OUT.json`: write canonical interchange JSON.

use clap::{ArgMatches, Command};
use tiekartta::Error;
use tiekartta::i18n::{Lang, Message};
use tiekartta::interchange::to_json;

use super::{
    Ctx, EXIT_OK, Subcommand, file_arg, load_strategy, output_arg, path, say, write_atomically,
};

pub const CMD: Subcommand = Subcommand {
    name: "export",
    command,
    run,
};

fn command(lang: Lang) -> Command {
    Command::new("export")
        .about(lang.text("cli-export-about"))
        .arg(file_arg(lang, "cli-export-file"))
        .arg(output_arg(lang, "cli-export-output"))
}

fn run(m: &ArgMatches, ctx: &Ctx) -> Result<u8, Error> {
    let strategy = load_strategy(path(m, "file"), ctx)?;
    let out = path(m, "output");
    if out == std::path::Path::new("-") {
        // `-o -`: the JSON on standard output, for a pipe.
        use std::io::Write;
        let mut stdout = std::io::stdout().lock();
        stdout
            .write_all(to_json(&strategy).as_bytes())
            .and_then(|()| stdout.flush())
            .map_err(|e| Error::io(out, e))?;
        return Ok(EXIT_OK);
    }
    write_atomically(out, to_json(&strategy).as_bytes())?;
    say(
        ctx,
        Message::new("cli-export-done").arg("file", out.display()),
    );
    Ok(EXIT_OK)
}
