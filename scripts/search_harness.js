// Runs Snowball's search worker (theme_overrides/assets/javascripts/snowball-search.js) in node, as a
// browser would, against a written index, and says what each query returned and what it fetched.
//   node scripts/search_harness.js JS_DIR SEARCH_DIR < queries.json  (a JSON list of queries; a query may be
//   [query, location]: then `rank` says where that location is among all the results, -1 if not there)
// Prints a JSON list: {query, count, locations (first 20), titles (first 5, HTML), texts (first 5, HTML),
// bytes (fetched by the query, one-time files apart), once (the one-time files: dictionary, facets, dates)}.
// Each query runs in a fresh worker, so no query profits from another's fetches; with --one-worker all run
// in one (for many queries whose answers, not transfers, are wanted: the quality measure). With --typed, each
// query is typed: every prefix is sent at once, as keys come faster than the worker answers (`answers` says
// how many answers came; bytes count what all the prefixes fetched).
"use strict";
const vm = require("vm"), fs = require("fs"), path = require("path");
const [jsDir, searchDir, mode] = process.argv.slice(2);
const ONCE = new Set(["docs/dict.txt", "docs/facets.json", "docs/dates.json"]);

function worker() {
  const fetched = { bytes: 0, once: 0 };
  const listeners = [];
  const ctx = {
    URL, console, Promise, Map, Set, Array, Object, JSON, Math, String, Number, RegExp, Error, setTimeout,
    location: { href: "http://hub.test/assets/javascripts/snowball-search.js" },
    addEventListener: (type, fn) => listeners.push(fn),
    postMessage: (msg) => ctx.onResult && ctx.onResult(msg),
    importScripts: (...names) => {
      for (const n of names) {
        const file = path.join(jsDir, n);
        vm.runInContext(fs.readFileSync(file, "utf8"), ctx, { filename: file });  // a missing file throws, as in a browser
      }
    },
    fetch: (url) => {
      const rel = new URL(url).pathname.replace(/^\/search\//, "");
      const file = path.join(searchDir, rel);
      if (!fs.existsSync(file)) { return Promise.resolve({ ok: false, status: 404 }); }
      const data = fs.readFileSync(file);
      if (ONCE.has(rel)) { fetched.once += data.length; } else { fetched.bytes += data.length; }
      const text = data.toString("utf8");
      return Promise.resolve({ ok: true, status: 200, text: () => Promise.resolve(text), json: () => Promise.resolve(JSON.parse(text)) });
    },
  };
  ctx.self = ctx;
  vm.createContext(ctx);
  const file = path.join(jsDir, "snowball-search.js");
  vm.runInContext(fs.readFileSync(file, "utf8"), ctx, { filename: file });
  const send = (data) => listeners.forEach((fn) => fn({ data }));
  return { ctx, fetched, send };
}

let shared = null, locations = null;
function docOf(location) {  // a placeholder names its document by number: the index's order of locations
  if (!locations) {
    locations = [];
    for (let n = 0; fs.existsSync(path.join(searchDir, "docs", n + ".json")); n++) {
      locations.push(...JSON.parse(fs.readFileSync(path.join(searchDir, "docs", n + ".json"), "utf8")).map((r) => r[0]));
    }
  }
  return locations.indexOf(location);
}
function ask(asked, config) {
  const query = Array.isArray(asked) ? asked[0] : asked, expect = Array.isArray(asked) ? asked[1] : null;
  const typed = mode === "--typed";
  const fresh = mode !== "--one-worker" || !shared;
  const w = fresh ? worker() : shared;
  if (mode === "--one-worker") { shared = w; }
  const before = { bytes: w.fetched.bytes, once: w.fetched.once };
  return new Promise((resolve) => {
    let answers = 0;
    const keys = typed ? Array.from(query, (_, i) => query.slice(0, i + 1)) : [query];
    w.ctx.onResult = (msg) => {
      if (msg.type === 1) { keys.forEach((k) => w.send({ type: 2, data: k })); return; }
      answers += 1;
      if (answers > 1) { return; }
      const items = msg.data.items.map((i) => i[0]);
      setTimeout(() => resolve({
        query, count: items.length, answers,
        rank: expect === null ? undefined : items.findIndex((i) => i.location === expect || i.title.indexOf('data-sb-doc="' + docOf(expect) + '"') >= 0),
        locations: items.slice(0, 20).map((i) => i.location),
        titles: items.slice(0, 5).map((i) => i.title),
        texts: items.slice(0, 5).map((i) => i.text),
        bytes: w.fetched.bytes - before.bytes, once: w.fetched.once - before.once,
      }), typed ? 100 : 0);  // typed: time for a late answer to a superseded prefix to show
    };
    if (fresh) { w.send({ type: 0, data: { config } }); } else { w.send({ type: 2, data: query }); }
  });
}

(async () => {
  const queries = JSON.parse(fs.readFileSync(0, "utf8"));
  const meta = JSON.parse(fs.readFileSync(path.join(searchDir, "docs", "meta.json"), "utf8"));
  const out = [];
  for (const q of queries) { out.push(await ask(q, { snowball: meta })); }
  process.stdout.write(JSON.stringify(out));
})();
