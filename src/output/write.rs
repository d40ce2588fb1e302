//! Writes the site into a temporary folder beside the target, then swaps it in.
//!
//! Zola deletes its output before building, and a build that fails midway
//! leaves a half-written site (and once a whole project, zola#1378). Here the
//! work is split in two so that nothing is touched before it is known to be
//! safe:
//!
//! 1. [`OutputPlan::new`] resolves `--output` and the content folder and
//!    refuses any target the rules of [`place`](super::place) forbid, or that
//!    holds anything but a previous build of this tool: its
//!    [`STAMP_FILE`] lists every file that build wrote, and anything else in
//!    the folder (a nested repository, a file dropped there) is named and
//!    refused ([`record`](super::record)).
//! 2. [`OutputPlan::stage`] makes `.<name>.tmp-XXXX` in the same parent
//!    folder (same filesystem, so renames are atomic), and the render writes
//!    each file into it as it is rendered ([`Staging`] is its sink). Then
//!    [`Staging::finish`] writes the stamp with the list of those files,
//!    looks at the target once more (a render can take minutes, and a
//!    folder made in it meanwhile must not go with it), renames the old
//!    output aside, the new one into place, and removes the old one. Every
//!    failure says exactly what state the folder is in, and only a failure
//!    to put the previous output back leaves a folder behind (named in the
//!    message).

use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use rayon::prelude::*;

use crate::messages::{os_error, Message};
use crate::msg;
use crate::sink::{Sink, StreamedFile};

use super::error::OutputError;
use super::place::{self, show, Writes};
use super::record::STAMP_FILE;
use super::record::{self, Previous};

/// A checked place to write the site to: resolved, and known to be safe to
/// replace.
#[derive(Debug, Clone)]
pub struct OutputPlan {
    /// `--output` as given, for messages.
    given: PathBuf,
    /// The output folder with every symlink and `..` resolved.
    target: PathBuf,
    parent: PathBuf,
    name: String,
}

impl OutputPlan {
    /// Resolves `output` and `content_dir` and checks that `output` may be
    /// written: the rules of [`place::check`] for a site, and an existing
    /// folder must be empty or a previous build and nothing else.
    pub fn new(output: &Path, content_dir: &Path) -> Result<OutputPlan, OutputError> {
        let target = place::check(output, content_dir, Writes::Site)?.target;
        let (Some(parent), Some(name)) = (target.parent(), target.file_name()) else {
            return Err(OutputError(msg!("output-is-root", path = show(output))));
        };
        let plan = OutputPlan {
            given: output.to_path_buf(),
            parent: parent.to_path_buf(),
            name: name.to_string_lossy().into_owned(),
            target: target.clone(),
        };
        plan.check_previous()?;
        Ok(plan)
    }

    /// Refuses an existing target that is not an empty folder or a previous
    /// build with nothing else in it. Run when planning and again just
    /// before the swap.
    fn check_previous(&self) -> Result<(), OutputError> {
        let refuse = |why: Message| place::refused(&self.given, Writes::Site, why);
        match fs::symlink_metadata(&self.target) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
            Err(e) => {
                return Err(OutputError(msg!(
                    "cannot-read",
                    path = show(&self.target),
                    error = os_error(&e)
                )))
            }
            Ok(meta) if !meta.is_dir() => return Err(refuse(msg!("output-is-file"))),
            Ok(_) => {}
        }
        match record::inspect(&self.target).map_err(OutputError)? {
            Previous::Empty | Previous::Build => Ok(()),
            Previous::NotABuild => Err(refuse(msg!("output-not-a-build", stamp = STAMP_FILE))),
            Previous::Unrecorded => Err(place::with_help(
                refuse(msg!("output-unrecorded-build", stamp = STAMP_FILE)),
                msg!("output-unrecorded-build-help", path = show(&self.given)),
            )),
            Previous::Foreign(relative) => {
                let path = show(&self.given.join(relative));
                Err(place::with_help(
                    refuse(msg!("output-foreign-path", path = path.clone())),
                    msg!("output-foreign-path-help", path = path),
                ))
            }
        }
    }

    /// The resolved output folder.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Creates the staging folder beside the target, into which each file
    /// is written as it is rendered.
    pub fn stage(&self) -> Result<Staging, OutputError> {
        fs::create_dir_all(&self.parent).map_err(|e| unchanged(cannot_create(&self.parent, e)))?;
        let dir = tempfile::Builder::new()
            .prefix(&format!(".{}.tmp-", self.name))
            .tempdir_in(&self.parent)
            .map_err(|e| unchanged(cannot_create(&self.parent, e)))?;
        Ok(Staging {
            plan: self.clone(),
            dir,
            folders: Mutex::default(),
            files: Mutex::default(),
        })
    }

    /// Writes `files` (relative path, bytes) and the stamp as the target
    /// folder, replacing a previous build only once every file is written.
    pub fn write(&self, files: &[(String, Vec<u8>)]) -> Result<(), OutputError> {
        let staging = self.stage()?;
        files
            .par_iter()
            .try_for_each(|(path, bytes)| staging.put(path.clone(), bytes.clone()))
            .map_err(unchanged)?;
        staging.finish()
    }
}

