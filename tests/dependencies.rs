//! The dependency map (`plan::files_of_edit`, built on
//! `Plan::files_of_file`) proven rather than trusted.
//!
//! A dev server re-renders only the files the map names for an edited
//! content file, so a file the map forgets stays stale in the browser. The
//! map is kept by hand beside the renderers; this test is what keeps it
//! honest. It generates a small site of several rungs (provinces,
//! kabupaten and a kota, kecamatan) with lists long enough to be cut into
//! pages, conflicts and overlapping periods, topics and sectors and a free
//! page; builds it in memory; applies one random edit to one region file
//! as a text edit that keeps it valid; builds again, and checks that every
//! output file whose bytes changed, or that appeared or went, is in the map
//! of that file, of the old build or of the new one (a new news item's
//! page exists only in the new). The word shards and entry chunks of the
//! search (`cari/kata/`, `cari/entri/`) are cut from the words of the
//! whole site, so they count as one group: covered when the map lists the
//! search manifest that names them. The map must not be too broad either:
//! it may name no page, news page or chart of a region that is not the
//! file's own, above it or below it, but for the pages of regions with a
//! conflict when the file's region has one (they link to where their
//! groups are on the site-wide list, which the file's conflicts can
//! move).
//!
//! A region's list of sub-regions has pages of its own only past 50, so
//! one test adds 51 desa to a kecamatan and edits them by hand rather than
//! making every generated site that large; a free page's edit is checked
//! by hand too.
//!
//! Set `PROPTEST_CASES` for more cases than the default (32: about 30 s
//! in a debug build on two cores).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use ikm_site::content::theme::Theme;
use proptest::prelude::*;
use proptest::sample::select;

/// The regions of every generated site: (slug, level, parent, code). Two
/// provinces, so a map that names the other province's pages is caught;
/// kecamatan under two kabupaten, so breadcrumbs, lists of sub-regions
/// and comparison charts reach across rungs.
const TREE: [(&str, &str, Option<&str>, &str); 9] = [
    ("jawa-uji", "provinsi", None, "31"),
    ("sumatra-uji", "provinsi", None, "32"),
    ("kab-ramai", "kabupaten", Some("jawa-uji"), "31.01"),
    ("kab-sepi", "kabupaten", Some("jawa-uji"), "31.02"),
    ("kota-uji", "kota", Some("jawa-uji"), "31.71"),
    ("kec-ramai-satu", "kecamatan", Some("kab-ramai"), "31.01.01"),
    ("kec-ramai-dua", "kecamatan", Some("kab-ramai"), "31.01.02"),
    ("kec-sepi", "kecamatan", Some("kab-sepi"), "31.02.01"),
    ("kab-seberang", "kabupaten", Some("sumatra-uji"), "32.01"),
];

/// The region with the long lists: more than 10 news items (so it has a
/// news list of its own) and more than 60 figures (so it has figure pages
/// and shows only the newest conflict groups).
const BUSY: usize = 2;

const METRICS: [&str; 3] = ["jumlah_ikm", "tenaga_kerja", "pertumbuhan_ikm"];
const TOPICS: [&str; 4] = ["ritel", "pelatihan", "ekspor", "kemasan"];
const SECTORS: [&str; 3] = ["makanan", "kerajinan", "tekstil"];
const WORDS: [&str; 12] = [
    "industri", "kecil", "menengah", "pasar", "produk", "usaha", "pelaku", "naik", "turun",
    "batik", "kopi", "anyaman",
];
const NAMES: [&str; 6] = ["Ramai", "Sepi", "Makmur", "Sentosa", "Jaya", "Baru"];

