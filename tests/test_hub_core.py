"""The core's checks on small hubs of their own (independent of the sample content).

Phase 1 checks a story alone; phase 2 relates stories in one pass. Neither recurses, so a long
chain of links or of inspired_by cannot overflow, and the messages blame the right file.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from snowball.hub import CheckCache, check_story, cross_check, find_cycles, load_hub
from snowball.registries import load_registries
from snowball.settings import load_settings

from .conftest import VALID_BODY, VALID_FRONT, Hub

ON = dt.date(2026, 11, 27)


def codes(h: Hub) -> list[tuple[str, str]]:
    return [(d.path, d.code) for d in load_hub(h.root, on=ON).diagnostics]


def front(**changes: str) -> str:
    text = VALID_FRONT
    for key, value in changes.items():
        lines = [ln for ln in text.splitlines() if not ln.startswith(f"{key}:")]
        text = "\n".join([*lines, f"{key}: {value}"]) + "\n"
    return text


def test_two_hundred_stories_linking_to_the_next_do_not_crash(hub: Hub) -> None:
    """Gate finding 4: each story links to the next in slug order; the old recursive check overflowed."""
    n = 200
    for i in range(n):
        link = f"\n[next](../s{i + 1:03d}/index.md)\n" if i + 1 < n else "\n"
        inspired = f"[s{i - 1:03d}]" if i else "[]"
        hub.story(f"s{i:03d}", front(inspired_by=inspired), VALID_BODY + link)
    loaded = load_hub(hub.root, on=ON)
    assert [d for d in loaded.diagnostics if d.severity == "error"] == []
    assert len(loaded.stories) == n


def test_a_long_inspired_by_cycle_is_reported_on_each_story(hub: Hub) -> None:
    n = 300
    for i in range(n):
        hub.story(f"c{i:03d}", front(inspired_by=f"[c{(i + 1) % n:03d}]"))
    loaded = load_hub(hub.root, on=ON)
    cycles = [d for d in loaded.diagnostics if d.message.startswith("inspired_by forms a cycle")]
    assert len(cycles) == n
    first = next(d for d in cycles if d.path == "stories/c000/index.md")
    assert first.message.startswith("inspired_by forms a cycle: c000 -> c001 -> c002")
    assert first.message.endswith("c299 -> c000")


def test_find_cycles_small_graphs() -> None:
    assert find_cycles({"a": ("b",), "b": ("a",), "c": ("a",)}) == {"a": ["a", "b", "a"], "b": ["b", "a", "b"]}
    assert find_cycles({"a": ("b",), "b": ("c",), "c": ()}) == {}
    assert find_cycles({"a": ("x",)}) == {}  # a story that does not exist is another rule's business


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from("abcdefg"), st.lists(st.sampled_from("abcdefg"), max_size=3).map(tuple)))
def test_find_cycles_matches_reachability(edges: dict[str, tuple[str, ...]]) -> None:
    """A node is reported exactly when it can reach itself, and each reported cycle is a real path."""
    edges = {k: tuple(v for v in vs if v != k) for k, vs in edges.items()}
    found = find_cycles(edges)
    for node in edges:
        seen, frontier = set(), list(edges[node])
        while frontier:
            x = frontier.pop()
            if x in edges and x not in seen:
                seen.add(x)
                frontier += edges[x]
        assert (node in found) == (node in seen)
    for node, cycle in found.items():
        assert cycle[0] == cycle[-1] == node
        assert all(b in edges[a] for a, b in zip(cycle, cycle[1:], strict=False))


def test_phase_one_never_reads_another_story(hub: Hub) -> None:
    """A story's own check is the same whether the stories it names exist or not."""
    hub.story("a", front(inspired_by="[b]"), VALID_BODY + "\n[b](../b/index.md)\n")
    registries, _ = load_registries(hub.root)
    settings_, _ = load_settings(hub.root)
    alone = check_story(hub.root, "a", registries, settings_, ON)
    hub.story("b", front(draft="true"))
    again = check_story(hub.root, "a", registries, settings_, ON)
    assert alone.diagnostics == again.diagnostics == []
    assert [link.other for link in again.links] == ["b"]
    across = cross_check({"a": again, "b": check_story(hub.root, "b", registries, settings_, ON)}, ["a", "b"])
    assert {d.code for d in across["a"]} == {"link-to-draft", "lineage"}


