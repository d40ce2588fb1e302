//! Rendered bytes → a folder on disk, all or nothing.

pub mod files;
pub mod place;
pub mod write;

pub use write::{OutputError, OutputPlan, Staging, STAMP_FILE};
