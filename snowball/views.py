"""Views: what each generated page shows, as template data, rendered by the package's Jinja templates.

Nothing here knows about MkDocs. An adapter places each fragment at its path;
the templates autoescape every value, so a hostile title stays text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, partial

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from .chart import spread_chart
from .diagnostics import Diagnostic
from .ledger import Adoption, Ledger
from .model import Story
from .urls import Urls, source_path, url_path

_ENV = Environment(
    loader=PackageLoader("snowball", "templates"),
    autoescape=select_autoescape(default=True),
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=False,
)


@dataclass(frozen=True)
class GeneratedPage:
    src: str  # e.g. "sites/porto/index.md"
    title: str  # plain text; the adapter escapes it for the theme
    description: str
    html: Rendering
    feeds: tuple[tuple[str, str], ...] = ()  # (title, site-root-relative path) to advertise in <head>


def _fingerprint(value: object) -> object:
    """A comparable summary of template data: stories by what cards and tables show, not their bodies."""
    if isinstance(value, Story):
        return (
            value.slug,
            value.title,
            value.summary,
            value.date,
            value.site,
            value.champions,
            value.practices,
            value.stage,
            value.tags,
            value.draft,
        )
    if isinstance(value, Adoption):
        return (value.site, value.practice, tuple(_fingerprint(s) for s in value.stories))
    if isinstance(value, dict):
        return tuple((k, _fingerprint(v)) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return tuple(_fingerprint(v) for v in value)
    if isinstance(value, Names):
        return "names"  # the same for every page of a build; the adapter compares registries separately
    return value


class Rendering:
    """A template and its data, rendered on first use.

    The preview rebuilds only pages whose fingerprint changed, so most pages of a
    large hub are never rendered again after an edit.
    """

    def __init__(self, template: str, page_url: str, context: dict[str, object]) -> None:
        self.template, self.page_url, self.context = template, page_url, context

    @cached_property
    def text(self) -> str:
        context = {k: v() if isinstance(v, partial) else v for k, v in self.context.items()}
        return _render(self.template, self.page_url, **context)

    def fingerprint(self) -> object:
        """Deferred values (partial: the cards) are left out: they derive from data the context carries."""
        data = {k: v for k, v in self.context.items() if not isinstance(v, partial)}
        return (self.template, self.page_url, _fingerprint(data))


class _Labels(dict[str, str]):
    """Names by id that fall back to the id: a registry that failed to load must not break a preview page."""

    def __missing__(self, key: str) -> str:
        return key


class Names:
    """Display names by id, for templates."""

    def __init__(self, ledger: Ledger) -> None:
        hub = ledger.hub
        self.site_names = _Labels({k: v.name for k, v in hub.sites.items()})
        self.practice_names = _Labels({k: v.name for k, v in hub.practices.items()})
        self.champion_names = _Labels({k: v.name for k, v in hub.champions.items()})
        self.tag_names = _Labels({k: v.label for k, v in hub.tags.items()})


def _render(template: str, page_url: str, **context: object) -> str:
    return _ENV.get_template(template).render(u=Urls(page_url), **context)


class HubPages:
    """Every generated page of a hub, rendered once from one ledger."""

    def __init__(
        self, ledger: Ledger, *, site_name: str, today: dt.date, card_cache: dict[tuple[Story, str], str] | None = None
    ) -> None:
        """card_cache may outlive this object (the preview keeps it across rebuilds while the registries,
        and so the names on cards, stay the same)."""
        self.ledger, self.site_name, self.today = ledger, site_name, today
        self.hub = ledger.hub
        self.names = Names(ledger)
        self._cards = {} if card_cache is None else card_cache

    def _lazy(self, template: str, page_url: str, **context: object) -> Rendering:
        return Rendering(template, page_url, context)

    def cards(self, stories: Iterable[Story], page_url: str) -> Markup:
        """Story cards for a listing. Each card is rendered once per link depth and reused: a story
        appears on its site, practice, tag and champion pages, and re-rendering it each time is what
        makes Material's blog plugin slow."""
        base = Urls(page_url).base
        out = []
        for s in stories:
            key = (s, base)
            if key not in self._cards:
                self._cards[key] = _render("card.html", page_url, s=s, h=self.names)
            out.append(self._cards[key])
        return Markup('<div class="sb-cards">\n' + "\n".join(out) + "\n</div>")

    @cached_property
    def _span(self) -> tuple[dt.date, dt.date]:
        dates = [s.date for s in self.ledger.stories] or [self.today]
        return dt.date(min(dates).year, 1, 1), max(max(dates), self.today)

    def all(self) -> list[GeneratedPage]:
        pages = [
            self.home(),
            self.stories(),
            self.matrix(),
            self.sites_index(),
            self.practices_index(),
            self.tags_index(),
            self.champions_index(),
        ]
        pages += [self.site(i) for i in sorted(self.hub.sites)]
        pages += [self.practice(i) for i in sorted(self.hub.practices)]
        pages += [self.tag(i) for i in sorted(self.hub.tags)]
        pages += [self.champion(i) for i in sorted(self.hub.champions)]
        return pages

    def home(self) -> GeneratedPage:
        lg = self.ledger
        figures = {
            "stories": len(lg.stories),
            "sites": len(self.hub.sites),
            "practices": len(self.hub.practices),
            "champions": len(self.hub.champions),
            "recent": len(lg.recent_adoptions(self.today - dt.timedelta(days=90))),
        }
        counts = {p: len(lg.practice_adoptions(p)) for p in self.hub.practices}
        html = self._lazy(
            "home.html",
            "",
            title=self.site_name,
            figures=figures,
            cards=partial(self.cards, lg.stories[:6], ""),
            spreading=lg.recently_spread(6),
            counts=counts,
            h=self.names,
        )
        return GeneratedPage(
            source_path("home"),
            "Home",  # Material's <title> adds the site name; the page's own heading is the site name
            "What worked where, who to ask, and what your site could adopt next.",
            html,
        )

    def stories(self) -> GeneratedPage:
        n = self.names
        filters = {
            "sites": sorted(n.site_names.items(), key=lambda kv: kv[1]),
            "practices": sorted(n.practice_names.items(), key=lambda kv: kv[1]),
            "tags": sorted(n.tag_names.items(), key=lambda kv: kv[1]),
        }
        html = self._lazy(
            "listing.html",
            "stories/",
            title="All stories",
            lede="Newest first. Narrow the list by site, practice or tag.",
            stories=self.ledger.stories,
            cards=partial(self.cards, self.ledger.stories, "stories/"),
            filters=filters,
            h=n,
            feed=Urls("stories/").to("feed-all"),
        )
        return GeneratedPage(
            source_path("stories"),
            "All stories",
            "Every story, newest first.",
            html,
        )

    def matrix(self) -> GeneratedPage:
        sites = sorted(self.hub.sites.values(), key=lambda s: (s.region, s.name))
        practices = sorted(self.hub.practices.values(), key=lambda p: p.name)
        html = self._lazy(
            "matrix.html",
            "matrix/",
            title="Adoption matrix",
            sites=sites,
            practices=practices,
            cells=self.ledger.adoptions,
        )
        return GeneratedPage(source_path("matrix"), "Adoption matrix", "Sites by practices: who adopted what.", html)

    def _index(
        self,
        kind: str,
        title: str,
        lede: str,
        groups: Iterable[tuple[str, list[tuple[str, str, str]]]],
    ) -> GeneratedPage:
        html = self._lazy("index.html", url_path(kind), title=title, lede=lede, groups=list(groups))
        return GeneratedPage(source_path(kind), title, lede, html)

    def sites_index(self) -> GeneratedPage:
        u, lg = Urls("sites/"), self.ledger
        regions: dict[str, list[tuple[str, str, str]]] = {}
        for site in sorted(self.hub.sites.values(), key=lambda s: (s.region, s.name)):
            n = len(lg.site_adoptions(site.id))
            regions.setdefault(site.region, []).append(
                (u.to("site", site.id), site.name, f"{n} practice{'s' if n != 1 else ''} adopted")
            )
        return self._index("sites", "Sites", "Every site, by region, with what it has adopted.", regions.items())

    def practices_index(self) -> GeneratedPage:
        u, lg = Urls("practices/"), self.ledger
        groups: dict[str, list[tuple[str, str, str]]] = {}
        for p in sorted(self.hub.practices.values(), key=lambda p: (p.category or "Other", p.name)):
            n = len(lg.practice_adoptions(p.id))
            groups.setdefault(p.category or "Other", []).append(
                (u.to("practice", p.id), p.name, f"{n} site{'s' if n != 1 else ''} · {p.description}")
            )
        return self._index(
            "practices", "Practices", "What our sites adopt, and how far each has spread.", groups.items()
        )

    def tags_index(self) -> GeneratedPage:
        u, lg = Urls("tags/"), self.ledger
        items = [
            (u.to("tag", t.id), t.label, f"{len(lg.by_tag.get(t.id, []))} stories")
            for t in sorted(self.hub.tags.values(), key=lambda t: t.label.lower())
        ]
        return self._index("tags", "Tags", "Topics across all stories.", [("", items)])

    def champions_index(self) -> GeneratedPage:
        u, lg = Urls("champions/"), self.ledger
        items = [
            (
                u.to("champion", c.id),
                c.name,
                f"{self.names.site_names.get(c.site, c.site)} · {len(lg.by_champion.get(c.id, []))} stories",
            )
            for c in sorted(self.hub.champions.values(), key=lambda c: c.name.lower())
        ]
        return self._index("champions", "Champions", "The people who start snowballs rolling. Ask them.", [("", items)])

    def site(self, ident: str) -> GeneratedPage:
        site, lg = self.hub.sites[ident], self.ledger
        champions = sorted(
            (c.id for c in self.hub.champions.values() if c.site == ident), key=lambda c: self.names.champion_names[c]
        )
        html = self._lazy(
            "site.html",
            url_path("site", ident),
            site=site,
            champions=champions,
            adoptions=lg.site_adoptions(ident),
            opportunities=lg.opportunities(ident),
            inspired=lg.inspired_elsewhere(ident),
            stories=lg.by_site.get(ident, []),
            h=self.names,
        )
        return GeneratedPage(
            source_path("site", ident),
            site.name,
            f"{site.name} ({site.region}): practices adopted, opportunities and stories.",
            html,
            feeds=((f"Stories from {site.name}", url_path("feed-site", ident)),),
        )

    def practice(self, ident: str) -> GeneratedPage:
        practice, lg = self.hub.practices[ident], self.ledger
        adoptions = lg.practice_adoptions(ident)
        chart = text = ""
        if adoptions:
            chart, text = spread_chart(lg.spread(ident), *self._span, practice.name)
        lineage = sorted(
            (
                (lg.by_slug[ref], s)
                for s in lg.by_practice.get(ident, [])
                for ref in s.inspired_by
                if ref in lg.by_slug and ident in lg.by_slug[ref].practices
            ),
            key=lambda pair: (pair[1].date, pair[1].slug),
        )
        html = self._lazy(
            "practice.html",
            url_path("practice", ident),
            practice=practice,
            adoptions=adoptions,
            chart=Markup(chart),
            chart_text=text,
            lineage=lineage,
            h=self.names,
        )
        return GeneratedPage(
            source_path("practice", ident),
            practice.name,
            practice.description,
            html,
            feeds=((f"Stories about {practice.name}", url_path("feed-practice", ident)),),
        )

    def tag(self, ident: str) -> GeneratedPage:
        tag = self.hub.tags[ident]
        html = self._lazy(
            "entity.html",
            url_path("tag", ident),
            title=f"Tag: {tag.label}",
            lede=tag.description,
            stories=self.ledger.by_tag.get(ident, []),
            cards=partial(self.cards, self.ledger.by_tag.get(ident, []), url_path("tag", ident)),
            inspired=(),
            h=self.names,
        )
        return GeneratedPage(source_path("tag", ident), f"Tag: {tag.label}", tag.description or tag.label, html)

    def champion(self, ident: str) -> GeneratedPage:
        c, lg = self.hub.champions[ident], self.ledger
        mine = lg.by_champion.get(ident, [])
        inspired = sorted(
            ((s, later) for s in mine for later in lg.inspired.get(s.slug, [])),
            key=lambda p: (p[1].date, p[1].slug),
            reverse=True,
        )
        site = self.names.site_names.get(c.site, c.site)
        lede = f"Champion at {site}." + (f" Contact: {c.contact}" if c.contact else "")
        html = self._lazy(
            "entity.html",
            url_path("champion", ident),
            title=c.name,
            lede=lede,
            stories=mine,
            cards=partial(self.cards, mine, url_path("champion", ident)),
            inspired=inspired,
            h=self.names,
        )
        return GeneratedPage(source_path("champion", ident), c.name, f"{c.name}, champion at {site}.", html)

    def story_fingerprint(self, story: Story, hero: object) -> object:
        """Everything a story page shows: itself, names, lineage, related stories, hero (compared with ==)."""
        hub, lg = self.hub, self.ledger
        return (
            story,
            hub.sites.get(story.site),
            tuple(hub.champions.get(c) for c in story.champions),
            tuple(hub.practices.get(p) for p in story.practices),
            tuple(hub.tags.get(t) for t in story.tags),
            _fingerprint([lg.by_slug[r] for r in story.inspired_by if r in lg.by_slug]),
            _fingerprint(lg.inspired.get(story.slug, [])),
            _fingerprint(lg.related(story)),
            repr(hero),
        )

    def story(self, story: Story, body_html: str, hero: dict[str, object] | None) -> str:
        """The story page's content: header card, outcomes, hero, sanitised body, lineage, related."""
        lg = self.ledger
        inspired_by = [lg.by_slug[r] for r in story.inspired_by if r in lg.by_slug]
        return _render(
            "story.html",
            url_path("story", story.slug),
            s=story,
            outcomes=story.outcomes,
            hero=hero,
            body=Markup(body_html),
            inspired_by=inspired_by,
            inspired=lg.inspired.get(story.slug, []),
            related=lg.related(story),
            h=self.names,
        )


def error_panel(path: str, diagnostics: Sequence[Diagnostic]) -> str:
    """The preview's stand-in for a page that cannot be shown: the validator's messages, word for word."""
    return _ENV.get_template("error.html").render(path=path, diagnostics=diagnostics)
