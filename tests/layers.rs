//! The modules import one way: `model` ← `content` ← `render` ← `output`,
//! with the tools and the CLI on top and the small shared modules
//! (`messages`, `diagnostics`, `progress`, `sink`) below them all; and no
//! files import each other in a circle (issue 18).
//!
//! The test reads every module the crate compiles, following the `mod`
//! declarations from `src/lib.rs` and `src/main.rs`, with syn, and collects
//! every path into the crate: `use crate::…`, `use super::…`, a child
//! module's name, `ikm_site::…` from the binary, and paths written inline
//! (`crate::sink::STAMP_FILE`, also inside macros such as `format!`).
//! Each file is one node. For circles, a path through a `pub use` is an
//! import of the module that defines the item (a `pub use` only hands a
//! name on, and is no import of the module that writes it), and
//! `crate::msg!` one of the module whose `#[macro_export]` defines it. For
//! layers, a path also imports every module it names on the way:
//! `crate::output::X` goes up from `render` even when `X` is defined lower.
//! Test code (`#[cfg(test)]`) is left out: a test may reach anything. The
//! test fails on any circle, naming the files and the line that makes each
//! step, and on any import up the layers.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use proc_macro2::{TokenStream, TokenTree};
use syn::visit::Visit;

/// A module's absolute path: `["lib", "render", "plan"]`, or
/// `["bin", "cmd", "build"]` in the binary.
type ModPath = Vec<String>;

/// The layers of the library, lowest first. A module may import only from
/// its own layer or the ones below it.
const LAYERS: &[&[&str]] = &[
    &["messages", "diagnostics", "progress", "sink"],
    &["model"],
    &["registry"],
    &["content"],
    &["render"],
    &["output"],
    &["authoring", "schema"],
];

fn layer_of(node: &[String]) -> usize {
    match node {
        [krate] if krate == "lib" => LAYERS.len(),
        [krate, ..] if krate == "bin" => LAYERS.len() + 1,
        [_, top, ..] => LAYERS
            .iter()
            .position(|layer| layer.contains(&top.as_str()))
            .unwrap_or_else(|| {
                panic!("`{top}` is a new top-level module: give it its layer in LAYERS")
            }),
        _ => unreachable!("every module path starts with its crate"),
    }
}

fn shown(path: &[String]) -> String {
    match path {
        [krate] => format!("{krate} root"),
        [krate, rest @ ..] if krate == "lib" => rest.join("::"),
        [_, rest @ ..] => format!("(binary) {}", rest.join("::")),
        [] => String::new(),
    }
}

fn is_cfg_test(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|attr| {
        attr.path().is_ident("cfg")
            && attr.meta.require_list().is_ok_and(|list| {
                list.tokens
                    .to_string()
                    .split(|c: char| !c.is_alphanumeric() && c != '_')
                    .any(|w| w == "test")
            })
    })
}

fn item_attrs(item: &syn::Item) -> &[syn::Attribute] {
    use syn::Item::*;
    match item {
        Const(i) => &i.attrs,
        Enum(i) => &i.attrs,
        ExternCrate(i) => &i.attrs,
        Fn(i) => &i.attrs,
        ForeignMod(i) => &i.attrs,
        Impl(i) => &i.attrs,
        Macro(i) => &i.attrs,
        Mod(i) => &i.attrs,
        Static(i) => &i.attrs,
        Struct(i) => &i.attrs,
        Trait(i) => &i.attrs,
        TraitAlias(i) => &i.attrs,
        Type(i) => &i.attrs,
        Union(i) => &i.attrs,
        Use(i) => &i.attrs,
        _ => &[],
    }
}

