//! A synthetic content folder at national scale: 38 provinces and their 514
//! kabupaten/kota, each with a few news items and figures.
//!
//! Shared by `benches/build.rs` and `examples/national.rs` through
//! `#[path]`. The output is deterministic: every choice comes from a small
//! linear congruential generator with a fixed seed, or from a hash of what a
//! figure describes, so two runs write byte-identical files.
//!
//! The data follows `content-format.md`: every date precision, undated items,
//! figures with their own `as_of`, `approx`, `range`, and a few deliberate
//! conflicts (same region, metric and period, different values). A figure's
//! amount is a function of its region, metric and period, so figures that
//! happen to share a period agree, and the only conflicts are the deliberate
//! ones.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::Path;

/// News items per region when the caller has no preference.
pub const DEFAULT_NEWS_PER_REGION: usize = 8;

/// How far down the tree of regions the generator goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Depth {
    /// Provinces, kabupaten and kota: 552 regions.
    Regencies,
    /// And 10 to 18 kecamatan under each kabupaten or kota (~7.200).
    Kecamatan,
    /// And 5 to 16 desa or kelurahan under each kecamatan (~76.000).
    Desa,
}

impl Depth {
    #[allow(dead_code)] // used by the example, not by benches/build.rs
    pub fn from_name(name: &str) -> Option<Depth> {
        match name {
            "kabupaten" => Some(Depth::Regencies),
            "kecamatan" => Some(Depth::Kecamatan),
            "desa" => Some(Depth::Desa),
            _ => None,
        }
    }
}

/// News items per kecamatan; a desa has one in seven cases out of eight.
/// With ~8 per kabupaten this gives about one news item per region at
/// desa depth, as a country-wide archive of local news might.
const NEWS_PER_KECAMATAN: usize = 2;
const DESA_WITH_NEWS_PERCENT: usize = 87;

/// What [`write_national`] wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    /// Provinsi region files.
    pub provinces: usize,
    /// Kabupaten and kota region files (provinces not included).
    pub regions: usize,
    /// Kecamatan region files.
    pub kecamatan: usize,
    /// Desa and kelurahan region files.
    pub desa: usize,
    /// News items across all region files.
    pub news: usize,
    /// Figures across all news items.
    pub figures: usize,
}

/// Kemendagri code, name, number of kabupaten and number of kota (2023).
const PROVINCES: &[(&str, &str, usize, usize)] = &[
    ("11", "Aceh", 18, 5),
    ("12", "Sumatera Utara", 25, 8),
    ("13", "Sumatera Barat", 12, 7),
    ("14", "Riau", 10, 2),
    ("15", "Jambi", 9, 2),
    ("16", "Sumatera Selatan", 13, 4),
    ("17", "Bengkulu", 9, 1),
    ("18", "Lampung", 13, 2),
    ("19", "Kepulauan Bangka Belitung", 6, 1),
    ("21", "Kepulauan Riau", 5, 2),
    ("31", "DKI Jakarta", 1, 5),
    ("32", "Jawa Barat", 18, 9),
    ("33", "Jawa Tengah", 29, 6),
    ("34", "DI Yogyakarta", 4, 1),
    ("35", "Jawa Timur", 29, 9),
    ("36", "Banten", 4, 4),
    ("51", "Bali", 8, 1),
    ("52", "Nusa Tenggara Barat", 8, 2),
    ("53", "Nusa Tenggara Timur", 21, 1),
    ("61", "Kalimantan Barat", 12, 2),
    ("62", "Kalimantan Tengah", 13, 1),
    ("63", "Kalimantan Selatan", 11, 2),
    ("64", "Kalimantan Timur", 7, 3),
    ("65", "Kalimantan Utara", 4, 1),
    ("71", "Sulawesi Utara", 11, 4),
    ("72", "Sulawesi Tengah", 12, 1),
    ("73", "Sulawesi Selatan", 21, 3),
    ("74", "Sulawesi Tenggara", 15, 2),
    ("75", "Gorontalo", 5, 1),
    ("76", "Sulawesi Barat", 6, 0),
    ("81", "Maluku", 9, 2),
    ("82", "Maluku Utara", 8, 2),
    ("91", "Papua", 8, 1),
    ("92", "Papua Barat", 7, 0),
    ("93", "Papua Selatan", 4, 0),
    ("94", "Papua Tengah", 8, 0),
    ("95", "Papua Pegunungan", 8, 0),
    ("96", "Papua Barat Daya", 5, 1),
];

