"""Ideas before pilots (issue 24): a story of stage `idea` is a plan. It needs no outcomes, counts as no
adoption anywhere, has its own letter in the matrix and shows as "about to try"; it may name a practice that is
only proposed (`status: proposed`), which any other story may not."""

from __future__ import annotations

import datetime as dt
import io
import json
import re

import pytest

from snowball.contract import STAGES
from snowball.formdata import form_choices, form_data
from snowball.guide import story_form_html
from snowball.hub import load_hub
from snowball.ledger import Ledger
from snowball.registries import load_registries
from snowball.schema import story_schema
from snowball.settings import load_settings
from snowball.views import HubPages

from .conftest import REGISTRIES, REPO, VALID_FRONT, Hub, run_cli
from .test_ledger import make_ledger, story
from .test_places_views import page, text_of

TODAY = dt.date(2026, 11, 27)
IDEA_FRONT = VALID_FRONT.replace("tags: [paper]\n", "tags: [paper]\nstage: idea\n")
PROPOSED = REGISTRIES["practices.yml"] + (
    "- id: cargo-bikes\n  name: Cargo bikes\n  description: Internal mail by cargo bike.\n  status: proposed\n"
)


def errors(hub: Hub) -> list[tuple[str, str, int, str | None]]:
    loaded = load_hub(hub.root)
    return [(d.code, d.message, d.line, d.hint) for d in loaded.diagnostics if d.severity == "error"]


# --- the contract ---------------------------------------------------------------------------------------------


def test_idea_is_a_stage_of_the_one_contract_and_every_reader_offers_it(hub: Hub) -> None:
    assert STAGES[0] == "idea"
    assert "idea" in story_schema()["properties"]["stage"]["enum"]
    form = story_form_html(load_registries(hub.root)[0])
    assert '<option value="idea">idea</option>' in form
    assert "Idea: your site plans to try it, or proposes a new practice; Pilot: a trial;" in form
    usage = run_cli("new", "--help")
    assert "idea: your site plans to try it, or proposes a new practice" in " ".join(usage.out.split())


def test_an_idea_needs_no_outcomes_even_where_the_hub_requires_them(hub: Hub) -> None:
    (hub.root / "snowball.yml").write_text("required: [outcomes]\n", encoding="utf-8")
    hub.story("adopted-without-outcomes")
    hub.story("idea-without-outcomes", IDEA_FRONT)
    found = load_hub(hub.root)
    assert "idea-without-outcomes" in found.stories
    assert [d.message for d in found.broken["adopted-without-outcomes"]] == ["required field 'outcomes' is missing"]
    schema = story_schema(load_settings(hub.root)[0])
    assert "outcomes" not in schema["required"]
    assert schema["if"] == {"properties": {"stage": {"const": "idea"}}, "required": ["stage"]}
    assert schema["else"] == {"required": ["outcomes"]}
    assert form_data(load_settings(hub.root)[0])["not_required_for_ideas"] == ["outcomes"]


def test_snowball_new_writes_an_idea(hub: Hub) -> None:
    result = run_cli(
        "--root", str(hub.root), "new", "--title", "We plan paperless files", "--summary", "A plan.",
        "--site", "berlin", "--champions", "anna-schmidt", "--practices", "paperless-files",
        "--stage", "idea", "--tried", "Nothing yet: we measured the paper.", "--no-input",
    )  # fmt: skip
    assert result.code == 0, result.out + result.err
    text = (hub.root / "stories" / "we-plan-paperless-files" / "index.md").read_text(encoding="utf-8")
    assert "\nstage: idea\n" in text
    assert "next: write the story under the headings, then run: snowball validate" in result.out


def test_the_questionnaire_offers_the_idea_stage_last(hub: Hub, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = ["Plan", "A plan.", "berlin", "anna-schmidt", "paperless-files", "", "We measured.", "", "", "", "1"]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(answers) + "\n"))
    result = run_cli("--root", str(hub.root), "new")
    assert result.code == 0, result.out + result.err
    assert "Stage (Enter for adopted):" in result.out
    assert " 1. idea                         your site plans to try it, or proposes a new practice" in result.out
    assert "\nstage: idea\n" in (hub.root / "stories/plan/index.md").read_text(encoding="utf-8")


# --- the ledger: ideas count nowhere --------------------------------------------------------------------------


