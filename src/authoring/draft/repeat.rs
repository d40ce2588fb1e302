//! Whether the region already holds the article being drafted.
//!
//! An article drafted twice becomes two news items with the same figures,
//! which hide or fake a conflict; `check` warns about it once both are in
//! (`news-repeated`), but by then the author has done the work twice. So
//! `draft --region` compares the article with the region's news items the
//! way `check` compares items ([`ArticleKey`]): an address the text names,
//! or its headline and outlet (issue 17, item 8). The draft is still
//! printed (the match may be a different article under the same title), but
//! it says which item it matches, at its top and on stderr.

use std::collections::HashMap;
use std::sync::OnceLock;

use regex::Regex;

use super::words::regex;
use super::{headline, Draft, Repeat};
use crate::model::news::ArticleKey;
use crate::model::NewsItem;

/// The first of `news` (a region's items) that the article `text`, drafted
/// as `draft`, repeats: by an address the text names, else by its headline
/// and outlet.
pub fn repeat_of(text: &str, draft: &Draft, news: &[&NewsItem]) -> Option<Repeat> {
    static ADDRESS: OnceLock<Regex> = OnceLock::new();
    let mut items: HashMap<ArticleKey, &NewsItem> = HashMap::new();
    for item in news {
        for key in item.article_keys() {
            items.entry(key).or_insert(item);
        }
    }
    let found = |item: &NewsItem, by_address: bool, offset: usize| {
        let (line, column) = position(text, offset);
        Repeat {
            id: item.id.clone(),
            place: item.place.clone(),
            by_address,
            line,
            column,
        }
    };
    let address = regex(&ADDRESS, r#"(?i)\bhttps?://[^\s<>"'()\[\]]+"#);
    for m in address.find_iter(text) {
        let url = m.as_str().trim_end_matches(['.', ',', ';', ':', '!', '?']);
        if let Some(item) = items.get(&ArticleKey::address(url)) {
            return Some(found(item, true, m.start()));
        }
    }
    let title = headline(text)?;
    let outlet = draft.outlet.as_deref()?;
    let item = items.get(&ArticleKey::title(title, outlet))?;
    // The headline is a slice of `text`: its offset is where it starts.
    let offset = title.as_ptr() as usize - text.as_ptr() as usize;
    Some(found(item, false, offset))
}

/// The line and column (from 1, in characters) of byte `offset` of `text`.
fn position(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
}
