"""Listing views: the home page, all stories, tags and champions, and their indexes.

Every listing is cut into pages of PAGE_SIZE cards ('stories/', 'stories/page/2/', ...), so no page grows
with the hub. Filtering and sorting across all stories happens in the browser, from one compact JSON index
(`stories/index.json`) that the filter script loads only when a reader first uses a filter.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from ..contract import RETIRED, STAGE_NAMES, STAGES
from ..i18n import N_
from ..model import Story
from ..urls import Target, Urls, source_path, url_path
from .common import BaseViews, Cards, GeneratedPage, contact_of
from .paging import pagers

PAGE_SIZE = 24  # cards per listing page: about 30 KB of HTML, one screenful or two on a phone
CHAMPIONS_PER_PAGE = 200  # names on a page of the champions index: about 25 KB
INDEX_PATH = url_path("story-index")  # the compact story index the filter script loads
CHOICES_PATH = url_path("story-filters")  # the filter form's choices: one small file, not inline on 400 pages
SORTS = (("newest", N_("Newest first")), ("oldest", N_("Oldest first")), ("title", N_("Title A to Z")))
FILTERS = (  # the filter form: (field, label, the "all" option); the choices come from CHOICES_PATH
    ("region", N_("Region"), N_("All regions")),
    ("site", N_("Site"), N_("All sites")),
    ("practice", N_("Practice"), N_("All practices")),
    ("stage", N_("Stage"), N_("All stages")),
    ("tag", N_("Tag"), N_("All tags")),
    ("champion", N_("Champion"), N_("All champions")),
    ("year", N_("Year"), N_("All years")),
)
# The stages as readers see them (the front matter's values stay English: they are the contract's words).


@dataclass(frozen=True)
class Spread:
    """How far one practice has spread: sites using it now, sites that stopped, out of all sites."""

    practice: str
    name: str
    live: int
    retired: int
    sites: int

    @property
    def percent(self) -> int:
        return round(100 * self.live / self.sites) if self.sites else 0


@dataclass(frozen=True)
class ChampionGroup:
    """One site's champions on a page of the champions index: (id, name, note) each."""

    site: str
    name: str
    continued: bool  # the site's list began on the page before
    people: tuple[tuple[str, str, str], ...]


def title_key(story: Story) -> tuple[str, str]:
    """The "Title A to Z" order, the same in the page, the index and the tests."""
    return (story.title.casefold(), story.slug)


