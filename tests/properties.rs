//! Property tests over generated content folders: whatever an author (or
//! an attacker) writes, loading and rendering end in a site or in
//! diagnostics, never a panic, and the same folder always gives the same
//! bytes. The fuzz targets in `fuzz/` run the same pipeline for far longer
//! on nightly; these run on every `cargo test` (set `PROPTEST_CASES` for
//! more cases).

use std::fs;
use std::path::Path;

use proptest::prelude::*;

/// Generated regions are made up: not checked against the official list.
const SITE: &str = "title: Uji\nbase_url: https://example.test/ikm/\nofficial_regions: false\n";
const METRICS: &str = "jumlah_ikm:\n  label: Jumlah IKM\n  kind: count\npertumbuhan_ikm:\n  label: Pertumbuhan\n  kind: percent\n";
const PROVINCE: &str = "name: Provinsi Uji\nlevel: provinsi\ncode: \"36\"\n";

/// A date of any precision, odd ones included (0000, 2999, month 13).
fn date() -> impl Strategy<Value = String> {
    prop_oneof![
        (0u32..3000).prop_map(|y| format!("{y:04}")),
        (1990u32..2030, 0u32..14).prop_map(|(y, m)| format!("{y}-{m:02}")),
        (1990u32..2030, 1u32..13, 0u32..33).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}")),
        "[0-9x./-]{0,12}",
    ]
}

/// A value as an author might type it, Indonesian slips included.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        (0u64..2_000_000).prop_map(|v| v.to_string()),
        (0u32..1000, 0u32..1000).prop_map(|(a, b)| format!("{a}.{b:03}")),
        (0.0f64..100.0).prop_map(|v| format!("{v:.3}")),
        Just("-5".to_string()),
        Just("~".to_string()),
        Just("1e400".to_string()),
        "[0-9.,]{1,9}",
    ]
}

/// Markdown with nesting, footnotes, raw HTML and unicode.
fn markdown() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[a-zA-Z ]{0,20}",
        (1usize..40).prop_map(|n| ">".repeat(n)),
        (1usize..30).prop_map(|n| "- ".repeat(n)),
        Just("[^isi] [^1]\n\n[^isi]: catatan".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        Just("**tebal** _miring_ `kode`".to_string()),
        Just("| a | b |\n|---|---|\n| 1 | 2 |".to_string()),
        Just("Ⅻ ünï 😀 \u{202E}".to_string()),
    ];
    proptest::collection::vec(piece, 0..6).prop_map(|parts| parts.join("\n"))
}

fn figure() -> impl Strategy<Value = String> {
    (
        prop_oneof![
            Just("jumlah_ikm"),
            Just("pertumbuhan_ikm"),
            Just("tidak_ada")
        ],
        value(),
        proptest::option::of(date()),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(metric, value, as_of, approx, range)| {
            let amount = if range {
                format!("range: [{value}, {value}9]")
            } else {
                format!("value: {value}")
            };
            let as_of = as_of.map_or(String::new(), |d| format!("\n        as_of: \"{d}\""));
            format!("      - metric: {metric}\n        {amount}\n        approx: {approx}{as_of}\n")
        })
}

fn news_item(index: usize) -> impl Strategy<Value = String> {
    (
        "[a-z]{1,8}",
        proptest::option::of(date()),
        markdown(),
        proptest::collection::vec(prop_oneof![Just("makanan"), Just("makanann"), Just("kopi")], 0..3),
        proptest::collection::vec(figure(), 0..4),
    )
        .prop_map(move |(id, published, summary, sectors, figures)| {
            let published = published.map_or(String::new(), |d| format!("    published: \"{d}\"\n"));
            let summary = summary.replace('\n', "\n      ");
            let sectors = sectors.join(", ");
            format!(
                "  - id: {id}-{index}\n    title: Judul\n    outlet: Kabar\n{published}    summary: |\n      {summary}\n    sectors: [{sectors}]\n    figures:\n{}",
                figures.concat()
            )
        })
}

