"""The "Share your story" page stays the same size however big the registries grow.

A hub with the registries of a large organisation (250 sites, 60 practices, 1,250 champions, 120 tags, as the
10,000-story benchmark has) but no stories (the page holds none), so the build takes seconds, not minutes:
its Share page (the form) and its written guide must each stay under 200 KB, list no registry entry inline, and
the pickers' choices must be in the file beside the page that the form loads on use.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from snowball.formdata import CHOICES_PATH, form_choices
from snowball.guide import contribution_markdown, guide_markdown
from snowball.model import Registries
from snowball.registries import load_registries

from .conftest import REPO, copy_hub, mkdocs_bin, run_process

PAGE_LIMIT = 200 * 1024  # bytes of HTML, the bound every generated page keeps (issue 11)
SITES, PRACTICES, CHAMPIONS, TAGS = 250, 60, 1250, 120
REGIONS = ("North Coast", "Central Valley", "Capital Region", "Highlands", "East Plains", "South Bay")


def _grow_registries(root: Path) -> None:
    """Append synthetic entries (long names, long descriptions: the worst case) to the sample's registries."""
    registries, problems = load_registries(root)
    assert not [p for p in problems if p.severity == "error"]
    extra_sites = SITES - len(registries.sites)
    site_ids = [*registries.sites, *(f"branch-{i:04d}" for i in range(extra_sites))]
    with (root / "registries" / "sites.yml").open("a", encoding="utf-8") as out:
        for i in range(extra_sites):
            out.write(f'- id: branch-{i:04d}\n  name: "Branch number {i} of the cooperative, {REGIONS[i % 6]}"\n')
            out.write(f'  region: "{REGIONS[i % 6]}"\n')
    with (root / "registries" / "practices.yml").open("a", encoding="utf-8") as out:
        for i in range(PRACTICES - len(registries.practices)):
            out.write(f'- id: practice-{i:03d}\n  name: "Synthetic practice number {i}"\n')
            out.write(f'  description: "{"A long plain description of what the practice asks of a site. " * 3}"\n')
    with (root / "registries" / "champions.yml").open("a", encoding="utf-8") as out:
        for i in range(CHAMPIONS - len(registries.champions)):
            out.write(f'- id: champion-{i:05d}\n  name: "Champion Person {i:05d}"\n  site: {site_ids[i % SITES]}\n')
    with (root / "registries" / "tags.yml").open("a", encoding="utf-8") as out:
        for i in range(TAGS - len(registries.tags)):
            out.write(f'- id: topic-{i:03d}\n  label: "Topic {i}"\n  aliases: [old-topic-{i:03d}]\n')


@pytest.fixture(scope="module")
def big_registries(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Registries]:
    root = copy_hub(tmp_path_factory.mktemp("big-registries") / "hub", stories=False)
    _grow_registries(root)
    registries, problems = load_registries(root)
    assert not [p for p in problems if p.severity == "error"], [p.message for p in problems]
    sizes = (len(registries.sites), len(registries.practices), len(registries.champions), len(registries.tags))
    assert sizes == (SITES, PRACTICES, CHAMPIONS, TAGS)
    return root, registries


@pytest.fixture(scope="module")
def big_site(big_registries: tuple[Path, Registries]) -> Path:
    root, _registries = big_registries
    built = run_process(mkdocs_bin(), "build", "--strict", "--site-dir", str(root / "site"), cwd=root, timeout=600)
    assert built.code == 0, built.err
    return root / "site"


@pytest.mark.parametrize("page", ["contribute/index.html", "contribute/guide/index.html"])
def test_the_share_page_and_its_guide_stay_under_200_kb_with_big_registries(big_site: Path, page: str) -> None:
    size = (big_site / page).stat().st_size
    assert size <= PAGE_LIMIT, f"{page} is {size:,} bytes; the limit is {PAGE_LIMIT:,}"
    html = (big_site / page).read_text(encoding="utf-8")
    # No registry entry is listed inline, by id or by name: the pickers load them.
    assert "champion-01000" not in html and "Champion Person" not in html and "branch-0100" not in html


def test_the_share_page_is_the_form_and_links_the_guide(big_site: Path) -> None:
    """The form first and alone: the guide's tables (fields, registries, validator codes) are on its own page."""
    html = (big_site / "contribute" / "index.html").read_text(encoding="utf-8")
    assert 'id="sb-story-form"' in html and "<table" not in html
    assert html.count('href="guide/"') == 2  # one shown with the form, one in the note shown without it
    # The pickers say how many there are to choose from.
    assert f"({SITES} sites in all)" in html and f"({CHAMPIONS:,} champions in all)" in html


def test_the_written_guide_says_where_to_find_every_id(big_site: Path) -> None:
    """What a champion filling the file by hand needs: how many there are, and where to look them up."""
    html = (big_site / "contribute" / "guide" / "index.html").read_text(encoding="utf-8")
    assert "sb-story-form" not in html and "Share your story: the written guide" in html
    for count, registry in ((SITES, "sites"), (PRACTICES, "practices"), (f"{CHAMPIONS:,}", "champions")):
        assert f"{count} {registry}" in html
        assert f'href="../../{registry}/"' in html
    assert 'href="../"' in html  # back to the form


def test_the_pickers_choices_are_a_file_beside_the_page(
    big_site: Path, big_registries: tuple[Path, Registries]
) -> None:
    _root, registries = big_registries
    choices = json.loads((big_site / CHOICES_PATH).read_text(encoding="utf-8"))
    assert choices == form_choices(registries)
    assert [row[0] for row in choices["site"]] != sorted(registries.sites)  # by name, as the pickers show them
    assert len(choices["champions"]) == CHAMPIONS and {r[0] for r in choices["tags"]} == set(registries.tags)
    porto = next(row for row in choices["champions"] if row[0] == "ines-carvalho")
    assert porto == ["ines-carvalho", "Inês Carvalho", "Porto Harbour Branch"]  # home site by name
    paper = next(row for row in choices["tags"] if row[0] == "paper")
    assert paper[2] == ["paperless", "no-paper"]  # older spellings, so a filter finds the tag by them too


@pytest.mark.parametrize("markdown", [contribution_markdown, guide_markdown])
def test_the_pages_are_the_same_size_for_small_and_big_registries(
    big_registries: tuple[Path, Registries], markdown: object
) -> None:
    """The Markdown of the Share page (the form) and of the guide differ only by the digits of their counts."""
    _root, big = big_registries
    small, _problems = load_registries(REPO)
    grown = len(markdown(big)) - len(markdown(small))  # type: ignore[operator]
    assert 0 <= grown < 200, f"{markdown.__name__} grew by {grown} characters with the registries"  # type: ignore[attr-defined]
