//! The look a site brings beside its content: the `templates/` and
//! `static/` override folders, read here in the loading stage so that
//! rendering never touches the disk.
//!
//! The binary carries the default templates and static files (via
//! `include_str!`), so a content folder anywhere builds with the default
//! look. A site overrides any file by putting one with the same name in
//! `templates/` or `static/` beside its content folder.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::messages::os_error;
use crate::msg;

/// Default templates, by name.
pub const DEFAULT_TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../../templates/base.html")),
    ("macros.html", include_str!("../../templates/macros.html")),
    ("index.html", include_str!("../../templates/index.html")),
    ("region.html", include_str!("../../templates/region.html")),
    ("figures.html", include_str!("../../templates/figures.html")),
    (
        "children.html",
        include_str!("../../templates/children.html"),
    ),
    ("regions.html", include_str!("../../templates/regions.html")),
    (
        "conflicts.html",
        include_str!("../../templates/conflicts.html"),
    ),
    (
        "coverage.html",
        include_str!("../../templates/coverage.html"),
    ),
    ("data.html", include_str!("../../templates/data.html")),
    (
        "news_index.html",
        include_str!("../../templates/news_index.html"),
    ),
    ("news.html", include_str!("../../templates/news.html")),
    ("tag.html", include_str!("../../templates/tag.html")),
    ("tags.html", include_str!("../../templates/tags.html")),
    ("page.html", include_str!("../../templates/page.html")),
    ("search.html", include_str!("../../templates/search.html")),
    ("404.html", include_str!("../../templates/404.html")),
    ("sitemap.xml", include_str!("../../templates/sitemap.xml")),
    (
        "sitemap_index.xml",
        include_str!("../../templates/sitemap_index.xml"),
    ),
    ("feed.xml", include_str!("../../templates/feed.xml")),
];

/// Default static files, by path under the output root.
pub const DEFAULT_STATIC: &[(&str, &[u8])] = &[
    ("style.css", include_bytes!("../../static/style.css")),
    ("favicon.svg", include_bytes!("../../static/favicon.svg")),
    ("search.js", include_bytes!("../../static/search.js")),
    ("cite.js", include_bytes!("../../static/cite.js")),
];

/// The largest override file read: a template is a few kilobytes, and the
/// template parser recurses on nesting, so a huge one is refused unread.
const MAX_TEMPLATE_BYTES: u64 = 1024 * 1024;
/// The largest static override: images and fonts, not archives.
const MAX_STATIC_BYTES: u64 = 10 * 1024 * 1024;

/// Templates and static files of a build, in memory.
#[derive(Debug, Clone, Default)]
pub struct Theme {
    /// Template sources by name: the defaults with the site's over them.
    pub templates: BTreeMap<String, String>,
    /// Static files by output path: the defaults with the site's over them.
    pub statics: BTreeMap<String, StaticFile>,
    /// The override folders that held files, for the summary line.
    pub folders: Vec<PathBuf>,
    /// The file each of the site's own templates was read from, by name,
    /// so a problem found in one (a broken link) names it.
    pub template_files: BTreeMap<String, PathBuf>,
}

/// One static file and where it came from.
#[derive(Debug, Clone)]
pub struct StaticFile {
    pub bytes: Vec<u8>,
    /// The site's own file, or `None` for a built-in default.
    pub from: Option<PathBuf>,
}

impl Theme {
    /// The built-in look alone.
    pub fn defaults() -> Theme {
        Theme {
            templates: DEFAULT_TEMPLATES
                .iter()
                .map(|(name, text)| (name.to_string(), text.to_string()))
                .collect(),
            statics: DEFAULT_STATIC
                .iter()
                .map(|(name, bytes)| {
                    let file = StaticFile {
                        bytes: bytes.to_vec(),
                        from: None,
                    };
                    (name.to_string(), file)
                })
                .collect(),
            folders: Vec::new(),
            template_files: BTreeMap::new(),
        }
    }
}

