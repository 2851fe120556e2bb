//! The round with real clients in the loop: the workbook is opened and
//! re-saved by LibreOffice (headless), filled by a Python openpyxl script as
//! an owner would (status from the list, note, % done, actuals, rows
//! sorted, a column widened, one cell wrong), and brought back with the CLI.
//!
//! Needs `soffice` (Debian `libreoffice-calc`) and Python's `openpyxl`
//! (`scripts/setup.sh --test` installs both).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failing test

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tiekartta::model::{PlanDate, Status};
use tiekartta::store::{Author, Project};

fn tiekartta(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tiekartta"))
        .args(args)
        .env("TIEKARTTA_LANG", "fi")
        .env("TIEKARTTA_AUTHOR", "Strategiapäällikkö")
        .output()
        .expect("the tiekartta binary runs")
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

/// The occurrence of the yearly report `r1` a workbook sent on 1.10.2026
/// asks: December 2026, the next one from the day it went out.
fn next_december(sent: &Path) -> PlanDate {
    let a = tiekartta::round::read_answer("x.xlsx", &std::fs::read(sent).unwrap()).unwrap();
    let r = &a.reports[0];
    assert_eq!(r.id.as_str(), "r1");
    assert_eq!(
        r.occurrence,
        PlanDate::Month {
            year: 2026,
            month: 12
        }
    );
    r.occurrence
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
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

#[test]
fn a_workbook_resaved_by_libreoffice_and_filled_by_openpyxl_comes_back_as_the_owners_edits() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("kierros.tiekartta");
    support::create_file(&file, support::round::strategy(), "Strategiapäällikkö");

    let out = tmp.path().join("lahtevat");
    let o = tiekartta(&[
        "round",
        "out",
        "--today",
        "1.10.2026",
        s(&file),
        "--round",
        "Syksyn 2026 seuranta",
        "--period",
        "2026",
        "--deadline",
        "14.10.2026",
        "-o",
        s(&out),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let sent = out.join("Sivistysjohtaja.xlsx");
    assert!(sent.exists() && out.join("Tekninen johtaja.xlsx").exists());

    // The report's occurrence asked: the next December from the day it went out.
    let december = next_december(&sent);
    let resaved = libreoffice_resave(&sent, &tmp.path().join("libreoffice"));
    let filled = tmp.path().join("Sivistysjohtaja-vastaus.xlsx");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/round/fill.py");
    run("python3", &[s(&script), s(&resaved), s(&filled)]);

    let before = Project::open(&file).unwrap().strategy().clone();
    let o = tiekartta(&["round", "in", "--today", "14.10.2026", s(&file), s(&filled)]);
    let err = String::from_utf8_lossy(&o.stderr).to_string();
    assert_eq!(o.status.code(), Some(0), "{err}");
    // The wrong cell, by sheet, row and column (m2 is the second indicator row, 2026 is G).
    assert!(
        err.contains("taulukko Mittarit, rivi 3, sarake G") && err.contains("”paljon” ei ole luku"),
        "{err}"
    );
    assert_eq!(
        err.lines().count(),
        1,
        "only the wrong cell is reported: {err}"
    );
    // What the answer changed, value by value, as the owner wrote it.
    let said = String::from_utf8_lossy(&o.stdout).replace('\u{a0}', " ");
    for line in [
        "  Toimenpide ”Toimenpide a2”: Ei aloitettu » Etenee, ”Käynnistetty syyskuussa [20 %]”",
        "  Toimenpide ”Toimenpide a3”: Riskissä » Valmis",
        "  Mittari ”Mittari m1” 2026: 61,5 %",
    ] {
        assert!(said.contains(line), "{line:?} not in:\n{said}");
    }

    let mut p = Project::open(&file).unwrap();
    p.verify().unwrap();
    let after = p.strategy().clone();
    let act = |s: &tiekartta::model::Strategy, id: &str| {
        s.actions
            .iter()
            .find(|a| a.id.as_str() == id)
            .cloned()
            .unwrap()
    };
    assert_eq!(act(&after, "a2").status, Status::OnTrack);
    assert_eq!(
        act(&after, "a2").status_history.last().unwrap().note,
        "Käynnistetty syyskuussa [20 %]"
    );
    assert_eq!(act(&after, "a3").status, Status::Done);
    let m1 = &after.indicators[0];
    assert_eq!(m1.actuals.last().unwrap().date, PlanDate::Year(2026));
    assert_eq!(m1.actuals.last().unwrap().value, 61.5);

    // The report's December occurrence: its own status entry, by the owner.
    let r1 = &after.documents[0];
    let entry = r1.status_history.last().unwrap();
    assert_eq!(
        (entry.occurrence, entry.status, entry.note.as_str()),
        (Some(december), Status::Done, "Lautakunnalle marraskuussa")
    );
    assert_eq!(r1.status_history.len(), 1);

    // Nothing else changed.
    let mut expected = before.clone();
    expected.actions[1] = act(&after, "a2");
    expected.actions[2] = act(&after, "a3");
    expected.indicators[0] = m1.clone();
    expected.documents[0] = r1.clone();
    assert_eq!(after, expected);

    let last = p.history().unwrap().pop().unwrap();
    assert_eq!(last.author, "Sivistysjohtaja");

    // The same answer again changes nothing.
    let o = tiekartta(&["round", "in", "--today", "14.10.2026", s(&file), s(&filled)]);
    assert_eq!(o.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&o.stdout).contains("Vastauksissa ei ollut uutta"));
    assert_eq!(Project::open(&file).unwrap().strategy(), &after);
}

#[test]
fn an_owners_answer_to_a_value_the_project_changed_meanwhile_exits_3_and_keeps_the_project_value() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("kierros.tiekartta");
    support::create_file(&file, support::round::strategy(), "Strategiapäällikkö");
    let out = tmp.path().join("lahtevat");
    let o = tiekartta(&[
        "round",
        "out",
        "--today",
        "1.10.2026",
        s(&file),
        "--round",
        "Syksy",
        "--period",
        "2026",
        "-o",
        s(&out),
    ]);
    assert!(o.status.success());
    // Meanwhile the lead marks a3 late.
    let mut p = Project::open(&file).unwrap();
    let mut edited = p.strategy().clone();
    edited.actions[2].status = Status::Late;
    p.apply(edited, &Author::new("Strategiapäällikkö")).unwrap();
    p.save(&file).unwrap();

    let filled = tmp.path().join("vastaus.xlsx");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/round/fill.py");
    run(
        "python3",
        &[s(&script), s(&out.join("Sivistysjohtaja.xlsx")), s(&filled)],
    );
    let o = tiekartta(&["round", "in", "--today", "14.10.2026", s(&file), s(&filled)]);
    assert_eq!(
        o.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains("Ristiriita: Sivistysjohtaja") && text.contains("Valmis"),
        "{text}"
    );
    let p = Project::open(&file).unwrap();
    assert_eq!(p.strategy().actions[2].status, Status::Late);
    assert_eq!(
        p.strategy().actions[1].status,
        Status::OnTrack,
        "a2 still taken"
    );
}

#[test]
fn an_owner_sees_a_status_list_frozen_header_real_dates_locked_keys_and_no_ids() {
    let sent = tiekartta::round::send(
        &support::round::strategy(),
        &support::round::spec(&["sivistys"]),
    )
    .unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join(&sent[0].file_name);
    std::fs::write(&file, &sent[0].bytes).unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/round/seen.py");
    let out = Command::new("python3")
        .args([s(&script), s(&file)])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let seen: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        seen["sheets"],
        serde_json::json!([
            ["Ohjeet", "visible"],
            ["Toimenpiteet", "visible"],
            ["Mittarit", "visible"],
            ["Raportit", "visible"],
            ["_tiekartta", "veryHidden"]
        ])
    );
    assert_eq!(seen["freeze"], "A2");
    assert_eq!(seen["protected"], true);
    assert_eq!(seen["id_hidden"], true);
    assert_eq!(
        seen["lists"],
        serde_json::json!(["\"Ei aloitettu,Etenee,Riskissä,Myöhässä,Valmis\""])
    );
    assert_eq!(seen["list_range"], serde_json::json!(["H2:H4"]));
    assert_eq!(
        (seen["status_locked"].clone(), seen["name_locked"].clone()),
        (false.into(), true.into())
    );
    assert_eq!(seen["start_is_date"], true);
    assert_eq!(
        seen["start_format"], "m/yyyy",
        "9/2026 keeps its month precision"
    );
    assert_eq!(seen["indicator_header"][6], "2026");
    assert_eq!(seen["indicator_input_locked"], false);
    assert!(
        seen["widths"]["C"].as_f64().unwrap() >= 13.0,
        "{}",
        seen["widths"]
    );
}

