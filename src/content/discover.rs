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
use crate::messages::{os_error, Message};
use crate::msg;

/// Where each kind of content file is.
#[derive(Debug, Default)]
pub struct ContentFiles {
    pub site: PathBuf,
    pub metrics: PathBuf,
    /// Optional vocabularies; these paths may not exist.
    pub sectors: PathBuf,
    pub topics: PathBuf,
    /// The folder's own official list of regions; this path may not exist.
    pub official_regions: PathBuf,
    /// `regions/**/*.yaml`, sorted by path. Shared, since a loader that
    /// reads the folder again (`serve`) keeps its checks in this order
    /// ([`super::validate::KeptChecks`]): one list of 83.000 paths at desa
    /// scale, not two.
    pub regions: std::sync::Arc<[PathBuf]>,
    /// `pages/*.md`, sorted by name.
    pub pages: Vec<PathBuf>,
}

/// The files at the top of the content folder that the loader reads itself.
pub const SETTINGS_FILES: &[&str] = &[
    "site.yaml",
    "metrics.yaml",
    "sectors.yaml",
    "topics.yaml",
    "official-regions.tsv",
];

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
        official_regions: root.join("official-regions.tsv"),
        ..ContentFiles::default()
    };
    if !root.is_dir() {
        diagnostics.push(
            Diagnostic::error_in_file(root, msg!("content-folder-missing"))
                .with_help(msg!("content-folder-missing-help")),
        );
        return files;
    }
    let mut regions = Vec::new();
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
                let error = e
                    .io_error()
                    .map_or_else(|| msg!("os-other", detail = e.to_string()), os_error);
                diagnostics.push(Diagnostic::error_in_file(
                    &path,
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
            Verdict::Region => regions.push(entry.into_path()),
            Verdict::Page => files.pages.push(entry.into_path()),
            Verdict::Skipped { why, help } => diagnostics.push(
                Diagnostic::warning_in_file(entry.path(), msg!("not-read", why = why))
                    .with_help(help),
            ),
            Verdict::Refused { why, help } => {
                diagnostics.push(Diagnostic::error_in_file(entry.path(), why).with_help(help))
            }
        }
    }
    files.regions = regions.into();
    files
}

/// An error for a folder given as `--content` that is part of a content
/// folder rather than one: it has no `site.yaml`, and it sits under the
/// `regions/` of a folder that has one, is named `regions`, or holds region
/// files itself. Checked before anything is read and said once, offering the folder to give instead; otherwise
/// every region sub-folder would be "not read" and the missing settings
/// files would advise creating them in the wrong place.
pub fn not_a_content_folder(root: &Path) -> Option<Diagnostic> {
    if std::fs::symlink_metadata(root.join("site.yaml")).is_ok() {
        return None;
    }
    // Lexical parents, as the author wrote the path; `..` would make them
    // wrong, so such a path is left to the ordinary messages.
    if root
        .components()
        .any(|c| matches!(c, std::path::Component::ParentDir))
    {
        return None;
    }
    let shown = |path: &Path| {
        if path.as_os_str().is_empty() {
            ".".to_string()
        } else {
            path.display().to_string()
        }
    };
    let exists = |path: &Path| std::fs::symlink_metadata(path).is_ok();
    let mut inside = None;
    let mut below = root;
    while let Some(above) = below.parent() {
        let folder = if above.as_os_str().is_empty() {
            Path::new(".")
        } else {
            above
        };
        if below.file_name().is_some_and(|n| n == "regions") && exists(&folder.join("site.yaml")) {
            inside = Some(above);
            break;
        }
        below = above;
    }
    let parent = root.parent().unwrap_or(Path::new(""));
    let (why, offered) = match inside {
        Some(content) => ("inside", content),
        None if root.file_name().is_some_and(|n| n == "regions") => ("named", parent),
        None if holds_region_files(root) => ("holds", parent),
        None => return None,
    };
    let offered = shown(offered);
    Some(
        Diagnostic::error_in_file(
            root,
            msg!("content-folder-wrong", why = why, parent = &offered),
        )
        .with_help(msg!(
            "content-folder-wrong-help",
            why = why,
            parent = offered
        )),
    )
}

