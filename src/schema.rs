//! JSON Schemas of the content files, for editors.
//!
//! Generated from the same `raw` types the loader reads (schemars, draft-07,
//! the dialect the YAML language server speaks), so the schema can never say
//! something the loader does not: a field the types gain or lose is in the
//! next `ikm-site schema`, and a test keeps the committed copy current. A
//! schema catches what an editor can see while typing (an unknown field, a
//! misspelt level, `21.000`'s cousin `"21000"` as text); the rules that need
//! other files (a parent that exists, a known metric) stay with `check`.

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};
use serde_json::json;

use crate::content::raw::{RawMetric, RawRegion, RawSite};

/// The folder, relative to a project's root, where the schemas are kept.
pub const DEFAULT_FOLDER: &str = "docs/schema";

/// Every schema, as (file name, pretty JSON with a final newline), in a
/// fixed order.
pub fn files() -> Vec<(&'static str, String)> {
    vec![
        ("region.schema.json", pretty(region())),
        ("metrics.schema.json", pretty(metrics())),
        ("site.schema.json", pretty(root::<RawSite>())),
        ("vocabulary.schema.json", pretty(vocabulary())),
    ]
}

fn root<T: JsonSchema>() -> Schema {
    SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<T>()
}

fn region() -> Schema {
    root::<RawRegion>()
}

/// `metrics.yaml`: a map from metric id to its definition.
fn metrics() -> Schema {
    let mut generator = SchemaSettings::draft07().into_generator();
    let metric = generator.subschema_for::<RawMetric>();
    let mut schema = schemars::json_schema!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "metrics.yaml",
        "description": "Daftar metrik: id metrik (huruf kecil, angka dan `_`) ke label, satuan dan jenisnya.",
        "type": "object",
        "propertyNames": { "pattern": "^[a-z][a-z0-9_]*$" },
        "additionalProperties": metric,
    });
    let definitions = generator.take_definitions(true);
    schema.insert("definitions".into(), json!(definitions));
    schema
}

/// `sectors.yaml` and `topics.yaml`: slug → label, in display order.
fn vocabulary() -> Schema {
    schemars::json_schema!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "sectors.yaml / topics.yaml",
        "description": "Daftar sektor atau topik: slug ke label yang tampil di situs, dalam urutan tampil.",
        "type": "object",
        "propertyNames": { "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" },
        "additionalProperties": { "type": "string", "minLength": 1 },
    })
}

fn pretty(schema: Schema) -> String {
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schemas_are_draft_07_and_closed() {
        for (name, text) in files() {
            let value: serde_json::Value = serde_json::from_str(&text).unwrap();
            assert_eq!(
                value["$schema"], "http://json-schema.org/draft-07/schema#",
                "{name}"
            );
        }
        let region: serde_json::Value = serde_json::from_str(&pretty(region())).unwrap();
        assert_eq!(region["additionalProperties"], false);
        assert_eq!(region["required"], json!(["name", "level"]));
    }
}