#[test]
fn bad_cells_rows_and_sheets_are_named_by_place_and_the_rest_of_the_answer_is_taken() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("kierros.tiekartta");
    support::create_file(&file, support::round::strategy(), "Strategiapäällikkö");
    let out = tmp.path().join("lahtevat");
    let o = tiekartta(&[
        "round",
        "out",
        "--today",
        "1.10.2026",
        s(&file),
        "--round",
        "Syksy",
        "--period",
        "2026",
        "-o",
        s(&out),
    ]);
    assert!(o.status.success());
    let spoilt = tmp.path().join("pilalla.xlsx");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/round/spoil.py");
    run(
        "python3",
        &[s(&script), s(&out.join("Sivistysjohtaja.xlsx")), s(&spoilt)],
    );
    let o = tiekartta(&["round", "in", "--today", "14.10.2026", s(&file), s(&spoilt)]);
    let err = String::from_utf8_lossy(&o.stderr).to_string();
    assert_eq!(o.status.code(), Some(0), "{err}");
    let f = s(&spoilt);
    let expected = [
        format!(
            "{f}, taulukko Toimenpiteet, rivi 2, sarake H: ”melkein valmis” ei ole luettelon tila"
        ),
        format!("{f}, taulukko Toimenpiteet, rivi 3, sarake I: Solussa on yli 20000 merkkiä"),
        format!("{f}, taulukko Toimenpiteet: Rivi puuttuu (tunniste a2)"),
        format!("{f}, taulukko Luvut, rivi 2, sarake G: Solussa on kaava"),
    ];
    for e in &expected {
        assert!(err.contains(e.as_str()), "missing «{e}» in:\n{err}");
    }
    assert_eq!(err.lines().count(), expected.len(), "{err}");
    let after = Project::open(&file).unwrap().strategy().clone();
    let mut wanted = support::round::strategy();
    wanted.actions[2].status = Status::Done;
    wanted.actions[2]
        .status_history
        .push(after.actions[2].status_history[1].clone());
    wanted.indicators[1]
        .actuals
        .push(tiekartta::model::Measurement {
            date: PlanDate::Year(2026),
            value: 12.5,
            note: String::new(),
        });
    assert_eq!(after, wanted, "only a3's status and m2's 12,5 came in");
    assert_eq!(after.actions[2].status_history[1].note, "");
}

