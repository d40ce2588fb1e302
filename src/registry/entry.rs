//! One entry of the official list, and what its code says of it.

use crate::model::Level;

/// One region of the official list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Official<'a> {
    pub code: &'a str,
    pub name: &'a str,
}

impl Official<'_> {
    /// The rung the code puts the region on. A regency or city is told
    /// apart by its name ("Kota …"), a desa from a kelurahan by the first
    /// digit of its last part (1 for a kelurahan, 2 for a desa, 3 for a
    /// desa adat), as Kemendagri numbers them.
    pub fn level(&self) -> Level {
        level_of(self.code, self.name)
    }

    /// The code of the region above, or `None` for a province.
    pub fn parent_code(&self) -> Option<&str> {
        parent_code(self.code)
    }
}

/// The rung of `code`, counted in its parts: 1 for a province
/// (`36`), 4 for a desa or kelurahan (`36.02.14.1012`).
pub fn rung(code: &str) -> usize {
    code.split('.').count()
}

/// The rung a desa or kelurahan is on: the list keeps those apart.
pub const VILLAGE_RUNG: usize = 4;

/// The level of an official entry, from its code and name.
fn level_of(code: &str, name: &str) -> Level {
    match rung(code) {
        1 => Level::Provinsi,
        2 if name
            .split_whitespace()
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("kota")) =>
        {
            Level::Kota
        }
        2 => Level::Kabupaten,
        3 => Level::Kecamatan,
        _ if code.rsplit('.').next().is_some_and(|l| l.starts_with('1')) => Level::Kelurahan,
        _ => Level::Desa,
    }
}

/// The code one rung up: `36.02` for `36.02.01`.
pub fn parent_code(code: &str) -> Option<&str> {
    code.rfind('.').map(|dot| &code[..dot])
}