/// Id, label, unit, kind.
const METRICS: &[(&str, &str, &str, Kind)] = &[
    ("jumlah_ikm", "Jumlah IKM", "unit usaha", Kind::Count),
    (
        "tenaga_kerja",
        "Tenaga kerja terserap",
        "orang",
        Kind::Count,
    ),
    (
        "pertumbuhan_ikm",
        "Pertumbuhan jumlah IKM per tahun",
        "%",
        Kind::Percent,
    ),
    (
        "penjualan_vs_prapandemi",
        "Penjualan dibanding sebelum pandemi",
        "%",
        Kind::Percent,
    ),
    (
        "ikm_ritel",
        "IKM bermitra dengan ritel modern",
        "unit usaha",
        Kind::Count,
    ),
    (
        "produk_ikm_ritel",
        "Produk IKM di ritel modern",
        "produk",
        Kind::Count,
    ),
    (
        "peserta_program",
        "IKM peserta program",
        "unit usaha",
        Kind::Count,
    ),
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Count,
    Percent,
}

const PLACE_PREFIXES: &[&str] = &[
    "Tanjung", "Batu", "Sungai", "Muara", "Bukit", "Lubuk", "Tanah", "Pulau", "Kuala", "Padang",
    "Teluk", "Rantau", "Gunung", "Lembah", "Ujung", "Labuhan",
];

const SYLLABLES: &[&str] = &[
    "ba", "be", "bu", "da", "di", "do", "ga", "gi", "ja", "ju", "ka", "ki", "ko", "la", "le", "lu",
    "ma", "me", "mu", "na", "ni", "no", "pa", "pi", "ra", "re", "ri", "ro", "sa", "se", "si", "ta",
    "ti", "to", "wa", "wi", "ya", "ngga", "mba", "ndu", "rang", "sam", "tan", "jen", "lim", "ron",
];

const SECTORS: &[&str] = &[
    "makanan",
    "minuman",
    "kopi",
    "kerajinan",
    "sandang",
    "furnitur",
    "logam",
    "batik",
];

const TOPICS: &[&str] = &[
    "pelatihan",
    "pemasaran-digital",
    "kemitraan",
    "sertifikasi",
    "kemasan",
    "bantuan-peralatan",
    "ritel",
    "pandemi",
];

/// Outlet name and domain; an empty domain means the article has no link.
const OUTLETS: &[(&str, &str)] = &[
    ("Antara", "www.antaranews.com"),
    ("Kompas.com", "regional.kompas.com"),
    ("Detik Finance", "finance.detik.com"),
    ("Bisnis.com", "ekonomi.bisnis.com"),
    ("Republika", "ekonomi.republika.co.id"),
    ("Medcom.id", "www.medcom.id"),
    ("Warta Ekonomi", "wartaekonomi.co.id"),
    ("Tribunnews", "www.tribunnews.com"),
    ("Radar Daerah", "radardaerah.example.id"),
    ("tidak diketahui", ""),
];

