//! What one output file links to and which ids it has, read with
//! html5ever's tokenizer: the WHATWG tokenizer the sanitizer (ammonia)
//! already brings, so reading links costs no new crate. Only tokens are
//! read, no tree is built, so a page costs its tokens and no more.
//!
//! The XML outputs (the Atom feed, the sitemaps, the SVG charts) go
//! through the same tokenizer: what is read of them (`href`, `src`,
//! `xlink:href` and `id` attributes, the text of a sitemap's `<loc>`)
//! tokenizes as in an XML reader, since they have no CDATA section (the
//! feed's summaries are escaped text).

use std::cell::{Cell, RefCell};

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, CharacterTokens, TagKind, TagToken, Token, TokenSink, TokenSinkResult, Tokenizer,
    TokenizerOpts,
};

/// The links and ids of one file.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Scanned {
    /// Each address with the line of the file it is on (1-based).
    pub links: Vec<(String, u64)>,
    pub ids: Vec<String>,
}

/// Reads the links and ids of `text`.
pub fn scan(text: &str) -> Scanned {
    let sink = Collect::default();
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from(text));
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    tokenizer.sink.found.into_inner()
}

#[derive(Default)]
struct Collect {
    found: RefCell<Scanned>,
    /// Inside a sitemap's `<loc>`, whose text is an address.
    loc: Cell<Option<u64>>,
    loc_text: RefCell<String>,
}

impl TokenSink for Collect {
    type Handle = ();

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<()> {
        match token {
            TagToken(tag) if tag.kind == TagKind::StartTag => {
                let mut found = self.found.borrow_mut();
                for attribute in &tag.attrs {
                    match &*attribute.name.local {
                        "href" | "src" | "xlink:href" => {
                            found.links.push((attribute.value.to_string(), line));
                        }
                        "id" => found.ids.push(attribute.value.to_string()),
                        _ => {}
                    }
                }
                match &*tag.name {
                    "loc" => {
                        self.loc.set(Some(line));
                        self.loc_text.borrow_mut().clear();
                    }
                    // As a browser reads them: their text is no markup.
                    "script" if !tag.self_closing => {
                        return TokenSinkResult::RawData(RawKind::ScriptData)
                    }
                    "style" if !tag.self_closing => {
                        return TokenSinkResult::RawData(RawKind::Rawtext)
                    }
                    _ => {}
                }
            }
            TagToken(tag) if &*tag.name == "loc" => {
                if let Some(at) = self.loc.take() {
                    let text = self.loc_text.borrow().trim().to_string();
                    self.found.borrow_mut().links.push((text, at));
                }
            }
            CharacterTokens(text) if self.loc.get().is_some() => {
                self.loc_text.borrow_mut().push_str(&text);
            }
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_links_ids_and_sitemap_addresses_with_their_lines() {
        let html = "<!doctype html>\n<a href=\"/ikm/a/?x=1&amp;y=2#b\" id=\"isi\">a</a>\n\
                    <script>var s = '<a href=\"/no/\">';</script><img src='/ikm/x.svg'>\n\
                    <urlset><url><loc> https://x.test/ikm/a/ </loc></url></urlset>\n\
                    <svg><a xlink:href=\"#g\"/></svg>";
        let found = scan(html);
        assert_eq!(
            found.links,
            [
                ("/ikm/a/?x=1&y=2#b".to_string(), 2),
                ("/ikm/x.svg".to_string(), 3),
                ("https://x.test/ikm/a/".to_string(), 4),
                ("#g".to_string(), 5),
            ]
        );
        assert_eq!(found.ids, ["isi"]);
    }
}
