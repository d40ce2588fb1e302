//! The official regions a site's pages list, taken from the list the site
//! was checked against: the model keeps them (see `model::coverage`), so
//! the pages never read the list themselves.

use std::collections::HashMap;

use crate::model::{OfficialFrame, OfficialRegion, RegionId, Site, Tier};
use crate::registry::{Official, Registry};

/// Every province and every regency and city of `list`, and the official
/// regions one rung below each region of `site` under the province with
/// sub-regions of its own (a regency's kecamatan, a kecamatan's desa), each
/// tied to `site`'s region with its code. The 83.762 desa are read only
/// for a kecamatan whose desa have files.
pub fn official_frame(list: &Registry, site: &Site) -> OfficialFrame {
    let by_code: HashMap<&str, RegionId> = site
        .region_ids()
        .filter_map(|id| Some((site.regions[id].code.as_deref()?, id)))
        .collect();
    let tie = |entries: Vec<Official<'_>>| -> Vec<OfficialRegion> {
        entries
            .into_iter()
            .map(|entry| OfficialRegion {
                code: entry.code.to_string(),
                name: entry.name.to_string(),
                level: entry.level(),
                region: by_code.get(entry.code).copied(),
            })
            .collect()
    };
    let mut frame = OfficialFrame::default();
    let provinces = list.children(None);
    for province in &provinces {
        frame.children.insert(
            Some(province.code.to_string()),
            tie(list.children(Some(province.code))),
        );
    }
    frame.children.insert(None, tie(provinces));
    for id in site.region_ids() {
        let region = &site.regions[id];
        let below_province = region.level.tier() != Tier::Province;
        let Some(code) = region.code.as_ref().filter(|_| below_province) else {
            continue;
        };
        if !region.children.is_empty() {
            frame
                .children
                .insert(Some(code.clone()), tie(list.children(Some(code))));
        }
    }
    frame
}
