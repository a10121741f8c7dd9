"""Build the hub with MkDocs and with ProperDocs and compare the two sites (`make engines`).

    python scripts/engines.py [--keep]

Both builds run without the build cache (SNOWBALL_CACHE=off) into .cache/engines/. The only
allowed difference is the generator meta tag, which names the engine. Exit 1 on any other.
A third build, MkDocs without the theme's shells (SNOWBALL_SHELL=off: every page through
Material's own template), must equal the MkDocs build byte for byte.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def build(engine: str, site: Path, shells: bool = True) -> None:
    shutil.rmtree(site, ignore_errors=True)
    command = [str(Path(sys.executable).parent / engine), "build", "--strict", "-f", "mkdocs.yml", "-d", str(site)]
    env = {
        **os.environ,
        "SNOWBALL_CACHE": "off",
        "NO_MKDOCS_2_WARNING": "1",
        "SNOWBALL_SHELL": "on" if shells else "off",
    }
    result = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True)
    if result.returncode:
        sys.exit(f"{engine} build failed:\n{result.stderr}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keep", action="store_true", help="keep the two sites in .cache/engines/")
    args = parser.parse_args()
    out = REPO / ".cache" / "engines"
    sites = {engine: out / engine for engine in ("mkdocs", "properdocs")}
    for engine, site in sites.items():
        build(engine, site)
    build("mkdocs", out / "no-shell", shells=False)
    count, problems = compare(sites["mkdocs"], sites["properdocs"], GENERATOR)
    for p in problems[:50]:
        print(p)
    print(f"{count} files compared: {len(problems)} differences beyond the generator tag")
    _, unshelled = compare(sites["mkdocs"], out / "no-shell", re.compile(b"(?!)"))
    for p in unshelled[:50]:
        print(p)
    print(f"without the theme's shells: {len(unshelled)} differences")
    if not args.keep:
        shutil.rmtree(out, ignore_errors=True)
    return 1 if problems or unshelled else 0


def compare(a: Path, b: Path, allowed: re.Pattern[bytes]) -> tuple[int, list[str]]:
    """How many files a has, and how the two sites differ (beyond what allowed matches)."""
    names_a = {p.relative_to(a) for p in a.rglob("*") if p.is_file()}
    names_b = {p.relative_to(b) for p in b.rglob("*") if p.is_file()}
    problems = [f"only in one site: {n}" for n in sorted(names_a ^ names_b)]
    for name in sorted(names_a & names_b):
        x, y = (a / name).read_bytes(), (b / name).read_bytes()
        if name.suffix == ".gz":
            continue  # the sitemap, compressed with a time stamp; sitemap.xml itself is compared
        if allowed.sub(b"", x) != allowed.sub(b"", y):
            problems.append(f"differs: {name}")
    return len(names_a), problems


if __name__ == "__main__":
    sys.exit(main())
