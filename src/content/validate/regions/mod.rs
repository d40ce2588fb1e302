//! Region files: regions, their news items and the figures those report.
//!
//! One job per file, in the order a region file meets them:
//! - [`parse`]: the text to its raw shape and the positions of its values;
//! - [`file`]: every rule one file can break on its own, run on each file
//!   in parallel as soon as it is parsed, with [`news`] and [`figures`]
//!   for the rules of a news item and of a figure;
//! - [`across`]: the rules that need every file (slugs, codes, parents,
//!   lone tags);
//! - [`official`]: each file against the official list of regions;
//! - [`assemble`]: numbering regions, news items and figures into the
//!   model's order.
//!
//! Here are the values they pass each other: the parsed file, the places
//! kept for later warnings, and [`FileCheck`], the one argument through
//! which every rule about a value reports it.

mod across;
mod assemble;
mod built;
mod figures;
mod file;
mod news;
mod official;
mod parse;
mod rules;

pub use assemble::{build, build_after, Settled};
pub use built::{Built, BuiltAt};
pub use figures::MAX_FIGURES_PER_ITEM;
pub use file::{check_file, CheckedFile};
pub use parse::{parse, parse_source};
pub use rules::FileRules;

use std::path::Path;
use std::sync::Arc;

use crate::content::raw::RawRegion;
use crate::content::source::Source;
use crate::content::spans::{Positions, YamlPath};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::messages::Message;
use crate::model::{Figure, NewsItem, Region};

/// A region file that parsed, with its slug.
pub struct RegionFile {
    slug: String,
    source: Source,
    /// Where each value is: the parse tree itself is dropped as soon as the
    /// file's own checks are done.
    positions: Positions,
    raw: RawRegion,
    /// Errors of misspelt fields, read past so the file's other rules run.
    misspelt: Diagnostics,
}

impl RegionFile {
    /// Drops what only the file's own rules read, once they have run: the
    /// text of every line but those the rules across files can point at
    /// (the first key, `name`, `level`, `parent`, `code` and each news
    /// item's `id`; blank lines keep the others' numbers), the positions
    /// of every other value, and the scalar texts kept for the figures'
    /// checks. At desa scale the texts of 83.000 files were a third of a
    /// GiB held through the load, and `serve` keeps every file between
    /// loads.
    pub(super) fn keep_for_cross_file_rules(&mut self, news_items: usize) {
        let root = YamlPath::root();
        let fields = ["name", "level", "parent", "code"].map(|f| root.key(f));
        let ids = (0..news_items).map(|n| root.key("news").index(n).key("id"));
        let paths: Vec<YamlPath> = std::iter::once(root.clone())
            .chain(fields)
            .chain(ids)
            .collect();
        let kept: std::collections::HashSet<usize> = paths
            .iter()
            .map(|path| self.positions.value_position(path).0)
            .collect();
        let mut text = String::new();
        for (i, line) in self.source.text.lines().enumerate() {
            if kept.contains(&(i + 1)) {
                text.push_str(line);
            }
            text.push('\n');
        }
        self.source.text = text;
        self.positions.keep_only(&paths);
    }
}

/// Where a value was written, kept after the parse tree is gone, for
/// warnings that are only known once every file is read (conflicts, lone
/// near-duplicate tags).
///
/// The path is shared by every place of a file and the line is shared
/// too: `serve` copies every kept place into each new model, two million
/// of them at desa scale, and a copy is then a count, not an allocation.
#[derive(Clone)]
pub struct FigurePosition {
    pub(super) file: Arc<Path>,
    pub(super) line: usize,
    column: usize,
    line_text: Arc<str>,
}

impl FigurePosition {
    /// The place of `path` in `file`, whose lines are `lines`.
    fn of(file: &Arc<Path>, lines: &[&str], tree: &Positions, path: &YamlPath) -> Self {
        let (line, column) = tree.value_position(path);
        FigurePosition {
            file: file.clone(),
            line,
            column,
            line_text: Arc::from(lines.get(line.saturating_sub(1)).copied().unwrap_or("")),
        }
    }

    /// `file:line`, for a message that points at this place from another.
    pub(super) fn reference(&self) -> String {
        format!("{}:{}", self.file.display(), self.line)
    }

    /// A warning at this place, showing its line.
    pub(super) fn warning(&self, message: Message) -> Diagnostic {
        Diagnostic::warning(&self.file, self.line, self.column, message).with_line(&self.line_text)
    }
}

/// One region file under check: where its values are and where its
/// problems go. Every rule about a value takes this one argument, instead
/// of a closure for positions and the list of problems threaded beside it.
pub(super) struct FileCheck<'a> {
    pub source: &'a Source,
    pub tree: &'a Positions,
    pub diagnostics: &'a mut Diagnostics,
}

impl FileCheck<'_> {
    /// An error at the value at `path`.
    pub fn error_at(&self, path: &YamlPath, message: Message) -> Diagnostic {
        let (line, column) = self.tree.value_position(path);
        self.source.error(line, column, message)
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }
}

