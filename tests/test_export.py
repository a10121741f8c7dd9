"""snowball export and the site's data/ files (issue 24): the ledger as tables a spreadsheet or BI tool reads
directly. Read back, the CSV is the ledger; the JSON twin holds the same values; formulas are defused."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from snowball.export import BOM, TABLES, cell, data_files, export, rows
from snowball.hub import load_hub
from snowball.ledger import Ledger
from snowball.views import HubPages

from .conftest import REPO, VALID_FRONT, Hub, run_cli
from .test_ideas import TODAY
from .test_places_views import page

OUTCOMES = 'outcomes:\n  - label: "Paper per month"\n    value: "-38 %"\n    before: "12,000 sheets"\n'


def read_csv(text: str) -> list[dict[str, str]]:
    assert text.startswith(BOM)
    return list(csv.DictReader(io.StringIO(text.removeprefix(BOM), newline="")))


def sample() -> Ledger:
    hub = load_hub(REPO)
    return Ledger(hub, hub.published())


def test_the_adoptions_csv_read_back_is_the_ledger() -> None:
    lg = sample()
    got = read_csv(export(lg, "adoptions", "csv"))
    assert list(got[0]) == list(TABLES["adoptions"])
    assert {(r["site_id"], r["practice_id"]): (r["stage"], r["first_date"], int(r["stories"])) for r in got} == {
        key: (a.stage, a.first_date.isoformat(), len(a.stories)) for key, a in lg.adoptions.items()
    }
    ideas = {s.slug for s in lg.stories if s.stage == "idea"}
    assert ideas and not any(set(r["first_story"].split("; ")) & ideas for r in got)  # ideas are no adoptions
    porto = next(r for r in got if r["site_id"] == "porto-harbour" and r["practice_id"] == "paperless-loan-files")
    assert porto["site_name"] == "Porto Harbour Branch" and porto["region"] == "North Coast"
    assert porto["champions"] == "ines-carvalho; rui-mendes"


@pytest.mark.parametrize("table", list(TABLES))
def test_json_holds_the_same_values_as_csv(table: str) -> None:
    lg = sample()
    as_csv = read_csv(export(lg, table, "csv"))
    as_json = json.loads(export(lg, table, "json"))
    assert as_json and [list(r) for r in as_json] == [list(TABLES[table])] * len(as_json)  # same keys, same order
    assert [{k: cell(v) for k, v in r.items()} for r in as_json] == as_csv


def test_outcomes_are_one_row_each_and_ideas_are_stories_not_adoptions() -> None:
    lg = sample()
    outcomes = json.loads(export(lg, "outcomes", "json"))
    assert len(outcomes) == sum(len(s.outcomes) for s in lg.stories)
    first = next(o for o in outcomes if o["story"] == "porto-paperless-loan-files")
    assert (first["position"], first["label"], first["value"], first["before"]) == (
        1, "Paper used per month", "-38 %", "12,000 sheets",
    )  # fmt: skip
    stories = {r["slug"]: r for r in rows(lg, "stories")}
    assert stories["gull-point-solar-carport-idea"]["stage"] == "idea"
    practices = {r["practice_id"]: r for r in rows(lg, "practices")}
    assert practices["cargo-bike-courier"]["status"] == "proposed"
    assert (practices["solar-carport"]["sites_planning"], practices["solar-carport"]["sites_running"]) == (1, 2)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("-38 %", "-38 %"),  # a signed number stays a number
        ("+12", "+12"),
        ("-1.5 days", "'-1.5 days"),  # Excel would read this as a formula and show #NAME?
        ("a=b", "a=b"),
        (None, ""),
        (["a", "b"], "a; b"),
        (3, "3"),
    ],
)
def test_cells_that_a_spreadsheet_would_run_are_defused(value: object, shown: str) -> None:
    assert cell(value) == shown


@given(st.text(max_size=30))
def test_no_cell_starts_a_formula(text: str) -> None:
    out = cell(text)
    assert not out.startswith(("=", "+", "-", "@", "\t", "\r")) or out.lstrip("+-")[:1].isdigit()


def test_the_command_writes_files_and_says_what_it_left_out(hub: Hub) -> None:
    hub.story("formula", VALID_FRONT.replace('"Paperless files in Berlin"', '"=1+2 Paperless"') + OUTCOMES)
    hub.story("broken", VALID_FRONT.replace("site: berlin", "site: nowhere"))
    out = hub.root / "stories.csv"
    result = run_cli("--root", str(hub.root), "export", "--what", "stories", "-o", str(out))
    assert result.code == 0, result.err
    assert result.err.splitlines() == [
        f"wrote {out}: stories as CSV",
        "snowball export: 1 story with errors left out; run 'snowball validate' to see them",
    ]
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    (row,) = read_csv(raw.decode("utf-8"))
    assert (row["title"], row["outcomes"], row["date"]) == ("'=1+2 Paperless", "1", "2024-03-12")
    screen = run_cli("--root", str(hub.root), "export", "--what", "outcomes", "--format", "json")
    assert json.loads(screen.out)[0]["value"] == "-38 %"
    plain = run_cli("--root", str(hub.root), "export", "--no-bom")
    assert plain.out.startswith("site_id,site_name,region,practice_id")


def test_the_command_explains_itself_and_its_mistakes(hub: Hub, tmp_path: Path) -> None:
    usage = run_cli("export", "--help")
    assert usage.code == 0
    words = " ".join(usage.out.split())
    for phrase in ("one row per adoption", "UTF-8 with a byte-order mark", "gets a leading '", "data/adoptions.csv",
                   "snowball export --what stories -o stories.csv", "Outcomes are a table of their own"):  # fmt: skip
        assert phrase in words
    assert "adoptions: " + ", ".join(TABLES["adoptions"]) in usage.out  # every table's columns, in order
    wrong = run_cli("--root", str(hub.root), "export", "--what", "people")
    assert wrong.code == 2 and "invalid choice: 'people'" in wrong.err and "adoptions" in wrong.err
    nowhere = run_cli("--root", str(hub.root), "export", "-o", str(tmp_path / "missing" / "a.csv"))
    assert nowhere.code == 1
    assert nowhere.err.startswith(f"snowball export: cannot write {tmp_path / 'missing' / 'a.csv'}: ")


def test_the_site_publishes_every_table_and_links_them(hub: Hub) -> None:
    hub.story("one", VALID_FRONT + OUTCOMES)
    found = load_hub(hub.root)
    lg = Ledger(found, found.published())
    views = HubPages(lg, site_name="Hub", today=TODAY)
    files = views.files()
    assert {p for p in files if p.startswith("data/")} == {f"data/{t}.{f}" for t in TABLES for f in ("csv", "json")}
    assert files == {**files, **data_files(lg)}
    assert files["data/adoptions.csv"] == export(lg, "adoptions", "csv")
    index = page(views.place_pages(), "practices/index.md")
    assert '<li>adoptions: <a href="../data/adoptions.csv" download>CSV</a> · ' in index
    assert '<a href="../data/outcomes.json" download>JSON</a>' in index


def test_the_built_sample_site_has_the_data_files(sample_site: Path) -> None:
    lg = sample()
    for table in TABLES:
        assert (sample_site / "data" / f"{table}.csv").read_bytes() == export(lg, table, "csv").encode("utf-8")
        assert json.loads((sample_site / "data" / f"{table}.json").read_text(encoding="utf-8")) == json.loads(
            export(lg, table, "json")
        )
