"""The plan's reverse index: which outputs can an edit reach? (Plan.reached, snowball.site.changed_keys)

The preview plans again only what an edit reaches and keeps the last rebuild's fingerprints for the rest, so
the index must never under-report: on random small hubs and random edits (the oracle's), every output whose
fingerprint changed is among the reached ones, and the preview's plan equals a plan made afresh. And it must
report few: a story's text reaches its own page and the pages that show its record, not every story page.
"""

from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from snowball.hub import CheckCache, load_hub
from snowball.images import ImageCache
from snowball.plan import EVERYTHING
from snowball.site import SitePlan, changed_keys, edit_keys, plan_site
from snowball.urls import source_path

from .conftest import REPO

sys.path.insert(0, str(REPO / "scripts"))
import oracle  # noqa: E402

# every edit the oracle makes, but mkdocs.yml's (the plan's key changes: everything is planned again)
EDITS = [e for e in oracle.EDITS if e is not oracle.edit_config]


def plan(root: Path, reads: CheckCache, previous: SitePlan | None = None) -> SitePlan:
    hub = load_hub(root, reuse=reads)
    return plan_site(
        hub, preview=True, site_name="Hub", site_url="", key="k", images=ImageCache(root / ".cache" / "images"),
        previous=previous,
    )  # fmt: skip


def edited(root: Path, seed: int, edit: object) -> tuple[SitePlan, SitePlan, SitePlan, str]:
    """(the plan before, the plan after made afresh, the plan after made from the one before, the edit)."""
    reads = CheckCache.in_memory()
    before = plan(root, reads)
    what = edit(root, random.Random(seed))  # type: ignore[operator]
    return before, plan(root, CheckCache.in_memory()), plan(root, reads, before), what


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10_000), edit=st.sampled_from(EDITS))
def test_the_index_never_under_reports(tmp_path_factory: pytest.TempPathFactory, seed: int, edit: object) -> None:
    root = tmp_path_factory.mktemp("hub") / "hub"
    oracle.make_hub(root, seed)
    try:
        before, after, preview, what = edited(root, seed, edit)
        old, new = before.plan.fingerprints(), after.plan.fingerprints()
        changed = {p for p in old.keys() & new.keys() if old[p] != new[p]}
        keys = edit_keys(before, after.hub, after.heroes, after.redirects)  # type: ignore[arg-type]
        missed = changed - before.plan.reached(keys)
        assert not missed, f"{what}: keys {sorted(keys)} miss {sorted(missed)}"
        assert preview.plan.fingerprints() == new, f"{what}: the preview's plan differs from a fresh one"
    finally:
        shutil.rmtree(root.parent, ignore_errors=True)


def test_a_body_edit_reaches_its_own_page_not_every_story_page(tmp_path: Path) -> None:
    root = tmp_path / "hub"
    oracle.make_hub(root, 3)
    before, after, preview, _ = edited(root, 3, oracle.edit_body)
    slug = next(s for s in after.hub.stories if after.hub.stories[s].body != before.hub.stories[s].body)  # type: ignore[union-attr]
    keys = changed_keys(before.hub, after.hub)  # type: ignore[arg-type]
    assert keys == {f"story:{slug}", "any-story"}
    reached = before.plan.reached(keys)
    stories = {p for p, o in before.plan.outputs.items() if o.kind == "story"}
    lg = before.pages.ledger  # the story pages that hold its record: its own, and those listing it beside them
    holding = {
        source_path("story", s.slug)
        for s in lg.stories
        if s.slug == slug or slug in {o.slug for o in lg.related(s) + lg.inspired.get(s.slug, [])} | set(s.inspired_by)
    }
    assert reached & stories == holding != stories
    pages = {p for p, o in before.plan.outputs.items() if o.kind == "page"}
    assert len(reached & pages) < len(pages) // 2  # the pages that show it (its site's, its practice's, ...)
    assert preview.plan.fingerprints() == after.plan.fingerprints()


def test_renaming_a_site_reaches_the_story_pages_that_print_its_name(tmp_path: Path) -> None:
    root = tmp_path / "hub"
    oracle.make_hub(root, 5)
    reads = CheckCache.in_memory()
    before = plan(root, reads)
    site = next(iter(before.hub.sites))  # type: ignore[union-attr]
    oracle._set_in_entry(root / "registries" / "sites.yml", site, "name", '"Renamed site"')
    after = plan(root, CheckCache.in_memory())
    keys = changed_keys(before.hub, after.hub)  # type: ignore[arg-type]
    assert f"site:{site}" in keys and EVERYTHING not in keys
    printing = {
        source_path("story", s.slug)
        for s in before.hub.stories.values()  # type: ignore[union-attr]
        if s.site == site or any(o.site == site for o in before.pages.ledger.related(s))
    }
    stories = {p for p, o in before.plan.outputs.items() if o.kind == "story"}
    assert printing <= before.plan.reached(keys)
    changed = {p for p in stories if before.plan.outputs[p].fingerprint != after.plan.outputs[p].fingerprint}
    assert changed <= before.plan.reached(keys)
    assert plan(root, reads, before).plan.fingerprints() == after.plan.fingerprints()
