"""MkDocs adapter: each MkDocs event is a lookup in the Snowball core's site plan (snowball.plan).

One Session holds everything (hook modules live as long as `mkdocs serve`). MkDocs walks an
empty docs_dir: every file comes from the core's own scan of stories/, which refuses links,
so MkDocs never follows a symlinked folder. Pages are HubPage objects, a Page subclass whose
source and HTML come from the plan; an unchanged page of a build with the cache prints its
previous output through a one-line template (theme_overrides/snowball-reuse.html).
"""

from __future__ import annotations

import html
import logging
import os
import posixpath
import shutil
import sys
import threading
from importlib.metadata import version
from pathlib import Path
from typing import Any

import jinja2
import jinja2.bccache
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, get_toc
from watchdog.observers.polling import PollingObserverVFS

from snowball.background import fork_is_safe, in_background
from snowball.buildcache import BuildCache, code_digest, files_digest
from snowball.fingerprint import digest
from snowball.hub import ReadCache, load_hub
from snowball.images import ImageCache
from snowball.plan import Output, changes, hero
from snowball.sanitize import clean_html
from snowball.search import manifest, write_search
from snowball.search_entries import search_entries
from snowball.site import plan_site
from snowball.views import error_panel

log = get_plugin_logger("snowball")  # under mkdocs.*, so its warnings count for --strict
REUSE = "snowball-reuse.html"  # prints page.content as it is: a page's previous output, unchanged
PARALLEL_FROM, CHUNK = 200, 100  # stories to convert before helpers pay off; stories per helper message
HINT = "run `snowball validate` to see the same list; fix the stories it names and build again"


class HubFile(File):
    """A planned output: MkDocs' --dirty preview rebuilds it only when the plan says it changed."""

    def is_modified(self) -> bool:
        return self.src_uri in S.render_now or not Path(self.abs_dest_path).exists()


class HubPage(Page):
    """A page whose source and HTML come from the plan (no Markdown file is read)."""

    def __init__(self, file: File, config: MkDocsConfig, output: Output, nav_title: str | None) -> None:
        super().__init__(nav_title, file, config)  # a page in mkdocs.yml's nav keeps the title given there
        self.output = output
        self.reused: bytes | None = None
        self.edit_url = S.edit_url(output, config)

    def read_source(self, config: MkDocsConfig) -> None:
        o = self.output  # MkDocs' Jinja does not autoescape, and Material prints these raw into <title>, <meta>
        feeds = [("All stories", "feeds/all.xml"), *getattr(o.source, "feeds", ())]
        self.markdown, self.meta = (
            "",
            {
                "title": html.escape(o.title),
                "description": html.escape(o.description),
                "search": {"exclude": True},  # Material's plugin parses nothing; on_post_build writes our index
                "snowball_feeds": [(html.escape(t), p) for t, p in feeds],
                "snowball_draft": o.kind == "story" and o.source.draft,
                "snowball_image": S.share_image(o),  # the page's picture for link previews (og:image)
                "snowball_noindex": not S.hub.settings.allow_indexing,
                "hide": ["navigation"],  # the tabs are the navigation; the sidebar would repeat one link
            },
        )

    def render(self, config: MkDocsConfig, files: Files) -> None:
        S.render(self, config, files)


