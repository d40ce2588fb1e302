//! The positions that name a region, a news item or a figure within one
//! build. They live apart from the types they index, because those types
//! point at each other (a region lists its news, a news item names its
//! region): with each id beside its own type, `region` and `news` would
//! import each other.

/// Index of a region in [`crate::model::Site::regions`].
pub type RegionId = usize;
/// Index of a news item in [`crate::model::Site::news`].
pub type NewsId = usize;
/// Index of a figure in [`crate::model::Site::figures`].
pub type FigureId = usize;
