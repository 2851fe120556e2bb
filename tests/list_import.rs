//! Excel in with real clients: an action list written by Python's openpyxl
//! as a town keeps it (Swedish headers in a shuffled order, a title row, the
//! theme in a merged cell, real date cells beside typed dates, a status
//! drop-down, one date left wrong), and one re-saved by LibreOffice
//! (headless), brought in with `tiekartta import`: into a new strategy, and
//! into an existing project as one recorded edit.
//!
//! Needs `soffice` (Debian `libreoffice-calc`) and Python's `openpyxl`
//! (`scripts/setup.sh --test` installs both).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failing test

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tiekartta::model::{PlanDate, Status, Strategy};
use tiekartta::store::Project;

fn tiekartta(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tiekartta"))
        .args(args)
        .env("TIEKARTTA_LANG", "fi")
        .env("TIEKARTTA_AUTHOR", "Strategiapäällikkö")
        .output()
        .expect("the tiekartta binary runs")
}

/// What it said: its standard output, then its standard error.
fn said(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn run(cmd: &str, args: &[&str]) {
    let out = Command::new(cmd)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{cmd} runs (scripts/setup.sh --test installs it): {e}"));
    assert!(
        out.status.success(),
        "{cmd} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The list `lang` (`sv`, `fi`) as tests/round/list.py writes it.
fn written_list(lang: &str, dir: &Path) -> PathBuf {
    let file = dir.join(format!("lista-{lang}.xlsx"));
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/round/list.py");
    run("python3", &[s(&script), lang, s(&file)]);
    file
}

fn libreoffice_resave(file: &Path, dir: &Path) -> PathBuf {
    std::fs::create_dir_all(dir).unwrap();
    let profile = format!("-env:UserInstallation=file://{}", s(&dir.join("profile")));
    run(
        "soffice",
        &[
            &profile,
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            s(dir),
            s(file),
        ],
    );
    let saved = dir.join(file.file_name().unwrap());
    let bytes = std::fs::read(&saved).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut app = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("docProps/app.xml").unwrap(), &mut app).unwrap();
    assert!(
        app.contains("LibreOffice"),
        "re-saved by LibreOffice: {app}"
    );
    saved
}

fn action<'a>(s: &'a Strategy, name: &str) -> &'a tiekartta::model::Action {
    s.actions
        .iter()
        .find(|a| a.name == name)
        .unwrap_or_else(|| panic!("no action {name}"))
}

fn owners(s: &Strategy, name: &str) -> Vec<String> {
    action(s, name)
        .owners
        .iter()
        .map(|o| s.owner(o).unwrap().name.clone())
        .collect()
}

fn theme_and_goal(s: &Strategy, name: &str) -> (String, String) {
    let a = action(s, name);
    let t = s.themes.iter().find(|t| t.id == a.theme).unwrap();
    let g = t
        .goals
        .iter()
        .find(|g| Some(&g.id) == a.goal.as_ref())
        .unwrap();
    (t.name.clone(), g.name.clone())
}

