"""The champion's path without a terminal habit: `snowball new` for typists, the pull-request check that
catches everything, inert output for hostile keys, and pre-commit checking what is committed."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
from pathlib import Path

import jsonschema
import pytest

from snowball import formats
from snowball.diagnostics import Diagnostic
from snowball.scaffold import render_story
from snowball.textcheck import escape_text

from .conftest import REGISTRIES, REPO, SNOWBALL, Hub, Result, copy_hub, run_cli
from .test_pull_requests import GIT_ENV, PORTO_FRONT, git, story, write
from .test_schema import front_matter

NEW_FLAGS = [
    "--title",
    "Repair café at Porto",
    "--summary",
    "Forty repairs a month.",
    "--site",
    "porto",
    "--champions",
    "ines-carvalho",
    "--practices",
    "repair-cafe",
    "--date",
    "2025-02-03",
    "--tried",
    "A repair café in the branch hall on the first Saturday of each month.",
]


def new(hub: Hub, *args: str) -> Result:
    return run_cli("--root", str(hub.root), "new", *args)


def piped(hub: Hub, answers: str, *args: str) -> Result:
    """`printf ... | snowball new`: a separate process whose standard input is a pipe, not a terminal."""
    proc = subprocess.run(
        [*SNOWBALL, "--root", str(hub.root), "new", *args],
        input=answers,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=hub.root,
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)


# ---- snowball new, as a typist meets it ------------------------------------------------------------------------


def test_unknown_site_is_refused_and_nothing_is_written(hub: Hub) -> None:
    flags = [*NEW_FLAGS]
    flags[flags.index("porto")] = "portoo"
    result = new(hub, *flags, "--no-input")
    assert result.code == 1
    assert "snowball new: nothing was written; fix these and run it again:" in result.out
    assert "  --site: unknown site 'portoo'" in result.out.splitlines()
    assert "      hint: did you mean 'porto'?" in result.out.splitlines()
    assert list((hub.root / "stories").iterdir()) == []


def test_date_not_in_iso_form_is_refused_before_anything(hub: Hub) -> None:
    flags = [*NEW_FLAGS]
    flags[flags.index("2025-02-03")] = "12/03/2024"
    result = new(hub, *flags, "--no-input")
    assert result.code == 2
    assert "--date '12/03/2024' is not a date; write it as YYYY-MM-DD" in result.err
    assert list((hub.root / "stories").iterdir()) == []


@pytest.mark.parametrize(
    ("flag", "value", "expected"),
    [
        ("--title", "x" * 130, "  --title: 'title' is 130 characters; the limit is 120"),
        ("--champions", "ines-carvalho,nobody-here", "  --champions: unknown champion 'nobody-here'"),
        ("--date", "2999-01-01", "  --date: '2999-01-01' is in the future"),
        ("--date", "2024-02-30", "  --date: '2024-02-30' is not a real date"),
        ("--summary", "We <b>loved</b> it", "  --summary: 'summary' contains markup ('<b')"),
    ],
)
def test_each_flag_mistake_is_named_by_its_flag(hub: Hub, flag: str, value: str, expected: str) -> None:
    flags = [*NEW_FLAGS]
    flags[flags.index(flag) + 1] = value
    result = new(hub, *flags, "--slug", "checked", "--no-input")
    assert result.code == 1, result.out + result.err
    assert any(line.startswith(expected) for line in result.out.splitlines()), result.out
    assert not (hub.root / "stories" / "checked").exists()


def test_piped_answers_need_no_terminal(hub: Hub) -> None:
    """`printf '...' | snowball new`: answers come from the pipe, in the order the prompts ask."""
    answers = "Paperless in Lagos\nWe went paperless.\nlagos\nanna-schmidt\nrepair-cafe\n\nScanned every file.\n\n\n"
    result = piped(hub, answers, "--date", "2025-01-01")
    assert result.code == 0, result.out + result.err
    text = (hub.root / "stories" / "paperless-in-lagos" / "index.md").read_text(encoding="utf-8")
    assert "site: lagos" in text and "champions: [anna-schmidt]" in text


def test_piped_answers_that_run_out_say_what_is_missing(hub: Hub) -> None:
    result = piped(hub, "Only a title\n")
    assert result.code == 2
    assert "missing --summary, --site, --champions, --practices" in result.err
    assert list((hub.root / "stories").iterdir()) == []


def test_a_story_without_its_text_is_refused_naming_the_flags(hub: Hub) -> None:
    flags = [*NEW_FLAGS]
    del flags[flags.index("--tried") : flags.index("--tried") + 2]
    result = new(hub, *flags, "--no-input")
    assert result.code == 1
    assert (
        "  --tried, --happened, --advice or --obstacles: the story's text is still the template from `snowball new`"
        in result.out.splitlines()
    )
    assert list((hub.root / "stories").iterdir()) == []


def test_a_written_story_always_passes_validate(hub: Hub) -> None:
    result = new(hub, *NEW_FLAGS, "--tags", "community", "--no-input")
    assert result.code == 0, result.out
    assert run_cli("--root", str(hub.root), "validate").code == 0


def test_render_story_writes_outcomes_lineage_and_image() -> None:
    text = render_story(
        {
            "title": 'The "best" café: 10 # repairs',
            "summary": "It’s fine.",
            "date": "2024-01-02",
            "site": "porto",
            "champions": ["a", "b"],
            "practices": ["p"],
            "outcomes": [{"label": "Repairs", "value": "40", "unit": ""}, {"label": "", "value": ""}],
            "inspired_by": ["older"],
            "image": "hero.jpg",
            "image_alt": "A table of tools",
        }
    )
    assert text.splitlines()[:14] == [
        "---",
        'title: "The \\"best\\" café: 10 # repairs"',
        'summary: "It’s fine."',
        "date: 2024-01-02",
        "site: porto",
        "champions: [a, b]",
        "practices: [p]",
        "stage: adopted",
        "outcomes:",
        '  - label: "Repairs"',
        '    value: "40"',
        "inspired_by: [older]",
        'image: "hero.jpg"',
        'image_alt: "A table of tools"',
    ]


# ---- the pull-request check catches everything -----------------------------------------------------------------


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "hub"
    root.mkdir()
    for name, text in REGISTRIES.items():
        write(root, f"registries/{name}", text)
    write(root, "mkdocs.yml", "site_name: Test hub\nsite_url: https://snowball.harbourline.example/\n")
    write(root, "stories/porto-repair-cafe/index.md", story(PORTO_FRONT))
    later = PORTO_FRONT.replace("2024-05-02", "2024-09-01") + "inspired_by: [porto-repair-cafe]\n"
    write(root, "stories/porto-repair-cafe-again/index.md", story(later))
    git(root, "init", "--quiet", "--initial-branch=main")
    git(root, "add", ".")
    git(root, "commit", "--quiet", "-m", "The hub")
    git(root, "checkout", "--quiet", "-b", "champion/rename")
    return root


def test_a_rename_that_breaks_an_unchanged_story_fails_the_check(repo: Path) -> None:
    git(repo, "mv", "stories/porto-repair-cafe", "stories/porto-repair-cafe-2024")
    git(repo, "commit", "--quiet", "-m", "Rename")
    result = run_cli("--root", str(repo), "validate", "--changed-since", "main", "--format", "github")
    assert result.code == 1
    lines = result.out.splitlines()
    assert any(
        line.startswith("::error file=stories/porto-repair-cafe-again/index.md,")
        and "unknown story 'porto-repair-cafe' in inspired_by" in line
        for line in lines
    ), lines
    summary = run_cli("--root", str(repo), "summary", "--changed-since", "main").out
    assert "### ❌ 1 error in files this change did not touch" in summary
    assert "`stories/porto-repair-cafe-again/index.md` error at line" in summary
    assert "unknown story 'porto-repair-cafe' in inspired\\_by" in summary


def test_changed_since_accepts_only_a_revision(repo: Path, tmp_path: Path) -> None:
    target = tmp_path / "written-by-git"
    for value in (f"--output={target}", "-p", "main --output=x", "HEAD..main"):
        result = run_cli("--root", str(repo), "validate", f"--changed-since={value}")
        assert result.code == 2, value
        assert result.err.startswith("snowball validate: "), result.err
        assert "Traceback" not in result.err
    assert not target.exists()
    assert run_cli("--root", str(repo), "validate", "--changed-since", "main").code == 0


def test_more_errors_than_github_shows_are_announced_first() -> None:
    items = [Diagnostic(f"stories/s{i:02}/index.md", 2, 1, "error", "too-long", "too long") for i in range(18)]
    lines = formats.github(items).splitlines()
    assert len(lines) == 19
    assert lines[0].startswith("::error title=18 errors%3A GitHub shows only 10::snowball validate found 18 errors;")
    assert "The job summary lists every one" in lines[0]
    assert all(line.startswith("::error file=") for line in lines[1:])
    assert not formats.github(items[:10]).startswith("::error title=")


def test_summary_lists_every_problem_beyond_the_annotation_limit(repo: Path) -> None:
    front = PORTO_FRONT.replace(
        "champions: [ines-carvalho]", "champions: [" + ", ".join(f"nobody-{i}" for i in range(14)) + "]"
    )
    write(repo, "stories/porto-repair-cafe/index.md", story(front))
    git(repo, "commit", "--quiet", "-am", "Many champions")
    out = run_cli("--root", str(repo), "summary", "--changed-since", "main").out
    assert sum("unknown champion 'nobody" in line for line in out.splitlines()) == 14


# ---- every value a person supplied is inert in every format ----------------------------------------------------

HOSTILE_KEY = "x\x1b[2K\rall good: no problems\n::error file=README.md::pwned\u202e,%0A"


def hostile(hub: Hub) -> None:
    hub.story("evil", front=PORTO_FRONT.replace("site: porto", "site: porto\n" + json.dumps(HOSTILE_KEY) + ": 1"))


def test_human_output_shows_control_characters_as_escapes(hub: Hub) -> None:
    hostile(hub)
    result = run_cli("--root", str(hub.root), "validate", "--colour", "never")
    assert result.code == 1
    assert "\x1b" not in result.out and "\r" not in result.out and "\u202e" not in result.out
    assert "\\x1b[2K\\rall good: no problems\\n::error" in result.out
    assert not any(line.startswith(("all good", "::")) for line in result.out.splitlines())


def test_github_gitlab_and_json_output_stay_well_formed(hub: Hub) -> None:
    hostile(hub)
    github = run_cli("--root", str(hub.root), "validate", "--format", "github").out
    for line in github.splitlines():
        assert line.startswith(("::error file=", "::warning file=")), line
        props = line.split("::")[1]
        assert props.count(",") in (3, 4) and "\x1b" not in line and "\r" not in line
    for fmt in ("gitlab", "json"):
        out = run_cli("--root", str(hub.root), "validate", "--format", fmt).out
        entries = json.loads(out)
        entries = entries if fmt == "gitlab" else entries["diagnostics"]
        texts = [e.get("description") or e.get("message") for e in entries]
        # Diagnostics escape control characters where they are made (snowball/diagnostics.py), so JSON
        # carries the key as the reader sees it in any output: visible escapes, never raw control codes.
        assert any(escape_text(HOSTILE_KEY) in t for t in texts), texts
        assert not any("\x1b" in t for t in texts)


def test_a_lone_surrogate_key_cannot_crash_the_json_output(hub: Hub) -> None:
    hub.story("odd", front=PORTO_FRONT + '"\\ud800": 1\n')
    for fmt in ("json", "gitlab", "human", "github"):
        result = run_cli("--root", str(hub.root), "validate", "--format", fmt)
        assert result.code == 1, fmt
        result.out.encode("utf-8")  # printable as UTF-8
        if fmt in ("json", "gitlab"):
            json.loads(result.out)


def test_shown_escapes_only_what_a_terminal_would_act_on() -> None:
    assert formats.shown("Café – 10 % “quoted”") == "Café – 10 % “quoted”"
    assert formats.shown("a\x1bb\u200bc\u2028d\x85") == "a\\x1bb\\u200bc\\u2028d\\x85"


# ---- pre-commit checks what is committed -----------------------------------------------------------------------


def test_staged_story_whose_image_is_not_staged_is_refused(repo: Path) -> None:
    from PIL import Image

    folder = repo / "stories" / "porto-photo"
    folder.mkdir()
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), "teal").save(buf, "PNG")
    (folder / "hero.png").write_bytes(buf.getvalue())
    write(repo, "stories/porto-photo/index.md", story(PORTO_FRONT + 'image: hero.png\nimage_alt: "A teal square"\n'))
    git(repo, "add", "stories/porto-photo/index.md")
    result = run_cli("--root", str(repo), "validate", "--staged")
    assert result.code == 1
    assert (
        "stories/porto-photo/index.md:9: error [image] stories/porto-photo/hero.png is used by the story but is not "
        "staged, "
        "so the commit would not contain it (not-staged)" in result.out.splitlines()
    )
    assert "    hint: stage it too: git add stories/porto-photo/hero.png" in result.out.splitlines()
    git(repo, "add", "stories/porto-photo/hero.png")
    assert run_cli("--root", str(repo), "validate", "--staged").code == 0


def test_staged_mode_with_nothing_staged_is_quiet(repo: Path) -> None:
    result = run_cli("--root", str(repo), "validate", "--staged")
    assert result.code == 0
    assert result.out.strip() == "all good: no problems in 0 stories"


# ---- editors: the draft-07 schema and the VS Code task ---------------------------------------------------------

DRAFT07 = REPO / "schema" / "story.draft-07.schema.json"


def jsonc(path: Path) -> dict:
    """VS Code's JSON with comments: whole-line // comments only, as these files use."""
    return json.loads(
        "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if not line.strip().startswith("//"))
    )


