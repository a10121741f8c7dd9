"""The site's URL scheme: where every kind of page lives, and relative links between them.

One table, so a page's address is decided in one place; every other module asks here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from fnmatch import fnmatchcase
from urllib.parse import unquote

from .diagnostics import Diagnostic
from .gate import tr

PAGED = "page/"  # a listing's further pages: its address + page/2/, page/3/, ... (paged)

# Where every kind of page lives, relative to the site root (directory URLs), and what it is in words (for
# messages that name what owns an address). The last group is written by MkDocs and the Material theme,
# not by Snowball's views; it is here so that every address the built site uses is known in one place.
_PATHS: dict[str, tuple[str, str]] = {
    "home": ("", "the home page"),
    "stories": ("stories/", "the story listing"),
    "sites": ("sites/", "the list of sites"),
    "practices": ("practices/", "the list of practices"),
    "tags": ("tags/", "the list of tags"),
    "champions": ("champions/", "the list of champions"),
    "matrix": ("matrix/", "the practice matrix"),
    "momentum": ("momentum/", "the momentum page (adoptions per quarter)"),
    "contribute": ("contribute/", "the contribution guide and story form"),
    "contribute-guide": ("contribute/guide/", "the written guide to sharing a story"),
    "feed-all": ("feeds/all.xml", "the news feed of all stories"),
    "stories-pages": ("stories/" + PAGED, "the story listing's further pages"),  # before 'story': it wins the tie
    "story-index": ("stories/index.json", "the story index the listing's filters load"),  # also before 'story'
    "story-filters": ("stories/filters.json", "the choices of the listing's filters"),
    "form-choices": ("contribute/choices.json", "the choices of the story form's pickers"),
    "story": ("stories/{}/", "the story '{}'"),
    "site": ("sites/{}/", "the page of site '{}'"),
    "practice": ("practices/{}/", "the page of practice '{}'"),
    "tag": ("tags/{}/", "the page of tag '{}'"),
    "champion": ("champions/{}/", "the page of champion '{}'"),
    "feed-site": ("feeds/sites/{}.xml", "the news feed of site '{}'"),
    "feed-practice": ("feeds/practices/{}.xml", "the news feed of practice '{}'"),
    "regions": ("regions/", "the list of regions"),
    "region": ("regions/{}/", "the page of region '{}'"),
    "site-stories": ("sites/{}/stories/", "the stories of site '{}'"),  # then page/2/, page/3/, ... (places views)
    "practice-stories": ("practices/{}/stories/", "the stories of practice '{}'"),
    "digest": ("digest/", "the list of digests"),
    "digest-period": ("digest/{}/", "the digest of '{}'"),  # a month (2026-11) or a quarter (2026-q4)
    "feed-digest": ("feeds/digest.xml", "the news feed of digests"),
    "robots": ("robots.txt", "the note to search engines (robots.txt)"),
    "data": ("data/{}", "the data file '{}' for spreadsheets (snowball export)"),
    # written by MkDocs and the Material theme
    "not-found": ("404.html", "the 'page not found' page"),
    "sitemap": ("sitemap.xml", "the sitemap"),
    "sitemap-gz": ("sitemap.xml.gz", "the compressed sitemap"),
    "search": ("search/", "the search index"),
    "assets": ("assets/", "the theme's styles, scripts and images"),
}


# What MkDocs and the theme write themselves: entries in every plan (snowball.plan), so that nothing of the
# hub's can be planned on top of them. A path ending in '/' owns everything under it.
THEME_OUTPUTS = ("not-found", "sitemap", "sitemap-gz", "assets")
# Addresses ending in '/' that are folders owned whole (the search index's shards, the theme's files), not pages.
FOLDERS = frozenset({"search", "assets"})


def url_path(kind: str, ident: str | None = None) -> str:
    """The site-root-relative URL of a page, e.g. url_path('site', 'porto') == 'sites/porto/'."""
    pattern = _PATHS[kind][0]
    return pattern.format(ident) if ident is not None else pattern


def ident_at(kind: str, path: str) -> str | None:
    """The id whose page of that kind is at path, the inverse of url_path: ident_at('story', 'stories/x/') == 'x';
    None when the path is not one of that kind's addresses."""
    before, _, after = _PATHS[kind][0].partition("{}")
    ident = path[len(before) : len(path) - len(after)] if path.startswith(before) and path.endswith(after) else ""
    return ident if ident and "/" not in ident and len(path) == len(before) + len(ident) + len(after) else None