def test_preview_cache_sees_a_draft_flag_change_in_another_story(hub: Hub) -> None:
    hub.story("a", body=VALID_BODY + "\n[b](../b/)\n")
    b = hub.story("b")
    cache = CheckCache.in_memory()
    assert load_hub(hub.root, on=ON, reuse=cache).broken == {}
    b.write_text(b.read_text().replace("tags: [paper]", "tags: [paper]\ndraft: true"))
    os.utime(b, ns=(1, 1))  # a different time too, whatever the file system's resolution
    again = load_hub(hub.root, on=ON, reuse=cache)
    assert cache.hits == 1  # a itself was not checked again
    assert [d.code for d in again.broken["a"]] == ["link-to-draft"]


def test_the_build_cache_keeps_checks_between_processes_by_folder_content(hub: Hub) -> None:
    """A build's phase-1 checks are found by the next build (a new BuildCache on the same folder) unless the
    story's content changed; a different build key finds none."""
    from snowball.bridge.buildcache import BuildCache

    hub.story("a")
    b = hub.story("b")
    first = BuildCache(hub.root, "key")
    load_hub(hub.root, on=ON, reuse=first.checks)
    first.save_checks()
    again = BuildCache(hub.root, "key").checks
    load_hub(hub.root, on=ON, reuse=again)
    assert again.hits == 2
    b.write_text(b.read_text().replace("tags: [paper]", "tags: [paper, waste]"))
    edited = BuildCache(hub.root, "key").checks
    load_hub(hub.root, on=ON, reuse=edited)
    assert edited.hits == 1  # only a
    other = BuildCache(hub.root, "another key").checks
    load_hub(hub.root, on=ON, reuse=other)
    assert other.hits == 0


@pytest.mark.parametrize("target", ["../b/index.md", "../b/", "../b", "../b/#what-we-tried"])
def test_folder_links_to_another_story_are_story_links(hub: Hub, target: str) -> None:
    hub.story("a", body=VALID_BODY + f"\n[b]({target})\n")
    hub.story("b")
    assert codes(hub) == []


@pytest.mark.parametrize("target", ["../b/index.md#nope", "../b/#nope", "../b#what-we-tryed"])
def test_a_link_to_a_missing_heading_in_another_story_is_located(hub: Hub, target: str) -> None:
    """Both validate and the build used to pass these silently: the reader landed at the top of the page."""
    hub.story("a", body=VALID_BODY + f"\n[b]({target})\n")
    hub.story("b")
    found = [d for d in load_hub(hub.root, on=ON).diagnostics if d.severity == "error"]
    assert [(d.path, d.code, d.line) for d in found] == [("stories/a/index.md", "broken-anchor", 15)]
    assert f"the link '{target}' points to no heading or anchor in the story 'b'" in found[0].message
    assert "what-we-tried" in found[0].hint  # the heading that is there


