//! News items and the figures they report.

use super::date::PartialDate;
use super::ids::{FigureId, NewsId, RegionId};

/// One article, the source of the figures it carries.
#[derive(Debug, Clone, PartialEq)]
pub struct NewsItem {
    pub id: String,
    pub region: RegionId,
    pub title: String,
    pub outlet: String,
    pub url: Option<String>,
    /// Where a copy of the article was read (`url` is then the copy's
    /// address), when `outlet`'s own page was not found: "Serambi
    /// Indonesia, via tanohabu.blogspot.com".
    pub via: Option<String>,
    pub published: Option<PartialDate>,
    pub date_note: Option<String>,
    /// Markdown source, in the editors' own words.
    pub summary: String,
    pub sectors: Vec<String>,
    pub topics: Vec<String>,
    pub figures: Vec<FigureId>,
    /// The item's `id` line in its region's file.
    pub place: super::Place,
}

super::ids::index_by!(NewsId, NewsItem);

/// What makes two news items the same article: the same address (ignoring
/// `http`/`https`, `www.`, a trailing `/` and a `#fragment`), or the same
/// title from the same outlet (ignoring case and spacing). `check` warns
/// when a site holds one article twice (`news-repeated`), and `draft
/// --region` says when the region already holds the article it drafts, so
/// both must compare alike.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum ArticleKey {
    Address(String),
    TitleAndOutlet(String, String),
}

impl ArticleKey {
    /// An article's address as compared for repeats.
    pub(crate) fn address(url: &str) -> ArticleKey {
        let Ok(parsed) = url::Url::parse(url.trim()) else {
            return ArticleKey::Address(url.trim().to_lowercase());
        };
        let host = parsed.host_str().unwrap_or_default().to_lowercase();
        let host = host.strip_prefix("www.").unwrap_or(&host);
        let path = parsed.path().trim_end_matches('/');
        ArticleKey::Address(match parsed.query() {
            Some(query) => format!("{host}{path}?{query}"),
            None => format!("{host}{path}"),
        })
    }

    pub(crate) fn title(title: &str, outlet: &str) -> ArticleKey {
        ArticleKey::TitleAndOutlet(words(title), words(outlet))
    }
}

/// Whether two news items name the same outlet (case and spacing aside),
/// so that a later figure of one is its outlet's revision. An outlet
/// written as unknown (`tidak diketahui`) is nobody in particular, so it
/// is the same as none.
pub(crate) fn same_outlet(a: &str, b: &str) -> bool {
    let a = words(a);
    !a.is_empty() && a != "tidak diketahui" && a == words(b)
}

/// Text compared without case or spacing differences.
fn words(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

impl NewsItem {
    /// The keys by which this item is the same article as another: its
    /// address, if it has one, then its title and outlet.
    pub(crate) fn article_keys(&self) -> impl Iterator<Item = ArticleKey> + '_ {
        self.url
            .as_deref()
            .map(ArticleKey::address)
            .into_iter()
            .chain(std::iter::once(ArticleKey::title(
                &self.title,
                &self.outlet,
            )))
    }
}

/// A reported number: one value, or a range such as 30–40.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Amount {
    Exact(f64),
    Range(f64, f64),
}

impl Amount {
    /// The value a chart or a sort uses: the middle of a range.
    pub fn central(&self) -> f64 {
        match *self {
            Amount::Exact(v) => v,
            Amount::Range(low, high) => (low + high) / 2.0,
        }
    }

    pub fn high(&self) -> f64 {
        match *self {
            Amount::Exact(v) | Amount::Range(_, v) => v,
        }
    }
}

/// How exactly an article gave a figure: as it is, "sekitar" (about), or
/// as a bound: "lebih dari 63.000", "tidak mencapai 1.000", "hampir 73
/// ribu". Only [`Approx::Exact`] is the value itself; the others must
/// never be summed or compared as if they were.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Approx {
    #[default]
    Exact,
    /// `approx: true`: "sekitar".
    About,
    /// `approx: more_than`: "lebih dari".
    MoreThan,
    /// `approx: less_than`: "kurang dari", "tidak mencapai".
    LessThan,
    /// `approx: almost`: "hampir", just under the value.
    Almost,
}

impl Approx {
    /// The words of `approx` other than `true` and `false`, as written.
    pub const WORDS: [(&'static str, Approx); 3] = [
        ("more_than", Approx::MoreThan),
        ("less_than", Approx::LessThan),
        ("almost", Approx::Almost),
    ];

    pub fn is_exact(self) -> bool {
        self == Approx::Exact
    }
}

/// One figure of one news item.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub news: NewsId,
    pub region: RegionId,
    /// Index into [`crate::model::Site::metrics`].
    pub metric: usize,
    pub amount: Amount,
    pub approx: Approx,
    /// The period the figure refers to: its own `as_of`, else the item's
    /// `published`; `None` when neither is known.
    pub period: Option<PartialDate>,
    /// True when `period` came from the news item's date, not from `as_of`.
    pub period_from_published: bool,
    /// True for `as_of: unknown`: the article does not say which period
    /// the figure describes ("tumbuh 14,7% per tahun"), so it is undated
    /// (`period` is `None`) even when its article is dated.
    pub period_not_stated: bool,
    /// The starting value of a change the article reports ("dari 16.000 …");
    /// it refers to an earlier, unstated period.
    pub baseline: bool,
    pub note: Option<String>,
    /// Position of the figure within its news item, for anchors.
    pub position: usize,
}

super::ids::index_by!(FigureId, Figure);
