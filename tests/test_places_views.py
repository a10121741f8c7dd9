"""Place views (snowball/views/places.py) on small in-memory hubs: what the pages say, how long lists split into
numbered pages, where "Ask" leads, and that every template context is plain data the site plan can fingerprint."""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import fields, is_dataclass
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markupsafe import Markup

from snowball.ledger import Ledger
from snowball.views import HubPages
from snowball.views.common import GeneratedPage
from snowball.views.places import STORIES_PER_PAGE, contact_href, plural, when

from .test_ledger import make_ledger, story

TODAY = dt.date(2026, 11, 27)


def views(lg: Ledger) -> HubPages:
    return HubPages(lg, site_name="Hub", today=TODAY)


def page(pages: list[GeneratedPage], src: str) -> str:
    found = [p for p in pages if p.src == src]
    assert found, f"no page {src}; have {sorted(p.src for p in pages)[:20]}"
    return found[0].html.text


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize(
    ("contact", "href"),
    [
        ("ines@harbourline.example", "mailto:ines@harbourline.example"),
        (" ines@harbourline.example ", "mailto:ines@harbourline.example"),
        ("https://chat.example/u/ines", "https://chat.example/u/ines"),
        ("http://chat.example/u/ines", ""),  # not a safe address to send people to
        ("@ines on chat", ""),
        ("javascript:alert(1)", ""),
        ('x@y.z" onclick="alert(1)', ""),
        (None, ""),
        ("", ""),
    ],
)
def test_contact_becomes_a_link_only_when_it_is_an_address(contact: str | None, href: str) -> None:
    assert contact_href(contact) == href


@given(st.text(max_size=60))
def test_contact_links_are_only_mailto_or_https(contact: str) -> None:
    href = contact_href(contact)
    assert href == "" or re.fullmatch(r"(mailto:[^\s<>\"']+@[^\s<>\"']+|https://[^\s<>\"']+)", href)


def test_plurals_and_dates() -> None:
    assert plural(1, "site") == "1 site" and plural(2, "site") == "2 sites" and plural(0, "site") == "0 sites"
    assert plural(1347, "story", "stories") == "1,347 stories" and plural(1, "story", "stories") == "1 story"
    assert when(dt.date(2024, 3, 7)) == "7 Mar 2024"


@pytest.fixture
def small() -> Ledger:
    return make_ledger(
        {"porto": "North Coast", "gull": "North Coast", "mill": "Central Valley"},
        ["paper", "solar", "cafe", "bikes"],
        [
            story("porto-paper", "porto", ["paper"], date="2024-01-18", champions=["ines"]),
            story("porto-bikes", "porto", ["bikes"], date="2024-02-01", champions=["ines"]),
            story(
                "gull-paper", "gull", ["paper"], date="2024-04-09", champions=["nobody"], inspired_by=["porto-paper"]
            ),
            story(
                "mill-paper",
                "mill",
                ["paper"],
                date="2024-05-21",
                champions=["chat"],
                inspired_by=["porto-paper", "porto-paper"],
            ),
            story("gull-solar", "gull", ["solar"], date="2025-02-01", stage="scaled", champions=["nobody"]),
            story("mill-cafe", "mill", ["cafe"], date="2025-03-01", stage="retired", champions=["chat"]),
        ],
        champions={
            "ines": ("porto", "ines@harbourline.example"),
            "nobody": ("gull", None),
            "chat": ("mill", "https://chat.example/u/chat"),
        },
    )


def test_site_page_offers_opportunities_with_working_ask_links(small: Ledger) -> None:
    pages = views(small).place_pages()
    porto = page(pages, "sites/porto/index.md")
    opportunities = porto.split('id="opportunities"', 1)[1].split("<h2 id=", 1)[0]
    assert 'href="../../practices/solar/"' in opportunities and 'href="../../practices/cafe/"' in opportunities
    # Champion nobody has no contact: Ask leads to their page; chat's https address is used as it is.
    assert '<a class="sb-ask" href="../../champions/nobody/">Ask Champion nobody</a>' in opportunities
    assert 'href="https://chat.example/u/chat"' in opportunities
    assert "runs at 1 site, 1 in your region" in text_of(opportunities)
    mill = page(pages, "sites/mill/index.md")
    assert '<a class="sb-ask" href="mailto:ines@harbourline.example"' in mill
    assert 'id="retired"' in mill and 'href="../../practices/cafe/"' in mill.split('id="retired"', 1)[1]
    assert 'href="../../regions/north-coast/"' in porto


