//! Where a command may write: the one set of rules for `build --output` and
//! `schema --output`.
//!
//! Both commands once checked their folder in their own way, and `schema`
//! not at all: told to, it wrote into the content folder or a theme folder.
//! Here a path is resolved first (every symlink and `..`, so a link cannot
//! lead the write somewhere the rules would refuse by name), and then held
//! against what the project needs: the content folder, the theme's
//! `templates/` and `static/`, and git's own folder. What else is refused
//! depends on how the folder is used ([`Writes`]).

use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use crate::messages::{os_error, Message};
use crate::msg;

use super::error::OutputError;

/// What a command writes into its output folder, which decides what the
/// folder may overlap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Writes {
    /// The site replaces the folder whole, so the folder must not hold the
    /// content, a theme folder or a repository either.
    Site,
    /// The schemas are a few named files written into the folder, which is
    /// otherwise left alone: only where the folder lies matters.
    Schemas,
}

impl Writes {
    /// The selector the catalogue words the refusal by.
    fn what(self) -> &'static str {
        match self {
            Writes::Site => "site",
            Writes::Schemas => "schemas",
        }
    }
}

/// A folder a command may write to, resolved and checked.
#[derive(Debug, Clone)]
pub struct Place {
    /// The folder with every symlink and `..` resolved.
    pub target: PathBuf,
    /// The content folder, resolved the same way.
    pub content: PathBuf,
}

/// Resolves `output` and `content_dir` and checks that `writes` may go to
/// `output`: it must not be or sit inside the content folder, the theme's
/// `templates/` or `static/`, or a `.git` folder; a site's folder must not
/// hold any of them or a repository's root either, nor be the root of the
/// file system.
pub fn check(output: &Path, content_dir: &Path, writes: Writes) -> Result<Place, OutputError> {
    let target = resolve(output).map_err(|e| {
        OutputError(msg!(
            "output-unresolvable",
            path = show(output),
            error = os_error(&e)
        ))
    })?;
    let content = resolve(content_dir).map_err(|e| {
        OutputError(msg!(
            "content-unresolvable",
            path = show(content_dir),
            error = os_error(&e)
        ))
    })?;
    if writes == Writes::Site && target.parent().is_none() {
        return Err(OutputError(msg!("output-is-root", path = show(output))));
    }
    // A site replaces its folder, so holding a folder is as bad as being in
    // it; the schemas only add files, so only being in one counts.
    let clash = |other: &Path| match writes {
        Writes::Site => overlaps(&target, other),
        Writes::Schemas => target.starts_with(other),
    };
    let why = if clash(&content) {
        Some(msg!(
            "output-overlaps-content",
            relation = relation(&target, &content),
            path = show(&content)
        ))
    } else {
        content.parent().and_then(|theme| {
            ["templates", "static"]
                .map(|folder| theme.join(folder))
                .into_iter()
                .find(|folder| clash(folder))
                .map(|folder| {
                    msg!(
                        "output-overlaps-theme",
                        relation = relation(&target, &folder),
                        path = show(&folder)
                    )
                })
        })
    };
    let why = why.or_else(|| {
        if target.components().any(|c| c.as_os_str() == ".git") {
            return Some(msg!("output-in-git"));
        }
        if writes == Writes::Schemas {
            return None;
        }
        [&content, &target]
            .into_iter()
            .filter_map(|start| repository_root(start))
            .find(|repo| repo.starts_with(&target))
            .map(|repo| msg!("output-holds-repository", path = show(&repo)))
    });
    match why {
        Some(why) => Err(refused(output, writes, why)),
        None => Ok(Place { target, content }),
    }
}

/// `writes` will not go to `output`, because of `why`.
pub fn refused(output: &Path, writes: Writes, why: Message) -> OutputError {
    OutputError(msg!(
        "output-refused",
        what = writes.what(),
        path = show(output),
        why = why
    ))
}

/// `refusal`, with a help line saying how to get past it.
pub fn with_help(refusal: OutputError, help: Message) -> OutputError {
    OutputError(msg!(
        "output-refused-help",
        refusal = refusal.0,
        help = help
    ))
}

/// `path` made absolute with every symlink and `..` resolved, also when its
/// last parts do not exist yet: each existing prefix is canonicalized as it
/// is reached, so a `..` after a symlink goes to the link target's parent,
/// as the file system would.
pub fn resolve(path: &Path) -> io::Result<PathBuf> {
    let absolute = std::path::absolute(path)?;
    let mut resolved = PathBuf::new();
    for component in absolute.components() {
        match component {
            Component::Prefix(_) | Component::RootDir => resolved.push(component.as_os_str()),
            Component::CurDir => {}
            Component::ParentDir => {
                resolved.pop();
            }
            Component::Normal(name) => {
                resolved.push(name);
                match fs::canonicalize(&resolved) {
                    Ok(real) => resolved = real,
                    Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                    Err(e) => return Err(e),
                }
            }
        }
    }
    Ok(resolved)
}

/// Whether one of the two resolved paths is, holds or sits inside the other.
fn overlaps(a: &Path, b: &Path) -> bool {
    a.starts_with(b) || b.starts_with(a)
}

/// `is`, `holds` or `inside`: the catalogue puts it into words.
fn relation(target: &Path, other: &Path) -> &'static str {
    if target == other {
        "is"
    } else if other.starts_with(target) {
        "holds"
    } else {
        "inside"
    }
}

/// The nearest folder at or above `start` that has a `.git` entry.
fn repository_root(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .find(|dir| fs::symlink_metadata(dir.join(".git")).is_ok())
        .map(Path::to_path_buf)
}

/// A path for messages, with control characters escaped.
pub fn show(path: &Path) -> String {
    crate::diagnostics::escape_for_terminal(&path.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_dot_dot_in_paths_that_do_not_exist_yet() {
        let dir = tempfile::tempdir().unwrap();
        let real = fs::canonicalize(dir.path()).unwrap();
        assert_eq!(
            resolve(&dir.path().join("public/../public")).unwrap(),
            real.join("public")
        );
        assert_eq!(
            resolve(&dir.path().join("a/b/../../c")).unwrap(),
            real.join("c")
        );
    }

    #[test]
    fn resolves_a_dot_dot_after_a_symlink_from_the_link_target() {
        let dir = tempfile::tempdir().unwrap();
        let real = fs::canonicalize(dir.path()).unwrap();
        fs::create_dir_all(real.join("x/y")).unwrap();
        std::os::unix::fs::symlink(real.join("x/y"), real.join("link")).unwrap();
        assert_eq!(resolve(&real.join("link/../z")).unwrap(), real.join("x/z"));
    }

    #[test]
    fn schemas_may_go_into_a_folder_that_holds_the_content_but_a_site_may_not() {
        let dir = tempfile::tempdir().unwrap();
        let content = dir.path().join("content");
        assert!(check(dir.path(), &content, Writes::Schemas).is_ok());
        let err = check(dir.path(), &content, Writes::Site).unwrap_err();
        assert!(
            err.to_string().contains("holds the content folder"),
            "{}",
            err.0
        );
    }

    #[test]
    fn a_refusal_names_what_would_have_been_written() {
        let dir = tempfile::tempdir().unwrap();
        let content = dir.path().join("content");
        let inside = content.join("schema");
        let err = check(&inside, &content, Writes::Schemas).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("refusing to write the schemas to"),
            "{}",
            err.0
        );
        let err = check(&inside, &content, Writes::Site).unwrap_err();
        assert!(
            err.to_string().starts_with("refusing to write the site to"),
            "{}",
            err.0
        );
    }
}
