// The editor support, checked the way VS Code's YAML extension sees it: the
// extension runs yaml-language-server, so this script runs the same server
// over its stdio protocol, opens a region file that names its schema on its
// first line (as every shipped file does), and asks what an author gets:
//   1. typing `publ` in a news item offers `published`;
//   2. a misspelt field (`publised:`) and an unknown level are underlined.
// Run: node tests/editor/completion.mjs   (after `npm ci`)
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const file = path.join(root, "content/regions/banten/lebak.yaml");
const uri = pathToFileURL(file).href;
const shipped = readFileSync(file, "utf8");

const server = spawn(
  process.execPath,
  [path.join(root, "node_modules/yaml-language-server/bin/yaml-language-server"), "--stdio"],
  { stdio: ["pipe", "pipe", "inherit"] },
);

let buffer = Buffer.alloc(0);
let nextId = 1;
const waiting = new Map();
const diagnostics = [];
server.stdout.on("data", (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const end = buffer.indexOf("\r\n\r\n");
    if (end < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.slice(0, end).toString())[1]);
    if (buffer.length < end + 4 + length) return;
    const message = JSON.parse(buffer.slice(end + 4, end + 4 + length).toString());
    buffer = buffer.slice(end + 4 + length);
    if (message.id !== undefined && waiting.has(message.id)) {
      waiting.get(message.id)(message);
      waiting.delete(message.id);
    } else if (message.method === "textDocument/publishDiagnostics") {
      diagnostics.push(message.params);
    } else if (message.id !== undefined && message.method) {
      // The server asks for settings; it gets the defaults.
      send({ jsonrpc: "2.0", id: message.id, result: [{ validate: true, completion: true, hover: true }] });
    }
  }
});

function send(message) {
  const body = JSON.stringify(message);
  server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
}
function request(method, params) {
  const id = nextId++;
  send({ jsonrpc: "2.0", id, method, params });
  return new Promise((resolve) => waiting.set(id, resolve));
}
const notify = (method, params) => send({ jsonrpc: "2.0", method, params });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

let failures = 0;
function check(ok, what) {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures++;
}

const timer = setTimeout(() => {
  console.log("FAIL the language server did not answer in 60 s");
  process.exit(1);
}, 60_000);

await request("initialize", {
  processId: process.pid,
  rootUri: pathToFileURL(root).href,
  capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } } } },
  initializationOptions: {},
});
notify("initialized", {});
notify("workspace/didChangeConfiguration", {
  settings: { yaml: { validate: true, completion: true, hover: true, schemaStore: { enable: false } } },
});

// 1. The shipped file with a new news item being typed at its end.
const typing = `${shipped.trimEnd()}\n  - id: lebak-baru\n    publ`;
const lines = typing.split("\n");
notify("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: 1, text: typing } });
let labels = [];
for (let attempt = 0; attempt < 20 && !labels.includes("published"); attempt++) {
  const answer = await request("textDocument/completion", {
    textDocument: { uri },
    position: { line: lines.length - 1, character: lines.at(-1).length },
  });
  const items = answer.result?.items ?? answer.result ?? [];
  labels = items.map((item) => item.label);
  if (!labels.includes("published")) await sleep(250);
}
check(labels.includes("published"), `typing \`publ\` in a news item offers \`published\` (offered: ${labels.slice(0, 8).join(", ")})`);

// 2. A misspelt field and an unknown level are flagged.
const broken = shipped.replace("level: kabupaten", "level: kabupatn").replace("    published:", "    publised:");
notify("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ text: broken }] });
let flagged = [];
for (let attempt = 0; attempt < 40; attempt++) {
  const latest = diagnostics.filter((d) => d.uri === uri && (d.version === undefined || d.version === 2)).at(-1);
  flagged = latest?.diagnostics ?? [];
  const lines = flagged.map((d) => d.range.start.line);
  const levelLine = broken.split("\n").findIndex((l) => l.startsWith("level:"));
  const typoLine = broken.split("\n").findIndex((l) => l.includes("publised:"));
  if (lines.includes(levelLine) && lines.includes(typoLine)) break;
  await sleep(250);
}
const flaggedLines = flagged.map((d) => d.range.start.line);
check(
  flaggedLines.includes(broken.split("\n").findIndex((l) => l.startsWith("level:"))),
  "an unknown level is flagged",
);
check(
  flaggedLines.includes(broken.split("\n").findIndex((l) => l.includes("publised:"))),
  "a misspelt field is flagged",
);

clearTimeout(timer);
server.kill();
console.log(`editor: ${failures === 0 ? "all passed" : `${failures} failed`}`);
process.exit(failures === 0 ? 0 : 1);
