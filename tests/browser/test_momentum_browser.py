"""The momentum page and the practice page's running line as readers use them: 1280 and 390 px, light and dark,
by keyboard, axe clean. Expectations come from snowball.momentum on the sample's ledger, not from the HTML."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from snowball.ledger import Ledger
from snowball.momentum import Momentum, quarter_text

from .conftest import DESKTOP, PHONE, Reader
from .test_accessibility import RUN_AXE, SERIOUS, describe
from .test_places import contrast

pytestmark = pytest.mark.browser

LOOKS = ["desktop-light", "desktop-dark", "phone-light", "phone-dark"]
TODAY = dt.date(2026, 11, 27)  # tests/conftest.py pins SNOWBALL_TODAY to this day


def _open(open_reader: Callable[..., Reader], look: str, path: str) -> Page:
    width, scheme = look.split("-")
    reader = open_reader(viewport=DESKTOP if width == "desktop" else PHONE, color_scheme=scheme)
    page = reader.goto(path)
    assert page.evaluate("document.body.dataset.mdColorScheme") == ("slate" if scheme == "dark" else "default")
    return page


def _no_sideways_scroll(page: Page) -> None:
    width = page.viewport_size["width"]  # type: ignore[index]
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    boxes = page.locator("svg.sb-bars text, svg.sb-line text").evaluate_all(
        "ts => ts.map(t => { const r = t.getBoundingClientRect(); return [r.left, r.right, r.height]; })"
    )
    assert boxes and all(left >= 0 and right <= width for left, right, _h in boxes), boxes
    assert min(h for _l, _r, h in boxes) >= 11, "chart labels too small to read"


def _axe(page: Page, axe_script: Path) -> None:
    page.add_script_tag(path=str(axe_script))
    serious = [v for v in page.evaluate(RUN_AXE) if v["impact"] in SERIOUS]
    assert serious == [], describe(serious)


@pytest.mark.parametrize("look", LOOKS)
def test_momentum_page_reads_at_every_width_and_scheme(
    open_reader: Callable[..., Reader], sample: Ledger, axe_script: Path, screenshots: Path, look: str
) -> None:
    m = Momentum(sample, TODAY)
    page = _open(open_reader, look, "/momentum/")
    expect(page.locator("h1")).to_have_text("Momentum")
    expect(page.locator("#this-quarter")).to_have_text(f"New this quarter: {quarter_text(m.current)}")
    expect(page.locator("#this-quarter ~ ul.sb-events").first.locator("> li")).to_have_count(
        len(m.in_quarter(m.current))
    )
    # one bar chart for all sites and one per region, one line per practice that ran, fastest first
    expect(page.locator("svg.sb-bars")).to_have_count(1 + len(sample.regions))
    names = page.locator(".sb-curve__name a").all_inner_texts()
    assert names == [sample.hub.practices[p].name for p in m.fastest()]
    expect(page.locator("li.sb-wave")).to_have_count(len(m.waves()))
    # colours: every segment kind stands out from the page (3:1), in both schemes
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    for kind in "pasr":
        rect = page.locator(f"svg.sb-bars path.{kind}").first
        if rect.count():
            assert contrast(rect.evaluate("r => getComputedStyle(r).fill"), background) >= 3, kind
    line = page.locator(".sb-line__plot path").first.evaluate("p => getComputedStyle(p).stroke")
    assert contrast(line, background) >= 3
    _no_sideways_scroll(page)
    _axe(page, axe_script)
    page.locator("svg.sb-bars").first.screenshot(path=screenshots / f"momentum-bars-{look}.png")
    page.screenshot(path=screenshots / f"momentum-{look}.png", full_page=True)


def test_momentum_charts_are_reached_by_keyboard_and_have_tables(
    open_reader: Callable[..., Reader], sample: Ledger
) -> None:
    m = Momentum(sample, TODAY)
    page = _open(open_reader, "desktop-light", "/momentum/")
    page.locator("#per-quarter").scroll_into_view_if_needed()
    page.locator("p.sb-momentum__jump a").last.focus()
    reached = []
    for _ in range(200):
        page.keyboard.press("Tab")
        found = page.evaluate(
            "() => { const e = document.activeElement; return e && e.matches('svg.sb-bars, svg.sb-line') ? "
            "e.getAttribute('aria-labelledby').split(' ').map(i => document.getElementById(i).textContent) : null; }"
        )
        if found:
            reached.append(found)
        if len(reached) >= 3:
            break
    assert len(reached) == 3, "the charts must take focus in turn"
    title, desc = reached[0]
    assert title == "Pilots, adoptions, scale-ups and retirements per quarter, all sites"
    assert desc.startswith(f"{quarter_text(m.quarters[0])} to {quarter_text(m.quarters[-1])}.")
    focused = page.locator("svg.sb-bars:focus")
    assert focused.evaluate("e => getComputedStyle(e).outlineStyle") != "none"
    # the table alternative: folded, one row per quarter with the same counts as the ledger says
    table = page.locator("figure.sb-momentum__figure details table")
    expect(table).to_be_hidden()
    page.locator("figure.sb-momentum__figure details summary").click()
    rows = table.locator("tbody tr")
    expect(rows).to_have_count(len(m.quarters))
    for i, c in enumerate(m.counts()):
        cells = rows.nth(i).locator("th, td").all_inner_texts()
        assert cells == [quarter_text(c.quarter), str(c.pilots), str(c.adoptions), str(c.scale_ups), str(c.retirements)]


def _retired_practice(sample: Ledger) -> str:
    """A sample practice that a site ran and retired (its running line drops)."""
    m = Momentum(sample, TODAY)
    return next(e.practice for e in m.events if e.change < 0)


@pytest.mark.parametrize("look", LOOKS)
def test_practice_running_line_reads_at_every_width_and_scheme(
    open_reader: Callable[..., Reader], sample: Ledger, axe_script: Path, screenshots: Path, look: str
) -> None:
    practice = _retired_practice(sample)
    m = Momentum(sample, TODAY)
    page = _open(open_reader, look, f"/practices/{practice}/")
    running = page.locator("svg.sb-spread .sb-spread__running")
    expect(running).to_have_count(1)
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert contrast(running.evaluate("p => getComputedStyle(p).stroke"), background) >= 3
    expect(page.locator(".sb-chart__key .sb-key--running")).to_have_count(1)
    details = page.locator("details.sb-running-table")
    expect(details.locator("summary")).to_contain_text(f"{m.running(practice)[-1]} now")
    details.locator("summary").click()
    values = [int(t) for t in details.locator("tbody tr td:nth-child(2)").all_inner_texts()]
    assert values[-1] == m.running(practice)[-1] and any(b < a for a, b in zip(values, values[1:], strict=False))
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]  # type: ignore[index]
    _axe(page, axe_script)
    page.locator("figure.sb-chart").screenshot(path=screenshots / f"practice-running-{look}.png")
