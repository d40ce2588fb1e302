//! The search index, written at build time for `static/search.js`.
//!
//! One entry per region and per news item: title, address, kind and a short
//! plain-text excerpt. The script fetches it only when someone starts typing,
//! so pages stay light; without JavaScript the search page lists every region.

use serde::Serialize;

use super::kit::{Kit, RenderError};
use super::route::Route;

/// Characters of a summary kept in the index.
const EXCERPT_CHARS: usize = 160;

#[derive(Serialize)]
struct Entry {
    /// Title shown in the results.
    t: String,
    /// Address.
    u: String,
    /// "wilayah" or "berita".
    k: &'static str,
    /// Plain-text excerpt, also searched.
    s: String,
    /// Extra words searched but not shown: the region of a news item.
    x: String,
}

/// The index as JSON bytes.
pub fn index(kit: &Kit) -> Result<Vec<u8>, RenderError> {
    let site = kit.site;
    let regions = site.regions.iter().enumerate().map(|(id, r)| Entry {
        t: r.name.clone(),
        u: kit.link(&Route::Region(id)),
        k: "wilayah",
        s: excerpt(r.summary.as_deref().unwrap_or("")),
        x: [r.short_name.as_str(), r.code.as_deref().unwrap_or("")].join(" "),
    });
    let news = site.news_by_date.iter().map(|&id| {
        let item = &site.news[id];
        Entry {
            t: item.title.clone(),
            u: kit.link(&Route::News(id)),
            k: "berita",
            s: excerpt(&item.summary),
            x: format!("{} {}", site.regions[item.region].name, item.outlet),
        }
    });
    let entries: Vec<Entry> = regions.chain(news).collect();
    serde_json::to_vec(&entries)
        .map_err(|e| RenderError(crate::msg!("search-index-failed", error = e.to_string())))
}

/// The start of a Markdown text as plain words, cut at a word boundary.
fn excerpt(markdown: &str) -> String {
    let plain: String = pulldown_cmark::Parser::new(markdown)
        .filter_map(|event| match event {
            pulldown_cmark::Event::Text(text) | pulldown_cmark::Event::Code(text) => {
                Some(text.into_string())
            }
            pulldown_cmark::Event::SoftBreak | pulldown_cmark::Event::HardBreak => {
                Some(" ".to_string())
            }
            pulldown_cmark::Event::End(_) => Some(" ".to_string()),
            _ => None,
        })
        .collect();
    let words: Vec<&str> = plain.split_whitespace().collect();
    let mut out = String::new();
    for word in words {
        if out.chars().count() + word.chars().count() + 1 > EXCERPT_CHARS {
            out.push('…');
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_are_plain_and_short() {
        assert_eq!(
            excerpt("**Tebal** dan [tautan](https://x.test)\n\nbaris"),
            "Tebal dan tautan baris"
        );
        let long = "kata ".repeat(100);
        let cut = excerpt(&long);
        assert!(cut.chars().count() <= EXCERPT_CHARS + 1 && cut.ends_with('…'));
    }
}