#[derive(Debug, Clone, PartialEq)]
struct Figure {
    metric: usize,
    value: u32,
    as_of: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
struct News {
    id: String,
    title: String,
    published: Option<String>,
    summary: String,
    topics: Vec<&'static str>,
    sectors: Vec<&'static str>,
    figures: Vec<Figure>,
}

#[derive(Debug, Clone, PartialEq)]
struct Region {
    name: String,
    summary: String,
    news: Vec<News>,
}

/// A generated site: one [`Region`] per row of [`TREE`].
#[derive(Debug, Clone, PartialEq)]
struct Content {
    regions: Vec<Region>,
}

/// One edit of one region file, as an author makes it.
#[derive(Debug, Clone)]
enum Edit {
    FigureValue(usize, usize, usize, u32),
    FigurePeriod(usize, usize, usize, Option<String>),
    NewsTitle(usize, usize, String),
    NewsSummary(usize, usize, String),
    NewsDate(usize, usize, Option<String>),
    NewsTopics(usize, usize, Vec<&'static str>),
    AddNews(usize, News),
    RemoveNews(usize, usize),
    RegionName(usize, String),
    RegionSummary(usize, String),
}

// ---------------------------------------------------------------- YAML --

fn file_of(region: usize) -> String {
    let (slug, _, parent, _) = TREE[region];
    let province = parent.map_or(slug, |p| province_of(p));
    format!("regions/{province}/{slug}.yaml")
}

fn province_of(slug: &str) -> &str {
    let row = TREE.iter().find(|r| r.0 == slug).expect("slug of the tree");
    row.2.map_or(row.0, province_of)
}

fn block(text: &str, indent: &str) -> String {
    format!(
        "|\n{indent}{}\n",
        text.replace('\n', &format!("\n{indent}"))
    )
}

fn region_yaml(index: usize, region: &Region) -> String {
    let (_, level, parent, code) = TREE[index];
    let mut yaml = format!("name: \"{}\"\nlevel: {level}\n", region.name);
    if let Some(parent) = parent {
        writeln!(yaml, "parent: {parent}").unwrap();
    }
    write!(
        yaml,
        "code: \"{code}\"\nsummary: {}",
        block(&region.summary, "  ")
    )
    .unwrap();
    if region.news.is_empty() {
        yaml.push_str("news: []\n");
        return yaml;
    }
    yaml.push_str("news:\n");
    for news in &region.news {
        write!(
            yaml,
            "  - id: {}\n    title: \"{}\"\n    outlet: Kabar Uji\n    url: https://example.org/{}\n",
            news.id, news.title, news.id
        )
        .unwrap();
        if let Some(date) = &news.published {
            writeln!(yaml, "    published: \"{date}\"").unwrap();
        }
        write!(yaml, "    summary: {}", block(&news.summary, "      ")).unwrap();
        writeln!(yaml, "    topics: [{}]", news.topics.join(", ")).unwrap();
        writeln!(yaml, "    sectors: [{}]", news.sectors.join(", ")).unwrap();
        yaml.push_str("    figures:\n");
        for figure in &news.figures {
            write!(
                yaml,
                "      - metric: {}\n        value: {}\n",
                METRICS[figure.metric], figure.value
            )
            .unwrap();
            if let Some(as_of) = &figure.as_of {
                writeln!(yaml, "        as_of: \"{as_of}\"").unwrap();
            }
        }
    }
    yaml
}

fn write_content(root: &Path, content: &Content) {
    let write = |relative: &str, text: &str| {
        let path = root.join(relative);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    };
    write(
        "site.yaml",
        // Made-up regions under real codes: not checked against the
        // official list.
        "title: Uji\nbase_url: https://example.test/ikm/\nofficial_regions: false\n",
    );
    write(
        "metrics.yaml",
        "jumlah_ikm:\n  label: Jumlah IKM\n  kind: count\n\
         tenaga_kerja:\n  label: Tenaga kerja\n  kind: count\n\
         pertumbuhan_ikm:\n  label: Pertumbuhan\n  kind: percent\n",
    );
    write(
        "pages/tentang.md",
        "---\ntitle: Tentang\n---\nSitus uji peta ketergantungan.\n",
    );
    for (index, region) in content.regions.iter().enumerate() {
        write(&file_of(index), &region_yaml(index, region));
    }
}

// ----------------------------------------------------------- strategies --

fn words(count: std::ops::Range<usize>) -> impl Strategy<Value = String> {
    proptest::collection::vec(select(&WORDS[..]), count).prop_map(|w| w.join(" "))
}

/// Few periods, so figures of one period meet often (conflicts), and
/// months and days inside the years (overlaps).
fn date() -> impl Strategy<Value = String> {
    prop_oneof![
        (2018u32..2023).prop_map(|y| y.to_string()),
        (2018u32..2023, prop_oneof![Just(3u32), Just(9)]).prop_map(|(y, m)| format!("{y}-{m:02}")),
        (2018u32..2023).prop_map(|y| format!("{y}-09-14")),
    ]
}

fn figure() -> impl Strategy<Value = Figure> {
    (
        0..METRICS.len(),
        prop_oneof![Just(100u32), Just(120), Just(150), Just(400)],
        proptest::option::weighted(0.3, date()),
    )
        .prop_map(|(metric, value, as_of)| Figure {
            metric,
            // A percent stays a percent.
            value: if metric == 2 { value / 50 } else { value },
            as_of,
        })
}

/// A news item without its id, which [`content`] gives it.
fn news(figures: std::ops::Range<usize>) -> impl Strategy<Value = News> {
    (
        words(2..5),
        proptest::option::weighted(0.85, date()),
        words(3..8),
        proptest::sample::subsequence(&TOPICS[..], 0..3),
        proptest::sample::subsequence(&SECTORS[..], 0..2),
        proptest::collection::vec(figure(), figures),
    )
        .prop_map(
            |(title, published, summary, topics, sectors, figures)| News {
                id: String::new(),
                title: format!("Berita {title}"),
                published,
                summary,
                // Most news share a topic, so its list runs past one page.
                topics: std::iter::once("umum").chain(topics).collect(),
                sectors,
                figures,
            },
        )
}

fn content() -> impl Strategy<Value = Content> {
    let regions: Vec<_> = (0..TREE.len())
        .map(|index| {
            // At least 12 + 8 × 5 = 52 news items: two pages of the news
            // index and of the topic every item has.
            let (count, figures) = if index == BUSY {
                (12..15, 6..7)
            } else {
                (5..8, 1..4)
            };
            (
                select(&NAMES[..]),
                words(3..6),
                proptest::collection::vec(news(figures), count),
            )
        })
        .collect();
    regions.prop_map(|regions| Content {
        regions: regions
            .into_iter()
            .enumerate()
            .map(|(index, (name, summary, mut news))| {
                for (n, item) in news.iter_mut().enumerate() {
                    item.id = format!("{}-{n}", TREE[index].0);
                }
                Region {
                    name: format!("{} {name} {index}", level_word(index)),
                    summary,
                    news,
                }
            })
            .collect(),
    })
}

fn level_word(index: usize) -> &'static str {
    match TREE[index].1 {
        "provinsi" => "Provinsi",
        "kota" => "Kota",
        "kecamatan" => "Kecamatan",
        _ => "Kabupaten",
    }
}

fn edit() -> impl Strategy<Value = Edit> {
    let at = any::<usize>;
    prop_oneof![
        3 => (at(), at(), at(), prop_oneof![Just(100u32), Just(120), Just(150), Just(999)])
            .prop_map(|(r, n, f, v)| Edit::FigureValue(r, n, f, v)),
        1 => (at(), at(), at(), proptest::option::of(date()))
            .prop_map(|(r, n, f, d)| Edit::FigurePeriod(r, n, f, d)),
        2 => (at(), at(), words(2..4)).prop_map(|(r, n, t)| Edit::NewsTitle(r, n, format!("Kabar {t}"))),
        1 => (at(), at(), words(3..6)).prop_map(|(r, n, s)| Edit::NewsSummary(r, n, s)),
        2 => (at(), at(), proptest::option::of(date())).prop_map(|(r, n, d)| Edit::NewsDate(r, n, d)),
        1 => (at(), at(), proptest::sample::subsequence(&TOPICS[..], 0..3))
            .prop_map(|(r, n, t)| Edit::NewsTopics(r, n, t)),
        2 => (at(), news(1..3)).prop_map(|(r, n)| Edit::AddNews(r, n)),
        2 => (at(), at()).prop_map(|(r, n)| Edit::RemoveNews(r, n)),
        2 => (at(), select(&NAMES[..])).prop_map(|(r, n)| Edit::RegionName(r, format!("Wilayah {n}"))),
        1 => (at(), words(3..6)).prop_map(|(r, s)| Edit::RegionSummary(r, s)),
    ]
}

// ---------------------------------------------------------------- edits --

/// Applies `edit` to `content`: the index of the region whose file it
/// changes, and what it did in words. An edit of a news item or figure
/// that the region lacks adds a news item instead.
fn apply(content: &mut Content, edit: &Edit) -> (usize, String) {
    let region_at = |r: &usize| r % TREE.len();
    let (region, said) = match edit {
        Edit::AddNews(r, item) => (region_at(r), add_news(content, region_at(r), item)),
        Edit::RegionName(r, name) => {
            let region = &mut content.regions[region_at(r)];
            let said = format!("name {:?} → {name:?}", region.name);
            region.name = name.clone();
            (region_at(r), said)
        }
        Edit::RegionSummary(r, summary) => {
            content.regions[region_at(r)].summary = summary.clone();
            (region_at(r), format!("region summary → {summary:?}"))
        }
        Edit::FigureValue(r, n, ..)
        | Edit::FigurePeriod(r, n, ..)
        | Edit::NewsTitle(r, n, _)
        | Edit::NewsSummary(r, n, _)
        | Edit::NewsDate(r, n, _)
        | Edit::NewsTopics(r, n, _)
        | Edit::RemoveNews(r, n) => {
            let region = region_at(r);
            let list = &mut content.regions[region].news;
            if list.is_empty() {
                let item = News {
                    id: String::new(),
                    title: "Berita pengganti".into(),
                    published: Some("2020".into()),
                    summary: "Ringkasan pengganti.".into(),
                    topics: vec!["umum"],
                    sectors: vec![],
                    figures: vec![Figure {
                        metric: 0,
                        value: 120,
                        as_of: None,
                    }],
                };
                return (region, add_news(content, region, &item));
            }
            let at = n % list.len();
            let item = &mut list[at];
            let id = item.id.clone();
            let said = match edit {
                Edit::FigureValue(_, _, f, value) => {
                    let at = f % item.figures.len();
                    let figure = &mut item.figures[at];
                    let said = format!("{id}: a figure's value {} → {value}", figure.value);
                    figure.value = if figure.metric == 2 {
                        value / 50
                    } else {
                        *value
                    };
                    said
                }
                Edit::FigurePeriod(_, _, f, as_of) => {
                    let at = f % item.figures.len();
                    let figure = &mut item.figures[at];
                    let said = format!("{id}: a figure's as_of {:?} → {as_of:?}", figure.as_of);
                    figure.as_of = as_of.clone();
                    said
                }
                Edit::NewsTitle(_, _, title) => {
                    let said = format!("{id}: title {:?} → {title:?}", item.title);
                    item.title = title.clone();
                    said
                }
                Edit::NewsSummary(_, _, summary) => {
                    item.summary = summary.clone();
                    format!("{id}: summary → {summary:?}")
                }
                Edit::NewsDate(_, _, date) => {
                    let said = format!("{id}: published {:?} → {date:?}", item.published);
                    item.published = date.clone();
                    said
                }
                Edit::NewsTopics(_, _, topics) => {
                    let topics: Vec<&str> = std::iter::once("umum").chain(topics.clone()).collect();
                    let said = format!("{id}: topics {:?} → {topics:?}", item.topics);
                    item.topics = topics;
                    said
                }
                _ => {
                    list.remove(at);
                    format!("{id} removed")
                }
            };
            (region, said)
        }
    };
    (region, format!("{}: {said}", file_of(region)))
}

fn add_news(content: &mut Content, region: usize, item: &News) -> String {
    let list = &mut content.regions[region].news;
    let mut item = item.clone();
    item.id = format!("{}-baru", TREE[region].0);
    let said = format!(
        "added {} (published {:?}, {} figures)",
        item.id,
        item.published,
        item.figures.len()
    );
    list.push(item);
    said
}

// ---------------------------------------------------------------- check --

/// One build in memory: the loaded site, its plan and every output file.
struct Built {
    site: ikm_site::model::Site,
    plan: ikm_site::render::Plan,
    files: BTreeMap<String, Vec<u8>>,
}

fn build(root: &Path) -> Built {
    let (rendered, loaded, _) = ikm_site::render_site_with(root, None, &ikm_site::progress::Silent)
        .unwrap_or_else(|e| panic!("the generated site does not build:\n{e}"));
    let plan = ikm_site::render::plan(&loaded.site, &Theme::defaults()).unwrap();
    Built {
        site: loaded.site,
        plan,
        files: rendered.files.into_iter().collect(),
    }
}

/// The files whose bytes differ between two builds, or that only one has.
fn changed(old: &BTreeMap<String, Vec<u8>>, new: &BTreeMap<String, Vec<u8>>) -> BTreeSet<String> {
    let paths: BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    paths
        .into_iter()
        .filter(|path| old.get(*path) != new.get(*path))
        .cloned()
        .collect()
}

/// The search files cut from the words and entries of the whole site.
const SEARCH_GROUP: [&str; 2] = ["cari/kata/", "cari/entri/"];
/// The search manifest, which names every file of the group.
const SEARCH_MANIFEST: &str = "cari/indeks.json";

/// What the map of `file` names for the edit from `old` to `new`, as
/// `serve` asks it: its files in either build, and of the lists of news
/// only the pages that show the file's items when no list moved.
fn mapped(old: &Built, new: &Built, file: &Path) -> BTreeSet<String> {
    let (before, after) = (
        (&old.site, &old.plan.routes[..]),
        (&new.site, &new.plan.routes[..]),
    );
    ikm_site::render::plan::files_of_edit(before, after, file)
}

/// The changed files the map does not cover. The word shards and entry
/// chunks count as one group, covered when the map lists the manifest.
fn missed(changed: &BTreeSet<String>, map: &BTreeSet<String>) -> Vec<String> {
    let in_group = |f: &str| SEARCH_GROUP.iter().any(|g| f.starts_with(g));
    let group_listed = map.contains(SEARCH_MANIFEST);
    changed
        .iter()
        .filter(|f| !(map.contains(*f) || in_group(f) && group_listed))
        .cloned()
        .collect()
}

/// Builds `content`, applies `edit`, builds again, and fails naming the
/// edit, the file and each changed file its map does not list, or each
/// file of an unrelated region it lists.
fn check(content: &Content, edit: &Edit) -> Result<(), String> {
    let mut edited = content.clone();
    let (region, said) = apply(&mut edited, edit);
    let text = region_yaml(region, &edited.regions[region]);
    let (map, linked) = check_text_edit(
        |root| write_content(root, content),
        &file_of(region),
        &text,
        &said,
    )?;
    // Nor too broad: no page, news page or chart of a region that is not
    // the file's, above it or below it, but for the pages that link to
    // the site-wide list of conflicts when the edit can move it.
    let related = related(region);
    let unrelated: Vec<&String> = map
        .iter()
        .filter(|f| !linked.contains(*f))
        .filter(|f| owner(f).is_some_and(|slug| !related.contains(slug)))
        .collect();
    if unrelated.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "edit: {said}\nthe map names files of unrelated regions: {unrelated:?}"
        ))
    }
}

