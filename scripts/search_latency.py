"""Search latency in a real browser: ms from the last keystroke to the first result, cold cache (issue 23).

    .venv/bin/python scripts/search_latency.py SITE_DIR [--timeout 30]

SITE_DIR is a built hub (`mkdocs build -d SITE_DIR`). The folder is served on 127.0.0.1 (threaded, a free
port) and opened in Debian's Chromium through Playwright (never a downloaded browser), 1280 px wide. Each
of the 50 queries of scripts/search_bench.py gets a fresh browser context (an empty HTTP cache): load the
home page, wait for the search worker's READY message, click the search box, type the query (Playwright's
keyboard, no delay between keys, so the earlier keystrokes' queries have the least time to fetch ahead), and
take the time from the last keydown to the first `.md-search-result__item` in the DOM for that final query
(for a query with no matches: to the arrival of its empty answer). The time from the first keydown is
shown too.

Which answer is the final query's: the page script sends one QUERY per keyup, and the worker posts a
RESULT only for the newest query it has received. An init script wraps the page's Worker to count the
QUERY messages sent and timestamp every RESULT; the worker is patched (after READY, before typing) to tag
each RESULT with its query number (its own `latest`). The final answer is the one whose number is the
count of QUERY messages sent after the last keydown. A MutationObserver records when result items are
first added to the DOM after each answer arrives.

Bytes: Chromium's encoded sizes (body + headers) of every response after READY (the query's shards and
document chunks, and the one-time dictionary, facets and dates); the page load's own search files
(search_index.json, the worker scripts, the stemmer) are shown apart. The server does not compress.
The machine is shared, so the load average is printed at the start and the end.
"""

from __future__ import annotations

import argparse
import http.server
import os
import statistics
import sys
import threading
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from scripts.search_bench import QUERIES  # noqa: E402

# Runs in every page before its own scripts: counts QUERY messages (type 2), times READY (1) and RESULT
# (3) messages, each keydown, and when result items first show under each answer.
INIT = """
(() => {
  const sb = window.__sb = { posts: 0, lastPost: 0, ready: null, keydowns: [], results: [], seen: {} };
  const Native = window.Worker;
  window.Worker = function (url, options) {
    const w = new Native(url, options);
    const post = w.postMessage.bind(w);
    w.postMessage = function (msg, ...rest) {
      if (msg && msg.type === 2) { sb.posts += 1; sb.lastPost = performance.now(); }
      return post(msg, ...rest);
    };
    w.addEventListener("message", (ev) => {
      const m = ev.data || {};
      if (m.type === 1 && sb.ready === null) { sb.ready = performance.now(); }
      if (m.type === 3) {
        sb.results.push({ at: performance.now(), qid: m.qid, n: ((m.data || {}).items || []).length });
      }
    });
    return w;
  };
  window.Worker.prototype = Native.prototype;
  document.addEventListener("keydown", () => sb.keydowns.push(performance.now()), true);
  const isItem = (n) => n.nodeType === 1 && (n.matches(".md-search-result__item") || !!n.querySelector(".md-search-result__item"));
  new MutationObserver((records) => {  // items added, not the last answer's still on screen
    const last = sb.results[sb.results.length - 1];
    if (last && !(last.qid in sb.seen) && records.some((r) => Array.from(r.addedNodes).some(isItem))) {
      sb.seen[last.qid] = performance.now();
    }
  }).observe(document, { childList: true, subtree: true });
})();
"""

# In the worker, after READY: tag each RESULT with the number of the query it answers.
PATCH_WORKER = """() => {
  const post = self.postMessage.bind(self);
  self.postMessage = (m, ...rest) => { if (m && m.type === 3) { m.qid = self.latest; } return post(m, ...rest); };
  return typeof self.latest;
}"""

# The final query's answer has arrived (and, when it has results, they are in the DOM).
DONE = """() => {
  const sb = window.__sb, last = sb.keydowns[sb.keydowns.length - 1];
  if (!(sb.lastPost > last)) { return false; }
  const r = sb.results.find((r) => r.qid === sb.posts);
  return !!r && (r.n === 0 || sb.posts in sb.seen);
}"""

