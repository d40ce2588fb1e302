//! `cakupan/`: how much of the country the site covers, against the
//! official list it was checked with. Every province is listed with how
//! many of its regencies and cities have data, so a reader sees what is
//! missing as well as what is there. A region has data when the site has
//! its file (and so its page); the home page states the country's count.
//! A site without an official list has no such page.

use serde::Serialize;

use super::format;
use super::kit::{Head, Kit, RenderError};
use super::route::Route;
use super::views::Link;
use crate::model::coverage::{Count, OfficialFrame};

/// "4 dari 514" with Indonesian numbers.
fn of(count: Count) -> String {
    format!(
        "{} dari {}",
        format::number(count.with_data as f64),
        format::number(count.total as f64)
    )
}

/// The country's coverage in the words the home page and `cakupan/` use.
#[derive(Serialize)]
pub struct CountryCoverage {
    /// "4 dari 514"
    pub regencies: String,
    /// "3 dari 38"
    pub provinces: String,
    /// "3": the provinces with data, alone.
    pub provinces_with_data: String,
    pub url: String,
}

/// The country's coverage, when the site has an official list.
pub fn country(kit: &Kit) -> Option<CountryCoverage> {
    let frame = kit.site.official.as_ref()?;
    let (regencies, provinces) = frame.country();
    Some(CountryCoverage {
        regencies: of(regencies),
        provinces: of(provinces),
        provinces_with_data: format::number(provinces.with_data as f64),
        url: kit.link(&Route::Coverage),
    })
}

/// One province of the list: its name (linked when the site has its page),
/// its count, and its regencies and cities that have data.
#[derive(Serialize)]
struct ProvinceRow {
    name: String,
    url: Option<String>,
    count: String,
    with_data: Vec<Link>,
}

fn rows(kit: &Kit, frame: &OfficialFrame) -> Vec<ProvinceRow> {
    frame
        .children_of(None)
        .iter()
        .map(|province| ProvinceRow {
            name: province.name.clone(),
            url: province.region.map(|id| kit.link(&Route::Region(id))),
            count: of(frame.count_below(Some(&province.code))),
            with_data: frame
                .children_of(Some(&province.code))
                .iter()
                .filter_map(|regency| regency.region)
                .map(|id| kit.views.region_link(id))
                .collect(),
        })
        .collect()
}

pub fn coverage_page(kit: &Kit) -> Result<Vec<u8>, RenderError> {
    // The route exists only for a site with an official list.
    let none = OfficialFrame::default();
    let frame = kit.site.official.as_ref().unwrap_or(&none);
    let head = Head::titled("Cakupan wilayah").described(
        "Berapa kabupaten dan kota di setiap provinsi Indonesia yang sudah punya data di situs ini.",
    );
    kit.page(&Route::Coverage, "coverage.html", head, |c| {
        c.insert("country", &country(kit));
        c.insert("provinces", &rows(kit, frame));
    })
}
