//! Interchange JSON as bytes: read, validated, written canonically and read again as the same strategy, imported into a project file and opened again.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/readers/mod.rs"]
mod readers;

fuzz_target!(
    init: readers::abort_on_panics_the_app_would_not_survive(),
    |data: &[u8]| {
        let _ = readers::interchange_json(data);
    }
);
