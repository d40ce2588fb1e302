//! The meeting point of `render` and `output`: where rendered files go,
//! one at a time as each is rendered: into memory ([`MemorySink`], for
//! tests and a future `serve`), nowhere ([`Discard`], for `check`) or into
//! the staging folder of a build (`output::Staging`). Rendering never
//! touches the disk itself.
//!
//! It sits below both rather than in either, so data flows one way:
//! `render` fills a sink without knowing about folders, `output` implements
//! one without knowing about routes, and neither imports the other. The
//! name of the build's stamp lives here too, because both sides must agree
//! on it: `output` writes it beside the site's files, and `render`'s plan
//! reserves its path so no route can take it.

use std::sync::Mutex;

use crate::messages::Message;

/// The file that marks a folder as a build of this tool and lists what the
/// build wrote (see `output::record`). No route may be written there.
pub const STAMP_FILE: &str = ".ikm-site-build";

/// Takes each rendered file by its path under the output root. Called from
/// many render threads at once.
pub trait Sink: Sync {
    fn put(&self, path: String, bytes: Vec<u8>) -> Result<(), Message>;
}

/// Keeps every file in memory.
#[derive(Debug, Default)]
pub struct MemorySink {
    files: Mutex<Vec<(String, Vec<u8>)>>,
}

impl MemorySink {
    /// The files received, sorted by path.
    pub fn into_files(self) -> Vec<(String, Vec<u8>)> {
        let mut files = self.files.into_inner().unwrap_or_else(|e| e.into_inner());
        files.sort_by(|a, b| a.0.cmp(&b.0));
        files
    }
}

impl Sink for MemorySink {
    fn put(&self, path: String, bytes: Vec<u8>) -> Result<(), Message> {
        let mut files = self.files.lock().unwrap_or_else(|e| e.into_inner());
        files.push((path, bytes));
        Ok(())
    }
}

/// Drops every file: `check` needs to know that every route renders, not
/// what it renders, and holding the whole output would make its memory
/// grow with the site (over a gigabyte at desa scale).
#[derive(Debug, Default)]
pub struct Discard;

impl Sink for Discard {
    fn put(&self, _path: String, _bytes: Vec<u8>) -> Result<(), Message> {
        Ok(())
    }
}