/// The pages of the regions that have a conflict, when a region of
/// `file` has one: they link to where their groups are on the site-wide
/// list of conflicts, which the file's conflicts, added, grown or gone,
/// can move to another page.
fn conflict_linked(site: &ikm_site::model::Site, file: &Path) -> BTreeSet<String> {
    let has_conflicts = |r: usize| !site.conflicts_of_region[r].is_empty();
    let of_file = site.region_of_file(file).map(|r| r.index());
    if !of_file.is_some_and(has_conflicts) {
        return BTreeSet::new();
    }
    (0..site.regions.len())
        .filter(|&r| has_conflicts(r))
        .map(|r| format!("wilayah/{}/index.html", site.regions[r].slug))
        .collect()
}

/// Builds the content `write` puts into a folder, writes `text` over
/// `relative` in it, builds again, and fails naming the edit (`said`),
/// the file and each changed file its map does not list. Gives the map,
/// and the pages it may name for the site-wide list of conflicts
/// ([`conflict_linked`], before the edit or after).
fn check_text_edit(
    write: impl Fn(&Path),
    relative: &str,
    text: &str,
    said: &str,
) -> Result<(BTreeSet<String>, BTreeSet<String>), String> {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("content");
    write(&root);
    let old = build(&root);
    let file: PathBuf = root.join(relative);
    fs::write(&file, text).unwrap();
    let new = build(&root);

    let changed = changed(&old.files, &new.files);
    let map = mapped(&old, &new, &file);
    let missed = missed(&changed, &map);
    if missed.is_empty() {
        let mut linked = conflict_linked(&old.site, &file);
        linked.extend(conflict_linked(&new.site, &file));
        Ok((map, linked))
    } else {
        Err(format!(
            "edit: {said}\nfile: {}\nchanged but not in its map ({} of {} changed):\n  {}",
            file.display(),
            missed.len(),
            changed.len(),
            missed.join("\n  ")
        ))
    }
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(32)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(),
        // Each case is two builds; a failure shrinks in few steps.
        max_shrink_iters: 64,
        ..ProptestConfig::default()
    })]

    #[test]
    fn every_file_an_edit_changes_is_in_the_map_of_the_edited_file(
        content in content(),
        edit in edit(),
    ) {
        if let Err(report) = check(&content, &edit) {
            prop_assert!(false, "{}", report);
        }
    }
}

