"""Search as readers use it (issue 25): a result's excerpt ends before its site and champions, and the
Share page, a list of every registry name, is not among the results."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from snowball.ledger import Ledger

from .conftest import DESKTOP, PHONE, Reader

pytestmark = pytest.mark.browser

LOOKS = [(DESKTOP, "light"), (DESKTOP, "dark"), (PHONE, "light"), (PHONE, "dark")]


def search(page: Page, viewport: dict[str, int], query: str) -> None:
    """Type into Material's search box; on a phone it opens from the header's search button."""
    if viewport == PHONE:
        page.locator("label.md-header__button[for='__search']").first.click()
    else:
        page.locator("input.md-search__input").click()
    page.keyboard.type(query)


@pytest.mark.parametrize(("viewport", "scheme"), LOOKS)
def test_a_results_excerpt_ends_before_its_site_and_champions(
    open_reader: Callable[..., Reader], sample: Ledger, viewport: dict[str, int], scheme: str
) -> None:
    story = sample.by_slug["kingsgate-ebike-leasing"]
    hub = sample.hub
    page = open_reader(viewport=viewport, color_scheme=scheme).goto("/")
    search(page, viewport, "e-bikes")
    result = page.locator(".md-search-result__link[href*='/stories/kingsgate-ebike-leasing/'] article")
    expect(result).to_be_visible()
    excerpt, meta = result.locator("p:not(.sb-search-meta)").first, result.locator("p.sb-search-meta")
    expect(excerpt).to_have_text(story.summary)  # the summary, and nothing after it
    who = " · ".join([hub.sites[story.site].name, *(hub.champions[c].name for c in story.champions)])
    expect(meta).to_have_text(who)
    top, below = excerpt.bounding_box(), meta.bounding_box()
    assert top and below and below["y"] >= top["y"] + top["height"]  # a line of its own, under the excerpt
    box = result.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"]


def test_a_champions_name_finds_them_and_their_stories_not_the_share_page(
    open_reader: Callable[..., Reader], sample: Ledger
) -> None:
    page = open_reader().goto("/")
    search(page, DESKTOP, "Siddiqui")
    links = page.locator(".md-search-result__link")
    expect(links.first).to_have_attribute("href", re.compile(r"/champions/ahmed-siddiqui/(\?|$)"))
    hrefs = links.evaluate_all("links => links.map(a => new URL(a.href).pathname)")
    assert hrefs and not [h for h in hrefs if h.startswith("/contribute/")]
    expect(page.locator(".md-search-result__meta")).to_contain_text("matching document")
