//! The search index: which words each region and news item is found by,
//! which word shard (`cari/kata/KEY.json`) holds a word and which entry
//! chunk (`cari/entri/N.json`) holds an entry. So it decides which search
//! files exist, and the plan makes one route for each; `render::search`
//! writes them.
//!
//! Shards start as the first two letters of a word and are split one
//! letter further until each fits [`SHARD_BUDGET`]; a word that is the
//! whole of a split key goes to `KEY_`, so the shard names never prefix
//! one another and a word is in exactly one shard. A word in more than
//! [`MAX_POSTINGS`] entries keeps the first of them and its true count.
//! Entries are in tree order: a region, then its news newest first, then
//! the regions under it; so a place's name finds the place and its news in
//! neighbouring chunks of [`ENTRIES_PER_CHUNK`].

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::model::{NewsId, RegionId, Site};

/// The largest word shard, in bytes of JSON, unless one word alone is
/// larger (it cannot be: [`MAX_POSTINGS`] numbers of at most six digits).
pub const SHARD_BUDGET: usize = 24 * 1024;
/// Entries kept for one word; a word this common finds too much to show
/// anyway, and the reader is told to add another word.
pub const MAX_POSTINGS: usize = 1_000;
/// Entries per chunk file.
pub const ENTRIES_PER_CHUNK: usize = 16;
/// Words shorter than this are not indexed (`di`, `ke` are, `a` is not).
const MIN_WORD_CHARS: usize = 2;
/// Characters of a summary kept in an entry.
const EXCERPT_CHARS: usize = 160;

/// One searchable thing: a region or a news item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    Region(RegionId),
    News(NewsId),
}

/// Everything the search files are made of, computed once per build.
#[derive(Debug, Default)]
pub struct SearchIndex {
    /// In result order.
    pub entries: Vec<Entry>,
    /// Shard key → its words, each with (true count, entry number × 2 + 1
    /// if the word is in the entry's title).
    pub shards: BTreeMap<String, BTreeMap<String, (usize, Vec<u32>)>>,
}

impl SearchIndex {
    /// Tokenises every entry of `site` and cuts the shards. Entries are
    /// tokenised in parallel (the folding and the excerpts are most of the
    /// work) and their words gathered in entry order, so the postings come
    /// out sorted whatever the threads did.
    pub fn of(site: &Site) -> SearchIndex {
        let entries = entries_in_order(site);
        let tokenised: Vec<Vec<(String, bool)>> = entries
            .par_iter()
            .map(|&entry| distinct_words(site, entry))
            .collect();
        let mut words: HashMap<String, (usize, Vec<u32>)> = HashMap::new();
        for (number, distinct) in tokenised.into_iter().enumerate() {
            for (word, in_title) in distinct {
                let (count, list) = words.entry(word).or_default();
                *count += 1;
                if list.len() < MAX_POSTINGS {
                    list.push(number as u32 * 2 + u32::from(in_title));
                }
            }
        }
        let mut shards = BTreeMap::new();
        cut(String::new(), words.into_iter().collect(), &mut shards, 2);
        SearchIndex { entries, shards }
    }
}

/// How many entry chunks (`cari/entri/N.json`) the site has: its entries
/// counted without tokenising them, so the plan knows the chunks' routes
/// without the index.
pub fn chunk_count(site: &Site) -> usize {
    entries_in_order(site).len().div_ceil(ENTRIES_PER_CHUNK)
}

/// Splits `words` (all starting with `key`) into shards of at most
/// [`SHARD_BUDGET`] bytes, keyed `depth` characters deep at first.
fn cut(
    key: String,
    words: BTreeMap<String, (usize, Vec<u32>)>,
    shards: &mut BTreeMap<String, BTreeMap<String, (usize, Vec<u32>)>>,
    depth: usize,
) {
    let length = key.chars().count();
    // Measured only once the key is deep enough to be a shard: serialising
    // the whole index to learn that it does not fit would be wasted.
    if length >= depth {
        let can_split = words.keys().any(|w| w.chars().count() > length);
        if !can_split || shard_json(&words).len() <= SHARD_BUDGET {
            if !words.is_empty() {
                shards.insert(key, words);
            }
            return;
        }
    }
    let mut groups: BTreeMap<String, BTreeMap<String, (usize, Vec<u32>)>> = BTreeMap::new();
    for (word, postings) in words {
        let group = match word.chars().nth(length) {
            Some(next) => format!("{key}{next}"),
            None => format!("{key}_"),
        };
        groups.entry(group).or_default().insert(word, postings);
    }
    for (group, words) in groups {
        if group.ends_with('_') {
            shards.insert(group, words);
        } else {
            cut(group, words, shards, depth);
        }
    }
}

