"""Hostile stories run no script in a reader's browser.

A scratch copy of the hub gets a story with a script in its title and one with an onerror image in its body.
The validator refuses both: a build fails, and the preview (built here as `mkdocs serve` builds it) shows an
error panel in their place. A third, valid story quotes the same payloads inside code, which must stay text. The browser
listens for dialogs (alert) and script errors on every page it opens; the Reader fixture fails on either.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from ..conftest import REPO, copy_hub, run_process
from .conftest import MKDOCS, Reader

sys.path.insert(0, str(REPO / "scripts"))
import oracle  # noqa: E402  (its Engine builds the preview in-process, as `mkdocs serve` does)

pytestmark = pytest.mark.browser

FRONT = """\
summary: "{summary}"
date: 2024-03-12
site: kingsgate
champions: [nadia-haddad]
practices: [paperless-loan-files]
"""

STORIES = {
    "hostile-title": (
        '"<script>alert(1)</script> Hi"',
        "Zebrafinch story with a script in its title.",
        "An ordinary body.\n",
    ),
    "hostile-body": (
        '"Zebrafinch onerror body"',
        "Zebrafinch story with an onerror image in its body.",
        "Some text. <img src=x onerror=alert(1)>\n\nMore text.\n",
    ),
    "quoted-payload": (
        '"Quillwort quoting payloads in code"',
        "A valid story that quotes the payloads as code.",
        "Never write `<img src=x onerror=alert(1)>` in a story.\n\n```html\n<script>alert(1)</script>\n```\n",
    ),
}

PAYLOAD_LEFTOVERS = """() => {
  const handlers = [...document.querySelectorAll('*')].filter(
      el => [...el.attributes].some(a => a.name.toLowerCase().startsWith('on')));
  const scripts = [...document.scripts].filter(s => s.textContent.includes('alert('));
  return {handlers: handlers.map(el => el.outerHTML.slice(0, 120)), scripts: scripts.length,
          onerrorImages: document.querySelectorAll('img[onerror]').length};
}"""


@pytest.fixture(scope="module")
def hostile_hub(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_hub(tmp_path_factory.mktemp("hostile-hub"))
    for slug, (title, summary, body) in STORIES.items():
        folder = root / "stories" / slug
        folder.mkdir()
        (folder / "index.md").write_text(
            f"---\ntitle: {title}\n{FRONT.format(summary=summary)}---\n{body}", encoding="utf-8"
        )
    return root


@pytest.fixture(scope="module")
def hostile_url(hostile_hub: Path, serve: Callable[[Path], str]) -> str:
    out = hostile_hub / "site"
    refused = run_process(MKDOCS, "build", "--site-dir", str(out), cwd=hostile_hub)
    assert refused.code == 1  # a build refuses them; the preview shows them as error panels
    # The validator refused both hostile stories, with the same messages `snowball validate` prints.
    assert "stories/hostile-title/index.md" in refused.err and "[title]" in refused.err
    assert "stories/hostile-body/index.md" in refused.err and "onerror" in refused.err
    assert "quoted-payload" not in refused.err
    assert oracle.Engine(hostile_hub).build("preview", out, preview=True, fresh=True)  # what `mkdocs serve` builds
    return serve(out)


@pytest.fixture
def hostile_reader(open_reader: Callable[..., Reader], hostile_url: str) -> Reader:
    return open_reader(origin=hostile_url)


def assert_inert(reader: Reader, page: Page) -> None:
    page.wait_for_load_state("networkidle")  # give a planted onerror every chance to fire
    leftovers = page.evaluate(PAYLOAD_LEFTOVERS)
    assert leftovers == {"handlers": [], "scripts": 0, "onerrorImages": 0}
    assert reader.dialogs == []
    assert reader.errors == []


@pytest.mark.parametrize("slug, field", [("hostile-title", "[title]"), ("hostile-body", "[body]")])
def test_refused_story_shows_the_error_panel_and_runs_nothing(hostile_reader: Reader, slug: str, field: str) -> None:
    page = hostile_reader.goto(f"/stories/{slug}/")
    panel = page.locator(".sb-error-panel")
    expect(panel).to_be_visible()
    expect(panel).to_contain_text(f"stories/{slug}/index.md")
    expect(panel).to_contain_text(field)
    expect(panel.locator("li")).not_to_have_count(0)
    assert "alert(1)" not in (page.title() or "")
    assert_inert(hostile_reader, page)


def test_home_page_and_search_run_nothing(hostile_reader: Reader) -> None:
    page = hostile_reader.goto("/")
    expect(page.locator("h1")).to_be_visible()
    expect(page.locator("main")).not_to_contain_text("Zebrafinch")  # refused stories are not listed
    assert_inert(hostile_reader, page)

    page.locator("input.md-search__input").click()
    page.keyboard.type("Zebrafinch")
    expect(page.locator(".md-search-result__meta")).to_have_text("No matching documents")
    page.locator("input.md-search__input").fill("alert")
    expect(page.locator(".md-search-result__meta")).not_to_have_text("Initializing search")
    assert_inert(hostile_reader, page)


def test_payloads_quoted_in_code_stay_text_in_search_and_on_the_page(hostile_reader: Reader) -> None:
    page = hostile_reader.goto("/")
    page.locator("input.md-search__input").click()
    page.keyboard.type("Quillwort")
    result = page.locator(".md-search-result__link[href*='/stories/quoted-payload/']").first
    expect(result).to_be_visible()
    assert_inert(hostile_reader, page)
    with page.expect_navigation():
        result.click()
    expect(page.locator("h1")).to_have_text("Quillwort quoting payloads in code")
    expect(page.locator(".sb-story-body code").first).to_have_text("<img src=x onerror=alert(1)>")
    expect(page.locator(".sb-story-body pre")).to_contain_text("<script>alert(1)</script>")
    assert_inert(hostile_reader, page)


def test_the_browser_notices_a_script_that_runs(hostile_reader: Reader) -> None:
    """Guard against a silent pass: a planted alert and a planted onerror image are both caught."""
    page = hostile_reader.goto("/")
    page.evaluate("document.querySelector('article').insertAdjacentHTML('beforeend', '<img src=x onerror=alert(7)>')")
    expect(page.locator("img[onerror]")).to_have_count(1)
    page.wait_for_load_state("networkidle")
    assert hostile_reader.dialogs == ["alert: 7"]
    hostile_reader.dialogs.clear()
    hostile_reader.broken.clear()  # the planted image's 404