/// Every path a `use` tree names, with the name it is known by.
fn use_paths(
    tree: &syn::UseTree,
    prefix: &mut Vec<String>,
    out: &mut Vec<(Vec<String>, Option<String>)>,
) {
    match tree {
        syn::UseTree::Path(p) => {
            prefix.push(p.ident.to_string());
            use_paths(&p.tree, prefix, out);
            prefix.pop();
        }
        syn::UseTree::Name(n) => {
            let name = n.ident.to_string();
            if name == "self" {
                out.push((prefix.clone(), prefix.last().cloned()));
            } else {
                let mut path = prefix.clone();
                path.push(name.clone());
                out.push((path, Some(name)));
            }
        }
        syn::UseTree::Rename(r) => {
            let mut path = prefix.clone();
            if r.ident != "self" {
                path.push(r.ident.to_string());
            }
            out.push((path, Some(r.rename.to_string())));
        }
        syn::UseTree::Glob(_) => out.push((prefix.clone(), None)),
        syn::UseTree::Group(g) => {
            for tree in &g.items {
                use_paths(tree, prefix, out);
            }
        }
    }
}

/// One module's file, parsed, and the modules declared in it.
struct Parsed {
    file: PathBuf,
    ast: syn::File,
}

/// What the files say, module by module.
#[derive(Default)]
struct Crate {
    /// Every module (inline ones too) → the file-backed module it is in.
    modules: BTreeMap<ModPath, ModPath>,
    /// Every file-backed module and its file.
    files: BTreeMap<ModPath, PathBuf>,
    /// Module → name → what its `pub use` names.
    reexports: HashMap<ModPath, HashMap<String, Vec<String>>>,
    /// `#[macro_export]` macro name → the module that defines it.
    macros: HashMap<String, ModPath>,
    /// Files of `#[cfg(test)]` modules, which the graph leaves out.
    test_files: BTreeSet<PathBuf>,
}

/// The file of module `name` declared in `file`.
fn child_file(file: &Path, name: &str) -> PathBuf {
    let stem = file
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let dir = file.parent().unwrap_or(Path::new("."));
    let dir = if matches!(stem, "mod" | "lib" | "main") {
        dir.to_path_buf()
    } else {
        dir.join(stem)
    };
    let flat = dir.join(format!("{name}.rs"));
    if flat.exists() {
        flat
    } else {
        dir.join(name).join("mod.rs")
    }
}

impl Crate {
    /// Reads module `path` from `file` and every module it declares.
    fn read(&mut self, path: ModPath, file: PathBuf, parsed: &mut Vec<(ModPath, Parsed)>) {
        let text =
            std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let ast = syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        self.files.insert(path.clone(), file.clone());
        self.declared(&path, &path, &file, &ast.items, parsed);
        parsed.push((path, Parsed { file, ast }));
    }

    fn declared(
        &mut self,
        path: &ModPath,
        node: &ModPath,
        file: &Path,
        items: &[syn::Item],
        parsed: &mut Vec<(ModPath, Parsed)>,
    ) {
        self.modules.insert(path.clone(), node.clone());
        for item in items {
            let test = is_cfg_test(item_attrs(item));
            match item {
                syn::Item::Mod(m) => {
                    let mut child = path.clone();
                    child.push(m.ident.to_string());
                    match (&m.content, test) {
                        (None, true) => {
                            self.test_files
                                .insert(child_file(file, &m.ident.to_string()));
                        }
                        (None, false) => {
                            self.read(child, child_file(file, &m.ident.to_string()), parsed)
                        }
                        (Some(_), true) => {}
                        (Some((_, inner)), false) => {
                            self.declared(&child, node, file, inner, parsed)
                        }
                    }
                }
                syn::Item::Use(u) if !test && !matches!(u.vis, syn::Visibility::Inherited) => {
                    let mut found = Vec::new();
                    use_paths(&u.tree, &mut Vec::new(), &mut found);
                    for (target, name) in found {
                        if let Some(name) = name {
                            self.reexports
                                .entry(path.clone())
                                .or_default()
                                .insert(name, target);
                        }
                    }
                }
                syn::Item::Macro(m)
                    if m.mac.path.is_ident("macro_rules")
                        && m.attrs.iter().any(|a| a.path().is_ident("macro_export")) =>
                {
                    if let Some(name) = &m.ident {
                        self.macros.insert(name.to_string(), path.clone());
                    }
                }
                _ => {}
            }
        }
    }

