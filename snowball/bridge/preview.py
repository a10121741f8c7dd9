"""What one `mkdocs serve` (or one long-lived build session) keeps between rebuilds, and how it recovers.

A save in the preview should cost what it changed, not what the hub holds. Kept here, in memory:
phase-1 story checks (hub.CheckCache), converted story Markdown, compiled theme templates (each in a
store.MemoryStore), rendered cards, the search index's plain texts and term scores, the last good rebuild's plan
fingerprints, from which the next rebuild's changes are computed, and the last rebuild's site plan
(snowball.site.plan_site's `previous`): a save plans again only the outputs its edit reaches, through the
plan's reverse index, and keeps the fingerprints of the rest and the fingerprints' record memo. After a rebuild that crashed or was refused, `good` is False, so the next one renders
every page, as a fresh build would: an error never leaves a stale page behind.

Nothing here knows about MkDocs: the adapter asks and tells, with plain values.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
import jinja2.bccache

from ..hub import CheckCache
from ..plan import Changes, changes
from ..redirects import REDIRECTS_FILE
from ..search import SearchMemo
from ..settings import SETTINGS_FILE
from ..store import CompiledTemplates, MemoryStore
from ..urls import Target

if TYPE_CHECKING:
    from ..site import SitePlan


class TemplateCache(jinja2.BytecodeCache):
    """Compiled theme templates kept across preview rebuilds (MkDocs makes a new Jinja environment each
    time, and compiling Material's templates costs more than rendering a changed story)."""

    def __init__(self) -> None:
        self.store: MemoryStore[str, bytes] = MemoryStore()  # never settled: a theme has few templates

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if (code := self.store.get(bucket.key)) is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.store.put(bucket.key, bucket.bytecode_to_string())


def template_cache(root: Path, memory: Memory | None) -> jinja2.BytecodeCache:
    """Where compiled theme templates are kept: in the preview's memory across rebuilds, on disk between
    builds (`.cache/build/jinja`; compiling Material's templates costs more than rendering a changed story)."""
    if memory is not None:
        return memory.templates
    (folder := root / ".cache" / "build" / "jinja").mkdir(parents=True, exist_ok=True)
    return CompiledTemplates(str(folder))  # keyed by how MkDocs' environment compiles, and Jinja's version


def watched_files(root: Path) -> list[Path]:
    """The hub's own files that the preview must watch besides mkdocs.yml's `watch:` (stories/, registries/):
    they are optional, and MkDocs refuses a `watch:` entry that does not exist."""
    return [root / name for name in (SETTINGS_FILE, REDIRECTS_FILE) if (root / name).is_file()]


def remove_outputs(site: Path, paths: Iterable[str]) -> None:
    """Delete the built files of outputs that no longer exist (MkDocs' --dirty rebuild keeps them)."""
    for path in paths:
        (site / Target.of(path).built).unlink(missing_ok=True)


@dataclass
class Memory:
    """Everything a session keeps from one rebuild to the next (the preview server lives for hours)."""

    reads: CheckCache = field(default_factory=CheckCache.in_memory)
    converted: MemoryStore[tuple[str, str], dict[str, Any]] = field(default_factory=MemoryStore)
    templates: TemplateCache = field(default_factory=TemplateCache)
    search: SearchMemo = field(default_factory=SearchMemo)
    previous: dict[str, str] | None = None  # the last good rebuild's fingerprints
    planned: SitePlan | None = None  # the last rebuild's SitePlan: the next plans again only what an edit reaches
    good: bool = False  # False after a failed rebuild, so the next one renders everything
    index_written: threading.Thread | None = None  # the search index follows the pages
    _cards: tuple[object, dict[Any, str]] = (None, {})

    def cards(self, registries: object) -> dict[Any, str]:
        """Rendered cards, kept while the registries stay the same (a card shows registry names)."""
        if self._cards[0] != registries:
            self._cards = (registries, {})
        return self._cards[1]

    def changes(self, fingerprints: dict[str, str]) -> Changes:
        """What this rebuild must render again and delete, against the last good one."""
        return changes(self.previous, fingerprints, same_key=self.good)

    def failed(self) -> None:
        """A rebuild that wrote nothing trustworthy: the next good one renders every page (and plans all)."""
        self.good, self.planned = False, None

    def served(
        self, site: Path, fingerprints: dict[str, str], removed: Iterable[str], ok: bool, index: Callable[[], None]
    ) -> None:
        """After a rebuild's pages are written: drop removed pages, remember the plan, and write the
        search index in a thread, so the edited page is served without waiting for it."""
        remove_outputs(site, removed)
        self.previous, self.good = fingerprints, ok
        earlier = self.index_written

        def write() -> None:  # one writer at a time: a quick second save waits for the first index
            if earlier is not None:
                earlier.join()
            index()

        self.index_written = threading.Thread(target=write, daemon=True)
        self.index_written.start()
