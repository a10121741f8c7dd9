"""Renaming and removing stories (`snowball mv`, `snowball rm`), and the hints a missing story gets (issue 19)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from snowball.diagnostics import Choice, is_typo_of, matches, suggest, suggest_file, suggest_reference
from snowball.storyops import find_places

from .conftest import REGISTRIES, REPO, VALID_BODY, VALID_FRONT, Hub, copy_hub, run_cli

# ---- hints: never the asking story, never a stranger --------------------------------------------------------


def _errors(root: Path) -> list[dict[str, object]]:
    result = run_cli("--root", str(root), "validate", "--format", "json")
    return [d for d in json.loads(result.out)["diagnostics"] if d["severity"] == "error"]


def test_a_deleted_story_is_never_answered_with_the_citing_story(tmp_path: Path) -> None:
    """The reported bug: riverbend's broken citation of old-town suggested riverbend itself."""
    root = copy_hub(tmp_path / "hub")
    shutil.rmtree(root / "stories" / "old-town-plastic-free-branch")
    errors = [d for d in _errors(root) if d["path"] == "stories/riverbend-plastic-free-branch/index.md"]
    assert {d["code"] for d in errors} == {"unknown-reference", "broken-link"}
    for d in errors:
        assert "riverbend-plastic-free-branch" not in str(d["hint"]), d


def test_a_small_hub_never_lists_the_asking_story_as_a_valid_value(hub: Hub) -> None:
    hub.story("a")
    hub.story("b", front=VALID_FRONT + "inspired_by: [zzz]\n", body="\nSee [it](../qqq/index.md).\n")
    hints = {d["code"]: d["hint"] for d in _errors(hub.root)}
    assert hints == {"unknown-reference": "valid values: a", "broken-link": "valid values: a"}


@pytest.mark.parametrize(
    ("value", "choices", "hint"),
    [
        ("porto-paperles", ["porto-paperless", "x"], "did you mean 'porto-paperless'?"),
        ("aa", ["a"], "did you mean 'a'?"),
        ("old-town-plastic-free-branch", ["riverbend-plastic-free-branch", "old-town-climate"], None),
        ("b", ["a"], None),
        ("xy", ["ab"], None),
        (
            "kingsgate-paperles-loan-files",
            ["kingsgate-paperless-loan-files"],
            "did you mean 'kingsgate-paperless-loan-files'?",
        ),
        ("gull-piont-lunches", ["gull-point-lunches", "pinecrest-lunches"], "did you mean 'gull-point-lunches'?"),
    ],
)
def test_story_hints_only_name_genuinely_close_stories(value: str, choices: list[str], hint: str | None) -> None:
    assert suggest_reference(value, "stories", None, stories=choices, listing=0) == hint


@pytest.mark.parametrize(
    ("name", "files", "hint"),
    [
        ("scanner.jpg", ["hero.jpg"], None),
        ("hero.jpg", ["hero.jpeg", "map.jpg"], "did you mean 'hero.jpeg'?"),
        ("hero.jpg", ["Hero.png"], "did you mean 'Hero.png'?"),
        ("heor.jpg", ["hero.jpg", "scanner.jpg"], "did you mean 'hero.jpg'?"),
        ("team.png", ["tram.pdf"], None),
        ("a.jpg", ["b.jpg"], None),
        ("report-2024.pdf", ["report-2023.pdf", "hero.jpg"], "did you mean 'report-2023.pdf'?"),
    ],
)
def test_file_hints_compare_names_not_extensions(name: str, files: list[str], hint: str | None) -> None:
    assert suggest_file(name, files) == hint


def test_a_missing_image_is_not_answered_with_an_unrelated_one(hub: Hub) -> None:
    from PIL import Image

    hub.story("s", front=VALID_FRONT + 'image: scanner.jpg\nimage_alt: "A scanner"\n')
    Image.new("RGB", (10, 10)).save(hub.root / "stories" / "s" / "hero.jpg")
    found = [d for d in _errors(hub.root) if d["code"] == "missing-file"]
    assert [d["hint"] for d in found] == ["add it to stories/s/"]


