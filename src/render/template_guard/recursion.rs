//! Cycles among a site's templates, refused before any page renders:
//! Tera follows includes, `extends` chains, macro imports and macro calls
//! recursively without a depth limit, so a cycle would overflow the stack.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use tera::ast::{Expr, ExprVal, Node};
use tera::Tera;

/// Something that can be entered while rendering: a template or a macro.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Callee {
    Template(String),
    Macro { file: String, name: String },
}

impl Callee {
    fn describe(&self) -> String {
        match self {
            Callee::Template(name) => format!("`{name}`"),
            Callee::Macro { file, name } => format!("the macro `{name}` in `{file}`"),
        }
    }
}

/// Refuses a template that extends itself, directly or through others,
/// one that extends a template that does not exist, and macro files that
/// import each other. Run before Tera builds the inheritance chains: Tera
/// follows them recursively and only notices a cycle that comes back to
/// the template it started from, so `index.html` extending a `base.html`
/// that extends itself never ends; and it gathers a page's macros by
/// following imports (and parents) recursively with no check at all.
/// The walk along `extends` is a loop, at most as long as there are
/// templates.
pub fn check_extends(tera: &Tera) -> Result<(), crate::messages::Message> {
    let mut names: Vec<&String> = tera.templates.keys().collect();
    names.sort();
    for start in names {
        let mut chain = vec![start.as_str()];
        let mut current = start.as_str();
        while let Some(parent) = tera
            .templates
            .get(current)
            .and_then(|t| t.parent.as_deref())
        {
            if let Some(at) = chain.iter().position(|name| *name == parent) {
                let steps: Vec<String> = chain[at..]
                    .iter()
                    .chain([&parent])
                    .map(|name| format!("`{name}`"))
                    .collect();
                return Err(crate::msg!("template-recursion", steps = steps.join(" → ")));
            }
            if !tera.templates.contains_key(parent) {
                return Err(crate::msg!(
                    "template-missing-parent",
                    template = current,
                    parent = parent
                ));
            }
            chain.push(parent);
            current = parent;
        }
    }
    // What Tera follows to gather macros: imports and parents.
    let mut edges: BTreeMap<Callee, BTreeSet<Callee>> = BTreeMap::new();
    for (name, template) in &tera.templates {
        let imports = template.imported_macro_files.iter().map(|(file, _)| file);
        edges
            .entry(Callee::Template(name.clone()))
            .or_default()
            .extend(
                imports
                    .chain(&template.parent)
                    .map(|file| Callee::Template(file.clone())),
            );
    }
    let mut done = BTreeSet::new();
    for start in edges.keys() {
        if let Some(cycle) = find_cycle(start, &edges, &mut Vec::new(), &mut done) {
            let steps: Vec<String> = cycle.iter().map(Callee::describe).collect();
            return Err(crate::msg!("template-recursion", steps = steps.join(" → ")));
        }
    }
    Ok(())
}

/// Refuses any cycle of includes, extends and macro calls among the
/// parsed templates, with a message that names every step of it.
pub fn check_recursion(tera: &Tera) -> Result<(), crate::messages::Message> {
    let mut edges: BTreeMap<Callee, BTreeSet<Callee>> = BTreeMap::new();
    for (name, template) in &tera.templates {
        let imports: HashMap<&str, &str> = template
            .imported_macro_files
            .iter()
            .map(|(file, namespace)| (namespace.as_str(), file.as_str()))
            .collect();
        let resolve = |namespace: &str, macro_name: &str| Callee::Macro {
            file: if namespace == "self" {
                name.clone()
            } else {
                imports.get(namespace).map_or(namespace, |f| f).to_string()
            },
            name: macro_name.to_string(),
        };
        let mut top = BTreeSet::new();
        if let Some(parent) = &template.parent {
            top.insert(Callee::Template(parent.clone()));
        }
        let mut macros: Vec<(String, BTreeSet<Callee>)> = Vec::new();
        collect_nodes(&template.ast, &resolve, &mut top, &mut macros);
        edges
            .entry(Callee::Template(name.clone()))
            .or_default()
            .extend(top);
        for (macro_name, calls) in macros {
            edges
                .entry(Callee::Macro {
                    file: name.clone(),
                    name: macro_name,
                })
                .or_default()
                .extend(calls);
        }
    }
    let mut done = BTreeSet::new();
    for start in edges.keys() {
        let mut path = Vec::new();
        if let Some(cycle) = find_cycle(start, &edges, &mut path, &mut done) {
            let steps: Vec<String> = cycle.iter().map(Callee::describe).collect();
            return Err(crate::msg!("template-recursion", steps = steps.join(" → ")));
        }
    }
    Ok(())
}

