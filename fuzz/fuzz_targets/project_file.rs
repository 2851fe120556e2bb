//! A project file as bytes: opened, its strategy validated, its history listed, saved elsewhere and opened again as the same strategy.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/readers/mod.rs"]
mod readers;

fuzz_target!(
    init: readers::abort_on_panics_the_app_would_not_survive(),
    |data: &[u8]| {
        let _ = readers::project_file(data);
    }
);
