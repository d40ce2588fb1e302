//! `ikm-site new`: starter files that land in the right place, pass
//! `check`, and never replace anything.

mod common;

use std::path::Path;
use std::process::Command;

use common::{copy_tree, repo, site_fixture};
use ikm_site::model::RegionId;

fn ikm_site(root: &Path, args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_ikm-site"))
        .args(args)
        .arg("--content")
        .arg(root.join("content"))
        .args(["--lang", "en"])
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

/// `ikm-site ARGS --content content` run in `root`, in both languages, as
/// [`common::run_in_both_languages`] shows it: what the snapshots of the
/// command's errors pin.
fn refused(root: &Path, args: &[&str]) -> String {
    let args: Vec<&str> = args
        .iter()
        .copied()
        .chain(["--content", "content"])
        .collect();
    common::run_in_both_languages(root, &args)
}

/// A copy of the site fixture (a frozen copy of the shipped content) and
/// the schemas in a temporary folder.
fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&site_fixture(), &dir.path().join("content"));
    copy_tree(&repo().join("docs/schema"), &dir.path().join("docs/schema"));
    dir
}

fn loads(root: &Path) -> ikm_site::content::Loaded {
    ikm_site::content::load(&root.join("content"), None)
        .unwrap_or_else(|d| panic!("the content no longer loads:\n{d}"))
}

#[test]
fn a_new_regency_is_written_beside_its_province_and_passes_check() {
    let dir = project();
    let root = dir.path();
    let (status, stdout, stderr) = ikm_site(
        root,
        &[
            "new",
            "region",
            "serang",
            "--level",
            "kabupaten",
            "--parent",
            "banten",
            "--name",
            "Kabupaten Serang",
        ],
    );
    assert_eq!(status, 0, "{stderr}");
    let path = root.join("content/regions/banten/serang.yaml");
    assert!(stdout.contains("serang.yaml"), "{stdout}");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text
        .starts_with("# yaml-language-server: $schema=../../../docs/schema/region.schema.json\n"));
    assert!(path
        .parent()
        .unwrap()
        .join("../../../docs/schema/region.schema.json")
        .is_file());
    let loaded = loads(root);
    let serang = loaded
        .site
        .regions
        .iter()
        .find(|r| r.slug == "serang")
        .unwrap();
    assert_eq!(serang.name, "Kabupaten Serang");
}

#[test]
fn a_new_province_gets_its_own_folder() {
    let dir = project();
    let root = dir.path();
    let (status, _, stderr) = ikm_site(
        root,
        &[
            "new",
            "region",
            "jawa-barat",
            "--level",
            "provinsi",
            "--name",
            "Provinsi Jawa Barat",
        ],
    );
    assert_eq!(status, 0, "{stderr}");
    assert!(root
        .join("content/regions/jawa-barat/jawa-barat.yaml")
        .is_file());
    loads(root);
}

#[test]
fn a_new_kecamatan_and_desa_go_beside_their_parents_and_pass_check() {
    let dir = project();
    let root = dir.path();
    let new_region = |slug: &str, level: &str, parent: &str, name: &str| {
        ikm_site(
            root,
            &[
                "new", "region", slug, "--level", level, "--parent", parent, "--name", name,
            ],
        )
    };
    let (status, _, stderr) = new_region(
        "rangkasbitung",
        "kecamatan",
        "lebak",
        "Kecamatan Rangkasbitung",
    );
    assert_eq!(status, 0, "{stderr}");
    let (status, _, stderr) = new_region(
        "muara-ciujung-timur",
        "kelurahan",
        "rangkasbitung",
        "Kelurahan Muara Ciujung Timur",
    );
    assert_eq!(status, 0, "{stderr}");
    let kelurahan = root.join("content/regions/banten/muara-ciujung-timur.yaml");
    let text = std::fs::read_to_string(&kelurahan).unwrap();
    assert!(text.contains("code: \"36.02.14.1012\""), "{text}");
    let loaded = loads(root);
    let slug_of = |id: RegionId| loaded.site.regions[id].slug.as_str();
    let chain: Vec<&str> = loaded
        .site
        .region_ids()
        .find(|&r| loaded.site.regions[r].slug == "muara-ciujung-timur")
        .map(|id| loaded.site.ancestors(id).into_iter().map(slug_of).collect())
        .unwrap();
    assert_eq!(chain, ["rangkasbitung", "lebak", "banten"]);

    // A misspelt level: the closest is suggested, as `check` does. A desa
    // must name a kecamatan: Lebak is a kabupaten. For a kecamatan that
    // does not exist yet, the command to create it names its own parent,
    // since a kecamatan needs one.
    let refused_region = |level: &str, parent: &str, name: &str| {
        refused(
            root,
            &[
                "new",
                "region",
                "sukamanah",
                "--level",
                level,
                "--parent",
                parent,
                "--name",
                name,
            ],
        )
    };
    let shown = [
        refused_region("kecamatn", "lebak", "Kecamatan Sukamanah"),
        refused_region("desa", "lebak", "Desa Sukamanah"),
        refused_region("desa", "cibeber", "Desa Sukamanah"),
    ];
    insta::assert_snapshot!(shown.join("\n"));
    assert!(!root.join("content/regions/banten/sukamanah.yaml").exists());
}

