"""A build's plan from the checked hub: pages, images, feeds, files and search, ready for any adapter.

Nothing here knows about MkDocs: the adapter asks for one SitePlan per build and places its outputs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from .contract import IMAGE_EXTENSIONS
from .diagnostics import Diagnostic
from .digest import digest_feed_entries, digest_pages
from .feeds import all_feeds, entries_feed
from .fingerprint import Digests, digest
from .formdata import CHOICES_PATH, choices_json
from .guide import contribution_markdown, guide_markdown
from .hub import today
from .images import ImageCache
from .ledger import Ledger
from .model import Hub, Story
from .plan import (
    ANY_STORY,
    EVERYTHING,
    REDIRECTS,
    REGISTRIES,
    STORIES,
    STORY_FIELDS,
    UNSHOWN,
    Copied,
    Plan,
    build_plan,
    record_key,
)
from .redirects import load_redirects, redirect_html
from .urls import published_files, story_outputs, url_path
from .views import GeneratedPage, HubPages, UnshownStories, unshown_stories


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
    hub: Hub | None = None  # what it was planned from (the next preview rebuild compares its hub with it)
    digests: Digests | None = None  # the fingerprints' record memo, which the next preview rebuild carries
    today: dt.date | None = None  # the day it was planned for (pages count days: a new day plans all)
    redirects: dict[str, tuple[str, int]] = field(default_factory=dict)  # redirect outputs: path -> (page, line)
    written_guide: str = ""
    lists: tuple[list[GeneratedPage], dict[str, str], dict[str, str]] = ([], {}, {})  # digests, feeds, data files


# What the digests, the feeds and the data files read (never a story's text): without a change to these, the
# preview keeps them from its last rebuild instead of making them again.
LISTS_READ = frozenset({STORIES, STORY_FIELDS, REGISTRIES, EVERYTHING})


# A story's fields that only outputs holding its record (or a view's copy named by its slug: plan.record_key)
# and outputs reading the whole hub show: a change to them alone leaves every listing's story set, order and
# grouping as it was (STORIES does not change). The title orders only the listing's data file (whole hub).
_OWN_FIELDS = frozenset({"body", "body_line", "title", "outcomes", "image", "image_alt", "files", "lang", "path"})
_TEXT_FIELDS = frozenset({"body", "body_line"})  # a story's text (STORY_FIELDS: a change to anything else)
# What places a story among others on story pages: in its practices' related lists (ledger.related: by
# practice, site, date and slug) and in the lineage of the stories it names (newest first).
_PLACING_FIELDS = ("site", "practices", "date", "draft", "inspired_by", "stage")
_REGISTRIES = (("site", "sites"), ("practice", "practices"), ("champion", "champions"), ("tag", "tags"))


def _differs(was: Story | None, now: Story | None, *, beyond: frozenset[str]) -> bool:
    """A story came, went, or changed in a data field outside `beyond` (line numbers are not data)."""
    if was is None or now is None:
        return True
    return any(getattr(was, f.name) != getattr(now, f.name) for f in fields(was) if f.compare and f.name not in beyond)


def changed_keys(old: Hub, new: Hub) -> set[str]:
    """What changed between two readings of a hub, as the plan's keys (snowball.plan): Plan.reached(keys)
    are then the outputs the change can reach. Pure; unchanged stories may be the same objects (fast)."""
    if (old.settings, old.registries.tag_aliases, old.registries.unreadable) != (
        new.settings,
        new.registries.tag_aliases,
        new.registries.unreadable,
    ):
        return {EVERYTHING}
    keys: set[str] = set()
    for kind, name in _REGISTRIES:
        was, now = getattr(old.registries, name), getattr(new.registries, name)
        keys |= {f"{kind}:{i}" for i in was.keys() | now.keys() if was.get(i) != now.get(i)}
    if keys or _registry_errors(old) != _registry_errors(new):
        keys.add(REGISTRIES)
    for slug in old.stories.keys() | new.stories.keys():
        was, now = old.stories.get(slug), new.stories.get(slug)
        if was is now or was == now:
            continue
        keys |= {f"story:{slug}", ANY_STORY}
        if _differs(was, now, beyond=_TEXT_FIELDS):
            keys.add(STORY_FIELDS)
        if _differs(was, now, beyond=_OWN_FIELDS):
            keys.add(STORIES)  # where it is listed may change: every listing, its lineage, its practices' lists
        if was is None or now is None or any(getattr(was, f) != getattr(now, f) for f in _PLACING_FIELDS):
            for s in (was, now):
                if s is not None:
                    keys |= {f"story:{t}" for t in s.inspired_by} | {f"practice-stories:{p}" for p in s.practices}
    broken = old.broken.keys() | new.broken.keys()
    keys |= {f"story:{slug}" for slug in broken if old.broken.get(slug) != new.broken.get(slug)}
    if unshown_stories(old.broken, old.diagnostics) != unshown_stories(new.broken, new.diagnostics):
        keys.add(UNSHOWN)
    return keys


def edit_keys(
    previous: SitePlan, hub: Hub, heroes: dict[str, list[tuple[str, tuple[int, int]]]], redirects: object
) -> set[str]:
    """The keys that changed since the previous plan: the hub's (changed_keys), a hero picture's renditions,
    redirects.yml's pages; everything on a new day (pages count days)."""
    if previous.hub is None or previous.today != today():
        return {EVERYTHING}
    keys = changed_keys(previous.hub, hub)
    keys |= {f"story:{s}" for s in heroes.keys() | previous.heroes.keys() if heroes.get(s) != previous.heroes.get(s)}
    return keys | {REDIRECTS} if redirects != previous.redirects else keys


