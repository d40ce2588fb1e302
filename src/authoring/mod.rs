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

/// `text` made fit for a YAML comment. YAML allows only its printable
/// characters anywhere in a file, comments included (a U+FFFE or a control
/// character copied from a web page makes the whole file unreadable), and
/// a line break would end the comment. Everything else becomes a space.
fn comment_text(text: &str) -> String {
    text.chars()
        .map(|c| if fits_a_comment(c) { c } else { ' ' })
        .collect()
}

/// YAML 1.2's printable characters (§5.1), less the line breaks libyaml
/// also knows (U+0085, U+2028, U+2029) and the byte order mark, which
/// libyaml reads as one only at the start of a stream.
fn fits_a_comment(c: char) -> bool {
    matches!(c,
        '\t'
        | ' '..='~'
        | '\u{A0}'..='\u{2027}'
        | '\u{202A}'..='\u{D7FF}'
        | '\u{E000}'..='\u{FEFE}'
        | '\u{FF00}'..='\u{FFFD}'
        | '\u{10000}'..)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Found by the property test on `draft`: U+FFFE beside a number went
    /// into a comment, and YAML refused the draft.
    #[test]
    fn a_noncharacter_never_reaches_a_comment() {
        assert_eq!(comment_text("\u{fffe} 0"), "  0");
        assert_eq!(comment_text("a\u{2028}b\nc\u{85}d"), "a b c d");
    }

    proptest! {
        #[test]
        fn any_text_in_a_comment_reads_back(text in any::<String>()) {
            let yaml = format!("a: 1 # {}\nb: 2\n", comment_text(&text));
            let parsed: Result<serde_yaml::Value, _> = serde_yaml::from_str(&yaml);
            prop_assert!(parsed.is_ok(), "{yaml:?} {parsed:?}");
        }

        #[test]
        fn any_text_as_a_value_reads_back_the_same(text in any::<String>()) {
            let yaml = format!("a: {}\n", yaml_text(&text));
            let parsed: Result<std::collections::BTreeMap<String, String>, _> =
                serde_yaml::from_str(&yaml);
            prop_assert_eq!(parsed.ok().and_then(|map| map.get("a").cloned()), Some(text));
        }
    }
}
