//! Links in authored Markdown (region and news summaries, free pages),
//! read in the content stage so that `check` reports each with every other
//! problem, at the file, line and column where the address is written.
//!
//! Inside the site an author links by what a page is, with an `@/` link
//! (see [`crate::model::links`]); the rules here refuse the forms that
//! break under a sub-path or on another page: a root-relative `/wilayah/x/`
//! (it leaves `/repo/` on GitHub Pages), a relative `lebak/` or a bare
//! `#fragment` (a summary is shown on several pages, where either means
//! something else). Each error gives the `@/` form to write. Whether an
//! `@/` link's page exists needs every file, so it is asked once the site
//! is assembled ([`check_targets`]). A malformed address of another site
//! is a warning; none is ever fetched.

use std::sync::Arc;

use pulldown_cmark::{Event, Options, Parser, Tag};

use crate::content::source::Source;
use crate::diagnostics::{suggest, suggestion_help, Diagnostic, Diagnostics};
use crate::messages::Message;
use crate::model::config::section;
use crate::model::links::{ContentLink, LinkTarget, SiteLink, LINKED_SECTIONS, LINK_FORMS};
use crate::model::Site;
use crate::msg;

/// The Markdown extensions the renderer uses, so links are read as it reads them.
const OPTIONS: Options = Options::ENABLE_TABLES
    .union(Options::ENABLE_STRIKETHROUGH)
    .union(Options::ENABLE_FOOTNOTES);

/// Checks every link of `markdown`, a text of `source` that starts at
/// `start` (line and column, 1-based: for a block scalar its first line).
/// Reports the forms refused and malformed addresses of other sites into
/// `diagnostics`, and gives the `@/` links, each at its place, for
/// [`check_targets`].
///
/// The place of a link is found by looking for its address in the file
/// from `start` on, each after the one before: exact in a block scalar
/// (`|` or `>`) and in a free page. An address the file writes otherwise
/// (escaped in double quotes, split over lines of a folded or plain
/// scalar) is put at the start of the text.
pub fn check(
    source: &Source,
    markdown: &str,
    start: (usize, usize),
    diagnostics: &mut Diagnostics,
) -> Vec<ContentLink> {
    let destinations: Vec<String> = Parser::new_ext(markdown, OPTIONS)
        .filter_map(|event| match event {
            Event::Start(Tag::Link { dest_url, .. }) => Some(dest_url.into_string()),
            _ => None,
        })
        .collect();
    if destinations.is_empty() {
        return Vec::new();
    }
    let file: Arc<std::path::Path> = Arc::from(source.path.as_path());
    let text = &source.text;
    let mut cursor = line_offset(text, start.0);
    let mut links = Vec::new();
    for dest in destinations {
        if dest.is_empty() {
            continue;
        }
        let (line, column) = match text[cursor..].find(&dest) {
            Some(found) => {
                let at = cursor + found;
                cursor = at + dest.len();
                position(text, at)
            }
            None => start,
        };
        let error =
            |message: Message, help: Message| source.error(line, column, message).with_help(help);
        match SiteLink::parse(&dest) {
            Some(Ok(link)) => links.push(ContentLink {
                link,
                written: dest.clone(),
                file: file.clone(),
                line,
                column,
                line_text: text.lines().nth(line - 1).unwrap_or("").to_string(),
            }),
            Some(Err(())) => diagnostics.push(error(
                msg!("link-form-unknown", link = &dest),
                msg!("link-forms-help", names = LINK_FORMS),
            )),
            None => {
                if let Some(diagnostic) = refused(&dest, &error, source, (line, column)) {
                    diagnostics.push(diagnostic);
                }
            }
        }
    }
    links
}

