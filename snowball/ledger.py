"""The adoption record: which site adopted which practice, when, how far, and who inspired whom.

Everything here is derived from the stories; nothing is stored twice.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property

from .contract import IDEA, RETIRED, STAGES
from .model import Hub, Site, Story

# Ranks upward in the contract's order from the pilot; retired (the last stage) ranks 0, an idea (the first) below it.
STAGE_RANK = {IDEA: -1, **{stage: rank for rank, stage in enumerate(STAGES[1:-1], 1)}, STAGES[-1]: 0}
_ANY_REGION, _NO_REGION = object(), object()  # keys for "any site" and "a site missing from the registry"


@dataclass(frozen=True)
class Adoption:
    """One site's history with one practice."""

    site: str
    practice: str
    stories: tuple[Story, ...]  # oldest first

    @property
    def first(self) -> Story:
        return self.stories[0]

    @property
    def latest(self) -> Story:
        return self.stories[-1]

    @property
    def first_date(self) -> dt.date:
        return self.first.date

    @property
    def stage(self) -> str:
        """The current stage: what the most recent story says."""
        return self.latest.stage

    @property
    def live(self) -> bool:
        """Still running here: a retired practice counts as tried, not as current."""
        return self.stage != RETIRED


def region_slug(name: str) -> str:
    """A region's address part: 'North Coast' -> 'north-coast' (letters of any script are kept)."""
    return re.sub(r"[^\w]+", "-", name.casefold()).strip("-_") or "region"


