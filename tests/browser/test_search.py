"""Material's search box finds stories by champion, practice and words from the story, and opens them."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from snowball.ledger import Ledger
from snowball.model import Story

from .conftest import DESKTOP, PHONE, Reader

pytestmark = pytest.mark.browser

RESULT_LINKS = ".md-search-result__list > .md-search-result__item > a.md-search-result__link"


def search(page: Page, query: str) -> None:
    """Click the search box (on a phone, the magnifier that opens it) and type, as a reader does."""
    button = page.locator("label.md-header__button[for='__search']")
    box = page.locator("input.md-search__input")
    (button if button.is_visible() else box).click()
    expect(box).to_be_focused()
    box.press_sequentially(query)


def story_path(story: Story) -> str:
    return f"/stories/{story.slug}/"


def expect_result(page: Page, path: str) -> None:
    """Results arrive as the reader types: wait until the story is listed for the whole query."""
    expect(page.locator(f"{RESULT_LINKS}[href*='{path}']").first).to_be_visible()


def champion_with_one_story(ledger: Ledger) -> tuple[str, Story]:
    """A champion with exactly one published story: a result that can only be right or wrong."""
    ident = min(i for i, stories in ledger.by_champion.items() if len(stories) == 1)
    return ledger.hub.champions[ident].name, ledger.by_champion[ident][0]


def test_champion_name_finds_their_story_and_a_click_opens_it(reader: Reader, sample: Ledger) -> None:
    name, story = champion_with_one_story(sample)
    page = reader.goto("/")
    search(page, name)
    expect_result(page, story_path(story))
    page.locator(f"{RESULT_LINKS}[href*='{story_path(story)}']").first.click()
    expect(page).to_have_url(re.compile(re.escape(story_path(story))))
    expect(page.locator("h1")).to_have_text(story.title)
    expect(page.locator(".sb-facts")).to_contain_text(name)


def test_practice_name_finds_the_story_that_adopted_it(reader: Reader, sample: Ledger) -> None:
    practice = min(sample.by_practice, key=lambda p: (len(sample.by_practice[p]), p))
    name, story = sample.hub.practices[practice].name, sample.by_practice[practice][0]
    page = reader.goto("/matrix/")
    search(page, name)
    expect_result(page, story_path(story))
    expect(page.locator(".md-search-result__meta")).to_contain_text(re.compile(r"\d+ matching documents?"))


def test_phrase_from_a_story_body_and_enter_opens_the_best_match(reader: Reader, sample: Ledger) -> None:
    story = next(s for s in sample.stories if s.slug == "kingsgate-paperless-loan-files")
    phrase = "missed the van"
    assert phrase in story.body
    page = reader.goto("/sites/")
    search(page, phrase)
    expect(page.locator(RESULT_LINKS).first).to_have_attribute("href", re.compile(re.escape(story_path(story))))
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(story_path(story))))
    expect(page.locator("h1")).to_have_text(story.title)


def test_search_from_the_keyboard_alone(reader: Reader, sample: Ledger) -> None:
    """Tab reaches the search box; typing and arrow keys pick a result; Enter opens it. No mouse."""
    name, story = champion_with_one_story(sample)
    page = reader.goto("/")
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('input.md-search__input')"):
            break
    else:
        pytest.fail("ten presses of Tab never reached the search box")
    page.keyboard.type(name)
    expect_result(page, story_path(story))
    for _ in range(30):  # Material moves through results (and their "more on this page" toggles) with arrows
        page.keyboard.press("ArrowDown")
        if page.evaluate("document.activeElement.pathname") == story_path(story):
            break
    else:
        pytest.fail(f"the arrow keys never reached the result for {story_path(story)}")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text(story.title)


def test_slash_shortcut_opens_search_on_a_phone(open_reader: Callable[..., Reader], sample: Ledger) -> None:
    name, story = champion_with_one_story(sample)
    page = open_reader(viewport=PHONE).goto("/stories/")
    page.keyboard.press("/")
    box = page.locator("input.md-search__input")
    expect(box).to_be_focused()
    expect(box).to_be_visible()
    page.keyboard.type(name)
    expect_result(page, story_path(story))


# --- what a result shows, and what search leaves out (issue 25) ---------------------------------------------------

LOOKS = [(DESKTOP, "light"), (DESKTOP, "dark"), (PHONE, "light"), (PHONE, "dark")]


@pytest.mark.parametrize(("viewport", "scheme"), LOOKS)
def test_a_results_excerpt_ends_before_its_site_and_champions(
    open_reader: Callable[..., Reader], sample: Ledger, viewport: dict[str, int], scheme: str
) -> None:
    """The excerpt once ran into the card's metadata ("...now holds eleven e-bikes. Kingsgate Branch ...")."""
    story = sample.by_slug["kingsgate-ebike-leasing"]
    hub = sample.hub
    page = open_reader(viewport=viewport, color_scheme=scheme).goto("/")
    search(page, "e-bikes")
    result = page.locator(f"{RESULT_LINKS}[href*='{story_path(story)}'] article")
    expect(result).to_be_visible()
    excerpt, meta = result.locator("p:not(.sb-search-meta)").first, result.locator("p.sb-search-meta")
    expect(excerpt).to_have_text(story.summary)  # the summary, and nothing after it
    who = " · ".join([hub.sites[story.site].name, *(hub.champions[c].name for c in story.champions)])
    expect(meta).to_have_text(who)
    top, below = excerpt.bounding_box(), meta.bounding_box()
    assert top and below and below["y"] >= top["y"] + top["height"]  # a line of its own, under the excerpt
    box = result.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"]


def test_a_champions_name_finds_them_and_their_stories_not_the_share_page(reader: Reader) -> None:
    """The Share page lists registry names (Ahmed Siddiqui among them) and came up for them."""
    page = reader.goto("/")
    search(page, "Siddiqui")
    links = page.locator(".md-search-result__link")
    expect(links.first).to_have_attribute("href", re.compile(r"/champions/ahmed-siddiqui/(\?|$)"))
    hrefs = links.evaluate_all("links => links.map(a => new URL(a.href).pathname)")
    assert hrefs and not [h for h in hrefs if h.startswith("/contribute/")]
