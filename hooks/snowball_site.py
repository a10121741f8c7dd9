"""MkDocs adapter: each MkDocs event is a lookup in the Snowball core's site plan (snowball.plan).

One Session holds everything (hook modules live as long as `mkdocs serve`). MkDocs walks an empty
docs_dir (snowball.bridge.sitefolder); every page is a HubPage whose source and HTML come from the plan.
The core does the rest: conversions and the helper process (snowball.bridge.work), the last build's
output reused by the build cache (snowball.bridge.sitefolder), what the preview keeps (snowball.bridge.preview).
A build with the cache gives MkDocs only what changed: every other output and theme file of the last
site stays where it is, and the hook writes the sitemap of every page (MkDocs' own lists the pages it
was given). Pages in mkdocs.yml's nav are always MkDocs pages (its navigation needs them); unchanged,
they print their previous output through a one-line template (theme_overrides/snowball-reuse.html).
"""

from __future__ import annotations

import contextlib
import gc
import gzip
import logging
import os
import posixpath
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

import jinja2
from mkdocs.commands.build import get_context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc
from mkdocs.utils import get_build_date, get_build_timestamp
from watchdog.observers.polling import PollingObserverVFS

from snowball.bridge import placement as place
from snowball.bridge.buildcache import BuildCache, build_key
from snowball.bridge.preview import Memory, template_cache, watched_files
from snowball.bridge.sitefolder import CarriedSite, build_complete, empty_docs, prune_strays, unwritable_site
from snowball.bridge.work import Converted, Work, capture_warnings, conversion
from snowball.formats import log_line
from snowball.hub import load_hub, scan_stories
from snowball.i18n import language, theme_language
from snowball.images import ImageCache
from snowball.model import Hub
from snowball.plan import RENDERED, Changes, Output, Plan, changes
from snowball.progress import Progress
from snowball.shell import Probe, Shell, ShellError, Shells, split
from snowball.site import SitePlan, plan_site
from snowball.urls import Target, url_path
from snowball.views.common import nav_title

log = get_plugin_logger("snowball")  # under mkdocs.*, so its warnings count for --strict
CARRIED = ("story", "page", "guide", "error", "feed", "file", "image")  # what a build with the cache carries over
REUSE = "snowball-reuse.html"  # prints page.content as it is: a page's previous output, unchanged
SHELLED = ("story", "page")  # kinds whose pages fill a shell of the theme (snowball.shell) when not in the nav
TOC, WORDS = "partials/toc.html", "partials/language.html"  # Material's table of contents, and its words (`lang`)


class HubFile(File):
    """A planned output: MkDocs' --dirty preview rebuilds it only when the plan says it changed (its
    fingerprint covers what it reads: a document's bytes, a page's data). Made by its session, which it asks."""

    session: Session

    def is_modified(self) -> bool:
        return self.src_uri in self.session.render_now or not Path(self.abs_dest_path).exists()


class HubPage(Page):
    """A page whose source and HTML come from the plan (no Markdown file is read); its session renders it."""

    def __init__(
        self, session: Session, file: File, config: MkDocsConfig, output: Output, nav_title: str | None
    ) -> None:
        super().__init__(nav_title, file, config)  # a page in mkdocs.yml's nav keeps the title given there
        self.session, self.output, self.in_nav = session, output, nav_title is not None
        self.reused: bytes | None = None
        self.shelled: str | None = None  # the theme template this page's shell stands for (Session.shell_page)
        self.shell_context: dict[str, Any] | None = None  # its template context, until the page is written
        self.edit_url = place.edit_url(output, config.repo_url, config.edit_uri)

    def read_source(self, config: MkDocsConfig) -> None:
        allow = self.session.hub.settings.allow_indexing
        self.markdown, self.meta = "", place.page_meta(self.session.planned_site, self.output, allow_indexing=allow)

    def render(self, config: MkDocsConfig, files: Files) -> None:
        """MkDocs renders every page before it writes the first: the HTML is made later (on_page_context),
        just before its page is written, and dropped after (on_post_page), so no page's HTML is held all build."""
        self.session.prepare(self)


