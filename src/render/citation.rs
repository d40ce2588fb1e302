//! The "Cara mengutip" block: a ready citation of one page, as Indonesian
//! author-date text and as a BibTeX entry, for any page that shows one
//! (a region, a news item, a free page, the data page).
//!
//! Both forms are made here, not in a template, so that each has one home
//! and its escaping is tested: the template shows them as text (Tera
//! escapes them for HTML) and `static/cite.js` copies what the page shows.
//! The date read is the day of the build (`SiteConfig::built_on`), so two
//! builds of one content on one day, or with one `SOURCE_DATE_EPOCH`, cite
//! alike.

use serde::Serialize;

use super::format;
use super::kit::Kit;
use super::route::Route;
use super::views::outlet_label;
use crate::model::PartialDate;

/// The script that adds the copy buttons, under the site's `static/`.
pub const SCRIPT: &str = "cite.js";

/// What a template's `citation` macro shows.
#[derive(Debug, Serialize)]
pub struct Citation {
    /// Author-date text in Indonesian, one line.
    pub text: String,
    /// A BibTeX `@misc` entry.
    pub bibtex: String,
    /// The copy buttons' script, under the base path.
    pub script_url: String,
}

/// The article a news page summarises: the citation names it after the
/// page's title.
#[derive(Debug, Clone, Copy)]
pub struct Original<'a> {
    pub outlet: &'a str,
    pub published: Option<PartialDate>,
}

/// Everything one citation says.
#[derive(Debug)]
pub struct Cited<'a> {
    /// The site's title, as the author (a body, not a person).
    pub site_title: &'a str,
    /// The page's title.
    pub title: &'a str,
    /// The page's absolute address, base path included.
    pub url: &'a str,
    /// The page's address under the site root (`wilayah/lebak/`), which the
    /// BibTeX key is made from.
    pub path: &'a str,
    /// The day read: the day of the build.
    pub accessed: PartialDate,
    pub original: Option<Original<'a>>,
}

/// The citation of the page at `route`, titled `title`, with the article
/// it summarises if any: what a page renderer puts in its context as
/// `citation` for the `m::citation` macro.
pub fn of(kit: &Kit, route: &Route, title: &str, original: Option<Original>) -> Citation {
    let url = kit.absolute(route);
    let path = route.path(kit.site);
    let cited = Cited {
        site_title: &kit.site.config.title,
        title,
        url: &url,
        path: &path,
        accessed: kit.site.config.built_on,
        original,
    };
    Citation {
        text: cited.text(),
        bibtex: cited.bibtex(),
        script_url: kit.link(&Route::Static(SCRIPT.into())),
    }
}

impl Cited<'_> {
    /// Author-date, Indonesian (APA's order): `Situs. (2026). Judul.
    /// Diakses 4 Desember 2026, dari https://…`, with `[Ringkasan berita
    /// Outlet, 18 Juli 2019]` after a news page's title. The URL comes
    /// last, with nothing after it that could be taken for part of it.
    pub fn text(&self) -> String {
        let mut title = self.title.to_string();
        if let Some(original) = &self.original {
            title.push_str(&format!(" [{}]", original.describe()));
        }
        format!(
            "{}. ({}). {} Diakses {}, dari {}",
            without_final_stop(self.site_title),
            self.accessed.year_number(),
            sentence(&title),
            format::date(&self.accessed),
            self.url
        )
    }

    /// A BibTeX `@misc` entry: the site as a corporate author and the
    /// title in double braces (so styles keep their case), text fields
    /// escaped for LaTeX, `url` and `urldate` as biblatex and natbib's
    /// styles read them, and the article (for a news page) and the date
    /// read in `note` for styles that show neither.
    pub fn bibtex(&self) -> String {
        let accessed = format!("Diakses {}", format::date(&self.accessed));
        let note = match &self.original {
            Some(original) => format!("{}. {accessed}", original.describe()),
            None => accessed,
        };
        format!(
            "@misc{{{key},\n  author = {{{{{author}}}}},\n  title = {{{{{title}}}}},\n  \
             year = {{{year}}},\n  url = {{{url}}},\n  urldate = {{{urldate}}},\n  \
             note = {{{note}}}\n}}",
            key = bibtex_key(self.path),
            author = bibtex_text(self.site_title),
            title = bibtex_text(self.title),
            year = self.accessed.year_number(),
            url = bibtex_url(self.url),
            urldate = self.accessed,
            note = bibtex_text(&note),
        )
    }
}