/// The new site, written file by file into a temporary folder beside the
/// target; [`finish`](Staging::finish) puts it in place. Dropped without
/// finishing (a render failed), it is removed and the output is untouched.
#[derive(Debug)]
pub struct Staging {
    plan: OutputPlan,
    dir: tempfile::TempDir,
    /// The folders made so far (relative), so each is made once: most
    /// files share their folder with others, and asking the filesystem
    /// again costs a system call under the parent folder's lock.
    folders: Mutex<HashSet<String>>,
    /// Every file written (relative), for the stamp's record.
    files: Mutex<Vec<String>>,
}

impl Sink for Staging {
    /// Writes one file.
    fn put(&self, relative: String, bytes: Vec<u8>) -> Result<(), Message> {
        let path = self.prepare(&relative)?;
        fs::write(&path, bytes).map_err(|e| cannot_write(&path, &e))?;
        self.record(relative);
        Ok(())
    }

    /// Opens one file and writes it as the pieces come; it is recorded
    /// once finished. A file left unfinished goes with the staging folder.
    fn create(&self, relative: String) -> Result<StreamedFile<'_>, Message> {
        let path = self.prepare(&relative)?;
        let file = fs::File::create(&path).map_err(|e| cannot_write(&path, &e))?;
        let out = Box::new(io::BufWriter::with_capacity(1 << 16, file));
        let describe = {
            let path = path.clone();
            Box::new(move |e: &io::Error| cannot_write(&path, e))
        };
        let finish = Box::new(move || {
            self.record(relative);
            Ok(())
        });
        Ok(StreamedFile::direct(out, finish, describe))
    }
}

fn cannot_write(path: &Path, e: &io::Error) -> Message {
    msg!("cannot-write", path = show(path), error = os_error(e))
}

impl Staging {
    /// The full path of `relative` in the staging folder, with its folder
    /// made. The route table makes every path, so a path that would leave
    /// the folder, or the stamp's, is a bug refused here.
    fn prepare(&self, relative: &str) -> Result<PathBuf, Message> {
        let inside = Path::new(relative)
            .components()
            .all(|c| matches!(c, Component::Normal(_)));
        if !inside || relative == STAMP_FILE {
            return Err(msg!("output-stamp-reserved", path = relative));
        }
        if let Some((folder, _)) = relative.rsplit_once('/') {
            let folders = || self.folders.lock().unwrap_or_else(PoisonError::into_inner);
            // Not held while the folder is made: the other threads go on.
            let made = folders().contains(folder);
            if !made {
                let full = self.dir.path().join(folder);
                fs::create_dir_all(&full).map_err(|e| cannot_create(&full, e))?;
                folders().insert(folder.to_string());
            }
        }
        Ok(self.dir.path().join(relative))
    }

    /// Notes a written file for the stamp's record.
    fn record(&self, relative: String) {
        self.files
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(relative);
    }
}

impl Staging {
    /// Writes the stamp and swaps the staging folder in as the target.
    pub fn finish(self) -> Result<(), OutputError> {
        self.finish_with(&|from, to| fs::rename(from, to))
    }

