"""The 404 page as a reader meets it: a mistyped or old address on a server that answers with 404.html.

The test server does what README's "Serving the 404 page" asks of nginx, Apache, IIS or a bucket: any
missing address gets 404.html with status 404, at that address (so the page must work from any depth).
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from snowball.ledger import Ledger

from .conftest import DESKTOP, PHONE, Reader
from .test_accessibility import RUN_AXE, SERIOUS, describe

pytestmark = pytest.mark.browser

LOOKS = [(DESKTOP, "light"), (DESKTOP, "dark"), (PHONE, "light"), (PHONE, "dark")]


class _NotFoundHandler(SimpleHTTPRequestHandler):
    """A static server that answers a missing address with the site's 404.html, as error_page does."""

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@pytest.fixture(scope="module")
def not_found_url(built_site: Path) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_NotFoundHandler, directory=str(built_site)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name="http-404", daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def open_missing(reader: Reader, path: str) -> Page:
    """Open an address that does not exist; its 404 answer is expected, not a broken link."""
    response = reader.page.goto(reader.origin + path)
    assert response is not None and response.status == 404, path
    reader.broken.remove(f"404 {reader.origin}{path}")
    expect(reader.page.locator("h1")).to_have_text("Page not found")
    return reader.page


@pytest.mark.parametrize(("viewport", "scheme"), LOOKS)
def test_a_mistyped_story_address_suggests_the_story(
    open_reader: Callable[..., Reader], not_found_url: str, viewport: dict[str, int], scheme: str
) -> None:
    reader = open_reader(viewport=viewport, color_scheme=scheme, origin=not_found_url)
    page = open_missing(reader, "/stories/kingsgate-paperles-loan-file/")
    assert page.evaluate("document.body.dataset.mdColorScheme") == ("slate" if scheme == "dark" else "default")
    suggestions = page.locator("[data-sb-suggest] li a")
    expect(suggestions.first).to_have_attribute("href", "/stories/kingsgate-paperless-loan-files/")
    assert 1 <= suggestions.count() <= 5
    expect(page.locator("[data-sb-suggest-status]")).to_contain_text("with a similar address")
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    with page.expect_navigation():
        suggestions.first.click()
    expect(page.locator("h1")).to_contain_text("paperless loan files")


def test_suggestions_and_links_work_from_any_depth(
    open_reader: Callable[..., Reader], not_found_url: str, sample: Ledger
) -> None:
    reader = open_reader(origin=not_found_url)
    page = open_missing(reader, "/old/intranet/news/2024/e-bikes-coin-room.html")
    story = next(s for s in sample.stories if "coin room" in s.title)
    expect(page.locator("[data-sb-suggest] li a").first).to_have_text(story.title)
    for name, href in (("All stories", "/stories/"), ("Sites", "/sites/"), ("Share your story", "/contribute/")):
        expect(page.locator(".sb-404__links").get_by_role("link", name=name, exact=True)).to_have_attribute(
            "href", href
        )
    # the theme's styles and scripts came from the site root, not from /old/intranet/...
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") in {"sticky", "fixed"}
    with page.expect_navigation():
        page.locator(".sb-404__links").get_by_role("link", name="Sites", exact=True).click()
    expect(page.locator("h1")).to_have_text("Sites")


def test_an_address_like_no_story_says_so_and_offers_search(
    open_reader: Callable[..., Reader], not_found_url: str
) -> None:
    reader = open_reader(viewport=PHONE, origin=not_found_url)
    page = open_missing(reader, "/zzqx-wvvk/")
    expect(page.locator("[data-sb-suggest-status]")).to_contain_text("No story has an address like")
    expect(page.locator("[data-sb-suggest]")).to_be_hidden()
    page.locator("label[for='__search']", has_text="Search the hub").click()
    page.keyboard.type("e-bikes")
    expect(page.locator(".md-search-result__item").first).to_be_visible()


@pytest.mark.parametrize(("viewport", "scheme"), [(DESKTOP, "light"), (PHONE, "dark")])
def test_the_404_page_has_no_serious_accessibility_violations(
    axe_script: Path, open_reader: Callable[..., Reader], not_found_url: str, viewport: dict[str, int], scheme: str
) -> None:
    reader = open_reader(viewport=viewport, color_scheme=scheme, origin=not_found_url)
    page = open_missing(reader, "/stories/kingsgate-paperles-loan-file/")
    expect(page.locator("[data-sb-suggest] li a").first).to_be_visible()
    page.add_script_tag(path=str(axe_script))
    serious = [v for v in page.evaluate(RUN_AXE) if v["impact"] in SERIOUS]
    assert serious == [], describe(serious)