/// Knuth's MMIX linear congruential generator.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as u32
    }

    /// A number in `0..n`; `n` must be above 0.
    fn below(&mut self, n: usize) -> usize {
        self.next() as usize % n
    }

    /// True `percent` times in a hundred.
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// SplitMix64's finaliser over a string, for choices that must depend only on
/// their inputs (a figure's amount), not on how many choices came before.
fn hash(key: &str) -> u64 {
    let mut h: u64 = 0x9e37_79b9_7f4a_7c15;
    for b in key.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

#[derive(Clone, Copy, PartialEq)]
enum Amount {
    Value(f64),
    Range(f64, f64),
}

struct Figure {
    metric: usize,
    amount: Amount,
    approx: bool,
    /// As written in YAML, e.g. `"2018"`.
    as_of: Option<String>,
    note: Option<String>,
}

struct News {
    id: String,
    title: String,
    outlet: &'static str,
    url: Option<String>,
    /// As written in YAML: `2019`, `"2019"`, `"2019-07"` or `"2019-07-18"`.
    published: Option<String>,
    date_note: Option<String>,
    summary: String,
    sectors: Vec<&'static str>,
    topics: Vec<&'static str>,
    figures: Vec<Figure>,
}

struct Region {
    slug: String,
    name: String,
    short_name: String,
    level: &'static str,
    parent: Option<String>,
    code: String,
    summary: Option<String>,
    news: Vec<News>,
}

/// Writes `site.yaml`, `metrics.yaml`, `pages/tentang.md` and
/// `regions/<province>/<slug>.yaml` for every region into `dir` (created if
/// missing). The set of file names does not depend on `news_per_region`, so
/// writing again over an earlier run leaves no stale files.
#[allow(dead_code)] // used by benches/build.rs; the example calls write_country
pub fn write_national(dir: &Path, news_per_region: usize) -> io::Result<Counts> {
    write_country(dir, news_per_region, Depth::Regencies)
}

/// [`write_national`], going down to `depth`. The kabupaten and kota, their
/// news and their figures are the same at every depth; the regions below a
/// kabupaten come from a generator seeded by its slug, and are written into
/// a folder named after it.
pub fn write_country(dir: &Path, news_per_region: usize, depth: Depth) -> io::Result<Counts> {
    fs::create_dir_all(dir.join("pages"))?;
    fs::write(dir.join("site.yaml"), SITE_YAML)?;
    fs::write(dir.join("metrics.yaml"), metrics_yaml())?;
    fs::write(dir.join("pages").join("tentang.md"), TENTANG_MD)?;

    let mut rng = Lcg(0x1d4_2024);
    let mut taken: HashSet<String> = PROVINCES.iter().map(|p| slugify(p.1)).collect();
    let mut next_news = 0usize;
    let mut counts = Counts {
        provinces: 0,
        regions: 0,
        kecamatan: 0,
        desa: 0,
        news: 0,
        figures: 0,
    };
    let mut region_index = 0usize;
    // Counters of their own below the kabupaten, so that going deeper never
    // changes a kabupaten's figures. News ids start with the region's slug,
    // so the two counters never make the same id.
    let (mut lower_index, mut lower_news) = (1_000_000usize, 0usize);

    for (p, &(code, name, kabupaten, kota)) in PROVINCES.iter().enumerate() {
        let province_slug = slugify(name);
        let folder = dir.join("regions").join(&province_slug);
        fs::create_dir_all(&folder)?;

        let mut members = Vec::with_capacity(1 + kabupaten + kota);
        members.push(Region {
            slug: province_slug.clone(),
            name: format!("Provinsi {name}"),
            short_name: name.to_string(),
            level: "provinsi",
            parent: None,
            code: code.to_string(),
            summary: Some(province_summary(name, kabupaten, kota)),
            news: Vec::new(),
        });
        for i in 0..kabupaten + kota {
            let is_kota = i >= kabupaten;
            let place = loop {
                let place = place_name(&mut rng);
                let slug = slugify(&place);
                let slug = if is_kota {
                    format!("kota-{slug}")
                } else {
                    slug
                };
                if taken.insert(slug) {
                    break place;
                }
            };
            let slug = slugify(&place);
            let (slug, full, level, number) = if is_kota {
                (
                    format!("kota-{slug}"),
                    format!("Kota {place}"),
                    "kota",
                    71 + i - kabupaten,
                )
            } else {
                (slug, format!("Kabupaten {place}"), "kabupaten", 1 + i)
            };
            let summary = (!rng.chance(25)).then(|| region_summary(&mut rng, &full, name));
            members.push(Region {
                slug,
                name: full,
                short_name: place,
                level,
                parent: Some(province_slug.clone()),
                code: format!("{code}.{number:02}"),
                summary,
                news: Vec::new(),
            });
        }

        for (m, region) in members.iter_mut().enumerate() {
            // Every fifth province has no news of its own: its page then shows
            // what its kabupaten and kota report.
            let items = if m == 0 && p % 5 == 4 {
                0
            } else {
                news_per_region
            };
            for _ in 0..items {
                let item = news_item(&mut rng, region_index, region, next_news);
                next_news += 1;
                region.news.push(item);
            }
            if region_index % 50 == 7 {
                add_conflict(region);
            }
            counts.news += region.news.len();
            counts.figures += region.news.iter().map(|n| n.figures.len()).sum::<usize>();
            if m == 0 {
                counts.provinces += 1;
            } else {
                counts.regions += 1;
            }
            fs::write(
                folder.join(format!("{}.yaml", region.slug)),
                region_yaml(region),
            )?;
            region_index += 1;
            if m > 0 && depth > Depth::Regencies {
                let mut below = Below {
                    rng: Lcg(hash(&region.slug)),
                    taken: &mut taken,
                    region_index: &mut lower_index,
                    next_news: &mut lower_news,
                    counts: &mut counts,
                };
                below.write_under(&folder.join(&region.slug), region, depth)?;
            }
        }
    }
    Ok(counts)
}

/// Writes the kecamatan (and desa) under one kabupaten or kota.
struct Below<'a> {
    rng: Lcg,
    taken: &'a mut HashSet<String>,
    region_index: &'a mut usize,
    next_news: &'a mut usize,
    counts: &'a mut Counts,
}

