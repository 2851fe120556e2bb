//! `tiekartta ics`: deadlines and milestones as all-day events, read back by
//! Python's `icalendar` and by the `icalendar` crate's parser; a re-export
//! after a date change keeps the UIDs and raises SEQUENCE.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failing test

mod support;

use std::path::Path;
use std::process::Command;

use tiekartta::model::{Cadence, Milestone, MilestoneKind, Period, PlanDate};
use tiekartta::store::Author;

fn export(file: &Path, out: &Path, owner: Option<&str>) -> serde_json::Value {
    let mut args = vec!["ics", file.to_str().unwrap(), "-o", out.to_str().unwrap()];
    if let Some(o) = owner {
        args.extend(["--owner", o]);
    }
    let o = Command::new(env!("CARGO_BIN_EXE_tiekartta"))
        .args(&args)
        .env("TIEKARTTA_LANG", "fi")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/round/ics_seen.py");
    let seen = Command::new("python3")
        .args([script.to_str().unwrap(), out.to_str().unwrap()])
        .output()
        .expect("python3 runs (scripts/setup.sh --test installs icalendar)");
    assert!(
        seen.status.success(),
        "{}",
        String::from_utf8_lossy(&seen.stderr)
    );
    serde_json::from_slice(&seen.stdout).unwrap()
}

fn strategy() -> tiekartta::model::Strategy {
    let mut s = support::round::strategy();
    // The round's yearly report is not what these calendars are about.
    s.documents.clear();
    s.period = Some(Period {
        start: PlanDate::Year(2026),
        end: PlanDate::Year(2028),
    });
    s.actions[0].due = Some(PlanDate::parse("15.11.2026").unwrap());
    s.milestones.push(Milestone {
        id: "arvio".into(),
        name: "Valtuuston strategiakatsaus".into(),
        kinds: vec![MilestoneKind::Council],
        date: Some(PlanDate::parse("6/2026").unwrap()),
        cadence: Some(Cadence::Yearly),
        ..Default::default()
    });
    s
}

#[test]
fn deadlines_are_all_day_events_with_stable_uids_path_owner_and_precision_said() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("k.tiekartta");
    support::create_file(&file, strategy(), "Strategiapäällikkö");
    let out = tmp.path().join("k.ics");
    let seen = export(&file, &out, None);
    assert_eq!(seen["name"], "Kierroskaupungin strategia");
    let events = seen["events"].as_array().unwrap();
    // Five action deadlines and the yearly milestone in 2026, 2027 and 2028.
    assert_eq!(events.len(), 8, "{seen}");
    assert!(
        events
            .iter()
            .all(|e| e["all_day"] == true && e["days"] == 1)
    );
    let raw = std::fs::read_to_string(&out).unwrap();
    assert!(raw.contains("DTSTART;VALUE=DATE:20261115"), "{raw}");
    let a1 = events
        .iter()
        .find(|e| e["uid"] == "kierroskaupunki.action.a1.due@tiekartta")
        .unwrap();
    assert_eq!(a1["start"], "2026-11-15");
    let d = a1["description"].as_str().unwrap();
    assert!(
        d.contains("Elinvoima › Työpaikat kasvavat") && d.contains("Vastuu: Sivistysjohtaja"),
        "{d}"
    );
    let a2 = events
        .iter()
        .find(|e| e["uid"] == "kierroskaupunki.action.a2.due@tiekartta")
        .unwrap();
    assert_eq!(
        a2["start"], "2027-12-31",
        "a year-precision deadline on the year's last day"
    );
    assert!(
        a2["description"]
            .as_str()
            .unwrap()
            .contains("vuoden tarkkuudella (2027)")
    );
    let m: Vec<&str> = events
        .iter()
        .filter(|e| e["summary"] == "Valtuuston strategiakatsaus")
        .map(|e| e["start"].as_str().unwrap())
        .collect();
    assert_eq!(m, ["2026-06-01", "2027-06-01", "2028-06-01"]);

    // The crate's own parser reads it too.
    let parsed: icalendar::Calendar = raw.parse().unwrap();
    assert_eq!(parsed.components.len(), 8);

    // One owner's calendar.
    let theirs = export(&file, &tmp.path().join("t.ics"), Some("tekninen"));
    assert_eq!(theirs["events"].as_array().unwrap().len(), 2);
    assert_eq!(
        theirs["name"],
        "Kierroskaupungin strategia – Tekninen johtaja"
    );
}

#[test]
fn a_reexport_after_a_date_change_keeps_the_uids_and_raises_sequence() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("k.tiekartta");
    let mut p = support::create_file(&file, strategy(), "Strategiapäällikkö");
    let first = export(&file, &tmp.path().join("1.ics"), None);
    let mut edited = p.strategy().clone();
    edited.actions[0].due = Some(PlanDate::parse("30.11.2026").unwrap());
    edited.actions[1].name = "Uusi nimi".into(); // not a date: no new sequence
    p.apply(edited, &Author::new("Strategiapäällikkö")).unwrap();
    p.save(&file).unwrap();
    let second = export(&file, &tmp.path().join("2.ics"), None);
    let uids = |v: &serde_json::Value| {
        let mut u: Vec<String> = v["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["uid"].as_str().unwrap().to_owned())
            .collect();
        u.sort();
        u
    };
    assert_eq!(uids(&first), uids(&second));
    for e in second["events"].as_array().unwrap() {
        let expected = if e["uid"] == "kierroskaupunki.action.a1.due@tiekartta" {
            1
        } else {
            0
        };
        assert_eq!(e["sequence"], expected, "{e}");
    }
}
