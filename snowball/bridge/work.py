"""Where a build's heavy work is done: story Markdown converted once, and the helper process.

Converting story Markdown dominates a build. A story's conversion is looked up, in order: in the
build cache (between builds), in the preview's memory (between rebuilds), in what a helper process
converted ahead of MkDocs, and only then done here. A conversion is plain data (`Converted`), so it
travels through the helper's pipe and into the cache, and what MkDocs logged while converting is
said again whenever the conversion is reused (a warning must not vanish because a page came from
the cache, nor be said twice because a helper said it too: the helper's records are only replayed).

In a build with many stories to convert, a forked helper (snowball.background.Shared) writes the
search index, then converts stories and renders generated pages ahead of MkDocs, on the other core;
MkDocs does here whatever the helper has not reached when it needs it, so the split follows what each
core's work costs. A helper that fails or dies costs time, never output: the work is then done here.
The preview never forks: it converts only what changed.

The conversion itself is MkDocs' own Markdown pipeline: the adapter passes it in as a callable.
Nothing here imports MkDocs.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from ..background import Shared, fork_is_safe
from ..plan import Output
from ..search import SearchMemo, manifest, markdown_text, present_stemmers, write_search
from ..search_entries import search_entries
from ..site import SitePlan
from ..store import Store
from ..views import GeneratedPage
from .buildcache import BuildCache

PARALLEL_FROM = 200  # stories to convert (or outputs, for the search index alone) before a helper pays off
SEARCH = "search/"  # the search index's place in the queue shared with the helper
Converted = dict[str, Any]  # content (HTML), toc (tokens), anchors, links (path -> anchors), log (records)
Record = tuple[str, int, str]  # logger name, level, message
T = TypeVar("T")


def capture_warnings(logger: str, job: Callable[[], T]) -> tuple[T, list[Record]]:
    """Run job and also keep, as plain records, what it logged at WARNING or above under `logger`."""
    records: list[Record] = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = lambda r: records.append((r.name, r.levelno, r.getMessage()))  # type: ignore[method-assign]
    logging.getLogger(logger).addHandler(handler)
    try:
        return job(), records
    finally:
        logging.getLogger(logger).removeHandler(handler)


def replay(records: list[Record]) -> None:
    """Say again what was logged while converting, on the same loggers (so --strict counts it)."""
    for name, level, message in records:
        logging.getLogger(name).log(level, message)


def toc_tokens(toc: Any) -> list[dict[str, Any]]:
    """A table of contents (links with level, id, title, children) as the plain tokens MkDocs' get_toc()
    reads back, for the cache and the helper's pipe."""
    out: list[dict[str, Any]] = []
    stack: list[tuple[list[Any], list[dict[str, Any]]]] = [(list(toc), out)]
    while stack:
        links, into = stack.pop()
        for link in links:
            token: dict[str, Any] = {"level": link.level, "id": link.id, "name": link.title, "children": []}
            into.append(token)
            stack.append((list(link.children), token["children"]))
    return out


def rendered_once(page: GeneratedPage) -> str:
    """A generated page's HTML, not kept on its Rendering afterwards: a build writes each page once, and
    thousands of listing pages kept for the whole build cost more memory than the build needs."""
    text = page.html.text
    vars(page.html).pop("text", None)  # the cached_property's value
    return text


def conversion(page: Any, records: list[Record]) -> Converted:
    """What a converted page (MkDocs' Page after render) holds, as plain data, with what it logged."""
    return {
        "content": page.content,
        "toc": toc_tokens(page.toc),
        "anchors": sorted(page.present_anchor_ids or ()),
        "links": {f.src_uri: v for f, v in (page.links_to_anchors or {}).items()},
        "log": records,
    }


