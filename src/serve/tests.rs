//! The incremental path of [`Live::rebuild`], on a copy of the site
//! fixture: after an edit only the files the changed file feeds are
//! rendered again, and every file the server then gives (carried over from
//! the version before, or rendered now) is the file a full render of the
//! edited content makes.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::live::Live;
use super::version::Version;
use crate::test_support::{copy_folder, site_fixture};

/// A copy of the site fixture as `content/` in a new temporary folder,
/// beside which a test may put a theme's folders.
fn fixture_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    copy_folder(&site_fixture(), &content);
    (dir, content)
}

/// An edit of the content folder, named for the assertion messages.
type Edit = (&'static str, Box<dyn Fn(&Path)>);

const LEBAK: &str = "regions/banten/lebak.yaml";

fn edit(content: &Path, file: &str, from: &str, to: &str) {
    let path = content.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} has no {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

/// Every file of `version`, rendered now or taken from its cache.
fn served_files(version: &Version, files: &[String]) -> BTreeMap<String, Vec<u8>> {
    files
        .iter()
        .map(|f| (f.clone(), version.file(f).unwrap().unwrap().to_vec()))
        .collect()
}

/// A figure's value, a summary, and a region added (which shifts every
/// position after it: files are compared by path).
#[test]
fn an_edit_re_renders_only_what_it_feeds_and_every_file_stays_true() {
    let (_dir, content) = fixture_copy();
    let live = Live::new(&content);
    let first = live.rebuild(&[]).unwrap();
    assert!(first.everything);
    let all = |content: &Path| ikm_site::render_site(content, None).unwrap().0.files;
    let names =
        |files: &[(String, Vec<u8>)]| files.iter().map(|(f, _)| f.clone()).collect::<Vec<_>>();
    let before = all(&content);
    // Every file viewed once, so the cache holds the whole small site.
    served_files(&live.state().site.unwrap(), &names(&before));

    let edits: [Edit; 3] = [
        (
            "a figure's value",
            Box::new(|c: &Path| edit(c, LEBAK, "value: 15769", "value: 15770")),
        ),
        (
            "a summary",
            Box::new(|c: &Path| edit(c, LEBAK, "summary: |\n", "summary: |\n  Anyaman pandan.\n")),
        ),
        (
            "a region added before Lebak",
            Box::new(|c: &Path| {
                std::fs::write(
                c.join("regions/banten/cilegon.yaml"),
                "name: Kota Cilegon\nlevel: kota\nparent: banten\nchecked: [region-without-news]\n",
            )
            .unwrap()
            }),
        ),
    ];
    for (what, apply) in edits {
        apply(&content);
        let changed = if what.contains("added") {
            content.join("regions/banten/cilegon.yaml")
        } else {
            content.join(LEBAK)
        };
        let mut rebuilt = live
            .rebuild(&[changed])
            .unwrap_or_else(|e| panic!("{what}: {e}"));
        rebuilt.rendered = live.check(rebuilt.check.take().unwrap()).unwrap();
        let expected = all(&content);
        assert!(!rebuilt.everything, "{what}");
        assert!(
            rebuilt.rendered * 3 < expected.len(),
            "{what}: {} of {} files rendered again",
            rebuilt.rendered,
            expected.len()
        );
        let version = live.state().site.unwrap();
        let served = served_files(&version, &names(&expected));
        for (file, bytes) in &expected {
            assert!(
                served[file] == *bytes,
                "{what}: {file} differs from a full render"
            );
        }
    }
}

/// The first build checks every file but the search's and the
/// downloads', which are rendered only when asked for, and still are.
#[test]
fn the_first_build_checks_every_file_but_those_rendered_when_asked() {
    let (_dir, content) = fixture_copy();
    let live = Live::new(&content);
    let first = live.rebuild(&[]).unwrap();
    let version = live.state().site.unwrap();
    let files: Vec<String> = version.outline().files().map(|f| f.to_string()).collect();
    let asked: Vec<&String> = files
        .iter()
        .filter(|f| version.is_rendered_when_asked(f))
        .collect();
    assert!(asked.iter().any(|f| f.ends_with(".xlsx")), "{asked:?}");
    assert!(asked.iter().any(|f| f.starts_with("cari/")), "{asked:?}");
    assert_eq!(first.rendered, files.len() - asked.len());
    for file in asked {
        assert!(version.file(file).unwrap().is_ok(), "{file}");
    }
}

/// What a change can affect, by the kind of file: an editor's leftovers
/// nothing, a settings file everything, a free page every page.
#[test]
fn a_change_is_weighed_by_the_kind_of_file() {
    let (_dir, content) = fixture_copy();
    let live = Live::new(&content);
    let all = live.rebuild(&[]).unwrap().rendered;

    let swap = content.join("regions/banten/.lebak.yaml.swp");
    let backup = content.join("regions/banten/lebak.yaml~");
    let mut leftovers = live.rebuild(&[swap, backup]).unwrap();
    leftovers.rendered = live.check(leftovers.check.take().unwrap()).unwrap();
    assert_eq!((leftovers.rendered, leftovers.everything), (0, false));

    let settings = live.rebuild(&[content.join("site.yaml")]).unwrap();
    assert_eq!((settings.rendered, settings.everything), (all, true));

    let mut page = live.rebuild(&[content.join("pages/tentang.md")]).unwrap();
    page.rendered = live.check(page.check.take().unwrap()).unwrap();
    let version = live.state().site.unwrap();
    let pages = version
        .outline()
        .files()
        .filter(|f| f.ends_with(".html"))
        .count();
    assert!(!page.everything);
    assert!(
        page.rendered >= pages && page.rendered < all,
        "{} of {all}",
        page.rendered
    );
}

/// A template changed to link nowhere is refused as `check` refuses it,
/// at the template's line, and the last good version stays served; the
/// template put back builds again.
#[test]
fn a_template_that_links_nowhere_is_refused_and_the_last_good_site_stays() {
    let (dir, content) = fixture_copy();
    let live = Live::new(&content);
    live.rebuild(&[]).unwrap();
    let good = live.state().site.unwrap();

    let template = dir.path().join("templates/404.html");
    std::fs::create_dir_all(template.parent().unwrap()).unwrap();
    let default =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/404.html"))
            .unwrap();
    let broken = default.replacen("{{ links.news }}", "{{ base }}beritaa/", 1);
    assert_ne!(broken, default);
    std::fs::write(&template, &broken).unwrap();
    let error = match live.rebuild(std::slice::from_ref(&template)) {
        Ok(_) => panic!("a link to beritaa/ was served"),
        Err(error) => error.to_string(),
    };
    assert!(
        error.contains("404.html:") && error.contains("beritaa/"),
        "{error}"
    );
    let state = live.state();
    assert!(state.problem.is_some());
    assert!(std::sync::Arc::ptr_eq(&state.site.unwrap(), &good));

    std::fs::write(&template, &default).unwrap();
    let fixed = live.rebuild(&[template]).unwrap();
    assert!(fixed.everything && fixed.rendered > 0);
    assert!(live.state().problem.is_none());
}

/// An edit that loads but whose pages do not render (here a template
/// override that fails on one summary) puts the last good version back
/// once its files are checked, with the problem kept; the fix serves
/// the edited site again.
#[test]
fn an_edit_whose_page_fails_to_render_puts_the_last_good_version_back() {
    let (dir, content) = fixture_copy();
    let template = dir.path().join("templates/region.html");
    std::fs::create_dir_all(template.parent().unwrap()).unwrap();
    let default = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/region.html"),
    )
    .unwrap();
    let failing = default.replacen(
        "<h1>{{ region.name }}</h1>",
        "<h1>{% if region.summary_html is containing(\"Gagalkan\") %}{{ tidak_ada.sama_sekali }}{% endif %}{{ region.name }}</h1>",
        1,
    );
    assert_ne!(failing, default);
    std::fs::write(&template, failing).unwrap();
    let live = Live::new(&content);
    live.rebuild(&[]).unwrap();
    let good = live.state().site.unwrap();

    edit(&content, LEBAK, "summary: |\n", "summary: |\n  Gagalkan.\n");
    let mut rebuilt = live.rebuild(&[content.join(LEBAK)]).unwrap();
    // The new version was served while its files were rendered...
    assert!(!std::sync::Arc::ptr_eq(&live.state().site.unwrap(), &good));
    let error = live.check(rebuilt.check.take().unwrap()).unwrap_err();
    assert!(error.to_string().contains("lebak.yaml"), "{error}");
    // ... and the failure put the last good one back, with the problem.
    let state = live.state();
    assert!(std::sync::Arc::ptr_eq(&state.site.unwrap(), &good));
    assert!(state.problem.is_some());
    let page = good.file("wilayah/lebak/index.html").unwrap().unwrap();
    assert!(!String::from_utf8_lossy(&page).contains("Gagalkan"));

    edit(&content, LEBAK, "  Gagalkan.\n", "  Berhasil.\n");
    let mut fixed = live.rebuild(&[content.join(LEBAK)]).unwrap();
    live.check(fixed.check.take().unwrap()).unwrap();
    let state = live.state();
    assert!(state.problem.is_none());
    let page = state
        .site
        .unwrap()
        .file("wilayah/lebak/index.html")
        .unwrap()
        .unwrap();
    assert!(String::from_utf8_lossy(&page).contains("Berhasil."));
}

/// A tab's event stream holds no version: once an edit's version has
/// replaced it, the version the tab connected to is freed while the tab
/// stays open. (The stream's thread kept the whole state it started with,
/// so every tab left open held a version alive.)
#[test]
fn an_open_tab_does_not_keep_the_version_it_connected_to() {
    use std::io::{BufRead, BufReader, Write};
    use std::sync::Arc;

    let (_dir, content) = fixture_copy();
    let live = Arc::new(Live::new(&content));
    live.rebuild(&[]).unwrap();
    let first = Arc::downgrade(&live.state().site.unwrap());

    let listener = super::server::bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let address = listener.local_addr().unwrap();
    let hub = Arc::new(super::server::Hub::default());
    let lang = ikm_site::messages::Lang::Id;
    let server = super::server::Server::start(listener, live.clone(), hub, lang).unwrap();
    let mut tab = std::net::TcpStream::connect(address).unwrap();
    tab.set_read_timeout(Some(std::time::Duration::from_secs(30)))
        .unwrap();
    write!(tab, "GET /__ikm-site/events HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    let mut lines = BufReader::new(tab.try_clone().unwrap()).lines();
    assert!(lines.any(|line| line.unwrap() == "event: version"));

    edit(
        &content,
        LEBAK,
        "summary: |\n",
        "summary: |\n  Anyaman pandan.\n",
    );
    let mut rebuilt = live.rebuild(&[content.join(LEBAK)]).unwrap();
    live.check(rebuilt.check.take().unwrap()).unwrap();
    assert!(
        first.upgrade().is_none(),
        "the first version is still held while a tab is open"
    );
    drop(tab);
    server.stop();
}

/// A version keeps the count of its load's warnings (what `serve` says
/// at the start), not the warnings themselves.
#[test]
fn a_version_counts_the_warnings_of_its_load() {
    let (_dir, content) = fixture_copy();
    // A region without news is warned about.
    std::fs::write(
        content.join("regions/banten/serang.yaml"),
        "name: Kabupaten Serang\nlevel: kabupaten\nparent: banten\ncode: \"36.04\"\n",
    )
    .unwrap();
    let live = Live::new(&content);
    live.rebuild(&[]).unwrap();
    let loaded = ikm_site::content::load(&content, None).unwrap();
    let expected = loaded.warnings.warning_count();
    assert!(expected > 0, "the fixture gives warnings");
    assert_eq!(live.state().site.unwrap().warning_count(), expected);
}

/// An edit whose `@/` link names an id that its page does not have (a
/// page of another province, which the edit does not change) is refused
/// once the edit's files are checked, with the words `check` has for it,
/// and the last good version is put back; an id the page has is kept.
#[test]
fn an_edit_linking_to_a_missing_id_is_refused_as_check_refuses_it() {
    let (_dir, content) = fixture_copy();
    let live = Live::new(&content);
    live.rebuild(&[]).unwrap();
    let good = live.state().site.unwrap();

    let link = "  Lihat [Kendari](@/wilayah/kota-kendari#tidak-ada-di-sini).\n";
    edit(
        &content,
        LEBAK,
        "summary: |\n",
        &format!("summary: |\n{link}"),
    );
    let mut rebuilt = live.rebuild(&[content.join(LEBAK)]).unwrap();
    let error = live.check(rebuilt.check.take().unwrap()).unwrap_err();
    let error = error.to_string();
    assert!(
        error.contains("lebak.yaml:") && error.contains("#tidak-ada-di-sini"),
        "{error}"
    );
    let silent = &ikm_site::progress::Silent;
    match ikm_site::check_site_with(&content, silent) {
        Ok(_) => panic!("check passed the link"),
        Err(checked) => assert_eq!(error, checked.to_string()),
    }
    let state = live.state();
    assert!(std::sync::Arc::ptr_eq(&state.site.unwrap(), &good));
    assert!(state.problem.is_some());

    edit(&content, LEBAK, "#tidak-ada-di-sini", "#angka-kunci");
    let mut fixed = live.rebuild(&[content.join(LEBAK)]).unwrap();
    live.check(fixed.check.take().unwrap()).unwrap();
    assert!(live.state().problem.is_none());
}
