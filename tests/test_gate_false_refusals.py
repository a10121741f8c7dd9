"""Real Markdown the gate refused or warned about (issue 19), though the site builds it well: footnotes, a line
that starts with a long code span, and link destinations in angle brackets. Each now passes the validator, and the
strict build makes the page."""

from __future__ import annotations

import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from snowball.body import NESTING_LIMIT, Link, check_body
from snowball.diagnostics import Diagnostic, Report

from .conftest import REPO, VALID_BODY, Hub, mkdocs_bin, run_cli, run_process


def check(body: str) -> tuple[list[Diagnostic], list[Link]]:
    report = Report("stories/x/index.md")
    links = check_body(body, 10, report)
    return report.items, links


def codes(body: str) -> list[str]:
    return [d.code for d in check(body)[0]]


@pytest.fixture
def site_hub(hub: Hub) -> Hub:
    """The tiny registry hub with the real configuration (footnotes enabled), hooks and theme."""
    shutil.copy(REPO / "mkdocs.yml", hub.root / "mkdocs.yml")
    for folder in ("hooks", "theme_overrides"):
        shutil.copytree(REPO / folder, hub.root / folder, ignore=shutil.ignore_patterns("__pycache__"))
    return hub


def build(h: Hub):  # type: ignore[no-untyped-def]
    return run_process(mkdocs_bin(), "build", "--strict", "-d", str(h.root / "site"), cwd=h.root)


# 1. Footnotes ---------------------------------------------------------------------------------------------------

FOOTNOTES = [
    "Text with a note.[^1]\n\n[^1]: See the annual report.\n",
    "Text[^note] and more[^2].\n\n[^note]: First paragraph of the note.\n\n"
    "    Second paragraph of the same note, with [a source](https://example.org/report).\n\n[^2]: Short.\n",
    "A claim.[^a-b_c]\n\n  [^a-b_c]:   Indented definition: see minutes 12.\n",
    "> Quoted[^q]\n\n[^q]: Source: the branch meeting.\n",
    "Jump to [the note](#fn:1).[^1]\n\n[^1]: Here.\n",
]


@pytest.mark.parametrize("body", FOOTNOTES)
def test_footnotes_pass_the_validator(body: str) -> None:
    found, links = check("Intro.\n\n" + body)
    assert found == [] and links == []


@given(
    label=st.from_regex(r"[A-Za-z0-9_-]{1,12}", fullmatch=True),
    words=st.lists(st.from_regex(r"[A-Z][a-z]{1,8}", fullmatch=True), min_size=1, max_size=6),
)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_footnote_definition_is_not_read_as_a_file_link(label: str, words: list[str]) -> None:
    body = f"A claim.[^{label}]\n\n[^{label}]: {' '.join(words)}.\n"
    found, links = check(body)
    assert [d.code for d in found if d.severity == "error"] == [] and links == []


def test_a_link_inside_a_footnote_is_still_checked_and_link_definitions_still_are() -> None:
    _found, links = check("A claim.[^1] See [r].\n\n[^1]: See [the plan](plan.pdf).\n\n[r]: budget.xlsx\n")
    assert sorted(link.target for link in links) == ["budget.xlsx", "plan.pdf"]


def test_a_story_with_footnotes_validates_and_builds(site_hub: Hub) -> None:
    site_hub.story("noted", body=VALID_BODY + "\nCosts fell.[^1] Staff agreed.[^staff]\n\n"
                   "[^1]: See the annual report.\n\n[^staff]: Survey of May.\n\n    Second paragraph.\n")  # fmt: skip
    checked = run_cli("--root", str(site_hub.root), "validate")
    assert checked.code == 0, checked.out
    built = build(site_hub)
    assert built.code == 0, built.err
    page = (site_hub.root / "site" / "stories" / "noted" / "index.html").read_text()
    assert 'class="footnote"' in page and "See the annual report." in page and 'href="#fn:staff"' in page


# 2. A code span at a line's start is not indentation ------------------------------------------------------------


def _code(min_size: int) -> st.SearchStrategy[str]:
    """Code span text full of the marks the nesting count reads (quotes, list markers, spaces, tabs)."""
    return st.text(alphabet=st.sampled_from(list(" >-*+1.)\tabcxyz=<&_")), min_size=min_size, max_size=200).filter(
        lambda s: s.strip() and s[0] != " " and s[-1] != " "
    )


_CODE = st.one_of(_code(1), _code(41))  # 41 and more: as long as the indentation of ten levels