class Session:
    """One `mkdocs build`, or one `mkdocs serve` and all its rebuilds."""

    def __init__(self, command: str = "build") -> None:
        self.preview, self.memory = command == "serve", Memory()
        self.render_now: frozenset[str] = frozenset()
        self.ok = self.planned = False  # ok: no crash in this rebuild; planned: it has a plan
        # a build's phases, on a terminal; not in the preview (its rebuilds are quick) nor under -q
        quiet = self.preview or not logging.getLogger("mkdocs").isEnabledFor(logging.INFO)
        self.progress = Progress() if quiet else Progress.on_terminal()
        self.pages_done = self.pages_total = 0
        # set as the build goes (begin, load, plan); declared here so the session's state is read in one place
        self.root = Path()
        self.key = ""
        self.cache: BuildCache | None = None
        self.carried: CarriedSite | None = None  # the last build's site, set aside (a build with the cache)
        self.hub: Hub | None = None
        self.planned_site: SitePlan | None = None
        self.site: Plan | None = None  # the plan of planned_site
        self.changes: Changes | None = None
        self.work: Work | None = None
        # a build with the cache: what MkDocs is given, what is carried over instead, and for the sitemap
        # of every page (MkDocs' own lists only the pages it was given) the theme's environment and nav
        self.given: Files | None = None
        self.theme_files: list[File] = []
        self.carried_outputs: list[Output] = []
        self.every_file: Files | None = None
        self.nav: Navigation | None = None
        self.files: Files | None = None  # what on_page_context renders pages with
        # the theme rendered once per kind of page (snowball.shell), new for each rebuild (Session.shells_reset)
        self.shells_on = False
        self.env: jinja2.Environment | None = None
        self.words: Any = None  # the theme's words as base.html imports them (`lang`), for its table of contents
        self.shells = Shells()

    def file(self, config: MkDocsConfig, path: str, **source: str) -> HubFile:
        """A planned output's file, which asks this session whether it changed."""
        made = HubFile.generated(config, path, **source)
        made.session = self
        return made

    def begin(self, config: MkDocsConfig) -> None:
        self.root = Path(config.config_file_path).parent.resolve()
        self.progress.clear_before(logging.getLogger("mkdocs").handlers)  # MkDocs' log lines start on a clean line
        if problem := unwritable_site(Path(config.site_dir)):
            raise Abort(problem)
        config.docs_dir = str(empty_docs(self.root))
        theme = [Path(d) for d in config.theme.dirs if "site-packages" not in d] + [Path(__file__)]
        self.key = build_key(Path(config.config_file_path), theme, preview=self.preview)
        off = self.preview or os.environ.get("SNOWBALL_CACHE") == "off"  # off: a clean build, for comparisons
        self.cache = None if off else BuildCache(self.root, self.key)
        self.carried = None
        self.shells_reset(config)

    def load(self, config: MkDocsConfig) -> None:
        """Read and check the hub; in a build, any error fails it here, before anything is written.
        With the build cache, the last site's files are then set aside, so unchanged pages are reused."""
        self.ok = self.planned = False
        if self.progress.active:  # counting the folders costs a directory listing: only for someone watching
            self.progress.phase(f"Reading {len(scan_stories(self.root)[0]):,} stories…")
        checks = self.memory.reads if self.preview else self.cache.checks if self.cache else None
        self.hub = hub = load_hub(self.root, reuse=checks)
        gc.freeze()  # the hub lives all build: full collections stop rescanning it (6% of a 10,000-story build)
        errors = [d for d in hub.diagnostics if d.severity == "error"]
        for d in hub.diagnostics:
            (log.error if d.severity == "error" else log.info)(log_line(d))
        if errors and not self.preview:
            raise Abort(place.refusal(len(errors)))
        if self.cache is not None:
            self.carried = CarriedSite.set_aside(self.cache, Path(config.site_dir), log.info)

    def plan(self, files: Files, config: MkDocsConfig) -> Files:
        self.progress.phase("Planning the site…")
        self.planned_site = planned = plan_site(
            self.hub, preview=self.preview, site_name=config.site_name, site_url=config.site_url or "", key=self.key,
            images=ImageCache(self.root / ".cache" / "images"), card_cache=self.memory.cards(self.hub.registries),
            repo_url=config.repo_url, language=config.theme["language"] or "en", previous=self.memory.planned,
        )  # fmt: skip
        if self.preview:  # the next rebuild plans again only what its edit reaches
            self.memory.planned = planned
        self.site = planned.plan
        for d in self.site.problems:  # two outputs on one path: the validator's words, and no build
            log.error(log_line(d))
        if self.site.problems and not self.preview:
            raise Abort(place.refusal(len(self.site.problems)))
        gc.freeze()  # the plan too; on_post_build unfreezes, so the preview collects old rebuilds' cycles
        fingerprints = self.site.fingerprints()
        old = self.carried.fingerprints if self.carried else None  # a build compares with the build set aside
        self.changes = self.memory.changes(fingerprints) if self.preview else changes(old, fingerprints)
        self.render_now = self.changes.render
        titles, site = place.nav_titles(config.nav or []), Path(config.site_dir)
        if self.carried is not None:  # the last build's files back in the site folder, less what is gone
            redone = [o.built for p, o in self.site.outputs.items() if p in self.render_now and o.kind in CARRIED]
            self.carried.restore(site, [*(Target.of(p).built for p in self.changes.removed), *redone], log.info)
        out = Files(self.carry_theme(files))  # theme files only: docs_dir is empty
        self.theme_files, self.carried_outputs = list(files), []
        for o in self.site.outputs.values():
            # an unchanged output is the last build's file, left in place (a page in mkdocs.yml's nav stays a
            # page: MkDocs' navigation needs it); MkDocs never sees it
            if self.carried and o.path not in self.render_now and o.kind in CARRIED and o.path not in titles:
                if self.carried.has(o.built):
                    self.carried_outputs.append(o)
                    continue
                self.render_now |= {o.path}  # the last build lacks it: built again
            if (made := self.output_file(o, config, titles)) is not None:
                out.append(made)
        self.given, self.every_file = out, None if self.carried_outputs else out
        self.pages_done, self.pages_total = 0, len(out.documentation_pages())
        searched = self.carried is not None and self.carried.has("search/docs/meta.json")
        if self.preview:  # the conversions of today's stories stay, rendered this time or not; no others
            stories = (o.source for o in self.site.outputs.values() if o.kind == "story")
            self.memory.converted.retain((s.slug, s.body) for s in stories)
        kept = self.memory.converted if self.preview else self.cache.converted if self.cache else None
        self.work = Work(
            planned, self.render_now, Path(config.site_dir), convert=lambda path: self.convert(path, config),
            cache=self.cache, converted=kept, note=log.info,
            search_memo=self.memory.search if self.preview else None,
            language=config.theme.get("language") or "en",
        )  # fmt: skip
        self.work.start(carried=searched, preview=self.preview)
        self.files = out
        self.ok = self.planned = True
        return out

    def output_file(self, o: Output, config: MkDocsConfig, titles: dict[str, str]) -> File | None:
        """The MkDocs file of one planned output (a page's file carries its HubPage); None for what MkDocs
        does not write (the theme's own files, the search index)."""
        if o.kind in RENDERED:
            HubPage(self, page_file := self.file(config, o.path, content=""), config, o, titles.get(o.path))
            return page_file
        if o.kind in ("feed", "file"):
            return self.file(config, o.path, content=o.source)
        if o.kind == "image":
            return self.file(config, o.path, abs_src_path=str(self.planned_site.sources[o.path]))
        return None

    def carry_theme(self, files: Files) -> list[File]:
        """The theme's static files MkDocs is to copy: with the cache, those the last build wrote stay as they
        are (the build key covers the theme's files and version, so they are the same bytes)."""
        if self.carried is None:
            return list(files)
        return [f for f in files if not self.carried.has(f.dest_uri)]

    def files_for_links(self, config: MkDocsConfig) -> Files:
        """Every file a clean build gives MkDocs, for resolving links in Markdown exactly as it would (a story
        may link to a page this build carries over). Made once, and only when something is converted."""
        if self.every_file is None:
            carried = [File(o.path, None, config.site_dir, config.use_directory_urls) for o in self.carried_outputs]
            self.every_file = Files([*self.given, *self.theme_files, *carried])  # a theme file carried is known
        return self.every_file

    def prepare(self, page: HubPage) -> None:
        """Where MkDocs renders a page's Markdown: only what must be known before its template is chosen."""
        o, unchanged = page.output, self.carried and page.file.src_uri not in self.render_now
        page.toc, page.present_anchor_ids, page.links_to_anchors = get_toc([]), set(), {}
        previous = self.carried.output(page.file.dest_uri) if self.carried and unchanged else None
        page.content = ""
        if previous is not None:
            # an empty page through a one-line template (no theme, no search plugin work); on_post_page
            # then gives MkDocs the previous output to write
            page.meta["template"], page.reused = REUSE, previous
        elif o.kind in SHELLED and not page.in_nav and not page.is_homepage and self.shells_on:
            # through the one-line template; on_post_page puts the page into its kind's shell
            page.shelled, page.meta["template"] = page.meta.get("template", "main.html"), REUSE

    def render(self, page: HubPage, config: MkDocsConfig, files: Files) -> None:
        self.pages_done += 1
        self.progress.count("Writing pages", self.pages_done, self.pages_total)
        if page.reused is not None:
            return
        o = page.output
        try:
            if o.kind == "story":
                data = self.work.converted(o)
                page.toc, page.present_anchor_ids = get_toc(data["toc"]), set(data["anchors"])
                links = self.files_for_links(config)
                page.links_to_anchors = {f: v for u, v in data["links"].items() if (f := links.get_file_from_path(u))}
                page.content = place.story_html(self.planned_site, o, data["content"])
            elif o.kind == "page":
                page.content = place.generated_html(
                    self.planned_site, o, self.work.prerendered(o), preview=self.preview
                )
            elif o.kind == "guide":
                page.markdown = o.source
                Page.render(page, config, self.files_for_links(config))
            else:
                page.content = place.rejected_html(self.hub, o, self.planned_site.pages.lang.code)
        except Exception as exc:  # noqa: BLE001  (RecursionError in Markdown, a bug: one line, never a traceback)
            self.crash(f"rendering {o.path}", exc)
            page.content = place.crashed_html(o, self.planned_site.pages.lang.code)
        page.content = place.with_banner(self.planned_site, o, page.content)

    def shells_reset(self, config: MkDocsConfig) -> None:
        """Shells are made anew in each rebuild (the theme may have changed). They stand in for the theme
        only where nothing else sees a page between its template and its file: with a plugin that changes
        a page's context after this hook, or its output (a minifier), every page renders the normal way.
        Material's search plugin may follow this hook: it only strips its attributes from page.content,
        which the shell reads after it. SNOWBALL_SHELL=off does the same, for comparisons (tests/test_shell.py)."""
        events = config.plugins.events
        after = events["page_context"][1:]
        self.shells_on = (
            os.environ.get("SNOWBALL_SHELL") != "off"
            and events["post_page"] == [on_post_page]
            and events["page_context"][:1] == [on_page_context]
            and all(type(getattr(h, "__self__", None)).__module__ == "material.plugins.search.plugin" for h in after)
        )
        self.env, self.words, self.shells = None, None, Shells()

    def shell_page(self, page: HubPage) -> str:
        """A page through its kind's shell, proved on a sample of pages rendered both ways (snowball.shell.Shells);
        a shell that disagrees with the theme is dropped, and the log names its kind."""
        context, page.shell_context = page.shell_context, None
        del page.meta["template"]  # as the theme's own rendering sees the page
        values = shell_values(page)
        kind = shell_kind(page)
        return self.shells.page(
            shell_key(page, values),
            values,
            make=lambda: self.make_shell(page, context, values),
            fragments=lambda: {"toc": self.render_toc(context)},
            normal=lambda: self.env.get_template(page.shelled).render(context),
            differs=lambda: log.info(
                f"The theme's shell for {kind} pages differs from the theme on {page.url}: they render the normal way"
            ),
        )

    def make_shell(self, page: HubPage, context: dict[str, Any], values: dict[str, str]) -> Shell | None:
        """The shell of one kind of page: the theme renders a probe of this page (its values sentinels)."""
        probe = Probe(list(values), extra={"content": "<h1" if "<h1" in page.content else ""})
        shown = {n: probe.value(n) if v else v for n, v in values.items()}
        stand_in = ProbePage(page, shown)
        probe_context = {**context, "page": stand_in}
        try:
            rendered = self.env.get_template(page.shelled).render(probe_context)
            own = (page.url, page.file.src_uri)  # the probe's values are sentinels: these must not show
            made = split(rendered, probe, {"toc": self.render_toc(probe_context)}, private=own)
        except ShellError as exc:
            log.info(f"No shell of the theme for {shell_kind(page)} pages ({exc}): they render the normal way")
            return None
        log.debug(f"A shell of the theme for {shell_kind(page)} pages, from {page.url}: {len(made.slots)} places")
        return made

    def render_toc(self, context: dict[str, Any]) -> str:
        """The page's table of contents, as the theme's base.html includes it: with the theme's words, which
        depend on the configuration only, so they are imported once per rebuild (each import costs 1 ms)."""
        if self.words is None:
            self.words = self.env.get_template(WORDS).make_module(context)
        return self.env.get_template(TOC).render({**context, "lang": self.words})

    def convert(self, path: str, config: MkDocsConfig) -> Converted:
        """Markdown to HTML exactly as MkDocs does it (Page.render), as plain data with what it logged."""
        page = Page(None, File(path, None, config.site_dir, config.use_directory_urls), config)
        page.markdown = self.site.outputs[path].source.body
        files = self.files_for_links(config)
        _, records = capture_warnings("mkdocs", lambda: Page.render(page, config, files))
        return conversion(page, records)

    def write_sitemap(self, config: MkDocsConfig) -> None:
        """sitemap.xml and .gz of every page, carried over or not, as MkDocs writes them (its template and
        plugin events, pages in the order a clean build gives them): MkDocs' own lists only the pages it was
        given. Each page as the template reads it: its address and the build date (MkDocs' Page rules)."""
        if "sitemap.xml" not in config.theme.static_templates:
            return
        try:
            template = self.env.get_template("sitemap.xml")
        except jinja2.TemplateNotFound:  # MkDocs has said so already
            return
        base = (config.site_url or "").rstrip("/") + "/" if config.site_url else None
        date, pages = get_build_date(), []
        for o in self.site.outputs.values():
            if o.kind in RENDERED:
                url = page_url(o.path, config)
                canonical = urljoin(base, url) if base else None
                page = SimpleNamespace(is_link=False, canonical_url=canonical, update_date=date, meta={},
                                       abs_url=urlsplit(canonical).path if canonical else None)  # fmt: skip
                pages.append(SimpleNamespace(page=page))
        template = config.plugins.on_pre_template(template, template_name="sitemap.xml", config=config)
        context = get_context(self.nav, pages, config, base_url=".")  # type: ignore[arg-type]
        context = config.plugins.on_template_context(context, template_name="sitemap.xml", config=config)
        output = config.plugins.on_post_template(template.render(context), template_name="sitemap.xml", config=config)
        if not output.strip():
            return
        path = Path(config.site_dir) / "sitemap.xml"
        path.write_bytes(output.encode("utf-8"))
        stamp = get_build_timestamp(pages=[p.page for p in pages])  # type: ignore[misc]
        with (
            open(f"{path}.gz", "wb") as f,
            gzip.GzipFile(fileobj=f, filename=f"{path}.gz", mode="wb", mtime=stamp) as gz,
        ):
            gz.write(output.encode("utf-8"))

    def crash(self, doing: str, exc: BaseException) -> None:
        """Any unexpected failure: one line and a hint; the preview keeps answering, a build stops."""
        text = place.crash_text(doing, exc)
        log.error(f"{text} (hint: simplify what changed last, such as very deep nesting; report it if it persists)")
        self.ok = False  # the preview's next good rebuild renders every page again
        if not self.preview:
            raise Abort(f"Aborted: {text}.")


