"""Build the sample hub with `mkdocs build --strict` and check, from the HTML, what readers get."""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from snowball.hub import load_hub
from snowball.ledger import Ledger

from .conftest import REPO, mkdocs_bin, run_process, search_files, search_locations


@pytest.fixture(scope="session")
def built(sample_site: Path) -> Path:
    return sample_site


@pytest.fixture(scope="session")
def sample() -> Ledger:
    hub = load_hub(REPO)
    return Ledger(hub, [s for s in hub.stories.values() if not s.draft])


def page(built: Path, url: str) -> str:
    return (built / url / "index.html").read_text(encoding="utf-8")


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        d = dict(attrs)
        if d.get("id"):
            self.ids.add(d["id"])  # type: ignore[arg-type]
        for key in ("href", "src"):
            if d.get(key) and not (tag == "link" and d.get("rel") in ("preconnect", "dns-prefetch")):
                self.links.append(d[key])  # type: ignore[arg-type]


def test_every_internal_link_resolves(built: Path) -> None:
    missing = []
    for html_file in built.rglob("*.html"):
        parser = Links()
        parser.feed(html_file.read_text(encoding="utf-8"))
        for link in parser.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith("#") or not parts.path:
                continue
            base = built if parts.path.startswith("/") else html_file.parent  # 404.html links from the root
            target = (base / unquote(parts.path).lstrip("/")).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                missing.append(f"{html_file.relative_to(built)} -> {link}")
    assert missing == []


def test_no_external_requests_in_pages(built: Path) -> None:
    """Intranet-ready: no page loads a script, style, font or image from another host."""
    offenders = []
    for html_file in built.rglob("*.html"):
        text = html_file.read_text(encoding="utf-8")
        for m in re.finditer(r'<(script|link|img|iframe)[^>]+(?:src|href)="(https?:)?//[^"]+"', text):
            if 'rel="alternate' in m.group(0) or 'rel="canonical"' in m.group(0):
                continue
            offenders.append(f"{html_file.relative_to(built)}: {m.group(0)[:100]}")
    assert offenders == []
    assert "fonts.googleapis" not in (built / "index.html").read_text()


def test_site_pages_list_exactly_their_adoptions(built: Path, sample: Ledger) -> None:
    for site_id, site in sample.hub.sites.items():
        html = page(built, f"sites/{site_id}")
        adoptions = sample.site_adoptions(site_id)
        table = re.split(r'id="(?:about-to-try|opportunities)"', html.split('id="adopted"', 1)[1])[0]
        shown = set(re.findall(r'href="../../practices/([a-z0-9-]+)/"', table))
        assert shown == {a.practice for a in adoptions if a.live}, site_id
        opportunities = html.split('id="opportunities"', 1)[1].split("<h2 id=", 1)[0]
        offered = set(re.findall(r'href="../../practices/([a-z0-9-]+)/"', opportunities))
        others = {p for (s, p) in sample.adoptions if s != site_id} - {a.practice for a in adoptions}
        assert offered == others, site_id
        retired = {a.practice for a in adoptions if not a.live}
        if retired:
            section = html.split('id="retired"', 1)[1].split("<h2 id=", 1)[0]
            assert set(re.findall(r'href="../../practices/([a-z0-9-]+)/"', section)) == retired, site_id
        assert f"<h1>{site.name}</h1>" in html


def test_practice_pages_show_spread(built: Path, sample: Ledger) -> None:
    html = page(built, "practices/paperless-loan-files")
    adoptions = sample.practice_adoptions("paperless-loan-files")
    assert len(adoptions) >= 5
    live = sum(1 for a in adoptions if a.live)
    assert '<svg class="sb-spread"' in html and html.count("<circle ") == len(adoptions)
    assert f"<strong>{live} of {len(sample.hub.sites)}</strong>" in html
    first = adoptions[0]
    assert f'First adopted at <a href="../../sites/{first.site}/">' in html
    for a in adoptions:
        assert f'href="../../sites/{a.site}/"' in html
        assert f'href="../../stories/{a.latest.slug}/"' in html


