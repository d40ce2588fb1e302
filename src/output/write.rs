//! Writes the site into a temporary folder beside the target, then swaps it in.
//!
//! Zola deletes its output before building, and a build that fails midway
//! leaves a half-written site (and once a whole project, zola#1378). Here the
//! new site is written to `.<name>.tmp-XXXX` in the same parent folder (same
//! filesystem, so renames are atomic), and only after every file is written
//! does it replace the old output: the old folder is renamed aside, the new
//! one renamed into place, and the old one removed. If anything fails before
//! the swap, the temporary folder is dropped and the old output is untouched.
//!
//! An existing folder is only replaced when it looks like a previous build
//! (it has `index.html`, `sitemap.xml` and `.nojekyll`) or is empty, so a
//! mistyped `--output` can never delete someone's files.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

/// Writing the output failed; the message names the path.
#[derive(Debug)]
pub struct OutputError(pub String);

impl fmt::Display for OutputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn context<'a>(path: &'a Path, what: &str) -> impl FnOnce(std::io::Error) -> OutputError + 'a {
    let what = what.to_string();
    move |e| OutputError(format!("cannot {what} {}: {e}", path.display()))
}

/// Writes `files` (relative path, bytes) as the folder `target`.
pub fn write_site(
    target: &Path,
    files: &[(String, Vec<u8>)],
    content_dir: &Path,
) -> Result<(), OutputError> {
    check_target(target, content_dir)?;
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| {
            OutputError(format!(
                "the output path {} has no folder name",
                target.display()
            ))
        })?;
    let parent = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).map_err(context(&parent, "create the folder"))?;

    let staging = tempfile::Builder::new()
        .prefix(&format!(".{name}.tmp-"))
        .tempdir_in(&parent)
        .map_err(context(&parent, "create a temporary folder in"))?;
    // Folders first (sorted, so parents come before children), then the
    // files in parallel: a national site has thousands of small files.
    let folders: std::collections::BTreeSet<PathBuf> = files
        .iter()
        .filter_map(|(relative, _)| {
            staging
                .path()
                .join(relative)
                .parent()
                .map(Path::to_path_buf)
        })
        .collect();
    for dir in &folders {
        fs::create_dir_all(dir).map_err(context(dir, "create the folder"))?;
    }
    files.par_iter().try_for_each(|(relative, bytes)| {
        let path = staging.path().join(relative);
        fs::write(&path, bytes).map_err(context(&path, "write"))
    })?;

    if target.exists() {
        let old = tempfile::Builder::new()
            .prefix(&format!(".{name}.old-"))
            .tempdir_in(&parent)
            .map_err(context(&parent, "create a temporary folder in"))?;
        // `old` is an empty folder; rename replaces an empty folder on Unix.
        fs::rename(target, old.path())
            .map_err(context(target, "move aside the previous output"))?;
        if let Err(e) = fs::rename(staging.path(), target) {
            // Put the previous output back before reporting.
            let _ = fs::rename(old.path(), target);
            return Err(OutputError(format!(
                "cannot move the new site into {}: {e}",
                target.display()
            )));
        }
        drop(old);
    } else {
        fs::rename(staging.path(), target).map_err(context(target, "move the new site into"))?;
    }
    // The staging folder was renamed away; forget it so nothing is removed.
    let _ = staging.keep();
    Ok(())
}

/// Refuses targets that would destroy files that are not a previous build.
fn check_target(target: &Path, content_dir: &Path) -> Result<(), OutputError> {
    let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let (target_abs, content_abs) = (absolute(target), absolute(content_dir));
    if content_abs.starts_with(&target_abs) {
        return Err(OutputError(format!(
            "the output folder {} contains the content folder; expected a separate folder such as `public`",
            target.display()
        )));
    }
    if !target.exists() {
        return Ok(());
    }
    if !target.is_dir() {
        return Err(OutputError(format!(
            "the output path {} is a file; expected a folder",
            target.display()
        )));
    }
    let empty = fs::read_dir(target)
        .map_err(context(target, "read"))?
        .next()
        .is_none();
    let previous_build = ["index.html", "sitemap.xml", ".nojekyll"]
        .iter()
        .all(|f| target.join(f).is_file());
    if empty || previous_build {
        Ok(())
    } else {
        Err(OutputError(format!(
            "the output folder {} holds files that this tool did not write; expected an empty folder or a previous build",
            target.display()
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(text: &str) -> Vec<(String, Vec<u8>)> {
        ["index.html", "sitemap.xml", ".nojekyll", "a/b.html"]
            .iter()
            .map(|p| (p.to_string(), text.as_bytes().to_vec()))
            .collect()
    }

    #[test]
    fn replaces_a_previous_build_and_leaves_no_temporary_folder() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("public");
        write_site(&target, &site("one"), &dir.path().join("content")).unwrap();
        write_site(&target, &site("two"), &dir.path().join("content")).unwrap();
        assert_eq!(fs::read_to_string(target.join("a/b.html")).unwrap(), "two");
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["public"]);
    }

    #[test]
    fn refuses_a_folder_of_other_files() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("precious.txt"), "keep").unwrap();
        let err = write_site(dir.path(), &site("x"), Path::new("/elsewhere/content")).unwrap_err();
        assert!(err.0.contains("did not write"), "{}", err.0);
        assert!(dir.path().join("precious.txt").exists());
    }

    #[test]
    fn refuses_a_folder_that_holds_the_content() {
        let dir = tempfile::tempdir().unwrap();
        let err = write_site(dir.path(), &site("x"), &dir.path().join("content")).unwrap_err();
        assert!(err.0.contains("contains the content folder"), "{}", err.0);
    }
}
