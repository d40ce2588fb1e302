//! The Tera instance: embedded default templates, a site's overrides, filters.
//!
//! The binary carries `templates/` and `static/` (via `include_str!`), so a
//! content folder anywhere builds with the default look. A site overrides any
//! file by putting one with the same name in `templates/` or `static/` beside
//! its content folder. Templates are parsed once per build; pages render from
//! many threads against the same instance.

use std::collections::HashMap;
use std::path::Path;

use tera::{Tera, Value};

use super::{format, template_guard};

/// Default templates, by name.
pub const DEFAULT_TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../../templates/base.html")),
    ("macros.html", include_str!("../../templates/macros.html")),
    ("index.html", include_str!("../../templates/index.html")),
    ("region.html", include_str!("../../templates/region.html")),
    ("regions.html", include_str!("../../templates/regions.html")),
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
    ("feed.xml", include_str!("../../templates/feed.xml")),
];

/// Default static files, by path under the output root.
pub const DEFAULT_STATIC: &[(&str, &[u8])] = &[
    ("style.css", include_bytes!("../../static/style.css")),
    ("favicon.svg", include_bytes!("../../static/favicon.svg")),
    ("search.js", include_bytes!("../../static/search.js")),
];

/// A template or static file could not be read or parsed.
#[derive(Debug)]
pub struct TemplateError(pub crate::messages::Message);

/// The largest override file read: a template is a few kilobytes, and the
/// template parser recurses on nesting, so a huge one is refused unread.
const MAX_TEMPLATE_BYTES: u64 = 1024 * 1024;
/// The largest static override: images and fonts, not archives.
const MAX_STATIC_BYTES: u64 = 10 * 1024 * 1024;

/// Builds the Tera instance from the defaults plus `theme_dir/templates/*`,
/// with the restricted functions, and refuses templates that would recurse
/// without end.
pub fn load(theme_dir: Option<&Path>) -> Result<Tera, TemplateError> {
    let mut sources: HashMap<String, String> = DEFAULT_TEMPLATES
        .iter()
        .map(|(name, text)| (name.to_string(), text.to_string()))
        .collect();
    if let Some(dir) = theme_dir.map(|d| d.join("templates")) {
        for (name, bytes) in read_overrides(&dir, MAX_TEMPLATE_BYTES)? {
            let text = String::from_utf8(bytes).map_err(|_| {
                TemplateError(crate::msg!(
                    "template-not-utf8",
                    file = show(&dir.join(&name))
                ))
            })?;
            sources.insert(name, text);
        }
    }
    let mut tera = Tera::default();
    let mut ordered: Vec<(String, String)> = sources.into_iter().collect();
    ordered.sort();
    tera.add_raw_templates(ordered)
        .map_err(|e| TemplateError(crate::msg!("template-parse", error = error_chain(&e))))?;
    tera.autoescape_on(vec![".html", ".xml"]);
    // Tera's default also escapes `/`, which turns every URL into `&#x2F;…`.
    tera.set_escape_fn(escape_html);
    tera.register_filter("angka", angka);
    tera.register_filter("persen", persen);
    template_guard::restrict(&mut tera);
    template_guard::check_recursion(&tera).map_err(TemplateError)?;
    Ok(tera)
}

/// The override folders beside the content that hold files, for the
/// build's summary line.
pub fn override_folders(theme_dir: Option<&Path>) -> Vec<std::path::PathBuf> {
    let Some(theme) = theme_dir else {
        return Vec::new();
    };
    ["templates", "static"]
        .iter()
        .map(|name| theme.join(name))
        .filter(|dir| {
            std::fs::symlink_metadata(dir).is_ok_and(|m| m.is_dir())
                && std::fs::read_dir(dir).is_ok_and(|mut d| d.next().is_some())
        })
        .collect()
}

