"""A build's plan from the checked hub: pages, images, feeds, files and search, ready for any adapter.

Nothing here knows about MkDocs: the adapter asks for one SitePlan per build and places its outputs.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .contract import IMAGE_EXTENSIONS
from .diagnostics import Diagnostic
from .digest import digest_feed_entries, digest_pages
from .feeds import all_feeds, entries_feed
from .fingerprint import digest
from .formdata import CHOICES_PATH, choices_json
from .guide import contribution_markdown, guide_markdown
from .hub import today
from .images import ImageCache
from .ledger import Ledger
from .model import Hub
from .plan import Copied, Plan, build_plan
from .redirects import load_redirects, redirect_html
from .urls import published_files, story_outputs, url_path
from .views import HubPages, UnshownStories, unshown_stories


@lru_cache(maxsize=4096)
def _bytes_digest(path: Path, size: int, mtime_ns: int, inode: int) -> str:
    h = hashlib.blake2b(digest_size=16)
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def file_identity(path: Path) -> str:
    """What a copied file's output fingerprints: its bytes (hashed once per size, mtime and inode, so a
    rebuild reads only what was touched). Its path alone would keep a replaced PDF stale in the preview."""
    st = path.stat()
    return f"{path}\0{_bytes_digest(path, st.st_size, st.st_mtime_ns, st.st_ino)}"


def search_reads(ledger: Ledger, names: object) -> object:
    """What search_entries(ledger, names) reads, as whole records: the stories it indexes, every registry
    record (a practice's description, a site's region, a champion's contact; regions derive from the sites),
    the hub's settings and the names. Whole records, so a field search starts to read is covered already."""
    return (ledger.stories, ledger.hub.registries, ledger.hub.settings, names)


@dataclass
class SitePlan:
    plan: Plan
    pages: HubPages
    sources: dict[str, Path]  # output path -> the file to copy (a clean image rendition, a document)
    heroes: dict[str, list[tuple[str, tuple[int, int]]]]  # slug -> hero renditions (name, size), smallest first
    guide: str  # the Share page, in Markdown: the story form
    registry_errors: list[Diagnostic]
    unshown: UnshownStories  # the preview's banner on every page: stories it cannot show (none in a build)


def plan_site(
    hub: Hub,
    *,
    preview: bool,
    site_name: str,
    site_url: str,
    key: str,
    images: ImageCache,
    card_cache: dict[Any, str] | None = None,
    repo_url: str | None = None,
    language: str = "en",
) -> SitePlan:
    """Plan one build. The preview shows drafts, and error panels for rejected stories and registries.
    language is mkdocs.yml's theme.language: every page, feed and label is written in it."""
    visible = [s for s in hub.stories.values() if preview or not s.draft]
    ledger = Ledger(hub, visible)
    pages = HubPages(ledger, site_name=site_name, today=today(), card_cache=card_cache, language_code=language)
    sources: dict[str, Path] = {}
    copied: list[Copied] = []
    heroes: dict[str, list[tuple[str, tuple[int, int]]]] = {}

    for story in visible:
        hero_image = story.image if story.image is not None and story.image in story.files else None
        renditions = images.hero(story.folder / hero_image) if hero_image else []
        if renditions:
            heroes[story.slug] = [(n, size) for n, _p, size in renditions]
        published = published_files(story.files, story.image, story.body)
        made = [(p, True) for _n, p, _s in renditions]  # (the file to copy, is it a clean rendition)
        for name in published:
            path = story.folder / name
            image = path.suffix.lower() in IMAGE_EXTENSIONS
            made.append((images.rendition(path, 1600)[0] if image else path, image))
        for out, (source, rendition) in zip(
            story_outputs(story.slug, published, story.image, [(n, s[0]) for n, _p, s in renditions]), made, strict=True
        ):  # a clean rendition's cached name holds its source's content hash already; a document is its bytes
            sources.setdefault(out.built, source)
            copied.append(Copied(out.built, str(source) if rendition else file_identity(source), out.what, out.origin))
    # Neither stories nor registry entries are embedded in the form: the page would grow with the hub. Its
    # pickers load CHOICES_PATH and the listing's story index on first use.
    guide = contribution_markdown(hub.registries, hub.settings, repo_url=repo_url)
    written_guide = guide_markdown(hub.registries, hub.settings)  # contribute/guide/; not searched
    redirects, _problems = load_redirects(hub.root)  # the problems are the hub's diagnostics already
    registry_errors = [d for d in hub.diagnostics if d.severity == "error" and not d.path.startswith("stories/")]
    unshown = unshown_stories(hub.broken, hub.diagnostics) if preview else unshown_stories({})
    digests, digest_entries = digest_pages(ledger, hub_name=site_name, today=today(), language=pages.lang.code)
    feeds = all_feeds(ledger, pages.names, site_name=site_name, site_url=site_url, today=today(), lang=pages.lang.code)
    feeds[url_path("feed-digest")] = entries_feed(
        digest_feed_entries(digest_entries, pages.lang.code),
        feed_path=url_path("feed-digest"),
        title=pages._("%(hub)s: digests", hub=site_name),
        site_url=site_url,
        updated=today(),
        lang=pages.lang.code,
    )
    plan = build_plan(
        pages,
        visible,
        key=digest((key, hub.settings.allow_indexing)),  # every page's metadata says noindex or not (placement)
        heroes=heroes,
        images=copied,
        redirects={r.output_path: (redirect_html(r.target_url(), pages.lang.code), r.line) for r in redirects},
        feeds=feeds,
        files={**pages.files(), CHOICES_PATH: choices_json(hub.registries)},
        guide=guide,
        written_guide=written_guide,
        broken=hub.broken if preview else {},
        home_problems=registry_errors if preview else (),
        search_data=search_reads(ledger, pages.names),
        every_page=unshown,
        more_pages=digests,
    )
    return SitePlan(plan, pages, sources, heroes, guide, registry_errors, unshown)
