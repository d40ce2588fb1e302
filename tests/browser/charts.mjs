// Chart text as a reader sees it (issue 17), in real headless Chromium:
// every page with a chart of each site given, at 360 and at 1280 px. Each
// chart is drawn inline at the width its <img> has on the page, so that
// every <text> can be measured with the browser's own fonts:
//
// - no two texts of a chart overlap or touch;
// - no text leaves the chart's box;
// - text renders at least 12 CSS px and at most 1,25 × the body text.
//
// Also saves the first chart of Kabupaten Lebak at both widths.
//
//   node tests/browser/charts.mjs SCREENSHOT_DIR SITE_DIR:BASE_PATH [SITE_DIR:BASE_PATH …]
//
// Ends with one line "N passed, N failed"; exits non-zero on any failure.

import { readFileSync, readdirSync, statSync, mkdirSync } from "node:fs";
import { join, relative } from "node:path";
import { chromium } from "playwright-core";
import { tally } from "./tally.mjs";
import { serve } from "./serve.mjs";

const [shotDir, ...sites] = process.argv.slice(2);
if (!shotDir || sites.length === 0) {
  console.error("usage: node tests/browser/charts.mjs SCREENSHOT_DIR SITE_DIR:BASE_PATH [SITE_DIR:BASE_PATH …]");
  process.exit(1);
}
mkdirSync(shotDir, { recursive: true });

const { check, finish } = tally();

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/// In the page: each chart replaced by its SVG inline, at the image's
/// shown width, and every problem with its text.
function measureCharts() {
  const bodyPx = parseFloat(getComputedStyle(document.body).fontSize);
  const imgs = [...document.querySelectorAll(".chart img")];
  return Promise.all(imgs.map(async (img) => {
    // Charts load lazily; each is measured at the width it takes once loaded.
    img.loading = "eager";
    await img.decode();
    const shown = img.clientWidth;
    const source = await (await fetch(img.src)).text();
    const holder = document.createElement("div");
    holder.innerHTML = source;
    const svg = holder.querySelector("svg");
    svg.style.width = `${shown}px`;
    svg.style.height = "auto";
    svg.style.display = "block";
    img.replaceWith(holder);
    const box = svg.getBoundingClientRect();
    const scale = box.width / svg.viewBox.baseVal.width;
    const texts = [...svg.querySelectorAll("text")]
      .filter((t) => t.textContent.trim() !== "")
      .map((t) => ({ text: t.textContent.trim(), r: t.getBoundingClientRect(), px: parseFloat(getComputedStyle(t).fontSize) * scale }));
    const problems = [];
    texts.forEach((a, i) => {
      if (a.r.left < box.left || a.r.right > box.right || a.r.top < box.top || a.r.bottom > box.bottom) {
        problems.push(`"${a.text}" leaves the chart (${Math.round(a.r.left - box.left)}..${Math.round(a.r.right - box.left)} × ${Math.round(a.r.top - box.top)}..${Math.round(a.r.bottom - box.top)} of ${Math.round(box.width)} × ${Math.round(box.height)})`);
      }
      if (a.px < 12 || a.px > 1.25 * bodyPx) problems.push(`"${a.text}" is ${a.px.toFixed(1)} px beside ${bodyPx} px body text`);
      for (const b of texts.slice(i + 1)) {
        const apart = a.r.right < b.r.left || b.r.right < a.r.left || a.r.bottom < b.r.top || b.r.bottom < a.r.top;
        if (!apart) problems.push(`"${a.text}" and "${b.text}" overlap or touch`);
      }
    });
    return { chart: img.getAttribute("src"), texts: texts.length, problems };
  }));
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
});

for (const site of sites) {
  const split = site.lastIndexOf(":");
  const [siteDir, basePath] = [site.slice(0, split), site.slice(split + 1)];
  const { origin, server } = await serve(siteDir, basePath);
  const pages = filesUnder(siteDir)
    .filter((f) => f.endsWith(".html") && readFileSync(f, "utf8").includes('class="chart"'))
    .map((f) => relative(siteDir, f).split("\\").join("/"))
    .sort();
  check(`${siteDir} has pages with charts`, pages.length > 0);
  for (const [width, height] of [[360, 780], [1280, 900]]) {
    const context = await browser.newContext({ viewport: { width, height } });
    for (const file of pages) {
      const path = basePath + file.replace(/index\.html$/, "");
      const page = await context.newPage();
      await page.goto(origin + path, { waitUntil: "load" });
      if (file === "wilayah/lebak/index.html") {
        await page.locator(".chart").first().screenshot({ path: join(shotDir, `chart-lebak-${width}.png`) });
      }
      for (const { chart, texts, problems } of await page.evaluate(measureCharts)) {
        check(`${chart} on ${path} at ${width} px: ${texts} texts apart, inside, 12 px to 1,25 × body`, texts > 0 && problems.length === 0, problems.join("\n     "));
      }
      await page.close();
    }
    await context.close();
  }
  server.close();
}

await browser.close();
finish("charts");
