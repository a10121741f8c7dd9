"""Pull-request mode as CI runs it: a real git repository, a branch that changes one story and the config.

The validator must report only the changed story's problems (plus a warning for every change outside
stories/), never the stories the branch left alone, in the formats GitHub and GitLab read; `snowball
summary` must show reviewers each changed story's card. The commands are read from the CI files, so what
is tested here is what the workflows run.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
from pathlib import Path

import pytest
import yaml

from .conftest import REGISTRIES, REPO, SNOWBALL, VALID_BODY, VALID_FRONT, run_cli, run_process

MKDOCS_YML = "site_name: Test hub\nsite_url: https://snowball.harbourline.example/\ndocs_dir: stories\n"

# Untouched on the branch, and not perfect: a tag alias is a warning the full validation reports. If
# pull-request mode looked at it, the warning would show.
UNTOUCHED_FRONT = VALID_FRONT.replace("tags: [paper]", "tags: [paperless]")

PORTO_FRONT = """\
title: "Repair café at Porto Harbour"
summary: "Once a month the branch hall hosts a repair café."
date: 2024-05-02
site: porto
champions: [ines-carvalho]
practices: [repair-cafe]
tags: [community]
"""

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Champion",
    "GIT_AUTHOR_EMAIL": "champion@example.org",
    "GIT_COMMITTER_NAME": "Champion",
    "GIT_COMMITTER_EMAIL": "champion@example.org",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def git(repo: Path, *args: str) -> str:
    proc = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, env={**os.environ, **GIT_ENV})
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def write(repo: Path, rel: str, text: str) -> None:
    path = repo / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def story(front: str, body: str = VALID_BODY) -> str:
    return f"---\n{front}---\n{body}"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A hub committed on main (registries, two stories, mkdocs.yml), checked out on a champion's branch."""
    root = tmp_path / "hub"
    root.mkdir()
    for name, text in REGISTRIES.items():
        write(root, f"registries/{name}", text)
    write(root, "stories/berlin-paperless/index.md", story(UNTOUCHED_FRONT))
    write(root, "stories/porto-repair-cafe/index.md", story(PORTO_FRONT))
    write(root, "mkdocs.yml", MKDOCS_YML)
    git(root, "init", "--quiet", "--initial-branch=main")
    git(root, "add", ".")
    git(root, "commit", "--quiet", "-m", "The hub")
    git(root, "checkout", "--quiet", "-b", "champion/porto-update")
    return root


@pytest.fixture
def branch(repo: Path) -> Path:
    """The pull request: one story gets an unknown site, and mkdocs.yml changes."""
    write(repo, "stories/porto-repair-cafe/index.md", story(PORTO_FRONT.replace("site: porto", "site: portoo")))
    write(repo, "mkdocs.yml", MKDOCS_YML + "site_description: Changed on the branch\n")
    git(repo, "commit", "--quiet", "-am", "Update the Porto story")
    return repo


def ci_args(run: str, base: str) -> list[str]:
    """The `snowball validate` arguments of a CI command line, with the CI's base branch variable replaced."""
    match = re.search(r'ARGS="([^"]*)"', run)
    assert match, f"no make validate ARGS=... in {run!r}"
    args = re.sub(r"\$\{?[A-Z_]+\}?", "BASE", match.group(1)).replace("origin/BASE", base)
    return shlex.split(args)


def github_validate_args(base: str) -> list[str]:
    workflow = yaml.safe_load((REPO / ".github/workflows/pull-request.yml").read_text(encoding="utf-8"))
    runs = [s["run"] for s in workflow["jobs"]["stories"]["steps"] if "make validate" in s.get("run", "")]
    assert len(runs) == 1
    return ci_args(runs[0], base)


def gitlab_validate_args(base: str) -> list[str]:
    pipeline = yaml.safe_load((REPO / "ci-examples/gitlab-ci.yml").read_text(encoding="utf-8"))
    runs = [line for line in pipeline["stories"]["script"] if "make validate" in line]
    assert len(runs) == 1
    return ci_args(runs[0], base)


def test_the_ci_commands_are_the_ones_tested_here() -> None:
    assert github_validate_args("main") == ["--changed-since", "main", "--format", "github"]
    assert gitlab_validate_args("main") == [
        "--changed-since",
        "main",
        "--format",
        "gitlab",
        "--output",
        "gl-code-quality-report.json",
    ]


def test_the_whole_hub_has_a_warning_in_the_untouched_story(branch: Path) -> None:
    """The control: without --changed-since the untouched story's warning is reported."""
    result = run_cli("--root", str(branch), "validate")
    assert "stories/berlin-paperless/index.md:8:8: warning [tags] tag 'paperless' is an alias of 'paper'" in result.out