def test_practice_page_answers_who_to_ask_and_who_does_not_run_it_yet(built: Path, sample: Ledger) -> None:
    """Issue 25: the sample hub's busiest practice, as the reader sees it after the build."""
    html = page(built, "practices/paperless-loan-files")
    adoptions = sample.practice_adoptions("paperless-loan-files")
    lede = html.split('<p class="sb-lede">', 1)[1].split("</p>", 1)[0]
    assert "Operations" not in lede  # was "... handed back. · Operations"
    assert '<p class="sb-category">Category: <a href="../../practices/#operations">Operations</a></p>' in html
    assert 'id="operations"' in page(built, "practices")
    asks = html.split('id="ask"', 1)[1].split("<h2 id=", 1)[0]
    first, last = adoptions[0], adoptions[-1]
    for a in (first, last):
        champion = sample.hub.champions[a.first.champions[0]]
        assert f"Ask {champion.name}</a>" in asks
    assert len(re.findall(r'class="sb-ask"', asks)) == len(set(re.findall(r"Ask ([^<]+)</a>", asks)))  # once each
    labels = re.findall(r"<text [^>]*>([^<]*)</text>", html)
    assert {"2024", "2025", "2026", "sites that adopted it", "when each site adopted it"} <= set(labels)
    not_yet = html.split('id="not-yet"', 1)[1].split("<h2 id=", 1)[0]
    listed = set()
    for cell in re.findall(r'data-label="Not yet">(.*?)</td>', not_yet):
        listed |= set(re.findall(r'href="../../sites/([a-z0-9-]+)/"', cell))
    assert listed == set(sample.hub.sites) - {a.site for a in adoptions}
    table = html.split('<details class="sb-chart__table">', 1)[1].split("</details>", 1)[0]
    assert re.findall(r"<tr><td>\d+<td>([^<]+)<td>", table) == [sample.hub.sites[a.site].name for a in adoptions]


def test_every_registry_entry_has_its_page(built: Path, sample: Ledger) -> None:
    hub = sample.hub
    for kind, ids in (
        ("sites", hub.sites),
        ("practices", hub.practices),
        ("tags", hub.tags),
        ("champions", hub.champions),
    ):
        for ident in ids:
            assert (built / kind / ident / "index.html").is_file(), f"{kind}/{ident}"
    for ident, tag in hub.tags.items():
        html = page(built, f"tags/{ident}")
        for story in sample.by_tag.get(ident, []):
            assert f'href="../../stories/{story.slug}/"' in html
        assert f"Tag: {tag.label}" in html


def test_story_page_header_card(built: Path, sample: Ledger) -> None:
    story = next(s for s in sample.stories if s.image and s.outcomes and s.inspired_by)
    html = page(built, f"stories/{story.slug}")
    assert f'href="../../sites/{story.site}/"' in html
    for c in story.champions:
        assert f'href="../../champions/{c}/"' in html
    for p in story.practices:
        assert f'href="../../practices/{p}/"' in html
    for o in story.outcomes:
        assert o.label.replace("'", "&#39;").replace("&", "&amp;") in html or o.label in html
    assert 'srcset="' in html and 'alt="' in html
    for ref in story.inspired_by:
        assert f'href="../../stories/{ref}/"' in html
    assert "edit/main/stories/" + story.slug + "/index.md" in html


def test_drafts_are_not_published(built: Path) -> None:
    hub = load_hub(REPO)
    drafts = [s.slug for s in hub.stories.values() if s.draft]
    assert drafts
    everything = "".join(p.read_text(encoding="utf-8") for p in built.rglob("*.html"))
    everything += "".join(p.read_text(encoding="utf-8") for p in built.rglob("*.xml"))
    everything += "".join(p.read_text(encoding="utf-8") for p in (built / "search").rglob("*.json"))
    for slug in drafts:
        assert not (built / "stories" / slug).exists()
        assert slug not in everything


def test_feeds_are_advertised_and_valid(built: Path) -> None:
    import xml.etree.ElementTree as ET

    home = (built / "index.html").read_text()
    assert '<link rel="alternate feed" type="application/atom+xml" title="All stories"' in home
    feed = ET.parse(built / "feeds" / "all.xml").getroot()
    entries = feed.findall("{http://www.w3.org/2005/Atom}entry")
    assert len(entries) >= 40
    site_page = page(built, "sites/porto-harbour")
    assert 'href="../../feeds/sites/porto-harbour.xml"' in site_page
    ET.parse(built / "feeds" / "sites" / "porto-harbour.xml")


def test_search_index_has_story_facts_and_skips_listings(built: Path, sample: Ledger) -> None:
    docs, _terms = search_files(built)
    locations = {str(d[0]) for d in docs}
    assert "stories/" not in locations and "matrix/" not in locations and "" not in locations
    assert {f"stories/{s.slug}/" for s in sample.stories} <= locations
    assert "regions/north-coast/" in locations  # a region is a place, found like a site
    story = "stories/porto-paperless-loan-files/"
    # found by its champion's name, site, practice, tag and a phrase of its body
    for word in ("carvalho", "porto", "paperless", "lending", "cardboard"):
        assert story in search_locations(built, word), word
    assert search_locations(built, "carvalho")[0].endswith(("porto-paperless-loan-files/", "ines-carvalho/"))


