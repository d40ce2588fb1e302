//! One file per subcommand: glue between the CLI and the library.

pub mod build;
pub mod check;
pub mod draft;
pub mod new;
pub mod schema;
pub mod serve;
pub mod terminal;
