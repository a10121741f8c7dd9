"""The adoption record's place aggregates: regions, neighbours' lessons, reach and lineage, on small hubs of
their own (built in memory, independent of the sample content)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from snowball.ledger import Ledger
from snowball.model import Champion, Hub, Practice, Registries, Site, Story


def story(
    slug: str,
    site: str,
    practices: Iterable[str],
    *,
    date: str = "2025-01-01",
    stage: str = "adopted",
    champions: Iterable[str] = ("ann",),
    inspired_by: Iterable[str] = (),
) -> Story:
    return Story(
        slug=slug,
        path=Path(f"stories/{slug}/index.md"),
        title=f"Title of {slug}",
        summary="Summary.",
        date=dt.date.fromisoformat(date),
        site=site,
        champions=tuple(champions),
        practices=tuple(practices),
        stage=stage,
        tags=(),
        outcomes=(),
        inspired_by=tuple(inspired_by),
        image=None,
        image_alt=None,
        draft=False,
        body="",
        body_line=1,
    )


def make_ledger(
    sites: dict[str, str],
    practices: Iterable[str],
    stories: Iterable[Story],
    champions: dict[str, tuple[str, str | None]] | None = None,
) -> Ledger:
    """sites: id -> region; champions: id -> (site, contact)."""
    champions = champions or {"ann": (next(iter(sites)), "ann@example.org")}
    registries = Registries(
        sites={i: Site(i, f"Site {i}", region) for i, region in sites.items()},
        practices={p: Practice(p, f"Practice {p}", f"What {p} is.") for p in practices},
        champions={c: Champion(c, f"Champion {c}", s, contact) for c, (s, contact) in champions.items()},
        tags={},
        tag_aliases={},
    )
    items = list(stories)
    hub = Hub(Path("."), registries, {s.slug: s for s in items}, (), {})
    return Ledger(hub, items)


def test_regions_group_sites_by_name_and_get_unique_addresses() -> None:
    lg = make_ledger({"b": "Nord", "a": "Nord", "c": "nord", "d": "Süd Ost"}, [], [])
    assert list(lg.regions) == ["Nord", "nord", "Süd Ost"]
    assert [s.id for s in lg.regions["Nord"]] == ["a", "b"]
    assert sorted(lg.region_ids.values()) == ["nord", "nord-2", "süd-ost"]


@settings(max_examples=200)
@given(st.lists(st.text(min_size=1, max_size=20), min_size=1, max_size=8))
def test_region_addresses_are_unique_and_safe(names: list[str]) -> None:
    lg = make_ledger({f"s{i}": name for i, name in enumerate(names)}, [], [])
    ids = list(lg.region_ids.values())
    assert len(ids) == len(set(ids)) == len(set(names))
    for i in ids:
        assert re.fullmatch(r"[\w-]+", i), i  # one path segment: no slash, dot or space


def test_neighbour_lessons_suggest_what_most_neighbours_run_and_skip_what_was_tried() -> None:
    sites = {"here": "North", "n1": "North", "n2": "North", "far": "South"}
    lg = make_ledger(
        sites,
        ["solar", "bikes", "cafe", "paper", "far-only"],
        [
            story("n1-solar", "n1", ["solar"], stage="adopted"),
            story("n2-solar", "n2", ["solar"], stage="scaled", date="2025-03-01"),
            story("n1-bikes", "n1", ["bikes"], stage="scaled"),
            story("n2-cafe", "n2", ["cafe"], stage="retired"),  # retired at the neighbour: not a lesson
            story("here-paper", "here", ["paper"], stage="retired"),  # tried here already
            story("n1-paper", "n1", ["paper"]),
            story("far-only", "far", ["far-only"], stage="scaled"),  # another region
        ],
    )
    lessons = lg.neighbour_lessons("here", limit=5)
    assert [(p, a.site, n) for p, a, n in lessons] == [("solar", "n2", 2), ("bikes", "n1", 1)]
    assert lg.neighbour_lessons("far") == []
    assert lg.neighbour_lessons("unknown") == []


def test_live_count_leaves_retired_adoptions_out() -> None:
    lg = make_ledger(
        {"a": "R", "b": "R", "c": "R"},
        ["p"],
        [
            story("a1", "a", ["p"], date="2024-01-01"),
            story("a2", "a", ["p"], date="2025-01-01", stage="retired"),  # the newest story decides
            story("b1", "b", ["p"], stage="pilot"),
        ],
    )
    assert len(lg.practice_adoptions("p")) == 2
    assert lg.live_count("p") == 1
    assert [a.live for a in lg.practice_adoptions("p")] == [False, True]


def test_practice_lineage_lists_each_pair_once_newest_first() -> None:
    lg = make_ledger(
        {"a": "R", "b": "R", "c": "R"},
        ["p", "q"],
        [
            story("first", "a", ["p", "q"], date="2024-01-01"),
            story("second", "b", ["p", "q"], date="2024-06-01", inspired_by=["first", "first"]),
            story("third", "c", ["p"], date="2025-01-01", inspired_by=["second", "first", "missing"]),
            story("other", "c", ["q"], date="2025-02-01", inspired_by=["first"]),  # not about p
        ],
    )
    pairs = [(a.slug, b.slug) for a, b in lg.practice_lineage("p")]
    assert pairs == [("second", "third"), ("first", "third"), ("first", "second")]
    assert len(pairs) == len(set(pairs))
