//! The Automerge history inside an otherwise valid project file (the first byte says where): opened, saved and opened again.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/readers/mod.rs"]
mod readers;

fuzz_target!(
    init: readers::abort_on_panics_the_app_would_not_survive(),
    |data: &[u8]| {
        let _ = readers::project_history(data);
    }
);
