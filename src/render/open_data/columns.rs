//! The one list of columns every data file is made from: the CSV header,
//! the JSON keys, the XLSX header, the fields of `datapackage.json` and the
//! table of columns on the Data page all read [`COLUMNS`], and each column
//! carries the function that gives its cell, so a row can never have its
//! cells in another order than its header.

use std::borrow::Cow;

use super::super::route::figure_path;
use super::super::urls::Urls;
use crate::model::{
    Amount, Figure, FigureId, Metric, MetricKind, NewsItem, PartialDate, Precision, Region, Site,
};

/// What a column holds, as Frictionless types it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    /// An address (`format: uri`).
    Url,
    /// A decimal number, written with a dot.
    Number,
    /// A whole number.
    Integer,
    /// `true` or `false`.
    Boolean,
    /// An ISO date as precise as its source: `2019`, `2019-07` or
    /// `2019-07-18`. Text in the CSV and JSON (no one type of Frictionless
    /// takes all three); a date in the XLSX when it is a whole date.
    PartialDate,
}

impl Kind {
    /// The Frictionless field type.
    pub fn frictionless(self) -> &'static str {
        match self {
            Kind::Text | Kind::Url | Kind::PartialDate => "string",
            Kind::Number => "number",
            Kind::Integer => "integer",
            Kind::Boolean => "boolean",
        }
    }
}

/// One cell of a row.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell<'a> {
    /// No value: an empty CSV field, `null` in JSON, a blank XLSX cell.
    Empty,
    Text(Cow<'a, str>),
    Number(f64),
    Integer(u64),
    Boolean(bool),
    Date(PartialDate),
}

/// A figure with what its row reads: its region, news item and metric.
pub struct Row<'a> {
    pub site: &'a Site,
    pub urls: &'a Urls,
    pub id: FigureId,
    pub figure: &'a Figure,
    pub region: &'a Region,
    pub news: &'a NewsItem,
    pub metric: &'a Metric,
}

impl<'a> Row<'a> {
    pub fn of(site: &'a Site, urls: &'a Urls, id: FigureId) -> Row<'a> {
        let figure = &site.figures[id];
        Row {
            site,
            urls,
            id,
            figure,
            region: &site.regions[figure.region],
            news: &site.news[figure.news],
            metric: &site.metrics[figure.metric],
        }
    }

    /// The row's cells, in the order of [`COLUMNS`].
    pub fn cells(&self) -> impl Iterator<Item = Cell<'a>> + '_ {
        COLUMNS.iter().map(move |column| (column.cell)(self))
    }
}

/// One column of the data files.
pub struct Column {
    /// The CSV header, JSON key and Frictionless field name.
    pub name: &'static str,
    pub kind: Kind,
    /// What it holds, in Indonesian (the Data page, `datapackage.json`).
    pub description: &'static str,
    /// The values it may take, when they are a short fixed list.
    pub values: Option<&'static [&'static str]>,
    pub cell: for<'a> fn(&Row<'a>) -> Cell<'a>,
}

fn text(value: &str) -> Cell<'_> {
    if value.is_empty() {
        Cell::Empty
    } else {
        Cell::Text(Cow::Borrowed(value))
    }
}

fn optional(value: Option<&str>) -> Cell<'_> {
    value.map_or(Cell::Empty, text)
}

fn date(value: Option<PartialDate>) -> Cell<'static> {
    value.map_or(Cell::Empty, Cell::Date)
}

/// The precision of a date in the words the files use.
pub const PRECISIONS: &[&str] = &["tahun", "bulan", "hari"];

fn precision(value: Option<PartialDate>) -> Cell<'static> {
    value.map_or(Cell::Empty, |d| {
        Cell::Text(Cow::Borrowed(match d.precision() {
            Precision::Year => PRECISIONS[0],
            Precision::Month => PRECISIONS[1],
            Precision::Day => PRECISIONS[2],
        }))
    })
}

/// The names of a metric's kind, as `metrics.yaml` writes them.
const METRIC_KINDS: &[&str] = &MetricKind::NAMES;

