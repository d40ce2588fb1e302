//! How far a build has come, for whoever shows it.
//!
//! The library only counts; the binary decides whether a bar is drawn (on a
//! terminal, after the first second, never with `--quiet`). Counting is a
//! relaxed atomic add per page or file in the implementations, cheap next to
//! rendering a page.

/// The stages a build goes through, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Reading and checking the content files and the theme.
    Load,
    /// Rendering each output file (and, in a build, writing it into the
    /// staging folder); `total` is the number of files.
    Render,
    /// Putting the finished folder in place; `total` is 1.
    Write,
}

/// Told when a stage starts and as its items are done. Every method does
/// nothing by default, so a caller implements only what it shows.
pub trait Progress: Sync {
    fn stage(&self, _stage: Stage, _total: usize) {}
    fn done(&self, _items: usize) {}
}

/// Shows nothing: for tests, benches and callers without a terminal.
pub struct Silent;

impl Progress for Silent {}
