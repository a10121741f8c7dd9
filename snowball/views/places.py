"""Place views: sites, practices and the matrix of who adopted what."""

from __future__ import annotations

import datetime as dt
from functools import cached_property

from markupsafe import Markup

from ..chart import spread_chart
from ..urls import Urls, source_path, url_path
from .common import BaseViews, GeneratedPage


class PlaceViews(BaseViews):
    def place_pages(self) -> list[GeneratedPage]:
        pages = [self.matrix(), self.sites_index(), self.practices_index()]
        pages += [self.site(i) for i in sorted(self.hub.sites)]
        pages += [self.practice(i) for i in sorted(self.hub.practices)]
        return pages

    def place_files(self) -> dict[str, str]:
        """Non-page outputs of this family, by site-root-relative path (none yet)."""
        return {}

    @cached_property
    def _span(self) -> tuple[dt.date, dt.date]:
        dates = [s.date for s in self.ledger.stories] or [self.today]
        return dt.date(min(dates).year, 1, 1), max(max(dates), self.today)

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
