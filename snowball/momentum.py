"""The snowball rolling: what happened each quarter, how many sites ran each practice over time, and the waves.

Everything derives from each adoption's stories (snowball.ledger.Adoption), oldest first. A site "runs" a
practice from its first story at an adoption stage (pilot, adopted, scaled) until a story says retired; a
later story at an adoption stage brings it back. Any other stage (an `idea`, or a stage this module does not
know) counts nowhere: it neither starts nor ends a run. Quarters are ISO-like labels ("2026-Q3") so they sort
as text; pages show them through `quarter_text` (Babel, the hub's language).

Nothing here knows about MkDocs or templates; snowball.views.momentum turns these figures into pages.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from babel import Locale
from babel.dates import format_date

from .ledger import Adoption, Ledger
from .model import Story

RUNNING_RANK = {"pilot": 1, "adopted": 2, "scaled": 3}  # the contract's adoption stages, in the order they go
LEAVING = "retired"
EVENT_KINDS = ("pilot", "adoption", "scale-up", "retirement")
WAVE_SITES = 2  # a wave: a quarter in which this many sites or more started running one practice
WAVE_LOOKBACK = 4  # quarters before a wave (and the wave's own) in which the stories it names count as its spark
RECENT_QUARTERS = 4  # "fastest-spreading": sites gained over the last four quarters (a year)


# --- quarters ------------------------------------------------------------------------------------------------


def quarter_of(date: dt.date) -> str:
    """The quarter a date falls in, as a label that sorts as text: 12 Aug 2026 -> "2026-Q3"."""
    return f"{date.year}-Q{(date.month - 1) // 3 + 1}"


def _parse(label: str) -> tuple[int, int]:
    year, _, q = label.partition("-Q")
    quarter = int(q)
    if not 1 <= quarter <= 4:
        raise ValueError(f"not a quarter label: {label!r} (expected YYYY-Q1 to YYYY-Q4)")
    return int(year), quarter


def quarter_bounds(label: str) -> tuple[dt.date, dt.date]:
    """The first and last day of a quarter, both inclusive: "2026-Q3" -> (1 Jul 2026, 30 Sep 2026)."""
    year, quarter = _parse(label)
    first = dt.date(year, 3 * quarter - 2, 1)
    after = dt.date(year + 1, 1, 1) if quarter == 4 else dt.date(year, 3 * quarter + 1, 1)
    return first, after - dt.timedelta(days=1)


def next_quarter(label: str) -> str:
    year, quarter = _parse(label)
    return f"{year + 1}-Q1" if quarter == 4 else f"{year}-Q{quarter + 1}"


def quarter_range(first: str, last: str) -> list[str]:
    """Every quarter from first to last, both included (none when last is before first)."""
    out = []
    label = first
    while label <= last:
        out.append(label)
        label = next_quarter(label)
    return out


def quarter_text(label: str, locale: str | Locale = "en") -> str:
    """A quarter as a reader sees it, in the hub's language: "2026-Q3" -> "Q3 2026" in English."""
    return format_date(quarter_bounds(label)[0], "QQQ y", locale=locale)


# --- one adoption's history ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Event:
    """Something that happened to one site's run of one practice, told by one story."""

    kind: str  # one of EVENT_KINDS
    site: str
    practice: str
    date: dt.date
    story: Story
    change: int = 0  # sites running the practice: +1 when this brings the site in, -1 when it ends its run
    returning: bool = False  # in a run that started after the site had retired the practice: it came back

    @property
    def quarter(self) -> str:
        return quarter_of(self.date)

    @property
    def starts(self) -> bool:
        return self.change > 0


