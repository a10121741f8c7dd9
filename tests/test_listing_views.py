"""Listing and story views on small hubs of their own: pagination, the story index, plurals and dates,
contacts, the advice callout, robots. What a reader sees, read from the rendered HTML."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import Markup

from snowball.hub import load_hub
from snowball.ledger import Ledger
from snowball.model import Hub as HubModel
from snowball.views import GeneratedPage, HubPages
from snowball.views.common import contact_of, date, plural
from snowball.views.listings import PAGE_SIZE, title_key
from snowball.views.paging import page_count, pagers
from snowball.views.story import mark_advice, reading_minutes

from .conftest import Hub

TODAY = dt.date(2026, 11, 27)


def _front(i: int, *, site: str = "berlin", tags: str = "[paper]", extra: str = "") -> str:
    return (
        f'title: "Story {i:03d}"\nsummary: "Summary {i}."\ndate: {dt.date(2024, 1, 1) + dt.timedelta(days=i)}\n'
        f"site: {site}\nchampions: [anna-schmidt]\npractices: [paperless-files]\ntags: {tags}\n{extra}"
    )


def views(root: Path) -> HubPages:
    hub = load_hub(root, on=TODAY)
    assert not [d for d in hub.diagnostics if d.severity == "error"], hub.diagnostics
    return HubPages(Ledger(hub, hub.published()), site_name="Test hub", today=TODAY)


def html(page: GeneratedPage) -> str:
    return page.html.text


def by_src(pages: list[GeneratedPage]) -> dict[str, GeneratedPage]:
    return {p.src: p for p in pages}


# --- pagination -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("total", "pages"), [(0, 1), (1, 1), (24, 1), (25, 2), (48, 2), (49, 3)])
def test_page_count_at_the_boundaries(total: int, pages: int) -> None:
    assert PAGE_SIZE == 24
    assert page_count(total, PAGE_SIZE) == pages
    assert len(pagers("stories/", total, PAGE_SIZE)) == pages


def test_an_empty_listing_is_one_page_without_links() -> None:
    (only,) = pagers("stories/", 0, PAGE_SIZE)
    assert (only.number, only.count, only.first, only.last, only.prev, only.next) == (1, 1, 0, 0, None, None)
    assert only.url == "stories/"


def test_twenty_five_items_make_a_second_page_of_one() -> None:
    first, second = pagers("tags/paper/", 25, PAGE_SIZE)
    assert (first.first, first.last, first.prev, first.next) == (1, 24, None, "tags/paper/page/2/")
    assert (second.first, second.last, second.prev, second.next) == (25, 25, "tags/paper/", None)
    assert second.url == "tags/paper/page/2/"
    assert [n for n, _ in second.links] == [1, 2]


def test_many_pages_offer_first_last_and_neighbours_with_gaps() -> None:
    ps = pagers("stories/", 24 * 42, PAGE_SIZE)
    assert len(ps) == 42
    assert [n for n, _ in ps[19].links] == [1, 0, 18, 19, 20, 21, 22, 0, 42]
    assert [n for n, _ in ps[0].links] == [1, 2, 3, 0, 42]
    assert [n for n, _ in ps[41].links] == [1, 0, 40, 41, 42]


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=2000), st.integers(min_value=1, max_value=50))
def test_pages_cover_every_item_once(total: int, size: int) -> None:
    ps = pagers("x/", total, size)
    shown = [i for p in ps for i in range(p.first, p.last + 1) if p.first]
    assert shown == list(range(1, total + 1))
    assert all(p.prev == (ps[i - 1].url if i else None) for i, p in enumerate(ps))


@pytest.mark.parametrize("n", [0, 1, 24, 25])
def test_the_stories_listing_is_paginated(hub: Hub, n: int) -> None:
    for i in range(n):
        hub.story(f"story-{i:03d}", _front(i))
    pages = by_src(views(hub.root).stories())
    expected = ["stories/index.md"] + (["stories/page/2/index.md"] if n > 24 else [])
    assert list(pages) == expected
    first = html(pages["stories/index.md"])
    assert first.count('<article class="sb-card"') == min(n, 24)
    assert plural(n, "story", "stories") in first
    if n == 0:
        assert "No published stories yet." in first
    if n > 24:
        assert 'rel="next" href="../stories/page/2/"' in first and "Page 1 of 2" in first
        second = html(pages["stories/page/2/index.md"])
        assert second.count('<article class="sb-card"') == 1
        assert 'rel="prev" href="../../../stories/"' in second and "Page 2 of 2" in second
        assert "Story 000" in second  # oldest last
        assert pages["stories/page/2/index.md"].title == "All stories (page 2 of 2)"
    else:
        assert 'class="sb-pager"' not in first


def test_tag_and_champion_pages_are_paginated(hub: Hub) -> None:
    for i in range(25):
        hub.story(f"story-{i:03d}", _front(i))
    v = views(hub.root)
    srcs = [p.src for p in v.listing_pages()]
    assert "tags/paper/page/2/index.md" in srcs and "champions/anna-schmidt/page/2/index.md" in srcs
    assert "tags/community/page/2/index.md" not in srcs


# --- words ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "text"), [(0, "0 stories"), (1, "1 story"), (2, "2 stories"), (24, "24 stories"), (1000, "1,000 stories")]
)
def test_plural(n: int, text: str) -> None:
    assert plural(n, "story", "stories") == text


def test_one_date_format() -> None:
    assert date(dt.date(2024, 3, 12)) == "12 Mar 2024"
    assert date(dt.date(2025, 1, 5)) == "5 Jan 2025"


def test_no_page_says_1_stories(hub: Hub) -> None:
    hub.story("only", _front(1))
    v = views(hub.root)
    for page in v.listing_pages():
        text = html(page)
        assert "1 stories" not in text and "1 sites" not in text, page.src
    assert "1 story" in html(by_src(v.listing_pages())["tags/index.md"])


def test_feed_link_says_follow(hub: Hub) -> None:
    hub.story("only", _front(1))
    text = html(views(hub.root).stories()[0])
    assert "Follow these stories" in text and "Atom" not in text


# --- cards and home ---------------------------------------------------------------------------------------------


OUTCOME = """outcomes:
  - label: "Paper used"
    value: "-41 %"
