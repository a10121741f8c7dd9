"""The stories listing narrows by site, practice and tag in place, and says how many stories it shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from .conftest import Card, Reader, built_cards

pytestmark = pytest.mark.browser

LISTING = "/stories/"


@pytest.fixture(scope="module")
def cards(built_site: Path) -> list[Card]:
    """What the built page says about every card: the truth the filters must agree with."""
    found = built_cards(built_site, LISTING)
    assert len(found) >= 10
    return found


def shown_titles(page: Page) -> list[str]:
    return page.locator(".sb-cards .sb-card:visible .sb-card__title a").all_inner_texts()


def mark_page(page: Page) -> None:
    """Leave a mark on this document: after a reload or navigation it is gone."""
    page.evaluate("window.__sbSameDocument = true")


def assert_same_page(page: Page) -> None:
    assert page.evaluate("window.__sbSameDocument === true"), "the page reloaded or navigated away"


def expect_showing(page: Page, expected: list[Card], total: int) -> None:
    count = page.locator("[data-sb-count]")
    if len(expected) == total:
        expect(count).to_have_text(f"Showing all {total} stories")
    else:
        expect(count).to_have_text(f"Showing {len(expected)} of {total} stories")
    assert shown_titles(page) == [c.title for c in expected]


def pick(cards: list[Card], attr: str) -> str:
    """The value that selects the most cards but not all (so a filter that does nothing cannot pass)."""

    def has(card: Card, value: str) -> bool:
        return card.site == value if attr == "site" else value in getattr(card, attr)

    values = {v for c in cards for v in ([c.site] if attr == "site" else getattr(c, attr))}
    counts = {v: sum(has(c, v) for c in cards) for v in values}
    useful = [v for v, n in counts.items() if 1 <= n < len(cards)]
    assert useful, f"no {attr} selects some but not all of {len(cards)} stories"
    return min(useful, key=lambda v: (-counts[v], v))


def test_filters_narrow_the_cards_without_a_reload(reader: Reader, cards: list[Card]) -> None:
    page = reader.goto(LISTING)
    total = len(cards)
    expect_showing(page, cards, total)
    mark_page(page)
    form = page.locator("form[data-sb-filters]")

    site = pick(cards, "site")
    form.locator("select[name=site]").select_option(site)
    by_site = [c for c in cards if c.site == site]
    expect_showing(page, by_site, total)
    assert_same_page(page)
    assert f"site={site}" in page.url  # the filtered view can be shared as a link

    form.locator("select[name=site]").select_option("")
    practice = pick(cards, "practices")
    form.locator("select[name=practice]").select_option(practice)
    expect_showing(page, [c for c in cards if practice in c.practices], total)

    tag = pick([c for c in cards if practice in c.practices], "tags")
    form.locator("select[name=tag]").select_option(tag)
    both = [c for c in cards if practice in c.practices and tag in c.tags]
    assert both
    expect_showing(page, both, total)

    nothing_site = next(s for s in sorted({c.site for c in cards}) if not any(c.site == s for c in both))
    form.locator("select[name=site]").select_option(nothing_site)
    expect_showing(page, [], total)

    form.locator("button[type=reset]").click()
    expect_showing(page, cards, total)
    assert_same_page(page)
    assert "?" not in page.url


def test_a_shared_filter_link_opens_filtered(reader: Reader, cards: list[Card]) -> None:
    tag = pick(cards, "tags")
    page = reader.goto(f"{LISTING}?tag={tag}")
    expect(page.locator("select[name=tag]")).to_have_value(tag)
    expect_showing(page, [c for c in cards if tag in c.tags], len(cards))


def test_filters_work_from_the_keyboard_alone(reader: Reader, cards: list[Card]) -> None:
    page = reader.goto(LISTING)
    mark_page(page)
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "site":
            break
    else:
        pytest.fail("Tab never reached the site filter")

    page.keyboard.press("ArrowDown")  # the first site in the list
    site = page.locator("select[name=site]").input_value()
    assert site
    expect_showing(page, [c for c in cards if c.site == site], len(cards))

    page.keyboard.press("Tab")
    expect(page.locator("select[name=practice]")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.locator("select[name=tag]")).to_be_focused()
    tags_here = sorted({t for c in cards if c.site == site for t in c.tags})
    for _ in range(len(page.locator("select[name=tag] option").all())):
        page.keyboard.press("ArrowDown")
        if page.locator("select[name=tag]").input_value() in tags_here:
            break
    tag = page.locator("select[name=tag]").input_value()
    expect_showing(page, [c for c in cards if c.site == site and tag in c.tags], len(cards))

    page.keyboard.press("Tab")
    expect(page.locator("form[data-sb-filters] button[type=reset]")).to_be_focused()
    page.keyboard.press("Enter")
    expect_showing(page, cards, len(cards))
    assert_same_page(page)
