"""The benchmark script's own logic: verdicts against issue 21's targets and the preview's edits.

No timing here: these check that a measured figure is marked MET or MISSED against the right limit, that a
failed measure shows as FAILED with its reason instead of a number, and that the five preview edits are of
different kinds and touch only what they name.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from .conftest import REPO

sys.path.insert(0, str(REPO / "scripts"))
import bench  # noqa: E402
import synth  # noqa: E402

BUILT = {
    "hub_build_s": 8.0,
    "hub_build_cpu_s": 12.0,
    "hub_peak_mb": 550.0,
    "bare_build_s": 10.0,
    "bare_build_cpu_s": 10.0,
    "bare_peak_mb": 300.0,
    "hugo_build_s": 2.0,
    "hugo_build_cpu_s": 3.0,
    "hugo_peak_mb": 250.0,
    "bare_vs_hugo": 5.0,
    "ratio": 0.8,
    "cpu_ratio": 1.2,
    "rebuild_one_changed_s": 1.0,
    "rebuild_vs_bare_clean": 0.1,
    "preview_edits": 5.0,
    "preview_median_s": 1.5,
    "preview_peak_mb": 400.0,
}


def verdicts(n: int, results: dict) -> list[str]:
    header = bench.TARGET_HEADER.index("verdict")
    lines = bench.targets_table({n: results}).splitlines()[2:]
    return [[c.strip() for c in line.strip("|").split("|")][header] for line in lines]


def test_figures_at_the_limits_meet_every_target_at_10000():
    assert verdicts(10000, BUILT) == ["MET", "MET", "MET", "MET", "MET", "anchor"]


def test_figures_over_the_limits_miss_each_target():
    worse = {**BUILT, "ratio": 0.81, "cpu_ratio": 1.5, "rebuild_vs_bare_clean": 0.11, "preview_median_s": 1.6}
    worse["preview_peak_mb"] = 601.0
    assert verdicts(10000, worse) == ["MISSED", "MISSED", "MISSED", "MISSED", "MISSED", "anchor"]


def test_the_preview_target_is_half_a_second_at_1000_and_memory_has_a_target_only_at_10000():
    assert verdicts(1000, BUILT) == ["MET", "MET", "MET", "MISSED", "no target here", "anchor"]
    assert bench.preview_target(200) == (0.5, " (set for 1,000)")
    assert bench.preview_target(5000) == (1.5, " (set for 10,000)")
    assert bench.preview_target(20000)[0] is None


def test_a_failed_preview_shows_its_reason_and_no_number():
    failed = {**BUILT, "preview_failed": "title: sites/site-0001/ not showing it after 110 s"}
    table = bench.targets_table({1000: failed})
    row = next(line for line in table.splitlines() if line.startswith("| preview"))
    assert "FAILED" in row and "not showing it after 110 s" in row
    assert "1.50 s |" not in row


def test_measures_not_run_say_so():
    assert verdicts(1000, {}) == ["NOT RUN", "NOT RUN", "NOT RUN", "NOT RUN", "NOT RUN", "anchor"]


def test_every_row_gives_wall_cpu_and_memory_and_its_distance_from_hugo():
    table = bench.targets_table({10000: BUILT})
    build = next(line for line in table.splitlines() if line.startswith("| clean build: wall"))
    assert "8.00 s, 12.0 CPU s, 550 MB" in build  # Snowball
    assert "10.00 s, 10.0 CPU s, 300 MB" in build  # bare Material
    assert "2.00 s, 3.0 CPU s, 250 MB" in build  # Hugo
    assert "4.0x wall, 4.0x CPU, 2.2x MB" in build
    memory = next(line for line in table.splitlines() if line.startswith("| peak memory"))
    assert "largest: clean build" in memory and "550 MB" in memory


def test_served_pages_compare_equal_without_the_live_reload_ids(monkeypatch: pytest.MonkeyPatch):
    served = iter(
        ["<p>x</p><script>livereload(1733, 1734);</script>", "<p>x</p><script>livereload(1740, 1741);</script>"]
    )
    monkeypatch.setattr(bench, "_get", lambda url: next(served))
    assert bench._page("http://h/", "a/") == bench._page("http://h/", "a/")


def test_the_five_preview_edits_are_different_kinds_and_change_only_what_they_name(tmp_path: Path, monkeypatch):
    root = synth.generate(tmp_path / "hub", 30)
    titles = " ".join(
        re.search(r'^title: "(.*)"', (s / "index.md").read_text(), re.M).group(1) for s in (root / "stories").iterdir()
    )
    monkeypatch.setattr(bench, "_page", lambda base, path: titles)  # every title "shown on its site page"
    story, site, practice, other = bench._pick_story(root, "http://h/")
    assert other != practice
    edits = bench._edits(root, story, site, practice, other, "7")
    assert [e.kind for e in edits] == ["title", "body", "practice moved", "site name", "practice name"]
    for edit in edits:
        ((path, text),) = edit.writes.items()
        before = path.read_text(encoding="utf-8")
        assert text != before
        changed = [(a, b) for a, b in zip(before.splitlines(), text.splitlines(), strict=False) if a != b]
        assert len(changed) <= 1  # one line changed (the body edit appends)
        assert f"stories/{story.name}/" in edit.shows
    registry = {e.kind: e for e in edits}
    (sites_text,) = registry["site name"].writes.values()
    assert sites_text.count("Benchsite7") == 1
    assert re.search(rf'- id: {site}\n  name: "Benchsite7"', sites_text)
    (moved,) = registry["practice moved"].writes.values()
    assert f"practices: [{other}]" in moved