def address_parts(path: str) -> list[str]:
    """A site path as a server or file system may see it: %-escapes decoded, any case, no './' or empty parts.

    'Regions', './regions/', 'regions//' and '%72egions' are all the folder regions/.
    """
    return [p for p in unquote(path).casefold().split("/") if p not in ("", ".")]


def owner(path: str) -> str | None:
    """What the built site itself has at a path or under it, in words; None when the address is free.

    A path owns everything under it and clashes with a file of the same name (a file 'regions' and a
    folder 'regions/' cannot both exist), so the first part decides whether it is taken; the words come
    from the longest pattern the path starts with ('stories/a-year/' -> "the story 'a-year'").
    """
    parts = address_parts(path)
    if not parts or parts == ["index.html"]:
        return _PATHS["home"][1]
    best: tuple[int, str] | None = None
    taken = False
    for pattern, words in _PATHS.values():
        wanted = [p for p in pattern.split("/") if p]
        if not wanted or wanted[0] != parts[0]:
            continue
        taken = True
        pairs = list(zip(wanted, parts[: len(wanted)], strict=False))
        if len(wanted) <= len(parts) and all(fnmatchcase(b, a.replace("{}", "*")) for a, b in pairs):
            items = [b for a, b in pairs if "{}" in a]
            if best is None or len(wanted) > best[0]:
                best = (len(wanted), words.format(*(b.removesuffix(".xml") for b in items)))
    if best is not None:
        return best[1]
    return f"the files under {parts[0]}/" if taken else None


def story_address_taken(slug: str) -> str | None:
    """What else the site keeps at a story's address (stories/page/ holds the listing's further pages),
    in words; None when the folder name is free to be a story."""
    words = owner(url_path("story", slug))
    return None if words == _PATHS["story"][1].format(slug) else words


def paged(url: str, number: int) -> str:
    """Page `number` of the listing at url: page 1 is the listing itself, then 'stories/page/2/' and so on."""
    return url if number <= 1 else f"{url}{PAGED}{number}/"


@dataclass(frozen=True)
class Target:
    """Where one output is, from one descriptor: the address links use, the source path the adapter gives MkDocs,
    and the file written in the site folder. The one rule that turns an address into a file lives here (Hugo's
    CreateTargetPaths): an address ending in '/' (or the home page's '') is a page, written as its folder's
    index.html from the source index.md; anything else is a file at its own path. Every module asks here, so a
    link and the file it reaches cannot disagree."""

    link: str  # site-root-relative address: 'sites/porto/', 'feeds/all.xml', '' for the home page
    source: str  # 'sites/porto/index.md' for a page (directory URL); the file's own path otherwise
    built: str  # 'sites/porto/index.html'; 'feeds/all.xml'

    @classmethod
    def at(cls, link: str) -> Target:
        """The output at a site-root-relative address: a listing's 'stories/page/2/', a redirect's old address."""
        if link == "" or link.endswith("/"):
            return cls(link, link + "index.md", link + "index.html")
        return cls(link, link, link)

    @classmethod
    def of(cls, source: str) -> Target:
        """The output the adapter places at a source path (a plan's key: 'stories/x/index.md', 'feeds/all.xml',
        or a folder it owns whole, 'search/')."""
        if source == "index.md" or source.endswith("/index.md"):
            return cls.at(source.removesuffix("index.md"))
        return cls(source, source, source)


def target(kind: str, ident: str | None = None) -> Target:
    """The output of a kind of page (urls._PATHS) and its id: target('site', 'porto').built == 'sites/porto/index.html'."""
    link = url_path(kind, ident)
    return Target(link, link, link) if kind in FOLDERS else Target.at(link)