/// Issue 21, item 10: the starter showed Lebak's code (`# code: "36.02"`)
/// for every regency and took any name. It now writes the official code,
/// keeps a name that is official but for spacing, puts the official name in
/// place of a misspelt one (saying so), and refuses a name the list lacks.
#[test]
fn new_region_writes_the_official_code_and_name() {
    let dir = project();
    let root = dir.path();
    let new_region = |slug: &str, level: &str, parent: Option<&str>, name: &str| {
        let mut args = vec!["new", "region", slug, "--level", level, "--name", name];
        if let Some(parent) = parent {
            args.extend(["--parent", parent]);
        }
        let (status, stdout, stderr) = ikm_site(root, &args);
        assert_eq!(status, 0, "{slug}: {stderr}");
        let path = stdout
            .lines()
            .last()
            .and_then(|line| line.strip_prefix("Wrote "))
            .and_then(|line| line.split_once(';'))
            .map(|(path, _)| path.to_string())
            .unwrap_or_default();
        let written = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{stdout}: {e}"));
        let value: serde_yaml::Value = serde_yaml::from_str(&written).unwrap();
        let field = |key: &str| value[key].as_str().map(str::to_string);
        (field("name"), field("code"), stdout)
    };
    let (name, code, _) = new_region(
        "kalimantan-tengah",
        "provinsi",
        None,
        "Provinsi Kalimantan Tengah",
    );
    assert_eq!(
        (name.as_deref(), code.as_deref()),
        (Some("Provinsi Kalimantan Tengah"), Some("62"))
    );
    // Official but for spacing: kept as written, with the list's code.
    let (name, code, stdout) = new_region(
        "palangka-raya",
        "kota",
        Some("kalimantan-tengah"),
        "Kota Palangka Raya",
    );
    assert_eq!(
        (name.as_deref(), code.as_deref()),
        (Some("Kota Palangka Raya"), Some("62.71"))
    );
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    let (name, code, _) = new_region("baubau", "kota", Some("sulawesi-tenggara"), "Kota Baubau");
    assert_eq!(
        (name.as_deref(), code.as_deref()),
        (Some("Kota Baubau"), Some("74.72"))
    );
    // A misspelling: the official name is written, and the author told.
    let (name, code, stdout) = new_region(
        "lebak-selatan",
        "kabupaten",
        Some("banten"),
        "Kabupaten Lebakk",
    );
    assert_eq!(
        (name.as_deref(), code.as_deref()),
        (Some("Kabupaten Lebak"), Some("36.02"))
    );
    assert!(
        stdout.starts_with("`Kabupaten Lebakk` is not in the Kemendagri list; wrote its official name `Kabupaten Lebak` (code `36.02`) instead"),
        "{stdout}"
    );
    std::fs::remove_file(root.join("content/regions/banten/lebak-selatan.yaml")).unwrap();
    // What was written passes `check`.
    loads(root);

    // A name the list lacks, and one it has twice: refused, the closest
    // or the matches listed, nothing written.
    let unknown = refused(
        root,
        &[
            "new",
            "region",
            "zzz",
            "--level",
            "kabupaten",
            "--parent",
            "banten",
            "--name",
            "Kabupaten Qwxyz",
        ],
    );
    assert!(!root.join("content/regions/banten/zzz.yaml").exists());
    std::fs::write(
        root.join("content/official-regions.tsv"),
        "36\tBanten\n36.02\tKabupaten Lebak\n36.02.14\tRangkasbitung\n36.02.14.2001\tSukamaju\n36.02.14.2002\tSukamaju\n",
    )
    .unwrap();
    let (status, _, stderr) = ikm_site(
        root,
        &[
            "new",
            "region",
            "rangkasbitung",
            "--level",
            "kecamatan",
            "--parent",
            "lebak",
            "--name",
            "Kecamatan Rangkasbitung",
        ],
    );
    assert_eq!(status, 0, "{stderr}");
    let several = refused(
        root,
        &[
            "new",
            "region",
            "sukamaju",
            "--level",
            "desa",
            "--parent",
            "rangkasbitung",
            "--name",
            "Desa Sukamaju",
        ],
    );
    assert!(!root.join("content/regions/banten/sukamaju.yaml").exists());
    insta::assert_snapshot!(format!("{unknown}\n{several}"));
}

