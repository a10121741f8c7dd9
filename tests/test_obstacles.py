"""Obstacles (issue 24): the optional "What got in the way" section, written by `snowball new` and the form from
the one list of sections, listed on the practice's page newest first so the next site is ready for it; and why
sites retired a practice (the retiring story's summary: stories have no reason field)."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import shutil
import subprocess
from dataclasses import replace

import pytest

from snowball.contract import BODY_SECTIONS, BODY_TEMPLATE, OBSTACLES_HEADING, compose_body
from snowball.formdata import form_data
from snowball.gate import use_language
from snowball.guide import guide_markdown, story_form_html
from snowball.i18n import catalog
from snowball.registries import load_registries
from snowball.reserved import slugify
from snowball.views import HubPages
from snowball.views.ideas import OBSTACLES_ON_PRACTICE, obstacle_of

from .conftest import REPO, Hub, run_cli
from .test_ledger import make_ledger, story
from .test_places_views import page, text_of

TODAY = dt.date(2026, 11, 27)


def told(slug: str, site: str, date: str, obstacle: str | None, **kw: object) -> object:
    body = "\n## What we tried\n\nScanning.\n"
    if obstacle is not None:
        body += f"\n## What got in the way\n\n{obstacle}\n\nA second paragraph, not shown.\n\n## After\n\nLater.\n"
    return replace(story(slug, site, ["paper"], date=date, **kw), body=body)  # type: ignore[arg-type]


# --- the section ----------------------------------------------------------------------------------------------


def test_the_section_is_optional_in_the_one_body_template() -> None:
    assert BODY_SECTIONS[-1][0] == OBSTACLES_HEADING == "What got in the way" and BODY_SECTIONS[-1][2]
    assert f"## {OBSTACLES_HEADING}\n\nOptional:" in BODY_TEMPLATE  # written by hand: every heading shows
    written = compose_body(["We scanned.", "", "Start small."])
    assert OBSTACLES_HEADING not in written  # left empty: left out, never published as a prompt
    assert compose_body(["", "", "", "The lease."]).endswith(f"## {OBSTACLES_HEADING}\n\nThe lease.\n")


def test_snowball_new_writes_the_obstacles_it_is_given_and_nothing_when_not(hub: Hub) -> None:
    base = ("--root", str(hub.root), "new", "--summary", "S.", "--site", "berlin", "--champions", "anna-schmidt",
            "--practices", "paperless-files", "--tried", "We scanned.", "--no-input")  # fmt: skip
    assert run_cli(*base, "--title", "With", "--obstacles", "The scanner queue.").code == 0
    assert run_cli(*base, "--title", "Without").code == 0
    with_text = (hub.root / "stories/with/index.md").read_text(encoding="utf-8")
    assert with_text.endswith("## What got in the way\n\nThe scanner queue.\n")
    assert OBSTACLES_HEADING not in (hub.root / "stories/without/index.md").read_text(encoding="utf-8")
    assert "--obstacles" in run_cli("new", "--help").out


def test_the_form_and_the_guide_list_the_section(hub: Hub) -> None:
    form = story_form_html(load_registries(hub.root)[0])
    assert '<label for="sb-f-body-4">What got in the way</label>' in form
    assert form_data()["body_sections"][-1][0] == OBSTACLES_HEADING
    guide = guide_markdown(load_registries(hub.root)[0])
    assert "(optional) what got in the way, which the practice's page lists" in guide
    assert "## What got in the way" in guide


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node to run the form's script")
def test_the_form_composes_the_body_exactly_as_snowball_new() -> None:
    """Every mix of empty, blank and written sections, through the form's own script in one node run."""
    cases = [list(c) for c in itertools.product(["", "  ", "Text.", " two \r\n lines "], repeat=len(BODY_SECTIONS))]
    script = (REPO / "theme_overrides/assets/snowball-form.js").read_text(encoding="utf-8")
    program = (
        "global.window = {}; global.document = {getElementById: () => null};\n" + script + "\n"
        f"const sections = {json.dumps(form_data()['body_sections'])};\n"
        f"process.stdout.write(JSON.stringify({json.dumps(cases)}.map(c => window.snowballForm.composeBody(c, sections))));"
    )
    out = subprocess.run(["node", "-e", program], capture_output=True, text=True, timeout=60, check=True).stdout
    assert json.loads(out) == [compose_body(c) for c in cases]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("## What got in the way\n\nThe **lease**, and [the landlord](https://x.example).\nOn two lines.\n\nMore.",
         ("what-got-in-the-way", "The lease, and the landlord. On two lines.")),
        ("### what got in the way ###\n\n\nParking.\n## Next\n\nNot this.", ("what-got-in-the-way", "Parking.")),
        ("```\n## What got in the way\n\nin code\n```\n", None),  # a heading in a code sample is not a section
        ("## What we tried\n\nNothing got in the way.\n", None),
        (BODY_TEMPLATE, None),  # the prompt left in place is not an obstacle
        ("## What got in the way\n\n## Next\n\nText.", None),  # an empty section
    ],
)  # fmt: skip
def test_obstacle_of_reads_the_first_paragraph_as_plain_text(body: str, expected: object) -> None:
    assert obstacle_of(body) == expected