def test_practice_page_counts_current_sites_and_marks_retired_ones(small: Ledger) -> None:
    pages = views(small).place_pages()
    paper = page(pages, "practices/paper/index.md")
    assert "<strong>3 of 3</strong> sites run it now." in paper
    assert paper.count("<circle ") == 3 and "sb-spread__dot--retired" not in paper
    assert "<title>Site porto: adopted 18 Jan 2024, running</title>" in paper
    cafe = page(pages, "practices/cafe/index.md")
    assert "<strong>0 of 3</strong> sites run it now. 1 more site tried it and retired it." in cafe
    assert "sb-spread__dot--retired" in cafe
    # mill-paper names porto-paper twice: one lineage entry.
    lineage = paper.split('id="lineage"', 1)[1]
    assert lineage.count("learned from") == 2


def test_no_page_says_one_stories_or_one_sites(small: Ledger) -> None:
    for p in views(small).place_pages():
        text = text_of(p.html.text)
        assert not re.search(r"\b1 (stories|sites|practices|opportunities)\b", text), p.src


def test_long_story_lists_move_to_numbered_pages() -> None:
    rng = random.Random(3)
    count = 2 * STORIES_PER_PAGE + 7
    stories = [
        story(
            f"s{i:04d}", "big", ["p"], date=(dt.date(2020, 1, 1) + dt.timedelta(days=rng.randint(0, 2000))).isoformat()
        )
        for i in range(count)
    ]
    lg = make_ledger({"big": "R", "small": "R"}, ["p"], stories)
    pages = views(lg).place_pages()
    first = page(pages, "sites/big/stories/index.md")
    second = page(pages, "sites/big/stories/page/2/index.md")
    third = page(pages, "sites/big/stories/page/3/index.md")
    assert "sites/big/stories/page/4/index.md" not in {p.src for p in pages}
    listed = [re.findall(r'class="sb-storylist__title"><a href="../../../stories/([^/]+)/"', first)]
    listed.append(re.findall(r'class="sb-storylist__title"><a href="../../../../../stories/([^/]+)/"', second))
    listed.append(re.findall(r'class="sb-storylist__title"><a href="../../../../../stories/([^/]+)/"', third))
    assert [len(x) for x in listed] == [STORIES_PER_PAGE, STORIES_PER_PAGE, 7]
    assert sum(listed, []) == [s.slug for s in lg.by_site["big"]]  # newest first, each once
    assert 'rel="next" href="../../../sites/big/stories/page/2/"' in first and 'rel="prev"' not in first
    assert (
        'aria-current="page" href="../../../../../sites/big/stories/page/2/"><span class="sb-sr">Page </span>2<'
        in second
    )
    assert 'rel="prev"' in second and 'rel="next"' in second
    assert "Page 2 of 3" in second and "(stories 51–100 of 107)" in second  # the same pager as every listing
    assert "page 3 of 3" in third
    site = page(pages, "sites/big/index.md")
    assert site.count('class="sb-newest"') == 1 and len(re.findall(r"<li><time", site)) == 5
    assert f"All {count:,} stories from Site big" in site
    assert page(pages, "sites/small/stories/index.md")  # an empty list still has its page (links never break)


def test_a_big_region_is_split_into_pages_of_sites() -> None:
    lg = make_ledger({f"s{i:03d}": "Everywhere" for i in range(100)}, ["p"], [story("a", "s000", ["p"])])
    srcs = {p.src for p in views(lg).place_pages()}
    assert {
        "regions/everywhere/index.md",
        "regions/everywhere/page/2/index.md",
        "regions/everywhere/page/3/index.md",
    } <= srcs


def test_region_page_suggests_a_neighbours_practice_with_who_to_ask(small: Ledger) -> None:
    pages = views(small).place_pages()
    north = page(pages, "regions/north-coast/index.md")
    porto = (
        north.split('id="porto"', 1)[1].split('id="gull"', 1)[0]
        if north.index('id="porto"') < north.index('id="gull"')
        else north.split('id="porto"', 1)[1]
    )
    assert 'href="../../practices/solar/"' in porto  # gull runs solar, porto does not
    assert '<a class="sb-ask" href="../../champions/nobody/">Ask Champion nobody</a>' in porto
    index = page(pages, "regions/index.md")
    assert 'href="../regions/north-coast/"' in index and "2 sites" in index and "1 site " in text_of(index) + " "


