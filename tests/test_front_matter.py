"""Front matter as the gate reads it: text hygiene, escaped keys, entities, foreign front matter, and
a property test that the reader never raises and never lets a control character into a message."""

from __future__ import annotations

import json
import sys
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from snowball.diagnostics import Diagnostic, Report
from snowball.reader import split_front_matter
from snowball.textcheck import SUSPECT_RE, bad_characters, escape_text

from .conftest import VALID_FRONT, Hub, run_cli


def diagnostics(hub: Hub) -> list[dict]:
    result = run_cli("--root", str(hub.root), "validate", "--format", "json")
    assert result.code in (0, 1), result.err
    return json.loads(result.out)["diagnostics"]


def only(hub: Hub, code: str) -> dict:
    found = [d for d in diagnostics(hub) if d["code"] == code]
    assert len(found) == 1, f"expected one {code}, got {diagnostics(hub)}"
    return found[0]


def with_title(title_line: str) -> str:
    return VALID_FRONT.replace('title: "Paperless files in Berlin"\n', title_line + "\n")


# ---- text hygiene (issue 9 #7) ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("char", "words"),
    [
        ("\u00ad", "an invisible character U+00AD SOFT HYPHEN"),
        ("\u009b", "a control character U+009B CONTROL SEQUENCE INTRODUCER"),
        ("\ufeff", "an invisible character U+FEFF ZERO WIDTH NO-BREAK SPACE"),
        ("\u2060", "an invisible character U+2060 WORD JOINER"),
        ("\u061c", "an invisible direction mark U+061C ARABIC LETTER MARK"),
        ("\u200e", "an invisible direction mark U+200E LEFT-TO-RIGHT MARK"),
        ("\u202e", "an invisible direction mark U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("\u2067", "an invisible direction mark U+2067 RIGHT-TO-LEFT ISOLATE"),
        ("\u200b", "an invisible character U+200B ZERO WIDTH SPACE"),
        ("\u200d", "an invisible character U+200D ZERO WIDTH JOINER"),
        ("\U000e0041", "an invisible character U+E0041 TAG LATIN CAPITAL LETTER A"),
        ("\u3164", "an invisible character U+3164 HANGUL FILLER"),
    ],
)
def test_invisible_character_in_title_named_with_column(hub: Hub, char: str, words: str) -> None:
    hub.story("s", front=with_title(f'title: "Paperless{char} files"'))
    d = only(hub, "invalid-characters")
    assert (d["line"], d["col"], d["field"]) == (2, 18, "title")
    assert d["message"] == f"'title' contains {words} at column 18"
    assert d["hint"].startswith("delete it: ")


@pytest.mark.parametrize(
    ("char", "words", "hint"),
    [
        ("\ufffe", "an invalid character U+FFFE NONCHARACTER", "makes the site's feeds invalid"),
        ("\uffff", "an invalid character U+FFFF NONCHARACTER", "makes the site's feeds invalid"),
        ("\U0001fffe", "an invalid character U+1FFFE NONCHARACTER", "makes the site's feeds invalid"),
        ("\ufdd0", "an invalid character U+FDD0 NONCHARACTER", "makes the site's feeds invalid"),
        ("\x1b", "a control character U+001B ESCAPE", "control characters are not text"),
        ("\x85", "a control character U+0085 NEXT LINE (NEL)", "control characters are not text"),
        ("\u2028", "an invisible line break U+2028 LINE SEPARATOR", "write the text on one line"),
        ("\u2029", "an invisible line break U+2029 PARAGRAPH SEPARATOR", "write the text on one line"),
    ],
)
def test_characters_yaml_refuses_or_folds_are_named_where_they_are(hub: Hub, char: str, words: str, hint: str) -> None:
    """YAML refuses these (U+FFFE, ESC) or silently turns them into spaces (NEL, U+2028): we name them first."""
    hub.story("s", front=with_title(f'title: "Paperless{char} files"'))
    d = only(hub, "invalid-characters")
    assert (d["line"], d["col"], d["field"]) == (2, 18, "title")
    assert d["message"] == f"'title' contains {words} at column 18"
    assert hint in d["hint"]


