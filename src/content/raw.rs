//! The shapes of the content files exactly as authors write them.
//!
//! These structs accept what `content-format.md` allows and nothing more
//! (`deny_unknown_fields`); they hold text, not meaning. `validate` turns them
//! into the model, the way ripgrep's low-level arguments become high-level
//! ones. Each struct's field names are also listed in a `*_FIELDS` constant,
//! which the span-aware key check uses to report every unknown field of a file
//! at once with its line; a test keeps each list equal to what serde accepts.

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer};

// The `schemars` attributes below make the JSON Schema that editors use to
// autocomplete and check these files (see `crate::schema`); its
// descriptions are in Indonesian, the language of the people who edit them.

/// A slug: lower-case letters and digits in groups joined by single dashes.
const SLUG: &str = r"^[a-z0-9]+(-[a-z0-9]+)*$";

/// `site.yaml`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "site.yaml",
    description = "Pengaturan situs ikm-site: judul, alamat terbit dan bahasa."
)]
pub struct RawSite {
    #[schemars(description = "Judul situs, tampil di setiap halaman.")]
    pub title: String,
    #[schemars(description = "Satu kalimat tentang situs, untuk mesin pencari.")]
    pub description: Option<String>,
    #[schemars(
        description = "URL absolut tempat situs diterbitkan, mis. https://owner.github.io/repo/",
        pattern(r"^https?://")
    )]
    pub base_url: String,
    #[schemars(
        description = "Bahasa situs; hanya `id` (bawaan).",
        extend("enum" = ["id", null])
    )]
    pub language: Option<String>,
    /// Extension: a custom domain for GitHub Pages, written to `CNAME`.
    #[schemars(
        description = "Domain sendiri untuk GitHub Pages, mis. ikm.example.id (ditulis ke CNAME)."
    )]
    pub cname: Option<String>,
    /// Extension: whether region files are checked against the official
    /// list of regions (on unless `false`, for synthetic or test data).
    #[schemars(
        description = "Periksa kode, nama dan tingkat setiap wilayah dengan daftar resmi Kemendagri (bawaan: true); tulis false hanya untuk data uji."
    )]
    pub official_regions: Option<bool>,
    /// Extension: the licence of the data files (`data/`), by its SPDX id.
    #[schemars(
        description = "Lisensi berkas data (data/angka.csv, .json, .xlsx), dengan kode SPDX-nya (bawaan: CC-BY-4.0).",
        extend("enum" = ["CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0", "ODbL-1.0", "ODC-By-1.0", "PDDL-1.0", null])
    )]
    pub data_license: Option<String>,
}

pub const SITE_FIELDS: &[&str] = &[
    "title",
    "description",
    "base_url",
    "language",
    "cname",
    "official_regions",
    "data_license",
];

/// One entry of `metrics.yaml`; the file is a map from id to this.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "Satu metrik: label, satuan dan jenisnya.")]
pub struct RawMetric {
    #[schemars(description = "Label berbahasa Indonesia, mis. `Jumlah IKM`.")]
    pub label: String,
    #[schemars(description = "Satuan, mis. `unit usaha` atau `orang`.")]
    pub unit: Option<String>,
    #[schemars(
        description = "`count` untuk jumlah (bilangan bulat), `percent` untuk persen (boleh negatif, mis. laju pertumbuhan), `money` untuk rupiah (bilangan bulat, ditampilkan `Rp37 miliar`; `unit` kosong atau `rupiah`).",
        extend("enum" = ["count", "percent", "money"])
    )]
    pub kind: String,
    #[schemars(
        description = "Untuk metrik persen yang merupakan laju pertumbuhan per tahun dari metrik jumlah: id metrik jumlah itu, mis. `jumlah_ikm`. Halaman wilayah lalu membandingkan laju yang dilaporkan dengan laju yang dihitung dari dua angka bertanggal."
    )]
    pub growth_of: Option<String>,
}

pub const METRIC_FIELDS: &[&str] = &["label", "unit", "kind", "growth_of"];

