//! Paginated lists of news: the news index and the topic and sector pages,
//! and the index of topics and sectors. At national scale a topic holds
//! thousands of items, so every list is cut into pages of
//! [`NEWS_PER_PAGE`] (a rule of [`placement::lists`]).
//!
//! [`placement::lists`]: super::placement::lists

use serde::Serialize;

use super::kit::{Head, Kit, RenderError};
use super::placement::lists::{page_count, NEWS_PER_PAGE};
use super::placement::page_of;
use super::route::{Route, TagKind};
use super::views::{Link, NewsCard};
use crate::model::site::tag_name;
use crate::model::{NewsId, RegionId, Site, Vocabulary};

/// The links between the pages of a list.
#[derive(Serialize)]
pub struct Pager {
    current: usize,
    total: usize,
    previous: Option<String>,
    next: Option<String>,
    /// What the link to the page before says: its items are newer in a
    /// news list, just earlier in a list by metric.
    previous_label: &'static str,
    next_label: &'static str,
}

impl Pager {
    /// For lists newest first.
    pub const NEWEST_FIRST: (&'static str, &'static str) = ("← Lebih baru", "Lebih lama →");
    /// For lists in any other order.
    pub const SEQUENCE: (&'static str, &'static str) = ("← Sebelumnya", "Berikutnya →");

    /// Page `page` of `total`, where `at(n)` is page n, with `labels` for
    /// the links to the page before and after.
    pub fn new(
        kit: &Kit,
        page: usize,
        total: usize,
        at: impl Fn(usize) -> Route,
        labels: (&'static str, &'static str),
    ) -> Pager {
        Pager {
            current: page,
            total,
            previous: (page > 1).then(|| kit.link(&at(page - 1))),
            next: (page < total).then(|| kit.link(&at(page + 1))),
            previous_label: labels.0,
            next_label: labels.1,
        }
    }
}

/// Page `page` of a list of `news`; `at(n)` is the list's page n.
fn list_page(
    kit: &Kit,
    news: &[NewsId],
    page: usize,
    at: impl Fn(usize) -> Route,
    template: &'static str,
    head: Head,
    fill: impl FnOnce(&mut tera::Context),
) -> Result<Vec<u8>, RenderError> {
    let total = page_count(news.len());
    let cards: Vec<NewsCard> = page_of(news, page, NEWS_PER_PAGE)
        .iter()
        .map(|&id| kit.views.news_card(id))
        .collect();
    let pager = Pager::new(kit, page, total, &at, Pager::NEWEST_FIRST);
    let head = if page > 1 {
        Head {
            title: format!("{}, halaman {page}", head.title),
            ..head
        }
    } else {
        head
    };
    kit.page(&at(page), template, head, |c| {
        c.insert("news", &cards);
        c.insert("news_total", &news.len());
        c.insert("pager", &pager);
        fill(c);
    })
}

/// `berita/` and its following pages: newest first, undated last.
pub fn news_index(kit: &Kit, page: usize) -> Result<Vec<u8>, RenderError> {
    let head = Head::titled("Berita").described(
        "Semua berita tentang IKM, terbaru lebih dahulu; berita tanpa tanggal di akhir.",
    );
    let at = |page| Route::NewsIndex { page };
    list_page(
        kit,
        &kit.site.news_by_date,
        page,
        at,
        "news_index.html",
        head,
        |_| {},
    )
}

/// Page `page` of every news item of `region`, newest first.
pub fn region_news(kit: &Kit, region: RegionId, page: usize) -> Result<Vec<u8>, RenderError> {
    let r = &kit.site.regions[region];
    let head = Head::titled(format!("Berita {}", r.name))
        .described(format!(
            "Semua berita tentang IKM di {}, terbaru lebih dahulu.",
            r.name
        ))
        .under(kit.views.breadcrumbs(region, true));
    let at = |page| Route::RegionNews { region, page };
    // Every item is the region's own: naming it on each would only repeat
    // the title.
    list_page(kit, &r.news, page, at, "news_index.html", head, |c| {
        c.insert("show_region", &false)
    })
}

/// The news of a topic or sector, and its vocabulary, if the site has one.
fn tag_list(
    site: &Site,
    kind: TagKind,
) -> (
    &std::collections::BTreeMap<String, Vec<NewsId>>,
    &Option<Vocabulary>,
    &'static str,
) {
    match kind {
        TagKind::Topic => (&site.topics, &site.vocabularies.topics, "Topik"),
        TagKind::Sector => (&site.sectors, &site.vocabularies.sectors, "Sektor"),
    }
}

/// Page `page` of the news of one topic or sector.
pub fn tag_page(kit: &Kit, kind: TagKind, slug: &str, page: usize) -> Result<Vec<u8>, RenderError> {
    let (lists, vocabulary, label) = tag_list(kit.site, kind);
    let news = lists.get(slug).map_or(&[][..], Vec::as_slice);
    let name = tag_name(vocabulary, slug);
    let head = Head::titled(format!("{label}: {name}"))
        .described(format!(
            "Berita IKM dengan {} {name}, terbaru lebih dahulu.",
            label.to_lowercase()
        ))
        .under(vec![Link {
            name: "Topik dan sektor".into(),
            url: kit.link(&Route::TagIndex),
        }]);
    let at = |page| Route::Tag {
        kind,
        slug: slug.to_string(),
        page,
    };
    list_page(kit, news, page, at, "tag.html", head, |c| {
        c.insert("kind", label);
        c.insert("name", &name);
    })
}

#[derive(Serialize)]
struct TagCount {
    link: Link,
    count: usize,
}

/// `topik/`: every topic and every sector with how many news items it has,
/// in the vocabulary's order (by slug without one).
pub fn tag_index(kit: &Kit) -> Result<Vec<u8>, RenderError> {
    let counts = |kind: TagKind| -> Vec<TagCount> {
        let (lists, vocabulary, _) = tag_list(kit.site, kind);
        let mut ordered: Vec<(&String, &Vec<NewsId>)> = lists.iter().collect();
        if let Some(v) = vocabulary {
            ordered.sort_by_key(|(slug, _)| v.position(slug));
        }
        ordered
            .into_iter()
            .map(|(slug, news)| TagCount {
                link: Link {
                    name: tag_name(vocabulary, slug),
                    url: kit.link(&Route::Tag {
                        kind,
                        slug: slug.clone(),
                        page: 1,
                    }),
                },
                count: news.len(),
            })
            .collect()
    };
    kit.page(
        &Route::TagIndex,
        "tags.html",
        Head::titled("Topik dan sektor"),
        |c| {
            c.insert("topics", &counts(TagKind::Topic));
            c.insert("sectors", &counts(TagKind::Sector));
        },
    )
}
