"""The hub in its readers' language, as a reader sees it in the browser (issue 22).

The sample hub is built once in Portuguese and once in German (module-scoped). The listing's filters and
pager speak Portuguese, the scripts' words come from the labels JSON, and at 390 px no German word is split
across lines (German compounds are long; the site never breaks a word inside). axe-core passes in Portuguese.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from snowball.hub import load_hub
from snowball.i18n import language
from snowball.ledger import Ledger

from ..conftest import REPO
from ..test_i18n_site import build_in
from .conftest import DESKTOP, PAGE_TYPES, PHONE, Reader
from .test_accessibility import RUN_AXE, SERIOUS, describe

pytestmark = pytest.mark.browser

PT = language("pt")


@pytest.fixture(scope="module")
def ledger() -> Ledger:
    hub = load_hub(REPO)
    return Ledger(hub, [s for s in hub.stories.values() if not s.draft])


@pytest.fixture(scope="module")
def pt_origin(tmp_path_factory: pytest.TempPathFactory, serve: Callable[[Path], str]) -> str:
    return serve(build_in("pt", tmp_path_factory.mktemp("hub-pt-browser")))


@pytest.fixture(scope="module")
def de_origin(tmp_path_factory: pytest.TempPathFactory, serve: Callable[[Path], str]) -> str:
    return serve(build_in("de", tmp_path_factory.mktemp("hub-de-browser")))


def choose(page: Page, **values: str) -> None:
    for name, value in values.items():
        page.locator(f"form[data-sb-filters] select[name={name}]").select_option(value)


def test_the_filters_speak_portuguese(open_reader: Callable[..., Reader], pt_origin: str, ledger: Ledger) -> None:
    site = "porto-harbour"
    years = {s.date.year for s in ledger.stories}
    year = next(y for y in sorted(years) if not any(s.date.year == y for s in ledger.by_site[site]))
    page = open_reader(origin=pt_origin).goto(f"/stories/?site={site}&year={year}")
    name = ledger.hub.sites[site].name
    expect(page.locator("[data-sb-results] .sb-empty")).to_contain_text(
        f"Nenhuma história corresponde a: unidade {name} e ano {year}."
    )
    expect(page.locator("[data-sb-count]")).to_have_text("0 histórias correspondem")
    expect(page.get_by_role("button", name=f"Retirar o filtro: ano {year}")).to_be_visible()
    choose(page, year="")
    count = len(ledger.by_site[site])
    expect(page.locator("[data-sb-count]")).to_have_text(
        f"{PT.plural(count, '%(num)s story matches', '%(num)s stories match')}, as mais recentes primeiro"
    )
    choose(page, sort="title")
    expect(page.locator("[data-sb-count]")).to_contain_text(", por título")


def test_german_filter_messages_keep_the_nouns_capital(
    open_reader: Callable[..., Reader], de_origin: str, ledger: Ledger
) -> None:
    site = "porto-harbour"
    years = {s.date.year for s in ledger.stories}
    year = next(y for y in sorted(years) if not any(s.date.year == y for s in ledger.by_site[site]))
    page = open_reader(origin=de_origin).goto(f"/stories/?site={site}&year={year}")
    name = ledger.hub.sites[site].name
    expect(page.locator("[data-sb-results] .sb-empty")).to_contain_text(
        f"Keine Geschichte passt zu: Standort {name} und Jahr {year}."
    )
    expect(page.locator("[data-sb-count]")).to_have_text("0 passende Geschichten")


def test_the_scripts_cards_repeat_the_server_cards_in_portuguese(
    open_reader: Callable[..., Reader], pt_origin: str, ledger: Ledger
) -> None:
    """Dates ("17 de novembro de 2026"), stage names and the draft chip: the script writes what the server does."""
    page = open_reader(origin=pt_origin).goto("/stories/")
    normalise = "el => el.outerHTML.replace(/>\\s+</g, '><').trim()"
    server = page.locator("[data-sb-pages] .sb-card").evaluate_all(f"els => els.map({normalise})")
    choose(page, site=ledger.stories[0].site)
    expect(page.locator("[data-sb-results] .sb-card").first).to_be_visible()
    assert page.locator("[data-sb-results] .sb-card").first.evaluate(normalise) == server[0]
    assert PT.date(ledger.stories[0].date) in server[0]


def test_the_pager_and_show_more_speak_portuguese(
    open_reader: Callable[..., Reader], pt_origin: str, ledger: Ledger
) -> None:
    total = len(ledger.stories)
    pages = -(-total // 24)  # 24 cards a page; the sample hub grows, so the count is not written by hand
    page = open_reader(origin=pt_origin).goto("/stories/")
    pager = page.get_by_role("navigation", name="Páginas de histórias")
    expect(pager.first).to_contain_text(f"Página 1 de {pages}")
    expect(pager.first.get_by_role("link", name="Mais antigas →")).to_be_visible()
    pager.first.get_by_role("link", name="Mais antigas →").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Todas as histórias (página 2 de {pages})")
    page = open_reader(origin=pt_origin).goto("/stories/?sort=oldest")
    expect(page.locator("[data-sb-count]")).to_have_text(f"{total} histórias, as mais antigas primeiro")
    left = total - 24
    expect(page.locator("button.sb-more")).to_have_text(f"Mostrar mais {min(left, 24)} histórias (faltam {left})")


def test_the_matrix_script_speaks_portuguese_on_a_phone(open_reader: Callable[..., Reader], pt_origin: str) -> None:
    page = open_reader(viewport=PHONE, origin=pt_origin).goto("/matrix/")
    button = page.get_by_role("button", name="Mostrar as suas práticas").first
    button.click()
    expect(page.get_by_role("button", name="Ocultar as suas práticas").first).to_be_visible()


# A word is split when its letters sit on more than one line. Links in a story's body may break (long web
# addresses); nothing else may.
SPLIT_WORDS = """() => {
  const root = document.querySelector("article.md-content__inner");
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const split = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || el.closest(".sb-story-body a, .sb-sr, .sb-sr-only, svg, script") || !el.offsetParent) continue;
    const re = /[\\p{L}\\p{N}]{6,}/gu;
    let m;
    while ((m = re.exec(node.data))) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
      if (tops.size > 1) split.push(m[0]);
    }
  }
  return split;
}"""

GERMAN_PAGES = ["home", "listing", "practice", "site", "matrix", "region", "sites-index", "story", "champions-index"]


@pytest.mark.parametrize("kind", GERMAN_PAGES)
def test_no_german_word_is_split_on_a_phone(open_reader: Callable[..., Reader], de_origin: str, kind: str) -> None:
    page = open_reader(viewport=PHONE, origin=de_origin).goto(PAGE_TYPES[kind])
    assert page.evaluate("document.documentElement.lang") == "de"
    assert page.evaluate(SPLIT_WORDS) == [], f"words split across lines at 390 px on {PAGE_TYPES[kind]}"
    # ... and none is cut off instead: the page itself never scrolls sideways (the matrix scrolls in its box)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), PAGE_TYPES[kind]


def test_the_split_word_check_sees_a_split_word(open_reader: Callable[..., Reader], de_origin: str) -> None:
    """The check above is not blind: a compound forced to break inside is found."""
    page = open_reader(viewport=PHONE, origin=de_origin).goto("/")
    page.evaluate(
        """() => { const p = document.createElement("p");
        p.style.cssText = "width: 4em; overflow-wrap: anywhere"; p.textContent = "Nachhaltigkeitsmaßnahmen";
        document.querySelector("article.md-content__inner").append(p); }"""
    )
    assert page.evaluate(SPLIT_WORDS) == ["Nachhaltigkeitsmaßnahmen"]


@pytest.mark.parametrize("kind", ["home", "listing", "practice", "site", "matrix", "story"])
def test_portuguese_pages_pass_axe(
    axe_script: Path, open_reader: Callable[..., Reader], pt_origin: str, kind: str
) -> None:
    reader = open_reader(viewport=DESKTOP, origin=pt_origin)
    page = reader.goto(PAGE_TYPES[kind])
    page.add_script_tag(path=str(axe_script))
    serious = [v for v in page.evaluate(RUN_AXE) if v["impact"] in SERIOUS]
    assert serious == [], f"{kind} in Portuguese:\n{describe(serious)}"


def test_the_story_form_checks_in_portuguese(open_reader: Callable[..., Reader], pt_origin: str) -> None:
    """A champion on a Portuguese hub: the form's live check says what is wrong in Portuguese, in the words of
    the gate catalog (the validator's), with the field's name filled in."""
    from snowball.gate import tr, use_language
    from snowball.hub import today

    page = open_reader(origin=pt_origin).goto("/contribute/")
    page.wait_for_selector("#sb-story-form[data-ready='true']")
    messages = page.evaluate(
        "([v, today]) => snowballForm.check(v, today).map(p => p.message)",
        [{"title": "", "summary": "Menos papel.", "slug": "uma-historia"}, today().isoformat()],
    )
    use_language("pt")
    try:
        expected = tr("'%(name)s' is empty", name="title")
    finally:
        use_language("en")
    assert expected != "'title' is empty" and expected in messages, messages
    assert not any(m.startswith("'title' is empty") for m in messages), messages
