//! Tools that write content for an author: a starter region file, a
//! starter news item, a news item drafted from an article's text. They write only inside the content folder, never
//! replace a file, and what they write passes `check`.

pub mod draft;
pub mod new;
mod news_list;

/// `text` as a one-line YAML value, to follow a key at any indentation:
/// plain when that is safe, quoted and escaped when not (a `:`, a `#`, a
/// control character). Every field written this way is one line (a title,
/// an outlet, a name), so a line break becomes a space rather than a block
/// scalar that would need the key's indentation.
fn yaml_text(text: &str) -> String {
    let line = text.replace(LINE_BREAKS, " ");
    serde_yaml::to_string(&line)
        .map(|s| s.trim_end_matches('\n').to_string())
        // Serialising a string does not fail; were it to, single quotes
        // still read back as the text.
        .unwrap_or_else(|_| format!("'{}'", line.replace('\'', "''")))
}

/// What YAML (1.1, as libyaml reads it) takes for a line break.
const LINE_BREAKS: [char; 5] = ['\r', '\n', '\u{85}', '\u{2028}', '\u{2029}'];

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
    use std::collections::BTreeMap;

    /// Found by the property test on `draft`: U+FFFE beside a number went
    /// into a comment, and YAML refused the draft.
    #[test]
    fn a_noncharacter_never_reaches_a_comment() {
        assert_eq!(comment_text("\u{fffe} 0"), "  0");
        assert_eq!(comment_text("a\u{2028}b\nc\u{85}d"), "a b c d");
    }

    /// Found by the property test below: `trim_end` took a lone U+2000,
    /// and a line break made a block scalar that broke under a nested key.
    #[test]
    fn a_value_keeps_unicode_spaces_and_stays_on_one_line() {
        assert_eq!(yaml_text("\u{2000}"), "\u{2000}");
        assert_eq!(yaml_text("a\nb"), "a b");
        assert_eq!(yaml_text("a\u{2028}b"), "a b");
    }

    proptest! {
        #[test]
        fn any_text_in_a_comment_reads_back(text in any::<String>()) {
            let yaml = format!("a: 1 # {}\nb: 2\n", comment_text(&text));
            let parsed: Result<serde_yaml::Value, _> = serde_yaml::from_str(&yaml);
            prop_assert!(parsed.is_ok(), "{yaml:?} {parsed:?}");
        }

        /// Found by this test: a value of only U+2000 lost it to a
        /// `trim_end` and read back as null.
        #[test]
        fn any_text_as_a_nested_value_reads_back_as_one_line(text in any::<String>()) {
            let yaml = format!("news:\n  - title: {}\n    outlet: Kabar\n", yaml_text(&text));
            let parsed: Result<BTreeMap<String, Vec<BTreeMap<String, String>>>, _> =
                serde_yaml::from_str(&yaml);
            let title = parsed.ok().and_then(|map| map["news"][0].get("title").cloned());
            prop_assert_eq!(title, Some(text.replace(LINE_BREAKS, " ")), "{:?}", yaml);
        }
    }
}
