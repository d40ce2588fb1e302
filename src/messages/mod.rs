//! Every sentence the tool says to a person, in Indonesian and English.
//!
//! The texts live in two Fluent catalogues beside this file (`id.ftl` and
//! `en.ftl`), never in format strings through the code: code names a message
//! by its id and gives its arguments with [`msg!`](crate::msg), and the text
//! is chosen when the message is shown, in the language asked for. Keeping
//! both languages in one place is what lets a translator (or the coming
//! English edition) work without reading Rust, and the id doubles as the
//! stable code of a diagnostic.

use std::fmt;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The language messages are shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Indonesian: the site's own language, and the contract's default.
    #[default]
    Id,
    English,
}

impl Lang {
    /// The language of messages for a site written in `language` (the
    /// `language` of `site.yaml`): Indonesian for `id`, English otherwise.
    pub fn for_site(language: &str) -> Lang {
        if language.trim().eq_ignore_ascii_case("id") {
            Lang::Id
        } else {
            Lang::English
        }
    }

    /// The language tag, as written in `--lang` and in `site.yaml`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::English => "en",
        }
    }
}

/// One value given to a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    /// A number the message may choose a plural form by.
    Number(f64),
    /// Another message, shown in the same language (e.g. a problem found by
    /// a helper, prefixed with the field it is about).
    Message(Box<Message>),
}

// Numbers given to messages are counts, sizes and positions, never NaN.
impl Eq for Arg {}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Arg {
                Arg::Number(value as f64)
            }
        }
    )*};
}
number_args!(usize, u64, u32, u8, i64, i32, f64);

impl From<&str> for Arg {
    fn from(value: &str) -> Arg {
        Arg::Text(value.to_string())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Arg {
        Arg::Text(value)
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Arg {
        Arg::Text(value.clone())
    }
}

impl From<Message> for Arg {
    fn from(value: Message) -> Arg {
        Arg::Message(Box::new(value))
    }
}

/// A message of the catalogue with its arguments, not yet put into words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    id: &'static str,
    /// Boxed, not a `Vec`: diagnostics carry two messages, and are moved
    /// around in `Result`s.
    args: Box<[(&'static str, Arg)]>,
}

/// A [`Message`] from its catalogue id and named arguments:
/// `msg!("file-too-large", size = 12, limit = 10)`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::messages::Message::new(
            $id,
            vec![$((stringify!($name), $crate::messages::Arg::from($value))),*],
        )
    };
}

impl Message {
    pub fn new(id: &'static str, args: Vec<(&'static str, Arg)>) -> Message {
        Message {
            id,
            args: args.into_boxed_slice(),
        }
    }

    /// The catalogue id, which is also the stable code of a diagnostic.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The text of an argument, if it was given as text.
    pub fn text_arg(&self, name: &str) -> Option<&str> {
        self.args.iter().find_map(|(n, arg)| match arg {
            Arg::Text(text) if *n == name => Some(text.as_str()),
            _ => None,
        })
    }

    /// The message in `lang`. A message missing from that catalogue is shown
    /// in English, and one missing from both as its id and arguments, so a
    /// gap in a translation never hides what went wrong.
    pub fn render(&self, lang: Lang) -> String {
        let mut args = FluentArgs::new();
        for (name, arg) in &self.args {
            let value = match arg {
                Arg::Text(text) => FluentValue::from(bounded(name, text)),
                Arg::Number(number) => FluentValue::from(*number),
                Arg::Message(inner) => FluentValue::from(inner.render(lang)),
            };
            args.set(*name, value);
        }
        for lang in [lang, Lang::English] {
            let bundle = bundle(lang);
            let Some(pattern) = bundle.get_message(self.id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            debug_assert!(
                errors.is_empty(),
                "message `{}` in {:?}: {errors:?}",
                self.id,
                lang
            );
            return text.into_owned();
        }
        let given: Vec<String> = self
            .args
            .iter()
            .map(|(name, arg)| match arg {
                Arg::Text(text) => format!("{name}={}", bounded(name, text)),
                Arg::Number(number) => format!("{name}={number}"),
                Arg::Message(inner) => format!("{name}={}", inner.render(lang)),
            })
            .collect();
        format!("{} ({})", self.id, given.join(", "))
    }
}

/// The most characters of a value read from a file that a message repeats
/// (a name, a slug, a field, a number as written): enough to recognise it,
/// where a 200.000-character `parent:` would otherwise be one line of
/// 200.000 characters.
pub const MAX_ECHOED_CHARS: usize = 80;

/// The most characters of a text the tool composes for a message: a list
/// of the names allowed, a file path, an error chain, a parser's detail.
/// These can be longer than a value and are whole in practice; the bound
/// only keeps a message finite when one of them carries something huge.
pub const MAX_COMPOSED_CHARS: usize = 1_000;

