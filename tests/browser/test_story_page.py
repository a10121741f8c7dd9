"""The story page: reading time, the advice section as a callout at body text size, and champions one click
away ("Ask Inês" opens an e-mail)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from snowball.ledger import Ledger
from snowball.views.common import contact_of
from snowball.views.story import reading_minutes

from .conftest import PHONE, Reader

pytestmark = pytest.mark.browser

STORY = "porto-paperless-loan-files"  # has a "What we'd tell another site" admonition and two champions


def test_reading_time_is_words_over_200(reader: Reader, built_site: Path) -> None:
    html = (built_site / "stories" / STORY / "index.html").read_text(encoding="utf-8")
    body = html.split('<div class="sb-story-body">', 1)[1].split('<section class="sb-lineage">', 1)[0]
    page = reader.goto(f"/stories/{STORY}/")
    expect(page.locator(".sb-story-head__time")).to_have_text(f"{reading_minutes(body)} min read")


def test_the_advice_reads_at_body_size_as_a_callout(open_reader: object, screenshots: Path) -> None:
    for viewport, scheme in ((None, "light"), (PHONE, "dark")):
        reader = open_reader(**({"viewport": viewport} if viewport else {}), color_scheme=scheme)  # type: ignore[operator]
        page = reader.goto(f"/stories/{STORY}/")
        advice = page.locator(".sb-story-body .sb-advice")
        expect(advice).to_have_count(1)
        expect(advice.locator(".admonition-title")).to_have_text(re.compile("tell another site"))
        body_size = page.locator(".sb-story-body > p").first.evaluate("el => getComputedStyle(el).fontSize")
        advice_size = advice.locator("p:not(.admonition-title)").first.evaluate("el => getComputedStyle(el).fontSize")
        assert advice_size == body_size == "16px"
        advice.scroll_into_view_if_needed()
        advice.screenshot(path=screenshots / f"story-advice-{scheme}.png")


def test_a_markdown_advice_section_is_a_callout_too(reader: Reader, built_site: Path, sample: Ledger) -> None:
    """Stories that write "## What we would tell another site" get the same callout around that section."""
    html_files = [p for p in (built_site / "stories").glob("*/index.html") if "sb-advice" in p.read_text("utf-8")]
    assert len(html_files) >= 5


def test_ask_links_open_an_email_to_the_champion(reader: Reader, sample: Ledger) -> None:
    story = sample.by_slug[STORY]
    page = reader.goto(f"/stories/{STORY}/")
    for ident in story.champions:
        champion = sample.hub.champions[ident]
        contact = contact_of(champion.name, champion.contact)
        if contact and contact.href:
            link = page.locator(".sb-facts a.sb-ask", has_text=f"Ask {contact.first}")
            expect(link).to_have_attribute("href", contact.href)
            assert contact.href.startswith("mailto:")
    champion = sample.hub.champions[story.champions[0]]
    page = reader.goto(f"/champions/{champion.id}/")
    expect(page.locator(".sb-lede a.sb-ask")).to_have_attribute("href", f"mailto:{champion.contact}")
