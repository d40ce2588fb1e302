//! One function per kind of page: model → context → HTML, all in memory.

use std::collections::BTreeSet;
use std::path::Path;

use rayon::prelude::*;
use serde::Serialize;
use tera::Context;

use super::charts::{self, Bar, Chart, TimePoint};
use super::format;
use super::markdown;
use super::templates::{self, error_chain};
use super::urls::{file_for, path, Urls};
use super::views::{FigureView, KeyFigure, Link, NewsCard, ViewBuilder};
use crate::model::{Level, RegionId, Site};

/// News items per page of the news index.
pub const NEWS_PER_PAGE: usize = 50;
/// Bars in a comparison chart; the rest are in the table beside it.
pub const MAX_BARS: usize = 15;

/// Every output file, sorted by path, plus counts for the summary line.
#[derive(Debug, Default)]
pub struct RenderedSite {
    pub files: Vec<(String, Vec<u8>)>,
    pub pages: usize,
    pub charts: usize,
}

/// A page or chart could not be produced.
#[derive(Debug)]
pub struct RenderError(pub String);

impl std::fmt::Display for RenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// What every page's layout needs.
#[derive(Serialize)]
struct Common<'a> {
    site_title: &'a str,
    site_description: Option<&'a str>,
    lang: &'a str,
    base: &'a str,
    home_url: String,
    style_url: String,
    favicon_url: String,
    nav: Vec<Link>,
}

/// A chart as a page shows it: its file, size and text alternative.
#[derive(Debug, Serialize, Clone)]
struct ChartView {
    url: String,
    title: String,
    description: String,
    metric: String,
}

/// An output file: its path under the output root and its bytes.
pub type OutputFile = (String, Vec<u8>);

/// A chart as shown on a page, with its SVG file.
type RenderedChart = (ChartView, OutputFile);

/// A page waiting to be rendered.
struct Job {
    path: String,
    template: &'static str,
    context: Context,
}

/// Renders the whole site. `theme_dir` is the folder beside the content that
/// may hold `templates/` and `static/` overrides.
pub fn render(site: &Site, theme_dir: Option<&Path>) -> Result<RenderedSite, RenderError> {
    let tera = templates::load(theme_dir).map_err(|e| RenderError(e.0))?;
    let urls = Urls::new(&site.config.base_url);
    let views = ViewBuilder { site, urls: &urls };
    let common = common(site, &urls);

    let mut jobs: Vec<Job> = Vec::new();
    let mut chart_files: Vec<(String, Vec<u8>)> = Vec::new();

    let home_chart = comparison_chart(
        site,
        &urls,
        "perbandingan",
        "antarwilayah",
        &(0..site.regions.len()).collect::<Vec<_>>(),
    )?;
    jobs.push(home(
        site,
        &views,
        &common,
        home_chart.as_ref().map(|c| c.0.clone()),
    )?);
    chart_files.extend(home_chart.map(|c| c.1));
    jobs.push(job(
        &common,
        path::regions(),
        "regions.html",
        "Semua wilayah",
        None,
        vec![],
        |c| {
            c.insert("provinces", &province_tree(site, &views));
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
                c.insert("body_html", &markdown::to_html(&page.body));
            },
        )?);
    }
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
    let mut files: Vec<(String, Vec<u8>)> = jobs
        .par_iter()
        .map(|job| {
            tera.render(job.template, &job.context)
                .map(|html| (file_for(&job.path), html.into_bytes()))
                .map_err(|e| {
                    RenderError(format!(
                        "cannot render {} with {}: {}",
                        file_for(&job.path),
                        job.template,
                        error_chain(&e)
                    ))
                })
        })
        .collect::<Result<_, _>>()?;

    let mut sitemap = Context::new();
    let mut page_urls: Vec<String> = jobs
        .iter()
        .filter(|j| j.path != "404.html")
        .map(|j| urls.absolute(&j.path))
        .collect();
    page_urls.sort();
    sitemap.insert("urls", &page_urls);
    let xml = tera
        .render("sitemap.xml", &sitemap)
        .map_err(|e| RenderError(format!("cannot render sitemap.xml: {}", error_chain(&e))))?;
    files.push(("sitemap.xml".into(), xml.into_bytes()));
    files.push((".nojekyll".into(), Vec::new()));

    let chart_count = chart_files.len();
    files.extend(chart_files);
    files.extend(templates::static_files(theme_dir).map_err(|e| RenderError(e.0))?);
    files.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(RenderedSite {
        files,
        pages: page_count,
        charts: chart_count,
    })
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
        nav,
    }
}