/// `official_regions: false`: nothing is looked up, and no other region's
/// code is offered as an example.
#[test]
fn new_region_without_the_official_check_offers_no_code() {
    let dir = project();
    let root = dir.path();
    let site = root.join("content/site.yaml");
    let text = std::fs::read_to_string(&site).unwrap();
    std::fs::write(&site, format!("{text}official_regions: false\n")).unwrap();
    let (status, _, stderr) = ikm_site(
        root,
        &[
            "new",
            "region",
            "rekaan",
            "--level",
            "kabupaten",
            "--parent",
            "banten",
            "--name",
            "Kabupaten Rekaan",
        ],
    );
    assert_eq!(status, 0, "{stderr}");
    let written = std::fs::read_to_string(root.join("content/regions/banten/rekaan.yaml")).unwrap();
    assert!(written.contains("# code: \"…\""), "{written}");
    assert!(!written.contains("36.02"), "{written}");
}

#[test]
fn new_refuses_to_overwrite_and_names_an_unknown_parent() {
    let dir = project();
    let root = dir.path();
    let lebak = root.join("content/regions/banten/lebak.yaml");
    let before = std::fs::read(&lebak).unwrap();
    let exists = refused(
        root,
        &[
            "new", "region", "lebak", "--level", "kota", "--parent", "banten", "--name", "X",
        ],
    );
    assert_eq!(std::fs::read(&lebak).unwrap(), before);

    let unknown = refused(
        root,
        &[
            "new",
            "region",
            "serang",
            "--level",
            "kabupaten",
            "--parent",
            "bantn",
            "--name",
            "Kabupaten Serang",
        ],
    );
    insta::assert_snapshot!(format!("{exists}\n{unknown}"));
    assert!(!root.join("content/regions/banten/serang.yaml").exists());
}

#[test]
fn new_news_appends_an_item_with_a_fresh_id_that_check_flags_until_filled_in() {
    let dir = project();
    let root = dir.path();
    for expected in ["lebak-berita-1", "lebak-berita-2"] {
        let (status, stdout, stderr) = ikm_site(root, &["new", "news", "--region", "lebak"]);
        assert_eq!(status, 0, "{stderr}");
        assert!(stdout.contains(expected), "{stdout}");
    }
    let loaded = loads(root);
    let ids: Vec<&str> = loaded.site.news.iter().map(|n| n.id.as_str()).collect();
    assert!(
        ids.contains(&"lebak-berita-1") && ids.contains(&"lebak-berita-2"),
        "{ids:?}"
    );
    let todo: Vec<_> = loaded
        .warnings
        .iter()
        .filter(|w| w.code() == "field-todo")
        .collect();
    assert_eq!(todo.len(), 6, "{}", loaded.warnings);

    let misspelt = refused(root, &["new", "news", "--region", "lebk"]);
    // Found by a new user: outside a project the message blamed the slug.
    let elsewhere = tempfile::tempdir().unwrap();
    let outside = refused(elsewhere.path(), &["new", "news", "--region", "lebak"]);
    insta::assert_snapshot!(format!("{misspelt}\n{outside}"));
}

/// Issue 16, item 2: with `content/regions` or a province folder a link
/// to a folder outside, `new` wrote there and exited 0, while `check`
/// refuses the same link.
#[test]
fn new_refuses_to_write_through_a_symbolic_link_as_check_refuses_to_read_one() {
    let dir = project();
    let root = dir.path();
    let outside = root.join("outside");
    std::fs::create_dir_all(outside.join("evil")).unwrap();
    std::os::unix::fs::symlink(outside.join("evil"), root.join("content/regions/evil")).unwrap();
    let new_province = [
        "new", "region", "evil", "--level", "provinsi", "--name", "Evil",
    ];
    let province_linked = refused(root, &new_province);
    assert!(!outside.join("evil/evil.yaml").exists());

    // The whole regions folder a link: neither command writes through it.
    std::fs::remove_file(root.join("content/regions/evil")).unwrap();
    std::fs::rename(root.join("content/regions"), outside.join("regions")).unwrap();
    std::os::unix::fs::symlink(outside.join("regions"), root.join("content/regions")).unwrap();
    let lebak = outside.join("regions/banten/lebak.yaml");
    let before = std::fs::read(&lebak).unwrap();
    let regions_linked = refused(root, &new_province);
    assert!(!outside.join("regions/evil").exists());
    let news = refused(root, &["new", "news", "--region", "lebak"]);
    assert_eq!(std::fs::read(&lebak).unwrap(), before);
    insta::assert_snapshot!([province_linked, regions_linked, news].join("\n"));
}

