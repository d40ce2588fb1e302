//! Site search as static files, so that one query downloads a bounded
//! amount at any scale (issue: ≤ 200 KB on a phone, whether the site has
//! 500 regions or 84.000).
//!
//! Three kinds of file, all under `cari/`:
//!
//! - `indeks.json`, the manifest: the names of the word shards and how the
//!   entries are chunked. It grows with the number of shards, a few bytes
//!   each.
//! - `kata/KEY.json`, a word shard: every indexed word that starts with
//!   `KEY`, each with its count and the entries it occurs in: entry number
//!   × 2, plus 1 when the word is in the entry's title, delta-encoded.
//! - `entri/N.json`, an entry chunk: [`ENTRIES_PER_CHUNK`] entries (title,
//!   address, kind, excerpt) in result order.
//!
//! Which words, shards and chunks there are is the index's rule, in
//! [`placement::search`](super::placement::search); this writes the files.
//! `static/search.js` fetches the manifest, at most [`MAX_SHARDS_PER_QUERY`]
//! shards and then only the chunks of the [`RESULTS_PER_VIEW`] results it
//! shows. Results whose titles hold every word come first, the rest after
//! them, each in entry order. Without JavaScript the search page keeps its
//! plain list of regions.

use serde::Serialize;

use super::kit::{Kit, RenderError};
use super::placement::search::{excerpt, shard_json, Entry, ENTRIES_PER_CHUNK};
use super::route::{self, Route};

/// Shards one query may fetch; a word that would need more asks for more
/// letters. Mirrored in `static/search.js`.
pub const MAX_SHARDS_PER_QUERY: usize = 4;
/// Results shown at once; each may need its own chunk. Mirrored in
/// `static/search.js`.
pub const RESULTS_PER_VIEW: usize = 10;

#[derive(Serialize)]
struct Manifest<'a> {
    /// Shard keys, sorted.
    shards: Vec<&'a str>,
    /// The address of a shard and of a chunk, `{}` standing for the key or
    /// the number.
    shard_url: String,
    chunk_url: String,
    entries: usize,
    chunk: usize,
    max_shards: usize,
    shown: usize,
}

/// `cari/indeks.json`.
pub fn manifest(kit: &Kit) -> Result<Vec<u8>, RenderError> {
    let index = kit.search_index();
    let manifest = Manifest {
        shards: index.shards.keys().map(String::as_str).collect(),
        shard_url: kit.urls.link(route::SEARCH_SHARD),
        chunk_url: kit.urls.link(route::SEARCH_CHUNK),
        entries: index.entries.len(),
        chunk: ENTRIES_PER_CHUNK,
        max_shards: MAX_SHARDS_PER_QUERY,
        shown: RESULTS_PER_VIEW,
    };
    serde_json::to_vec(&manifest).map_err(failed)
}

/// `cari/kata/KEY.json`.
pub fn shard(kit: &Kit, key: &str) -> Result<Vec<u8>, RenderError> {
    let words = kit.search_index().shards.get(key).ok_or_else(|| {
        RenderError(crate::msg!(
            "search-index-failed",
            error = format!("no shard {key}")
        ))
    })?;
    Ok(shard_json(words))
}

/// `cari/entri/N.json`: `[[title, address, kind, excerpt], …]`.
pub fn chunk(kit: &Kit, number: usize) -> Result<Vec<u8>, RenderError> {
    let site = kit.site;
    let entries = kit
        .search_index()
        .entries
        .iter()
        .skip(number * ENTRIES_PER_CHUNK)
        .take(ENTRIES_PER_CHUNK);
    let rows: Vec<[String; 4]> = entries
        .map(|&entry| match entry {
            Entry::Region(id) => {
                let r = &site.regions[id];
                [
                    r.name.clone(),
                    kit.link(&Route::Region(id)),
                    r.level.label().to_lowercase(),
                    excerpt(r.summary.as_deref().unwrap_or("")),
                ]
            }
            Entry::News(id) => {
                let n = &site.news[id];
                [
                    n.title.clone(),
                    kit.link(&Route::News(id)),
                    "berita".to_string(),
                    excerpt(&n.summary),
                ]
            }
        })
        .collect();
    serde_json::to_vec(&rows).map_err(failed)
}

fn failed(e: serde_json::Error) -> RenderError {
    RenderError(crate::msg!("search-index-failed", error = e.to_string()))
}
