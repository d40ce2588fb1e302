//! Bytes of a region file → the model or diagnostics, never a panic or hang.
//!
//! The file is checked in memory with every rule one region file can break
//! (`content::validate::check_region`), so nothing touches the disk and a
//! core runs thousands of inputs a second; `render_site` covers the loader's
//! disk path and the rest of the pipeline.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use ikm_site::content::validate::check_region;
use ikm_site::model::{Metric, MetricKind, PartialDate};
use libfuzzer_sys::fuzz_target;

fn metrics() -> &'static [Metric] {
    static METRICS: OnceLock<Vec<Metric>> = OnceLock::new();
    METRICS.get_or_init(|| {
        [
            ("jumlah_ikm", MetricKind::Count),
            ("pertumbuhan_ikm", MetricKind::Percent),
        ]
        .into_iter()
        .map(|(id, kind)| Metric {
            id: id.into(),
            label: id.into(),
            unit: None,
            kind,
        })
        .collect()
    })
}

fuzz_target!(|data: &[u8]| {
    let today = PartialDate::day(2026, 11, 30).unwrap();
    let diagnostics = check_region(
        Path::new("regions/kabupaten-uji.yaml"),
        data.to_vec(),
        metrics(),
        today,
    );
    // Putting every message into words runs the catalogue on fuzzed text too.
    let _ = diagnostics.shown(ikm_site::messages::Lang::Id).to_string();
});
