"""The digest (issue 24): the period's stories, spread, thanks and who could adopt next, as an editor sends it
(e-mail HTML, Markdown, text from `snowball digest`) and as the site publishes it (digest/ pages and a feed)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from snowball.digest import (
    NEXT_SHOWN,
    STORIES_PER_PRACTICE,
    Period,
    digest_pages,
    make_digest,
    render_email,
    render_markdown,
    render_text,
    sites_running,
)
from snowball.hub import load_hub
from snowball.images import ImageCache
from snowball.ledger import Ledger
from snowball.site import plan_site

from .conftest import REPO, Hub, run_cli
from .test_ledger import make_ledger, story

SITE_URL = "https://snowball.harbourline.example/"
OCT = Period(dt.date(2026, 10, 1), dt.date(2026, 10, 31), "month")
PREPARED = dt.date(2026, 11, 27)
SITES = {"berlin": "Europe", "porto": "Europe", "lagos": "Africa"}


def sample() -> Ledger:
    hub = load_hub(REPO)
    return Ledger(hub, [s for s in hub.stories.values() if not s.draft])


def q3(ledger: Ledger | None = None) -> object:
    return make_digest(
        ledger or sample(), Period.quarter("2026-q3"), hub_name="Harbourline Snowball", prepared=PREPARED
    )


# --- what the digest says -------------------------------------------------------------------------------------


def test_period_includes_both_ends_and_nothing_outside() -> None:
    days = ["2026-09-30", "2026-10-01", "2026-10-15", "2026-10-31", "2026-11-01"]
    lg = make_ledger(SITES, ["p"], [story(f"s-{d}", "berlin", ["p"], date=d) for d in days])
    d = make_digest(lg, OCT, hub_name="Hub", prepared=PREPARED)
    assert d.stories == 3
    assert [s.slug for s in d.groups[0].stories] == ["s-2026-10-31", "s-2026-10-15", "s-2026-10-01"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.dates(dt.date(2025, 1, 1), dt.date(2026, 12, 31)), max_size=12),
    st.dates(dt.date(2025, 1, 1), dt.date(2026, 12, 31)),
    st.integers(0, 400),
)
def test_period_selection_matches_the_dates(days: list[dt.date], start: dt.date, length: int) -> None:
    end = start + dt.timedelta(days=length)
    items = [story(f"s{i}", "berlin", ["p"], date=d.isoformat()) for i, d in enumerate(days)]
    d = make_digest(make_ledger(SITES, ["p"], items), Period(start, end), hub_name="Hub", prepared=PREPARED)
    assert d.stories == sum(start <= day <= end for day in days)


def test_region_filter_keeps_its_sites_and_counts_them_only() -> None:
    items = [
        story("b", "berlin", ["p"], date="2026-10-02"),
        story("l", "lagos", ["p"], date="2026-10-03", champions=["bob"]),
    ]
    lg = make_ledger(SITES, ["p"], items, {"ann": ("berlin", None), "bob": ("lagos", None)})
    d = make_digest(lg, OCT, hub_name="Hub", prepared=PREPARED, region="Europe")
    assert d.stories == 1 and d.region == "Europe"
    assert [s.slug for g in d.groups for s in g.stories] == ["b"]
    assert [(r.before, r.after, r.total, r.joined) for r in d.reach] == [(0, 1, 2, ("Site berlin",))]
    assert [t.champion for t in d.thanks] == ["ann"]
    assert {n.site_name for n in d.next} <= {"Site berlin", "Site porto"}
    assert "from the sites of Europe" in render_text(d, site_url=SITE_URL)


def test_reach_counts_sites_before_and_after_with_stage_changes_and_retirements() -> None:
    items = [
        story("berlin-1", "berlin", ["p"], date="2026-01-10"),  # running before ...
        story("berlin-2", "berlin", ["p"], date="2026-10-20", stage="retired"),  # ... and leaves in October
        story("porto-1", "porto", ["p"], date="2026-02-01", stage="pilot"),  # running before ...
        story("porto-2", "porto", ["p"], date="2026-10-05", stage="adopted"),  # ... a stage change is not new
        story("lagos-1", "lagos", ["p"], date="2026-10-10", stage="pilot"),  # new in October
        story("lagos-q", "lagos", ["q"], date="2026-10-11", stage="retired"),  # tried and stopped: not new
        story("porto-q1", "porto", ["q"], date="2026-03-01"),
        story("porto-q2", "porto", ["q"], date="2026-04-01", stage="retired"),
        story("porto-q3", "porto", ["q"], date="2026-10-12"),  # back after retiring: reached again
    ]
    d = make_digest(make_ledger(SITES, ["p", "q"], items), OCT, hub_name="Hub", prepared=PREPARED)
    reach = {r.practice: r for r in d.reach}
    p, q = reach["p"], reach["q"]
    assert (p.before, p.after, p.total, p.joined, p.left) == (2, 2, 3, ("Site lagos",), ("Site berlin",))
    assert (q.before, q.after, q.joined, q.left) == (0, 1, ("Site porto",), ())
    text = render_text(d, site_url=SITE_URL)
    assert "Practice p: now 2 of 3 sites, +1 this month (Site lagos); stopped at Site berlin" in text


def test_an_idea_counts_nowhere() -> None:
    idea = dataclasses.replace(story("i", "lagos", ["p"], date="2026-10-10"), stage="idea")
    lg = make_ledger(SITES, ["p"], [story("b", "berlin", ["p"], date="2026-10-01"), idea])
    assert sites_running(lg, "p", dt.date(2026, 10, 31)) == ["berlin"]
    d = make_digest(lg, OCT, hub_name="Hub", prepared=PREPARED)
    assert [r.joined for r in d.reach] == [("Site berlin",)]


def test_sample_quarter_says_what_spread_who_to_thank_and_who_could_adopt_next() -> None:
    lg = sample()
    d = q3(lg)
    in_q3 = [s for s in lg.stories if dt.date(2026, 7, 1) <= s.date <= dt.date(2026, 9, 30)]
    assert d.stories == len(in_q3) > 0
    assert {t.champion for t in d.thanks} == {c for s in in_q3 for c in s.champions}
    ebike = next(r for r in d.reach if r.practice == "staff-ebike-leasing")
    assert ebike.after == len(sites_running(lg, "staff-ebike-leasing", dt.date(2026, 9, 30)))
    assert ebike.after - ebike.before == len(ebike.joined) - len(ebike.left)
    assert 0 < len(d.next) <= NEXT_SHOWN and all(n.ask_name and n.story.path for n in d.next)
    text = render_text(d, site_url=SITE_URL)
    assert text.startswith("Harbourline Snowball digest: Q3 2026\n")
    assert "E-bike leasing for staff: now 5 of 13 sites, +2 this quarter" in text
    assert SITE_URL + "stories/kingsgate-ebike-leasing/" in text


# --- the e-mail ---------------------------------------------------------------------------------------------------


class Tree(HTMLParser):
    """Every start tag with its attributes, and whether every element that needs an end tag got its own one."""

    VOID = {"meta", "br", "img", "hr", "link", "input"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None], tuple[str, ...]]] = []
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.doctype = ""

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs), tuple(self.stack)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()


def parse(html: str) -> Tree:
    tree = Tree()
    tree.feed(html)
    tree.close()
    return tree


def hostile_ledger() -> Ledger:
    lg = sample()
    s = next(s for s in lg.stories if s.slug == "kingsgate-ebike-leasing")
    bad = dataclasses.replace(s, title='<script>alert(1)</script> *Bold* [x](javascript:alert(1)) _u_ & "q"')
    return Ledger(lg.hub, [bad if x.slug == s.slug else x for x in lg.stories])


def test_email_is_valid_html_with_the_expected_structure() -> None:
    html = render_email(q3(hostile_ledger()), site_url=SITE_URL)
    tree = parse(html)
    assert tree.doctype.lower() == "doctype html" and not tree.problems and not tree.stack
    names = [t for t, _a, _p in tree.tags]
    assert names[:4] == ["html", "head", "meta", "meta"] and "title" in names and "body" in names
    assert all("body" in parents for t, _a, parents in tree.tags if t in ("table", "h1", "h2", "a", "p"))
    headings = [t for t in names if t in ("h1", "h2")]
    assert headings[0] == "h1" and headings.count("h2") == 4


def test_email_is_safe_to_send_inline_styles_only_and_nothing_from_outside() -> None:
    lg = hostile_ledger()
    html = render_email(q3(lg), site_url=SITE_URL)
    tree = parse(html)
    names = {t for t, _a, _p in tree.tags}
    assert not names & {"script", "style", "link", "img", "iframe", "object", "form"}
    assert "<script>" not in html and "&lt;script&gt;" in html  # the hostile title is text
    assert not any("class" in attrs or any(k.startswith("on") for k in attrs) for _t, attrs, _p in tree.tags)
    in_body = [(t, a) for t, a, parents in tree.tags if "body" in parents or t == "body"]
    assert all(a.get("style") for t, a in in_body if t != "tr"), [(t, a) for t, a in in_body if not a.get("style")]
    contacts = {c.contact for c in lg.hub.champions.values() if c.contact}
    for _t, attrs, _p in tree.tags:
        href = attrs.get("href") or ""
        if href:
            assert href.startswith(SITE_URL) or href.removeprefix("mailto:") in contacts or href in contacts, href
        assert not attrs.get("src") and "url(" not in (attrs.get("style") or "")


def test_email_is_byte_stable_for_a_fixed_source_date_epoch(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "SNOWBALL_TODAY"}
    env["SOURCE_DATE_EPOCH"] = "1796083200"  # 2026-12-01
    command = [sys.executable, "-m", "snowball.cli", "digest", "--since", "2026-q3", "--until", "2026-q3"]
    outputs = []
    for n in (1, 2):
        out = tmp_path / f"d{n}.html"
        proc = subprocess.run([*command, "-o", str(out)], cwd=REPO, env=env, capture_output=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert b"Prepared on 1 Dec 2026" in outputs[0]


# --- Markdown and text --------------------------------------------------------------------------------------------


def test_markdown_renders_headings_links_and_titles_as_text() -> None:
    md = render_markdown(q3(hostile_ledger()), site_url=SITE_URL)
    html = markdown.markdown(md)
    tree = parse(html)
    names = [t for t, _a, _p in tree.tags]
    assert names.count("h1") == 1 and names.count("h2") == 4 and "h3" in names
    hrefs = [a["href"] for t, a, _p in tree.tags if t == "a"]
    assert hrefs and all(h.startswith(SITE_URL) or h.startswith("mailto:") for h in hrefs), hrefs
    assert SITE_URL + "stories/kingsgate-ebike-leasing/" in hrefs
    assert "<script>" not in html and "javascript:" not in " ".join(hrefs)
    links = Links()
    links.feed(html)
    story = SITE_URL + "stories/kingsgate-ebike-leasing/"
    assert '<script>alert(1)</script> *Bold* [x](javascript:alert(1)) _u_ & "q"' in links.texts[story]


def test_without_site_url_the_digest_says_so_and_links_relative() -> None:
    d = q3()
    text = render_text(d, site_url="")
    assert "site_url is not set in mkdocs.yml" in text
    assert "\n    stories/kingsgate-ebike-leasing/\n" in text and "https://" not in text
    assert "site\\_url is not set" in render_markdown(d, site_url="")
    assert "site_url is not set" in render_email(d, site_url="")


# --- the command --------------------------------------------------------------------------------------------------


def test_cli_writes_each_format(tmp_path: Path) -> None:
    html = run_cli(
        "--root", str(REPO), "digest", "--since", "2026-07-01", "--until", "2026-09-30", "-o", str(tmp_path / "d.html")
    )
    assert html.code == 0 and "wrote" in html.err
    assert (tmp_path / "d.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    md = run_cli("--root", str(REPO), "digest", "--since", "2026-q3", "--until", "2026-q3", "--format", "md")
    assert md.code == 0 and md.out.startswith("# Harbourline Snowball digest: Q3 2026\n")
    text = run_cli("--root", str(REPO), "digest", "--since", "2026-07", "--until", "2026-07", "--region", "north-coast")
    assert text.code == 0 and "July 2026, from the sites of North Coast" in text.out


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--since", "2026-13-01"], "--since '2026-13-01' is not a date; expected a day as YYYY-MM-DD"),
        (["--since", "yesterday"], "a quarter as YYYY-qN (2026-q4)"),
        (["--since", "2026-10-01", "--until", "2026-02-30"], "--until '2026-02-30' is not a date"),
        (["--since", "2026-10-01", "--until", "2026-09-30"], "--until 2026-09-30 is before --since 2026-10-01"),
        (["--since", "2026-10", "--region", "atlantis"], "--region 'atlantis' is not a region of registries/sites.yml"),
    ],
)
def test_cli_refuses_what_it_cannot_read_in_plain_words(args: list[str], words: str) -> None:
    result = run_cli("--root", str(REPO), "digest", *args)
    assert result.code == 2 and words in result.err, result.err
    assert "Traceback" not in result.err and result.out == ""


def test_cli_stories_with_errors_are_left_out_and_said_so_and_a_broken_registry_stops_it(hub: Hub) -> None:
    front = "title: T\nsummary: S.\ndate: 2026-10-05\nsite: berlin\nchampions: [anna-schmidt]\npractices: [paperless-files]\n"
    hub.story("good", front)
    hub.story("bad", front.replace("site: berlin", "site: nowhere"))
    result = run_cli("--root", str(hub.root), "digest", "--since", "2026-10", "--until", "2026-10")
    assert result.code == 0 and "1 new story in October 2026" in result.out
    assert "1 story has errors and is left out; 'snowball validate' names them" in result.err
    hub.registry("sites.yml", "- id: [broken\n")
    result = run_cli("--root", str(hub.root), "digest", "--since", "2026-10")
    assert result.code == 1 and result.err.startswith("snowball digest: registries/sites.yml") and result.out == ""
    assert "Traceback" not in result.err


def test_cli_unknown_region_lists_the_regions() -> None:
    result = run_cli("--root", str(REPO), "digest", "--since", "2026-10", "--region", "north")
    assert "the regions are: capital-region (Capital Region), central-valley (Central Valley)" in result.err


def test_cli_help_has_examples() -> None:
    result = run_cli("digest", "--help")
    assert result.code == 0 and "snowball digest --since 2026-10-01 --until 2026-12-31" in result.out


# --- the site -----------------------------------------------------------------------------------------------------


class Links(HTMLParser):
    """The links of a page, and each link's text as a reader sees it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self.texts: dict[str, str] = {}
        self.open: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)
            self.open = href
            self.texts.setdefault(href, "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self.open = None

    def handle_data(self, data: str) -> None:
        if self.open is not None:
            self.texts[self.open] += data


def content_links(page: Path) -> list[str]:
    html = page.read_text(encoding="utf-8")
    article = html[html.index('class="sb-place sb-digest"') :]
    parser = Links()
    parser.feed(article[: article.index("</article>")])
    return parser.hrefs


def resolves(site: Path, page: Path, href: str) -> bool:
    if href.startswith(("mailto:", "https://", "#")):
        return True
    target = (page.parent / urlsplit(href).path).resolve()
    return (target / "index.html").is_file() if href.endswith("/") else target.is_file()


def test_site_publishes_a_digest_per_month_and_quarter_listed_newest_first(sample_site: Path) -> None:
    lg = sample()
    months = sorted({f"{s.date:%Y-%m}" for s in lg.stories}, reverse=True)
    quarters = sorted({f"{s.date.year}-q{(s.date.month - 1) // 3 + 1}" for s in lg.stories}, reverse=True)
    folder = sample_site / "digest"
    assert sorted(p.name for p in folder.iterdir() if p.is_dir()) == sorted(months + quarters)
    index = folder / "index.html"
    listed = [h.strip("./").removeprefix("digest/").strip("/") for h in content_links(index)]
    listed = [x for x in listed if re.fullmatch(r"\d{4}-(\d\d|q\d)", x)]
    assert [x for x in listed if "q" in x] == quarters and [x for x in listed if "q" not in x] == months
    assert listed.index(quarters[0]) < listed.index(months[0])  # each quarter heads its months
    for label in (months[1], quarters[1], months[-1]):  # a past month, a past quarter and the first month
        page = folder / label / "index.html"
        assert all(resolves(sample_site, page, h) for h in content_links(page)), label
        assert page.stat().st_size < 200_000
    assert all(resolves(sample_site, index, h) for h in content_links(index))
    home = (sample_site / "index.html").read_text(encoding="utf-8")
    assert 'href="digest/"' in home


def test_site_digest_page_shows_the_same_digest(sample_site: Path) -> None:
    page = (sample_site / "digest" / "2026-q3" / "index.html").read_text(encoding="utf-8")
    assert "<h1>Digest: Q3 2026</h1>" in page
    assert "E-bike leasing for staff</a>: now 5 of 13 sites, +2 this quarter" in page
    assert 'href="../../stories/kingsgate-ebike-leasing/"' in page


def test_site_digest_feed_is_valid_atom_listing_the_pages(sample_site: Path) -> None:
    feed = ET.parse(sample_site / "feeds" / "digest.xml").getroot()
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = feed.findall("a:entry", ns)
    links = [e.find("a:link", ns).get("href") for e in entries]  # type: ignore[union-attr]
    assert links and all(link.startswith(SITE_URL + "digest/") for link in links)
    for link in links:
        assert (sample_site / link.removeprefix(SITE_URL) / "index.html").is_file()
    dates = [e.findtext("a:updated", namespaces=ns) for e in entries]
    assert dates == sorted(dates, reverse=True)
    index = (sample_site / "digest" / "index.html").read_text(encoding="utf-8")
    assert 'href="../feeds/digest.xml"' in index


def test_a_story_change_replans_exactly_its_digest_pages(hub: Hub) -> None:
    front = 'title: "{t}"\nsummary: "S."\ndate: {d}\nsite: berlin\nchampions: [anna-schmidt]\npractices: [paperless-files]\n'
    hub.story("oct", front.format(t="October", d="2026-10-05"))
    hub.story("may", front.format(t="May", d="2026-05-05"))

    def outputs() -> dict[str, str]:
        planned = plan_site(load_hub(hub.root), preview=False, site_name="Hub", site_url="", key="k",
                            images=ImageCache(hub.root / ".cache" / "images"))  # fmt: skip
        return {p: o.fingerprint for p, o in planned.plan.outputs.items() if p.startswith("digest/")}

    before = outputs()
    assert {"digest/index.md", "digest/2026-10/index.md", "digest/2026-q4/index.md", "digest/2026-05/index.md",
            "digest/2026-q2/index.md"} == set(before)  # fmt: skip
    hub.story("oct", front.format(t="October, retitled", d="2026-10-05"))
    after = outputs()
    changed = {p for p in before if before[p] != after[p]}
    assert changed == {"digest/2026-10/index.md", "digest/2026-q4/index.md"}


def test_busy_month_page_stays_small_with_and_n_more() -> None:
    practices = [f"p{i}" for i in range(40)]
    sites = {f"s{i}": f"R{i % 5}" for i in range(120)}
    items = [
        story(f"x{i}", f"s{i % 120}", [practices[i % 40], practices[(i + 1) % 40]], date=f"2026-10-{1 + i % 28:02d}")
        for i in range(1500)
    ]
    lg = make_ledger(sites, practices, items, {"ann": ("s0", None)})
    pages, _entries = digest_pages(lg, hub_name="Hub", today=PREPARED)
    month = next(p for p in pages if p.src == "digest/2026-10/index.md")
    html = month.html.text
    assert len(html.encode()) < 150_000  # the theme adds about 30 KB: the page stays under 200 KB
    assert f"and {75 - STORIES_PER_PRACTICE} more stories" in html and "more practices" in html
    assert "more sites" in html  # who could adopt next, capped too


@pytest.mark.parametrize(
    ("start", "end", "title", "intro"),
    [
        ("2026-10-01", "2026-10-31", "Hub digest: October 2026", "1 new story in October 2026, from every site."),
        ("2026-10-01", "2026-12-31", "Hub digest: Q4 2026", "1 new story in Q4 2026, from every site."),
        ("2026-10-05", "2026-10-05", "Hub digest: 5 Oct 2026", "1 new story on 5 Oct 2026, from every site."),
        ("2026-09-15", "2026-10-15", "Hub digest: 15 Sep 2026 – 15 Oct 2026", "between 15 Sep 2026 and 15 Oct 2026"),
    ],
)
def test_period_is_named_as_a_reader_says_it(start: str, end: str, title: str, intro: str) -> None:
    lg = make_ledger(SITES, ["p"], [story("s", "berlin", ["p"], date="2026-10-05")])
    period = Period.between(dt.date.fromisoformat(start), dt.date.fromisoformat(end))
    text = render_text(make_digest(lg, period, hub_name="Hub", prepared=PREPARED), site_url=SITE_URL)
    assert text.startswith(title + "\n") and intro in text
