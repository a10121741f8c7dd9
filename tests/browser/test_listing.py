"""Listings at any size: pages of 24 stories with a pager that works without JavaScript, and filters and sort
across ALL stories, loaded from the compact story index only when a reader first filters.

Checked on the sample hub and on a synthetic hub of 1,000 stories, 100 sites and 40 practices (built once per
session here), against the model (snowball.hub.load_hub), not against the page's own markup.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from snowball.hub import load_hub
from snowball.ledger import Ledger
from snowball.model import Story
from snowball.views.listings import PAGE_SIZE, title_key

from ..conftest import REPO
from .conftest import DESKTOP, MKDOCS, PHONE, Reader
from .test_accessibility import RUN_AXE, SERIOUS, describe

pytestmark = pytest.mark.browser

MAX_PAGE = 200_000  # bytes: every listing page, however many stories the hub has
FILTERS = ("region", "site", "practice", "stage", "tag", "champion", "year")


# --- the synthetic hub: 1,000 stories, 100 sites, 40 practices --------------------------------------------------


@dataclass(frozen=True)
class Built:
    site: Path
    ledger: Ledger
    origin: str


@pytest.fixture(scope="session")
def synth(tmp_path_factory: pytest.TempPathFactory, serve: Callable[[Path], str]) -> Iterator[Built]:
    root = tmp_path_factory.mktemp("synth1000")
    subprocess.run(
        [sys.executable, str(REPO / "scripts" / "synth.py"), str(root), "--stories", "1000", "--sites", "100"]
        + ["--practices", "40", "--images", "0"],
        check=True,
        capture_output=True,
    )
    site = root / "site"
    done = subprocess.run(
        [MKDOCS, "build", "--strict", "-q", "--site-dir", str(site)], cwd=root, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-3000:]
    hub = load_hub(root)
    yield Built(site, Ledger(hub, hub.published()), serve(site))
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def sample_built(built_site: Path, sample: Ledger, site_url: str) -> Built:
    return Built(built_site, sample, site_url)


@pytest.fixture(params=["sample", "synth"])
def any_hub(request: pytest.FixtureRequest) -> Built:
    return request.getfixturevalue("sample_built" if request.param == "sample" else "synth")


# --- what the model says ---------------------------------------------------------------------------------------


def expected(ledger: Ledger, want: dict[str, str], sort: str = "newest") -> list[str]:
    hub = ledger.hub

    def ok(s: Story) -> bool:
        return (
            (not want.get("region") or (s.site in hub.sites and hub.sites[s.site].region == want["region"]))
            and (not want.get("site") or s.site == want["site"])
            and (not want.get("practice") or want["practice"] in s.practices)
            and (not want.get("stage") or s.stage == want["stage"])
            and (not want.get("tag") or want["tag"] in s.tags)
            and (not want.get("champion") or want["champion"] in s.champions)
            and (not want.get("year") or str(s.date.year) == want["year"])
        )

    found = [s for s in ledger.stories if ok(s)]
    if sort == "oldest":
        found.reverse()
    elif sort == "title":
        found.sort(key=title_key)
    return [s.slug for s in found]


def count_text(n: int, filtered: bool, sort: str = "newest") -> str:
    words = {"newest": "newest first", "oldest": "oldest first", "title": "by title"}[sort]
    noun = ("story matches" if n == 1 else "stories match") if filtered else ("story" if n == 1 else "stories")
    return f"{n:,} {noun}, {words}"


def shown_slugs(page: Page, where: str = "[data-sb-results]") -> list[str]:
    hrefs = page.locator(f"{where} .sb-card .sb-card__title a").evaluate_all("els => els.map(a => a.href)")
    return [re.search(r"/stories/([^/]+)/$", h).group(1) for h in hrefs]  # type: ignore[union-attr]


def choose(page: Page, **values: str) -> None:
    for name, value in values.items():
        page.locator(f"form[data-sb-filters] select[name={name}]").select_option(value)


def expect_results(page: Page, ledger: Ledger, want: dict[str, str], sort: str = "newest") -> list[str]:
    slugs = expected(ledger, want, sort)
    filtered = any(want.values())
    if slugs:
        expect(page.locator("[data-sb-count]")).to_have_text(count_text(len(slugs), filtered, sort))
    expect(page.locator("[data-sb-results] .sb-card")).to_have_count(min(len(slugs), PAGE_SIZE))
    assert shown_slugs(page) == slugs[:PAGE_SIZE]
    return slugs


def busiest(values: list[str]) -> str:
    """The value most stories have (so a filter that does nothing cannot pass)."""
    return max(sorted(set(values)), key=values.count)


# --- pages of a fixed size --------------------------------------------------------------------------------------


def test_every_listing_page_is_small_and_every_story_is_listed_once(any_hub: Built) -> None:
    hub = any_hub
    stories = hub.ledger.stories
    pages = max(1, -(-len(stories) // PAGE_SIZE))
    listed: list[str] = []
    for n in range(1, pages + 1):
        path = hub.site / "stories" / ("" if n == 1 else f"page/{n}") / "index.html"
        html = path.read_text(encoding="utf-8")
        assert len(html.encode()) <= MAX_PAGE, f"{path}: {len(html.encode()):,} bytes"
        assert (f"Page {n} of {pages}" in html) == (pages > 1)
        listed += re.findall(r'<h3 class="sb-card__title"><a href="[./]*stories/([^/"]+)/"', html)
    assert listed == [s.slug for s in stories]  # newest first, each once
    assert not (hub.site / "stories" / "page" / str(pages + 1)).exists()
    for folder in ("tags", "champions"):
        for path in (hub.site / folder).rglob("index.html"):
            size = path.stat().st_size
            assert size <= MAX_PAGE, f"{path}: {size:,} bytes"
    assert (hub.site / "index.html").stat().st_size <= MAX_PAGE


def test_the_pager_works_without_javascript(browser: Any, synth: Built, screenshots: Path) -> None:
    context = browser.new_context(viewport=DESKTOP, java_script_enabled=False)
    try:
        page = context.new_page()
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto(synth.origin + "/stories/")
        stories = [s.slug for s in synth.ledger.stories]
        last = -(-len(stories) // PAGE_SIZE)
        expect(page.locator("form[data-sb-filters]")).to_be_hidden()  # it needs JavaScript, so it stays out of the way
        pager = page.get_by_role("navigation", name="Pages of stories")
        expect(pager).to_contain_text(f"Page 1 of {last}")
        assert shown_slugs(page, "[data-sb-pages]") == stories[:PAGE_SIZE]
        pager.locator("a[rel=next]").click()
        page.wait_for_url("**/stories/page/2/")
        expect(pager).to_contain_text(f"Page 2 of {last}")
        assert shown_slugs(page, "[data-sb-pages]") == stories[PAGE_SIZE : 2 * PAGE_SIZE]
        pager.get_by_role("link", name=f"Page {last}", exact=True).click()
        page.wait_for_url(f"**/stories/page/{last}/")
        assert shown_slugs(page, "[data-sb-pages]") == stories[(last - 1) * PAGE_SIZE :]
        expect(pager.locator("a[rel=next]")).to_have_count(0)
        pager.locator("a[rel=prev]").click()
        page.wait_for_url(f"**/stories/page/{last - 1}/")
        page.screenshot(path=screenshots / "listing-nojs-page-desktop.png")
        assert not any(u.endswith("index.json") for u in requests)
    finally:
        context.close()


# --- filters and sort across all stories ------------------------------------------------------------------------


def test_filters_and_sort_give_the_models_stories(open_reader: Callable[..., Reader], synth: Built) -> None:
    reader = open_reader(origin=synth.origin)
    page = reader.goto("/stories/page/3/")
    assert not any(u.endswith("/stories/index.json") for u in reader.requests), "the index loads before any filter"
    lg = synth.ledger

    site = busiest([s.site for s in lg.stories])
    choose(page, site=site)
    expect_results(page, lg, {"site": site})
    assert any(u.endswith("/stories/index.json") for u in reader.requests)
    expect(page.locator("[data-sb-pages]")).to_be_hidden()

    choose(page, site="")
    year = busiest([str(s.date.year) for s in lg.stories])
    choose(page, stage="adopted", year=year)
    want = {"stage": "adopted", "year": year}
    slugs = expect_results(page, lg, want)
    assert len(slugs) > PAGE_SIZE, "pick filters that give more than one page of results"
    more = page.locator("[data-sb-results] button.sb-more")
    more.click()
    expect(page.locator("[data-sb-results] .sb-card")).to_have_count(min(len(slugs), 2 * PAGE_SIZE))
    assert shown_slugs(page) == slugs[: 2 * PAGE_SIZE]
    expect(page.locator("[data-sb-results] .sb-card").nth(PAGE_SIZE).locator("a").first).to_be_focused()

    choose(page, sort="oldest")
    expect_results(page, lg, want, "oldest")
    choose(page, sort="title", stage="", year="")
    region = busiest([lg.hub.sites[s.site].region for s in lg.stories])
    stage, champion = "scaled", busiest([c for s in lg.stories for c in s.champions])
    choose(page, region=region, stage=stage)
    expect_results(page, lg, {"region": region, "stage": stage}, "title")
    choose(page, region="", stage="", champion=champion)
    expect_results(page, lg, {"champion": champion}, "title")
    tag = busiest([t for s in lg.stories for t in s.tags])
    practice = busiest([p for s in lg.stories for p in s.practices])
    choose(page, champion="", tag=tag, practice=practice)
    expect_results(page, lg, {"tag": tag, "practice": practice}, "title")

    page.locator("form[data-sb-filters] button[type=reset]").click()
    expect(page.locator("[data-sb-pages]")).to_be_visible()
    expect(page.locator("[data-sb-results]")).to_be_hidden()
    assert "?" not in page.url


def test_the_address_keeps_the_filter(open_reader: Callable[..., Reader], synth: Built) -> None:
    lg = synth.ledger
    site = busiest([s.site for s in lg.stories])
    year = str(lg.by_site[site][0].date.year)
    page = open_reader(origin=synth.origin).goto("/stories/")
    choose(page, site=site, year=year, sort="oldest")
    expect_results(page, lg, {"site": site, "year": year}, "oldest")
    assert page.url.endswith(f"/stories/?site={site}&year={year}&sort=oldest")

    shared = open_reader(viewport=PHONE, origin=synth.origin).goto(f"/stories/?site={site}&year={year}&sort=oldest")
    for name, value in {"site": site, "year": year, "sort": "oldest"}.items():
        expect(shared.locator(f"select[name={name}]")).to_have_value(value)
    expect_results(shared, lg, {"site": site, "year": year}, "oldest")


def test_an_empty_result_says_what_to_change(open_reader: Callable[..., Reader], sample_built: Built) -> None:
    lg = sample_built.ledger
    years = {s.date.year for s in lg.stories}
    site = "porto-harbour"
    year = str(next(y for y in sorted(years) if not any(s.date.year == y for s in lg.by_site[site])))
    page = open_reader().goto(f"/stories/?site={site}&year={year}")
    name = lg.hub.sites[site].name
    empty = page.locator("[data-sb-results] .sb-empty")
    expect(empty).to_contain_text(f"No stories match: site {name} and year {year}.")
    expect(page.locator("[data-sb-count]")).to_have_text("0 stories match")
    remove = page.get_by_role("button", name=f"Remove filter: year {year}")
    remove.focus()
    page.keyboard.press("Enter")
    expect(page.locator("select[name=year]")).to_be_focused()
    expect(page.locator("select[name=year]")).to_have_value("")
    expect_results(page, lg, {"site": site})


def test_client_cards_repeat_the_server_cards(open_reader: Callable[..., Reader], sample_built: Built) -> None:
    """The cards the script builds are the server's cards: same elements, attributes and text."""
    page = open_reader().goto("/stories/")
    normalise = "el => el.outerHTML.replace(/>\\s+</g, '><').trim()"
    server = page.locator("[data-sb-pages] .sb-card").evaluate_all(f"els => els.map({normalise})")
    newest = sample_built.ledger.stories[0]
    choose(page, site=newest.site)
    expect(page.locator("[data-sb-results] .sb-card").first).to_be_visible()
    client = page.locator("[data-sb-results] .sb-card").first.evaluate(normalise)
    assert client == server[0]