def adoption_events(adoption: Adoption) -> list[Event]:
    """What one site's stories about one practice amount to, oldest first.

    A run starts with the first story at an adoption stage: a pilot, or straight an adoption (a first story
    at `scaled` is an adoption and a scale-up at once). Within a run each step up counts once, at the story
    that first reaches it: a story that steps back (scaled, then adopted) changes nothing, and a later
    `scaled` is not a second scale-up. `retired` ends the run (one retirement, however many stories say it);
    the next story at an adoption stage starts a new run (returning=True). A site whose first story says
    retired stopped something the hub has no story of starting: a retirement, but no site leaves the count
    (none had joined it). Stages that are not adoption stages count nowhere.
    """
    events: list[Event] = []
    site, practice = adoption.site, adoption.practice
    reached = 0  # the highest rank of the current run; 0 = not running
    retired = back = False  # retired: the last run ended in a retirement; back: the current run followed one
    for s in adoption.stories:
        rank = RUNNING_RANK.get(s.stage)
        if s.stage == LEAVING:
            if reached or not retired:
                events.append(Event("retirement", site, practice, s.date, s, -1 if reached else 0))
            reached, retired = 0, True
            continue
        if rank is None or rank <= reached:
            continue
        start = not reached
        back = retired if start else back
        if start and rank == 1:
            events.append(Event("pilot", site, practice, s.date, s, 1, back))
        if reached < 2 <= rank:
            events.append(Event("adoption", site, practice, s.date, s, 1 if start else 0, back))
        if rank == 3:
            events.append(Event("scale-up", site, practice, s.date, s))
        reached = rank
    return events


def running_on(adoption: Adoption, as_of: dt.date) -> bool:
    """Whether the site ran the practice at the end of the day as_of (its stories up to that day decide)."""
    running = False
    for s in adoption.stories:
        if s.date > as_of:
            break
        if s.stage == LEAVING:
            running = False
        elif s.stage in RUNNING_RANK:
            running = True
    return running


def sites_running(ledger: Ledger, practice: str, as_of: dt.date) -> list[str]:
    """The sites that ran the practice on the day as_of, first adopter first (retired ones and ideas left out)."""
    return [a.site for a in ledger.practice_adoptions(practice) if running_on(a, as_of)]


# --- the hub's figures -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuarterCounts:
    """What happened in one quarter (hub-wide or in one region)."""

    quarter: str
    pilots: int = 0
    adoptions: int = 0
    scale_ups: int = 0
    retirements: int = 0

    @property
    def total(self) -> int:
        return self.pilots + self.adoptions + self.scale_ups + self.retirements


@dataclass(frozen=True)
class Wave:
    """A quarter in which at least WAVE_SITES sites started running one practice, and what preceded it."""

    practice: str
    quarter: str
    starts: tuple[Event, ...]  # the pilots and adoptions that brought a site in, oldest first
    sparks: tuple[Story, ...]  # stories the starters named in inspired_by, within the window, newest first


_FIELD = {"pilot": "pilots", "adoption": "adoptions", "scale-up": "scale_ups", "retirement": "retirements"}