def test_character_written_as_a_yaml_escape_is_placed_within_the_value(hub: Hub) -> None:
    hub.story("s", front=with_title(r'title: "Paper\u00adless"'))
    d = only(hub, "invalid-characters")
    assert d["message"] == "'title' contains an invisible character U+00AD SOFT HYPHEN at character 6 of the value"
    assert (d["line"], d["col"]) == (2, 8)


def test_every_text_field_is_checked(hub: Hub) -> None:
    hub.story(
        "s",
        front=VALID_FRONT + 'outcomes:\n  - label: "Paper\u200bused"\n    value: "-38 %"\nimage_alt: "x"\n',
    )
    found = [d for d in diagnostics(hub) if d["code"] == "invalid-characters"]
    assert [(d["line"], d["field"]) for d in found] == [(10, "outcomes[1].label")]
    assert found[0]["message"].startswith("'outcomes[1].label' contains an invisible character U+200B ZERO WIDTH SPACE")


def test_registry_names_are_checked(hub: Hub) -> None:
    hub.registry("sites.yml", '- id: berlin\n  name: "Berlin\u202eMitte"\n  region: Europe\n')
    found = [d for d in diagnostics(hub) if d["code"] == "invalid-characters"]
    assert found[0]["path"] == "registries/sites.yml"
    assert found[0]["message"] == (
        "'name' contains an invisible direction mark U+202E RIGHT-TO-LEFT OVERRIDE at column 16"
    )


def test_joiners_inside_persian_and_emoji_are_text() -> None:
    assert bad_characters("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645") == []  # Persian needs ZWNJ
    assert bad_characters("\U0001f469\u200d\U0001f4bb team") == []  # woman technologist
    england = "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f"
    assert bad_characters(england) == []
    assert [b.char for b in bad_characters("Pa\u200dper")] == ["\u200d"]


def test_the_list_of_suspects_covers_every_format_and_control_character() -> None:
    """The character class is written out for speed; this keeps it complete for the running Unicode."""
    missing = [
        f"U+{cp:04X}"
        for cp in range(sys.maxunicode + 1)
        if (
            unicodedata.category(chr(cp)) in ("Cc", "Cf", "Cs", "Zl", "Zp")
            or (cp & 0xFFFE) == 0xFFFE
            or 0xFDD0 <= cp <= 0xFDEF
        )
        and not SUSPECT_RE.match(chr(cp))
    ]
    assert missing == []


def test_lookalike_letter_in_title_is_a_warning(hub: Hub) -> None:
    hub.story("s", front=with_title('title: "P\u0430perless files"'))
    d = only(hub, "mixed-script")
    assert (d["severity"], d["line"], d["col"]) == ("warning", 2, 10)
    assert d["message"] == (
        "'title' mixes alphabets in 'P\u0430perless': '\u0430' is U+0430 CYRILLIC SMALL LETTER A (Cyrillic) in a Latin word"
    )
    assert d["hint"].startswith("retype the word on a Latin keyboard")


def test_lookalike_letter_in_id_names_it(hub: Hub) -> None:
    hub.story("s", front=VALID_FRONT.replace("site: berlin", "site: b\u0435rlin"))
    d = only(hub, "invalid-id")
    assert d["hint"] == (
        "'\u0435' is U+0435 CYRILLIC SMALL LETTER IE, a look-alike of a Latin letter; retype the id on a Latin keyboard"
    )


def test_real_greek_and_cyrillic_titles_pass(hub: Hub) -> None:
    hub.story("s", front=with_title('title: "Безбумажные файлы и Ελληνικά"'))
    assert [d["code"] for d in diagnostics(hub)] == []


# ---- keys with terminal escapes ---------------------------------------------------------------------


def test_key_with_escape_codes_is_shown_escaped_in_every_format(hub: Hub) -> None:
    hub.story("s", front=VALID_FRONT + '"\\e[2J\\e[32mall good": 1\n"x\\n::error file=a::fake": 2\n')
    for fmt in ("human", "github", "gitlab", "json"):
        result = run_cli("--root", str(hub.root), "validate", "--format", fmt)
        assert result.code == 1
        assert "\x1b" not in result.out and "\n::error file=a" not in result.out, fmt
    d = [d for d in diagnostics(hub) if d["code"] == "unknown-field"]
    assert [x["message"] for x in d] == [
        "unknown field '\\x1b[2J\\x1b[32mall good'",
        "unknown field 'x\\n::error file=a::fake'",
    ]
    assert d[0]["field"] == "\\x1b[2J\\x1b[32mall good"