/// A regency file: mostly well formed, with generated values in it.
fn region_file() -> impl Strategy<Value = String> {
    (
        markdown(),
        proptest::collection::vec(news_item(0), 0..3),
        proptest::collection::vec(news_item(1), 0..2),
        any::<bool>(),
    )
        .prop_map(|(summary, first, second, crlf)| {
            let summary = summary.replace('\n', "\n  ");
            let text = format!(
                "name: Kabupaten Uji\nlevel: kabupaten\nparent: provinsi-uji\ncode: \"36.01\"\nsummary: |\n  {summary}\nnews:\n{}{}",
                first.concat(),
                second.concat()
            );
            if crlf {
                text.replace('\n', "\r\n")
            } else {
                text
            }
        })
}

fn write_content(root: &Path, region: &[u8], page: &str) {
    fs::create_dir_all(root.join("regions")).unwrap();
    fs::create_dir_all(root.join("pages")).unwrap();
    fs::write(root.join("site.yaml"), SITE).unwrap();
    fs::write(root.join("metrics.yaml"), METRICS).unwrap();
    fs::write(root.join("regions/provinsi-uji.yaml"), PROVINCE).unwrap();
    fs::write(root.join("regions/kabupaten-uji.yaml"), region).unwrap();
    fs::write(
        root.join("pages/halaman.md"),
        format!("---\ntitle: Halaman\n---\n{page}\n"),
    )
    .unwrap();
}

/// Loads and renders twice; the two results must be identical, bytes and
/// diagnostics alike.
fn render_twice(region: &[u8], page: &str) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("content");
    write_content(&root, region, page);
    let outcome = |_: ()| match ikm_site::render_site(&root, None) {
        Ok((site, warnings)) => Ok((site.files, warnings.to_string())),
        Err(error) => Err(error.to_string()),
    };
    let first = outcome(());
    let second = outcome(());
    assert!(first == second, "two renders of the same folder differ");
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(256),
        ..ProptestConfig::default()
    })]

    #[test]
    fn generated_content_never_panics_and_renders_the_same_twice(
        region in region_file(),
        page in markdown(),
    ) {
        render_twice(region.as_bytes(), &page);
    }

    #[test]
    fn random_bytes_as_a_region_file_never_panic(
        bytes in proptest::collection::vec(any::<u8>(), 0..400),
    ) {
        render_twice(&bytes, "Isi.");
    }

    #[test]
    fn a_region_file_with_random_lines_spliced_in_never_panics(
        region in region_file(),
        junk in "[ -~\t\u{85}\u{1b}]{0,40}",
        at in any::<proptest::sample::Index>(),
    ) {
        let lines: Vec<&str> = region.lines().collect();
        let split = at.index(lines.len() + 1);
        let spliced = [&lines[..split], &[junk.as_str()], &lines[split..]].concat().join("\n");
        render_twice(spliced.as_bytes(), "Isi.");
    }
}

/// Text shaped like an article: words, Indonesian numbers, dates, weekdays.
fn article_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[A-Za-z]{1,10}",
        "[0-9]{1,3}(\\.[0-9]{3}){0,3}",
        "[0-9]{1,3},[0-9]{1,2} (persen|juta|ribu)",
        "(Senin|Kamis|Sabtu) \\([0-9]{1,2}/[0-9]{1,2}(/20[0-9]{2})?\\)",
        "(dari )?[0-9.]{1,7} menjadi [0-9.]{1,7}",
        "[0-9]{1,2}-[0-9]{1,3} persen",
        "(\\. |\\n|, |\\(ANT\\)|RADARLAMPUNG\\.CO\\.ID - )",
        ".{0,6}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|parts| parts.join(" "))
}

proptest! {
    /// `draft` on any text ends in a news item that reads back as YAML.
    #[test]
    fn a_draft_of_any_text_never_panics_and_is_yaml(text in article_text()) {
        let metrics = [ikm_site::model::Metric {
            id: "jumlah_ikm".into(),
            label: "Jumlah IKM".into(),
            unit: Some("unit usaha".into()),
            kind: ikm_site::model::MetricKind::Count,
            growth_of: None,
        }];
        let today = ikm_site::model::PartialDate::day(2026, 11, 30).unwrap();
        let draft = ikm_site::authoring::draft::draft(&text, &metrics, &Default::default(), today);
        let yaml = ikm_site::authoring::draft::to_yaml(&draft, None, "a.txt");
        let parsed: Result<serde_yaml::Value, _> = serde_yaml::from_str(&format!("news:\n{yaml}"));
        prop_assert!(parsed.is_ok(), "{yaml}\n{parsed:?}");
    }
}

