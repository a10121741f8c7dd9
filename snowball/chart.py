"""The practice page's spread chart: an inline SVG with a sentence that says the same for screen readers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from xml.sax.saxutils import escape as xml_escape


def spread_chart(points: Sequence[tuple[dt.date, int]], start: dt.date, end: dt.date, name: str) -> tuple[str, str]:
    """An inline SVG step chart of adopting sites over time, and the sentence that says the same."""
    width, height, pad_l, pad_b, pad_t, pad_r = 640, 220, 36, 28, 12, 12
    span = max((end - start).days, 1)
    top = max(n for _d, n in points)

    def x(d: dt.date) -> float:
        return round(pad_l + (width - pad_l - pad_r) * (d - start).days / span, 1)

    def y(n: int) -> float:
        return round(height - pad_b - (height - pad_b - pad_t) * n / top, 1)

    path = [f"M{x(start)},{y(0)}"]
    for d, n in points:
        path.append(f"H{x(d)}V{y(n)}")
    path.append(f"H{x(end)}")
    dots = "".join(f'<circle cx="{x(d)}" cy="{y(n)}" r="3.5"/>' for d, n in points)
    ticks = "".join(
        f'<text x="{pad_l - 6}" y="{y(n) + 4}" text-anchor="end">{n}</text>' for n in sorted({0, top, (top + 1) // 2})
    )
    years = "".join(
        f'<text x="{x(dt.date(yr, 1, 1))}" y="{height - 8}" text-anchor="middle">{yr}</text>'
        for yr in range(start.year + 1, end.year + 1)
    )
    described = "; ".join(f"{n} by {d.isoformat()}" for d, n in points)
    text = (
        f"{name} reached {top} site{'s' if top != 1 else ''} between {points[0][0].isoformat()} and "
        f"{points[-1][0].isoformat()}. Adopting sites over time: {described}."
    )
    label = xml_escape(f"Adopting sites over time for {name}")
    svg = (
        f'<svg class="sb-spread" viewBox="0 0 {width} {height}" role="img" aria-labelledby="sb-chart-title '
        f'sb-chart-desc" preserveAspectRatio="xMidYMid meet"><title id="sb-chart-title">{label}</title>'
        f'<desc id="sb-chart-desc">{xml_escape(text)}</desc>'
        f'<line class="sb-spread__axis" x1="{pad_l}" y1="{y(0)}" x2="{width - pad_r}" y2="{y(0)}"/>'
        f'<path class="sb-spread__line" d="{"".join(path)}"/>{dots}<g class="sb-spread__labels">{ticks}{years}</g>'
        "</svg>"
    )
    return svg, text
