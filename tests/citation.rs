//! Issue 20, item 4: the "Cara mengutip" block of region, news and free
//! pages, built from the fixtures into temporary folders: the citation's
//! title, address under the base path, outlet and article date at its
//! precision, its BibTeX, the day it cites (pinned by `build_on` or
//! `SOURCE_DATE_EPOCH`, never the day the tests run) and its escaping.

mod common;

use std::process::Command;

use common::{build_into_temp, repo, site_fixture, BASE};

/// The text of `<pre id="ID">…</pre>` in `html`, unescaped as a browser
/// shows it (and as the copy button copies it).
fn pre(html: &str, id: &str) -> String {
    let open = format!("<pre id=\"{id}\"");
    let tag = html.find(&open).unwrap_or_else(|| panic!("no {open}"));
    let start = tag + html[tag..].find('>').unwrap() + 1;
    let end = start + html[start..].find("</pre>").unwrap();
    let text = &html[start..end];
    assert!(!text.contains('<'), "markup inside the citation: {text}");
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#x2F;", "/")
        .replace("&amp;", "&")
}

/// The block as the page gives it, in order, with no dead button: each
/// button is `hidden` until the script (loaded from the base path) shows it.
fn assert_block(html: &str) {
    let start = html
        .find("<section class=\"cite\"")
        .expect("no citation block");
    let block = &html[start..];
    let block = &block[..block.find("</section>").unwrap()];
    assert!(block.contains("<h2 id=\"cara-mengutip\">Cara mengutip</h2>"));
    for target in ["kutipan-teks", "kutipan-bibtex"] {
        assert!(
            block.contains(&format!(
                "<button type=\"button\" data-copy=\"{target}\" hidden>"
            )),
            "{block}"
        );
    }
    assert!(block.contains("role=\"status\" aria-live=\"polite\""));
    assert!(html.contains("<script src=\"/ikm/cite.js\" defer></script>"));
    assert_eq!(html.matches("id=\"cara-mengutip\"").count(), 1);
}

#[test]
fn a_region_page_cites_the_site_its_name_the_build_day_and_its_address() {
    let site = build_into_temp(&site_fixture(), Some(BASE));
    let html = site.read("wilayah/lebak/index.html");
    assert_block(&html);
    assert_eq!(
        pre(&html, "kutipan-teks"),
        "Kabar IKM Daerah. (2026). Kabupaten Lebak. Diakses 4 Desember 2026, dari \
         https://example.test/ikm/wilayah/lebak/"
    );
    assert_eq!(
        pre(&html, "kutipan-bibtex"),
        "@misc{wilayah-lebak,\n  author = {{Kabar IKM Daerah}},\n  \
         title = {{Kabupaten Lebak}},\n  year = {2026},\n  \
         url = {https://example.test/ikm/wilayah/lebak/},\n  urldate = {2026-12-04},\n  \
         note = {Diakses 4 Desember 2026}\n}"
    );
    // The free page carries it too, under its own address.
    let about = site.read("tentang/index.html");
    assert_block(&about);
    assert!(pre(&about, "kutipan-teks").ends_with(", dari https://example.test/ikm/tentang/"));
    assert!(pre(&about, "kutipan-bibtex").starts_with("@misc{tentang,\n"));
    common::assert_internal_links_resolve(&site.out(), common::BASE_PATH);
}

#[test]
fn a_news_page_cites_its_outlet_and_the_articles_date_at_its_precision() {
    let site = build_into_temp(&site_fixture(), Some(BASE));
    let html = site.read("berita/lebak-produk-ikm-masuk-ritel-2019/index.html");
    assert_block(&html);
    assert_eq!(
        pre(&html, "kutipan-teks"),
        "Kabar IKM Daerah. (2026). Jumlah Produk IKM/UKM Masuk Waralaba Relatif Masih Kecil, \
         Iti Octavia Ogah Pasang Target Tinggi [Ringkasan berita Banten Day, 18 Juli 2019]. \
         Diakses 4 Desember 2026, dari \
         https://example.test/ikm/berita/lebak-produk-ikm-masuk-ritel-2019/"
    );
    let bibtex = pre(&html, "kutipan-bibtex");
    assert!(bibtex.starts_with("@misc{berita-lebak-produk-ikm-masuk-ritel-2019,\n"));
    assert!(bibtex.contains(
        "  note = {Ringkasan berita Banten Day, 18 Juli 2019. Diakses 4 Desember 2026}\n"
    ));

    let order = build_into_temp(&repo().join("tests/fixtures/order/content"), None);
    for (id, source) in [
        ("satu-bulan", "Kabar Uji, Juni 2021"),
        ("satu-tahun", "Kabar Uji, 2020"),
        ("satu-tanpa-tanggal", "Warta Uji, tanggal tidak diketahui"),
    ] {
        let html = order.read(&format!("berita/{id}/index.html"));
        let text = pre(&html, "kutipan-teks");
        assert!(
            text.contains(&format!(" [Ringkasan berita {source}]. Diakses 4 Desember 2026, dari https://example.test/ikm/berita/{id}/")),
            "{text}"
        );
        assert!(
            pre(&html, "kutipan-bibtex").contains(&format!("note = {{Ringkasan berita {source}. "))
        );
    }
}

