//! The command line, as clap derive. Each doc comment is the English
//! original of its `--help` text, which is shown from the message catalogue
//! in the reader's language (`localize/`).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use ikm_site::messages::Lang;

/// Build a static website of IKM (Industri Kecil Menengah) figures from
/// region YAML files, with the source of every number.
#[derive(Debug, Parser)]
#[command(name = "ikm-site", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into the output folder (replaced only if the build succeeds)
    Build(BuildArgs),
    /// Check the content and list every problem and conflict, writing nothing
    Check(CheckArgs),
    /// Serve the site from memory under its base path, rebuild it on every save and reload the open tabs
    Serve(ServeArgs),
    /// Write the JSON Schemas of the content files, for editors that autocomplete and check YAML
    Schema(SchemaArgs),
    /// Start a new region file or news item, ready to fill in
    #[command(subcommand)]
    New(NewCommand),
    /// Draft a news item from the plain text of an article: its numbers, their likely metrics, the outlet and the date
    Draft(DraftArgs),
}

impl Command {
    /// The message options of the command, for a `--lang` given before it
    /// (`ikm-site --lang en build`); `schema` has none.
    pub fn messages_mut(&mut self) -> Option<&mut MessageArgs> {
        match self {
            Command::Build(args) => Some(&mut args.messages),
            Command::Check(args) => Some(&mut args.messages),
            Command::Serve(args) => Some(&mut args.messages),
            Command::Draft(args) => Some(&mut args.messages),
            Command::New(NewCommand::Region(args)) => Some(&mut args.messages),
            Command::New(NewCommand::News(args)) => Some(&mut args.messages),
            Command::Schema(_) => None,
        }
    }
}

#[derive(Debug, Args)]
pub struct DraftArgs {
    /// The article as a plain-text file (copy the text from the web page)
    pub article: PathBuf,
    /// Slug of the region the article is about, for the item's id
    #[arg(long, value_name = "SLUG")]
    pub region: Option<String>,
    /// Folder with site.yaml, metrics.yaml, regions/ and pages/
    #[arg(long, value_name = "DIR", default_value = "content")]
    pub content: PathBuf,
    #[command(flatten)]
    pub messages: MessageArgs,
}

#[derive(Debug, Subcommand)]
pub enum NewCommand {
    /// Write a commented starter file for a region, beside its parent (a province in its own folder)
    Region(NewRegionArgs),
    /// Append a starter news item with a fresh id to a region's file
    News(NewNewsArgs),
}

#[derive(Debug, Args)]
pub struct NewRegionArgs {
    /// The region's slug: its file name and address, e.g. `lebak`
    pub slug: String,
    /// `provinsi`, `kabupaten`, `kota`, `kecamatan`, `desa` or `kelurahan`
    #[arg(long, value_name = "LEVEL")]
    pub level: String,
    /// Slug of the region one rung up: the provinsi of a kabupaten or kota,
    /// the kabupaten or kota of a kecamatan, the kecamatan of a desa or
    /// kelurahan
    #[arg(long, value_name = "SLUG")]
    pub parent: Option<String>,
    /// Full name, e.g. "Kabupaten Lebak"
    #[arg(long, value_name = "NAME")]
    pub name: String,
    /// Folder with site.yaml, metrics.yaml, regions/ and pages/
    #[arg(long, value_name = "DIR", default_value = "content")]
    pub content: PathBuf,
    #[command(flatten)]
    pub messages: MessageArgs,
}

#[derive(Debug, Args)]
pub struct NewNewsArgs {
    /// Slug of the region the news is about
    #[arg(long, value_name = "SLUG")]
    pub region: String,
    /// Folder with site.yaml, metrics.yaml, regions/ and pages/
    #[arg(long, value_name = "DIR", default_value = "content")]
    pub content: PathBuf,
    #[command(flatten)]
    pub messages: MessageArgs,
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Folder to write region, metrics, site and vocabulary schemas to; by default `docs/schema` beside the content folder, where the content files' first lines point. Never inside the content folder, the theme's templates/ or static/, or .git
    #[arg(long, value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// Folder with site.yaml, metrics.yaml, regions/ and pages/
    #[arg(long, value_name = "DIR", default_value = "content")]
    pub content: PathBuf,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Folder with site.yaml, metrics.yaml, regions/ and pages/
    #[arg(long, value_name = "DIR", default_value = "content")]
    pub content: PathBuf,
    /// Folder to write the site to; an existing one must be empty or hold nothing but what the previous build wrote
    #[arg(long, value_name = "DIR", default_value = "public")]
    pub output: PathBuf,
    /// Absolute URL the site is published at, e.g. https://owner.github.io/repo/ (overrides base_url in site.yaml)
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    #[command(flatten)]
    pub messages: MessageArgs,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Folder with site.yaml, metrics.yaml, regions/ and pages/
    #[arg(long, value_name = "DIR", default_value = "content")]
    pub content: PathBuf,
    /// Port to listen on; 0 picks a free one (the address printed says which)
    #[arg(long, value_name = "N", default_value_t = 1111)]
    pub port: u16,
    /// Address to listen on; only this computer can reach the default
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1")]
    pub bind: std::net::IpAddr,
    /// Open the site in the default browser once it is served
    #[arg(long)]
    pub open: bool,
    #[command(flatten)]
    pub messages: MessageArgs,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Folder with site.yaml, metrics.yaml, regions/ and pages/
    #[arg(long, value_name = "DIR", default_value = "content")]
    pub content: PathBuf,
    /// `text` for people; `json` prints one JSON object per problem on stdout (severity, code, file, line, column, message, help), for editors and CI
    #[arg(long, value_name = "FORMAT", default_value = "text")]
    pub format: Format,
    #[command(flatten)]
    pub messages: MessageArgs,
}

/// How `check` prints what it found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct MessageArgs {
    /// Language of messages: `id` (Indonesian) or `en` (English); by default the site's `language` in site.yaml, Indonesian when it is `id` or absent
    #[arg(long, value_name = "LANG")]
    pub lang: Option<LangArg>,
    /// Print only errors: no warnings, summary line or progress bar
    #[arg(long, short, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Also print what was read and how long each stage took
    #[arg(long, short)]
    pub verbose: bool,
}

/// The languages messages can be shown in.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LangArg {
    Id,
    En,
}

impl MessageArgs {
    /// `--lang` when given, else what the site's settings ask for.
    pub fn lang(&self, content: &std::path::Path) -> Lang {
        match self.lang {
            Some(LangArg::Id) => Lang::Id,
            Some(LangArg::En) => Lang::English,
            None => ikm_site::content::message_language(content),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
