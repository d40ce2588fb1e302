//! The content loaded again after edits, as `serve` does
//! (`content::reload::Reloader`), against a one-off load of the same
//! folder: after every kind of edit the two give the same site and the
//! same problems, and a file not reported changed is not read again.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use ikm_site::content::reload::Reloader;
use ikm_site::content::{load_on, Loaded};
use ikm_site::diagnostics::Diagnostics;

/// What a load came to, in a form two loads can be compared by: the whole
/// site and every warning, or every problem. The site's last two fields,
/// its lookups by slug and id, are hash maps printed in no fixed order,
/// and are made from the regions and news printed before them.
fn shape(loaded: Result<Loaded, Diagnostics>) -> String {
    match loaded {
        Ok(loaded) => {
            let site = format!("{:#?}", loaded.site);
            let site = site.split("\n    region_by_slug:").next().unwrap_or(&site);
            assert!(site.contains("overlaps_of_region"), "{site}");
            format!("OK\n{site}\n{:#?}", loaded.warnings)
        }
        Err(problems) => format!("ERR\n{problems:#?}"),
    }
}

/// A copy of the fixture site with a reloader over it, loaded once.
struct Folder {
    _dir: tempfile::TempDir,
    content: PathBuf,
    reloader: Reloader,
}

impl Folder {
    fn new() -> Folder {
        let dir = tempfile::tempdir().unwrap();
        let content = dir.path().join("content");
        common::copy_tree(&common::site_fixture(), &content);
        let mut reloader = Reloader::new(&content);
        let first = shape(reloader.load_on(&[], common::build_day()));
        assert_eq!(first, self::one_off(&content));
        assert!(first.starts_with("OK"), "{first}");
        Folder {
            _dir: dir,
            content,
            reloader,
        }
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.content.join(relative)
    }

    /// Loads again after `changed` and checks the result is a one-off
    /// load's; gives it.
    fn reload(&mut self, changed: &[PathBuf]) -> String {
        let again = shape(self.reloader.load_on(changed, common::build_day()));
        assert_eq!(again, one_off(&self.content), "after {changed:?}");
        again
    }

    fn edit(&mut self, relative: &str, from: &str, to: &str) -> String {
        let path = self.path(relative);
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{relative} has no {from:?}");
        fs::write(&path, text.replacen(from, to, 1)).unwrap();
        self.reload(&[path])
    }
}

fn one_off(content: &Path) -> String {
    shape(load_on(content, None, common::build_day()))
}

const LEBAK: &str = "regions/banten/lebak.yaml";
const MUNA: &str = "regions/sulawesi-tenggara/muna.yaml";
const LAMPUNG_BARAT: &str = "regions/lampung/lampung-barat.yaml";

#[test]
fn an_edited_summary_and_figure_give_what_a_one_off_load_gives() {
    let mut folder = Folder::new();
    let after = folder.edit(LEBAK, "Lebak adalah daerah", "Lebak ialah daerah");
    assert!(after.contains("Lebak ialah daerah"));
    let after = folder.edit(LEBAK, "15769", "15770");
    assert!(after.contains("15770"));
    // Every region file's own check is kept for the next load.
    assert_eq!(folder.reloader.kept_files(), 7);
}

#[test]
fn a_broken_file_reports_as_a_one_off_load_does_and_its_fix_clears_it() {
    let mut folder = Folder::new();
    let broken = folder.edit(LEBAK, "level: kabupaten", "level: [kabupaten");
    assert!(broken.starts_with("ERR"), "{broken}");
    let typo = folder.edit(LEBAK, "level: [kabupaten", "levle: kabupaten");
    assert!(typo.contains("levle"), "{typo}");
    let fixed = folder.edit(LEBAK, "levle: kabupaten", "level: kabupaten");
    assert!(fixed.starts_with("OK"), "{fixed}");
}

#[test]
fn rules_across_files_see_the_files_that_did_not_change() {
    let mut folder = Folder::new();
    // Lampung Barat takes a news id of Lebak's, a file not read again.
    let first_id = |relative: &str| {
        let text = fs::read_to_string(folder.path(relative)).unwrap();
        let id = text.lines().find_map(|l| l.trim().strip_prefix("- id: "));
        id.unwrap().to_string()
    };
    let (lebak_id, own_id) = (first_id(LEBAK), first_id(LAMPUNG_BARAT));
    let (own, taken) = (format!("- id: {own_id}"), format!("- id: {lebak_id}"));
    let again = folder.edit(LAMPUNG_BARAT, &own, &taken);
    assert!(again.contains("news-id-again"), "{again}");
    folder.edit(LAMPUNG_BARAT, &taken, &own);
    // Muna names a parent that is not there.
    let orphan = folder.edit(MUNA, "parent: sulawesi-tenggara", "parent: sulawesi-tengah");
    assert!(orphan.starts_with("ERR"), "{orphan}");
}

