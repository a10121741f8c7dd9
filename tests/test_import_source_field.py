"""The story field `source`: what an import keeps for editors; the validator accepts plain values, the site ignores it."""

from __future__ import annotations

from snowball.hub import load_hub
from tests.conftest import VALID_FRONT, Hub


def test_plain_values_and_lists_are_accepted(hub: Hub) -> None:
    hub.story("kept", VALID_FRONT + 'source:\n  file: "news/a.md"\n  aliases: ["/old/a/", "/a/"]\n  weight: 3\n')
    loaded = load_hub(hub.root)
    assert [d for d in loaded.diagnostics if d.severity == "error"] == []
    assert "kept" in loaded.stories


def test_nested_values_are_refused_with_a_hint(hub: Hub) -> None:
    hub.story("nested", VALID_FRONT + "source:\n  menu:\n    main: 3\n")
    errors = [d for d in load_hub(hub.root).diagnostics if d.severity == "error"]
    assert len(errors) == 1 and errors[0].field == "source" and "'name: value' lines" in errors[0].message


def test_the_import_origin_is_plain_values_the_validator_accepts(hub: Hub) -> None:
    """What an import records about a story's origin (origin.py) fits the contract's source: mapping."""
    hub.story("origin", VALID_FRONT + 'source:\n  file: "_posts/2024-01-02-hello.md"\n  import_kind: "jekyll"\n'
              '  import_source: "3fa2c1d9e0b1"\n  import_hash: "0123456789abcdef"\n')  # fmt: skip
    loaded = load_hub(hub.root)
    assert [d for d in loaded.diagnostics if d.severity == "error"] == []