/// A page with the shared context plus what `fill` adds.
fn job(
    common: &Common,
    page_path: String,
    template: &'static str,
    title: &str,
    description: Option<&str>,
    breadcrumbs: Vec<Link>,
    fill: impl FnOnce(&mut Context),
) -> Result<Job, RenderError> {
    let mut context = Context::from_serialize(common).map_err(|e| RenderError(error_chain(&e)))?;
    context.insert("page_title", title);
    context.insert(
        "page_description",
        &description.or(common.site_description).unwrap_or(title),
    );
    context.insert("page_url", &format!("{}{}", common.base, page_path));
    context.insert("breadcrumbs", &breadcrumbs);
    fill(&mut context);
    Ok(Job {
        path: page_path,
        template,
        context,
    })
}

#[derive(Serialize)]
struct RegionRow {
    link: Link,
    level: &'static str,
    code: Option<String>,
    key_figures: Vec<KeyFigure>,
    news_count: usize,
    children: Vec<RegionRow>,
}

fn region_row(site: &Site, views: &ViewBuilder, id: RegionId, with_children: bool) -> RegionRow {
    let region = &site.regions[id];
    RegionRow {
        link: views.region_link(id),
        level: region.level.label(),
        code: region.code.clone(),
        key_figures: views.key_figures(id),
        news_count: region.news.len(),
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
            c.insert("provinces", &province_tree(site, views));
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

/// Compares `regions` on the first metric at least two of them report.
/// Returns the view and the SVG file.
fn comparison_chart(
    site: &Site,
    urls: &Urls,
    file_prefix: &str,
    scope: &str,
    regions: &[RegionId],
) -> Result<Option<RenderedChart>, RenderError> {
    for (metric_id, metric) in site.metrics.iter().enumerate() {
        let mut bars: Vec<(f64, Bar)> = Vec::new();
        let mut reporting = 0;
        for &region in regions {
            let latest = site.latest(region, metric_id);
            if !latest.is_empty() {
                reporting += 1;
            }
            let differ = latest.iter().any(|&f| site.conflict_of[f].is_some());
            for f in latest {
                let figure = &site.figures[f];
                let mut label = format!(
                    "{} · {}",
                    site.regions[region].name,
                    format::maybe_date(figure.period.as_ref())
                );
                if differ {
                    label.push_str(" · angka berbeda");
                }
                bars.push((
                    figure.amount.central(),
                    Bar {
                        label,
                        amount: figure.amount,
                        approx: figure.approx,
                    },
                ));
            }
        }
        if reporting < 2 {
            continue;
        }
        bars.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.label.cmp(&b.1.label)));
        let total = bars.len();
        bars.truncate(MAX_BARS);
        let bars: Vec<Bar> = bars.into_iter().map(|(_, b)| b).collect();
        let title = format!("{} {scope}", metric.label);
        let shown = if total > bars.len() {
            format!("{} angka terbesar dari {total}", bars.len())
        } else {
            format!("{total} angka")
        };
        let description = format!(
            "{title}: {shown}, masing-masing angka terbaru tiap wilayah beserta periodenya. Periodenya berbeda-beda, jadi selisih antarbatang belum tentu perbedaan pada waktu yang sama."
        );
        let chart = charts::comparison(&title, &description, metric.kind, &bars)
            .map_err(|e| RenderError(format!("chart {title}: {}", e.0)))?;
        let name = format!("{file_prefix}-{}", metric.id);
        return Ok(Some(chart_output(urls, &name, chart, &metric.label)));
    }
    Ok(None)
}

fn chart_output(urls: &Urls, name: &str, chart: Chart, metric: &str) -> RenderedChart {
    let file = path::chart(name);
    let view = ChartView {
        url: urls.link(&file),
        title: chart.title,
        description: chart.description,
        metric: metric.to_string(),
    };
    (view, (file, chart.svg.into_bytes()))
}

