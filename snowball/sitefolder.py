"""The folders around a build: the site folder, the empty folder MkDocs walks, and the last build's output.

MkDocs empties the site folder before it writes. With the build cache (snowball.buildcache), the
last complete build's files are first moved aside into `.cache/build/previous-site/` (one rename per
top-level entry, no copying); a page the plan says is unchanged is then written from there, byte for
byte, and the search index is copied from there when its data did not change. The folder aside is
deleted once the new build is complete, so a failed build leaves no plan that would trust it.

Nothing here knows about MkDocs.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .buildcache import BuildCache


def unwritable_site(site: Path) -> str | None:
    """Why a build cannot write into `site` (a file, a read-only folder), said before anything is built."""
    if site.exists() and not (site.is_dir() and os.access(site, os.W_OK | os.X_OK)):
        return f"The site folder {site} is not a writable folder. Hint: remove it or pass another with -d."
    return None


def empty_docs(root: Path) -> Path:
    """A fresh empty folder for MkDocs to walk instead of stories/: every page comes from the core's own
    scan, which refuses links, so MkDocs never follows a symlinked folder (`stories/x -> ..` walks forever)."""
    empty = root / ".cache" / "docs"
    shutil.rmtree(empty, ignore_errors=True)
    empty.mkdir(parents=True)
    return empty


@dataclass(frozen=True)
class CarriedSite:
    """The last complete build's site, set aside, with its plan's fingerprints."""

    folder: Path
    fingerprints: dict[str, str]

    @classmethod
    def set_aside(cls, cache: BuildCache, site: Path, note: Callable[[str], None]) -> CarriedSite | None:
        """Move the last build's files out of `site` before MkDocs cleans it; None when there is no
        complete build under this cache key, or the move fails (then everything is built, as without cache)."""
        previous = cache.previous_plan(site)
        if previous is None:
            return None
        aside = cache.folder / "previous-site"
        shutil.rmtree(aside, ignore_errors=True)
        cache.mark_incomplete()
        try:
            aside.mkdir(parents=True)
            for entry in os.scandir(site):
                os.replace(entry.path, aside / entry.name)
        except OSError as exc:  # another file system, a vanished folder: build everything
            note(f"build cache not used ({exc})")
            return None
        return cls(aside, previous)

    def output(self, built: str) -> bytes | None:
        """A file of the last build (by its path in the site folder), as it was written."""
        try:
            return (self.folder / built).read_bytes()
        except OSError:
            return None

    def copy_search(self, search: Path) -> list[str] | None:
        """Copy the last build's search shards into `search`; their names, or None if there were none."""
        carried = self.folder / "search"
        if not carried.is_dir():
            return None
        for sub in ("terms", "docs"):
            shutil.copytree(carried / sub, search / sub, dirs_exist_ok=True)
        return sorted(p.stem for p in (carried / "terms").glob("*.json"))

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def build_complete(
    cache: BuildCache | None, carried: CarriedSite | None, site: Path, fingerprints: dict[str, str], checked: set[str]
) -> None:
    """After a complete build with the cache: its plan and story checks for the next build (only now, so a
    failed build leaves nothing to trust), and the last build's site, set aside, is no longer needed."""
    if cache is not None:
        cache.save_plan(site, fingerprints)
        cache.save_checks(checked)
    if carried is not None:
        carried.discard()
