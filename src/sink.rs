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

use std::io::{self, Write};
use std::sync::Mutex;

use crate::messages::Message;

/// The file that marks a folder as a build of this tool and lists what the
/// build wrote (see `output::record`). No route may be written there.
pub const STAMP_FILE: &str = ".ikm-site-build";

/// Takes each rendered file by its path under the output root. Called from
/// many render threads at once.
pub trait Sink: Sync {
    fn put(&self, path: String, bytes: Vec<u8>) -> Result<(), Message>;

    /// A file to be written piece by piece, for the files that grow with
    /// the whole site (every figure as CSV, JSON, XLSX): a sink that writes
    /// to disk streams the pieces there. By default the pieces are kept
    /// and [`put`](Sink::put) whole when the file is finished.
    fn create(&self, path: String) -> Result<StreamedFile<'_>, Message> {
        Ok(StreamedFile::buffered(path))
    }
}

/// A file being written into a sink. Writes that fail are remembered, so
/// the render that was writing can be told apart from the disk that
/// refused it ([`failure`](StreamedFile::failure)).
pub struct StreamedFile<'a> {
    inner: Inner<'a>,
    failure: Option<Message>,
}

enum Inner<'a> {
    /// Kept in memory, then put whole into the sink.
    Buffered { path: String, bytes: Vec<u8> },
    /// Written through to its destination; `finish` completes it.
    Direct {
        out: Box<dyn Write + 'a>,
        finish: Box<dyn FnOnce() -> Result<(), Message> + 'a>,
        /// Puts an I/O error of this file into words.
        describe: Box<dyn Fn(&io::Error) -> Message + 'a>,
    },
}

impl<'a> StreamedFile<'a> {
    /// A file kept in memory and put into the sink whole when finished.
    pub fn buffered(path: String) -> StreamedFile<'a> {
        StreamedFile {
            inner: Inner::Buffered {
                path,
                bytes: Vec::new(),
            },
            failure: None,
        }
    }

    /// A file written through `out`; `finish` runs once every piece is
    /// written, and `describe` words an error of `out`.
    pub fn direct(
        out: Box<dyn Write + 'a>,
        finish: Box<dyn FnOnce() -> Result<(), Message> + 'a>,
        describe: Box<dyn Fn(&io::Error) -> Message + 'a>,
    ) -> StreamedFile<'a> {
        StreamedFile {
            inner: Inner::Direct {
                out,
                finish,
                describe,
            },
            failure: None,
        }
    }

    /// Why a write into the file failed, if one did.
    pub fn failure(&mut self) -> Option<Message> {
        self.failure.take()
    }

    /// Completes the file: flushed and recorded, or put into `sink`, the
    /// sink that made it.
    pub fn finish(self, sink: &dyn Sink) -> Result<(), Message> {
        if let Some(problem) = self.failure {
            return Err(problem);
        }
        match self.inner {
            Inner::Buffered { path, bytes } => sink.put(path, bytes),
            Inner::Direct {
                mut out,
                finish,
                describe,
            } => {
                out.flush().map_err(|e| describe(&e))?;
                drop(out);
                finish()
            }
        }
    }
}

impl Write for StreamedFile<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.inner {
            Inner::Buffered { bytes, .. } => bytes.write(buf),
            Inner::Direct { out, describe, .. } => out.write(buf).inspect_err(|e| {
                self.failure.get_or_insert_with(|| describe(e));
            }),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.inner {
            Inner::Buffered { .. } => Ok(()),
            Inner::Direct { out, describe, .. } => out.flush().inspect_err(|e| {
                self.failure.get_or_insert_with(|| describe(e));
            }),
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A sink that only keeps whole files gets a streamed one whole, once
    /// it is finished, and a file not finished is never put.
    #[test]
    fn a_streamed_file_reaches_a_memory_sink_whole_when_finished() {
        let sink = MemorySink::default();
        let mut file = sink.create("data/angka.csv".into()).unwrap();
        file.write_all(b"a,b\r\n").unwrap();
        file.write_all(b"1,2\r\n").unwrap();
        assert!(file.failure().is_none());
        file.finish(&sink).unwrap();
        let mut unfinished = sink.create("data/angka.json".into()).unwrap();
        unfinished.write_all(b"[").unwrap();
        drop(unfinished);
        assert_eq!(
            sink.into_files(),
            [("data/angka.csv".to_string(), b"a,b\r\n1,2\r\n".to_vec())]
        );
    }

    /// A write the destination refuses is remembered as the file's own
    /// failure, so the render writing it is not blamed.
    #[test]
    fn a_refused_write_is_the_files_failure() {
        struct Full;
        impl Write for Full {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::Error::other("full"))
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let mut file = StreamedFile::direct(
            Box::new(Full),
            Box::new(|| Ok(())),
            Box::new(|e| crate::msg!("cannot-write", path = "x", error = e.to_string())),
        );
        assert!(file.write_all(b"row").is_err());
        let failure = file.failure().expect("the failure is kept");
        assert_eq!(
            failure,
            crate::msg!("cannot-write", path = "x", error = "full")
        );
    }
}
