//! What a site's template overrides may not do: recurse without end, loop
//! without bound, or read the build's environment.
//!
//! Tera 1 renders recursively and has no depth limit, so a template that
//! includes itself or a macro that calls itself overflows the stack and
//! aborts the process. Before any page renders, [`check_recursion`] walks
//! every parsed template and refuses a cycle of includes, extends and macro
//! calls, naming the templates in it. A macro that calls itself is refused
//! too, even one that would stop: the default templates need no recursion,
//! and a site's can be written without it. Tera follows `extends` chains
//! while the templates are added, and macro imports (with parents) when a
//! page renders, each without end on a cycle, so [`check_extends`] refuses
//! those cycles before the chains are built.
//!
//! Loops are bounded through the one function that makes a collection out
//! of nothing, `range`: it is replaced by [`bounded_range`], which draws from
//! a per-page budget, so nested loops cannot multiply into a hang either.

use std::cell::Cell;
use std::collections::HashMap;

use tera::{Tera, Value};

mod recursion;
pub use recursion::{check_extends, check_recursion};

/// How many numbers `range` may produce while one page renders.
pub const RANGE_BUDGET: usize = 10_000;

thread_local! {
    /// What is left of [`RANGE_BUDGET`] for the page this thread renders.
    static RANGE_LEFT: Cell<usize> = const { Cell::new(RANGE_BUDGET) };
}

/// Renders `template` with a fresh `range` budget: the only way pages are
/// rendered, so every page gets the same bound.
pub fn render(tera: &Tera, template: &str, context: &tera::Context) -> tera::Result<String> {
    RANGE_LEFT.with(|left| left.set(RANGE_BUDGET));
    tera.render(template, context)
}

/// Replaces the functions a site's templates must not have: `get_env`
/// would put the build's environment (CI secrets) into a published page,
/// and the built-in `range` has no bound.
pub fn restrict(tera: &mut Tera) {
    tera.register_function("range", bounded_range);
    tera.register_function(
        "get_env",
        |_: &HashMap<String, Value>| -> tera::Result<Value> {
            Err(guard_error(crate::msg!("template-get-env")))
        },
    );
}

/// A refusal raised inside a template function. Tera carries errors as
/// text, and the language of the run is not known in there, so these are
/// worded in English (the README says so); their texts still live in the
/// catalogue.
fn guard_error(message: crate::messages::Message) -> tera::Error {
    tera::Error::msg(message.to_string())
}

/// Tera's `range(start=0, end, step_by=1)`, drawing from the page's budget.
fn bounded_range(args: &HashMap<String, Value>) -> tera::Result<Value> {
    let number = |name: &str, default: Option<u64>| -> tera::Result<u64> {
        match args.get(name) {
            Some(value) => value.as_u64().ok_or_else(|| {
                guard_error(crate::msg!(
                    "template-range-argument",
                    name = name,
                    value = value.to_string()
                ))
            }),
            None => default.ok_or_else(|| guard_error(crate::msg!("template-range-end"))),
        }
    };
    let (start, end, step) = (
        number("start", Some(0))?,
        number("end", None)?,
        number("step_by", Some(1))?,
    );
    if step == 0 {
        return Err(guard_error(crate::msg!("template-range-step")));
    }
    let count = usize::try_from(end.saturating_sub(start).div_ceil(step)).unwrap_or(usize::MAX);
    let left = RANGE_LEFT.with(Cell::get);
    if count > left {
        return Err(guard_error(crate::msg!(
            "template-range-budget",
            count = count,
            limit = RANGE_BUDGET
        )));
    }
    RANGE_LEFT.with(|cell| cell.set(left - count));
    Ok(Value::Array(
        (start..end)
            .step_by(step as usize)
            .map(Value::from)
            .collect(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn tera(templates: &[(&str, &str)]) -> Tera {
        let mut tera = Tera::default();
        tera.add_raw_templates(templates.to_vec()).unwrap();
        restrict(&mut tera);
        tera
    }

    #[test]
    fn range_is_bounded_per_page() {
        let t = tera(&[
            ("ok.html", "{% for i in range(end=3) %}{{ i }}{% endfor %}"),
            ("bomb.html", "{% for i in range(end=1000000000) %}{{ i }}{% endfor %}"),
            (
                "nested.html",
                "{% for i in range(end=1000) %}{% for j in range(end=1000) %}.{% endfor %}{% endfor %}",
            ),
        ]);
        let context = tera::Context::new();
        assert_eq!(render(&t, "ok.html", &context).unwrap(), "012");
        for name in ["bomb.html", "nested.html"] {
            let err = render(&t, name, &context).unwrap_err();
            let text = super::super::templates::error_chain(&err);
            assert!(text.contains("at most 10000"), "{name}: {text}");
        }
        // The budget is per page: the small one still renders afterwards.
        assert_eq!(render(&t, "ok.html", &context).unwrap(), "012");
    }

    #[test]
    fn get_env_is_not_available() {
        let t = tera(&[("env.html", "{{ get_env(name=\"HOME\") }}")]);
        let err = render(&t, "env.html", &tera::Context::new()).unwrap_err();
        let text = super::super::templates::error_chain(&err);
        assert!(text.contains("cannot read the environment"), "{text}");
    }
}