def test_matrix_groups_by_region_with_totals(small: Ledger) -> None:
    html = page(views(small).place_pages(), "matrix/index.md")
    # columns by name: bikes, cafe, paper, solar
    assert '<th scope="row">All regions</th><td>6<td>1<td>1<td>3<td>1</tr>' in html
    assert (
        '<a href="../regions/north-coast/">North Coast</a> <span>2 sites</span></th><td>4<td>1<td>0<td>2<td>1' in html
    )
    assert re.search(r'<a href="../sites/mill/">Site mill</a><td>2<td><td>R<td>A<td>\s*(<tr>|</tbody>)', html)


def test_matrix_at_250_sites_by_60_practices_stays_small() -> None:
    """The largest hub the issue names: 10,000 stories at 250 sites by 60 practices, every pair adopted."""
    rng = random.Random(1)
    sites = {f"site-{i:04d}": f"Region {i % 6}" for i in range(250)}
    practices = [f"practice-{i:03d}" for i in range(60)]
    stories = [
        story(f"s{i:05d}", site, [practice], stage=rng.choice(["pilot", "adopted", "scaled", "retired"]))
        for i, (site, practice) in enumerate((s, p) for s in sites for p in practices)
    ]
    lg = make_ledger(sites, practices, stories)
    html = page(views(lg).place_pages(), "matrix/index.md")
    # Material's page around it adds about 25 KB; the page must stay under 200 KB.
    assert len(html.encode()) < 160_000, len(html.encode())
    assert html.count('<th scope="rowgroup">') == 6


ALLOWED = (str, int, float, bool, dt.date, type(None))


def plain(value: Any, path: str) -> list[str]:
    """Where a context holds something other than plain data (functions, partials, ledgers, names objects)."""
    if isinstance(value, (Markup, *ALLOWED)):
        return []
    if isinstance(value, (list, tuple)):
        return [p for i, v in enumerate(value) for p in plain(v, f"{path}[{i}]")]
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in plain(k, path) + plain(v, f"{path}[{k!r}]")]
    if is_dataclass(value) and not isinstance(value, type):
        if not type(value).__dataclass_params__.frozen:  # type: ignore[attr-defined]
            return [f"{path}: {type(value).__name__} is not frozen"]
        return [p for f in fields(value) for p in plain(getattr(value, f.name), f"{path}.{f.name}")]
    return [f"{path}: {type(value).__name__}"]


def test_every_place_context_is_plain_data(small: Ledger) -> None:
    for p in views(small).place_pages():
        assert plain(p.html.context, p.src) == []


def test_an_empty_hub_still_has_every_place_page() -> None:
    lg = make_ledger({"a": "North"}, ["p"], [], champions={})
    pages = {p.src: p.html.text for p in views(lg).place_pages()}
    assert "<strong>0 of 1</strong> site so far." in pages["practices/p/index.md"]
    assert "No stories yet." in pages["sites/a/stories/index.md"]
    assert "Nothing running here yet." in pages["sites/a/index.md"]
    assert '<th scope="row">All regions</th><td>0<td>0</tr>' in pages["matrix/index.md"]


def test_a_practice_every_site_runs_stays_small() -> None:
    """The worst case at 250 sites: every site adopted the practice and told three stories about it."""
    rng = random.Random(2)
    sites = {f"site-{i:04d}": f"Region {i % 6}" for i in range(250)}
    stories = [
        story(
            f"story-{i:04d}-{k}",
            site,
            ["p"],
            date=(dt.date(2021, 1, 1) + dt.timedelta(days=rng.randint(0, 2000))).isoformat(),
            stage=rng.choice(["adopted", "retired"]),
            inspired_by=[f"story-{i - 1:04d}-0"] if i else [],
        )
        for i, site in enumerate(sites)
        for k in range(3)
    ]
    html = page(views(make_ledger(sites, ["p"], stories)).place_pages(), "practices/p/index.md")
    assert len(html.encode()) < 170_000, len(html.encode())  # Material's page adds about 20 KB
    assert html.count("<circle ") == 250 and html.count("More from ") == 250