// ------------------------------------------------- a site written out --

/// A site like the generated ones, made by rule rather than at random, for
/// the tests below: 53 news items (two pages of the news index and of the
/// topic `umum`), 13 of them with 78 figures in the busy kabupaten,
/// conflicts and overlapping periods. The province `jawa-uji` has the
/// newest news.
fn sample() -> Content {
    const DATES: [Option<&str>; 6] = [
        Some("2019"),
        Some("2020-03"),
        Some("2021-09-14"),
        None,
        Some("2018-09"),
        Some("2019-09-14"),
    ];
    let regions = (0..TREE.len())
        .map(|index| {
            let count = if index == BUSY { 13 } else { 5 };
            let news = (0..count)
                .map(|n| {
                    let published = if index == 0 {
                        Some("2022-09-14")
                    } else {
                        DATES[(index + n) % DATES.len()]
                    };
                    let figures = (0..if index == BUSY { 6 } else { 2 })
                        .map(|f| Figure {
                            metric: f % 2,
                            value: [100, 120, 150][(n + f) % 3],
                            as_of: (f >= 2).then(|| ["2019", "2019-09", "2020"][f % 3].to_string()),
                        })
                        .collect();
                    News {
                        id: format!("{}-{n}", TREE[index].0),
                        title: format!("Berita {} {}", WORDS[(index + n) % 12], WORDS[n % 12]),
                        published: published.map(str::to_string),
                        summary: format!("Ringkasan {} {}.", WORDS[n % 12], WORDS[index]),
                        topics: vec!["umum", TOPICS[(index + n) % TOPICS.len()]],
                        sectors: vec![SECTORS[n % SECTORS.len()]],
                        figures,
                    }
                })
                .collect();
            Region {
                name: format!("{} {}", level_word(index), NAMES[index % NAMES.len()]),
                summary: format!("Wilayah uji {}.", TREE[index].0),
                news,
            }
        })
        .collect();
    Content { regions }
}