class ListingViews(BaseViews):
    def listing_pages(self) -> list[GeneratedPage]:
        pages = [self.home(), *self.stories(), self.tags_index(), *self.champions_index()]
        for i in sorted(self.hub.tags):
            pages += self.tag(i)
        for i in sorted(self.hub.champions):
            pages += self.champion(i)
        return pages

    def listing_files(self) -> dict[str, str]:
        """Non-page outputs of this family, by site-root-relative path: the story index, the filter choices
        and robots.txt."""
        return {INDEX_PATH: self.story_index(), CHOICES_PATH: self.filter_file(), url_path("robots"): self.robots()}

    def filter_file(self) -> str:
        """The filter form's choices as JSON: [[field, [[value, text], ...]], ...].

        Inline, a hub of 1,250 champions and 250 sites put about 100 KB of <option>s on each of the 400
        listing pages; as one file the browser fetches it once, when the script shows the form."""
        options = self.filter_choices()
        choices = [[name, [list(o) for o in options[name]]] for name, _label, _all in FILTERS]
        return json.dumps(choices, ensure_ascii=False, separators=(",", ":"))

    def robots(self) -> str:
        """Private by default: crawlers are asked to stay out unless the hub allows indexing (snowball.yml)."""
        if self.hub.settings.allow_indexing:
            return "User-agent: *\nAllow: /\n"
        return "# This hub is private: snowball.yml has allow_indexing: false.\nUser-agent: *\nDisallow: /\n"

    def story_index(self) -> str:
        """Every listed story in a compact form: short keys, numbers into lookup tables instead of names.

        Row: [slug, title, summary, "YYYY-MM-DD", site, stage, [practices], [champions], [tags],
        headline value, headline label, draft (0/1), language ("" when the hub's)]; site, stage, practices...
        are positions in the tables.
        "t" lists story positions in title order; the rows themselves are newest first.
        """
        hub, n = self.hub, self.names
        stories = self.ledger.stories
        regions = sorted({s.region for s in hub.sites.values()})
        site_ids = sorted(set(hub.sites) | {s.site for s in stories})
        practice_ids = sorted(set(hub.practices) | {p for s in stories for p in s.practices})
        champion_ids = sorted(set(hub.champions) | {c for s in stories for c in s.champions})
        tag_ids = sorted(set(hub.tags) | {t for s in stories for t in s.tags})
        at = {
            "s": {k: i for i, k in enumerate(site_ids)},
            "p": {k: i for i, k in enumerate(practice_ids)},
            "c": {k: i for i, k in enumerate(champion_ids)},
            "t": {k: i for i, k in enumerate(tag_ids)},
            "g": {k: i for i, k in enumerate(STAGES)},
        }
        region_at = {r: i for i, r in enumerate(regions)}

        def region(site: str) -> int:
            return region_at[hub.sites[site].region] if site in hub.sites else -1

        rows = []
        for s in stories:
            value, label = headline(s)
            rows.append(
                [
                    s.slug,
                    s.title,
                    s.summary,
                    s.date.isoformat(),
                    at["s"][s.site],
                    at["g"].get(s.stage, 0),
                    [at["p"][p] for p in s.practices],
                    [at["c"][c] for c in s.champions],
                    [at["t"][t] for t in s.tags],
                    value,
                    label,
                    int(s.draft),
                    s.lang or "",
                ]
            )
        order = sorted(range(len(stories)), key=lambda i: title_key(stories[i]))
        data = {
            "v": 1,
            "size": PAGE_SIZE,
            "months": self.lang.months(),
            "months_wide": self.lang.months("wide"),
            "date": self.lang.date_pattern,  # CLDR pattern: the script writes dates as the pages do
            "lang": self.lang.code,
            "regions": regions,
            "sites": [[k, n.site_names[k], region(k)] for k in site_ids],
            "practices": [[k, n.practice_names[k]] for k in practice_ids],
            "champions": [[k, n.champion_names[k]] for k in champion_ids],
            "tags": [[k, n.tag_names[k]] for k in tag_ids],
            "stages": list(STAGES),
            "stage_names": [self._(STAGE_NAMES[s]) for s in STAGES],
            "stories": rows,
            "t": order,
        }
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    def home(self) -> GeneratedPage:
        lg, hub, plural = self.ledger, self.hub, self.plural
        recent = len(lg.recent_adoptions(self.today - dt.timedelta(days=90)))
        counted = (
            ("stories", plural(len(lg.stories), "story", "stories")),
            ("sites", plural(len(hub.sites), "site", "sites")),
            ("practices", plural(len(hub.practices), "practice", "practices")),
            ("champions", plural(len(hub.champions), "champion", "champions")),
            ("matrix", plural(recent, "%(num)s adoption in the last 90 days", "%(num)s adoptions in the last 90 days")),
        )
        # (kind, the number, the words after it): every shipped language puts the number first
        figures = [(kind, *text.partition(" ")[::2]) for kind, text in counted]
        newest = sorted(lg.adoptions.values(), key=lambda a: (a.first_date, a.site, a.practice), reverse=True)[:6]
        spreads = []
        for p in hub.practices:
            adoptions = lg.practice_adoptions(p)
            retired = sum(a.stage == RETIRED for a in adoptions)
            spreads.append(Spread(p, self.names.practice_names[p], len(adoptions) - retired, retired, len(hub.sites)))
        spreads.sort(key=lambda s: (-s.live, s.name.casefold()))
        html = self._lazy(
            "home.html",
            "",
            title=self.site_name,
            figures=figures,
            all_stories=counted[0][1],
            latest=lg.stories[:6],
            cards=self._cards_for(lg.stories[:6], ""),
            newest=newest,
            spreads=spreads[:10],
            more_practices=max(len(spreads) - 10, 0),
            h=self.names,
        )
        return GeneratedPage(
            source_path("home"),
            self._("Home"),  # Material's <title> adds the site name; the page's own heading is the site name
            self._("What worked where, who to ask, and what your site could adopt next."),
            html,
        )

    def _cards_for(self, stories: list[Story], page_url: str) -> Cards:
        """The cards of one page, a plain value rendered when the page is (see views.common.Cards)."""
        return self.cards(stories, page_url)

    def _paginated(
        self,
        url: str,
        template: str,
        title: str,
        description: str,
        stories: list[Story],
        first_page_only: dict[str, object] | None = None,
        **context: object,
    ) -> list[GeneratedPage]:
        """A listing cut into pages; `first_page_only` holds what only page 1 shows (say, lineage)."""
        out = []
        for pager in pagers(url, len(stories), PAGE_SIZE):
            chunk = stories[pager.start : pager.start + PAGE_SIZE]
            heading = title if pager.number == 1 else self._page_heading(title, pager.number, pager.count)
            only = first_page_only or {}
            extra = only if pager.number == 1 else {k: () for k in only}
            html = self._lazy(
                template,
                pager.url,
                title=heading,
                heading=title,
                stories=chunk,
                cards=self._cards_for(chunk, pager.url),
                pager=pager,
                h=self.names,
                **context,
                **extra,
            )
            out.append(GeneratedPage(Target.at(pager.url).source, heading, description, html))
        return out

    def filter_choices(self) -> dict[str, tuple[tuple[str, str], ...]]:
        """Each filter's options as (value, text), in FILTERS' order: the data of stories/filters.json."""
        n, stories = self.names, self.ledger.stories

        def by_name(names: dict[str, str], ids: set[str]) -> tuple[tuple[str, str], ...]:
            return tuple(sorted(((i, names[i]) for i in ids), key=lambda kv: (kv[1].casefold(), kv[0])))

        regions = sorted({s.region for s in self.hub.sites.values()})
        years = sorted({s.date.year for s in stories}, reverse=True)
        return {
            "region": tuple((r, r) for r in regions),
            "site": by_name(n.site_names, {s.site for s in stories} | set(self.hub.sites)),
            "practice": by_name(n.practice_names, set(self.hub.practices)),
            "stage": tuple((s, self._(STAGE_NAMES[s]).capitalize()) for s in STAGES),
            "tag": by_name(n.tag_names, set(self.hub.tags)),
            "champion": by_name(n.champion_names, set(self.hub.champions)),
            "year": tuple((str(y), str(y)) for y in years),
        }

    def stories(self) -> list[GeneratedPage]:
        return self._paginated(
            url_path("stories"),
            "listing.html",
            self._("All stories"),
            self._("Every story, newest first."),
            self.ledger.stories,
            lede=self._("Newest first. Filter by region, site, practice, stage, tag, champion or year."),
            filters=[(name, self._(label), self._(every)) for name, label, every in FILTERS],
            sorts=[(value, self._(text)) for value, text in SORTS],
            index=INDEX_PATH,
            choices=CHOICES_PATH,
            feed=url_path("feed-all"),
        )

    def tags_index(self) -> GeneratedPage:
        u, lg = Urls(url_path("tags")), self.ledger
        items = [
            (u.to("tag", t.id), t.label, self.plural(len(lg.by_tag.get(t.id, [])), "story", "stories"))
            for t in sorted(self.hub.tags.values(), key=lambda t: t.label.lower())
        ]
        return self._index("tags", self._("Tags"), self._("Topics across all stories."), [("", items)])

    def champions_index(self) -> list[GeneratedPage]:
        """Every champion under their site (sites A to Z, then names), CHAMPIONS_PER_PAGE a page: readers look
        for someone at a place, and 1,250 names on one page was 175 KB. A site cut by a page break is
        headed again on the next page, "(continued)"."""
        lg, first, n = self.ledger, url_path("champions"), self.names
        champions = sorted(
            self.hub.champions.values(),
            key=lambda c: (n.site_names[c.site].casefold(), c.site, c.name.casefold(), c.id),
        )
        leads = {s.lead for s in self.hub.sites.values() if s.lead}
        title, lede = self._("Champions"), self._("The people who start snowballs rolling, by site. Ask them.")
        out = []
        for pager in pagers(first, len(champions), CHAMPIONS_PER_PAGE):
            chunk = champions[pager.start : pager.start + CHAMPIONS_PER_PAGE]
            by_site: dict[str, list[tuple[str, str, str]]] = {}  # in page order (dicts keep it)
            for c in chunk:
                stories = self.plural(len(lg.by_champion.get(c.id, [])), "story", "stories")
                note = self._("lead · %(stories)s", stories=stories) if c.id in leads else stories
                by_site.setdefault(c.site, []).append((c.id, c.name, note))
            carried = champions[pager.start - 1].site if pager.start else None
            groups = [
                ChampionGroup(site, n.site_names[site], site == carried, tuple(people))
                for site, people in by_site.items()
            ]
            heading = title if pager.number == 1 else self._page_heading(title, pager.number, pager.count)
            html = self._lazy("champions_index.html", pager.url, title=heading, lede=lede, groups=groups, pager=pager)
            out.append(GeneratedPage(Target.at(pager.url).source, heading, lede, html))
        return out

    def tag(self, ident: str) -> list[GeneratedPage]:
        tag = self.hub.tags[ident]
        return self._paginated(
            url_path("tag", ident),
            "entity.html",
            self._("Tag: %(name)s", name=tag.label),
            tag.description or tag.label,
            self.ledger.by_tag.get(ident, []),
            lede=tag.description,
            site=None,
            contact=None,
            first_page_only={"inspired": ()},
        )

    def champion(self, ident: str) -> list[GeneratedPage]:
        c, lg = self.hub.champions[ident], self.ledger
        mine = lg.by_champion.get(ident, [])
        pairs = {(s.slug, later.slug): (s, later) for s in mine for later in lg.inspired.get(s.slug, [])}
        inspired = sorted(pairs.values(), key=lambda p: (p[1].date, p[1].slug, p[0].slug), reverse=True)
        site = self.names.site_names[c.site]
        return self._paginated(
            url_path("champion", ident),
            "entity.html",
            c.name,
            self._("%(name)s, champion at %(site)s.", name=c.name, site=site),
            mine,
            lede="",
            site=c.site,
            contact=contact_of(c.name, c.contact),
            first_page_only={"inspired": tuple(inspired)},
        )


def headline(story: Story) -> tuple[str, str]:
    """The card's headline outcome: the first outcome's value (with its unit after a bare number) and label."""
    if not story.outcomes:
        return "", ""
    o = story.outcomes[0]
    return (f"{o.value} {o.value_unit}" if o.value_unit else o.value), o.label
