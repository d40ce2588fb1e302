//! The pages every site has once, or once per free page: the region index,
//! search, a free page from `content/pages/`, and the 404 page.

use super::citation;
use super::kit::{Head, Kit, RenderError};
use super::placement::lists::REGION_CHILDREN_SHOWN;
use super::route::Route;

/// `wilayah/`: every province with its first kabupaten and kota, and a
/// link to the rest.
pub fn region_index(kit: &Kit) -> Result<Vec<u8>, RenderError> {
    let provinces = kit.views.province_tree(REGION_CHILDREN_SHOWN);
    let head = Head::titled("Semua wilayah");
    kit.page(&Route::RegionIndex, "regions.html", head, |c| {
        c.insert("provinces", &provinces);
    })
}

/// `cari/`: the search box, and for readers without JavaScript every
/// province with its first kabupaten and kota, as on `wilayah/`.
pub fn search(kit: &Kit) -> Result<Vec<u8>, RenderError> {
    let provinces = kit.views.province_tree(REGION_CHILDREN_SHOWN);
    let head = Head::titled("Cari").described("Cari wilayah dan berita IKM.");
    kit.page(&Route::Search, "search.html", head, |c| {
        c.insert("provinces", &provinces);
        c.insert("index_url", &kit.link(&Route::SearchIndex));
    })
}

/// A free page: Markdown from `content/pages/NAME.md`.
pub fn free_page(kit: &Kit, index: usize) -> Result<Vec<u8>, RenderError> {
    let page = &kit.site.pages[index];
    let mut head = Head::titled(&page.title);
    head.description = page.description.clone();
    let citation = citation::of(kit, &Route::FreePage(index), &page.title, None);
    kit.page(&Route::FreePage(index), "page.html", head, |c| {
        c.insert("body_html", &kit.views.markdown(&page.body, "catatan"));
        c.insert("citation", &citation);
    })
}

/// `404.html`, which GitHub Pages serves for any missing address.
pub fn not_found(kit: &Kit) -> Result<Vec<u8>, RenderError> {
    let head = Head::titled("Halaman tidak ditemukan");
    kit.page(&Route::NotFound, "404.html", head, |_| {})
}
