"""axe-core finds no serious or critical accessibility problem on any page type.

Each page type is checked twice: light colours at desktop width, and dark colours at phone width, because each
combination has failed on its own before (dark-mode link contrast; a table that scrolled sideways on a phone).
Keyboard-only use of search and of the listing filters is tested in test_search.py and test_listing.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from .conftest import DESKTOP, PAGE_TYPES, PHONE, Reader

pytestmark = pytest.mark.browser

SERIOUS = {"serious", "critical"}

RUN_AXE = """async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => n.target.join(" ") + " :: " + (n.failureSummary || "").replace(/\\s+/g, " ")),
  }));
}"""


def axe_violations(reader: Reader, path: str, axe_script: Path) -> list[dict[str, Any]]:
    page = reader.goto(path)
    page.add_script_tag(path=str(axe_script))
    return list(page.evaluate(RUN_AXE))


def describe(violations: list[dict[str, Any]]) -> str:
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v['impact']}): {v['help']}")
        lines += [f"    {n[:300]}" for n in v["nodes"][:5]]
        if len(v["nodes"]) > 5:
            lines.append(f"    ... and {len(v['nodes']) - 5} more")
    return "\n".join(lines)


@pytest.mark.parametrize("look", ["light-desktop", "dark-phone"])
@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_no_serious_accessibility_violations(
    axe_script: Path, open_reader: Callable[..., Reader], kind: str, look: str
) -> None:
    scheme, width = look.split("-")
    reader = open_reader(viewport=DESKTOP if width == "desktop" else PHONE, color_scheme=scheme)
    violations = axe_violations(reader, PAGE_TYPES[kind], axe_script)
    expected_scheme = "slate" if scheme == "dark" else "default"
    assert reader.page.evaluate("document.body.dataset.mdColorScheme") == expected_scheme
    serious = [v for v in violations if v["impact"] in SERIOUS]
    assert serious == [], f"{kind} ({look}) {PAGE_TYPES[kind]}:\n{describe(serious)}"


def test_axe_is_really_checking(axe_script: Path, reader: Reader) -> None:
    """Guard against a silent pass: axe must catch a problem planted in the page."""
    page = reader.goto("/")
    page.evaluate("""() => {
        const img = document.createElement('img');
        img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
        document.querySelector('article').appendChild(img);
    }""")
    page.add_script_tag(path=str(axe_script))
    found = {v["id"] for v in page.evaluate(RUN_AXE)}
    assert "image-alt" in found


@pytest.mark.parametrize("look", ["light-desktop", "dark-phone"])
def test_the_written_guide_has_no_serious_accessibility_violations(
    axe_script: Path, open_reader: Callable[..., Reader], look: str
) -> None:
    """The Share page's guide, on its own page since issue 25 (the form is checked with its messages
    showing in test_form.py, and here as the page type 'contribute')."""
    scheme, width = look.split("-")
    reader = open_reader(viewport=DESKTOP if width == "desktop" else PHONE, color_scheme=scheme)
    serious = [v for v in axe_violations(reader, "/contribute/guide/", axe_script) if v["impact"] in SERIOUS]
    assert serious == [], f"contribute/guide/ ({look}):\n{describe(serious)}"