class Ledger:
    """Aggregates over the published (or, in preview, all valid) stories of a hub."""

    def __init__(self, hub: Hub, stories: list[Story]) -> None:
        self.hub = hub
        self.stories = sorted(stories, key=lambda s: (s.date, s.slug), reverse=True)  # newest first
        self.by_slug = {s.slug: s for s in self.stories}

    @cached_property
    def adoptions(self) -> dict[tuple[str, str], Adoption]:
        """(site, practice) -> the adoption, from every story but ideas: an idea is a plan, not an adoption, so
        it counts nowhere (spread, live adopters, opportunities, the matrix's totals) and never sets a stage."""
        grouped: dict[tuple[str, str], list[Story]] = defaultdict(list)
        for story in reversed(self.stories):  # oldest first
            if story.stage == IDEA:
                continue
            for practice in story.practices:
                grouped[(story.site, practice)].append(story)
        return {key: Adoption(key[0], key[1], tuple(items)) for key, items in grouped.items()}

    @cached_property
    def planned(self) -> dict[tuple[str, str], Story]:
        """(site, practice) -> the newest idea a site has not acted on yet: what the site is "about to try".

        An idea counts here while the site does not run the practice and no adoption story came after it; an
        idea at a site that already runs the practice (or that a pilot followed) is just a story.
        """
        out: dict[tuple[str, str], Story] = {}
        for story in self.stories:  # newest first: the first idea per (site, practice) wins
            if story.stage != IDEA:
                continue
            for practice in story.practices:
                key = (story.site, practice)
                a = self.adoptions.get(key)
                if key not in out and (a is None or (not a.live and a.latest.date < story.date)):
                    out[key] = story
        return out

    def practice_ideas(self, practice: str) -> list[Story]:
        """The sites about to try practice, by their newest idea, newest first."""
        return self._planned_by_practice.get(practice, [])

    def site_ideas(self, site: str) -> list[tuple[str, Story]]:
        """(practice, idea) for every practice site is about to try, newest first."""
        return self._planned_by_site.get(site, [])

    @cached_property
    def _planned_by_practice(self) -> dict[str, list[Story]]:
        out: dict[str, list[Story]] = defaultdict(list)
        for (_site, practice), s in sorted(self.planned.items(), key=lambda kv: (kv[1].date, kv[1].slug), reverse=True):
            out[practice].append(s)
        return out

    @cached_property
    def _planned_by_site(self) -> dict[str, list[tuple[str, Story]]]:
        out: dict[str, list[tuple[str, Story]]] = defaultdict(list)
        for (site, practice), s in sorted(
            self.planned.items(), key=lambda kv: (kv[1].date, kv[1].slug, kv[0][1]), reverse=True
        ):
            out[site].append((practice, s))
        return out

    def _group(self, keys: Callable[[Story], Iterable[str]]) -> dict[str, list[Story]]:
        """Stories by each key they carry, newest first within a key."""
        out: dict[str, list[Story]] = defaultdict(list)
        for s in self.stories:
            for key in keys(s):
                out[key].append(s)
        return out

    @cached_property
    def by_site(self) -> dict[str, list[Story]]:
        return self._group(lambda s: (s.site,))

    @cached_property
    def by_practice(self) -> dict[str, list[Story]]:
        return self._group(lambda s: s.practices)

    @cached_property
    def by_tag(self) -> dict[str, list[Story]]:
        return self._group(lambda s: s.tags)

    @cached_property
    def by_champion(self) -> dict[str, list[Story]]:
        return self._group(lambda s: s.champions)

    @cached_property
    def inspired(self) -> dict[str, list[Story]]:
        """slug -> the stories that name it in inspired_by (the reverse lineage), newest first."""
        return self._group(lambda s: [ref for ref in s.inspired_by if ref in self.by_slug])

    @cached_property
    def _adoptions_by_site(self) -> dict[str, list[Adoption]]:
        out: dict[str, list[Adoption]] = defaultdict(list)
        for a in sorted(self.adoptions.values(), key=lambda a: (a.first_date, a.practice)):
            out[a.site].append(a)
        return out

    @cached_property
    def _adoptions_by_practice(self) -> dict[str, list[Adoption]]:
        out: dict[str, list[Adoption]] = defaultdict(list)
        for a in sorted(self.adoptions.values(), key=lambda a: (a.first_date, a.site)):
            out[a.practice].append(a)
        return out

    def site_adoptions(self, site: str) -> list[Adoption]:
        """Every practice adopted at site, in the order it arrived."""
        return self._adoptions_by_site.get(site, [])

    def practice_adoptions(self, practice: str) -> list[Adoption]:
        """Every site that adopted practice, first adopter first."""
        return self._adoptions_by_practice.get(practice, [])

    def live_adopters(self, practice: str) -> list[str]:
        """The sites where practice still runs (not retired), first adopter first."""
        return self._live_adopters.get(practice, [])

    @cached_property
    def _live_adopters(self) -> dict[str, list[str]]:  # every site page asks, for every practice it lacks
        return {p: [a.site for a in adoptions if a.live] for p, adoptions in self._adoptions_by_practice.items()}

    def spread(self, practice: str) -> list[tuple[dt.date, int]]:
        """Cumulative number of adopting sites at each first-adoption date."""
        points: list[tuple[dt.date, int]] = []
        for i, a in enumerate(self.practice_adoptions(practice), 1):
            if points and points[-1][0] == a.first_date:
                points[-1] = (a.first_date, i)
            else:
                points.append((a.first_date, i))
        return points

    @cached_property
    def _worth_reading(self) -> dict[str, dict[tuple[bool, object], Story]]:
        """Per practice: the best story to read, by (live?, region), best meaning furthest stage, then newest.

        Computed once so that every site's opportunities are lookups (250 sites x 60 practices at 10,000
        stories made the direct way cost seconds); ties go to the earliest adoption, as before.
        """
        best: dict[str, dict[tuple[bool, object], Story]] = {}
        for practice, adoptions in self._adoptions_by_practice.items():
            table: dict[tuple[bool, object], Story] = {}
            for a in adoptions:
                story = a.latest
                site = self.hub.sites.get(story.site)
                live = story.stage != RETIRED
                for key in ((live, site.region if site else _NO_REGION), (live, _ANY_REGION)):
                    current = table.get(key)
                    if current is None or (STAGE_RANK[story.stage], story.date) > (
                        STAGE_RANK[current.stage],
                        current.date,
                    ):
                        table[key] = story
            best[practice] = table
        return best

    def opportunities(self, site: str) -> list[tuple[str, Story]]:
        """Practices adopted elsewhere but not here, each with the story most worth reading.

        Most worth reading: a live adoption (not retired) at a site in the same region,
        then the furthest stage, then the newest.
        """
        here = {a.practice for a in self.site_adoptions(site)}
        region = self.hub.sites[site].region if site in self.hub.sites else _NO_REGION
        out = []
        for practice in sorted(self.by_practice):
            if practice in here or practice not in self._worth_reading:
                continue
            table = self._worth_reading[practice]
            for key in ((True, region), (True, _ANY_REGION), (False, region), (False, _ANY_REGION)):
                if key in table and key[1] is not _NO_REGION:
                    out.append((practice, table[key]))
                    break
        return out

    def inspired_elsewhere(self, site: str) -> list[tuple[Story, Story]]:
        """(story here, story at another site it inspired), newest first."""
        pairs = []
        for story in self.by_site.get(site, []):
            for later in self.inspired.get(story.slug, []):
                if later.site != site:
                    pairs.append((story, later))
        return sorted(pairs, key=lambda p: (p[1].date, p[1].slug), reverse=True)

    def recent_adoptions(self, since: dt.date) -> list[Adoption]:
        return [a for a in self.adoptions.values() if a.first_date >= since]

    def recently_spread(self, limit: int) -> list[tuple[str, Adoption]]:
        """Practices ordered by their most recent new adopting site."""
        latest: dict[str, Adoption] = {}
        for a in self.adoptions.values():
            if a.practice not in latest or a.first_date > latest[a.practice].first_date:
                latest[a.practice] = a
        ordered = sorted(latest.items(), key=lambda kv: (kv[1].first_date, kv[0]), reverse=True)
        return ordered[:limit]

    def related(self, story: Story, limit: int = 5) -> list[Story]:
        """Stories of the same practices at other sites, newest first.

        Each practice's list is already newest first, so its first `limit` stories from other
        sites are the only candidates: no need to walk (and sort) every story of the practice.
        """
        seen: dict[str, Story] = {}
        for p in story.practices:
            taken = 0
            for other in self.by_practice.get(p, []):
                if other.site != story.site:
                    seen.setdefault(other.slug, other)
                    taken += 1
                    if taken == limit:
                        break
        return sorted(seen.values(), key=lambda s: (s.date, s.slug), reverse=True)[:limit]

    # --- regions, neighbours and lineage (the place pages) ---------------------------------------------------

    @cached_property
    def regions(self) -> dict[str, list[Site]]:
        """Region name -> its sites by name, regions in alphabetical order."""
        out: dict[str, list[Site]] = defaultdict(list)
        for site in sorted(self.hub.sites.values(), key=lambda s: (s.region.casefold(), s.name.casefold())):
            out[site.region].append(site)
        return dict(out)

    @cached_property
    def region_ids(self) -> dict[str, str]:
        """Region name -> a unique address part; two names that slug alike ('Nord', 'nord') get -2, -3."""
        ids: dict[str, str] = {}
        taken: set[str] = set()
        for name in self.regions:
            base = candidate = region_slug(name)
            n = 1
            while candidate in taken:
                n += 1
                candidate = f"{base}-{n}"
            taken.add(candidate)
            ids[name] = candidate
        return ids

    def live_count(self, practice: str) -> int:
        """Sites running the practice now (retired adoptions left out)."""
        return sum(1 for a in self.practice_adoptions(practice) if a.live)

    @cached_property
    def _live_by_region(self) -> dict[str, dict[str, list[Adoption]]]:
        """Region -> practice -> live adoptions at its sites, furthest stage then newest first."""
        out: dict[str, dict[str, list[Adoption]]] = defaultdict(lambda: defaultdict(list))
        for a in self.adoptions.values():
            site = self.hub.sites.get(a.site)
            if site and a.live:
                out[site.region][a.practice].append(a)
        for table in out.values():
            for items in table.values():
                items.sort(key=lambda a: (STAGE_RANK[a.stage], a.latest.date, a.site), reverse=True)
        return out

    def neighbour_lessons(self, site: str, limit: int = 1) -> list[tuple[str, Adoption, int]]:
        """What a site could learn from its neighbours: (practice, best neighbour adoption, how many neighbours).

        A neighbour is another site of the same region that runs the practice now; practices this site has
        already tried (at any stage) are left out. The practice most neighbours run comes first, then the
        furthest stage, then the newest story, so the suggestion is the most proven one close by.
        """
        if site not in self.hub.sites:
            return []
        here = {a.practice for a in self.site_adoptions(site)}
        table = self._live_by_region.get(self.hub.sites[site].region, {})
        found = []
        for practice, items in table.items():
            # a practice the site never tried has no adoption of this site among its items (one per site and
            # practice): every item is a neighbour's, so none need be filtered out (the digests ask this for
            # every site in every period: copying the lists was a seventh of a 10,000-story build)
            if practice in here or not items:
                continue
            best = items[0]
            found.append((len(items), STAGE_RANK[best.stage], best.latest.date, practice, best))
        found.sort(key=lambda f: (-f[0], -f[1], -f[2].toordinal(), f[3]))
        return [(practice, best, n) for n, _rank, _date, practice, best in found[:limit]]

    def practice_lineage(self, practice: str) -> list[tuple[Story, Story]]:
        """(earlier story, story that names it in inspired_by), both about the practice, newest first.

        Each pair once, even when a story names the same earlier story twice or under two practices.
        """
        pairs: dict[tuple[str, str], tuple[Story, Story]] = {}
        for s in self.by_practice.get(practice, []):
            for ref in s.inspired_by:
                earlier = self.by_slug.get(ref)
                if earlier is not None and practice in earlier.practices:
                    pairs.setdefault((earlier.slug, s.slug), (earlier, s))
        return sorted(pairs.values(), key=lambda p: (p[1].date, p[1].slug, p[0].slug), reverse=True)
