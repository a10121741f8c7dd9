"""A build's plan from the checked hub: pages, images, feeds, files and search, ready for any adapter.

Nothing here knows about MkDocs: the adapter asks for one SitePlan per build and places its outputs.
"""

from __future__ import annotations

from dataclasses import dataclass
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
from .plan import Plan, build_plan
from .redirects import load_redirects, redirect_pages
from .urls import url_path
from .views import HubPages, UnshownStories, unshown_stories


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
    heroes: dict[str, list[tuple[str, tuple[int, int]]]] = {}
    for story in visible:
        for name in story.files:
            path = story.folder / name
            if name == story.image:
                renditions = images.hero(path)
                heroes[story.slug] = [(n, size) for n, _p, size in renditions]
                sources.update({f"stories/{story.slug}/{n}": p for n, p, _s in renditions})
            if name != story.image or name in story.body:  # a hero also shown in the body is published too
                image = path.suffix.lower() in IMAGE_EXTENSIONS
                sources[f"stories/{story.slug}/{name}"] = images.rendition(path, 1600)[0] if image else path
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
        images={p: str(s) for p, s in sources.items()},
        feeds=feeds,
        files={
            **pages.files(),
            **redirect_pages(redirects, pages.lang.code),
            CHOICES_PATH: choices_json(hub.registries),
        },
        guide=guide,
        written_guide=written_guide,
        broken=hub.broken if preview else {},
        home_problems=registry_errors if preview else (),
        search_data=(ledger.stories, pages.names),
        every_page=unshown,
        more_pages=digests,
    )
    return SitePlan(plan, pages, sources, heroes, guide, registry_errors, unshown)