def test_a_line_starting_with_a_long_code_span_is_not_deep() -> None:
    line = "`some long code - with > many * chars - and > more > stuff > here > again > and > more` rest"
    assert "too-deep" not in codes("Intro.\n\n" + line + "\n")


@given(code=_CODE, lead=st.sampled_from(["", " ", "> ", "- ", "1. ", "> - ", "   "]), tail=st.sampled_from(["", " x"]))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_code_spans_never_make_a_line_deep(code: str, lead: str, tail: str) -> None:
    body = f"Intro.\n\n{lead}`{code}`{tail}\n\nA line `{code}\n{code}` across two.\n"
    assert "too-deep" not in codes(body)


@given(code=_CODE)
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_real_deep_nesting_is_still_refused_beside_code_spans(code: str) -> None:
    deep = "".join("    " * i + "- level\n" for i in range(NESTING_LIMIT + 2))
    assert "too-deep" in codes(f"Intro `{code}`.\n\n{deep}\n`{code}` after.\n")
    assert "too-deep" in codes(f"`{code}`\n\n" + "> " * (NESTING_LIMIT + 2) + f"`{code}`\n")


DEEP = "> " * (NESTING_LIMIT + 2) + "x"


@pytest.mark.parametrize(
    "body",
    [
        f"Intro.\n\n    {DEEP}\n",  # an indented code block
        f"    {DEEP}\n",
        f"## Heading\n\n    {'- ' * 14}x\n",
        f"> A quote.\n\n    {DEEP}\n",
        "Intro.\n" + "    " * 12 + "- x\n",  # a paragraph's continuation: text
        f"Intro.\n\n\t{DEEP}\n",
    ],
)
def test_marks_in_an_indented_code_block_or_continuation_are_text(body: str) -> None:
    import markdown

    html = markdown.markdown(body)
    assert html.count("<blockquote>") <= 1 and "<li>" not in html  # the marks stay text
    assert "too-deep" not in codes(body)


@pytest.mark.parametrize(
    "body",
    [
        f"- a\n\n    {DEEP}\n",  # the list item's content
        f"!!! note\n    {DEEP}\n",  # the note's content
        f"Term\n:   def\n\n    {DEEP}\n",
        f"[^1]: note\n\n    {DEEP}\n",
        "".join("    " * i + "- x\n\n" for i in range(NESTING_LIMIT + 2)),
    ],
)
def test_indented_content_of_a_container_still_counts(body: str) -> None:
    assert "too-deep" in codes(body)


def test_a_rule_of_dashes_or_stars_is_a_line_not_a_list() -> None:
    for rule in ("- " * 20, "* " * 20, "-" * 3 + " -" * 20):
        assert "too-deep" not in codes(f"Intro.\n\n{rule.strip()}\n\nMore.\n")


# 3. Link destinations in angle brackets -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "target"),
    [
        ("[report](<my report é.pdf>)", "my report é.pdf"),
        ("![chart](<chart 2024.png>)", "chart 2024.png"),
        ('[report](<annual report.pdf> "The report")', "annual report.pdf"),
        ("[report](\n<the plan.pdf>)", "the plan.pdf"),
        ("[report](<a b.pdf>) and <em>kept</em>", "a b.pdf"),
    ],
)
def test_angle_bracket_destinations_are_links_not_tags(body: str, target: str) -> None:
    found, links = check("Intro.\n\n" + body + "\n")
    assert [d.code for d in found] == [] and [link.target for link in links] == [target]


def test_an_angle_bracket_link_to_a_missing_file_is_a_missing_file(hub: Hub) -> None:
    hub.story("angled", body=VALID_BODY + "\nSee [the report](<annual report.pdf>).\n")
    result = run_cli("--root", str(hub.root), "validate")
    assert result.code == 1
    said = "stories/angled/index.md:15:19: error [body] the file 'annual report.pdf' is not in the story folder"
    assert f"{said} (missing-file)" in result.out
    assert "html-removed" not in result.out and "<annual>" not in result.out


def test_an_angle_bracket_link_builds_and_the_validator_agrees(site_hub: Hub) -> None:
    story = site_hub.story("angled", body=VALID_BODY + "\nSee [the plan](<plan.pdf>).\n")
    (story.parent / "plan.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    checked = run_cli("--root", str(site_hub.root), "validate")
    assert checked.code == 0 and "html-removed" not in checked.out, checked.out
    built = build(site_hub)
    assert built.code == 0, built.err
    assert 'href="plan.pdf"' in (site_hub.root / "site" / "stories" / "angled" / "index.html").read_text()
