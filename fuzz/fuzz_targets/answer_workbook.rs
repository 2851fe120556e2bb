//! A returned round workbook as bytes: read by the answer reader (zip check, limits, cached values only), its problems said in fi/sv/en, taken into a project twice with the same result as once.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/readers/mod.rs"]
mod readers;

fuzz_target!(
    init: readers::abort_on_panics_the_app_would_not_survive(),
    |data: &[u8]| {
        let _ = readers::answer_workbook(data);
    }
);