/// The arguments that carry composed text ([`MAX_COMPOSED_CHARS`]); any
/// other text argument is a value echoed from a file ([`MAX_ECHOED_CHARS`]),
/// so a new argument is cut at 80 characters unless it is named here.
const COMPOSED_ARGS: &[&str] = &[
    // Paths on disk, and what names a place by its path.
    "path",
    "file",
    "content",
    "output",
    "old",
    "kept",
    "title",
    "template",
    "place",
    "other",
    // Error chains and explanations from the tool or its libraries.
    "error",
    "back",
    "detail",
    "why",
    "problem",
    "steps",
    // Lists of what is known or allowed, and other sentences of the tool.
    "names",
    "known",
    "required",
    "expected",
    "parts",
    "taken",
    "regions",
    "others",
    "overrides",
    "starter",
    "example",
    "suggestion",
    "first",
    "second",
    "what",
    // The command line's own lists and names.
    "values",
    "args",
    "command",
];

/// `text`, cut at the bound for the argument `name` with `…` where it was
/// cut: the one place where every text a message repeats is bounded.
fn bounded<'a>(name: &str, text: &'a str) -> std::borrow::Cow<'a, str> {
    let limit = if COMPOSED_ARGS.contains(&name) {
        MAX_COMPOSED_CHARS
    } else {
        MAX_ECHOED_CHARS
    };
    match text.char_indices().nth(limit) {
        Some((at, _)) => std::borrow::Cow::Owned(format!("{}…", &text[..at])),
        None => std::borrow::Cow::Borrowed(text),
    }
}

/// What an operating-system error means, in the reader's language: the
/// common kinds get a sentence of the catalogue, and only a rare one is
/// shown as the system words it (in English, with its `os error` number).
pub fn os_error(error: &std::io::Error) -> Message {
    use std::io::ErrorKind;
    match error.kind() {
        ErrorKind::NotFound => crate::msg!("os-not-found"),
        ErrorKind::PermissionDenied => crate::msg!("os-permission-denied"),
        ErrorKind::IsADirectory => crate::msg!("os-is-a-folder"),
        ErrorKind::NotADirectory => crate::msg!("os-not-a-folder"),
        ErrorKind::AlreadyExists => crate::msg!("os-already-exists"),
        ErrorKind::DirectoryNotEmpty => crate::msg!("os-folder-not-empty"),
        ErrorKind::InvalidData => crate::msg!("os-invalid-data"),
        ErrorKind::StorageFull => crate::msg!("os-storage-full"),
        ErrorKind::ReadOnlyFilesystem => crate::msg!("os-read-only"),
        ErrorKind::CrossesDevices => crate::msg!("os-crosses-devices"),
        _ => crate::msg!("os-other", detail = error.to_string()),
    }
}

/// Shown in English: for logs, panics in tests and library users who do
/// not choose. The binary always chooses with [`Message::render`].
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::English))
    }
}

/// The catalogue texts, compiled into the binary.
const CATALOGUES: [(Lang, &str); 2] = [
    (Lang::Id, include_str!("id.ftl")),
    (Lang::English, include_str!("en.ftl")),
];

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: OnceLock<[FluentBundle<FluentResource>; 2]> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| CATALOGUES.map(|(lang, text)| load_bundle(lang, text)));
    match lang {
        Lang::Id => &bundles[0],
        Lang::English => &bundles[1],
    }
}

