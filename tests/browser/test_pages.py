"""What each page shows: the spread chart, the story's header card, images, dark mode, and phone-width layout.

Screenshots of every page type at desktop and phone width land in test-artifacts/screenshots/ for people to
look at (the folder is git-ignored; CI can keep it as an artifact).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from snowball.ledger import Ledger

from .conftest import DESKTOP, PAGE_TYPES, PHONE, Reader

pytestmark = pytest.mark.browser


def test_story_header_card_shows_site_champions_and_practices(reader: Reader, sample: Ledger) -> None:
    story = next(s for s in sample.stories if s.image and s.outcomes)
    hub = sample.hub
    page = reader.goto(f"/stories/{story.slug}/")
    expect(page.locator("h1")).to_have_text(story.title)
    facts = page.locator(".sb-facts")
    expect(facts).to_be_visible()

    def fact(label: str) -> str:
        return facts.locator("div", has=page.locator(f"dt:text-is('{label}')")).locator("dd").inner_text()

    assert hub.sites[story.site].name in fact("Site")
    for c in story.champions:
        assert hub.champions[c].name in fact("Champions")
    for p in story.practices:
        assert hub.practices[p].name in fact("Practices")
    for o in story.outcomes:
        expect(page.locator(".sb-outcomes")).to_contain_text(o.label)
    hero = page.locator(".sb-hero img")
    hero.scroll_into_view_if_needed()
    expect(hero).to_be_visible()
    expect(hero).to_have_attribute("alt", story.image_alt or "")
    assert page.evaluate("img => img.complete && img.naturalWidth > 0", hero.element_handle())


def images_without_alt(page: Page) -> list[str]:
    return list(
        page.evaluate(
            "() => [...document.images].filter(i => !(i.getAttribute('alt') || '').trim()).map(i => i.outerHTML)"
        )
    )


def test_every_image_has_alt_text(reader: Reader, sample: Ledger) -> None:
    with_images = [f"/stories/{s.slug}/" for s in sample.stories if s.image or s.files]
    assert with_images
    seen = 0
    for path in [*PAGE_TYPES.values(), *with_images]:
        page = reader.goto(path)
        assert images_without_alt(page) == [], path
        seen += page.evaluate("document.images.length")
    assert seen >= len(with_images)


def scheme(page: Page) -> str:
    return str(page.evaluate("document.body.getAttribute('data-md-color-scheme')"))


def background_is_dark(page: Page) -> bool:
    rgb = page.evaluate("getComputedStyle(document.body).backgroundColor.match(/\\d+/g).slice(0, 3).map(Number)")
    return sum(rgb) / 3 < 80


def test_dark_mode_toggle_works_and_persists(reader: Reader, screenshots: Path) -> None:
    page = reader.goto("/")
    assert scheme(page) == "default" and not background_is_dark(page)
    page.get_by_title("Switch to dark mode").click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    assert background_is_dark(page)
    page.screenshot(path=screenshots / "home-desktop-dark.png")

    page.reload()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    with page.expect_navigation():
        page.locator(".md-tabs a", has_text="Stories").click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    assert background_is_dark(page)

    page.get_by_title("Switch to light mode").click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "default")
    page.reload()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "default")


LOOKS = {
    "desktop-light": (DESKTOP, "light"),
    "desktop-dark": (DESKTOP, "dark"),
    "phone-light": (PHONE, "light"),
    "phone-dark": (PHONE, "dark"),
}


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_every_page_type_in_every_look_for_people_to_check(
    open_reader: Callable[..., Reader], screenshots: Path, kind: str
) -> None:
    """Screenshots at 1280 and 390 px, light and dark, in test-artifacts/screenshots/ (look at them)."""
    for look, (viewport, scheme) in LOOKS.items():
        page = open_reader(viewport=viewport, color_scheme=scheme).goto(PAGE_TYPES[kind])
        page.wait_for_load_state("load")
        width, client = page.evaluate("[document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]")
        assert width <= client, f"{kind} ({look}) scrolls sideways ({width} > {client})"
        shot = screenshots / f"{kind}-{look}.png"
        page.screenshot(path=shot, full_page=True)
        assert shot.stat().st_size > 5_000
