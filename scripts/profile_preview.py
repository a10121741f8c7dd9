"""Where a preview rebuild's time goes: phase times of `mkdocs serve --dirty`'s rebuild after one edit.

    python scripts/profile_preview.py HUB [--edits 5] [--cprofile 40] [--keep-hooks]

HUB is a hub folder (e.g. one written by `scripts/synth.py OUT --stories 10000 --sites 250 --practices 60`).
The rebuilds run in-process through scripts/oracle.py's Engine, with one long-lived preview session as
`mkdocs serve` keeps it: one full build, then --edits rebuilds, each after one edit of the kinds issue 21
names, in turn: a story's title, a story's text, a story moved to another practice, a registry entry's name.
Each rebuild prints its time to served (MkDocs' build returned: the edited story's page and its site's page
are written; the search index follows in a thread), its wall time with the index, and the time spent in the
main phases (reading the hub, planning, MkDocs' per-page loop, the search index); then the median time to
served. --cprofile N prints the N costliest functions of the last rebuild under cProfile instead (slower).
Every story and registry file is put back at the end. The hub's hooks/ and theme_overrides/ are first
replaced by this checkout's (synth.py copies them once, so a hub made earlier would profile the adapter as
it was then), unless --keep-hooks (to profile another checkout: PYTHONPATH=its folder, and its hooks kept).
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import logging
import os
import pstats
import random
import shutil
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
import oracle  # noqa: E402


def timed(spent: Counter[str], owner: Any, name: str, label: str) -> None:
    """Wrap owner.name to add its wall time to spent[label] (the hook imports these names when MkDocs
    loads it, which happens after this runs)."""
    original = getattr(owner, name)

    @functools.wraps(original)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent[label] += time.perf_counter() - start

    setattr(owner, name, wrapper)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("hub", type=Path)
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--keep-hooks", action="store_true")
    parser.add_argument("--cprofile", type=int, default=0, metavar="N")
    parser.add_argument("--site", type=Path, default=Path("/dev/shm/profile-preview-site"))
    args = parser.parse_args()
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    os.environ.setdefault("SNOWBALL_TODAY", "2026-11-27")
    logging.getLogger("mkdocs").setLevel(logging.ERROR)

    import mkdocs.commands.build as mkdocs_build

    import snowball.bridge.work
    import snowball.hub
    import snowball.site
    from snowball.views import HubPages

    spent: Counter[str] = Counter()
    phases = [
        (snowball.hub, "load_hub", "reading the hub"),
        (snowball.site, "plan_site", "planning (all)"),
        (snowball.site, "build_plan", "  of which fingerprints and contexts"),
        (HubPages, "all", "  of which generated pages' views"),
        (mkdocs_build, "_populate_page", "MkDocs: populate pages"),
        (mkdocs_build, "_build_page", "MkDocs: build pages (renders the changed ones)"),
        (snowball.bridge.work.Work, "_write_search", "search index (a thread in the server)"),
        (mkdocs_build, "build", "served (MkDocs' build returned)"),
    ]
    for owner, name, label in phases:
        timed(spent, owner, name, label)

    for folder in () if args.keep_hooks else ("hooks", "theme_overrides"):  # this checkout's adapter and theme
        shutil.copytree(REPO / folder, args.hub / folder, dirs_exist_ok=True)
    engine = oracle.Engine(args.hub.resolve())
    start = time.perf_counter()
    engine.build("preview", args.site, preview=True, fresh=False)
    print(f"first build: {time.perf_counter() - start:.2f} s")
    kept = {p: p.read_bytes() for p in [*args.hub.glob("stories/*/index.md"), *args.hub.glob("registries/*.yml")]}
    kinds = [oracle.edit_title, oracle.edit_body, oracle.edit_practice, oracle.edit_registry]
    rng = random.Random(1)
    profile = cProfile.Profile() if args.cprofile else None
    served: list[float] = []
    try:
        for i in range(args.edits):
            spent.clear()
            what = kinds[i % len(kinds)](args.hub, rng)
            last = profile is not None and i == args.edits - 1
            start = time.perf_counter()
            if last:
                profile.enable()  # type: ignore[union-attr]
            engine.build("preview", args.site, preview=True, fresh=False)
            if last:
                profile.disable()  # type: ignore[union-attr]
            served.append(spent["served (MkDocs' build returned)"])
            print(
                f"rebuild {i + 1} ({what}): served {served[-1]:.2f} s, {time.perf_counter() - start:.2f} s with the index"
            )
            for _owner, _name, label in phases:
                print(f"    {label:<50} {spent[label]:6.2f} s")
        print(f"median time to served over {len(served)} edits: {statistics.median(served):.2f} s")
    finally:
        for path in {*args.hub.glob("stories/*/index.md"), *args.hub.glob("registries/*.yml")} - kept.keys():
            path.unlink()  # a story an edit added (none of the kinds above does)
        for path, data in kept.items():
            if not path.exists() or path.read_bytes() != data:
                path.write_bytes(data)
    if profile is not None:
        pstats.Stats(profile).sort_stats("cumulative").print_stats(args.cprofile)


if __name__ == "__main__":
    main()