/// Every column of the data files, in order. The primary key is
/// [`PRIMARY_KEY`]: a news item's id and the figure's place in it.
pub const COLUMNS: &[Column] = &[
    Column {
        name: "kode_wilayah",
        kind: Kind::Text,
        description: "Kode wilayah Kemendagri (36.02); kosong bila wilayah tidak berkode.",
        values: None,
        cell: |r| optional(r.region.code.as_deref()),
    },
    Column {
        name: "slug_wilayah",
        kind: Kind::Text,
        description: "Nama pendek wilayah di alamat situs: wilayah/SLUG/ dan data/wilayah/SLUG.csv.",
        values: None,
        cell: |r| text(&r.region.slug),
    },
    Column {
        name: "nama_wilayah",
        kind: Kind::Text,
        description: "Nama lengkap wilayah (Kabupaten Lebak).",
        values: None,
        cell: |r| text(&r.region.name),
    },
    Column {
        name: "tingkat",
        kind: Kind::Text,
        description: "Tingkat wilayah.",
        values: Some(&crate::model::Level::NAMES),
        cell: |r| Cell::Text(Cow::Borrowed(crate::model::Level::NAMES[r.region.level as usize])),
    },
    Column {
        name: "kode_induk",
        kind: Kind::Text,
        description: "Kode Kemendagri wilayah satu tingkat di atasnya; kosong untuk provinsi.",
        values: None,
        cell: |r| {
            let parent = r.region.parent.map(|p| &r.site.regions[p]);
            optional(parent.and_then(|p| p.code.as_deref()))
        },
    },
    Column {
        name: "metrik",
        kind: Kind::Text,
        description: "Kode ukuran, dari metrics.yaml (jumlah_ikm).",
        values: None,
        cell: |r| text(&r.metric.id),
    },
    Column {
        name: "label_metrik",
        kind: Kind::Text,
        description: "Nama ukuran (Jumlah IKM).",
        values: None,
        cell: |r| text(&r.metric.label),
    },
    Column {
        name: "satuan",
        kind: Kind::Text,
        description: "Satuan nilai (unit usaha, orang, %); kosong bila ukurannya tidak bersatuan.",
        values: None,
        cell: |r| optional(r.metric.unit.as_deref()),
    },
    Column {
        name: "jenis_metrik",
        kind: Kind::Text,
        description: "count: bilangan cacah; percent: persen (3.1 berarti 3,1%, boleh negatif); money: rupiah utuh (37000000000 berarti Rp37 miliar).",
        values: Some(METRIC_KINDS),
        cell: |r| {
            Cell::Text(Cow::Borrowed(match r.metric.kind {
                MetricKind::Count => METRIC_KINDS[0],
                MetricKind::Percent => METRIC_KINDS[1],
                MetricKind::Money => METRIC_KINDS[2],
            }))
        },
    },
    Column {
        name: "periode",
        kind: Kind::PartialDate,
        description: "Periode yang diukur angka itu, setepat sumbernya: 2019, 2019-07 atau 2019-07-18; kosong bila tidak diketahui.",
        values: None,
        cell: |r| date(r.figure.period),
    },
    Column {
        name: "presisi_periode",
        kind: Kind::Text,
        description: "Ketepatan periode: tahun, bulan atau hari.",
        values: Some(PRECISIONS),
        cell: |r| precision(r.figure.period),
    },
    Column {
        name: "nilai",
        kind: Kind::Number,
        description: "Nilai angka, dengan titik desimal; kosong bila berita menyebut rentang. Hanya persen (jenis_metrik percent) yang boleh negatif.",
        values: None,
        cell: |r| match r.figure.amount {
            Amount::Exact(v) => Cell::Number(v),
            Amount::Range(..) => Cell::Empty,
        },
    },
    Column {
        name: "nilai_bawah",
        kind: Kind::Number,
        description: "Batas bawah rentang (30 dari 30–40); kosong bila angkanya tunggal.",
        values: None,
        cell: |r| match r.figure.amount {
            Amount::Range(low, _) => Cell::Number(low),
            Amount::Exact(_) => Cell::Empty,
        },
    },
    Column {
        name: "nilai_atas",
        kind: Kind::Number,
        description: "Batas atas rentang (40 dari 30–40); kosong bila angkanya tunggal.",
        values: None,
        cell: |r| match r.figure.amount {
            Amount::Range(_, high) => Cell::Number(high),
            Amount::Exact(_) => Cell::Empty,
        },
    },
    Column {
        name: "sekitar",
        kind: Kind::Boolean,
        description: "true bila berita menyebutnya perkiraan atau batas (sekitar 700, lebih dari 63.000); katanya di kolom keterangan_nilai.",
        values: None,
        cell: |r| Cell::Boolean(!r.figure.approx.is_exact()),
    },
    Column {
        name: "keterangan_nilai",
        kind: Kind::Text,
        description: "Kata perkiraan yang ditulis berita: sekitar, lebih dari, kurang dari atau hampir; kosong bila angkanya pasti.",
        values: None,
        cell: |r| optional(crate::render::format::approx_words(r.figure.approx)),
    },
    Column {
        name: "nilai_awal",
        kind: Kind::Boolean,
        description: "true untuk nilai awal suatu perubahan (16.000 dalam dari 16.000 menjadi 16.500), yang merujuk periode lebih awal.",
        values: None,
        cell: |r| Cell::Boolean(r.figure.baseline),
    },
    Column {
        name: "catatan",
        kind: Kind::Text,
        description: "Catatan penyunting tentang angka itu.",
        values: None,
        cell: |r| optional(r.figure.note.as_deref()),
    },
    Column {
        name: "id_berita",
        kind: Kind::Text,
        description: "Kode butir berita yang memuat angka itu; alamatnya berita/ID/.",
        values: None,
        cell: |r| text(&r.news.id),
    },
    Column {
        name: "urutan_angka",
        kind: Kind::Integer,
        description: "Urutan angka dalam butir beritanya, dari 1.",
        values: None,
        cell: |r| Cell::Integer(r.figure.position as u64 + 1),
    },
    Column {
        name: "judul_berita",
        kind: Kind::Text,
        description: "Judul artikel.",
        values: None,
        cell: |r| text(&r.news.title),
    },
    Column {
        name: "media",
        kind: Kind::Text,
        description: "Media yang menerbitkan artikel, atau: tidak diketahui.",
        values: None,
        cell: |r| text(&r.news.outlet),
    },
    Column {
        name: "tanggal_berita",
        kind: Kind::PartialDate,
        description: "Tanggal terbit artikel, setepat yang diketahui: 2019, 2019-07 atau 2019-07-18; kosong bila tidak diketahui.",
        values: None,
        cell: |r| date(r.news.published),
    },
    Column {
        name: "presisi_tanggal_berita",
        kind: Kind::Text,
        description: "Ketepatan tanggal terbit: tahun, bulan atau hari.",
        values: Some(PRECISIONS),
        cell: |r| precision(r.news.published),
    },
    Column {
        name: "url_artikel",
        kind: Kind::Url,
        description: "Alamat artikel asli; kosong bila tidak diketahui.",
        values: None,
        cell: |r| optional(r.news.url.as_deref()),
    },
    Column {
        name: "url_angka",
        kind: Kind::Url,
        description: "Alamat angka itu di situs ini: halaman beritanya, pada baris angkanya.",
        values: None,
        cell: |r| Cell::Text(Cow::Owned(r.urls.absolute(&figure_path(r.site, r.id)))),
    },
];