    /// `path` as written in module `at`, made absolute; `None` for a path
    /// outside the crate (std, a dependency) or to a local item.
    fn absolute(&self, at: &ModPath, path: &[String]) -> Option<Vec<String>> {
        let (first, rest) = path.split_first()?;
        let mut base = match first.as_str() {
            "crate" => vec![at[0].clone()],
            "ikm_site" => vec!["lib".to_string()],
            "self" => at.clone(),
            "super" => {
                let mut base = at.clone();
                let mut rest = path;
                while let Some(("super", tail)) = rest.split_first().map(|(h, t)| (h.as_str(), t)) {
                    base.pop();
                    rest = tail;
                }
                base.extend(rest.iter().cloned());
                return Some(base);
            }
            _ => {
                let mut child = at.clone();
                child.push(first.clone());
                if !self.modules.contains_key(&child) {
                    return None;
                }
                child.extend(rest.iter().cloned());
                return Some(child);
            }
        };
        base.extend(rest.iter().cloned());
        Some(base)
    }

    /// The file-backed module an absolute path leads to, through exported
    /// macros and at most `hops` `pub use`s (none: the module it names).
    fn node_of(&self, path: &[String], hops: usize) -> ModPath {
        let mut module: ModPath = vec![path[0].clone()];
        let mut rest = &path[1..];
        while let Some((next, tail)) = rest.split_first() {
            let mut child = module.clone();
            child.push(next.clone());
            if self.modules.contains_key(&child) {
                module = child;
                rest = tail;
                continue;
            }
            if hops > 0 {
                if let Some(target) = self.reexports.get(&module).and_then(|r| r.get(next)) {
                    if let Some(mut absolute) = self.absolute(&module, target) {
                        absolute.extend(tail.iter().cloned());
                        return self.node_of(&absolute, hops - 1);
                    }
                }
            }
            if module.len() == 1 {
                if let Some(defining) = self.macros.get(next) {
                    return self.modules[defining].clone();
                }
            }
            break;
        }
        self.modules[&module].clone()
    }
}

/// Collects every path into the crate that a file's non-test code writes,
/// with the module it is written in.
struct Paths<'a> {
    at: ModPath,
    found: &'a mut Vec<(ModPath, Vec<String>, String)>,
}

const ROOTS: [&str; 4] = ["crate", "super", "self", "ikm_site"];