def test_a_long_obstacle_is_cut_at_a_word() -> None:
    found = obstacle_of("## What got in the way\n\n" + "word " * 200)
    assert found is not None and found[1].endswith("word …") and len(found[1]) <= 402


def test_the_section_is_found_under_its_heading_in_any_shipped_language(hub: Hub) -> None:
    """`snowball new` in a Portuguese hub writes the heading in Portuguese: the practice page lists what it holds,
    and still skips the prompt left in place, in Portuguese too."""
    heading = catalog("pt", "gate").gettext(OBSTACLES_HEADING)
    assert heading != OBSTACLES_HEADING  # the pt catalog translates it
    (hub.root / "mkdocs.yml").write_text(
        re.sub(r"(?m)^  language: .*$", "  language: pt", (hub.root / "mkdocs.yml").read_text(encoding="utf-8")),
        encoding="utf-8",
    )
    result = run_cli("--root", str(hub.root), "new", "--no-input", "--title", "Menos papel", "--summary", "S.",
                     "--site", "berlin", "--champions", "anna-schmidt", "--practices", "paperless-files",
                     "--tried", "Digitalizámos.", "--obstacles", "O senhorio demorou a responder.")  # fmt: skip
    assert result.code == 0, result.out + result.err
    written = (hub.root / "stories/menos-papel/index.md").read_text(encoding="utf-8")
    assert f"## {heading}\n\nO senhorio demorou a responder.\n" in written
    assert obstacle_of(written) == (slugify(heading, "-"), "O senhorio demorou a responder.")
    try:
        use_language("pt")
        template = compose_body()
    finally:
        use_language("en")
    assert f"## {heading}\n\n" in template and obstacle_of(template) is None
    pt_story = replace(story("porto-paper", "porto", ["paper"], date="2024-01-10"), body=written.split("---\n")[-1])
    lg = make_ledger({"porto": "North"}, ["paper"], [pt_story])
    html = page(HubPages(lg, site_name="Hub", today=TODAY).place_pages(), "practices/paper/index.md")
    assert "O senhorio demorou a responder." in text_of(html.split('<h2 id="obstacles">')[1])
    assert f'href="../../stories/porto-paper/#{slugify(heading, "-")}"' in html


# --- the practice page ----------------------------------------------------------------------------------------


def test_the_practice_page_lists_obstacles_newest_first_with_a_link_to_each_story() -> None:
    lg = make_ledger(
        {"porto": "North", "gull": "North", "mill": "South"},
        ["paper"],
        [
            told("porto-paper", "porto", "2024-01-10", "The scanner queue at nine."),
            told("gull-paper", "gull", "2024-05-02", "Customers wanted a paper copy."),
            told("mill-paper", "mill", "2024-03-01", None),
        ],
    )
    html = page(HubPages(lg, site_name="Hub", today=TODAY).place_pages(), "practices/paper/index.md")
    section = html.split('<h2 id="obstacles">What got in the way</h2>')[1].split("<h2")[0]
    words = text_of(section)
    assert words.index("Title of gull-paper (Site gull, 2 May 2024 )") < words.index("Title of porto-paper")
    assert "Customers wanted a paper copy. Read on" in words and "second paragraph" not in words
    assert '<a href="../../stories/gull-paper/#what-got-in-the-way">Read on</a>' in section
    assert "mill-paper" not in section


def test_obstacles_on_a_busy_practice_are_bounded() -> None:
    n = OBSTACLES_ON_PRACTICE + 3
    lg = make_ledger(
        {f"s{i}": "North" for i in range(n)},
        ["paper"],
        [told(f"story-{i:02d}", f"s{i}", f"2024-01-{i + 1:02d}", f"Obstacle {i}.") for i in range(n)],
    )
    html = page(HubPages(lg, site_name="Hub", today=TODAY).place_pages(), "practices/paper/index.md")
    assert html.count("Read on</a>") == OBSTACLES_ON_PRACTICE
    assert "And 3 earlier stories tell what got in their way." in text_of(html)
    assert "Obstacle 12." in html and "Obstacle 2." not in html  # the newest are shown


# --- retired adoptions and their reason -----------------------------------------------------------------------


def test_retired_adoptions_show_why_on_the_practice_and_site_pages() -> None:
    stopped = replace(
        story("gull-stop", "gull", ["paper"], date="2024-06-01", stage="retired"),
        summary="Customers kept asking for paper, so we stopped.",
    )
    lg = make_ledger(
        {"porto": "North", "gull": "North"},
        ["paper"],
        [story("gull-start", "gull", ["paper"], date="2024-01-01"), stopped, story("porto", "porto", ["paper"])],
    )
    pages = HubPages(lg, site_name="Hub", today=TODAY).place_pages()
    practice = text_of(page(pages, "practices/paper/index.md"))
    assert "Why sites retired it Site gull , 1 Jun 2024 : Customers kept asking for paper, so we stopped." in practice
    site = text_of(page(pages, "sites/gull/index.md"))
    assert "Title of gull-stop (1 Jun 2024) . Customers kept asking for paper, so we stopped." in site


def test_the_sample_hub_tells_obstacles() -> None:
    from snowball.hub import load_hub

    found = load_hub(REPO)
    assert sum(obstacle_of(s.body) is not None for s in found.stories.values()) >= 3
