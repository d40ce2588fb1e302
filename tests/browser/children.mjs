// The page kind only a region with many sub-regions has: its list of
// sub-regions (`wilayah/SLUG/wilayah/` and its second page), and the region's
// own page that links it. Writes a content folder of one province with
// 60 kabupaten (the shipped content and the archive have no region with
// more than 50), which `tests/browser/run` builds; then, given the built
// site, checks each page in real headless Chromium: status 200, no console
// error or failed request, nothing wider than a 360 px screen, no axe-core
// violation, and a screenshot at 360 and 1280 px.
//
//   node tests/browser/children.mjs write CONTENT_DIR
//   node tests/browser/children.mjs check SITE_DIR BASE_PATH SCREENSHOT_DIR
//
// `check` ends with one line "N passed, N failed"; exits non-zero on any failure.

import { mkdirSync, writeFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { tally } from "./tally.mjs";
import { serve } from "./serve.mjs";
import { checkPages } from "./pages.mjs";

const KABUPATEN = 60;
const [mode, ...rest] = process.argv.slice(2);

if (mode === "write") {
  const [content] = rest;
  rmSync(content, { recursive: true, force: true });
  mkdirSync(join(content, "regions", "provinsi-luas"), { recursive: true });
  writeFileSync(join(content, "site.yaml"), "title: Uji daftar wilayah\nbase_url: https://example.test/anak/\nofficial_regions: false\n");
  writeFileSync(join(content, "metrics.yaml"), "jumlah_ikm:\n  label: Jumlah IKM\n  unit: unit usaha\n  kind: count\n");
  writeFileSync(
    join(content, "regions", "provinsi-luas", "provinsi-luas.yaml"),
    "name: Provinsi Luas\nlevel: provinsi\ncode: \"98\"\n",
  );
  for (let i = 1; i <= KABUPATEN; i += 1) {
    const n = String(i).padStart(2, "0");
    writeFileSync(
      join(content, "regions", "provinsi-luas", `kabupaten-${n}.yaml`),
      `name: Kabupaten Uji ${n}\nlevel: kabupaten\nparent: provinsi-luas\ncode: "98.${n}"\nnews:\n` +
        `  - id: uji-${n}\n    title: Berita uji ${n}\n    outlet: Kabar Uji\n    url: https://kabar.test/${n}\n` +
        `    published: "2021-0${(i % 9) + 1}-1${i % 10}"\n    summary: Ringkasan uji.\n    figures:\n` +
        `      - metric: jumlah_ikm\n        value: ${1000 + i}\n`,
    );
  }
  process.exit(0);
}

const [siteDir, basePath = "/anak/", shotDir = "target/screenshots"] = rest;
mkdirSync(shotDir, { recursive: true });
const { origin, server } = await serve(siteDir, basePath);

const { check, finish } = tally({ verbose: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
});
try {
  const paths = [
    ["region-with-children", "wilayah/provinsi-luas/"],
    ["region-children", "wilayah/provinsi-luas/wilayah/"],
    ["region-children-2", "wilayah/provinsi-luas/wilayah/halaman/2/"],
  ];
  await checkPages(browser, { origin, basePath, paths, shotDir, check });
} finally {
  await browser.close();
  server.close();
}
finish();