impl Paths<'_> {
    fn push(&mut self, path: Vec<String>, written: String) {
        self.found.push((self.at.clone(), path, written));
    }

    /// Paths inside a macro's tokens, which syn leaves unparsed:
    /// `crate :: a :: b`, `$crate :: messages :: Message`, `super :: x`.
    fn scan(&mut self, tokens: TokenStream) {
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        let mut i = 0;
        while i < trees.len() {
            match &trees[i] {
                TokenTree::Group(g) => self.scan(g.stream()),
                TokenTree::Ident(id) if ROOTS.contains(&id.to_string().as_str()) => {
                    let mut path = vec![id.to_string()];
                    let mut j = i + 1;
                    while let (
                        Some(TokenTree::Punct(a)),
                        Some(TokenTree::Punct(b)),
                        Some(TokenTree::Ident(name)),
                    ) = (trees.get(j), trees.get(j + 1), trees.get(j + 2))
                    {
                        if a.as_char() != ':' || b.as_char() != ':' {
                            break;
                        }
                        path.push(name.to_string());
                        j += 3;
                    }
                    if path.len() > 1 {
                        let written = path.join("::");
                        self.push(path, written);
                    }
                    i = j;
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
    }
}

impl<'ast> Visit<'ast> for Paths<'_> {
    fn visit_item(&mut self, item: &'ast syn::Item) {
        if is_cfg_test(item_attrs(item)) {
            return;
        }
        match item {
            syn::Item::Mod(m) => {
                if let Some((_, items)) = &m.content {
                    self.at.push(m.ident.to_string());
                    for item in items {
                        self.visit_item(item);
                    }
                    self.at.pop();
                }
            }
            // A `pub use` only hands on a name: whoever goes through it
            // imports the module that defines the item (see `node_of`), so
            // the re-exporting module itself takes no import from it.
            syn::Item::Use(u) if !matches!(u.vis, syn::Visibility::Inherited) => {}
            syn::Item::Use(u) => {
                let mut found = Vec::new();
                use_paths(&u.tree, &mut Vec::new(), &mut found);
                for (path, _) in found {
                    let written = format!("use {}", path.join("::"));
                    self.push(path, written);
                }
            }
            _ => syn::visit::visit_item(self, item),
        }
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        if segments.len() > 1 {
            let written = segments.join("::");
            self.push(segments, written);
        }
        syn::visit::visit_path(self, path);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        self.scan(mac.tokens.clone());
        syn::visit::visit_macro(self, mac);
    }
}

/// An import between two files, and the first line that makes it.
struct Edge {
    file: PathBuf,
    written: String,
}

struct Graph {
    edges: BTreeMap<ModPath, BTreeMap<ModPath, Edge>>,
    /// Each file and the modules its paths name on the way, before any
    /// `pub use` is followed: `crate::output::X` names `output` even when
    /// `X` is defined lower down, and naming a higher layer is going up.
    named: BTreeMap<ModPath, BTreeMap<ModPath, Edge>>,
    krate: Crate,
}

fn graph(src: &Path) -> Graph {
    let mut krate = Crate::default();
    let mut parsed = Vec::new();
    krate.read(vec!["lib".into()], src.join("lib.rs"), &mut parsed);
    krate.read(vec!["bin".into()], src.join("main.rs"), &mut parsed);
    let mut edges: BTreeMap<ModPath, BTreeMap<ModPath, Edge>> = BTreeMap::new();
    let mut named: BTreeMap<ModPath, BTreeMap<ModPath, Edge>> = BTreeMap::new();
    for (module, file) in &parsed {
        let mut found = Vec::new();
        let mut paths = Paths {
            at: module.clone(),
            found: &mut found,
        };
        for item in &file.ast.items {
            paths.visit_item(item);
        }
        let from = &krate.modules[module];
        for (at, path, written) in found {
            let Some(absolute) = krate.absolute(&at, &path) else {
                continue;
            };
            let to = krate.node_of(&absolute, 8);
            let through = krate.node_of(&absolute, 0);
            if &through != from {
                named
                    .entry(from.clone())
                    .or_default()
                    .entry(through)
                    .or_insert(Edge {
                        file: file.file.clone(),
                        written: written.clone(),
                    });
            }
            if &to != from {
                edges
                    .entry(from.clone())
                    .or_default()
                    .entry(to)
                    .or_insert(Edge {
                        file: file.file.clone(),
                        written,
                    });
            }
        }
        edges.entry(from.clone()).or_default();
    }
    Graph {
        edges,
        named,
        krate,
    }
}

impl Graph {
    /// The circles of imports: each strongly connected set of more than one
    /// file, as one circle through it (Tarjan, then a shortest way back).
    fn cycles(&self) -> Vec<Vec<ModPath>> {
        let nodes: Vec<&ModPath> = self.edges.keys().collect();
        let index_of: HashMap<&ModPath, usize> =
            nodes.iter().enumerate().map(|(i, n)| (*n, i)).collect();
        let next: Vec<Vec<usize>> = nodes
            .iter()
            .map(|n| {
                self.edges[*n]
                    .keys()
                    .filter_map(|m| index_of.get(m).copied())
                    .collect()
            })
            .collect();
        let sets = tarjan(&next);
        sets.into_iter()
            .filter(|set| set.len() > 1)
            .map(|set| {
                let members: BTreeSet<usize> = set.iter().copied().collect();
                let start = *members.iter().next().unwrap_or(&0);
                // Breadth first from `start` back to it, inside the set.
                let mut came_from: HashMap<usize, usize> = HashMap::new();
                let mut queue = std::collections::VecDeque::from([start]);
                'search: while let Some(n) = queue.pop_front() {
                    for &m in &next[n] {
                        if !members.contains(&m) {
                            continue;
                        }
                        if m == start {
                            came_from.insert(usize::MAX, n);
                            break 'search;
                        }
                        if let std::collections::hash_map::Entry::Vacant(e) = came_from.entry(m) {
                            e.insert(n);
                            queue.push_back(m);
                        }
                    }
                }
                let mut circle = vec![start];
                let mut n = came_from[&usize::MAX];
                while n != start {
                    circle.push(n);
                    n = came_from[&n];
                }
                circle.push(start);
                circle.reverse();
                circle.into_iter().map(|i| nodes[i].clone()).collect()
            })
            .collect()
    }

    fn step(&self, from: &ModPath, to: &ModPath) -> String {
        let edge = &self.edges[from][to];
        format!(
            "{} → {}   ({}: {})",
            shown(from),
            shown(to),
            edge.file.display(),
            edge.written
        )
    }
}

