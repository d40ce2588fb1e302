//! Names of regions, news items and figures that outlive one build.
//!
//! [`RegionId`], [`NewsId`] and [`FigureId`] are positions in this build's
//! arrays, which are sorted: one new region file renumbers every region
//! after it. A key is what the author wrote: a region file's slug, a news
//! item's `id`, a figure's place in its news item. It names the same thing
//! in the next build, whatever was added or removed elsewhere, so a dev
//! server can compare two builds by keys, never by positions.

use super::{FigureId, NewsId, RegionId, Site};

/// A region, by its file's slug.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RegionKey(pub String);

/// A news item, by its `id` (unique across the site).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NewsKey(pub String);

/// A figure, by its news item and its place in that item's `figures`
/// (from 0): the same place its public anchor `#angka-N` names.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FigureKey {
    pub news: NewsKey,
    pub position: usize,
}

impl Site {
    pub fn region_key(&self, id: RegionId) -> RegionKey {
        RegionKey(self.regions[id].slug.clone())
    }

    /// The region `key` names in this build, if it still exists.
    pub fn region_id(&self, key: &RegionKey) -> Option<RegionId> {
        self.region_by_slug.get(&key.0).copied()
    }

    pub fn news_key(&self, id: NewsId) -> NewsKey {
        NewsKey(self.news[id].id.clone())
    }

    /// The news item `key` names in this build, if it still exists.
    pub fn news_id(&self, key: &NewsKey) -> Option<NewsId> {
        self.news_by_key.get(&key.0).copied()
    }

    pub fn figure_key(&self, id: FigureId) -> FigureKey {
        let figure = &self.figures[id];
        FigureKey {
            news: self.news_key(figure.news),
            position: figure.position,
        }
    }

    /// The figure `key` names in this build, if its news item still has a
    /// figure at that place.
    pub fn figure_id(&self, key: &FigureKey) -> Option<FigureId> {
        let news = self.news_id(&key.news)?;
        self.news[news]
            .figures
            .iter()
            .copied()
            .find(|&f| self.figures[f].position == key.position)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn load(dir: &Path) -> Site {
        crate::content::load(dir, None).unwrap().site
    }

    /// A region file whose name sorts before every other region is added:
    /// positions move, keys still name the same region, news and figure.
    #[test]
    fn keys_name_the_same_things_after_a_region_is_added_elsewhere() {
        let fixture = crate::test_support::site_fixture();
        let before = load(&fixture);
        let copy = tempfile::tempdir().unwrap();
        crate::test_support::copy_folder(&fixture, copy.path());
        std::fs::write(
            copy.path().join("regions/sulawesi-tenggara/bombana.yaml"),
            "name: Kabupaten Bombana\nlevel: kabupaten\nparent: sulawesi-tenggara\nnews:\n  - id: aaa-1\n    title: Aaa\n    outlet: Uji\n    published: 2030-01-01\n    summary: Uji.\n    figures:\n      - metric: jumlah_ikm\n        value: 1\n",
        )
        .unwrap();
        let after = load(copy.path());

        let lebak = RegionKey("lebak".into());
        let (old, new) = (
            before.region_id(&lebak).unwrap(),
            after.region_id(&lebak).unwrap(),
        );
        assert_ne!(old, new, "the new region must shift positions");
        assert_eq!(after.region_key(new), lebak);
        assert_eq!(after.regions[new].name, before.regions[old].name);

        let figure = before.news[before.regions[old].news[0]].figures[0];
        let key = before.figure_key(figure);
        let moved = after.figure_id(&key).unwrap();
        assert_eq!(after.figures[moved].amount, before.figures[figure].amount);
        assert_eq!(after.figure_key(moved), key);
        assert_eq!(after.news_id(&NewsKey("tidak-ada".into())), None);
    }
}
