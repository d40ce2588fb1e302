//! One function per kind of page: model → context → HTML, all in memory.

use std::path::Path;

use rayon::prelude::*;
use serde::Serialize;
use tera::Context;

use crate::messages::Message;
use crate::msg;

use super::chart_pages::{comparison_chart, ChartView};
use super::discovery;
use super::format;
use super::list_pages::{news_index_pages, tag_pages};
use super::markdown;
use super::region_page::region_page;
use super::search;
use super::template_guard;
use super::templates::{self, error_chain};
use super::urls::{file_for, path, Urls};
use super::views::{FigureView, KeyFigure, Link, NewsCard, ViewBuilder};
use crate::model::{Level, RegionId, Site};

/// Every output file, sorted by path, plus counts for the summary line.
#[derive(Debug, Default)]
pub struct RenderedSite {
    pub files: Vec<(String, Vec<u8>)>,
    pub pages: usize,
    pub charts: usize,
}

/// A page or chart could not be produced.
#[derive(Debug)]
pub struct RenderError(pub Message);

/// In English; the binary shows the message in the author's language.
impl std::fmt::Display for RenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// What every page's layout needs.
#[derive(Serialize)]
pub struct Common<'a> {
    site_title: &'a str,
    site_description: Option<&'a str>,
    lang: &'a str,
    pub base: &'a str,
    home_url: String,
    style_url: String,
    favicon_url: String,
    /// The absolute base URL, for canonical links and Open Graph.
    site_url: &'a str,
    feed_url: Option<String>,
    nav: Vec<Link>,
}

/// An output file: its path under the output root and its bytes.
pub type OutputFile = (String, Vec<u8>);

/// A page waiting to be rendered.
pub struct Job {
    path: String,
    template: &'static str,
    context: Context,
}

/// Renders the whole site. `theme_dir` is the folder beside the content that
/// may hold `templates/` and `static/` overrides.
pub fn render(
    site: &Site,
    theme_dir: Option<&Path>,
    progress: &dyn crate::progress::Progress,
) -> Result<RenderedSite, RenderError> {
    let tera = templates::load(theme_dir).map_err(|e| RenderError(e.0))?;
    let urls = Urls::new(&site.config.base_url);
    let views = ViewBuilder::new(site, &urls);
    let common = common(site, &urls);

    let mut jobs: Vec<Job> = Vec::new();
    let mut chart_files: Vec<(String, Vec<u8>)> = Vec::new();

    // Home, the region index and search all list every region; build it once.
    let provinces = province_tree(site, &views);
    let home_chart = comparison_chart(
        &views,
        "perbandingan",
        "",
        &(0..site.regions.len()).collect::<Vec<_>>(),
    )?;
    jobs.push(home(
        site,
        &views,
        &common,
        &provinces,
        home_chart.as_ref().map(|c| c.0.clone()),
    )?);
    chart_files.extend(home_chart.into_iter().flat_map(|c| c.1));
    jobs.push(job(
        &common,
        path::regions(),
        "regions.html",
        "Semua wilayah",
        None,
        vec![],
        |c| {
            c.insert("provinces", &provinces);
        },
    )?);

    let regions: Vec<_> = (0..site.regions.len())
        .into_par_iter()
        .map(|id| region_page(site, &views, &urls, &common, id))
        .collect::<Result<_, _>>()?;
    for (page, charts) in regions {
        jobs.push(page);
        chart_files.extend(charts);
    }

    jobs.extend(news_index_pages(site, &views, &common)?);
    for &id in &site.news_by_date {
        jobs.push(news_page(site, &views, &common, id)?);
    }
    jobs.extend(tag_pages(site, &views, &common)?);
    for page in &site.pages {
        jobs.push(job(
            &common,
            path::page(&page.name),
            "page.html",
            &page.title,
            page.description.as_deref(),
            vec![],
            |c| {
                c.insert("body_html", &markdown::to_html(&page.body, "catatan"));
            },
        )?);
    }
    jobs.push(job(
        &common,
        path::search(),
        "search.html",
        "Cari",
        Some("Cari wilayah dan berita IKM."),
        vec![],
        |c| {
            c.insert("provinces", &provinces);
            c.insert("index_url", &urls.link(&path::search_index()));
        },
    )?);
    jobs.push(job(
        &common,
        "404.html".into(),
        "404.html",
        "Halaman tidak ditemukan",
        None,
        vec![],
        |_| {},
    )?);

    let page_count = jobs.len();
    progress.stage(crate::progress::Stage::Render, page_count);
    let mut files: Vec<(String, Vec<u8>)> = jobs
        .par_iter()
        .map(|job| {
            template_guard::render(&tera, job.template, &job.context)
                .map(|html| {
                    progress.done(1);
                    (file_for(&job.path), html.into_bytes())
                })
                .map_err(|e| {
                    RenderError(msg!(
                        "render-page-failed",
                        file = file_for(&job.path),
                        template = job.template,
                        error = error_chain(&e)
                    ))
                })
        })
        .collect::<Result<_, _>>()?;

    // Every output path gets one owner; a second claim is an error naming
    // both, so no file silently shadows another (the parallel writer would
    // otherwise decide which survives).
    let mut owners = Owners::default();
    owners.claim(crate::output::STAMP_FILE, msg!("owner-stamp"))?;
    for (job, (file, _)) in jobs.iter().zip(&files) {
        owners.claim(file, page_owner(site, job))?;
    }
    let index = search::index(site, &urls)
        .map_err(|e| RenderError(msg!("search-index-failed", error = e.to_string())))?;
    owners.claim(&path::search_index(), msg!("owner-search-index"))?;
    files.push((path::search_index(), index));
    let page_paths: Vec<String> = jobs.iter().map(|j| j.path.clone()).collect();
    for (file, bytes) in discovery::files(&views, &tera, &page_paths)? {
        owners.claim(&file, msg!("owner-generated", file = &file))?;
        files.push((file, bytes));
    }

    let chart_count = chart_files
        .iter()
        .filter(|(name, _)| name.ends_with(".svg"))
        .count();
    for (file, _) in &chart_files {
        owners.claim(file, msg!("owner-chart"))?;
    }
    files.extend(chart_files);
    for (file, bytes) in templates::static_files(theme_dir).map_err(|e| RenderError(e.0))? {
        let owner = match theme_dir.map(|t| t.join("static").join(&file)) {
            Some(own) if own.is_file() => {
                msg!("owner-site-static", file = own.display().to_string())
            }
            _ => msg!("owner-default-static", file = &file),
        };
        owners.claim(&file, owner)?;
        files.push((file, bytes));
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(RenderedSite {
        files,
        pages: page_count,
        charts: chart_count,
    })
}

/// Which part of the site writes each output path.
#[derive(Default)]
struct Owners(std::collections::HashMap<String, Message>);

impl Owners {
    /// Records that `owner` writes `path`; an error if another already does.
    fn claim(&mut self, path: &str, owner: Message) -> Result<(), RenderError> {
        match self.0.entry(path.to_string()) {
            std::collections::hash_map::Entry::Occupied(first) => Err(RenderError(msg!(
                "output-path-collision",
                path = path,
                first = first.get().clone(),
                second = owner
            ))),
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(owner);
                Ok(())
            }
        }
    }
}

