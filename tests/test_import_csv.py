"""snowball import csv: one row a story, quoted commas and line breaks, a body column."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


def _source_block(text: str) -> list[str]:
    """The 'name: value' lines under source: in a story's front matter."""
    front = text.split("\n---\n", 1)[0]
    return [line.strip() for line in front.split("source:\n", 1)[1].splitlines()]


def test_columns_named_like_the_row_and_file_are_kept_beside_them(tmp_path: Path) -> None:
    """A column called 'row' replaced the row number, 'row?' wrote a second 'row' and 'file' replaced the file."""
    path = tmp_path / "s.csv"
    path.write_text("title,summary,date,row,row?,file,text\nA story,Short.,2024-01-02,7,8,old.doc,Body\n")
    into = tmp_path / "hub"
    assert run_cli("import", "csv", str(path), "--into", str(into)).code == 0
    assert _source_block(story(into, "a-story")) == [
        'file: "s.csv"',
        'row: "2"',
        'row_2: "7"',
        'row_3: "8"',
        'file_2: "old.doc"',
    ]
    assert errors(into) == []


@given(st.lists(st.sampled_from(["row", "Row", "row?", "_row", "row_2", "file", "file?", "url", "a.b", "a b", "_hero", "_summary_line"]),
                min_size=1, max_size=5, unique=True))  # fmt: skip
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_every_source_key_is_written_once(tmp_path: Path, columns: list[str]) -> None:
    folder = tmp_path / f"case{abs(hash(tuple(columns)))}"
    folder.mkdir()
    path = folder / "s.csv"
    path.write_text(",".join(["title", "summary", "date", *columns, "text"]) + "\n"
                    + ",".join(["A story", "Short.", "2024-01-02", *(str(i) for i in range(len(columns))), "Body"])
                    + "\n")  # fmt: skip
    into = folder / "hub"
    assert run_cli("import", "csv", str(path), "--into", str(into)).code == 0
    block = _source_block(story(into, "a-story"))
    keys = [line.split(":", 1)[0] for line in block]
    assert len(keys) == len(set(keys)), keys
    for i, column in enumerate(columns):  # nothing dropped: each column's cell is there under some name
        assert f': "{i}"' in "\n".join(block), (column, block)
    assert errors(into) == []


def test_a_former_address_the_site_uses_gets_no_redirect(tmp_path: Path) -> None:
    """The importer asks the same table as the validator: '/regions/' was written to redirects.yml and refused."""
    path = tmp_path / "s.csv"
    path.write_text(
        "title,summary,date,url,text\nA story,Short.,2024-01-02,/Regions/,Body\nB,Short.,2024-01-03,/b/,B\n"
    )
    into = tmp_path / "hub"
    assert run_cli("import", "csv", str(path), "--into", str(into)).code == 0
    redirects = (into / "redirects.yml").read_text(encoding="utf-8")
    assert '- from: "b/"' in redirects and "egions" not in redirects
    said = [e["message"] for e in report(into)["entries"] if e["code"] == "redirect"]
    assert "the former address /Regions/ is used by the hub itself (the list of regions); no redirect" in said
    assert errors(into) == []
