"""`mkdocs serve` as an editor uses it: drafts visible, bad stories shown as errors, never stuck."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from snowball.hub import load_hub
from snowball.images import ImageCache
from snowball.plan import RENDERED, Output
from snowball.site import plan_site
from snowball.views import UNSHOWN_LISTED, unshown_banner, unshown_stories

from .conftest import REPO, copy_hub, mkdocs_bin

BROKEN = """\
---
title: "A story with a typo"
summary: "The site id is misspelt."
date: 2025-05-01
site: porto-harbr
champions: [ines-carvalho]
practices: [paperless-loan-files]
---

Body text.
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, ""


def wait_for(check: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.3)
    pytest.fail(f"timed out after {seconds} s waiting for {what}")


def serve(root: Path, *flags: str, log: Path | None = None) -> Iterator[str]:
    """`mkdocs serve` on a free port until the caller's loop ends; its log goes to `log` when given."""
    port = free_port()
    proc = subprocess.Popen(
        [mkdocs_bin(), "serve", "-a", f"127.0.0.1:{port}", *flags],
        cwd=root,
        stdout=subprocess.DEVNULL,
        stderr=log.open("w") if log else subprocess.DEVNULL,
        text=True,
    )
    base = f"http://127.0.0.1:{port}/"
    try:
        wait_for(lambda: fetch(base)[0] == 200, 90, "the preview server")
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def preview(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    root = copy_hub(tmp_path_factory.mktemp("preview"))
    (root / "stories" / "typo-story").mkdir()
    (root / "stories" / "typo-story" / "index.md").write_text(BROKEN)
    (root / "stories" / "our-new-story.md").write_text(BROKEN)  # a story that is not in a folder: no page at all
    for base in serve(root):
        yield root, base


def test_broken_story_shows_error_panel_and_site_keeps_working(preview: tuple[Path, str]) -> None:
    _root, base = preview
    status, html = fetch(base + "stories/typo-story/")
    assert status == 200
    assert "This cannot be shown until stories/typo-story/index.md is fixed" in html
    assert "unknown site &#39;porto-harbr&#39;" in html
    assert "did you mean &#39;porto-harbour&#39;?" in html
    assert fetch(base + "stories/")[0] == 200
    assert fetch(base + "sites/porto-harbour/")[0] == 200


def test_drafts_show_with_a_banner(preview: tuple[Path, str]) -> None:
    root, base = preview
    draft = next(p.parent.name for p in (root / "stories").glob("*/index.md") if "draft: true" in p.read_text())
    status, html = fetch(base + f"stories/{draft}/")
    assert status == 200
    assert "sb-draft-banner" in html
    assert draft in fetch(base + "stories/")[1]


def test_fixing_the_story_updates_the_preview(preview: tuple[Path, str]) -> None:
    root, base = preview  # its own story, so the other tests still see typo-story broken, in any order
    (root / "stories" / "second-typo").mkdir(exist_ok=True)
    (root / "stories" / "second-typo" / "index.md").write_text(BROKEN)
    wait_for(lambda: "is fixed" in fetch(base + "stories/second-typo/")[1], 60, "the error panel")
    (root / "stories" / "second-typo" / "index.md").write_text(BROKEN.replace("porto-harbr", "porto-harbour"))
    wait_for(
        lambda: "<h1>A story with a typo</h1>" in fetch(base + "stories/second-typo/")[1],
        60,
        "the fixed story to be served",
    )
    assert "second-typo" in fetch(base + "sites/porto-harbour/")[1]


def test_broken_registry_is_shown_not_fatal(preview: tuple[Path, str]) -> None:
    root, base = preview
    registry = root / "registries" / "tags.yml"
    original = registry.read_text()
    registry.write_text(original + "\n- id: [unclosed\n")
    try:
        wait_for(lambda: "registries/tags.yml" in fetch(base)[1], 60, "the registry error on the home page")
        assert fetch(base + "stories/typo-story/")[0] == 200
    finally:
        registry.write_text(original)
    wait_for(lambda: "registries/tags.yml" not in fetch(base)[1], 60, "the home page to recover")


def test_dirty_preview_keeps_aggregate_pages_right(tmp_path: Path) -> None:
    """`make serve` runs `mkdocs serve --dirty`: only changed pages rebuild, and the hooks must
    rebuild every aggregate page an edit touches. Move a story from one practice to another."""
    root = copy_hub(tmp_path / "hub")
    story = root / "stories" / "porto-paperless-loan-files" / "index.md"
    text = story.read_text()
    assert "practices: [paperless-loan-files]" in text
    for base in serve(root, "--dirty"):
        old = fetch(base + "practices/paperless-loan-files/")[1]
        assert 'href="../../stories/porto-paperless-loan-files/"' in old
        assert 'href="../../stories/porto-paperless-loan-files/"' not in fetch(base + "practices/led-retrofit/")[1]
        story.write_text(
            text.replace("practices: [paperless-loan-files]", "practices: [led-retrofit]").replace(
                "inspired_by:", "# inspired_by:"
            )
        )

        def moved(base: str = base) -> bool:
            return 'href="../../stories/porto-paperless-loan-files/"' in fetch(base + "practices/led-retrofit/")[1]

        wait_for(moved, 60, "the story to appear on its new practice page")
        assert (
            'href="../../stories/porto-paperless-loan-files/"' not in fetch(base + "practices/paperless-loan-files/")[1]
        )
        site = fetch(base + "sites/porto-harbour/")[1]
        adopted = site.split('id="adopted"', 1)[1].split('id="opportunities"', 1)[0]
        assert 'href="../../practices/led-retrofit/"' in adopted
        page = fetch(base + "stories/porto-paperless-loan-files/")[1]
        assert 'href="../../practices/led-retrofit/"' in page
        matrix = fetch(base + "matrix/")[1]
        columns = re.findall(r'<th scope="col" title="([^"]+): \d+">', matrix)
        row = re.search(r'<a href="../sites/porto-harbour/">[^<]*</a><td>\d+((?:<td>[PASR]?)*)', matrix)
        assert row and row.group(1).split("<td>")[1:][columns.index("LED lighting retrofit")] != ""
        unchanged = fetch(base + "stories/glenmoor-repair-cafe-partnership/")[0]
        assert unchanged == 200


def test_deleted_and_renamed_stories_disappear_and_links_are_never_followed(tmp_path: Path) -> None:
    """Gate findings 5 and 11: in `serve --dirty`, pages of renamed or deleted stories stayed; a symlinked
    folder (stories/x -> ..) made the preview walk forever and stop rebuilding, even after its removal."""
    root = copy_hub(tmp_path / "hub")
    stories = root / "stories"
    for base in serve(root, "--dirty"):
        story = "glenmoor-repair-cafe-partnership"
        assert fetch(base + f"stories/{story}/")[0] == 200
        (stories / story).rename(stories / "renamed-story")
        wait_for(lambda b=base: fetch(b + "stories/renamed-story/")[0] == 200, 60, "the renamed story")
        assert fetch(base + f"stories/{story}/")[0] == 404
        assert f"stories/{story}/" not in fetch(base + "stories/")[1]
        (stories / "x").symlink_to("..")
        (stories / "y").symlink_to("/")
        other = stories / "porto-paperless-loan-files" / "index.md"
        other.write_text(other.read_text().replace('title: "', 'title: "Linked meanwhile ', 1))
        wait_for(
            lambda b=base: "Linked meanwhile" in fetch(b + "stories/porto-paperless-loan-files/")[1], 60, "an edit"
        )
        (stories / "x").unlink()
        (stories / "y").unlink()
        shutil.rmtree(stories / "renamed-story")
        wait_for(lambda b=base: fetch(b + "stories/renamed-story/")[0] == 404, 60, "the deleted story to disappear")
        assert "renamed-story" not in fetch(base + "stories/")[1]


def test_a_crash_while_rendering_keeps_the_preview_answering(tmp_path: Path) -> None:
    """Gate finding 4: 400 nested list levels stopped the preview; a story edited meanwhile kept its old page."""
    root = copy_hub(tmp_path / "hub")
    for base in serve(root, "--dirty"):
        deep = root / "stories" / "deep-story"
        deep.mkdir()
        (deep / "index.md").write_text(
            BROKEN.replace("porto-harbr", "porto-harbour").replace(
                "Body text.", "".join("    " * i + "- x\n" for i in range(400))
            )
        )
        wait_for(
            lambda b=base: fetch(b + "stories/deep-story/")[0] == 200, 240, "a page (or error panel) for the deep story"
        )
        other = root / "stories" / "glenmoor-repair-cafe-partnership" / "index.md"
        other.write_text(other.read_text().replace('title: "', 'title: "Edited ', 1))
        wait_for(lambda b=base: "Edited " in fetch(b + "stories/glenmoor-repair-cafe-partnership/")[1], 60, "the edit")


OTHER_STORY = "stories/glenmoor-repair-cafe-partnership/"  # a story page with no tie to the broken ones
BANNER_PAGES = {"": "", "stories/": "../", OTHER_STORY: "../../"}  # home, a listing, another story: link prefix


def banner(html: str) -> str:
    """The preview's banner naming the stories it cannot show ('' when the page has none)."""
    found = re.search(r'<div class="admonition failure sb-unshown".*?</div>', html, re.DOTALL)
    return found.group(0) if found else ""


def test_every_preview_page_names_the_stories_it_cannot_show(preview: tuple[Path, str]) -> None:
    """A broken story vanishes from listings and the home page: every page says so, with a link to its panel."""
    _root, base = preview
    for path, up in BANNER_PAGES.items():
        shown = banner(fetch(base + path)[1])
        assert 'role="status"' in shown, path
        assert re.search(r"\d+ (story|stories) cannot be shown", shown), path
        assert f'<a href="{up}stories/typo-story/">stories/typo-story/index.md</a>' in shown, path
        assert "unknown site &#39;porto-harbr&#39;" in shown, path  # its first message
        stray = "<code>stories/our-new-story.md</code>: stories/our-new-story.md is not a story folder"
        assert stray in shown and "move it to stories/our-new-story/index.md" in shown, path  # no panel: the hint


def test_the_banner_follows_the_broken_stories_on_every_page(tmp_path: Path) -> None:
    """`serve --dirty` renders again only pages whose data changed: the banner is data of every page."""
    root = copy_hub(tmp_path / "hub")
    stories = root / "stories"
    (stories / "typo-story").mkdir()
    (stories / "typo-story" / "index.md").write_text(BROKEN)
    for base in serve(root, "--dirty"):
        for path in BANNER_PAGES:
            assert "1 story cannot be shown" in banner(fetch(base + path)[1]), path
        (stories / "second-typo").mkdir()
        (stories / "second-typo" / "index.md").write_text(BROKEN)
        for path, up in BANNER_PAGES.items():
            wait_for(
                lambda p=path, u=up, base=base: (
                    "2 stories cannot be shown" in (b := banner(fetch(base + p)[1]))
                    and f'href="{u}stories/second-typo/"' in b
                ),
                60,
                f"the second broken story in the banner of /{path}",
            )
        for slug in ("typo-story", "second-typo"):
            (stories / slug / "index.md").write_text(BROKEN.replace("porto-harbr", "porto-harbour"))
        for path in BANNER_PAGES:
            wait_for(lambda p=path, base=base: banner(fetch(base + p)[1]) == "", 60, f"the banner to leave /{path}")
        assert "<h1>A story with a typo</h1>" in fetch(base + "stories/typo-story/")[1]


def test_the_plan_renders_every_preview_page_again_when_the_broken_stories_change(tmp_path: Path) -> None:
    """The banner's data is in every page's fingerprint (a changed first message too), and only in the preview."""
    root = copy_hub(tmp_path / "hub")

    def plan(*, preview: bool = True) -> dict[str, Output]:
        hub = load_hub(root)
        images = ImageCache(root / ".cache" / "images")
        return plan_site(hub, preview=preview, site_name="Hub", site_url="", key="k", images=images).plan.outputs

    clean = plan()
    (root / "stories" / "typo-story").mkdir()
    (root / "stories" / "typo-story" / "index.md").write_text(BROKEN)
    broken = plan()
    (root / "stories" / "typo-story" / "index.md").write_text(BROKEN.replace("porto-harbr", "porto-harbor"))
    other_message = plan()
    pages = [p for p, o in clean.items() if o.kind in RENDERED]
    assert len(pages) > 20
    assert [p for p in pages if clean[p].fingerprint == broken[p].fingerprint] == []
    assert [p for p in pages if broken[p].fingerprint == other_message[p].fingerprint] == []
    files = [p for p, o in clean.items() if o.kind not in RENDERED]
    assert [p for p in files if clean[p].fingerprint != broken[p].fingerprint] == []  # feeds, images: untouched
    published = plan(preview=False)
    assert "stories/typo-story/index.md" not in published


def test_the_banner_escapes_what_a_story_supplied_and_says_what_it_leaves_out() -> None:
    from snowball.diagnostics import Diagnostic

    many = {
        f"s{i:02d}": (
            Diagnostic(f"stories/s{i:02d}/index.md", 3, 1, "error", "unknown-site", "unknown site '<b>x</b>'"),
        )
        for i in range(UNSHOWN_LISTED + 5)
    }
    html = unshown_banner("stories/a/", unshown_stories(many))
    assert f"{UNSHOWN_LISTED + 5} stories cannot be shown" in html
    assert "unknown site &#39;&lt;b&gt;x&lt;/b&gt;&#39;" in html and "<b>x" not in html
    assert html.count("<li>") == UNSHOWN_LISTED + 1
    assert "and 5 more" in html and "snowball validate" in html
    assert unshown_banner("", unshown_stories({})) == ""


def test_the_banner_names_story_files_that_have_no_page_at_all(tmp_path: Path) -> None:
    """A story in a folder with a name that cannot be an address, or a file beside the folders, has no page and
    no panel: only the log said so. The banner names them too, without a link, with the validator's hint."""
    root = copy_hub(tmp_path / "hub")
    (root / "stories" / "our-new-story.md").write_text(BROKEN)
    (root / "stories" / "My Story").mkdir()
    (root / "stories" / "My Story" / "index.md").write_text(BROKEN.replace("porto-harbr", "porto-harbour"))
    html = unshown_banner("", unshown_stories(load_hub(root).broken, load_hub(root).diagnostics))
    assert "2 stories cannot be shown" in html
    assert "<code>stories/My Story</code>: story folder &#39;My Story&#39; is not a valid slug" in html
    assert "rename it to &#39;my-story&#39;" in html
    assert "<code>stories/our-new-story.md</code>" in html
    assert "<a " not in html


def test_mkdocs_warns_of_the_dirty_build_once_as_the_readme_says(tmp_path: Path) -> None:
    """MkDocs does not repeat a message it printed already (its DuplicateFilter), so the dirty-build warning
    shows once, at the start, not on each save; the README said "on each save"."""
    root = copy_hub(tmp_path / "hub")
    story = root / "stories" / "glenmoor-repair-cafe-partnership" / "index.md"
    text, log = story.read_text(), tmp_path / "serve.log"
    for base in serve(root, "--dirty", log=log):
        for n in (1, 2):
            story.write_text(text.replace('title: "', f'title: "Save {n} ', 1))
            wait_for(lambda b=base, n=n: f"Save {n} " in fetch(b + OTHER_STORY)[1], 60, f"save {n} to be served")
    printed = log.read_text()
    assert printed.count("Building documentation") == 3
    assert printed.count("A 'dirty' build is being performed") == 1
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    assert 'warning about a "dirty" build once, when the preview starts' in readme


@pytest.mark.parametrize("args", [(), ("ADDR=127.0.0.1:8001",), ("ADDR=0.0.0.0:9000",)])
def test_make_serve_takes_another_address(args: tuple[str, ...]) -> None:
    """`make serve ADDR=127.0.0.1:8001` runs a second preview beside the first (the default stays 8000)."""
    # Under `make test` the outer make's MAKEFLAGS and MAKELEVEL would make this one print "Entering directory".
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MAKELEVEL", "MFLAGS")}
    dry = subprocess.run(
        ["make", "--no-print-directory", "-n", "serve", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    addr = args[0].partition("=")[2] if args else "127.0.0.1:8000"
    assert dry.stdout.splitlines()[-1] == f".venv/bin/mkdocs serve --dirty --dev-addr {addr}"


def test_a_rebuild_plans_again_only_the_story_pages_an_edit_reaches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A save gathers the data of the story pages its edit reaches (the plan's reverse index), keeps the last
    rebuild's fingerprints for the rest, and ends with the plan a fresh preview would make."""
    from snowball.hub import CheckCache
    from snowball.views import HubPages

    root = copy_hub(tmp_path / "hub")
    reads = CheckCache.in_memory()

    def plan(previous: object = None) -> object:
        images = ImageCache(root / ".cache" / "images")
        hub = load_hub(root, reuse=reads)
        return plan_site(hub, preview=True, site_name="Hub", site_url="", key="k", images=images, previous=previous)

    first = plan()
    asked: list[str] = []
    story_context = HubPages.story_context
    monkeypatch.setattr(HubPages, "story_context", lambda self, s, h: asked.append(s.slug) or story_context(self, s, h))
    story = sorted((root / "stories").glob("*/index.md"))[0]
    story.write_text(story.read_text(encoding="utf-8") + "\nOne more sentence.\n", encoding="utf-8")
    again = plan(first)
    stories = [p for p, o in again.plan.outputs.items() if o.kind == "story"]  # type: ignore[attr-defined]
    assert story.parent.name in asked and 0 < len(asked) < len(stories)
    assert again.plan.fingerprints() == plan().plan.fingerprints()  # type: ignore[attr-defined]
