//! Builds the site fixture (a frozen copy of the shipped `content/`) and a
//! second, test-only content folder into temporary folders and checks the
//! written pages.

mod common;

use std::fs;

use common::*;

fn real_site() -> Built {
    build_into_temp(&site_fixture(), Some(BASE))
}

#[test]
fn the_real_content_builds_every_kind_of_page() {
    let site = real_site();
    for page in [
        "index.html",
        "404.html",
        "sitemap.xml",
        ".nojekyll",
        "style.css",
        "favicon.svg",
        "wilayah/index.html",
        "berita/index.html",
        "topik/index.html",
        "tentang/index.html",
        "wilayah/lebak/index.html",
        "wilayah/lampung-barat/index.html",
        "wilayah/lampung/index.html",
        "wilayah/sulawesi-tenggara/index.html",
        "wilayah/banten/index.html",
        "berita/lebak-produk-ikm-masuk-ritel-2019/index.html",
        "topik/pelatihan/index.html",
        "sektor/kopi/index.html",
    ] {
        assert!(site.out().join(page).is_file(), "missing {page}");
    }
    assert!(site.summary.pages >= 30, "{}", site.summary.pages);
    assert!(site.summary.charts >= 2, "{}", site.summary.charts);
}

#[test]
fn figures_and_dates_are_in_indonesian_format() {
    let site = real_site();
    let lebak = site.read("wilayah/lebak/index.html");
    for text in [
        "15.769",
        "31.538",
        "16.500",
        "18.500",
        "18 Juli 2019",
        "sekitar 33.000",
    ] {
        assert!(lebak.contains(text), "Lebak page lacks {text}");
    }
    let lambar = site.read("wilayah/lampung-barat/index.html");
    for text in [
        "sekitar 700",
        "sekitar 5%",
        "30–40%",
        "tanggal tidak diketahui",
    ] {
        assert!(lambar.contains(text), "Lampung Barat page lacks {text}");
    }
    assert!(site
        .read("wilayah/sulawesi-tenggara/index.html")
        .contains("November 2020"));
    assert!(site
        .read("wilayah/lampung/index.html")
        .contains("8 November 2021"));
}

#[test]
fn every_figure_links_to_its_article_anchor() {
    let site = real_site();
    let lebak = site.read("wilayah/lebak/index.html");
    let figure_links: Vec<String> = attribute_values(&lebak, "href")
        .into_iter()
        .filter(|l| l.contains("/berita/") && l.contains("#angka-"))
        .collect();
    assert!(figure_links.len() >= 10, "{figure_links:?}");
    assert!(figure_links.iter().all(|l| l.starts_with("/ikm/berita/")));
    assert_internal_links_resolve(&site.out(), BASE_PATH);
}

#[test]
fn conflicting_figures_are_shown_side_by_side_with_both_sources() {
    let site = real_site();
    let lebak = site.read("wilayah/lebak/index.html");
    let section = lebak
        .split("id=\"angka-berbeda\"")
        .nth(1)
        .expect("a conflicts section");
    let section = section.split("</section>").next().unwrap();
    assert!(
        section.contains("16.500") && section.contains("18.500"),
        "{section}"
    );
    assert!(
        section.contains("15</strong>") && section.contains("10</strong>"),
        "{section}"
    );
    assert!(section.matches("/ikm/berita/").count() >= 4, "{section}");
    let home = site.read("index.html");
    assert!(home.contains("angka berbeda"));
}

#[test]
fn undated_figures_are_listed_apart_and_never_charted() {
    let site = real_site();
    let lambar = site.read("wilayah/lampung-barat/index.html");
    assert!(lambar.contains("id=\"tanpa-tanggal\""));
    assert!(
        !lambar.contains("<figure class=\"chart\""),
        "Lampung Barat has no dated series"
    );
    // The Lebak chart holds the dated values only, not the undated 16.500/18.500.
    let svg = site.read("grafik/wilayah-lebak-jumlah_ikm.svg");
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let texts: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text().map(str::trim))
        .collect();
    // A value label may be left out where it has no room (issue 17); the
    // marks are one per dated figure.
    for value in ["16.000", "15.769"] {
        assert!(texts.contains(&value), "{value} missing from {texts:?}");
    }
    assert!(svg.contains("(6 angka bertanggal dari 4 sumber)"), "{svg}");
    assert_eq!(svg.matches("<circle").count(), 6);
    assert!(
        !texts.contains(&"16.500") && !texts.contains(&"18.500"),
        "{texts:?}"
    );
}