/// Whether `folder` holds YAML files other than the settings files but no
/// `regions/`: the files of a `regions/` folder, not a content folder's.
fn holds_region_files(folder: &Path) -> bool {
    if folder.join("regions").exists() || folder.join("metrics.yaml").exists() {
        return false;
    }
    let Ok(entries) = std::fs::read_dir(folder) else {
        return false;
    };
    entries.flatten().any(|entry| {
        let name = entry.file_name().to_string_lossy().into_owned();
        is_yaml_name(&name)
            && !SETTINGS_FILES.contains(&name.as_str())
            && entry.file_type().is_ok_and(|t| t.is_file())
    })
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

    /// The message and help `not_a_content_folder` gives for `root`, in
    /// English, with the temporary folder's path removed.
    fn wrong_folder(base: &Path, root: &Path) -> Option<String> {
        let problem = not_a_content_folder(&base.join(root))?;
        assert!(!problem.has_position(), "{problem}");
        let help = problem.help.map(|h| h.to_string()).unwrap_or_default();
        let text = format!("{} | {help}", problem.message);
        Some(text.replace(&format!("{}/", base.display()), ""))
    }

    fn content_folder(root: &Path) {
        for path in ["site.yaml", "metrics.yaml", "regions/banten/lebak.yaml"] {
            fs::create_dir_all(root.join(path).parent().unwrap()).unwrap();
            fs::write(root.join(path), "x").unwrap();
        }
    }

    #[test]
    fn a_folder_inside_a_content_folder_offers_the_content_folder() {
        let dir = tempfile::tempdir().unwrap();
        content_folder(&dir.path().join("content"));
        let expected = "this does not look like a content folder: it has no site.yaml, and it \
                        is inside the content folder `content` | give the content folder \
                        itself: `--content content`";
        for inner in ["content/regions", "content/regions/banten"] {
            let text = wrong_folder(dir.path(), Path::new(inner));
            assert_eq!(text.as_deref(), Some(expected), "{inner}");
        }
        assert_eq!(wrong_folder(dir.path(), Path::new("content")), None);
    }

    #[test]
    fn a_regions_folder_or_a_folder_of_region_files_offers_its_parent() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("site/regions")).unwrap();
        assert_eq!(
            wrong_folder(dir.path(), Path::new("site/regions")).as_deref(),
            Some(
                "this does not look like a content folder: it has no site.yaml, and it is \
                 named like the `regions/` folder of one | give the folder above it, where \
                 site.yaml and metrics.yaml sit beside regions/: `--content site`"
            )
        );
        fs::create_dir_all(dir.path().join("wilayah")).unwrap();
        fs::write(dir.path().join("wilayah/lebak.yaml"), "x").unwrap();
        let text = wrong_folder(dir.path(), Path::new("wilayah")).unwrap();
        assert!(
            text.contains("it holds region files")
                && text.ends_with(&format!("`--content {}`", dir.path().display())),
            "{text}"
        );
    }

    #[test]
    fn a_new_or_half_made_content_folder_is_left_to_the_ordinary_messages() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("baru")).unwrap();
        assert_eq!(wrong_folder(dir.path(), Path::new("baru")), None);
        // Region files beside metrics.yaml: a content folder missing only its site.yaml.
        fs::write(dir.path().join("baru/metrics.yaml"), "x").unwrap();
        fs::write(dir.path().join("baru/lebak.yaml"), "x").unwrap();
        assert_eq!(wrong_folder(dir.path(), Path::new("baru")), None);
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
        assert_eq!(*files.regions, [root.join("regions/banten/banten.yaml")]);
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