impl Original<'_> {
    /// `Ringkasan berita Banten Day, 18 Juli 2019`: the outlet and the
    /// article's date at its own precision ("2019", "Juli 2019").
    fn describe(&self) -> String {
        format!(
            "Ringkasan berita {}, {}",
            outlet_label(self.outlet),
            format::maybe_date(self.published.as_ref())
        )
    }
}

/// `text` ending in one full stop, unless it already ends as a sentence.
fn sentence(text: &str) -> String {
    if text.ends_with(['.', '?', '!']) {
        text.to_string()
    } else {
        format!("{text}.")
    }
}

/// `text` without a final full stop, for the author before `. (2026)`.
fn without_final_stop(text: &str) -> &str {
    text.strip_suffix('.').unwrap_or(text)
}

/// The entry's key from the page's address: `wilayah/lebak/` gives
/// `wilayah-lebak`, the home page `beranda`. Slugs and news ids are
/// already lower-case letters, digits and dashes; anything else a key may
/// not hold becomes `-`, so the key is stable and always valid.
pub fn bibtex_key(path: &str) -> String {
    let key: String = path
        .trim_matches('/')
        .chars()
        .map(|c| match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' | '-' | '_' | '.' | ':' => c,
            _ => '-',
        })
        .collect();
    if key.is_empty() {
        "beranda".to_string()
    } else {
        key
    }
}

/// Text for a BibTeX field, escaped for LaTeX: the ten characters LaTeX
/// gives a meaning (`{ } % & $ # _ ^ ~ \`) and `<` `>` (which LaTeX's
/// default font encoding prints as other signs). Other characters, accented
/// letters included, stay as they are: biber, bibtex8 and LaTeX since 2018
/// read UTF-8.
pub fn bibtex_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            '~' => out.push_str("\\textasciitilde{}"),
            '<' => out.push_str("\\textless{}"),
            '>' => out.push_str("\\textgreater{}"),
            '{' | '}' | '%' | '&' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// An address for the `url` field, which styles print verbatim (a `\%`