/// Tarjan's strongly connected components.
fn tarjan(next: &[Vec<usize>]) -> Vec<Vec<usize>> {
    struct State<'a> {
        next: &'a [Vec<usize>],
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        on_stack: Vec<bool>,
        stack: Vec<usize>,
        counter: usize,
        sets: Vec<Vec<usize>>,
    }
    fn visit(s: &mut State, v: usize) {
        s.index[v] = Some(s.counter);
        s.low[v] = s.counter;
        s.counter += 1;
        s.stack.push(v);
        s.on_stack[v] = true;
        for &w in &s.next[v] {
            match s.index[w] {
                None => {
                    visit(s, w);
                    s.low[v] = s.low[v].min(s.low[w]);
                }
                Some(i) if s.on_stack[w] => s.low[v] = s.low[v].min(i),
                Some(_) => {}
            }
        }
        if Some(s.low[v]) == s.index[v] {
            let mut set = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack[w] = false;
                set.push(w);
                if w == v {
                    break;
                }
            }
            s.sets.push(set);
        }
    }
    let n = next.len();
    let mut s = State {
        next,
        index: vec![None; n],
        low: vec![0; n],
        on_stack: vec![false; n],
        stack: Vec::new(),
        counter: 0,
        sets: Vec::new(),
    };
    for v in 0..n {
        if s.index[v].is_none() {
            visit(&mut s, v);
        }
    }
    s.sets
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every problem in `graph`: each circle, and each import up the layers.
/// Circles that are known and being removed, each as the files in it.
/// None now: any circle fails the test, and so would an entry here once
/// its circle is gone, so the list only shrinks.
const KNOWN_CIRCLES: &[&[&str]] = &[];

fn problems_of(graph: &Graph, known: &[&[&str]]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    for circle in graph.cycles() {
        let members: BTreeSet<String> = circle.iter().map(|m| shown(m)).collect();
        if let Some(k) = known
            .iter()
            .position(|k| k.iter().map(|m| m.to_string()).collect::<BTreeSet<_>>() == members)
        {
            seen.insert(k);
            continue;
        }
        let steps: Vec<String> = circle
            .windows(2)
            .map(|w| format!("  {}", graph.step(&w[0], &w[1])))
            .collect();
        let members: Vec<String> = members.into_iter().collect();
        problems.push(format!(
            "import circle among {}; one way round:\n{}",
            members.join(", "),
            steps.join("\n")
        ));
    }
    for (k, circle) in known.iter().enumerate() {
        if !seen.contains(&k) {
            problems.push(format!(
                "no longer a circle, remove it from KNOWN_CIRCLES: {}",
                circle.join(", ")
            ));
        }
    }
    for (from, targets) in graph.edges.iter().chain(&graph.named) {
        for (to, edge) in targets {
            let step = format!(
                "import up the layers: {} → {}   ({}: {})",
                shown(from),
                shown(to),
                edge.file.display(),
                edge.written
            );
            if layer_of(to) > layer_of(from) && !problems.contains(&step) {
                problems.push(step);
            }
        }
    }
    problems
}