    /// [`finish`](Self::finish) with the rename used for the swap given,
    /// so tests can make each step fail.
    fn finish_with(
        self,
        rename: &dyn Fn(&Path, &Path) -> io::Result<()>,
    ) -> Result<(), OutputError> {
        let Staging {
            plan,
            dir: staging,
            files,
            ..
        } = self;
        let stamp = staging.path().join(STAMP_FILE);
        let files = files.into_inner().unwrap_or_else(PoisonError::into_inner);
        record::stamp(files)
            .and_then(|bytes| fs::write(&stamp, bytes))
            .map_err(|e| {
                unchanged(msg!(
                    "cannot-write",
                    path = show(&stamp),
                    error = os_error(&e)
                ))
            })?;

        if fs::symlink_metadata(&plan.target).is_err() {
            rename(staging.path(), &plan.target).map_err(|e| {
                OutputError(msg!(
                    "output-move-in-failed-nothing-written",
                    path = show(&plan.target),
                    error = os_error(&e)
                ))
            })?;
            // The staging folder is now the target; forget it.
            let _ = staging.keep();
            return Ok(());
        }
        plan.check_previous()?;

        let old = tempfile::Builder::new()
            .prefix(&format!(".{}.old-", plan.name))
            .tempdir_in(&plan.parent)
            .map_err(|e| unchanged(cannot_create(&plan.parent, e)))?;
        // `old` is an empty folder; rename replaces an empty folder on Unix.
        rename(&plan.target, old.path()).map_err(|e| {
            unchanged(msg!(
                "output-move-aside-failed",
                path = show(&plan.target),
                error = os_error(&e)
            ))
        })?;
        if let Err(e) = rename(staging.path(), &plan.target) {
            return Err(match rename(old.path(), &plan.target) {
                Ok(()) => unchanged(msg!(
                    "output-move-in-failed",
                    path = show(&plan.target),
                    error = os_error(&e)
                )),
                Err(back) => {
                    let kept = old.keep();
                    OutputError(msg!(
                        "output-restore-failed",
                        path = show(&plan.target),
                        error = os_error(&e),
                        back = os_error(&back),
                        kept = show(&kept)
                    ))
                }
            });
        }
        let _ = staging.keep();
        let old_path = old.path().to_path_buf();
        old.close().map_err(|e| {
            OutputError(msg!(
                "output-old-not-removed",
                path = show(&plan.target),
                old = show(&old_path),
                error = os_error(&e)
            ))
        })
    }
}

/// The output was left as it was, because of `problem`.
pub fn unchanged(problem: Message) -> OutputError {
    OutputError(msg!("output-unchanged", problem = problem))
}

