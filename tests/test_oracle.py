"""The correctness oracle, bounded: random edits to a tiny hub, and after each the incremental build (with the
persistent cache) and the incremental preview (`serve --dirty`'s rebuild, in-process) equal a clean build byte
for byte. `scripts/oracle.py --sequences 500` is the long run."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from .conftest import REPO

sys.path.insert(0, str(REPO / "scripts"))
import oracle  # noqa: E402


@pytest.mark.parametrize("seed", [random.Random().randrange(10_000)])  # a new sequence each run, named on failure
def test_random_edits_build_and_preview_like_a_clean_build(seed: int, tmp_path: Path) -> None:
    assert oracle.run_sequence(tmp_path / "oracle", seed, steps=3) == []


def test_every_kind_of_edit_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each edit kind at least once, in a fixed order (the random sequences may miss some)."""
    edits = iter(oracle.EDITS)

    class InOrder(random.Random):
        def choice(self, seq):  # type: ignore[no-untyped-def, override]
            if seq is oracle.EDITS:
                return next(edits)
            return super().choice(seq)

    monkeypatch.setattr(oracle.random, "Random", InOrder)
    assert oracle.run_sequence(tmp_path / "oracle", 7, steps=len(oracle.EDITS), preview=False) == []
