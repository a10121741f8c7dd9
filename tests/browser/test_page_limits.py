"""Pages that work for every hub size and every screen (issue 11), on the sample hub and a synthetic one.

- Every HTML page of both built sites weighs at most 200 KB (a plain file-size check, no browser).
- At 390 px, one page of every page type neither scrolls sideways nor breaks a word inside (each word's
  boxes, from Range.getClientRects, must sit on one line; words are runs of letters, so a long address
  or a hyphenated name may still wrap at its punctuation).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .conftest import PAGE_TYPES, PHONE, SYNTH_PAGE_TYPES, Reader

pytestmark = pytest.mark.browser

LIMIT = 200_000  # bytes
PLACE_FOLDERS = ("sites", "practices", "regions", "matrix")  # the pages snowball/views/places.py makes

BROKEN_WORDS = r"""() => {
  const root = document.querySelector(".md-content") || document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  const found = [];
  let node;
  while ((node = walker.nextNode())) {
    const parent = node.parentElement;
    if (!parent || parent.closest("pre, code, script, style, .headerlink")) continue;
    if (!parent.getClientRects().length) continue;  // not displayed
    const vertical = getComputedStyle(parent).writingMode.startsWith("vertical");
    const words = /[\p{L}\p{M}'’]{2,}/gu;
    let m;
    while ((m = words.exec(node.data))) {
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const boxes = [...range.getClientRects()].filter(r => r.width > 0 && r.height > 0);
      if (boxes.length < 2) continue;
      const at = boxes.map(r => (vertical ? r.left : r.top));
      const size = vertical ? boxes[0].width : boxes[0].height;
      if (Math.max(...at) - Math.min(...at) > size / 2) {
        found.push(`"${m[0]}" in "${node.data.trim().slice(0, 80)}"`);
        if (found.length >= 10) return found;
      }
    }
  }
  return found;
}"""


def oversized(site: Path, folders: tuple[str, ...] | None = None) -> list[str]:
    pages = site.rglob("*.html") if folders is None else (p for f in folders for p in (site / f).rglob("*.html"))
    return sorted(f"{p.relative_to(site)}: {p.stat().st_size:,} bytes" for p in pages if p.stat().st_size > LIMIT)


@pytest.mark.parametrize("which", ["sample", "synth"])
def test_place_pages_are_at_most_200_kb(request: pytest.FixtureRequest, which: str) -> None:
    site: Path = request.getfixturevalue("built_site" if which == "sample" else "synth_site")
    assert len(list((site / "sites").rglob("*.html"))) > 10
    assert oversized(site, PLACE_FOLDERS) == []


@pytest.mark.parametrize("which", ["sample", "synth"])
def test_every_page_is_at_most_200_kb(request: pytest.FixtureRequest, which: str) -> None:
    site: Path = request.getfixturevalue("built_site" if which == "sample" else "synth_site")
    assert oversized(site) == []


def phone_problems(reader: Reader, path: str) -> list[str]:
    page = reader.goto(path)
    page.wait_for_load_state("load")
    problems = []
    width, inner = page.evaluate("[document.documentElement.scrollWidth, innerWidth]")
    if width > inner:
        problems.append(f"{path}: scrolls sideways ({width} > {inner} px)")
    problems += [f"{path}: word broken inside: {w}" for w in page.evaluate(BROKEN_WORDS)]
    return problems


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_phone_no_sideways_scroll_and_no_broken_words_sample(open_reader: Callable[..., Reader], kind: str) -> None:
    assert phone_problems(open_reader(viewport=PHONE), PAGE_TYPES[kind]) == []


@pytest.mark.parametrize("kind", SYNTH_PAGE_TYPES)
def test_phone_no_sideways_scroll_and_no_broken_words_synth(
    open_reader: Callable[..., Reader], synth_url: str, kind: str
) -> None:
    assert phone_problems(open_reader(viewport=PHONE, origin=synth_url), SYNTH_PAGE_TYPES[kind]) == []


def test_the_word_check_catches_a_broken_word(open_reader: Callable[..., Reader]) -> None:
    """Guard against a silent pass: a word forced to split letter by letter must be found."""
    page = open_reader(viewport=PHONE).goto(PAGE_TYPES["site"])
    page.evaluate("""() => {
        const p = document.createElement('p');
        p.textContent = 'Port Harbour';
        p.style.cssText = 'width: 2ch; word-break: break-all';
        document.querySelector('.md-content h1').after(p);
    }""")
    assert any("Harbour" in w for w in page.evaluate(BROKEN_WORDS))
