"""Page weights and first render of a built hub: the figures issue 11 asks for, measured, not asserted.

    python scripts/page_checks.py SITE_DIR [--runs 3] [--limit 200000] [--chromium /usr/bin/chromium]

Prints, per page type, how many pages there are and the largest (bytes and path); every page over the limit;
then the largest page's (and each --page's) first contentful paint in headless Chromium
(performance.getEntriesByType('paint')) and DOMContentLoaded, medians of --runs fresh loads over HTTP from 127.0.0.1. Exit status 1 if any page is over the limit.

For the benchmark hub: python scripts/synth.py /tmp/hub10k --stories 10000 --sites 250 --practices 60,
then (cd /tmp/hub10k && mkdocs build --strict), then this script on /tmp/hub10k/site.
"""

from __future__ import annotations

import argparse
import functools
import re
import statistics
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

# Page types by address, first match wins (addresses as the hub's URL scheme writes them, snowball/urls.py).
TYPES: tuple[tuple[str, str], ...] = (
    ("home", r""),
    ("listing", r"stories/(page/\d+/)?"),
    ("story", r"stories/[^/]+/"),
    ("sites index", r"sites/"),
    ("site stories", r"sites/[^/]+/stories/(page/\d+/)?"),
    ("site", r"sites/[^/]+/"),
    ("practices index", r"practices/"),
    ("practice stories", r"practices/[^/]+/stories/(page/\d+/)?"),
    ("practice", r"practices/[^/]+/"),
    ("regions index", r"regions/"),
    ("region", r"regions/[^/]+/(page/\d+/)?"),
    ("matrix", r"matrix/"),
    ("momentum", r"momentum/"),
    ("tags index", r"tags/"),
    ("tag", r"tags/[^/]+/(page/\d+/)?"),
    ("champions index", r"champions/"),
    ("champion", r"champions/[^/]+/(page/\d+/)?"),
    ("contribute", r"contribute/"),
    ("not found", r"404\.html"),
)


def page_type(address: str) -> str:
    for name, pattern in TYPES:
        if re.fullmatch(pattern, address):
            return name
    return "other"


def weights(site: Path) -> dict[str, list[tuple[int, str]]]:
    """Page type -> [(bytes, address)], largest first."""
    out: dict[str, list[tuple[int, str]]] = {}
    for path in site.rglob("*.html"):
        rel = path.relative_to(site).as_posix()
        address = rel[: -len("index.html")] if rel.endswith("index.html") else rel
        out.setdefault(page_type(address), []).append((path.stat().st_size, address))
    for items in out.values():
        items.sort(reverse=True)
    return out


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def first_paint(site: Path, address: str, runs: int, chromium: str) -> list[tuple[float, float]]:
    """(first contentful paint, DOM content loaded) of one page in ms, a fresh browser context per run (no cache).

    The second shows what the first hides: Chromium paints the header before a long page has been parsed."""
    from playwright.sync_api import sync_playwright

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/{address}"
    times = []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium, args=["--headless", "--no-sandbox", "--disable-gpu"])
            for _ in range(runs):
                context = browser.new_context(viewport={"width": 1280, "height": 900})
                page = context.new_page()
                page.goto(url, wait_until="load")
                fcp = page.evaluate(
                    "() => new Promise(done => { const find = () => performance.getEntriesByType('paint')"
                    ".find(e => e.name === 'first-contentful-paint'); const e = find(); if (e) return done(e.startTime);"
                    " new PerformanceObserver(() => { const f = find(); if (f) done(f.startTime); })"
                    ".observe({type: 'paint', buffered: true}); })"
                )
                ready = page.evaluate("performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd")
                times.append((float(fcp), float(ready)))
                context.close()
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", type=Path, help="a built site folder (mkdocs build's site_dir)")
    parser.add_argument("--runs", type=int, default=3, help="page loads for the first-render median")
    parser.add_argument("--limit", type=int, default=200_000, help="largest allowed page, in bytes")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--no-browser", action="store_true", help="weights only")
    parser.add_argument("--page", action="append", default=[], help="also time this page (address, e.g. matrix/)")
    args = parser.parse_args(argv)
    if not (args.site / "index.html").is_file():
        print(f"{args.site}: no index.html here; give the folder `mkdocs build` wrote", file=sys.stderr)
        return 2
    figures = check(args.site, args.limit, None if args.no_browser else args.runs, args.chromium, args.page)
    return 1 if figures["pages_over_limit"] else 0


def check(site: Path, limit: int, runs: int | None, chromium: str, pages: list[str]) -> dict[str, float]:
    """Print the weights table, the pages over `limit` and (unless runs is None) first-render times of the
    largest page and each of `pages`; return the headline figures (for scripts/bench.py's table)."""
    table = weights(site)
    print(f"{'page type':<18} {'pages':>7} {'largest':>11}  address")
    for name in [n for n, _ in TYPES] + ["other"]:
        if name in table:
            size, address = table[name][0]
            print(f"{name:<18} {len(table[name]):>7,} {size:>11,}  /{address}")
    over = sorted((s, a) for items in table.values() for s, a in items if s > limit)
    total = sum(len(v) for v in table.values())
    print(f"\n{total:,} pages; {len(over):,} over {limit:,} bytes")
    for size, address in over[-20:]:
        print(f"  {size:>11,}  /{address}")
    largest = max(item for items in table.values() for item in items)
    figures = {"pages": float(total), "pages_over_limit": float(len(over)), "largest_page_kb": largest[0] / 1000}
    if runs is not None:
        sizes = {a: s for items in table.values() for s, a in items}
        print()
        for n, address in enumerate([largest[1], *pages]):
            times = first_paint(site, address, runs, chromium)
            fcp = statistics.median(t[0] for t in times)
            ready = statistics.median(t[1] for t in times)
            shown = ", ".join(f"{a:.0f}/{b:.0f}" for a, b in times)
            what = "largest page" if n == 0 else "page"
            print(
                f"{what} /{address} ({sizes.get(address, 0):,} bytes): first contentful paint {fcp:.0f} ms, "
                f"DOM ready {ready:.0f} ms (medians of {len(times)} loads: {shown} ms)"
            )
            if n == 0:
                figures |= {"largest_page_fcp_ms": fcp, "largest_page_ready_ms": ready}
    return figures


if __name__ == "__main__":
    sys.exit(main())
