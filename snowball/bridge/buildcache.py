"""The build cache in `.cache/build/`: what lets `make build` after a change redo only what changed.

It keeps, between processes:
- the last complete build's plan fingerprints (`plan.json`), with the site folder it wrote;
- each story's converted HTML (`html/`), keyed by the story's slug and Markdown and by the build key;
- phase-1 story checks (`checks.pickle`), keyed by a hash of each story folder's content;
- the search index's memo (`search.pickle`): each body's plain text and each entry's term scores, keyed by
  a digest of what they derive from, so a build after one change scores only the entries that changed.

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
import os
import pickle
import sys
import tempfile
from collections.abc import Iterable
from importlib.metadata import version
from pathlib import Path
from typing import Any

from ..fingerprint import digest
from ..hub import StoryCheck, folder_digest
from ..search import SearchMemo

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


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


class BuildCache:
    """One build's view of `.cache/build/` under a build key."""

    def __init__(self, root: Path, key: str) -> None:
        self.folder = root / ".cache" / "build"
        self.build_key = key
        self._checks: dict[str, tuple[object, StoryCheck]] | None = None
        self._checks_dirty = False
        self.hits = 0

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
        _write_atomic(self.folder / "plan.json", json.dumps(data, sort_keys=True).encode())

    # -- converted Markdown -----------------------------------------------------------------------------------
    def _html_path(self, slug: str, markdown: str) -> Path:
        h = hashlib.blake2b(f"{self.build_key}\0{slug}\0{markdown}".encode("utf-8", "surrogatepass"), digest_size=16)
        name = h.hexdigest()
        return self.folder / "html" / name[:2] / f"{name}.json"

    def converted(self, slug: str, markdown: str) -> dict[str, Any] | None:
        try:
            data = json.loads(self._html_path(slug, markdown).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        self.hits += 1
        return data

    def has_converted(self, slug: str, markdown: str) -> bool:
        return self._html_path(slug, markdown).is_file()

    def store_converted(self, slug: str, markdown: str, data: dict[str, Any]) -> None:
        with contextlib.suppress(OSError):
            _write_atomic(self._html_path(slug, markdown), json.dumps(data).encode())

    # -- the search index's memo (snowball.search.SearchMemo) --------------------------------------------------
    def search_memo(self) -> SearchMemo:
        """The memo the last build's index left (empty under another key or stemmer version)."""
        tables = ({}, {})
        try:
            with open(self.folder / "search.pickle", "rb") as f:
                saved = pickle.load(f)
            if saved.get("key") == (self.build_key, version("snowballstemmer")):
                tables = saved["tables"]
        except (OSError, pickle.PickleError, EOFError, AttributeError, KeyError, TypeError, ValueError):
            pass
        return SearchMemo(stored=True, tables=tables)

    def save_search_memo(self, memo: SearchMemo) -> None:
        """What the index just written used (after memo.settle()), for the next build."""
        data = {"key": (self.build_key, version("snowballstemmer")), "tables": memo.tables()}
        with contextlib.suppress(OSError):
            _write_atomic(self.folder / "search.pickle", pickle.dumps(data, protocol=5))

    # -- phase-1 checks (snowball.hub.CheckStore) ----------------------------------------------------------
    def _load_checks(self) -> dict[str, tuple[object, StoryCheck]]:
        if self._checks is None:
            self._checks = {}
            try:
                with open(self.folder / "checks.pickle", "rb") as f:
                    saved = pickle.load(f)
                if saved.get("key") == self.build_key:
                    self._checks = saved["checks"]
            except (OSError, pickle.PickleError, EOFError, AttributeError, KeyError, TypeError):
                pass
        return self._checks

    def start(self, context: object) -> None:
        checks = self._load_checks()
        context_key = repr(context)
        if checks.get("", (None,))[0] != context_key:
            checks.clear()
            checks[""] = (context_key, None)  # type: ignore[assignment]
            self._checks_dirty = True

    def key(self, folder: Path) -> object:  # type: ignore[override]
        return folder_digest(folder)

    def get(self, slug: str, key: object) -> StoryCheck | None:
        old = self._load_checks().get(slug)
        if old is not None and key is not None and old[0] == key:
            self.hits += 1
            return old[1]
        return None

    def put(self, slug: str, key: object, check: StoryCheck) -> None:
        self._load_checks()[slug] = (key, check)
        self._checks_dirty = True

    def save_checks(self, keep: Iterable[str]) -> None:
        """Write the checks back (only stories that still exist)."""
        checks = self._load_checks()
        wanted = set(keep) | {""}
        if not self._checks_dirty and set(checks) <= wanted:
            return
        kept = {k: v for k, v in checks.items() if k in wanted}
        with contextlib.suppress(OSError):
            _write_atomic(
                self.folder / "checks.pickle", pickle.dumps({"key": self.build_key, "checks": kept}, protocol=5)
            )
