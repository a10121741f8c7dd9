"""The site plan: every output a build produces, what renders it, and a fingerprint of its data.

One record per output (story pages, generated pages, the contribution guide, error pages in
the preview, feeds, non-page files, images and the search index), keyed by the path the
adapter gives MkDocs (`stories/x/index.md` for a page, the file's own path otherwise). A
page's fingerprint is the generic walk (snowball.fingerprint) of exactly the context its
template receives, so a card change reaches every page that shows the card by construction.

Every output also says where it lands (`Output.built`), what it is in words and which hub file declares
it; two on one built path are the plan's `problems` (urls.collisions, which the validator runs on each
story folder too). The theme's own files (urls.THEME_OUTPUTS) are entries, so nothing lands on them.

A new generated section is declared in two places and nothing else: its address pattern and words in
urls._PATHS (which also keeps redirects and story folders off it), and its pages in HubPages.all() (a
GeneratedPage whose src is urls.source_path(kind, id)) or its data files in HubPages.files() (path ->
text, fingerprinted by their text). The plan, the collision check, the build cache and the preview then
handle it; an output that reads something else must put what it reads in its fingerprinted data.

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
from .redirects import REDIRECTS_FILE
from .urls import THEME_OUTPUTS, Planned, Target, address_parts, collisions, source_path, url_path
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
    what: str = field(default="", compare=False)  # what it is, in words, for a message naming it
    origin: str = field(default="", compare=False)  # the file that declares it ('' for the site's own pages)
    line: int = field(default=0, compare=False)

    @property
    def built(self) -> str:
        """Where it lands in the site folder (a page's 'x/index.md' is 'x/index.html')."""
        return Target.of(self.path).built


@dataclass(frozen=True)
class Copied:
    """A file copied into the site (a story's document, a picture's sized copy): one per output, so that two
    landing on one path are seen (a mapping would keep the last one silently)."""

    path: str  # where it lands
    ident: str  # an id of its content: a changed file is a changed output
    what: str = ""
    origin: str = ""


@dataclass(frozen=True)
class Plan:
    key: str  # configuration, theme and versions: a different key means every output changed
    outputs: Mapping[str, Output]
    problems: tuple[Diagnostic, ...] = ()  # outputs that would land on one path: the build is refused

    def fingerprints(self) -> dict[str, str]:
        """What the build cache stores between processes (the theme's own files are not rendered by us)."""
        return {p: o.fingerprint for p, o in self.outputs.items() if o.kind != "theme"}


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
    An old output is removed only when nothing new lands on its built path: a redirect page that a story
    takes over (stories/x/index.html) is the story's page now, not a file to delete after writing it.
    """
    landing = {Target.of(p).built for p in new}
    gone = frozenset(p for p in (old or ()) if p not in new and Target.of(p).built not in landing)
    if old is None or not same_key:
        return Changes(frozenset(new), frozenset(), gone)
    return Changes(
        frozenset(p for p in new if p not in old),
        frozenset(p for p in new if p in old and old[p] != new[p]),
        gone,
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
    images: Sequence[Copied] | Mapping[str, str] = (),
    redirects: Mapping[str, tuple[str, int]] = {},
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
    """Every output of one build, with the theme's own files, each once: two on one built path are the plan's
    problems (the adapter refuses the build with them). images: files copied in, with an id of their content;
    redirects: built path -> (page, line in redirects.yml). every_page: what every page shows besides its own
    data (the preview's banner of stories it cannot show). more_pages: generated pages made outside HubPages
    (the digests), planned exactly like its own."""
    d = Digests()
    out: dict[str, Output] = {}
    planned: list[Output] = []  # every output in the order added, a second one on a path too
    landed: set[str] = set()

    def add(path: str, kind: str, renderer: str, data: object, source: object = None, *, what: str = "",
            origin: str = "", line: int = 0, **text: str) -> None:  # fmt: skip
        if every_page and kind in RENDERED:
            data = (data, every_page)
        o = Output(path, kind, renderer, d.of((key, renderer, data)), source=source, what=what,
                   origin=origin, line=line, **text)  # fmt: skip
        planned.append(o)
        if (landing := "/".join(address_parts(o.built))) not in landed:  # the first keeps the place (preview)
            landed.add(landing)
            out[path] = o

    for name in THEME_OUTPUTS:
        add(url_path(name), "theme", "theme", None)

    for story in stories:
        context = pages.story_context(story, hero(story, heroes.get(story.slug)))
        # the converted body derives from story.body, which the context holds (in 's')
        add(
            source_path("story", story.slug),
            "story",
            STORY_TEMPLATE,
            context,
            story,
            what=f"the page of the story '{story.slug}'",
            origin=source_path("story", story.slug),
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
    for path, (page, line) in redirects.items():
        add(path, "file", "redirect", page, page, what=f"the redirect on line {line}", origin=REDIRECTS_FILE, line=line)
    copied = [Copied(p, i) for p, i in images.items()] if isinstance(images, Mapping) else images
    for c in copied:
        add(c.path, "image", "images", c.ident, c.ident, what=c.what, origin=c.origin)
    if search_data is not None:  # what the search index derives from (the entries cost more to compute)
        add(url_path("search"), "search", "search", search_data, None)
    problems = collisions(Planned(o.built, o.what, o.origin, o.line) for o in planned)
    return Plan(key, out, tuple(problems))


def generated_page(plan: Plan, path: str) -> GeneratedPage | None:
    output = plan.outputs.get(path)
    return output.source if output is not None and output.kind == "page" else None