REPORT = """() => {
  const sb = window.__sb, last = sb.keydowns[sb.keydowns.length - 1];
  const r = sb.results.find((r) => r.qid === sb.posts);
  const shown = r.n ? sb.seen[sb.posts] : r.at;
  const meta = document.querySelector(".md-search-result__meta");
  return { ms: shown - last, from_first: shown - sb.keydowns[0], meta: meta ? meta.textContent.trim() : "" };
}"""


def is_search_file(url: str) -> bool:
    """The page load's files that exist for search: the index description, worker scripts, stemmers."""
    return "/search/" in url or "snowball-search" in url or "/stemmers/" in url or "/workers/search" in url


def serve(site: Path) -> http.server.ThreadingHTTPServer:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def measure(browser, base: str, query: str, timeout_s: float) -> dict:
    """One query in a fresh context (cold HTTP cache)."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.add_init_script(INIT)
    page = context.new_page()
    phase = ["load"]
    sizes = {"load": 0, "query": 0}
    in_flight = [0]

    def started(request) -> None:
        in_flight[0] += 1

    def finished(request) -> None:  # context-wide: the worker's fetches are reported here too
        in_flight[0] -= 1
        s = request.sizes()
        size = s["responseBodySize"] + s["responseHeadersSize"]
        if phase[0] == "query" or is_search_file(request.url):
            sizes[phase[0]] += size

    def failed(request) -> None:
        in_flight[0] -= 1

    context.on("request", started)
    context.on("requestfinished", finished)
    context.on("requestfailed", failed)
    page.goto(base, wait_until="load")
    page.wait_for_function("() => window.__sb.ready !== null", timeout=timeout_s * 1000)
    if not page.workers:
        raise SystemExit("the search worker did not start")
    if page.workers[0].evaluate(PATCH_WORKER) != "number":
        raise SystemExit("the search worker has no `latest` counter: update PATCH_WORKER")
    page.locator("input.md-search__input").click()
    page.wait_for_load_state("networkidle")  # nothing of the page load counts as the query's
    phase[0] = "query"
    page.keyboard.type(query)
    page.wait_for_function(DONE, timeout=timeout_s * 1000, polling="raf")
    out = page.evaluate(REPORT)
    for _ in range(100):  # let the fetches of earlier keystrokes' queries finish, up to 5 s
        if in_flight[0] <= 0:
            break
        page.wait_for_timeout(50)
    out.update(query=query, query_kb=sizes["query"] / 1000, load_kb=sizes["load"] / 1000)
    context.close()
    return out


def pct(values: list[float], p: float) -> float:
    """Nearest-rank percentile: p95 of 50 values is the 48th smallest."""
    ordered = sorted(values)
    return ordered[max(0, -(-len(ordered) * p // 100) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", type=Path, help="a built hub (mkdocs build -d SITE)")
    parser.add_argument("--timeout", type=float, default=30, help="seconds to wait for a page or an answer")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    load_start = os.getloadavg()
    server = serve(args.site)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    rows = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path="/usr/bin/chromium",
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
            )
            for q in QUERIES:
                rows.append(measure(browser, base, q, args.timeout))
                print(f"{q!r}: {rows[-1]['ms']:.0f} ms", file=sys.stderr)
            browser.close()
    finally:
        server.shutdown()
    load_end = os.getloadavg()

    print("| query | ms from last key to first result | ms from first key | kB after READY | results shown |")
    print("|---|---:|---:|---:|---|")
    for r in rows:
        print(f"| `{r['query']}` | {r['ms']:.0f} | {r['from_first']:.0f} | {r['query_kb']:.1f} | {r['meta']} |")
    ms = [r["ms"] for r in rows]
    kb = [r["query_kb"] for r in rows]
    print()
    print(f"ms from last key: median {statistics.median(ms):.0f}, p95 {pct(ms, 95):.0f}, max {max(ms):.0f}")
    first = [r["from_first"] for r in rows]
    print(f"ms from first key: median {statistics.median(first):.0f}, p95 {pct(first, 95):.0f}, max {max(first):.0f}")
    print(f"kB after READY: median {statistics.median(kb):.1f}, max {max(kb):.1f}")
    print(f"page load's search files: {max(r['load_kb'] for r in rows):.1f} kB")
    print(f"within 500 ms: {sum(m <= 500 for m in ms)} of {len(ms)}")
    print(f"load average (1/5/15 min) at start {load_start}, at end {load_end}; {os.cpu_count()} cores, shared")


if __name__ == "__main__":
    main()
