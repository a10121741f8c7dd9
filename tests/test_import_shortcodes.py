"""Body conversion on open-ended input: never raises, never leaves template syntax outside code."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from snowball.importers.common import SourcePost
from snowball.importers.report import ImportReport
from snowball.importers.shortcodes import Context, convert_body, split_code

LEFTOVER = re.compile(r"\{\{[<%]|\{%|\{\{.*?\}\}")
PIECES = ["{{<", ">}}", "{{%", "%}}", "{%", "%}", "{{", "}}", "/", "note", "ref", '"x.md"', "`", "```", "\n",
          "\n\n", " ", "<iframe src=//a>", "</iframe>", "![a](b.png)", "[t](", ")", "#", "<pre>", "</pre>", "x",
          'src="a"', "<a href=\"/p/\">", "</a>", "raw", "endraw", "highlight", "endhighlight", "<code>", "</code>"]  # fmt: skip


def _ctx(liquid: bool) -> Context:
    post = SourcePost("p.md", Path("/nonexistent/p.md"), {"title": "T"}, {}, "", 1, "p")
    return Context(post, "p", ImportReport("hugo", "s", "h"), lambda t: "other" if t == "x.md" else None,
                   lambda src, alt, line: None, liquid=liquid)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.booleans())
def test_no_template_syntax_survives_outside_code(pieces: list[str], liquid: bool) -> None:
    text = "".join(pieces)
    body = convert_body(_ctx(liquid), text)
    outside = "".join(part for is_code, part in split_code(body) if not is_code)
    assert not LEFTOVER.search(outside), (text, body)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_any_text_converts(text: str) -> None:
    convert_body(_ctx(False), text)
    convert_body(_ctx(True), text)


def test_many_unclosed_backticks_and_tags() -> None:
    # quadratic once (each backtick searched to the end of the text: minutes here); now a closer is sought
    # only to the end of its paragraph, so this finishes with the rest of the suite
    text = "`a " * 20000 + "\n\n" + "{{< note >}}" * 2000
    body = convert_body(_ctx(False), text)
    assert "{{<" not in body and body.count("`a") == 20000


def test_shortcode_around_code_and_link_with_code_text() -> None:
    text = (
        "{{< note >}}\nRun `make` first:\n\n```sh\nmake {{ x }}\n```\n{{< /note >}}\n\n"
        'See [`where`](/docs/where/) and [the x post]({{< ref "x.md" >}}).\n'
    )
    body = convert_body(_ctx(False), text)
    assert "!!! note\n    Run `make` first:\n\n    ```sh\n    make {{ x }}\n    ```\n" in body
    assert "See `where` and [the x post](../other/index.md)." in body


def test_in_page_anchor_matches_heading_id_or_becomes_text() -> None:
    body = convert_body(_ctx(False), "## The `Big` Plan\n\nSee [plan](#The-Big-Plan) and [gone](#nowhere).\n")
    assert "[plan](#the-big-plan)" in body and "and gone." in body
