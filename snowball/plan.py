"""The site plan: every output a build produces, what renders it, and a fingerprint of its data.

One record per output (story pages, generated pages, the contribution guide, error pages in
the preview, feeds, non-page files, images and the search index), keyed by the path the
adapter gives MkDocs (`stories/x/index.md` for a page, the file's own path otherwise). A
page's fingerprint is the generic walk (snowball.fingerprint) of exactly the context its
template receives, so a card change reaches every page that shows the card by construction.

`changes(old, new)` is a pure function: what to render again, what to delete. The preview
uses it between rebuilds; the build cache (snowball.buildcache) between processes. Nothing
here knows about MkDocs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .diagnostics import Diagnostic
from .fingerprint import Digests
from .model import Story
from .urls import source_path
from .views import GeneratedPage, HubPages
from .views.story import STORY_TEMPLATE

RENDERED = ("story", "page", "guide", "error")  # kinds rendered as pages (the others are files)
Renditions = Sequence[tuple[str, tuple[int, int]]]  # (file name, (width, height)), smallest first


@dataclass(frozen=True)
class Output:
    path: str  # as the adapter places it: 'stories/x/index.md' for a page, 'feeds/all.xml' for a file
    kind: str  # story | page | guide | error | feed | file | image | search
    renderer: str  # what renders it: a template name, 'feeds', 'images', 'search', 'markdown'
    fingerprint: str  # hash of exactly the data the renderer receives (with the plan's key)
    title: str = ""  # plain text; the adapter escapes it for the theme
    description: str = ""
    source: Any = field(default=None, compare=False, repr=False)  # the record that renders it (not data)


@dataclass(frozen=True)
class Plan:
    key: str  # configuration, theme and versions: a different key means every output changed
    outputs: Mapping[str, Output]

    def fingerprints(self) -> dict[str, str]:
        """What the build cache stores between processes."""
        return {p: o.fingerprint for p, o in self.outputs.items()}


@dataclass(frozen=True)
class Changes:
    added: frozenset[str]
    changed: frozenset[str]
    removed: frozenset[str]

    @property
    def render(self) -> frozenset[str]:
        """Outputs to render again: new ones and changed ones."""
        return self.added | self.changed


def changes(old: Mapping[str, str] | None, new: Mapping[str, str], *, same_key: bool = True) -> Changes:
    """What differs between two plans' fingerprints (path -> fingerprint). Pure.

    Without an old plan, or when the plans' keys differ, everything in the new one is to render.
    """
    if old is None or not same_key:
        return Changes(frozenset(new), frozenset(), frozenset(old or ()) - frozenset(new))
    return Changes(
        frozenset(p for p in new if p not in old),
        frozenset(p for p in new if p in old and old[p] != new[p]),
        frozenset(p for p in old if p not in new),
    )


def hero(story: Story, renditions: Renditions | None) -> dict[str, object] | None:
    """What the story template receives about the hero image: largest rendition, srcset, size, alt."""
    if not renditions:
        return None
    largest, (w, h) = renditions[-1]
    return {
        "src": largest,
        "srcset": ", ".join(f"{n} {size[0]}w" for n, size in renditions),
        "width": w,
        "height": h,
        "alt": story.image_alt or "",
    }


def build_plan(
    pages: HubPages,
    stories: Iterable[Story],
    *,
    key: str,
    heroes: Mapping[str, Renditions] = {},
    images: Mapping[str, str] = {},
    feeds: Mapping[str, str] = {},
    files: Mapping[str, str] = {},
    guide: str = "",
    written_guide: str = "",
    broken: Mapping[str, Sequence[Diagnostic]] = {},
    home_problems: Sequence[Diagnostic] = (),
    search_data: object = None,
    every_page: object = None,
    more_pages: Sequence[GeneratedPage] = (),
) -> Plan:
    """Every output of one build. images: output path -> an id of its content (the rendition's name).
    every_page: what every page shows besides its own data (the preview's banner of stories it cannot show).
    more_pages: generated pages made outside HubPages (the digests), planned exactly like its own."""
    d = Digests()
    out: dict[str, Output] = {}

    def add(path: str, kind: str, renderer: str, data: object, source: object = None, **text: str) -> None:
        if every_page and kind in RENDERED:
            data = (data, every_page)
        out[path] = Output(path, kind, renderer, d.of((key, renderer, data)), source=source, **text)

    for story in stories:
        context = pages.story_context(story, hero(story, heroes.get(story.slug)))
        # the converted body derives from story.body, which the context holds (in 's')
        add(
            source_path("story", story.slug),
            "story",
            STORY_TEMPLATE,
            context,
            story,
            title=story.title,
            description=story.summary,
        )
    for page in [*pages.all(), *more_pages]:
        data = (page.title, page.description, page.feeds, page.html.template, page.html.page_url, page.html.context)
        if page.src == source_path("home") and home_problems:
            data = (data, tuple(home_problems))
        add(page.src, "page", page.html.template, data, page, title=page.title, description=page.description)
    add(
        source_path("contribute"),
        "guide",
        "markdown",
        guide,
        guide,
        title="Share your story",
        description="Write your success story in a form that checks it as you type.",
    )
    add(
        source_path("contribute-guide"),
        "guide",
        "markdown",
        written_guide,
        written_guide,
        title="Share your story: the written guide",
        description="How to write and submit a success story by hand, and every rule the checks apply.",
    )
    for slug, problems in broken.items():
        add(
            source_path("story", slug),
            "error",
            "error.html",
            tuple(problems),
            slug,
            title=f"Story cannot be shown: {slug}",
            description="This story has errors.",
        )
    for path, xml in feeds.items():
        add(path, "feed", "feeds", xml, xml)
    for path, text in files.items():
        add(path, "file", "files", text, text)
    for path, ident in images.items():
        add(path, "image", "images", ident, ident)
    if search_data is not None:  # what the search index derives from (the entries cost more to compute)
        add("search/", "search", "search", search_data, None)
    return Plan(key, out)


def generated_page(plan: Plan, path: str) -> GeneratedPage | None:
    output = plan.outputs.get(path)
    return output.source if output is not None and output.kind == "page" else None