/// A region file of the project in `root`, written as `text`.
fn region_file(root: &Path, relative: &str, text: &str) -> std::path::PathBuf {
    let path = root.join("content/regions").join(relative);
    std::fs::write(&path, text).unwrap();
    path
}

/// Issue 16, item 4: in a flow-style file a line `news: []` inside a quoted
/// summary took the starter, and the summary published its YAML text.
#[test]
fn new_news_refuses_a_flow_style_file_and_leaves_it_as_it_was() {
    let dir = project();
    let root = dir.path();
    let text = "{name: Kota Serang, level: kota, parent: banten,\nsummary: \"Ringkasan.\nnews: []\nSelesai.\", news: []}\n";
    let path = region_file(root, "banten/kota-serang.yaml", text);
    loads(root);
    let mapping = refused(root, &["new", "news", "--region", "kota-serang"]);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);

    // A flow list with items: refused too, with its own fix.
    let text = "name: Kota Serang\nlevel: kota\nparent: banten\nnews: [{id: kota-serang-a, title: A, outlet: B, summary: C}]\n";
    region_file(root, "banten/kota-serang.yaml", text);
    let list = refused(root, &["new", "news", "--region", "kota-serang"]);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    insta::assert_snapshot!(format!("{mapping}\n{list}"));
}

/// Issue 16, item 4: the item goes at the end of the real `news` list even
/// when other fields follow it, and the rest of the file is unchanged.
#[test]
fn new_news_adds_to_a_list_that_other_fields_follow() {
    let dir = project();
    let root = dir.path();
    let text = "name: Kota Serang\nlevel: kota\nnews:\n- id: kota-serang-a\n  title: A\n  outlet: B\n  summary: |\n    # Catatan\n\n# induknya\nparent: banten\n";
    let path = region_file(root, "banten/kota-serang.yaml", text);
    let (status, stdout, stderr) = ikm_site(root, &["new", "news", "--region", "kota-serang"]);
    assert_eq!(status, 0, "{stderr}");
    assert!(stdout.contains("kota-serang-berita-1"), "{stdout}");
    let written = std::fs::read_to_string(&path).unwrap();
    assert!(
        written.starts_with(&text[..text.find("\n# induknya").unwrap()])
            && written.contains("\n- id: kota-serang-berita-1\n  title: 'TODO")
            && written.ends_with("\n\n# induknya\nparent: banten\n"),
        "{written}"
    );
    let loaded = loads(root);
    let ids: Vec<&str> = loaded
        .site
        .news
        .iter()
        .filter(|n| n.id.starts_with("kota-serang"))
        .map(|n| n.id.as_str())
        .collect();
    assert_eq!(ids.len(), 2, "{ids:?}");
}

/// Issue 16, item 5: ids were scraped from the text and missed
/// `- id: x # comment` and `- {id: x, …}`, so the new item took one again.
#[test]
fn new_news_never_reuses_an_id_however_it_is_written() {
    let dir = project();
    let root = dir.path();
    let text = "name: Kota Serang\nlevel: kota\nparent: banten\nnews:\n  - id: kota-serang-berita-1 # yang pertama\n    title: A\n    outlet: B\n    summary: C\n  - {id: kota-serang-berita-2, title: A, outlet: B, summary: C}\n";
    region_file(root, "banten/kota-serang.yaml", text);
    let (status, stdout, stderr) = ikm_site(root, &["new", "news", "--region", "kota-serang"]);
    assert_eq!(status, 0, "{stderr}");
    assert!(stdout.contains("`kota-serang-berita-3`"), "{stdout}");
    loads(root);
}