/// What the region files hold, ready for [`Site::assemble`].
pub struct Content {
    pub regions: Vec<Region>,
    /// Each item shared with the lists of the load before where it is the
    /// same (see [`built`]).
    pub news: Vec<Arc<NewsItem>>,
    pub figures: Vec<Arc<Figure>>,
    /// Where each figure, news item and region was written, with the
    /// warnings an editor acknowledged there, in the order of the model.
    pub places: Places,
    /// The `@/` links of every summary, in file order.
    pub links: Vec<crate::model::links::ContentLink>,
    /// Where each file's news items, figures and places are in these
    /// lists, in the order the files were given.
    pub at: Vec<BuiltAt>,
}

/// A place in a region file and the codes its `checked` list acknowledges.
#[derive(Clone)]
pub struct Kept {
    pub at: FigurePosition,
    pub checked: Vec<String>,
}

/// [`Kept`] for every figure and news item of one file, in its order,
/// and for its region.
#[derive(Clone)]
pub struct FilePlaces {
    pub figures: Vec<Kept>,
    pub news: Vec<Kept>,
    pub region: Kept,
}

/// [`Kept`] for every figure, news item and region, found by their
/// positions in the model: each file's are shared with the load before
/// (see [`built`]), so a load after an edit copies a pointer per file,
/// not a place per figure (a million at desa scale).
#[derive(Default, Clone)]
pub struct Places {
    /// Each file's, in the model's order of their regions.
    files: Vec<Arc<FilePlaces>>,
    /// The position of each file's first news item and first figure.
    first_news: Vec<usize>,
    first_figure: Vec<usize>,
    news_count: usize,
    figure_count: usize,
}

impl Places {
    /// Sized for `files` files.
    fn with_capacity(files: usize) -> Places {
        Places {
            files: Vec::with_capacity(files),
            first_news: Vec::with_capacity(files),
            first_figure: Vec::with_capacity(files),
            ..Places::default()
        }
    }

    /// Adds the places of the next file in the model's order.
    fn push(&mut self, file: Arc<FilePlaces>) {
        self.first_news.push(self.news_count);
        self.first_figure.push(self.figure_count);
        self.news_count += file.news.len();
        self.figure_count += file.figures.len();
        self.files.push(file);
    }

    /// The places of the file of the region at `position`.
    pub fn file(&self, position: usize) -> Option<&Arc<FilePlaces>> {
        self.files.get(position)
    }

    pub fn region(&self, position: usize) -> &Kept {
        &self.files[position].region
    }

    pub fn news(&self, position: usize) -> &Kept {
        let file = owner(&self.first_news, position);
        &self.files[file].news[position - self.first_news[file]]
    }

    pub fn figure(&self, position: usize) -> &Kept {
        let file = owner(&self.first_figure, position);
        &self.files[file].figures[position - self.first_figure[file]]
    }

    /// The places of every figure, news item and region, each in the
    /// model's order.
    pub fn all(&self) -> [Box<dyn Iterator<Item = &Kept> + '_>; 3] {
        [
            Box::new(self.files.iter().flat_map(|f| &f.figures)),
            Box::new(self.files.iter().flat_map(|f| &f.news)),
            Box::new(self.files.iter().map(|f| &f.region)),
        ]
    }
}

/// The file whose items include `position`, given each file's first:
/// the last file that starts at or before it (a file without items starts
/// where the next one does, so it is never the last such).
fn owner(firsts: &[usize], position: usize) -> usize {
    firsts
        .partition_point(|&first| first <= position)
        .saturating_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PartialDate, Vocabularies};

    #[test]
    fn an_item_is_found_in_the_file_it_was_written_in_past_files_without_any() {
        // Files of 2, 0, 3, 0 and 1 items.
        let firsts = [0, 2, 2, 5, 5];
        let owners: Vec<usize> = (0..6).map(|i| owner(&firsts, i)).collect();
        assert_eq!(owners, [0, 0, 2, 2, 2, 4]);
    }

    #[test]
    fn a_checked_file_keeps_only_the_lines_the_rules_across_files_show() {
        let text = "# komentar\nname: Kabupaten Uji\nlevel: kabupaten\nparent: banten\nsummary: Ringkasan panjang.\nnews:\n  - id: uji-2020\n    title: Judul\n    outlet: Media\n    summary: Isi berita.\n";
        let source = Source {
            path: "regions/banten/uji.yaml".into(),
            text: text.into(),
        };
        let vocabularies = Vocabularies::default();
        let today = PartialDate::day(2026, 12, 4).unwrap();
        let rules = FileRules::new(Some(&[]), today, &vocabularies);
        let checked = check_file(parse_source(source).unwrap(), &rules);
        let kept: Vec<&str> = checked.file.source.text.lines().collect();
        assert_eq!(
            kept,
            [
                "",
                "name: Kabupaten Uji",
                "level: kabupaten",
                "parent: banten",
                "",
                "",
                "  - id: uji-2020",
                "",
                "",
                ""
            ]
        );
        let at = checked
            .file
            .positions
            .value_position(&YamlPath::root().key("parent"));
        assert_eq!(at, (4, 9));
    }
}
