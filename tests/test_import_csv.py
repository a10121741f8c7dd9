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
    block = [line for line in _source_block(story(into, "a-story")) if not line.startswith("import_")]
    assert block == [
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


FORMS = Path(__file__).resolve().parent / "fixtures" / "import" / "forms" / "form-responses.csv"


def _entries(into: Path, code: str) -> list[dict]:
    return [e for e in report(into)["entries"] if e["code"] == code]


def test_a_forms_export_becomes_stories_with_sections(tmp_path: Path, monkeypatch) -> None:
    """A Google/Microsoft Forms export: question headers, a timestamp, multi-line answers, day-first dates."""
    monkeypatch.setenv("SNOWBALL_TODAY", "2024-01-01")
    into = tmp_path / "hub"
    assert run_cli("import", "csv", str(FORMS), "--into", str(into)).code == 0
    assert errors(into) == []
    sms = story(into, "queue-tickets-by-sms")
    assert 'title: "Queue tickets by SMS"' in sms and "date: 2023-03-14" in sms
    assert "site: lisbon-branch" in sms and "champions: [ana-silva]" in sms and "tags: [queues, sms]" in sms
    body = sms.split("\n---\n", 1)[1]
    assert body.startswith("## What did you try?\n\nWe replaced the paper ticket machine with an SMS queue.\n\n"
                           "Customers scan a code")  # fmt: skip
    assert "## What changed for customers or colleagues?\n\nWaiting inside fell" in body
    assert "## Anything others should know before trying it?\n\nPrint the code large" in body
    assert not list((into / "stories").glob("row-*"))  # no 'Row N' stories
    mentoring = story(into, "mentoring-new-tellers")
    assert "champions: [teresa-lopes, ana-silva, rui-mendes]" in mentoring


def test_an_invalid_date_is_kept_and_reported_on_its_row(tmp_path: Path) -> None:
    into = tmp_path / "hub"
    assert run_cli("import", "csv", str(FORMS), "--into", str(into)).code == 0
    invalid = _entries(into, "date-invalid")
    assert [(e["line"], e["story"]) for e in invalid] == [(6, "a-shared-calendar-for-the-meeting-rooms-instead-of-"
                                                              "the-paper-sheet-on-each-door")]  # fmt: skip
    assert "'13/13/2023'" in invalid[0]["message"]
    text = story(into, invalid[0]["story"])
    assert 'Date_submitted: "13/13/2023"' in text and "date: 2023-03-15" in text  # the form's timestamp
    missing = _entries(into, "date-missing")
    assert [e["line"] for e in missing] == [7] and "timestamp" in missing[0]["message"]


def test_the_report_groups_entries_by_row(tmp_path: Path) -> None:
    into = tmp_path / "hub"
    assert run_cli("import", "csv", str(FORMS), "--into", str(into)).code == 0
    md = (into / "import-report.md").read_text(encoding="utf-8")
    assert "### `form-responses.csv` → `stories/queue-tickets-by-sms/`" in md
    assert "### `form-responses.csv` → `stories/mentoring-new-tellers/`" in md
    rows = [e for e in report(into)["entries"] if e["file"] == "form-responses.csv"]
    assert rows and all(e["line"] > 0 and e["story"] for e in rows)


def test_formulas_become_links_or_are_reported(tmp_path: Path) -> None:
    into = tmp_path / "hub"
    assert run_cli("import", "csv", str(FORMS), "--into", str(into)).code == 0
    text = story(into, "checklist-for-opening")
    assert "[the opening checklist](https://intranet.harbourline.example/checklist)" in text
    assert "=SUM(B2:B9)" in text
    said = [(e["line"], e["message"]) for e in _entries(into, "formula")]
    assert len(said) == 2 and all(line == 7 for line, _ in said)
    assert any("SUM" in m and "kept as text" in m for _, m in said)


def test_month_first_dates_are_told_from_the_whole_column(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text("Story title,Date,Story\nA,03/04/2024,x\nB,12/25/2024,y\nC,05/06/2024,z\nD,4/4/2024,w\n")
    into = tmp_path / "hub"
    assert run_cli("import", "csv", str(path), "--into", str(into)).code == 0
    assert "date: 2024-03-04" in story(into, "a") and "date: 2024-12-25" in story(into, "b")
    assert _entries(into, "date-ambiguous") == []


def test_an_ambiguous_column_is_read_day_first_and_each_row_reported(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text("Título,Data,História\nA,03/04/2024,x\nB,04/04/2024,y\n")
    into = tmp_path / "hub"
    assert run_cli("import", "csv", str(path), "--into", str(into)).code == 0
    assert "date: 2024-04-03" in story(into, "a") and 'Data: "03/04/2024"' in story(into, "a")
    assert [e["line"] for e in _entries(into, "date-ambiguous")] == [2]


@given(st.sampled_from(["Story title", "STORY TITLE:", "story-title", "Título da história", "Your story title"]),
       st.sampled_from(["Submitted by", "Author", "Champion", "Enviado por", "Submitted by:"]),
       st.sampled_from(["Site / Branch", "Branch", "Office", "Team", "Agência", "site"]))  # fmt: skip
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_common_headers_are_recognised(tmp_path: Path, title: str, author: str, site: str) -> None:
    from snowball.importers.csv_source import read_csv
    from snowball.importers.mapping import default_mapping
    from snowball.importers.report import ImportReport

    folder = tmp_path / f"h{abs(hash((title, author, site)))}"
    folder.mkdir()
    path = folder / "s.csv"
    path.write_text(f'"{title}","{author}","{site}",Story\nQueues,Ana Silva,Lisbon,Body\n', encoding="utf-8")
    post = read_csv(path, default_mapping("csv"), ImportReport("csv", "", "")).posts[0]
    assert {k: post.front[v] for k, v in post.roles.items()} == {"title": "Queues", "champions": "Ana Silva",
                                                                  "site": "Lisbon"}  # fmt: skip
    assert post.body == "Body\n"


def test_several_people_in_one_author_cell(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text('title,author,body\nA,"Paco Xu and Michael Yao (DaoCloud)",x\nB,"Ana & Rui",y\n'
                    'C,"Straße Ñoño, Bo and Cy",z\n', encoding="utf-8")  # fmt: skip
    into = tmp_path / "hub"
    assert run_cli("import", "csv", str(path), "--into", str(into)).code == 0
    a = story(into, "a")
    assert "champions: [paco-xu, michael-yao]" in a and 'champions_org: "DaoCloud"' in a
    assert "champions: [ana, rui]" in story(into, "b")
    assert "champions: [strasse-nono, bo, cy]" in story(into, "c")
    split = _entries(into, "authors-split")
    assert [(e["line"], e["story"]) for e in split] == [(2, "a"), (3, "b"), (4, "c")]
    assert "'(DaoCloud)' is kept under source:" in split[0]["message"]
    assert errors(into) == []


@given(st.dates(min_value=__import__("datetime").date(1990, 1, 1)), st.booleans())
@settings(max_examples=200, deadline=None)
def test_a_column_s_dates_read_in_its_own_order(day: object, day_first: bool) -> None:
    """Any real date written day- or month-first is read back exactly once the column's order is known."""
    from snowball.importers.csv_source import parse_date

    d, m, y = day.day, day.month, day.year  # type: ignore[attr-defined]
    cell = f"{d}/{m}/{y}" if day_first else f"{m}/{d}/{y}"
    assert parse_date(cell, day_first) == (day.isoformat(), "")  # type: ignore[attr-defined]


@given(st.text(max_size=30))
@settings(max_examples=200, deadline=None)
def test_any_cell_gives_a_date_or_a_reason(cell: str) -> None:
    from snowball.importers.csv_source import parse_date

    got, problem = parse_date(cell, None)
    assert (got is None and problem) or (got is not None and len(got) == 10)


def test_a_forms_export_builds_strict_with_sections_as_headings(tmp_path: Path) -> None:
    from tests.conftest import mkdocs_bin, run_process

    into = tmp_path / "hub"
    assert run_cli("import", "csv", str(FORMS), "--into", str(into)).code == 0
    site = tmp_path / "site"
    result = run_process(mkdocs_bin(), "build", "--strict", "--site-dir", str(site), cwd=into)
    assert result.code == 0, result.err
    page = (site / "stories/checklist-for-opening/index.html").read_text(encoding="utf-8")
    assert 'id="anything-others-should-know-before-trying-it">Anything others should know before trying it?' in page
    assert 'href="https://intranet.harbourline.example/checklist"' in page


def test_questions_are_plain_headings_and_repeated_headers_both_kept(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text('Story title,What is <b>new</b> in *your* team?,Comments,Comments\nA,"We tried it, and it went well.",'
                    "first note,second note\n", encoding="utf-8")  # fmt: skip
    into = tmp_path / "hub"
    assert run_cli("import", "csv", str(path), "--into", str(into)).code == 0
    text = story(into, "a")
    assert "## What is \\<b\\>new\\</b\\> in \\*your\\* team?\n\nWe tried it" in text
    assert 'Comments: "first note"' in text and 'Comments_2: "second note"' in text
    assert errors(into) == []


def test_a_microsoft_forms_export_with_question_headers(tmp_path: Path) -> None:
    """ID, Start time, Completion time, Email, Name, then questions; two-digit years, month first."""
    into = tmp_path / "hub"
    assert run_cli("import", "csv", str(FORMS.with_name("microsoft-forms.csv")), "--into", str(into)).code == 0
    sms = story(into, "queue-by-sms")
    assert "site: porto-harbour-branch" in sms and "date: 2023-03-14" in sms and "champions: [ana-silva]" in sms
    assert "## Tell us what you did\n\nWe replaced paper tickets.\nCustomers like it.\n\n## What was the result?" in sms
    assert "Which branch" not in sms.split("\n---\n", 1)[1]  # the branch question is the site, not a section
    assert story(into, "shared-room-calendar-for-the-whole-branch-no-paper")  # no title: made from the answer
    assert errors(into) == []