def test_a_link_to_a_file_of_another_story_keeps_its_fragment_unchecked(hub: Hub) -> None:
    """A PDF's #page=2 is for the reader's viewer, not a heading."""
    hub.story("a", body=VALID_BODY + "\n[plan](../b/plan.pdf#page=2)\n")
    hub.story("b", body=VALID_BODY + "\n[plan](plan.pdf)\n")
    (hub.root / "stories" / "b" / "plan.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert codes(hub) == []


def test_link_to_a_missing_file_of_another_story(hub: Hub) -> None:
    hub.story("a", body=VALID_BODY + "\n[b](../b/plan.pdf)\n")
    hub.story("b")
    assert codes(hub) == [("stories/a/index.md", "broken-link")]


def test_an_uppercase_copy_blames_the_copy(hub: Hub) -> None:
    """Gate finding 13: the valid story is not the one blamed."""
    hub.story("paper-files")
    hub.story("PAPER-FILES")
    loaded = load_hub(hub.root, on=ON)
    assert [(d.path, d.code) for d in loaded.diagnostics] == [("stories/PAPER-FILES", "duplicate-slug")]
    assert "paper-files" in loaded.stories


def test_symlinked_index_is_reported_as_a_link(hub: Hub, tmp_path: Path) -> None:
    (hub.root / "stories" / "s").mkdir()
    real = tmp_path / "real.md"
    real.write_text(f"---\n{VALID_FRONT}---\n{VALID_BODY}")
    (hub.root / "stories" / "s" / "index.md").symlink_to(real)
    loaded = load_hub(hub.root, on=ON)
    assert [(d.code, d.message) for d in loaded.diagnostics] == [("symlink", "stories/s/index.md is a symbolic link")]


def test_a_linked_pdf_is_allowed_and_published(hub: Hub) -> None:
    hub.story("a", body=VALID_BODY + "\nRead [the plan](plan.pdf).\n")
    (hub.root / "stories" / "a" / "plan.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    loaded = load_hub(hub.root, on=ON)
    assert loaded.diagnostics == ()
    assert loaded.stories["a"].files == ("plan.pdf",)


def test_an_unused_pdf_hint_says_how_to_link_a_document(hub: Hub) -> None:
    hub.story("a")
    (hub.root / "stories" / "a" / "plan.pdf").write_bytes(b"%PDF-1.4\n")
    (d,) = load_hub(hub.root, on=ON).diagnostics
    assert d.code == "unused-file"
    assert "[text](file) for a document" in (d.hint or "")


def test_a_link_to_an_unpublishable_file_type(hub: Hub) -> None:
    hub.story("a", body=VALID_BODY + "\n[run me](tool.exe)\n")
    (hub.root / "stories" / "a" / "tool.exe").write_bytes(b"MZ")
    (d,) = load_hub(hub.root, on=ON).diagnostics
    assert (d.code, d.line) == ("document-type", 15)


def test_hidden_entries_are_reported_not_skipped(hub: Hub) -> None:
    hub.story("a")
    (hub.root / "stories" / ".drafts").mkdir()
    (hub.root / "stories" / "a" / ".DS_Store").write_bytes(b"\0")
    assert sorted(codes(hub)) == [("stories/.drafts", "hidden-file"), ("stories/a/index.md", "hidden-file")]


@pytest.mark.parametrize("target", ["..", "/"])
def test_a_symlinked_story_folder_is_refused_without_following_it(hub: Hub, target: str) -> None:
    hub.story("a")
    (hub.root / "stories" / "x").symlink_to(target)
    loaded = load_hub(hub.root, on=ON)
    assert [(d.path, d.code) for d in loaded.diagnostics] == [("stories/x", "symlink")]
    assert list(loaded.stories) == ["a"]


def test_a_crash_inside_one_story_check_is_one_clear_diagnostic(hub: Hub, monkeypatch: pytest.MonkeyPatch) -> None:
    hub.story("a")
    hub.story("b")

    def explode(*args: object, **kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr("snowball.hub.check_body", explode)
    loaded = load_hub(hub.root, on=ON)
    assert {d.code for d in loaded.diagnostics} == {"internal-error"}
    assert "RecursionError" in loaded.diagnostics[0].message
    assert set(loaded.broken) == {"a", "b"}


def test_only_reports_the_named_story_but_checks_what_it_names(hub: Hub) -> None:
    hub.story("a", front(inspired_by="[b]"))
    hub.story("b", front(date="2025-01-01", site="nowhere"))
    loaded = load_hub(hub.root, on=ON, only={"a"})
    assert [(d.path, d.code) for d in loaded.diagnostics] == [("stories/a/index.md", "lineage")]
