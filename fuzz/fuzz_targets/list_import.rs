//! An action list as bytes (a zip is read as .xlsx, anything else as .csv): mapped into a strategy, its edit applied, and the same list read again into that strategy adds nothing.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/readers/mod.rs"]
mod readers;

fuzz_target!(
    init: readers::abort_on_panics_the_app_would_not_survive(),
    |data: &[u8]| {
        let _ = readers::action_list(data);
    }
);
