//! Free pages: `pages/NAME.md`, YAML front matter then Markdown.

use std::path::{Path, PathBuf};

use super::markdown;
use super::names::{is_slug, slugify, too_long};
use super::text;
use crate::content::raw::{RawPageMeta, PAGE_FIELDS};
use crate::content::source::{self, Source};
use crate::content::spans::YamlPath;
use crate::content::yaml::{self, check_keys};
use crate::diagnostics::Diagnostics;
use crate::model::links::ContentLink;
use crate::model::site::SECTION_NAMES;
use crate::model::Page;
use crate::msg;

const FRONT_MATTER: yaml::FileKind = yaml::FileKind {
    what: || msg!("kind-front-matter"),
    starter: "title: Tentang",
};

/// Reads every page, sorted by `weight` then name, with the `@/` links of
/// their bodies.
pub fn pages(paths: &[PathBuf], diagnostics: &mut Diagnostics) -> (Vec<Page>, Vec<ContentLink>) {
    let mut links = Vec::new();
    let mut pages: Vec<(i64, Page)> = paths
        .iter()
        .filter_map(|path| page(path, diagnostics, &mut links))
        .collect();
    pages.sort_by(|a, b| (a.0, &a.1.name).cmp(&(b.0, &b.1.name)));
    (pages.into_iter().map(|(_, page)| page).collect(), links)
}

fn page(
    path: &Path,
    diagnostics: &mut Diagnostics,
    links: &mut Vec<ContentLink>,
) -> Option<(i64, Page)> {
    let source = match source::read(path) {
        Ok(source) => source,
        Err(problem) => {
            diagnostics.push(problem);
            return None;
        }
    };
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if !is_slug(&name) {
        diagnostics.push(
            source
                .error(1, 1, msg!("page-name-not-slug", name = &name))
                .with_help(msg!("rename-to", name = format!("{}.md", slugify(&name)))),
        );
    } else if SECTION_NAMES.contains(&name.as_str()) {
        diagnostics.push(
            source
                .error(1, 1, msg!("page-name-reserved", name = &name))
                .with_help(msg!(
                    "page-name-reserved-help",
                    taken = SECTION_NAMES.join(", ")
                )),
        );
    }
    if let Some(problem) = too_long(&name).filter(|_| is_slug(&name)) {
        diagnostics.push(
            source
                .error(1, 1, msg!("page-name-problem", problem = problem))
                .with_help(msg!("page-name-problem-help")),
        );
    }
    let Some((front, body)) = split_front_matter(&source.text) else {
        diagnostics.push(
            source
                .error(1, 1, msg!("page-no-front-matter"))
                .with_help(msg!("page-no-front-matter-help")),
        );
        return None;
    };
    // Front matter keeps its line numbers: the opening `---` becomes an empty line.
    let front_source = Source {
        path: source.path.clone(),
        text: format!("\n{front}"),
    };
    let (meta, tree) = match yaml::load::<RawPageMeta>(&front_source, &FRONT_MATTER, |tree, out| {
        check_keys(tree, &YamlPath::root(), PAGE_FIELDS, out)
    }) {
        Ok(loaded) => loaded,
        Err(problems) => {
            diagnostics.extend(problems);
            return None;
        }
    };
    text::check_values(&front_source, &tree, diagnostics);
    // The body starts on the line after the closing `---`.
    let body_start = source.text[..source.text.len() - body.len()]
        .matches('\n')
        .count()
        + 1;
    text::check_markdown_body(&source, body, body_start, diagnostics);
    if let Some(problem) = markdown::check(body) {
        diagnostics.push(
            source
                .error(body_start + problem.line - 1, 1, problem.message)
                .with_help(problem.help),
        );
        return None;
    }
    links.extend(crate::content::links::check(
        &source,
        body,
        (body_start, 1),
        diagnostics,
    ));
    if meta.title.trim().is_empty() {
        diagnostics.push(source.error(2, 1, msg!("page-title-empty")));
        return None;
    }
    Some((
        meta.weight,
        Page {
            name,
            title: meta.title.trim().to_string(),
            description: meta
                .description
                .map(|d| d.trim().to_string())
                .filter(|d| !d.is_empty()),
            body: body.to_string(),
        },
    ))
}

/// Splits `---\nYAML\n---\nbody` (LF or CRLF) into the YAML and the body.
fn split_front_matter(text: &str) -> Option<(&str, &str)> {
    let rest = text
        .strip_prefix("---\r\n")
        .or_else(|| text.strip_prefix("---\n"))?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end_matches(['\r', '\n']) == "---" {
            return Some((&rest[..offset], &rest[offset + line.len()..]));
        }
        offset += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_with_either_line_ending() {
        assert_eq!(
            split_front_matter("---\ntitle: A\n---\nbody\n"),
            Some(("title: A\n", "body\n"))
        );
        assert_eq!(
            split_front_matter("---\r\ntitle: A\r\n---\r\nbody"),
            Some(("title: A\r\n", "body"))
        );
        assert_eq!(split_front_matter("title: A\n"), None);
        assert_eq!(split_front_matter("---\ntitle: A\n"), None);
    }
}
