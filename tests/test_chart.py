"""The practice page's spread chart (snowball/chart.py): axis ticks a reader can trust, labelled axes, a short
caption. Ticks are checked for any span and count (Hypothesis), the SVG on small examples."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given
from hypothesis import strategies as st

from snowball.chart import MOST_TICKS, SpreadPoint, count_ticks, spread_chart, time_ticks


@given(st.integers(min_value=0, max_value=1_000_000))
def test_count_ticks_are_whole_sorted_from_zero_and_cover_the_top(top: int) -> None:
    ticks = count_ticks(top)
    assert all(isinstance(t, int) for t in ticks)
    assert ticks[0] == 0 and ticks == sorted(set(ticks))
    assert ticks[-1] >= top and 2 <= len(ticks) <= MOST_TICKS
    steps = {b - a for a, b in zip(ticks, ticks[1:], strict=False)}
    assert len(steps) == 1 and re.fullmatch(r"[125]0*", str(steps.pop()))  # one "nice" step: 1, 2, 5, 10, 20 ...


def test_count_ticks_read_as_a_scale() -> None:
    assert count_ticks(3) == [0, 1, 2, 3]  # was 0 / 1 / 3 ... 0 / 3 / 7 at 7
    assert count_ticks(7) == [0, 2, 4, 6, 8]
    assert count_ticks(25) == [0, 5, 10, 15, 20, 25]  # was 0 / 12 / 25
    assert count_ticks(250) == [0, 50, 100, 150, 200, 250]
    assert count_ticks(0) == [0, 1]


@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 1, 1)),
    st.integers(min_value=0, max_value=12_000),
)
def test_time_ticks_lie_in_the_span_in_order_and_few(start: dt.date, days: int) -> None:
    end = start + dt.timedelta(days=days)
    ticks = time_ticks(start, end)
    dates = [d for d, _label in ticks]
    assert 1 <= len(ticks) <= MOST_TICKS
    assert dates == sorted(set(dates)) and all(start <= d <= end for d in dates)
    assert len({label for _d, label in ticks}) == len(ticks)


def test_time_ticks_mark_every_year_from_the_first_or_quarters_of_a_short_span() -> None:
    years = time_ticks(dt.date(2024, 1, 1), dt.date(2026, 12, 6))
    assert [label for _d, label in years] == ["2024", "2025", "2026"]  # was "2025", "2026": 2024 missing
    quarters = time_ticks(dt.date(2025, 1, 1), dt.date(2026, 3, 1))
    assert [label for _d, label in quarters] == ["Jan 2025", "Apr 2025", "Jul 2025", "Oct 2025", "Jan 2026"]
    decades = time_ticks(dt.date(2000, 1, 1), dt.date(2026, 1, 1))
    assert [label for _d, label in decades] == ["2000", "2005", "2010", "2015", "2020", "2025"]


def points(n: int, start: dt.date) -> list[SpreadPoint]:
    return [
        SpreadPoint(start + dt.timedelta(days=30 * i), f"Site {i}", f"../s{i}/", i % 4 != 3, f"day {i}")
        for i in range(n)
    ]


def test_the_chart_labels_both_axes_and_its_caption_is_one_sentence() -> None:
    svg, text = spread_chart(
        points(25, dt.date(2024, 1, 18)), dt.date(2024, 1, 1), dt.date(2026, 12, 6), name="Paper", total_sites=30
    )
    labels = re.findall(r"<text [^>]*>([^<]*)</text>", svg)
    assert labels[:6] == ["0", "5", "10", "15", "20", "25"]
    assert {"2024", "2025", "2026", "sites that adopted it", "when each site adopted it"} <= set(labels)
    assert 'role="group" aria-label="How Paper spread: one dot per site' in svg  # the chart keeps its name
    assert text == (
        "Paper runs at 19 of 30 sites now; 6 more sites tried it and retired it. "
        "First adopted at Site 0 on day 0, most recently at Site 24 on day 24."
    )
    # Dots stay in the plot box: the top tick is the axis's top, never below the highest dot.
    assert all(6 <= float(cy) <= 96 for cy in re.findall(r'cy="([\d.]+)%"', svg))