def test_filters_work_from_the_keyboard_alone(open_reader: Callable[..., Reader], sample_built: Built) -> None:
    page = open_reader().goto("/stories/")
    expect(page.locator("form[data-sb-filters]")).to_be_visible()  # shown once its choices have loaded
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "region":
            break
    else:
        pytest.fail("Tab never reached the region filter")
    page.keyboard.press("ArrowDown")
    region = page.locator("select[name=region]").input_value()
    assert region
    expect_results(page, sample_built.ledger, {"region": region})
    for name in FILTERS[1:] + ("sort",):
        page.keyboard.press("Tab")
        expect(page.locator(f"select[name={name}]")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.locator("form[data-sb-filters] button[type=reset]")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("[data-sb-pages]")).to_be_visible()


def test_hostile_names_stay_text(open_reader: Callable[..., Reader], sample_built: Built) -> None:
    """Every value reaches the page through textContent: markup in the index would show as text, not run."""
    reader = open_reader()
    page = reader.page

    def hostile(route: Any) -> None:
        body = route.fetch().json()
        body["stories"][0][1] = '<img src=x onerror="window.__sbOwned=1">Owned'
        body["sites"][body["stories"][0][4]][1] = "<b>bold</b>"
        route.fulfill(json=body)

    page.route("**/stories/index.json", hostile)
    reader.goto("/stories/")
    choose(page, sort="oldest")
    choose(page, sort="newest", stage=sample_built.ledger.stories[0].stage)
    first = page.locator("[data-sb-results] .sb-card").first
    expect(first.locator(".sb-card__title a")).to_have_text('<img src=x onerror="window.__sbOwned=1">Owned')
    expect(first.locator(".sb-card__meta")).to_contain_text("<b>bold</b>")
    assert page.evaluate("window.__sbOwned") is None
    assert first.locator("img, b").count() == 0