_slug = st.from_regex(r"[a-z]{1,6}(-[a-z]{1,6}){0,3}", fullmatch=True)


@settings(max_examples=200, deadline=None)
@given(value=_slug, asking=_slug, others=st.lists(_slug, max_size=12))
def test_a_story_hint_never_names_the_asker_and_always_a_close_story(
    value: str, asking: str, others: list[str]
) -> None:
    stories = [asking, *others]
    hint = suggest_reference(value, "stories", None, stories=stories, listing=0, asking=asking)
    named = [c for c in suggest(value, [Choice(s) for s in stories if s != asking])]
    assert (hint is None) == (not named)
    for choice in named:
        assert choice.ident != asking
        assert f"'{choice.ident}'" in (hint or "")
        assert matches(value, choice)


@settings(max_examples=300, deadline=None)
@given(typed=st.text("abcdefgh-", max_size=12), name=st.text("abcdefgh-", max_size=12))
def test_the_typo_rule_needs_shared_letters(typed: str, name: str) -> None:
    if is_typo_of(typed, name):
        assert set(typed) & set(name)
        assert is_typo_of(name, typed)  # symmetric: the order of asking never matters


# ---- snowball mv ---------------------------------------------------------------------------------------------

OLD, NEW = "old-town-plastic-free-branch", "old-town-plastic-free"
CITING = "stories/riverbend-plastic-free-branch/index.md"


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    return copy_hub(tmp_path / "hub")


def test_mv_renames_the_folder_rewrites_citations_and_keeps_the_old_address(sample: Path) -> None:
    result = run_cli("--root", str(sample), "mv", OLD, NEW)
    assert result.code == 0, result.out + result.err
    assert result.out.splitlines() == [
        f"snowball mv: renamed stories/{OLD}/ to stories/{NEW}/",
        f"  {CITING}",
        f"    line 10: inspired_by: {OLD} -> {NEW}",
        f"    line 18: link ../{OLD}/index.md -> ../{NEW}/index.md",
        "  redirects.yml (a new file)",
        f"    added a redirect from stories/{OLD}/ to {NEW}",
        f"Checked the hub: no errors ({len(list((sample / 'stories').iterdir()))} stories). Commit the changes with git.",
    ]
    assert not (sample / "stories" / OLD).exists() and (sample / "stories" / NEW / "index.md").is_file()
    text = (sample / CITING).read_text(encoding="utf-8")
    assert f"inspired_by: [{NEW}]\n" in text and f"](../{NEW}/index.md)" in text and OLD not in text
    assert f"- from: stories/{OLD}/\n  to: {NEW}\n" in (sample / "redirects.yml").read_text(encoding="utf-8")
    assert run_cli("--root", str(sample), "validate").code == 0


def test_mv_dry_run_writes_nothing(sample: Path) -> None:
    before = _tree(sample)
    result = run_cli("--root", str(sample), "mv", f"stories/{OLD}/", NEW, "--dry-run")
    assert result.code == 0
    assert result.out.startswith(f"snowball mv: would rename stories/{OLD}/ to stories/{NEW}/\n")
    assert f"    line 10: inspired_by: {OLD} -> {NEW}\n" in result.out
    assert result.out.endswith(
        "Nothing was changed (--dry-run). Run the same command without --dry-run to make these changes.\n"
    )
    assert _tree(sample) == before


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            OLD,
            "riverbend-plastic-free-branch",
            "snowball mv: stories/riverbend-plastic-free-branch already exists; choose another name\n",
        ),
        (
            OLD,
            "Riverbend-Plastic-Free-Branch",
            "snowball mv: 'Riverbend-Plastic-Free-Branch' is not a valid story folder name; try 'riverbend-plastic-free-branch' (lowercase ASCII words joined by hyphens: it becomes the story's address)\n",
        ),
        (
            OLD,
            "new_name",
            "snowball mv: 'new_name' is not a valid story folder name; try 'new-name' (lowercase ASCII words joined by hyphens: it becomes the story's address)\n",
        ),
        (
            "old-town-plastic-free-brnch",
            NEW,
            f"snowball mv: there is no story folder stories/old-town-plastic-free-brnch/; did you mean '{OLD}'?\n",
        ),
    ],
)
def test_mv_refuses_with_a_reason_and_changes_nothing(sample: Path, old: str, new: str, message: str) -> None:
    before = _tree(sample)
    result = run_cli("--root", str(sample), "mv", old, new)
    assert (result.code, result.err, result.out) == (2, message, "")
    assert _tree(sample) == before


