//! The build's stamp, and the record in it of every file the build wrote.
//!
//! The output folder is replaced whole, so it may be replaced only when it
//! holds nothing but what the previous build wrote: a notes repository
//! made inside `public/`, or a file dropped there, would go with it. A stamp
//! that only said "a build was here" could not tell; this one lists every
//! file, and [`inspect`] walks the folder (without following links) for the
//! first path the list does not account for.
//!
//! The list is sorted and gzip-compressed (flate2). The whole country down
//! to the desa is some 90,000 regions with a handful of files each: a few
//! hundred thousand paths of about 40 bytes, tens of MB as plain text,
//! published with every deploy. Sorted paths share long prefixes, so gzip
//! makes that a few MB. A hash of the list would be smaller still, but could
//! only say *that* something is foreign, and the refusal must name *what*.
//! A file is matched by its path only: a page edited in place is still the
//! build's page, and comparing contents would mean reading the whole site.

use std::collections::HashSet;
use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use flate2::read::GzDecoder;
use flate2::write::GzEncoder;
use flate2::Compression;
use walkdir::WalkDir;

use crate::messages::{os_error, Message};
use crate::msg;

use super::place::show;

pub use crate::sink::STAMP_FILE;

/// The stamp's first line, for whoever opens it. Alone, it is the whole
/// stamp of a build from before the record was kept.
pub const STAMP_HEADER: &str =
    "This folder is a site built by ikm-site; the next build replaces it whole.\n";

/// The stamp's second line; the record follows it.
const RECORD_LINE: &str =
    "The files it wrote follow, one path per line, sorted, gzip-compressed (record 1).\n";

/// The most a record may inflate to: far above the whole country's few
/// tens of MB, and a bound on what a damaged or crafted stamp can make the
/// next build hold in memory.
const MAX_RECORD_BYTES: u64 = 512 * 1024 * 1024;

/// The stamp of a build that wrote `files` (relative paths with `/`). The
/// same files give the same bytes, so two builds of the same content stay
/// byte-identical.
pub fn stamp(mut files: Vec<String>) -> io::Result<Vec<u8>> {
    files.sort_unstable();
    files.dedup();
    let mut bytes = format!("{STAMP_HEADER}{RECORD_LINE}").into_bytes();
    // The gzip header's time is left at zero, so it does not vary.
    let mut encoder = GzEncoder::new(&mut bytes, Compression::default());
    for file in &files {
        encoder.write_all(file.as_bytes())?;
        encoder.write_all(b"\n")?;
    }
    encoder.finish()?;
    Ok(bytes)
}

/// What an existing output folder holds.
#[derive(Debug, PartialEq, Eq)]
pub enum Previous {
    /// Nothing at all.
    Empty,
    /// A previous build and nothing else.
    Build,
    /// Files and no stamp of this tool.
    NotABuild,
    /// A stamp without a readable record: an older version's, or damaged.
    Unrecorded,
    /// A previous build, and this path (relative, the first in sorted
    /// order) that it did not write.
    Foreign(PathBuf),
}

/// Looks at the existing folder `dir`: whether it is empty, a previous
/// build with nothing else in it, or something the build must not replace.
pub fn inspect(dir: &Path) -> Result<Previous, Message> {
    let cannot_read =
        |path: &Path, e: &io::Error| msg!("cannot-read", path = show(path), error = os_error(e));
    let mut entries = fs::read_dir(dir).map_err(|e| cannot_read(dir, &e))?;
    if entries.next().is_none() {
        return Ok(Previous::Empty);
    }
    let stamp = dir.join(STAMP_FILE);
    match fs::symlink_metadata(&stamp) {
        Ok(meta) if meta.is_file() => {}
        Ok(_) => return Ok(Previous::NotABuild),
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Previous::NotABuild),
        Err(e) => return Err(cannot_read(&stamp, &e)),
    }
    let mut bytes = Vec::new();
    fs::File::open(&stamp)
        .and_then(|file| file.take(MAX_RECORD_BYTES).read_to_end(&mut bytes))
        .map_err(|e| cannot_read(&stamp, &e))?;
    let Some(rest) = bytes.strip_prefix(STAMP_HEADER.as_bytes()) else {
        return Ok(Previous::NotABuild);
    };
    let Some(record) = read_record(rest) else {
        return Ok(Previous::Unrecorded);
    };
    let files: HashSet<&str> = record.lines().collect();
    let folders: HashSet<&str> = files
        .iter()
        .flat_map(|file| file.match_indices('/').map(|(at, _)| &file[..at]))
        .collect();
    for entry in WalkDir::new(dir)
        .min_depth(1)
        .follow_links(false)
        .sort_by_file_name()
    {
        let entry = entry.map_err(|e| {
            let path = e.path().unwrap_or(dir).to_path_buf();
            cannot_read(&path, &io::Error::from(e))
        })?;
        let relative = entry.path().strip_prefix(dir).unwrap_or(entry.path());
        let kind = entry.file_type();
        let ours = match relative.to_str() {
            Some(STAMP_FILE) => true,
            Some(path) if kind.is_dir() => folders.contains(path),
            Some(path) if kind.is_file() => files.contains(path),
            // A link, a device or a name that is not UTF-8: the build
            // writes none of these.
            _ => false,
        };
        if !ours {
            return Ok(Previous::Foreign(relative.to_path_buf()));
        }
    }
    Ok(Previous::Build)
}

