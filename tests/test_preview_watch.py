"""The preview's own file observer (lstat: it never follows a symlinked folder) still watches what
`mkdocs serve` was asked to watch: the theme folders with --watch-theme, and the paths of --watch."""

from __future__ import annotations

import re
from pathlib import Path

from .conftest import copy_hub
from .test_preview import fetch, serve, wait_for


def _epoch(base: str) -> str:
    """The site version MkDocs' live-reload script carries in every served page: it changes on each rebuild."""
    found = re.search(r"livereload\((\d+),", fetch(base)[1])
    assert found, "the served page has no live-reload script"
    return found.group(1)


def test_watch_theme_and_watch_paths_rebuild_the_preview(tmp_path: Path) -> None:
    root = copy_hub(tmp_path / "hub")
    css = root / "theme_overrides" / "assets" / "snowball.css"
    notes = root / "notes"  # any folder an editor asks the preview to watch
    notes.mkdir()
    (notes / "todo.txt").write_text("first\n")
    for base in serve(root, "--dirty", "--watch-theme", "--watch", str(notes)):
        before = _epoch(base)  # first, while no rebuild is pending: the served pages wait for a running one
        (notes / "todo.txt").write_text("second\n")
        wait_for(lambda b=base, e=before: _epoch(b) != e, 60, "a rebuild after a change in a --watch folder")
        css.write_text(css.read_text() + "\n/* edited-theme-marker */\n")
        wait_for(
            lambda b=base: "edited-theme-marker" in fetch(b + "assets/snowball.css")[1],
            60,
            "the theme edit to be served",
        )


def test_editing_snowball_yml_updates_every_page_of_the_preview(tmp_path: Path) -> None:
    """snowball.yml is not in mkdocs.yml's `watch:` (it is optional); the preview watches it, and a setting
    every page shows (allow_indexing: the robots meta tag) re-renders every page, not only the changed files."""
    root = copy_hub(tmp_path / "hub")
    settings = root / "snowball.yml"
    settings.write_text("allow_indexing: false\n")
    story = "stories/glenmoor-repair-cafe-partnership/"
    for base in serve(root, "--dirty"):
        assert 'content="noindex, nofollow"' in fetch(base + story)[1]
        settings.write_text(settings.read_text().replace("allow_indexing: false", "allow_indexing: true"))
        wait_for(lambda b=base: "Allow: /" in fetch(b + "robots.txt")[1], 60, "robots.txt to allow crawling")
        assert 'content="noindex, nofollow"' not in fetch(base + story)[1]
        assert 'content="noindex, nofollow"' not in fetch(base)[1]