def page_url(path: str, config: MkDocsConfig) -> str:
    """A page's address as MkDocs' Page.url gives it, without making its File (thousands, for the sitemap)."""
    if not (path == "index.md" or path.endswith("/index.md")):  # the hub's pages are all x/index.md
        url = File(path, None, config.site_dir, config.use_directory_urls).url
    else:
        built = Target.of(path).built
        url = quote(built[: -len("index.html")] or "./") if config.use_directory_urls else quote(built)
    return "" if url in (".", "./") else url


def shell_kind(page: HubPage) -> str:
    """Pages that may share a shell: of one kind, in one folder (the theme's links are relative to it)."""
    return f"{page.output.kind} {posixpath.dirname(page.url.rstrip('/'))}/"


def shell_values(page: HubPage) -> dict[str, Any]:
    """What differs between two pages of one shell: the values the theme prints from the page."""
    meta, first = page.meta, next(iter(page.toc), None)
    values = {
        "title": meta.get("title"),
        "description": meta.get("description"),
        "page_title": page.title,
        "canonical": page.canonical_url,
        "edit": page.edit_url,
        "content": page.content,
        "image": meta.get("snowball_image"),
        "toc_id": first.id if first else None,
        "toc_title": first.title if first else None,
    }
    for i, (title, path) in enumerate(meta.get("snowball_feeds") or ()):
        values[f"feed{i}"], values[f"feed{i}_path"] = title, path
    return values