def test_an_opportunity_every_adopter_retired_says_so(small: Ledger) -> None:
    porto = page(views(small).place_pages(), "sites/porto/index.md")
    row = porto.split('href="../../practices/cafe/"', 1)[1].split("</tr>", 1)[0]
    assert "tried at 1 site, retired since" in row and "runs at" not in row


def test_search_finds_each_region_but_no_list_page(small: Ledger) -> None:
    from snowball.search_entries import search_entries

    found = {e.location: e for e in search_entries(small, views(small).names)}
    assert found["regions/north-coast/"].title == "Region: North Coast"
    assert "Site porto" in found["regions/north-coast/"].text and "Site gull" in found["regions/north-coast/"].text
    assert "matrix/" not in found
    assert not any("/page/" in loc or loc.endswith("/stories/") and loc != "stories/" for loc in found)


def test_the_champions_index_is_split_into_pages_with_the_shared_pager() -> None:
    from snowball.views.listings import CHAMPIONS_PER_PAGE

    people = {f"c{i:04d}": ("porto", None) for i in range(2 * CHAMPIONS_PER_PAGE + 1)}
    lg = make_ledger({"porto": "North"}, ["p"], [story("a", "porto", ["p"], champions=["c0000"])], champions=people)
    pages = {p.src: p for p in views(lg).listing_pages()}
    srcs = sorted(s for s in pages if re.fullmatch(r"champions/(page/\d+/)?index\.md", s))
    assert srcs == ["champions/index.md", "champions/page/2/index.md", "champions/page/3/index.md"]
    first, last = pages["champions/index.md"].html.text, pages["champions/page/3/index.md"].html.text
    assert first.count('<li><a href="../champions/c') == CHAMPIONS_PER_PAGE and "Champion c0000" in first
    assert last.count('<li><a href="../../../champions/c') == 1 and "Champion c0400" in last
    assert "Page 3 of 3" in last and "(champions 401–401 of 401)" in last and 'rel="prev"' in last
    assert "← Previous" in last and "Newer" not in last  # an A-to-Z list, not a newest-first one


# --- issue 25: who to ask, sites not running it yet, a site that runs everything, whole names in the matrix ----


def section(html: str, anchor: str) -> str:
    return html.split(f'id="{anchor}"', 1)[1].split("<h2 id=", 1)[0]


def test_practice_page_says_who_to_ask_each_champion_once(small: Ledger) -> None:
    paper = page(views(small).place_pages(), "practices/paper/index.md")
    asks = section(paper, "ask")
    items = re.findall(r"<li>(.*?)</li>", asks)
    # porto adopted first (ines, e-mail); mill most recently, and is the only adopter in Central Valley (chat);
    # in North Coast gull's adoption is newer than porto's, so its champion (no contact: their page) is asked.
    assert len(items) == 3
    assert '<a class="sb-ask" href="mailto:ines@harbourline.example"' in items[0]
    assert "First to adopt it, 18 Jan 2024" in text_of(items[0])
    assert 'href="https://chat.example/u/chat"' in items[1]
    assert "Most recent to adopt it, 21 May 2024; furthest along in Central Valley (adopted)" in text_of(items[1])
    assert '<a class="sb-ask" href="../../champions/nobody/">Ask Champion nobody</a>' in items[2]
    assert "Furthest along in North Coast (adopted)" in text_of(items[2])
    assert 'href="../../sites/gull/"' in items[2]


def test_practice_page_lists_sites_not_running_it_with_the_nearest_that_does(small: Ledger) -> None:
    pages = views(small).place_pages()
    solar = section(page(pages, "practices/solar/index.md"), "not-yet")  # only gull (North Coast) runs it
    rows = re.findall(r"<tr><th scope=\"row\">(.*?)</tr>", solar)
    assert [re.search(r">([^<]+)</a></th>", r).group(1) for r in rows] == ["Central Valley", "North Coast"]  # type: ignore[union-attr]
    assert 'href="../../sites/mill/"' in rows[0] and 'href="../../sites/porto/"' in rows[1]
    assert "Site gull (scaled, in North Coast: none in Central Valley runs it yet)" in text_of(rows[0])
    assert "Site gull (scaled, in this region)" in text_of(rows[1])
    assert 'href="../../sites/gull/"' not in solar.split("<tbody>", 1)[1].split("Nearest", 1)[0]
    assert "Ask Champion nobody" in text_of(rows[0])
    cafe = section(page(pages, "practices/cafe/index.md"), "not-yet")  # mill retired it: nobody runs it now
    assert "No site runs it now" in text_of(cafe) and 'href="../../sites/mill/"' not in cafe
    paper = section(page(pages, "practices/paper/index.md"), "not-yet")
    assert "Every site has adopted Practice paper at some point." in text_of(paper)


