"""The site's URL scheme: where every kind of page lives, and relative links between them.

One table, so a page's address is decided in one place; every other module asks here.
"""

from __future__ import annotations

# Where every kind of page lives, relative to the site root (directory URLs).
_PATHS = {
    "home": "",
    "stories": "stories/",
    "sites": "sites/",
    "practices": "practices/",
    "tags": "tags/",
    "champions": "champions/",
    "matrix": "matrix/",
    "contribute": "contribute/",
    "feed-all": "feeds/all.xml",
    "story": "stories/{}/",
    "site": "sites/{}/",
    "practice": "practices/{}/",
    "tag": "tags/{}/",
    "champion": "champions/{}/",
    "feed-site": "feeds/sites/{}.xml",
    "feed-practice": "feeds/practices/{}.xml",
    "regions": "regions/",
    "region": "regions/{}/",
    "site-stories": "sites/{}/stories/",  # then page/2/, page/3/, ... (places views)
    "practice-stories": "practices/{}/stories/",
}


def url_path(kind: str, ident: str | None = None) -> str:
    """The site-root-relative URL of a page, e.g. url_path('site', 'porto') == 'sites/porto/'."""
    pattern = _PATHS[kind]
    return pattern.format(ident) if ident is not None else pattern


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
