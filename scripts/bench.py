"""Snowball's benchmark suite: prints a table of timings against same-run baselines.

    .venv/bin/python scripts/bench.py                      # N = 1,000 and 10,000, everything (about 20 min)
    .venv/bin/python scripts/bench.py --sizes 1000 --runs 3 --only validate,build

Figures are medians over --runs; the hub/bare build ratio is taken pair by pair
(hub and bare built back to back) because this machine is shared and noisy.
Synthetic hubs are generated deterministically into --work (default bench-out/).
This is not a test: it measures, prints and exits 0. See scripts/BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synth  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SNOWBALL_TODAY": "2026-11-27"}


@dataclass
class Run:
    seconds: float
    peak_mb: float
    output: str


def run(cmd: list[str], cwd: Path) -> Run:
    """Run a command; wall time and the child's own peak memory (not the whole session's)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert proc.stdout is not None
    out = proc.stdout.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{out[-2000:]}")
    return Run(seconds, usage.ru_maxrss / 1024, out)


def size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def median(values: list[float]) -> float:
    return statistics.median(values)


def hub_for(n: int, work: Path) -> Path:
    root = work / f"hub-{n}"
    marker = root / ".generated"
    if not marker.exists() or marker.read_text() != str(n):
        synth.generate(root, n, images=max(4, n // 100))
        marker.write_text(str(n))
    synth.make_site_config(root)
    synth.make_bare_config(root)
    return root


def bench_validate(root: Path, runs: int) -> dict[str, float]:
    snowball = str(BIN / "snowball")
    full = [run([snowball, "validate"], root).seconds for _ in range(runs)]
    one_story = sorted((root / "stories").iterdir())[len(list((root / "stories").iterdir())) // 2]
    one = [run([snowball, "validate", str(one_story)], root).seconds for _ in range(runs)]
    return {"validate_full_s": median(full), "validate_one_s": median(one)}


def bench_build(root: Path, runs: int) -> dict[str, float]:
    mkdocs = str(BIN / "mkdocs")
    hub_t, bare_t, ratios, hub_mem, bare_mem = [], [], [], [], []
    run([mkdocs, "build", "-q"], root)  # warm the image cache and the OS file cache once
    for _ in range(runs):
        h = run([mkdocs, "build", "-q"], root)
        b = run([mkdocs, "build", "-q", "-f", "bare.yml"], root)
        hub_t.append(h.seconds)
        bare_t.append(b.seconds)
        ratios.append(h.seconds / b.seconds)
        hub_mem.append(h.peak_mb)
        bare_mem.append(b.peak_mb)
    index = root / "site" / "search" / "search_index.json"
    return {
        "hub_build_s": median(hub_t),
        "bare_build_s": median(bare_t),
        "ratio": median(ratios),
        "hub_peak_mb": max(hub_mem),
        "bare_peak_mb": max(bare_mem),
        "hub_output_mb": size_mb(root / "site"),
        "bare_output_mb": size_mb(root / "site-bare"),
        "search_index_mb": index.stat().st_size / 1e6,
        "bare_search_index_mb": (root / "site-bare/search/search_index.json").stat().st_size / 1e6,
    }


def bench_rebuild(root: Path, runs: int) -> dict[str, float]:
    mkdocs = str(BIN / "mkdocs")
    unchanged = [run([mkdocs, "build"], root) for _ in range(runs)]
    processed = [int(m.group(1)) for r in unchanged for m in re.finditer(r"images: (\d+) processed", r.output)]
    story = sorted((root / "stories").iterdir())[-1] / "index.md"
    original = story.read_text(encoding="utf-8")
    changed = []
    try:
        for i in range(runs):
            story.write_text(original + f"\nEdited {i}.\n", encoding="utf-8")
            changed.append(run([mkdocs, "build", "-q"], root).seconds)
    finally:
        story.write_text(original, encoding="utf-8")
    return {
        "rebuild_unchanged_s": median([r.seconds for r in unchanged]),
        "rebuild_images_processed": max(processed),
        "rebuild_one_changed_s": median(changed),
    }


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return r.read().decode("utf-8", "replace")
    except OSError:
        return ""


def bench_preview(root: Path, runs: int) -> dict[str, float]:
    """Seconds from saving an edited story to `mkdocs serve` serving the change (story and its site page)."""
    port = _free_port()
    proc = subprocess.Popen(
        [str(BIN / "mkdocs"), "serve", "--dirty", "-a", f"127.0.0.1:{port}"],
        cwd=root,
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 600
        while "<html" not in _get(base):
            if time.monotonic() > deadline:
                raise SystemExit("preview server did not start")
            time.sleep(0.5)
        story = sorted((root / "stories").iterdir())[-2]
        path = story / "index.md"
        original = path.read_text(encoding="utf-8")
        site = re.search(r"^site: (\S+)", original, re.M).group(1)  # type: ignore[union-attr]
        story_times, site_times = [], []
        try:
            for i in range(runs):
                word = f"Benchmarkedit{i}x{int(time.time())}"
                title = re.search(r'^title: "(.*)"', original, re.M).group(1)  # type: ignore[union-attr]
                path.write_text(original.replace(f'title: "{title}"', f'title: "{word}"'), encoding="utf-8")
                start = time.perf_counter()
                while word not in _get(base + f"stories/{story.name}/"):
                    time.sleep(0.05)
                story_times.append(time.perf_counter() - start)
                while word not in _get(base + f"sites/{site}/"):
                    time.sleep(0.05)
                site_times.append(time.perf_counter() - start)
                time.sleep(1)
        finally:
            path.write_text(original, encoding="utf-8")
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return {"preview_story_s": median(story_times), "preview_aggregates_s": median(site_times)}


def _search_in_browser(
    site: Path, queries: list[str], timeout_s: float, start_page: str = ""
) -> tuple[float, float, float]:
    """(median seconds from typing a query to its first result, MB for the page load, max MB for a query)."""
    import http.server
    import threading
    from functools import partial

    from playwright.sync_api import sync_playwright

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    handler = partial(Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    times, query_bytes = [], []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path="/usr/bin/chromium",
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
            )
            for q in queries:
                context = browser.new_context()  # cold cache for every query
                page = context.new_page()
                received = [0]

                def count(request, received=received) -> None:  # the worker's fetches are reported here too
                    sizes = request.sizes()
                    received[0] += sizes["responseBodySize"] + sizes["responseHeadersSize"]

                context.on("requestfinished", count)
                page.goto(base + start_page, wait_until="networkidle")
                load_mb = received[0] / 1e6
                received[0] = 0
                page.locator("input.md-search__input").click()
                start = time.perf_counter()
                page.keyboard.type(q)
                page.locator(".md-search-result__item").first.wait_for(timeout=timeout_s * 1000)
                times.append(time.perf_counter() - start)
                page.wait_for_load_state("networkidle")
                query_bytes.append(received[0] / 1e6)
                context.close()
            browser.close()
    finally:
        server.shutdown()
    return median(times), load_mb, max(query_bytes)


def bench_search(root: Path, runs: int) -> dict[str, float]:
    """First search result in headless Chromium: hub (sharded) and, for comparison, bare Material (whole index)."""
    run([str(BIN / "mkdocs"), "build", "-q"], root)
    queries = ["community", "paper savings", "champion", "repair"]
    hub_t, hub_load, hub_q = _search_in_browser(root / "site", queries, 30)
    out = {"search_first_result_s": hub_t, "search_page_load_mb": hub_load, "search_query_mb": hub_q}
    try:
        run([str(BIN / "mkdocs"), "build", "-q", "-f", "bare.yml"], root)
        first = sorted(p.name for p in (root / "stories").iterdir())[0]
        bare_t, bare_load, _ = _search_in_browser(root / "site-bare", queries[:1], 120, f"{first}/")
        out.update({"bare_search_first_result_s": bare_t, "bare_search_page_load_mb": bare_load})
    except Exception as exc:  # the baseline may simply time out at 10,000 stories; say so
        print(f"bare Material search did not answer: {exc}", file=sys.stderr)
    return out


SUITES = {
    "validate": bench_validate,
    "build": bench_build,
    "rebuild": bench_rebuild,
    "preview": bench_preview,
    "search": bench_search,
}


def table(results: dict[int, dict[str, float]]) -> str:
    keys = sorted(
        {k for r in results.values() for k in r}, key=lambda k: list(KEY_LABELS).index(k) if k in KEY_LABELS else 99
    )
    sizes = sorted(results)
    lines = ["| measure | " + " | ".join(f"N = {n:,}" for n in sizes) + " |", "|---|" + "---:|" * len(sizes)]
    for k in keys:
        cells = []
        for n in sizes:
            v = results[n].get(k)
            cells.append("" if v is None else f"{v:.2f}" if isinstance(v, float) else str(v))
        lines.append(f"| {KEY_LABELS.get(k, k)} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


KEY_LABELS = {
    "validate_full_s": "validator, whole hub (s)",
    "validate_one_s": "validator, one changed story (s)",
    "hub_build_s": "hub build (s)",
    "bare_build_s": "bare Material build, same stories (s)",
    "ratio": "hub / bare (median of pairs)",
    "hub_peak_mb": "hub build peak memory (MB)",
    "bare_peak_mb": "bare build peak memory (MB)",
    "hub_output_mb": "hub output (MB)",
    "bare_output_mb": "bare output (MB)",
    "search_index_mb": "search index downloaded before first result (MB)",
    "bare_search_index_mb": "bare search index (MB)",
    "rebuild_unchanged_s": "second build, nothing changed (s)",
    "rebuild_images_processed": "images re-encoded by the second build",
    "rebuild_one_changed_s": "build after one story changed (s)",
    "preview_story_s": "preview: save -> story page served (s)",
    "preview_aggregates_s": "preview: save -> its site page served (s)",
    "search_first_result_s": "search: typing -> first result, headless Chromium (s)",
    "search_page_load_mb": "search: MB a page load transfers (index manifest included)",
    "search_query_mb": "search: MB a query transfers (worst of 4 queries)",
    "bare_search_first_result_s": "bare Material search: typing -> first result (s)",
    "bare_search_page_load_mb": "bare Material: MB a page load transfers (whole index)",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated story counts")
    parser.add_argument("--runs", type=int, default=3, help="runs per measure (medians are reported)")
    parser.add_argument("--only", default=",".join(SUITES), help="comma-separated: " + ", ".join(SUITES))
    parser.add_argument("--work", type=Path, default=REPO / "bench-out", help="where synthetic hubs are written")
    args = parser.parse_args()
    results: dict[int, dict[str, float]] = {}
    for n in (int(x) for x in args.sizes.split(",")):
        root = hub_for(n, args.work)
        results[n] = {}
        for name in args.only.split(","):
            runs = args.runs if n <= 2000 else max(1, args.runs // 2)
            print(f"[N={n}] {name} ...", file=sys.stderr, flush=True)
            results[n].update(SUITES[name](root, runs))
    print(table(results))


if __name__ == "__main__":
    main()
