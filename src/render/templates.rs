//! The Tera instance: the theme's templates (defaults and a site's
//! overrides, see [`crate::content::theme`]) with the Indonesian filters.
//! Templates are parsed once per build; pages render from many threads
//! against the same instance.

use std::collections::HashMap;

use tera::{Tera, Value};

use super::{format, template_guard};
use crate::content::theme::Theme;

/// The templates could not be parsed, or would recurse without end.
#[derive(Debug)]
pub struct TemplateError(pub crate::messages::Message);

/// Builds the Tera instance from the theme's templates (read in the loading
/// stage), with the restricted functions, and refuses templates that would
/// recurse without end.
pub fn load(theme: &Theme) -> Result<Tera, TemplateError> {
    let parse_error =
        |e: tera::Error| TemplateError(crate::msg!("template-parse", error = error_chain(&e)));
    // Not `add_raw_templates`: it follows `extends` chains recursively and
    // overflows the stack on a cycle it does not start from (`index.html`
    // extending a `base.html` that extends itself), so each template is
    // parsed alone and the chains are checked before Tera builds them.
    let mut tera = Tera::default();
    for (name, text) in &theme.templates {
        let template = tera::Template::new(name, None, text)
            .map_err(|e| parse_error(tera::Error::chain(format!("Failed to parse '{name}'"), e)))?;
        tera.templates.insert(name.clone(), template);
    }
    template_guard::check_extends(&tera).map_err(TemplateError)?;
    tera.build_inheritance_chains().map_err(parse_error)?;
    tera.check_macro_files().map_err(parse_error)?;
    tera.autoescape_on(vec![".html", ".xml"]);
    // Tera's default also escapes `/`, which turns every URL into `&#x2F;…`.
    tera.set_escape_fn(escape_html);
    tera.register_filter("angka", angka);
    tera.register_filter("persen", persen);
    template_guard::restrict(&mut tera);
    template_guard::check_recursion(&tera).map_err(TemplateError)?;
    Ok(tera)
}

/// Escapes the five characters that matter in HTML text and attributes.
fn escape_html(text: &str) -> String {
    super::svg::escape(text)
}

/// Tera hides the cause of an error in its source chain.
pub fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// `{{ 15769 | angka }}` → `15.769`.
fn angka(value: &Value, _: &HashMap<String, Value>) -> tera::Result<Value> {
    let number = value
        .as_f64()
        .ok_or_else(|| tera::Error::msg("the `angka` filter needs a number"))?;
    Ok(Value::String(format::number(number)))
}

/// `{{ 3.1 | persen }}` → `3,1%`.
fn persen(value: &Value, _: &HashMap<String, Value>) -> tera::Result<Value> {
    let number = value
        .as_f64()
        .ok_or_else(|| tera::Error::msg("the `persen` filter needs a number"))?;
    Ok(Value::String(format::value(
        number,
        crate::model::MetricKind::Percent,
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_format_in_indonesian() {
        let mut tera = Tera::default();
        tera.register_filter("angka", angka);
        tera.register_filter("persen", persen);
        tera.add_raw_template("t", "{{ a | angka }} {{ b | persen }}")
            .unwrap();
        let mut context = tera::Context::new();
        context.insert("a", &15769);
        context.insert("b", &3.1);
        assert_eq!(tera.render("t", &context).unwrap(), "15.769 3,1%");
    }

    #[test]
    fn the_defaults_parse() {
        load(&Theme::defaults()).unwrap();
    }
}