def test_every_diagnostic_escapes_what_it_quotes() -> None:
    d = Diagnostic("stories/\x1b/index.md", 1, 1, "error", "x", "bad \x9b31m", "k\u202e", "hint \x07")
    assert (d.path, d.message, d.field, d.hint) == ("stories/\\x1b/index.md", "bad \\x9b31m", "k\\u202e", "hint \\x07")
    assert escape_text("tab\there\nnew \U000e0001") == "tab\\there\\nnew \\U000e0001"


# ---- HTML entities (issue 12) -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "message", "hint"),
    [
        ("Ines&rsquo;s files", "'title' contains the HTML entity '&rsquo;'", "write the character itself: \u2019"),
        ("Paper &amp; files", "'title' contains the HTML entity '&amp;'", "write the character itself: &"),
        ("Ines&#8217;s files", "'title' contains the HTML entity '&#8217;'", "write the character itself: \u2019"),
        (
            "A&nbsp;B &amp; C",
            "'title' contains the HTML entities '&nbsp;', '&amp;'",
            "write the characters themselves: a no-break space (or a plain space) for &nbsp;, & for &amp;",
        ),
    ],
)
def test_html_entity_in_title(hub: Hub, title: str, message: str, hint: str) -> None:
    hub.story("s", front=with_title(f'title: "{title}"'))
    d = only(hub, "html-entity")
    assert (d["line"], d["message"], d["hint"]) == (2, message, hint)
    assert not [x for x in diagnostics(hub) if x["code"] == "markup-in-text"]


def test_entity_in_summary_and_real_markup_both_reported(hub: Hub) -> None:
    hub.story("s", front=VALID_FRONT.replace("We moved", "We &mdash; <b>moved</b>"))
    codes = sorted(d["code"] for d in diagnostics(hub))
    assert codes == ["html-entity", "markup-in-text"]
    assert only(hub, "html-entity")["hint"] == "write the character itself: \u2014"


# ---- front matter written for another tool (issue 12) ----------------------------------------------

HUGO = """\
title: "Paperless files"
date: 2019-01-04T09:00:00-05:00
lastmod: 2019-02-01
expirydate: 2030-01-01
publishdate: 2019-01-04
authors: [jane]
categories: [news]
featured_image: {uid: 123, alt: "x"}
weight: 10
slug: paperless
summary: "We moved files."
"""

JEKYLL = """\
layout: post
title: "Paperless files"
permalink: /blog/paperless/
author: jane
categories: [news]
summary: "x"
date: 2024-01-01
"""

MATERIAL = """\
title: "Paperless files"
date:
  created: 2024-01-01
authors: [jane]
categories: [News]
readtime: 5
summary: "x"
"""


@pytest.mark.parametrize(
    ("front", "kind", "label", "line"),
    [
        (HUGO, "hugo", "Hugo page", 4),
        (JEKYLL, "jekyll", "Jekyll or Eleventy post", 2),
        (MATERIAL, "material-blog", "Material for MkDocs blog post", 5),
    ],
)
def test_foreign_front_matter_gets_one_message_naming_the_importer(
    hub: Hub, front: str, kind: str, label: str, line: int
) -> None:
    hub.story("s", front=front)
    found = diagnostics(hub)
    foreign = [d for d in found if d["code"] == "foreign-front-matter"]
    assert len(foreign) == 1
    d = foreign[0]
    assert d["line"] == line
    assert d["message"].startswith(f"this looks like a {label}, not a Snowball story (")
    assert d["hint"] == (
        "convert it with the importer, which maps the fields and keeps the rest: "
        f"snowball import {kind} FOLDER-WITH-THE-POSTS --into ."
    )
    assert not [x for x in found if x["code"] == "unknown-field"]
    assert [x for x in found if x["code"] == "missing-field"]  # real errors are kept


