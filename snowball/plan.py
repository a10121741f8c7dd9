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
uses it between rebuilds; the build cache (snowball.bridge.buildcache) between processes. Nothing
here knows about MkDocs.

What each output reads is recorded too (`Output.reads`, as keys: `story:<slug>`, `site:<id>`,
`practice:<id>`, `champion:<id>`, `tag:<id>`, `practice-stories:<id>` and the whole-hub keys below), so
the plan answers the reverse question, `Plan.reached(keys)`: which outputs can a change to these reach?
`snowball.site.changed_keys` names the keys an edit changed. The preview plans again only what an edit
reaches and keeps the last rebuild's fingerprints for the rest; a reached output is planned in full, so
the index may over-report (a reached page whose data did not change is not rendered) but never under-report
(tests/test_reverse_index.py checks that on random hubs and edits).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from .diagnostics import Diagnostic
from .fingerprint import Digests
from .model import Champion, Practice, Site, Story, Tag
from .redirects import REDIRECTS_FILE
from .urls import THEME_OUTPUTS, Planned, Target, address_parts, collisions, source_path, url_path
from .views import GeneratedPage, HubPages
from .views.story import STORY_TEMPLATE

RENDERED = ("story", "page", "guide", "error")  # kinds rendered as pages (the others are files)

# Keys for what an output reads besides single stories and registry entries:
STORIES = "stories"  # which stories there are and what listings sort and group them by (not their bodies)
ANY_STORY = "any-story"  # any change to any story, its body included
STORY_FIELDS = "story-fields"  # any change to any story but to its text (the body)
REGISTRIES = "registries"  # any registry entry, and the registry problems the preview's home page shows
REDIRECTS = "redirects"  # redirects.yml
UNSHOWN = "unshown"  # the preview's banner of stories it cannot show, on every page
EVERYTHING = "*"  # a change every output may read (snowball.yml, today's date): reaches all of them
WHOLE_HUB = frozenset({STORIES, ANY_STORY, REGISTRIES})  # what an output that reads everything reads
LISTING = frozenset({STORIES, REGISTRIES})  # a generated page: besides the records its data holds (walked)
LISTS = frozenset({STORIES, STORY_FIELDS, REGISTRIES})  # feeds and data files: every story, never its text
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
    reads: frozenset[str] = field(default=frozenset(), compare=False)  # what it reads, as keys (see above)

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
    reads: frozenset[str] = frozenset()  # the story it belongs to, as a key


@dataclass(frozen=True)
class Plan:
    key: str  # configuration, theme and versions: a different key means every output changed
    outputs: Mapping[str, Output]
    problems: tuple[Diagnostic, ...] = ()  # outputs that would land on one path: the build is refused

    def fingerprints(self) -> dict[str, str]:
        """What the build cache stores between processes (the theme's own files are not rendered by us)."""
        return {p: o.fingerprint for p, o in self.outputs.items() if o.kind != "theme"}

    @cached_property
    def readers(self) -> dict[str, frozenset[str]]:
        """The reverse index: key -> the outputs that read it."""
        out: dict[str, set[str]] = {}
        for path, o in self.outputs.items():
            for key in o.reads:
                out.setdefault(key, set()).add(path)
        return {k: frozenset(v) for k, v in out.items()}

    def reached(self, keys: Iterable[str]) -> frozenset[str]:
        """The outputs a change to these keys can reach (every output that reads one of them)."""
        keys = set(keys)
        if EVERYTHING in keys:
            return frozenset(self.outputs)
        readers = self.readers
        return frozenset().union(*(readers.get(k, ()) for k in keys))


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


def record_key(value: object) -> str | None:
    """The key of a record the plan tracks when a fingerprint walks it (snowball.fingerprint.Digests): a story,
    a registry entry, or a view's record that names a story by its slug (StoryRef, Told, StoryLine: views copy
    a story's title and date into such records, never into a record without the slug)."""
    kind = type(value)
    if (prefix := _RECORD_KEYS.get(kind)) is not None:
        return f"{prefix}:{value.id}"  # type: ignore[attr-defined]
    slug = getattr(value, "slug", None)
    return f"story:{slug}" if isinstance(slug, str) else None