#[test]
fn charts_are_svg_with_a_text_alternative_in_the_file_and_the_page() {
    let site = real_site();
    let mut charts = 0;
    for (name, bytes) in site.files() {
        if !name.ends_with(".svg") || !name.starts_with("grafik/") {
            continue;
        }
        charts += 1;
        let text = String::from_utf8(bytes).unwrap();
        let doc = roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let root = doc.root_element();
        assert_eq!(root.attribute("role"), Some("img"), "{name}");
        let desc = root
            .children()
            .find(|n| n.has_tag_name("desc"))
            .and_then(|n| n.text())
            .unwrap();
        assert!(root.children().any(|n| n.has_tag_name("title")), "{name}");
        assert!(!desc.is_empty());
    }
    assert!(charts >= 2);
    let lebak = site.read("wilayah/lebak/index.html");
    assert!(
        lebak.contains("Jumlah IKM Kabupaten Lebak, 2013–2019: dari 14.327 menjadi 15.769"),
        "chart description missing"
    );
    assert!(lebak.contains("src=\"/ikm/grafik/wilayah-lebak-jumlah_ikm.svg\""));
}

#[test]
fn home_compares_regions_with_each_bar_labelled_by_its_period() {
    let site = real_site();
    let svg = site.read("grafik/perbandingan-jumlah_ikm.svg");
    assert!(svg.contains("Kabupaten Lebak · 18 Juli 2019"), "{svg}");
    // A province is not set against regencies on one scale.
    assert!(!svg.contains("Provinsi Sulawesi Tenggara"), "{svg}");
    assert!(
        svg.contains("<title id=\"t\">Jumlah IKM kabupaten dan kota</title>"),
        "{svg}"
    );
    // A label too long for one line is wrapped at a space, not cut.
    assert!(
        svg.contains("Kabupaten Lampung Barat · tanggal tidak"),
        "{svg}"
    );
    assert!(
        svg.contains(">diketahui<") || svg.contains(">\ndiketahui\n<"),
        "{svg}"
    );
    let home = site.read("index.html");
    assert!(
        home.contains("Berita terbaru") && home.contains("Pemprov Buka Jalan Untuk IKM Berkembang")
    );
}

fn locs(xml: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(xml).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name("loc"))
        .filter_map(|n| n.text())
        .map(str::to_string)
        .collect()
}

#[test]
fn sitemap_is_an_index_of_parts_that_list_pages_under_the_base_url() {
    let site = real_site();
    let parts = locs(&site.read("sitemap.xml"));
    assert_eq!(parts, [format!("{BASE}sitemap-1.xml")]);
    let pages = locs(&site.read("sitemap-1.xml"));
    assert!(pages.contains(&"https://example.test/ikm/wilayah/lebak/".to_string()));
    assert!(pages.iter().all(|l| l.starts_with(BASE)));
    assert!(!pages.iter().any(|l| l.contains("404")));
    let robots = site.read("robots.txt");
    assert!(
        robots.contains(&format!("Sitemap: {BASE}sitemap.xml")),
        "{robots}"
    );
}

#[test]
fn two_builds_of_the_same_input_are_byte_identical() {
    let a = real_site();
    let b = real_site();
    assert_eq!(a.files(), b.files());
}

#[test]
fn another_authors_content_builds_with_its_own_base_path_and_overrides() {
    let fixture = repo().join("tests/fixtures/other/content");
    let site = build_into_temp(&fixture, None);
    assert_internal_links_resolve(&site.out(), "/contoh/");
    // Template and static overrides beside the content folder.
    assert!(site.read("404.html").contains("templat situs uji"));
    assert_eq!(site.read("tambahan.txt"), "berkas statis tambahan\n");
    // CRLF, a byte-order mark and an integer year all load.
    assert!(site.read("wilayah/kota-uji/index.html").contains("1.200"));
    let kab = site.read("wilayah/kabupaten-uji/index.html");
    for text in [
        "sekitar 1.250",
        "3,5–4,5%",
        "3,1%",
        "Juni 2020".replace("Juni", "15 Juni").as_str(),
        "999",
    ] {
        assert!(kab.contains(text), "kabupaten page lacks {text}");
    }
    assert!(
        kab.contains("id=\"angka-berbeda\""),
        "1.250 vs 1.300 on 15 Juni 2020 conflict"
    );
    assert!(site
        .out()
        .join("grafik/wilayah-kabupaten-uji-unit_usaha.svg")
        .is_file());
    let page = site.read("metode/index.html");
    assert!(
        page.contains("<table>")
            && page.contains("<del>lama</del>")
            && page.contains("footnote-definition")
    );
}

