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


def test_random_edits_build_and_preview_like_a_clean_build(tmp_path: Path) -> None:
    # A new sequence each run (pytest-randomly seeds `random` per test, so `-p randomly -p "randomly_seed=N"`
    # repeats one); chosen inside the test, as parallel workers must collect the same test names.
    seed = random.randrange(10_000)
    assert oracle.run_sequence(tmp_path / "oracle", seed, steps=3) == [], f"oracle sequence seed {seed}"


def test_a_preview_left_running_keeps_no_garbage_from_its_rebuilds(tmp_path: Path) -> None:
    """The hook freezes the collector during each rebuild (gc.freeze), which resets its counts: without a
    collection of its own, no full collection ever came and each save's cycles stayed (about 3,000 objects
    and 1 MB a save on this 5-story hub, 12 GB over a long oracle run). Counted after the event the preview's
    index thread ends on, in objects, not time."""
    import gc

    root = tmp_path / "hub"
    oracle.make_hub(root, 3)
    engine, rng, counts = oracle.Engine(root), random.Random(1), []
    for _ in range(16):
        oracle.edit_title(root, rng)
        assert engine.build("preview", tmp_path / "site", preview=True, fresh=False)
        counts.append(len(gc.get_objects()))
    assert counts[-1] - counts[3] < 12 * 500, counts


def edits_in_order(monkeypatch: pytest.MonkeyPatch, order: list) -> None:  # type: ignore[type-arg]
    """Make the oracle's sequences take these edits, in this order, instead of random ones."""
    edits = iter(order)

    class InOrder(random.Random):
        def choice(self, seq):  # type: ignore[no-untyped-def, override]
            if seq is oracle.EDITS:
                return next(edits)
            return super().choice(seq)

    monkeypatch.setattr(oracle.random, "Random", InOrder)


def test_every_kind_of_edit_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each edit kind at least once, in a fixed order (the random sequences may miss some)."""
    edits_in_order(monkeypatch, oracle.EDITS)
    assert oracle.run_sequence(tmp_path / "oracle", 7, steps=len(oracle.EDITS), preview=False) == []


def test_breaking_and_fixing_stories_previews_like_a_fresh_preview(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The preview's banner naming the stories it cannot show is on every page: each page must change with it
    (break one story, edit another, fix the first), byte for byte as a fresh preview renders it."""
    edits_in_order(monkeypatch, [oracle.break_or_fix_story, oracle.edit_title, oracle.break_or_fix_story])
    assert oracle.run_sequence(tmp_path / "oracle", 11, steps=3) == []


def test_registry_words_documents_and_redirects(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A registry entry's description, region or contact (search reads them), a document's bytes, a redirect
    added, changed and removed, and a story on a redirect's address: build and preview like a clean build."""
    order = [oracle.edit_practice_description, oracle.edit_tag_description, oracle.edit_site_region]
    order += [oracle.edit_champion_contact, oracle.replace_document, oracle.replace_document]
    order += [oracle.edit_redirect] * 3 + [oracle.add_story_at_redirect]
    edits_in_order(monkeypatch, order)
    assert oracle.run_sequence(tmp_path / "oracle", random.randrange(1000), steps=len(order)) == []


def test_files_dropped_into_the_site_folder_go_as_in_a_clean_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build with the cache moves the last site back whole; a file put into it by hand (at the top, in a
    story's folder, among the theme's assets) must be gone after the next build, as a clean build leaves it."""
    edits_in_order(monkeypatch, [oracle.litter_site, oracle.edit_title, oracle.litter_site, oracle.litter_site])
    assert oracle.run_sequence(tmp_path / "oracle", 5, steps=4, preview=False) == []
