//! The one support module of the integration tests and the benchmarks: the
//! sample strategies, a small strategy and the merge tests' origin, one
//! generator of large strategies, random strategies for property tests,
//! project files made and edited in one call, the round's fixture, the
//! sync server and the CLI binary run as the CLI tests run it.
//!
//! Include it with `mod support;` from a test, or with
//! `#[path = "../tests/support/mod.rs"] mod support;` from a bench. Each
//! test binary compiles it on its own and uses only some of it, hence the
//! `dead_code` allowance.

#![allow(dead_code)] // each test binary uses only some helpers
#![allow(unused_imports)] // the re-exports below, for the same reason
#![allow(clippy::unwrap_used, clippy::expect_used)] // test data: a failure is a failing test

mod arbitrary;
pub mod cli;
mod files;
mod large;
pub mod round;
mod samples;
mod small;
pub mod sync_server;

pub use arbitrary::{any_date, any_strategy, text};
pub use files::{copies, create_file, edit, edit_project, seed_path};
pub use large::{Size, benchmark_strategy, large};
pub use samples::{samples, seed, seeds, testikyla};
pub use small::{origin, small, small_without_actions};