#[test]
fn html_in_content_never_runs() {
    let fixture = repo().join("tests/fixtures/other/content");
    let site = build_into_temp(&fixture, None);
    for (name, bytes) in site.files() {
        if !name.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8_lossy(&bytes).to_lowercase();
        // The only scripts are the site's own search and copy buttons,
        // each loaded from a file.
        let scripts = html.matches("<script").count();
        let own = html
            .matches("<script src=\"/contoh/search.js\" defer>")
            .count()
            + html
                .matches("<script src=\"/contoh/cite.js\" defer>")
                .count();
        assert_eq!(scripts, own, "{name} has a script tag from content");
        let in_markup = |needle: &str| html.match_indices(needle).any(|(i, _)| in_tag(&html, i));
        assert!(!in_markup("javascript:"), "{name} has a javascript: link");
        assert!(!in_markup("onerror="), "{name} has an onerror attribute");
    }
    let province = site.read("wilayah/contoh/index.html");
    assert!(
        province.contains("&lt;script&gt;"),
        "the script shows as text"
    );
}

#[test]
fn a_failed_build_leaves_the_previous_output_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    common::copy_tree(&site_fixture(), &content);
    let output = dir.path().join("public");
    let options = ikm_site::BuildOptions {
        content_dir: content.clone(),
        output_dir: output.clone(),
        base_url: None,
    };
    ikm_site::build(&options).unwrap();
    let before = files_of(&output);

    let lebak = content.join("regions/banten/lebak.yaml");
    let text =
        fs::read_to_string(&lebak)
            .unwrap()
            .replacen("metric: jumlah_ikm", "metric: jumlah_ikn", 1);
    fs::write(&lebak, text).unwrap();
    let error = ikm_site::build(&options).unwrap_err().to_string();
    assert!(
        error.contains("lebak.yaml") && error.contains("jumlah_ikn"),
        "{error}"
    );

    assert_eq!(files_of(&output), before);
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        leftovers.len(),
        2,
        "only content/ and public/ remain: {leftovers:?}"
    );
}

#[test]
fn the_atom_feed_is_valid_and_invents_no_dates() {
    let site = real_site();
    let xml = site.read("feed.xml");
    let feed: atom_syndication::Feed = xml.parse().unwrap_or_else(|e| panic!("{e}\n{xml}"));
    let titles: Vec<&str> = feed.entries().iter().map(|e| e.title().as_str()).collect();
    // Dated to the day: in the feed (its order is pinned in tests/order.rs).
    assert!(titles.contains(&"Pertumbuhan IKM Lebak Capai 16.000 Unit"));
    // Undated items never get a made-up timestamp.
    assert!(
        !titles.contains(&"Jumlah Industri Kecil Menengah di Lebak Meledak"),
        "{titles:?}"
    );
    assert!(!titles.iter().any(|t| t.contains("700 IKM")), "{titles:?}");
    for entry in feed.entries() {
        assert!(entry.updated().to_rfc3339().ends_with("T00:00:00+07:00"));
        assert!(entry.links()[0].href().starts_with(BASE));
    }
    assert!(site
        .read("index.html")
        .contains("type=\"application/atom+xml\""));
}

#[test]
fn pages_carry_canonical_and_open_graph_meta() {
    let site = real_site();
    let lebak = site.read("wilayah/lebak/index.html");
    assert!(
        lebak.contains("<link rel=\"canonical\" href=\"https://example.test/ikm/wilayah/lebak/\">")
    );
    assert!(lebak.contains("<meta property=\"og:title\" content=\"Kabupaten Lebak\">"));
    assert!(lebak.contains("<html lang=\"id\">"));
    assert!(!site.read("404.html").contains("rel=\"canonical\""));
    assert_eq!(
        site.read("robots.txt"),
        "User-agent: *\nAllow: /\nSitemap: https://example.test/ikm/sitemap.xml\n"
    );
    assert!(
        !site.out().join("CNAME").exists(),
        "no cname set for the real site"
    );
}

#[test]
fn a_cname_setting_writes_the_cname_file() {
    let site = build_into_temp(&repo().join("tests/fixtures/other/content"), None);
    assert_eq!(site.read("CNAME"), "contoh.example.id\n");
}

