"""The folders around a build: the site folder, the empty folder MkDocs walks, and the last build's output.

MkDocs empties the site folder before it writes. With the build cache (snowball.buildcache), the
last complete build's files are first moved aside into `.cache/build/previous-site/` (one rename per
top-level entry, no copying); once MkDocs has cleaned the site folder, every output the plan says is
unchanged (and every theme file, which the build key covers) is moved back by one rename, so MkDocs
never sees it, and the search shards are moved back for the index writer to update in place. What is
left aside (outputs that no longer exist) is deleted once the new build is complete, so a failed build
leaves no plan that would trust it.

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

    def carry(self, built: str, site: Path) -> bool:
        """Move one file of the last build (by its path in the site folder) back into `site`, unchanged;
        False when the last build has no such file (then it is built again). One rename, no copy."""
        target = site / built
        try:
            os.replace(self.folder / built, target)
        except FileNotFoundError:
            if not (self.folder / built).is_file():
                return False
            target.parent.mkdir(parents=True, exist_ok=True)  # the first file carried into its folder
            os.replace(self.folder / built, target)
        except (IsADirectoryError, NotADirectoryError):  # a folder where a file was, or the other way round
            return False
        return True

    def carry_search(self, search: Path) -> bool:
        """Move the last build's search shards back into `search` (the index writer rewrites only the
        shards that changed, and deletes the stale ones); False if the last build had none."""
        carried = [sub for sub in ("terms", "docs") if (self.folder / "search" / sub).is_dir()]
        if len(carried) < 2:
            return False
        search.mkdir(parents=True, exist_ok=True)
        for sub in carried:
            os.replace(self.folder / "search" / sub, search / sub)
        return True

    def output(self, built: str) -> bytes | None:
        """A file of the last build (by its path in the site folder), as it was written."""
        try:
            return (self.folder / built).read_bytes()
        except OSError:
            return None

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
