//! The positions that name a region, a news item or a figure within one
//! build. They live apart from the types they index, because those types
//! point at each other (a region lists its news, a news item names its
//! region): with each id beside its own type, `region` and `news` would
//! import each other.
//!
//! Each is its own type, so a news item's position cannot be passed where
//! a region's is expected, nor index the wrong list:
//!
//! ```compile_fail
//! use ikm_site::model::{NewsId, RegionId};
//! fn region_page(_: RegionId) {}
//! let news: NewsId = NewsId::at(0);
//! region_page(news);
//! ```
//!
//! ```compile_fail
//! use ikm_site::model::{FigureId, Site};
//! fn title(site: &Site, figure: FigureId) -> &str {
//!     &site.news[figure].title
//! }
//! ```
//!
//! They hold a `u32`, not a `usize`: a desa-scale site keeps these ids in
//! many lists (a region's news and children, every figure's region and
//! news item, the route table), and half the width is half that memory.

/// A model list (`[Region]`, `[NewsItem]`, `[Figure]`) indexed by its id:
/// `site.regions[id]` reads as before, and only with the right kind of id.
/// Invoked beside each item type, so this module imports none of them.
macro_rules! index_by {
    ($id:ty, $item:ty) => {
        impl std::ops::Index<$id> for [$item] {
            type Output = $item;
            fn index(&self, id: $id) -> &$item {
                &self[id.index()]
            }
        }
        impl std::ops::IndexMut<$id> for [$item] {
            fn index_mut(&mut self, id: $id) -> &mut $item {
                &mut self[id.index()]
            }
        }
        impl std::ops::Index<$id> for Vec<$item> {
            type Output = $item;
            fn index(&self, id: $id) -> &$item {
                &self.as_slice()[id]
            }
        }
        impl std::ops::IndexMut<$id> for Vec<$item> {
            fn index_mut(&mut self, id: $id) -> &mut $item {
                &mut self.as_mut_slice()[id]
            }
        }
        impl std::ops::Index<$id> for [std::sync::Arc<$item>] {
            type Output = $item;
            fn index(&self, id: $id) -> &$item {
                &self[id.index()]
            }
        }
        impl std::ops::Index<$id> for Vec<std::sync::Arc<$item>> {
            type Output = $item;
            fn index(&self, id: $id) -> &$item {
                &self.as_slice()[id]
            }
        }
    };
}
pub(super) use index_by;

/// A position as a `u32`. The loader caps each file (10 MB), not how
/// many there are, but the model holds every region, news item and figure
/// at once, each tens of bytes in memory and more in its YAML: 2³² of one
/// kind would need hundreds of gigabytes before reaching this, so on a
/// site that loaded the conversion cannot fail.
#[allow(clippy::expect_used)]
fn narrow(position: usize) -> u32 {
    u32::try_from(position).expect("fewer than 2^32 items of one kind fit in memory")
}

/// A position type: a `u32` made only by `at`, read only by `index`.
macro_rules! position {
    ($(#[$doc:meta])* $name:ident, $what:literal, $walk:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(u32);

        impl $name {
            #[doc = concat!("The ", $what, " at `position` in the model's list. The steps")]
            /// that lay the list out (content → model) create ids; everything
            /// after them takes the ids they made or walks
            #[doc = concat!("[`crate::model::Site::", $walk, "`], except a parallel walk,")]
            /// which numbers the same range itself.
            pub fn at(position: usize) -> $name {
                $name(narrow(position))
            }

            #[doc = concat!("Where the ", $what, " stands in the model's list (and in any")]
            #[doc = concat!("list kept beside it, one entry per ", $what, ").")]
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}

position!(
    /// Index of a region in [`crate::model::Site::regions`].
    RegionId,
    "region",
    "region_ids"
);
position!(
    /// Index of a news item in [`crate::model::Site::news`].
    NewsId,
    "news item",
    "news_ids"
);
position!(
    /// Index of a figure in [`crate::model::Site::figures`].
    FigureId,
    "figure",
    "figure_ids"
);

#[cfg(test)]
mod tests {
    use super::*;

    /// Lists sorted by id and maps keyed by id (conflict groups, the plan's
    /// sets) keep the model's order only if ids compare as positions do.
    #[test]
    fn ids_keep_their_position_and_its_order() {
        let positions = [0, 1, 7, 300, u32::MAX as usize];
        let ids: Vec<RegionId> = positions.iter().map(|&p| RegionId::at(p)).collect();
        assert_eq!(
            ids.iter().map(|id| id.index()).collect::<Vec<_>>(),
            positions
        );
        assert!(ids.windows(2).all(|w| w[0] < w[1]));
    }
}