fn built(content: &Content) -> (tempfile::TempDir, PathBuf, Built) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("content");
    write_content(&root, content);
    let built = build(&root);
    (dir, root, built)
}

/// Whether region `slug` lies under region `above` in [`TREE`].
fn is_under(slug: &str, above: &str) -> bool {
    let parent = TREE.iter().find(|r| r.0 == slug).and_then(|r| r.2);
    parent.is_some_and(|p| p == above || is_under(p, above))
}

/// The slugs of the regions below `region` in [`TREE`].
fn below(region: usize) -> BTreeSet<&'static str> {
    let slug = TREE[region].0;
    TREE.iter()
        .map(|r| r.0)
        .filter(|s| is_under(s, slug))
        .collect()
}

/// The slugs of `region`, the regions above it and those below it.
fn related(region: usize) -> BTreeSet<&'static str> {
    let slug = TREE[region].0;
    let mut related = below(region);
    related.extend(
        TREE.iter()
            .map(|r| r.0)
            .filter(|&s| s == slug || is_under(slug, s)),
    );
    related
}

#[test]
fn the_sample_site_has_the_paged_lists_conflicts_and_charts_the_map_must_cover() {
    let (_dir, _root, built) = built(&sample());
    for file in [
        "berita/halaman/2/index.html",
        "topik/umum/halaman/2/index.html",
        "wilayah/kab-ramai/berita/index.html",
        "wilayah/kab-ramai/angka/index.html",
        "grafik/wilayah-kab-ramai-jumlah_ikm.svg",
        "grafik/provinsi-jawa-uji-jumlah_ikm.svg",
        "grafik/kabupaten-kab-ramai-jumlah_ikm.svg",
        "grafik/perbandingan-jumlah_ikm.svg",
        "feed.xml",
        "tentang/index.html",
    ] {
        assert!(built.files.contains_key(file), "{file} is not built");
    }
    assert!(!built.site.conflicts.is_empty(), "no conflicts");
    assert!(!built.site.overlaps.is_empty(), "no overlapping periods");
}

