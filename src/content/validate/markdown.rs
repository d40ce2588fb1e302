//! Limits on authored Markdown, checked before anything renders it.
//!
//! Rendering Markdown is cheap for text people write, but the HTML
//! sanitizer takes time quadratic in nesting depth: a 100 KB page of `>`
//! or list markers 50,000 deep hung the build. Real summaries and pages
//! nest a few levels and run to a few pages, so both are capped here, in
//! the content stage, where the error can name the file and line.

use pulldown_cmark::{Event, Options, Parser};

use crate::messages::Message;
use crate::msg;

/// The deepest nesting of block quotes, lists and other blocks allowed.
pub const MAX_DEPTH: usize = 16;

/// The largest Markdown text, in bytes: a long methodology page is 20 KB.
pub const MAX_BYTES: usize = 100_000;

/// What is wrong with a Markdown text, and on which of its lines (1-based).
#[derive(Debug, PartialEq, Eq)]
pub struct MarkdownProblem {
    pub line: usize,
    pub message: Message,
    pub help: Message,
}

/// The first limit `text` breaks, if any. The size is checked before the
/// text is parsed, so the parser never sees an oversized text.
pub fn check(text: &str) -> Option<MarkdownProblem> {
    if text.len() > MAX_BYTES {
        return Some(MarkdownProblem {
            line: 1,
            message: msg!("markdown-too-large", size = text.len(), limit = MAX_BYTES),
            help: msg!("markdown-too-large-help"),
        });
    }
    let mut depth = 0usize;
    let parser = Parser::new_ext(text, Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES);
    for (event, range) in parser.into_offset_iter() {
        match event {
            Event::Start(_) => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(MarkdownProblem {
                        line: text[..range.start].matches('\n').count() + 1,
                        message: msg!("markdown-too-deep", limit = MAX_DEPTH),
                        help: msg!("markdown-too-deep-help"),
                    });
                }
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_markdown_passes() {
        let text = "# Judul\n\n> kutipan\n> - satu\n>   - dua\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nTeks[^1].\n\n[^1]: Catatan.\n";
        assert_eq!(check(text), None);
    }

    #[test]
    fn deep_block_quotes_are_refused_at_their_line() {
        let text = format!("Pembuka.\n\n{}isi\n", ">".repeat(50_000));
        let problem = check(&text).unwrap();
        assert_eq!(problem.line, 3);
        assert!(
            problem.message.to_string().contains("16 levels"),
            "{}",
            problem.message
        );
    }

    #[test]
    fn deep_lists_are_refused() {
        let text: String = (0..2_000)
            .map(|i| format!("{}- x\n", "  ".repeat(i)))
            .collect();
        assert!(check(&text).is_some());
        let text = format!("{}x\n", "- ".repeat(25_000));
        assert!(check(&text).is_some());
    }

    #[test]
    fn an_oversized_text_is_refused_before_parsing() {
        let problem = check(&"kata ".repeat(30_000)).unwrap();
        assert!(
            problem.message.to_string().contains("150000 bytes"),
            "{}",
            problem.message
        );
    }
}
