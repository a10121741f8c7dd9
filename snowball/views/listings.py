"""Listing views: the home page, all stories, tags and champions, and their indexes."""

from __future__ import annotations

import datetime as dt

from ..urls import Urls, source_path, url_path
from .common import BaseViews, GeneratedPage


class ListingViews(BaseViews):
    def listing_pages(self) -> list[GeneratedPage]:
        pages = [self.home(), self.stories(), self.tags_index(), self.champions_index()]
        pages += [self.tag(i) for i in sorted(self.hub.tags)]
        pages += [self.champion(i) for i in sorted(self.hub.champions)]
        return pages

    def listing_files(self) -> dict[str, str]:
        """Non-page outputs of this family, by site-root-relative path (data for filtering stories in the browser)."""
        return {}

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
            cards=self.cards(lg.stories[:6], ""),
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
            cards=self.cards(self.ledger.stories, "stories/"),
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

    def tag(self, ident: str) -> GeneratedPage:
        tag = self.hub.tags[ident]
        html = self._lazy(
            "entity.html",
            url_path("tag", ident),
            title=f"Tag: {tag.label}",
            lede=tag.description,
            stories=self.ledger.by_tag.get(ident, []),
            cards=self.cards(self.ledger.by_tag.get(ident, []), url_path("tag", ident)),
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
            cards=self.cards(mine, url_path("champion", ident)),
            inspired=inspired,
            h=self.names,
        )
        return GeneratedPage(source_path("champion", ident), c.name, f"{c.name}, champion at {site}.", html)
