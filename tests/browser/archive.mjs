// Gates that need a large site, in real headless Chromium, on an
// archive-scale build (552 regions, 78 news items each):
//
// - what one search query downloads: every query typed into a fresh page
//   (empty cache) must fetch at most 200 KB in all (the page, its
//   stylesheet and search.js not counted: they are loaded before anyone
//   searches), and the common ones must find something;
// - a region's own news list and its second page (the shipped content has
//   no region with that many news items): status 200, no console error or
//   failed request, no axe-core violation, nothing wider than a 360 px
//   screen, and a screenshot at 360 and 1280 px.
//
//   node tests/browser/archive.mjs SITE_DIR BASE_PATH SCREENSHOT_DIR
//
// Ends with one line "N passed, N failed"; exits non-zero on any failure.

import { readdirSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { tally } from "./tally.mjs";
import { serve } from "./serve.mjs";
import { checkPages } from "./pages.mjs";

const [siteDir, basePath = "/", shotDir = "target/screenshots"] = process.argv.slice(2);
const LIMIT = 200 * 1024;
const { origin, server } = await serve(siteDir, basePath);

const { check, finish } = tally({ verbose: true });

// [query, must it find something?]
const queries = [
  ["ikm", true],
  ["kabupaten", true],
  ["pelatihan kopi", true],
  ["sulawesi tenggara", true],
  ["jumlah ikm terus bertambah", true],
  // Five words, two from one shard: four shards, counted once each.
  ["terus ter bertambah di aceh", true],
  // `di` is a whole word; on a larger site its prefix spans many shards
  // and it is then matched exactly.
  ["kopi di aceh", true],
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
    // Done when the results are drawn, or the status says there are none
    // (the status is written before the chunks of the results arrive).
    await page.waitForFunction(() => {
      const status = document.getElementById("hasil-status").textContent;
      return document.querySelector("#hasil li a") !== null || /^(Tidak ada|Ketik)/.test(status);
    }, null, { timeout: 10000 }).catch(() => {});
    await page.waitForTimeout(300);
    const status = await page.textContent("#hasil-status");
    const results = await page.$$eval("#hasil li a", (as) => as.length);
    check(`"${query}" downloads at most 200 KB`, bytes <= LIMIT, `${bytes} bytes in ${fetched.length} files; ${status}`);
    if (findsSomething) check(`"${query}" finds something`, results > 0, status);
    await context.close();
  }

  // A region's news list and figure list, first and second page, and the
  // region's own page, on a phone and a desktop.
  mkdirSync(shotDir, { recursive: true });
  const hasSecondPage = (slug, list) => {
    try {
      return readdirSync(join(siteDir, "wilayah", slug, list, "halaman")).includes("2");
    } catch {
      return false;
    }
  };
  const region = readdirSync(join(siteDir, "wilayah")).find(
    (slug) => hasSecondPage(slug, "berita") && hasSecondPage(slug, "angka"),
  );
  check("a region has news and figure lists of two pages", Boolean(region), String(region));
  const paths = [
    ["region-news", `wilayah/${region}/berita/`],
    ["region-news-2", `wilayah/${region}/berita/halaman/2/`],
    // Too many figures for its page: the page links them, two pages list them.
    ["region-archive", `wilayah/${region}/`],
    ["region-figures", `wilayah/${region}/angka/`],
    ["region-figures-2", `wilayah/${region}/angka/halaman/2/`],
  ];
  await checkPages(browser, { origin, basePath, paths, shotDir, check });
} finally {
  await browser.close();
  server.close();
}
finish();
