//! Paginated lists of news: the news index and the topic and sector pages.
//! At national scale a topic holds thousands of items, so every list is cut
//! into pages of [`NEWS_PER_PAGE`].

use serde::Serialize;

use super::pages::{job, Common, Job, RenderError};
use super::urls::path;
use super::views::{Link, NewsCard, ViewBuilder};
use crate::model::{NewsId, Site};

/// News items per page of a list.
pub const NEWS_PER_PAGE: usize = 50;

#[derive(Serialize)]
struct Pager {
    current: usize,
    total: usize,
    previous: Option<String>,
    next: Option<String>,
}

/// What one paginated list is: where it lives and how it is titled.
struct List<'a> {
    /// Path of the first page, e.g. `berita/`; later pages add `halaman/N/`.
    first: String,
    template: &'static str,
    title: String,
    description: &'a str,
    breadcrumbs: Vec<Link>,
}

/// The pages of `list`, [`NEWS_PER_PAGE`] items each (one empty page when
/// there are none), linked by previous/next.
fn paginate(
    list: &List,
    news: &[NewsId],
    views: &ViewBuilder,
    common: &Common,
    fill: impl Fn(&mut tera::Context),
) -> Result<Vec<Job>, RenderError> {
    let chunks: Vec<&[NewsId]> = if news.is_empty() {
        vec![&[]]
    } else {
        news.chunks(NEWS_PER_PAGE).collect()
    };
    let total = chunks.len();
    let page_path = |n: usize| {
        if n == 1 {
            list.first.clone()
        } else {
            format!("{}halaman/{n}/", list.first)
        }
    };
    chunks
        .iter()
        .enumerate()
        .map(|(i, chunk)| {
            let n = i + 1;
            let cards: Vec<NewsCard> = chunk.iter().map(|&id| views.news_card(id)).collect();
            let pager = Pager {
                current: n,
                total,
                previous: (n > 1).then(|| format!("{}{}", common.base, page_path(n - 1))),
                next: (n < total).then(|| format!("{}{}", common.base, page_path(n + 1))),
            };
            let title = if n == 1 {
                list.title.clone()
            } else {
                format!("{}, halaman {n}", list.title)
            };
            job(
                common,
                page_path(n),
                list.template,
                &title,
                Some(list.description),
                list.breadcrumbs.clone(),
                |c| {
                    c.insert("news", &cards);
                    c.insert("news_total", &news.len());
                    c.insert("pager", &pager);
                    fill(c);
                },
            )
        })
        .collect()
}

/// `berita/` and its following pages: newest first, undated last.
pub fn news_index_pages(
    site: &Site,
    views: &ViewBuilder,
    common: &Common,
) -> Result<Vec<Job>, RenderError> {
    let list = List {
        first: path::news_index(),
        template: "news_index.html",
        title: "Berita".to_string(),
        description:
            "Semua berita tentang IKM, terbaru lebih dahulu; berita tanpa tanggal di akhir.",
        breadcrumbs: vec![],
    };
    paginate(&list, &site.news_by_date, views, common, |_| {})
}

#[derive(Serialize)]
struct TagCount {
    link: Link,
    count: usize,
}

/// A page (or pages) per topic and per sector, and the index of both.
pub fn tag_pages(
    site: &Site,
    views: &ViewBuilder,
    common: &Common,
) -> Result<Vec<Job>, RenderError> {
    let mut jobs = Vec::new();
    let mut lists: Vec<Vec<TagCount>> = Vec::new();
    let index = Link {
        name: "Topik dan sektor".into(),
        url: format!("{}{}", common.base, path::topics()),
    };
    for (kind, map, to, vocabulary) in [
        (
            "Topik",
            &site.topics,
            path::topic as fn(&str) -> String,
            &site.vocabularies.topics,
        ),
        (
            "Sektor",
            &site.sectors,
            path::sector,
            &site.vocabularies.sectors,
        ),
    ] {
        let mut counts = Vec::new();
        // A vocabulary's order is the display order; without one, by slug.
        let mut ordered: Vec<(&String, &Vec<usize>)> = map.iter().collect();
        if let Some(v) = vocabulary {
            ordered.sort_by_key(|(slug, _)| v.position(slug));
        }
        for (slug, news) in ordered {
            let name = crate::model::site::tag_name(vocabulary, slug);
            let description = format!(
                "Berita IKM dengan {} {name}, terbaru lebih dahulu.",
                kind.to_lowercase()
            );
            let list = List {
                first: to(slug),
                template: "tag.html",
                title: format!("{kind}: {name}"),
                description: &description,
                breadcrumbs: vec![index.clone()],
            };
            jobs.extend(paginate(&list, news, views, common, |c| {
                c.insert("kind", kind);
                c.insert("name", &name);
            })?);
            counts.push(TagCount {
                link: Link {
                    name,
                    url: format!("{}{}", common.base, to(slug)),
                },
                count: news.len(),
            });
        }
        lists.push(counts);
    }
    jobs.push(job(
        common,
        path::topics(),
        "tags.html",
        "Topik dan sektor",
        None,
        vec![],
        |c| {
            c.insert("topics", &lists[0]);
            c.insert("sectors", &lists[1]);
        },
    )?);
    Ok(jobs)
}