_RECORD_KEYS = {Site: "site", Practice: "practice", Champion: "champion", Tag: "tag"}


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
    previous: Plan | None = None,
    reached: Collection[str] = (),
    digests: Digests | None = None,
) -> Plan:
    """Every output of one build, with the theme's own files, each once: two on one built path are the plan's
    problems (the adapter refuses the build with them). images: files copied in, with an id of their content;
    redirects: built path -> (page, line in redirects.yml). every_page: what every page shows besides its own
    data (the preview's banner of stories it cannot show). more_pages: generated pages made outside HubPages
    (the digests), planned exactly like its own.

    previous and reached (the preview): a page of the previous plan with the same key that is not among the
    reached outputs keeps its fingerprint and what it reads, without its data being gathered or walked again;
    every other output is planned in full. digests: the fingerprints' record memo (the preview carries it)."""
    d = digests if digests is not None else Digests(record_key)
    out: dict[str, Output] = {}
    planned: list[Output] = []  # every output in the order added, a second one on a path too
    landed: set[str] = set()
    earlier = previous.outputs if previous is not None and previous.key == key else {}

    def kept(path: str, kind: str) -> Output | None:
        """The previous plan's output at path, when nothing it reads changed."""
        o = earlier.get(path)
        return o if o is not None and o.kind == kind and path not in reached else None

    def place(o: Output) -> None:
        planned.append(o)
        if (landing := "/".join(address_parts(o.built))) not in landed:  # the first keeps the place (preview)
            landed.add(landing)
            out[o.path] = o

    def add(path: str, kind: str, renderer: str, data: object, source: object = None, *, what: str = "",
            origin: str = "", line: int = 0, reads: frozenset[str] = frozenset(), **text: str) -> None:  # fmt: skip
        if kind in RENDERED:
            reads |= {UNSHOWN}
            if every_page:
                data = (data, every_page)
        walked: set[str] = set()  # the stories and registry entries its data holds
        fingerprint = d.of((key, renderer, data), walked)
        place(Output(path, kind, renderer, fingerprint, source=source, what=what, origin=origin, line=line,
                     reads=reads | walked, **text))  # fmt: skip

    for name in THEME_OUTPUTS:
        add(url_path(name), "theme", "theme", None)

    for story in stories:
        path = source_path("story", story.slug)
        if (o := kept(path, "story")) is not None:
            place(o)  # its record is equal to the one it was planned from (else its key would have changed)
            continue
        context = pages.story_context(story, hero(story, heroes.get(story.slug)))
        # the converted body derives from story.body, which the context holds (in 's')
        add(
            path,
            "story",
            STORY_TEMPLATE,
            context,
            story,
            what=f"the page of the story '{story.slug}'",
            origin=path,
            reads=pages.story_reads(story, context),
            title=story.title,
            description=story.summary,
        )
    for page in [*pages.all(), *more_pages]:
        if (o := kept(page.src, "page")) is not None:
            place(replace(o, source=page, title=page.title, description=page.description))
            continue
        data = (page.title, page.description, page.feeds, page.html.template, page.html.page_url, page.html.context)
        if page.src == source_path("home") and home_problems:
            data = (data, tuple(home_problems))
        # what it lists, by which stories there are, and every name (its data holds the whole table)
        add(page.src, "page", page.html.template, data, page, reads=LISTING, title=page.title,
            description=page.description)  # fmt: skip
    add(
        source_path("contribute"),
        "guide",
        "markdown",
        guide,
        guide,
        reads=frozenset({REGISTRIES}),
        title="Share your story",
        description="Write your success story in a form that checks it as you type.",
    )
    add(
        source_path("contribute-guide"),
        "guide",
        "markdown",
        written_guide,
        written_guide,
        reads=frozenset({REGISTRIES}),
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
            reads=frozenset({f"story:{slug}"}),
            title=f"Story cannot be shown: {slug}",
            description="This story has errors.",
        )
    for path, xml in feeds.items():
        add(path, "feed", "feeds", xml, xml, reads=LISTS)
    for path, text in files.items():
        add(path, "file", "files", text, text, reads=LISTS)
    for path, (page, line) in redirects.items():
        add(path, "file", "redirect", page, page, what=f"the redirect on line {line}", origin=REDIRECTS_FILE,
            line=line, reads=frozenset({REDIRECTS, STORIES}))  # fmt: skip
    copied = [Copied(p, i) for p, i in images.items()] if isinstance(images, Mapping) else images
    for c in copied:
        add(c.path, "image", "images", c.ident, c.ident, what=c.what, origin=c.origin, reads=c.reads)
    if search_data is not None:  # what the search index derives from (the entries cost more to compute)
        add(url_path("search"), "search", "search", search_data, None, reads=WHOLE_HUB)
    problems = collisions(Planned(o.built, o.what, o.origin, o.line) for o in planned)
    return Plan(key, out, tuple(problems))


def generated_page(plan: Plan, path: str) -> GeneratedPage | None:
    output = plan.outputs.get(path)
    return output.source if output is not None and output.kind == "page" else None
