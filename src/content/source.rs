//! Reading an author's file into text, with the mistakes of editors handled.
//!
//! Windows editors write a UTF-8 byte-order mark, which is legal but makes
//! YAML parsers see a second document; it is dropped here. Text that is not
//! UTF-8 is reported at its line and column, which a byte offset is not.

use std::path::{Path, PathBuf};

use crate::diagnostics::Diagnostic;

/// One content file's text, with the path used in messages.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: PathBuf,
    pub text: String,
}

impl Source {
    /// An error at `line:column` of this file, showing the line.
    pub fn error(&self, line: usize, column: usize, message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(&self.path, line, column, message).with_source(&self.text)
    }

    pub fn warning(&self, line: usize, column: usize, message: impl Into<String>) -> Diagnostic {
        Diagnostic::warning(&self.path, line, column, message).with_source(&self.text)
    }
}

/// Reads `path` as UTF-8 text without a byte-order mark.
pub fn read(path: &Path) -> Result<Source, Diagnostic> {
    let bytes = std::fs::read(path)
        .map_err(|e| Diagnostic::error(path, 1, 1, format!("cannot read the file: {e}")))?;
    decode(path, bytes)
}

/// The text of `bytes`, or an error at the first byte that is not UTF-8.
pub fn decode(path: &Path, mut bytes: Vec<u8>) -> Result<Source, Diagnostic> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Source {
            path: path.to_path_buf(),
            text,
        }),
        Err(e) => {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let bad = e.as_bytes()[valid.len()];
            // Everything before the bad byte is valid, so it can be read as text.
            let before = String::from_utf8_lossy(valid);
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            Err(Diagnostic::error(
                path,
                line,
                column,
                format!("found the byte 0x{bad:02X}, which is not UTF-8 text; expected a UTF-8 encoded file"),
            )
            .with_help("save the file with the UTF-8 encoding (most editors offer it under \"Save as\")"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_a_byte_order_mark() {
        let source = decode(Path::new("a.yaml"), b"\xEF\xBB\xBFname: A\n".to_vec()).unwrap();
        assert_eq!(source.text, "name: A\n");
    }

    #[test]
    fn reports_invalid_utf8_at_its_line_and_column() {
        let err = decode(Path::new("a.yaml"), b"name: A\nsummary: caf\xE9\n".to_vec()).unwrap_err();
        assert_eq!((err.line, err.column), (2, 13));
        assert!(err.message.contains("0xE9"), "{}", err.message);
    }
}
