"""MkDocs adapter: thin glue from MkDocs events to the Snowball core.

The core reads and checks the hub once per build; this file hands MkDocs the
resulting pages, images and feeds, and keeps Material from seeing anything raw.
Module state persists across `mkdocs serve` rebuilds, so on_config resets it.
"""

from __future__ import annotations

import functools
import html
import logging
import os
import posixpath
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import jinja2
import jinja2.bccache
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from snowball.background import in_background
from snowball.diagnostics import Diagnostic
from snowball.feeds import all_feeds
from snowball.guide import contribution_markdown
from snowball.hub import ReadCache, load_hub, today
from snowball.images import ImageCache
from snowball.ledger import Ledger
from snowball.model import Hub, Story
from snowball.sanitize import clean_html
from snowball.search import manifest, write_search
from snowball.search_entries import search_entries
from snowball.urls import source_path
from snowball.views import GeneratedPage, HubPages, error_panel

log = get_plugin_logger("snowball")  # under mkdocs.*, so its warnings count for --strict


@dataclass
class _State:
    command: str = "build"
    dirty_explained: bool = False
    config: Any = None
    root: Path = Path(".")
    hub: Hub | None = None
    pages: HubPages | None = None
    stories: dict[str, Story] = field(default_factory=dict)  # src_uri -> story
    generated: dict[str, GeneratedPage] = field(default_factory=dict)  # src_uri -> page
    broken: dict[str, str] = field(default_factory=dict)  # src_uri -> slug
    heroes: dict[str, list[tuple[str, tuple[int, int]]]] = field(default_factory=dict)  # slug -> (name, size)
    search: Callable[[], list[str]] | None = None  # waits for the search index; gives its shard names
    prerendered: Callable[[], dict[str, str]] | None = None  # waits for the generated pages' HTML
    delegated: dict[str, Callable[[], dict[str, Any]]] = field(default_factory=dict)  # src -> its chunk's waiter


STATE = _State()
PARALLEL_FROM = 200  # stories; below this a build converts every story itself
DELEGATE_CHUNK = 100  # stories per message from the background process, so MkDocs never waits for all
F = TypeVar("F", bound=Callable[..., Any])


class HubFile(File):
    """A generated file that knows whether it changed since the previous build of this process.

    With `mkdocs serve --dirty`, MkDocs rebuilds only files whose is_modified() is true;
    MkDocs' own generated files always say true. Fingerprinting what each page shows lets
    an edit rebuild its story and exactly the aggregate pages that show it.
    """

    changed: bool = True

    def is_modified(self) -> bool:
        return self.changed or not Path(self.abs_dest_path).exists()


# What the previous build produced, kept across `mkdocs serve` rebuilds (on_config resets STATE, not this).
_PREVIOUS: dict[str, object] = {}  # src_uri -> fingerprint
_READS = ReadCache()  # story checks, reused for unchanged story folders
_CARDS: dict[str, dict[Any, str]] = {}  # registries -> story cards rendered with their names


