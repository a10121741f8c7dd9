"""The site's URL scheme: where every kind of page lives, and relative links between them.

One table, so a page's address is decided in one place; every other module asks here.
"""

from __future__ import annotations

from fnmatch import fnmatchcase
from urllib.parse import unquote

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
    "stories-pages": ("stories/page/", "the story listing's further pages"),  # before 'story': it wins the tie
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


def url_path(kind: str, ident: str | None = None) -> str:
    """The site-root-relative URL of a page, e.g. url_path('site', 'porto') == 'sites/porto/'."""
    pattern = _PATHS[kind][0]
    return pattern.format(ident) if ident is not None else pattern


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
    return url if number <= 1 else f"{url}page/{number}/"


def source_path(kind: str, ident: str | None = None) -> str:
    """The Markdown source path a page pretends to have, e.g. 'sites/porto/index.md'."""
    return url_path(kind, ident) + "index.md"


class Urls:
    """Relative links from one page, so the site works from any folder or file server."""

    def __init__(self, page_url: str) -> None:
        self.base = "../" * page_url.count("/")

    def to(self, kind: str, ident: str | None = None) -> str:
        return self.base + url_path(kind, ident) or "./"

    def at(self, path: str) -> str:
        """A link to any site-root-relative path (a listing's page 2, a data file)."""
        return self.base + path or "./"
