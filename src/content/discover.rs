//! Finding the content files, in an order that never changes, and naming
//! every other file.
//!
//! `walkdir` sorts each folder by file name, so two runs over the same tree
//! see the same files in the same order and produce the same site. Every
//! entry under the content folder is either taken as content or named in a
//! diagnostic saying why not: a region saved as `x.yaml.txt` or put in the
//! wrong folder must not vanish without a word. Links are never followed, so
//! nothing outside the content folder is ever read (`regions -> /` would
//! otherwise walk the whole disk).

use std::path::{Path, PathBuf};

use walkdir::{DirEntry, WalkDir};

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::messages::Message;
use crate::msg;

/// Where each kind of content file is.
#[derive(Debug, Default)]
pub struct ContentFiles {
    pub site: PathBuf,
    pub metrics: PathBuf,
    /// Optional vocabularies; these paths may not exist.
    pub sectors: PathBuf,
    pub topics: PathBuf,
    /// `regions/**/*.yaml`, sorted by path.
    pub regions: Vec<PathBuf>,
    /// `pages/*.md`, sorted by name.
    pub pages: Vec<PathBuf>,
}

/// The files at the top of the content folder that the loader reads itself.
pub const SETTINGS_FILES: &[&str] = &["site.yaml", "metrics.yaml", "sectors.yaml", "topics.yaml"];

/// Lists the content files under `root`, reporting every entry that is not
/// one: a warning for a file that is simply not content, an error for one
/// that was almost certainly meant to be (a region with the wrong ending) or
/// that must not be read (a link, a device).
pub fn discover(root: &Path, diagnostics: &mut Diagnostics) -> ContentFiles {
    let mut files = ContentFiles {
        site: root.join("site.yaml"),
        metrics: root.join("metrics.yaml"),
        sectors: root.join("sectors.yaml"),
        topics: root.join("topics.yaml"),
        ..ContentFiles::default()
    };
    if !root.is_dir() {
        diagnostics.push(
            Diagnostic::error(root, 1, 1, msg!("content-folder-missing"))
                .with_help(msg!("content-folder-missing-help")),
        );
        return files;
    }
    let mut walk = WalkDir::new(root)
        .min_depth(1)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter();
    while let Some(entry) = walk.next() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                let path = e.path().unwrap_or(root).to_path_buf();
                let error = e.to_string();
                diagnostics.push(Diagnostic::error(
                    &path,
                    1,
                    1,
                    msg!("entry-unreadable", error = error),
                ));
                continue;
            }
        };
        let relative: Vec<String> = entry
            .path()
            .strip_prefix(root)
            .unwrap_or(entry.path())
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        let verdict = classify(&entry, &relative);
        if entry.file_type().is_dir() && !matches!(verdict, Verdict::Descend) {
            walk.skip_current_dir();
        }
        match verdict {
            Verdict::Descend | Verdict::Settings => {}
            Verdict::Region => files.regions.push(entry.into_path()),
            Verdict::Page => files.pages.push(entry.into_path()),
            Verdict::Skipped { why, help } => diagnostics.push(
                Diagnostic::warning(entry.path(), 1, 1, msg!("not-read", why = why))
                    .with_help(help),
            ),
            Verdict::Refused { why, help } => {
                diagnostics.push(Diagnostic::error(entry.path(), 1, 1, why).with_help(help))
            }
        }
    }
    files
}

/// What becomes of one entry of the content folder.
enum Verdict {
    /// A folder whose files are content (`regions/` and its sub-folders).
    Descend,
    /// `site.yaml` and the other files the loader opens by name.
    Settings,
    Region,
    Page,
    /// Not content; named in a warning.
    Skipped {
        why: Message,
        help: Message,
    },
    /// Must not be read, or was surely meant as content; an error.
    Refused {
        why: Message,
        help: Message,
    },
}

fn classify(entry: &DirEntry, relative: &[String]) -> Verdict {
    let name = relative.last().map(String::as_str).unwrap_or_default();
    let kind = entry.file_type();
    // The settings files are opened by name, and reading reports a link or
    // a device there itself.
    if relative.len() == 1 && !kind.is_dir() && SETTINGS_FILES.contains(&name) {
        return Verdict::Settings;
    }
    if kind.is_symlink() {
        return Verdict::Refused {
            why: msg!("entry-is-symlink"),
            help: msg!("entry-is-symlink-help"),
        };
    }
    if !kind.is_dir() && !kind.is_file() {
        return Verdict::Refused {
            why: msg!("entry-not-regular"),
            help: msg!("entry-not-regular-help"),
        };
    }
    let top = relative.first().map(String::as_str).unwrap_or_default();
    match (relative.len(), top, kind.is_dir()) {
        (_, "regions", true) => Verdict::Descend,
        (_, "regions", false) => region_file(name),
        (1, "pages", true) => Verdict::Descend,
        (2, "pages", false) => page_file(name),
        (_, "pages", _) => Verdict::Skipped {
            why: msg!("skipped-page-subfolder"),
            help: msg!("skipped-page-subfolder-help"),
        },
        (1, _, false) if is_yaml_name(name) => Verdict::Skipped {
            why: msg!("skipped-yaml-at-top"),
            help: msg!("skipped-yaml-at-top-help", name = name),
        },
        (_, _, true) => Verdict::Skipped {
            why: msg!("skipped-folder"),
            help: msg!("skipped-folder-help"),
        },
        _ => Verdict::Skipped {
            why: msg!("skipped-file"),
            help: msg!("skipped-file-help"),
        },
    }
}