/// Depth-first search from `node`; the cycle found, first step repeated last.
fn find_cycle(
    node: &Callee,
    edges: &BTreeMap<Callee, BTreeSet<Callee>>,
    path: &mut Vec<Callee>,
    done: &mut BTreeSet<Callee>,
) -> Option<Vec<Callee>> {
    if let Some(at) = path.iter().position(|c| c == node) {
        let mut cycle = path[at..].to_vec();
        cycle.push(node.clone());
        return Some(cycle);
    }
    if done.contains(node) {
        return None;
    }
    path.push(node.clone());
    for next in edges.get(node).into_iter().flatten() {
        if let Some(cycle) = find_cycle(next, edges, path, done) {
            return Some(cycle);
        }
    }
    path.pop();
    done.insert(node.clone());
    None
}

/// Records what `nodes` include and call into `calls`; each macro defined
/// among them gets its own entry in `macros`.
fn collect_nodes(
    nodes: &[Node],
    resolve: &dyn Fn(&str, &str) -> Callee,
    calls: &mut BTreeSet<Callee>,
    macros: &mut Vec<(String, BTreeSet<Callee>)>,
) {
    for node in nodes {
        match node {
            Node::VariableBlock(_, expr) => collect_expr(expr, resolve, calls),
            Node::MacroDefinition(_, definition, _) => {
                let mut inner = BTreeSet::new();
                for default in definition.args.values().flatten() {
                    collect_expr(default, resolve, &mut inner);
                }
                collect_nodes(&definition.body, resolve, &mut inner, macros);
                macros.push((definition.name.clone(), inner));
            }
            Node::Include(_, names, _) => {
                calls.extend(names.iter().cloned().map(Callee::Template));
            }
            Node::Set(_, set) => collect_expr(&set.value, resolve, calls),
            Node::FilterSection(_, section, _) => {
                section
                    .filter
                    .args
                    .values()
                    .for_each(|e| collect_expr(e, resolve, calls));
                collect_nodes(&section.body, resolve, calls, macros);
            }
            Node::Block(_, block, _) => collect_nodes(&block.body, resolve, calls, macros),
            Node::Forloop(_, forloop, _) => {
                collect_expr(&forloop.container, resolve, calls);
                collect_nodes(&forloop.body, resolve, calls, macros);
                if let Some(empty) = &forloop.empty_body {
                    collect_nodes(empty, resolve, calls, macros);
                }
            }
            Node::If(branches, _) => {
                for (_, condition, body) in &branches.conditions {
                    collect_expr(condition, resolve, calls);
                    collect_nodes(body, resolve, calls, macros);
                }
                if let Some((_, body)) = &branches.otherwise {
                    collect_nodes(body, resolve, calls, macros);
                }
            }
            Node::Super
            | Node::Text(_)
            | Node::Extends(..)
            | Node::ImportMacro(..)
            | Node::Raw(..)
            | Node::Break(_)
            | Node::Continue(_)
            | Node::Comment(..) => {}
        }
    }
}

fn collect_expr(expr: &Expr, resolve: &dyn Fn(&str, &str) -> Callee, calls: &mut BTreeSet<Callee>) {
    for filter in &expr.filters {
        filter
            .args
            .values()
            .for_each(|e| collect_expr(e, resolve, calls));
    }
    collect_value(&expr.val, resolve, calls);
}

