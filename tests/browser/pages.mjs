// Opens pages of a served site in Chromium at phone and desktop width and
// checks each one: status 200, no console error or failed request, nothing
// wider than the screen, no axe-core violation (at 1280 px), and saves a
// full-page screenshot of each as NAME-WIDTH.png. Shared by the gates for
// page kinds the shipped site does not have (archive.mjs, children.mjs).

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/// `paths`: [screenshot name, path under `basePath`]; `check(name, ok, detail)`
/// records each result.
export async function checkPages(browser, { origin, basePath, paths, shotDir, check }) {
  for (const [width, height] of [[360, 780], [1280, 900]]) {
    const context = await browser.newContext({ viewport: { width, height } });
    for (const [name, path] of paths) {
      const page = await context.newPage();
      const problems = [];
      page.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });
      page.on("requestfailed", (r) => problems.push(`failed request: ${r.url()}`));
      const response = await page.goto(origin + basePath + path, { waitUntil: "load" });
      check(`${path} loads at ${width} px`, response.status() === 200 && problems.length === 0, `${response.status()} ${problems.join("; ")}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      check(`${path} fits a ${width} px screen`, overflow <= 0, `${overflow} px too wide`);
      if (width === 1280) {
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(() => window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] }));
        check(`${path} passes axe-core`, violations.violations.length === 0, violations.violations.map((v) => v.id).join(", "));
      }
      await page.screenshot({ path: join(shotDir, `${name}-${width}.png`), fullPage: true });
      await page.close();
    }
    await context.close();
  }
}
