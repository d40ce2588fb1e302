//! Indonesia's official list of regions: the Kemendagri code and name of
//! every province, regency and city, kecamatan, desa and kelurahan.
//!
//! The list is built into the binary (like the default templates), so
//! every content folder is checked against the same codes and names. It
//! comes from idn-area-data 4.0.1 (code MIT, data ODbL; see
//! `src/registry/data/README.md` for the attribution, the licence and the
//! command that converts it). A content folder may bring its own list of
//! the same shape, which then replaces the built-in one.
//!
//! The shape is one line per region, `code<TAB>name`, sorted by code. A
//! code has one part per rung (`36`, `36.02`, `36.02.01`,
//! `36.02.01.2001`), so a region's parent and level follow from its code
//! alone, and nothing else needs storing. The built-in list is kept in two
//! gzip files: the 7.800 regions down to the kecamatan, read on first use,
//! and the 83.762 desa and kelurahan, read only when a site has a region at
//! that rung, so checking a site of regencies never pays for the villages.

mod entry;
mod table;

use std::sync::OnceLock;

use crate::model::Level;

pub use entry::{parent_code, rung, Official, VILLAGE_RUNG};
pub use table::{ParseError, ParseErrors, Problem, Table};

/// The list down to the kecamatan, gzip-compressed.
const BUILTIN_UPPER: &[u8] = include_bytes!("data/upper.tsv.gz");
/// The desa and kelurahan, gzip-compressed.
const BUILTIN_VILLAGES: &[u8] = include_bytes!("data/villages.tsv.gz");

/// The official list in use for one build: the built-in one, or a content
/// folder's own.
pub struct Registry {
    upper: Table,
    villages: Villages,
}

impl std::fmt::Debug for Registry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Registry")
            .field("upper", &self.upper)
            .finish_non_exhaustive()
    }
}

enum Villages {
    /// Decompressed from the built-in list the first time one is asked for.
    Builtin(OnceLock<Table>),
    /// Part of a content folder's own list.
    Given(Table),
}