/// A number as an article writes it (`64.099.460.295.929`, `12,5 juta`,
/// `3,125`), and its exact digits, worked out here apart from `draft`.
fn written_number() -> impl Strategy<Value = (String, String)> {
    (
        "[1-9][0-9]{0,19}",
        prop::option::of("[0-9]{1,4}"),
        0usize..5,
        any::<bool>(),
    )
        .prop_map(|(whole, fraction, multiplier, grouped)| {
            let mut written = if grouped {
                let first = match whole.len() % 3 {
                    0 => 3,
                    n => n,
                };
                let mut text = whole[..first].to_string();
                for group in whole.as_bytes()[first..].chunks(3) {
                    text.push('.');
                    text.push_str(std::str::from_utf8(group).unwrap());
                }
                text
            } else {
                whole.clone()
            };
            let fraction = fraction.unwrap_or_default();
            if !fraction.is_empty() {
                written = format!("{written},{fraction}");
            }
            let (word, power) = [
                ("", 0),
                (" ribu", 3),
                (" juta", 6),
                (" miliar", 9),
                (" triliun", 12),
            ][multiplier];
            written.push_str(word);
            // The digits moved by the multiplier, by hand.
            let digits = format!("{whole}{fraction}");
            let point = whole.len() + power;
            let digits = format!("{digits}{}", "0".repeat(point.saturating_sub(digits.len())));
            let (int_part, frac_part) = digits.split_at(point);
            let frac_part = frac_part.trim_end_matches('0');
            let exact = if frac_part.is_empty() {
                int_part.to_string()
            } else {
                format!("{int_part}.{frac_part}")
            };
            (written, exact)
        })
}

proptest! {
    /// Issue 16: every number `draft` writes as a value reads back (as
    /// YAML, the way `check` reads it) equal to the article's digits.
    #[test]
    fn every_number_draft_writes_reads_back_as_the_articles_digits(
        numbers in prop::collection::vec((written_number(), any::<bool>()), 1..12)
    ) {
        let metric = |id: &str, label: &str, unit: &str, kind| ikm_site::model::Metric {
            id: id.into(),
            label: label.into(),
            unit: Some(unit.into()),
            kind,
            growth_of: None,
        };
        let metrics = [
            metric("jumlah_ikm", "Jumlah IKM", "unit usaha", ikm_site::model::MetricKind::Count),
            metric("pertumbuhan_ikm", "Pertumbuhan IKM", "%", ikm_site::model::MetricKind::Percent),
        ];
        let text: Vec<String> = numbers
            .iter()
            .map(|((written, _), percent)| match percent {
                true => format!("Pertumbuhan IKM {written} persen."),
                false => format!("Jumlah IKM {written} unit."),
            })
            .collect();
        let text = format!("Angka IKM Daerah Uji\n\n{}", text.join(" Lalu "));
        let exact: std::collections::HashSet<&str> =
            numbers.iter().map(|((_, exact), _)| exact.as_str()).collect();
        let today = ikm_site::model::PartialDate::day(2026, 11, 30).unwrap();
        let draft = ikm_site::authoring::draft::draft(&text, &metrics, &Default::default(), today);
        let yaml = ikm_site::authoring::draft::to_yaml(&draft, None, "a.txt");
        let parsed: serde_yaml::Value = serde_yaml::from_str(&format!("news:\n{yaml}")).unwrap();
        let figures = parsed["news"][0]["figures"].as_sequence().cloned().unwrap_or_default();
        for figure in &figures {
            let mut written = vec![&figure["value"]];
            if let Some(range) = figure["range"].as_sequence() {
                written.extend(range);
            }
            for value in written.into_iter().filter(|v| !v.is_null()) {
                let read = value.as_f64().map(|v| v.to_string());
                prop_assert!(
                    read.as_deref().is_some_and(|r| exact.contains(r)),
                    "{value:?} is none of {exact:?}\n{text}\n{yaml}"
                );
            }
        }
    }
}