/// A time-series chart for every metric with at least two dated periods.
fn region_charts(
    site: &Site,
    urls: &Urls,
    region: RegionId,
) -> Result<Vec<RenderedChart>, RenderError> {
    let r = &site.regions[region];
    let mut out = Vec::new();
    for (metric_id, metric) in site.metrics.iter().enumerate() {
        let periods = site.dated_periods(region, metric_id);
        if periods.len() < 2 {
            continue;
        }
        let figures: Vec<_> = site
            .figures_for(region, metric_id)
            .filter(|&f| site.figures[f].period.is_some())
            .collect();
        let points: Vec<TimePoint> = figures
            .iter()
            .filter_map(|&f| {
                let figure = &site.figures[f];
                figure.period.map(|p| TimePoint {
                    span: p.span_in_years(),
                    amount: figure.amount,
                    approx: figure.approx,
                })
            })
            .collect();
        let values_at = |period| -> String {
            let values: BTreeSet<String> = figures
                .iter()
                .map(|&f| &site.figures[f])
                .filter(|f| f.period == Some(period))
                .map(|f| format::amount(f.amount, metric.kind, f.approx))
                .collect();
            values.into_iter().collect::<Vec<_>>().join(" atau ")
        };
        let (first, last) = (periods[0], periods[periods.len() - 1]);
        let sources: BTreeSet<usize> = figures.iter().map(|&f| site.figures[f].news).collect();
        let title = format!("{} {}", metric.label, r.name);
        let description = format!(
            "{title}, {}–{}: dari {} menjadi {} ({} angka bertanggal dari {} sumber)",
            first.year_number(),
            last.year_number(),
            values_at(first),
            values_at(last),
            figures.len(),
            sources.len()
        );
        let chart = charts::time_series(&title, &description, metric.kind, &points)
            .map_err(|e| RenderError(format!("chart {title}: {}", e.0)))?;
        out.push(chart_output(
            urls,
            &format!("wilayah-{}-{}", r.slug, metric.id),
            chart,
            &metric.label,
        ));
    }
    Ok(out)
}

#[derive(Serialize)]
struct ConflictView {
    metric: String,
    period: String,
    figures: Vec<FigureView>,
}

fn region_page(
    site: &Site,
    views: &ViewBuilder,
    urls: &Urls,
    common: &Common,
    id: RegionId,
) -> Result<(Job, Vec<OutputFile>), RenderError> {
    let region = &site.regions[id];
    let mut charts = region_charts(site, urls, id)?;
    if !region.children.is_empty() {
        if let Some(c) = comparison_chart(
            site,
            urls,
            &format!("provinsi-{}", region.slug),
            &format!("di {}", region.name),
            &region.children,
        )? {
            charts.push(c);
        }
    }
    let (chart_views, chart_files): (Vec<ChartView>, Vec<(String, Vec<u8>)>) =
        charts.into_iter().unzip();

    let all: Vec<FigureView> = site.figures_of_region[id]
        .iter()
        .map(|&f| views.figure(f))
        .collect();
    let (dated, undated): (Vec<FigureView>, Vec<FigureView>) =
        all.into_iter().partition(|f| f.dated);
    let conflicts: Vec<ConflictView> = site
        .conflicts
        .iter()
        .filter(|c| c.region == id)
        .map(|c| ConflictView {
            metric: site.metrics[c.metric].label.clone(),
            period: format::maybe_date(c.period.as_ref()),
            figures: c.figures.iter().map(|&f| views.figure(f)).collect(),
        })
        .collect();
    let news: Vec<NewsCard> = region.news.iter().map(|&n| views.news_card(n)).collect();
    let children: Vec<RegionRow> = region
        .children
        .iter()
        .map(|&c| region_row(site, views, c, false))
        .collect();

    let mut breadcrumbs = vec![Link {
        name: "Indonesia".into(),
        url: urls.link(&path::regions()),
    }];
    if let Some(parent) = region.parent {
        breadcrumbs.push(views.region_link(parent));
    }
    let description = format!(
        "Angka IKM {}: {} berita, {} angka, masing-masing dengan sumbernya.",
        region.name,
        region.news.len(),
        site.figures_of_region[id].len()
    );
    let page = job(
        common,
        path::region(&region.slug),
        "region.html",
        &region.name,
        Some(&description),
        breadcrumbs,
        |c| {
            c.insert(
                "region",
                &RegionHead {
                    name: &region.name,
                    short_name: &region.short_name,
                    level: region.level.label(),
                    code: region.code.as_deref(),
                    parent: region.parent.map(|p| views.region_link(p)),
                    summary_html: region.summary.as_deref().map(markdown::to_html),
                },
            );
            c.insert("key_figures", &views.key_figures(id));
            c.insert("charts", &chart_views);
            c.insert("dated_figures", &dated);
            c.insert("undated_figures", &undated);
            c.insert("conflicts", &conflicts);
            c.insert("news", &news);
            c.insert("children", &children);
        },
    )?;
    Ok((page, chart_files))
}

