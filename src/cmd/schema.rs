//! `ikm-site schema`: write the content files' JSON Schemas.

use std::io::Write;
use std::path::{Path, PathBuf};

use ikm_site::diagnostics::error_line;
use ikm_site::messages::{os_error, Message};
use ikm_site::msg;

use crate::cli::SchemaArgs;

/// Writes each schema into the output folder (created if needed), replacing
/// an older copy, and names what it wrote. By default the folder is
/// `docs/schema` beside the content folder, where `new region` and the
/// shipped files point (`../../../docs/schema/…` from a region file).
pub fn run(args: SchemaArgs, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let lang = ikm_site::content::message_language(&args.content);
    let output = args.output.unwrap_or_else(|| {
        let project = args.content.parent().unwrap_or(Path::new(""));
        project.join(ikm_site::schema::DEFAULT_FOLDER)
    });
    match write_all(&output) {
        Ok(written) => {
            for path in written {
                let _ = writeln!(out, "{}", path.display());
            }
            0
        }
        Err(problem) => {
            let _ = writeln!(err, "{}", error_line(&problem, lang, false));
            1
        }
    }
}

fn write_all(output: &Path) -> Result<Vec<PathBuf>, Message> {
    let shown = |path: &Path| path.display().to_string();
    std::fs::create_dir_all(output).map_err(|e| {
        msg!(
            "cannot-create-folder",
            path = shown(output),
            error = os_error(&e)
        )
    })?;
    let mut written = Vec::new();
    for (name, text) in ikm_site::schema::files() {
        let path = output.join(name);
        std::fs::write(&path, text)
            .map_err(|e| msg!("cannot-write", path = shown(&path), error = os_error(&e)))?;
        written.push(path);
    }
    Ok(written)
}
