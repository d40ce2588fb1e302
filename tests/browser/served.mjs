// A page served by `ikm-site serve`, in real headless Chromium: the same
// page checks as check.mjs (no console error, no failed request, axe-core
// clean, nothing wider than a 360 px screen) with the reload script in it,
// then the live loop as a user sees it:
//
//   - an edit of the region's file reloads the open tab by itself, which
//     shows the new text at the scroll position it had;
//   - a YAML mistake shows the overlay over the last good page, with the
//     file, line and caret, itself axe-clean and within 360 px; screenshots
//     at 360 and 1280 px (serve-overlay-360.png, serve-overlay-1280.png);
//   - fixing it clears the overlay.
//
//   node tests/browser/served.mjs URL CONTENT_DIR SCREENSHOT_DIR
//
// URL is the address `serve` printed (http://127.0.0.1:PORT/ikm/) and
// CONTENT_DIR the content folder it serves, which this script edits (and
// puts back). Ends with "N passed, N failed"; exits non-zero on a failure.

import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";
import { tally } from "./tally.mjs";

const [url, contentDir, shotDir = "target/screenshots"] = process.argv.slice(2);
if (!url || !contentDir) {
  console.error("usage: node tests/browser/served.mjs URL CONTENT_DIR SCREENSHOT_DIR");
  process.exit(1);
}
mkdirSync(shotDir, { recursive: true });
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const origin = new URL(url).origin;
const regionFile = join(contentDir, "regions/banten/lebak.yaml");
const original = readFileSync(regionFile, "utf8");
const WAIT = 60000;

const { check, finish } = tally();

async function axe(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
}

const widest = (page) => page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
});

try {
  for (const width of [360, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const problems = [];
    page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    // The reload channel stays open until the page goes; its end is no failure.
    page.on("requestfailed", (r) => { if (!r.url().includes("/__ikm-site/events")) problems.push(`failed request: ${r.url()}`); });
    page.on("request", (r) => { if (!r.url().startsWith(origin)) problems.push(`request to another host: ${r.url()}`); });
    page.on("response", (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
    const response = await page.goto(url + "wilayah/lebak/", { waitUntil: "load" });
    check(`served lebak at ${width}: status 200`, response.status() === 200, String(response.status()));
    check(`served lebak at ${width}: reload script present`, (await page.content()).includes("data-ikm-site-serve"));
    const violations = await axe(page);
    check(`served lebak at ${width}: axe-core`, violations.length === 0, violations.join("\n     "));
    check(`served lebak at ${width}: no wider than the screen`, (await widest(page)) <= width, String(await widest(page)));

    // An edit reloads the tab by itself, at the same scroll position.
    await page.evaluate(() => window.scrollTo(0, 400));
    const y = await page.evaluate(() => window.scrollY);
    const word = `Anyaman pandan ${width}`;
    const reloaded = page.waitForEvent("load", { timeout: WAIT });
    writeFileSync(regionFile, original.replace("summary: |\n", `summary: |\n  ${word}.\n`));
    await reloaded;
    await page.waitForFunction((w) => document.body.innerText.includes(w), word, { timeout: WAIT });
    check(`served lebak at ${width}: the edit shows without a manual reload`, true);
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 2, y, { timeout: 5000 }).catch(() => {});
    const after = await page.evaluate(() => window.scrollY);
    check(`served lebak at ${width}: scroll position kept`, Math.abs(after - y) < 2, `${y} → ${after}`);

    // A mistake: the overlay, over the last good page.
    writeFileSync(regionFile, original.replace("level: kabupaten", "level: kabupatn"));
    const overlay = page.locator("#ikm-site-serve-overlay");
    await overlay.waitFor({ state: "visible", timeout: WAIT });
    const text = await page.locator("#ikm-site-serve-problem").innerText();
    check(`overlay at ${width}: file, line and column`, text.includes("regions/banten/lebak.yaml:4:8"), text);
    check(`overlay at ${width}: caret and help`, text.includes("level: kabupatn") && text.includes("^") && text.includes("saran"), text);
    check(`overlay at ${width}: over the last good page`, (await page.content()).includes(word));
    const overlayViolations = await axe(page);
    check(`overlay at ${width}: axe-core`, overlayViolations.length === 0, overlayViolations.join("\n     "));
    check(`overlay at ${width}: no wider than the screen`, (await widest(page)) <= width, String(await widest(page)));
    await page.screenshot({ path: join(shotDir, `serve-overlay-${width}.png`) });

    // Fixed: the tab reloads and the overlay is gone.
    const fixed = page.waitForEvent("load", { timeout: WAIT });
    writeFileSync(regionFile, original);
    await fixed;
    await page.waitForFunction((w) => !document.body.innerText.includes(w), word, { timeout: WAIT });
    check(`overlay at ${width}: cleared by the fix`, (await overlay.count()) === 0);
    check(`served lebak at ${width}: no console error or failed request`, problems.length === 0, problems.join("\n     "));
    await context.close();
  }
} finally {
  writeFileSync(regionFile, original);
  await browser.close();
}

finish();