def test_both_committed_schemas_are_current() -> None:
    result = run_cli("--root", str(REPO), "schema", "--check")
    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        "schema/story.schema.json is current",
        "schema/story.draft-07.schema.json is current",
    ]


def test_a_registry_change_makes_the_draft07_schema_stale(tmp_path: Path) -> None:
    hub = copy_hub(tmp_path / "hub", stories=False)
    (hub / "schema").mkdir()
    for name in ("story.schema.json", "story.draft-07.schema.json"):
        (hub / "schema" / name).write_text((REPO / "schema" / name).read_text(encoding="utf-8"), encoding="utf-8")
    with (hub / "registries" / "sites.yml").open("a", encoding="utf-8") as f:
        f.write('- id: new-branch\n  name: "New branch"\n  region: "North"\n')
    result = run_cli("--root", str(hub), "schema", "--check")
    assert result.code == 1
    assert result.err == (
        "schema/story.draft-07.schema.json is out of date; run: snowball schema --draft-07 > "
        "schema/story.draft-07.schema.json\n"
    )


def test_the_draft07_schema_catches_wrong_ids_that_the_other_cannot() -> None:
    schema = json.loads(DRAFT07.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    check = jsonschema.Draft7Validator(schema)
    good = front_matter((REPO / "stories" / "kingsgate-paperless-loan-files" / "index.md").read_text(encoding="utf-8"))
    assert list(check.iter_errors(good)) == []
    mistakes = [
        {"site": "Gull Point Branch"},
        {"site": "gullpoint"},
        {"champions": ["Maren Fjeld"]},
        {"practices": ["paperless"]},
        {"tags": ["green"]},
    ]
    for mistake in mistakes:
        assert list(check.iter_errors({**good, **mistake})), mistake
    assert list(check.iter_errors({**good, "image": "hero.jpg"}))  # image needs image_alt


def test_the_task_problem_matcher_reads_the_validators_real_output(hub: Hub) -> None:
    hub.story("bad", front=PORTO_FRONT.replace("site: porto", "site: portoo"))
    (hub.root / "stories" / "bad" / "notes.txt").write_text("x")
    out = run_cli("--root", str(hub.root), "validate", "--colour", "never").out.splitlines()
    task = jsonc(REPO / ".vscode" / "tasks.json")["tasks"][0]
    assert task["args"][:1] == ["validate"] and task["command"].endswith(".venv/bin/snowball")
    pattern = task["problemMatcher"]["pattern"]
    regex = re.compile(pattern["regexp"])  # the same syntax in JavaScript for these constructs
    found = [m for line in out if (m := regex.match(line))]
    assert [(m[pattern["file"]], m[pattern["line"]], m[pattern["column"]], m[pattern["severity"]]) for m in found] == [
        ("stories/bad/index.md", None, None, "warning"),
        ("stories/bad/index.md", "5", "7", "error"),
    ]
    error = next(m for m in found if m[pattern["severity"]] == "error")
    assert error[pattern["message"]] == "unknown site 'portoo'"
    assert error[pattern["code"]] == "unknown-reference"
    assert not any(regex.match(line) for line in out if line.startswith(("    hint:", "1 error")))


def test_vscode_settings_map_the_draft07_schema() -> None:
    settings = jsonc(REPO / ".vscode" / "settings.json")
    assert "./schema/story.draft-07.schema.json" in settings["yaml.schemas"]


def test_a_git_pre_commit_hook_with_staged_mode_stops_the_commit(repo: Path) -> None:
    """As pre-commit runs it: the commit of a story without its photo is refused, with the photo it goes in."""
    from PIL import Image

    hook = repo / ".git" / "hooks" / "pre-commit"
    hook.write_text(f"#!/bin/sh\nexec {' '.join(SNOWBALL)} validate --staged\n", encoding="utf-8")
    hook.chmod(0o755)
    folder = repo / "stories" / "porto-photo"
    folder.mkdir()
    Image.new("RGB", (40, 30), "teal").save(folder / "hero.jpg", "JPEG")
    write(repo, "stories/porto-photo/index.md", story(PORTO_FRONT + 'image: hero.jpg\nimage_alt: "A teal square"\n'))
    git(repo, "add", "stories/porto-photo/index.md")
    env = {**os.environ, **GIT_ENV}
    refused = subprocess.run(["git", "commit", "-m", "Story"], cwd=repo, capture_output=True, text=True, env=env)
    assert refused.returncode != 0
    assert "stories/porto-photo/hero.jpg is used by the story but is not staged" in refused.stdout + refused.stderr
    git(repo, "add", "stories/porto-photo/hero.jpg")
    git(repo, "commit", "--quiet", "-m", "Story with its photo")


# ---- the form's data ------------------------------------------------------------------------------------------


def test_form_data_follows_the_hubs_settings_and_registries() -> None:
    import dataclasses

    from snowball.formdata import form_choices, form_data
    from snowball.registries import load_registries
    from snowball.settings import DEFAULT_SETTINGS

    registries, _ = load_registries(REPO)
    settings = dataclasses.replace(
        DEFAULT_SETTINGS, limits={"title": 60}, required=frozenset({"tags"}), contribute_branch="stories"
    )
    data = form_data(settings, repo_url="https://gitlab.example.org/hub/stories")
    fields = {f["name"]: f for f in data["fields"]}
    assert fields["title"]["max_len"] == 60 and fields["tags"]["required"] is True
    assert data["forge"] == {
        "kind": "gitlab",
        "repo_url": "https://gitlab.example.org/hub/stories",
        "branch": "stories",
        "page": {
            "name": "GitLab",
            "fills": True,
            "names": True,
            "url": "https://gitlab.example.org/hub/stories/-/new/stories?file_name={path}&content={content}",
        },
    }
    choices = form_choices(registries)  # the pickers' values: a file beside the page, loaded on use
    assert {row[0] for row in choices["site"]} == set(registries.sites)
    assert {row[0] for row in choices["champions"]} == set(registries.champions)


FORGE_CASES = [
    # (forge setting, repo_url, kind, the new-file page the form fills with {path} and {content}, fills, names)
    (
        "auto",
        "https://github.com/hl/snowball",
        "github",
        "https://github.com/hl/snowball/new/main?filename={path}&value={content}",
        True,
        True,
    ),
    (
        "auto",
        "https://gitlab.com/hl/snowball/",
        "gitlab",
        "https://gitlab.com/hl/snowball/-/new/main?file_name={path}&content={content}",
        True,
        True,
    ),
    ("auto", "https://git.harbourline.example/sustainability/snowball", None, None, None, None),
    (
        "github",
        "https://code.harbourline.example/hl/snowball",
        "github",
        "https://code.harbourline.example/hl/snowball/new/main?filename={path}&value={content}",
        True,
        True,
    ),
    (
        "gitlab",
        "https://git.harbourline.example/hl/snowball",
        "gitlab",
        "https://git.harbourline.example/hl/snowball/-/new/main?file_name={path}&content={content}",
        True,
        True,
    ),
    (
        "gitea",
        "https://git.harbourline.example/sustainability/snowball",
        "gitea",
        "https://git.harbourline.example/sustainability/snowball/_new/main/?filename={path}",
        False,
        True,
    ),
    (
        "bitbucket-server",
        "https://bitbucket.harbourline.example/projects/SUS/repos/snowball/browse",
        "bitbucket-server",
        "https://bitbucket.harbourline.example/projects/SUS/repos/snowball/browse?at=refs%2Fheads%2Fmain",
        False,
        False,
    ),
    ("none", "https://github.com/hl/snowball", None, None, None, None),
    ("gitea", None, None, None, None, None),
]


@pytest.mark.parametrize(("forge", "repo_url", "kind", "url", "fills", "names"), FORGE_CASES)
def test_the_forms_web_editor_link_follows_the_forge_setting(
    forge: str, repo_url: str | None, kind: str | None, url: str | None, fills: bool | None, names: bool | None
) -> None:
    """What the form's "Open in the web editor" button opens, for each forge a hub can name in snowball.yml."""
    from snowball.formdata import form_data
    from snowball.settings import Settings

    data = form_data(Settings(forge=forge), repo_url=repo_url)["forge"]
    assert data["kind"] == kind
    page = data["page"]
    assert (page and (page["url"], page["fills"], page["names"])) == (url and (url, fills, names))


def test_every_forge_a_hub_can_name_has_a_new_file_page() -> None:
    from snowball.formdata import FORGE_PAGES
    from snowball.settings import FORGES

    assert set(FORGE_PAGES) == set(FORGES) - {"auto", "none"}


def test_the_forms_link_escapes_the_branch_and_only_the_form_fills_the_rest() -> None:
    from snowball.formdata import form_data
    from snowball.settings import Settings

    page = form_data(Settings(forge="gitea", contribute_branch="stories/new"), repo_url="https://h.example/{x}/r")
    assert page["forge"]["page"]["url"] == "https://h.example/%7Bx%7D/r/_new/stories/new/?filename={path}"
    page = form_data(
        Settings(forge="bitbucket-server", contribute_branch="stories/new"), repo_url="https://h.example/r"
    )
    assert page["forge"]["page"]["url"] == "https://h.example/r/browse?at=refs%2Fheads%2Fstories%2Fnew"


def test_a_gitea_hubs_built_contribution_page_carries_its_editor_link() -> None:
    """snowball.yml's forge reaches the page the build writes, through the guide (as the hook calls it)."""
    from snowball.guide import contribution_markdown
    from snowball.registries import load_registries
    from snowball.settings import Settings

    registries, _ = load_registries(REPO)
    page = contribution_markdown(registries, Settings(forge="gitea"), repo_url="https://git.example/hub/stories")
    assert (
        '"page":{"name":"Gitea","fills":false,"names":true,"url":"https://git.example/hub/stories/_new/main/?filename={path}"}'
        in page
    )


def test_form_json_cannot_close_its_script_element() -> None:
    from snowball.formdata import script_json

    hostile = {"name": "</script><script>alert(1)</script><!-- & \u2028"}
    text = script_json(hostile)
    assert "</" not in text and "<!--" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == hostile


def test_the_share_page_is_the_form_and_the_guide_has_its_own_page() -> None:
    """The Share page was 13,575 px of form, field tables and validator codes: the form comes first and alone,
    with one link to the written guide (contribute/guide/), which keeps every table for editors."""
    from snowball.guide import GUIDE_LINK, contribution_markdown, guide_markdown
    from snowball.registries import load_registries

    registries, _ = load_registries(REPO)
    page = contribution_markdown(registries)
    assert '<form class="sb-form" id="sb-story-form" hidden' in page
    assert 'name="title"' in page and 'id="sb-l-champions"' in page and 'value="maren-fjeld"' not in page
    for guide_only in ("## Step by step", "## The fields", "## What the validator's messages mean", "| Code |"):
        assert guide_only not in page
    assert f'href="{GUIDE_LINK}">Read the written guide</a>' in page  # shown with the form
    nojs = re.search(r'<div class="sb-form-nojs" id="sb-form-nojs">(.*?)</div>', page)
    assert nojs and "needs JavaScript" in nojs[1] and f'<a href="{GUIDE_LINK}">the written guide</a>' in nojs[1]
    guide = guide_markdown(registries)
    assert "sb-form" not in guide and "## Step by step" in guide and "## What the validator's messages mean" in guide
    assert "[Share your story](../index.md)" in guide


def _visible_form_words(page: str) -> list[str]:
    """What a champion reads first in the form: its labels, legends and hints (not the written guide)."""
    form = page[page.index("<form") : page.index("</form>")]
    found = re.findall(r"<(label|legend)[^>]*>(.*?)</\1>", form) + re.findall(
        r'<p class="sb-form__help"[^>]*>(.*?)</p>', form
    )
    return [re.sub(r"<[^>]+>", "", m if isinstance(m, str) else m[1]) for m in found]


def test_the_forms_labels_and_hints_speak_plain_words() -> None:
    """'one id from registries/sites.yml', 'Slugs of earlier stories', 'Folder name': the repository's words,
    not an office's. The form asks in plain words; the written guide keeps the exact terms for editors."""
    from snowball.guide import contribution_markdown, guide_markdown
    from snowball.registries import load_registries
    from snowball.settings import Settings

    registries, _ = load_registries(REPO)
    for settings in (Settings(), Settings(required=("outcomes", "tags", "image"))):
        words = _visible_form_words(contribution_markdown(registries, settings))
        assert len(words) > 30
        for text in words:
            assert not re.search(r"registries/|\.yml|\bslugs?\b|\bids?\b", text, re.IGNORECASE), text
        for label in (
            "Which site?",
            "Who took part?",
            "Stories that inspired yours",
            "A short name for the folder, made for you",
        ):
            assert any(t.startswith(label) for t in words), label
    assert "one id from registries/sites.yml" in guide_markdown(registries)  # the editors' exact terms stay


def test_the_forms_labels_come_from_the_contract(monkeypatch: pytest.MonkeyPatch) -> None:
    """One definition: a label changed in the contract is the label the form shows."""
    import dataclasses

    from snowball import settings as settings_module
    from snowball.guide import contribution_markdown
    from snowball.registries import load_registries

    registries, _ = load_registries(REPO)
    fields = tuple(
        dataclasses.replace(f, label="Where did it happen?", hint="Pick your branch.") if f.name == "site" else f
        for f in settings_module.STORY_FIELDS
    )
    monkeypatch.setattr(settings_module, "STORY_FIELDS", fields)
    page = contribution_markdown(registries)
    assert "<legend>Where did it happen?" in page and ">Pick your branch.</p>" in page
    assert "Which site?" not in page


def test_a_script_that_gives_every_flag_is_not_asked_anything(hub: Hub) -> None:
    result = piped(hub, "", *NEW_FLAGS)
    assert result.code == 0, result.out + result.err
    assert "Tags:" not in result.out and "created stories/repair-cafe-at-porto/index.md" in result.out
