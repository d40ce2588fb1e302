//! Links from authored Markdown to a page of the site, by what the page is:
//! `[Lebak](@/wilayah/lebak)`, `[berita](@/berita/ID#angka-1)`,
//! `[tentang](@/tentang)`, in the manner of Zola's `@/` links.
//!
//! An `@/` link is the page's address on the site with `@` in front of it,
//! without the base path: so it never depends on where the site is served
//! (`/` or GitHub Pages' `/repo/`) nor on which page shows the text (a news
//! summary appears on its news page, its region's page and the lists). The
//! content stage checks that the page exists; the render stage turns it
//! into the page's route and so its URL under the base path. Parsing the
//! form lives here, below both.

use super::config::section;

/// What an `@/` link points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkTarget {
    /// `@/`: the home page.
    Home,
    /// `@/wilayah`, `@/berita`, `@/topik`, `@/cari`, `@/angka-berbeda`:
    /// a section's first page, by its name in [`section`].
    Section(&'static str),
    /// `@/wilayah/SLUG`
    Region(String),
    /// `@/berita/ID`
    News(String),
    /// `@/topik/SLUG`
    Topic(String),
    /// `@/sektor/SLUG`
    Sector(String),
    /// `@/NAME`: the free page `content/pages/NAME.md`.
    Page(String),
}

/// The sections an `@/` link may name alone: those every site has.
pub const LINKED_SECTIONS: &[&str] = &[
    section::REGIONS,
    section::NEWS,
    section::TOPICS,
    section::SEARCH,
    section::CONFLICTS,
];

/// An `@/` link: its target and the `#fragment` after it, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteLink {
    pub target: LinkTarget,
    pub fragment: Option<String>,
}

/// The forms an `@/` link can take, for help texts.
pub const LINK_FORMS: &str = "`@/`, `@/wilayah/SLUG`, `@/berita/ID`, `@/topik/SLUG`, \
`@/sektor/SLUG`, `@/NAME` (content/pages/NAME.md), `@/wilayah`, `@/berita`, `@/topik`, \
`@/cari`, `@/angka-berbeda`";

/// An `@/` link as an author wrote it, where it is written: the render
/// stage resolves it, and the link check after rendering reports a
/// `#fragment` the target page lacks at this place, not at a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentLink {
    pub link: SiteLink,
    /// The address as written (`@/wilayah/lebak#x`).
    pub written: String,
    pub file: std::sync::Arc<std::path::Path>,
    pub line: usize,
    pub column: usize,
    /// The text of that line, for the excerpt under a message.
    pub line_text: String,
}

impl SiteLink {
    /// Reads `dest` as an `@/` link: `None` when it is not one (it does not
    /// start with `@/`), `Some(Err(()))` when it starts so but has no form
    /// of [`LINK_FORMS`]. One trailing `/` is allowed, as in the address.
    pub fn parse(dest: &str) -> Option<Result<SiteLink, ()>> {
        let rest = dest.strip_prefix("@/")?;
        let (path, fragment) = match rest.split_once('#') {
            Some((path, fragment)) if !fragment.is_empty() => (path, Some(fragment.to_string())),
            Some(_) => return Some(Err(())),
            None => (rest, None),
        };
        let path = path.strip_suffix('/').unwrap_or(path);
        let parts: Vec<&str> = if path.is_empty() {
            Vec::new()
        } else {
            path.split('/').collect()
        };
        if parts.iter().any(|p| p.is_empty() || p.contains(['?', ' '])) {
            return Some(Err(()));
        }
        let target = match parts.as_slice() {
            [] => LinkTarget::Home,
            [one] => match LINKED_SECTIONS.iter().find(|s| **s == *one) {
                Some(name) => LinkTarget::Section(name),
                None if super::config::SECTION_NAMES.contains(one) => return Some(Err(())),
                None => LinkTarget::Page(one.to_string()),
            },
            [kind, name] => {
                let name = name.to_string();
                match *kind {
                    section::REGIONS => LinkTarget::Region(name),
                    section::NEWS => LinkTarget::News(name),
                    section::TOPICS => LinkTarget::Topic(name),
                    section::SECTORS => LinkTarget::Sector(name),
                    _ => return Some(Err(())),
                }
            }
            _ => return Some(Err(())),
        };
        Some(Ok(SiteLink { target, fragment }))
    }
}

impl LinkTarget {
    /// The `@/` form of this kind of target with `name`, for help texts.
    pub fn with_name(&self, name: &str) -> String {
        match self {
            LinkTarget::Home => "@/".to_string(),
            LinkTarget::Section(section) => format!("@/{section}"),
            LinkTarget::Region(_) => format!("@/{}/{name}", section::REGIONS),
            LinkTarget::News(_) => format!("@/{}/{name}", section::NEWS),
            LinkTarget::Topic(_) => format!("@/{}/{name}", section::TOPICS),
            LinkTarget::Sector(_) => format!("@/{}/{name}", section::SECTORS),
            LinkTarget::Page(_) => format!("@/{name}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(dest: &str) -> Option<Result<(LinkTarget, Option<String>), ()>> {
        SiteLink::parse(dest).map(|r| r.map(|l| (l.target, l.fragment)))
    }

    #[test]
    fn every_form_reads_with_or_without_a_trailing_slash_and_a_fragment() {
        let region = LinkTarget::Region("lebak".into());
        assert_eq!(target("@/wilayah/lebak"), Some(Ok((region.clone(), None))));
        assert_eq!(
            target("@/wilayah/lebak/#angka-berbeda"),
            Some(Ok((region, Some("angka-berbeda".into()))))
        );
        assert_eq!(target("@/"), Some(Ok((LinkTarget::Home, None))));
        assert_eq!(
            target("@/berita/a-1"),
            Some(Ok((LinkTarget::News("a-1".into()), None)))
        );
        assert_eq!(
            target("@/topik/ritel"),
            Some(Ok((LinkTarget::Topic("ritel".into()), None)))
        );
        assert_eq!(
            target("@/sektor/kopi/"),
            Some(Ok((LinkTarget::Sector("kopi".into()), None)))
        );
        assert_eq!(
            target("@/tentang"),
            Some(Ok((LinkTarget::Page("tentang".into()), None)))
        );
        assert_eq!(
            target("@/angka-berbeda"),
            Some(Ok((LinkTarget::Section(section::CONFLICTS), None)))
        );
    }

    #[test]
    fn other_addresses_are_not_site_links_and_odd_forms_are_refused() {
        assert_eq!(target("/wilayah/lebak/"), None);
        assert_eq!(target("https://example.org/@/x"), None);
        for odd in [
            "@/grafik",
            "@/sektor",
            "@/wilayah/lebak/berita",
            "@/wilayah//",
            "@/lebak#",
            "@/a b",
            "@/data/x",
        ] {
            assert_eq!(target(odd), Some(Err(())), "{odd}");
        }
    }
}
