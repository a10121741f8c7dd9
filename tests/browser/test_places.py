"""Site, practice, region and matrix pages as readers use them, at 1280 and 390 px, light and dark.

Expectations come from the ledger (what the pages should say), not from the HTML under test.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from snowball.ledger import Ledger
from snowball.views.places import contact_href

from .conftest import DESKTOP, PAGE_TYPES, PHONE, Reader
from .test_accessibility import RUN_AXE, SERIOUS, axe_violations, describe

pytestmark = pytest.mark.browser

PLACE_TYPES = (
    "site",
    "practice",
    "matrix",
    "region",
    "site-stories",
    "sites-index",
    "practices-index",
    "regions-index",
    "champions-index",
)


def luminance(css: str) -> float:
    """Relative luminance (WCAG) of an rgb()/rgba() colour."""
    parts = [float(x) for x in css[css.index("(") + 1 : css.index(")")].replace("/", ",").split(",")[:3]]
    lin = [(c / 255) / 12.92 if c / 255 <= 0.03928 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in parts]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


# --- site pages ------------------------------------------------------------------------------------------------


def test_site_page_on_a_phone_shows_adoptions_and_opportunities_as_cards(
    open_reader: Callable[..., Reader], sample: Ledger
) -> None:
    site = "porto-harbour"
    phone = open_reader(viewport=PHONE).goto(f"/sites/{site}/")
    rows = phone.locator("table.sb-rowcards tbody tr")
    assert rows.count() == sum(1 for a in sample.site_adoptions(site) if a.live) + len(sample.opportunities(site))
    for i in range(rows.count()):
        row = rows.nth(i)
        assert row.evaluate("r => getComputedStyle(r).display") == "block"
        box = row.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    label = phone.locator("table.sb-rowcards td[data-label='Stage now']").first
    assert "Stage now" in label.evaluate("td => getComputedStyle(td, '::before').content")
    assert not phone.locator("table.sb-rowcards thead").first.is_visible() or (
        (phone.locator("table.sb-rowcards thead").first.bounding_box() or {"height": 0})["height"] <= 1
    )
    desktop = open_reader(viewport=DESKTOP).goto(f"/sites/{site}/")
    assert (
        desktop.locator("table.sb-rowcards tbody tr").first.evaluate("r => getComputedStyle(r).display") == "table-row"
    )


def test_ask_reaches_the_champion_by_their_contact_or_their_page(reader: Reader, sample: Ledger) -> None:
    hub = sample.hub
    checked = {"mailto": 0, "page": 0}
    for site in ("porto-harbour", "kingsgate", "gull-point"):
        page = reader.goto(f"/sites/{site}/")
        for practice, story in sample.opportunities(site):
            champion = hub.champions[story.champions[0]]
            ask = page.locator(f"#opportunities + p + table tr:has(a[href$='practices/{practice}/']) a.sb-ask")
            expect(ask).to_have_text(f"Ask {champion.name}")
            href = contact_href(champion.contact)
            expect(ask).to_have_attribute("href", href or f"../../champions/{champion.id}/")
            checked["mailto" if href else "page"] += 1
    assert checked["mailto"] > 0, checked


def test_site_page_links_its_region_and_its_full_story_list(reader: Reader, sample: Ledger) -> None:
    site = sample.hub.sites["porto-harbour"]
    page = reader.goto(f"/sites/{site.id}/")
    with page.expect_navigation():
        page.locator(".sb-lede a", has_text=site.region).click()
    expect(page.locator("h1")).to_have_text(f"Region: {site.region}")
    page = reader.goto(f"/sites/{site.id}/")
    stories = sample.by_site[site.id]
    with page.expect_navigation():
        page.get_by_role("link", name=f"All {len(stories)} stor").click()
    titles = page.locator(".sb-storylist__title a").all_inner_texts()
    assert titles == [s.title for s in stories]


# --- practice pages --------------------------------------------------------------------------------------------


def chart_practice(sample: Ledger) -> str:
    """The sample practice with the most adopters, preferring one that some site retired."""
    return max(
        sample.hub.practices,
        key=lambda p: (any(not a.live for a in sample.practice_adoptions(p)), len(sample.practice_adoptions(p)), p),
    )


def test_spread_chart_names_every_site_counts_current_ones_and_marks_retired(reader: Reader, sample: Ledger) -> None:
    practice = chart_practice(sample)
    adoptions = sample.practice_adoptions(practice)
    live = sum(1 for a in adoptions if a.live)
    page = reader.goto(f"/practices/{practice}/")
    expect(page.locator(".sb-reach strong")).to_have_text(f"{live} of {len(sample.hub.sites)}")
    dots = page.locator("svg.sb-spread a")
    expect(dots).to_have_count(len(adoptions))
    expect(page.locator("svg.sb-spread .sb-spread__dot--retired")).to_have_count(len(adoptions) - live)
    table = page.locator("figure.sb-chart details table")
    expect(table).to_be_hidden()  # folded: the caption is one sentence, the table one click away
    page.locator("figure.sb-chart details summary").click()
    for i, a in enumerate(adoptions):
        name = sample.hub.sites[a.site].name
        expect(dots.nth(i).locator("title")).to_contain_text(name)
        expect(table.locator("tbody tr").nth(i)).to_contain_text(name)
    # Keyboard: a dot takes focus and names its site; Enter opens the site.
    first = dots.first
    first.focus()
    assert page.evaluate("document.activeElement.closest('svg.sb-spread') !== null")
    name = sample.hub.sites[adoptions[0].site].name
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text(name)


@pytest.mark.parametrize("look", ["phone-dark", "desktop-dark", "phone-light"])
def test_spread_chart_stays_readable_on_phones_and_in_dark_mode(
    open_reader: Callable[..., Reader], sample: Ledger, screenshots: Path, look: str
) -> None:
    width, scheme = look.split("-")
    reader = open_reader(viewport=PHONE if width == "phone" else DESKTOP, color_scheme=scheme)
    page = reader.goto(f"/practices/{chart_practice(sample)}/")
    chart = page.locator("svg.sb-spread")
    chart.scroll_into_view_if_needed()
    box = chart.bounding_box()
    assert box is not None and box["width"] > 250 and box["height"] > 150
    sizes = page.locator("svg.sb-spread text").evaluate_all("ts => ts.map(t => t.getBoundingClientRect().height)")
    assert sizes and min(sizes) >= 11, sizes
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    for selector in (".sb-spread__dot:not(.sb-spread__dot--retired)", ".sb-spread__dot--retired"):
        dot = page.locator(f"svg.sb-spread {selector}").first
        if dot.count():
            paint = dot.evaluate(
                "c => { const s = getComputedStyle(c); return s.fill.startsWith('rgb') && "
                "!s.fill.startsWith('rgba(0, 0, 0, 0)') && s.fill !== getComputedStyle(document.body).backgroundColor"
                " ? s.fill : s.stroke; }"
            )
            assert contrast(paint, background) >= 3, (selector, paint, background)
    line = page.locator(".sb-spread__line").evaluate("p => getComputedStyle(p).stroke")
    assert contrast(line, background) >= 3
    chart.screenshot(path=screenshots / f"chart-{look}.png")


def test_practice_page_groups_every_adopting_site_with_its_newest_stories(reader: Reader, sample: Ledger) -> None:
    practice = chart_practice(sample)
    page = reader.goto(f"/practices/{practice}/")
    groups = page.locator("ul.sb-bysite > li")
    adoptions = sample.practice_adoptions(practice)
    expect(groups).to_have_count(len(adoptions))
    for a in adoptions:
        group = page.locator("ul.sb-bysite > li", has=page.locator(f"a[href$='sites/{a.site}/']"))
        expect(group).to_contain_text(f"{len(a.stories)} stor")
        expect(group.locator(f"a[href$='stories/{a.latest.slug}/']")).to_have_count(1)
    pairs = page.locator("ul.sb-lineage-list > li").all_inner_texts()
    assert len(pairs) == len(set(pairs)) == min(10, len(sample.practice_lineage(practice)))


# --- the matrix ------------------------------------------------------------------------------------------------


def column(page: Page, practice_name: str) -> int:
    return int(
        page.evaluate(
            "name => [...document.querySelector('table.sb-mx').tHead.rows[0].cells]"
            ".findIndex(th => th.querySelector('a') && th.querySelector('a').textContent === name)",
            practice_name,
        )
    )


def test_matrix_uses_the_full_width_with_totals_regions_and_sticky_headers(
    reader: Reader, sample: Ledger, screenshots: Path
) -> None:
    page = reader.goto("/matrix/")
    wrap = page.locator(".sb-mx-wrap")
    box = wrap.bounding_box()
    assert box is not None and box["width"] >= DESKTOP["width"] - 80, box  # not Material's ~940 px column
    expect(page.locator("tbody.sb-mx-all th")).to_have_text("All regions")
    expect(page.locator("tbody.sb-mx-all td").first).to_have_text(str(len(sample.adoptions)))
    for region, sites in sample.regions.items():
        head = page.locator("tr.sb-mx-region th", has_text=region)
        expect(head).to_have_count(1)
        ids = {s.id for s in sites}
        total = sum(1 for (s, _p) in sample.adoptions if s in ids)
        expect(head.locator("xpath=following-sibling::td[1]")).to_have_text(str(total))
    for practice in (p for p in sample.hub.practices.values() if not p.proposed):  # proposed: not in the matrix
        col = column(page, practice.name)
        assert col >= 2
        shown = page.evaluate("c => document.querySelector('tbody.sb-mx-all tr').cells[c].textContent", col)
        assert int(shown) == len(sample.practice_adoptions(practice.id))
    # Sticky: after scrolling the table both ways, the header row and the site column stay in view.
    wrap.evaluate("w => { w.style.maxHeight = '300px'; w.scrollTop = 200; w.scrollLeft = 300; }")
    top = page.locator("table.sb-mx thead th").nth(3).bounding_box()
    left = page.locator("table.sb-mx tbody tr:not(.sb-mx-region) th").last.bounding_box()
    outer = wrap.bounding_box()
    assert top and left and outer
    assert abs(top["y"] - outer["y"]) <= 2 and abs(left["x"] - outer["x"]) <= 2
    page.screenshot(path=screenshots / "matrix-scrolled-desktop-light.png")


def test_matrix_sorts_sites_by_a_practice_within_each_region(reader: Reader, sample: Ledger) -> None:
    page = reader.goto("/matrix/")
    practice = chart_practice(sample)
    name = sample.hub.practices[practice].name
    col = column(page, name)
    page.get_by_role("button", name=f"Sort sites by stage of {name}").click()
    expect(page.locator("table.sb-mx thead th").nth(col)).to_have_attribute("aria-sort", "descending")
    rank = {"S": 4, "A": 3, "P": 2, "R": 1, "": 0}
    for body in page.locator("table.sb-mx tbody:not(.sb-mx-all)").all():
        letters = body.locator("tr:not(.sb-mx-region)").evaluate_all(
            "(rows, c) => rows.map(r => r.cells[c].textContent.trim())", col
        )
        assert [rank[x] for x in letters] == sorted((rank[x] for x in letters), reverse=True), letters
    page.get_by_role("button", name="Sort sites A–Z by name").click()
    for body in page.locator("table.sb-mx tbody:not(.sb-mx-all)").all():
        names = body.locator("tr:not(.sb-mx-region) th").all_inner_texts()
        assert names == sorted(names, key=str.lower) or names == sorted(names, key=str.lower, reverse=True)


def test_matrix_on_a_phone_is_a_list_of_sites_with_their_adoptions(
    open_reader: Callable[..., Reader], sample: Ledger
) -> None:
    page = open_reader(viewport=PHONE).goto("/matrix/")
    expect(page.locator(".sb-mx-wrap")).to_be_hidden()
    expect(page.locator(".sb-mx-list")).to_be_visible()
    for region in sample.regions:
        expect(page.locator(".sb-mx-list h2", has_text=region)).to_be_visible()
    site = max(sample.hub.sites, key=lambda s: len(sample.site_adoptions(s)))
    item = page.locator(".sb-mx-list li", has=page.locator(f"a[href$='sites/{site}/']"))
    item.get_by_role("button", name="Show its practices").click()
    shown = item.locator("ul li").all_inner_texts()
    expected = sorted(f"{sample.hub.practices[a.practice].name}: {a.stage}" for a in sample.site_adoptions(site))
    assert sorted(shown) == expected


def test_matrix_of_the_synthetic_hub_shows_every_region_and_its_totals(
    open_reader: Callable[..., Reader], synth_url: str, synth_site: Path
) -> None:
    page = open_reader(origin=synth_url).goto("/matrix/")
    regions = page.locator("tr.sb-mx-region th a").all_inner_texts()
    assert len(regions) == 6
    rows = page.locator("table.sb-mx tbody tr:not(.sb-mx-region) th")
    expect(rows).to_have_count(101)  # 100 sites and the all-regions row
    totals = page.evaluate(
        "() => [...document.querySelectorAll('tr.sb-mx-region')].map(r => Number(r.cells[1].textContent.replace(/\\D/g, '')))"
    )
    grand = int(page.locator("tbody.sb-mx-all td").first.inner_text().replace(",", ""))  # "1,234"
    assert sum(totals) == grand > 0
    assert (synth_site / "matrix" / "index.html").stat().st_size <= 200_000


LOOKS = [("desktop", "light"), ("desktop", "dark"), ("phone", "light"), ("phone", "dark")]


def fits(page: Page, selector: str) -> list[str]:
    """The elements matching selector whose text is cut off (wider or taller than their box) or off screen."""
    return list(
        page.locator(selector).evaluate_all(
            "els => els.filter(e => { const r = e.getBoundingClientRect();"
            " return e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1"
            " || r.left < 0 || r.right > document.documentElement.clientWidth + 1; }).map(e => e.textContent)"
        )
    )


@pytest.mark.parametrize(("width", "scheme"), LOOKS)
def test_practice_page_says_who_to_ask_and_where_it_does_not_run_yet(
    open_reader: Callable[..., Reader],
    sample: Ledger,
    axe_script: Path,
    screenshots: Path,
    width: str,
    scheme: str,
) -> None:
    practice = "paperless-loan-files"
    adoptions = sample.practice_adoptions(practice)
    reader = open_reader(viewport=DESKTOP if width == "desktop" else PHONE, color_scheme=scheme)
    page = reader.goto(f"/practices/{practice}/")
    assert page.evaluate("document.body.dataset.mdColorScheme") == ("slate" if scheme == "dark" else "default")
    # Who to ask: the first adopter's champion first, each person once, each Ask link a working address.
    asks = page.locator("ul.sb-asklist > li")
    first = sample.hub.champions[adoptions[0].first.champions[0]]
    expect(asks.first.locator("a.sb-ask")).to_have_text(f"Ask {first.name}")
    expect(asks.first).to_contain_text("First to adopt it")
    names = asks.locator("a.sb-ask").all_inner_texts()
    assert len(names) == len(set(names)) >= 2
    for li in asks.all():
        ask = li.locator("a.sb-ask")
        champion = next(c for c in sample.hub.champions.values() if f"Ask {c.name}" == ask.inner_text())
        expect(ask).to_have_attribute("href", contact_href(champion.contact) or f"../../champions/{champion.id}/")
    # Sites that never adopted it, by region, each row naming a site that runs it.
    never = set(sample.hub.sites) - {a.site for a in adoptions}
    cells = page.locator("table.sb-notyet td[data-label='Not yet'] a")
    assert {h.split("/")[-2] for h in cells.evaluate_all("as => as.map(a => a.getAttribute('href'))")} == never
    for row in page.locator("table.sb-notyet tbody tr").all():
        expect(row.locator("td[data-label='Nearest'] a").first).to_be_visible()
    # The chart: a label for each year from the first adoption's, both axes named, no label cut off.
    labels = page.locator("svg.sb-spread text").all_text_contents()
    assert {"2024", "2025", "2026", "sites that adopted it", "when each site adopted it"} <= set(labels)
    boxes = page.locator("svg.sb-spread text").evaluate_all(
        "ts => ts.map(t => { const r = t.getBoundingClientRect(); return [r.left, r.right]; })"
    )
    assert all(left >= 0 and right <= page.viewport_size["width"] for left, right in boxes), boxes  # type: ignore[index]
    assert fits(page, "ul.sb-asklist > li, table.sb-notyet tbody tr, .sb-category, figure.sb-chart figcaption") == []
    page.locator("figure.sb-chart details summary").click()
    expect(page.locator("figure.sb-chart details table tbody tr")).to_have_count(len(adoptions))
    assert fits(page, "figure.sb-chart details") == []
    page.add_script_tag(path=str(axe_script))
    serious = [v for v in page.evaluate(RUN_AXE) if v["impact"] in SERIOUS]
    assert serious == [], describe(serious)
    page.screenshot(path=screenshots / f"practice-{width}-{scheme}.png", full_page=True)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_matrix_headers_show_whole_practice_names(
    open_reader: Callable[..., Reader], sample: Ledger, scheme: str
) -> None:
    page = open_reader(color_scheme=scheme).goto("/matrix/")
    heads = page.locator("table.sb-mx thead th a")
    shown = heads.all_inner_texts()
    accepted = [p.name for p in sample.hub.practices.values() if not p.proposed]  # proposed ones wait outside
    assert sorted(" ".join(t.split()) for t in shown) == sorted(accepted)
    assert fits(page, "table.sb-mx thead th a") == []  # was "Digital statements by…", cut by an ellipsis
    tallest = max(b["height"] for b in (h.bounding_box() for h in heads.all()) if b)
    assert tallest <= 12 * 16  # wrapped onto lines, not one long rotated line


def test_matrix_keeps_its_header_row_and_site_column_in_view_while_scrolling(
    open_reader: Callable[..., Reader], synth_url: str
) -> None:
    """The synthetic hub's 100 sites by 40 practices scroll both ways inside the table's box."""
    page = open_reader(origin=synth_url).goto("/matrix/")
    wrap = page.locator(".sb-mx-wrap")
    assert wrap.evaluate("w => w.scrollWidth > w.clientWidth && w.scrollHeight > w.clientHeight")
    wrap.evaluate("w => { w.scrollTop = 600; w.scrollLeft = 400; }")
    outer = wrap.bounding_box()
    head = page.locator("table.sb-mx thead th").nth(1).bounding_box()
    site = page.locator("table.sb-mx tbody tr:not(.sb-mx-region) th").nth(20).bounding_box()
    assert outer and head and site
    assert abs(head["y"] - outer["y"]) <= 2 and abs(site["x"] - outer["x"]) <= 2


# --- regions ---------------------------------------------------------------------------------------------------


def test_region_page_puts_sites_side_by_side_with_a_lesson_from_a_neighbour(reader: Reader, sample: Ledger) -> None:
    region, sites = next((r, s) for r, s in sample.regions.items() if len(s) >= 2)
    page = reader.goto(f"/regions/{sample.region_ids[region]}/")
    cards = page.locator(".sb-region__site")
    expect(cards).to_have_count(len(sites))
    first, second = cards.nth(0).bounding_box(), cards.nth(1).bounding_box()
    assert first and second and abs(first["y"] - second["y"]) < 2  # side by side at 1280 px
    neighbours = {s.id for s in sites}
    for site in sites:
        card = page.locator(".sb-region__site", has=page.locator(f"h2 a[href$='sites/{site.id}/']"))
        lessons = sample.neighbour_lessons(site.id)
        if not lessons:
            expect(card).to_contain_text("Runs everything its neighbours run")
            continue
        practice, adoption, _n = lessons[0]
        assert adoption.site in neighbours and adoption.site != site.id and adoption.live
        assert practice not in {a.practice for a in sample.site_adoptions(site.id)}
        expect(card.locator(f"a[href$='practices/{practice}/']")).to_have_count(1)
        expect(card.locator("a.sb-ask")).to_have_count(1)
    index = reader.goto("/regions/")
    for region in sample.regions:
        expect(index.get_by_role("link", name=region, exact=True)).to_be_visible()


# --- the places to start: sites, regions and champions indexes ---------------------------------------------------

LOOKS = [(DESKTOP, "light"), (DESKTOP, "dark"), (PHONE, "light"), (PHONE, "dark")]


def no_sideways_scroll(page: Page, viewport: dict[str, int]) -> None:
    """Nothing scrolls sideways: a phone reader never has to pan to read a line."""
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]


@pytest.mark.parametrize(("viewport", "scheme"), LOOKS)
def test_sites_index_says_who_to_ask_and_what_each_site_wrote_last(
    open_reader: Callable[..., Reader], sample: Ledger, viewport: dict[str, int], scheme: str
) -> None:
    reader = open_reader(viewport=viewport, color_scheme=scheme)
    page = reader.goto("/sites/")
    assert page.evaluate("document.body.dataset.mdColorScheme") == ("slate" if scheme == "dark" else "default")
    no_sideways_scroll(page, viewport)
    for region, sites in sample.regions.items():
        expect(page.locator(f"h2#{sample.region_ids[region]} a")).to_have_text(region)
        for site in sites:
            entry = page.locator("ul.sb-sitelist > li", has=page.locator(f"a[href$='sites/{site.id}/']"))
            if site.lead:
                lead = sample.hub.champions[site.lead]
                ask = entry.locator("a.sb-ask")
                expect(ask).to_have_text(f"Ask {lead.name}")
                expect(ask).to_have_attribute("href", contact_href(lead.contact) or f"../champions/{lead.id}/")
            newest = sample.by_site[site.id][0]
            expect(entry.locator(f"a[href$='stories/{newest.slug}/']")).to_have_text(newest.title)
            box = entry.bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"]


@pytest.mark.parametrize(("viewport", "scheme"), LOOKS)
def test_regions_index_shows_each_regions_sites_and_newest_adoption(
    open_reader: Callable[..., Reader], sample: Ledger, viewport: dict[str, int], scheme: str
) -> None:
    page = open_reader(viewport=viewport, color_scheme=scheme).goto("/regions/")
    no_sideways_scroll(page, viewport)
    cards = page.locator(".sb-region__site")
    expect(cards).to_have_count(len(sample.regions))
    for region, sites in sample.regions.items():
        card = page.locator(".sb-region__site", has=page.locator(f"h2#{sample.region_ids[region]}"))
        for site in sites:
            expect(card.locator(".sb-region__sites").get_by_role("link", name=site.name, exact=True)).to_be_visible()
        expect(card).to_contain_text("Newest adoption:")
    if viewport == DESKTOP:
        first, second = cards.nth(0).bounding_box(), cards.nth(1).bounding_box()
        assert first and second and abs(first["y"] - second["y"]) < 2  # side by side at 1280 px


@pytest.mark.parametrize(("viewport", "scheme"), LOOKS)
def test_champions_index_is_grouped_by_site(
    open_reader: Callable[..., Reader], sample: Ledger, viewport: dict[str, int], scheme: str
) -> None:
    page = open_reader(viewport=viewport, color_scheme=scheme).goto("/champions/")
    no_sideways_scroll(page, viewport)
    hub = sample.hub
    sites = sorted({c.site for c in hub.champions.values()}, key=lambda s: (hub.sites[s].name.casefold(), s))
    expect(page.locator("article h2")).to_have_text([hub.sites[s].name for s in sites])
    for site in sites:
        names = sorted((c.name for c in hub.champions.values() if c.site == site), key=str.casefold)
        expect(page.locator(f"h2#sb-site-{site} + ul.sb-index > li > a")).to_have_text(names)


# --- accessibility: the looks test_accessibility.py does not cover for these page types ------------------------


@pytest.mark.parametrize("look", ["dark-desktop", "light-phone"])
@pytest.mark.parametrize("kind", PLACE_TYPES)
def test_place_pages_have_no_serious_accessibility_violations(
    axe_script: Path, open_reader: Callable[..., Reader], kind: str, look: str
) -> None:
    scheme, width = look.split("-")
    reader = open_reader(viewport=DESKTOP if width == "desktop" else PHONE, color_scheme=scheme)
    violations = axe_violations(reader, PAGE_TYPES[kind], axe_script)
    serious = [v for v in violations if v["impact"] in SERIOUS]
    assert serious == [], f"{kind} ({look}):\n{describe(serious)}"
