//! Every internal link of the built site, checked after rendering: each
//! `href` and `src` of every HTML page, SVG chart and feed or sitemap
//! (and a sitemap's `<loc>`) must lead to a route under the base path, and
//! each `#fragment` to an `id` on the page it names. `check` and `build`
//! both run it, as a [`Sink`] that reads each file on its way to the real
//! sink, so `check` still writes nothing and a build with a broken link
//! fails before its staging folder is swapped in.
//!
//! Memory stays bounded at any scale: no page is kept, only the set of
//! route files (the plan), a 64-bit hash of each `(file, id)`, and the
//! distinct `(file, fragment)` pairs linked to with the first page that
//! links each. A same-page `#fragment` is checked while its page is read.
//!
//! Where a broken link comes from: an author's `@/` link is resolved from
//! the route table and checked to exist while loading, so what can still
//! break is its `#fragment`, which is reported at the link's file, line
//! and column. Every other address is written by a template, and is
//! reported at the first line of a template (the site's overrides first)
//! that holds the address, its path under the base path, its `#fragment`
//! or its last segment; else at the `templates` folder.

mod scan;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use percent_encoding::percent_decode_str;

use super::urls::Urls;
use super::views::ViewBuilder;
use crate::content::links::{external_problem, has_scheme};
use crate::content::theme::Theme;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::messages::Message;
use crate::model::links::ContentLink;
use crate::model::Site;
use crate::msg;
use crate::sink::Sink;

pub use scan::{scan, Scanned};

/// Reads the links and ids of each file put into it, then hands the file
/// to `inner`.
pub struct LinkCheck<'a> {
    inner: &'a dyn Sink,
    /// Whether the site writes a file, from the plan.
    is_file: &'a (dyn Fn(&str) -> bool + Sync),
    /// `/repo/`
    base_path: String,
    /// `https://owner.github.io/repo/`
    absolute: String,
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    /// A hash of each `(file, id)` of the site.
    ids: HashSet<u64>,
    /// Each `(file, fragment)` linked to from another page, by its hash.
    wanted: HashMap<u64, Found>,
    /// Broken links and malformed addresses, once each, by address.
    problems: HashMap<String, Found>,
}

/// A link found on a page, and what is wrong with it.
#[derive(Clone)]
struct Found {
    page: Arc<str>,
    line: u64,
    href: String,
    problem: Problem,
}

#[derive(Clone)]
enum Problem {
    /// Nothing is built at this file.
    NoPage(String),
    OutsideBase,
    /// The file has no element with this id.
    NoFragment(String, String),
    /// An address of another site that is not well formed.
    Malformed(Message, Message),
}

impl<'a> LinkCheck<'a> {
    pub fn new(
        is_file: &'a (dyn Fn(&str) -> bool + Sync),
        urls: &Urls,
        inner: &'a dyn Sink,
    ) -> Self {
        LinkCheck {
            inner,
            is_file,
            base_path: urls.base_path().to_string(),
            absolute: urls.absolute(""),
            state: Mutex::new(State::default()),
        }
    }

    /// Reads `bytes`, the file at `page`, and records what it links to.
    fn read(&self, page: &str, bytes: &[u8]) {
        let readable = [".html", ".svg", ".xml"].iter().any(|e| page.ends_with(e));
        let Some(text) = readable.then(|| std::str::from_utf8(bytes).ok()).flatten() else {
            return;
        };
        let Scanned { links, ids } = scan(text);
        if links.is_empty() && ids.is_empty() {
            return;
        }
        let own: HashSet<&str> = ids.iter().map(String::as_str).collect();
        let page: Arc<str> = Arc::from(page);
        let mut found = Vec::new();
        let mut wanted = Vec::new();
        for (href, line) in links {
            let at = |problem| Found {
                page: page.clone(),
                line,
                href: href.clone(),
                problem,
            };
            match self.resolve(&page, &href) {
                Resolved::External => {
                    if let Some((message, help)) = external_problem(&href) {
                        found.push(at(Problem::Malformed(message, help)));
                    }
                }
                Resolved::Outside => found.push(at(Problem::OutsideBase)),
                Resolved::Missing(file) => found.push(at(Problem::NoPage(file))),
                Resolved::File(file, fragment) => match fragment {
                    None => {}
                    // This page's own ids are all read: no need to wait.
                    Some(fragment) if *file == *page && !own.contains(fragment.as_str()) => {
                        found.push(at(Problem::NoFragment(file, fragment)));
                    }
                    Some(_) if *file == *page => {}
                    Some(fragment) => {
                        let key = key(&file, &fragment);
                        wanted.push((key, at(Problem::NoFragment(file, fragment))));
                    }
                },
            }
        }
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.ids.extend(ids.iter().map(|id| key(&page, id)));
        for (key, use_) in wanted {
            keep_first(state.wanted.entry(key), use_);
        }
        for use_ in found {
            keep_first(state.problems.entry(use_.href.clone()), use_);
        }
    }