/// A shard as written: `{"word":[count,first,delta,delta,…],…}`, where the
/// numbers add up to entry × 2 + (1 if in the title).
pub fn shard_json(words: &BTreeMap<String, (usize, Vec<u32>)>) -> Vec<u8> {
    let encoded: BTreeMap<&str, Vec<u32>> = words
        .iter()
        .map(|(word, (count, list))| {
            let mut numbers = Vec::with_capacity(list.len() + 1);
            numbers.push(*count as u32);
            let mut previous = 0;
            for &n in list {
                numbers.push(n - previous);
                previous = n;
            }
            (word.as_str(), numbers)
        })
        .collect();
    serde_json::to_vec(&encoded).unwrap_or_default()
}

/// Regions in tree order, each followed by its news newest first.
fn entries_in_order(site: &Site) -> Vec<Entry> {
    let mut entries = Vec::with_capacity(site.regions.len() + site.news.len());
    let mut stack: Vec<RegionId> = site.top_regions().collect();
    stack.reverse();
    let mut seen = vec![false; site.regions.len()];
    while let Some(region) = stack.pop() {
        if std::mem::replace(&mut seen[region.index()], true) {
            continue;
        }
        entries.push(Entry::Region(region));
        entries.extend(site.regions[region].news.iter().map(|&n| Entry::News(n)));
        stack.extend(site.regions[region].children.iter().rev());
    }
    entries
}

/// The words an entry is found by, as its title and the rest: for a region
/// its name and short name, then its code and summary; for a news item its
/// title, then its summary, region and outlet. A word of the title ranks
/// the entry first.
fn searched_text(site: &Site, entry: Entry) -> (String, String) {
    match entry {
        Entry::Region(id) => {
            let r = &site.regions[id];
            (
                format!("{} {}", r.name, r.short_name),
                format!(
                    "{} {}",
                    r.code.as_deref().unwrap_or(""),
                    excerpt(r.summary.as_deref().unwrap_or(""))
                ),
            )
        }
        Entry::News(id) => {
            let n = &site.news[id];
            (
                n.title.clone(),
                format!(
                    "{} {} {}",
                    excerpt(&n.summary),
                    site.regions[n.region].name,
                    n.outlet
                ),
            )
        }
    }
}

/// Each word of `entry` once, and whether it is in the title.
fn distinct_words(site: &Site, entry: Entry) -> Vec<(String, bool)> {
    let (title, rest) = searched_text(site, entry);
    let mut words: Vec<(String, bool)> = words_of(&title)
        .into_iter()
        .map(|word| (word, true))
        .chain(words_of(&rest).into_iter().map(|word| (word, false)))
        .collect();
    // Title words sort first among equals, so the one kept is flagged.
    words.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    words.dedup_by(|later, kept| later.0 == kept.0);
    words
}

/// Lower case, accents removed (`é` → `e`), split at anything that is not a
/// letter or digit of the Latin alphabet; the same folding as
/// `static/search.js` does to a query.
pub fn words_of(text: &str) -> Vec<String> {
    let folded: String = if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        text.nfd()
            .filter(|c| !is_combining_mark(*c))
            .flat_map(char::to_lowercase)
            .collect()
    };
    folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| w.len() >= MIN_WORD_CHARS)
        .map(str::to_string)
        .collect()
}

/// The start of a Markdown text as plain words, cut at a word boundary.
pub fn excerpt(markdown: &str) -> String {
    let mut plain = String::new();
    // Once more letters than fit are read, the cut below falls before the
    // last word read (even one cut off mid-word), so the rest of a long
    // summary's inline text is never turned into events.
    let mut letters = 0;
    for event in pulldown_cmark::Parser::new(markdown) {
        let Some(text) = flat_text(&event) else {
            continue;
        };
        plain.push_str(text);
        letters += text.chars().filter(|c| !c.is_whitespace()).count();
        if letters > EXCERPT_CHARS {
            break;
        }
    }
    let mut out = String::new();
    let mut length = 0;
    for word in plain.split_whitespace() {
        let chars = word.chars().count();
        if length + chars + 1 > EXCERPT_CHARS {
            end_with_ellipsis(&mut out);
            break;
        }
        if !out.is_empty() {
            out.push(' ');
            length += 1;
        }
        out.push_str(word);
        length += chars;
    }
    out
}

/// Marks a cut: a full stop, comma, colon or semicolon before the cut gives
/// way to the ellipsis, so an excerpt never ends "negeri.…".
fn end_with_ellipsis(text: &mut String) {
    let kept = text.trim_end_matches(['.', ',', ';', ':', '…']).len();
    text.truncate(kept);
    text.push('…');
}

