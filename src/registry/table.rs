//! One sorted run of `code<TAB>name` lines, kept as the text it was read
//! from with the start of each line: no allocation per region, and a
//! lookup is a binary search.

use super::entry::{parent_code, rung, Official, VILLAGE_RUNG};

/// The width of each part of a code, rung by rung: `36`, `02`, `01`, `2001`.
const PART_WIDTHS: [usize; 4] = [2, 2, 2, 4];

/// Lines of one list, sorted by code.
pub struct Table {
    text: String,
    /// Byte offset of each line's start, then one past the text's end.
    starts: Vec<u32>,
}

impl std::fmt::Debug for Table {
    /// The count, not the 2 MB of text.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Table")
            .field("regions", &self.len())
            .finish()
    }
}

/// How many problems of one list are kept to be shown; the rest are only
/// counted, so a large broken file costs no memory for them.
pub const KEPT: usize = 50;

/// The problems of a list: the first [`KEPT`] in line order, and how many
/// there are in all.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ParseErrors {
    pub first: Vec<ParseError>,
    pub total: usize,
}

impl ParseErrors {
    fn push(&mut self, error: ParseError) {
        self.total += 1;
        if self.first.len() < KEPT {
            self.first.push(error);
        }
    }

    fn is_empty(&self) -> bool {
        self.total == 0
    }
}

/// A line of a region list that breaks its shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based.
    pub line: usize,
    pub problem: Problem,
}

/// What is wrong with a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// No tab between the code and the name.
    NoTab,
    /// The code is not 2, 2.2, 2.2.2 or 2.2.2.4 digits.
    BadCode(String),
    /// The name is empty or holds a control character.
    BadName(String),
    /// The code is not after the line before's (a list is sorted by code,
    /// each code once).
    OutOfOrder { code: String, previous: String },
    /// The list is larger than 4 GB.
    TooLarge,
    /// The code's parent is not in the list.
    NoParent { code: String, parent: String },
}

/// The list is capped so that offsets fit in `u32`: the built-in one is
/// 2 MB, and a folder's own list is read under the loader's size limit.
const MAX_TEXT: usize = u32::MAX as usize;

impl Table {
    /// Reads sorted `code<TAB>name` lines, checking each line's shape and
    /// order (not that parents exist: the desa's parents are in the other
    /// table; [`parse_split`] checks them for a whole list).
    pub fn parse(text: String) -> Result<Table, ParseErrors> {
        let mut errors = ParseErrors::default();
        let starts = index(&text, &mut errors);
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Table { text, starts })
    }

    pub fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn entry(&self, index: usize) -> Official<'_> {
        let start = self.starts[index] as usize;
        let end = self.starts[index + 1] as usize;
        let line = self.text[start..end].trim_end_matches(['\n', '\r']);
        let (code, name) = line.split_once('\t').unwrap_or((line, ""));
        Official { code, name }
    }

    /// The position of the first code not before `code`.
    fn lower_bound(&self, code: &str) -> usize {
        let (mut low, mut high) = (0, self.len());
        while low < high {
            let middle = (low + high) / 2;
            if self.entry(middle).code < code {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        low
    }

    pub fn get(&self, code: &str) -> Option<Official<'_>> {
        let at = self.lower_bound(code);
        (at < self.len())
            .then(|| self.entry(at))
            .filter(|entry| entry.code == code)
    }

    /// The entries on rung `on` (1 for a province) whose code starts with
    /// `prefix` (`"36."`), or every entry on `on` for `None`.
    pub fn children(&self, prefix: Option<&str>, on: usize) -> Vec<Official<'_>> {
        let from = prefix.map_or(0, |p| self.lower_bound(p));
        (from..self.len())
            .map(|i| self.entry(i))
            .take_while(|e| prefix.is_none_or(|p| e.code.starts_with(p)))
            .filter(|e| rung(e.code) == on)
            .collect()
    }
}

/// The start of every line of `text` (and one past its end), checking each
/// line's shape and order.
fn index(text: &str, errors: &mut ParseErrors) -> Vec<u32> {
    let mut starts = Vec::new();
    if text.len() >= MAX_TEXT {
        errors.push(ParseError {
            line: 1,
            problem: Problem::TooLarge,
        });
        return starts;
    }
    let mut previous: Option<&str> = None;
    let mut offset = 0;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        starts.push(offset as u32);
        offset += line.len();
        let number = n + 1;
        let bare = line.trim_end_matches(['\n', '\r']);
        let Some((code, name)) = bare.split_once('\t') else {
            errors.push(ParseError {
                line: number,
                problem: Problem::NoTab,
            });
            continue;
        };
        if !well_formed(code) {
            errors.push(ParseError {
                line: number,
                problem: Problem::BadCode(code.to_string()),
            });
        } else if let Some(before) = previous.filter(|before| *before >= code) {
            errors.push(ParseError {
                line: number,
                problem: Problem::OutOfOrder {
                    code: code.to_string(),
                    previous: before.to_string(),
                },
            });
        } else {
            previous = Some(code);
        }
        if name.trim().is_empty() || name.chars().any(char::is_control) {
            errors.push(ParseError {
                line: number,
                problem: Problem::BadName(name.to_string()),
            });
        }
    }
    starts.push(offset as u32);
    starts
}

