//! Rendered bytes → a folder on disk, all or nothing.

pub mod error;
pub mod files;
pub mod place;
pub mod record;
pub mod write;

pub use error::OutputError;
pub use record::STAMP_FILE;
pub use write::{OutputPlan, Staging};