/// The region a file of the site belongs to, if one: its pages
/// (`wilayah/SLUG/…`), its news (`berita/SLUG-N/`) and its charts and
/// their data (`wilayah-SLUG-METRIC`, and `LEVEL-SLUG-METRIC` comparing
/// its sub-regions).
fn owner(file: &str) -> Option<&'static str> {
    let exact = |s: &str| TREE.iter().map(|r| r.0).find(|&slug| slug == s);
    let mut parts = file.split('/');
    match (parts.next()?, parts.next()?) {
        ("wilayah", slug) => exact(slug),
        ("berita", id) => TREE
            .iter()
            .map(|r| r.0)
            .filter(|slug| id.strip_prefix(slug).is_some_and(|n| n.starts_with('-')))
            .max_by_key(|slug| slug.len()),
        ("grafik" | "data", name) => {
            let name = name.rsplit_once('.')?.0;
            let name = METRICS
                .iter()
                .find_map(|m| name.strip_suffix(&format!("-{m}")))?;
            let (_, slug) = name.split_once('-')?;
            exact(slug)
        }
        _ => None,
    }
}

#[test]
fn a_region_files_map_names_no_page_of_an_unrelated_region_or_its_news() {
    let content = sample();
    let (_dir, root, built) = built(&content);
    for (region, (slug, ..)) in TREE.iter().enumerate() {
        let file = file_of(region);
        let map = built.plan.files_of_file(&built.site, &root.join(&file));
        let related = related(region);
        let linked = conflict_linked(&built.site, &root.join(&file));
        for (other, row) in TREE.iter().enumerate() {
            let page = format!("wilayah/{}/index.html", row.0);
            let listed = map.contains(&page);
            let expected = related.contains(row.0) || linked.contains(&page);
            assert_eq!(listed, expected, "{file}: {page}");
            // A news page's breadcrumbs name the regions above its own.
            for news in &content.regions[other].news {
                let page = format!("berita/{}/index.html", news.id);
                let listed = map.contains(&page);
                assert_eq!(
                    listed,
                    related.contains(row.0) && !is_under(slug, row.0),
                    "{file}: {page}"
                );
            }
        }
        for listed in &map {
            if let Some(slug) = owner(listed).filter(|_| !linked.contains(listed)) {
                assert!(related.contains(slug), "{file}: {listed} is {slug}'s");
            }
            if listed.starts_with("grafik/wilayah-") {
                assert_eq!(owner(listed), Some(*slug), "{file}: {listed}");
            }
        }
    }
}

