"""Renaming and removing stories (`snowball mv`, `snowball rm`), and the hints a missing story gets (issue 19)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from snowball.diagnostics import Choice, is_typo_of, matches, suggest, suggest_file, suggest_reference

from .conftest import VALID_FRONT, Hub, copy_hub, run_cli

# ---- hints: never the asking story, never a stranger --------------------------------------------------------


def _errors(root: Path) -> list[dict[str, object]]:
    result = run_cli("--root", str(root), "validate", "--format", "json")
    return [d for d in json.loads(result.out)["diagnostics"] if d["severity"] == "error"]


def test_a_deleted_story_is_never_answered_with_the_citing_story(tmp_path: Path) -> None:
    """The reported bug: riverbend's broken citation of old-town suggested riverbend itself."""
    root = copy_hub(tmp_path / "hub")
    shutil.rmtree(root / "stories" / "old-town-plastic-free-branch")
    errors = [d for d in _errors(root) if d["path"] == "stories/riverbend-plastic-free-branch/index.md"]
    assert {d["code"] for d in errors} == {"unknown-reference", "broken-link"}
    for d in errors:
        assert "riverbend-plastic-free-branch" not in str(d["hint"]), d


def test_a_small_hub_never_lists_the_asking_story_as_a_valid_value(hub: Hub) -> None:
    hub.story("a")
    hub.story("b", front=VALID_FRONT + "inspired_by: [zzz]\n", body="\nSee [it](../qqq/index.md).\n")
    hints = {d["code"]: d["hint"] for d in _errors(hub.root)}
    assert hints == {"unknown-reference": "valid values: a", "broken-link": "valid values: a"}


@pytest.mark.parametrize(
    ("value", "choices", "hint"),
    [
        ("porto-paperles", ["porto-paperless", "x"], "did you mean 'porto-paperless'?"),
        ("aa", ["a"], "did you mean 'a'?"),
        ("old-town-plastic-free-branch", ["riverbend-plastic-free-branch", "old-town-climate"], None),
        ("b", ["a"], None),
        ("xy", ["ab"], None),
        (
            "kingsgate-paperles-loan-files",
            ["kingsgate-paperless-loan-files"],
            "did you mean 'kingsgate-paperless-loan-files'?",
        ),
        ("gull-piont-lunches", ["gull-point-lunches", "pinecrest-lunches"], "did you mean 'gull-point-lunches'?"),
    ],
)
def test_story_hints_only_name_genuinely_close_stories(value: str, choices: list[str], hint: str | None) -> None:
    assert suggest_reference(value, "stories", None, stories=choices, listing=0) == hint


@pytest.mark.parametrize(
    ("name", "files", "hint"),
    [
        ("scanner.jpg", ["hero.jpg"], None),
        ("hero.jpg", ["hero.jpeg", "map.jpg"], "did you mean 'hero.jpeg'?"),
        ("hero.jpg", ["Hero.png"], "did you mean 'Hero.png'?"),
        ("heor.jpg", ["hero.jpg", "scanner.jpg"], "did you mean 'hero.jpg'?"),
        ("team.png", ["tram.pdf"], None),
        ("a.jpg", ["b.jpg"], None),
        ("report-2024.pdf", ["report-2023.pdf", "hero.jpg"], "did you mean 'report-2023.pdf'?"),
    ],
)
def test_file_hints_compare_names_not_extensions(name: str, files: list[str], hint: str | None) -> None:
    assert suggest_file(name, files) == hint


def test_a_missing_image_is_not_answered_with_an_unrelated_one(hub: Hub) -> None:
    from PIL import Image

    hub.story("s", front=VALID_FRONT + 'image: scanner.jpg\nimage_alt: "A scanner"\n')
    Image.new("RGB", (10, 10)).save(hub.root / "stories" / "s" / "hero.jpg")
    found = [d for d in _errors(hub.root) if d["code"] == "missing-file"]
    assert [d["hint"] for d in found] == ["add it to stories/s/"]


_slug = st.from_regex(r"[a-z]{1,6}(-[a-z]{1,6}){0,3}", fullmatch=True)


@settings(max_examples=200, deadline=None)
@given(value=_slug, asking=_slug, others=st.lists(_slug, max_size=12))
def test_a_story_hint_never_names_the_asker_and_always_a_close_story(
    value: str, asking: str, others: list[str]
) -> None:
    stories = [asking, *others]
    hint = suggest_reference(value, "stories", None, stories=stories, listing=0, asking=asking)
    named = [c for c in suggest(value, [Choice(s) for s in stories if s != asking])]
    assert (hint is None) == (not named)
    for choice in named:
        assert choice.ident != asking
        assert f"'{choice.ident}'" in (hint or "")
        assert matches(value, choice)


@settings(max_examples=300, deadline=None)
@given(typed=st.text("abcdefgh-", max_size=12), name=st.text("abcdefgh-", max_size=12))
def test_the_typo_rule_needs_shared_letters(typed: str, name: str) -> None:
    if is_typo_of(typed, name):
        assert set(typed) & set(name)
        assert is_typo_of(name, typed)  # symmetric: the order of asking never matters