def shell_key(page: HubPage, values: dict[str, Any]) -> tuple[Any, ...]:
    """Pages that share a shell: what the theme may branch on besides the printed values (which values
    are empty, and how; whether the content has its own <h1>; the rest of the page's metadata)."""
    first = next(iter(page.toc), None)
    rest = repr({k: v for k, v in page.meta.items() if k not in META_VALUES})
    blanks = tuple((n, True if v else repr(v)) for n, v in values.items())
    return page.shelled, shell_kind(page), blanks, "<h1" in page.content, first and first.level, rest


class ProbePage:
    """A page as the probe shows it to the theme: its values replaced by sentinels, the rest its own."""

    def __init__(self, page: HubPage, shown: dict[str, Any]) -> None:
        self._page = page
        meta = {"title": shown["title"], "description": shown["description"], "snowball_image": shown["image"]}
        if "snowball_feeds" in page.meta:
            meta["snowball_feeds"] = [
                (shown[f"feed{i}"], shown[f"feed{i}_path"]) for i in range(len(page.meta["snowball_feeds"]))
            ]
        self.meta = {**page.meta, **{k: v for k, v in meta.items() if k in page.meta}}
        self.title, self.canonical_url, self.edit_url = shown["page_title"], shown["canonical"], shown["edit"]
        self.content = shown["content"]
        first = next(iter(page.toc), None)
        toc = (
            [{"level": first.level, "id": shown["toc_id"], "name": shown["toc_title"], "children": []}] if first else []
        )
        self.toc = get_toc(toc)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._page, name)