#[test]
fn a_hostile_title_is_escaped_in_the_html_and_in_the_bibtex() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    common::copy_tree(&repo().join("tests/fixtures/order/content"), &content);
    let file = content.join("regions/kabupaten-satu.yaml");
    let yaml = std::fs::read_to_string(&file).unwrap();
    let hostile = r#"{Uji} 100% & $5 #1 a_b ^ ~ \relax "kutip" </script><b>Lébak</b>"#;
    let edited = yaml.replace(
        "title: Berita uji satu, 14 Maret 2022",
        &format!("title: '{hostile}'"),
    );
    assert_ne!(edited, yaml, "the title was not replaced");
    std::fs::write(&file, edited).unwrap();

    let site = build_into_temp(&content, None);
    let html = site.read("berita/satu-hari/index.html");
    assert_block(&html);
    // Never markup: the only `</script>` is the copy script's own, and the
    // title's `<b>` stays text.
    assert_eq!(html.matches("</script>").count(), 1);
    assert!(!html.contains("<b>"));
    assert!(html.contains(
        "{Uji} 100% &amp; $5 #1 a_b ^ ~ \\relax &quot;kutip&quot; &lt;/script&gt;&lt;b&gt;Lébak&lt;/b&gt; [Ringkasan"
    ));
    assert!(pre(&html, "kutipan-teks").contains(&format!("(2026). {hostile} [Ringkasan berita")));
    assert!(pre(&html, "kutipan-bibtex").contains(
        "  title = {{\\{Uji\\} 100\\% \\& \\$5 \\#1 a\\_b \\textasciicircum{} \\textasciitilde{} \
         \\textbackslash{}relax \"kutip\" \\textless{}/script\\textgreater{}\\textless{}b\\textgreater{}\
         Lébak\\textless{}/b\\textgreater{}}},\n"
    ));
}

/// Runs the binary's `build` of `content` (relative to the package root,
/// so messages name it the same way on every machine) into `out` with
/// `env`, giving its exit code and stderr.
fn build_with_env(
    content: &str,
    out: &std::path::Path,
    env: &[(&str, &str)],
    lang: &str,
) -> (Option<i32>, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_ikm-site"));
    command
        .current_dir(repo())
        .env_remove("SOURCE_DATE_EPOCH")
        .args(["build", "--quiet", "--lang", lang, "--content", content])
        .arg("--output")
        .arg(out);
    for (key, value) in env {
        command.env(key, value);
    }
    let (code, _, stderr) = common::outcome(command.output().unwrap());
    (code, stderr)
}

const ORDER: &str = "tests/fixtures/order/content";

#[test]
fn source_date_epoch_fixes_the_cited_day_and_two_builds_are_identical() {
    let dir = tempfile::tempdir().unwrap();
    // 2025-07-18T23:30:00Z: the day is taken in UTC.
    let epoch = [("SOURCE_DATE_EPOCH", "1752881400")];
    let (first, second) = (dir.path().join("a"), dir.path().join("b"));
    assert_eq!(
        build_with_env(ORDER, &first, &epoch, "id"),
        (Some(0), String::new())
    );
    assert_eq!(
        build_with_env(ORDER, &second, &epoch, "id"),
        (Some(0), String::new())
    );
    let (a, b) = (common::files_of(&first), common::files_of(&second));
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (name, bytes) in &a {
        assert!(b[name] == *bytes, "{name} differs between two builds");
    }
    let html = String::from_utf8(a["wilayah/kabupaten-satu/index.html"].clone()).unwrap();
    assert!(pre(&html, "kutipan-teks")
        .contains(". (2025). Kabupaten Satu. Diakses 18 Juli 2025, dari "));
    assert!(pre(&html, "kutipan-bibtex").contains("  urldate = {2025-07-18},\n"));
    assert!(a.contains_key("cite.js"));

    // Built in-process on a pinned day, the same content gives the same bytes.
    let (one, two) = (
        build_into_temp(&repo().join("tests/fixtures/order/content"), None),
        build_into_temp(&repo().join("tests/fixtures/order/content"), None),
    );
    assert!(one.files() == two.files(), "two builds on one day differ");
}

#[test]
fn a_malformed_source_date_epoch_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut shown = String::new();
    for lang in ["id", "en"] {
        let out = dir.path().join(lang);
        let (code, stderr) = build_with_env(
            "tests/fixtures/site/content",
            &out,
            &[("SOURCE_DATE_EPOCH", "4 Desember 2026")],
            lang,
        );
        assert_eq!(code, Some(1));
        assert!(!out.exists(), "nothing is written");
        shown.push_str(&format!("── --lang {lang} ──\n{stderr}"));
    }
    insta::assert_snapshot!(shown);
}