def test_practice_page_table_under_the_chart_replaces_the_long_caption(small: Ledger) -> None:
    paper = page(views(small).place_pages(), "practices/paper/index.md")
    caption = paper.split("<figcaption>", 1)[1].split("</figcaption>", 1)[0]
    assert caption == (  # was every site in order, 13 lines at 25 sites
        "Practice paper runs at 3 of 3 sites now. "
        "First adopted at Site porto on 18 Jan 2024, most recently at Site mill on 21 May 2024."
    )
    table = paper.split('<details class="sb-chart__table">', 1)[1].split("</details>", 1)[0]
    assert "The chart as a table: 3 sites in the order they adopted it" in table
    assert re.findall(r"<tr><td>\d+<td>([^<]+)<td>", table) == ["Site porto", "Site gull", "Site mill"]


def test_a_site_that_runs_every_practice_says_so() -> None:
    lg = make_ledger(
        {"all": "R", "some": "R", "tried": "R"},
        ["p", "q"],
        [
            story("all-p", "all", ["p"]),
            story("all-q", "all", ["q"]),
            story("some-p", "some", ["p"]),
            story("tried-p", "tried", ["p"]),
            story("tried-q", "tried", ["q"], stage="retired"),
        ],
    )
    pages = views(lg).place_pages()
    figures = {
        s: re.findall(r"<li>([^<]+)</li>", page(pages, f"sites/{s}/index.md").split("sb-place-figures", 1)[1])[:3]
        for s in ("all", "some", "tried")
    }
    assert figures["all"][1] == "Runs every practice"  # was "0 opportunities"
    assert figures["some"][1] == "1 opportunity"
    assert figures["tried"][1] == "Nothing new to adopt"  # it retired q: it does not run everything
    matrix = text_of(page(pages, "matrix/index.md"))
    assert "Site all Runs every practice: 2 adopted" in matrix
    assert "Site tried 2 practices: 1 adopted, 1 retired" in matrix


def test_matrix_headers_carry_whole_practice_names() -> None:
    long = "energy-audit-loans-for-small-businesses"
    lg = make_ledger({"a": "R"}, [long, "p"], [story("s", "a", [long])])
    html = page(views(lg).place_pages(), "matrix/index.md")
    assert f'<a href="../practices/{long}/">Practice {long}</a></th>' in html  # was cut at 24 characters
    assert "…" not in html


def test_a_practice_one_site_of_250_runs_stays_small() -> None:
    """The practice page's longest list of sites not running it: 249 sites, every name linked once."""
    sites = {f"site-{i:04d}": f"Region {i % 6}" for i in range(250)}
    stories = [story(f"s{k}", "site-0000", ["p"], champions=["ann"]) for k in range(3)]
    html = page(views(make_ledger(sites, ["p"], stories)).place_pages(), "practices/p/index.md")
    not_yet = section(html, "not-yet")
    assert len(re.findall(r'href="../../sites/site-\d{4}/"', not_yet.split("<tbody>", 1)[1])) == 249 + 6
    assert len(html.encode()) < 100_000, len(html.encode())


def words(html: str) -> str:
    """The text a reader sees, with the spaces tags leave before punctuation removed."""
    return re.sub(r"\( ", "(", re.sub(r" ([,:)])", r"\1", text_of(html))).strip()


def with_lead(lg: Ledger, site: str, champion: str) -> Ledger:
    """The same hub with a lead champion named for one site (registries/sites.yml's lead)."""
    from dataclasses import replace

    lg.hub.sites[site] = replace(lg.hub.sites[site], lead=champion)
    return Ledger(lg.hub, lg.stories)