META_VALUES = ("title", "description", "snowball_image", "snowball_feeds")  # in shell_values


S = Session()


def on_startup(command: str, dirty: bool) -> None:
    global S  # the one module-level name: the session, new for each command (hook modules outlive builds)
    S = Session(command)


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    S.begin(config)
    return config


def on_pre_build(config: MkDocsConfig) -> None:
    """Check the hub before MkDocs cleans the site folder: a rejected build leaves the old site as it was."""
    try:
        S.load(config)
    except Abort:
        raise
    except Exception as exc:  # noqa: BLE001
        S.crash("reading the hub", exc)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    try:
        return S.plan(files, config)
    except Abort:
        raise
    except Exception as exc:  # noqa: BLE001
        S.crash("planning the site", exc)
        return files


def on_env(env: jinja2.Environment, config: MkDocsConfig, files: Files) -> jinja2.Environment:
    env.bytecode_cache = template_cache(S.root, S.memory if S.preview else None)  # compiled once, kept
    theme_language(env, config.theme["language"] or "en")  # the overrides' words and the scripts' labels
    S.env = env  # for the pages that fill a shell (Session.shell_page), and the sitemap of a build with the cache
    return env


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    """The tabs the shipped mkdocs.yml names (Stories, Sites, ...) in the hub's language; a hub's own titles stay."""
    lang = language(config.theme["language"] or "en")
    S.nav = nav
    items = list(nav.items)
    while items:
        item = items.pop()
        if item.title:
            item.title = nav_title(item.title, lang)
        items.extend(getattr(item, "children", None) or ())
    return nav