def test_search_index_is_sharded_and_small(built: Path) -> None:
    import json

    manifest = json.loads((built / "search" / "search_index.json").read_text())
    assert manifest["docs"] == []  # Material's page script fetches this file on every page: keep it tiny
    assert manifest["config"]["snowball"]["shards"]
    lang = manifest["config"]["snowball"]["lang"]  # the built site has the hub language's stemmer: the worker loads it
    assert manifest["config"]["snowball"]["stemmer"] == ["stemmers/base.js", f"stemmers/{lang}.js"]
    assert (built / "search" / "search_index.json").stat().st_size < 60_000
    biggest = max(p.stat().st_size for p in (built / "search").rglob("*.json"))
    assert biggest < 200_000
    assert (
        '"search": "assets/javascripts/snowball-search.js"' in (built / "index.html").read_text()
        or "snowball-search.js" in (built / "index.html").read_text()
    )


def test_images_are_reencoded_without_metadata(built: Path) -> None:
    from PIL import Image

    heroes = list((built / "stories").glob("*/hero-*w.*"))
    assert heroes
    for path in heroes:
        with Image.open(path) as im:
            assert not im.getexif(), path
            assert "comment" not in im.info


def test_contribute_page_summarises_registry_values(built: Path, sample: Ledger) -> None:
    """The written guide (contribute/guide/, linked from the Share page's form) says how many and where."""
    html = page(built, "contribute/guide")
    hub = sample.hub
    for registry, count in (("sites", len(hub.sites)), ("champions", len(hub.champions)), ("tags", len(hub.tags))):
        assert f"{count} {registry}" in html and f'href="../../{registry}/"' in html
    choices = json.loads((built / "contribute" / "choices.json").read_text(encoding="utf-8"))
    assert {row[0] for row in choices["site"]} == set(hub.sites)  # the pickers' values, loaded on use
    assert "unknown-field" in html and "coerced-value" in html


def test_matrix_cells_show_each_sites_stage(built: Path, sample: Ledger) -> None:
    html = page(built, "matrix")
    columns = re.findall(r'<th scope="col" title="([^"]+): \d+">', html)
    accepted = (p.name for p in sample.hub.practices.values() if not p.proposed)  # proposed: not until accepted
    assert columns == sorted(accepted, key=str.casefold)
    for site in sample.hub.sites.values():
        row = re.search(rf'<th scope="row"><a href="../sites/{site.id}/">[^<]*</a><td>(\d+)((?:<td>[PASRI]?)*)', html)
        assert row, site.id
        cells = row.group(2).split("<td>")[1:]
        for name, cell in zip(columns, cells, strict=True):
            practice = next(p.id for p in sample.hub.practices.values() if p.name == name)
            a = sample.adoptions.get((site.id, practice))
            idea = "I" if (site.id, practice) in sample.planned else ""  # an idea: its own letter, no total
            assert cell == (idea if a is None else a.stage[0].upper()), (site.id, practice)
        assert int(row.group(1)) == len(sample.site_adoptions(site.id))


def test_listing_has_filters_and_all_cards(built: Path, sample: Ledger) -> None:
    html = page(built, "stories")
    assert html.count('<article class="sb-card"') == min(len(sample.stories), 24)  # paginated, 24 a page
    assert "data-sb-filters" in html and 'name="site"' in html and 'name="practice"' in html
    assert f"{len(sample.stories)} stories, newest first" in html


def test_build_is_reproducible(built: Path, tmp_path: Path) -> None:
    second = tmp_path / "again"
    result = run_process(mkdocs_bin(), "build", "--strict", "--site-dir", str(second), cwd=REPO)
    assert result.code == 0, result.err
    differ = []
    for path in built.rglob("*"):
        if path.is_file() and path.name not in ("sitemap.xml", "sitemap.xml.gz"):
            other = second / path.relative_to(built)
            if not other.is_file() or other.read_bytes() != path.read_bytes():
                differ.append(str(path.relative_to(built)))
    assert differ == []
    shutil.rmtree(second)


def test_the_build_log_names_no_unresolved_link(tmp_path: Path) -> None:
    """Every build printed four "unrecognized relative link" lines for the contribution guide's links to the
    registry pages (written as folders, which MkDocs cannot resolve): noise that hid real messages. A clean
    build (no cache: every page rendered) logs none, and the links still lead to the registry pages."""
    out = tmp_path / "site"
    result = run_process(mkdocs_bin(), "build", "--site-dir", str(out), cwd=REPO, env={"SNOWBALL_CACHE": "off"})
    assert result.code == 0, result.err
    assert [line for line in result.err.splitlines() if "unrecognized relative link" in line] == []
    html = (out / "contribute" / "guide" / "index.html").read_text(encoding="utf-8")  # the written guide
    for registry in ("sites", "champions", "practices", "tags"):
        assert f'<a href="../../{registry}/">All {registry}</a>' in html