/// What a Markdown event adds to the plain text: its text, or a space
/// where it separates words.
fn flat_text<'a>(event: &'a pulldown_cmark::Event) -> Option<&'a str> {
    use pulldown_cmark::{Event, TagEnd};
    match event {
        Event::Text(text) | Event::Code(text) => Some(text.as_ref()),
        Event::SoftBreak | Event::HardBreak => Some(" "),
        // A block's end separates words; an inline end (`*kopi*.`) must
        // not put a space before the punctuation after it.
        Event::End(
            TagEnd::Paragraph
            | TagEnd::Heading(_)
            | TagEnd::Item
            | TagEnd::BlockQuote(_)
            | TagEnd::CodeBlock,
        ) => Some(" "),
        _ => None,
    }
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
        // Regression: an emphasis's end put a space before the full stop.
        assert_eq!(excerpt("sektor *kopi*. Lalu"), "sektor kopi. Lalu");
        // Regression: a cut after a sentence's full stop read "negeri.…".
        let sentence = format!("{}luar negeri. {}", "kata ".repeat(28), "panjang".repeat(3));
        let cut = excerpt(&sentence);
        assert!(cut.ends_with("negeri…"), "{cut}");
        let long = "kata ".repeat(100);
        let cut = excerpt(&long);
        assert!(cut.chars().count() <= EXCERPT_CHARS + 1 && cut.ends_with('…'));
    }

    /// The excerpt as it was before it stopped reading early: the whole
    /// text flattened, then cut.
    fn excerpt_of_whole_text(markdown: &str) -> String {
        let plain: String = pulldown_cmark::Parser::new(markdown)
            .filter_map(|event| flat_text(&event).map(str::to_string))
            .collect();
        let mut out = String::new();
        for word in plain.split_whitespace() {
            if out.chars().count() + word.chars().count() + 1 > EXCERPT_CHARS {
                end_with_ellipsis(&mut out);
                break;
            }
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
        out
    }

    proptest::proptest! {
        /// Stopping early never changes the excerpt, whatever the words,
        /// spaces, emphasis and line breaks.
        #[test]
        fn reading_less_gives_the_same_excerpt(
            markdown in "([a-zé]{1,30}|\\*{1,2}|`|[ ]{1,40}|\\n|\\n\\n|\\.|- ){0,80}"
        ) {
            proptest::prop_assert_eq!(excerpt(&markdown), excerpt_of_whole_text(&markdown));
        }
    }

    #[test]
    fn words_are_folded_and_split() {
        let words = words_of("Kopi Kéndari, IKM/UKM a 36.02");
        assert_eq!(words, ["kopi", "kendari", "ikm", "ukm", "36", "02"]);
    }

    /// 40.000 entries sharing a few very common words and each with a rare
    /// one: every shard fits, shard names never prefix one another, and
    /// every word is in the shard its name leads to.
    #[test]
    fn shards_fit_their_budget_and_partition_the_words() {
        let mut words: BTreeMap<String, (usize, Vec<u32>)> = BTreeMap::new();
        for n in 0..40_000u32 {
            for word in [
                "ikm",
                "kabupaten",
                "ke",
                &format!("ke{n}"),
                &format!("desa{}", n % 700),
            ] {
                let (count, list) = words.entry(word.to_string()).or_default();
                *count += 1;
                if list.len() < MAX_POSTINGS {
                    list.push(n);
                }
            }
        }
        let all: Vec<String> = words.keys().cloned().collect();
        let mut shards = BTreeMap::new();
        cut(String::new(), words, &mut shards, 2);
        for (key, words) in &shards {
            assert!(shard_json(words).len() <= SHARD_BUDGET, "{key} too large");
        }
        let keys: Vec<&String> = shards.keys().collect();
        for a in &keys {
            for b in &keys {
                assert!(a == b || !b.starts_with(a.as_str()), "{a} prefixes {b}");
            }
        }
        for word in &all {
            let holders: Vec<&&String> = keys
                .iter()
                .filter(|k| match k.strip_suffix('_') {
                    Some(exact) => word == exact,
                    None => word.starts_with(k.as_str()),
                })
                .collect();
            assert_eq!(holders.len(), 1, "{word} in {holders:?}");
            assert!(shards[holders[0].as_str()].contains_key(word));
        }
        assert_eq!(shards["ik"]["ikm"].0, 40_000);
        assert_eq!(shards["ik"]["ikm"].1.len(), MAX_POSTINGS);
    }

    #[test]
    fn a_word_of_the_title_is_flagged_in_its_postings() {
        let loaded = crate::content::load(&crate::test_support::site_fixture(), None).unwrap();
        let index = SearchIndex::of(&loaded.site);
        // The plan counts the chunks without the index: the same count.
        let chunks = index.entries.len().div_ceil(ENTRIES_PER_CHUNK);
        assert_eq!(chunk_count(&loaded.site), chunks);
        assert!(chunks > 0);
        let lebak = index
            .entries
            .iter()
            .position(|e| matches!(e, Entry::Region(r) if loaded.site.regions[*r].slug == "lebak"))
            .unwrap() as u32;
        let (_, list) = &index.shards["le"]["lebak"];
        assert!(list.contains(&(lebak * 2 + 1)), "{list:?}");
        assert!(
            list.iter().any(|n| n % 2 == 0),
            "Lebak in a text, not a title"
        );
    }
}
