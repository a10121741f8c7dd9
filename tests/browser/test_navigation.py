"""A reader follows links: home, practice, adopting site, story, the story it learned from; matrix; tags."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from snowball.ledger import Adoption, Ledger

from .conftest import Reader

pytestmark = pytest.mark.browser


def path_of(page: Page) -> str:
    return str(page.evaluate("location.pathname"))


def follow(page: Page, link_locator: str, expected_path: str) -> None:
    with page.expect_navigation():
        page.locator(link_locator).first.click()
    assert path_of(page) == expected_path


def test_home_to_practice_to_site_to_story_to_its_inspiration(reader: Reader, sample: Ledger) -> None:
    page = reader.goto("/")
    on_home = set(
        page.locator("main a[href*='practices/']").evaluate_all(
            "links => links.map(a => new URL(a.href).pathname.split('/')[2]).filter(Boolean)"
        )
    )
    # An adoption on a practice the home page links to, whose first story names the story it learned from.
    adoption: Adoption = next(
        a for (site, practice), a in sorted(sample.adoptions.items()) if practice in on_home and a.first.inspired_by
    )
    practice = sample.hub.practices[adoption.practice]
    site = sample.hub.sites[adoption.site]
    story = adoption.first
    origin = next(s for s in sample.stories if s.slug == story.inspired_by[0])

    follow(page, f"main a[href$='practices/{practice.id}/']", f"/practices/{practice.id}/")
    expect(page.locator("h1")).to_have_text(practice.name)

    follow(page, f".sb-bysite a[href$='sites/{site.id}/']", f"/sites/{site.id}/")
    expect(page.locator("h1")).to_have_text(site.name)

    follow(page, f"a[href$='sites/{site.id}/stories/']", f"/sites/{site.id}/stories/")
    follow(page, f".sb-storylist a[href$='stories/{story.slug}/']", f"/stories/{story.slug}/")
    expect(page.locator("h1")).to_have_text(story.title)
    expect(page.locator(".sb-facts")).to_contain_text(practice.name)

    lineage = page.locator(".sb-lineage")
    expect(lineage).to_contain_text("This story learned from")
    follow(page, f".sb-lineage a[href$='stories/{origin.slug}/']", f"/stories/{origin.slug}/")
    expect(page.locator("h1")).to_have_text(origin.title)
    # ...and the way back: the origin lists the story it inspired.
    expect(page.locator(".sb-lineage")).to_contain_text(story.title)


CELL = """([site, practice]) => {
    const table = document.querySelector("table.sb-mx");
    const col = [...table.tHead.rows[0].cells].findIndex(th => (th.title || "").startsWith(practice + ":"));
    const row = [...table.querySelectorAll("tbody tr")].find(r => r.cells[0].textContent.trim() === site);
    const cell = row.cells[col];
    cell.dispatchEvent(new MouseEvent("mouseover", {bubbles: true}));
    return [cell.textContent, cell.title, cell.className];
}"""


def test_a_matrix_cell_shows_the_stage_and_the_site_name_opens_the_site(reader: Reader, sample: Ledger) -> None:
    page = reader.goto("/")
    follow(page, ".md-tabs a:text-is('Matrix')", "/matrix/")
    for (site_id, practice_id), adoption in sorted(sample.adoptions.items())[:: max(1, len(sample.adoptions) // 3)]:
        site, practice = sample.hub.sites[site_id], sample.hub.practices[practice_id]
        text, title, colour = page.evaluate(CELL, [site.name, practice.name])
        assert text == adoption.stage[0].upper()
        assert title == f"{site.name}, {practice.name}: {adoption.stage}"
        assert colour == f"sb-mx-{adoption.stage[0]}"
    site = sample.hub.sites[sorted(sample.adoptions)[0][0]]
    follow(page, f".sb-mx a[href$='sites/{site.id}/']", f"/sites/{site.id}/")
    expect(page.locator("h1")).to_have_text(site.name)


def test_a_tag_chip_opens_the_tag_page_listing_the_story(reader: Reader, sample: Ledger) -> None:
    story = next(s for s in sample.stories if s.tags)
    tag = sample.hub.tags[story.tags[0]]
    page = reader.goto(f"/stories/{story.slug}/")
    chip = page.locator(".sb-facts a.sb-chip--tag", has_text=tag.label)
    expect(chip).to_be_visible()
    follow(page, f".sb-facts a.sb-chip--tag[href$='tags/{tag.id}/']", f"/tags/{tag.id}/")
    expect(page.locator("h1")).to_contain_text(tag.label)
    expect(page.locator(".sb-card__title a", has_text=story.title)).to_be_visible()
    shown = page.locator(".sb-card").count()
    assert shown == len(sample.by_tag[tag.id])


def test_champion_chip_opens_the_champions_page(reader: Reader, sample: Ledger) -> None:
    story = next(s for s in sample.stories if len(s.champions) > 1)
    champion = sample.hub.champions[story.champions[1]]
    page = reader.goto(f"/stories/{story.slug}/")
    follow(page, f".sb-facts a.sb-chip--champion[href$='champions/{champion.id}/']", f"/champions/{champion.id}/")
    expect(page.locator("h1")).to_have_text(re.compile(re.escape(champion.name)))
    expect(page.locator(".sb-card__title a", has_text=story.title)).to_be_visible()