impl Registry {
    /// The built-in list, read once per process.
    pub fn builtin() -> &'static Registry {
        static BUILTIN: OnceLock<Registry> = OnceLock::new();
        BUILTIN.get_or_init(Registry::read_builtin)
    }

    /// Reads the built-in list afresh: the part down to the kecamatan now,
    /// the villages when first asked for. [`Registry::builtin`] keeps one;
    /// the benchmark times this.
    pub fn read_builtin() -> Registry {
        Registry {
            upper: builtin_table(BUILTIN_UPPER),
            villages: Villages::Builtin(OnceLock::new()),
        }
    }

    /// A list in the built-in shape (`code<TAB>name` lines, sorted by
    /// code), as a content folder may give it. Every line that breaks the
    /// shape is reported, with its line number.
    pub fn parse(text: &str) -> Result<Registry, ParseErrors> {
        let (upper, villages) = table::parse_split(text)?;
        Ok(Registry {
            upper,
            villages: Villages::Given(villages),
        })
    }

    /// The table holding the entries on `rung`.
    fn table_of(&self, rung: usize) -> &Table {
        if rung < VILLAGE_RUNG {
            return &self.upper;
        }
        match &self.villages {
            Villages::Builtin(once) => once.get_or_init(|| builtin_table(BUILTIN_VILLAGES)),
            Villages::Given(table) => table,
        }
    }

    /// The official entry with `code`.
    pub fn get(&self, code: &str) -> Option<Official<'_>> {
        self.table_of(rung(code)).get(code)
    }

    /// The regions one rung below `code` (the provinces for `None`), in
    /// code order.
    pub fn children(&self, code: Option<&str>) -> Vec<Official<'_>> {
        let below = code.map_or(1, |c| rung(c) + 1);
        let prefix = code.map(|c| format!("{c}."));
        self.table_of(below).children(prefix.as_deref(), below)
    }

    /// Up to `count` official entries nearest to a `code` that is not in
    /// the list: the region's siblings under the deepest part of the code
    /// that exists, closest in number first. For `36.99` that is the
    /// regencies of Banten from `36.73` down; for `99.01`, the provinces
    /// nearest 99.
    pub fn nearest(&self, code: &str, count: usize) -> Vec<Official<'_>> {
        let mut parent = parent_code(code);
        while let Some(p) = parent {
            if self.get(p).is_some() {
                break;
            }
            parent = parent_code(p);
        }
        // The part of the asked code on the siblings' rung.
        let siblings_rung = parent.map_or(1, |p| rung(p) + 1);
        let wanted = code
            .split('.')
            .nth(siblings_rung - 1)
            .and_then(|part| part.parse::<u64>().ok());
        let mut siblings = self.children(parent);
        if let Some(wanted) = wanted {
            siblings.sort_by_key(|entry| {
                let own = entry
                    .code
                    .rsplit('.')
                    .next()
                    .and_then(|p| p.parse::<u64>().ok());
                (own.map_or(u64::MAX, |own| own.abs_diff(wanted)), entry.code)
            });
        }
        siblings.truncate(count);
        siblings
    }

    /// The official entries one rung below `parent` (the provinces for
    /// `None`) whose name is `name`, compared as [`same_name`] does.
    pub fn named(&self, parent: Option<&str>, name: &str) -> Vec<Official<'_>> {
        let wanted = comparable_name(name);
        let mut found = self.children(parent);
        found.retain(|entry| comparable_name(entry.name) == wanted);
        found
    }

    /// The entry of `level` under `parent` (the provinces for `None`)
    /// whose name is `name`, as `check` finds the code of a file without
    /// one and `new region` the code it writes.
    pub fn find(&self, parent: Option<&str>, level: Level, name: &str) -> NameMatch<'_> {
        let mut found = self.named(parent, name);
        found.retain(|entry| entry.level() == level);
        match found.len() {
            1 => return NameMatch::One(found[0]),
            0 => {}
            _ => return NameMatch::Several(found),
        }
        let wanted = comparable_name(name);
        let mut on_level: Vec<(f64, Official)> = self
            .children(parent)
            .into_iter()
            .filter(|entry| entry.level() == level)
            .map(|entry| {
                (
                    strsim::jaro_winkler(&wanted, &comparable_name(entry.name)),
                    entry,
                )
            })
            .collect();
        on_level.sort_by(|a, b| b.0.total_cmp(&a.0));
        match on_level.first() {
            Some(&(score, entry)) if score > CLOSE => NameMatch::Close(entry),
            _ => NameMatch::Unknown(on_level.into_iter().take(3).map(|(_, e)| e).collect()),
        }
    }

    /// How many entries the list holds down to the kecamatan (the villages
    /// are counted only once read).
    pub fn upper_len(&self) -> usize {
        self.upper.len()
    }
}

/// Entries as messages list them: "`36.04` Kabupaten Serang, `36.73` Kota
/// Serang".
pub fn listed(entries: &[Official]) -> String {
    entries
        .iter()
        .map(|e| format!("`{}` {}", e.code, e.name))
        .collect::<Vec<_>>()
        .join(", ")
}

/// How close (Jaro-Winkler, as [`crate::diagnostics::suggest`] measures)
/// a name must be to an official one to be taken for a misspelling of it.
const CLOSE: f64 = 0.8;

