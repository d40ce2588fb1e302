//! `ikm-site schema`: write the content files' JSON Schemas.

use std::io::Write;
use std::path::Path;

use ikm_site::diagnostics::error_line;

use crate::cli::SchemaArgs;

/// Writes each schema into the output folder (created if needed), replacing
/// an older copy, and names what it wrote. By default the folder is
/// `docs/schema` beside the content folder, where `new region` and the
/// shipped files point (`../../../docs/schema/…` from a region file). The
/// folder is held to `build`'s rules and each file is written whole
/// ([`ikm_site::output::files`]); every refusal is printed.
pub fn run(args: SchemaArgs, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let lang = ikm_site::content::message_language(&args.content);
    let output = args.output.unwrap_or_else(|| {
        let project = args.content.parent().unwrap_or(Path::new(""));
        project.join(ikm_site::schema::DEFAULT_FOLDER)
    });
    let files = ikm_site::schema::files();
    match ikm_site::output::files::write_files(&output, &args.content, &files) {
        Ok(written) => {
            for path in written {
                let _ = writeln!(out, "{}", path.display());
            }
            0
        }
        Err(problems) => {
            for problem in problems {
                let _ = writeln!(err, "{}", error_line(&problem, lang, false));
            }
            1
        }
    }
}