/// The error for a link to this site in a form that breaks, or the
/// warning for a malformed address of another site.
fn refused(
    dest: &str,
    error: &dyn Fn(Message, Message) -> Diagnostic,
    source: &Source,
    (line, column): (usize, usize),
) -> Option<Diagnostic> {
    if has_scheme(dest) || dest.starts_with("//") {
        let address = match dest.strip_prefix("//") {
            Some(rest) => format!("https://{rest}"),
            None => dest.to_string(),
        };
        let (message, help) = external_problem(&address)?;
        return Some(source.warning(line, column, message).with_help(help));
    }
    if dest.starts_with('/') {
        let (path, fragment) = dest.split_once('#').unwrap_or((dest, ""));
        let path = without_base_path(path.trim_matches('/'));
        let form = match fragment {
            "" => format!("@/{path}"),
            _ => format!("@/{path}#{fragment}"),
        };
        return Some(error(
            msg!("link-root-relative", link = dest),
            msg!("link-write-instead", form = form),
        ));
    }
    if let Some(fragment) = dest.strip_prefix('#') {
        return Some(error(
            msg!("link-fragment-alone", link = dest, fragment = fragment),
            msg!("link-forms-help", names = LINK_FORMS),
        ));
    }
    Some(error(
        msg!("link-relative", link = dest),
        msg!("link-forms-help", names = LINK_FORMS),
    ))
}

/// `path` (`ikm/wilayah/lebak`, without its outer `/`) from its section
/// on: an address copied from the browser, while the site is served or
/// once it is published, starts with the site's base path, which an `@/`
/// link leaves out (`@/wilayah/lebak`, not `@/ikm/wilayah/lebak`). The
/// base path is not known where summaries are read (a region file's
/// check is kept between edits of `site.yaml`), so what comes before a
/// section with a name after it at the end of the path (`wilayah/lebak`)
/// is dropped, and the one segment before a section linked alone
/// (`ikm/wilayah`); any other path is kept whole.
fn without_base_path(path: &str) -> &str {
    let named = [
        section::REGIONS,
        section::NEWS,
        section::TOPICS,
        section::SECTORS,
    ];
    let segments: Vec<&str> = path.split('/').collect();
    let last = segments.len() - 1;
    let from = if last >= 2 && named.contains(&segments[last - 1]) {
        last - 1
    } else if last == 1 && LINKED_SECTIONS.contains(&segments[last]) {
        last
    } else {
        0
    };
    let dropped: usize = segments[..from].iter().map(|s| s.len() + 1).sum();
    &path[dropped..]
}

/// Reports every `@/` link of `site` whose page the site does not have,
/// with the nearest name of that kind.
pub fn check_targets(site: &Site, diagnostics: &mut Diagnostics) {
    for link in &site.links {
        let target = &link.link.target;
        if exists(target, site) {
            continue;
        }
        let (name, known) = known(target, site);
        let kind = match target {
            LinkTarget::Region(_) => msg!("link-kind-region"),
            LinkTarget::News(_) => msg!("link-kind-news"),
            LinkTarget::Topic(_) => msg!("link-kind-topic"),
            LinkTarget::Sector(_) => msg!("link-kind-sector"),
            LinkTarget::Page(_) | LinkTarget::Home | LinkTarget::Section(_) => {
                msg!("link-kind-page")
            }
        };
        let help = match suggest(name, known.iter().copied()) {
            Some(best) => msg!("did-you-mean", name = target.with_name(best)),
            None if known.len() <= 12 && !known.is_empty() => {
                let forms: Vec<String> = known.iter().map(|k| target.with_name(k)).collect();
                let forms: Vec<&str> = forms.iter().map(String::as_str).collect();
                suggestion_help(name, &forms)
            }
            None => msg!("link-target-unknown-help", kind = kind.clone()),
        };
        diagnostics.push(
            Diagnostic::error(
                &link.file,
                link.line,
                link.column,
                msg!(
                    "link-target-unknown",
                    link = &link.written,
                    kind = kind,
                    name = name
                ),
            )
            .with_line(&link.line_text)
            .with_help(help),
        );
    }
}

