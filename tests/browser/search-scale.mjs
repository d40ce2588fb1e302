// What one search query downloads on a large site, in real headless
// Chromium: every query typed into a fresh page (empty cache) must fetch at
// most 200 KB in all (the page, its stylesheet and search.js not counted:
// they are loaded before anyone searches), and the common ones must find
// something.
//
//   node tests/browser/search-scale.mjs SITE_DIR BASE_PATH
//
// Ends with one line "N passed, N failed"; exits non-zero on any failure.

import { chromium } from "playwright-core";
import { serve } from "./serve.mjs";

const [siteDir, basePath = "/"] = process.argv.slice(2);
const LIMIT = 200 * 1024;
const { origin, server } = await serve(siteDir, basePath);

let passed = 0;
let failed = 0;
function check(name, ok, detail = "") {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? ` (${detail})` : ""}`);
}

// [query, must it find something?]
const queries = [
  ["ikm", true],
  ["kabupaten", true],
  ["pelatihan kopi", true],
  ["sulawesi tenggara", true],
  ["jumlah ikm terus bertambah", true],
  ["ta", false],
  ["zzzz", false],
];

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  for (const [query, findsSomething] of queries) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(origin + basePath + "cari/", { waitUntil: "networkidle" });
    let bytes = 0;
    const fetched = [];
    page.on("response", async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      bytes += body.length;
      fetched.push(`${new URL(response.url()).pathname} ${body.length}`);
    });
    await page.fill("input[name=q]", query);
    await page.waitForFunction(() => document.getElementById("hasil-status").textContent !== "", null, { timeout: 10000 }).catch(() => {});
    await page.waitForLoadState("networkidle");
    const status = await page.textContent("#hasil-status");
    const results = await page.$$eval("#hasil li a", (as) => as.length);
    check(`"${query}" downloads at most 200 KB`, bytes <= LIMIT, `${bytes} bytes in ${fetched.length} files; ${status}`);
    if (findsSomething) check(`"${query}" finds something`, results > 0, status);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