/// Who a page belongs to, in the author's terms where there is a file.
fn page_owner(site: &Site, job: &Job) -> Message {
    match site.pages.iter().find(|p| path::page(&p.name) == job.path) {
        Some(page) if job.template == "page.html" => msg!("owner-free-page", name = &page.name),
        _ => msg!("owner-page", template = job.template),
    }
}

fn common<'a>(site: &'a Site, urls: &'a Urls) -> Common<'a> {
    let mut nav = vec![
        Link {
            name: "Beranda".into(),
            url: urls.link(&path::home()),
        },
        Link {
            name: "Wilayah".into(),
            url: urls.link(&path::regions()),
        },
        Link {
            name: "Berita".into(),
            url: urls.link(&path::news_index()),
        },
        Link {
            name: "Topik".into(),
            url: urls.link(&path::topics()),
        },
        Link {
            name: "Cari".into(),
            url: urls.link(&path::search()),
        },
    ];
    nav.extend(site.pages.iter().map(|p| Link {
        name: p.title.clone(),
        url: urls.link(&path::page(&p.name)),
    }));
    Common {
        site_title: &site.config.title,
        site_description: site.config.description.as_deref(),
        lang: &site.config.language,
        base: urls.base_path(),
        home_url: urls.link(&path::home()),
        style_url: urls.link(&path::stylesheet()),
        favicon_url: urls.link("favicon.svg"),
        site_url: &site.config.base_url,
        feed_url: discovery::has_feed(site).then(|| urls.link(&path::feed())),
        nav,
    }
}