"""


def test_cards_celebrate_outcome_champions_stage_and_date(hub: Hub) -> None:
    hub.story("win", _front(3, extra=OUTCOME))
    text = html(views(hub.root).stories()[0])
    assert '<p class="sb-card__outcome"><strong>-41 %</strong> <span>Paper used</span></p>' in text
    assert '<p class="sb-card__people">Anna Schmidt</p>' in text
    assert "sb-stage--adopted" in text and ">4 Jan 2024</time>" in text


def test_home_shows_newest_adoptions_and_spread(hub: Hub) -> None:
    hub.story("a", _front(1))
    hub.story("b", _front(2, site="porto"))
    text = html(views(hub.root).home())
    assert "Newest adoptions" in text and "How practices spread" in text
    assert "Paperless files</a>: 2 of 3 sites" in text
    assert "Repair café</a>: 0 of 3 sites" in text
    assert 'style="width: 67%"' in text
    assert "<strong>2</strong> stories" in text


# --- the story index and robots ------------------------------------------------------------------------------------


def test_story_index_is_compact_and_complete(hub: Hub) -> None:
    hub.story("b-story", _front(2, extra=OUTCOME))
    hub.story("a-story", _front(1, site="lagos", tags="[paper, community]"))
    v = views(hub.root)
    files = v.files()
    data = json.loads(files["stories/index.json"])
    assert [row[0] for row in data["stories"]] == [s.slug for s in v.ledger.stories]  # newest first
    row = next(r for r in data["stories"] if r[0] == "a-story")
    assert data["sites"][row[4]][:2] == ["lagos", "Lagos Island"]
    assert data["regions"][data["sites"][row[4]][2]] == "Africa"
    assert sorted(data["tags"][t][0] for t in row[8]) == ["community", "paper"]
    assert row[3] == "2024-01-02"
    win = next(r for r in data["stories"] if r[0] == "b-story")
    assert win[9:11] == ["-41 %", "Paper used"]
    by_title = [data["stories"][i][0] for i in data["t"]]
    assert by_title == [s.slug for s in sorted(v.ledger.stories, key=title_key)]
    assert ": " not in files["stories/index.json"]  # no padding


def test_robots_keep_crawlers_out_unless_the_hub_allows_indexing(hub: Hub) -> None:
    v = views(hub.root)
    assert "Disallow: /" in v.files()["robots.txt"]
    (hub.root / "snowball.yml").write_text("allow_indexing: true\n", encoding="utf-8")
    assert "Disallow" not in views(hub.root).files()["robots.txt"]


# --- contexts are plain data ---------------------------------------------------------------------------------------


def _plain(value: object) -> bool:
    if value is None or isinstance(value, (str, int, float, bool, dt.date, Markup)):
        return True
    if isinstance(value, (list, tuple)):
        return all(_plain(v) for v in value)
    if isinstance(value, dict):
        return all(_plain(k) and _plain(v) for k, v in value.items())
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return isinstance(value, HubModel) or all(_plain(getattr(value, f.name)) for f in dataclasses.fields(value))
    return isinstance(value, Path)


def test_listing_contexts_are_plain_data(hub: Hub) -> None:
    """The build plan fingerprints contexts generically; `cards` and `h` belong to the shared card machinery."""
    hub.story("a", _front(1, extra=OUTCOME))
    for page in views(hub.root).listing_pages():
        for key, value in page.html.context.items():
            if key not in ("cards", "h"):
                assert _plain(value), (page.src, key, type(value))


# --- the story page ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("contact", "href", "text"),
    [
        ("ines@example.org", "mailto:ines@example.org", "ines@example.org"),
        ("mailto:ines@example.org", "mailto:ines@example.org", "ines@example.org"),
        ("https://chat.example.org/u/ines", "https://chat.example.org/u/ines", "https://chat.example.org/u/ines"),
        ("javascript:alert(1)", None, "javascript:alert(1)"),
        ("http://chat.example.org/u/ines", None, "http://chat.example.org/u/ines"),
        ("extension 4412", None, "extension 4412"),
    ],
)
def test_contacts_become_links_only_when_safe(contact: str, href: str | None, text: str) -> None:
    c = contact_of("Inês Carvalho", contact)
    assert c is not None and (c.href, c.text, c.first) == (href, text, "Inês")
    assert contact_of("Inês Carvalho", None) is None and contact_of("Inês", "  ") is None


def test_story_page_reading_time_advice_contacts_and_lineage(hub: Hub) -> None:
    hub.story("origin", _front(1))
    body = "\n\n## What we tried\n\n" + "word " * 800 + "\n\n## What we would tell another site\n\nStart small.\n"
    front = _front(2, site="porto").replace("anna-schmidt", "ines-carvalho")
    front += "inspired_by: [origin]\n"
    hub.story("later", front, body)
    v = views(hub.root)
    story = v.ledger.by_slug["later"]
    rendered = (
        "<h2>What we tried</h2>\n<p>" + "word " * 800 + '</p>\n<h2 id="advice">What we would tell another site</h2>\n'
        "<p>Start small.</p>\n"
    )
    page = v.story(story, rendered, None)
    assert "4 min read" in page
    assert (
        '<section class="sb-advice">\n<h2 id="advice">What we would tell another site</h2>\n<p>Start small.</p>' in page
    )
    assert '<a class="sb-ask" href="mailto:ines@harbourline.example"' in page and ">Ask Inês</a>" in page
    assert ">27 Feb 2024<" not in page and ">3 Jan 2024</time>" in page
    origin = v.story(v.ledger.by_slug["origin"], "<p>x</p>", None)
    # listed once: under "This story inspired", not again under "The same practice at other sites"
    assert origin.count('href="../../stories/later/"') == 1


def test_advice_admonition_is_marked() -> None:
    body = (
        '<div class="admonition tip">\n<p class="admonition-title">What we\'d tell another site</p>\n<p>Go.</p>\n</div>'
    )
    assert '<div class="admonition tip sb-advice">' in mark_advice(body)
    other = '<div class="admonition tip">\n<p class="admonition-title">Our advice</p>\n</div>'
    assert mark_advice(other) == other


def test_reading_time_counts_words_not_markup() -> None:
    assert reading_minutes("<p>" + "<b>w</b> " * 10 + "</p>") == 1
    assert reading_minutes("<p>" + "w " * 1000 + "</p>") == 5


def test_champion_lineage_shows_on_the_first_page_only(hub: Hub) -> None:
    hub.story("origin", _front(0))
    for i in range(1, 26):
        hub.story(f"later-{i:02d}", _front(i, extra="inspired_by: [origin]\n"))
    first, second = views(hub.root).champion("anna-schmidt")
    assert "Adoptions they inspired" in html(first) and "Adoptions they inspired" not in html(second)
    assert html(first).count("learning from") == 25  # each adoption once


def test_the_filter_choices_are_one_file_not_options_on_every_page(hub: Hub) -> None:
    """At 1,250 champions the options were about 100 KB on each of 400 listing pages."""
    for i in range(30):
        hub.story(f"story-{i:03d}", _front(i))
    v = views(hub.root)
    pages = by_src(v.stories())
    for page in pages.values():
        text = html(page)
        assert text.count("<option") == 10  # "All ..." for the seven filters, and the three sorts
        assert 'data-sb-choices="' in text and "stories/filters.json" in text
    choices = dict(json.loads(v.listing_files()["stories/filters.json"]))
    assert list(choices) == ["region", "site", "practice", "stage", "tag", "champion", "year"]
    assert any(value == "berlin" for value, _text in choices["site"])
    assert ["2024", "2024"] in choices["year"]


def test_counts_in_the_pager_are_grouped_like_every_other_number() -> None:
    from snowball.views.common import _render

    (page,) = [p for p in pagers("stories/", 10_000, PAGE_SIZE) if p.number == 417]
    html = _render("listing.html", page.url, title="All", lede="", filters=(), sorts=(), index="i", choices="c",
                   pager=page, stories=[], cards="", feed=None)  # fmt: skip
    assert "Page 417 of 417" in html and "(stories 9,985–10,000 of 10,000)" in html


def test_the_champions_index_groups_champions_under_their_site_and_marks_a_site_carried_over() -> None:
    """Readers look for someone at a place: site headings (A to Z, linking the site), champions under them.
    A site whose list a page break cuts is headed again on the next page, "(continued)"."""
    from snowball.views.listings import CHAMPIONS_PER_PAGE

    from .test_ledger import make_ledger, story
    from .test_places_views import with_lead

    people = {f"a{i:04d}": ("alpha", None) for i in range(CHAMPIONS_PER_PAGE - 1)}
    people |= {"b1": ("beta", None), "b2": ("beta", None), "z1": ("zulu", None)}
    lg = make_ledger(
        {"zulu": "N", "alpha": "N", "beta": "S"}, ["p"], [story("s", "beta", ["p"], champions=["b2"])], people
    )
    lg = with_lead(lg, "beta", "b2")
    first, second = (p.html.text for p in HubPages(lg, site_name="Hub", today=TODAY).champions_index())
    headings = re.findall(
        r'<h2 id="sb-site-(\w+)"><a href="[^"]*">([^<]*)</a>( <span class="sb-muted">\(continued\)</span>)?', first
    )
    assert [(h[0], h[2] != "") for h in headings] == [("alpha", False), ("beta", False)]
    beta = first.split('id="sb-site-beta"', 1)[1]
    assert '<a href="../champions/b1/">Champion b1</a> <span class="sb-muted">0 stories</span>' in beta
    assert (
        '<a href="../champions/b2/">Champion b2</a> <span class="sb-muted">lead · 1 story</span>' not in beta
    )  # page 2
    assert '<a href="../../../champions/b2/">Champion b2</a> <span class="sb-muted">lead · 1 story</span>' in second
    assert (
        '<h2 id="sb-site-beta"><a href="../../../sites/beta/">Site beta</a> <span class="sb-muted">(continued)</span></h2>'
        in second
    )
    assert '<h2 id="sb-site-zulu"><a href="../../../sites/zulu/">Site zulu</a></h2>' in second
    assert "Page 2 of 2" in second
