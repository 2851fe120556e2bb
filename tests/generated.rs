//! The generated files (TypeScript types for the UI, the JSON Schema of the
//! interchange format) are current: they are made from the Rust types and
//! committed. Run `UPDATE_GENERATED=1 cargo test --test generated` after
//! changing a type.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failing test

use std::path::Path;

fn check(path: &str, fresh: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, fresh).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "{} is not current: run UPDATE_GENERATED=1 cargo test --test generated",
        path.display()
    );
}

#[test]
fn the_typescript_types_of_the_ui_are_generated_from_the_rust_types() {
    let ts = tiekartta::interchange::typescript();
    assert!(ts.contains("export type Strategy = {"));
    check("ui/src/lib/generated/model.ts", &ts);
}

#[test]
fn the_json_schema_of_the_interchange_format_is_generated_from_the_rust_types() {
    check(
        "docs/strategy.schema.json",
        &tiekartta::interchange::json_schema(),
    );
}

#[test]
fn the_typescript_of_the_sessions_contract_with_the_ui_is_generated_from_the_rust_types() {
    let ts = tiekartta::session::typescript();
    assert!(ts.contains("export const STATUSES"));
    check("ui/src/lib/generated/commands.ts", &ts);
}
