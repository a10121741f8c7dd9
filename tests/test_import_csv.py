"""snowball import csv: one row a story, quoted commas and line breaks, a body column."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli
from tests.import_helpers import errors, report, source_tree, story


def test_csv_rows_with_quoted_commas_and_line_breaks(tmp_path: Path) -> None:
    src = source_tree(tmp_path, "csv")
    into = tmp_path / "hub"
    assert run_cli("import", "csv", str(src / "stories.csv"), "--into", str(into)).code == 0
    assert errors(into) == []
    solar = story(into, "solar-finally")
    assert 'title: "Solar, finally"' in solar
    assert 'summary: "We put panels on the roof, and the bill went down."' in solar
    assert "site: porto-harbour" in solar and "tags: [solar, buildings]" in solar
    assert solar.endswith('First line of the body.\n\nSecond paragraph, with a comma, and "quotes".\n')
    plain = story(into, "plain-row")
    assert "date: 2024-05-06" in plain  # 2024/05/06 normalised
    champions = (into / "registries/champions.yml").read_text(encoding="utf-8")
    assert '- id: rui-mendes  # imported: review\n  name: "Rui Mendes"\n  site: porto-harbour' in champions
    bad = [e for e in report(into)["entries"] if e["code"] == "skipped"]
    assert len(bad) == 1 and bad[0]["line"] == 6 and "unquoted comma" in bad[0]["message"]


def test_semicolon_csv(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text('title;summary;date;text\n"A; b";Short.;2024-01-02;"Body; with semicolon"\n', encoding="utf-8")
    into = tmp_path / "hub"
    assert run_cli("import", "csv", str(path), "--into", str(into)).code == 0
    assert story(into, "a-b").endswith("Body; with semicolon\n")
    assert errors(into) == []
