//! `draft` on a 10 MB article, the largest file `draft` reads: it must
//! take seconds, not the hours a scan quadratic in the numbers of a
//! sentence took (issue 16). Two articles, generated before the
//! benchmarks run: one of news-like sentences, each with its own numbers,
//! and the worst case found, `1 ` repeated as one sentence of five
//! million numbers.
//!
//! `cargo bench --bench draft`

use std::fmt::Write;
use std::sync::OnceLock;

use ikm_site::model::{PartialDate, Site};

/// Just under the 10 MB a content or article file may have.
const SIZE: usize = 10_000_000 - 100;

struct Input {
    site: Site,
    sentences: String,
    ones: String,
}

static INPUT: OnceLock<Input> = OnceLock::new();

fn input() -> &'static Input {
    INPUT.get().expect("main prepares the input first")
}

/// Sentences like those of an article, with distinct counts (in
/// Indonesian thousands), percents and years, every seventh ending its
/// paragraph; the same bytes on every run.
fn sentences() -> String {
    let mut text = String::from("Jumlah IKM Daerah Uji Terus Tumbuh\n\n");
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |below: u64| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state % below
    };
    let mut i = 0;
    while text.len() < SIZE - 300 {
        let count = next(1_000_000_000) + 1;
        let grouped = count
            .to_string()
            .as_bytes()
            .rchunks(3)
            .rev()
            .map(|g| std::str::from_utf8(g).unwrap_or_default())
            .collect::<Vec<_>>()
            .join(".");
        let _ = write!(
            text,
            "Jumlah IKM di kecamatan {i} mencapai {grouped} unit usaha dengan {},{} persen pertumbuhan pada tahun 20{}. ",
            next(99) + 1,
            next(10),
            10 + next(15)
        );
        if i % 7 == 6 {
            text.push('\n');
        }
        i += 1;
    }
    text
}

fn main() {
    let content = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let site = match ikm_site::content::load(&content, None) {
        Ok(loaded) => loaded.site,
        Err(problems) => panic!("the shipped content does not load:\n{problems}"),
    };
    let input = Input {
        site,
        sentences: sentences(),
        ones: "1 ".repeat(SIZE / 2),
    };
    assert!(input.sentences.len() <= SIZE && input.ones.len() <= SIZE);
    if INPUT.set(input).is_err() {
        panic!("main runs once");
    }
    divan::main();
}

fn drafted(text: &str) -> String {
    let site = &input().site;
    let today = PartialDate::day(2026, 11, 30).expect("a valid day");
    let draft = ikm_site::authoring::draft::draft(text, &site.metrics, &site.vocabularies, today);
    ikm_site::authoring::draft::to_yaml(&draft, None, "artikel.txt")
}

/// 10 MB of news-like sentences: about 70.000 sentences and their numbers.
#[divan::bench(sample_count = 3, sample_size = 1)]
fn ten_mb_of_sentences() -> String {
    drafted(&input().sentences)
}

/// 10 MB of `1 `: one sentence of five million numbers.
#[divan::bench(sample_count = 3, sample_size = 1)]
fn ten_mb_of_ones() -> String {
    drafted(&input().ones)
}
