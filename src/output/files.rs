//! A few named files written into a folder, each whole: how `schema` writes.
//!
//! `schema` once wrote with `fs::write` wherever it was told: through a
//! symbolic link at the target (changing what the link points to), into the
//! content folder or a theme folder. Now the folder is held to the same
//! rules as a build's ([`place::check`]); a target that is a link, or not a
//! file at all, is refused, since what a link points to is not ours to
//! change and silently replacing the link would undo someone's setup; and
//! each file is written to a temporary file beside it and renamed over the
//! target, which never follows a link and leaves the old file or the new
//! one, never half of either. Every file is checked, and written, before
//! any is put in place.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use crate::messages::{os_error, Message};
use crate::msg;

use super::place::{self, show, Writes};

/// Writes each `(name, text)` of `files` into the folder `output` (made if
/// needed), replacing older copies, after checking the folder against
/// `content_dir` by the rules for [`Writes::Schemas`]. Gives the paths
/// written (`output` joined with each name), or every reason it wrote
/// nothing.
pub fn write_files(
    output: &Path,
    content_dir: &Path,
    files: &[(&str, String)],
) -> Result<Vec<PathBuf>, Vec<Message>> {
    let place = place::check(output, content_dir, Writes::Schemas).map_err(|e| vec![e.0])?;
    let refusals: Vec<Message> = files
        .iter()
        .filter_map(|(name, _)| not_a_file(&place.target.join(name), &output.join(name)))
        .map(|(why, help)| place::with_help(place::refused(output, Writes::Schemas, why), help).0)
        .collect();
    if !refusals.is_empty() {
        return Err(refusals);
    }
    fs::create_dir_all(&place.target).map_err(|e| {
        vec![msg!(
            "cannot-create-folder",
            path = show(output),
            error = os_error(&e)
        )]
    })?;
    let cannot_write = |path: &Path, e: io::Error| {
        vec![msg!(
            "cannot-write",
            path = show(path),
            error = os_error(&e)
        )]
    };
    let mut written = Vec::with_capacity(files.len());
    for (name, text) in files {
        let temporary = temporary_beside(&place.target, name)
            .and_then(|mut file| file.write_all(text.as_bytes()).map(|()| file))
            .map_err(|e| cannot_write(&output.join(name), e))?;
        written.push((temporary, name));
    }
    written
        .into_iter()
        .map(|(temporary, name)| {
            temporary
                .persist(place.target.join(name))
                .map_err(|e| cannot_write(&output.join(name), e.error))?;
            Ok(output.join(name))
        })
        .collect()
}

/// Why `target` (shown as `shown`) may not be replaced by a file, and how
/// to fix it; `None` when it is a file or does not exist.
fn not_a_file(target: &Path, shown: &Path) -> Option<(Message, Message)> {
    let kind = match fs::symlink_metadata(target) {
        Ok(meta) if meta.is_file() => return None,
        Ok(meta) if meta.file_type().is_symlink() => "link",
        Ok(_) => "other",
        Err(e) if e.kind() == io::ErrorKind::NotFound => return None,
        Err(e) => {
            let why = msg!("cannot-read", path = show(shown), error = os_error(&e));
            return Some((why, msg!("output-target-help", path = show(shown))));
        }
    };
    Some((
        msg!("output-target-not-a-file", path = show(shown), kind = kind),
        msg!("output-target-help", path = show(shown)),
    ))
}

/// A new empty file beside the target `name` in `folder`, readable by all
/// as `fs::write` would make it under the usual umask.
fn temporary_beside(folder: &Path, name: &str) -> io::Result<NamedTempFile> {
    let prefix = format!(".{name}.tmp-");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix);
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644));
    builder.tempfile_in(folder)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files() -> Vec<(&'static str, String)> {
        vec![("a.json", "{}\n".into()), ("b.json", "[]\n".into())]
    }

    #[test]
    fn writes_each_file_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("docs/schema");
        fs::create_dir_all(&out).unwrap();
        fs::write(out.join("a.json"), "old").unwrap();
        let written = write_files(&out, &dir.path().join("content"), &files()).unwrap();
        assert_eq!(written, [out.join("a.json"), out.join("b.json")]);
        assert_eq!(fs::read_to_string(out.join("a.json")).unwrap(), "{}\n");
        let mut names: Vec<_> = fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        assert_eq!(names, ["a.json", "b.json"]);
    }

    #[test]
    fn a_folder_at_a_target_is_refused_and_nothing_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("schema");
        fs::create_dir_all(out.join("b.json")).unwrap();
        let errors = write_files(&out, &dir.path().join("content"), &files()).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].to_string().contains("is not a file"),
            "{}",
            errors[0]
        );
        assert!(!out.join("a.json").exists());
    }
}