/// Static files: defaults, then `theme_dir/static/**` over them.
pub fn static_files(theme_dir: Option<&Path>) -> Result<Vec<(String, Vec<u8>)>, TemplateError> {
    let mut files: HashMap<String, Vec<u8>> = DEFAULT_STATIC
        .iter()
        .map(|(name, bytes)| (name.to_string(), bytes.to_vec()))
        .collect();
    if let Some(dir) = theme_dir.map(|d| d.join("static")) {
        files.extend(read_overrides(&dir, MAX_STATIC_BYTES)?);
    }
    let mut files: Vec<_> = files.into_iter().collect();
    files.sort();
    Ok(files)
}

/// Every file under an override folder, by its path relative to the folder.
///
/// Only regular files inside the folder are read: a symbolic link (to a
/// file or a folder) is refused without being followed, so an override can
/// never pull a file from elsewhere on the disk into the published site.
fn read_overrides(dir: &Path, max_bytes: u64) -> Result<Vec<(String, Vec<u8>)>, TemplateError> {
    match std::fs::symlink_metadata(dir) {
        Err(_) => return Ok(Vec::new()),
        Ok(meta) if meta.file_type().is_symlink() => {
            return Err(TemplateError(crate::msg!(
                "override-folder-symlink",
                path = show(dir)
            )))
        }
        Ok(meta) if !meta.is_dir() => return Ok(Vec::new()),
        Ok(_) => {}
    }
    let mut found = Vec::new();
    for entry in walkdir::WalkDir::new(dir)
        .follow_links(false)
        .sort_by_file_name()
    {
        let entry = entry.map_err(|e| {
            TemplateError(crate::msg!(
                "cannot-read",
                path = show(dir),
                error = e.to_string()
            ))
        })?;
        let kind = entry.file_type();
        if kind.is_dir() {
            continue;
        }
        if kind.is_symlink() || !kind.is_file() {
            let what = if kind.is_symlink() { "link" } else { "other" };
            return Err(TemplateError(crate::msg!(
                "override-not-regular",
                path = show(entry.path()),
                what = what
            )));
        }
        let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
        if size > max_bytes {
            return Err(TemplateError(crate::msg!(
                "override-too-large",
                path = show(entry.path()),
                size = size,
                limit = max_bytes
            )));
        }
        let name = entry
            .path()
            .strip_prefix(dir)
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .unwrap_or_default();
        let bytes = std::fs::read(entry.path()).map_err(|e| {
            TemplateError(crate::msg!(
                "cannot-read",
                path = show(entry.path()),
                error = e.to_string()
            ))
        })?;
        found.push((name, bytes));
    }
    Ok(found)
}

fn show(path: &Path) -> String {
    crate::diagnostics::escape_for_terminal(&path.display().to_string())
}

/// Escapes the five characters that matter in HTML text and attributes.
fn escape_html(text: &str) -> String {
    super::svg::escape(text)
}

/// Tera hides the cause of an error in its source chain.
pub fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// `{{ 15769 | angka }}` → `15.769`.
fn angka(value: &Value, _: &HashMap<String, Value>) -> tera::Result<Value> {
    let number = value
        .as_f64()
        .ok_or_else(|| tera::Error::msg("the `angka` filter needs a number"))?;
    Ok(Value::String(format::number(number)))
}

/// `{{ 3.1 | persen }}` → `3,1%`.
fn persen(value: &Value, _: &HashMap<String, Value>) -> tera::Result<Value> {
    let number = value
        .as_f64()
        .ok_or_else(|| tera::Error::msg("the `persen` filter needs a number"))?;
    Ok(Value::String(format::value(
        number,
        crate::model::MetricKind::Percent,
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_format_in_indonesian() {
        let mut tera = Tera::default();
        tera.register_filter("angka", angka);
        tera.register_filter("persen", persen);
        tera.add_raw_template("t", "{{ a | angka }} {{ b | persen }}")
            .unwrap();
        let mut context = tera::Context::new();
        context.insert("a", &15769);
        context.insert("b", &3.1);
        assert_eq!(tera.render("t", &context).unwrap(), "15.769 3,1%");
    }

    #[test]
    fn the_defaults_parse() {
        load(None).unwrap();
    }
}
