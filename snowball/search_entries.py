"""What search finds, built from the model: stories with their names and text, and entity pages.

Beside search.py, which shards and writes what this returns.
"""

from __future__ import annotations

from collections.abc import Callable

from .ledger import Ledger
from .search import Entry, entry, markdown_text
from .urls import url_path
from .views import Names


def search_entries(ledger: Ledger, names: Names, text: Callable[[str], str] = markdown_text) -> list[Entry]:
    """What search finds: stories (with their site, champions, practices, tags, outcomes and text),
    sites, practices, tags, champions and regions. Never the listings, the matrix, numbered story lists,
    redirect pages, the Share page (contribute/) or its written guide (contribute/guide/): their text is
    lists of stories and registry names, or examples of them, that search finds on their own pages (the
    Share page came up for every champion's name). Each entry shows its excerpt (summary) and its meta
    (site, champions) apart. text: a body's plain text (the preview passes its memo's)."""
    hub, n, lg = ledger.hub, names, ledger
    out = []
    for s in lg.stories:
        practices = tuple(n.practice_names[p] for p in s.practices)
        tags = tuple(n.tag_names[t] for t in s.tags)
        outcomes = " ".join(f"{o.label} {o.value}" for o in s.outcomes)
        body = text(s.body)
        out.append(
            entry(
                url_path("story", s.slug),
                s.title,
                s.summary or body,  # the excerpt; a story without a summary shows its body's start
                " ".join(practices),
                " ".join(tags),
                outcomes,
                body if s.summary else "",
                tags=tags + practices,
                meta=" · ".join([n.site_names[s.site], *(n.champion_names[c] for c in s.champions)]),
                body=body,
                date=s.date.isoformat(),
                lang=s.lang or "",  # a story in another language is split and stemmed in its own
                facets=(
                    ("site", s.site, n.site_names[s.site]),
                    *(("practice", p, n.practice_names[p]) for p in s.practices),
                    ("stage", s.stage, s.stage.capitalize()),
                    *(("tag", t, n.tag_names[t]) for t in s.tags),
                ),
            )
        )
    for site in hub.sites.values():
        people = ", ".join(c.name for c in hub.champions.values() if c.site == site.id)
        out.append(entry(url_path("site", site.id), site.name, f"Site in {site.region}.", meta=people))
    for p in hub.practices.values():
        out.append(entry(url_path("practice", p.id), p.name, p.description, p.category or ""))
    for t in hub.tags.values():
        out.append(entry(url_path("tag", t.id), f"Tag: {t.label}", t.description or ""))
    for c in hub.champions.values():
        out.append(entry(url_path("champion", c.id), c.name, f"Champion at {n.site_names[c.site]}.", c.contact or ""))
    for region, sites in lg.regions.items():
        names = ", ".join(site.name for site in sites)
        out.append(entry(url_path("region", lg.region_ids[region]), f"Region: {region}", f"Sites: {names}."))
    return out