def test_mv_refuses_a_name_that_differs_only_by_case(hub: Hub) -> None:
    hub.story("a")
    (hub.root / "stories" / "B").mkdir()
    assert (
        run_cli("--root", str(hub.root), "mv", "a", "b").err
        == "snowball mv: stories/B already exists; choose another name\n"
    )


CITER_FRONT = VALID_FRONT.replace("2024-03-12", "2024-05-01")
LAYOUT = f"""---
{CITER_FRONT}inspired_by:   # the stories we learned from
  - first       # Berlin's pilot
  - "old"       # the one being renamed
---

## What we tried

Like [the old story](../old/index.md#what-we-tried) and [its file](<../old/report.pdf> "The report"), and
[again][ref] and `../old/` in code, and ![their picture](../old/hero.png).

[ref]: ../old/
"""
REDIRECTS = """\
# Kept by hand. Do not reorder.
- from: 2019/old-page/    # the 2019 site
  to: "old"
- from: stories/new/
  to: first
"""


def _layout_hub(hub: Hub) -> None:
    from PIL import Image

    hub.story("first")
    hub.story(
        "old",  # it publishes the files the citer links (a file it does not publish is a dead link: validate says so)
        body=VALID_BODY.replace(
            "## What we tried",
            "## What we tried\n\nSee [us](../old/#what-we-tried), [the report](report.pdf) and ![a map](hero.png).",
        ),
    )
    (hub.root / "stories" / "old" / "report.pdf").write_bytes(b"%PDF-1.4\n")
    Image.new("RGB", (10, 10)).save(hub.root / "stories" / "old" / "hero.png")
    hub.story("citer", raw=LAYOUT.encode())
    (hub.root / "redirects.yml").write_text(REDIRECTS, encoding="utf-8")
    assert run_cli("--root", str(hub.root), "validate").code == 0


def test_mv_edits_in_place_keeping_comments_quotes_and_fragments(hub: Hub) -> None:
    _layout_hub(hub)
    result = run_cli("--root", str(hub.root), "mv", "old", "new")
    assert result.code == 0, result.out
    citer = (hub.root / "stories" / "citer" / "index.md").read_text(encoding="utf-8")
    assert citer == LAYOUT.replace('"old"', '"new"').replace("../old/", "../new/").replace("`../new/`", "`../old/`")
    assert (hub.root / "redirects.yml").read_text(encoding="utf-8") == (
        '# Kept by hand. Do not reorder.\n- from: 2019/old-page/    # the 2019 site\n  to: "new"\n'
        "- from: stories/old/\n  to: new\n"
    )
    own = (hub.root / "stories" / "new" / "index.md").read_text(encoding="utf-8")
    assert "[us](../new/#what-we-tried)" in own
    assert "    line 3: redirect from 2019/old-page/ to old: now to new\n" in result.out
    assert "    line 4: removed the redirect from stories/new/: it is new's own address now\n" in result.out


