//! A parsed YAML file, as every reader of a content file gets it, and the
//! two ways to get one. A leaf
//! below the validators, so the region files' parser and the settings'
//! readers share it without importing each other.

use std::path::Path;

use super::text;
use crate::content::source::{self, Source};
use crate::content::spans::SpanTree;
use crate::content::yaml::{self, UnknownKey};
use crate::diagnostics::Diagnostics;

/// A parsed YAML file: its text, positions and typed shape.
pub(crate) struct Parsed<T> {
    pub source: Source,
    pub tree: SpanTree,
    pub raw: T,
    /// Misspelt or unknown fields, each an error; the file was read past
    /// them (see [`crate::content::yaml::load_past_misspelt_fields`]). Also the values
    /// with refused characters (errors) or invisible ones (warnings), see
    /// [`super::text`].
    pub misspelt: Diagnostics,
}

/// Reads and parses one YAML file, reporting what goes wrong; a misspelt
/// field stops it (a settings file is short, and read past one it would
/// only add guesses). Warnings about its text values are left in
/// `misspelt` for the caller to report.
pub(crate) fn parse_file<T: serde::de::DeserializeOwned>(
    path: &Path,
    kind: &yaml::FileKind,
    schema: impl Fn(&SpanTree, &mut Vec<UnknownKey>),
) -> Result<Parsed<T>, Diagnostics> {
    let parsed = parse_source(source::read(path)?, kind, schema)?;
    if parsed.misspelt.has_errors() {
        Err(parsed.misspelt)
    } else {
        Ok(parsed)
    }
}

/// Parses a file's text already in memory, reporting what goes wrong, and
/// reading past misspelt fields.
pub(crate) fn parse_source<T: serde::de::DeserializeOwned>(
    source: Source,
    kind: &yaml::FileKind,
    schema: impl Fn(&SpanTree, &mut Vec<UnknownKey>),
) -> Result<Parsed<T>, Diagnostics> {
    let (raw, tree, mut misspelt) = yaml::load_past_misspelt_fields::<T>(&source, kind, schema)?;
    text::check_values(&source, &tree, &mut misspelt);
    Ok(Parsed {
        source,
        tree,
        raw,
        misspelt,
    })
}