#[test]
fn a_zip_bomb_and_a_csv_are_refused_with_a_clear_message_and_the_other_answers_taken() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("kierros.tiekartta");
    support::create_file(&file, support::round::strategy(), "Strategiapäällikkö");
    let bomb = tmp.path().join("pommi.xlsx");
    let py = format!(
        "import zipfile\nz = zipfile.ZipFile({:?}, 'w', zipfile.ZIP_DEFLATED)\nz.writestr('xl/sharedStrings.xml', b'\\0' * 300_000_000)\nz.close()",
        s(&bomb)
    );
    run("python3", &["-c", &py]);
    assert!(std::fs::metadata(&bomb).unwrap().len() < 2_000_000);
    let csv = tmp.path().join("vastaus.csv");
    std::fs::write(&csv, "Toimenpide;Tila\na1;Valmis\n").unwrap();
    let o = tiekartta(&[
        "round",
        "in",
        "--today",
        "14.10.2026",
        s(&file),
        s(&bomb),
        s(&csv),
    ]);
    let err = String::from_utf8_lossy(&o.stderr).to_string();
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("pommi.xlsx on liian suuri (yli 200 Mt)"),
        "{err}"
    );
    assert!(
        err.contains("vastaus.csv ei ole Excel-työkirja (.xlsx)"),
        "{err}"
    );
    assert_eq!(
        Project::open(&file).unwrap().strategy(),
        &support::round::strategy()
    );
}