fn cannot_create(path: &Path, e: io::Error) -> Message {
    msg!(
        "cannot-create-folder",
        path = show(path),
        error = os_error(&e)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(text: &str) -> Vec<(String, Vec<u8>)> {
        ["index.html", "sitemap.xml", "a/b.html"]
            .iter()
            .map(|p| (p.to_string(), text.as_bytes().to_vec()))
            .collect()
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    fn write(target: &Path, content: &Path, text: &str) -> Result<(), OutputError> {
        OutputPlan::new(target, content)?.write(&site(text))
    }

    impl OutputPlan {
        /// Stages `files` and finishes with `rename`.
        fn stage_with(
            &self,
            files: &[(String, Vec<u8>)],
            rename: &dyn Fn(&Path, &Path) -> io::Result<()>,
        ) -> Result<(), OutputError> {
            let staging = self.stage()?;
            for (path, bytes) in files {
                Sink::put(&staging, path.clone(), bytes.clone()).map_err(unchanged)?;
            }
            staging.finish_with(rename)
        }
    }

    #[test]
    fn replaces_a_previous_build_and_leaves_no_temporary_folder() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("public");
        write(&target, &dir.path().join("content"), "one").unwrap();
        write(&target, &dir.path().join("content"), "two").unwrap();
        assert_eq!(fs::read_to_string(target.join("a/b.html")).unwrap(), "two");
        assert_eq!(record::inspect(&target), Ok(Previous::Build));
        assert_eq!(names(dir.path()), ["public"]);
    }

    #[test]
    fn a_folder_made_in_the_output_while_rendering_is_refused_at_the_swap() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("public");
        let content = dir.path().join("content");
        write(&target, &content, "one").unwrap();
        let plan = OutputPlan::new(&target, &content).unwrap();
        let staging = plan.stage().unwrap();
        Sink::put(&staging, "index.html".into(), b"two".to_vec()).unwrap();
        fs::create_dir_all(target.join("notes/.git")).unwrap();
        let err = staging.finish().unwrap_err();
        assert!(err.to_string().contains("public/notes"), "{}", err.0);
        assert!(target.join("notes/.git").is_dir());
        assert_eq!(fs::read_to_string(target.join("a/b.html")).unwrap(), "one");
        assert_eq!(names(dir.path()), ["public"]);
    }

    #[test]
    fn refuses_a_folder_of_other_files() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("precious.txt"), "keep").unwrap();
        let err = write(dir.path(), Path::new("/elsewhere/content"), "x").unwrap_err();
        assert!(err.to_string().contains("did not write"), "{}", err.0);
        assert!(dir.path().join("precious.txt").exists());
    }

    #[test]
    fn a_folder_that_only_looks_like_a_build_is_refused() {
        // The files of an old build without the stamp: a repository's root
        // can look like this, and must never be moved.
        let dir = tempfile::tempdir().unwrap();
        for name in ["index.html", "sitemap.xml", ".nojekyll"] {
            fs::write(dir.path().join(name), "x").unwrap();
        }
        let err = write(dir.path(), Path::new("/elsewhere/content"), "x").unwrap_err();
        assert!(err.to_string().contains(STAMP_FILE), "{}", err.0);
    }

    #[test]
    fn refuses_a_folder_that_holds_the_content() {
        let dir = tempfile::tempdir().unwrap();
        let err = write(dir.path(), &dir.path().join("content"), "x").unwrap_err();
        assert!(
            err.to_string().contains("holds the content folder"),
            "{}",
            err.0
        );
    }

    #[test]
    fn a_failed_swap_puts_the_previous_output_back_and_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("public");
        let content = dir.path().join("content");
        write(&target, &content, "one").unwrap();
        let plan = OutputPlan::new(&target, &content).unwrap();
        let calls = std::cell::Cell::new(0);
        let second_fails = |from: &Path, to: &Path| {
            calls.set(calls.get() + 1);
            if calls.get() == 2 {
                Err(io::Error::other("injected"))
            } else {
                fs::rename(from, to)
            }
        };
        let err = plan.stage_with(&site("two"), &second_fails).unwrap_err();
        assert!(
            err.to_string()
                .ends_with("the previous output is unchanged"),
            "{}",
            err.0
        );
        assert_eq!(fs::read_to_string(target.join("a/b.html")).unwrap(), "one");
        assert_eq!(names(dir.path()), ["public"]);
    }

    #[test]
    fn a_swap_that_cannot_be_undone_says_where_the_previous_output_is() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("public");
        let content = dir.path().join("content");
        write(&target, &content, "one").unwrap();
        let plan = OutputPlan::new(&target, &content).unwrap();
        let calls = std::cell::Cell::new(0);
        let all_but_first_fail = |from: &Path, to: &Path| {
            calls.set(calls.get() + 1);
            if calls.get() >= 2 {
                Err(io::Error::other("injected"))
            } else {
                fs::rename(from, to)
            }
        };
        let err = plan
            .stage_with(&site("two"), &all_but_first_fail)
            .unwrap_err();
        let left: Vec<String> = names(dir.path());
        assert_eq!(left.len(), 1, "{left:?}");
        assert!(left[0].starts_with(".public.old-"), "{left:?}");
        assert!(err.to_string().contains(&left[0]), "{}", err.0);
        assert!(err.to_string().contains("by hand"), "{}", err.0);
        assert!(!err.to_string().contains("unchanged"), "{}", err.0);
    }

    #[test]
    fn a_failed_first_build_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("public");
        let plan = OutputPlan::new(&target, &dir.path().join("content")).unwrap();
        let fails = |_: &Path, _: &Path| Err(io::Error::other("injected"));
        let err = plan.stage_with(&site("x"), &fails).unwrap_err();
        assert!(err.to_string().contains("nothing was written"), "{}", err.0);
        assert!(names(dir.path()).is_empty());
    }
}