/// Whether `code` has 1 to 4 parts of the official widths, digits only.
fn well_formed(code: &str) -> bool {
    let parts: Vec<&str> = code.split('.').collect();
    parts.len() <= PART_WIDTHS.len()
        && parts
            .iter()
            .zip(PART_WIDTHS)
            .all(|(part, width)| part.len() == width && part.bytes().all(|b| b.is_ascii_digit()))
}

/// Reads a whole list (every rung) and splits it into the part down to the
/// kecamatan and the desa and kelurahan, as the built-in list is kept.
/// Every region's parent must be in the list.
pub fn parse_split(text: &str) -> Result<(Table, Table), ParseErrors> {
    let mut errors = ParseErrors::default();
    index(text, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut upper = String::new();
    let mut villages = String::new();
    for line in text.split_inclusive('\n') {
        let bare = line.trim_end_matches(['\n', '\r']);
        let code = bare.split_once('\t').map_or(bare, |(code, _)| code);
        let into = if rung(code) == VILLAGE_RUNG {
            &mut villages
        } else {
            &mut upper
        };
        into.push_str(bare);
        into.push('\n');
    }
    let upper = table_unchecked(upper);
    // Every parent is a province, regency or kecamatan: all in `upper`.
    for (n, line) in text.split_inclusive('\n').enumerate() {
        let code = line.split_once('\t').map_or(line, |(code, _)| code);
        if let Some(parent) = parent_code(code).filter(|p| upper.get(p).is_none()) {
            errors.push(ParseError {
                line: n + 1,
                problem: Problem::NoParent {
                    code: code.to_string(),
                    parent: parent.to_string(),
                },
            });
        }
    }
    if errors.is_empty() {
        Ok((upper, table_unchecked(villages)))
    } else {
        Err(errors)
    }
}

/// A table of lines already checked for shape and order.
fn table_unchecked(text: String) -> Table {
    let mut ignored = ParseErrors::default();
    let starts = index(&text, &mut ignored);
    Table { text, starts }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_broken_line_is_reported_with_its_number() {
        let text = "36\tBanten\n36.2\tLebak\n36.01 Pandeglang\n36.01\tKabupaten Pandeglang\n36.01\tLagi\n37.01\tTanpa Induk\n36.02\t\n";
        let errors = parse_split(text).unwrap_err();
        assert_eq!(errors.total, 5);
        let found: Vec<(usize, &Problem)> =
            errors.first.iter().map(|e| (e.line, &e.problem)).collect();
        assert_eq!(
            found,
            [
                (2, &Problem::BadCode("36.2".into())),
                (3, &Problem::NoTab),
                (
                    5,
                    &Problem::OutOfOrder {
                        code: "36.01".into(),
                        previous: "36.01".into()
                    }
                ),
                // 37.01 was taken as the last good code.
                (
                    7,
                    &Problem::OutOfOrder {
                        code: "36.02".into(),
                        previous: "37.01".into()
                    }
                ),
                (7, &Problem::BadName(String::new())),
            ]
        );
        // Once the shape is right, a missing parent is found, at its line.
        let errors =
            parse_split("36\tBanten\n37.01\tTanpa Induk\n37.01.01.2001\tDesa\n").unwrap_err();
        let lines: Vec<usize> = errors.first.iter().map(|e| e.line).collect();
        assert_eq!(lines, [2, 3]);
    }

    #[test]
    fn a_list_of_broken_lines_keeps_only_the_first_few() {
        let text = "x\n".repeat(10_000);
        let errors = parse_split(&text).unwrap_err();
        assert_eq!(errors.total, 10_000);
        assert_eq!(errors.first.len(), KEPT);
    }

    #[test]
    fn codes_are_found_by_binary_search() {
        let table =
            Table::parse("11\tAceh\n11.01\tKabupaten Aceh Selatan\n12\tSumatera Utara\n".into())
                .unwrap();
        assert_eq!(table.len(), 3);
        assert_eq!(table.get("12").unwrap().name, "Sumatera Utara");
        assert_eq!(table.get("11.01").unwrap().name, "Kabupaten Aceh Selatan");
        assert!(table.get("11.02").is_none());
        assert!(table.get("13").is_none());
        let provinces: Vec<&str> = table.children(None, 1).iter().map(|e| e.code).collect();
        assert_eq!(provinces, ["11", "12"]);
        let under: Vec<&str> = table
            .children(Some("11."), 2)
            .iter()
            .map(|e| e.code)
            .collect();
        assert_eq!(under, ["11.01"]);
    }
}
