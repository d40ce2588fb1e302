//! Where each value of a YAML file is: a second, span-aware parse.
//!
//! `serde_yaml` gives typed values but forgets where they came from, so a
//! semantic error (an unknown metric, a bad parent) could not name its line.
//! The same text is parsed again with `marked-yaml`, which keeps a line and
//! column for every node; validation records the [`YamlPath`] of an offending
//! value (`news[2].figures[0].metric`) and looks its position up here.

use std::fmt;

use marked_yaml::{LoaderOptions, Node};

use crate::messages::Message;
use crate::msg;

/// One step into a YAML document: a mapping key or a sequence index.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Segment {
    Key(String),
    Index(usize),
}

/// The route from a document's root to one value.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct YamlPath(Vec<Segment>);

impl YamlPath {
    pub fn root() -> Self {
        YamlPath::default()
    }

    pub fn key(&self, key: &str) -> Self {
        let mut next = self.clone();
        next.0.push(Segment::Key(key.to_string()));
        next
    }

    pub fn index(&self, index: usize) -> Self {
        let mut next = self.clone();
        next.0.push(Segment::Index(index));
        next
    }

    pub fn segments(&self) -> &[Segment] {
        &self.0
    }
}

impl fmt::Display for YamlPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Key(key) if i == 0 => write!(f, "{key}")?,
                Segment::Key(key) => write!(f, ".{key}")?,
                Segment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// A syntax problem found by the span-aware parser, in the author's terms,
/// with marked-yaml's own error kept as its [`source`](std::error::Error::source)
/// for a caller that wants the parser's view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpanError {
    pub line: usize,
    pub column: usize,
    pub message: Message,
    pub help: Option<Message>,
    /// Shared, so the error stays cheap to clone.
    pub cause: std::sync::Arc<marked_yaml::LoadError>,
}

/// In English, at its position; the loader shows the message in the
/// author's language.
impl fmt::Display for SpanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.message)
    }
}

impl std::error::Error for SpanError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&*self.cause)
    }
}

/// A parsed document with a position for every node.
#[derive(Debug)]
pub struct SpanTree {
    root: Node,
}

impl SpanTree {
    /// Parses `text`, refusing repeated keys (which `serde_yaml` would let
    /// the last one win silently), anchors and tags.
    pub fn parse(text: &str) -> Result<SpanTree, SpanError> {
        // Coercion is marked per scalar, so a quoted `"~"` is told from a bare `~`.
        let options = LoaderOptions::default()
            .error_on_duplicate_keys(true)
            .prevent_coercion(true);
        marked_yaml::parse_yaml_with_options(0, text, options)
            .map(|root| SpanTree { root })
            .map_err(span_error)
    }

    pub fn root(&self) -> &Node {
        &self.root
    }

    /// The node at `path`, if the document has one there.
    pub fn node(&self, path: &YamlPath) -> Option<&Node> {
        let mut node = &self.root;
        for segment in path.segments() {
            node = match segment {
                Segment::Key(key) => node.as_mapping()?.get_node(key)?,
                Segment::Index(index) => node.as_sequence()?.get_node(*index)?,
            };
        }
        Some(node)
    }

    /// Line and column of the value at `path`, or of its nearest ancestor
    /// that exists (a missing field points at the mapping that lacks it).
    pub fn value_position(&self, path: &YamlPath) -> (usize, usize) {
        nearest(path, |prefix| self.node(prefix).and_then(node_start))
    }

    /// Line and column of the key that ends `path` (for "unknown field"),
    /// falling back to the value's position.
    pub fn key_position(&self, path: &YamlPath) -> (usize, usize) {
        if let Some((Segment::Key(key), parent)) = path.segments().split_last() {
            let parent = YamlPath(parent.to_vec());
            if let Some(mapping) = self.node(&parent).and_then(Node::as_mapping) {
                if let Some(found) = mapping.keys().find(|k| k.as_str() == key) {
                    if let Some(start) = found.span().start() {
                        return (start.line(), start.column());
                    }
                }
            }
        }
        self.value_position(path)
    }

    /// The text of the scalar at `path` exactly as written (`36.10`, not 36.1).
    pub fn scalar_text(&self, path: &YamlPath) -> Option<&str> {
        self.node(path)?.as_scalar().map(|s| s.as_str())
    }
}

/// Where every value of a document begins, without the document.
///
/// A parse tree is about ten times the size of its text. A region file
/// keeps only this once its own checks are done, so the cross-file rules
/// can still name a line while 84.000 files do not keep 84.000 trees: one
/// sorted entry of 16 bytes per node, keyed by a hash of the node's path.
/// A hash collision could only move an error to another line of the same
/// file; with 64 bits over a few hundred paths per file it does not happen.
#[derive(Debug, Default)]
pub struct Positions {
    /// (hash of the path, line, column), sorted by hash.
    starts: Vec<(u64, u32, u32)>,
    /// The text of the scalars `keep_text` asked for, as written.
    texts: Vec<(u64, Box<str>)>,
}