#[test]
fn each_chart_has_its_data_as_a_table_a_csv_file_and_a_source_line() {
    let site = real_site();
    let lebak = site.read("wilayah/lebak/index.html");
    let figure = lebak
        .split("<figure class=\"chart\">")
        .nth(1)
        .unwrap()
        .split("</figure>")
        .next()
        .unwrap();
    assert!(
        figure.contains("Sumber: Antara, 2015; Medcom.id, 7 Agustus 2017; Antara, 17 November 2016; Banten Day, 18 Juli 2019."),
        "{figure}"
    );
    assert!(
        figure.contains("<details class=\"chart-data\">") && figure.contains("15.372"),
        "{figure}"
    );
    assert!(
        figure.contains("href=\"/ikm/data/wilayah-lebak-jumlah_ikm.csv\""),
        "{figure}"
    );
    let csv = site.read("data/wilayah-lebak-jumlah_ikm.csv");
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("\"wilayah\",\"kode\",\"ukuran\",\"periode\",\"nilai\",\"nilai_rendah\",\"nilai_tinggi\",\"sekitar\",\"sumber\",\"tanggal_berita\",\"berita\",\"keterangan_nilai\""));
    assert!(csv.contains("\"Kabupaten Lebak\",36.02,\"jumlah_ikm\",2015,15372,\"\",\"\",\"tidak\",\"Medcom.id\",\"2017-08-07\",\"https://example.test/ikm/berita/"), "{csv}");
    assert_eq!(csv.lines().count(), 7, "{csv}");
}

