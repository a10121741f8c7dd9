"""Momentum views: the momentum/ page (the snowball rolling, quarter by quarter), the practice page's curve
data and the site page's timeline.

The figures are snowball.momentum's; here they become plain records for the templates (momentum.html and
the partials _momentum_practice.html and _momentum_site.html), whose words go through the catalogs. Every
list is bounded, so the page stays within its budget at 10,000 stories: quarters are aggregated, never one
mark per story, and the long lists stop at a fixed length with a count of the rest.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property

from ..chart import Bars, Line, running_line, stacked_bars
from ..i18n import N_
from ..model import Story
from ..momentum import (
    RECENT_QUARTERS,
    Event,
    Momentum,
    QuarterCounts,
    quarter_bounds,
    quarter_text,
    running_steps,
)
from ..urls import source_path, url_path
from .common import BaseViews, GeneratedPage

KINDS = ("pilots", "adoptions", "scale_ups", "retirements")  # the bars' stack, bottom up; retirements below zero
NEWS_SHOWN = 20  # "new this quarter": events listed before "and N more"
WAVES_SHOWN = 12  # the newest waves on the page
WAVE_SITES_SHOWN = 8  # sites named per wave before "and N more"
SPARKS_SHOWN = 5  # stories named per wave
TIMELINE_SHOWN = 30  # a site page's newest timeline entries

TITLE = N_("Momentum")
DESCRIPTION = N_("How practices spread quarter by quarter: new pilots, adoptions, scale-ups, retirements and waves.")


@dataclass(frozen=True)
class Told:
    """A story as these pages link it."""

    slug: str
    title: str
    date: dt.date
    site: str
    site_name: str


@dataclass(frozen=True)
class EventRow:
    kind: str  # pilot | adoption | scale-up | retirement
    date: dt.date
    site: str
    site_name: str
    practice: str
    practice_name: str
    story: Told
    returning: bool


@dataclass(frozen=True)
class QuarterRow:
    """One quarter in a table: its label, the ISO label and its four counts."""

    quarter: str
    label: str
    pilots: int
    adoptions: int
    scale_ups: int
    retirements: int


@dataclass(frozen=True)
class RegionMomentum:
    name: str
    ident: str  # its address part (regions/<ident>/)
    bars: Bars
    rows: tuple[QuarterRow, ...]  # quarters with something in them, oldest first
    total: QuarterRow  # every quarter added up (quarter and label empty)
    current: QuarterRow


@dataclass(frozen=True)
class Curve:
    practice: str
    name: str
    line: Line
    now: int
    gained: int  # net, over the last RECENT_QUARTERS quarters
    year_ago: int
    peak: int
    first: str  # the quarter of its first site, as shown


@dataclass(frozen=True)
class WaveRow:
    practice: str
    name: str
    quarter: str
    label: str
    sites: tuple[EventRow, ...]  # the first WAVE_SITES_SHOWN starters
    more_sites: int
    sparks: tuple[Told, ...]
    more_sparks: int


@dataclass(frozen=True)
class PracticeCurve:
    """The practice page's part: sites running it per quarter (the spread chart draws it by day)."""

    rows: tuple[tuple[str, int, int], ...]  # (quarter shown, sites running at its end, change in the quarter)
    now: int


def _sum(counts: list[QuarterCounts]) -> QuarterRow:
    return QuarterRow(
        "",
        "",
        sum(c.pilots for c in counts),
        sum(c.adoptions for c in counts),
        sum(c.scale_ups for c in counts),
        sum(c.retirements for c in counts),
    )


