"""The sharded search index as files: the preview's memo changes nothing, and a rewrite touches only what changed."""

from __future__ import annotations

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
    assert sharded_index(first, memo.scores) == sharded_index(first)
    memo.settle()
    later = _entries(60, word="bakery")
    assert sharded_index(later, memo.scores) == sharded_index(later)
    memo.settle()
    assert set(memo._scores) == set(later)  # a preview left running does not keep every old entry
    assert memo.text("**Bold** [link](x.md)") == markdown_text("**Bold** [link](x.md)") == "Bold link"


def test_a_rewrite_writes_only_changed_files_and_removes_stale_ones(tmp_path: Path) -> None:
    folder = tmp_path / "search"
    write_search(folder, _entries(120))
    docs = sorted(p.name for p in (folder / "docs").iterdir())
    assert docs == ["0.json", "1.json", "2.json"]
    untouched = folder / "docs" / "0.json"
    stamp = untouched.stat().st_mtime_ns
    (folder / "terms" / "zzz.json").write_text("{}")  # a shard no longer in the index
    shards = write_search(folder, _entries(120)[:-30])  # the last chunk's stories are gone
    assert sorted(p.name for p in (folder / "docs").iterdir()) == ["0.json", "1.json"]
    assert not (folder / "terms" / "zzz.json").exists()
    assert untouched.stat().st_mtime_ns == stamp  # same text: not written again
    assert "har" in shards
    assert json.loads((folder / "terms" / "har.json").read_text())["harbour"][0::2] == list(range(90))