def on_template_context(context: Any, template_name: str, config: MkDocsConfig) -> Any:
    if template_name == "404.html":  # the theme's 404 page: where its links and suggestions point
        context["snowball_404"] = place.not_found_links()
    return context


@event_priority(100)  # before Material's search plugin reads page.content
def on_page_context(context: Any, page: Page, config: MkDocsConfig, nav: Navigation) -> Any:
    if isinstance(page, HubPage):
        S.render(page, config, S.files)
    if getattr(page, "shelled", None):  # its shell is filled once the one-line template has run (on_post_page)
        page.shell_context = context
    return context


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    reused = getattr(page, "reused", None)  # an unchanged page: its previous output, as it was written
    if reused is not None:
        output = reused.decode("utf-8")
    elif getattr(page, "shelled", None):
        output = S.shell_page(page)
    if isinstance(page, HubPage):
        page.content = page.reused = None  # written now: not held for the rest of the build
    return output


def on_post_build(config: MkDocsConfig) -> None:
    # gc.freeze() resets the collector's counts, so when every rebuild freezes, a full collection never comes by
    # itself and each rebuild's cycles stay (about 1 MB a save on a 5-story hub): the preview collects them
    # after the index, once the page is served. A build's process ends here.
    gc.unfreeze()
    S.progress.close()
    if not S.planned:  # reading or planning failed: nothing was built from this rebuild
        S.memory.failed()
        return
    site, finish = Path(config.site_dir), S.work.index_writer(S.carried is not None)
    if S.preview:  # pages are served already; the index follows a moment later
        S.memory.served(site, S.site.fingerprints(), S.changes.removed, S.ok, lambda: (finish(), gc.collect()))
        return
    finish()
    if any(o.kind in RENDERED for o in S.carried_outputs):  # MkDocs' sitemap lists only the pages it was given
        S.write_sitemap(config)
    if S.carried is not None:  # the last site came back whole: what a clean build would not write goes
        keep = {o.built for o in S.site.outputs.values()} | {f.dest_uri for f in S.theme_files}
        for stray in prune_strays(site, keep, owned=(url_path("search"),)):
            log.info(f"Removed {stray} from the site folder: no output of this build")
    build_complete(S.cache, S.carried, site, S.site.fingerprints())