/// `metrics.yaml`, in the order written.
pub type RawMetrics = IndexMap<String, RawMetric>;

/// `sectors.yaml` or `topics.yaml`: slug → label, in display order.
pub type RawVocabulary = IndexMap<String, String>;

/// A region file.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Berkas wilayah ikm-site",
    description = "Satu wilayah (provinsi, kabupaten, kota, kecamatan, desa atau kelurahan) dan berita tentang IKM-nya."
)]
pub struct RawRegion {
    #[schemars(description = "Nama lengkap wilayah, mis. `Kabupaten Lebak`.")]
    pub name: String,
    #[schemars(description = "Nama pendek untuk grafik dan daftar, mis. `Lebak`.")]
    pub short_name: Option<String>,
    #[schemars(
        description = "Tingkat wilayah.",
        extend("enum" = ["provinsi", "kabupaten", "kota", "kecamatan", "desa", "kelurahan"])
    )]
    pub level: String,
    #[schemars(
        description = "Slug berkas induknya (nama berkas tanpa `.yaml`): provinsi untuk kabupaten dan kota, kabupaten atau kota untuk kecamatan, kecamatan untuk desa dan kelurahan. Wajib kecuali untuk provinsi.",
        pattern(SLUG)
    )]
    pub parent: Option<String>,
    #[schemars(
        description = "Kode wilayah Kemendagri sebagai teks, mis. `\"36\"`, `\"36.02\"`, `\"36.02.01\"` (kecamatan) atau `\"36.02.01.2001\"` (desa/kelurahan).",
        pattern(r"^[0-9]{2}(\.[0-9]{2}(\.[0-9]{2}(\.[0-9]{4})?)?)?$")
    )]
    pub code: Option<String>,
    #[schemars(description = "Ringkasan wilayah dalam Markdown, dengan kata-kata sendiri.")]
    pub summary: Option<String>,
    #[serde(default)]
    #[schemars(description = "Berita yang melaporkan angka tentang wilayah ini.")]
    pub news: Vec<RawNews>,
    /// Extension: warnings an editor has looked at, by code.
    #[serde(default)]
    #[schemars(
        description = "Peringatan yang sudah diperiksa editor dan tidak perlu diulang: `region-without-news`.",
        inner(pattern(r"^(region-without-news)$"))
    )]
    pub checked: Vec<String>,
}

pub const REGION_FIELDS: &[&str] = &[
    "name",
    "short_name",
    "level",
    "parent",
    "code",
    "summary",
    "news",
    "checked",
];

/// A news item inside a region file.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "Satu artikel berita dan angka yang dilaporkannya.")]
pub struct RawNews {
    #[schemars(
        description = "Id unik di seluruh situs; menjadi alamat halaman berita.",
        pattern(SLUG)
    )]
    pub id: String,
    #[schemars(description = "Judul asli artikel.")]
    pub title: String,
    #[schemars(description = "Nama media, atau `tidak diketahui`.")]
    pub outlet: String,
    #[schemars(description = "Alamat artikel (https://…).", pattern(r"^https?://"))]
    pub url: Option<String>,
    /// Extension: where a copy of the article was read, when the outlet's
    /// own page was not found (a newspaper clipping on a blog).
    #[schemars(
        description = "Tempat salinan artikel dibaca, bila halaman asli media tidak ditemukan, mis. `tanohabu.blogspot.com`; `outlet` tetap nama media aslinya dan `url` alamat salinannya."
    )]
    pub via: Option<String>,
    #[schemars(
        description = "Tanggal terbit, setepat yang disebut sumber: `2019`, `2019-07` atau `2019-07-18`."
    )]
    pub published: Option<RawDate>,
    #[schemars(description = "Bagaimana tanggal itu diketahui, bila tidak tertulis di artikel.")]
    pub date_note: Option<String>,
    #[schemars(
        description = "Ringkasan artikel dalam Markdown, dengan kata-kata sendiri (bukan salinan)."
    )]
    pub summary: String,
    #[serde(default)]
    #[schemars(
        description = "Sektor yang dibahas (slug dari sectors.yaml).",
        inner(pattern(SLUG))
    )]
    pub sectors: Vec<String>,
    #[serde(default)]
    #[schemars(
        description = "Topik yang dibahas (slug dari topics.yaml).",
        inner(pattern(SLUG))
    )]
    pub topics: Vec<String>,
    #[serde(default)]
    #[schemars(description = "Angka yang dilaporkan artikel.")]
    pub figures: Vec<RawFigure>,
    /// Extension: warnings an editor has looked at, by code.
    #[serde(default)]
    #[schemars(
        description = "Peringatan yang sudah diperiksa editor dan tidak perlu diulang: `news-without-url`, `news-repeated`.",
        inner(pattern(r"^(news-without-url|news-repeated)$"))
    )]
    pub checked: Vec<String>,
}

