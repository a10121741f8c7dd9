"""The places to start and the 404 page in the built sample hub (issue 25): what a reader sees in the HTML.

Expectations come from the registries and the ledger, not from the pages under test.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from snowball.hub import load_hub
from snowball.ledger import Ledger
from snowball.registries import contact_href

from .conftest import REPO, search_files


@pytest.fixture(scope="session")
def sample() -> Ledger:
    hub = load_hub(REPO)
    return Ledger(hub, hub.published())


def read(built: Path, path: str) -> str:
    return (built / path).read_text(encoding="utf-8")


def block(html: str, start: str, end: str = "</li>") -> str:
    """The HTML from the first `start` to the next `end`."""
    assert start in html, start
    return html.split(start, 1)[1].split(end, 1)[0]


def test_each_site_on_the_sites_index_names_its_lead_and_newest_story(sample_site: Path, sample: Ledger) -> None:
    html = read(sample_site, "sites/index.html")
    for region, sites in sample.regions.items():
        assert f'<a href="../regions/{sample.region_ids[region]}/">{region}</a>' in html
        for site in sites:
            entry = block(html, f'<a href="../sites/{site.id}/">')
            if site.lead:
                lead = sample.hub.champions[site.lead]
                href = contact_href(lead.contact or "") or f"../champions/{lead.id}/"
                assert "Lead:" in entry and f'href="{href}"' in entry and f"Ask {lead.name}" in entry, site.id
            newest = sample.by_site[site.id][0]
            assert f'<a href="../stories/{newest.slug}/">' in entry and newest.date.isoformat() in entry, site.id


def test_each_region_on_the_regions_index_lists_its_sites_and_newest_adoption(
    sample_site: Path, sample: Ledger
) -> None:
    html = read(sample_site, "regions/index.html")
    for region, sites in sample.regions.items():
        card = block(html, f'id="{sample.region_ids[region]}"')
        assert all(f'<a href="../sites/{s.id}/">{s.name}</a>' in card for s in sites), region
        ids = {s.id for s in sites}
        newest = max(
            (a for a in sample.adoptions.values() if a.site in ids), key=lambda a: (a.first_date, a.site, a.practice)
        )
        assert "Newest adoption:" in card and f'href="../stories/{newest.first.slug}/"' in card, region
        running = len({a.practice for a in sample.adoptions.values() if a.site in ids and a.live})
        assert f"{running} practices running" in card


def test_the_champions_index_puts_each_champion_under_their_site(sample_site: Path, sample: Ledger) -> None:
    html = read(sample_site, "champions/index.html")
    hub = sample.hub
    headings = re.findall(r'<h2 id="sb-site-([^"]+)">', html)
    names = [hub.sites[s].name.casefold() for s in headings]
    assert names == sorted(names) and set(headings) == {c.site for c in hub.champions.values()}
    for site in headings:
        section = block(html, f'<h2 id="sb-site-{site}">', "</ul>")
        people = {c.id for c in hub.champions.values() if c.site == site}
        assert set(re.findall(r'href="../champions/([^"/]+)/"', section)) == people, site


def test_the_404_page_offers_search_links_and_suggestions_from_any_address(sample_site: Path) -> None:
    html = read(sample_site, "404.html")
    main = block(html, 'class="sb-404"', "<footer")
    assert "Page not found" in main and '<label class="md-button md-button--primary" for="__search">' in main
    for href, text in (("/stories/", "All stories"), ("/sites/", "Sites"), ("/contribute/", "Share your story")):
        assert f'href="{href}">{text}</a>' in main  # absolute: the page is served at any depth
    assert 'data-sb-index="/stories/index.json"' in main and 'src="/assets/snowball-404.js"' in main
    assert (sample_site / "assets" / "snowball-404.js").is_file()
    index = json.loads(read(sample_site, "stories/index.json"))
    assert all(isinstance(row[0], str) and isinstance(row[1], str) for row in index["stories"])  # slug, title


def test_search_leaves_out_the_share_page_and_shows_meta_apart(sample_site: Path) -> None:
    docs, _terms = search_files(sample_site)
    # neither the Share page (the form) nor its written guide, whose examples name registry entries
    assert not [d for d in docs if str(d[0]).startswith("contribute")]
    row = next(d for d in docs if d[0] == "stories/kingsgate-ebike-leasing/")
    assert str(row[2]).endswith("now holds eleven e-bikes.") and str(row[4]).startswith("Kingsgate Branch · ")