    /// For a check of part of the site ([`super::render_checked_part`]):
    /// of the `#fragment`s linked to pages outside the part (`read`), keeps
    /// only those an author wrote (an `@/` link of `site`), and gives the
    /// pages they lead to, in path order, whose ids must then be read.
    pub fn authored_fragment_pages(
        &self,
        read: &HashSet<String>,
        site: &Site,
        views: &ViewBuilder,
    ) -> std::collections::BTreeSet<String> {
        let authored = authored(site, views);
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let mut pages = std::collections::BTreeSet::new();
        state.wanted.retain(|_, found| match &found.problem {
            Problem::NoFragment(file, _) if !read.contains(file) => {
                let keep = authored.contains_key(&found.href);
                if keep {
                    pages.insert(file.clone());
                }
                keep
            }
            _ => true,
        });
        pages
    }

    /// Reads only the ids of `bytes`, the file at `page`: a page outside
    /// the part checked, whose own links were checked with the site
    /// before, read for the fragments the checked part links to.
    pub fn read_ids(&self, page: &str, bytes: &[u8]) {
        let Ok(text) = std::str::from_utf8(bytes) else {
            return;
        };
        let ids = scan(text).ids;
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.ids.extend(ids.iter().map(|id| key(page, id)));
    }

    /// Where `href`, found on `page`, leads.
    fn resolve(&self, page: &str, href: &str) -> Resolved {
        let internal = if let Some(rest) = href.strip_prefix(&self.absolute) {
            rest.to_string()
        } else if has_scheme(href) {
            return Resolved::External;
        } else if let Some(rest) = href.strip_prefix("//") {
            return match external_problem(&format!("https://{rest}")) {
                Some(_) => Resolved::External,
                None => Resolved::Outside,
            };
        } else if let Some(rest) = href.strip_prefix('/') {
            match format!("/{rest}").strip_prefix(&self.base_path) {
                Some(under) => under.to_string(),
                None => return Resolved::Outside,
            }
        } else if let Some(fragment) = href.strip_prefix('#') {
            let fragment = decode(fragment);
            return Resolved::File(page.to_string(), Some(fragment).filter(|f| !f.is_empty()));
        } else {
            match relative(page, href) {
                Some(path) => path,
                None => return Resolved::Outside,
            }
        };
        let (path, fragment) = match internal.split_once('#') {
            Some((path, fragment)) => (path, Some(decode(fragment)).filter(|f| !f.is_empty())),
            None => (internal.as_str(), None),
        };
        let path = decode(path.split('?').next().unwrap_or(path));
        let file = if path.is_empty() || path.ends_with('/') {
            format!("{path}index.html")
        } else {
            path.clone()
        };
        if (self.is_file)(&file) {
            return Resolved::File(file, fragment);
        }
        // A folder without its `/`: servers answer with the folder's page.
        let folder = format!("{path}/index.html");
        if (self.is_file)(&folder) {
            return Resolved::File(folder, fragment);
        }
        Resolved::Missing(file)
    }

    /// The problems found, once every file is read: errors for broken
    /// links, warnings for malformed addresses of other sites, each at the
    /// place it was written (see the module's documentation).
    pub fn finish(&self, site: &Site, theme: &Theme, views: &ViewBuilder) -> Report {
        let state = std::mem::take(&mut *self.state.lock().unwrap_or_else(|e| e.into_inner()));
        let mut problems = state.problems;
        for (key, use_) in state.wanted {
            if !state.ids.contains(&key) {
                keep_first(problems.entry(use_.href.clone()), use_);
            }
        }
        let authored = authored(site, views);
        let templates = Templates::of(theme);
        let mut report = Report::default();
        let problems: BTreeMap<String, Found> = problems.into_iter().collect();
        for found in problems.into_values() {
            let (message, help, warning) = self.words(&found);
            let diagnostic = match authored.get(&found.href) {
                Some(link) => Diagnostic::error(&link.file, link.line, link.column, message)
                    .with_line(&link.line_text)
                    .with_help(msg!("link-content-fragment-help")),
                // The message keeps its own code; the page it was found on
                // goes with the help.
                None => templates
                    .at(&self.candidates(&found))
                    .with(message)
                    .with_help(msg!(
                        "link-in-template",
                        page = found.page.to_string(),
                        problem = help
                    )),
            };
            if warning {
                report.warnings.push(diagnostic.as_warning());
            } else {
                report.errors.push(diagnostic);
            }
        }
        report
    }

