"""The folders around a build: the site folder, the empty folder MkDocs walks, and the last build's output.

MkDocs empties the site folder before it writes. With the build cache (snowball.buildcache), the
last complete build's files are first moved aside into `.cache/build/previous-site/` (one rename per
top-level entry, no copying); once MkDocs has cleaned the site folder they are moved back the same way,
and the outputs that no longer exist are deleted. MkDocs is then given only what changed (it writes over
the old files); every output the plan says is unchanged, and every theme file (the build key covers
them), stays as it is, and the search shards are updated in place by the index writer. The last build's
plan is forgotten while the new build runs, so a failed build leaves no plan that would trust its site.

Nothing here knows about MkDocs.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable, Iterable
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


@dataclass
class CarriedSite:
    """The last complete build's site with its plan's fingerprints: set aside while MkDocs cleans the site
    folder, then moved back into it (`restore`)."""

    folder: Path  # where the last build's files wait, set aside
    fingerprints: dict[str, str]
    site: Path | None = None  # the site folder, once they are back in it

    @classmethod
    def set_aside(cls, cache: BuildCache, site: Path, note: Callable[[str], None]) -> CarriedSite | None:
        """Move the last build's files out of `site` before MkDocs cleans it; None when there is no
        complete build under this cache key, or the move fails (then everything is built, as without cache)."""
        previous = cache.previous_plan(site)
        cache.mark_incomplete()  # even under another key: this build's files will not be what that plan says
        if previous is None:
            return None
        aside = cache.folder / "previous-site"
        shutil.rmtree(aside, ignore_errors=True)
        try:
            aside.mkdir(parents=True)
            for entry in os.scandir(site):
                os.replace(entry.path, aside / entry.name)
        except OSError as exc:  # another file system, a vanished folder: build everything
            note(f"build cache not used ({exc})")
            return None
        return cls(aside, previous)

    def restore(self, site: Path, removed: Iterable[str], note: Callable[[str], None]) -> None:
        """Once MkDocs has cleaned `site`: move the last build's files back into it (one rename per top-level
        entry, whatever the number of pages), and delete the outputs that no longer exist (by their paths in
        the site folder), with the folders they leave empty. What changed is written over by the build; what
        a file of the last build cannot stand for is asked with `has` (then it is built again)."""
        self.site = site
        for entry in os.scandir(self.folder):
            try:
                os.replace(entry.path, site / entry.name)
            except OSError as exc:  # what did not move back is built again (has() says it is missing)
                note(f"build cache partly used ({exc})")
        for built in removed:
            gone = site / built
            if gone.is_dir() and not gone.is_symlink():
                shutil.rmtree(gone, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    gone.unlink()
            with contextlib.suppress(OSError):  # stops at the first folder that is not empty
                for parent in gone.parents:
                    if parent == site or site not in parent.parents:
                        break
                    parent.rmdir()

    def has(self, built: str) -> bool:
        """The last build wrote this file (by its path in the site folder) and it is back in the site."""
        return self.site is not None and os.path.isfile(self.site / built)

    def output(self, built: str) -> bytes | None:
        """A file of the last build (by its path in the site folder), as it was written."""
        try:
            return ((self.site or self.folder) / built).read_bytes()
        except OSError:
            return None

    def discard(self) -> None:
        """The folder the last build's files waited in (empty once they are back)."""
        shutil.rmtree(self.folder, ignore_errors=True)


def prune_strays(site: Path, keep: Iterable[str], owned: Iterable[str]) -> list[str]:
    """Delete what a clean build would not leave in `site`: files that are no output of this build (dropped
    in by hand, left by a tool) and the folders they leave empty. A clean build starts from a folder MkDocs
    emptied (all but hidden top-level entries); a build with the cache moves the last site back whole, so
    without this a stray file would outlive every build. `owned` folders (the search index) are kept whole:
    their writer removes what it no longer writes. Returns the deleted paths (relative to `site`)."""
    keep, owned = set(keep), tuple(owned)
    deleted: list[str] = []
    for folder, dirs, names in os.walk(site, topdown=True):
        rel = Path(folder).relative_to(site).as_posix()
        prefix = "" if rel == "." else rel + "/"
        if not prefix:
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            names = [n for n in names if not n.startswith(".")]
        dirs[:] = [d for d in dirs if not (prefix + d + "/").startswith(owned)]
        for name in names:
            if (path := prefix + name) not in keep and not path.startswith(owned):
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(folder, name))
                    deleted.append(path)
    emptied = {parent for path in deleted for parent in Path(path).parents if parent != Path(".")}
    for folder in sorted(emptied, key=lambda f: -len(f.parts)):  # deepest first
        with contextlib.suppress(OSError):
            (site / folder).rmdir()  # only an empty folder goes
    return deleted


def build_complete(
    cache: BuildCache | None, carried: CarriedSite | None, site: Path, fingerprints: dict[str, str]
) -> None:
    """After a complete build with the cache: its plan and story checks for the next build (only now, so a
    failed build leaves nothing to trust), and the last build's site, set aside, is no longer needed."""
    if cache is not None:
        cache.save_plan(site, fingerprints)
        cache.save_checks()
    if carried is not None:
        carried.discard()