fn load_bundle(lang: Lang, text: &str) -> FluentBundle<FluentResource> {
    let tag = match lang {
        Lang::Id => unic_langid::langid!("id"),
        Lang::English => unic_langid::langid!("en"),
    };
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // Terminals show the isolation marks Fluent puts around arguments.
    bundle.set_use_isolating(false);
    // A catalogue with a syntax error still serves every message it parsed;
    // the tests below make sure there is none.
    let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
    let _ = bundle.add_resource(resource);
    bundle
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn ids(text: &str) -> BTreeSet<String> {
        let resource = match FluentResource::try_new(text.to_string()) {
            Ok(resource) => resource,
            Err((_, errors)) => panic!("the catalogue does not parse: {errors:?}"),
        };
        resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect()
    }

    /// Every `msg!("id"` in the source, so a message used in code but
    /// missing from a catalogue, or kept in a catalogue but no longer used,
    /// fails here instead of showing its bare id to an author.
    fn ids_used_in_code() -> BTreeSet<String> {
        let mut used = BTreeSet::new();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        for entry in walkdir::WalkDir::new(root) {
            let entry = entry.unwrap();
            if entry.path().extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(entry.path()).unwrap();
                for part in text.split("msg!(").skip(1) {
                    let Some(rest) = part.trim_start().strip_prefix('"') else {
                        continue;
                    };
                    if let Some(id) = rest.split('"').next().filter(|id| is_message_id(id)) {
                        used.insert(id.to_string());
                    }
                }
            }
        }
        used
    }

    fn is_message_id(text: &str) -> bool {
        text != "id"
            && !text.is_empty()
            && text
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    }

    #[test]
    fn both_catalogues_parse_and_hold_the_same_messages() {
        let (id, en) = (ids(CATALOGUES[0].1), ids(CATALOGUES[1].1));
        assert!(!id.is_empty());
        let only_id: Vec<_> = id.difference(&en).collect();
        let only_en: Vec<_> = en.difference(&id).collect();
        assert!(
            only_id.is_empty() && only_en.is_empty(),
            "only in id.ftl: {only_id:?}; only in en.ftl: {only_en:?}"
        );
    }

    #[test]
    fn every_message_used_in_code_is_in_the_catalogue_and_no_other() {
        let used = ids_used_in_code();
        let known = ids(CATALOGUES[1].1);
        let missing: Vec<_> = used.difference(&known).collect();
        let unused: Vec<_> = known.difference(&used).collect();
        assert!(missing.is_empty(), "used but not in en.ftl: {missing:?}");
        assert!(unused.is_empty(), "in en.ftl but never used: {unused:?}");
    }

    #[test]
    fn a_message_is_shown_in_the_language_asked_for_with_its_arguments() {
        let message = crate::msg!("file-too-large", size = 12_345_678u64, limit = 10u64);
        assert_eq!(
            message.render(Lang::English),
            "the file has 12345678 bytes; expected at most 10 MB for a content file"
        );
        assert_eq!(
            message.render(Lang::Id),
            "berkas ini berukuran 12345678 bita; berkas konten paling besar 10 MB"
        );
        assert_eq!(message.id(), "file-too-large");
    }

    #[test]
    fn an_echoed_value_is_cut_at_80_characters_and_composed_text_later() {
        let parent = "x".repeat(200_000);
        let shown = crate::msg!("parent-unknown", parent = parent.as_str()).render(Lang::English);
        assert_eq!(
            shown,
            format!(
                "found the parent `{}…`, but no region file has that slug",
                "x".repeat(MAX_ECHOED_CHARS)
            )
        );
        let exactly = "y".repeat(MAX_ECHOED_CHARS);
        let shown = crate::msg!("parent-unknown", parent = exactly.as_str()).render(Lang::Id);
        assert!(shown.contains(&format!("`{exactly}`")), "{shown}");
        // A list of what is allowed is the tool's own text: kept whole.
        let known = (0..20).map(|i| format!("`field_{i}`")).collect::<Vec<_>>();
        let known = known.join(", ");
        assert!(known.chars().count() > MAX_ECHOED_CHARS);
        let shown = crate::msg!("unknown-field-help", known = known.as_str()).render(Lang::English);
        assert!(shown.ends_with(&known), "{shown}");
        let huge = "z".repeat(200_000);
        let shown = crate::msg!("cannot-read", path = "a.yaml", error = huge.as_str())
            .render(Lang::English);
        assert_eq!(
            shown.chars().count(),
            "cannot read a.yaml: ".len() + MAX_COMPOSED_CHARS + 1
        );
    }

    #[test]
    fn the_site_language_chooses_indonesian_only_for_id() {
        assert_eq!(Lang::for_site("id"), Lang::Id);
        assert_eq!(Lang::for_site(" ID "), Lang::Id);
        assert_eq!(Lang::for_site("en"), Lang::English);
        assert_eq!(Lang::for_site("jv"), Lang::English);
    }

    #[test]
    fn common_os_errors_are_put_into_words_of_the_catalogue() {
        use std::io::{Error, ErrorKind};
        let missing = os_error(&Error::from(ErrorKind::NotFound));
        assert_eq!(missing.render(Lang::Id), "berkas atau folder itu tidak ada");
        assert_eq!(
            missing.render(Lang::English),
            "there is no file or folder there"
        );
        let denied = os_error(&Error::from(ErrorKind::PermissionDenied));
        assert_eq!(
            denied.render(Lang::Id),
            "izin ditolak: pengguna ini tidak boleh membaca atau menulis di situ"
        );
        // A rare kind keeps the system's own words rather than losing them.
        let rare = os_error(&Error::other("the disk caught fire"));
        assert_eq!(rare.render(Lang::Id), "galat sistem: the disk caught fire");
    }

    #[test]
    fn a_message_missing_from_both_catalogues_still_shows_its_arguments() {
        let message = Message::new("no-such-message", vec![("file", Arg::from("a.yaml"))]);
        assert_eq!(message.render(Lang::Id), "no-such-message (file=a.yaml)");
    }
}