class MomentumViews(BaseViews):
    """The momentum page, and the momentum parts of practice and site pages."""

    @cached_property
    def momentum_figures(self) -> Momentum:
        """One walk of every adoption, shared by the momentum page and every practice and site page."""
        return Momentum(self.ledger, self.today)

    def momentum_pages(self) -> list[GeneratedPage]:
        return [self.momentum_page()]

    def _quarter(self, label: str) -> str:
        """A quarter as the hub's language writes it: "Q3 2026", "T3 2026"."""
        return quarter_text(label, self.lang.locale)

    def _quarter_row(self, c: QuarterCounts) -> QuarterRow:
        return QuarterRow(c.quarter, self._quarter(c.quarter), c.pilots, c.adoptions, c.scale_ups, c.retirements)

    def _told(self, s: Story) -> Told:
        return Told(s.slug, s.title, s.date, s.site, self.names.site_names[s.site])

    def _event(self, e: Event) -> EventRow:
        n = self.names
        return EventRow(
            e.kind,
            e.date,
            e.site,
            n.site_names[e.site],
            e.practice,
            n.practice_names[e.practice],
            self._told(e.story),
            e.returning,
        )

    def _bars(self, counts: list[QuarterCounts], most_x: int) -> Bars:
        labels = [self._quarter(c.quarter) for c in counts]
        stacks = [(c.pilots, c.adoptions, c.scale_ups, c.retirements) for c in counts]
        return stacked_bars(labels, stacks, KINDS, below=1, most_x=most_x)

    def momentum_page(self) -> GeneratedPage:
        m, lg, n = self.momentum_figures, self.ledger, self.names
        page_url = url_path("momentum")
        counts = m.counts()
        news = m.in_quarter(m.current)
        latest = m.latest_active()
        fallback = [] if news or latest is None else m.in_quarter(latest)
        regions = []
        for name in lg.regions:
            rc = m.counts(name)
            regions.append(
                RegionMomentum(
                    name,
                    lg.region_ids[name],
                    self._bars(rc, 3),
                    tuple(self._quarter_row(c) for c in rc if c.total),
                    _sum(rc),
                    self._quarter_row(rc[-1]),
                )
            )
        labels = [self._quarter(q) for q in m.quarters]
        curves = []
        for p in m.fastest():
            series = m.running(p)
            first = next(i for i, v in enumerate(series) if v) if any(series) else 0
            starts = [e for e in m.practice_events(p) if e.starts]
            curves.append(
                Curve(
                    p,
                    n.practice_names[p],
                    running_line(series),
                    series[-1],
                    m.gained(p),
                    series[-1] - m.gained(p),
                    max(series),
                    self._quarter(starts[0].quarter) if starts else labels[first],
                )
            )
        waves = m.waves()
        wave_rows = [
            WaveRow(
                w.practice,
                n.practice_names[w.practice],
                w.quarter,
                self._quarter(w.quarter),
                tuple(self._event(e) for e in w.starts[:WAVE_SITES_SHOWN]),
                max(0, len(w.starts) - WAVE_SITES_SHOWN),
                tuple(self._told(s) for s in w.sparks[:SPARKS_SHOWN]),
                max(0, len(w.sparks) - SPARKS_SHOWN),
            )
            for w in waves[:WAVES_SHOWN]
        ]
        first, last = quarter_bounds(m.current)
        html = self._lazy(
            "momentum.html",
            page_url,
            title=TITLE,
            current=m.current,
            current_label=self._quarter(m.current),
            current_first=first,
            current_last=last,
            current_counts=self._quarter_row(counts[-1]),
            news=[self._event(e) for e in news[:NEWS_SHOWN]],
            news_more=max(0, len(news) - NEWS_SHOWN),
            latest_label=self._quarter(latest) if fallback and latest else "",
            latest_news=[self._event(e) for e in fallback[:NEWS_SHOWN]],
            latest_more=max(0, len(fallback) - NEWS_SHOWN),
            bars=self._bars(counts, 6),
            rows=[self._quarter_row(c) for c in counts],
            total=_sum(counts),
            busiest=max(
                (self._quarter_row(c) for c in counts), key=lambda r: r.pilots + r.adoptions + r.scale_ups, default=None
            ),
            regions=regions,
            curves=curves,
            recent=RECENT_QUARTERS,
            waves=wave_rows,
            waves_more=max(0, len(waves) - WAVES_SHOWN),
            wave_sites=2,
        )
        return GeneratedPage(source_path("momentum"), self._(TITLE), self._(DESCRIPTION), html)

    # --- the parts of other pages ---

    def practice_running(self, practice: str) -> tuple[list[tuple[dt.date, int]], PracticeCurve]:
        """For a practice page: the spread chart's second line (sites running it, by day) and its table by quarter."""
        m = self.momentum_figures
        events = m.practice_events(practice)
        series = m.running(practice)
        rows = []
        previous = 0
        for q, v in zip(m.quarters, series, strict=True):
            if v or previous or rows:
                rows.append((self._quarter(q), v, v - previous))
            previous = v
        return running_steps(events), PracticeCurve(tuple(rows), series[-1] if series else 0)

    def site_timeline(self, site: str) -> tuple[tuple[EventRow, ...], int]:
        """A site page's timeline: its newest TIMELINE_SHOWN events across practices, newest first, and how
        many earlier ones are left out."""
        events = self.momentum_figures.site_events(site)
        shown = [self._event(e) for e in reversed(events[-TIMELINE_SHOWN:])]
        return tuple(shown), max(0, len(events) - TIMELINE_SHOWN)