fn region_file(name: &str) -> Verdict {
    let (stem, extension) = split_extension(name);
    if extension == Some("yaml") {
        return Verdict::Region;
    }
    let lower = name.to_lowercase();
    let meant_as_yaml = extension
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
        || lower.contains(".yaml.")
        || lower.contains(".yml.");
    if meant_as_yaml {
        let slug = lower.split(".y").next().unwrap_or(stem);
        return Verdict::Refused {
            why: msg!("region-file-misnamed", name = name),
            help: msg!("rename-to", name = format!("{slug}.yaml")),
        };
    }
    Verdict::Skipped {
        why: msg!("skipped-in-regions"),
        help: msg!("skipped-in-regions-help"),
    }
}

fn page_file(name: &str) -> Verdict {
    match split_extension(name) {
        (_, Some("md")) => Verdict::Page,
        (stem, Some(e)) if e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown") => {
            Verdict::Refused {
                why: msg!("page-file-misnamed", name = name),
                help: msg!("rename-to", name = format!("{}.md", stem.to_lowercase())),
            }
        }
        _ => Verdict::Skipped {
            why: msg!("skipped-in-pages"),
            help: msg!("skipped-in-pages-help"),
        },
    }
}

fn split_extension(name: &str) -> (&str, Option<&str>) {
    match name.rsplit_once('.') {
        Some((stem, extension)) if !stem.is_empty() => (stem, Some(extension)),
        _ => (name, None),
    }
}

fn is_yaml_name(name: &str) -> bool {
    let lower = name.to_lowercase();
    lower.ends_with(".yaml") || lower.ends_with(".yml")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn messages(root: &Path) -> (ContentFiles, Vec<String>) {
        let mut diagnostics = Diagnostics::new();
        let files = discover(root, &mut diagnostics);
        let texts = diagnostics
            .sorted()
            .iter()
            .map(|d| {
                let name = d
                    .file
                    .strip_prefix(root)
                    .unwrap_or(&d.file)
                    .display()
                    .to_string();
                format!("{:?} {name}: {}", d.severity, d.message)
            })
            .collect();
        (files, texts)
    }

    #[test]
    fn every_file_is_read_or_named() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for path in [
            "site.yaml",
            "metrics.yaml",
            "lebak.yaml",
            "notes.txt",
            "regions/banten/banten.yaml",
            "regions/banten/lebak.yaml.txt",
            "regions/banten/serang.YAML",
            "regions/banten/cilegon.yml",
            "regions/banten/README.md",
            "pages/tentang.md",
            "pages/old/x.md",
            "pages/Metode.MD",
            "drafts/a.yaml",
        ] {
            fs::create_dir_all(root.join(path).parent().unwrap()).unwrap();
            fs::write(root.join(path), "x").unwrap();
        }
        let (files, texts) = messages(root);
        assert_eq!(files.regions, [root.join("regions/banten/banten.yaml")]);
        assert_eq!(files.pages, [root.join("pages/tentang.md")]);
        let named: Vec<&str> = texts.iter().map(|t| t.split(':').next().unwrap()).collect();
        assert_eq!(
            named,
            [
                "Warning drafts",
                "Warning lebak.yaml",
                "Warning notes.txt",
                "Error pages/Metode.MD",
                "Warning pages/old",
                "Warning regions/banten/README.md",
                "Error regions/banten/cilegon.yml",
                "Error regions/banten/lebak.yaml.txt",
                "Error regions/banten/serang.YAML",
            ],
            "{texts:#?}"
        );
    }

    #[test]
    fn links_are_refused_and_never_followed() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("content");
        fs::create_dir_all(root.join("regions")).unwrap();
        std::os::unix::fs::symlink("/", root.join("regions/root")).unwrap();
        std::os::unix::fs::symlink("/etc/hostname", root.join("regions/x.yaml")).unwrap();
        std::os::unix::fs::symlink("/", root.join("pages")).unwrap();
        let (files, texts) = messages(&root);
        assert!(files.regions.is_empty() && files.pages.is_empty());
        assert_eq!(texts.len(), 3, "{texts:#?}");
        assert!(
            texts.iter().all(|t| t.contains("symbolic link")),
            "{texts:#?}"
        );
    }
}