def same_records(old: Hub, new: Hub) -> Hub:
    """new, with each story (and the registries) that equals its old reading replaced by the old object:
    the preview's carried fingerprints (Digests.carried) know records by identity, so an unchanged story
    is never walked again, and changed_keys skips it at once."""
    stories = {slug: old.stories[slug] if old.stories.get(slug) == s else s for slug, s in new.stories.items()}
    registries = old.registries if old.registries == new.registries else new.registries
    return replace(new, stories=stories, registries=registries)


def _registry_errors(hub: Hub) -> list[Diagnostic]:
    """The errors the preview's home page lists: everything but the stories' own."""
    return [d for d in hub.diagnostics if d.severity == "error" and not d.path.startswith("stories/")]


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
    previous: SitePlan | None = None,
) -> SitePlan:
    """Plan one build. The preview shows drafts, and error panels for rejected stories and registries.
    language is mkdocs.yml's theme.language: every page, feed and label is written in it.

    previous: the last preview rebuild's plan. Outputs that what changed since (changed_keys) does not reach
    keep their fingerprints from it (snowball.plan.build_plan); the result equals a plan made afresh."""
    if previous is not None and previous.hub is not None:
        hub = same_records(previous.hub, hub)
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
            ident = str(source) if rendition else file_identity(source)
            copied.append(Copied(out.built, ident, out.what, out.origin, frozenset({f"story:{story.slug}"})))
    key = digest((key, hub.settings.allow_indexing))  # every page's metadata says noindex or not (placement)
    redirects, _problems = load_redirects(hub.root)  # the problems are the hub's diagnostics already
    redirect_pages = {r.output_path: (redirect_html(r.target_url(), pages.lang.code), r.line) for r in redirects}
    registry_errors = [d for d in hub.diagnostics if d.severity == "error" and not d.path.startswith("stories/")]
    unshown = unshown_stories(hub.broken, hub.diagnostics) if preview else unshown_stories({})
    keys, digests = {EVERYTHING}, Digests(record_key)
    if previous is not None and previous.hub is not None and previous.digests is not None:
        keys, digests = edit_keys(previous, hub, heroes, redirect_pages), previous.digests.carried()
    same = previous is not None and previous.plan.key == key and EVERYTHING not in keys
    if same and REGISTRIES not in keys:
        guide, written_guide = previous.guide, previous.written_guide  # type: ignore[union-attr]
    else:  # Neither stories nor registry entries are embedded in the form: the page would grow with the hub. Its
        # pickers load CHOICES_PATH and the listing's story index on first use.
        guide = contribution_markdown(hub.registries, hub.settings, repo_url=repo_url)
        written_guide = guide_markdown(hub.registries, hub.settings)  # contribute/guide/; not searched
    if same and not keys & LISTS_READ:  # a story's text changed, or nothing: the lists are as they were
        digest_views, feeds, files = previous.lists  # type: ignore[union-attr]
    else:
        digest_views, digest_entries = digest_pages(ledger, hub_name=site_name, today=today(), language=pages.lang.code)
        feeds = all_feeds(
            ledger, pages.names, site_name=site_name, site_url=site_url, today=today(), lang=pages.lang.code
        )
        feeds[url_path("feed-digest")] = entries_feed(
            digest_feed_entries(digest_entries, pages.lang.code),
            feed_path=url_path("feed-digest"),
            title=pages._("%(hub)s: digests", hub=site_name),
            site_url=site_url,
            updated=today(),
            lang=pages.lang.code,
        )
        files = {**pages.files(), CHOICES_PATH: choices_json(hub.registries)}
    plan = build_plan(
        pages,
        visible,
        key=key,
        heroes=heroes,
        images=copied,
        redirects=redirect_pages,
        feeds=feeds,
        files=files,
        guide=guide,
        written_guide=written_guide,
        broken=hub.broken if preview else {},
        home_problems=registry_errors if preview else (),
        search_data=search_reads(ledger, pages.names),
        every_page=unshown,
        more_pages=digest_views,
        previous=previous.plan if previous is not None else None,
        reached=previous.plan.reached(keys) if previous is not None else (),
        digests=digests,
    )
    return SitePlan(
        plan, pages, sources, heroes, guide, registry_errors, unshown, hub, digests, today(), redirect_pages,
        written_guide, (digest_views, feeds, files),
    )  # fmt: skip