def test_mv_then_the_strict_build_writes_a_redirect_page_at_the_old_address(sample: Path) -> None:
    from .conftest import mkdocs_bin, run_process

    assert run_cli("--root", str(sample), "mv", OLD, NEW).code == 0
    built = run_process(mkdocs_bin(), "build", "--strict", "--site-dir", str(sample / "site"), cwd=sample)
    assert built.code == 0, built.err
    page = (sample / "site" / "stories" / OLD / "index.html").read_text(encoding="utf-8")
    assert f'<meta http-equiv="refresh" content="0; url=../../stories/{NEW}/">' in page
    assert (sample / "site" / "stories" / NEW / "index.html").is_file()


def test_a_former_story_address_is_a_valid_redirect_only_while_no_story_has_it(hub: Hub) -> None:
    from snowball.redirects import load_redirects

    hub.story("kept")
    text = "- from: stories/gone/\n  to: kept\n- from: stories/kept/\n  to: kept\n- from: stories/page/\n  to: kept\n"
    (hub.root / "redirects.yml").write_text(text, encoding="utf-8")
    redirects, problems = load_redirects(hub.root)
    assert [(r.source, r.output_path) for r in redirects] == [("stories/gone/", "stories/gone/index.html")]
    assert [(p.line, p.message) for p in problems] == [
        (3, "'stories/kept/' is an address the site itself uses: the story 'kept'"),
        (5, "'stories/page/' is an address the site itself uses: the story listing's further pages"),
    ]


# ---- snowball rm ---------------------------------------------------------------------------------------------

CITED = "porto-paperless-loan-files"


def test_rm_refuses_while_cited_listing_each_file_and_line(sample: Path) -> None:
    before = _tree(sample)
    result = run_cli("--root", str(sample), "rm", CITED)
    assert result.code == 1
    assert result.out.splitlines() == [
        f"snowball rm: stories/{CITED}/ was not removed: 5 places cite it.",
        f"  stories/eastfield-paperless-loan-files-scaled/index.md:35: link ../{CITED}/index.md",
        f"  stories/millbrook-paperless-loan-files/index.md:10: inspired_by: {CITED}",
        f"  stories/millbrook-paperless-loan-files/index.md:19: link ../{CITED}/index.md",
        f"  stories/saltmarsh-paperless-loan-files/index.md:10: inspired_by: {CITED}",
        f"  stories/saltmarsh-paperless-loan-files/index.md:19: link ../{CITED}/index.md",
        "To keep them working under a new name, use 'snowball mv'. To remove it anyway and turn these into plain "
        "text, run again with --force (add --dry-run first to see each change).",
    ]
    assert _tree(sample) == before


def test_rm_force_downgrades_each_citation_and_leaves_a_valid_hub(sample: Path) -> None:
    assert run_cli("--root", str(sample), "rm", CITED, "--force", "--dry-run").code == 0
    result = run_cli("--root", str(sample), "rm", CITED, "--force")
    assert result.code == 0, result.out
    assert not (sample / "stories" / CITED).exists()
    lines = result.out.splitlines()
    assert lines[0] == f"snowball rm: removed stories/{CITED}/ (hero.jpg, index.md)"
    assert f"    line 35: link to {CITED} turned into plain text: 'Porto Harbour'" in lines
    assert f"    line 10: inspired_by: removed {CITED} (the field is now empty, so it was removed)" in lines
    assert any(
        line.startswith(
            f"  note: readers who follow an old link or bookmark to stories/{CITED}/ will get 'page not found'"
        )
        for line in lines
    )
    left = len(list((sample / "stories").iterdir()))  # the sample hub's stories, less the one removed
    assert lines[-1] == f"Checked the hub: no errors ({left} stories). Commit the changes with git."
    table = (sample / "stories/eastfield-paperless-loan-files-scaled/index.md").read_text(encoding="utf-8")
    assert "| Porto Harbour | October 2023 |" in table
    assert run_cli("--root", str(sample), "validate").code == 0
    assert not find_places(sample, CITED)


