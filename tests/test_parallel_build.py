"""A hub of a few hundred stories is built on two cores; the result must be the one-core result, byte for byte."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from .conftest import REPO, mkdocs_bin, run_process

sys.path.insert(0, str(REPO / "scripts"))
import synth  # noqa: E402


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("synthetic")
    synth.generate(root, 320, images=3, words=300)
    synth.make_site_config(root)
    return root


def test_two_core_build_equals_one_core_build(synthetic: Path) -> None:
    parallel = run_process(mkdocs_bin(), "build", "--strict", "-d", "site-parallel", cwd=synthetic)
    assert parallel.code == 0, parallel.err
    serial = run_process(
        mkdocs_bin(), "build", "--strict", "-d", "site-serial", cwd=synthetic, env={"SNOWBALL_SERIAL": "1"}
    )
    assert serial.code == 0, serial.err
    a, b = synthetic / "site-parallel", synthetic / "site-serial"
    names = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file() and "sitemap" not in p.name)
    assert names == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file() and "sitemap" not in p.name)
    differ = [str(n) for n in names if (a / n).read_bytes() != (b / n).read_bytes()]
    assert differ == []
    # the stories converted by the second process still have their table of contents and headings
    last = sorted((a / "stories").glob("story-*/index.html"))[-1].read_text()
    assert '<a href="#what-happened" class="md-nav__link"' in last
    assert 'id="what-we-tried"' in last


def test_a_warning_in_the_background_still_fails_strict(synthetic: Path) -> None:
    story = sorted((synthetic / "stories").iterdir())[-1] / "index.md"
    original = story.read_text()
    try:  # a link to an anchor that does not exist: MkDocs warns while converting, in the second process
        story.write_text(original + "\n[see](#no-such-heading)\n")
        result = run_process(mkdocs_bin(), "build", "--strict", "-d", "site-warn", cwd=synthetic)
    finally:
        story.write_text(original)
    assert result.code == 1
    assert "no-such-heading" in result.err