/// What `static/search.js` finds for `query` in a built site, done the same
/// way: the manifest, the shards that can hold each word, the entries every
/// word is in, then the chunks of the first results. Returns the results
/// shown, as (title, address), and the bytes read.
fn search(site: &Built, query: &str) -> (Vec<(String, String)>, usize) {
    use serde_json::Value;
    let mut read = 0;
    let mut json = |relative: &str| -> Value {
        let text = site.read(relative);
        read += text.len();
        serde_json::from_str(&text).unwrap()
    };
    let manifest = json("cari/indeks.json");
    // As search.js does: the manifest's address with `{}` filled in, here
    // made relative to the site's root for reading from the output.
    let address = |pattern: &serde_json::Value, fill: &str| -> String {
        let url = pattern.as_str().unwrap().replace("{}", fill);
        url.strip_prefix(common::BASE_PATH).unwrap().to_string()
    };
    let keys: Vec<String> = manifest["shards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.as_str().unwrap().to_string())
        .collect();
    let words = ikm_site::render::placement::search::words_of(query);
    let mut sets: Vec<std::collections::BTreeSet<u64>> = Vec::new();
    let mut titled_sets: Vec<std::collections::BTreeSet<u64>> = Vec::new();
    for q in &words {
        let mut ids = std::collections::BTreeSet::new();
        let mut titled = std::collections::BTreeSet::new();
        for key in keys.iter().filter(|k| match k.strip_suffix('_') {
            Some(exact) => exact.starts_with(q.as_str()),
            None => k.starts_with(q.as_str()) || q.starts_with(k.as_str()),
        }) {
            let shard = json(&address(&manifest["shard_url"], key));
            for (word, list) in shard.as_object().unwrap() {
                if word.starts_with(q.as_str()) {
                    let mut n = 0;
                    for delta in &list.as_array().unwrap()[1..] {
                        n += delta.as_u64().unwrap();
                        ids.insert(n / 2);
                        if n % 2 == 1 {
                            titled.insert(n / 2);
                        }
                    }
                }
            }
        }
        sets.push(ids);
        titled_sets.push(titled);
    }
    let mut found: Vec<u64> = sets[0]
        .iter()
        .copied()
        .filter(|id| sets.iter().all(|s| s.contains(id)))
        .collect();
    found.sort_by_key(|id| (!titled_sets.iter().all(|s| s.contains(id)), *id));
    found.truncate(manifest["shown"].as_u64().unwrap() as usize);
    let chunk = manifest["chunk"].as_u64().unwrap();
    let mut chunks = std::collections::BTreeMap::new();
    let mut results = Vec::new();
    for id in found {
        let rows = chunks
            .entry(id / chunk)
            .or_insert_with(|| json(&address(&manifest["chunk_url"], &(id / chunk).to_string())));
        let row = &rows[(id % chunk) as usize];
        results.push((
            row[0].as_str().unwrap().to_string(),
            row[1].as_str().unwrap().to_string(),
        ));
    }
    (results, read)
}

#[test]
fn search_finds_regions_and_news_by_any_word_start_and_keeps_a_list_without_javascript() {
    let site = real_site();
    let (results, _) = search(&site, "Lebak");
    assert_eq!(
        results.first(),
        Some(&(
            "Kabupaten Lebak".to_string(),
            "/ikm/wilayah/lebak/".to_string()
        )),
        "{results:?}"
    );
    assert!(
        results
            .iter()
            .any(|(_, url)| url.starts_with("/ikm/berita/")),
        "Lebak's news is found too: {results:?}"
    );
    // Two words, the second only begun, accents and case ignored.
    let (results, _) = search(&site, "PEMPROV jal");
    assert!(
        results
            .iter()
            .any(|(title, _)| title == "Pemprov Buka Jalan Untuk IKM Berkembang"),
        "{results:?}"
    );
    let (results, _) = search(&site, "lebak kendari");
    assert!(results.is_empty(), "every word must match: {results:?}");

    let page = site.read("cari/index.html");
    assert!(page.contains("data-index=\"/ikm/cari/indeks.json\""));
    assert!(page.contains("src=\"/ikm/search.js\""));
    // The list every region shows without JavaScript.
    assert!(
        page.contains("href=\"/ikm/wilayah/kota-kendari/\""),
        "fallback list of regions"
    );
}

/// Counts what a build reports, as a progress bar would see it.
#[derive(Default)]
struct Counted {
    stages: std::sync::Mutex<Vec<(ikm_site::progress::Stage, usize)>>,
    done: std::sync::atomic::AtomicUsize,
}

impl ikm_site::progress::Progress for Counted {
    fn stage(&self, stage: ikm_site::progress::Stage, total: usize) {
        self.stages.lock().unwrap().push((stage, total));
    }
    fn done(&self, items: usize) {
        self.done
            .fetch_add(items, std::sync::atomic::Ordering::Relaxed);
    }
}

#[test]
fn a_build_reports_each_stage_and_every_page_and_file() {
    use ikm_site::progress::Stage;
    let dir = tempfile::tempdir().unwrap();
    let options = ikm_site::BuildOptions {
        content_dir: common::site_fixture(),
        output_dir: dir.path().join("site"),
        base_url: None,
    };
    let counted = Counted::default();
    let summary = ikm_site::build_with(&options, &counted).unwrap();
    let stages = counted.stages.lock().unwrap().clone();
    assert_eq!(
        stages,
        [
            (Stage::Load, 0),
            (Stage::Render, summary.files),
            (Stage::Write, 1)
        ]
    );
    // Every file rendered and written was counted, and the swap.
    let done = counted.done.load(std::sync::atomic::Ordering::Relaxed);
    assert_eq!(done, summary.files + 1);
}

/// A kept `Renderer` renders a page alone with the same bytes a full build
/// writes for it (issue 18): a kabupaten's page and the news index (whose
/// summaries are made on demand), found in the outline before anything
/// else is made, then a search shard (whose index is made for it), then
/// all three again.
#[test]
fn a_kept_renderer_renders_one_page_as_the_build_writes_it() {
    let built = real_site();
    // As of the day the build beside it was made, which its pages cite.
    let loaded =
        ikm_site::content::load_on(&site_fixture(), Some(BASE), common::build_day()).unwrap();
    let theme_dir = ikm_site::theme_dir(&site_fixture());
    let theme = ikm_site::content::theme::load(Some(&theme_dir)).unwrap();
    let renderer = ikm_site::render::Renderer::new(&loaded.site, &theme).unwrap();
    let route_in = |routes: &[ikm_site::render::Route], file: &str| {
        routes
            .iter()
            .find(|route| route.file(&loaded.site) == file)
            .cloned()
            .unwrap_or_else(|| panic!("no route writes {file}"))
    };
    let assert_as_built = |file: &str, route: &ikm_site::render::Route| {
        let bytes = renderer.render(route).unwrap();
        assert!(
            bytes == fs::read(built.out().join(file)).unwrap(),
            "{file} differs from the build's"
        );
    };
    let mut pages = Vec::new();
    for file in ["wilayah/lebak/index.html", "berita/index.html"] {
        let route = route_in(&renderer.outline().routes, file);
        assert_as_built(file, &route);
        pages.push((file, route));
    }
    let shard = "cari/kata/le.json";
    pages.push((shard, route_in(&renderer.plan().routes, shard)));
    for (file, route) in &pages {
        assert_as_built(file, route);
    }
}

/// Issue 18, item 5: a library error keeps its cause whole. A build into
/// its own content folder fails with an output error, reachable as the
/// error's `source` with its message's id, not only as text.
#[test]
fn a_build_error_keeps_its_cause_as_its_source() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    common::write_test_site(&content);
    let error = ikm_site::build(&ikm_site::BuildOptions {
        content_dir: content.clone(),
        output_dir: content.join("public"),
        base_url: None,
    })
    .unwrap_err();
    let source = std::error::Error::source(&error).expect("the error has a source");
    let output = source
        .downcast_ref::<ikm_site::output::OutputError>()
        .expect("the source is the output error");
    assert_eq!(output.0.id(), "output-refused");
    assert_eq!(source.to_string(), output.0.to_string());
}
