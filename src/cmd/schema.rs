//! `ikm-site schema`: write the content files' JSON Schemas.

use std::io::Write;

use ikm_site::messages::Lang;
use ikm_site::msg;

use crate::cli::SchemaArgs;

/// Writes each schema into the output folder (created if needed), replacing
/// an older copy, and names what it wrote.
pub fn run(args: SchemaArgs, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let lang = Lang::Id;
    if let Err(e) = std::fs::create_dir_all(&args.output) {
        let problem = msg!(
            "cannot-create-folder",
            path = args.output.display().to_string(),
            error = e.to_string()
        );
        let _ = writeln!(
            err,
            "{}: {}",
            msg!("label-error").render(lang),
            problem.render(lang)
        );
        return 1;
    }
    for (name, text) in ikm_site::schema::files() {
        let path = args.output.join(name);
        if let Err(e) = std::fs::write(&path, text) {
            let problem = msg!(
                "cannot-write",
                path = path.display().to_string(),
                error = e.to_string()
            );
            let _ = writeln!(
                err,
                "{}: {}",
                msg!("label-error").render(lang),
                problem.render(lang)
            );
            return 1;
        }
        let _ = writeln!(out, "{}", path.display());
    }
    0
}