def test_github_annotations_for_the_changed_story_and_the_config_only(branch: Path) -> None:
    result = run_cli("--root", str(branch), "validate", *github_validate_args("main"))
    assert result.code == 1
    assert result.out.splitlines() == [
        "::warning file=mkdocs.yml,title=outside-stories::this change touches mkdocs.yml, outside stories/"
        "%0Ahint: configuration, hooks, templates, scripts and workflows run as code in CI: they need a "
        "maintainer's review",
        "::error file=stories/porto-repair-cafe/index.md,line=5,col=7,title=unknown-reference (site)::"
        "unknown site 'portoo'%0Ahint: did you mean 'porto'?",
    ]
    assert "berlin" not in result.out


def test_gitlab_code_quality_report_for_the_changed_story_and_the_config_only(branch: Path) -> None:
    result = run_cli("--root", str(branch), "validate", *gitlab_validate_args("main"), cwd=branch)
    assert result.code == 1
    assert result.out.splitlines()[-1] == "1 error, 1 warning in 2 stories"  # the job log's summary (whole hub)
    report = json.loads((branch / "gl-code-quality-report.json").read_text(encoding="utf-8"))
    assert [(r["location"], r["check_name"], r["severity"]) for r in report] == [
        ({"path": "mkdocs.yml", "lines": {"begin": 1}}, "outside-stories", "minor"),
        ({"path": "stories/porto-repair-cafe/index.md", "lines": {"begin": 5}}, "unknown-reference", "major"),
    ]
    assert report[1]["description"] == "unknown site 'portoo' (hint: did you mean 'porto'?)"
    assert "berlin" not in json.dumps(report)


def test_pull_request_mode_as_a_separate_process(branch: Path) -> None:
    """As the workflow runs it: a process of its own, whose exit code fails the job."""
    result = run_process(*SNOWBALL, "validate", *github_validate_args("main"), cwd=branch)
    assert result.code == 1, result.err
    assert "::error file=stories/porto-repair-cafe/index.md,line=5,col=7," in result.out


def test_a_clean_change_passes_and_says_what_it_checked(repo: Path) -> None:
    write(repo, "stories/porto-repair-cafe/index.md", story(PORTO_FRONT, VALID_BODY + "\nMore to say.\n"))
    git(repo, "commit", "--quiet", "-am", "More detail")
    result = run_cli("--root", str(repo), "validate", "--changed-since", "main")
    assert result.code == 0
    assert result.out.splitlines() == ["all good: no problems in 2 stories"]  # the whole hub is checked


def test_uncommitted_and_new_stories_count_as_changed(repo: Path) -> None:
    """A champion checking before committing: a new, untracked story folder is checked too."""
    write(
        repo,
        "stories/lagos-repair-cafe/index.md",
        story(PORTO_FRONT.replace("site: porto", "site: lagos").replace("ines-carvalho", "ines-carvalo")),
    )
    result = run_cli("--root", str(repo), "validate", "--changed-since", "main")
    assert result.code == 1
    assert (
        "stories/lagos-repair-cafe/index.md:6:13: error [champions] unknown champion 'ines-carvalo' "
        "(unknown-reference)" in result.out.splitlines()
    )
    assert "berlin" not in result.out and "porto-repair-cafe" not in result.out


def test_registry_changes_warn_for_an_editor(repo: Path) -> None:
    write(repo, "registries/tags.yml", REGISTRIES["tags.yml"] + "- id: energy\n  label: Energy\n")
    git(repo, "commit", "--quiet", "-am", "A new tag")
    result = run_cli("--root", str(repo), "validate", "--changed-since", "main", "--format", "github")
    assert result.code == 0
    assert result.out.splitlines() == [
        "::warning file=registries/tags.yml,title=outside-stories::this change edits the registry "
        "registries/tags.yml%0Ahint: registry changes need an editor's review"
    ]


def test_unknown_base_is_a_usage_error(repo: Path) -> None:
    result = run_cli("--root", str(repo), "validate", "--changed-since", "origin/nowhere")
    assert result.code == 2
    assert result.err.startswith("snowball validate: git could not compare with 'origin/nowhere': no such branch")


# ---- snowball summary: the job summary reviewers read ---------------------------------------------------------


def test_summary_shows_the_broken_story_and_the_config_change(branch: Path) -> None:
    result = run_cli("--root", str(branch), "summary", "--changed-since", "main")
    assert result.code == 0  # informational: the validate step is the check
    out = result.out
    assert out.startswith("## Snowball: stories in this change\n\n1 story changed (compared with `main`).\n")
    assert "### ❌ `stories/porto-repair-cafe/`: not ready yet" in out
    assert "- error at line 5: unknown site 'portoo'; hint: did you mean 'porto'? (`unknown-reference`)" in out
    assert "- `mkdocs.yml`: outside stories/; needs a maintainer's review" in out
    assert "berlin" not in out