#[test]
fn files_added_removed_and_moved_are_found_by_walking_the_folder_again() {
    let mut folder = Folder::new();
    let added = folder.path("regions/banten/pandeglang.yaml");
    fs::write(
        &added,
        "name: Kabupaten Pandeglang\nlevel: kabupaten\nparent: banten\ncode: \"36.01\"\n",
    )
    .unwrap();
    let after = folder.reload(std::slice::from_ref(&added));
    assert!(after.contains("banten/pandeglang.yaml"));
    fs::remove_file(&added).unwrap();
    let after = folder.reload(&[added]);
    assert!(!after.contains("banten/pandeglang.yaml"));

    // A folder renamed is reported as its two names, not file by file.
    let (from, to) = (folder.path("regions/lampung"), folder.path("regions/lpg"));
    fs::rename(&from, &to).unwrap();
    let after = folder.reload(&[from.clone(), to.clone()]);
    assert!(after.contains("regions/lpg/lampung-barat.yaml"), "{after}");
    fs::rename(&to, &from).unwrap();
    folder.reload(&[to, from]);
}

#[test]
fn a_changed_metric_or_vocabulary_checks_every_file_again() {
    let mut folder = Folder::new();
    // Lebak's figures of `tenaga_kerja` become figures of an unknown metric.
    let unknown = folder.edit("metrics.yaml", "tenaga_kerja:", "pekerja:");
    assert!(unknown.starts_with("ERR"), "{unknown}");
    folder.edit("metrics.yaml", "pekerja:", "tenaga_kerja:");
    // A sector the news use is no longer in the vocabulary.
    let renamed = folder.edit("sectors.yaml", "makanan: Makanan", "pangan: Pangan");
    assert!(renamed.starts_with("ERR"), "{renamed}");
}

#[test]
fn a_free_page_edit_gives_what_a_one_off_load_gives() {
    let mut folder = Folder::new();
    let text = fs::read_to_string(folder.path("pages/tentang.md")).unwrap();
    let line = text
        .lines()
        .rfind(|l| !l.trim().is_empty())
        .unwrap()
        .to_string();
    let after = folder.edit("pages/tentang.md", &line, "Kalimat baru di akhir.");
    assert!(after.contains("Kalimat baru di akhir."));
}

#[test]
fn a_file_not_reported_changed_is_not_read_again() {
    let mut folder = Folder::new();
    // Muna changes on disk but only Lebak is reported: the reloader keeps
    // Muna's check (what `serve` relies on for its speed), so the site has
    // Muna as it was; once Muna is reported it is read.
    let muna = fs::read_to_string(folder.path(MUNA)).unwrap();
    fs::write(folder.path(MUNA), muna.replacen("name: ", "name: Baru ", 1)).unwrap();
    let lebak = folder.path(LEBAK);
    let kept = shape(folder.reloader.load_on(&[lebak], common::build_day()));
    assert!(!kept.contains("Baru Kabupaten Muna"), "Muna was read again");
    let read = folder.reload(&[folder.path(MUNA)]);
    assert!(read.contains("Baru Kabupaten Muna"));
}

