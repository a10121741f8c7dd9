"""The gate on story bodies (issues 9 and 12): each hostile or real input that got through, and the clean outcome."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from snowball.body import BRACKET_BUDGET, MARK_LIMIT, NESTING_LIMIT, Link, check_body, mask_code
from snowball.contract import BODY_TEMPLATE
from snowball.diagnostics import Diagnostic, Report
from snowball.hub import load_hub
from snowball.reserved import RESERVED_IDS, RESERVED_PREFIXES, derive, is_reserved, slugify

from .conftest import REPO, Hub


def check(body: str, **kw: object) -> tuple[list[Diagnostic], list[Link]]:
    report = Report("stories/x/index.md")
    links = check_body(body, 10, report, **kw)  # type: ignore[arg-type]
    return report.items, links


def errors(body: str, **kw: object) -> list[Diagnostic]:
    return [d for d in check(body, **kw)[0] if d.severity == "error"]


def codes(body: str, severity: str = "error", **kw: object) -> list[str]:
    return [d.code for d in check(body, **kw)[0] if d.severity == severity]


# 1. Reserved ids -------------------------------------------------------------------------------


def test_reserved_set_covers_every_id_material_and_our_templates_use() -> None:
    import material

    found = derive(Path(material.__file__).parent, [REPO / "theme_overrides", REPO / "snowball" / "templates"])
    assert "__config" in found and "lineage" in found
    new = sorted(f for f in found if not is_reserved(f))
    assert not new, f"add these ids or names to snowball/reserved.py: {new}"
    listed = {i for i in RESERVED_IDS if not i.startswith(RESERVED_PREFIXES)}
    assert listed <= found | {"consent", "feedback", "query", "search"}


@pytest.mark.parametrize(
    "body",
    [
        '<div id="__config">{"search": "data:text/javascript,alert(1)"}</div>',
        '<img id="__config" src="a.png" alt="">',
        "<a name='__search'></a>",
        '<span id="LINEAGE">x</span>',
        '<p id="sb-chart-title">x</p>',
        "## Heading {#__drawer}",
        "Paragraph.\n{: id=lineage }",
    ],
)
def test_reserved_ids_and_names_are_errors_with_their_line(body: str) -> None:
    found = errors("Intro.\n\n" + body)
    assert [d.code for d in found] == ["reserved-id"], found
    assert found[0].line == 12 + body.count("\n") and "used by the site itself" in found[0].message


def test_headings_that_would_take_a_reserved_id_are_renamed_consistently() -> None:
    md = markdown.Markdown(extensions=["toc", "attr_list"], extension_configs={"toc": {"slugify": slugify}})
    html = md.convert("## __config\n\n## Lineage\n\n## What we tried\n\n[to lineage](#section-lineage)")
    assert 'id="section-config"' in html and 'id="section-lineage"' in html and 'id="what-we-tried"' in html
    assert "__config" not in html.replace(">__config<", "")
    assert errors("## __config\n\n## Lineage\n") == []  # renamed by the build, not the champion's problem


def test_mkdocs_yml_gives_toc_the_reserved_slugify() -> None:
    assert "slugify: !!python/name:snowball.reserved.slugify" in (REPO / "mkdocs.yml").read_text()


def test_sanitiser_drops_reserved_ids_outside_resources_and_scripts() -> None:
    from snowball.sanitize import clean_html

    dirty = (
        '<div id="__config">x</div><h2 id="lineage">t</h2><a name="__search" href="#x">a</a>'
        '<img src="//evil.example/p.png" srcset="https://evil.example/p.png 2x" alt="p">'
        '<video src="https://evil.example/v.mp4" poster="HTTPS://evil.example/p.png" autoplay></video>'
        '<pre class="mermaid">graph</pre><span data-md-tooltip="x" onmouseover="alert(1)">s</span>'
    )
    clean = clean_html(dirty)
    for gone in ("__config", "lineage", "__search", "evil.example", "autoplay", "mermaid", "data-md", "onmouse"):
        assert gone not in clean
    assert '<video controls="controls"></video>' in clean


# 2. Offline ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "![x](https://host.example/x.png)",
        "![x](HTTP://host.example/x.png)",
        "![x](//host.example/x.png)",
        "![x][logo]\n\n[logo]: https://host.example/x.png",
        '<img src="//host.example/x.png" alt="x">',
        '<img src="a.png" srcset="a.png 1x, https://host.example/b.png 2x" alt="x">',
        '<video src="clip.mp4" poster="https://host.example/p.jpg"></video>',
        '<video><source src="https://host.example/v.mp4"></video>',
        '<audio src="a.mp3"><track src="ftp://host.example/t.vtt"></audio>',
        '<table background="https://host.example/bg.png"><tr><td>x</td></tr></table>',
        '<span style="background: url(https://host.example/x.png)">x</span>',
        '<img src=" &#x68;ttps://host.example/x.png" alt="x">',
    ],
)
def test_resources_from_outside_the_site_are_errors_with_their_line(body: str) -> None:
    found = [d for d in errors("Intro.\n\n" + body) if d.code == "outside-resource"]
    assert found and found[0].line == 12, errors("Intro.\n\n" + body)


def test_ordinary_outbound_links_stay_allowed() -> None:
    body = "See [the guide](https://example.org/guide) and <https://example.org>.\n\n"
    body += '<a href="https://example.org/x" lang="fr" aria-label="guide">guide</a>\n'
    assert check(body)[0] == []


# 3. Linear time: every pathological class gets a located error or passes; none hangs ------------


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("](" + "[" * 40_000, "too-much-markup"),
        ("[a](" * 10_000, "too-much-markup"),
        ("[" * 150 + "a" * 10_000, "too-many-brackets"),
        ("*a" * 20_000, "too-much-markup"),
        ("<a " * 13_000, "too-much-markup"),
        ("`` ` " * 40_000, "too-much-markup"),
        ("~~~\n" * 1_000, "too-much-markup"),
        ("<http://" * 5_000, "too-much-markup"),
    ],
)
def test_pathological_bodies_are_refused_with_a_located_error(body: str, code: str) -> None:
    found = errors("Intro.\n\n" + body)
    assert [d.code for d in found] == [code]
    assert found[0].line >= 12 and found[0].hint


def test_limits_leave_room_for_real_stories() -> None:
    story = ("A paragraph with *emphasis*, `code`, a [link](../other/index.md) and &amp; an entity.\n\n") * 300
    assert story.count("*") + story.count("`") + story.count("[") + story.count("&") < MARK_LIMIT
    assert not [c for c in codes(story) if c.startswith("too-")]
    assert BRACKET_BUDGET > 1000


# 4. Nesting ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "".join("    " * i + "- x\n" for i in range(400)),
        ">" * 400 + " deep",
        "".join(">" * i + " x\n" for i in range(1, 30)),
        "<div>" * 100 + "x" + "</div>" * 100,
    ],
)
def test_deep_nesting_is_a_located_error(body: str) -> None:
    found = errors("Intro.\n\n" + body)
    assert [d.code for d in found] == ["too-deep"], found
    assert found[0].line >= 12


def test_nesting_within_the_limit_passes() -> None:
    body = "".join("    " * i + "- level\n" for i in range(NESTING_LIMIT - 1))
    assert errors(body) == []


# 5. Template syntax ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        '{{< legacy-img src="x.png" >}}',
        "{{% note %}}Careful{{% /note %}}",
        "{% include figure.html %}",
        "Hello {{ page.title }}",
        'See [the post]({{< ref "other-post" >}}).',
    ],
)
def test_template_syntax_is_an_error_naming_the_importer(body: str) -> None:
    found = errors("Intro.\n\n" + body)
    assert [d.code for d in found] == ["template-syntax"], found
    assert found[0].line == 12 and "snowball import hugo" in (found[0].hint or "")


def test_template_syntax_inside_code_is_fine() -> None:
    assert errors('Write `{{< ref "x" >}}` like this:\n\n```\n{% include x %}\n```\n') == []


# 6. Messages for real content ------------------------------------------------------------------


def test_code_spans_run_over_lines_of_a_paragraph() -> None:
    body = 'Add the tag `<meta\nname="robots">` to the page.\n'
    assert errors(body) == []
    assert "<meta" not in mask_code(body)


@pytest.mark.parametrize(
    "body",
    [
        '<img src="a.png" alt=\u201dStudents on the bus\u201d>',
        '<img src="a.png" alt="Students on the bus>',
    ],
)
def test_broken_attribute_quotes_are_named_as_such(body: str) -> None:
    found = errors(body)
    assert [d.code for d in found] == ["html-quoting"], found
    assert "quotes" in found[0].message and "event-handler" not in found[0].message


def test_real_event_handlers_are_still_errors() -> None:
    assert codes('<img src="a.png" alt="x" onerror="alert(1)">') == ["unsafe-html"]


def test_personal_data_ignores_ip_addresses_and_section_numbers() -> None:
    body = "The server 192.168.100.200 follows Section 508 1194.22 of the rules. Call +49 30 1234 5678.\n"
    found = [d for d in check(body)[0] if d.code == "personal-data"]
    assert [d.message for d in found] == ["'+49 30 1234 5678' looks like a phone number"]


def test_allowed_addresses_pass_and_others_warn() -> None:
    body = "Write to press@agency.example or jane.doe@agency.example.\n"
    found = [d.message for d in check(body, allowed_addresses=("press@agency.example",))[0]]
    assert found == ["'jane.doe@agency.example' looks like an e-mail address"]


def test_allowed_addresses_reach_the_check_from_snowball_yml(hub: Hub) -> None:
    (hub.root / "snowball.yml").write_text("allowed_addresses: [press@agency.example]\n")
    hub.story("mail", body="\nWrite to press@agency.example.\n")
    assert [d for d in load_hub(hub.root).diagnostics if d.code == "personal-data"] == []


# 7. What the sanitiser removes is reported -----------------------------------------------------


def test_everything_the_build_drops_is_a_warning_with_its_line() -> None:
    body = 'Intro.\n\n<p align="center" style="color: red">x</p>\n<font face="x">y</font>\n<a href="x" target="_blank">z</a>\n'
    found = check(body)[0]
    assert all(d.severity == "warning" and d.code == "html-removed" for d in found)
    assert [(d.line, d.message.split(" is removed")[0]) for d in found] == [
        (12, "the attribute 'align' on <p>"),
        (12, "the attribute 'style' on <p>"),
        (13, "<font>"),
        (13, "the attribute 'face' on <font>"),
        (14, "the attribute 'target' on <a>"),
    ]


def test_lang_dir_aria_anchors_and_local_media_are_kept() -> None:
    from snowball.sanitize import clean_html

    body = (
        '<span lang="es" dir="ltr">Hola</span> <a href="#fn1" aria-describedby="n">1</a> <a name="top"></a>\n\n'
        '<audio src="episode.mp3" autoplay></audio>\n<video controls><source src="clip.webm" type="video/webm">'
        '<track src="clip.vtt" kind="captions"></video>\n'
    )
    found, links = check(body)
    assert [(d.code, d.message) for d in found] == [
        (
            "html-removed",
            "the attribute 'autoplay' on <audio> is removed when the page is built (not an attribute the site keeps)",
        )
    ]
    assert [(link.target, link.media) for link in links] == [
        ("episode.mp3", True),
        ("clip.webm", True),
        ("clip.vtt", True),
    ]
    html = clean_html(body)
    assert 'lang="es"' in html and 'aria-describedby="n"' in html and '<a name="top">' in html
    assert '<audio src="episode.mp3" controls="controls">' in html


# 8. Empty and placeholder bodies ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("", "empty-body"),
        ("\n  \n\t\n", "empty-body"),
        (BODY_TEMPLATE, "placeholder-body"),
        ("\n" + BODY_TEMPLATE.replace("\n\n", "\n\n\n").replace(" ", "  "), "placeholder-body"),
        ("## What we tried\n\n## What happened\n\n## What we would tell another site\n", "placeholder-body"),
    ],
)
def test_empty_or_template_body_is_an_error(body: str, code: str) -> None:
    found = errors(body)
    assert [d.code for d in found] == [code] and found[0].hint


def test_an_edited_template_passes() -> None:
    body = BODY_TEMPLATE.replace("The results, with numbers", "Paper use fell by 38 %. The results, with numbers")
    assert errors(body) == []


# 9. Names of story files, as the web server reads them (issue 19) -------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "[x](%2e%2e%2fx.pdf)",
        "[x](..%2Fother%2Findex.md)",
        "[x](%2E%2E/x.pdf)",
        "![x](a%5Cb.png)",
        '<img src="%2e%2e/x.png" alt="x">',
        "[x](<%2e%2e%2fx.pdf>)",
        "See [r].\n\n[r]: %2fetc%2fx.pdf",
        '<video src="clip%2ewebm"></video>',
    ],
)
def test_a_path_hidden_in_percent_codes_is_refused(body: str) -> None:
    found = errors("Intro.\n\n" + body)
    assert [d.code for d in found] == ["broken-link"], found
    assert "as a %-code" in found[0].message and found[0].hint and "plainly" in found[0].hint


def test_other_percent_codes_are_decoded_as_the_server_does() -> None:
    _found, links = check("[a](my%20report.pdf) [b](r%C3%A9sum%C3%A9.pdf) [c](plan.pdf?v=2#p)")
    assert [link.target for link in links] == ["my report.pdf", "résumé.pdf", "plan.pdf"]


@pytest.mark.parametrize(
    ("on_disk", "written", "safe"),
    [
        ("%2e%2e%2fx.pdf", "%252e%252e%252fx.pdf", "2e-2e-2fx.pdf"),
        ("My Report é.pdf", "<My Report é.pdf>", "my-report-e.pdf"),
        ("My Report é.pdf", "My%20Report%20%C3%A9.pdf", "my-report-e.pdf"),
        ("Annual_Report.PDF", "Annual_Report.PDF", "annual-report.pdf"),
        ("chart 2024.png", "chart%202024.png", "chart-2024.png"),
    ],
)
def test_a_story_file_needs_a_safe_name(hub: Hub, on_disk: str, written: str, safe: str) -> None:
    from PIL import Image

    story = hub.story("named", body=f"\nSee [the file]({written}).\n")
    if on_disk.endswith(".png"):
        Image.new("RGB", (4, 4)).save(story.parent / on_disk, "PNG")
    else:
        (story.parent / on_disk).write_bytes(b"%PDF-1.4\n%%EOF\n")
    found = [d for d in load_hub(hub.root).diagnostics if d.severity == "error"]
    assert [(d.code, d.line) for d in found] == [("file-name", 11)], found
    assert f"the file name '{on_disk}' has characters a web address cannot carry safely" in found[0].message
    assert f"rename the file to '{safe}'" in (found[0].hint or "")


def test_a_link_to_another_storys_file_follows_the_same_rule(hub: Hub) -> None:
    other = hub.story("other")
    (other.parent / "My Plan.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    hub.story("linking", body="\nSee [their plan](../other/My%20Plan.pdf).\n")
    found = [d for d in load_hub(hub.root).diagnostics if d.severity == "error"]
    assert [(d.path, d.code) for d in found] == [("stories/linking/index.md", "file-name")], found
    assert "rename the file to 'my-plan.pdf' in stories/other/" in (found[0].hint or "")


def test_the_hero_image_follows_the_same_rule(hub: Hub) -> None:
    from PIL import Image

    from .conftest import VALID_FRONT

    story = hub.story("hero", VALID_FRONT + 'image: "Hero Photo.JPG"\nimage_alt: "A photo"\n')
    Image.new("RGB", (4, 4)).save(story.parent / "Hero Photo.JPG", "JPEG")
    found = [d for d in load_hub(hub.root).diagnostics if d.severity == "error"]
    assert [(d.code, d.field) for d in found] == [("file-name", "image")], found
    assert "rename the file to 'hero-photo.jpg'" in (found[0].hint or "")


def test_safe_names_pass(hub: Hub) -> None:
    story = hub.story("named", body="\nSee [the plan](plan-2024.pdf) and [notes](<notes.txt>).\n")
    (story.parent / "plan-2024.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    (story.parent / "notes.txt").write_text("notes")
    assert [d for d in load_hub(hub.root).diagnostics if d.severity == "error"] == []


# 10. Mail links carry no prepared mail (issue 19) ------------------------------------------------------------------

MAIL_WORDS = "a mail link may not carry prepared copies, subjects or text, not even a subject alone"


@pytest.mark.parametrize(
    "body",
    [
        "[write to us](mailto:a@x.example?bcc=all%40x.example&subject=Reset&body=Click%20here)",
        "[write to us](mailto:a@x.example?subject=Password%20reset)",
        "[write to us](MAILTO:a@x.example?cc=b@x.example)",
        "[write to us](<mailto:a@x.example?body=hi>)",
        "<mailto:a@x.example?subject=Reset>",
        '<a href="mailto:a@x.example?bcc=all@x.example">write to us</a>',
        '<a href="mailto:a@x.example&#63;subject=Reset">write to us</a>',
        "[write to us][w]\n\n[w]: mailto:a@x.example?subject=Reset",
        '[write to us](https://x.example){: href="mailto:a@x.example?body=x" }',
    ],
)
def test_a_mail_link_with_a_prepared_mail_is_an_error(body: str) -> None:
    found = errors("Intro.\n\n" + body, allowed_addresses=("a@x.example", "b@x.example", "all@x.example"))
    assert [d.code for d in found] == ["mail-link"], found
    assert MAIL_WORDS in found[0].message and found[0].line == 12 + body.count("\n")
    assert "link the plain address: [write to us](mailto:" in (found[0].hint or "")


def test_a_plain_mail_link_passes() -> None:
    body = "[write to us](mailto:press@x.example) or <mailto:press@x.example>"
    assert check(body, allowed_addresses=("press@x.example",))[0] == []


# 11. Blocks are budgeted like inline marks (issue 19) ---------------------------------------------------------------


@pytest.mark.parametrize(
    "block",
    [
        "!!! note\n    text\n\n",
        '??? tip "More"\n    text\n\n',
        '=== "Tab"\n    text\n\n',
        "a | b\n",
        "- item\n",
        "1. item\n",
        "## Heading\n\n",
        "A paragraph.\n\n",
        "> quoted\n\n",
        "Term\n:   definition\n\n",
    ],
)
def test_too_many_blocks_is_an_error_naming_the_count_and_the_limit(block: str) -> None:
    from snowball.body import BLOCK_LIMIT

    n = BLOCK_LIMIT + 50
    found = errors(block * n)
    assert [d.code for d in found] == ["too-many-blocks"], found
    assert f"at most {BLOCK_LIMIT:,} build quickly" in found[0].message and "blocks" in found[0].message
    counted = int(found[0].message.split("has ", 1)[1].split(" ", 1)[0].replace(",", ""))
    assert counted >= n
    assert found[0].line >= 10 + BLOCK_LIMIT  # where the story goes past the limit: each block takes a line


@pytest.mark.parametrize(("rows", "cols"), [(1900, 100), (300, 20)])
def test_too_many_table_cells_is_an_error_naming_the_count_and_the_limit(rows: int, cols: int) -> None:
    from snowball.body import CELL_LIMIT

    table = "|" + "h|" * cols + "\n|" + "-|" * cols + "\n" + ("|" + "a|" * cols + "\n") * rows
    found = errors("Intro.\n\n" + table)
    assert [d.code for d in found] == ["too-many-blocks"], found
    assert f"the story has {table.count('|'):,} table cells" in found[0].message
    assert f"at most {CELL_LIMIT:,} build quickly" in found[0].message
    assert errors("Intro.\n\n" + "```\n" + table + "```\n") == []  # shown as code: no cells to build


def test_a_long_real_post_is_within_the_block_budget() -> None:
    """About 12,000 words in 60 sections, each with paragraphs, a list, a table and a note: far more than a story."""
    words = " ".join(["The branch moved every new loan file to the document system over two quarters."] * 5)
    section = (
        "## Step {i}\n\n" + f"{words}\n\n" * 6 + "- a point\n" * 5 + "\n| Month | Sheets |\n|---|---|\n"
        + "| May | 12,000 |\n" * 4 + '\n!!! tip "Advice"\n    Start small.\n\n'
    )  # fmt: skip
    body = "".join(section.format(i=i) for i in range(60))
    assert len(body.split()) > 12_000
    assert errors(body) == []


@pytest.mark.parametrize(
    ("body", "code", "words"),
    [
        (
            '\n<a href="missing.pdf">the report</a>\n',
            "missing-file",
            "the file 'missing.pdf' is not in the story folder",
        ),
        ('\n<a href="%2e%2e%2fx.pdf">x</a>\n', "broken-link", "writes '.', '/' or '\\' as a %-code"),
        ('\n<a href="../x/index.md">x</a>\n', "broken-link", "only a Markdown link"),
    ],
)
def test_an_html_link_to_a_local_file_is_checked_as_a_markdown_link_is(
    hub: Hub, body: str, code: str, words: str
) -> None:
    """<a href="missing.pdf"> passed validate and the strict build and gave readers a dead link (review of issue 19)."""
    hub.story("x", body=body)
    found = [d for d in load_hub(hub.root).diagnostics if d.severity == "error"]
    assert [d.code for d in found] == [code]
    assert words in found[0].message


def test_a_file_named_by_an_html_link_is_used_and_published(hub: Hub) -> None:
    """It was 'not used by the story and will not be published', so the link was dead."""
    hub.story("x", body='\n<a href="report.pdf">the report</a>\n')
    (hub.root / "stories" / "x" / "report.pdf").write_bytes(b"%PDF-1.4\n")
    assert [d.code for d in load_hub(hub.root).diagnostics] == []


def test_an_html_link_to_a_page_address_is_left_as_it_was(hub: Hub) -> None:
    """Page addresses ending in '/' work in HTML as written; only files and .md are checked."""
    hub.story("x", body='\n<a href="../../sites/porto-harbour/">our site</a> and <a href="#top">up</a>\n')
    assert [d.code for d in load_hub(hub.root).diagnostics] == []


def test_a_reference_or_footnote_defined_nowhere_is_named_where_it_shows_as_typed() -> None:
    """'[report][annual]' and '[^2]' with no '[annual]: ...' or '[^2]: ...' showed brackets and all, unreported."""
    body = "\nSee [the report][annual], a note[^2] and [a page][Known].\n\n[known]: https://www.harbourline.example/\n"
    found = [(d.code, d.line, d.col, d.message) for d in check(body)[0]]
    assert found == [
        ("undefined-reference", 11, 5, "'[the report][annual]' names the reference 'annual', which the story "
         "defines nowhere, so it shows as typed, brackets and all"),
        ("undefined-reference", 11, 33, "'[^2]' names the footnote '2', which the story defines nowhere, so it "
         "shows as typed, brackets and all"),
    ]  # fmt: skip


def test_plain_brackets_and_defined_notes_are_not_references() -> None:
    body = "\nA [sic] remark, a note[^1] and [text][] with [text]: x.\n\n[^1]: The note.\n\n[text]: report.pdf\n"
    assert [d.code for d in check(body)[0] if d.code == "undefined-reference"] == []


def test_an_angled_mail_reference_definition_is_reported_once() -> None:
    """'[r]: <mailto:...?cc=...>' was read twice, as a definition and as an autolink: two identical errors."""
    body = '\nWrite [to us][r].\n\n[r]: <mailto:team@harbourline.example?cc=all@harbourline.example> "Mail"\n'
    assert [(d.code, d.line) for d in errors(body)] == [("mail-link", 13)]


_OLD_DIGIT_RUN_RE = __import__("re").compile(r"[\d+(][\d .()-]{7,}\d")  # the pre-filter as it was: quadratic


def _phones(body: str) -> list[str]:
    return [d.message for d in check(body)[0] if d.code == "personal-data" and "phone" in d.message]


@pytest.mark.parametrize(
    "run", ["(" * 480_000, "1" + "(" * 480_000, "(-" * 240_000, "( " * 240_000, "(." * 240_000, "+(" * 240_000]
)
def test_a_story_of_brackets_and_dots_at_the_size_limit_is_read_in_one_pass(run: str) -> None:
    """480,000 '(' hung `snowball validate` (the phone pre-filter retried every '(' to the end of the text),
    and nothing else stops them: '(' is not a formatting mark. A phone number after the run is still found."""
    assert _phones("\n" + run + "\n") == []
    assert _phones("\n" + run[:100_000] + " 0612 345 678\n") == ["'0612 345 678' looks like a phone number"]


@given(st.text(alphabet="0123456789+() .-ax/,", max_size=60))
@settings(max_examples=300, deadline=None)
def test_the_phone_check_finds_what_it_found_before(text: str) -> None:
    """The linear pre-filter hands the phone pattern the same stretches as the old one did."""
    import snowball.body

    body = "\n" + text + "\n"
    new = _phones(body)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(
            snowball.body, "_digit_runs", lambda t: ((c.start(), c.end()) for c in _OLD_DIGIT_RUN_RE.finditer(t))
        )
        assert _phones(body) == new


@pytest.mark.parametrize("line", ["a" * 480_000, "# " + "a " * 240_000, "{" + "a" * 480_000])
def test_a_link_to_an_anchor_beside_a_line_at_the_size_limit_is_read_in_one_pass(line: str) -> None:
    """With a '#fragment' link, the underlined-heading pattern retried each split of a long line: validate hung."""
    found = [(d.code, d.message) for d in check("\n[up](#nowhere)\n\n" + line + "\n")[0] if d.severity == "error"]
    assert found == [("broken-anchor", "the link '#nowhere' points to no heading or anchor in this story")]


def test_an_underlined_heading_is_still_an_anchor() -> None:
    body = "\n[to it](#our-results)\n\nOur results\n-----------\n\nText.\n"
    assert errors(body) == []


@pytest.mark.parametrize("underline", ["---", "-", "=", "= "])
def test_underlined_headings_count_as_blocks(underline: str) -> None:
    """80,000 'a' lines underlined with '---' (each a heading) passed the block budget uncounted and took the
    build minutes (every heading gets an id, each compared with the ones before)."""
    assert codes("\n" + f"a\n{underline}\n" * 80_000) == ["too-many-blocks"]


@pytest.mark.parametrize("gap", [">", "> ", ">>", " > >"])
def test_paragraphs_inside_a_quote_count_as_blocks(gap: str) -> None:
    """'> a' lines parted by a bare '>' are paragraphs of one quote: 80,000 of them passed uncounted."""
    assert codes("\n" + f"> a\n{gap}\n" * 80_000) == ["too-many-blocks"]
