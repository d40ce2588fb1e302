//! The error of the output stage, apart from the modules that raise it:
//! `place` refuses a folder with it and `write` fails with it, and `write`
//! uses `place`, so it can live in neither without the two importing each
//! other.

use std::fmt;

use crate::messages::Message;

/// Writing the output failed; the message names the path and the state of
/// the output folder.
#[derive(Debug)]
pub struct OutputError(pub Message);

/// In English; the binary shows the message in the author's language.
impl fmt::Display for OutputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for OutputError {}
