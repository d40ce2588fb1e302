// Serves a built site folder under a base path on loopback, the way GitHub
// Pages does: `…/` is its `index.html`, anything missing gets the site's
// 404.html with status 404, and files may be cached for ten minutes, with
// an ETag to revalidate them (304 when unchanged). Shared by the browser
// checks. `requests` lists what reached the server, and whether each was a
// revalidation.

import { createServer } from "node:http";
import { readFileSync, existsSync, statSync } from "node:fs";
import { join, extname, relative } from "node:path";

export const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".svg": "image/svg+xml", ".json": "application/json", ".xml": "application/xml", ".csv": "text/csv", ".txt": "text/plain" };

/// Starts the server; resolves to { origin, server }.
export async function serve(siteDir, basePath) {
  const requests = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    let file = null;
    if (url.pathname.startsWith(basePath)) {
      const rel = decodeURIComponent(url.pathname.slice(basePath.length));
      const candidate = join(siteDir, rel.endsWith("/") || rel === "" ? rel + "index.html" : rel);
      if (!relative(siteDir, candidate).startsWith("..") && existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
    }
    if (!file) {
      const notFound = join(siteDir, "404.html");
      res.writeHead(404, { "content-type": types[".html"] });
      res.end(existsSync(notFound) ? readFileSync(notFound) : "");
      return;
    }
    const { size, mtimeMs } = statSync(file);
    const etag = `"${size}-${Math.floor(mtimeMs)}"`;
    const revalidation = req.headers["if-none-match"] !== undefined;
    requests.push({ path: url.pathname, revalidation });
    const headers = { "cache-control": "max-age=600", etag };
    if (revalidation && req.headers["if-none-match"] === etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    res.writeHead(200, { ...headers, "content-type": types[extname(file)] || "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, server, requests };
}