/// Whether `site` has the page: a region, news item, topic or sector
/// that exists, or a free page of that name. Sections always exist.
fn exists(target: &LinkTarget, site: &Site) -> bool {
    match target {
        LinkTarget::Home | LinkTarget::Section(_) => true,
        LinkTarget::Region(slug) => site.region_by_slug(slug).is_some(),
        LinkTarget::News(id) => site.news_id(&crate::model::NewsKey(id.clone())).is_some(),
        LinkTarget::Topic(slug) => site.topics.contains_key(slug),
        LinkTarget::Sector(slug) => site.sectors.contains_key(slug),
        LinkTarget::Page(name) => site.pages.iter().any(|p| &p.name == name),
    }
}

/// The name the link gave (a slug, an id, a page name), and the names
/// of its kind that `site` has, for "did you mean".
fn known<'a>(target: &'a LinkTarget, site: &'a Site) -> (&'a str, Vec<&'a str>) {
    match target {
        LinkTarget::Home | LinkTarget::Section(_) => ("", Vec::new()),
        LinkTarget::Region(slug) => (slug, site.regions.iter().map(|r| &*r.slug).collect()),
        LinkTarget::News(id) => (id, site.news.iter().map(|n| &*n.id).collect()),
        LinkTarget::Topic(slug) => (slug, site.topics.keys().map(String::as_str).collect()),
        LinkTarget::Sector(slug) => (slug, site.sectors.keys().map(String::as_str).collect()),
        LinkTarget::Page(name) => (name, site.pages.iter().map(|p| &*p.name).collect()),
    }
}

/// The byte offset where line `line` (1-based) of `text` starts.
fn line_offset(text: &str, line: usize) -> usize {
    if line <= 1 {
        return 0;
    }
    text.match_indices('\n')
        .nth(line - 2)
        .map_or(text.len(), |(at, _)| at + 1)
}

/// The line and column (1-based, in characters) of byte `at` of `text`.
fn position(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
}

/// Whether `address` starts with a scheme (`https:`, `mailto:`, `htp:`):
/// letters, digits, `+`, `-` or `.` after a letter, before any `/`, `?`
/// or `#`.
pub fn has_scheme(address: &str) -> bool {
    match address.split_once(':') {
        Some((scheme, _)) => {
            scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }
        None => false,
    }
}

