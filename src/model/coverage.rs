//! The part of the official list of regions a site's pages show: every
//! province with its regencies and cities, and the official kecamatan or
//! desa under a region of the site that has files one rung below it, each
//! tied to the site's region for it when there is one.
//!
//! `content` fills it from the list the site was checked against, so
//! `render` can state coverage without knowing where the list came from
//! (built in or the content folder's own) and the model keeps no
//! dependency on the list's reader. A site with `official_regions: false`
//! has none, and its pages say nothing of coverage.

use std::collections::BTreeMap;

use super::ids::RegionId;
use super::region::Level;

/// One region of the official list, and the site's region for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficialRegion {
    pub code: String,
    /// The official name ("Kabupaten Pandeglang").
    pub name: String,
    pub level: Level,
    /// The site's region with this code: it has a file, hence data and a
    /// page of its own.
    pub region: Option<RegionId>,
}

/// The official regions the site's pages list, by the code of the region
/// above (`None` for the provinces).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OfficialFrame {
    /// Filled for the country (the provinces), every province, and every
    /// region of the site below the province with sub-regions of its own;
    /// each list in code order.
    pub children: BTreeMap<Option<String>, Vec<OfficialRegion>>,
}

/// How many of some official regions have data: "1 dari 8".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Count {
    pub with_data: usize,
    pub total: usize,
}

impl OfficialFrame {
    /// The official regions one rung below `code` (the provinces for
    /// `None`); empty when the frame does not hold them.
    pub fn children_of(&self, code: Option<&str>) -> &[OfficialRegion] {
        self.children
            .get(&code.map(str::to_string))
            .map_or(&[], Vec::as_slice)
    }

    /// How many of the regions one rung below `code` have data.
    pub fn count_below(&self, code: Option<&str>) -> Count {
        let list = self.children_of(code);
        Count {
            with_data: list.iter().filter(|r| r.region.is_some()).count(),
            total: list.len(),
        }
    }

    /// The whole country: its regencies and cities with data, and the
    /// provinces with at least one of them.
    pub fn country(&self) -> (Count, Count) {
        let provinces = self.children_of(None);
        let mut regencies = Count::default();
        let mut with_data = 0;
        for province in provinces {
            let count = self.count_below(Some(&province.code));
            regencies.with_data += count.with_data;
            regencies.total += count.total;
            with_data += usize::from(count.with_data > 0);
        }
        (
            regencies,
            Count {
                with_data,
                total: provinces.len(),
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(code: &str, region: Option<usize>) -> OfficialRegion {
        OfficialRegion {
            code: code.into(),
            name: code.into(),
            level: Level::Kabupaten,
            region: region.map(RegionId::at),
        }
    }

    #[test]
    fn the_country_counts_regencies_with_data_and_their_provinces() {
        let mut frame = OfficialFrame::default();
        frame
            .children
            .insert(None, vec![entry("11", None), entry("12", Some(0))]);
        frame.children.insert(
            Some("11".into()),
            vec![entry("11.01", None), entry("11.02", None)],
        );
        frame.children.insert(
            Some("12".into()),
            vec![
                entry("12.01", Some(1)),
                entry("12.02", None),
                entry("12.71", Some(2)),
            ],
        );
        assert_eq!(
            frame.count_below(Some("12")),
            Count {
                with_data: 2,
                total: 3
            }
        );
        let (regencies, provinces) = frame.country();
        assert_eq!((regencies.with_data, regencies.total), (2, 5));
        assert_eq!((provinces.with_data, provinces.total), (1, 2));
        assert!(frame.children_of(Some("99")).is_empty());
    }
}
