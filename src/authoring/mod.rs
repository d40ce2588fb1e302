//! Tools that write content for an author: a starter region file, a
//! starter news item, a news item drafted from an article's text. They write only inside the content folder, never
//! replace a file, and what they write passes `check`.

pub mod draft;
pub mod new;

/// `text` as a YAML value that reads back as exactly `text`: plain when
/// that is safe, quoted and escaped when not (a `:`, a `#`, a control
/// character).
fn yaml_text(text: &str) -> String {
    serde_yaml::to_string(text)
        .map(|s| s.trim_end().to_string())
        .unwrap_or_else(|_| format!("{text:?}"))
}
