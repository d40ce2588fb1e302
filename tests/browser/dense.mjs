// Writes the chart fixtures of tests/fixtures/charts/content into OUT_DIR
// and adds a province with 10.000 dated figures of one metric (100 news
// items of 100 figures, the most an item may hold, one a day), the series
// issue 17 found drawn as 3,2 MB of overlapping marks. Generated rather
// than kept in the repository; tests/charts.rs builds the same series.
//
//   node tests/browser/dense.mjs OUT_DIR

import { cpSync, writeFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const [out] = process.argv.slice(2);
if (!out) {
  console.error("usage: node tests/browser/dense.mjs OUT_DIR");
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
cpSync("tests/fixtures/charts/content", out, { recursive: true });
const lines = ["name: Provinsi Padat", "level: provinsi", 'code: "97"', "news:"];
for (let item = 0; item < 100; item += 1) {
  lines.push(`  - id: padat-${item}`, `    title: Berita padat ${item}`, "    outlet: Kabar Uji", '    published: "2030"', "    summary: Angka rekaan.", "    figures:");
  for (let n = 0; n < 100; n += 1) {
    const day = item * 100 + n;
    const year = 2000 + Math.floor(day / 365);
    const rest = day % 365;
    const month = String(1 + (Math.floor(rest / 31) % 12)).padStart(2, "0");
    const date = String(1 + (rest % 28)).padStart(2, "0");
    lines.push("      - metric: jumlah_ikm", `        value: ${10000 + ((day * 7919) % 5000)}`, `        as_of: "${year}-${month}-${date}"`);
  }
}
writeFileSync(join(out, "regions", "padat.yaml"), lines.join("\n") + "\n");