pub const NEWS_FIELDS: &[&str] = &[
    "id",
    "title",
    "outlet",
    "url",
    "via",
    "published",
    "date_note",
    "summary",
    "sectors",
    "topics",
    "figures",
    "checked",
];

/// A figure inside a news item.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "Satu angka dari artikel: `value` atau `range`, dengan metriknya.")]
pub struct RawFigure {
    #[schemars(description = "Id metrik dari metrics.yaml, mis. `jumlah_ikm`.")]
    pub metric: String,
    #[schemars(
        description = "Angka tanpa pemisah ribuan: `21000`, bukan `21.000` (titik dalam YAML adalah tanda desimal). Negatif hanya untuk metrik `percent`, mis. pertumbuhan `-3.35`; uang (`money`) dalam rupiah penuh: `37000000000`."
    )]
    pub value: Option<f64>,
    #[schemars(
        description = "Rentang `[rendah, tinggi]` untuk \"antara … dan …\".",
        length(equal = 2)
    )]
    pub range: Option<Vec<f64>>,
    #[serde(default)]
    pub approx: RawApprox,
    #[serde(default)]
    #[schemars(
        description = "Periode yang digambarkan angka, bila berbeda dari tanggal terbit; `unknown` bila artikel tidak menyebut periodenya (angka itu lalu tidak bertanggal, bukan bertanggal terbit artikel).",
        schema_with = "as_of_schema"
    )]
    pub as_of: Option<RawDate>,
    #[schemars(description = "Catatan tentang angka ini.")]
    pub note: Option<String>,
    /// Extension: the starting value of a change ("dari 16.000 menjadi …").
    #[serde(default)]
    #[schemars(
        description = "`true` untuk angka awal sebuah perubahan (\"dari 16.000 menjadi …\")."
    )]
    pub baseline: bool,
    /// Extension: warnings an editor has looked at, by code.
    #[serde(default)]
    #[schemars(
        description = "Peringatan yang sudah diperiksa editor dan tidak perlu diulang: `conflict`, `period-overlap`, `metric-jump`, `figure-undated`.",
        inner(pattern(r"^(conflict|period-overlap|metric-jump|figure-undated)$"))
    )]
    pub checked: Vec<String>,
}

pub const FIGURE_FIELDS: &[&str] = &[
    "metric", "value", "range", "approx", "as_of", "note", "baseline", "checked",
];

/// Front matter of `pages/NAME.md`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPageMeta {
    pub title: String,
    pub description: Option<String>,
    /// Extension: position in the navigation (lower first); default 0.
    #[serde(default)]
    pub weight: i64,
}

pub const PAGE_FIELDS: &[&str] = &["title", "description", "weight"];

/// Written by hand: a date is a year as a number, or text of one of
/// three shapes.
impl JsonSchema for RawDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Tanggal".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Tanggal setepat sumbernya: `2019`, `2019-07` atau `2019-07-18`.",
            "anyOf": [
                { "type": "integer", "minimum": 1900, "maximum": 2100 },
                { "type": "string", "pattern": r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$" }
            ]
        })
    }
}

/// A figure's `approx` as written: `true` or `false`, or (an extension of
/// the contract) a word for a bound, `more_than`, `less_than` or
/// `almost`. Any other text is read here and refused by `validate`, at
/// its line, with the words it may be.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum RawApprox {
    #[default]
    Unset,
    Bool(bool),
    Word(String),
}