def source_path(kind: str, ident: str | None = None) -> str:
    """The Markdown source path a page pretends to have, e.g. 'sites/porto/index.md'."""
    return target(kind, ident).source


class Urls:
    """Relative links from one page, so the site works from any folder or file server."""

    def __init__(self, page_url: str) -> None:
        self.base = "../" * page_url.count("/")

    def to(self, kind: str, ident: str | None = None) -> str:
        return self.base + url_path(kind, ident) or "./"

    def at(self, path: str) -> str:
        """A link to any site-root-relative path (a listing's page 2, a data file)."""
        return self.base + path or "./"


def story_file(slug: str, name: str) -> str:
    """The address, and built path, of a file a story publishes beside its page."""
    return url_path("story", slug) + name


def published_files(files: Iterable[str], image: str | None, body: str) -> tuple[str, ...]:
    """The files of a story folder that get an address: every file the story uses, except its picture
    (image:) when the body does not show it too, which is published only as its sized copies."""
    return tuple(name for name in files if name != image or name in body)


@dataclass(frozen=True)
class Planned:
    """One output's place, for the collision check: its built path, what it is in words, where it is declared."""

    built: str
    what: str = ""  # '' for a page of the site's own: its words come from owner() when a message needs them
    origin: str = ""  # the file that declares it ('stories/x/index.md', 'redirects.yml'); '' for the site's own
    line: int = 0


def story_outputs(
    slug: str, published: Iterable[str], image: str | None, renditions: Iterable[tuple[str, int]]
) -> list[Planned]:
    """What a story folder puts in the site besides the page, in words: its picture's sized copies
    (images.rendition_names), then the files it publishes. One list for the plan and the validator, so both
    see the same clash in the same words."""
    origin = source_path("story", slug)
    copies = [
        Planned(story_file(slug, n), tr("the %(width)s px copy of the picture %(image)s", width=w, image=image), origin)
        for n, w in renditions
    ]
    return copies + [Planned(story_file(slug, n), tr("the file %(name)s", name=n), origin) for n in published]


def collisions(entries: Iterable[Planned]) -> list[Diagnostic]:
    """Two outputs that would be written to one file (or a file where another needs a folder), one located
    error for each, naming both. Paths are compared as address_parts reads them: './', empty parts and
    %-escapes undone, and letter case ignored ALWAYS: macOS and Windows file systems, and many servers, take
    'Data.csv' and 'data.csv' for one file, and a verdict must not depend on the machine that builds.
    A path ending in '/' (assets/, search/) owns everything under it."""
    files: dict[str, Planned] = {}  # normalised file path -> its output
    folders: dict[str, Planned] = {}  # every folder some output needs -> the first output that needs it
    owned: dict[str, Planned] = {}  # folders owned whole
    out: list[Diagnostic] = []
    for e in entries:
        parts = address_parts(e.built)
        key = "/".join(parts)
        inside = ["/".join(parts[:i]) for i in range(1, len(parts) + (1 if e.built.endswith("/") else 0))]
        first = (
            files.get(key)
            or (owned.get(key) if e.built.endswith("/") else folders.get(key))
            or next((files[f] for f in inside if f in files), None)
            or next((owned[f] for f in inside if f in owned), None)
        )
        if first is not None:
            where = (
                tr(" (%(file)s, line %(line)s)", file=first.origin, line=first.line)
                if first.line
                else (f" ({first.origin})" if first.origin else "")
            )
            at = e if e.origin else first  # located in the hub's file that can change, when one of them is
            this, that = (x.what or owner(x.built) or x.built for x in (e, first))
            out.append(Diagnostic(at.origin or "mkdocs.yml", at.line, 0, "error", "collision",
                                  tr("%(this)s and %(that)s%(where)s would be written to the same place in the "
                                     "built site (%(path)s)", this=this, that=that, where=where, path=e.built),
                                  hint=tr("rename one of them; names that differ only in capitals or in %-escapes "
                                          "are the same place on many computers and servers")))  # fmt: skip
            continue
        if e.built.endswith("/"):
            owned[key] = e
        else:
            files[key] = e
        for f in inside:
            folders.setdefault(f, e)
    return out