    /// The message and help for `found`, and whether it is a warning.
    fn words(&self, found: &Found) -> (Message, Message, bool) {
        let link = found.href.as_str();
        match &found.problem {
            Problem::NoPage(file) => (
                msg!("link-no-page", link = link, file = file),
                msg!("link-template-help"),
                false,
            ),
            Problem::OutsideBase => (
                msg!("link-outside-base", link = link, base = &self.base_path),
                msg!("link-template-help"),
                false,
            ),
            Problem::NoFragment(file, fragment) => (
                msg!(
                    "link-no-fragment",
                    link = link,
                    fragment = fragment,
                    file = file
                ),
                msg!("link-template-help"),
                false,
            ),
            Problem::Malformed(message, help) => (message.clone(), help.clone(), true),
        }
    }

    /// What a template may have written of `found`'s address, most exact
    /// first: the address, its path under the base path, its fragment,
    /// its last segment.
    fn candidates(&self, found: &Found) -> Vec<String> {
        let href = found.href.as_str();
        let mut candidates = vec![href.to_string()];
        let under = href
            .strip_prefix(&self.absolute)
            .or_else(|| href.strip_prefix(&self.base_path));
        if let Some(under) = under.filter(|u| !u.is_empty()) {
            candidates.push(under.to_string());
        }
        if let Some((path, fragment)) = href.split_once('#') {
            candidates.push(format!("#{fragment}"));
            candidates.push(path.to_string());
        }
        let path = href.split(['#', '?']).next().unwrap_or(href);
        if let Some(last) = path.trim_end_matches('/').rsplit('/').next() {
            if last.len() > 2 {
                candidates.push(last.to_string());
            }
        }
        candidates
    }
}

impl Sink for LinkCheck<'_> {
    fn put(&self, path: String, bytes: Vec<u8>) -> Result<(), Message> {
        self.read(&path, &bytes);
        self.inner.put(path, bytes)
    }
}

/// The problems of a site's links.
#[derive(Debug, Default)]
pub struct Report {
    pub errors: Diagnostics,
    pub warnings: Diagnostics,
}

enum Resolved {
    /// An address of another site.
    External,
    /// A link that leaves the base path.
    Outside,
    /// An internal link to a file the site does not write.
    Missing(String),
    /// An internal link to a file of the site, and its fragment.
    File(String, Option<String>),
}

/// Each `@/` link of the content, by the URL it was given: a broken link
/// with one of these URLs is reported where the author wrote it.
fn authored<'s>(site: &'s Site, views: &ViewBuilder) -> HashMap<String, &'s ContentLink> {
    let mut authored = HashMap::new();
    for link in &site.links {
        if let Some(url) = views.site_link(&link.written) {
            authored.entry(url).or_insert(link);
        }
    }
    authored
}

