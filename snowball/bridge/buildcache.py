"""The build cache in `.cache/build/`: what lets `make build` after a change redo only what changed.

It keeps, between processes:
- the last complete build's plan fingerprints (`plan.json`), with the site folder it wrote;
- each story's converted HTML (`html/`, a store.FileStore), keyed by the story's slug and Markdown;
- phase-1 story checks (`checks.pickle`, a store.TableStore), keyed by a hash of each story folder's content;
- the search index's memo (`search-texts.pickle` and `search-scores.pickle`, TableStores): each body's plain
  text and each entry's term scores, keyed by a digest of what they derive from, so a build after one change
  scores only the entries that changed.

Everything is keyed by the build key: the hub's configuration, the theme's files, the versions
of Python, MkDocs, the theme and Markdown extensions, and a hash of Snowball's own code and
templates. A different key makes the cache empty, so an upgrade never serves stale output.

`.cache/` is as trusted as the working tree (it holds pickles): restore it in CI only from the
same repository's own cache, never from an artifact a pull request could write.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sys
from collections.abc import Iterable
from functools import cached_property
from importlib.metadata import version
from pathlib import Path

from ..fingerprint import digest
from ..hub import CheckCache, StoryCheck, folder_digest
from ..search import SearchMemo, stable_key
from ..store import FileStore, TableStore, write_atomic

CACHE_VERSION = 1
_CODE = Path(__file__).resolve().parent.parent  # the whole snowball package


def code_digest() -> str:
    """A hash of Snowball's own code and templates: a code change invalidates every cached output."""
    h = hashlib.blake2b(digest_size=16)
    for path in sorted(_CODE.rglob("*")):
        if path.suffix in (".py", ".html", ".xml", ".js", ".css") and "__pycache__" not in path.parts:
            h.update(path.relative_to(_CODE).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def files_digest(paths: Iterable[Path]) -> str:
    """A hash of files and folders (every file inside, by relative name and content)."""
    h = hashlib.blake2b(digest_size=16)
    for base in paths:
        files = sorted(p for p in base.rglob("*") if p.is_file()) if base.is_dir() else [base]
        for p in files:
            with contextlib.suppress(OSError):
                h.update(p.as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def build_key(config_file: Path, theme: Iterable[Path], *, preview: bool) -> str:
    """The key every cached output is stored under: the configuration file's text, the theme's own files
    (and the adapter's), Snowball's code, and the versions of Python and of what renders pages."""
    packages = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "nh3")
    key = (config_file.read_text(encoding="utf-8"), files_digest(theme), code_digest())
    return digest((key, sys.version, [version(p) for p in packages], preview))


class BuildCache:
    """One build's view of `.cache/build/` under a build key."""

    def __init__(self, root: Path, key: str) -> None:
        self.folder = root / ".cache" / "build"
        self.build_key = key

    # -- the previous build's plan --------------------------------------------------------------------------
    def previous_plan(self, site_dir: Path) -> dict[str, str] | None:
        """The fingerprints of the last complete build into site_dir under this key, if any."""
        try:
            saved = json.loads((self.folder / "plan.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if saved.get("version") != CACHE_VERSION or saved.get("key") != self.build_key:
            return None
        if saved.get("site_dir") != str(site_dir) or not saved.get("complete"):
            return None
        return dict(saved["fingerprints"])

    def mark_incomplete(self) -> None:
        """Before a build touches the site folder: a build that fails midway leaves no plan to trust."""
        with contextlib.suppress(OSError):
            (self.folder / "plan.json").unlink()

    def save_plan(self, site_dir: Path, fingerprints: dict[str, str]) -> None:
        data = {
            "version": CACHE_VERSION,
            "key": self.build_key,
            "site_dir": str(site_dir),
            "complete": True,
            "fingerprints": fingerprints,
        }
        write_atomic(self.folder / "plan.json", json.dumps(data, sort_keys=True).encode())

    # -- the stores ------------------------------------------------------------------------------------------
    @cached_property
    def converted(self) -> FileStore:
        """Each story's conversion (snowball.bridge.work.Work.converted), keyed by (slug, Markdown)."""
        return FileStore(self.folder / "html", self.build_key)

    @cached_property
    def _checks(self) -> TableStore[tuple[str, str, object], StoryCheck]:
        return TableStore(self.folder / "checks.pickle", self.build_key)

    @property
    def checks(self) -> CheckCache:
        """Phase-1 story checks (snowball.hub.load_hub), keyed by a hash of each story folder's content."""
        return CheckCache(self._checks, folder_digest)

    def save_checks(self) -> None:
        """After a complete build (only then: a failed build leaves nothing to trust): the checks its load
        asked for, for the next build."""
        self._checks.save()

    def search_memo(self) -> SearchMemo:
        """The memo the last build's index left (empty under another key or stemmer version)."""
        key = (self.build_key, version("snowballstemmer"))
        texts: TableStore[str, str] = TableStore(self.folder / "search-texts.pickle", key)
        scores: TableStore[str, dict[str, int]] = TableStore(self.folder / "search-scores.pickle", key)
        return SearchMemo(texts, scores, key=stable_key)

    def save_search_memo(self, memo: SearchMemo) -> None:
        """What the index just written used (after memo.settle()), for the next build. Called in the process
        that wrote the index (a helper, perhaps): values keyed by what they derive from are right whether or
        not the build completes."""
        for table in (memo.texts, memo.scores):
            if isinstance(table, TableStore):
                table.save()