def test_rm_force_with_redirect_to_keeps_the_old_address_working(sample: Path) -> None:
    result = run_cli("--root", str(sample), "rm", CITED, "--force", "--redirect-to", "millbrook-paperless-loan-files")
    assert result.code == 0, result.out
    assert f"    added a redirect from stories/{CITED}/ to millbrook-paperless-loan-files" in result.out
    assert "page not found" not in result.out
    assert run_cli("--root", str(sample), "validate").code == 0


def test_rm_force_in_a_hand_written_layout(hub: Hub) -> None:
    _layout_hub(hub)
    result = run_cli("--root", str(hub.root), "rm", "old", "--force")
    assert result.code == 0, result.out
    citer = (hub.root / "stories" / "citer" / "index.md").read_text(encoding="utf-8")
    assert citer == LAYOUT.replace('  - "old"       # the one being renamed\n', "").replace(
        'Like [the old story](../old/index.md#what-we-tried) and [its file](<../old/report.pdf> "The report"), and\n'
        "[again][ref] and `../old/` in code, and ![their picture](../old/hero.png).\n\n[ref]: ../old/\n",
        "Like the old story and its file, and\nagain and `../old/` in code, and their picture.\n\n",
    )
    assert (hub.root / "redirects.yml").read_text(encoding="utf-8") == (
        "# Kept by hand. Do not reorder.\n- from: stories/new/\n  to: first\n"
    )
    assert (
        "    line 2: removed the redirect from 2019/old-page/ to old: that address will now show 'page not found'"
        in result.out
    )
    assert "picture from old replaced by its description: 'their picture'" in result.out
    assert run_cli("--root", str(hub.root), "validate").code == 0


def test_rm_of_an_uncited_story_needs_no_force(hub: Hub) -> None:
    hub.story("alone")
    hub.story("other")
    result = run_cli("--root", str(hub.root), "rm", "alone")
    assert result.code == 0 and result.out.startswith("snowball rm: removed stories/alone/ (index.md)\n")
    assert not (hub.root / "stories" / "alone").exists()


def test_help_names_both_commands() -> None:
    top = run_cli("--help").out
    assert "    mv " in top and "    rm " in top
    assert "--dry-run" in run_cli("mv", "--help").out
    assert "--force" in run_cli("rm", "--help").out and "--redirect-to" in run_cli("rm", "--help").out


@settings(max_examples=80, deadline=None)
@given(
    items=st.lists(st.sampled_from(["a", "b", "old"]), min_size=1, max_size=4, unique=True),
    block=st.booleans(),
    quote=st.sampled_from(["", '"', "'"]),
    comment=st.booleans(),
    op=st.sampled_from(["mv", "rm"]),
)
def test_inspired_by_is_edited_in_any_layout(
    tmp_path_factory: pytest.TempPathFactory, items: list[str], block: bool, quote: str, comment: bool, op: str
) -> None:
    """mv renames the entry where it stands; rm removes it and keeps the others (and their comments)."""
    from snowball.hub import load_hub

    root = tmp_path_factory.mktemp("layout")
    h = Hub(root)
    (root / "registries").mkdir()
    for name, text in REGISTRIES.items():
        h.registry(name, text)
    (root / "mkdocs.yml").write_bytes((REPO / "mkdocs.yml").read_bytes())  # site_url: the contacts' domain
    for slug in ("a", "b", "old"):
        h.story(slug)
    note = "  # why" if comment else ""
    written = [f"{quote}{i}{quote}" for i in items]
    field = (
        "inspired_by:" + note + "\n" + "".join(f"  - {w}{note}\n" for w in written)
        if block
        else f"inspired_by: [{', '.join(written)}]{note}\n"
    )
    original = h.story("citer", front=CITER_FRONT + field).read_text(encoding="utf-8")
    result = run_cli("--root", str(root), *(["mv", "old", "new"] if op == "mv" else ["rm", "old", "--force"]))
    assert result.code == 0, result.out
    story = load_hub(root).stories["citer"]
    text = (root / "stories" / "citer" / "index.md").read_text(encoding="utf-8")
    if op == "mv":
        assert story.inspired_by == tuple("new" if i == "old" else i for i in items)
        assert text == original.replace("old", "new")
    else:
        assert story.inspired_by == tuple(i for i in items if i != "old")
        assert text.startswith("---\n" + CITER_FRONT) and text.count("# why") <= original.count("# why")