def test_ideas_count_as_no_adoption() -> None:
    lg = make_ledger(
        {"porto": "North", "gull": "North", "mill": "South"},
        ["paper", "solar"],
        [
            story("porto-paper", "porto", ["paper"], date="2024-01-01"),
            story("gull-paper-idea", "gull", ["paper"], date="2024-02-01", stage="idea"),
            story("mill-solar-idea", "mill", ["solar"], date="2024-03-01", stage="idea"),
            story("porto-paper-more", "porto", ["paper"], date="2024-04-01", stage="idea"),  # already runs it
        ],
    )
    assert set(lg.adoptions) == {("porto", "paper")}
    assert lg.adoptions[("porto", "paper")].stage == "adopted"  # a later idea never sets the stage
    assert lg.spread("paper") == [(dt.date(2024, 1, 1), 1)] and lg.spread("solar") == []
    assert lg.live_adopters("paper") == ["porto"] and lg.live_adopters("solar") == []
    assert lg.live_count("solar") == 0
    assert [p for p, _s in lg.opportunities("gull")] == ["paper"]  # an idea elsewhere is no opportunity
    assert lg.opportunities("porto") == []
    assert [a.practice for a in lg.recent_adoptions(dt.date(2000, 1, 1))] == ["paper"]
    # about to try: ideas at sites that do not run the practice; the one at Porto is just a story
    assert [s.slug for s in lg.practice_ideas("paper")] == ["gull-paper-idea"]
    assert lg.site_ideas("porto") == []
    assert [(p, s.slug) for p, s in lg.site_ideas("mill")] == [("solar", "mill-solar-idea")]
    assert len(lg.by_practice["paper"]) == 3  # every story is still listed


def test_an_idea_acted_on_is_no_longer_about_to_try_and_a_retired_site_may_plan_again() -> None:
    lg = make_ledger(
        {"porto": "North", "gull": "North"},
        ["paper"],
        [
            story("gull-idea", "gull", ["paper"], date="2024-01-01", stage="idea"),
            story("gull-pilot", "gull", ["paper"], date="2024-03-01", stage="pilot"),
            story("porto-pilot", "porto", ["paper"], date="2024-01-01", stage="pilot"),
            story("porto-stop", "porto", ["paper"], date="2024-02-01", stage="retired"),
            story("porto-again", "porto", ["paper"], date="2024-05-01", stage="idea"),
        ],
    )
    assert [s.slug for s in lg.practice_ideas("paper")] == ["porto-again"]
    assert lg.adoptions[("porto", "paper")].stage == "retired"


# --- the pages --------------------------------------------------------------------------------------------------


def _pages() -> list:
    lg = make_ledger(
        {"porto": "North", "gull": "North"},
        ["paper", "solar"],
        [
            story("porto-paper", "porto", ["paper"], date="2024-01-01"),
            story("gull-solar-idea", "gull", ["solar"], date="2024-02-01", stage="idea"),
        ],
    )
    return HubPages(lg, site_name="Hub", today=TODAY).place_pages()


def test_the_matrix_gives_ideas_their_own_letter_and_counts_them_nowhere() -> None:
    html = page(_pages(), "matrix/index.md")
    assert '<span class="sb-mx-key sb-mx-i" data-name="idea" data-rank="1">I</span> idea' in html
    assert "I marks an idea: the site plans to try the practice; ideas count in no total." in text_of(html)
    assert "retired or not. I marks an idea" in text_of(html)  # two sentences, not "not.I"
    assert ">Site gull</a><td>0<td><td>I<tr>" in html  # total 0; paper empty, solar I (columns by name: paper, solar)
    assert '<tbody class="sb-mx-all"><tr><th scope="row">All regions</th><td>1<td>1<td>0</tr>' in html


def test_practice_and_site_pages_show_what_is_about_to_be_tried() -> None:
    pages = _pages()
    practice = text_of(page(pages, "practices/solar/index.md"))
    assert "0 of 2 sites so far" in practice  # the idea is not an adoption
    assert "About to try 1 site plans to try Practice solar: its idea is not an adoption yet." in practice
    assert "Site gull : Title of gull-solar-idea ( 1 Feb 2024 )" in practice
    site = text_of(page(pages, "sites/gull/index.md"))
    assert "About to try Practices Site gull plans to try: ideas, not adoptions yet. Practice solar :" in site
    assert "0 practices running" in site