impl Below<'_> {
    fn write_under(&mut self, folder: &Path, regency: &Region, depth: Depth) -> io::Result<()> {
        fs::create_dir_all(folder)?;
        let kecamatan = 10 + self.rng.below(9);
        for k in 0..kecamatan {
            let code = format!("{}.{:02}", regency.code, k + 1);
            let mut district = self.region("kecamatan", &regency.slug, code);
            for _ in 0..NEWS_PER_KECAMATAN {
                self.add_news(&mut district);
            }
            self.counts.kecamatan += 1;
            self.write(folder, &district)?;
            if depth < Depth::Desa {
                continue;
            }
            let villages = 5 + self.rng.below(12);
            for v in 0..villages {
                // Kelurahan are numbered from 1001, desa from 2001.
                let (level, number) = if v % 6 == 5 {
                    ("kelurahan", 1001 + v)
                } else {
                    ("desa", 2001 + v)
                };
                let code = format!("{}.{number}", district.code);
                let mut village = self.region(level, &district.slug, code);
                if self.rng.chance(DESA_WITH_NEWS_PERCENT) {
                    self.add_news(&mut village);
                }
                self.counts.desa += 1;
                self.write(folder, &village)?;
            }
        }
        Ok(())
    }

    /// A region with a name no other region has.
    fn region(&mut self, level: &'static str, parent: &str, code: String) -> Region {
        let (place, slug) = loop {
            let place = place_name(&mut self.rng);
            let slug = format!("{level}-{}", slugify(&place));
            if self.taken.insert(slug.clone()) {
                break (place, slug);
            }
        };
        Region {
            slug,
            name: format!("{} {place}", capitalise(level)),
            short_name: place,
            level,
            parent: Some(parent.to_string()),
            code,
            summary: None,
            news: Vec::new(),
        }
    }

    fn add_news(&mut self, region: &mut Region) {
        let item = news_item(&mut self.rng, *self.region_index, region, *self.next_news);
        *self.next_news += 1;
        region.news.push(item);
    }

    fn write(&mut self, folder: &Path, region: &Region) -> io::Result<()> {
        *self.region_index += 1;
        self.counts.news += region.news.len();
        self.counts.figures += region.news.iter().map(|n| n.figures.len()).sum::<usize>();
        fs::write(
            folder.join(format!("{}.yaml", region.slug)),
            region_yaml(region),
        )
    }
}

const SITE_YAML: &str = "\
title: Kabar IKM Nasional (data sintetis)
description: Data sintetis untuk uji kinerja, meniru angka IKM di 38 provinsi dan 514 kabupaten/kota.
base_url: https://example.github.io/ikm-nasional/
language: id
# The regencies and everything below them are made up.
official_regions: false
";

const TENTANG_MD: &str = "\
---
title: Tentang data ini
description: Situs ini dibuat dari data sintetis untuk mengukur kinerja pembangun situs.
---

## Data sintetis

Semua daerah, berita, dan angka di situs ini **dibuat oleh program** untuk uji
kinerja. Nama provinsi memakai nama sebenarnya, tetapi nama kabupaten dan kota,
judul berita, serta angkanya *tidak nyata*.

- Tanggal ditulis setepat yang ada: tahun, bulan, atau hari.
- Sebagian berita sengaja tidak bertanggal.
- Beberapa angka sengaja saling bertentangan.
";

fn metrics_yaml() -> String {
    let mut out = String::new();
    for &(id, label, unit, kind) in METRICS {
        let kind = match kind {
            Kind::Count => "count",
            Kind::Percent => "percent",
        };
        let _ = write!(
            out,
            "{id}:\n  label: {}\n  unit: {}\n  kind: {kind}\n",
            quote(label),
            quote(unit)
        );
    }
    out
}

