"""Check that a speed change changed no output: two checkouts build the same hub, byte for byte.

    python scripts/same_output.py BEFORE AFTER [--stories 1000] [--work /dev/shm/same-output]

BEFORE and AFTER are checkouts of this repository, each with its own `.venv` (`make runtime`), for
example a `git worktree` of the commit before the change and main. One synthetic hub is generated
(scripts/synth.py); each checkout builds it clean (`SNOWBALL_CACHE=off mkdocs build --strict`) with its
own hook and virtual environment, and the two sites are compared file by file (sitemap.xml.gz after
decompressing, as gzip stores a time). Each checkout also prints one hash over its plan's fingerprints
(preview and build): equal hashes mean an existing build cache stays valid across the change.
Exit status 0 when the sites are identical and the hashes equal.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
import oracle  # noqa: E402  (its differences() is the comparison the correctness oracle uses)
import synth  # noqa: E402

ENV = {**os.environ, "SNOWBALL_CACHE": "off", "SNOWBALL_TODAY": "2026-11-27", "NO_MKDOCS_2_WARNING": "1"}
PLAN_HASH = """
import hashlib, json, sys
from pathlib import Path
from snowball.hub import load_hub
from snowball.images import ImageCache
from snowball.site import plan_site
root = Path(sys.argv[1])
hub = load_hub(root)
for preview in (True, False):
    planned = plan_site(hub, preview=preview, site_name="x", site_url="", key="k",
                        images=ImageCache(root / ".cache" / "images"))
    fps = planned.plan.fingerprints()
    print(hashlib.sha256(json.dumps(fps, sort_keys=True).encode()).hexdigest(), len(fps))
"""


def build(checkout: Path, hub: Path, site: Path) -> str:
    """Build hub with checkout's hook and virtual environment; return its plan-fingerprint hashes."""
    shutil.copytree(checkout / "hooks", hub / "hooks", dirs_exist_ok=True)
    shutil.copytree(checkout / "theme_overrides", hub / "theme_overrides", dirs_exist_ok=True)
    shutil.rmtree(hub / ".cache", ignore_errors=True)
    python = checkout / ".venv" / "bin" / "python"
    subprocess.run(
        [str(checkout / ".venv" / "bin" / "mkdocs"), "build", "--strict", "-q", "-d", str(site)],
        cwd=hub,
        env=ENV,
        check=True,
    )
    out = subprocess.run([str(python), "-c", PLAN_HASH, str(hub)], env=ENV, check=True, capture_output=True, text=True)
    return out.stdout.strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--stories", type=int, default=1000)
    parser.add_argument("--work", type=Path, default=Path("/dev/shm/same-output"))
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    hub = args.work / "hub"
    synth.generate(hub, args.stories)
    synth.make_site_config(hub)
    hashes = {}
    for name, checkout in (("before", args.before), ("after", args.after)):
        hashes[name] = build(checkout.resolve(), hub, args.work / f"site-{name}")
        print(f"{name}: plan fingerprints {hashes[name].splitlines()}")
    differ = oracle.differences(args.work / "site-before", args.work / "site-after")
    for d in differ[:20]:
        print(d)
    same_plan = hashes["before"] == hashes["after"]
    print(f"{len(differ)} files differ; plan fingerprints {'equal' if same_plan else 'DIFFER'}")
    return 0 if not differ and same_plan else 1


if __name__ == "__main__":
    sys.exit(main())