fn collect_value(
    value: &ExprVal,
    resolve: &dyn Fn(&str, &str) -> Callee,
    calls: &mut BTreeSet<Callee>,
) {
    match value {
        ExprVal::MacroCall(call) => {
            calls.insert(resolve(&call.namespace, &call.name));
            call.args
                .values()
                .for_each(|e| collect_expr(e, resolve, calls));
        }
        ExprVal::FunctionCall(call) => call
            .args
            .values()
            .for_each(|e| collect_expr(e, resolve, calls)),
        ExprVal::Math(math) => {
            collect_expr(&math.lhs, resolve, calls);
            collect_expr(&math.rhs, resolve, calls);
        }
        ExprVal::Logic(logic) => {
            collect_expr(&logic.lhs, resolve, calls);
            collect_expr(&logic.rhs, resolve, calls);
        }
        ExprVal::In(within) => {
            collect_expr(&within.lhs, resolve, calls);
            collect_expr(&within.rhs, resolve, calls);
        }
        ExprVal::Test(test) => test
            .args
            .iter()
            .for_each(|e| collect_expr(e, resolve, calls)),
        ExprVal::Array(items) => items.iter().for_each(|e| collect_expr(e, resolve, calls)),
        ExprVal::StringConcat(concat) => concat
            .values
            .iter()
            .for_each(|v| collect_value(v, resolve, calls)),
        ExprVal::String(_)
        | ExprVal::Int(_)
        | ExprVal::Float(_)
        | ExprVal::Bool(_)
        | ExprVal::Ident(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::template_guard::tests::tera;

    #[test]
    fn a_template_that_includes_itself_is_refused() {
        let err = check_recursion(&tera(&[("a.html", "x{% include \"a.html\" %}")]))
            .unwrap_err()
            .to_string();
        assert!(err.contains("`a.html` → `a.html`"), "{err}");
    }

    #[test]
    fn an_include_cycle_through_extends_is_refused() {
        let err = check_recursion(&tera(&[
            (
                "base.html",
                "{% block b %}{% endblock %}{% include \"page.html\" %}",
            ),
            (
                "page.html",
                "{% extends \"base.html\" %}{% block b %}p{% endblock %}",
            ),
        ]))
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("`base.html`") && err.contains("`page.html`"),
            "{err}"
        );
    }

    /// Parsed one by one, as `templates::load` does, so the chains are not
    /// built before the check.
    fn parsed(templates: &[(&str, &str)]) -> Tera {
        let mut tera = Tera::default();
        for (name, text) in templates {
            let template = tera::Template::new(name, None, text).unwrap();
            tera.templates.insert(name.to_string(), template);
        }
        tera
    }

    #[test]
    fn a_template_that_extends_itself_is_refused_from_any_start() {
        // `index.html` sorts after `base.html`, but Tera could start from it.
        let err = check_extends(&parsed(&[
            ("base.html", "{% extends \"base.html\" %}"),
            ("index.html", "{% extends \"base.html\" %}"),
        ]))
        .unwrap_err()
        .to_string();
        assert!(err.contains(": `base.html` → `base.html`;"), "{err}");
    }

    #[test]
    fn a_longer_extends_cycle_is_named_whole() {
        let err = check_extends(&parsed(&[
            ("a.html", "{% extends \"b.html\" %}"),
            ("b.html", "{% extends \"c.html\" %}"),
            ("c.html", "{% extends \"a.html\" %}"),
            ("0.html", "{% extends \"b.html\" %}"),
        ]))
        .unwrap_err()
        .to_string();
        assert!(
            err.contains(": `b.html` → `c.html` → `a.html` → `b.html`;"),
            "{err}"
        );
    }

    #[test]
    fn extending_a_missing_template_is_refused() {
        let err = check_extends(&parsed(&[
            ("page.html", "{% extends \"base.html\" %}"),
            ("base.html", "{% extends \"layout.html\" %}"),
        ]))
        .unwrap_err()
        .to_string();
        assert!(
            err.starts_with("the template `base.html` extends `layout.html`, which"),
            "{err}"
        );
    }

    #[test]
    fn macro_files_that_import_each_other_are_refused() {
        let err = check_extends(&parsed(&[
            (
                "m.html",
                "{% import \"n.html\" as n %}{% macro a() %}A{% endmacro a %}",
            ),
            (
                "n.html",
                "{% import \"m.html\" as m %}{% macro b() %}B{% endmacro b %}",
            ),
            ("p.html", "{% import \"m.html\" as m %}{{ m::a() }}"),
        ]))
        .unwrap_err()
        .to_string();
        assert!(err.contains(": `m.html` → `n.html` → `m.html`;"), "{err}");
        let err = check_extends(&parsed(&[(
            "m.html",
            "{% import \"m.html\" as again %}{% macro a() %}A{% endmacro a %}",
        )]))
        .unwrap_err()
        .to_string();
        assert!(err.contains(": `m.html` → `m.html`;"), "{err}");
    }

    #[test]
    fn an_extends_chain_without_a_cycle_passes() {
        check_extends(&parsed(&[
            ("a.html", "{% block b %}{% endblock %}"),
            ("b.html", "{% extends \"a.html\" %}"),
            (
                "c.html",
                "{% extends \"b.html\" %}{% import \"m.html\" as m %}",
            ),
            ("m.html", "{% macro a() %}A{% endmacro a %}"),
        ]))
        .unwrap();
    }

    #[test]
    fn mutually_recursive_macros_are_refused() {
        let err = check_recursion(&tera(&[
            (
                "m.html",
                "{% macro a() %}{{ self::b() }}{% endmacro a %}{% macro b() %}{% set x = [1, self::a()] %}{% endmacro b %}",
            ),
            ("p.html", "{% import \"m.html\" as m %}{{ m::a() }}"),
        ]))
        .unwrap_err().to_string();
        assert!(err.contains("the macro `a` in `m.html`"), "{err}");
        assert!(err.contains("the macro `b` in `m.html`"), "{err}");
    }

    #[test]
    fn templates_without_cycles_pass() {
        check_recursion(&tera(&[
            (
                "m.html",
                "{% macro a() %}A{% endmacro a %}{% macro b() %}{{ self::a() }}{% endmacro b %}",
            ),
            (
                "p.html",
                "{% import \"m.html\" as m %}{{ m::b() }}{% include \"q.html\" %}",
            ),
            ("q.html", "q"),
        ]))
        .unwrap();
    }
}