/// A page with the shared context plus what `fill` adds.
pub fn job(
    common: &Common,
    page_path: String,
    template: &'static str,
    title: &str,
    description: Option<&str>,
    breadcrumbs: Vec<Link>,
    fill: impl FnOnce(&mut Context),
) -> Result<Job, RenderError> {
    let mut context = Context::from_serialize(common)
        .map_err(|e| RenderError(msg!("render-context-failed", error = error_chain(&e))))?;
    context.insert("page_title", title);
    context.insert(
        "page_description",
        &description.or(common.site_description).unwrap_or(title),
    );
    context.insert("page_url", &format!("{}{}", common.base, page_path));
    // A 404 page is served at any address, so it names no canonical URL.
    let canonical = (page_path != "404.html").then(|| format!("{}{}", common.site_url, page_path));
    context.insert("canonical", &canonical);
    context.insert("breadcrumbs", &breadcrumbs);
    fill(&mut context);
    Ok(Job {
        path: page_path,
        template,
        context,
    })
}

#[derive(Serialize)]
pub struct RegionRow {
    link: Link,
    level: &'static str,
    code: Option<String>,
    key_figures: Vec<KeyFigure>,
    news_count: usize,
    /// Some figures of this region disagree between sources.
    has_conflict: bool,
    children: Vec<RegionRow>,
}

pub fn region_row(
    site: &Site,
    views: &ViewBuilder,
    id: RegionId,
    with_children: bool,
) -> RegionRow {
    let region = &site.regions[id];
    RegionRow {
        link: views.region_link(id),
        level: region.level.label(),
        code: region.code.clone(),
        key_figures: views.key_figures(id),
        news_count: region.news.len(),
        has_conflict: site.conflicts.iter().any(|c| c.region == id),
        children: if with_children {
            region
                .children
                .iter()
                .map(|&c| region_row(site, views, c, false))
                .collect()
        } else {
            vec![]
        },
    }
}

/// Provinces with their regencies and cities; regions whose province has no
/// file come last on their own.
fn province_tree(site: &Site, views: &ViewBuilder) -> Vec<RegionRow> {
    site.regions
        .iter()
        .enumerate()
        .filter(|(_, r)| r.level == Level::Provinsi || r.parent.is_none())
        .map(|(id, _)| region_row(site, views, id, true))
        .collect()
}

fn home(
    site: &Site,
    views: &ViewBuilder,
    common: &Common,
    provinces: &[RegionRow],
    chart: Option<ChartView>,
) -> Result<Job, RenderError> {
    let latest: Vec<NewsCard> = site
        .news_by_date
        .iter()
        .take(8)
        .map(|&n| views.news_card(n))
        .collect();
    job(
        common,
        path::home(),
        "index.html",
        &site.config.title,
        None,
        vec![],
        |c| {
            c.insert("provinces", provinces);
            c.insert("latest_news", &latest);
            c.insert("chart", &chart);
            c.insert("stats", &Stats::of(site));
        },
    )
}

#[derive(Serialize)]
struct Stats {
    regions: String,
    news: String,
    figures: String,
    conflicts: String,
}

impl Stats {
    fn of(site: &Site) -> Stats {
        let n = |x: usize| format::number(x as f64);
        Stats {
            regions: n(site.regions.len()),
            news: n(site.news.len()),
            figures: n(site.figures.len()),
            conflicts: n(site.conflicts.len()),
        }
    }
}

fn news_page(
    site: &Site,
    views: &ViewBuilder,
    common: &Common,
    id: usize,
) -> Result<Job, RenderError> {
    let item = &site.news[id];
    let figures: Vec<FigureView> = item.figures.iter().map(|&f| views.figure(f)).collect();
    let tag_links = |slugs: &[String],
                     to: fn(&str) -> String,
                     vocabulary: &Option<crate::model::Vocabulary>|
     -> Vec<Link> {
        slugs
            .iter()
            .map(|s| Link {
                name: crate::model::site::tag_name(vocabulary, s),
                url: format!("{}{}", common.base, to(s)),
            })
            .collect()
    };
    let region = views.region_link(item.region);
    let mut breadcrumbs = vec![Link {
        name: "Indonesia".into(),
        url: format!("{}{}", common.base, path::regions()),
    }];
    if let Some(parent) = site.regions[item.region].parent {
        breadcrumbs.push(views.region_link(parent));
    }
    breadcrumbs.push(region);
    job(
        common,
        path::news(&item.id),
        "news.html",
        &item.title,
        None,
        breadcrumbs,
        |c| {
            c.insert("item", &views.news_card(id));
            c.insert("date_note", &item.date_note);
            c.insert("external_url", &item.url);
            c.insert("figures", &figures);
            c.insert(
                "sectors",
                &tag_links(&item.sectors, path::sector, &site.vocabularies.sectors),
            );
            c.insert(
                "topics",
                &tag_links(&item.topics, path::topic, &site.vocabularies.topics),
            );
        },
    )
}