/// Found by the property: a news item added near the top of the news
/// index pushes the last item of each page onto the next, so the pages
/// after it change though none of them shows the file's news.
#[test]
fn a_news_item_added_near_the_top_changes_the_later_pages_of_its_lists() {
    let content = sample();
    let item = News {
        id: String::new(),
        title: "Berita terbaru".into(),
        published: Some("2022-09-14".into()),
        summary: "Ringkasan terbaru.".into(),
        topics: vec!["umum"],
        sectors: vec![],
        figures: vec![Figure {
            metric: 0,
            value: 120,
            as_of: None,
        }],
    };
    let edit = Edit::AddNews(0, item);
    // Only the newest news is the province's, all on the first pages.
    assert_eq!(apply(&mut content.clone(), &edit).0, 0);
    check(&content, &edit).unwrap();
}

/// The same, the other way: a news item removed from the first page pulls
/// the first item of the next page onto it.
#[test]
fn a_news_item_removed_from_the_top_changes_the_later_pages_of_its_lists() {
    let content = sample();
    let edit = Edit::RemoveNews(0, 0);
    assert_eq!(apply(&mut content.clone(), &edit).0, 0);
    check(&content, &edit).unwrap();
}

/// Found by the property: a conflict group that shrinks can move the
/// groups after it to an earlier page of the site-wide list of conflicts,
/// and the page of a region that is not the file's links to where its
/// own groups are on that list. The second province (sumatra-uji, not
/// above kab-ramai) gets a long group, and kab-ramai one that starts on
/// page 2; the province's items are removed one by one until kab-ramai's
/// groups move to page 1, each edit checked.
#[test]
fn a_conflict_that_shrinks_moves_another_regions_link_to_the_list_of_conflicts() {
    let mut content = sample();
    let conflicting = |region: usize, n: usize| News {
        id: format!("{}-beda-{n}", TREE[region].0),
        title: format!("Angka berbeda {n}"),
        published: Some("2015".into()),
        summary: "Ringkasan.".into(),
        topics: vec!["umum"],
        sectors: vec![],
        figures: vec![Figure {
            metric: 0,
            value: [100, 200][n % 2],
            as_of: None,
        }],
    };
    const PROVINCE: usize = 1;
    assert_eq!(TREE[PROVINCE].0, "sumatra-uji");
    for n in 0..70 {
        content.regions[PROVINCE]
            .news
            .push(conflicting(PROVINCE, n));
    }
    for n in 0..40 {
        content.regions[BUSY].news.push(conflicting(BUSY, n));
    }
    let link = "angka-berbeda/halaman/2/";
    let on_page_two = |content: &Content| {
        let (_dir, _root, built) = built(content);
        let page = &built.files["wilayah/kab-ramai/index.html"];
        String::from_utf8_lossy(page).contains(link)
    };
    assert!(on_page_two(&content), "kab-ramai's groups start on page 1");
    for _ in 0..70 {
        let last = content.regions[PROVINCE].news.len() - 1;
        let edit = Edit::RemoveNews(PROVINCE, last);
        check(&content, &edit).unwrap();
        apply(&mut content, &edit);
        if !on_page_two(&content) {
            return;
        }
    }
    panic!("kab-ramai's groups never moved to page 1");
}