/// The record after the header, or `None` when it is missing or unreadable.
fn read_record(rest: &[u8]) -> Option<String> {
    let compressed = rest.strip_prefix(RECORD_LINE.as_bytes())?;
    let mut record = String::new();
    GzDecoder::new(compressed)
        .take(MAX_RECORD_BYTES + 1)
        .read_to_string(&mut record)
        .ok()?;
    (record.len() as u64 <= MAX_RECORD_BYTES).then_some(record)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A folder laid out as a build of `files` would leave it.
    fn built(files: &[&str]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for file in files {
            let path = dir.path().join(file);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, "x").unwrap();
        }
        let list = files.iter().map(|f| f.to_string()).collect();
        fs::write(dir.path().join(STAMP_FILE), stamp(list).unwrap()).unwrap();
        dir
    }

    const SITE: [&str; 3] = ["index.html", "wilayah/lebak/index.html", "grafik/a.svg"];

    #[test]
    fn a_build_with_nothing_else_is_a_build() {
        let dir = built(&SITE);
        assert_eq!(inspect(dir.path()), Ok(Previous::Build));
    }

    #[test]
    fn an_empty_folder_is_empty() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(inspect(dir.path()), Ok(Previous::Empty));
    }

    #[test]
    fn the_same_files_in_any_order_give_the_same_stamp() {
        let one = stamp(vec!["b".into(), "a/c".into()]).unwrap();
        let two = stamp(vec!["a/c".into(), "b".into(), "b".into()]).unwrap();
        assert_eq!(one, two);
        assert!(one.starts_with(STAMP_HEADER.as_bytes()));
    }

    #[test]
    fn the_first_foreign_path_in_sorted_order_is_named() {
        let dir = built(&SITE);
        fs::write(dir.path().join("wilayah/lebak/catatan.txt"), "x").unwrap();
        fs::write(dir.path().join("zzz.txt"), "x").unwrap();
        fs::create_dir_all(dir.path().join("wilayah/notes/.git")).unwrap();
        assert_eq!(
            inspect(dir.path()),
            Ok(Previous::Foreign("wilayah/lebak/catatan.txt".into()))
        );
    }

    #[test]
    fn a_nested_repository_is_foreign() {
        let dir = built(&SITE);
        fs::create_dir_all(dir.path().join("notes/.git")).unwrap();
        assert_eq!(inspect(dir.path()), Ok(Previous::Foreign("notes".into())));
    }

    #[test]
    fn an_empty_folder_no_file_needs_is_foreign() {
        let dir = built(&SITE);
        fs::create_dir_all(dir.path().join("wilayah/baru")).unwrap();
        assert_eq!(
            inspect(dir.path()),
            Ok(Previous::Foreign("wilayah/baru".into()))
        );
    }

    #[test]
    fn a_link_where_the_build_wrote_a_file_is_foreign() {
        let dir = built(&SITE);
        let page = dir.path().join("index.html");
        fs::remove_file(&page).unwrap();
        std::os::unix::fs::symlink("/etc/hostname", &page).unwrap();
        assert_eq!(
            inspect(dir.path()),
            Ok(Previous::Foreign("index.html".into()))
        );
    }

    #[test]
    fn a_folder_where_the_build_wrote_a_file_is_foreign() {
        let dir = built(&SITE);
        let chart = dir.path().join("grafik/a.svg");
        fs::remove_file(&chart).unwrap();
        fs::create_dir(&chart).unwrap();
        assert_eq!(
            inspect(dir.path()),
            Ok(Previous::Foreign("grafik/a.svg".into()))
        );
    }

    #[test]
    fn an_older_stamp_or_a_damaged_one_keeps_no_record() {
        let dir = built(&SITE);
        let stamp_path = dir.path().join(STAMP_FILE);
        fs::write(&stamp_path, STAMP_HEADER).unwrap();
        assert_eq!(inspect(dir.path()), Ok(Previous::Unrecorded));
        fs::write(&stamp_path, format!("{STAMP_HEADER}{RECORD_LINE}not gzip")).unwrap();
        assert_eq!(inspect(dir.path()), Ok(Previous::Unrecorded));
    }

    #[test]
    fn files_without_the_stamp_are_not_a_build() {
        let dir = built(&SITE);
        fs::remove_file(dir.path().join(STAMP_FILE)).unwrap();
        assert_eq!(inspect(dir.path()), Ok(Previous::NotABuild));
        fs::write(dir.path().join(STAMP_FILE), "something else").unwrap();
        assert_eq!(inspect(dir.path()), Ok(Previous::NotABuild));
    }
}
