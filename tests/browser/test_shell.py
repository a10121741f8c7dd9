"""What every page carries around its content: link-preview meta (Open Graph, Twitter), robots meta and
robots.txt (private by default), the footer, one date format and plain words. Read from the built HTML;
the footer is also looked at in the browser."""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

import pytest
from playwright.sync_api import expect

from snowball.ledger import Ledger

from ..conftest import copy_hub, mkdocs_bin, run_process
from .conftest import PAGE_TYPES, PHONE, Reader

pytestmark = pytest.mark.browser

SITE_URL = "https://snowball.harbourline.example/"  # mkdocs.yml
REPO_URL = "https://git.harbourline.example/sustainability/snowball"
MINE = ("home", "story", "tag", "champion", "listing")  # the page types this module's views render


class Head(HTMLParser):
    """<meta> values (attribute values come back unescaped, as a chat tool would read them) and the footer."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self.footer_links: list[tuple[str, str]] = []
        self._footer = 0
        self._href: str | None = None
        self.footer_text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "meta" and ("property" in a or "name" in a):
            self.meta[a.get("property") or a["name"]] = a.get("content", "")
        if tag == "div" and "sb-footer" in a.get("class", "").split():
            self._footer = 1
        elif self._footer and tag == "div":
            self._footer += 1
        if self._footer and tag == "a":
            self._href = a.get("href", "")

    def handle_endtag(self, tag: str) -> None:
        if self._footer and tag == "div":
            self._footer -= 1

    def handle_data(self, data: str) -> None:
        if self._footer:
            self.footer_text += data
            if self._href is not None:
                self.footer_links.append((data.strip(), self._href))
                self._href = None


def head(site: Path, path: str) -> Head:
    parser = Head()
    parser.feed((site / path.strip("/") / "index.html").read_text(encoding="utf-8"))
    return parser


def visible_text(site: Path, path: str) -> str:
    html = (site / path.strip("/") / "index.html").read_text(encoding="utf-8")
    body = html.split('<article class="md-content__inner md-typeset">', 1)[1].split("</article>", 1)[0]
    return re.sub(r"<[^>]+>", " ", body)


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_every_page_previews_well_in_chat_tools(built_site: Path, kind: str) -> None:
    meta = head(built_site, PAGE_TYPES[kind]).meta
    for key in ("og:title", "og:description", "og:type", "og:url", "og:site_name", "twitter:card", "twitter:title"):
        assert meta.get(key), f"{kind}: no {key}"
    assert meta["og:url"] == SITE_URL + PAGE_TYPES[kind].lstrip("/")
    assert meta["og:type"] == ("article" if kind == "story" else "website")
    assert "&amp;" not in meta["og:title"] and "&#" not in meta["og:title"]  # escaped once, not twice
    for value in meta.values():
        assert not value.startswith(("http://", "//")) and "<" not in value


def test_a_story_preview_shows_its_title_summary_and_hero(built_site: Path, sample: Ledger) -> None:
    story = next(s for s in sample.stories if s.image and "'" in s.title)
    meta = head(built_site, f"/stories/{story.slug}/").meta
    assert meta["og:title"] == story.title and meta["og:description"] == story.summary
    assert meta["og:image"].startswith(f"{SITE_URL}stories/{story.slug}/")
    assert (built_site / meta["og:image"].removeprefix(SITE_URL)).is_file()
    assert meta["twitter:card"] == "summary_large_image"
    home = head(built_site, "/").meta
    assert home["og:title"] == "Harbourline Snowball" and home["twitter:card"] == "summary"


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_pages_ask_search_engines_to_stay_out_by_default(built_site: Path, kind: str) -> None:
    assert head(built_site, PAGE_TYPES[kind]).meta.get("robots") == "noindex, nofollow"


def test_robots_txt_disallows_crawling(built_site: Path) -> None:
    text = (built_site / "robots.txt").read_text(encoding="utf-8")
    assert "User-agent: *" in text and "Disallow: /" in text


def test_a_hub_that_allows_indexing_says_so(tmp_path: Path) -> None:
    root = copy_hub(tmp_path / "hub")
    (root / "snowball.yml").write_text("allow_indexing: true\n", encoding="utf-8")
    result = run_process(mkdocs_bin(), "build", "--strict", "-q", "--site-dir", str(root / "site"), cwd=root)
    assert result.code == 0, result.err
    assert "Disallow" not in (root / "site" / "robots.txt").read_text(encoding="utf-8")
    for path in ("/", "/stories/", "/stories/kingsgate-paperless-loan-files/"):
        assert "robots" not in head(root / "site", path).meta


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_the_footer_names_the_hub_and_links_contributing_and_the_repository(built_site: Path, kind: str) -> None:
    footer = head(built_site, PAGE_TYPES[kind])
    assert "Harbourline Snowball" in footer.footer_text
    links = dict(footer.footer_links)
    assert urljoin(PAGE_TYPES[kind], links["Share your story"]) == "/contribute/"
    assert links["The hub's repository"] == REPO_URL


@pytest.mark.parametrize("kind", MINE)
def test_plain_words_one_date_format_and_plurals(built_site: Path, kind: str) -> None:
    text = visible_text(built_site, PAGE_TYPES[kind])
    assert not re.search(r"\b1 (stories|sites|practices|champions)\b", text)
    assert "Atom" not in text
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", text), "an ISO date shown to readers"
    assert re.search(r"\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b", text)


def test_the_footer_fits_a_phone(open_reader: Callable[..., Reader]) -> None:
    page = open_reader(viewport=PHONE).goto("/stories/")
    footer = page.locator(".md-footer .sb-footer")
    expect(footer.get_by_role("link", name="Share your story")).to_be_visible()
    expect(footer.get_by_role("link", name="The hub's repository")).to_be_visible()
    box = footer.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