/// there would be printed as such): only what could end the field or
/// start a command is percent-encoded. An address made by the site's
/// URL parser never holds these, so this is a guard, not a rewrite.
fn bibtex_url(url: &str) -> String {
    url.replace('\\', "%5C")
        .replace('{', "%7B")
        .replace('}', "%7D")
        .replace(char::is_whitespace, "%20")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> PartialDate {
        PartialDate::parse(text).unwrap()
    }

    fn region() -> Cited<'static> {
        Cited {
            site_title: "IKM Daerah",
            title: "Kabupaten Lebak",
            url: "https://example.test/ikm/wilayah/lebak/",
            path: "wilayah/lebak/",
            accessed: day("2026-12-04"),
            original: None,
        }
    }

    #[test]
    fn a_region_page_is_cited_by_site_year_title_date_read_and_address() {
        assert_eq!(
            region().text(),
            "IKM Daerah. (2026). Kabupaten Lebak. Diakses 4 Desember 2026, dari \
             https://example.test/ikm/wilayah/lebak/"
        );
        assert_eq!(
            region().bibtex(),
            "@misc{wilayah-lebak,\n  author = {{IKM Daerah}},\n  title = {{Kabupaten Lebak}},\n  \
             year = {2026},\n  url = {https://example.test/ikm/wilayah/lebak/},\n  \
             urldate = {2026-12-04},\n  note = {Diakses 4 Desember 2026}\n}"
        );
    }

    #[test]
    fn a_news_page_names_the_outlet_and_the_articles_date_at_its_precision() {
        let cases = [
            (Some("2019-07-18"), "18 Juli 2019"),
            (Some("2019-07"), "Juli 2019"),
            (Some("2019"), "2019"),
            (None, "tanggal tidak diketahui"),
        ];
        for (published, shown) in cases {
            let cited = Cited {
                title: "Produk IKM Masuk Ritel?",
                path: "berita/lebak-ritel/",
                url: "https://example.test/ikm/berita/lebak-ritel/",
                original: Some(Original {
                    outlet: "Banten Day",
                    published: published.map(day),
                }),
                ..region()
            };
            assert_eq!(
                cited.text(),
                format!(
                    "IKM Daerah. (2026). Produk IKM Masuk Ritel? [Ringkasan berita Banten Day, \
                     {shown}]. Diakses 4 Desember 2026, dari \
                     https://example.test/ikm/berita/lebak-ritel/"
                )
            );
            let bibtex = cited.bibtex();
            assert!(
                bibtex.starts_with("@misc{berita-lebak-ritel,\n"),
                "{bibtex}"
            );
            assert!(
                bibtex.contains(&format!(
                    "  note = {{Ringkasan berita Banten Day, {shown}. Diakses 4 Desember 2026}}\n"
                )),
                "{bibtex}"
            );
        }
        let unknown = Original {
            outlet: "tidak diketahui",
            published: None,
        };
        assert_eq!(
            unknown.describe(),
            "Ringkasan berita media tidak diketahui, tanggal tidak diketahui"
        );
    }

    #[test]
    fn a_hostile_title_is_escaped_for_latex_and_keeps_its_braces_balanced() {
        let title = r#"{Lébak} 100% & $5 #1 a_b ^ ~ \relax "kutip" </script><b>"#;
        assert_eq!(
            bibtex_text(title),
            r#"\{Lébak\} 100\% \& \$5 \#1 a\_b \textasciicircum{} \textasciitilde{} \textbackslash{}relax "kutip" \textless{}/script\textgreater{}\textless{}b\textgreater{}"#
        );
        let cited = Cited {
            site_title: "Situs {x}.",
            title,
            ..region()
        };
        let bibtex = cited.bibtex();
        // Outside `\{` and `\}`, every brace is matched and the entry
        // closes only at its end: no title can end a field early.
        let mut depth = 0i32;
        let mut chars = bibtex.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            match c {
                '\\' => {
                    chars.next();
                }
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    assert!(
                        depth > 0 || i == bibtex.len() - 1,
                        "closed early at {i}: {bibtex}"
                    );
                }
                _ => {}
            }
        }
        assert_eq!(depth, 0, "{bibtex}");
        assert!(bibtex.contains("author = {{Situs \\{x\\}.}}"), "{bibtex}");
        // The plain text keeps the title as written; HTML escaping is the
        // template's, and the author loses only its final stop.
        assert!(cited
            .text()
            .starts_with(&format!("Situs {{x}}. (2026). {title}. ")));
    }

    #[test]
    fn keys_come_from_the_address_and_addresses_stay_verbatim() {
        assert_eq!(bibtex_key(""), "beranda");
        assert_eq!(bibtex_key("berita/lebak-2019/"), "berita-lebak-2019");
        assert_eq!(bibtex_key("tentang/"), "tentang");
        assert_eq!(bibtex_key("a b,{c}"), "a-b--c-");
        assert_eq!(
            bibtex_url("https://x.test/a%20b/~c_d#e"),
            "https://x.test/a%20b/~c_d#e"
        );
        assert_eq!(
            bibtex_url("https://x.test/{a}\\ b"),
            "https://x.test/%7Ba%7D%5C%20b"
        );
    }
}