def test_the_matrix_js_reads_the_stages_from_the_page_not_from_its_own_list() -> None:
    """The legend carries every stage's letter, name and sort rank; the script writes no stage of its own."""
    html = page(_pages(), "matrix/index.md")
    legend = re.findall(r'<span class="sb-mx-key sb-mx-\w" data-name="([^"]+)" data-rank="(\d)">(\w)</span>', html)
    assert legend == [("idea", "1", "I"), ("pilot", "3", "P"), ("adopted", "4", "A"), ("scaled", "5", "S"),
                      ("retired", "2", "R")]  # fmt: skip
    script = (REPO / "theme_overrides" / "assets" / "snowball-matrix.js").read_text(encoding="utf-8")
    assert not re.search(r'"(idea|pilot|adopted|scaled|retired)\b', script)


def test_a_stage_renamed_in_the_contract_reaches_the_matrix_legend(monkeypatch: pytest.MonkeyPatch) -> None:
    from snowball import contract

    monkeypatch.setitem(contract.STAGE_NAMES, "pilot", "trial run")
    html = page(_pages(), "matrix/index.md")
    assert '<span class="sb-mx-key sb-mx-p" data-name="trial run" data-rank="3">P</span> trial run' in html


# --- proposed practices ---------------------------------------------------------------------------------------


def test_an_idea_may_name_a_proposed_practice_and_any_other_story_is_told_to_accept_it_first(hub: Hub) -> None:
    hub.registry("practices.yml", PROPOSED)
    hub.story("idea", IDEA_FRONT.replace("[paperless-files]", "[cargo-bikes]"))
    hub.story("pilot", VALID_FRONT.replace("[paperless-files]", "[cargo-bikes]") + "stage: pilot\n")
    found = load_hub(hub.root)
    assert "idea" in found.stories and found.practices["cargo-bikes"].proposed
    (problem,) = found.broken["pilot"]
    assert (problem.code, problem.line, problem.field) == ("proposed-practice", 7, "practices")
    assert problem.message == "practice 'cargo-bikes' is only proposed, so a story of stage 'pilot' cannot name it yet"
    assert problem.hint is not None and "removing 'status: proposed'" in problem.hint
    assert "only a story of stage 'idea' may name it" in problem.hint
    result = run_cli("--root", str(hub.root), "validate")
    assert result.code == 1 and "is only proposed" in result.out


def test_a_wrong_status_is_located_in_the_registry(hub: Hub) -> None:
    hub.registry("practices.yml", PROPOSED.replace("status: proposed", "status: accepted"))
    _reg, problems = load_registries(hub.root)
    (problem,) = problems
    assert (problem.path, problem.line, problem.field, problem.code) == (
        "registries/practices.yml",
        11,
        "status",
        "invalid-value",
    )
    assert problem.message == "status 'accepted' of practice 'cargo-bikes' is not one of: proposed"
    assert problem.hint == "write 'status: proposed' for a practice an idea proposes; remove the line to accept it"


def test_proposed_practices_are_marked_on_the_index_and_their_page_and_kept_out_of_the_matrix(hub: Hub) -> None:
    hub.registry("practices.yml", PROPOSED)
    hub.story("idea", IDEA_FRONT.replace("[paperless-files]", "[cargo-bikes]"))
    found = load_hub(hub.root)
    pages = HubPages(Ledger(found, found.published()), site_name="Hub", today=TODAY).place_pages()
    index = text_of(page(pages, "practices/index.md"))
    assert "Cargo bikes proposed · runs at 0 of 3 sites" in index
    own = page(pages, "practices/cargo-bikes/index.md")
    assert '<h1>Cargo bikes <span class="sb-proposed">proposed</span></h1>' in own
    assert "Proposed with an idea: editors accept a practice before any site can adopt it." in own
    assert "Berlin Mitte" in text_of(own.split('id="about-to-try"')[1])
    assert "Cargo bikes" not in page(pages, "matrix/index.md")
    assert ["cargo-bikes", "Cargo bikes", "proposed: for ideas only"] in form_choices(found.registries)["practices"]


def test_the_sample_hub_has_ideas_and_a_proposed_practice() -> None:
    found = load_hub(REPO)
    assert not [d for d in found.diagnostics if d.severity == "error"]
    ideas = [s for s in found.stories.values() if s.stage == "idea"]
    assert len(ideas) >= 2 and not any(s.outcomes for s in ideas)
    assert any(found.practices[p].proposed for s in ideas for p in s.practices)
    assert json.loads(json.dumps(form_data()["stages"]))[0] == "idea"