impl<'de> Deserialize<'de> for RawApprox {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = RawApprox;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a boolean")
            }
            fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<RawApprox, E> {
                Ok(RawApprox::Bool(v))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<RawApprox, E> {
                Ok(RawApprox::Word(v.to_string()))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

impl JsonSchema for RawApprox {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Perkiraan".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "`true` bila artikel menyebut \"sekitar\"; `more_than` untuk \"lebih dari\", `less_than` untuk \"kurang dari\" atau \"tidak mencapai\", `almost` untuk \"hampir\".",
            "anyOf": [
                { "type": "boolean" },
                { "enum": ["more_than", "less_than", "almost"] }
            ]
        })
    }
}

/// A figure's `as_of`: a date, or `unknown` when the article does not
/// state the figure's period.
fn as_of_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
    let date = generator.subschema_for::<RawDate>();
    schemars::json_schema!({
        "anyOf": [
            date,
            { "const": "unknown" },
            { "type": "null" }
        ]
    })
}

/// A date as written: `published: 2019` is a YAML integer while
/// `published: 2019-07` is a string, and authors should not have to care.
/// Parsing into a real date happens in `validate`, where the error can point
/// at the line.
#[derive(Debug, Clone, PartialEq)]
pub struct RawDate(pub String);

impl RawDate {
    /// What a figure's `as_of` says when its article does not state the
    /// figure's period (an extension of the contract).
    pub const UNKNOWN: &'static str = "unknown";

    /// `as_of: unknown`.
    pub fn is_unknown(&self) -> bool {
        self.0.trim() == Self::UNKNOWN
    }
}

impl<'de> Deserialize<'de> for RawDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = RawDate;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a date such as 2019, 2019-07 or 2019-07-18")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<RawDate, E> {
                Ok(RawDate(v.to_string()))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<RawDate, E> {
                Ok(RawDate(v.to_string()))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<RawDate, E> {
                Ok(RawDate(v.to_string()))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The field list serde reports for an unknown field, e.g. from
    /// "unknown field `x`, expected one of `a`, `b`".
    fn serde_fields<T: for<'de> Deserialize<'de> + std::fmt::Debug>(yaml: &str) -> Vec<String> {
        let message = serde_yaml::from_str::<T>(yaml).unwrap_err().to_string();
        let expected = message.split("expected ").nth(1).unwrap();
        let expected = expected.split(" at line").next().unwrap();
        expected
            .trim_start_matches("one of ")
            .split(", ")
            .flat_map(|s| s.split(" or "))
            .map(|s| s.trim_matches('`').to_string())
            .collect()
    }

    #[test]
    fn field_lists_match_what_serde_accepts() {
        let cases: [(&[&str], Vec<String>); 6] = [
            (SITE_FIELDS, serde_fields::<RawSite>("zz: 1")),
            (METRIC_FIELDS, serde_fields::<RawMetric>("zz: 1")),
            (REGION_FIELDS, serde_fields::<RawRegion>("zz: 1")),
            (NEWS_FIELDS, serde_fields::<RawNews>("zz: 1")),
            (FIGURE_FIELDS, serde_fields::<RawFigure>("zz: 1")),
            (PAGE_FIELDS, serde_fields::<RawPageMeta>("zz: 1")),
        ];
        for (listed, accepted) in cases {
            assert_eq!(listed, accepted.as_slice());
        }
    }

    #[test]
    fn a_date_may_be_an_integer_year_or_a_string() {
        #[derive(Deserialize)]
        struct D {
            d: RawDate,
        }
        assert_eq!(serde_yaml::from_str::<D>("d: 2019").unwrap().d.0, "2019");
        assert_eq!(
            serde_yaml::from_str::<D>("d: 2019-07").unwrap().d.0,
            "2019-07"
        );
        assert_eq!(
            serde_yaml::from_str::<D>("d: '2019-07-18'").unwrap().d.0,
            "2019-07-18"
        );
    }
}