fn slugify(text: &str) -> String {
    text.to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// A made-up place name such as `Tanjung Lumara` or `Sebadiro`.
fn place_name(rng: &mut Lcg) -> String {
    let syllables = 2 + rng.below(2);
    let word: String = (0..syllables).map(|_| *rng.pick(SYLLABLES)).collect();
    let word = capitalise(&word);
    if rng.chance(35) {
        format!("{} {word}", rng.pick(PLACE_PREFIXES))
    } else {
        word
    }
}

fn province_summary(name: &str, kabupaten: usize, kota: usize) -> String {
    format!(
        "Provinsi **{name}** terdiri atas {kabupaten} kabupaten dan {kota} kota. Halaman ini\n\
         merangkum berita IKM tingkat provinsi dan angka yang dilaporkan daerah di\n\
         bawahnya.\n"
    )
}

fn region_summary(rng: &mut Lcg, full: &str, province: &str) -> String {
    let sector = rng.pick(SECTORS);
    let topic = rng.pick(TOPICS);
    let mut text = format!(
        "IKM di **{full}** ({province}) bertumpu pada sektor *{sector}*. Pembinaan\n\
         pemerintah daerah banyak berupa {}.\n",
        topic.replace('-', " ")
    );
    if rng.chance(30) {
        text.push_str(
            "\nCatatan redaksi:\n\n- angka dari berbagai media tidak selalu sejalan;\n\
             - sebagian berita tidak mencantumkan tanggal.\n",
        );
    }
    text
}

/// A date of the precision an article might give, as written in YAML.
fn date_text(rng: &mut Lcg, year: i32) -> String {
    match rng.below(100) {
        0..=49 => format!(
            "\"{year}-{:02}-{:02}\"",
            1 + rng.below(12),
            1 + rng.below(28)
        ),
        50..=74 => format!("\"{year}-{:02}\"", 1 + rng.below(12)),
        75..=87 => format!("{year}"),
        _ => format!("\"{year}\""),
    }
}

fn news_item(rng: &mut Lcg, region_index: usize, region: &Region, number: usize) -> News {
    let year = 2015 + rng.below(10) as i32;
    let dated = !rng.chance(12);
    let published = dated.then(|| date_text(rng, year));
    let date_note = match &published {
        None if rng.chance(60) => Some("Artikel tidak mencantumkan tanggal terbit.".to_string()),
        Some(p) if !p.contains('-') => Some(format!(
            "Hanya tahun {year} yang dapat dipastikan dari isi artikel."
        )),
        _ => None,
    };

    // One to three distinct metrics.
    let wanted = 1 + rng.below(3);
    let mut metrics: Vec<usize> = Vec::with_capacity(wanted);
    while metrics.len() < wanted {
        let metric = rng.below(METRICS.len());
        if !metrics.contains(&metric) {
            metrics.push(metric);
        }
    }
    let mut figures = Vec::with_capacity(metrics.len());
    for metric in metrics {
        // Some figures refer to an earlier year than the article.
        let (as_of, earlier) = if rng.chance(if dated { 20 } else { 40 }) {
            let as_of = (year - rng.below(3) as i32).max(2015);
            (Some(format!("\"{as_of}\"")), as_of < year)
        } else {
            (None, false)
        };
        let period = as_of
            .as_deref()
            .or(published.as_deref())
            .map(|p| p.trim_matches('"').to_string());
        let (amount, approx) = amount(region_index, metric, period.as_deref(), number);
        let note =
            (dated && earlier).then(|| "angka periode sebelumnya yang dikutip artikel".to_string());
        figures.push(Figure {
            metric,
            amount,
            approx,
            as_of,
            note,
        });
    }

    let short = &region.short_name;
    let title = match METRICS[figures[0].metric].0 {
        "jumlah_ikm" => format!("Jumlah IKM di {short} Terus Bertambah"),
        "tenaga_kerja" => format!("IKM {short} Serap Ribuan Tenaga Kerja"),
        "pertumbuhan_ikm" => format!("Pertumbuhan IKM {short}: \"Didorong Pasar Daring\""),
        "penjualan_vs_prapandemi" => format!("Penjualan IKM {short} Belum Pulih dari Pandemi"),
        "ikm_ritel" => format!("Produk IKM {short} Mulai Masuk Ritel Modern"),
        "produk_ikm_ritel" => format!("Makin Banyak Produk {short} di Rak Minimarket"),
        _ => format!("{short}: Ratusan IKM Ikuti Program Pendampingan"),
    };
    let &(outlet, domain) = rng.pick(OUTLETS);
    let id = format!("{}-{number}", region.slug);
    let url = (!domain.is_empty() && !rng.chance(10))
        .then(|| format!("https://{domain}/ekonomi/{year}/{id}"));

    let sector_count = rng.below(3);
    let mut sectors: Vec<&'static str> = Vec::new();
    for _ in 0..sector_count {
        let sector = *rng.pick(SECTORS);
        if !sectors.contains(&sector) {
            sectors.push(sector);
        }
    }
    let mut topics: Vec<&'static str> = Vec::new();
    for _ in 0..1 + rng.below(3) {
        let topic = *rng.pick(TOPICS);
        if !topics.contains(&topic) {
            topics.push(topic);
        }
    }

    let mut summary = format!(
        "Berita ini melaporkan perkembangan IKM di **{}**.",
        region.name
    );
    for figure in &figures {
        let (_, label, unit, kind) = METRICS[figure.metric];
        let _ = write!(
            summary,
            " {label} tercatat {}{}.",
            if figure.approx { "sekitar " } else { "" },
            describe(figure.amount, kind, unit)
        );
    }
    summary.push('\n');
    if rng.chance(40) {
        let _ = write!(
            summary,
            "\nDinas terkait menyebut *{}* sebagai prioritas tahun berikutnya.\n",
            topics[0].replace('-', " ")
        );
    }

    News {
        id,
        title,
        outlet,
        url,
        published,
        date_note,
        summary,
        sectors,
        topics,
        figures,
    }
}

/// The amount of a figure, decided only by its region, metric and period so
/// that figures sharing a period agree. Undated figures only meet within
/// their article, where each metric appears once, so they use the article.
fn amount(region: usize, metric: usize, period: Option<&str>, news: usize) -> (Amount, bool) {
    let key = match period {
        Some(period) => format!("{region}/{metric}/{period}"),
        None => format!("{region}/{metric}/undated/{news}"),
    };
    let h = hash(&key);
    let base = hash(&format!("{region}/base"));
    let year: i32 = period
        .and_then(|p| p.get(..4))
        .and_then(|y| y.parse().ok())
        .unwrap_or(2020);
    let growth = 1.04_f64.powi(year - 2015);
    let units = ((300 + base % 20_000) as f64 * growth).round();
    let pick = h % 100;
    match METRICS[metric].0 {
        "jumlah_ikm" => {
            let exact = units + (h % 50) as f64;
            if pick < 10 {
                (Amount::Value((exact / 100.0).round() * 100.0), true)
            } else {
                (Amount::Value(exact), false)
            }
        }
        "tenaga_kerja" => {
            let exact = units * 2.0 + (h % 500) as f64;
            if pick < 12 {
                (Amount::Value((exact / 1000.0).round() * 1000.0), true)
            } else {
                (Amount::Value(exact), false)
            }
        }
        "pertumbuhan_ikm" => {
            if pick < 8 {
                let low = (1 + h % 6) as f64;
                (Amount::Range(low, low + 2.0), false)
            } else {
                (Amount::Value((5 + (h >> 8) % 120) as f64 / 10.0), false)
            }
        }
        "penjualan_vs_prapandemi" => match pick {
            0..=14 => (Amount::Range(30.0, 40.0), false),
            15..=24 => {
                let low = 20.0 + 10.0 * ((h >> 8) % 5) as f64;
                (Amount::Range(low, low + 10.0), false)
            }
            25..=34 => (Amount::Value(10.0 * (3 + (h >> 8) % 8) as f64), true),
            _ => (Amount::Value((25 + (h >> 8) % 90) as f64), false),
        },
        "ikm_ritel" => (Amount::Value((3 + h % 150) as f64), pick < 5),
        "produk_ikm_ritel" => (Amount::Value((10 + h % 600) as f64), false),
        _ => {
            if pick < 10 {
                let low = (5 + (h >> 8) % 30) as f64 * 10.0;
                (Amount::Range(low, low + 50.0), false)
            } else {
                (Amount::Value((10 + h % 400) as f64), pick < 20)
            }
        }
    }
}

/// Gives `region` one conflict: a later article reports a different amount
/// for the metric and period of the first dated figure.
fn add_conflict(region: &mut Region) {
    let found = region.news.iter().enumerate().find_map(|(n, item)| {
        item.figures.iter().find_map(|figure| {
            let period = figure.as_of.clone().or_else(|| item.published.clone())?;
            Some((n, figure.metric, figure.amount, period))
        })
    });
    let Some((first, metric, amount, period)) = found else {
        return;
    };
    let other = match METRICS[metric].3 {
        Kind::Count => match amount {
            Amount::Value(v) => v + (v / 10.0).round().max(1.0),
            Amount::Range(_, high) => high + 1.0,
        },
        Kind::Percent => match amount {
            Amount::Value(v) => ((v + 1.5) * 10.0).round() / 10.0,
            Amount::Range(_, high) => high + 5.0,
        },
    };
    let target = if region.news.len() > 1 {
        region.news.len() - 1
    } else {
        first
    };
    region.news[target].figures.push(Figure {
        metric,
        amount: Amount::Value(other),
        approx: false,
        as_of: Some(period),
        note: Some("berbeda dari angka berita lain untuk periode yang sama".to_string()),
    });
}

/// `15.769`, `3,1%`, `30–40%` as the site would show them, for summaries.
fn describe(amount: Amount, kind: Kind, unit: &str) -> String {
    let number = |v: f64| match kind {
        Kind::Count => thousands(v as u64),
        Kind::Percent => format!("{v}").replace('.', ","),
    };
    let text = match amount {
        Amount::Value(v) => number(v),
        Amount::Range(low, high) => format!("{}–{}", number(low), number(high)),
    };
    match kind {
        Kind::Percent => format!("{text}%"),
        Kind::Count => format!("{text} {unit}"),
    }
}

/// Indonesian thousands grouping, from the crate itself so the generator's
/// summaries match what the site prints.
fn thousands(n: u64) -> String {
    ikm_site::render::format::number(n as f64)
}

/// A double-quoted YAML scalar.
fn quote(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// `key: |` followed by `text` indented by `indent` spaces.
fn block(out: &mut String, indent: usize, key: &str, text: &str) {
    let pad = " ".repeat(indent);
    let _ = writeln!(out, "{pad}{key}: |");
    for line in text.lines() {
        if line.is_empty() {
            out.push('\n');
        } else {
            let _ = writeln!(out, "{pad}  {line}");
        }
    }
}

fn number(v: f64) -> String {
    format!("{v}")
}

fn region_yaml(region: &Region) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "name: {}", quote(&region.name));
    let _ = writeln!(out, "short_name: {}", quote(&region.short_name));
    let _ = writeln!(out, "level: {}", region.level);
    if let Some(parent) = &region.parent {
        let _ = writeln!(out, "parent: {parent}");
    }
    let _ = writeln!(out, "code: \"{}\"", region.code);
    if let Some(summary) = &region.summary {
        block(&mut out, 0, "summary", summary);
    }
    if region.news.is_empty() {
        return out;
    }
    out.push_str("news:\n");
    for item in &region.news {
        let _ = writeln!(out, "  - id: {}", item.id);
        let _ = writeln!(out, "    title: {}", quote(&item.title));
        let _ = writeln!(out, "    outlet: {}", quote(item.outlet));
        if let Some(url) = &item.url {
            let _ = writeln!(out, "    url: {url}");
        }
        if let Some(published) = &item.published {
            let _ = writeln!(out, "    published: {published}");
        }
        if let Some(note) = &item.date_note {
            let _ = writeln!(out, "    date_note: {}", quote(note));
        }
        block(&mut out, 4, "summary", &item.summary);
        if !item.sectors.is_empty() {
            let _ = writeln!(out, "    sectors: [{}]", item.sectors.join(", "));
        }
        let _ = writeln!(out, "    topics: [{}]", item.topics.join(", "));
        out.push_str("    figures:\n");
        for figure in &item.figures {
            let _ = writeln!(out, "      - metric: {}", METRICS[figure.metric].0);
            match figure.amount {
                Amount::Value(v) => {
                    let _ = writeln!(out, "        value: {}", number(v));
                }
                Amount::Range(low, high) => {
                    let _ = writeln!(out, "        range: [{}, {}]", number(low), number(high));
                }
            }
            if figure.approx {
                out.push_str("        approx: true\n");
            }
            if let Some(as_of) = &figure.as_of {
                let _ = writeln!(out, "        as_of: {as_of}");
            }
            if let Some(note) = &figure.note {
                let _ = writeln!(out, "        note: {}", quote(note));
            }
        }
    }
    out
}