class Momentum:
    """The time aggregates of one ledger, computed once (one walk of every adoption's stories).

    `now` is the day the page speaks from (the views' today, never before the newest story): its quarter is
    "this quarter", and every series runs from the first event's quarter to it.
    """

    def __init__(self, ledger: Ledger, now: dt.date) -> None:
        self.ledger = ledger
        newest = ledger.stories[0].date if ledger.stories else now
        self.now = max(now, newest)
        self.current = quarter_of(self.now)

    @cached_property
    def events(self) -> list[Event]:
        """Every event of the hub, oldest first."""
        out = [e for a in self.ledger.adoptions.values() for e in adoption_events(a)]
        out.sort(key=lambda e: (e.date, e.site, e.practice, EVENT_KINDS.index(e.kind)))
        return out

    @cached_property
    def quarters(self) -> list[str]:
        """Every quarter from the first event's to this one, empty quarters included (a chart's x axis)."""
        if not self.events:
            return [self.current]
        return quarter_range(self.events[0].quarter, self.current)

    def region_of(self, site: str) -> str | None:
        entry = self.ledger.hub.sites.get(site)
        return entry.region if entry else None

    def counts(self, region: str | None = None) -> list[QuarterCounts]:
        """Pilots, adoptions, scale-ups and retirements in each quarter, hub-wide or at one region's sites."""
        tally: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for e in self.events:
            if region is None or self.region_of(e.site) == region:
                tally[e.quarter][_FIELD[e.kind]] += 1
        return [QuarterCounts(q, **tally.get(q, {})) for q in self.quarters]

    @cached_property
    def _running(self) -> dict[str, list[int]]:
        """practice -> sites running it at the end of each quarter (parallel to self.quarters)."""
        change: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for e in self.events:
            if e.change:
                change[e.practice][e.quarter] += e.change
        out = {}
        for practice in sorted(self.ledger.hub.practices.keys() | change.keys()):
            total, series = 0, []
            for q in self.quarters:
                total += change[practice][q] if practice in change else 0
                series.append(total)
            out[practice] = series
        return out

    def running(self, practice: str) -> list[int]:
        """Sites running the practice at the end of each quarter of self.quarters (cumulative, retirements out)."""
        return self._running.get(practice, [0] * len(self.quarters))

    def starts(self) -> list[Event]:
        """The events that brought a site in (start of a run), oldest first."""
        return [e for e in self.events if e.starts]

    def gained(self, practice: str, quarters: int = RECENT_QUARTERS) -> int:
        """Net sites gained over the last `quarters` quarters (this one included)."""
        series = self.running(practice)
        before = series[-quarters - 1] if len(series) > quarters else 0
        return series[-1] - before

    def fastest(self) -> list[str]:
        """Practices that ever ran somewhere, fastest-spreading first: most sites gained over the last year,
        then most sites running now, then by id (a stable order for equal figures)."""
        ran = [p for p, series in self._running.items() if any(series)]
        return sorted(ran, key=lambda p: (-self.gained(p), -self.running(p)[-1], p))

    def waves(self) -> list[Wave]:
        """Every quarter in which WAVE_SITES or more sites started running one practice, newest first."""
        grouped: dict[tuple[str, str], list[Event]] = defaultdict(list)
        for e in self.starts():
            grouped[(e.practice, e.quarter)].append(e)
        out = []
        for (practice, quarter), starts in grouped.items():
            if len({e.site for e in starts}) < WAVE_SITES:
                continue
            out.append(Wave(practice, quarter, tuple(starts), self._sparks(quarter, starts)))
        out.sort(key=lambda w: (w.quarter, len(w.starts), w.practice), reverse=True)
        return out

    def _sparks(self, quarter: str, starts: Sequence[Event]) -> tuple[Story, ...]:
        """The stories the wave's starters named in inspired_by, dated within the window: the wave's quarter
        and the WAVE_LOOKBACK quarters before it. Each story once, newest first."""
        first = quarter
        for _ in range(WAVE_LOOKBACK):
            first = _previous(first)
        start, end = quarter_bounds(first)[0], quarter_bounds(quarter)[1]
        found: dict[str, Story] = {}
        for e in starts:
            for ref in e.story.inspired_by:
                earlier = self.ledger.by_slug.get(ref)
                if earlier is not None and start <= earlier.date <= end:
                    found.setdefault(earlier.slug, earlier)
        return tuple(sorted(found.values(), key=lambda s: (s.date, s.slug), reverse=True))

    def in_quarter(self, quarter: str) -> list[Event]:
        """The events of one quarter, newest first."""
        return [e for e in reversed(self.events) if e.quarter == quarter]

    def latest_active(self) -> str | None:
        """The newest quarter with any event (None in a hub without one)."""
        return self.events[-1].quarter if self.events else None

    @cached_property
    def _by_practice(self) -> dict[str, list[Event]]:
        out: dict[str, list[Event]] = defaultdict(list)
        for e in self.events:
            out[e.practice].append(e)
        return out

    def practice_events(self, practice: str) -> list[Event]:
        """One practice's events across its sites, oldest first."""
        return self._by_practice.get(practice, [])

    def site_events(self, site: str) -> list[Event]:
        """One site's events across its practices, oldest first (its timeline)."""
        events = [e for a in self.ledger.site_adoptions(site) for e in adoption_events(a)]
        return sorted(events, key=lambda e: (e.date, e.practice, EVENT_KINDS.index(e.kind)))


def _previous(label: str) -> str:
    year, quarter = _parse(label)
    return f"{year - 1}-Q4" if quarter == 1 else f"{year}-Q{quarter - 1}"


def running_steps(events: Sequence[Event]) -> list[tuple[dt.date, int]]:
    """Sites running one practice after each day its count changed, oldest first (events: that practice's,
    oldest first). The practice page draws it as a step line on its spread chart."""
    steps: list[tuple[dt.date, int]] = []
    total = 0
    for e in events:
        if not e.change:
            continue
        total += e.change
        if steps and steps[-1][0] == e.date:
            steps[-1] = (e.date, total)
        else:
            steps.append((e.date, total))
    return steps