#[test]
fn the_rules_across_files_are_not_run_again_while_nothing_they_read_changes() {
    let mut folder = Folder::new();
    let settled = |folder: &Folder| folder.reloader.settled_loads();
    assert_eq!(settled(&folder), Some(0), "the first load ran them");

    // The text, a figure and the lines' places move: the decisions hold.
    folder.edit(LEBAK, "Lebak adalah daerah", "Lebak ialah daerah");
    folder.edit(LEBAK, "15769", "15770");
    folder.edit(
        LEBAK,
        "name: Kabupaten Lebak",
        "# komentar\n\nname: Kabupaten Lebak",
    );
    folder.edit(LEBAK, "short_name: Lebak", "short_name: Lebak Raya");
    assert_eq!(settled(&folder), Some(4));

    // A code left out is filled in from the official list: the rules run.
    let filled = folder.edit(LEBAK, "code: \"36.02\"\n", "");
    assert!(filled.contains("\"36.02\""), "{filled}");
    assert_eq!(settled(&folder), Some(0));
    folder.edit(
        LEBAK,
        "level: kabupaten\n",
        "level: kabupaten\ncode: \"36.02\"\n",
    );

    // A name the list does not give that code: an error, nothing kept.
    let named = folder.edit(MUNA, "name: Kabupaten Muna", "name: Kabupaten Muna Jaya");
    assert!(named.starts_with("ERR"), "{named}");
    assert_eq!(settled(&folder), None);
    folder.edit(MUNA, "name: Kabupaten Muna Jaya", "name: Kabupaten Muna");
    assert_eq!(settled(&folder), Some(0));

    // A news id changed, and one added: the ids are checked again.
    let first_id = {
        let text = fs::read_to_string(folder.path(LAMPUNG_BARAT)).unwrap();
        let id = text.lines().find_map(|l| l.trim().strip_prefix("- id: "));
        id.unwrap().to_string()
    };
    let (own, renamed) = (
        format!("- id: {first_id}"),
        format!("- id: {first_id}-baru"),
    );
    folder.edit(LAMPUNG_BARAT, &own, &renamed);
    assert_eq!(settled(&folder), Some(0));
    folder.edit(LAMPUNG_BARAT, "Lampung Barat", "Lampung Barat");
    assert_eq!(settled(&folder), Some(1));

    // A parent that is not there, in a file whose text alone changed
    // before: reported as a one-off load reports it.
    let orphan = folder.edit(MUNA, "parent: sulawesi-tenggara", "parent: sulawesi-tengah");
    assert!(orphan.contains("parent-unknown"), "{orphan}");
    assert_eq!(settled(&folder), None);
}

#[test]
fn items_added_before_the_others_move_them_and_they_come_back_renumbered() {
    let mut folder = Folder::new();
    // Banten is first in the model's order and has no news: an item with
    // two figures there moves every other file's items and figures, which
    // the next load copies out of the last one's lists.
    let item = "news:\n  - id: banten-uji-2024\n    title: Uji berita Banten\n    outlet: Media Uji\n    url: https://contoh.id/banten-uji\n    published: 2024-01-02\n    summary: Ringkasan uji.\n    figures:\n      - metric: jumlah_ikm\n        value: 1200\n      - metric: tenaga_kerja\n        value: 3400\n";
    let banten = "regions/banten/banten.yaml";
    let added = folder.edit(banten, "summary: |", &format!("{item}summary: |"));
    assert!(added.contains("banten-uji-2024"), "{added}");
    folder.edit(LEBAK, "15769", "15770");
    let removed = folder.edit(banten, item, "");
    assert!(!removed.contains("banten-uji-2024"));
    folder.edit(LEBAK, "15770", "15769");
}

#[test]
fn the_reloader_shares_the_news_and_figures_of_the_site_it_gave() {
    let mut folder = Folder::new();
    let day = common::build_day();
    let first = folder.reloader.load_on(&[], day).unwrap();
    // The site and the kept checks hold one list between them.
    assert_eq!(Arc::strong_count(&first.site.news), 2);
    assert_eq!(Arc::strong_count(&first.site.figures), 2);
    let path = folder.path(LEBAK);
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, text.replacen("15769", "15770", 1)).unwrap();
    let second = folder.reloader.load_on(&[path], day).unwrap();
    // The kept checks moved on to the new site's lists.
    assert_eq!(Arc::strong_count(&first.site.news), 1);
    assert_eq!(Arc::strong_count(&second.site.news), 2);
    assert_eq!(Arc::strong_count(&second.site.figures), 2);
    // A file that was not read again, whose items keep their numbers,
    // gives the new site the very same items; the edited file new ones.
    let (old, new) = (&first.site, &second.site);
    let lebak = new.region_by_slug("lebak").unwrap();
    let other = new.region_by_slug("lampung-barat").unwrap();
    assert!(!other.news.is_empty());
    for &id in &other.news {
        assert!(Arc::ptr_eq(&old.news[id.index()], &new.news[id.index()]));
        for &figure in &new.news[id.index()].figures {
            assert!(Arc::ptr_eq(
                &old.figures[figure.index()],
                &new.figures[figure.index()]
            ));
        }
    }
    for &id in &lebak.news {
        assert!(!Arc::ptr_eq(&old.news[id.index()], &new.news[id.index()]));
    }
}