/// The columns that name one row: a news item's id and the figure's place
/// in it.
pub const PRIMARY_KEY: [&str; 2] = ["id_berita", "urutan_angka"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_names_are_unique_and_the_primary_key_is_among_them() {
        let names: std::collections::BTreeSet<&str> = COLUMNS.iter().map(|c| c.name).collect();
        assert_eq!(names.len(), COLUMNS.len());
        assert!(PRIMARY_KEY.iter().all(|k| names.contains(k)));
        for column in COLUMNS {
            assert!(
                column
                    .name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'_'),
                "{}",
                column.name
            );
        }
    }

    #[test]
    fn a_row_has_one_cell_per_column_in_order() {
        let dir = crate::test_support::site_fixture();
        let site = crate::content::load(&dir, None).unwrap().site;
        let urls = Urls::new("https://example.test/ikm/");
        let id = FigureId::at(0);
        let row = Row::of(&site, &urls, id);
        let cells: Vec<Cell> = row.cells().collect();
        assert_eq!(cells.len(), COLUMNS.len());
        let at = |name: &str| &cells[COLUMNS.iter().position(|c| c.name == name).unwrap()];
        let news = &site.news[site.figures[id].news];
        assert_eq!(
            at("id_berita"),
            &Cell::Text(Cow::Borrowed(news.id.as_str()))
        );
        assert_eq!(at("urutan_angka"), &Cell::Integer(1));
        let Cell::Text(url) = at("url_angka") else {
            panic!("no url")
        };
        assert_eq!(
            url.as_ref(),
            format!("https://example.test/ikm/berita/{}/#angka-1", news.id)
        );
    }
}