/// What [`Registry::find`] found for a name.
#[derive(Debug, Clone, PartialEq)]
pub enum NameMatch<'a> {
    /// Exactly one entry has the name, as [`same_name`] compares names.
    One(Official<'a>),
    /// Several have it: only a code tells them apart.
    Several(Vec<Official<'a>>),
    /// None has it, and this one's is close: a misspelling of it.
    Close(Official<'a>),
    /// None has it or one close to it: the nearest by name, at most three.
    Unknown(Vec<Official<'a>>),
}

// The two files are compiled in and read by the tests below: failing to
// read them is a broken build, found by `cargo test`, never bad input.
#[allow(clippy::expect_used)]
fn builtin_table(compressed: &[u8]) -> Table {
    use std::io::Read;
    let mut text = String::new();
    flate2::read::GzDecoder::new(compressed)
        .read_to_string(&mut text)
        .expect("the built-in region list is valid gzip");
    Table::parse(text).expect("the built-in region list is well-formed")
}

/// The level words a region's name may start with, which the comparison
/// of names leaves out: "Kabupaten Lebak" is the official "Kabupaten
/// Lebak", and "Provinsi Banten" the official "Banten".
const LEVEL_WORDS: [&str; 9] = [
    "provinsi",
    "kabupaten",
    "kab.",
    "kota",
    "kecamatan",
    "kec.",
    "desa",
    "kelurahan",
    "kel.",
];

/// `name` without a leading level word ("Kabupaten Lebak" → "Lebak"),
/// keeping its case.
pub fn without_level_word(name: &str) -> &str {
    let trimmed = name.trim();
    match trimmed.split_once(char::is_whitespace) {
        Some((first, rest)) if LEVEL_WORDS.iter().any(|w| first.eq_ignore_ascii_case(w)) => {
            rest.trim_start()
        }
        _ => trimmed,
    }
}

/// A name as it is compared with the official one: without a leading level
/// word, in lower case, and without spaces or hyphens. The press and
/// Kemendagri's own letters write "Baubau" and "Palangka Raya" where the
/// list has "Bau Bau" and "Palangkaraya" (issue 21): where the words break
/// is spelling, not another region.
pub fn comparable_name(name: &str) -> String {
    without_level_word(name)
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '\u{2010}' | '\u{2011}'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether `name` is the official `official`, leaving out the level word,
/// case, spacing and hyphens.
pub fn same_name(name: &str, official: &str) -> bool {
    comparable_name(name) == comparable_name(official)
}

/// The official name of `entry` written the way `written` writes names:
/// with the level word in front when `written` has one ("Provinsi
/// Banten"), as the list gives it otherwise. What `check` offers for a
/// misspelt name and what `new region` writes in its place.
pub fn written_like(written: &str, entry: &Official) -> String {
    let bare = without_level_word(entry.name);
    let has_word = without_level_word(written.trim()).len() != written.trim().len();
    if has_word {
        format!("{} {bare}", entry.level().label())
    } else {
        bare.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_list_holds_the_whole_country() {
        let registry = Registry::builtin();
        assert_eq!(registry.children(None).len(), 38);
        let regencies: usize = registry
            .children(None)
            .iter()
            .map(|p| registry.children(Some(p.code)).len())
            .sum();
        assert_eq!(regencies, 514);
        assert_eq!(registry.upper_len(), 38 + 514 + 7285);
        let Villages::Builtin(villages) = &registry.villages else {
            panic!("the built-in list reads its own villages")
        };
        // Asking for a village reads them all.
        assert_eq!(registry.get("36.02.01.2002").unwrap().name, "Cilangkahan");
        assert_eq!(villages.get().map(Table::len), Some(83_762));
    }

    #[test]
    fn codes_give_names_levels_and_parents() {
        let registry = Registry::builtin();
        let lebak = registry.get("36.02").unwrap();
        assert_eq!(lebak.name, "Kabupaten Lebak");
        assert_eq!(lebak.level(), Level::Kabupaten);
        assert_eq!(lebak.parent_code(), Some("36"));
        assert_eq!(registry.get("36").unwrap().name, "Banten");
        assert_eq!(registry.get("36").unwrap().level(), Level::Provinsi);
        assert_eq!(registry.get("36.71").unwrap().level(), Level::Kota);
        assert_eq!(registry.get("36.02.01").unwrap().level(), Level::Kecamatan);
        assert_eq!(registry.get("36.99"), None);
        assert_eq!(registry.get("91.03.01.3007").unwrap().level(), Level::Desa);
    }

    #[test]
    fn a_kelurahan_and_a_desa_are_told_apart_by_their_number() {
        let registry = Registry::builtin();
        let children = registry.children(Some("36.72.01"));
        assert!(!children.is_empty());
        for entry in &children {
            let expected = if entry.code.ends_with(|c: char| c.is_ascii_digit())
                && entry.code.rsplit('.').next().unwrap().starts_with('1')
            {
                Level::Kelurahan
            } else {
                Level::Desa
            };
            assert_eq!(entry.level(), expected, "{entry:?}");
        }
    }

    #[test]
    fn an_unknown_code_is_offered_its_nearest_siblings() {
        let registry = Registry::builtin();
        let near = registry.nearest("36.99", 3);
        let codes: Vec<&str> = near.iter().map(|e| e.code).collect();
        assert_eq!(codes, ["36.74", "36.73", "36.72"]);
        let near = registry.nearest("36.05", 2);
        let codes: Vec<&str> = near.iter().map(|e| e.code).collect();
        assert_eq!(codes, ["36.04", "36.03"]);
        // A province that does not exist: the provinces nearest it.
        let near = registry.nearest("99.01", 1);
        assert_eq!(near[0].code, "96");
    }

    #[test]
    fn names_compare_without_the_level_word_case_or_spacing() {
        assert!(same_name("Provinsi Banten", "Banten"));
        assert!(same_name("kabupaten  LEBAK", "Kabupaten Lebak"));
        assert!(same_name("Lebak", "Kabupaten Lebak"));
        assert!(!same_name("Kabupaten Lebakk", "Kabupaten Lebak"));
        // Issue 21, item 11: a missing space or a hyphen is spacing too.
        assert!(same_name("Kota Baubau", "Kota Bau Bau"));
        assert!(same_name("Kota Bau-Bau", "Kota Bau Bau"));
        assert!(same_name("Kota Palangka Raya", "Kota Palangkaraya"));
        assert!(!same_name("Kota Palangka", "Kota Palangkaraya"));
        // "Kota Serang" and "Kabupaten Serang" are both Serang by name; the
        // level tells them apart.
        let registry = Registry::builtin();
        let serang = registry.named(Some("36"), "Serang");
        let codes: Vec<&str> = serang.iter().map(|e| e.code).collect();
        assert_eq!(codes, ["36.04", "36.73"]);
        assert_eq!(
            registry.named(Some("36"), "Kabupaten Lebak")[0].code,
            "36.02"
        );
    }

    #[test]
    fn an_official_name_is_written_the_way_the_given_one_is() {
        let list = Registry::builtin();
        let banten = list.get("36").unwrap();
        assert_eq!(written_like("Provinsi Bantenn", &banten), "Provinsi Banten");
        assert_eq!(written_like("Bantenn", &banten), "Banten");
        let lebak = list.get("36.02").unwrap();
        assert_eq!(written_like("Kabupaten Lebakk", &lebak), "Kabupaten Lebak");
        assert_eq!(written_like("Lebakk", &lebak), "Lebak");
        let yoboi = list.get("91.03.01.3007").unwrap();
        assert_eq!(written_like("Desa Yoboi", &yoboi), "Desa Adat Yoboi");
    }

    #[test]
    fn a_folders_own_list_replaces_the_builtin_one() {
        let registry =
            Registry::parse("36\tBanten\n36.02\tKabupaten Lebak\n36.02.01\tMalingping\n36.02.01.2001\tDesa Contoh\n")
                .unwrap();
        assert_eq!(registry.children(None).len(), 1);
        assert_eq!(registry.get("36.02.01.2001").unwrap().name, "Desa Contoh");
        assert_eq!(registry.get("36.03"), None);
    }
}