def test_toml_front_matter(hub: Hub) -> None:
    hub.story("s", raw=b'+++\ntitle = "Paperless"\ndate = 2024-01-01\n+++\nBody\n')
    found = diagnostics(hub)
    assert [(d["code"], d["line"]) for d in found] == [("foreign-front-matter", 1)]
    assert found[0]["message"] == "this looks like a Hugo page with TOML front matter ('+++'), not a Snowball story"
    assert found[0]["hint"].endswith("snowball import hugo FOLDER-WITH-THE-POSTS --into .")


def test_one_stray_field_is_still_just_unknown(hub: Hub) -> None:
    hub.story("s", front=VALID_FRONT + "subtitle: x\n")
    assert [d["code"] for d in diagnostics(hub)] == ["unknown-field"]


# ---- the reader never raises, never leaks a control character ---------------------------------------

_KEYS = st.sampled_from(
    [
        "title",
        "summary",
        "date",
        "site",
        "tags",
        "outcomes",
        "x",
        "\x1b[2J",
        "a\u202eb",
        '"\\e[31mx"',
        '"\\x85y"',
        '"a\\u202eb"',
    ]
)
# Pieces of values: any character, YAML's troublemakers, and YAML escapes that produce control characters.
_PIECE = st.one_of(
    st.characters(codec="utf-8"),
    st.sampled_from(list(":#'\"-[]{}&*!|>%@`\t\n \u201c\u201d\u2019\u2028\x85\ufffe\x1b\x9b")),
    st.sampled_from(["\\e", "\\x9b", "\\u2028", "\\U0001FFFE", "\\N", "\\0", "&amp;", " #1"]),
)
_TEXT = st.lists(_PIECE, max_size=40).map("".join)


@st.composite
def front_matters(draw: st.DrawFn) -> str:
    lines = []
    for _ in range(draw(st.integers(0, 8))):
        key = draw(_KEYS)
        value = draw(_TEXT)
        style = draw(st.sampled_from(["plain", "double", "single", "list", "raw"]))
        if style == "double":
            value = '"' + value + '"'
        elif style == "single":
            value = "'" + value + "'"
        elif style == "list":
            value = "\n  - " + value
        lines.append(value if style == "raw" else f"{key}: {value}")
    return "\n".join(lines)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(front_matters())
def test_reader_never_raises_and_locates_everything(front: str) -> None:
    from snowball.contract import STORY_FIELDS
    from snowball.fields import read_fields

    text = f"---\n{front}\n---\nBody\n"
    total_lines = text.count("\n") + 1
    report = Report("stories/s/index.md")
    raw = split_front_matter(text, report)
    if raw.front is not None:
        read_fields(raw.front, STORY_FIELDS, report)
    for d in report.items:
        assert 1 <= d.line <= total_lines, d
        for value in (d.message, d.hint or "", d.field or ""):
            assert not SUSPECT_RE.search(value.replace("\n", "")), d
            assert "\n" not in value, d


def test_foreign_message_names_the_fields(hub: Hub) -> None:
    hub.story("s", front=HUGO)
    d = [d for d in diagnostics(hub) if d["code"] == "foreign-front-matter"][0]
    assert d["message"] == (
        "this looks like a Hugo page, not a Snowball story (fields lastmod, expirydate, publishdate, authors, "
        "categories, featured_image and 2 more that Snowball does not know)"
    )


@pytest.mark.parametrize(
    ("block", "line", "message", "field"),
    [
        ('source:\n  file: "a.csv"\n  row: "2"\n  row: "3"\n', 12, "'row' under 'source' is given twice (first on line 11)", "source.row"),
        ('source: {row: "2", row: "3"}\n', 9, "'row' under 'source' is given twice (first on line 9)", "source.row"),
        ("outcomes:\n  - metric: a\n    metric: b\n    value: 1\n", 11, "'metric' under 'outcomes' is given twice (first on line 10)", "outcomes.metric"),
        ("title: again\n", 9, "'title' is given twice (first on line 2)", "title"),
    ],
)  # fmt: skip
def test_a_key_given_twice_at_any_depth_names_both_lines(
    hub: Hub, block: str, line: int, message: str, field: str
) -> None:
    hub.story("twice", VALID_FRONT + block)
    d = only(hub, "duplicate-key")
    assert (d["line"], d["message"], d["field"]) == (line, "front matter: " + message, field)