class _Templates(jinja2.BytecodeCache):
    """Compiled theme templates kept across preview rebuilds (MkDocs makes a new environment each time)."""

    def __init__(self) -> None:
        self.store: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.store:
            bucket.bytecode_from_string(self.store[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.store[bucket.key] = bucket.bytecode_to_string()


class Session:
    """One `mkdocs build`, or one `mkdocs serve` and all its rebuilds."""

    def __init__(self, command: str = "build") -> None:
        self.preview = command == "serve"
        self.reads, self.converted, self.templates = ReadCache(), {}, _Templates()
        self.previous: dict[str, str] | None = None  # preview: the last plan's fingerprints
        self.previous_good = False  # preview: False after a failed rebuild, so the next renders everything
        self.cards: tuple[object, dict[Any, str]] = (None, {})
        self.render_now: frozenset[str] = frozenset()
        self.index_written: threading.Thread | None = None  # preview: the search index follows the pages
        self.ok = self.planned = False

    def begin(self, config: MkDocsConfig) -> None:
        self.config, self.root = config, Path(config.config_file_path).parent.resolve()
        site = Path(config.site_dir)
        if site.exists() and not (site.is_dir() and os.access(site, os.W_OK | os.X_OK)):
            raise Abort(f"The site folder {site} is not a writable folder. Hint: remove it or pass another with -d.")
        empty = self.root / ".cache" / "docs"  # MkDocs walks this, never stories/ (it would follow links)
        shutil.rmtree(empty, ignore_errors=True)
        empty.mkdir(parents=True)
        config.docs_dir = str(empty)
        theme = [Path(d) for d in config.theme.dirs if "site-packages" not in d] + [Path(__file__)]
        packages = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "nh3")
        key = (Path(config.config_file_path).read_text(encoding="utf-8"), files_digest(theme), code_digest())
        self.key = digest((key, sys.version, [version(p) for p in packages], self.preview))
        off = self.preview or os.environ.get("SNOWBALL_CACHE") == "off"  # off: a clean build, for comparisons
        self.cache = None if off else BuildCache(self.root, self.key)
        self.carried: Path | None = None  # the last build's site, set aside, and its plan's fingerprints
        self.carried_plan: dict[str, str] | None = None

    def load(self) -> None:
        """Read and check the hub; in a build, any error fails it here, before anything is written."""
        self.ok = self.planned = False  # ok: no crash in this rebuild; planned: it has a plan
        self.hub = hub = load_hub(self.root, reuse=self.reads if self.preview else self.cache)
        errors = [d for d in hub.diagnostics if d.severity == "error"]
        for d in hub.diagnostics:  # at ERROR level, so `mkdocs build -q` shows them too; warnings never decide
            text = f"{d.path}:{d.line}: [{d.field or d.code}] {d.message}" + (f" (hint: {d.hint})" if d.hint else "")
            (log.error if d.severity == "error" else log.info)(text if d.severity == "error" else "warning: " + text)
        if errors and not self.preview:
            raise Abort(
                f"Aborted: {len(errors)} error(s) in the stories or registries, so nothing was published. Hint: {HINT}."
            )

    def plan(self, files: Files, config: MkDocsConfig) -> Files:
        if self.cards[0] != self.hub.registries:  # names on cached cards change with the registries
            self.cards = (self.hub.registries, {})
        planned = plan_site(
            self.hub, preview=self.preview, site_name=config.site_name, site_url=config.site_url or "", key=self.key,
            images=ImageCache(self.root / ".cache" / "images"), card_cache=self.cards[1], repo_url=config.repo_url,
        )  # fmt: skip
        self.site, self.pages, self.sources, self.heroes = planned.plan, planned.pages, planned.sources, planned.heroes
        self.guide, self.search_guide, self.registry_errors = (
            planned.guide,
            planned.search_guide,
            planned.registry_errors,
        )
        old = self.previous if self.preview else self.carried_plan
        self.changes = changes(old, self.site.fingerprints(), same_key=not self.preview or self.previous_good)
        self.render_now = self.changes.render
        out = Files(list(files))  # theme files only: docs_dir is empty
        titles = _nav_titles(config.nav or [])
        for o in self.site.outputs.values():
            if o.kind in ("story", "page", "guide", "error"):
                HubPage(page_file := HubFile.generated(config, o.path, content=""), config, o, titles.get(o.path))
                out.append(page_file)
            elif o.kind in ("feed", "file"):
                out.append(HubFile.generated(config, o.path, content=o.source))
            elif o.kind == "image":
                out.append(HubFile.generated(config, o.path, abs_src_path=str(self.sources[o.path])))
        self._start_helpers(config, out)
        self.ok = self.planned = True
        return out

    def _start_helpers(self, config: MkDocsConfig, files: Files) -> None:
        """In a build, convert Markdown, render generated pages and write search on the other cores (fork)."""
        self.delegated: dict[str, Any] = {}
        self.prerendered = self.search = None
        todo = [o for p, o in self.site.outputs.items() if p in self.render_now and o.kind == "story"]
        todo = [o for o in todo if not (self.cache and self.cache.has_converted(o.source.slug, o.source.body))]
        wants_search = "search/" in self.render_now or self.carried is None
        if self.preview or not fork_is_safe():
            return  # the preview never forks
        if len(todo) < PARALLEL_FROM:  # few pages to convert: only the search index, if it changed, is worth it
            if wants_search and len(self.site.outputs) >= PARALLEL_FROM:
                (self.search,) = in_background(self._search_job(Path(config.site_dir) / "search"))
            return
        ahead = [o.path for o in todo[len(todo) // 2 :]]  # MkDocs reaches these last
        chunks = [ahead[i : i + CHUNK] for i in range(0, len(ahead), CHUNK)]
        generated = [o.source for p, o in self.site.outputs.items() if o.kind == "page" and p in self.render_now]
        jobs = [
            lambda c=c: {p: self._convert_here(files.get_file_from_path(p), config, files) for p in c} for c in chunks
        ]
        jobs.append(lambda: {p.src: p.html.text for p in generated})
        if wants_search:
            jobs.append(self._search_job(Path(config.site_dir) / "search"))
        waiters = in_background(*jobs)
        self.delegated = {p: w for c, w in zip(chunks, waiters, strict=False) for p in c}
        self.prerendered = waiters[len(chunks)]
        self.search = waiters[-1] if wants_search else None

    def _search_job(self, folder: Path) -> Any:
        pages, guide = self.pages, self.search_guide
        return lambda: write_search(folder, search_entries(pages.ledger, pages.names, guide))

    def share_image(self, output: Output) -> str | None:
        """Site-root-relative path of a story's largest hero rendition, for og:image; None elsewhere."""
        renditions = self.heroes.get(output.source.slug) if output.kind == "story" else None
        return f"stories/{output.source.slug}/{renditions[-1][0]}" if renditions else None

    def edit_url(self, o: Output, config: MkDocsConfig) -> str | None:
        if o.kind != "story" or not (config.repo_url and config.edit_uri):
            return None
        return posixpath.join(config.repo_url.rstrip("/"), config.edit_uri.strip("/"), f"{o.source.slug}/index.md")

    def render(self, page: HubPage, config: MkDocsConfig, files: Files) -> None:
        o, previous = page.output, self._carried_output(page)
        page.toc, page.present_anchor_ids, page.links_to_anchors = get_toc([]), set(), {}
        if previous is not None:  # unchanged since the last build: its output as it was
            # an empty page through a one-line template (no theme, no search plugin work); on_post_page
            # then gives MkDocs the previous output to write
            page.content, page.meta["template"], page.reused = "", REUSE, previous
            return
        try:
            if o.kind == "story":
                body = self._converted(page, config, files)
                page.content = self.pages.story(
                    o.source, clean_html(body), hero(o.source, self.heroes.get(o.source.slug))
                )
            elif o.kind == "page":
                problems = self.registry_errors
                panel = (
                    error_panel("registries/", problems) if self.preview and problems and o.path == "index.md" else ""
                )
                page.content = panel + self._prerendered(o)
            elif o.kind == "guide":
                page.markdown = o.source
                Page.render(page, config, files)
            else:
                page.content = error_panel(f"stories/{o.source}/index.md", self.hub.broken[o.source])
        except Exception as exc:  # noqa: BLE001  (RecursionError in Markdown, a bug: one line, never a traceback)
            self.crash(f"rendering {o.path}", exc)
            page.content = error_panel(o.path, [])

    def _carried_output(self, page: HubPage) -> bytes | None:
        if self.carried is None or page.file.src_uri in self.render_now:
            return None
        try:
            return (self.carried / page.file.dest_uri).read_bytes()
        except OSError:
            return None

    def _converted(self, page: HubPage, config: MkDocsConfig, files: Files) -> str:
        key = (page.output.source.slug, page.output.source.body)
        data = self.cache.converted(*key) if self.cache is not None else self.converted.get(key)
        fresh = data is None
        if data is None and page.file.src_uri in self.delegated:
            try:
                data = self.delegated[page.file.src_uri]()[page.file.src_uri]
            except (RuntimeError, KeyError) as exc:
                log.info(f"a helper process failed ({exc}); converting here instead")
        if data is None:
            data = self._convert_here(page.file, config, files)
        else:
            for name, level, message in data["log"]:  # what MkDocs said while converting, said again here
                logging.getLogger(name).log(level, message)
        if fresh and self.cache is not None:
            self.cache.store_converted(*key, data)
        elif fresh and self.preview:
            self.converted[key] = data
        page.toc = get_toc(data["toc"])
        page.present_anchor_ids = set(data["anchors"])
        page.links_to_anchors = {f: v for uri, v in data["links"].items() if (f := files.get_file_from_path(uri))}
        return data["content"]

    def _convert_here(self, file: File, config: MkDocsConfig, files: Files) -> dict[str, Any]:
        """Markdown to HTML exactly as MkDocs does it (Page.render), as plain data with what it logged."""
        records: list[tuple[str, int, str]] = []
        handler = logging.Handler(logging.WARNING)
        handler.emit = lambda r: records.append((r.name, r.levelno, r.getMessage()))  # type: ignore[method-assign]
        page = Page(None, File(file.src_uri, None, config.site_dir, config.use_directory_urls), config)
        page.markdown = self.site.outputs[file.src_uri].source.body
        logging.getLogger("mkdocs").addHandler(handler)
        try:
            Page.render(page, config, files)
        finally:
            logging.getLogger("mkdocs").removeHandler(handler)
        links = {f.src_uri: v for f, v in (page.links_to_anchors or {}).items()}
        toc = _toc_tokens(page.toc)
        return {
            "content": page.content,
            "toc": toc,
            "anchors": sorted(page.present_anchor_ids or ()),
            "links": links,
            "log": records,
        }

    def _prerendered(self, o: Output) -> str:
        if self.prerendered is not None:
            try:
                return self.prerendered()[o.path]
            except (RuntimeError, KeyError) as exc:
                log.info(f"a helper process failed ({exc}); rendering pages here instead")
                self.prerendered = None
        return o.source.html.text

    def crash(self, doing: str, exc: BaseException) -> None:
        """Any unexpected failure: one line and a hint; the preview keeps answering, a build stops."""
        text = f"Snowball failed while {doing}: {type(exc).__name__}: {str(exc)[:300]}"
        log.error(f"{text} (hint: simplify what changed last, such as very deep nesting; report it if it persists)")
        self.ok = False  # the preview's next good rebuild renders every page again
        if not self.preview:
            raise Abort(f"Aborted: {text}.")


def _toc_tokens(toc: Any) -> list[dict[str, Any]]:
    """A table of contents as the plain tokens get_toc() reads back (for the cache and the helper's pipe)."""
    out: list[dict[str, Any]] = []
    stack: list[tuple[list[AnchorLink], list[dict[str, Any]]]] = [(list(toc), out)]
    while stack:
        links, into = stack.pop()
        for link in links:
            token: dict[str, Any] = {"level": link.level, "id": link.id, "name": link.title, "children": []}
            into.append(token)
            stack.append((list(link.children), token["children"]))
    return out


def _nav_titles(nav: list[Any]) -> dict[str, str]:
    """Titles mkdocs.yml's nav gives to pages, by path."""
    titles, items = {}, list(nav)
    while items:
        item = items.pop()
        for title, value in item.items() if isinstance(item, dict) else ():
            (items.extend(value) if isinstance(value, list) else titles.setdefault(value, title))
    return titles


S = Session()


def on_startup(command: str, dirty: bool) -> None:
    global S  # the one module-level name: the session, new for each command (hook modules outlive builds)
    S = Session(command)


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    S.begin(config)
    return config


def on_pre_build(config: MkDocsConfig) -> None:
    """Check the hub before MkDocs cleans the site folder: a rejected build leaves the old site as it was.

    With the build cache, the last site's files are set aside first, so unchanged pages are reused."""
    try:
        S.load()
    except Abort:
        raise
    except Exception as exc:  # noqa: BLE001
        S.crash("reading the hub", exc)
    previous = S.cache.previous_plan(Path(config.site_dir)) if S.cache is not None else None
    if S.cache is None or previous is None:
        return
    site, aside = Path(config.site_dir), S.cache.folder / "previous-site"
    shutil.rmtree(aside, ignore_errors=True)
    S.cache.mark_incomplete()
    try:
        aside.mkdir(parents=True)
        for entry in os.scandir(site):
            os.replace(entry.path, aside / entry.name)
        S.carried, S.carried_plan = aside, previous
    except OSError as exc:  # another file system: build everything
        log.info(f"build cache not used ({exc})")


def on_files(files: Files, config: MkDocsConfig) -> Files:
    try:
        return S.plan(files, config)
    except Exception as exc:  # noqa: BLE001
        S.crash("planning the site", exc)
        return files


def on_env(env: jinja2.Environment, config: MkDocsConfig, files: Files) -> jinja2.Environment:
    """Compiled theme templates are kept: in memory across preview rebuilds, on disk between builds
    (compiling Material's templates costs more than rendering a changed story)."""
    if S.preview:
        env.bytecode_cache = S.templates
    else:
        (folder := S.root / ".cache" / "build" / "jinja").mkdir(parents=True, exist_ok=True)
        env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(folder))
    return env


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    reused = getattr(page, "reused", None)  # an unchanged page: its previous output, as it was written
    return reused.decode("utf-8") if reused is not None else output


def on_post_build(config: MkDocsConfig) -> None:
    site = Path(config.site_dir)
    index = site / "search" / "search_index.json"  # Material's (its plugin runs before hooks): keep its config
    material = index.read_text(encoding="utf-8") if index.is_file() else ""
    carried = S.carried / "search" if S.carried and "search/" not in S.render_now else None

    def finish() -> None:
        shards: list[str] = []
        if carried and carried.is_dir():
            for sub in ("terms", "docs"):
                shutil.copytree(carried / sub, site / "search" / sub, dirs_exist_ok=True)
            shards = sorted(p.stem for p in (carried / "terms").glob("*.json"))
        else:
            try:
                shards = S.search() if S.search else S._search_job(site / "search")()
            except RuntimeError as exc:  # the helper died: do the work here rather than publish no index
                log.info(f"a helper process failed ({exc}); writing the search index here")
                shards = S._search_job(site / "search")()
        if material:
            index.write_text(manifest(material, len(shards), shards), encoding="utf-8")

    if not S.planned:  # reading or planning failed: nothing was built from this rebuild
        S.previous_good = False
        return
    if S.preview:  # pages are served already; the index follows a moment later
        for path in S.changes.removed:  # pages of deleted or renamed stories disappear (MkDocs --dirty keeps them)
            dest = site / (path[: -len("index.md")] + "index.html" if path.endswith("index.md") else path)
            dest.unlink(missing_ok=True)
        S.previous, S.previous_good = S.site.fingerprints(), S.ok
        S.index_written = threading.Thread(target=finish, daemon=True)
        S.index_written.start()
        return
    finish()
    if S.cache is None:
        return
    S.cache.save_plan(site, S.site.fingerprints())
    S.cache.save_checks(S.hub.stories.keys() | S.hub.broken.keys())
    if S.carried:
        shutil.rmtree(S.carried, ignore_errors=True)


def on_build_error(error: Exception) -> None:
    S.previous_good = False  # the next good preview rebuild renders every page, as a fresh build would


def on_serve(server: Any, config: MkDocsConfig, builder: Any) -> Any:
    """Watch with lstat. MkDocs' PollingObserver stats with os.stat, so a symlinked folder under a watched
    path (stories/x -> ..) is walked forever and the preview stops rebuilding; the same observer class
    given os.lstat never follows a link. Paths MkDocs already watches are moved to the new observer."""
    watched = [config.docs_dir, config.config_file_path]
    for path in watched:
        server.unwatch(path)  # on_serve runs only with livereload, after MkDocs watched exactly these
    server.observer = PollingObserverVFS(os.lstat, os.scandir, polling_interval=0.25)
    for path in watched:
        server.watch(path)
    return server
