"""The sharded search index as files: the preview's memo changes nothing, and a rewrite touches only what changed."""

from __future__ import annotations

import functools
import json
from pathlib import Path

from snowball.search import SearchMemo, entry, markdown_text, sharded_index, write_search


def _entries(n: int, word: str = "harbour") -> list:
    return [
        entry(f"stories/s{i:03}/", f"Story {i}", markdown_text(f"# Heading\n\nThe {word} crew, story {i}."))
        for i in range(n)
    ]


def test_the_memo_gives_the_same_index_and_keeps_only_what_the_last_index_used(tmp_path: Path) -> None:
    memo = SearchMemo()
    first = _entries(120)
    assert sharded_index(first, memo.entry_scores) == sharded_index(first)
    memo.settle()
    later = _entries(60, word="bakery")
    assert sharded_index(later, memo.entry_scores) == sharded_index(later)
    memo.settle()
    assert {e for e, _ in memo.scores}  # type: ignore[attr-defined] == set(later)  # a preview left running does not keep every old entry
    assert memo.text("**Bold** [link](x.md)") == markdown_text("**Bold** [link](x.md)") == "Bold link"


def test_a_rewrite_writes_only_changed_files_and_removes_stale_ones(tmp_path: Path) -> None:
    folder = tmp_path / "search"
    write_search(folder, _entries(120))
    docs = sorted(p.name for p in (folder / "docs").iterdir())
    assert docs == sorted([f"{n}.json" for n in range(12)] + ["dates.json", "dict.txt", "facets.json", "meta.json"])
    untouched = folder / "docs" / "0.json"
    stamp = untouched.stat().st_mtime_ns
    (folder / "terms" / "zzz.json").write_text("{}")  # a shard no longer in the index
    meta = write_search(folder, _entries(120)[:-30])  # the last chunks' stories are gone
    assert sorted(p.name for p in (folder / "docs").iterdir()) == sorted(
        [f"{n}.json" for n in range(9)]
        + [
            "dates.json",
            "dict.txt",
            "facets.json",
            "meta.json",
        ]
    )
    assert not (folder / "terms" / "zzz.json").exists()
    assert untouched.stat().st_mtime_ns == stamp  # same text: not written again
    assert "har" in meta["shards"] and meta["docs"] == 90  # the number of documents, not of shards
    postings = json.loads((folder / "terms" / "har.json").read_text())["harbour"]
    assert postings == [5] * 90  # every document after the last (gap 1) has it in its summary (code 2)


@functools.cache
def _sample_entries() -> dict:
    from snowball.hub import load_hub
    from snowball.ledger import Ledger
    from snowball.search_entries import search_entries
    from snowball.views import Names

    from .conftest import REPO

    hub = load_hub(REPO)
    lg = Ledger(hub, hub.published())
    return {e.location: e for e in search_entries(lg, Names(lg))}


def test_the_share_page_and_other_lists_of_names_are_not_searched() -> None:
    """contribute/ lists every registry (it came up for each champion's name); redirects, the matrix and
    numbered lists are lists too. Their pages stay reachable from the navigation."""
    found = _sample_entries()
    assert "contribute/" not in found
    assert not any(loc.startswith(("matrix/", "feeds/")) or "/page/" in loc for loc in found)
    nadia = [loc for loc, e in found.items() if "Nadia Haddad" in e.title + e.text]
    assert "champions/nadia-haddad/" in nadia and all(not loc.startswith("contribute") for loc in nadia)


def test_a_results_excerpt_is_the_summary_and_its_site_and_champions_come_apart() -> None:
    found = _sample_entries()
    story = found["stories/kingsgate-ebike-leasing/"]
    assert story.excerpt.endswith("now holds eleven e-bikes.")
    assert "Kingsgate Branch" not in story.excerpt and story.meta.startswith("Kingsgate Branch · ")
    assert "Kingsgate Branch" in story.text  # still found by its site and champions
    files = sharded_index(list(found.values()))
    rows = [row for name, text in files.items() if name[5:-5].isdigit() for row in json.loads(text)]
    row = next(r for r in rows if r[0] == "stories/kingsgate-ebike-leasing/")
    assert row[2] == story.excerpt and row[4] == story.meta  # [location, title, excerpt, tags, meta]


def test_the_excerpt_is_cut_at_a_word_and_never_inside_an_entity() -> None:
    long = "Fish & chips " * 40
    e = entry("stories/x/", "X", long, meta="Site")
    teaser = json.loads(sharded_index([e])["docs/0.json"])[0][2]
    assert teaser.endswith(" …") and len(teaser) <= 305 and "Site" not in teaser
    assert teaser.count("&") == teaser.count("&amp;")


def test_a_long_meta_line_is_cut_too() -> None:
    people = ", ".join(f"Champion {i}" for i in range(60))
    row = json.loads(sharded_index([entry("sites/x/", "X", "Site in North.", meta=people)])["docs/0.json"])[0]
    assert row[2] == "Site in North." and row[4].startswith("Champion 0, ") and row[4].endswith(" …")
    assert len(row[4]) <= 205


def test_a_story_in_another_language_carries_it_into_its_search_entry() -> None:
    """Front matter `lang` (Story.lang) reaches the entry, which search.py splits and stems in it."""
    import dataclasses

    from snowball.hub import load_hub
    from snowball.ledger import Ledger
    from snowball.search_entries import search_entries
    from snowball.views import Names

    from .conftest import REPO

    hub = load_hub(REPO)
    first, *rest = hub.published()
    lg = Ledger(hub, [dataclasses.replace(first, lang="pt-BR"), *rest])
    found = {e.location: e for e in search_entries(lg, Names(lg))}
    assert found[f"stories/{first.slug}/"].lang == "pt-BR"
    assert {e.lang for loc, e in found.items() if loc != f"stories/{first.slug}/"} == {""}