def on_build_error(error: Exception) -> None:
    gc.unfreeze()
    S.progress.close()
    S.memory.failed()  # the next good preview rebuild renders every page, as a fresh build would


def on_serve(server: Any, config: MkDocsConfig, builder: Any) -> Any:
    """Watch with lstat. MkDocs' PollingObserver stats with os.stat, so a symlinked folder under a watched
    path (stories/x -> ..) is walked forever and the preview stops rebuilding; the same observer class
    given os.lstat never follows a link. MkDocs offers no way to choose its observer, so the server's
    `observer` attribute is replaced (before it starts), and every path MkDocs scheduled so far (docs_dir,
    mkdocs.yml, the theme folders of --watch-theme) moves to the new one; MkDocs watches `watch:` and
    --watch paths after this event, on the new observer already. snowball.yml and redirects.yml are added."""
    moved: list[str] = []
    for path in sorted({emitter.watch.path for emitter in server.observer.emitters}):  # watchdog's public API
        with contextlib.suppress(KeyError):  # unwatch() raises KeyError once nothing watches the path
            while True:
                server.unwatch(path)
                moved.append(path)
    server.observer = PollingObserverVFS(os.lstat, os.scandir, polling_interval=0.25)
    for path in moved + [str(p) for p in watched_files(S.root)]:
        server.watch(path)
    return server