#[test]
fn imports_run_one_way_and_in_no_circle() {
    let graph = graph(&src());
    let problems = problems_of(&graph, KNOWN_CIRCLES);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_source_file_is_read() {
    let graph = graph(&src());
    let read: BTreeSet<PathBuf> = graph.krate.files.values().cloned().collect();
    for entry in walkdir::WalkDir::new(src()) {
        let path = entry.unwrap().into_path();
        if path.extension().is_some_and(|e| e == "rs") {
            let tests = graph
                .krate
                .test_files
                .iter()
                .any(|t| path.starts_with(t.with_extension("")) || path == *t);
            assert!(
                read.contains(&path) || tests,
                "{} is not reached from lib.rs or main.rs",
                path.display()
            );
        }
    }
}

/// The checks themselves, on a made-up crate: they find a circle through
/// `super::`, an inline path, a `pub use` and a macro, and an import up.
#[test]
fn the_checks_find_a_circle_and_an_import_up_the_layers() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path();
    let write = |path: &str, text: &str| {
        let path = src.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write(
        "lib.rs",
        "pub mod messages;\npub mod model;\npub mod render;\npub mod output;\n",
    );
    write("main.rs", "fn main() { ikm_site::render::go(); }\n");
    write("messages/mod.rs", "#[macro_export]\nmacro_rules! msg { () => { $crate::messages::Message }; }\npub struct Message;\n");
    write(
        "model.rs",
        "pub struct Site;\n#[cfg(test)]\nmod tests { use crate::output::X; }\n",
    );
    write(
        "render/mod.rs",
        "pub mod plan;\npub mod kit;\npub use kit::Kit;\npub fn go() {}\n",
    );
    write(
        "render/plan.rs",
        "use super::Kit;\npub struct Plan;\nfn g(_: crate::output::Y) {}\n",
    );
    write("render/kit.rs", "pub struct Kit(pub super::plan::Plan);\nfn f() -> usize { format!(\"{}\", crate::output::X).len() }\n");
    write(
        "output.rs",
        "pub const X: u8 = 1;\npub use crate::messages::Message as Y;\nfn f() { let _ = crate::msg!(); }\n",
    );
    let graph = graph(src);
    let problems = problems_of(&graph, &[]);
    assert_eq!(problems.len(), 3, "{problems:#?}");
    let circle = &problems[0];
    assert!(
        circle.starts_with("import circle among render::kit, render::plan"),
        "{circle}"
    );
    // Through `render`'s `pub use kit::Kit`, to the module that defines it.
    assert!(
        circle.contains("render::plan → render::kit") && circle.contains("use super::Kit"),
        "{circle}"
    );
    assert!(circle.contains("render::kit → render::plan"), "{circle}");
    // Inside a macro, and not from the `#[cfg(test)]` module of `model`.
    assert!(
        problems[1].starts_with("import up the layers: render::kit → output")
            && problems[1].contains("crate::output::X"),
        "{}",
        problems[1]
    );
    // `Y` is `messages`' own, but the path goes through `output`.
    assert!(
        problems[2].starts_with("import up the layers: render::plan → output")
            && problems[2].contains("crate::output::Y"),
        "{}",
        problems[2]
    );

    // A known circle is let through; a known one that is gone is named.
    let problems = problems_of(
        &graph,
        &[&["render::kit", "render::plan"], &["model", "output"]],
    );
    assert_eq!(problems.len(), 3, "{problems:#?}");
    assert_eq!(
        problems[0],
        "no longer a circle, remove it from KNOWN_CIRCLES: model, output"
    );
    assert!(
        problems[1].starts_with("import up the layers"),
        "{}",
        problems[1]
    );
    // The macro resolves to `messages`, which is below `output`: no problem.
    assert!(graph.edges[&vec!["lib".to_string(), "output".to_string()]]
        .contains_key(&vec!["lib".to_string(), "messages".to_string()]));
}

/// Placement is a model of where things are: it asks the model and the
/// route table, never a renderer, so the plan and every page can ask it.
#[test]
fn placement_depends_only_on_the_model_and_the_route_table() {
    let graph = graph(&src());
    let allowed = |to: &ModPath| {
        let name = shown(to);
        name == "model"
            || name.starts_with("model::")
            || name == "render::route"
            || name.starts_with("render::placement")
    };
    let mut placement = 0;
    for (from, targets) in graph.edges.iter().chain(&graph.named) {
        if !shown(from).starts_with("render::placement") {
            continue;
        }
        placement += 1;
        for (to, edge) in targets {
            assert!(
                allowed(to),
                "{} imports {} ({}: {})",
                shown(from),
                shown(to),
                edge.file.display(),
                edge.written
            );
        }
    }
    assert!(placement >= 5, "placement's files were not found");
}