/// Issue 16, item 6: the parent was written unquoted (`parent: p: x #y`
/// is not YAML), and a slug over check's limit was written, then refused.
#[test]
fn new_region_quotes_what_it_writes_and_applies_checks_limits_first() {
    let dir = project();
    let root = dir.path();
    region_file(root, "p: x #y.yaml", "name: P\nlevel: provinsi\n");
    let (status, _, stderr) = ikm_site(
        root,
        &[
            "new",
            "region",
            "kab",
            "--level",
            "kabupaten",
            "--parent",
            "p: x #y",
            "--name",
            "Kab: #1",
        ],
    );
    assert_eq!(status, 0, "{stderr}");
    let written = std::fs::read_to_string(root.join("content/regions/kab.yaml")).unwrap();
    let value: serde_yaml::Value = serde_yaml::from_str(&written).unwrap();
    assert_eq!(value["parent"].as_str(), Some("p: x #y"), "{written}");
    assert_eq!(value["name"].as_str(), Some("Kab: #1"), "{written}");

    let long = "a".repeat(81);
    let too_long = refused(
        root,
        &["new", "region", &long, "--level", "provinsi", "--name", "A"],
    );
    assert!(!root.join("content/regions").join(&long).exists());

    // Every problem with the arguments at once.
    let all = refused(
        root,
        &[
            "new", "region", "Serang", "--level", "kabupatn", "--name", " ",
        ],
    );
    insta::assert_snapshot!(format!("{too_long}\n{all}"));
}

/// Issue 16, item 6: an id made from a long slug went over check's limit.
#[test]
fn new_news_keeps_the_id_of_a_long_slug_within_checks_limit() {
    let dir = project();
    let root = dir.path();
    let slug = format!("kota-{}", "a".repeat(75));
    let (status, _, stderr) = ikm_site(
        root,
        &[
            "new",
            "region",
            &slug,
            "--level",
            "kota",
            "--parent",
            "banten",
            "--name",
            "Kota Serang",
        ],
    );
    assert_eq!(status, 0, "{stderr}");
    let (status, stdout, stderr) = ikm_site(root, &["new", "news", "--region", &slug]);
    assert_eq!(status, 0, "{stderr}");
    assert!(stdout.contains("-berita-1`"), "{stdout}");
    loads(root);
}

/// Issue 16, item 4: whatever the file, `new news` adds the item only where
/// reading it back shows one more, and says why not otherwise.
#[test]
fn new_news_leaves_a_file_it_cannot_edit_safely_as_it_was() {
    let dir = project();
    let root = dir.path();
    let head = "name: Kota Serang\nlevel: kota\nparent: banten\n";
    let cases = [
        "news: [\n",
        "news: {}\n",
        "news: [\n  ]\n",
        // After the end of the document, an item would start a second one.
        "news:\n  - id: kota-serang-a\n    title: A\n    outlet: B\n    summary: C\n...\n",
    ];
    let mut shown = Vec::new();
    for news in cases {
        let text = format!("{head}{news}");
        let path = region_file(root, "banten/kota-serang.yaml", &text);
        shown.push(format!(
            "# news written as {news:?}\n{}",
            refused(root, &["new", "news", "--region", "kota-serang"])
        ));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    }
    insta::assert_snapshot!(shown.join("\n"));
}

/// Issue 17, item 18: the starter's commented hints came from nowhere
/// (`# topics: [pemasaran]`, not in topics.yaml). They name the content's
/// own vocabulary now, so uncommenting them gives a file `check` accepts.
#[test]
fn the_starters_hints_come_from_the_contents_own_vocabulary() {
    let dir = project();
    let root = dir.path();
    let (status, _, stderr) = ikm_site(root, &["new", "news", "--region", "lebak"]);
    assert_eq!(status, 0, "{stderr}");
    let file = root.join("content/regions/banten/lebak.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains("# topics: [pelatihan, pemasaran-digital]   # dari topics.yaml: pelatihan, pemasaran-digital, kemitraan,"),
        "{text}"
    );
    assert!(text.contains("# sectors: [makanan, minuman]"), "{text}");
    let uncommented: String = text
        .lines()
        .map(|line| {
            let hint = [
                "# sectors:",
                "# topics:",
                "# figures:",
                "#   - metric:",
                "#     value:",
            ];
            match line.trim_start().strip_prefix('#') {
                Some(rest) if hint.iter().any(|h| line.trim_start().starts_with(h)) => {
                    let indent = line.len() - line.trim_start().len();
                    format!("{}{}\n", " ".repeat(indent), &rest[1..])
                }
                _ => format!("{line}\n"),
            }
        })
        .collect();
    assert_ne!(uncommented, text);
    std::fs::write(&file, uncommented).unwrap();
    let loaded = loads(root);
    let vocabulary: Vec<_> = loaded
        .warnings
        .iter()
        .filter(|w| ["tag-not-in-vocabulary", "lone-tag"].contains(&w.code()))
        .collect();
    assert!(vocabulary.is_empty(), "{}", loaded.warnings);
    let item = loaded
        .site
        .news
        .iter()
        .find(|n| n.id == "lebak-berita-1")
        .unwrap();
    assert_eq!(item.topics, ["pelatihan", "pemasaran-digital"]);
    assert_eq!(item.figures.len(), 1);
}
