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

from .i18n import SOURCE_LANGUAGE, Language, language


@dataclass(frozen=True)
class SpreadPoint:
    """One adopting site: when it first adopted the practice, and whether it still runs it."""

    date: dt.date
    label: str  # the site's name
    href: str  # the site's page, relative to the page that shows the chart
    live: bool  # False: the site retired the practice since
    when: str  # the date as the page writes dates


QUARTERLY_BELOW = 730  # days: a span shorter than about two years is marked by quarter, a longer one by year
MOST_TICKS = 6  # on either axis: six labels fit a 390 px phone without touching


def _pct(value: float) -> str:
    return f"{value:.1f}%".replace(".0%", "%")


def count_ticks(top: int, most: int = MOST_TICKS) -> list[int]:
    """The y axis's labels: 0 and whole steps of 1, 2 or 5 (times 10, 100 ...) up to the first that reaches top.

    Why: "0 / 3 / 7" reads as a mistake; 0 / 2 / 4 / 6 / 8 reads as a scale. The last tick is the axis's top,
    so the line never leaves the box, and there are at most `most` labels (at least 2).
    """
    top = max(top, 1)
    scale = 1
    while True:
        for step in (scale, 2 * scale, 5 * scale):
            steps = -(-top // step)  # ceiling division
            if steps + 1 <= max(most, 2):
                return [k * step for k in range(steps + 1)]
        scale *= 10


def time_ticks(
    start: dt.date, end: dt.date, most: int = MOST_TICKS, lang: Language | None = None
) -> list[tuple[dt.date, str]]:
    """The x axis's labels: 1 January of each year, or the first day of each quarter when the span is short.

    Every label lies within start..end; when there are more than `most`, every second (third ...) is kept.
    A span too short for any quarter still gets one label, at its start.
    """
    months = (lang or language(SOURCE_LANGUAGE)).months()
    if (end - start).days >= QUARTERLY_BELOW:
        marks = [(dt.date(y, 1, 1), str(y)) for y in range(start.year, end.year + 1)]
    else:
        marks = [
            (dt.date(y, m, 1), f"{months[m - 1]} {y}") for y in range(start.year, end.year + 1) for m in (1, 4, 7, 10)
        ]
    marks = [(d, label) for d, label in marks if start <= d <= end]
    if not marks:
        return [(start, f"{months[start.month - 1]} {start.year}")]
    every = -(-len(marks) // most)
    return marks[::every]


def spread_chart(
    points: Sequence[SpreadPoint],
    start: dt.date,
    end: dt.date,
    *,
    name: str,
    total_sites: int,
    running: Sequence[tuple[dt.date, int]] = (),
    lang: Language | None = None,
) -> tuple[str, str]:
    """SVG markup and a one-sentence summary for the sites that adopted a practice, oldest first.

    y is the number of sites that had adopted it by then; a retired site keeps its place on the line
    (it did adopt), drawn as a hollow ring, and is left out of "N of M sites" in the sentence. The page
    puts every site's date in a table under the chart (the points themselves), not in the sentence.
    running: the sites running it after each date it changed (snowball.momentum), drawn as a second, dashed
    step line on top of the first: where the first only climbs, this one drops when a site retires it.
    """
    lang = lang or language(SOURCE_LANGUAGE)
    _ = lang.gettext
    span = max((end - start).days, 1)
    counts = count_ticks(len(points))
    top = counts[-1]

    def x(d: dt.date) -> float:  # 2 % margins keep end dots inside the box
        return 2 + 96 * (d - start).days / span

    def y(n: int) -> float:
        return 96 - 90 * n / top

    # The step line, in a 1000 x 1000 box stretched over the plot (vector-effect keeps its stroke even).
    steps = [f"M{x(start) * 10:.0f} {y(0) * 10:.0f}"]
    for i, p in enumerate(points, 1):
        steps.append(f"H{x(p.date) * 10:.0f}V{y(i) * 10:.0f}")
    steps.append(f"H{x(end) * 10:.0f}")
    now = ""
    if running:
        run = [f"M{x(start) * 10:.0f} {y(0) * 10:.0f}"]
        run += [f"H{x(d) * 10:.0f}V{y(n) * 10:.0f}" for d, n in running]
        run.append(f"H{x(end) * 10:.0f}")
        now = f'<path class="sb-spread__running" d="{"".join(run)}"/>'
    line = (
        '<svg class="sb-spread__plot" width="100%" height="100%" viewBox="0 0 1000 1000" preserveAspectRatio="none"'
        f' aria-hidden="true"><path class="sb-spread__line" d="{"".join(steps)}"/>{now}</svg>'
    )
    dots = []
    for i, p in enumerate(points, 1):
        state = _("running") if p.live else _("retired since")
        tip = xml_escape(_("%(site)s: adopted %(date)s, %(state)s", site=p.label, date=p.when, state=state))
        mark = "sb-spread__dot" + ("" if p.live else " sb-spread__dot--retired")
        dots.append(
            f"<a href={quoteattr(p.href)}><title>{tip}</title>"
            f'<circle class="{mark}" cx="{_pct(x(p.date))}" cy="{_pct(y(i))}" r="5"/></a>'
        )
    grid = "".join(
        f'<line class="sb-spread__grid" x1="0" y1="{_pct(y(n))}" x2="100%" y2="{_pct(y(n))}"/>' for n in counts[1:]
    )
    y_labels = "".join(
        f'<text x="-8" y="{_pct(y(n))}" dy=".35em" text-anchor="end">{lang.number(n)}</text>' for n in counts
    )
    x_marks = "".join(
        f'<line class="sb-spread__tick" x1="{_pct(x(d))}" y1="{_pct(y(0))}" x2="{_pct(x(d))}" y2="100%"/>'
        f'<text x="{_pct(x(d))}" y="100%" dy="1.3em" text-anchor="middle">{label}</text>'
        for d, label in time_ticks(start, end, lang=lang)
    )
    y_title, x_title = xml_escape(_("sites that adopted it")), xml_escape(_("when each site adopted it"))
    titles = (
        f'<text class="sb-spread__title" x="-2.6em" y="0" dy="-1em">{y_title}</text>'
        f'<text class="sb-spread__title" x="50%" y="100%" dy="2.9em" text-anchor="middle">{x_title}</text>'
    )
    live = sum(1 for p in points if p.live)
    retired = len(points) - live
    text = _sentence(points, name=name, live=live, retired=retired, total_sites=total_sites, lang=lang)
    label = xml_escape(_("How %(practice)s spread: one dot per site, in the order the sites adopted it", practice=name))
    svg = (
        f'<svg class="sb-spread" role="group" aria-label="{label}" width="100%" height="100%">{grid}'
        f'<line class="sb-spread__axis" x1="0" y1="{_pct(y(0))}" x2="100%" y2="{_pct(y(0))}"/>'
        f'{line}<g class="sb-spread__labels" aria-hidden="true">{y_labels}{x_marks}{titles}</g>{"".join(dots)}</svg>'
    )
    return svg, text


def _sentence(
    points: Sequence[SpreadPoint], *, name: str, live: int, retired: int, total_sites: int, lang: Language
) -> str:
    """The chart in one sentence: where it runs now, what retired, the first and the newest adoption.

    Every site in order would make this a paragraph of hundreds of names; the page's table has them.
    """
    first, newest = points[0], points[-1]
    _ = lang.gettext
    sites = lang.plural(total_sites, "site", "sites")
    parts = [_("%(practice)s runs at %(live)s of %(sites)s now", practice=name, live=lang.number(live), sites=sites)]
    if retired:
        more = "%(num)s more site tried it and retired it.", "%(num)s more sites tried it and retired it."
        parts.append("; " + lang.plural(retired, *more).rstrip("."))
    parts.append(". " + _("First adopted at %(site)s on %(date)s", site=first.label, date=first.when))
    if len(points) > 1:
        parts.append(", " + _("most recently at %(site)s on %(date)s", site=newest.label, date=newest.when))
    return "".join(parts) + "."


# --- the momentum charts: bars per quarter and sites running over time ------------------------------------------
#
# Geometry only: positions as percentages of the box (the same no-viewBox scheme as the spread chart, so text
# keeps its CSS size on a phone). The words (titles, tooltips, the table) are the templates' (_charts.html), so
# every string a reader sees goes through the message catalogs.


@dataclass(frozen=True)
class Tick:
    value: int
    at: str  # percentage of the box (from the top for a count, from the left for a quarter)
    label: str = ""  # a quarter's display text ('' on the count axis: the template formats the number)


@dataclass(frozen=True)
class Column:
    """One quarter's bar: where it stands (for its tooltip's hover area) and what it counts, by kind."""

    label: str  # the quarter as a reader sees it
    x: str
    width: str
    counts: tuple[tuple[str, int], ...]  # (kind, count) for the kinds it has, in the kinds' order


@dataclass(frozen=True)
class Bars:
    """A stacked bar per quarter: the first kinds stacked upwards from the zero line, the last ones downwards.

    The bars are drawn as one path per kind (every quarter's segment of that kind, as rectangles) in a stretched
    1000 x 1000 box: a rectangle costs about 20 bytes instead of 80, which keeps a page of small multiples for
    a hub of many years and regions within its budget.
    """

    columns: tuple[Column, ...]
    paths: tuple[tuple[str, str], ...]  # (kind, path data), kinds with no segment left out
    y_ticks: tuple[Tick, ...]  # negative values below the zero line
    x_ticks: tuple[Tick, ...]
    zero: str  # where the zero line is, from the top


def every_nth(count: int, most: int) -> list[int]:
    """Which of `count` evenly spaced labels to print so that at most `most` show: always the last one (the
    newest quarter is the one a reader looks for), then every k-th going back."""
    if count <= 0:
        return []
    step = -(-count // max(most, 1))
    return sorted(range(count - 1, -1, -step))


def stacked_bars(
    labels: Sequence[str],
    stacks: Sequence[Sequence[int]],
    kinds: Sequence[str],
    *,
    below: int = 1,
    most_x: int = MOST_TICKS,
    most_y: int = 5,
) -> Bars:
    """Bars for quarters: stacks[i] holds quarter i's count of each kind (kinds' order), the last `below` kinds
    drawn under the zero line (retirements: sites leaving). Both sides share one scale of whole steps."""
    above = len(kinds) - below
    ups = [sum(s[:above]) for s in stacks] or [0]
    downs = [sum(s[above:]) for s in stacks] or [0]
    up_ticks = count_ticks(max(ups), most_y)
    step = up_ticks[1] if len(up_ticks) > 1 else 1
    top = up_ticks[-1]
    bottom = -(-max(downs) // step) * step
    span = top + bottom

    def y(n: int) -> float:  # percent of the box, from the top
        return 100 * (top - n) / span

    slot = 100 / max(len(labels), 1)
    shapes: dict[str, list[str]] = {k: [] for k in kinds}
    columns = []
    for i, (label, stack) in enumerate(zip(labels, stacks, strict=True)):
        left, width = slot * (i + 0.15), slot * 0.7
        up = down = 0
        for k, (kind, n) in enumerate(zip(kinds, stack, strict=False)):
            if not n:
                continue
            if k < above:
                high, low, up = y(up + n), y(up), up + n
            else:
                high, low, down = y(down), y(down - n), down - n
            shapes[kind].append(
                f"M{left * 10:.0f} {high * 10:.0f}h{width * 10:.0f}v{(low - high) * 10:.0f}h-{width * 10:.0f}z"
            )
        counts = tuple((kind, n) for kind, n in zip(kinds, stack, strict=False) if n)
        columns.append(Column(label, _pct(left), _pct(width), counts))
    y_ticks = [Tick(n, _pct(y(n))) for n in up_ticks]
    y_ticks += [Tick(-n, _pct(y(-n))) for n in range(step, bottom + 1, step)]
    x_ticks = [Tick(i, _pct(slot * (i + 0.5)), labels[i]) for i in every_nth(len(labels), most_x)]
    paths = tuple((kind, "".join(parts)) for kind, parts in shapes.items() if parts)
    return Bars(tuple(columns), paths, tuple(y_ticks), tuple(x_ticks), _pct(y(0)))


@dataclass(frozen=True)
class Line:
    """Sites running a practice at the end of each quarter, as one line from zero before the first quarter."""

    path: str  # in a 1000 x 1000 box stretched over the plot (drawn with a non-scaling stroke)
    end_x: str  # the newest value's position (a dot)
    end_y: str
    top: int  # the scale's top: a whole step at or above the highest value


def running_line(values: Sequence[int], *, most_y: int = 3) -> Line:
    """The cumulative curve: x at the end of each quarter (the first one's start is zero), y the sites running."""
    top = count_ticks(max(values, default=0), most_y)[-1]
    slot = 1000 / max(len(values), 1)

    def y(n: int) -> float:
        return 1000 - 1000 * n / top

    points = [(0.0, y(0))] + [(slot * (i + 1), y(n)) for i, n in enumerate(values)]
    path = "M" + "L".join(f"{px:.0f} {py:.0f}" for px, py in points)
    end_x, end_y = points[-1]
    return Line(path, _pct(end_x / 10), _pct(end_y / 10), top)