class Work:
    """One build's conversions, generated pages and search index, wherever each is done."""

    def __init__(
        self,
        planned: SitePlan,
        render_now: frozenset[str],
        site: Path,
        *,
        convert: Callable[[str], Converted],
        cache: BuildCache | None,
        converted: Store[tuple[str, str], Converted] | None,
        note: Callable[[str], None],
        search_memo: SearchMemo | None = None,
        language: str = "en",
    ) -> None:
        """convert: a story output's path -> its conversion, done here; converted: where conversions are kept
        by (slug, Markdown), the build cache's files or the preview's memory (None: nowhere); note: where to
        say that a helper failed (the adapter's info log); search_memo:
        what the preview's search index keeps between rebuilds; language: mkdocs.yml's theme.language, whose
        stop words and stemmer the search index uses."""
        self.planned, self.render_now, self.site = planned, render_now, site
        self.convert, self.cache, self.kept, self.note = convert, cache, converted, note
        self.search_memo, self.language = search_memo, language
        self.shared: Shared | None = None  # the queue shared with a helper process, if one was started
        self.queued: dict[str, int] = {}  # output path (or SEARCH) -> its place in that queue
        self.search: Callable[[], dict[str, Any]] | None = None  # the index, from the queue (else written here)

    def _write_search(self) -> dict[str, Any]:
        """Write the index (only the shards whose text changed: snowball.search.write_search). A build with the
        cache scores only the entries that changed since the last one (its memo is in the cache)."""
        pages, memo = self.planned.pages, self.search_memo
        if memo is None and self.cache is not None:
            memo = self.cache.search_memo()
        text = memo.text if memo else markdown_text
        entries = search_entries(pages.ledger, pages.names, text)
        meta = write_search(self.site / "search", entries, memo, self.language)
        if self.search_memo is None and self.cache is not None and memo is not None:
            self.cache.save_search_memo(memo)
        return meta

    def start(self, *, carried: bool, preview: bool) -> None:
        """Share the work with a helper process when it pays off: never in the preview, nor where forking
        is unsafe. Stories to convert, generated pages to render and the search index go in one queue, in
        the order MkDocs needs them; the helper does the search index first, then runs ahead of MkDocs, which
        does an item here only when the helper has not reached it: the split follows whatever each core's
        work costs (snowball.background), the theme's rendering here included."""
        outputs = self.planned.plan.outputs
        todo = [o for p, o in outputs.items() if p in self.render_now and o.kind == "story"]
        todo = [o for o in todo if not (self.kept is not None and self.kept.has((o.source.slug, o.source.body)))]
        wants_search = "search/" in self.render_now or not carried
        if preview or not fork_is_safe():
            return
        # few pages to convert: only worth it for the search index, if it changed
        if len(todo) < PARALLEL_FROM and not (wants_search and len(outputs) >= PARALLEL_FROM):
            return
        generated = [p for p, o in outputs.items() if o.kind == "page" and p in self.render_now]
        items = [o.path for o in todo] + generated + ([SEARCH] if wants_search else [])
        self.queued = {path: i for i, path in enumerate(items)}
        self.shared = Shared(len(items), lambda i: self._do(items[i]), first=self.queued.get(SEARCH))
        if wants_search:
            self.search = self._search

    def _do(self, item: str) -> Any:
        """One queued item, in whichever process takes it."""
        if item == SEARCH:
            return self._write_search()
        output = self.planned.plan.outputs[item]
        return self.convert(item) if output.kind == "story" else rendered_once(output.source)

    def _from_helper(self, item: str) -> Any:
        """The helper's result for a queued item, or None if the item is this process's to do (it takes it
        now) or the helper failed at it (said, and done here)."""
        i = self.queued.get(item)
        if self.shared is None or i is None or self.shared.mine(i):
            return None
        try:
            return self.shared.wait(i)
        except RuntimeError as exc:
            self.note(f"a helper process failed ({exc}); doing its work here instead")
            return None

    def _search(self) -> dict[str, Any]:
        meta = self._from_helper(SEARCH)
        return meta if meta is not None else self._write_search()

    def converted(self, output: Output) -> Converted:
        """A story's conversion: from the cache, the preview's memory, the helper, or converted here."""
        path, key = output.path, (output.source.slug, output.source.body)
        data = self.kept.get(key) if self.kept is not None else None
        fresh = data is None
        if data is None:
            data = self._from_helper(path)
        if data is None:
            data = self.convert(path)
        else:
            replay(data["log"])
        if fresh and self.kept is not None:
            self.kept.put(key, data)
        return data

    def prerendered(self, output: Output) -> str:
        """A generated page's HTML: from the helper if it rendered it, else rendered here."""
        text = self._from_helper(output.path)
        return text if text is not None else rendered_once(output.source)

    def index_writer(self, carried: bool) -> Callable[[], None]:
        """What writes the search index once the pages are written (the preview runs it in a thread).

        Material's own search_index.json (its plugin runs before hooks) is read now and keeps its
        configuration. carried: the last build's shards are back in the site folder (a build with the
        cache); if their data did not change they are the index as they are, else the helper or this
        process rewrites only the shards whose text changed."""
        search = self.site / "search"
        index = search / "search_index.json"
        material = index.read_text(encoding="utf-8") if index.is_file() else ""
        meta_file = search / "docs" / "meta.json"
        unchanged = carried and "search/" not in self.render_now and meta_file.is_file()

        def finish() -> None:
            if unchanged:  # the last build's index, with what it said of itself
                meta = json.loads(meta_file.read_text(encoding="utf-8"))
            else:
                try:
                    meta = self.search() if self.search else self._write_search()
                except RuntimeError as exc:  # the helper died: do the work here rather than publish no index
                    self.note(f"a helper process failed ({exc}); writing the search index here")
                    meta = self._write_search()
            stemmers = self.site / "assets" / "javascripts"
            meta["stemmer"] = present_stemmers(meta.get("stemmer"), stemmers)
            if material:
                index.write_text(manifest(material, meta), encoding="utf-8")

        return finish
