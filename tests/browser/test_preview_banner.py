"""The preview's banner naming the stories it cannot show: readable at phone and desktop width, in light and
dark colours, reachable by keyboard, and its links open each story's error panel."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from ..conftest import copy_hub
from ..test_preview import BROKEN
from ..test_preview import serve as serve_preview
from .conftest import DESKTOP, PHONE, Reader
from .test_accessibility import RUN_AXE, SERIOUS, describe

pytestmark = pytest.mark.browser

LONG = "a-story-whose-folder-name-is-long-enough-to-need-wrapping-on-a-phone"
LOOKS = {"phone-light": (PHONE, "light"), "phone-dark": (PHONE, "dark"), "desktop-light": (DESKTOP, "light")}
LOOKS["desktop-dark"] = (DESKTOP, "dark")


@pytest.fixture(scope="module")
def preview_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`mkdocs serve --dirty` on a copy of the sample hub with two stories that cannot be shown."""
    root = copy_hub(tmp_path_factory.mktemp("banner"))
    for slug, text in (("typo-story", BROKEN), (LONG, BROKEN.replace("2025-05-01", "12/03/2024"))):
        (root / "stories" / slug).mkdir()
        (root / "stories" / slug / "index.md").write_text(text)
    for base in serve_preview(root, "--dirty"):
        yield base.rstrip("/")


@pytest.mark.parametrize("look", LOOKS)
@pytest.mark.parametrize("path", ["/", "/stories/glenmoor-repair-cafe-partnership/"])
def test_the_banner_reads_well_at_each_width_and_colour(
    open_reader: Callable[..., Reader], preview_url: str, axe_script: Path, screenshots: Path, path: str, look: str
) -> None:
    viewport, scheme = LOOKS[look]
    reader = open_reader(viewport=viewport, color_scheme=scheme, origin=preview_url)
    page = reader.goto(path)
    banner = page.locator(".sb-unshown")
    expect(banner).to_be_visible()
    expect(banner).to_have_attribute("role", "status")
    expect(banner.locator(".admonition-title")).to_have_text("2 stories cannot be shown")
    expect(banner.locator("li")).to_have_count(2)
    assert banner.evaluate("el => getComputedStyle(el).fontSize") == "16px"  # body size, not the admonition's
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways"
    box = banner.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"]
    page.add_script_tag(path=str(axe_script))
    violations = page.evaluate(RUN_AXE.replace("axe.run(document", "axe.run('.sb-unshown'"))
    serious = [v for v in violations if v["impact"] in SERIOUS]
    assert serious == [], describe(serious)
    name = "home" if path == "/" else "story"
    page.screenshot(path=screenshots / f"preview-banner-{name}-{look}.png")


def test_the_banner_links_are_reached_by_keyboard_and_open_the_error_panel(
    open_reader: Callable[..., Reader], preview_url: str
) -> None:
    reader = open_reader(viewport=PHONE, origin=preview_url)
    page = reader.goto("/stories/")
    for _ in range(60):  # Tab from the top of the page until focus reaches the banner's first link
        page.keyboard.press("Tab")
        if page.evaluate("!!document.activeElement.closest('.sb-unshown')"):
            break
    else:
        pytest.fail("Tab never reached the banner's links")
    assert page.evaluate("document.activeElement.getAttribute('href')") == f"../stories/{LONG}/"
    page.keyboard.press("Enter")
    page.wait_for_url(f"{preview_url}/stories/{LONG}/")
    expect(page.locator(".sb-error-panel .admonition-title")).to_have_text(
        f"This cannot be shown until stories/{LONG}/index.md is fixed"
    )
