"""Mapping files override every choice; bad ones are refused with a clear message."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import REPO, run_cli
from tests.import_helpers import errors, source_tree, story


def test_mapping_overrides_fields_values_and_defaults(tmp_path: Path) -> None:
    src = source_tree(tmp_path, "hugo")
    mapping = tmp_path / "map.yml"
    mapping.write_text(
        """\
kind: hugo
fields:
  practices: [categories]        # topics are ignored now
  tags: []
values:
  sites: {"Department of Examples": doe}
  practices: {"Service design": service-design-practice}
defaults:
  site: {id: head-office, name: "Head office", region: "Capital"}
  practice: {id: misc, name: "Miscellaneous", description: "To sort."}
  stage: pilot
redirects:
  permalink: "/blog/:slug/"
links:
  base_url: https://old.example.org/
limits:
  summary: 30
""",
        encoding="utf-8",
    )
    into = tmp_path / "hub"
    result = run_cli("import", "hugo", str(src), "--into", str(into), "--mapping", str(mapping))
    assert result.code == 0, result.err
    assert errors(into) == []
    bundle = story(into, "opening-data")
    assert "site: doe" in bundle and "practices: [misc]" in bundle and "stage: pilot" in bundle
    assert "tags:" not in bundle.split("source:")[0]
    assert "[topic page](https://old.example.org/topics/open-data/)" in bundle
    flat = story(into, "flat-post")
    assert "practices: [service-design-practice]" in flat and "site: head-office" in flat
    summary = flat.split('summary: "', 1)[1].split('"', 1)[0]
    assert len(summary) <= 30
    assert (into / "snowball.yml").read_text(encoding="utf-8").endswith("limits:\n  summary: 30\n")
    assert '- from: "blog/flat-post/"' in (into / "redirects.yml").read_text(encoding="utf-8")


def test_bad_mapping_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    src = source_tree(tmp_path, "hugo")
    mapping = tmp_path / "map.yml"
    mapping.write_text("fields:\n  titel: name\nvalues: [oops]\nfrobnicate: 1\n", encoding="utf-8")
    result = run_cli("import", "hugo", str(src), "--into", str(tmp_path / "hub"), "--mapping", str(mapping))
    assert result.code == 2
    assert "'titel' is not a field the importer fills" in result.err
    assert "unknown setting 'frobnicate'" in result.err
    assert not (tmp_path / "hub").exists()
    mapping.write_text("fields: [unclosed\n", encoding="utf-8")
    result = run_cli("import", "hugo", str(src), "--into", str(tmp_path / "hub"), "--mapping", str(mapping))
    assert result.code == 2 and "not valid YAML" in result.err


def test_example_mappings_load_cleanly() -> None:
    from snowball.importers import load_mapping

    for kind, name in (("hugo", "hugo"), ("jekyll", "jekyll"), ("material-blog", "material-blog"), ("csv", "csv"),
                       ("hugo", "digitalgov")):  # fmt: skip
        _mapping, problems = load_mapping(REPO / "examples" / "import" / f"{name}.yml", kind)
        assert problems == [], name
