//! What a newcomer reads when the strategy's JSON is not right (issue 13,
//! item 6): every problem of shape at once, each naming its item and field
//! in the user's language (not serde's English, not a position given twice),
//! and no follow-on error after a misspelt theme id; in fi, sv and en.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failing test

mod support;
use support::cli::{said, tiekartta};

use std::path::Path;

use serde_json::Value;

fn paimio() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/paimio.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn write(dir: &Path, name: &str, v: &Value) -> String {
    let f = dir.join(name);
    std::fs::write(&f, v.to_string()).unwrap();
    f.to_str().unwrap().to_owned()
}

#[test]
fn every_problem_of_shape_is_said_at_once_naming_the_action_and_field_in_each_language() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = paimio();
    let actions = v["strategy"]["actions"].as_array_mut().unwrap();
    let (first, second) = (
        actions[1]["name"].as_str().unwrap().to_owned(),
        actions[2]["name"].as_str().unwrap().to_owned(),
    );
    actions[1]["start"] = "32.1.2026".into();
    actions[2]["nimi"] = "kirjoitusvirhe".into();
    let f = write(dir.path(), "rikki.json", &v);
    let cases = [
        (
            "fi",
            "ei ole päivämäärä",
            "tuntematon kenttä nimi",
            "2 ongelmaa",
        ),
        ("sv", "är inget datum", "okänt fält nimi", "2 problem"),
        ("en", "is not a date", "unknown field nimi", "2 problems"),
    ];
    for (lang, date, field, count) in cases {
        let o = tiekartta(&["check", &f, "--lang", lang]);
        let out = said(&o);
        assert_eq!(o.status.code(), Some(1), "{lang}: {out}");
        assert!(out.contains(count), "{lang}: {out}");
        let date_line = out.lines().find(|l| l.contains(date)).unwrap_or_default();
        assert!(
            date_line.contains(&first)
                && date_line.contains("start")
                && date_line.contains("32.1.2026"),
            "{lang}: the date problem names its action and field: {out}"
        );
        let field_line = out.lines().find(|l| l.contains(field)).unwrap_or_default();
        assert!(field_line.contains(&second), "{lang}: {out}");
        // No position given twice, no serde English in Finnish or Swedish.
        assert!(!out.contains("line 1 column"), "{lang}: {out}");
        if lang != "en" {
            for english in ["expected", "unknown field", "at line"] {
                assert!(!out.contains(english), "{lang}: {english:?} in {out}");
            }
        }
    }
}

#[test]
fn a_wrong_kind_of_value_and_an_unknown_status_are_said_in_the_users_words() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = paimio();
    v["strategy"]["actions"][0]["owners"] = "Kaupunginhallitus".into();
    v["strategy"]["actions"][3]["status"] = "valmis".into();
    let f = write(dir.path(), "tyyppi.json", &v);
    let o = tiekartta(&["check", &f, "--lang", "fi"]);
    let out = said(&o);
    assert!(
        out.contains("kentässä owners pitäisi olla luettelo"),
        "{out}"
    );
    assert!(
        out.contains("kentän status arvoa ”valmis” ei tunneta"),
        "{out}"
    );
    let o = tiekartta(&["check", &f, "--lang", "sv"]);
    assert!(
        said(&o).contains("fältet owners ska vara en lista"),
        "{}",
        said(&o)
    );
    let o = tiekartta(&["check", &f, "--lang", "en"]);
    assert!(said(&o).contains("owners should be a list"), "{}", said(&o));
}

#[test]
fn a_misspelt_theme_id_is_one_error_and_its_goal_is_not_said_to_be_missing() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = paimio();
    let a = &mut v["strategy"]["actions"][0];
    assert!(
        a["goal"].is_string(),
        "the sample's first action has a goal"
    );
    let theme = format!("{}x", a["theme"].as_str().unwrap());
    a["theme"] = theme.clone().into();
    let f = write(dir.path(), "teema.json", &v);
    for (lang, one) in [("fi", "yksi virhe"), ("sv", "ett fel"), ("en", "one error")] {
        let o = tiekartta(&["check", &f, "--lang", lang]);
        let out = said(&o);
        assert_eq!(o.status.code(), Some(1), "{out}");
        assert!(out.contains(&theme), "{lang}: the theme named: {out}");
        assert!(out.contains(one), "{lang}: exactly one error: {out}");
        assert!(
            !out.contains("goal"),
            "{lang}: no follow-on goal error: {out}"
        );
    }
}
