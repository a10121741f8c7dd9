"""The practice page's spread chart: an inline SVG, one dot per adopting site, with a sentence that says the same.

Why this shape: a chart drawn in a fixed viewBox shrinks its labels with the screen (about 5 px on a phone).
Here the SVG has no viewBox: dots and labels sit at percentages of whatever width the page gives it, so
text keeps its CSS size and dots stay round at 390 px and at 1280 px. Only the step line, which may
stretch, is drawn in a nested, stretched viewBox with a non-scaling stroke. Colours come from CSS
(currentColor and Material's variables), so the chart follows dark mode.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr


@dataclass(frozen=True)
class SpreadPoint:
    """One adopting site: when it first adopted the practice, and whether it still runs it."""

    date: dt.date
    label: str  # the site's name
    href: str  # the site's page, relative to the page that shows the chart
    live: bool  # False: the site retired the practice since
    when: str  # the date as the page writes dates


def _pct(value: float) -> str:
    return f"{value:.1f}%".replace(".0%", "%")


def spread_chart(
    points: Sequence[SpreadPoint], start: dt.date, end: dt.date, *, name: str, total_sites: int
) -> tuple[str, str]:
    """SVG markup and its text alternative for the sites that adopted a practice, oldest first.

    y is the number of sites that had adopted it by then; a retired site keeps its place on the line
    (it did adopt), drawn as a hollow ring, and is left out of "N of M sites" in the sentence.
    """
    span = max((end - start).days, 1)
    top = max(len(points), 1)

    def x(d: dt.date) -> float:  # 2 % margins keep end dots inside the box
        return 2 + 96 * (d - start).days / span

    def y(n: int) -> float:
        return 96 - 90 * n / top

    # The step line, in a 1000 x 1000 box stretched over the plot (vector-effect keeps its stroke even).
    steps = [f"M{x(start) * 10:.0f} {y(0) * 10:.0f}"]
    for i, p in enumerate(points, 1):
        steps.append(f"H{x(p.date) * 10:.0f}V{y(i) * 10:.0f}")
    steps.append(f"H{x(end) * 10:.0f}")
    line = (
        '<svg class="sb-spread__plot" width="100%" height="100%" viewBox="0 0 1000 1000" preserveAspectRatio="none"'
        f' aria-hidden="true"><path class="sb-spread__line" d="{"".join(steps)}"/></svg>'
    )
    dots = []
    for i, p in enumerate(points, 1):
        state = "running" if p.live else "retired since"
        tip = xml_escape(f"{p.label}: adopted {p.when}, {state}")
        mark = "sb-spread__dot" + ("" if p.live else " sb-spread__dot--retired")
        dots.append(
            f"<a href={quoteattr(p.href)}><title>{tip}</title>"
            f'<circle class="{mark}" cx="{_pct(x(p.date))}" cy="{_pct(y(i))}" r="5"/></a>'
        )
    ticks = "".join(
        f'<text x="-8" y="{_pct(y(n))}" dy=".35em" text-anchor="end">{n}</text>' for n in sorted({0, top, top // 2})
    )
    years = list(range(start.year + 1, end.year + 1))
    every = max(1, -(-len(years) // 6))  # at most about six year labels, so they never collide on a phone
    year_marks = "".join(
        f'<text x="{_pct(x(dt.date(yr, 1, 1)))}" y="100%" dy="1.3em" text-anchor="middle">{yr}</text>'
        for yr in years[::every]
    )
    live = sum(1 for p in points if p.live)
    retired = len(points) - live
    text = _sentence(points, name=name, live=live, retired=retired, total_sites=total_sites)
    label = xml_escape(f"How {name} spread: one dot per site, in the order the sites adopted it")
    svg = (
        f'<svg class="sb-spread" role="group" aria-label="{label}" width="100%" height="100%">'
        f'<line class="sb-spread__axis" x1="0" y1="{_pct(y(0))}" x2="100%" y2="{_pct(y(0))}"/>'
        f'{line}<g class="sb-spread__labels" aria-hidden="true">{ticks}{year_marks}</g>{"".join(dots)}</svg>'
    )
    return svg, text


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def _sentence(points: Sequence[SpreadPoint], *, name: str, live: int, retired: int, total_sites: int) -> str:
    """The chart in words: where it runs now, what retired, and every site in the order it adopted."""
    first = points[0]
    parts = [f"{name} runs at {live:,} of {_plural(total_sites, 'site')} now"]
    if retired:
        parts.append(f"; {_plural(retired, 'more site')} tried it and retired it")
    parts.append(f". First adopted at {first.label} on {first.when}.")
    if len(points) > 1:
        order = ", ".join(f"{p.label} ({p.when}{'' if p.live else ', retired since'})" for p in points)
        parts.append(f" Sites in the order they adopted it: {order}.")
    return "".join(parts)
