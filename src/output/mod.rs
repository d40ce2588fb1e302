//! Rendered bytes → a folder on disk, all or nothing.

pub mod write;

pub use write::{OutputError, OutputPlan, Staging, STAMP_FILE};