@pytest.mark.parametrize("command", [["mv", "old", "new"], ["rm", "old", "--force"]])
def test_a_place_that_cannot_be_edited_safely_stops_everything(hub: Hub, command: list[str]) -> None:
    hub.story("old")
    hub.story("broken", front=CITER_FRONT + "inspired_by: [old\n")  # unclosed: the reader cannot read it
    hub.story("picture", body='\n<img src="../old/hero.png" alt="x">\n')
    before = _tree(hub.root)
    result = run_cli("--root", str(hub.root), *command)
    assert result.code == 1
    assert (
        "stories/broken/index.md: its front matter cannot be read (snowball validate says why); fix it first"
        in result.out
    )
    assert _tree(hub.root) == before


def test_mv_back_and_forth_leaves_one_redirect_and_no_loop(hub: Hub) -> None:
    hub.story("old")
    hub.story("citer", front=CITER_FRONT + "inspired_by: [old]\n")
    assert run_cli("--root", str(hub.root), "mv", "old", "new").code == 0
    result = run_cli("--root", str(hub.root), "mv", "new", "old")
    assert result.code == 0, result.out
    assert "    line 3: removed the redirect from stories/old/: it is old's own address now" in result.out.splitlines()
    assert (hub.root / "redirects.yml").read_text(encoding="utf-8").splitlines()[2:] == [
        "- from: stories/new/",
        "  to: old",
    ]
    assert run_cli("--root", str(hub.root), "validate").code == 0


def test_rm_says_one_place_in_the_singular_and_refuses_a_draft_as_redirect(hub: Hub) -> None:
    hub.story("old")
    hub.story("draft", front=VALID_FRONT + "draft: true\n")
    hub.story("citer", front=CITER_FRONT + "inspired_by: [old]\n")
    result = run_cli("--root", str(hub.root), "rm", "old")
    assert result.out.splitlines()[:2] == [
        "snowball rm: stories/old/ was not removed: 1 place cites it.",
        "  stories/citer/index.md:9: inspired_by: old",
    ]
    refused = run_cli("--root", str(hub.root), "rm", "old", "--force", "--redirect-to", "draft")
    assert (refused.code, refused.err) == (
        2,
        "snowball rm: --redirect-to draft is a draft, so it is not published; name a published story\n",
    )


# ---- a folder name whose address the site keeps for something else ---------------------------------------


def test_a_story_folder_named_page_is_refused_everywhere(hub: Hub) -> None:
    """stories/page/ holds the listing's further pages (stories/page/2/): a story there would be hidden or hide them."""
    hub.story("a")
    assert run_cli("--root", str(hub.root), "mv", "a", "page").err == (
        "snowball mv: 'page' cannot be a story's folder name: its address is the story listing's further pages; "
        "choose another name\n"
    )
    hub.story("page")
    found = [(e["code"], e["message"], e["hint"]) for e in _errors(hub.root)]
    assert found == [
        (
            "invalid-slug",
            "story folder 'page' cannot be a story: its address is the story listing's further pages",
            "rename it, for example to 'page-story'",
        )
    ]


def test_snowball_new_never_names_a_folder_page(hub: Hub) -> None:
    common = ["--summary", "S.", "--site", "porto", "--champions", "ines-carvalho", "--practices", "repair-cafe"]
    made = run_cli("--root", str(hub.root), "new", "--title", "Page", *common, "--tried", "x", "--no-input")
    assert "created stories/page-story/index.md" in made.out, made.out + made.err
    given = run_cli("--root", str(hub.root), "new", "--title", "P", "--slug", "page", *common, "--no-input")
    assert given.code == 2
    assert "'page' cannot be a story's folder name: its address is the story listing's further pages" in given.err