/// The defaults with `theme_dir/templates/*` and `theme_dir/static/**` over
/// them. Every problem with an override is a diagnostic naming its file.
pub fn load(theme_dir: Option<&Path>) -> Result<Theme, Diagnostics> {
    let mut theme = Theme::defaults();
    let Some(theme_dir) = theme_dir else {
        return Ok(theme);
    };
    let mut diagnostics = Diagnostics::new();
    let templates = theme_dir.join("templates");
    let found = read_overrides(&templates, MAX_TEMPLATE_BYTES, &mut diagnostics);
    if !found.is_empty() {
        theme.folders.push(templates.clone());
    }
    for (name, bytes) in found {
        match String::from_utf8(bytes) {
            Ok(text) => {
                theme
                    .template_files
                    .insert(name.clone(), templates.join(&name));
                theme.templates.insert(name, text);
            }
            Err(_) => {
                let path = templates.join(&name);
                let message = msg!("template-not-utf8", file = show(&path));
                diagnostics.push(Diagnostic::error(&path, 1, 1, message));
            }
        }
    }
    let statics = theme_dir.join("static");
    let found = read_overrides(&statics, MAX_STATIC_BYTES, &mut diagnostics);
    if !found.is_empty() {
        theme.folders.push(statics.clone());
    }
    for (name, bytes) in found {
        let from = Some(statics.join(&name));
        theme.statics.insert(name, StaticFile { bytes, from });
    }
    if diagnostics.has_errors() {
        Err(diagnostics)
    } else {
        Ok(theme)
    }
}

/// Every file under an override folder, by its path relative to the folder.
///
/// Only regular files inside the folder are read: a symbolic link (to a
/// file or a folder) is refused without being followed, so an override can
/// never pull a file from elsewhere on the disk into the published site.
fn read_overrides(
    dir: &Path,
    max_bytes: u64,
    diagnostics: &mut Diagnostics,
) -> Vec<(String, Vec<u8>)> {
    // Each refusal is about a whole file or folder: no line or column.
    let mut refuse =
        |path: &Path, message| diagnostics.push(Diagnostic::error_in_file(path, message));
    match std::fs::symlink_metadata(dir) {
        Err(_) => return Vec::new(),
        Ok(meta) if meta.file_type().is_symlink() => {
            refuse(dir, msg!("override-folder-symlink", path = show(dir)));
            return Vec::new();
        }
        Ok(meta) if !meta.is_dir() => return Vec::new(),
        Ok(_) => {}
    }
    let mut found = Vec::new();
    for entry in walkdir::WalkDir::new(dir)
        .follow_links(false)
        .sort_by_file_name()
    {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                let path = e.path().unwrap_or(dir).to_path_buf();
                let error = e
                    .io_error()
                    .map_or_else(|| msg!("os-other", detail = e.to_string()), os_error);
                let message = msg!("cannot-read", path = show(&path), error = error);
                refuse(&path, message);
                continue;
            }
        };
        let (kind, path) = (entry.file_type(), entry.path());
        if kind.is_dir() {
            continue;
        }
        if kind.is_symlink() || !kind.is_file() {
            let what = if kind.is_symlink() { "link" } else { "other" };
            refuse(
                path,
                msg!("override-not-regular", path = show(path), what = what),
            );
            continue;
        }
        let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
        if size > max_bytes {
            let message = msg!(
                "override-too-large",
                path = show(path),
                size = size,
                limit = max_bytes
            );
            refuse(path, message);
            continue;
        }
        let name = path
            .strip_prefix(dir)
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .unwrap_or_default();
        match std::fs::read(path) {
            Ok(bytes) => found.push((name, bytes)),
            Err(e) => refuse(
                path,
                msg!("cannot-read", path = show(path), error = os_error(&e)),
            ),
        }
    }
    found
}

fn show(path: &Path) -> String {
    crate::diagnostics::escape_for_terminal(&path.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_site_file_replaces_the_default_of_the_same_name() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("static/img")).unwrap();
        std::fs::write(dir.path().join("static/style.css"), "a{}").unwrap();
        std::fs::write(dir.path().join("static/img/logo.svg"), "<svg/>").unwrap();
        let theme = load(Some(dir.path())).unwrap();
        assert_eq!(theme.statics["style.css"].bytes, b"a{}");
        assert!(theme.statics["style.css"].from.is_some());
        assert!(theme.statics["search.js"].from.is_none());
        assert!(theme.statics.contains_key("img/logo.svg"));
        assert_eq!(theme.folders, [dir.path().join("static")]);
        assert_eq!(theme.templates.len(), DEFAULT_TEMPLATES.len());
    }

    #[test]
    fn every_bad_override_is_reported_with_its_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("templates")).unwrap();
        std::fs::write(dir.path().join("templates/base.html"), [0xff, 0xfe]).unwrap();
        std::fs::write(dir.path().join("templates/page.html"), [0xff]).unwrap();
        let diagnostics = load(Some(dir.path())).unwrap_err();
        assert_eq!(diagnostics.error_count(), 2);
        let files: Vec<_> = diagnostics.iter().map(|d| d.file.clone()).collect();
        assert!(files.contains(&dir.path().join("templates/base.html")));
    }
}
