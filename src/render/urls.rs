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
    /// `base_url` is validated and ends in `/`; its path is what links
    /// start with.
    pub fn new(base_url: &str) -> Self {
        let path =
            url::Url::parse(base_url).map_or_else(|_| "/".to_string(), |u| u.path().to_string());
        Urls {
            absolute: base_url.to_string(),
            path,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_carry_the_base_path() {
        let urls = Urls::new("https://owner.github.io/ikm/");
        assert_eq!(urls.base_path(), "/ikm/");
        assert_eq!(urls.link("wilayah/lebak/"), "/ikm/wilayah/lebak/");
        assert_eq!(
            urls.absolute("berita/a/"),
            "https://owner.github.io/ikm/berita/a/"
        );
        assert_eq!(
            Urls::new("http://localhost:8000/").link("style.css"),
            "/style.css"
        );
    }
}
