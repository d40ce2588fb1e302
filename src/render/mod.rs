//! Model → bytes in memory. Nothing here touches the disk.
//!
//! [`render`] returns every file of the site as a path and its bytes, so the
//! `output` stage can write them atomically, tests can read them without a
//! disk, and a future `serve` can serve them from memory.

pub mod chart_pages;
pub mod charts;
pub mod discovery;
pub mod format;
pub mod list_pages;
pub mod markdown;
pub mod pages;
pub mod region_page;
pub mod search;
pub mod svg;
pub mod template_guard;
pub mod templates;
pub mod urls;
pub mod views;

pub use pages::{render, RenderedSite};