#[test]
fn a_swedish_list_written_by_openpyxl_in_a_shuffled_order_becomes_a_strategy() {
    let tmp = tempfile::tempdir().unwrap();
    let list = written_list("sv", tmp.path());
    let out = tmp.path().join("ny.tiekartta");
    let o = tiekartta(&["--lang", "sv", "import", s(&list), "-o", s(&out)]);
    let (stdout, stderr) = (
        String::from_utf8_lossy(&o.stdout).to_string(),
        String::from_utf8_lossy(&o.stderr).to_string(),
    );
    assert_eq!(o.status.code(), Some(0), "{stdout}{stderr}");
    // The mapping found, column by column.
    for line in [
        "Bladet ”Åtgärdsplan”, rubrikrad 3, åtgärdsrader 5:",
        "A ”Ansvarig” → ansvarig",
        "G ”Tema” → tema",
        "H ”Kommentar” → (används inte)",
        "Nytt: teman 2, mål 2, åtgärder 5, ansvariga 5.",
    ] {
        assert!(stdout.contains(line), "{line} in {stdout}");
    }
    // The one wrong cell, by file, sheet, row and column; nothing else.
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("blad Åtgärdsplan, rad 8, kolumn F: ”nästa år” är inget datum"),
        "{stderr}"
    );

    let st = Project::open(&out).unwrap().strategy().clone();
    assert_eq!(st.actions.len(), 5);
    // The merged theme cell and the goal beside it carry down to its rows.
    assert_eq!(
        theme_and_goal(&st, "Läsfrämjande"),
        ("Bildning".into(), "Språket lever".into())
    );
    assert_eq!(
        theme_and_goal(&st, "Nattvandring"),
        ("Trygghet".into(), "Trygga gator".into())
    );
    // Owners by name, split and shared.
    assert_eq!(owners(&st, "Språkbad B"), ["Bildningsdirektör", "Rektor"]);
    assert_eq!(
        action(&st, "Språkbad A").owners,
        action(&st, "Språkbad B").owners[..1]
    );
    // A real date cell, a month, a year, a Finnish day, statuses in Swedish.
    let a = action(&st, "Språkbad A");
    assert_eq!(a.start, Some(PlanDate::parse("15.8.2026").unwrap()));
    assert_eq!(a.due, Some(PlanDate::parse("6/2027").unwrap()));
    assert_eq!(a.status, Status::OnTrack);
    let b = action(&st, "Språkbad B");
    assert_eq!(b.due, Some(PlanDate::parse("31.5.2028").unwrap()));
    assert_eq!(b.status, Status::NotStarted);
    assert_eq!(action(&st, "Läsfrämjande").status, Status::Done);
    assert_eq!(action(&st, "Belysning i parker").status, Status::Late);
    assert_eq!(action(&st, "Nattvandring").start, None);
    assert_eq!(
        st.period.map(|p| p.to_finnish()),
        Some("2026–2028".to_owned())
    );
}

#[test]
fn a_finnish_list_resaved_by_libreoffice_maps_as_the_list_it_was() {
    let tmp = tempfile::tempdir().unwrap();
    let list = written_list("fi", tmp.path());
    let resaved = libreoffice_resave(&list, &tmp.path().join("libreoffice"));
    let preview = |f: &Path| {
        let o = tiekartta(&["import", s(f), "--preview"]);
        assert_eq!(o.status.code(), Some(0));
        (
            String::from_utf8_lossy(&o.stdout).to_string(),
            String::from_utf8_lossy(&o.stderr).replace(s(f), "LISTA"),
        )
    };
    let (before, after) = (preview(&list), preview(&resaved));
    assert_eq!(before, after, "LibreOffice's save maps the same");
    assert!(
        before
            .0
            .contains("Uutta: teemoja 2, tavoitteita 2, toimenpiteitä 5, vastuutahoja 5.")
    );
    assert!(!tmp.path().join("ny.tiekartta").exists());

    let out = tmp.path().join("ny.tiekartta");
    let o = tiekartta(&["import", s(&resaved), "-o", s(&out)]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let st = Project::open(&out).unwrap().strategy().clone();
    assert_eq!(
        action(&st, "Språkbad A").start,
        Some(PlanDate::parse("15.8.2026").unwrap()),
        "the date cell is still a date after LibreOffice"
    );
    assert_eq!(action(&st, "Språkbad A").status, Status::OnTrack);
    assert_eq!(
        theme_and_goal(&st, "Läsfrämjande"),
        ("Sivistys".into(), "Kieli elää".into())
    );
}

#[test]
fn a_list_into_an_existing_project_is_one_edit_by_its_author_and_twice_is_once() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("kierros.tiekartta");
    let mut base = support::round::strategy();
    base.themes[0].name = "Sivistys".into();
    support::create_file(&file, base.clone(), "Joku muu");
    let before = Project::open(&file).unwrap().history().unwrap().len();
    let list = written_list("fi", tmp.path());

    let o = tiekartta(&["import", s(&list), "--into", s(&file)]);
    let stdout = String::from_utf8_lossy(&o.stdout).to_string();
    assert_eq!(o.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("Uutta: teemoja 1, tavoitteita 2, toimenpiteitä 5"),
        "{stdout}"
    );
    assert!(stdout.contains("Lisätty tiedostoon"), "{stdout}");
    let mut p = Project::open(&file).unwrap();
    p.verify().unwrap();
    let history = p.history().unwrap();
    assert_eq!(history.len(), before + 1, "one recorded edit");
    assert_eq!(history.last().unwrap().author, "Strategiapäällikkö");
    let st = p.strategy().clone();
    // What was there is untouched; the list's Sivistys is the existing theme.
    for a in &base.actions {
        assert_eq!(st.actions.iter().find(|x| x.id == a.id), Some(a));
    }
    assert_eq!(action(&st, "Läsfrämjande").theme, base.themes[0].id);
    assert_eq!(st.themes.len(), 2);

    let o = tiekartta(&["import", s(&list), "--into", s(&file)]);
    assert_eq!(o.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&o.stdout).contains("ei ollut mitään uutta"));
    let p = Project::open(&file).unwrap();
    assert_eq!(
        p.history().unwrap().len(),
        before + 1,
        "the same list twice is once"
    );
    assert_eq!(p.strategy(), &st);
}

