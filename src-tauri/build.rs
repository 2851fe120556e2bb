//! Generates the Tauri context (config, capabilities, icons) and bundles the
//! sample strategies in `seeds/*.json` into the binary, so "new from a sample"
//! needs no file access.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    println!("cargo:rerun-if-changed={}", seeds.display());
    let mut names: Vec<PathBuf> = std::fs::read_dir(&seeds)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    names.retain(|p| p.extension().is_some_and(|e| e == "json"));
    names.sort();
    let mut code = String::from(
        "/// The bundled samples: (file stem, interchange JSON).\npub const SAMPLES: &[(&str, &str)] = &[\n",
    );
    for p in &names {
        println!("cargo:rerun-if-changed={}", p.display());
        let stem = p
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let _ = writeln!(
            code,
            "    ({stem:?}, include_str!({:?})),",
            p.canonicalize().unwrap_or(p.clone()).display().to_string()
        );
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("samples.rs");
    if let Err(e) = std::fs::write(&out, code) {
        println!("cargo:warning=cannot write {}: {e}", out.display());
    }
    tauri_build::build();
}