def test_the_sites_index_says_who_to_ask_at_each_site_and_its_newest_story(small: Ledger) -> None:
    html = page(views(with_lead(small, "porto", "ines")).place_pages(), "sites/index.md")
    north = html.split('id="north-coast"', 1)[1].split('id="central-valley"', 1)[0]
    porto = north.split('href="../sites/porto/"', 1)[1].split("</li>", 1)[0]
    # the lead, by the e-mail address the registry gives, and the site's newest story with its date
    assert "Lead:" in porto and '<a class="sb-ask" href="mailto:ines@harbourline.example"' in porto
    assert '<a href="../stories/porto-bikes/">Title of porto-bikes</a>' in porto
    assert '<time datetime="2024-02-01">1 Feb 2024</time>' in porto
    # no lead: the champions based there, on their page when they give no working address
    gull = html.split('href="../sites/gull/"', 1)[1].split("</li>", 1)[0]
    assert "Who to ask:" in words(gull)
    assert '<a class="sb-ask" href="../champions/nobody/">Ask Champion nobody</a>' in gull
    assert '<a href="../stories/gull-solar/">' in gull
    assert 'href="../regions/north-coast/">North Coast</a>' in north  # still grouped by region


def test_a_site_with_no_champion_or_story_says_so_and_invites_one() -> None:
    lg = make_ledger({"a": "North", "b": "North"}, ["p"], [story("s", "a", ["p"])], champions={"ann": ("a", None)})
    html = page(views(lg).place_pages(), "sites/index.md")
    b = html.split('href="../sites/b/"', 1)[1].split("</li>", 1)[0]
    assert "no champion yet" in b and "none yet" in b and 'href="../contribute/"' in b


def test_a_site_with_many_champions_and_no_lead_names_one_and_counts_the_rest() -> None:
    people = {f"c{i}": ("a", None) for i in range(5)}
    lg = make_ledger({"a": "North"}, ["p"], [story("s", "a", ["p"], champions=["c0"])], champions=people)
    html = page(views(lg).place_pages(), "sites/index.md")
    assert html.count('class="sb-ask"') == 1 and "Who to ask:" in words(html)
    assert '<a class="sb-muted" href="../sites/a/">and 4 more</a>' in html


def test_the_sites_index_of_250_sites_stays_small() -> None:
    """The largest hub the issue names (250 sites), with long names and titles and a lead on every site
    reached by e-mail (the longest Ask): Material's page around it adds about 25 KB, and the whole page
    must stay under 200 KB."""
    from dataclasses import replace

    sites = {f"site-{i:04d}": f"Region {i % 6}" for i in range(250)}
    people = {f"champion-{i:05d}": (site, f"champion-{i:05d}@harbourline.example") for i, site in enumerate(sites)}
    stories = [story(f"story-{i:05d}", site, ["p"], champions=[f"champion-{i:05d}"]) for i, site in enumerate(sites)]
    lg = make_ledger(sites, ["p"], stories, champions=people)
    for i, site in enumerate(sites):
        lg.hub.sites[site] = replace(
            lg.hub.sites[site], name=f"Harbourline {i} " + "Long Street " * 4, lead=f"champion-{i:05d}"
        )
    for s in stories:
        lg.hub.champions[s.champions[0]] = replace(lg.hub.champions[s.champions[0]], name="Alexandra Montgomery-Smith")
    long = [
        replace(s, title="A long story title about what the branch changed and how it went " + s.slug) for s in stories
    ]
    lg = Ledger(lg.hub, long)
    html = page(views(lg).place_pages(), "sites/index.md")
    assert html.count('class="sb-ask"') == 250 and html.count("<time ") == 250
    assert len(html.encode()) < 175_000


def test_the_regions_index_gives_each_regions_sites_practices_and_newest_adoption(small: Ledger) -> None:
    html = page(views(small).place_pages(), "regions/index.md")
    north = words(html.split('id="north-coast"', 1)[1].split("</li>", 1)[0])
    assert "2 sites · 3 practices running · 4 stories" in north
    assert "Sites: Site gull, Site porto" in north
    # gull-solar (1 Feb 2025) is the newest first story of any adoption in the North Coast
    assert "Newest adoption: Site gull adopted Practice solar: Title of gull-solar (1 Feb 2025)" in north
    assert 'href="../stories/gull-solar/"' in html and '<time datetime="2025-02-01">' in html
    central = words(html.split('id="central-valley"', 1)[1].split("</li>", 1)[0])
    assert "Site mill adopted Practice cafe" in central  # retired now, but still its newest adoption


def test_the_regions_index_of_a_region_without_stories_says_none_yet() -> None:
    lg = make_ledger({"a": "North"}, ["p"], [])
    assert "Newest adoption: none yet" in words(page(views(lg).place_pages(), "regions/index.md"))
