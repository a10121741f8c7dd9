"""The story form's pickers on "Share your story", loaded on use, in Debian's Chromium on the built sample hub.

The page carries no registry entry and no story: the site, champion, practice and tag pickers fill their lists
from contribute/choices.json when a champion first reaches one, and the inspired_by search reads the listing's
stories/index.json when first typed in. Both are fetched once, from the site itself, and only on use.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from snowball.ledger import Ledger
from snowball.model import Story

from .conftest import PHONE, Reader
from .test_accessibility import RUN_AXE, SERIOUS, describe

pytestmark = pytest.mark.browser

CONTRIBUTE = "/contribute/"
CHOICES = "/contribute/choices.json"
INDEX = "/stories/index.json"


def open_form(reader: Reader) -> Page:
    page = reader.goto(CONTRIBUTE)
    page.wait_for_selector("#sb-story-form[data-ready='true']")
    page.wait_for_load_state("networkidle")  # everything the page asks for by itself has been asked for
    return page


def fetched(reader: Reader, path: str) -> int:
    return sum(url == reader.origin + path for url in reader.requests)


def only_story(sample: Ledger, words: str) -> Story:
    """The one published story whose title holds `words`, from the model the site was built from."""
    (story,) = [s for s in sample.stories if words in s.title.lower()]
    return story


def options_of(page: Page) -> Locator:
    """The story search's options (the stage menu's <option>s have the same role)."""
    return page.get_by_role("listbox", name="Earlier stories").get_by_role("option")


def search_stories(page: Page, text: str) -> None:
    box = page.get_by_role("combobox", name="Find an earlier story by its title or site")
    box.fill("")
    box.press_sequentially(text)


def test_choices_and_stories_are_fetched_only_when_a_picker_is_used(reader: Reader, sample: Ledger) -> None:
    page = open_form(reader)
    assert fetched(reader, CHOICES) == 0 and fetched(reader, INDEX) == 0, "loaded before anyone used a picker"
    assert page.locator("#sb-l-champions li").count() == 0  # the page itself lists no champion

    page.locator("#sb-q-champions").focus()
    expect(page.locator("#sb-l-champions li")).to_have_count(len(sample.hub.champions))
    expect(page.locator("#sb-l-site li")).to_have_count(len(sample.hub.sites))  # one file fills every picker
    page.locator("#sb-q-tags").focus()
    page.keyboard.type("paper")
    expect(page.locator("#sb-l-tags li:visible").first).to_be_visible()
    assert fetched(reader, CHOICES) == 1 and fetched(reader, INDEX) == 0

    search_stories(page, "paper")
    expect(page.get_by_role("listbox", name="Earlier stories")).to_be_visible()
    search_stories(page, "bulb")
    expect(options_of(page)).to_have_count(1)
    assert fetched(reader, INDEX) == 1 and fetched(reader, CHOICES) == 1


def test_typing_part_of_a_title_finds_the_story_and_fills_its_folder_name(reader: Reader, sample: Ledger) -> None:
    story = only_story(sample, "every bulb")
    page = open_form(reader)
    box = page.get_by_role("combobox", name="Find an earlier story by its title or site")
    expect(box).to_have_attribute("aria-expanded", "false")
    search_stories(page, "every bul")
    option = options_of(page)
    expect(option).to_have_count(1)
    expect(option).to_contain_text(story.title)
    expect(option).to_contain_text(sample.hub.sites[story.site].name)
    expect(box).to_have_attribute("aria-expanded", "true")

    box.press("ArrowDown")  # the option becomes the active one; the focus stays in the box
    expect(option).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", option.get_attribute("id") or "")
    box.press("Enter")
    expect(page.locator("#sb-f-inspired_by")).to_have_value(story.slug)
    expect(box).to_have_value("")
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(page.locator("#sb-n-inspired_by")).to_contain_text(f"({story.slug}) to Stories that inspired yours")
    assert page.evaluate("snowballForm.values().inspired_by") == [story.slug]

    # A second story is added after the first, by site name; a story already named is not offered again.
    other = only_story(sample, "why we stopped after five sessions")
    search_stories(page, "kingsgate five")
    options_of(page).first.click()
    expect(page.locator("#sb-f-inspired_by")).to_have_value(f"{story.slug}, {other.slug}")
    search_stories(page, "every bul")
    expect(page.locator("#sb-n-inspired_by")).to_contain_text("No story")
    expect(options_of(page)).to_have_count(0)


def test_only_stories_dated_on_or_before_the_story_are_offered(reader: Reader, sample: Ledger) -> None:
    story = only_story(sample, "every bulb")
    page = open_form(reader)
    date = page.locator("#sb-f-date")
    date.fill((story.date - dt.timedelta(days=1)).isoformat())
    search_stories(page, "every bulb")
    expect(page.locator("#sb-n-inspired_by")).to_contain_text(
        f"No story dated on or before {(story.date - dt.timedelta(days=1)).isoformat()} matches"
    )
    expect(options_of(page)).to_have_count(0)
    date.fill(story.date.isoformat())  # the same day is allowed, as the validator allows it
    search_stories(page, "every bulb")
    expect(options_of(page)).to_have_count(1)

    offered = {o.get_attribute("data-slug") for o in (search_stories(page, "a"), options_of(page))[1].all()}
    assert offered and all(next(s for s in sample.stories if s.slug == slug).date <= story.date for slug in offered)


def test_once_the_stories_are_loaded_the_form_checks_them_as_the_validator_does(reader: Reader, sample: Ledger) -> None:
    later = only_story(sample, "every bulb")
    taken = sample.stories[0].slug
    page = open_form(reader)
    search_stories(page, "bulb")  # loads the index
    expect(options_of(page)).to_have_count(1)
    values = {"date": "2020-01-01", "inspired_by": [later.slug, "no-such-story"], "slug": taken, "draft": False}
    messages = page.evaluate(
        "v => snowballForm.check(Object.assign(snowballForm.values(), v), '2026-12-31').map(p => p.message)", values
    )
    assert f"inspired_by '{later.slug}' is dated {later.date.isoformat()}, after this story (2020-01-01)" in messages
    assert "unknown story 'no-such-story' in inspired_by" in messages
    assert f"a story called '{taken}' exists already" in messages


def pick(page: Page, field: str, value: str) -> None:
    page.locator(f"#sb-q-{field}").focus()  # the lists load on first use
    page.locator(f'#sb-l-{field} input[value="{value}"]').check()


@pytest.mark.parametrize(
    ("site", "practice"), [("gull-point", "paperless-loan-files"), ("porto-harbour", "green-mortgage-advice")]
)
def test_stories_of_the_chosen_practice_come_first_then_of_the_site(
    reader: Reader, sample: Ledger, site: str, practice: str
) -> None:
    """ "porto" offers the stories of this story's practice first, then those of its site, then the rest, each
    newest first; a search matches a story's title or its site's name."""
    page = open_form(reader)
    pick(page, "site", site)
    pick(page, "practices", practice)
    hub = sample.hub

    def matches(s: Story) -> bool:
        return "porto" in f"{s.title} {hub.sites[s.site].name}".lower()

    def rank(s: Story) -> int:
        return 0 if practice in s.practices else 1 if s.site == site else 2

    found = [s for s in sample.stories if matches(s)]  # newest first, as the story index lists them
    wanted = [s.slug for s in sorted(found, key=rank)][:12]
    assert len({rank(s) for s in found}) > 1, "the sample no longer tells the ranking from date order"
    assert wanted != [s.slug for s in found][: len(wanted)], "the sample no longer tells the ranking from date order"
    search_stories(page, "porto")
    expect(options_of(page)).to_have_count(len(wanted))
    assert [o.get_attribute("data-slug") for o in options_of(page).all()] == wanted


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_story_search_works_on_a_phone(
    axe_script: Path, open_reader: Callable[..., Reader], sample: Ledger, scheme: str
) -> None:
    story = only_story(sample, "every bulb")
    reader = open_reader(viewport=PHONE, color_scheme=scheme)
    page = open_form(reader)
    page.locator("#sb-q-champions").focus()  # the pickers' lists, filled, are part of what axe checks
    expect(page.locator("#sb-l-champions li").first).to_be_visible()
    search_stories(page, "green mortgage")  # several long titles
    options = options_of(page)
    expect(options.first).to_be_visible()
    assert options.count() > 1
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, "the story search scrolls sideways at 390 px"
    box = options.first.bounding_box()
    assert box is not None and box["height"] >= 24, "an option too small to tap"

    page.get_by_role("combobox", name="Find an earlier story by its title or site").press("ArrowDown")
    page.add_script_tag(path=str(axe_script))  # the list open, an option active
    serious = [v for v in page.evaluate(RUN_AXE) if v["impact"] in SERIOUS]
    assert serious == [], describe(serious)

    search_stories(page, "every bulb")
    options.first.click()
    expect(page.locator("#sb-f-inspired_by")).to_have_value(story.slug)


def test_without_javascript_the_guide_says_where_to_find_every_id(
    browser: Browser, site_url: str, sample: Ledger
) -> None:
    """Without JavaScript the Share page says so and links the written guide, whose table links every
    registry's index page (the form's pickers are not there to offer the names)."""
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto(site_url + CONTRIBUTE)
        assert not any(u.endswith((CHOICES, INDEX)) for u in requests)
        note = page.locator("#sb-form-nojs")
        expect(note).to_contain_text("needs JavaScript")
        note.get_by_role("link", name="the written guide").click()
        expect(page).to_have_url(site_url + CONTRIBUTE + "guide/")
        table = page.locator("table", has=page.get_by_role("columnheader", name="Where to find the ids"))
        expect(table).to_be_visible()
        for registry in ("sites", "champions", "practices", "tags"):
            link = table.get_by_role("link", name=f"All {registry}")
            expect(link).to_have_attribute("href", f"../../{registry}/")
        expect(table).to_contain_text(f"{len(sample.hub.champions)} champions")
        table.get_by_role("link", name="All sites").click()
        expect(page).to_have_url(site_url + "/sites/")
    finally:
        context.close()


# --- a slip of a letter still finds the entry -------------------------------------------------------------------


def visible_values(page: Page, field: str) -> list[str]:
    return [i.get_attribute("value") or "" for i in page.locator(f"#sb-l-{field} li:visible input").all()]


@pytest.mark.parametrize(
    ("field", "typed", "value"),
    [
        ("site", "Porto Harbor", "porto-harbour"),  # a letter missing
        ("tags", "papreless", "paper"),  # two letters swapped, in an older spelling
        ("champions", "Ahmad Sidiqui", "ahmed-siddiqui"),  # a slip in each word
        ("practices", "paperles loan fles", "paperless-loan-files"),
    ],
)
def test_a_one_letter_slip_in_a_picker_still_finds_the_entry(
    reader: Reader, field: str, typed: str, value: str
) -> None:
    """'Porto Harbor' found nothing: nothing matches exactly, so the near matches show, with "Did you mean",
    and Enter picks the nearest."""
    page = open_form(reader)
    box = page.locator(f"#sb-q-{field}")
    box.focus()
    expect(page.locator(f"#sb-l-{field}")).to_have_attribute("data-filled", "true")
    box.press_sequentially(typed)
    note = page.locator(f"#sb-n-{field}")
    expect(note).to_contain_text(f"Nothing is called “{typed}”. Did you mean")
    assert visible_values(page, field)[0] == value
    expect(page.locator(f"#sb-l-{field}").locator("xpath=..").locator(".sb-picker__none")).to_be_hidden()
    box.press("Enter")
    expect(page.locator(f'#sb-l-{field} input[value="{value}"]')).to_be_checked()


def test_exact_and_prefix_matches_come_first_and_hide_the_near_ones(reader: Reader, sample: Ledger) -> None:
    """'an' puts Anya (a name starting so) before Aisha Rahman (inside a name), though A-i sorts first; typed
    right, a name shows with no "Did you mean" and no near match beside it."""
    page = open_form(reader)
    box = page.locator("#sb-q-champions")
    box.focus()
    expect(page.locator("#sb-l-champions")).to_have_attribute("data-filled", "true")
    box.press_sequentially("an")
    expect(page.locator("#sb-l-champions li:visible").first).to_be_visible()
    shown = visible_values(page, "champions")
    names = {c.id: c.name.lower() for c in sample.hub.champions.values()}
    starts = [v for v in shown if any(w.startswith("an") for w in names[v].split())]
    assert starts and shown[: len(starts)] == starts, shown
    assert shown.index("anya-petrova") < shown.index("aisha-rahman")
    expect(page.locator("#sb-n-champions")).to_be_empty()

    expect(page.locator("#sb-l-site li:visible")).to_have_count(len(sample.hub.sites))  # each picker its own
    site = page.locator("#sb-q-site")
    site.press_sequentially("Porto Harbour")
    expect(page.locator("#sb-l-site li:visible")).to_have_count(1)
    expect(page.locator("#sb-n-site")).to_be_empty()
    site.fill("")
    site.press_sequentially("zzzz qqqq")  # far from everything: nothing, and the way out
    expect(page.locator("#sb-l-site li:visible")).to_have_count(0)
    expect(page.locator("#sb-l-site").locator("xpath=..").locator(".sb-picker__none")).to_be_visible()
    site.fill("")
    site.dispatch_event("input")
    assert visible_values(page, "site") == [
        row[0]
        for row in sorted(([s.id, s.name] for s in sample.hub.sites.values()), key=lambda r: (r[1].casefold(), r[0]))
    ]  # an empty box puts the list back in order of name


def test_a_slip_in_the_story_search_offers_the_near_stories(reader: Reader, sample: Ledger) -> None:
    story = only_story(sample, "paperless loan files reach millbrook")
    page = open_form(reader)
    search_stories(page, "paperles loan fles millbrok")
    expect(page.locator("#sb-n-inspired_by")).to_contain_text("exactly. Did you mean")
    expect(options_of(page).first).to_have_attribute("data-slug", story.slug)
    page.get_by_role("combobox", name="Find an earlier story by its title or site").press("Enter")
    expect(page.locator("#sb-f-inspired_by")).to_have_value(story.slug)


@pytest.mark.parametrize(
    ("typed", "key", "near"),
    [
        ("porto harbor", "porto harbour branch porto-harbour north coast", True),
        ("harbuor", "porto harbour branch", True),  # a swap is one slip
        ("harb", "porto harbour branch", False),  # a prefix: not near, found
        ("pxrto", "porto harbour branch", True),
        ("cat", "car park", None),  # short words must be exact
        ("pxrtx", "porto harbour branch", None),  # two slips in five letters: too far
    ],
)
def test_near_matching_allows_a_slip_by_the_words_length(
    reader: Reader, typed: str, key: str, near: bool | None
) -> None:
    page = open_form(reader)
    rank = page.evaluate("([q, k]) => snowballForm.matchRank(q, k, [])", [typed, key])
    assert (None if rank < 0 else rank > 3) is near, rank
