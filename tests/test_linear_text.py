"""Every text scan in the build and preview path is linear: adversarial input at the size limit.

A story whose body was a code block of 500,000 "[" passed the validator and then hung the build: the
search index stripped links with `\\[([^\\]]*)\\]\\([^)]*\\)`, which reads from every "[" to the end of the
text. snowball/markscan.py replaces such regexes with scanners that give the same result. These tests
(1) compare each scanner with the regex it replaces on small random inputs (same output), and (2) run
every function that reads open text on pathological inputs as long as a story may be, and check what it
returns. A quadratic scan would not finish: the old code took tens of minutes on each of these.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from snowball import markscan
from snowball.body import _DIGIT_RUN_RE, _digit_runs, check_body, story_anchors
from snowball.contract import MAX_STORY_BYTES
from snowball.diagnostics import Report
from snowball.importers.common import plain_text
from snowball.importers.shortcodes import _drop_trailing_attrs, toc_slug
from snowball.search import SearchMemo, markdown_text
from snowball.summary import _text as summary_text
from snowball.textcheck import _tag_ok, bad_characters
from snowball.views.story import mark_advice, reading_minutes

from .conftest import REPO, SNOWBALL, copy_hub, mkdocs_bin, run_process, search_locations

SIZE = MAX_STORY_BYTES - 24 * 1024  # a body as long as a story may be, with room for its front matter
TOKENS = ["[", "]", "(", ")", "](", "![", "<", ">", "`", "```", "*", "_", "&", "{", "}", "{{", "{%", "%}", "}}"]
TOKENS += ["#", " #", "[^", "{#", "{:", "=", "-", ":", '"', "!", "a", " ", "\t", "\n", "\n#", "\n===", "<h2>", "</h2>"]

# The regular expressions the scanners replace, as they were: the reference for "same output".
REFERENCE = {
    "tags": (re.compile(r"<[^>]*>"), lambda s: markscan.sub_tags(s, " "), " "),
    "tags+": (re.compile(r"<[^>]+>"), lambda s: markscan.sub_tags(s, empty=False), ""),
    "images": (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), lambda s: markscan.sub_links(s, "!["), r"\1"),
    "links": (re.compile(r"\[([^\]]*)\]\([^)]*\)"), markscan.sub_links, r"\1"),
    "bang-links": (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), lambda s: markscan.sub_links(s, bang=True), r"\1"),
    "inline": (re.compile(r"!?\[([^\]]*)\]\([^)]*\)|<[^>]*>|[*_`]"), markscan.strip_inline, None),
    "templates": (
        re.compile(r"\{\{[<%].*?[%>]\}\}|\{%.*?%\}|\{\{.*?\}\}", re.DOTALL),
        markscan.sub_template_tags,
        "",
    ),
    "trailing-attrs": (re.compile(r"\{[^}]*\}\s*$"), _drop_trailing_attrs, ""),
}
FOUND = {
    "atx": (re.compile(r"^#{1,6}(?!#)[ \t]*(.*?)[ \t#]*$", re.M), markscan.atx_headings, lambda m: (m.start(), m[1])),
    "setext": (
        re.compile(r"^([^\n]*\S[^\n]*)\n(?:=+|-+)[ \t]*$", re.M),
        markscan.setext_headings,
        lambda m: (m.start(), m[1]),
    ),
    "footnotes": (re.compile(r"\[\^([^\]\s]+)\](:?)"), markscan.footnotes, lambda m: (m[1], m[2])),
    "attr-ids": (re.compile(r"\{:?[^{}\n]*?#([^\s}]+)[^{}\n]*\}"), markscan.attr_ids, lambda m: m[1]),
    "h2": (
        re.compile(r"<h2\b[^>]*>(.*?)</h2>", re.DOTALL),
        lambda s: markscan.elements(s, "h2"),
        lambda m: (m.start(), m.end(), m[1]),
    ),
}

small = st.lists(st.sampled_from(TOKENS), max_size=30).map("".join)


@settings(max_examples=1500, suppress_health_check=[HealthCheck.too_slow])
@given(small)
def test_each_scanner_gives_what_its_regex_gave(text: str) -> None:
    for name, (pattern, scan, repl) in REFERENCE.items():
        expected = pattern.sub(repl if repl is not None else (lambda m: m.group(1) or ""), text)
        assert scan(text) == expected, name
    for name, (pattern, scan, shape) in FOUND.items():
        assert list(scan(text)) == [shape(m) for m in pattern.finditer(text)], name


def _repeat(unit: str) -> str:
    return unit * (SIZE // len(unit))


# What markdown_text makes of each pathological body: fence lines become spaces, these marks stay as text.
FENCED = [("[", "["), ("<", "<"), ("![", "!["), ("](", "]("), ("[(", "[("), ("[a](", None), ("<a", "<a")]


def test_markdown_text_reads_a_code_block_of_brackets_at_the_size_limit() -> None:
    for unit, kept in FENCED:
        body = "```\n" + _repeat(unit) + "\n```\n"
        text = markdown_text(body)
        if kept is not None:
            assert text == _repeat(unit), unit
        else:  # "[a](" never closes its "(": no link, so all of it stays
            assert text == _repeat(unit)
    closed = "[a](b)" * (SIZE // 6)
    assert markdown_text(closed) == "a" * (SIZE // 6)  # every link complete: each keeps its text
    assert markdown_text("<b>" * (SIZE // 3)) == ""  # every tag complete: all go


def test_the_preview_memo_gives_the_same_text_on_the_same_body() -> None:
    body = "```\n" + _repeat("[") + "\n```\n"
    assert SearchMemo().text(body) == markdown_text(body) == _repeat("[")


def test_story_anchors_read_long_headings_and_lines_at_the_size_limit() -> None:
    assert story_anchors("# a" + " #" * (SIZE // 2) + " b\n") == {"a-b"}
    assert story_anchors("# `" + "[" * SIZE + "`\n") == {""}  # a code span of "[" only: no word to slug
    assert story_anchors("a" * SIZE + "\nx\n") == set()  # a long paragraph line, no heading
    assert story_anchors("{" + "#" * SIZE + "\n") == set()  # an attribute list never closed
    assert story_anchors("[^" * (SIZE // 2)) == set()  # footnote marks never closed
    assert "keep" in story_anchors("## Done {#keep}\n" + "{#a{" * (SIZE // 4))
    many = SIZE // 4  # as many equal headings as fit: each takes the next free suffix, as the toc does
    assert story_anchors("\n# a" * many) == {"a", *(f"a_{i}" for i in range(1, many))}
    # every other line a backtick (so every heading is read from the source), the tag and marks slug to ""
    headings = SIZE // 18
    assert story_anchors('\n`\n#<h2>{"' * (2 * headings)) == {"", *(f"_{i}" for i in range(1, headings))}


def test_plain_text_of_an_imported_post_at_the_size_limit() -> None:
    for unit in ("[", "![", "<", "{{", "{%", "{{<", "[a](", "{{ a"):
        text, _changes = plain_text(_repeat(unit))
        assert text == " ".join(_repeat(unit).split()), unit
    assert plain_text("[x](y) " * (SIZE // 7))[0] == " ".join(["x"] * (SIZE // 7))


def test_importer_heading_slugs_at_the_size_limit() -> None:
    assert toc_slug("Done {" * (SIZE // 6)) == "-".join(["done"] * (SIZE // 6))
    assert toc_slug("[x" * (SIZE // 2)) == "x" * (SIZE // 2)
    assert toc_slug("<b" * (SIZE // 2)) == "b" * (SIZE // 2)
    assert toc_slug("Plan [b](c) {: #x }") == "plan-b"


def test_summary_and_story_page_helpers_at_the_size_limit() -> None:
    assert summary_text("[" * SIZE) == "\\[" * SIZE
    page = "<p>" + "&lt;" * (SIZE // 4) + "</p>"
    assert reading_minutes(page) == 1  # no words
    assert mark_advice("<h2 " + "<h2 " * (SIZE // 4) + "x") == "<h2 " + "<h2 " * (SIZE // 4) + "x"
    advice = '<h2 id="w">What we would tell another site</h2><p>Start small.</p>'
    assert mark_advice(advice) == f'<section class="sb-advice">\n{advice}</section>\n'


@st.composite
def hostile(draw: st.DrawFn) -> str:
    """A random mix of tokens repeated to the size limit, sometimes inside a code block."""
    unit = "".join(draw(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=6)))
    body = _repeat(unit)
    return "```\n" + body + "\n```\n" if draw(st.booleans()) else body


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(hostile())
def test_every_text_function_finishes_on_hostile_input_at_the_size_limit(body: str) -> None:
    """No timing asserted: a quadratic scan simply would not come back (the old code took minutes)."""
    text = markdown_text(body)
    assert len(text) <= len(body)
    assert story_anchors(body) is not None
    cleaned, _changes = plain_text(body)
    assert len(cleaned) <= len(body) * 3
    for scan in (markscan.sub_tags, markscan.sub_links, markscan.strip_inline, markscan.sub_template_tags):
        assert len(scan(body)) <= len(body)
    for name, (_pattern, find, _shape) in FOUND.items():
        assert list(find(body)) is not None, name
    assert reading_minutes(body) >= 1
    assert mark_advice(body) == body or "sb-advice" in mark_advice(body)


def _front_matter() -> str:
    source = (REPO / "stories" / "aberdale-car-sharing" / "index.md").read_text(encoding="utf-8")
    return source.split("---\n", 2)[1]


def test_a_code_block_of_500000_brackets_validates_and_builds(tmp_path: Path) -> None:
    """The reported hang, end to end: the gate passes it and the strict build finishes with its page and
    search entry (a subprocess with a generous timeout: the old build never finished)."""
    root = copy_hub(tmp_path / "hub", stories=False)
    folder = root / "stories" / "bracket-wall"
    folder.mkdir(parents=True)
    body = "\nWe pasted the quuxlog export below.\n\n```\n" + "[" * 500_000 + "\n```\n"
    (folder / "index.md").write_text(f"---\n{_front_matter()}---\n{body}", encoding="utf-8")
    checked = run_process(*SNOWBALL, "--root", str(root), "validate", cwd=root, timeout=120)
    assert checked.code == 0, checked.out + checked.err
    built = run_process(mkdocs_bin(), "build", "--strict", "--site-dir", str(root / "site"), cwd=root, timeout=120)
    assert built.code == 0, built.err
    page = (root / "site" / "stories" / "bracket-wall" / "index.html").read_text(encoding="utf-8")
    assert "[[[[" in page and "quuxlog export" in page
    assert search_locations(root / "site", "quuxlog") == ["stories/bracket-wall/"]


FLAG, TAG, END = "\U0001f3f4", "\U000e0041", "\U000e007f"  # black flag, tag letter A, cancel tag


@settings(max_examples=500)
@given(st.lists(st.sampled_from([FLAG, TAG, END, "x", " ", "\u200b"]), max_size=20).map("".join))
def test_tag_characters_are_judged_as_walking_back_from_each_one_judged_them(text: str) -> None:
    expected = [
        i for i, ch in enumerate(text) if ch == "\u200b" or (0xE0020 <= ord(ch) <= 0xE007F and not _tag_ok(text, i))
    ]
    assert [b.index for b in bad_characters(text)] == expected


def test_a_field_of_tag_characters_at_the_size_limit() -> None:
    """A run of tag characters was walked back from each of them: 10,000 took 18 s, a registry's 4 MB hours."""
    n = SIZE // 4  # four bytes each
    assert bad_characters(FLAG + TAG * n + END) == []  # a (very long) subdivision flag
    assert [b.index for b in bad_characters("x" + TAG * n)] == list(range(1, n + 1))


@settings(max_examples=1000)
@given(st.lists(st.sampled_from(list("0123456789+( ).-a\n")), max_size=30).map("".join))
def test_digit_runs_are_what_the_phone_prefilter_regex_found(text: str) -> None:
    assert list(_digit_runs(text)) == [m.span() for m in _DIGIT_RUN_RE.finditer(text)]


def test_the_validator_reads_a_body_of_brackets_and_parentheses_at_the_size_limit() -> None:
    """The phone-number pre-filter read from every "(" to the end of its stretch (20,000 took 16 s)."""
    for unit in ("(", "( ", "(1", "+("):
        report = Report("stories/x/index.md")
        check_body(_repeat(unit), 5, report)
        assert [d.code for d in report.items if d.severity == "error"] == [], unit
    report = Report("stories/x/index.md")
    check_body("Call (030) 1234 5678 today.\n" + "(" * SIZE, 5, report)
    assert [d.code for d in report.items] == ["personal-data"]