/// What is wrong with a link to another site (`address` has a scheme, see
/// [`has_scheme`]), as a message and its help: a scheme that is no web
/// address (`htp:`), `http:` without `//`, or a host that is not one (a
/// space in it, none at all). Links to other sites are never fetched:
/// this reads them only (with the `url` crate, as a browser would).
pub fn external_problem(address: &str) -> Option<(Message, Message)> {
    let (scheme, rest) = address.split_once(':')?;
    match scheme.to_ascii_lowercase().as_str() {
        "mailto" => None,
        "http" | "https" if !rest.starts_with("//") => {
            let fixed = format!("{scheme}://{}", rest.trim_start_matches('/'));
            Some((
                msg!("link-external-slashes", link = address, scheme = scheme),
                msg!("link-write-instead", form = fixed),
            ))
        }
        "http" | "https" => match url::Url::parse(address) {
            Ok(url) if url.host_str().is_some_and(|h| !h.is_empty()) => None,
            _ => Some((
                msg!("link-external-host", link = address),
                msg!("link-external-host-help"),
            )),
        },
        lower => Some((
            msg!("link-external-scheme", link = address, scheme = scheme),
            suggestion_help(lower, &["http", "https", "mailto"]),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(
        text: &str,
        markdown: &str,
        start: (usize, usize),
    ) -> (Vec<(usize, usize, String)>, Vec<String>) {
        let source = Source {
            path: "a.yaml".into(),
            text: text.to_string(),
        };
        let mut diagnostics = Diagnostics::new();
        let links = check(&source, markdown, start, &mut diagnostics);
        let links = links
            .into_iter()
            .map(|l| (l.line, l.column, l.written))
            .collect();
        let problems = diagnostics
            .sorted()
            .iter()
            .map(|d| format!("{}:{} {}", d.line, d.column, d.code()))
            .collect();
        (links, problems)
    }

    #[test]
    fn each_link_is_placed_at_its_address_in_the_file() {
        let text = "name: X\nsummary: |\n  Lihat [Lebak](@/wilayah/lebak) dan\n  [lagi](@/wilayah/lebak#angka-berbeda), [x](/wilayah/y/).\n";
        let markdown = "Lihat [Lebak](@/wilayah/lebak) dan\n[lagi](@/wilayah/lebak#angka-berbeda), [x](/wilayah/y/).\n";
        let (links, problems) = found(text, markdown, (3, 3));
        assert_eq!(
            links,
            [
                (3, 17, "@/wilayah/lebak".to_string()),
                (4, 10, "@/wilayah/lebak#angka-berbeda".to_string())
            ]
        );
        assert_eq!(problems, ["4:46 link-root-relative"]);
    }

    /// The form to write for a root-relative address, with the base path
    /// an address copied from the browser starts with left out.
    #[test]
    fn a_root_relative_link_is_told_its_at_form_without_the_base_path() {
        let cases = [
            ("/wilayah/lebak/", "@/wilayah/lebak"),
            ("/ikm/wilayah/lebak/", "@/wilayah/lebak"),
            (
                "/repo/ikm/berita/lebak-2019/#angka-1",
                "@/berita/lebak-2019#angka-1",
            ),
            ("/ikm/topik/ritel", "@/topik/ritel"),
            ("/tentang/", "@/tentang"),
            ("/", "@/"),
            ("/ikm/", "@/ikm"),
            ("/ikm/wilayah/", "@/wilayah"),
            ("/ikm/angka-berbeda/#lebak", "@/angka-berbeda#lebak"),
            ("/ikm/wilayah/lebak/berita/", "@/ikm/wilayah/lebak/berita"),
        ];
        for (dest, form) in cases {
            let markdown = format!("[x]({dest})\n");
            let source = Source {
                path: "a.md".into(),
                text: markdown.clone(),
            };
            let mut diagnostics = Diagnostics::new();
            check(&source, &markdown, (1, 1), &mut diagnostics);
            let help = diagnostics.sorted()[0].help.as_ref().unwrap().to_string();
            assert_eq!(help, format!("write `{form}` instead"), "{dest}");
        }
    }

    #[test]
    fn refused_forms_and_malformed_addresses() {
        let markdown = "[a](lebak/) [b](#isi) [c](@/grafik/x) [d](htp://x.org) [e](https://x.org) [f](mailto:a@b.c)\n";
        let (links, problems) = found(markdown, markdown, (1, 1));
        assert!(links.is_empty());
        assert_eq!(
            problems,
            [
                "1:5 link-relative",
                "1:17 link-fragment-alone",
                "1:27 link-form-unknown",
                "1:43 link-external-scheme"
            ]
        );
    }

    #[test]
    fn malformed_addresses_of_other_sites_are_named() {
        let code = |a: &str| external_problem(a).map(|(m, _)| m.id());
        assert_eq!(code("https://example.org/a?b#c"), None);
        assert_eq!(code("mailto:redaksi@example.org"), None);
        assert_eq!(code("htp://example.org"), Some("link-external-scheme"));
        assert_eq!(code("http:/example.org"), Some("link-external-slashes"));
        assert_eq!(code("https://exa mple.org/"), Some("link-external-host"));
        assert_eq!(code("https://"), Some("link-external-host"));
        assert!(has_scheme("htp://x") && has_scheme("mailto:a@b"));
        assert!(!has_scheme("/a:b") && !has_scheme("a/b:c") && !has_scheme("#x:y"));
        let (_, help) = external_problem("htp://example.org").unwrap();
        assert_eq!(help.to_string(), "did you mean `http`?");
    }
}
