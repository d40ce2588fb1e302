//! Reading an author's file into text, with the mistakes of editors handled.
//!
//! Windows editors write a UTF-8 byte-order mark, which is legal but makes
//! YAML parsers see a second document; it is dropped here. Text that is not
//! UTF-8 is reported at its line and column, which a byte offset is not.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::diagnostics::Diagnostic;
use crate::messages::{os_error, Message};
use crate::msg;

/// One content file's text, with the path used in messages.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: PathBuf,
    pub text: String,
}

impl Source {
    /// An error at `line:column` of this file, showing the line.
    pub fn error(&self, line: usize, column: usize, message: Message) -> Diagnostic {
        Diagnostic::error(&self.path, line, column, message).with_source(&self.text)
    }

    pub fn warning(&self, line: usize, column: usize, message: Message) -> Diagnostic {
        Diagnostic::warning(&self.path, line, column, message).with_source(&self.text)
    }
}

/// The largest content file read: ten times the largest real region file
/// would ever be, and small enough that a hostile one costs nothing.
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// Reads `path` as UTF-8 text without a byte-order mark.
///
/// Only a regular file is opened: a symbolic link is refused without being
/// followed (a `site.yaml -> /etc/shadow` would otherwise print the target
/// line by line in error snippets), a pipe or device is refused without
/// being opened (opening a pipe would hang), and a file over
/// [`MAX_FILE_BYTES`] is refused from its size before a byte is read.
///
/// Every refusal here is about the whole file, so it names the file with no
/// line or column.
pub fn read(path: &Path) -> Result<Source, Diagnostic> {
    let cannot = |e: std::io::Error| match e.kind() {
        std::io::ErrorKind::NotFound => Diagnostic::error_in_file(path, msg!("file-missing"))
            .with_help(msg!("file-missing-help")),
        _ => Diagnostic::error_in_file(path, msg!("file-unreadable", error = os_error(&e))),
    };
    let meta = std::fs::symlink_metadata(path).map_err(cannot)?;
    if meta.file_type().is_symlink() {
        return Err(Diagnostic::error_in_file(path, msg!("file-is-symlink"))
            .with_help(msg!("file-is-symlink-help")));
    }
    if meta.is_dir() {
        return Err(Diagnostic::error_in_file(path, msg!("file-is-folder"))
            .with_help(msg!("file-is-folder-help")));
    }
    if !meta.is_file() {
        return Err(Diagnostic::error_in_file(path, msg!("file-not-regular")));
    }
    let too_large = |size: u64| {
        let limit = MAX_FILE_BYTES / (1024 * 1024);
        Diagnostic::error_in_file(path, msg!("file-too-large", size = size, limit = limit))
            .with_help(msg!("file-too-large-help"))
    };
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large(meta.len()));
    }
    // The size may change between the look and the read: read one byte past
    // the limit at most, so a growing file is refused too.
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    std::fs::File::open(path)
        .and_then(|file| file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(cannot)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
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
            let byte = format!("{bad:02X}");
            Err(
                Diagnostic::error(path, line, column, msg!("file-not-utf8", byte = byte))
                    .with_help(msg!("file-not-utf8-help")),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_symbolic_link_is_refused_and_its_target_never_shown() {
        let dir = tempfile::tempdir().unwrap();
        let secret = dir.path().join("secret");
        std::fs::write(&secret, "TOKEN=hunter2\n").unwrap();
        let link = dir.path().join("site.yaml");
        std::os::unix::fs::symlink(&secret, &link).unwrap();
        let err = read(&link).unwrap_err();
        assert!(
            err.message.to_string().contains("symbolic link"),
            "{}",
            err.message
        );
        assert!(!err.to_string().contains("hunter2"));
    }

    #[test]
    fn a_large_sparse_file_is_refused_from_its_size() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.yaml");
        std::fs::File::create(&path)
            .unwrap()
            .set_len(3 << 30)
            .unwrap();
        let err = read(&path).unwrap_err();
        assert!(
            err.message.to_string().contains("3221225472 bytes"),
            "{}",
            err.message
        );
    }

    #[test]
    fn a_pipe_is_refused_without_being_opened() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("fifo.yaml");
        let status = std::process::Command::new("mkfifo")
            .arg(&path)
            .status()
            .unwrap();
        assert!(status.success());
        let err = read(&path).unwrap_err();
        assert!(
            err.message.to_string().contains("not a regular file"),
            "{}",
            err.message
        );
    }

    #[test]
    fn drops_a_byte_order_mark() {
        let source = decode(Path::new("a.yaml"), b"\xEF\xBB\xBFname: A\n".to_vec()).unwrap();
        assert_eq!(source.text, "name: A\n");
    }

    #[test]
    fn reports_invalid_utf8_at_its_line_and_column() {
        let err = decode(Path::new("a.yaml"), b"name: A\nsummary: caf\xE9\n".to_vec()).unwrap_err();
        assert_eq!((err.line, err.column), (2, 13));
        assert!(err.message.to_string().contains("0xE9"), "{}", err.message);
    }
}