/// Keeps the use on the first page in path order (then line), so the
/// report is the same whatever order the render threads finish in.
fn keep_first<K>(entry: std::collections::hash_map::Entry<'_, K, Found>, use_: Found)
where
    K: Eq + Hash,
{
    match entry {
        std::collections::hash_map::Entry::Vacant(v) => {
            v.insert(use_);
        }
        std::collections::hash_map::Entry::Occupied(mut o) => {
            if (&*use_.page, use_.line) < (&*o.get().page, o.get().line) {
                o.insert(use_);
            }
        }
    }
}

/// The hash that stands for `id` on `file`.
fn key(file: &str, id: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    file.hash(&mut hasher);
    id.hash(&mut hasher);
    hasher.finish()
}

fn decode(text: &str) -> String {
    percent_decode_str(text).decode_utf8_lossy().into_owned()
}

/// `href`, relative to the folder of `page`, as a path under the site's
/// root; `None` when `..` climbs above it.
fn relative(page: &str, href: &str) -> Option<String> {
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop();
    let (path, rest) = match href.find(['#', '?']) {
        Some(at) => href.split_at(at),
        None => (href, ""),
    };
    let mut segments = path.split('/').peekable();
    while let Some(segment) = segments.next() {
        match segment {
            "." => {}
            ".." => {
                parts.pop()?;
            }
            "" if segments.peek().is_some() => {}
            other => parts.push(other),
        }
    }
    Some(format!("{}{rest}", parts.join("/")))
}

/// The theme's templates, to find the line that wrote an address.
struct Templates<'a> {
    /// In the order searched: the site's overrides, then the defaults.
    sources: Vec<(PathBuf, &'a str)>,
}

impl<'a> Templates<'a> {
    fn of(theme: &'a Theme) -> Self {
        let mut sources: Vec<(bool, PathBuf, &str)> = theme
            .templates
            .iter()
            .map(|(name, text)| match theme.template_files.get(name) {
                Some(file) => (false, file.clone(), text.as_str()),
                None => (true, Path::new("templates").join(name), text.as_str()),
            })
            .collect();
        sources.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
        Templates {
            sources: sources.into_iter().map(|(_, f, t)| (f, t)).collect(),
        }
    }

    /// The first line holding the first candidate found.
    fn at(&self, candidates: &[String]) -> Place {
        for candidate in candidates {
            for (file, text) in &self.sources {
                for (index, line) in text.lines().enumerate() {
                    if let Some(at) = line.find(candidate.as_str()) {
                        return Place::Line {
                            file: file.clone(),
                            line: index + 1,
                            column: line[..at].chars().count() + 1,
                            text: line.to_string(),
                        };
                    }
                }
            }
        }
        Place::Folder(PathBuf::from("templates"))
    }
}

/// Where in the templates a link was written.
enum Place {
    Line {
        file: PathBuf,
        line: usize,
        column: usize,
        text: String,
    },
    Folder(PathBuf),
}

impl Place {
    fn with(self, message: Message) -> Diagnostic {
        match self {
            Place::Line {
                file,
                line,
                column,
                text,
            } => Diagnostic::error(&file, line, column, message).with_line(&text),
            Place::Folder(folder) => Diagnostic::error_in_file(&folder, message),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_addresses_resolve_from_the_page_folder() {
        assert_eq!(
            relative("wilayah/lebak/index.html", "../banten/#x").as_deref(),
            Some("wilayah/banten/#x")
        );
        assert_eq!(
            relative("index.html", "style.css").as_deref(),
            Some("style.css")
        );
        assert_eq!(relative("index.html", "../x/"), None);
    }

    #[test]
    fn links_resolve_under_the_base_path_to_the_files_of_the_plan() {
        let files: HashSet<String> = ["index.html", "wilayah/lebak/index.html", "style.css"]
            .into_iter()
            .map(String::from)
            .collect();
        let urls = Urls::new("https://x.test/ikm/");
        let is_file = |file: &str| files.contains(file);
        let check = LinkCheck::new(&is_file, &urls, &crate::sink::Discard);
        let at = |href: &str| match check.resolve("index.html", href) {
            Resolved::External => "external".to_string(),
            Resolved::Outside => "outside".to_string(),
            Resolved::Missing(file) => format!("missing {file}"),
            Resolved::File(file, fragment) => format!("{file} {fragment:?}"),
        };
        assert_eq!(at("/ikm/wilayah/lebak/"), "wilayah/lebak/index.html None");
        assert_eq!(at("/ikm/wilayah/lebak"), "wilayah/lebak/index.html None");
        assert_eq!(
            at("https://x.test/ikm/wilayah/lebak/#a%20b"),
            "wilayah/lebak/index.html Some(\"a b\")"
        );
        assert_eq!(at("/ikm/style.css?v=1"), "style.css None");
        assert_eq!(at("/ikm/"), "index.html None");
        assert_eq!(at("/ikm/tidak-ada/"), "missing tidak-ada/index.html");
        assert_eq!(at("/wilayah/lebak/"), "outside");
        assert_eq!(at("#isi"), "index.html Some(\"isi\")");
        assert_eq!(at("https://example.org/"), "external");
        assert_eq!(at("htp://example.org/"), "external");
    }
}