impl Positions {
    /// The positions of every node of `tree`, and the text of each scalar
    /// for which `keep_text` is true.
    pub fn of(tree: &SpanTree, keep_text: impl Fn(&str) -> bool) -> Positions {
        let mut positions = Positions::default();
        let mut stack = vec![(YamlPath::root(), &tree.root)];
        while let Some((path, node)) = stack.pop() {
            let key = path_hash(&path);
            if let Some((line, column)) = node_start(node) {
                positions.starts.push((key, line as u32, column as u32));
            }
            if let Some(scalar) = node.as_scalar() {
                if keep_text(scalar.as_str()) {
                    positions.texts.push((key, scalar.as_str().into()));
                }
            } else if let Some(mapping) = node.as_mapping() {
                for (k, value) in mapping.iter() {
                    stack.push((path.key(k.as_str()), value));
                }
            } else if let Some(list) = node.as_sequence() {
                for (i, value) in list.iter().enumerate() {
                    stack.push((path.index(i), value));
                }
            }
        }
        positions.starts.sort_unstable();
        positions.starts.shrink_to_fit();
        positions.texts.sort_unstable();
        positions
    }

    /// Line and column of the value at `path`, or of its nearest ancestor
    /// that exists, exactly as [`SpanTree::value_position`] gives them.
    pub fn value_position(&self, path: &YamlPath) -> (usize, usize) {
        nearest(path, |prefix| {
            by_hash(&self.starts, path_hash(prefix), |e| e.0).map(|e| (e.1 as usize, e.2 as usize))
        })
    }

    /// Forgets the scalar texts, and the position of every node but
    /// those of `paths` and their ancestors, once the rules that read
    /// the rest have run: each of `paths` is then found where it was
    /// before (its nearest ancestor, if it is not written). A region file
    /// kept between loads (`serve`) needs a handful of positions, not the
    /// hundreds its own rules read; at desa scale the rest were 40 MiB.
    pub fn keep_only(&mut self, paths: &[YamlPath]) {
        let kept: std::collections::HashSet<u64> = paths
            .iter()
            .flat_map(|path| {
                let segments = path.segments();
                (0..=segments.len()).map(|len| path_hash(&YamlPath(segments[..len].to_vec())))
            })
            .collect();
        self.starts.retain(|(hash, _, _)| kept.contains(hash));
        self.starts.shrink_to_fit();
        self.texts = Vec::new();
    }

    /// The text of a kept scalar at `path`, as written.
    pub fn scalar_text(&self, path: &YamlPath) -> Option<&str> {
        by_hash(&self.texts, path_hash(path), |e| e.0).map(|e| &*e.1)
    }
}

/// The position `at` gives for `path`, or for its nearest ancestor that has
/// one (a missing field points at the mapping that lacks it); `1:1` if none.
fn nearest(path: &YamlPath, at: impl Fn(&YamlPath) -> Option<(usize, usize)>) -> (usize, usize) {
    let segments = path.segments();
    (0..=segments.len())
        .rev()
        .find_map(|len| at(&YamlPath(segments[..len].to_vec())))
        .unwrap_or((1, 1))
}

/// The entry of `sorted` (sorted by `hash_of`) whose hash is `hash`.
fn by_hash<T>(sorted: &[T], hash: u64, hash_of: impl Fn(&T) -> u64) -> Option<&T> {
    let at = sorted.partition_point(|e| hash_of(e) < hash);
    sorted.get(at).filter(|e| hash_of(e) == hash)
}

/// A hash of a path that is the same in every run (SipHash with fixed keys).
fn path_hash(path: &YamlPath) -> u64 {
    use std::hash::{Hash, Hasher};
    #[allow(deprecated)] // SipHasher is the std hasher with fixed keys
    let mut hasher = std::hash::SipHasher::new();
    path.hash(&mut hasher);
    hasher.finish()
}

/// Where a node begins; for a mapping, its first key (marked-yaml starts a
/// block mapping's span after that key, which is not where an author looks).
fn node_start(node: &Node) -> Option<(usize, usize)> {
    let first_key = node
        .as_mapping()
        .and_then(|m| m.keys().next())
        .and_then(|k| k.span().start());
    first_key
        .or_else(|| node.span().start())
        .map(|m| (m.line(), m.column()))
}

