"""Mistakes office typists make (issue 13): each gets the right line and a hint in plain words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from snowball.contract import STORY_FIELDS
from snowball.diagnostics import Report, did_you_mean, suggest_reference
from snowball.fields import read_fields
from snowball.reader import split_front_matter
from snowball.registries import load_registries

from .conftest import REPO, VALID_FRONT, Hub, run_cli

CURLY = 'Word and Outlook change straight quotes to curly quotes; type the value with straight quotes " or remove them'

# Eight fields after the title, so a late YAML error would show up lines away from the real mistake.
LONG_FRONT = """\
summary: We moved loan files to the document system.
date: 2024-03-12
site: berlin
champions: [anna-schmidt]
practices: [paperless-files]
tags: [paper]
stage: pilot
draft: false
"""


def diagnostics(hub: Hub) -> list[dict]:
    result = run_cli("--root", str(hub.root), "validate", "--format", "json")
    assert result.code in (0, 1), result.err
    return json.loads(result.out)["diagnostics"]


def front_with(title_line: str, rest: str = LONG_FRONT) -> str:
    return f"{title_line}\n{rest}"


def test_closing_curly_quote_is_reported_on_its_own_line(hub: Hub) -> None:
    hub.story("s", front=front_with('title: "Paperless at Berlin\u201d'))
    found = diagnostics(hub)
    assert len(found) == 1
    d = found[0]
    assert (d["code"], d["line"], d["col"], d["field"]) == ("yaml-syntax", 2, 28, "title")
    assert d["message"] == "front matter: the quote opened at column 8 is closed with a curly quote \u201d"
    assert d["hint"] == f'{CURLY}: title: "Paperless at Berlin"'


def test_closing_curly_quote_that_yaml_accepts_is_still_caught(hub: Hub) -> None:
    """Two curly closers: YAML pairs the straight quotes across lines and silently merges two fields."""
    front = 'title: "Paperless\u201d\nsummary: "We moved\u201d\n' + LONG_FRONT.split("\n", 1)[1]
    hub.story("s", front=front)
    d = diagnostics(hub)[0]
    assert (d["line"], d["message"]) == (
        2,
        "front matter: the quote opened at column 8 is closed with a curly quote \u201d",
    )


def test_closing_curly_single_quote(hub: Hub) -> None:
    hub.story("s", front=front_with("title: 'Paperless at Berlin\u2019"))
    d = diagnostics(hub)[0]
    assert (d["line"], d["message"]) == (
        2,
        "front matter: the single quote opened at column 8 is closed with a curly quote \u2019",
    )
    assert d["hint"] == f"{CURLY}: title: 'Paperless at Berlin'"


def test_apostrophe_inside_single_quotes(hub: Hub) -> None:
    hub.story("s", front=front_with("title: 'Anna's paperless branch'"))
    found = diagnostics(hub)
    assert len(found) == 1
    d = found[0]
    assert (d["line"], d["col"]) == (2, 13)
    assert d["message"] == "front matter: the apostrophe at column 13 ends the text in single quotes early"
    assert d["hint"] == (
        "inside single quotes an apostrophe must be doubled ('') - or use double quotes: "
        'title: "Anna\'s paperless branch"'
    )


def test_quote_inside_double_quotes(hub: Hub) -> None:
    hub.story("s", front=front_with('title: "The "green" files"'))
    d = diagnostics(hub)[0]
    assert (d["line"], d["message"]) == (2, "front matter: the quote at column 13 ends the text in double quotes early")
    assert (
        d["hint"]
        == 'inside double quotes write a quote as \\" - or put the value in single quotes: title: \'The "green" files\''
    )


def test_tab_indentation_says_tab(hub: Hub) -> None:
    hub.story(
        "s",
        front='title: "Paperless"\nchampions:\n\t- anna-schmidt\n'
        + LONG_FRONT.replace("champions: [anna-schmidt]\n", ""),
    )
    d = diagnostics(hub)[0]
    assert (d["code"], d["line"], d["col"]) == ("yaml-syntax", 4, 1)
    assert d["message"] == "front matter: the line is indented with a tab (column 1)"
    assert "tab" in d["hint"] and d["hint"].startswith("indent with spaces, not tabs")


def test_tab_inside_a_title_is_named(hub: Hub) -> None:
    hub.story("s", front=front_with('title: "Paperless\tfiles"'))
    d = [d for d in diagnostics(hub) if d["code"] == "invalid-characters"][0]
    assert d["message"] == "'title' contains a tab U+0009 TAB at column 18"
    assert "tab" in d["hint"]


def test_curly_quoted_title_with_colon(hub: Hub) -> None:
    hub.story("s", front=front_with("title: \u201cPaperless: the sequel\u201d"))
    found = diagnostics(hub)
    assert len(found) == 1
    d = found[0]
    assert (d["line"], d["col"]) == (2, 8)
    assert d["message"] == (
        "front matter: the value is in curly quotes \u201c...\u201d, which YAML does not read as quotes, "
        "and it contains ': '"
    )
    assert d["hint"] == f'{CURLY}: title: "Paperless: the sequel"'


def test_hash_in_unquoted_title_cuts_it(hub: Hub) -> None:
    hub.story("s", front=front_with("title: Paperless #1 at Berlin"))
    found = diagnostics(hub)
    assert len(found) == 1
    d = found[0]
    assert (d["severity"], d["code"], d["line"]) == ("error", "cut-by-comment", 2)
    assert d["message"] == (
        "'title' was cut at '#': YAML reads ' #1 at Berlin' as a comment, so the text would be only 'Paperless'"
    )
    assert d["hint"] == 'put the whole value in quotes: title: "Paperless #1 at Berlin"'


def test_hash_comment_after_an_id_is_fine(hub: Hub) -> None:
    hub.story("s", front=VALID_FRONT.replace("site: berlin", "site: berlin  # our first site"))
    assert diagnostics(hub) == []


def test_curly_quotes_around_whole_value_warn(hub: Hub) -> None:
    hub.story("s", front=front_with("title: \u201cPaperless files\u201d"))
    found = diagnostics(hub)
    assert len(found) == 1
    d = found[0]
    assert (d["severity"], d["code"], d["line"]) == ("warning", "curly-quotes", 2)
    assert (
        d["message"] == "'title' is wrapped in curly quotes \u201c...\u201d, which would be shown as part of the text"
    )
    assert d["hint"] == f'{CURLY}: title: "Paperless files"'


def test_curly_apostrophes_inside_text_are_fine(hub: Hub) -> None:
    hub.story("s", front=front_with('title: "Anna\u2019s \u2018green\u2019 files"'))
    hub.story("t", front=front_with('summary: "We didn\u2019t\n  stop"', LONG_FRONT.replace("summary", "title")))
    assert diagnostics(hub) == []


# ---- suggestions ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_registries():  # type: ignore[no-untyped-def]
    registries, problems = load_registries(REPO)
    assert problems == []
    return registries


@pytest.mark.parametrize(
    ("value", "kind", "hint"),
    [
        ("green", "tags", "did you mean 'climate-finance' (also written 'green-finance')?"),
        ("recycling", "tags", "did you mean 'waste' (also written 'recycling')?"),
        ("reuse", "tags", "did you mean 'circular-economy' (also written 'reuse')?"),
        ("kwame", "champions", "did you mean 'kwame-asante'?"),
        ("Gull Point Branch", "sites", "write the site's id, not its name: 'gull-point'"),
        ("Maren Fjeld", "champions", "write the champion's id, not its name: 'maren-fjeld'"),
        ("gul-point", "sites", "did you mean 'gull-point'?"),
        ("Gull Point", "sites", "did you mean 'gull-point'?"),
        ("Kingsgate Brnch", "sites", "did you mean 'kingsgate' (Kingsgate Branch)?"),
        ("recyclng", "tags", "did you mean 'waste' (also written 'recycling') or 'cycling'?"),
        ("Paperless loan files", "practices", "write the practice's id, not its name: 'paperless-loan-files'"),
        ("ines-carvahlo", "champions", "did you mean 'ines-carvalho'?"),
    ],
)
def test_suggestions_prefer_canonical_ids_and_match_names(sample_registries, value: str, kind: str, hint: str) -> None:  # type: ignore[no-untyped-def]
    assert suggest_reference(value, kind, sample_registries) == hint


def test_recycling_never_suggests_cycling(sample_registries) -> None:  # type: ignore[no-untyped-def]
    assert "cycling'" not in (suggest_reference("recycling", "practices", sample_registries) or "")
    assert "'cycling'" not in (suggest_reference("recycling", "tags", sample_registries) or "")


def test_story_suggestions() -> None:
    assert suggest_reference("porto-paperles", "stories", None, stories=["porto-paperless", "x"]) == (
        "did you mean 'porto-paperless'?"
    )


def test_did_you_mean_keeps_its_call_and_matches_names(sample_registries) -> None:  # type: ignore[no-untyped-def]
    assert did_you_mean("Gull Point Branch", sample_registries.sites) == "did you mean 'gull-point'?"
    assert did_you_mean("berln", ["berlin", "porto"]) == "did you mean 'berlin'?"
    assert did_you_mean("composting", ["paperless-files", "repair-cafe"]) == (
        "valid values: paperless-files, repair-cafe"
    )


def test_name_written_instead_of_id_gets_the_id(sample_registries) -> None:  # type: ignore[no-untyped-def]
    text = (
        "---\ntitle: x\nsummary: y\ndate: 2024-01-01\nsite: Gull Point Branch\n"
        "champions: [Maren Fjeld]\npractices: [paperless-loan-files]\n---\n"
    )
    report = Report("stories/s/index.md")
    raw = split_front_matter(text, report)
    assert raw.front is not None
    read_fields(raw.front, STORY_FIELDS, report, registries=sample_registries, stories=())
    hints = {(d.line, d.hint) for d in report.items}
    rule = "ids are lowercase letters and digits joined by single hyphens, like 'porto-harbour'"
    assert hints == {
        (5, f"write the site's id, not its name: 'gull-point' ({rule})"),
        (6, f"write the champion's id, not its name: 'maren-fjeld' ({rule})"),
    }


# ---- phone photos ---------------------------------------------------------------------------------


def test_mpo_phone_photo_is_accepted_and_published_as_jpeg(hub: Hub, tmp_path: Path) -> None:
    from snowball.images import render_clean

    hub.story("s", front=VALID_FRONT + 'image: hero.jpg\nimage_alt: "Two colleagues at the counter"\n')
    photo = hub.root / "stories" / "s" / "hero.jpg"
    Image.new("RGB", (64, 48), "red").save(
        photo, "MPO", save_all=True, append_images=[Image.new("RGB", (32, 24), "blue")]
    )
    with Image.open(photo) as im:
        assert im.format == "MPO"
    assert diagnostics(hub) == []
    data, size = render_clean(photo, 960)
    assert data[:3] == b"\xff\xd8\xff" and size == (64, 48)


def test_heic_named_jpg_is_named_plainly(hub: Hub) -> None:
    hub.story("s", front=VALID_FRONT + 'image: hero.jpg\nimage_alt: "x"\n')
    (hub.root / "stories" / "s" / "hero.jpg").write_bytes(b"\x00\x00\x00\x18ftypheic" + b"\x00" * 64)
    d = [d for d in diagnostics(hub) if d["code"] == "image-type"][0]
    assert d["message"] == "'hero.jpg' is named .jpg but is a HEIC/AVIF photo (the iPhone's format)"
    assert "export or save it as JPEG" in d["hint"]


def test_truncated_jpeg_is_named_plainly(hub: Hub) -> None:
    hub.story("s", front=VALID_FRONT + 'image: hero.jpg\nimage_alt: "x"\n')
    photo = hub.root / "stories" / "s" / "hero.jpg"
    Image.new("RGB", (200, 200), "red").save(photo, "JPEG")
    photo.write_bytes(photo.read_bytes()[:400])
    d = [d for d in diagnostics(hub) if d["code"] == "image-damaged"][0]
    assert (
        d["message"] == "'hero.jpg' cannot be read as an image: the file is cut short (an incomplete copy or download)"
    )


def test_png_named_jpg_says_how_to_rename(hub: Hub) -> None:
    hub.story("s", front=VALID_FRONT + 'image: hero.jpg\nimage_alt: "x"\n')
    Image.new("RGB", (20, 20), "red").save(hub.root / "stories" / "s" / "hero.jpg", "PNG")
    d = [d for d in diagnostics(hub) if d["code"] == "image-type"][0]
    assert d["message"] == "'hero.jpg' is named .jpg but contains PNG data"
    assert d["hint"] == "rename it to hero.png (and change the name in the story)"


def test_tab_after_a_list_dash_says_tab(hub: Hub) -> None:
    hub.story(
        "s",
        front='title: "Paperless"\nchampions:\n  -\tanna-schmidt\n'
        + LONG_FRONT.replace("champions: [anna-schmidt]\n", ""),
    )
    d = diagnostics(hub)[0]
    assert (d["line"], d["col"], d["message"]) == (4, 4, "front matter: there is a tab at column 4")
    assert d["hint"] == "use spaces instead of tabs: YAML does not allow a tab there"


def test_quoted_key_before_a_real_error_is_not_blamed(hub: Hub) -> None:
    hub.story("s", front='"title": "Paperless"\nsummary: Paper: the sequel\n' + LONG_FRONT.split("\n", 1)[1])
    d = diagnostics(hub)[0]
    assert (d["line"], d["hint"]) == (3, "a value containing ': ' must be put in quotes")


@pytest.mark.parametrize(
    ("date", "hint"),
    [
        (
            "2024\u201303\u201312",
            "the dashes are long dashes (Word and Outlook make them); type plain hyphens: 2024-03-12",
        ),
        ("12/03/2024", "write year-month-day: 2024-03-12 if the day comes first, 2024-12-03 if the month does"),
        ("25/03/2024", "write year-month-day: 2024-03-25"),
        ("2024/03/12", "write it with hyphens: 2024-03-12"),
        ("March 2024", "write it like 2024-03-12"),
    ],
)
def test_dates_as_office_software_writes_them(hub: Hub, date: str, hint: str) -> None:
    hub.story("s", front=VALID_FRONT.replace("date: 2024-03-12", f"date: {date}"))
    d = diagnostics(hub)[0]
    assert (d["code"], d["line"], d["message"], d["hint"]) == (
        "invalid-date",
        4,
        f"'date: {date}' is not a date in the form YYYY-MM-DD",
        hint,
    )


def test_title_starting_with_hash_is_not_just_empty(hub: Hub) -> None:
    hub.story("s", front=front_with("title: #1 paperless branch"))
    d = diagnostics(hub)[0]
    assert (d["code"], d["line"]) == ("cut-by-comment", 2)
    assert (
        d["message"]
        == "'title' was cut at '#': YAML reads ' #1 paperless branch' as a comment, so the text would be empty"
    )
    assert d["hint"] == 'put the whole value in quotes: title: "#1 paperless branch"'


def test_missing_space_after_colon(hub: Hub) -> None:
    hub.story("s", front=front_with('title:"Paperless files"'))
    d = diagnostics(hub)[0]
    assert (d["line"], d["col"], d["message"]) == (2, 6, "front matter: there is no space after 'title:'")
    assert d["hint"] == 'write a space after the colon: title: "Paperless files"'


def test_backslash_in_double_quotes(hub: Hub) -> None:
    hub.story("s", front=front_with('title: "Files in S:\\qshare"'))
    d = diagnostics(hub)[0]
    assert (d["line"], d["message"]) == (2, "front matter: YAML syntax error: found unknown escape character")
    assert d["hint"] == (
        "inside double quotes a backslash starts a code such as \\n; put the value in single quotes, or write \\\\"
    )


def test_curly_quoted_phrase_with_colon_keeps_the_phrase(hub: Hub) -> None:
    hub.story("s", front=front_with("title: \u201cPaperless: the sequel\u201d at Berlin"))
    d = diagnostics(hub)[0]
    assert d["message"] == (
        "front matter: the value starts with a curly quote \u201c, which YAML does not read as quotes, "
        "and it contains ': '"
    )
    assert d["hint"] == f'{CURLY}: title: "\u201cPaperless: the sequel\u201d at Berlin"'
