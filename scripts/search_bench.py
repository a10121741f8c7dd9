"""What a search query costs and finds, measured by running the real worker in node against a written index.

    python scripts/search_bench.py [--hub DIR] [--stories 10000]   (a synthetic hub in /dev/shm by default)

Transfer: the index is written for the hub as a build writes it (snowball/search.py), then each of QUERIES
runs in a fresh worker (scripts/search_harness.js) and the bytes it fetched are added up, the one-time
files (the dictionary, facets and dates, and meta.json, which reaches the worker inside search_index.json)
apart.
Quality: for stories of the synthetic hub and of the sample hub (stories/), each title word of five
letters or more is misspelt (a letter dropped, two swapped), inflected (plural, -ing) and accent-stripped;
a query is the title with that one word changed, and counts when the story is in the top 5 (synthetic
titles without their "story N"); the changed word alone must also find the story among its results. Prints a Markdown table for scripts/BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from scripts.synth import generate  # noqa: E402
from snowball.hub import load_hub  # noqa: E402
from snowball.ledger import Ledger  # noqa: E402
from snowball.search import normalise, stopwords, write_search  # noqa: E402
from snowball.search_entries import search_entries  # noqa: E402
from snowball.views import Names  # noqa: E402

JS = REPO / "theme_overrides" / "assets" / "javascripts"
# Fifty queries a reader might type: common words (the most postings), typos, other word forms, names,
# numbers, several words, short prefixes, and words no story has.
QUERIES = [
    "branch", "team", "customers", "paper", "energy", "loans", "savings", "volunteers", "meeting", "process",
    "papr", "custmers", "voluntears", "mortgaeg", "recyclng", "bicycel", "schedul", "complaince", "feedbak", "libary",
    "branches", "meetings", "trained", "training", "saving", "recycled", "bicycles", "audits", "charging", "printers",
    "branch team customers", "paper energy loans savings", "small branch pilot", "cheap lighting supplier",
    "green mortgage advice", "waste plastic bottle cup recycling",
    "Ines", "Inês Silva", "Okafor", "Kowalski Murphy", "site 0012", "story 1234", "practice 7",
    "br", "pa", "bra", "cus", "zebra", "xylophone quartz", "tag-audit",
]  # fmt: skip


def index(root: Path, out: Path, language: str = "en") -> dict:
    hub = load_hub(root)
    lg = Ledger(hub, hub.published())
    return write_search(out, search_entries(lg, Names(lg)), language=language)


def run(search: Path, queries: list, *, one_worker: bool = False) -> list[dict]:
    done = subprocess.run(
        ["node", str(REPO / "scripts" / "search_harness.js"), str(JS), str(search), *(["--one-worker"] * one_worker)],
        input=json.dumps(queries), capture_output=True, text=True, check=True, timeout=1800,
    )  # fmt: skip
    return json.loads(done.stdout)


def variants(word: str) -> list[tuple[str, str]]:
    """(kind, changed word) for one title word: real English forms only (a plural, an -ing or -ed form and
    back), a letter dropped, two letters swapped, the accents left out."""
    out = []
    plain = normalise(word)
    if plain != word.lower():
        out.append(("accent-stripped", plain))
    if len(word) >= 5:
        mid = len(word) // 2
        out.append(("misspelt", word[:mid] + word[mid + 1 :]))
        out.append(("misspelt", word[: mid - 1] + word[mid] + word[mid - 1] + word[mid + 1 :]))
    lower = word.lower()
    if lower.endswith("ing") and len(lower) > 6:
        out.append(("inflected", word[:-3]))
    elif lower.endswith("ed") and len(lower) > 5:
        out.append(("inflected", word[:-1] if lower.endswith("ued") else word[:-2]))
    elif lower.endswith("ss") or lower.endswith(("sh", "ch", "x")):
        out.append(("inflected", word + "es"))
    elif lower.endswith("s"):
        out.append(("inflected", word[:-1]))
    elif lower.endswith("y") and lower[-2:-1] not in "aeiou":
        out.append(("inflected", word[:-1] + "ies"))
    else:
        out.append(("inflected", word + "s"))
    if lower.endswith("e") and not lower.endswith("ee") and len(lower) > 4:
        out.append(("inflected", word[:-1] + "ing"))
    return [(k, v) for k, v in out if v.lower() != word.lower()]


def quality(search: Path, stories: list[tuple[str, str]], language: str = "en") -> dict[str, list[int]]:
    """stories: (location, title). Returns kind -> [in the top 5, the changed word alone finds it, asked]."""
    stop = stopwords(language)
    cases = []
    for location, title in stories:
        words = re.findall(r"[\w'-]+", title)
        for i, w in enumerate(words):
            if len(w) < 4 or not w.isalpha() or normalise(w) in stop:
                continue
            for kind, changed in variants(w):
                query = " ".join(words[:i] + [changed] + words[i + 1 :])
                cases.append((kind, location, query, changed))
    asked = [[c[2], c[1]] for c in cases] + [[c[3], c[1]] for c in cases]
    results = run(search, asked, one_worker=True)
    full, alone = results[: len(cases)], results[len(cases) :]
    tally: dict[str, list[int]] = {}
    misses = []
    for (kind, _, query, _), r, a in zip(cases, full, alone, strict=True):
        t = tally.setdefault(kind, [0, 0, 0])
        t[0] += 0 <= r["rank"] < 5
        t[1] += a["rank"] >= 0
        t[2] += 1
        if not 0 <= r["rank"] < 5:
            misses.append(query)
    print(f"{len(misses)} misses, the first: {misses[:20]}", file=sys.stderr)
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hub", type=Path, default=Path("/dev/shm/sb-search-bench"))
    parser.add_argument("--stories", type=int, default=10000)
    args = parser.parse_args()
    if not (args.hub / "stories").is_dir():
        generate(args.hub, args.stories)
    with tempfile.TemporaryDirectory(dir="/dev/shm") as tmp:
        search = Path(tmp) / "search"
        meta = index(args.hub, search)
        results = run(search, QUERIES)
        once = max(r["once"] for r in results) + (search / "docs" / "meta.json").stat().st_size
        print(f"| {meta['docs']} documents | one-time files: {once / 1000:.0f} kB |")
        print("| query | results | fetched (kB) |\n|---|---:|---:|")
        for r in sorted(results, key=lambda r: -r["bytes"]):
            print(f"| `{r['query']}` | {r['count']} | {r['bytes'] / 1000:.1f} |")
        worst = max(r["bytes"] for r in results)
        print(f"\nworst query: {worst / 1000:.1f} kB; one-time: {once / 1000:.1f} kB")
        hub = load_hub(args.hub)
        # "Quiet bicycle at site-0012: story 77" less its number (which alone would find it)
        picked = [(f"stories/{s.slug}/", re.sub(r": story \d+$", "", s.title)) for s in hub.published()[::50]]
        synthetic = quality(search, picked)
        sample_search = Path(tmp) / "sample"
        index(REPO, sample_search)
        sample_hub = load_hub(REPO)
        sample = quality(sample_search, [(f"stories/{s.slug}/", s.title) for s in sample_hub.published()])
        print("\n| stories | kind | in top 5 | word alone finds it | queries |\n|---|---|---:|---:|---:|")
        total = [0, 0, 0]
        for name, tally in (("synthetic", synthetic), ("sample hub", sample)):
            for kind, (top, alone, n) in sorted(tally.items()):
                print(f"| {name} | {kind} | {top / n:.1%} | {alone / n:.1%} | {n} |")
                total = [total[0] + top, total[1] + alone, total[2] + n]
        print(f"| all | all | {total[0] / total[2]:.1%} | {total[1] / total[2]:.1%} | {total[2]} |")


if __name__ == "__main__":
    main()