fn span_error(error: marked_yaml::LoadError) -> SpanError {
    use marked_yaml::LoadError::*;
    let at = |m: &marked_yaml::Marker| (m.line(), m.column());
    let ((line, column), message, help) = match &error {
        TopLevelMustBeMapping(m) => (at(m), msg!("top-not-mapping"), None),
        TopLevelMustBeSequence(m) => (at(m), msg!("top-not-list"), None),
        UnexpectedAnchor(m) => (at(m), msg!("yaml-anchor"), Some(msg!("yaml-anchor-help"))),
        MappingKeyMustBeScalar(m) => (at(m), msg!("key-not-scalar"), None),
        UnexpectedTag(m) => (at(m), msg!("yaml-tag"), Some(msg!("yaml-tag-help"))),
        ScanError(m, e) => (at(m), msg!("yaml-invalid", detail = e.info()), None),
        DuplicateKey(inner) => {
            let first = inner.prev_key.span().start().map_or(0, |m| m.line());
            (
                inner.key.span().start().map_or((1, 1), at),
                msg!("duplicate-key", key = inner.key.as_str(), first = first),
                Some(msg!("duplicate-key-help")),
            )
        }
    };
    SpanError {
        line,
        column,
        message,
        help,
        cause: std::sync::Arc::new(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "name: Lebak\nnews:\n  - id: a\n    figures:\n      - metric: jumlah_ikn\n        value: 3\n";

    #[test]
    fn finds_values_and_keys_by_path() {
        let tree = SpanTree::parse(DOC).unwrap();
        let metric = YamlPath::root()
            .key("news")
            .index(0)
            .key("figures")
            .index(0)
            .key("metric");
        assert_eq!(metric.to_string(), "news[0].figures[0].metric");
        assert_eq!(tree.value_position(&metric), (5, 17));
        assert_eq!(tree.key_position(&metric), (5, 9));
        assert_eq!(tree.scalar_text(&metric), Some("jumlah_ikn"));
    }

    #[test]
    fn positions_match_the_tree_they_were_taken_from() {
        let text = "name: A\nnews:\n  - id: x\n    figures:\n      - metric: m\n        value: 21.000\n  - id: y\n";
        let tree = SpanTree::parse(text).unwrap();
        let positions = Positions::of(&tree, |t| t.contains('.'));
        let news = YamlPath::root().key("news");
        let figure = news.index(0).key("figures").index(0);
        for path in [
            YamlPath::root(),
            YamlPath::root().key("name"),
            news.clone(),
            news.index(1).key("id"),
            figure.key("value"),
            figure.key("missing"),
            news.index(5),
        ] {
            assert_eq!(
                positions.value_position(&path),
                tree.value_position(&path),
                "{path}"
            );
        }
        assert_eq!(positions.scalar_text(&figure.key("value")), Some("21.000"));
        assert_eq!(positions.scalar_text(&YamlPath::root().key("name")), None);
    }

    #[test]
    fn positions_kept_for_some_paths_find_them_where_they_were_and_forget_the_rest() {
        let text = "name: A\nlevel: kota\nnews:\n  - id: x\n    title: T\n  - title: U\n";
        let tree = SpanTree::parse(text).unwrap();
        let mut positions = Positions::of(&tree, |_| true);
        let news = YamlPath::root().key("news");
        // `code` is not written, nor is the second item's `id`: both point
        // at their nearest ancestor, before and after.
        let kept = [
            YamlPath::root(),
            YamlPath::root().key("level"),
            YamlPath::root().key("code"),
            news.index(0).key("id"),
            news.index(1).key("id"),
        ];
        let before: Vec<_> = kept.iter().map(|p| positions.value_position(p)).collect();
        positions.keep_only(&kept);
        let after: Vec<_> = kept.iter().map(|p| positions.value_position(p)).collect();
        assert_eq!(after, before);
        assert_eq!(before[2], (1, 1));
        assert_eq!(before[4], (6, 5));
        // A path not asked for falls back to what is kept of its ancestors.
        let title = news.index(0).key("title");
        assert_eq!(tree.value_position(&title), (5, 12));
        assert_eq!(positions.value_position(&title), (4, 5));
        assert_eq!(positions.scalar_text(&title), None);
    }

    #[test]
    fn a_missing_value_points_at_its_parent() {
        let tree = SpanTree::parse(DOC).unwrap();
        let missing = YamlPath::root().key("news").index(0).key("title");
        assert_eq!(tree.value_position(&missing), (3, 5));
    }

    #[test]
    fn refuses_duplicate_keys_with_both_lines() {
        let err = SpanTree::parse("name: A\nlevel: kota\nname: B\n").unwrap_err();
        assert_eq!((err.line, err.column), (3, 1));
        assert!(
            err.message.to_string().contains("`name` a second time")
                && err.message.to_string().contains("line 1"),
            "{}",
            err.message
        );
    }

    /// Issue 18, item 5: the parse error is a `std::error::Error` whose
    /// source is marked-yaml's own error, not a string made of it.
    #[test]
    fn a_parse_error_keeps_the_parser_error_as_its_source() {
        use std::error::Error;
        let err = SpanTree::parse("a: 1\na: 2\n").unwrap_err();
        let source = err.source().expect("a source");
        assert!(matches!(
            source.downcast_ref::<marked_yaml::LoadError>(),
            Some(marked_yaml::LoadError::DuplicateKey(_))
        ));
        assert!(err.to_string().starts_with("2:1: "), "{err}");
    }

    #[test]
    fn refuses_anchors() {
        let err = SpanTree::parse("a: &x 1\nb: *x\n").unwrap_err();
        assert!(
            err.message.to_string().contains("anchor"),
            "{}",
            err.message
        );
    }
}
