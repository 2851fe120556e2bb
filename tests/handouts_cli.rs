//! `tiekartta pdf` and `tiekartta svg` from the command line.

#![allow(clippy::unwrap_used)] // Tests may unwrap: a failure is a test failure.

use std::path::Path;
use std::process::Command;

fn tiekartta(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tiekartta"))
        .args(args)
        .env("TIEKARTTA_LANG", "fi")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn seed(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("seeds")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

fn pdfinfo(file: &Path) -> String {
    let out = Command::new("pdfinfo")
        .arg(file)
        .output()
        .expect("pdfinfo (poppler-utils) is needed");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn pdf_writes_each_kind_on_the_paper_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&[&str], (f32, f32)); 5] = [
        (&["--kind", "roadmap"], (1190.55, 841.89)),
        (
            &["--kind", "roadmap", "--paper", "a4", "--portrait"],
            (595.28, 841.89),
        ),
        (&["--kind", "onepage", "--paper", "a3"], (1190.55, 841.89)),
        (&["--kind", "actions"], (595.28, 841.89)),
        (&["--kind", "progress", "--landscape"], (841.89, 595.28)),
    ];
    for (i, (opts, size)) in cases.iter().enumerate() {
        let out = dir.path().join(format!("{i}.pdf"));
        let file = seed("paimio.json");
        let mut args = vec![
            "pdf",
            &file as &str,
            "-o",
            out.to_str().unwrap(),
            "--today",
            "22.11.2026",
        ];
        args.extend_from_slice(opts);
        let (code, stdout, stderr) = tiekartta(&args);
        assert_eq!(code, 0, "{args:?}: {stderr}");
        assert!(stdout.contains("Kirjoitettiin"), "{stdout}");
        let info = pdfinfo(&out);
        let line = info.lines().find(|l| l.starts_with("Page size:")).unwrap();
        let nums: Vec<f32> = line
            .split_whitespace()
            .filter_map(|w| w.parse().ok())
            .collect();
        assert!(
            (nums[0] - size.0).abs() < 0.1 && (nums[1] - size.1).abs() < 0.1,
            "{opts:?}: {line}"
        );
    }
}

#[test]
fn svg_writes_one_file_per_page_and_a_screen_width_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.svg");
    let (code, _, stderr) = tiekartta(&[
        "svg",
        &seed("paimio.json"),
        "--kind",
        "roadmap",
        "--paper",
        "a4",
        "--portrait",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(out.exists() && dir.path().join("r-2.svg").exists());
    let screen = dir.path().join("s.svg");
    let (code, _, stderr) = tiekartta(&[
        "svg",
        &seed("paimio.json"),
        "--kind",
        "roadmap",
        "--width",
        "1200",
        "-o",
        screen.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let svg = std::fs::read_to_string(&screen).unwrap();
    assert!(
        svg.starts_with("<svg") && svg.contains("width=\"1200\""),
        "{}",
        &svg[..200]
    );
    assert!(svg.contains("data-kind=\"action\""));
    let weeks = dir.path().join("w.svg");
    let w = weeks.to_str().unwrap();
    let args = [
        "svg",
        &seed("paimio.json") as &str,
        "--kind",
        "roadmap",
        "--zoom",
        "week",
        "--from",
        "2028",
        "--to",
        "2028",
        "-o",
        w,
    ];
    let (code, _, stderr) = tiekartta(&args);
    assert_eq!(code, 0, "{stderr}");
    let svg = std::fs::read_to_string(&weeks).unwrap();
    assert!(
        (svg.contains(">vk 10<") || svg.contains(">10<")) && svg.contains("maalis"),
        "no ISO weeks or Finnish months"
    );
}

#[test]
fn a_wrong_date_or_kind_is_a_usage_error_and_a_missing_file_a_problem() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.pdf");
    let o = out.to_str().unwrap();
    let (code, _, stderr) = tiekartta(&[
        "pdf",
        &seed("paimio.json"),
        "--kind",
        "roadmap",
        "--today",
        "31.2.2026",
        "-o",
        o,
    ]);
    assert_eq!(code, 2, "{stderr}");
    let (code, _, _) = tiekartta(&["pdf", &seed("paimio.json"), "--kind", "poster", "-o", o]);
    assert_eq!(code, 2);
    let (code, _, stderr) =
        tiekartta(&["pdf", "/nonexistent/x.json", "--kind", "roadmap", "-o", o]);
    assert_eq!(code, 1, "{stderr}");
    assert!(!out.exists());
}

#[test]
fn swedish_labels_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("sv.pdf");
    let (code, stdout, stderr) = tiekartta(&[
        "pdf",
        &seed("paimio.json"),
        "--kind",
        "actions",
        "--lang",
        "sv",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("Skrev"), "{stdout}");
    let text = Command::new("pdftotext")
        .args([out.to_str().unwrap(), "-"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("ÅTGÄRD") && text.contains("Talous ja arkijärki"),
        "{text}"
    );
}
