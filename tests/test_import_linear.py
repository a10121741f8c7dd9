"""Every text scan in `snowball import` is linear: the same results as the regexes it replaced, at any size.

A post of a few hundred kilobytes of "{{<", "{{", "{#a" or "[\\" took the importer minutes (4 MB, the
limit, hours): lazy or backtracking regexes read from every opener to the end of the text. These tests
(1) compare each replacement with the regex as it was on random mixes of hostile tokens (same output),
and (2) convert posts of about a megabyte made of those tokens, and import a tiny site holding one.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from snowball import markscan
from snowball.importers import linear
from snowball.importers import shortcodes as sc
from snowball.importers.common import SourcePost
from snowball.importers.report import ImportReport

from .conftest import SNOWBALL, run_process

SIZE = 1_000_000  # about a megabyte: each old regex took minutes to hours on this
U = sc.UNRESOLVED

# The regular expressions as they were: the reference for "same output".
OLD_HUGO_TAG = re.compile(
    r"\{\{([<%])\s*(/?)\s*([\w.-]+)((?:[^>%\"'`]|\"(?:[^\"\\]|\\.)*\"|'[^']*'|`[^`]*`)*?)\s*([>%])\}\}", re.S
)
OLD_HUGO_ESCAPED = re.compile(r"\{\{([<%])/\*(.*?)\*/([>%])\}\}", re.S)
OLD_GO_COMMENT = re.compile(r"\{\{-?\s*/\*.*?\*/\s*-?\}\}", re.S)
OLD_LIQUID_TAG = re.compile(r"\{%-?\s*(\w+)(.*?)-?%\}", re.S)
OLD_LIQUID_OUT = re.compile(r"\{\{-?(.*?)-?\}\}", re.S)
OLD_TEMPLATE_TEXT = re.compile(r"\{%.*?%\}|\{\{.*?\}\}")
OLD_MD_IMAGE = re.compile(r"!\[(" + sc._ALT + r")\]\(\s*<?([^)\s>]*)>?(?:\s+(\"[^\"]*\"|'[^']*'))?\s*\)")
OLD_MD_LINK = re.compile(
    r"(?<!!)\[(" + sc._LINK_TEXT + r")\]\(\s*<?((?:[^()\s>]|\([^()\s]*\))*+)>?(?:\s+(\"[^\"]*\"|'[^']*'))?\s*\)"
)
OLD_SPACED_LINK = re.compile(r"(?<!!)\[((?:[^\[\]\\\n]|\\.)*)\]\(([^()\n]*\s[^()\n]*)\)")
OLD_ATTR = re.compile(r"([\w:-]+)\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)")
OLD_UNRESOLVED_A = re.compile(r"<a\b[^<>]*" + re.escape(U) + r"[^<>]*>" + sc._A_TEXT + r"</a\s*>", re.I | re.S)
OLD_EXPLICIT_ID = re.compile(r"\{[^}\n]*#([\w:.-]+)[^}\n]*\}|\b(?:id|name)\s*=\s*[\"']([^\"']+)[\"']")
OLD_ANCHOR_LINK = re.compile(r"(?<!!)\[((?:[^\[\]\\\n]|\\.)*)\]\(#([^)\s]*)((?:\s+\"[^\"]*\")?)\)")
OLD_MARKDOWN_ATTR = re.compile(r"^\s*<([a-z][a-z0-9]*)\b[^>]*\bmarkdown(?:=\S+)?[^>]*>\s*$")

TOKENS = ["{{<", "{{%", "{%", "%}", "{{", "}}", ">}}", "%}}", "{{-", "-}}", "{{</*", "*/>}}", "/*", "*/", "{#", "#"]
TOKENS += ["<!--", "-->", "![", "[", "]", "](", "(", ")", "](#", "<", ">", "<a ", "</a>", 'id="', "name='", "{", "}"]
TOKENS += ["<img ", "<iframe>", "</iframe>", "<VIDEO ", "</video>", "<embed", "/>"]
TOKENS += ['"', "'", "`", "\\", "=", "/", " ", "  ", "\t", "\n", "\n\n", "a", "x.y", ":", "-", "!", U, "markdown"]
small = st.lists(st.sampled_from(TOKENS), max_size=24).map("".join)


def _spans(matches: object) -> list[tuple]:
    return [(m.start(), m.end(), *m.groups()) for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=3000, suppress_health_check=[HealthCheck.too_slow])
@given(small)
def test_each_scanner_finds_what_its_regex_found(text: str) -> None:
    assert [(t.start, t.end, t.kind, t.closing, t.name, t.args, t.closer) for t in linear.hugo_tags(text)] == _spans(
        OLD_HUGO_TAG.finditer(text)
    )
    assert linear.explicit_ids(text) == OLD_EXPLICIT_ID.findall(text)
    assert list(linear.anchor_links(text)) == _spans(OLD_ANCHOR_LINK.finditer(text))
    templates = list(markscan.template_spans(text, shortcodes=False, dotall=False))
    assert templates == [m.span() for m in OLD_TEMPLATE_TEXT.finditer(text)]
    assert _spans(sc._ATTR_RE.finditer(text)) == _spans(OLD_ATTR.finditer(text))
    assert _spans(sc._UNRESOLVED_A_RE.finditer(text)) == _spans(OLD_UNRESOLVED_A.finditer(text))
    images = [(m.start(), m.end(), m[1], m[2] or "", m[3] or m[4]) for m in sc._MD_IMAGE_RE.finditer(text)]
    assert images == [(m.start(), m.end(), m[1], m[2], m[3]) for m in OLD_MD_IMAGE.finditer(text)]
    links = [(m.start(), m.end(), m[1], m[2] or "", m[3] or m[4]) for m in sc._MD_LINK_RE.finditer(text)]
    assert links == [(m.start(), m.end(), m[1], m[2], m[3]) for m in OLD_MD_LINK.finditer(text)]
    assert _spans(sc._SPACED_LINK_RE.finditer(text)) == _spans(OLD_SPACED_LINK.finditer(text))
    for line in text.split("\n"):
        old = OLD_MARKDOWN_ATTR.match(line)
        assert linear.markdown_wrapper(line) == (old.group(1) if old else None), line


@settings(max_examples=3000, suppress_health_check=[HealthCheck.too_slow])
@given(small)
def test_each_lazy_pattern_gives_the_same_text_applied_up_to_its_last_closer(text: str) -> None:
    def show(m: re.Match[str]) -> str:
        return f"<{m.start()}:{'|'.join(g or '' for g in m.groups())}>"

    for pattern, closer in (
        (sc._HTML_IMG_RE, ">"),
        (sc._HTML_SINGLE_RE, ">"),
        (OLD_HUGO_ESCAPED, sc._HUGO_ESCAPED_END_RE),
        (OLD_GO_COMMENT, sc._GO_COMMENT_END_RE),
        (OLD_LIQUID_OUT, "}}"),
        (OLD_LIQUID_TAG, "%}"),
    ):
        assert linear.sub_before_last(pattern, closer, show, text) == pattern.sub(show, text), pattern.pattern
    blocks = linear.sub_until_failed(sc._HTML_BLOCK_RE, sc._HTML_BLOCK_OPEN_RE, show, text)
    assert blocks == sc._HTML_BLOCK_RE.sub(show, text)
    end = linear.last_end(text, "%}")
    found, pos = [], 0
    while m := OLD_LIQUID_TAG.search(text, pos, end):  # convert_liquid's loop, bounded by the last "%}"
        found.append(m.span())
        pos = m.end()
    assert found == [m.span() for m in OLD_LIQUID_TAG.finditer(text)]


@settings(max_examples=500)
@given(
    st.lists(st.sampled_from(["<div", "<p ", " ", "markdown", "=", "x", ">", " >", '"', "\t", "A", "_"]), max_size=14)
)
def test_markdown_wrappers_are_what_the_regex_matched(pieces: list[str]) -> None:
    line = "".join(pieces)
    old = OLD_MARKDOWN_ATTR.match(line)
    assert linear.markdown_wrapper(line) == (old.group(1) if old else None)


def _ctx(liquid: bool) -> sc.Context:
    post = SourcePost("p.md", Path("/nonexistent/p.md"), {"title": "T"}, {}, "", 1, "p")
    return sc.Context(post, "p", ImportReport("hugo", "s", "h"), lambda t: None, lambda src, alt, line: None,
                      liquid=liquid)  # fmt: skip


def _repeat(unit: str) -> str:
    return unit * (SIZE // len(unit))


HOSTILE = ["{{<", "{{%", "{%", "{{", "<!--", "/*", "![", "](", "<a ", 'id="', "{#", "[", "<", "{{< a '", "{{< a",
           "{#a", "{{/*", "{{</*", "{%a", "{ #a", "{{< x \\\"", "<img a", "<pre>", "<iframe>", "<iframe "]  # fmt: skip


def _outside_code(body: str) -> str:
    return "".join(part for is_code, part in sc.split_code(body) if not is_code)


@pytest.mark.parametrize("unit", HOSTILE)
def test_a_megabyte_of_each_opener_converts(unit: str) -> None:
    """No timing asserted: the old regexes would not come back (minutes to hours each)."""
    liquid = "{%" in unit or HOSTILE.index(unit) % 2 == 1  # Liquid tags read as Liquid; the rest both ways
    body = sc.convert_body(_ctx(liquid), _repeat(unit))
    assert not re.search(r"\{\{[<%]|\{%", _outside_code(body)), (unit, liquid)
    assert len(body) <= 4 * SIZE, unit


def test_what_a_megabyte_of_openers_becomes() -> None:
    # unclosed Hugo openers are made plain text, each reported; none is lost
    body = sc.convert_body(_ctx(False), _repeat("{{< a"))
    assert body.count("{ { < a") == SIZE // 5
    # a shortcode after a megabyte of unclosed quotes is still found
    body = sc.convert_body(_ctx(False), _repeat("{{< a '") + " > {{< note >}}Hi{{< /note >}}")
    assert "!!! note\n    Hi" in body
    # every {{ x }} on one line is shown as code
    body = sc.convert_body(_ctx(False), _repeat("{{a}}"))
    assert body.count("` {{a}} `") == SIZE // 5
    # ids after a megabyte of unclosed attribute lists still anchor a link
    text = "## Plan {#plan}\n\n" + _repeat("{#a") + "\n\n[go](#plan) [gone](#nowhere)\n"
    body = sc.convert_body(_ctx(False), text)
    assert "[go](#plan)" in body and "[gone]" not in body and " gone\n" in body
    # a megabyte of escaped brackets before an in-page link (the anchor scan alone: see the module's note)
    found = list(linear.anchor_links(_repeat("[\\") + "\n\n[x](#nowhere)\n"))
    assert [(text, anchor) for _s, _e, text, anchor, _t in found] == [("x", "nowhere")]
    # a link or image whose "(" is followed by a megabyte of spaces
    for opener, kept in (("[a](", "a"), ("![a](", "![a](")):  # the unclosed link became its text (reported)
        body = sc.convert_body(_ctx(False), opener + " " * SIZE + "x")
        assert body == kept + " " * SIZE + "x\n"
    # a <pre> with no </pre>, a megabyte of times: kept as text
    assert sc.convert_body(_ctx(False), _repeat("<pre>")).count("<pre>") == SIZE // 5


def test_hostile_mixes_at_a_megabyte_convert() -> None:
    import random

    rnd = random.Random(19)
    for liquid in (False, True, False, True):
        unit = "".join(rnd.choice(TOKENS) for _ in range(rnd.randint(1, 6)))
        body = sc.convert_body(_ctx(liquid), _repeat(unit))
        assert not re.search(r"\{\{[<%]|\{%", _outside_code(body)), (unit, liquid)


def test_material_wrapper_lines_at_a_megabyte() -> None:
    assert linear.markdown_wrapper("<div markdown=" + "x" * SIZE) is None
    assert linear.markdown_wrapper("<div " + "markdown=x " * (SIZE // 11) + "> >") is None
    assert linear.markdown_wrapper("<div markdown=" + "x>" * (SIZE // 2)) == "div"


def test_snowball_import_of_a_site_with_a_megabyte_post(tmp_path: Path) -> None:
    """End to end: the import of a tiny Hugo site whose one post is a megabyte of unclosed shortcodes and
    ids finishes (a generous timeout: the old importer ran for hours), writes the story and says why it will
    not validate: converted, it is larger than a story may be."""
    site = tmp_path / "site"
    posts = site / "content" / "posts"
    posts.mkdir(parents=True)
    (site / "hugo.toml").write_text('baseURL = "https://example.org/"\ntitle = "Example"\n', encoding="utf-8")
    (posts / "big.md").write_text(
        "---\ntitle: Big paste\ndate: 2024-03-01\n---\nWe pasted the log below.\n\n" + _repeat("{{< a '{#a[\\") + "\n",
        encoding="utf-8",
    )
    hub = tmp_path / "hub"
    done = run_process(*SNOWBALL, "import", "hugo", str(site), "--into", str(hub), cwd=tmp_path, timeout=600)
    assert done.code == 1, done.out + done.err
    assert "imported 1 stories" in done.out and "the limit is 512 KB (file-too-large)" in done.out
    story = hub / "stories" / "big" / "index.md"
    assert story.is_file(), done.out
    assert "We pasted the log below." in story.read_text(encoding="utf-8")


@pytest.mark.parametrize("unit", ["[\\", "[\\[", "\\[", "[\\]("])
def test_a_megabyte_of_escaped_brackets_converts(unit: str) -> None:
    """The link patterns read from every '[' of "[\\[\\[..." to the paragraph's end (20,000 characters took
    21 s): escaped brackets are text and are set aside before links are read. Nothing is lost."""
    body = sc.convert_body(_ctx(False), _repeat(unit))
    assert body.count("\\[") == _repeat(unit).count("\\[")


def test_escaped_brackets_stay_text_and_links_around_them_still_convert() -> None:
    text = "See [a \\[b\\] c](https://x.org/) and \\\\[real](https://y.org/) and \\[not a link\\](x).\n"
    assert sc.convert_body(_ctx(False), text) == text