# --- accessibility and looks ------------------------------------------------------------------------------------

LOOKS = {
    "home": "/",
    "listing": "/stories/",
    "listing-page-2": "/stories/page/2/",
    "listing-filtered": "/stories/?stage=scaled&sort=title",
    "listing-empty": "/stories/?site=porto-harbour&year=2025",
    "tag": "/tags/paper/",
    "champion": "/champions/ines-carvalho/",
    "story": "/stories/porto-paperless-loan-files/",
}

AXE_ON = {"home", "listing", "tag", "story"}  # the others share their markup; axe is slow

BROKEN_WORDS = """() => {
  const broken = [];
  const walker = document.createTreeWalker(document.querySelector(".md-content"), NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode, text = node.textContent;
    if (!node.parentElement.getClientRects().length) continue;
    const re = /[^\\s\\-\u2010-\u2014\\/]{2,}/g; let m;  // a line may break after a hyphen, dash or slash
    while ((m = re.exec(text))) {
      const range = document.createRange();
      range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
      const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
      if (tops.size > 1) broken.push(m[0]);
    }
  }
  return broken;
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_listing_pages_are_accessible_fit_phones_and_look_right(
    open_reader: Callable[..., Reader], axe_script: Path, screenshots: Path, scheme: str, width: str
) -> None:
    reader = open_reader(viewport=DESKTOP if width == "desktop" else PHONE, color_scheme=scheme)
    problems = []
    for name, path in LOOKS.items():
        page = reader.goto(path)
        if "?" in path:
            expect(page.locator("[data-sb-results]")).to_be_visible()
            expect(page.locator("[data-sb-results] :is(.sb-card, .sb-empty)").first).to_be_visible()
        full = name in ("home", "story") or (width == "desktop" and name != "listing-filtered")
        page.screenshot(path=screenshots / f"{name}-{width}-{scheme}.png", full_page=full)
        if name in AXE_ON or (name == "listing-empty" and scheme == "dark"):
            page.add_script_tag(path=str(axe_script))
            serious = [v for v in page.evaluate(RUN_AXE) if v["impact"] in SERIOUS]
            if serious:
                problems.append(f"{name} {path}:\n{describe(serious)}")
        scroll, client = page.evaluate("[document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]")
        if scroll > client:
            problems.append(f"{name}: scrolls sideways ({scroll} > {client})")
        if broken := page.evaluate(BROKEN_WORDS):
            problems.append(f"{name}: words broken inside: {broken[:8]}")
    assert problems == [], "\n".join(problems)


def test_a_filter_leaves_no_empty_show_more_button(open_reader: Callable[..., Reader], sample_built: Built) -> None:
    """Fewer matches than a page: every card shows and no "Show 0 more stories (0 left)" button is left on screen."""
    lg = sample_built.ledger
    site = "porto-harbour"
    page = open_reader().goto("/stories/")
    expect(page.locator("form[data-sb-filters]")).to_be_visible()
    choose(page, site=site)
    slugs = expect_results(page, lg, {"site": site})
    assert 0 < len(slugs) <= PAGE_SIZE
    expect(page.locator("[data-sb-results] .sb-more")).to_be_hidden()
    expect(page.get_by_role("button", name=re.compile(r"^Show .* more"))).to_have_count(0)


def test_more_stories_button_goes_once_all_are_shown(open_reader: Callable[..., Reader], synth: Built) -> None:
    """More matches than a page: the button shows what is left, and goes away with the last of them."""
    page = open_reader(origin=synth.origin).goto("/stories/")
    expect(page.locator("form[data-sb-filters]")).to_be_visible()
    region = busiest([synth.ledger.hub.sites[s.site].region for s in synth.ledger.stories])
    choose(page, region=region)
    slugs = expect_results(page, synth.ledger, {"region": region})
    assert len(slugs) > PAGE_SIZE
    more = page.locator("[data-sb-results] .sb-more")
    while len(slugs) > page.locator("[data-sb-results] .sb-card").count():
        shown = page.locator("[data-sb-results] .sb-card").count()
        left = len(slugs) - shown
        expect(more).to_have_text(re.compile(rf"\({left:,} left\)$"))
        more.click()
        expect(page.locator("[data-sb-results] .sb-card")).to_have_count(min(len(slugs), shown + PAGE_SIZE))
    expect(more).to_be_hidden()


def test_clear_filters_shows_only_when_something_is_set(
    open_reader: Callable[..., Reader], sample_built: Built
) -> None:
    page = open_reader().goto("/stories/")
    form = page.locator("form[data-sb-filters]")
    clear = form.locator("button[type=reset]")
    expect(form).to_be_visible()
    expect(clear).to_be_hidden()  # nothing set: nothing to clear
    choose(page, sort="title")
    expect(clear).to_be_visible()  # a sort other than the default is something to clear
    choose(page, sort="newest")
    expect(clear).to_be_hidden()
    choose(page, site="porto-harbour")
    expect(clear).to_be_visible()
    clear.focus()
    page.keyboard.press("Enter")
    expect(page.locator("[data-sb-pages]")).to_be_visible()
    expect(clear).to_be_hidden()
    expect(page.locator("select[name=region]")).to_be_focused()  # the focus is not dropped to the page's top
    # Opened from a shared address that names a filter, the button is there at once.
    shared = open_reader().goto("/stories/?site=porto-harbour")
    expect(shared.locator("form[data-sb-filters] button[type=reset]")).to_be_visible()