def test_summary_card_lists_the_pages_the_story_will_appear_on(repo: Path) -> None:
    write(
        repo,
        "stories/porto-repair-cafe/index.md",
        story(
            PORTO_FRONT.replace("champions: [ines-carvalho]", "champions: [ines-carvalho, anna-schmidt]").replace(
                "tags: [community]",
                'tags: [community, paper]\noutcomes:\n  - label: "Things repaired"\n    value: "140"',
            )
        ),
    )
    git(repo, "commit", "--quiet", "-am", "Anna joined")
    result = run_cli("--root", str(repo), "summary", "--changed-since", "main")
    assert result.code == 0
    lines = result.out.splitlines()
    for expected in [
        "### ✅ Repair café at Porto Harbour",
        "> Once a month the branch hall hosts a repair café.",
        "| File | `stories/porto-repair-cafe/index.md` |",
        "| Site | Porto Harbour (`porto`) |",
        "| Champions | Inês Carvalho (`ines-carvalho`), Anna Schmidt (`anna-schmidt`) |",
        "| Practices | Repair café (`repair-cafe`) |",
        "| Tags | Community (`community`), Paper (`paper`) |",
        "| Stage | adopted, 2024-05-02 |",
        "| Outcomes | Things repaired: 140 |",
        "| Checks | no problems |",
        "- Its own page (`/stories/porto-repair-cafe/`)",
        "- All stories (`/stories/`)",
        "- Site: Porto Harbour (`/sites/porto/`)",
        "- Practice: Repair café (`/practices/repair-cafe/`)",
        "- Tag: Community (`/tags/community/`)",
        "- Tag: Paper (`/tags/paper/`)",
        "- Champion: Inês Carvalho (`/champions/ines-carvalho/`)",
        "- Champion: Anna Schmidt (`/champions/anna-schmidt/`)",
    ]:
        assert expected in lines
    assert "berlin" not in result.out


def test_summary_of_drafts_removals_and_warnings(repo: Path) -> None:
    write(
        repo, "stories/lagos-draft/index.md", story(PORTO_FRONT.replace("site: porto", "site: lagos") + "draft: true\n")
    )
    write(repo, "stories/berlin-paperless/index.md", story(UNTOUCHED_FRONT, VALID_BODY + "\nUpdated.\n"))
    git(repo, "rm", "--quiet", "-r", "stories/porto-repair-cafe")
    git(repo, "add", ".")
    git(repo, "commit", "--quiet", "-m", "Draft, removal, edit")
    out = run_cli("--root", str(repo), "summary", "--changed-since", "main").out
    assert "3 stories changed (compared with `main`)." in out
    assert "### 📝 Repair café at Porto Harbour (draft)" in out
    assert "it will appear on no page until `draft: true` is removed" in out
    assert "### ⚠️ Paperless files in Berlin" in out
    assert "| Checks | 1 warning (annotated in *Files changed*) |" in out
    assert "- warning at line 8: tag 'paperless' is an alias of 'paper'; hint: write 'paper' (`tag-alias`)" in out
    assert "- `stories/porto-repair-cafe/`: its page and listings go when this is merged" in out


def test_summary_keeps_champion_text_inert(repo: Path) -> None:
    """A title or summary cannot add links, HTML or table cells to the job summary."""
    write(
        repo,
        "stories/porto-repair-cafe/index.md",
        story(
            PORTO_FRONT.replace(
                'summary: "Once a month the branch hall hosts a repair café."',
                'summary: "Fixed | broken: 3 * 4 _units_ & more #1"',
            )
        ),
    )
    git(repo, "commit", "--quiet", "-am", "Odd characters")
    out = run_cli("--root", str(repo), "summary", "--changed-since", "main").out
    assert r"> Fixed \| broken: 3 \* 4 \_units\_ \& more \#1" in out.splitlines()


def test_summary_without_story_changes_and_usage(repo: Path) -> None:
    write(repo, "Makefile", "all:\n")
    git(repo, "add", "Makefile")
    git(repo, "commit", "--quiet", "-m", "Tooling")
    result = run_cli("--root", str(repo), "summary", "--changed-since", "main")
    assert result.code == 0
    assert "This change touches no story (compared with `main`)." in result.out
    assert "- `Makefile`: outside stories/; needs a maintainer's review" in result.out
    usage = run_cli("--root", str(repo), "summary")
    assert usage.code == 2
    assert usage.err == "snowball summary: give either --changed-since REF or story paths\n"
