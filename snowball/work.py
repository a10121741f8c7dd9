"""Where a build's heavy work is done: story Markdown converted once, and the helper process.

Converting story Markdown dominates a build. A story's conversion is looked up, in order: in the
build cache (between builds), in the preview's memory (between rebuilds), in what a helper process
converted ahead of MkDocs, and only then done here. A conversion is plain data (`Converted`), so it
travels through the helper's pipe and into the cache, and what MkDocs logged while converting is
said again whenever the conversion is reused (a warning must not vanish because a page came from
the cache, nor be said twice because a helper said it too: the helper's records are only replayed).

In a build with many stories to convert, a forked helper (snowball.background) converts the second
half (the pages MkDocs reaches last) in chunks, renders the generated pages and writes the search
index, on the other core. A helper that fails or dies costs time, never output: the work is then done
here. The preview never forks: it converts only what changed.

The conversion itself is MkDocs' own Markdown pipeline: the adapter passes it in as a callable.
Nothing here imports MkDocs.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from .background import fork_is_safe, in_background
from .buildcache import BuildCache
from .plan import Output
from .search import SearchMemo, manifest, markdown_text, present_stemmers, write_search
from .search_entries import search_entries
from .site import SitePlan

PARALLEL_FROM, CHUNK = 200, 100  # stories to convert before a helper pays off; stories per helper message
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
        memory: dict[tuple[str, str], Converted] | None,
        note: Callable[[str], None],
        search_memo: SearchMemo | None = None,
        language: str = "en",
    ) -> None:
        """convert: a story output's path -> its conversion, done here; memory: the preview's conversions
        (None in a build); note: where to say that a helper failed (the adapter's info log); search_memo:
        what the preview's search index keeps between rebuilds; language: mkdocs.yml's theme.language, whose
        stop words and stemmer the search index uses."""
        self.planned, self.render_now, self.site = planned, render_now, site
        self.convert, self.cache, self.memory, self.note = convert, cache, memory, note
        self.search_memo, self.language = search_memo, language
        self.delegated: dict[str, Callable[[], dict[str, Converted]]] = {}
        self.prerender: Callable[[], dict[str, str]] | None = None
        self.search: Callable[[], dict[str, Any]] | None = None

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
        """Hand work to a helper process when it pays off: never in the preview, nor where forking is unsafe."""
        outputs = self.planned.plan.outputs
        todo = [o for p, o in outputs.items() if p in self.render_now and o.kind == "story"]
        todo = [o for o in todo if not (self.cache and self.cache.has_converted(o.source.slug, o.source.body))]
        wants_search = "search/" in self.render_now or not carried
        if preview or not fork_is_safe():
            return
        if len(todo) < PARALLEL_FROM:  # few pages to convert: only the search index, if it changed, is worth it
            if wants_search and len(outputs) >= PARALLEL_FROM:
                (self.search,) = in_background(self._write_search)
            return
        ahead = [o.path for o in todo[len(todo) // 2 :]]  # MkDocs reaches these last
        chunks = [ahead[i : i + CHUNK] for i in range(0, len(ahead), CHUNK)]
        generated = [o.source for p, o in outputs.items() if o.kind == "page" and p in self.render_now]
        jobs: list[Callable[[], Any]] = [lambda c=c: {p: self.convert(p) for p in c} for c in chunks]
        jobs.append(lambda: {p.src: p.html.text for p in generated})
        if wants_search:
            jobs.append(self._write_search)
        waiters = in_background(*jobs)
        self.delegated = {p: w for c, w in zip(chunks, waiters, strict=False) for p in c}
        self.prerender = waiters[len(chunks)]
        self.search = waiters[-1] if wants_search else None

    def converted(self, output: Output) -> Converted:
        """A story's conversion: from the cache, the preview's memory, the helper, or converted here."""
        path, key = output.path, (output.source.slug, output.source.body)
        data = self.cache.converted(*key) if self.cache is not None else (self.memory or {}).get(key)
        fresh = data is None
        if data is None and path in self.delegated:
            try:
                data = self.delegated[path]()[path]
            except (RuntimeError, KeyError) as exc:
                self.note(f"a helper process failed ({exc}); converting here instead")
        if data is None:
            data = self.convert(path)
        else:
            replay(data["log"])
        if fresh and self.cache is not None:
            self.cache.store_converted(*key, data)
        elif fresh and self.memory is not None:
            self.memory[key] = data
        return data

    def prerendered(self, output: Output) -> str:
        """A generated page's HTML: from the helper if it rendered it, else rendered here."""
        if self.prerender is not None:
            try:
                return self.prerender()[output.path]
            except (RuntimeError, KeyError) as exc:
                self.note(f"a helper process failed ({exc}); rendering pages here instead")
                self.prerender = None
        return output.source.html.text

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
