// Browser and HTML gates for a built site, in real headless Chromium.
//
//   node tests/browser/check.mjs SITE_DIR BASE_PATH SCREENSHOT_DIR
//
// Serves SITE_DIR under BASE_PATH (e.g. /ikm/) on loopback, then for every
// page: no console error, no failed request, no axe-core violation (light and
// dark theme). Also: a region page with its charts weighs at most 60 KB
// gzipped, nothing is loaded from another host, no page of any kind is wider
// than a 360 px screen, chart text is at least 12 px there, search finds a
// region, and screenshots of every kind of page are saved. Ends with one
// line "N passed, N failed"; exits non-zero on any failure.

import { readFileSync, readdirSync, statSync, existsSync, mkdirSync } from "node:fs";
import { join, extname, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";
import { tally } from "./tally.mjs";
import { serve } from "./serve.mjs";

const [siteDir, basePath = "/ikm/", shotDir = "target/screenshots"] = process.argv.slice(2);
if (!siteDir) {
  console.error("usage: node tests/browser/check.mjs SITE_DIR BASE_PATH SCREENSHOT_DIR");
  process.exit(1);
}
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const { origin, server, requests } = await serve(siteDir, basePath);

const { check, finish } = tally();

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
});

async function visit(context, path, { expectStatus = 200 } = {}) {
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => {
    // The 404 page reports its own status as a console error; that one is expected.
    const expected = expectStatus === 404 && m.text().includes("status of 404");
    if (m.type() === "error" && !expected) problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`failed request: ${r.url()}`));
  page.on("request", (r) => { if (!r.url().startsWith(origin)) problems.push(`request to another host: ${r.url()}`); });
  page.on("response", (r) => { if (r.status() >= 400 && !(expectStatus === 404 && r.request().isNavigationRequest())) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  const response = await page.goto(origin + path, { waitUntil: "load" });
  return { page, problems, status: response.status() };
}

async function axe(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
}

const pages = filesUnder(siteDir)
  .filter((f) => f.endsWith(".html"))
  .map((f) => relative(siteDir, f).split("\\").join("/"))
  .sort();

for (const scheme of ["light", "dark"]) {
  const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
  for (const file of pages) {
    const path = basePath + (file === "index.html" ? "" : file.replace(/index\.html$/, ""));
    const is404 = file === "404.html";
    const { page, problems, status } = await visit(context, is404 ? basePath + "tidak-ada/" : path, { expectStatus: is404 ? 404 : 200 });
    if (scheme === "light") {
      check(`${path} loads with status ${is404 ? 404 : 200}`, status === (is404 ? 404 : 200), `got ${status}`);
      check(`${path} has no console errors or failed requests`, problems.length === 0, problems.join("\n     "));
    }
    const violations = await axe(page);
    check(`${path} passes axe-core (${scheme})`, violations.length === 0, violations.join("\n     "));
    await page.close();
  }
  await context.close();
}

// One page of every kind, on a 360 px phone and at 1280 px: nothing wider
// than the screen, chart text at least 12 CSS px, and a screenshot of each.
mkdirSync(shotDir, { recursive: true });
const regionPage = pages.find((p) => p.startsWith("wilayah/") && p !== "wilayah/index.html" && readFileSync(join(siteDir, p), "utf8").includes('class="chart"'));
const first = (re) => pages.find((p) => re.test(p));
const kinds = [
  ["home", "index.html"],
  ["region", regionPage],
  ["regions", "wilayah/index.html"],
  ["coverage", "cakupan/index.html"],
  ["province-with-regencies-without-data", "wilayah/banten/index.html"],
  ["news", first(/^berita\/(?!halaman\/)[^/]+\/index\.html$/)],
  ["news-index", "berita/index.html"],
  ["tags", "topik/index.html"],
  ["topic", first(/^topik\/[^/]+\/index\.html$/)],
  ["sector", first(/^sektor\/[^/]+\/index\.html$/)],
  ["search", "cari/index.html"],
  ["page", first(/^tentang\/index\.html$/)],
  ["conflicts", "angka-berbeda/index.html"],
  ["data", "data/index.html"],
  ["404", "404.html"],
];
for (const [kind, file] of kinds) check(`the site has a ${kind} page`, Boolean(file) && pages.includes(file), String(file));
for (const [width, height] of [[360, 780], [1280, 900]]) {
  const context = await browser.newContext({ viewport: { width, height } });
  for (const [kind, file] of kinds.filter(([, f]) => f)) {
    const path = file === "404.html" ? basePath + "tidak-ada/" : basePath + file.replace(/index\.html$/, "");
    const { page } = await visit(context, path, { expectStatus: file === "404.html" ? 404 : 200 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check(`${kind} page ${path} fits a ${width} px screen`, overflow <= 0, `${overflow} px too wide`);
    if (kind === "region") {
      // The charts' SVG text (16 units: chart_layout::FONT_PX), as drawn
      // at the chart's shown width; tests/browser/charts.mjs measures each text.
      // Charts below the fold are lazy (`loading="lazy"`): load each
      // before measuring, or a long page's charts measure as nothing.
      await page.$$eval(".chart img", (imgs) =>
        Promise.all(
          imgs.map((img) => {
            img.loading = "eager";
            return img.decode().catch(() => {});
          }),
        ),
      );
      const smallest = await page.$$eval(".chart img", (imgs) => imgs.map((img) => (16 * img.clientWidth) / img.naturalWidth));
      check(`chart text on ${path} is at least 12 px at ${width} px`, smallest.length > 0 && Math.min(...smallest) >= 12, JSON.stringify(smallest));
    }
    await page.screenshot({ path: join(shotDir, `${kind}-${width}.png`), fullPage: true });
    await page.close();
  }
  await context.close();
}

// Dark theme really applies.
{
  const context = await browser.newContext({ colorScheme: "dark" });
  const { page } = await visit(context, basePath);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  check("the dark theme darkens the page", background === "rgb(21, 24, 28)", background);
  await page.screenshot({ path: join(shotDir, "home-dark-1280.png") });
  await context.close();
}

// Search finds a region by name, on a phone.
{
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const { page, problems } = await visit(context, basePath + "cari/");
  await page.fill("input[name=q]", "kendari");
  await page.waitForSelector("#hasil li a", { timeout: 5000 }).catch(() => {});
  const links = await page.$$eval("#hasil li a", (as) => as.map((a) => a.getAttribute("href")));
  check("search finds Kota Kendari", links.includes(basePath + "wilayah/kota-kendari/"), JSON.stringify(links));
  check("search makes no failed request", problems.length === 0, problems.join("; "));
  await page.screenshot({ path: join(shotDir, "search-390.png") });
  // Searched again within the cache's ten minutes, as after a new build
  // went up: the search files are revalidated, not taken from the cache,
  // so one build's manifest never meets another's shards.
  const searchFiles = (from) => requests.slice(from).filter((r) => r.path.startsWith(basePath + "cari/") && r.path.endsWith(".json"));
  const before = requests.length;
  const again = await context.newPage();
  await again.goto(origin + basePath + "cari/", { waitUntil: "load" });
  await again.fill("input[name=q]", "kendari");
  await again.waitForSelector("#hasil li a", { timeout: 5000 }).catch(() => {});
  const asked = searchFiles(before);
  check("a second search revalidates every search file it uses", asked.length > 0 && asked.every((r) => r.revalidation), JSON.stringify(asked));
  await context.close();
}

// Weight: a region page with its stylesheet and charts, gzipped, at most 60 KB.
for (const file of pages.filter((p) => /^wilayah\/[^/]+\/index\.html$/.test(p))) {
  const html = readFileSync(join(siteDir, file), "utf8");
  const assets = [...html.matchAll(/(?:src|href)="([^"]+\.(?:svg|css|js))"/g)]
    .map((m) => m[1])
    .filter((u) => u.startsWith(basePath))
    .map((u) => readFileSync(join(siteDir, u.slice(basePath.length))));
  const bytes = [Buffer.from(html), ...assets].reduce((sum, b) => sum + gzipSync(b).length, 0);
  check(`${file} weighs at most 60 KB gzipped`, bytes <= 60 * 1024, `${bytes} bytes`);
}

await browser.close();
server.close();
finish("browser");
