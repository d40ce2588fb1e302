//! Every URL the site links to, joined to the base path in one place.
//!
//! GitHub Pages serves a project site under `/repo/`, so links are written
//! root-relative with that path (`/repo/wilayah/lebak/`): they work at any
//! depth and need no `<base>` tag. Absolute URLs (canonical, sitemap) add the
//! origin.

/// The base URL split into the parts links need.
#[derive(Debug, Clone)]
pub struct Urls {
    /// `https://owner.github.io/repo/`
    absolute: String,
    /// `/repo/`
    path: String,
}

impl Urls {
    /// `base_url` is validated and ends in `/`.
    pub fn new(base_url: &str) -> Self {
        let after_scheme = base_url
            .split_once("://")
            .map_or(base_url, |(_, rest)| rest);
        let path = after_scheme.find('/').map_or("/", |i| &after_scheme[i..]);
        Urls {
            absolute: base_url.to_string(),
            path: path.to_string(),
        }
    }

    /// Root-relative link to `relative` (which has no leading `/`).
    pub fn link(&self, relative: &str) -> String {
        format!("{}{}", self.path, relative)
    }

    /// Absolute URL of `relative`.
    pub fn absolute(&self, relative: &str) -> String {
        format!("{}{}", self.absolute, relative)
    }

    pub fn base_path(&self) -> &str {
        &self.path
    }
}

/// Output paths (relative, no leading `/`) of each kind of page; a page at
/// `dir/` is written to `dir/index.html`.
pub mod path {
    pub fn home() -> String {
        String::new()
    }
    pub fn region(slug: &str) -> String {
        format!("wilayah/{slug}/")
    }
    pub fn regions() -> String {
        "wilayah/".to_string()
    }
    pub fn news_index() -> String {
        "berita/".to_string()
    }
    pub fn news(id: &str) -> String {
        format!("berita/{id}/")
    }
    pub fn figure_anchor(id: &str, position: usize) -> String {
        format!("berita/{id}/#angka-{}", position + 1)
    }
    pub fn topics() -> String {
        "topik/".to_string()
    }
    pub fn topic(slug: &str) -> String {
        format!("topik/{slug}/")
    }
    pub fn sector(slug: &str) -> String {
        format!("sektor/{slug}/")
    }
    pub fn page(name: &str) -> String {
        format!("{name}/")
    }
    pub fn chart(name: &str) -> String {
        format!("grafik/{name}.svg")
    }
    pub fn chart_data(name: &str) -> String {
        format!("data/{name}.csv")
    }
    pub fn search() -> String {
        "cari/".to_string()
    }
    pub fn search_index() -> String {
        "cari/indeks.json".to_string()
    }
    pub fn feed() -> String {
        "feed.xml".to_string()
    }
    pub fn stylesheet() -> String {
        "style.css".to_string()
    }
}

/// The file a page URL is written to: `wilayah/lebak/` → `wilayah/lebak/index.html`.
pub fn file_for(relative: &str) -> String {
    if relative.is_empty() || relative.ends_with('/') {
        format!("{relative}index.html")
    } else {
        relative.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_carry_the_base_path() {
        let urls = Urls::new("https://owner.github.io/ikm/");
        assert_eq!(urls.base_path(), "/ikm/");
        assert_eq!(urls.link(&path::region("lebak")), "/ikm/wilayah/lebak/");
        assert_eq!(
            urls.absolute(&path::news("a")),
            "https://owner.github.io/ikm/berita/a/"
        );
        assert_eq!(
            Urls::new("http://localhost:8000/").link("style.css"),
            "/style.css"
        );
    }

    #[test]
    fn pages_are_written_as_index_files() {
        assert_eq!(file_for(""), "index.html");
        assert_eq!(file_for("wilayah/lebak/"), "wilayah/lebak/index.html");
        assert_eq!(file_for("grafik/a.svg"), "grafik/a.svg");
    }
}
