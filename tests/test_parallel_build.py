"""A hub of a few hundred stories is built on two cores; the result must be the one-core result, byte for byte."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest

from .conftest import REPO, mkdocs_bin, run_process, search_files

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


def test_a_killed_helper_falls_back_to_working_here(synthetic: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Gate finding 11: killing the helper process made a non-strict build exit 0 with no search index."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    import snowball.background as background
    import snowball.bridge.work as work

    class Killed(background.Shared):
        """A helper that dies at its 40th item: what it took and did not send is done by the build."""

        def _helper(self, child):  # type: ignore[no-untyped-def]
            done, do = [0], self.do

            def dying(i: int):  # type: ignore[no-untyped-def]
                done[0] += 1
                if done[0] == 40:
                    os.kill(os.getpid(), signal.SIGKILL)
                return do(i)

            self.do = dying
            super()._helper(child)

    monkeypatch.chdir(synthetic)
    monkeypatch.setenv("SNOWBALL_CACHE", "off")
    site = synthetic / "site-killed"
    config = load_config(str(synthetic / "mkdocs.yml"), site_dir=str(site))
    monkeypatch.setattr(work, "Shared", Killed)  # where the build hands work to the helper
    config.plugins.on_startup(command="build", dirty=False)
    build(config)
    docs, terms = search_files(site)
    assert len([d for d in docs if str(d[0]).startswith("stories/")]) == 320
    assert terms
    last = sorted((site / "stories").glob("story-*/index.html"))[-1].read_text()
    assert 'id="what-we-tried"' in last  # converted here, after the helper died
