//! The page of one news item: what it reports, every figure with its
//! anchor, and its sectors and topics.

use super::citation::{self, Original};
use super::kit::{Head, Kit, RenderError};
use super::route::{Route, TagKind};
use super::views::{FigureView, Link};
use crate::model::site::tag_name;
use crate::model::{NewsId, Vocabulary};

pub fn news_page(kit: &Kit, id: NewsId) -> Result<Vec<u8>, RenderError> {
    let (site, views) = (kit.site, kit.views);
    let item = &site.news[id];
    let figures: Vec<FigureView> = item
        .figures
        .iter()
        .map(|&f| FigureView {
            conflict_url: views.conflict_link(f),
            ..views.figure(f)
        })
        .collect();
    let tag_links = |kind: TagKind, slugs: &[String], vocabulary: &Option<Vocabulary>| {
        slugs
            .iter()
            .map(|slug| Link {
                name: tag_name(vocabulary, slug),
                url: kit.link(&Route::Tag {
                    kind,
                    slug: slug.clone(),
                    page: 1,
                }),
            })
            .collect::<Vec<Link>>()
    };
    let sectors = tag_links(TagKind::Sector, &item.sectors, &site.vocabularies.sectors);
    let topics = tag_links(TagKind::Topic, &item.topics, &site.vocabularies.topics);
    let original = Original {
        outlet: &item.outlet,
        published: item.published,
    };
    let citation = citation::of(kit, &Route::News(id), &item.title, Some(original));
    let head = Head::titled(&item.title).under(views.breadcrumbs(item.region, true));
    kit.page(&Route::News(id), "news.html", head, |c| {
        c.insert("item", &views.news_card(id));
        c.insert("date_note", &item.date_note);
        c.insert("external_url", &item.url);
        c.insert("figures", &figures);
        c.insert("sectors", &sectors);
        c.insert("topics", &topics);
        c.insert("citation", &citation);
    })
}
