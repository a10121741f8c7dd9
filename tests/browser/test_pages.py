"""What each page shows: the spread chart, the story's header card, images, dark mode, and phone-width layout.

Screenshots of every page type at desktop and phone width land in test-artifacts/screenshots/ for people to
look at (the folder is git-ignored; CI can keep it as an artifact).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from snowball.ledger import Ledger

from .conftest import DESKTOP, PAGE_TYPES, PHONE, Reader

pytestmark = pytest.mark.browser


def test_practice_spread_chart_is_visible_and_has_a_text_alternative(reader: Reader, sample: Ledger) -> None:
    practice = sample.hub.practices["paperless-loan-files"]
    adoptions = sample.practice_adoptions(practice.id)
    page = reader.goto(f"/practices/{practice.id}/")
    chart = page.locator("figure.sb-chart svg.sb-spread")
    expect(chart).to_be_visible()
    box = chart.bounding_box()
    assert box is not None and box["width"] > 200 and box["height"] > 60
    expect(chart).to_have_attribute("role", "img")
    expect(chart.locator("title")).to_have_text(f"Adopting sites over time for {practice.name}")
    expect(chart.locator("desc")).to_contain_text(f"reached {len(adoptions)} sites")
    # Screen readers announce it as an image named by its title and description.
    title = f"Adopting sites over time for {practice.name}"
    expect(chart).to_have_accessible_name(re.compile(rf"^{re.escape(title)}\b.*reached {len(adoptions)} sites"))
    caption = page.locator("figure.sb-chart figcaption")
    expect(caption).to_be_visible()
    expect(caption).to_contain_text(f"{practice.name} reached {len(adoptions)} sites")
    assert page.get_by_role("img", name=title).count() == 1


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


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_no_sideways_scrolling_on_a_phone(open_reader: Callable[..., Reader], screenshots: Path, kind: str) -> None:
    phone = open_reader(viewport=PHONE).goto(PAGE_TYPES[kind])
    width, client = phone.evaluate("[document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]")
    phone.screenshot(path=screenshots / f"{kind}-phone.png", full_page=True)
    assert width <= client, f"{kind}: the page scrolls sideways on a {PHONE['width']} px phone ({width} > {client})"
    if kind == "matrix":  # the matrix scrolls inside its own labelled, focusable region instead
        region = phone.get_by_role("region", name="Adoption matrix, scrolls sideways")
        expect(region).to_have_attribute("tabindex", "0")
        assert region.evaluate("el => el.scrollWidth > el.clientWidth")

    desktop = open_reader(viewport=DESKTOP).goto(PAGE_TYPES[kind])
    desktop.screenshot(path=screenshots / f"{kind}-desktop.png", full_page=True)
    assert (screenshots / f"{kind}-phone.png").stat().st_size > 5_000
    assert (screenshots / f"{kind}-desktop.png").stat().st_size > 5_000