class _MemoryBytecodeCache(jinja2.BytecodeCache):
    """Compiled theme templates kept across rebuilds: `mkdocs serve` makes a new Jinja environment
    each time, and recompiling Material's templates costs more than rebuilding one story."""

    def __init__(self) -> None:
        self.store: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.store:
            bucket.bytecode_from_string(self.store[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.store[bucket.key] = bucket.bytecode_to_string()


_TEMPLATES = _MemoryBytecodeCache()


def on_env(env: jinja2.Environment, config: MkDocsConfig, files: Files) -> jinja2.Environment:
    env.bytecode_cache = _TEMPLATES
    return env


def _generated(config: MkDocsConfig, src: str, content: str, fingerprint: Callable[[], object]) -> HubFile:
    """A generated file; in the preview, marked unchanged when its page would look the same as last time.

    Fingerprints are plain tuples of immutable records, compared with ==: no copies, no repr.
    """
    file = HubFile.generated(config, src, content=content)
    if _preview():  # a one-off build renders everything: skip the fingerprints
        mark = fingerprint()
        file.changed = _PREVIOUS.get(src) != mark
        _PREVIOUS[src] = mark
    return file


def _never_stuck(fallback: Callable[..., Any]) -> Callable[[F], F]:
    """In `mkdocs serve`, an exception in a hook leaves every request hanging: log it and degrade instead.

    A build still fails loudly. fallback(exc, *args) gives the degraded result.
    """

    def wrap(handler: F) -> F:
        @functools.wraps(handler)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            try:
                return handler(*args, **kwargs)
            except Exception as exc:
                if not _preview():
                    raise
                log.error(f"internal error in {handler.__name__}: {type(exc).__name__}: {exc}")
                return fallback(exc, *args, **kwargs)

        return guarded  # type: ignore[return-value]

    return wrap


def _internal_error_panel(exc: Exception, *args: Any, **kwargs: Any) -> str:
    return (
        f'<div class="admonition failure" role="alert"><p class="admonition-title">Snowball could not render '
        f"this page</p><p>{html.escape(type(exc).__name__)}: {html.escape(str(exc))}</p><p>The rest of the "
        "preview keeps working. Please report this with the story that triggers it.</p></div>"
    )


def on_startup(command: str, dirty: bool) -> None:
    STATE.command = command
    if command == "serve" and dirty:
        logging.getLogger("mkdocs.commands.build").addFilter(_quiet_dirty_warning)


def _quiet_dirty_warning(record: logging.LogRecord) -> bool:
    """MkDocs warns on every --dirty rebuild that aggregate pages may be stale; these hooks rebuild every
    page an edit touches, so say that once in plain words instead of alarming editors on each save."""
    if record.getMessage().startswith("A 'dirty' build is being performed"):
        if not STATE.dirty_explained:
            log.info("incremental preview: each save rebuilds the changed story and every page that shows it")
        STATE.dirty_explained = True
        return False
    return True


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    command, explained = STATE.command, STATE.dirty_explained
    STATE.__init__()  # type: ignore[misc]  # serve keeps this module alive between rebuilds
    STATE.command, STATE.dirty_explained = command, explained
    STATE.root = Path(config.config_file_path).parent
    STATE.config = config
    return config


def _preview() -> bool:
    return STATE.command == "serve"


@_never_stuck(lambda exc, files, config: files)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    hub = load_hub(STATE.root, reuse=_READS if _preview() else None)
    STATE.hub = hub
    for d in hub.diagnostics:
        text = f"{d.path}:{d.line}: [{d.field or d.code}] {d.message}" + (f" (hint: {d.hint})" if d.hint else "")
        (log.warning if d.severity == "error" else log.info)(text)
    visible = [s for s in hub.stories.values() if _preview() or not s.draft]
    ledger = Ledger(hub, visible)
    cards = _CARDS.setdefault(repr(hub.registries), {})
    if len(_CARDS) > 1:  # the registries changed: names on old cards are stale
        _CARDS.clear()
        _CARDS[repr(hub.registries)] = cards
    STATE.pages = HubPages(ledger, site_name=config.site_name, today=today(), card_cache=cards)

    # Nothing MkDocs found in stories/ is used as-is: symlinks, drafts and unchecked files stay out.
    docs_dir = config.docs_dir
    kept = [f for f in files if f.src_dir != docs_dir]
    out = Files(kept)
    cache = ImageCache(STATE.root / ".cache" / "images")
    for story in visible:
        src = source_path("story", story.slug)
        STATE.stories[src] = story
        _add_images(story, cache, config, out)
        fingerprint = partial(STATE.pages.story_fingerprint, story, STATE.heroes.get(story.slug))
        out.append(_generated(config, src, story.body, fingerprint))
    for slug in hub.broken:
        src = source_path("story", slug)
        STATE.broken[src] = slug
        out.append(_generated(config, src, "", partial(tuple, hub.broken[slug])))
    for page in STATE.pages.all():
        STATE.generated[page.src] = page
        fingerprint = partial(lambda p: (p.title, p.description, p.html.fingerprint()), page)
        out.append(_generated(config, page.src, "", fingerprint))
    guide = contribution_markdown(hub.registries)
    out.append(_generated(config, source_path("contribute"), guide, partial(str, guide)))
    feeds = all_feeds(
        ledger, STATE.pages.names, site_name=config.site_name, site_url=config.site_url or "", today=today()
    )
    for path, xml in feeds.items():
        out.append(_generated(config, path, xml, partial(str, xml)))
    for path, text in STATE.pages.files().items():  # the story index the filters load, robots.txt
        out.append(_generated(config, path, text, partial(str, text)))
    # The search index and (in a build) the generated pages need only the model, and the Markdown of the
    # last stories MkDocs will reach can be converted ahead of it: the machine's other core does all that.
    pages, folder = STATE.pages, Path(config.site_dir) / "search"
    generated = list(STATE.generated.values())

    def search_job() -> list[str]:
        return write_search(folder, search_entries(pages.ledger, pages.names, guide))

    if _preview() or len(visible) < PARALLEL_FROM or os.environ.get("SNOWBALL_SERIAL") or (os.cpu_count() or 1) < 2:
        # the preview renders only what changed, lazily, here; small hubs are not worth a second process
        (STATE.search,) = in_background(search_job)
    else:
        srcs = [source_path("story", s.slug) for s in visible]  # MkDocs renders pages in this order
        ahead = srcs[len(srcs) // 2 :]  # half: with the pages and the index, this balances the two cores
        chunks = [ahead[i : i + DELEGATE_CHUNK] for i in range(0, len(ahead), DELEGATE_CHUNK)]
        jobs = [partial(_render_markdown, chunk, config, out) for chunk in chunks]
        *waiters, STATE.prerendered, STATE.search = in_background(
            *jobs, lambda: {p.src: p.html.text for p in generated}, search_job
        )
        STATE.delegated = {src: wait for chunk, wait in zip(chunks, waiters, strict=True) for src in chunk}
    log.info(f"images: {cache.processed} processed, {cache.reused} reused from cache")
    if _preview():
        log.info(f"stories: {_READS.hits} unchanged, {len(hub.stories) + len(hub.broken) - _READS.hits} checked")
    return out


def _add_images(story: Story, cache: ImageCache, config: MkDocsConfig, out: Files) -> None:
    folder = f"stories/{story.slug}/"
    for name in story.files:
        if name == story.image:
            renditions = cache.hero(story.folder / name)
            STATE.heroes[story.slug] = [(n, size) for n, _path, size in renditions]
            for n, path, _size in renditions:
                out.append(File.generated(config, folder + n, abs_src_path=str(path)))
        else:
            path, _size = cache.rendition(story.folder / name, 1600)
            out.append(File.generated(config, folder + name, abs_src_path=str(path)))


def _set_meta(
    page: Page,
    title: str,
    description: str,
    *,
    feeds_: tuple[tuple[str, str], ...] = (),
    draft: bool = False,
    image: str | None = None,
) -> None:
    # MkDocs' Jinja does not autoescape and Material prints these raw into <title>, <meta> and search results.
    meta: dict[str, Any] = {"title": html.escape(title), "description": html.escape(description)}
    meta["search"] = {"exclude": True}  # Material's plugin parses nothing; on_post_build writes our entries
    meta["snowball_feeds"] = [(html.escape(t), p) for t, p in (("All stories", "feeds/all.xml"), *feeds_)]
    meta["snowball_draft"] = draft
    meta["snowball_image"] = image  # site-root-relative path of the page's picture for link previews (og:image)
    meta["snowball_noindex"] = not (STATE.hub is not None and STATE.hub.settings.allow_indexing)
    meta["hide"] = ["navigation"]  # the tabs are the navigation; the sidebar would repeat one link
    page.meta = meta


def _skip_markdown(page: Page) -> None:
    """Give a page whose HTML comes from elsewhere an empty render: MkDocs would build a Markdown
    converter for it all the same (about 1 ms a page, seconds at 10,000 stories)."""

    def render(config: MkDocsConfig, files: Files) -> None:
        page.content, page.toc, page.present_anchor_ids, page.links_to_anchors = "", get_toc([]), set(), {}

    page.render = render  # type: ignore[method-assign]


@_never_stuck(lambda exc, markdown, page, config, files: markdown)
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    src = page.file.src_uri
    if story := STATE.stories.get(src):
        hero = _hero(story)
        image = f"stories/{story.slug}/{hero['src']}" if hero else None
        _set_meta(page, story.title, story.summary, draft=story.draft, image=image)
        if config.repo_url and config.edit_uri:
            page.edit_url = posixpath.join(
                config.repo_url.rstrip("/"), config.edit_uri.strip("/"), f"{story.slug}/index.md"
            )
        if src in STATE.delegated:
            _skip_markdown(page)
            return ""
        return markdown
    if gen := STATE.generated.get(src):
        _set_meta(page, gen.title, gen.description, feeds_=gen.feeds)
        _skip_markdown(page)
        return ""
    if slug := STATE.broken.get(src):
        _set_meta(page, f"Story cannot be shown: {slug}", "This story has errors.")
        return ""
    if src == source_path("contribute"):
        _set_meta(page, "Share your story", "How to write and submit a success story.")
    return markdown


@_never_stuck(_internal_error_panel)
def on_page_content(html_: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    src = page.file.src_uri
    assert STATE.pages is not None and STATE.hub is not None
    if story := STATE.stories.get(src):
        if src in STATE.delegated:
            html_ = _delegated_html(page, files, html_)
        return STATE.pages.story(story, clean_html(html_), _hero(story))
    if gen := STATE.generated.get(src):
        if src == source_path("home") and (problems := _registry_errors()):
            return error_panel("registries/", problems) + _page_html(src, gen)
        return _page_html(src, gen)
    if slug := STATE.broken.get(src):
        return error_panel(f"stories/{slug}/index.md", STATE.hub.broken[slug])
    return html_


def on_post_build(config: MkDocsConfig) -> None:
    index = Path(config.site_dir) / "search" / "search_index.json"
    if not index.is_file():  # written by Material's search plugin (which runs before hooks)
        return
    material = index.read_text(encoding="utf-8")  # keep its config
    wait = STATE.search

    def finish() -> None:
        try:
            shards = wait() if wait else []
        except RuntimeError as exc:
            log.warning(f"search index not written: {exc}")
            shards = []
        index.write_text(manifest(material, len(shards), shards), encoding="utf-8")

    if _preview():  # pages are served already; the index follows a moment later instead of holding them up
        threading.Thread(target=finish, daemon=True).start()
    else:
        finish()


def _render_markdown(srcs: list[str], config: MkDocsConfig, files: Files) -> dict[str, Any]:
    """In the background process: convert stories exactly as MkDocs would (Page.render, with its link
    rewriting and checks), returning what render() sets and any warnings it logged."""
    records: list[tuple[str, int, str]] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append((record.name, record.levelno, record.getMessage()))

    handler = Keep(logging.WARNING)
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)  # one chunk's handler at a time: each chunk reports its own warnings once
    rendered = {}
    try:
        for src in srcs:
            file = files.get_file_from_path(src)
            if file is None:
                continue
            page = Page(None, file, config)
            page.markdown, page.meta = STATE.stories[src].body, {}
            page.render(config, files)
            links = {f.src_uri: v for f, v in (page.links_to_anchors or {}).items()}
            rendered[src] = (page.content, page.toc, page.present_anchor_ids, links)
    finally:
        logger.removeHandler(handler)
    return {"pages": rendered, "log": records}


def _delegated_html(page: Page, files: Files, fallback: str) -> str:
    """A story's HTML from the background process, with the table of contents and anchors MkDocs needs."""
    try:
        result = STATE.delegated[page.file.src_uri]()
    except RuntimeError as exc:  # render here after all; correctness over speed
        log.warning(f"background rendering failed ({exc}); rendering here")
        page.markdown = STATE.stories[page.file.src_uri].body
        page.render(STATE.config, files)
        return page.content or fallback
    for name, level, message in result.pop("log", []):  # once: warnings count for --strict here
        logging.getLogger(name).log(level, message)
    content, toc, anchors, links = result["pages"][page.file.src_uri]
    page.toc, page.present_anchor_ids = toc, anchors
    page.links_to_anchors = {f: v for uri, v in links.items() if (f := files.get_file_from_path(uri))}
    return content


def _page_html(src: str, gen: GeneratedPage) -> str:
    """A generated page's HTML: rendered by the background process in a build, here in the preview."""
    if STATE.prerendered is not None:
        try:
            return STATE.prerendered()[src]
        except (RuntimeError, KeyError) as exc:
            log.warning(f"pages were not pre-rendered ({exc}); rendering them here")
            STATE.prerendered = None
    return gen.html.text


def _registry_errors() -> list[Diagnostic]:
    assert STATE.hub is not None
    return [d for d in STATE.hub.diagnostics if d.severity == "error" and not d.path.startswith("stories/")]


def _hero(story: Story) -> dict[str, object] | None:
    renditions = STATE.heroes.get(story.slug)
    if not renditions:
        return None
    largest_name, (w, h) = renditions[-1]
    return {
        "src": largest_name,
        "srcset": ", ".join(f"{n} {size[0]}w" for n, size in renditions),
        "width": w,
        "height": h,
        "alt": story.image_alt or "",
    }
