"""Place views: sites, practices, regions, the matrix of who adopted what, and their long story lists.

Every page here is bounded: a long list (a site's 1,347 stories, a region's 200 sites) moves to numbered
pages of a fixed size, and the first page keeps what a reader came for. Templates get plain records
(the dataclasses below, with names, dates as text and counts worked out), never the ledger itself.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from markupsafe import Markup

from ..chart import SpreadPoint, spread_chart
from ..contract import IDEA, RETIRED, STAGE_NAMES, STAGES
from ..export import TABLES, data_files
from ..i18n import SOURCE_LANGUAGE, language
from ..ledger import STAGE_RANK, Adoption
from ..model import Champion, Story
from ..registries import contact_href as registry_contact_href
from ..urls import Target, Urls, source_path, url_path
from .common import GeneratedPage
from .ideas import practice_extras, site_extras
from .momentum import MomentumViews
from .paging import pagers

STORIES_PER_PAGE = 50  # a site's or a practice's story list, per numbered page
SITES_PER_REGION_PAGE = 48  # region pages: sites side by side
NEWEST_ON_PLACE = 5  # newest stories on a site's own page
INSPIRED_ON_PLACE = 10  # "what this site inspired" and "who inspired whom" before "and N more"
PER_SITE_ON_PRACTICE = 3  # a practice page's newest stories per adopting site ...
PER_SITE_ON_BUSY_PRACTICE = 1  # ... and when more than BUSY sites adopted it (keeps the page under 200 KB)
BUSY = 60
ASKED_PER_SITE = (
    1  # on the sites index, a site without a lead: its first champion (the rest on its page; 250 sites fit)
)
STAGE_LETTER = {stage: stage[0].upper() for stage in STAGES}  # P, A, S, R
# How the matrix sorts a column (snowball-matrix.js reads it from the legend): 1 for the lowest stage, upward in
# the ledger's order (an idea, then retired, then the running stages); 0 is "not adopted".
MATRIX_RANK = {stage: rank for rank, stage in enumerate(sorted(STAGES, key=STAGE_RANK.__getitem__), 1)}


def when(d: dt.date) -> str:
    """An English date as these pages write it, 7 Mar 2024 (views use their language's, self.lang.date)."""
    return language(SOURCE_LANGUAGE).date(d)


def plural(n: int, one: str, many: str | None = None) -> str:
    """English '1 site', '2 sites', '1,347 stories' (views use their language's, self.plural)."""
    return language(SOURCE_LANGUAGE).plural(n, one, many)


def contact_href(contact: str | None) -> str:
    """A champion's contact as a link (the registry's one definition), or "" when it is none: the page then
    links the champion's own page."""
    return registry_contact_href(contact or "") or ""


# --- what templates receive ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StoryRef:
    slug: str
    title: str
    date: dt.date
    when: str
    site: str
    site_name: str
    stage: str


@dataclass(frozen=True)
class Ask:
    """Who to ask, and how: href is a mailto: or https chat address, or "" for the champion's page."""

    champion: str
    name: str
    href: str
    how: str  # "e-mail", "chat" or "" (their page)


@dataclass(frozen=True)
class AdoptionRow:
    site: str
    site_name: str
    practice: str
    practice_name: str
    stage: str
    since: dt.date
    since_text: str
    stories: int
    stories_text: str
    newest: tuple[StoryRef, ...]


@dataclass(frozen=True)
class Contact:
    """Someone to ask about a practice, and why them (first to adopt it, newest, furthest along in a region)."""

    why: str  # "First to adopt it, 18 Jan 2024; furthest along in North Coast (adopted)"
    site: str
    site_name: str
    ask: Ask | None


@dataclass(frozen=True)
class NotYet:
    """A region's sites that have never run a practice, and the nearest site that runs it now."""

    region: str
    region_id: str
    sites: tuple[tuple[str, str], ...]  # (id, name)
    nearest: str  # the site's id, or "" when no site runs it now
    nearest_name: str
    nearest_note: str  # "adopted, in this region" or "scaled, in Highlands: none in North Coast runs it yet"
    ask: Ask | None


@dataclass(frozen=True)
class Opportunity:
    practice: str
    practice_name: str
    story: StoryRef
    ask: Ask | None
    elsewhere: str  # "at 4 sites, 2 in your region"


@dataclass(frozen=True)
class Lineage:
    earlier: StoryRef
    later: StoryRef


@dataclass(frozen=True)
class ListItem:
    """One line of a numbered story list."""

    story: StoryRef
    practices: tuple[tuple[str, str], ...]  # (id, name)
    learned_from: tuple[StoryRef, ...]


@dataclass(frozen=True)
class Lesson:
    practice: str
    practice_name: str
    site: str  # the neighbour that runs it
    site_name: str
    stage: str
    neighbours: int
    story: StoryRef
    ask: Ask | None


@dataclass(frozen=True)
class RegionSite:
    site: str
    name: str
    running: int
    running_text: str
    stories_text: str
    newest: StoryRef | None
    lessons: tuple[Lesson, ...]


@dataclass(frozen=True)
class MatrixRow:
    site: str
    name: str
    cells: str  # one letter per practice (P, A, S, R) or a space; the template writes one <td> each
    total: int
    summary: str  # "12 practices: 3 pilot, 8 adopted, 1 scaled"


@dataclass(frozen=True)
class MatrixGroup:
    region: str
    region_id: str
    rows: tuple[MatrixRow, ...]
    subtotals: tuple[int, ...]  # per practice: sites of this region running it or having tried it
    total: int
    sites_text: str


@dataclass(frozen=True)
class MatrixColumn:
    practice: str
    name: str  # whole: the header wraps it on two or three lines, so touch readers see it too
    total: int


@dataclass(frozen=True)
class SiteEntry:
    """A site on the sites index: who to ask there and what it wrote last."""

    site: str
    name: str
    figures: str  # "3 practices running · 4 stories"
    led: bool  # asks is the site's lead (registries/sites.yml) ...
    asks: tuple[Ask, ...]  # ... or else the first champions based there
    more_champions: int  # champions based there beyond those asked (named on the site's page)
    newest: StoryRef | None


@dataclass(frozen=True)
class SitesGroup:
    region: str
    region_id: str
    sites_text: str
    sites: tuple[SiteEntry, ...]


@dataclass(frozen=True)
class NewAdoption:
    """A region's newest adoption: the site, the practice and the story that recorded it."""

    site: str
    site_name: str
    practice: str
    practice_name: str
    story: StoryRef


@dataclass(frozen=True)
class RegionEntry:
    region: str
    region_id: str
    figures: str  # "4 sites · 9 practices running · 16 stories"
    sites: tuple[tuple[str, str], ...]  # (id, name)
    newest: NewAdoption | None


# --- the views -------------------------------------------------------------------------------------------------


class PlaceViews(MomentumViews):  # the momentum parts of site and practice pages come from MomentumViews
    def place_pages(self) -> list[GeneratedPage]:
        pages = [self.matrix(), self.sites_index(), self.practices_index(), self.regions_index()]
        pages += [self.site(i) for i in sorted(self.hub.sites)]
        pages += [self.practice(i) for i in sorted(self.hub.practices)]
        for name in self.ledger.regions:
            pages += self.region(name)
        for i in sorted(self.hub.sites):
            pages += self.story_list("site", i, self.hub.sites[i].name, self.ledger.by_site.get(i, []))
        for i in sorted(self.hub.practices):
            pages += self.story_list("practice", i, self.hub.practices[i].name, self.ledger.by_practice.get(i, []))
        return pages

    def place_files(self) -> dict[str, str]:
        """Non-page outputs of this family, by site-root-relative path: the ledger's tables under data/, the
        same as `snowball export` writes (snowball/export.py), linked from the practices index."""
        return data_files(self.ledger)

    # --- small pieces ---

    def _running(self, n: int) -> str:
        """ "3 practices running"."""
        return self.plural(n, "%(num)s practice running", "%(num)s practices running")

    def _adopt_next(self, opportunities: int, running: int, practices: int) -> str:
        """A site page's figure for what it could adopt next; "0 opportunities" read as a fault at a site that
        runs everything."""
        if opportunities:
            return self.plural(opportunities, "opportunity", "opportunities")
        if practices and running == practices:
            return self._("Runs every practice")
        return self._("Nothing new to adopt")

    @cached_property
    def _span(self) -> tuple[dt.date, dt.date]:
        dates = [s.date for s in self.ledger.stories] or [self.today]
        return dt.date(min(dates).year, 1, 1), max(max(dates), self.today)

    def _ref(self, s: Story) -> StoryRef:
        return StoryRef(s.slug, s.title, s.date, self.lang.date(s.date), s.site, self.names.site_names[s.site], s.stage)

    def _ask(self, story: Story) -> Ask | None:
        """The story's first champion, reached by their contact when it is a working address."""
        return self._ask_for(story.champions[0]) if story.champions else None

    def _ask_for(self, champion: str) -> Ask:
        """A champion, reached by their contact when it is a working address, else on their page."""
        c: Champion | None = self.hub.champions.get(champion)
        if c is None:
            return Ask(champion, champion, "", "")
        href = contact_href(c.contact)
        return Ask(c.id, c.name, href, "" if not href else "e-mail" if href.startswith("mailto:") else "chat")

    def _row(self, a: Adoption, newest: int) -> AdoptionRow:
        n = self.names
        return AdoptionRow(
            a.site,
            n.site_names[a.site],
            a.practice,
            n.practice_names[a.practice],
            a.stage,
            a.first_date,
            self.lang.date(a.first_date),
            len(a.stories),
            self.plural(len(a.stories), "story", "stories"),
            tuple(self._ref(s) for s in reversed(a.stories[-newest:])) if newest else (),
        )

    def _region_href(self, page_url: str, region: str) -> str:
        return Urls(page_url).to("region", self.ledger.region_ids[region])

    # --- indexes ---

    def sites_index(self) -> GeneratedPage:
        """Every site by region, each with who to ask there and its newest story: the page answers "who do I
        talk to at Kingsgate?" without a click per site. A few hundred bytes a site (250 sites: about 120 KB)."""
        lg = self.ledger
        based: dict[str, list[str]] = {}
        for c in sorted(self.hub.champions.values(), key=lambda c: (c.name.casefold(), c.id)):
            based.setdefault(c.site, []).append(c.id)
        groups = []
        for region, sites in lg.regions.items():
            entries = []
            for site in sites:
                live = sum(1 for a in lg.site_adoptions(site.id) if a.live)
                stories = lg.by_site.get(site.id, [])
                people = based.get(site.id, [])
                asked = [site.lead] if site.lead else people[:ASKED_PER_SITE]
                entries.append(
                    SiteEntry(
                        site.id,
                        site.name,
                        self._running(live) + " · " + self.plural(len(stories), "story", "stories"),
                        bool(site.lead),
                        tuple(self._ask_for(c) for c in asked),
                        len([c for c in people if c not in asked]),
                        self._ref(stories[0]) if stories else None,
                    )
                )
            groups.append(
                SitesGroup(region, lg.region_ids[region], self.plural(len(sites), "site", "sites"), tuple(entries))
            )
        html = self._lazy(
            "sites_index.html",
            url_path("sites"),
            title=self._("Sites"),
            lede=self._(
                "Every site, by region: who to ask there, and what it wrote last. Each region's page puts its "
                "sites side by side."
            ),
            groups=groups,
        )
        return GeneratedPage(
            source_path("sites"), self._("Sites"), self._("Every site, by region, with who to ask there."), html
        )

    def practices_index(self) -> GeneratedPage:
        u, lg = Urls(url_path("practices")), self.ledger
        total = len(self.hub.sites)
        grouped: dict[str, list[tuple[str, str, str]]] = {}
        other = self._("Other")  # the heading of practices without a category
        for p in sorted(self.hub.practices.values(), key=lambda p: ((p.category or other).casefold(), p.name)):
            adoptions = lg.practice_adoptions(p.id)
            live = sum(1 for a in adoptions if a.live)
            reach = self._(
                "runs at %(live)s of %(sites)s", live=self.lang.number(live), sites=self.plural(total, "site", "sites")
            )
            if len(adoptions) > live:
                reach += self._(", retired at %(n)s", n=self.lang.number(len(adoptions) - live))
            grouped.setdefault(p.category or other, []).append(
                (
                    u.to("practice", p.id),
                    p.name,
                    (self._("proposed") + " · " if p.proposed else "") + f"{reach} · {p.description}",
                )
            )
        groups = [(name, items, "", "") for name, items in grouped.items()]
        html = self._lazy(
            "places_index.html",
            url_path("practices"),
            title=self._("Practices"),
            lede=self._("What our sites adopt, and how far each has spread."),
            groups=groups,
            data=[(t, u.at(url_path("data", t + ".csv")), u.at(url_path("data", t + ".json"))) for t in TABLES],
        )
        return GeneratedPage(
            source_path("practices"),
            self._("Practices"),
            self._("What our sites adopt, and how far each has spread."),
            html,
        )

    def regions_index(self) -> GeneratedPage:
        """Each region with its sites, the practices running there and its newest adoption."""
        lg = self.ledger
        by_region: dict[str, list[Adoption]] = {}
        region_of = {site.id: region for region, sites in lg.regions.items() for site in sites}
        for a in lg.adoptions.values():
            if a.site in region_of:
                by_region.setdefault(region_of[a.site], []).append(a)
        entries = []
        for region, sites in lg.regions.items():
            adoptions = by_region.get(region, [])
            practices = len({a.practice for a in adoptions if a.live})
            stories = sum(len(lg.by_site.get(s.id, [])) for s in sites)
            newest = max(adoptions, key=lambda a: (a.first_date, a.site, a.practice), default=None)
            entries.append(
                RegionEntry(
                    region,
                    lg.region_ids[region],
                    " · ".join(
                        (
                            self.plural(len(sites), "site", "sites"),
                            self._running(practices),
                            self.plural(stories, "story", "stories"),
                        )
                    ),
                    tuple((s.id, s.name) for s in sites),
                    NewAdoption(
                        newest.site,
                        self.names.site_names[newest.site],
                        newest.practice,
                        self.names.practice_names[newest.practice],
                        self._ref(newest.first),
                    )
                    if newest
                    else None,
                )
            )
        html = self._lazy(
            "regions_index.html",
            url_path("regions"),
            title=self._("Regions"),
            lede=self._(
                "Sites near each other, side by side: what each runs, and what it could learn from a neighbour."
            ),
            regions=entries,
        )
        return GeneratedPage(
            source_path("regions"), self._("Regions"), self._("Every region and its sites, side by side."), html
        )

    # --- a site ---

    def site(self, ident: str) -> GeneratedPage:
        site, lg, n = self.hub.sites[ident], self.ledger, self.names
        page_url = url_path("site", ident)
        champions = sorted(
            ((c.id, c.name) for c in self.hub.champions.values() if c.site == ident), key=lambda c: c[1].casefold()
        )
        adoptions = lg.site_adoptions(ident)
        running = [self._row(a, 1) for a in sorted(adoptions, key=lambda a: (-len(a.stories), a.practice)) if a.live]
        retired = [self._row(a, 1) for a in adoptions if not a.live]
        region_sites = {s.id for s in lg.regions.get(site.region, [])}
        opportunities = []
        for practice, story in lg.opportunities(ident):
            adopters = lg.live_adopters(practice)
            near = sum(1 for a in adopters if a in region_sites)
            if adopters:
                where = self._("runs at %(sites)s", sites=self.plural(len(adopters), "site", "sites"))
                if near:
                    where += self._(", %(n)s in your region", n=self.lang.number(near))
            else:  # every adopter retired it: still worth reading why
                tried = lg.practice_adoptions(practice)
                where = self._("tried at %(sites)s, retired since", sites=self.plural(len(tried), "site", "sites"))
            opportunities.append(
                Opportunity(practice, n.practice_names[practice], self._ref(story), self._ask(story), where)
            )
        stories = lg.by_site.get(ident, [])
        inspired = lg.inspired_elsewhere(ident)
        timeline, timeline_more = self.site_timeline(ident)
        lead = (site.lead, n.champion_names[site.lead]) if site.lead else None
        html = self._lazy(
            "site.html",
            page_url,
            site_id=ident,
            name=site.name,
            region=site.region,
            region_href=self._region_href(page_url, site.region),
            lead=lead,
            champions=champions,
            running=running,
            retired=retired,
            opportunities=opportunities,
            newest=[self._ref(s) for s in stories[:NEWEST_ON_PLACE]],
            stories_text=self.plural(len(stories), "story", "stories"),
            all_stories=Urls(page_url).to("site-stories", ident) if stories else "",
            inspired=[Lineage(self._ref(a), self._ref(b)) for a, b in inspired[:INSPIRED_ON_PLACE]],
            inspired_more=max(0, len(inspired) - INSPIRED_ON_PLACE),
            timeline=timeline,
            timeline_more=timeline_more,
            figures=[
                self._running(len(running)),
                self._adopt_next(len(opportunities), len(running), len(self.hub.practices)),
                self.plural(len(stories), "story", "stories"),
            ],
            **site_extras(self, ident),
        )
        return GeneratedPage(
            source_path("site", ident),
            site.name,
            self._(
                "%(site)s (%(region)s): practices adopted, opportunities and stories.",
                site=site.name,
                region=site.region,
            ),
            html,
            feeds=((self._("Stories from %(site)s", site=site.name), url_path("feed-site", ident)),),
        )

    # --- a practice ---

    def practice(self, ident: str) -> GeneratedPage:
        practice, lg = self.hub.practices[ident], self.ledger
        page_url = url_path("practice", ident)
        u = Urls(page_url)
        adoptions = lg.practice_adoptions(ident)
        total = len(self.hub.sites)
        live = sum(1 for a in adoptions if a.live)
        chart = text = ""
        points: list[SpreadPoint] = []
        running, curve = self.practice_running(ident)
        if adoptions:
            points = [
                SpreadPoint(
                    a.first_date,
                    self.names.site_names[a.site],
                    u.to("site", a.site),
                    a.live,
                    self.lang.date(a.first_date),
                )
                for a in adoptions
            ]
            chart, text = spread_chart(
                points, *self._span, name=practice.name, total_sites=total, running=running, lang=self.lang
            )
        nearest = self._nearest_by_region(adoptions)
        newest = PER_SITE_ON_PRACTICE if len(adoptions) <= BUSY else PER_SITE_ON_BUSY_PRACTICE
        by_site = [self._row(a, newest) for a in sorted(adoptions, key=lambda a: (-a.latest.date.toordinal(), a.site))]
        lineage = lg.practice_lineage(ident)
        stories = lg.by_practice.get(ident, [])
        retired = len(adoptions) - live
        reach = (
            self.plural(
                retired, "%(num)s more site tried it and retired it.", "%(num)s more sites tried it and retired it."
            )
            if retired
            else ""
        )
        html = self._lazy(
            "practice.html",
            page_url,
            practice_id=ident,
            name=practice.name,
            description=practice.description,
            category=practice.category or "",
            # the practices index's heading id for the category (places_index.html: lower case, spaces to hyphens)
            category_href=u.to("practices") + "#" + (practice.category or "").lower().replace(" ", "-"),
            contacts=self._contacts(adoptions, nearest) if adoptions else [],
            not_yet=self._not_yet(adoptions, nearest) if adoptions else [],
            reach=reach,
            live=live,
            total=total,
            first=self._row(adoptions[0], 1) if adoptions else None,
            chart=Markup(chart),
            chart_text=text,
            chart_points=points if adoptions else [],
            curve=curve,
            by_site=by_site,
            per_site=newest,
            stories_text=self.plural(len(stories), "story", "stories"),
            all_stories=u.to("practice-stories", ident) if stories else "",
            lineage=[Lineage(self._ref(a), self._ref(b)) for a, b in lineage[:INSPIRED_ON_PLACE]],
            lineage_more=max(0, len(lineage) - INSPIRED_ON_PLACE),
            proposed=practice.proposed,
            **practice_extras(self, ident),
        )
        return GeneratedPage(
            source_path("practice", ident),
            practice.name,
            practice.description,
            html,
            feeds=((self._("Stories about %(practice)s", practice=practice.name), url_path("feed-practice", ident)),),
        )

    def _nearest_by_region(self, adoptions: Sequence[Adoption]) -> dict[str, Adoption]:
        """Region -> the adoption there most worth asking about: running now, furthest stage, then newest story.

        Regions carry no coordinates, so "nearest" means the same region; regions in the order of the ledger.
        """
        best: dict[str, Adoption] = {}
        for a in adoptions:
            site = self.hub.sites.get(a.site)
            if site is None or not a.live:
                continue
            current = best.get(site.region)
            if current is None or _worth(a) > _worth(current):
                best[site.region] = a
        return {r: best[r] for r in self.ledger.regions if r in best}

    def _contacts(self, adoptions: Sequence[Adoption], nearest: dict[str, Adoption]) -> list[Contact]:
        """Who to ask: the champion of the first adoption, of the most recent one, and of each region's furthest
        along site, each person once (their reasons joined)."""
        first, last = adoptions[0], adoptions[-1]  # practice_adoptions: first adopter first
        _, date = self._, self.lang.date
        # (adoption, story, why, whether the reason names the stage already)
        wanted = [(first, first.first, _("first to adopt it, %(date)s", date=date(first.first_date)), False)]
        if last is not first:
            wanted.append((last, last.first, _("most recent to adopt it, %(date)s", date=date(last.first_date)), False))
        wanted += [
            (a, a.latest, _("furthest along in %(region)s (%(stage)s)", region=region, stage=_(a.stage)), True)
            for region, a in nearest.items()
        ]
        merged: dict[str, tuple[Adoption, Ask | None, list[str]]] = {}
        for a, story, why, says_stage in wanted:
            ask = self._ask(story)
            if not a.live and not says_stage:
                why += _(", retired since")
            key = ask.champion if ask else "site:" + a.site
            merged.setdefault(key, (a, ask, []))[2].append(why)
        return [
            Contact("; ".join(whys)[:1].upper() + "; ".join(whys)[1:], a.site, self.names.site_names[a.site], ask)
            for a, ask, whys in merged.values()
        ]

    def _not_yet(self, adoptions: Sequence[Adoption], nearest: dict[str, Adoption]) -> list[NotYet]:
        """The sites that never adopted the practice, by region, each region with the nearest site running it:
        one of its own when there is one, else the furthest along anywhere."""
        lg, n = self.ledger, self.names
        tried = {a.site for a in adoptions}
        running = [a for a in adoptions if a.live and a.site in self.hub.sites]
        anywhere = max(running, key=_worth) if running else None
        out = []
        for region, sites in lg.regions.items():
            missing = tuple((s.id, s.name) for s in sites if s.id not in tried)
            if not missing:
                continue
            near = nearest.get(region, anywhere)
            if near is None:
                note = self._("No site runs it now")
            elif region in nearest:
                note = self._("%(stage)s, in this region", stage=self._(near.stage))
            else:
                note = self._(
                    "%(stage)s, in %(there)s: none in %(region)s runs it yet",
                    stage=self._(near.stage),
                    there=self.hub.sites[near.site].region,
                    region=region,
                )
            out.append(
                NotYet(
                    region,
                    lg.region_ids[region],
                    missing,
                    near.site if near else "",
                    n.site_names[near.site] if near else "",
                    note,
                    self._ask(near.latest) if near else None,
                )
            )
        return out

    # --- numbered story lists ---

    def story_list(self, kind: str, ident: str, name: str, stories: Sequence[Story]) -> list[GeneratedPage]:
        """A site's or practice's stories, newest first, STORIES_PER_PAGE a page (page 1 exists even if empty)."""
        first_url = url_path(f"{kind}-stories", ident)
        title = (
            self._("Stories from %(site)s", site=name)
            if kind == "site"
            else self._("Stories about %(practice)s", practice=name)
        )
        out = []
        for pager in pagers(first_url, len(stories), STORIES_PER_PAGE):
            page, pages, page_url = pager.number, pager.count, pager.url
            chunk = stories[pager.start : pager.start + STORIES_PER_PAGE]
            items = [
                ListItem(
                    self._ref(s),
                    tuple((p, self.names.practice_names[p]) for p in s.practices),
                    tuple(self._ref(self.ledger.by_slug[r]) for r in s.inspired_by if r in self.ledger.by_slug),
                )
                for s in chunk
            ]
            heading = self._page_heading(title, page, pages) if pages > 1 else title
            html = self._lazy(
                "places_stories.html",
                page_url,
                title=heading,
                lede=self._("All %(stories)s, newest first.", stories=self.plural(len(stories), "story", "stories")),
                back=(Urls(page_url).to(kind, ident), name),
                kind=kind,
                items=items,
                start=pager.start + 1,
                pager=pager,
            )
            out.append(
                GeneratedPage(
                    Target.at(page_url).source, heading, self._("%(title)s, newest first.", title=title), html
                )
            )
        return out

    # --- regions ---

    def region(self, region: str) -> list[GeneratedPage]:
        """A region's sites side by side, SITES_PER_REGION_PAGE a page."""
        lg = self.ledger
        rid = lg.region_ids[region]
        first_url = url_path("region", rid)
        sites = lg.regions[region]
        out = []
        for pager in pagers(first_url, len(sites), SITES_PER_REGION_PAGE):
            page, pages, page_url = pager.number, pager.count, pager.url
            chunk = sites[pager.start : pager.start + SITES_PER_REGION_PAGE]
            cards = []
            for site in chunk:
                adoptions = lg.site_adoptions(site.id)
                stories = lg.by_site.get(site.id, [])
                lessons = tuple(
                    Lesson(
                        p,
                        self.names.practice_names[p],
                        a.site,
                        self.names.site_names[a.site],
                        a.stage,
                        count,
                        self._ref(a.latest),
                        self._ask(a.latest),
                    )
                    for p, a, count in lg.neighbour_lessons(site.id, 1)
                )
                running = sum(1 for a in adoptions if a.live)
                cards.append(
                    RegionSite(
                        site.id,
                        site.name,
                        running,
                        self._running(running),
                        self.plural(len(stories), "story", "stories"),
                        self._ref(stories[0]) if stories else None,
                        lessons,
                    )
                )
            title = self._("Region: %(region)s", region=region)
            title = self._page_heading(title, page, pages) if pages > 1 else title
            ids = {s.id for s in sites}
            practices = len({a.practice for a in lg.adoptions.values() if a.site in ids and a.live})
            html = self._lazy(
                "region.html",
                page_url,
                title=title,
                lede=self._(
                    "%(sites)s, %(running)s between them. Each site's suggestion is a practice a neighbour runs "
                    "that the site has not tried yet.",
                    sites=self.plural(len(sites), "site", "sites"),
                    running=self._running(practices),
                ),
                sites=cards,
                pager=pager,
            )
            out.append(
                GeneratedPage(
                    Target.at(page_url).source,
                    title,
                    self._("The sites of %(region)s, side by side.", region=region),
                    html,
                )
            )
        return out

    # --- the matrix ---

    def matrix(self) -> GeneratedPage:
        lg = self.ledger
        # proposed practices wait for editors: they join the matrix once accepted
        practices = sorted((p for p in self.hub.practices.values() if not p.proposed), key=lambda p: p.name.casefold())
        columns_total = Counter(a.practice for a in lg.adoptions.values())
        columns = [MatrixColumn(p.id, p.name, columns_total[p.id]) for p in practices]
        groups = []
        for region, sites in lg.regions.items():
            rows = []
            subtotals = [0] * len(practices)
            for site in sites:
                letters = []
                stages: Counter[str] = Counter()
                for k, p in enumerate(practices):
                    a = lg.adoptions.get((site.id, p.id))
                    if a is None:  # an idea the site has not acted on yet: its own letter, counted nowhere
                        letters.append(STAGE_LETTER[IDEA] if (site.id, p.id) in lg.planned else " ")
                        continue
                    letters.append(STAGE_LETTER[a.stage])
                    stages[a.stage] += 1
                    subtotals[k] += 1
                total = sum(stages.values())
                detail = ", ".join(
                    f"{self.lang.number(stages[s])} {self._(STAGE_NAMES[s])}" for s in STAGES if stages[s]
                )
                everything = bool(practices) and total - stages[RETIRED] == len(practices)
                rows.append(
                    MatrixRow(
                        site.id,
                        site.name,
                        "".join(letters),
                        total,
                        (self._("Runs every practice") if everything else self.plural(total, "practice", "practices"))
                        + (f": {detail}" if detail else ""),
                    )
                )
            groups.append(
                MatrixGroup(
                    region,
                    lg.region_ids[region],
                    tuple(rows),
                    tuple(subtotals),
                    sum(r.total for r in rows),
                    self.plural(len(sites), "site", "sites"),
                )
            )
        html = self._lazy(
            "matrix.html",
            url_path("matrix"),
            title=self._("Adoption matrix"),
            columns=columns,
            groups=groups,
            total=sum(c.total for c in columns),
            sites_text=self.plural(len(self.hub.sites), "site", "sites"),
            practices_text=self.plural(len(practices), "practice", "practices"),
            stages=[(STAGE_LETTER[s], self._(STAGE_NAMES[s]), MATRIX_RANK[s]) for s in STAGES],
            key=", ".join(f"{STAGE_LETTER[s]} {self._(STAGE_NAMES[s])}" for s in STAGES),
        )
        return GeneratedPage(
            source_path("matrix"), self._("Adoption matrix"), self._("Sites by practices: who adopted what."), html
        )


def _worth(a: Adoption) -> tuple[int, dt.date, str]:
    """How worth asking about an adoption is: furthest stage, then newest story (then the site id, to be stable)."""
    return STAGE_RANK[a.stage], a.latest.date, a.site