#[derive(Serialize)]
struct RegionHead<'a> {
    name: &'a str,
    short_name: &'a str,
    level: &'static str,
    code: Option<&'a str>,
    parent: Option<Link>,
    summary_html: Option<String>,
}

#[derive(Serialize)]
struct Pager {
    current: usize,
    total: usize,
    previous: Option<String>,
    next: Option<String>,
}

fn news_index_pages(
    site: &Site,
    views: &ViewBuilder,
    common: &Common,
) -> Result<Vec<Job>, RenderError> {
    let chunks: Vec<&[usize]> = if site.news_by_date.is_empty() {
        vec![&[]]
    } else {
        site.news_by_date.chunks(NEWS_PER_PAGE).collect()
    };
    let total = chunks.len();
    let page_path = |n: usize| {
        if n == 1 {
            path::news_index()
        } else {
            format!("{}halaman/{n}/", path::news_index())
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
            let title = if n == 1 { "Berita".to_string() } else { format!("Berita, halaman {n}") };
            job(common, page_path(n), "news_index.html", &title, Some("Semua berita tentang IKM, terbaru lebih dahulu; berita tanpa tanggal di akhir."), vec![], |c| {
                c.insert("news", &cards);
                c.insert("pager", &pager);
            })
        })
        .collect()
}

fn news_page(
    site: &Site,
    views: &ViewBuilder,
    common: &Common,
    id: usize,
) -> Result<Job, RenderError> {
    let item = &site.news[id];
    let figures: Vec<FigureView> = item.figures.iter().map(|&f| views.figure(f)).collect();
    let tag_links = |slugs: &[String], to: fn(&str) -> String| -> Vec<Link> {
        slugs
            .iter()
            .map(|s| Link {
                name: s.replace('-', " "),
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
            c.insert("sectors", &tag_links(&item.sectors, path::sector));
            c.insert("topics", &tag_links(&item.topics, path::topic));
        },
    )
}

#[derive(Serialize)]
struct TagCount {
    link: Link,
    count: usize,
}

fn tag_pages(site: &Site, views: &ViewBuilder, common: &Common) -> Result<Vec<Job>, RenderError> {
    let mut jobs = Vec::new();
    let mut lists: Vec<(&str, Vec<TagCount>)> = Vec::new();
    for (kind, map, to) in [
        ("Topik", &site.topics, path::topic as fn(&str) -> String),
        ("Sektor", &site.sectors, path::sector),
    ] {
        let mut counts = Vec::new();
        for (slug, news) in map {
            let name = slug.replace('-', " ");
            let cards: Vec<NewsCard> = news.iter().map(|&n| views.news_card(n)).collect();
            let title = format!("{kind}: {name}");
            let breadcrumbs = vec![Link {
                name: "Topik dan sektor".into(),
                url: format!("{}{}", common.base, path::topics()),
            }];
            jobs.push(job(
                common,
                to(slug),
                "tag.html",
                &title,
                None,
                breadcrumbs,
                |c| {
                    c.insert("news", &cards);
                    c.insert("kind", kind);
                    c.insert("name", &name);
                },
            )?);
            counts.push(TagCount {
                link: Link {
                    name,
                    url: format!("{}{}", common.base, to(slug)),
                },
                count: news.len(),
            });
        }
        lists.push((kind, counts));
    }
    jobs.push(job(
        common,
        path::topics(),
        "tags.html",
        "Topik dan sektor",
        None,
        vec![],
        |c| {
            c.insert("topics", &lists[0].1);
            c.insert("sectors", &lists[1].1);
        },
    )?);
    Ok(jobs)
}