#[test]
fn the_whole_plan_workbook_lists_every_action_with_its_owners_and_every_indicator() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("kierros.tiekartta");
    support::create_file(&file, support::round::strategy(), "Strategiapäällikkö");
    let plan = tmp.path().join("suunnitelma.xlsx");
    let o = tiekartta(&["xlsx", s(&file), "-o", s(&plan)]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let py = format!(
        "import openpyxl, json\nwb = openpyxl.load_workbook({:?})\nprint(json.dumps([[[c for c in r] for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets], default=str, ensure_ascii=False))",
        s(&plan)
    );
    let out = Command::new("python3").args(["-c", &py]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let sheets: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let actions = sheets[0].as_array().unwrap();
    assert_eq!(actions.len(), 6, "a header and five actions");
    assert_eq!(actions[1][0], "Elinvoima › Työpaikat kasvavat");
    assert_eq!(actions[1][2], "Sivistysjohtaja");
    assert_eq!(actions[1][3], "2026-09-01 00:00:00", "a real date cell");
    assert_eq!(actions[4][5], "Etenee");
    let indicators = sheets[1].as_array().unwrap();
    assert_eq!(indicators.len(), 4);
    assert_eq!(indicators[0][4], "2025");
    assert_eq!(indicators[1][4], 55.5);
}

#[test]
fn a_round_for_an_owner_the_strategy_does_not_have_writes_nothing_and_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("kierros.tiekartta");
    support::create_file(&file, support::round::strategy(), "Strategiapäällikkö");
    let out = tmp.path().join("lahtevat");
    let o = tiekartta(&[
        "round",
        "out",
        "--today",
        "1.10.2026",
        s(&file),
        "--round",
        "Syksy",
        "--owner",
        "sivistys",
        "--owner",
        "ei-ole",
        "-o",
        s(&out),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).contains("ei ole vastuutahoa ei-ole"));
    assert!(!out.exists());
}

#[test]
fn a_reports_sheet_resaved_by_libreoffice_keeps_its_date_and_drop_down_and_a_bad_status_is_named_by_cell()
 {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("kierros.tiekartta");
    support::create_file(&file, support::round::strategy(), "Strategiapäällikkö");
    let out = tmp.path().join("lahtevat");
    let o = tiekartta(&[
        "round",
        "out",
        "--today",
        "1.10.2026",
        s(&file),
        "--round",
        "Syksyn 2026 seuranta",
        "--owner",
        "sivistys",
        "-o",
        s(&out),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let december = next_december(&out.join("Sivistysjohtaja.xlsx"));
    let resaved = libreoffice_resave(
        &out.join("Sivistysjohtaja.xlsx"),
        &tmp.path().join("libreoffice"),
    );
    // openpyxl as the owner's Excel sees the sheet, then a status typed
    // that is not in the list (past the drop-down, as a paste does).
    let filled = tmp.path().join("vastaus.xlsx");
    let script = r#"
import sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Raportit"]
head = {c.value: c.column_letter for c in ws[1] if c.value}
year = int(sys.argv[3])
assert ws[head["Seuraava määräaika"] + "2"].value == datetime.datetime(year, 12, 31), ws["C2"].value
assert ws[head["Suunnitelma tai raportti"] + "2"].value == "Hyvinvointikertomus"
lists = [v for v in ws.data_validations.dataValidation if v.type == "list"]
assert any(head["Uusi tila"] + "2" in str(v.sqref) and "Valmis" in v.formula1 for v in lists), lists
ws[head["Uusi tila"] + "2"].value = "Melkein valmis"
ws[head["Huomio"] + "2"].value = "Luonnos lautakunnalle"
wb.save(sys.argv[2])
"#;
    let PlanDate::Month { year, .. } = december else {
        panic!("{december:?}")
    };
    let year = year.to_string();
    run("python3", &["-c", script, s(&resaved), s(&filled), &year]);
    let before = Project::open(&file).unwrap().strategy().clone();
    let o = tiekartta(&["round", "in", "--today", "14.10.2026", s(&file), s(&filled)]);
    let err = String::from_utf8_lossy(&o.stderr).to_string();
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(
        err.contains("taulukko Raportit, rivi 2, sarake E") && err.contains("Melkein valmis"),
        "{err}"
    );
    // The note of the same row is still taken, as the occurrence's entry.
    let after = Project::open(&file).unwrap().strategy().clone();
    let entry = after.documents[0].status_history.last().unwrap();
    assert_eq!(entry.note, "Luonnos lautakunnalle");
    assert_eq!(
        entry.status,
        Status::NotStarted,
        "the status stays as it was"
    );
    assert_eq!(entry.occurrence, Some(december));
    let mut expected = before;
    expected.documents[0] = after.documents[0].clone();
    assert_eq!(after, expected);
}