/// Writes [`sample`] with 51 desa under `kec-sepi`, each with a news item
/// and a figure, so the kecamatan lists them on pages of their own and
/// compares them on a chart.
fn with_many_desa(root: &Path) {
    write_content(root, &sample());
    for n in 1..=51 {
        fs::write(
            root.join(desa_file(n)),
            desa_yaml(n, &format!("Desa Uji {n:02}"), 100 + n),
        )
        .unwrap();
    }
}

fn desa_file(n: usize) -> String {
    format!("regions/jawa-uji/desa-{n:02}.yaml")
}

fn desa_yaml(n: usize, name: &str, value: usize) -> String {
    format!(
        "name: {name}\nlevel: desa\nparent: kec-sepi\ncode: \"31.02.01.{:04}\"\nnews:\n  \
         - id: desa-{n:02}-0\n    title: Kabar desa {n}\n    outlet: Kabar Uji\n    \
         url: https://example.org/desa-{n}\n    published: \"2021\"\n    summary: Ringkasan.\n    \
         figures:\n      - metric: jumlah_ikm\n        value: {value}\n",
        2000 + n
    )
}

#[test]
fn edits_of_a_desa_change_only_files_in_its_map_when_its_kecamatan_lists_desa_on_pages() {
    let edits = [
        // From the second page of the list to the front of the first.
        (51, "Desa Aaa", 151, "desa-51 renamed Desa Aaa"),
        (30, "Desa Uji 30", 999, "desa-30's figure 130 → 999"),
    ];
    for (n, name, value, said) in edits {
        let text = desa_yaml(n, name, value);
        check_text_edit(with_many_desa, &desa_file(n), &text, said).unwrap();
    }
    let dir = tempfile::tempdir().unwrap();
    with_many_desa(dir.path());
    let built = build(dir.path());
    assert!(built
        .files
        .contains_key("wilayah/kec-sepi/wilayah/halaman/2/index.html"));
    assert!(built
        .files
        .contains_key("grafik/kecamatan-kec-sepi-jumlah_ikm.svg"));
}

/// A free page is in every page's navigation: its map is every page and
/// the sitemap, and nothing else changes when its title and text do.
#[test]
fn an_edit_of_a_free_page_changes_only_files_in_its_map() {
    let text = "---\ntitle: Tentang kami\n---\nSitus uji, ditulis ulang.\n";
    let write = |root: &Path| write_content(root, &sample());
    let said = "pages/tentang.md: title and text rewritten";
    let (map, _) = check_text_edit(write, "pages/tentang.md", text, said).unwrap();
    assert!(map.contains("tentang/index.html"), "{map:?}");
    assert!(!map.iter().any(|f| f.starts_with("grafik/")), "{map:?}");
}