#[test]
fn a_list_edited_in_excel_and_taken_in_again_updates_its_actions_and_an_empty_cell_changes_nothing()
{
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("kierros.tiekartta");
    support::create_file(&file, support::round::strategy(), "Strategiapäällikkö");
    let list = written_list("fi", tmp.path());
    let o = tiekartta(&["import", s(&list), "--into", s(&file)]);
    assert_eq!(o.status.code(), Some(0), "{}", said(&o));
    let before = Project::open(&file).unwrap();
    let (history, st) = (before.history().unwrap().len(), before.strategy().clone());

    // The lead moves one action's due, marks it under way, and clears
    // another's start cell: the list is edited by openpyxl, as in Excel.
    let edited = tmp.path().join("lista-muokattu.xlsx");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/round/list_edit.py");
    run(
        "python3",
        &[
            s(&script),
            s(&list),
            s(&edited),
            "Läsfrämjande",
            "Valmistuu=6/2028",
            "Tila=Käynnissä",
        ],
    );
    let cleared = tmp.path().join("lista-tyhja.xlsx");
    run(
        "python3",
        &[
            s(&script),
            s(&edited),
            s(&cleared),
            "Språkbad B",
            "Aloitus=",
        ],
    );

    let preview = tiekartta(&["import", s(&cleared), "--into", s(&file), "--preview"]);
    let text = said(&preview);
    assert!(
        text.contains("Päivitetään 1 toimenpide:\n  Rivi 6: ”Läsfrämjande”: määräaika 2027 » 6/2028, tila Valmis » Etenee"),
        "{text}"
    );
    assert_eq!(
        Project::open(&file).unwrap().history().unwrap().len(),
        history,
        "a preview writes nothing"
    );

    let o = tiekartta(&[
        "import",
        s(&cleared),
        "--into",
        s(&file),
        "--today",
        "2.12.2026",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", said(&o));
    let mut p = Project::open(&file).unwrap();
    p.verify().unwrap();
    assert_eq!(p.history().unwrap().len(), history + 1, "one recorded edit");
    let after = p.strategy().clone();
    let a = action(&after, "Läsfrämjande");
    assert_eq!(a.due, Some(PlanDate::parse("6/2028").unwrap()));
    assert_eq!(a.status, Status::OnTrack);
    let change = a.status_history.last().unwrap();
    assert_eq!(
        (change.status, change.date),
        (Status::OnTrack, PlanDate::parse("2.12.2026").unwrap())
    );
    // The emptied cell kept the start it had; nothing else moved.
    assert_eq!(action(&after, "Språkbad B"), action(&st, "Språkbad B"));
    for b in st.actions.iter().filter(|b| b.name != "Läsfrämjande") {
        assert_eq!(after.actions.iter().find(|x| x.id == b.id), Some(b));
    }
    // Taken in again, the same list changes nothing.
    let o = tiekartta(&["import", s(&cleared), "--into", s(&file)]);
    assert!(said(&o).contains("ei ollut mitään uutta"), "{}", said(&o));
    assert_eq!(
        Project::open(&file).unwrap().history().unwrap().len(),
        history + 1
    );
}

#[test]
fn the_leads_own_plan_workbook_resaved_by_libreoffice_comes_back_changing_only_what_was_edited() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("jarvela.tiekartta");
    let json = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/late/jarvela.json");
    let o = tiekartta(&["import", s(&json), "-o", s(&file)]);
    assert_eq!(o.status.code(), Some(0), "{}", said(&o));
    let plan = tmp.path().join("toimenpideohjelma.xlsx");
    let o = tiekartta(&["xlsx", s(&file), "-o", s(&plan)]);
    assert_eq!(o.status.code(), Some(0), "{}", said(&o));
    let resaved = libreoffice_resave(&plan, &tmp.path().join("libreoffice"));
    let history = Project::open(&file).unwrap().history().unwrap().len();

    // As it was written: its real date cells are the months and years the
    // actions have (9/2025 as 1.9.2025, 6/2026 as 30.6.2026), not new dates.
    let o = tiekartta(&["import", s(&resaved), "--into", s(&file)]);
    let text = said(&o);
    assert!(
        text.contains("ei ollut mitään uutta") && !text.contains("Rivi "),
        "{text}"
    );
    assert_eq!(
        Project::open(&file).unwrap().history().unwrap().len(),
        history
    );

    // One due moved in it: only that comes in, and the other keeps its month.
    let edited = tmp.path().join("muokattu.xlsx");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/round/list_edit.py");
    run(
        "python3",
        &[
            s(&script),
            s(&resaved),
            s(&edited),
            "Yritysalueen asemakaava",
            "Valmis viimeistään=12/2026",
        ],
    );
    let o = tiekartta(&["import", s(&edited), "--into", s(&file)]);
    let text = said(&o);
    assert!(
        text.contains("Päivitetään 1 toimenpide:\n  Rivi 3: ”Yritysalueen asemakaava”: määräaika 6/2026 » 12/2026\n"),
        "{text}"
    );
    let st = Project::open(&file).unwrap().strategy().clone();
    assert_eq!(
        action(&st, "Yritysalueen asemakaava").start,
        Some(PlanDate::parse("9/2025").unwrap())
    );
    assert_eq!(
        action(&st, "Palveluverkon katselmus").due,
        Some(PlanDate::Year(2028))
    );
}

#[test]
fn two_copies_that_take_the_same_edited_list_in_on_one_day_record_its_status_change_once_when_merged()
 {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b, c) = (
        tmp.path().join("a.tiekartta"),
        tmp.path().join("b.tiekartta"),
        tmp.path().join("c.tiekartta"),
    );
    let json = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/late/jarvela.json");
    assert!(
        tiekartta(&["import", s(&json), "-o", s(&a)])
            .status
            .success()
    );
    std::fs::copy(&a, &b).unwrap();
    let plan = tmp.path().join("plan.xlsx");
    assert!(tiekartta(&["xlsx", s(&a), "-o", s(&plan)]).status.success());
    let edited = tmp.path().join("valmis.xlsx");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/round/list_edit.py");
    run(
        "python3",
        &[
            s(&script),
            s(&plan),
            s(&edited),
            "Yritysalueen asemakaava",
            "Tila nyt=Valmis",
        ],
    );
    for copy in [&a, &b] {
        let o = tiekartta(&[
            "import",
            s(&edited),
            "--into",
            s(copy),
            "--today",
            "2.12.2026",
        ]);
        assert_eq!(o.status.code(), Some(0), "{}", said(&o));
    }
    let o = tiekartta(&["merge", s(&a), s(&b), "-o", s(&c)]);
    assert_eq!(o.status.code(), Some(0), "{}", said(&o));
    let st = Project::open(&c).unwrap().strategy().clone();
    let done: Vec<_> = action(&st, "Yritysalueen asemakaava")
        .status_history
        .iter()
        .filter(|h| h.status == Status::Done)
        .collect();
    assert_eq!(done.len(), 1, "{done:?}");
}

#[test]
fn a_list_that_is_not_one_is_refused_by_name_and_nothing_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("ny.tiekartta");
    let csv = tmp.path().join("nimet.csv");
    std::fs::write(&csv, "Nimi;Vuosi\nKirjasto;2026\n").unwrap();
    let xls = tmp.path().join("vanha.xls");
    std::fs::write(&xls, b"\xd0\xcf\x11\xe0 an old Excel file").unwrap();
    let fake = tmp.path().join("lista.xlsx");
    std::fs::write(&fake, "Teema;Toimenpide\n").unwrap();
    for (f, said) in [
        (&csv, "ei ole toimenpidelistaa"),
        (&xls, "ei ole Excel-työkirja"),
        (&fake, "ei ole Excel-työkirja"),
    ] {
        let o = tiekartta(&["import", s(f), "-o", s(&out)]);
        let err = String::from_utf8_lossy(&o.stderr).to_string();
        assert_eq!(o.status.code(), Some(1), "{err}");
        assert!(err.contains(s(f)) && err.contains(said), "{err}");
        assert!(!out.exists());
    }
}
