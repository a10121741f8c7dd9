"""Search that understands words (issue 23), in the browser: typos, other word forms, true counts with every
result reachable by scrolling, the snippet around the match, accent-blind marks, facets kept in the address,
in English (the sample hub) and Portuguese (a small hub in theme.language pt)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from ..conftest import copy_hub, mkdocs_bin, run_process
from .conftest import Reader
from .test_search import RESULT_LINKS, search

pytestmark = pytest.mark.browser
META = ".md-search-result__meta"


def first_href(page: Page) -> str:
    return page.locator(RESULT_LINKS).first.get_attribute("href") or ""


def test_a_typo_still_finds_the_story(reader: Reader) -> None:
    page = reader.goto("/")
    search(page, "papr")
    expect(page.locator(RESULT_LINKS).first).to_have_attribute("href", re.compile(r"/stories/.*paper"))
    expect(page.locator(f"{RESULT_LINKS} h1 mark").first).to_have_text(re.compile("paper", re.I))


def test_another_form_of_a_word_finds_the_story(reader: Reader) -> None:
    page = reader.goto("/")
    search(page, "commutes")  # the title says "commuting"
    link = page.locator(f"{RESULT_LINKS}[href*='/stories/aberdale-car-sharing']")
    expect(link.first).to_be_visible()


def test_the_count_is_every_match_and_scrolling_reaches_them_all(reader: Reader) -> None:
    page = reader.goto("/")
    search(page, "branch")
    expect(page.locator(META)).to_have_text(re.compile(r"^\d{2,} matching documents$"))
    total = int(re.sub(r"\D", "", page.locator(META).inner_text()))
    assert total > 50  # the worker once stopped at 50 and the box said 50
    results = page.locator(".md-search-result__list > .md-search-result__item")
    wrap = page.locator(".md-search__scrollwrap")
    for _ in range(100):  # Material adds four results each time the list's end scrolls into view
        if results.count() >= total:
            break
        wrap.evaluate("e => e.scrollTo(0, e.scrollHeight - e.clientHeight - 200)")  # away from the end ...
        page.wait_for_timeout(50)
        wrap.evaluate("e => e.scrollTo(0, e.scrollHeight)")  # ... and back: Material loads the next four
        page.wait_for_timeout(50)
    expect(results).to_have_count(total)
    last = page.locator(RESULT_LINKS).last
    expect(last.locator("h1")).not_to_have_text("…")  # filled in from its chunk, not a placeholder
    expect(last).to_have_attribute("href", re.compile(r"^http://127\.0\.0\.1:\d+/\w+/[\w-]+/"))


def test_the_snippet_is_the_passage_that_matched(reader: Reader) -> None:
    page = reader.goto("/")
    search(page, "missed the van")
    text = page.locator(f"{RESULT_LINKS} article > p").first
    expect(text).to_contain_text("missed the van")
    expect(text.locator("mark")).to_have_text(["missed", "van"])


def test_marks_are_blind_to_accents(reader: Reader) -> None:
    page = reader.goto("/")
    search(page, "Ines")
    expect(page.locator(RESULT_LINKS).first).to_have_attribute("href", re.compile("/champions/ines-carvalho/"))
    expect(page.locator(f"{RESULT_LINKS} h1 mark").first).to_have_text("Inês")


def test_facets_narrow_the_results_and_the_address_keeps_them(reader: Reader) -> None:
    page = reader.goto("/")
    search(page, "paper")
    site = page.get_by_role("group", name="Narrow the results").get_by_label("Site")
    expect(site).to_be_visible()
    before = int(re.sub(r"\D", "", page.locator(META).inner_text()))
    option = site.locator("option", has_text="Porto Harbour Branch")
    n = int(re.search(r"\((\d+)\)", option.inner_text()).group(1))  # type: ignore[union-attr]
    site.select_option("porto-harbour")
    expect(page.locator("input.md-search__input")).to_have_value("paper site:porto-harbour")
    expect(page.locator(META)).to_have_text(f"{n} matching documents" if n > 1 else "1 matching document")
    assert n < before
    assert "q=paper+site%3Aporto-harbour" in page.url or "q=paper%20site%3Aporto-harbour" in page.url
    opened = reader.goto("/?" + page.url.split("?", 1)[1])  # the address reopens the narrowed search
    expect(opened.locator(META)).to_have_text(page.locator(META).inner_text())
    expect(opened.get_by_label("Site")).to_have_value("porto-harbour")


# --- Portuguese ---------------------------------------------------------------------------------------------------

STORIES_PT = {
    "porto-adocao-digital": (
        "Adoção dos extratos digitais no Porto",
        "A agência adotou os extratos digitais e poupou papel em quatro meses.",
        "Os clientes receberam os extratos por correio eletrónico. A equipa explicou tudo ao balcão.",
    ),
    "porto-bicicletas": (
        "Bicicletas elétricas para a equipa",
        "Uma frota de bicicletas elétricas substituiu os carros de serviço.",
        "Começámos com duas bicicletas e hoje temos seis.",
    ),
}


@pytest.fixture(scope="module")
def portuguese_url(tmp_path_factory: pytest.TempPathFactory, serve: Callable[[Path], str]) -> str:
    root = copy_hub(tmp_path_factory.mktemp("hub-pt"), stories=False)
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("language: en", "language: pt"), encoding="utf-8")
    for slug, (title, summary, body) in STORIES_PT.items():
        folder = root / "stories" / slug
        folder.mkdir(parents=True)
        folder.joinpath("index.md").write_text(
            f'---\ntitle: "{title}"\nsummary: "{summary}"\ndate: 2024-03-01\nsite: porto-harbour\n'
            "champions: [ines-carvalho]\npractices: [paperless-loan-files]\nstage: adopted\ntags: [paper]\n---\n\n"
            f"{body}\n",
            encoding="utf-8",
        )
    built = run_process(mkdocs_bin(), "build", "--strict", "--site-dir", str(root / "site"), cwd=root, timeout=600)
    assert built.code == 0, built.err
    return serve(root / "site")


def test_portuguese_forms_accents_and_typos(open_reader: Callable[..., Reader], portuguese_url: str) -> None:
    reader = open_reader(origin=portuguese_url)
    for query, slug, marked in (
        ("adocao", "porto-adocao-digital", "Adoção"),  # accents typed or not
        ("adotando", "porto-adocao-digital", None),  # adotou, adotando: one stem
        ("bicicleta", "porto-bicicletas", "Bicicletas"),
        ("bicicltas", "porto-bicicletas", "Bicicletas"),  # a letter missing
    ):
        page = reader.goto("/")
        search(page, query)
        expect(page.locator(RESULT_LINKS).first).to_have_attribute("href", re.compile(f"/stories/{slug}/"))
        if marked:
            expect(page.locator(f"{RESULT_LINKS} h1 mark").first).to_have_text(marked)
