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
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


# ---- names git would quote: non-ASCII story folders -----------------------------------------------------------

ODD_FOLDER = "stories/ünï"  # git prints this as "stories/\303\274n\303\257" unless asked not to


def test_pull_request_mode_names_a_non_ascii_folder_readably(repo: Path) -> None:
    write(repo, f"{ODD_FOLDER}/index.md", story(PORTO_FRONT))
    git(repo, "add", ".")
    git(repo, "commit", "--quiet", "-m", "A story in an accented folder")
    result = run_cli("--root", str(repo), "validate", "--changed-since", "main")
    assert result.code == 1
    assert f"{ODD_FOLDER}: error story folder 'ünï' is not a valid slug (invalid-slug)" in result.out.splitlines()
    assert "lowercase ASCII words" in result.out  # it says why, and the hint names the folder to use
    assert "outside stories/" not in result.out and "\\303" not in result.out
    summary = run_cli("--root", str(repo), "summary", "--changed-since", "main").out
    assert "outside stories/" not in summary and "\\303" not in summary


# Any name a folder can have on Linux: quotes, backslashes, tabs, newlines, accents, emoji (not '/' or NUL).
FOLDER_NAMES = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="/\0"), min_size=1, max_size=12
).filter(lambda n: n not in (".", "..") and n.casefold() != ".git")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=FOLDER_NAMES)
def test_changed_files_name_every_folder_as_it_is_on_disk(repo: Path, name: str) -> None:
    """Whatever a story folder is called, git's report of it is the name on disk, inside stories/."""
    from snowball import gitfiles

    folder = repo / "stories" / name
    folder.mkdir()
    try:
        (folder / "index.md").write_text("x", encoding="utf-8")
        assert f"stories/{name}/index.md" in gitfiles.changed_files(repo, "main")
    finally:
        (folder / "index.md").unlink()
        folder.rmdir()


def test_staged_mode_names_a_non_ascii_folder_readably(repo: Path) -> None:
    write(repo, f"{ODD_FOLDER}/index.md", story(PORTO_FRONT))
    git(repo, "add", ".")
    result = run_cli("--root", str(repo), "validate", "--staged")
    assert result.code == 1
    assert f"{ODD_FOLDER}: error story folder 'ünï' is not a valid slug (invalid-slug)" in result.out.splitlines()
    assert "outside stories/" not in result.out and "\\303" not in result.out


# ---- --staged checks exactly what the next commit holds -------------------------------------------------------

PORTO = "stories/porto-repair-cafe/index.md"
BROKEN_PORTO = story(PORTO_FRONT.replace("site: porto", "site: portoo"))
FIXED_PORTO = story(PORTO_FRONT, VALID_BODY + "\nMore to say.\n")


def test_staged_broken_story_is_refused_though_the_working_copy_is_fixed(repo: Path) -> None:
    write(repo, PORTO, BROKEN_PORTO)
    git(repo, "add", PORTO)
    write(repo, PORTO, FIXED_PORTO)  # fixed, but not staged: the commit would hold the broken version
    result = run_cli("--root", str(repo), "validate", "--staged")
    assert result.code == 1
    assert f"{PORTO}:5:7: error [site] unknown site 'portoo' (unknown-reference)" in result.out.splitlines()


def test_staged_fixed_story_passes_though_the_working_copy_is_broken(repo: Path) -> None:
    write(repo, PORTO, FIXED_PORTO)
    git(repo, "add", PORTO)
    write(repo, PORTO, BROKEN_PORTO)  # a later edit, not staged: not part of this commit
    result = run_cli("--root", str(repo), "validate", "--staged")
    assert result.code == 0, result.out
    assert result.out.splitlines() == ["all good: no problems in 1 story"]


def test_staged_story_citing_an_untracked_story_is_refused(repo: Path) -> None:
    write(repo, "stories/lagos-repair-cafe/index.md", story(PORTO_FRONT.replace("site: porto", "site: lagos")))
    write(
        repo,
        PORTO,
        story(PORTO_FRONT.replace("date: 2024-05-02", "date: 2024-06-02\ninspired_by: [lagos-repair-cafe]")),
    )
    git(repo, "add", PORTO)  # the story it cites stays untracked: the commit would not contain it
    result = run_cli("--root", str(repo), "validate", "--staged")
    assert result.code == 1
    lines = result.out.splitlines()
    assert (
        f"{PORTO}:5:15: error [inspired_by] unknown story 'lagos-repair-cafe' in inspired_by (unknown-reference)"
        in lines
    )
    assert (
        "    hint: stories/lagos-repair-cafe/ is in your working copy but not staged, so the commit would not "
        "contain it: git add stories/lagos-repair-cafe" in lines
    )
    git(repo, "add", "stories/lagos-repair-cafe")
    assert run_cli("--root", str(repo), "validate", "--staged").code == 0


def test_staged_broken_settings_are_refused(repo: Path) -> None:
    write(repo, "snowball.yml", "limits:\n  summary: lots\n")
    git(repo, "add", "snowball.yml")
    write(repo, "snowball.yml", "limits:\n  summary: 600\n")  # fixed in the working copy only
    result = run_cli("--root", str(repo), "validate", "--staged")
    assert result.code == 1
    assert any(line.startswith("snowball.yml:2:") and "error" in line for line in result.out.splitlines()), result.out


def test_staged_hub_wide_change_reads_the_committed_site_url_for_contacts(repo: Path) -> None:
    """Staging redirects.yml checks the whole hub from a copy of the index; that copy lacked mkdocs.yml, so
    every champion's contact was refused ("the hub names no domains that contacts may use")."""
    write(repo, "redirects.yml", "- from: old/porto/\n  to: porto-repair-cafe\n")
    git(repo, "add", "redirects.yml")
    write(repo, PORTO, BROKEN_PORTO)  # an unstaged edit: the working copy is not the commit, so a copy is checked
    result = run_cli("--root", str(repo), "validate", "--staged")
    assert result.code == 0, result.out
    assert "contact" not in result.out


def test_staged_site_url_change_checks_the_contacts_it_now_refuses(repo: Path) -> None:
    """The validator reads site_url (the contacts' domain): staging mkdocs.yml checks the hub against it."""
    write(repo, "mkdocs.yml", MKDOCS_YML.replace("harbourline.example", "elsewhere.example"))
    git(repo, "add", "mkdocs.yml")
    result = run_cli("--root", str(repo), "validate", "--staged")
    assert result.code == 1
    assert "registries/champions.yml:7:12: error [contact]" in result.out


def test_staged_redirect_to_an_unstaged_story_names_the_git_add(repo: Path) -> None:
    """As for a cited story: the hint said only 'use the folder name of a story', though the folder is there."""
    write(repo, "stories/lagos-repair-cafe/index.md", story(PORTO_FRONT.replace("site: porto", "site: lagos")))
    write(repo, "redirects.yml", "- from: old/lagos/\n  to: lagos-repair-cafe\n")
    git(repo, "add", "redirects.yml")
    lines = run_cli("--root", str(repo), "validate", "--staged").out.splitlines()
    assert "redirects.yml:1: error [to] the story 'lagos-repair-cafe' does not exist (redirect)" in lines
    assert (
        "    hint: stories/lagos-repair-cafe/ is in your working copy but not staged, so the commit would not "
        "contain it: git add stories/lagos-repair-cafe" in lines
    )


def test_git_rm_of_a_cited_story_is_refused_naming_the_citing_story(repo: Path) -> None:
    berlin = "stories/berlin-paperless/index.md"
    write(
        repo,
        berlin,
        story(UNTOUCHED_FRONT.replace("date: 2024-03-12", "date: 2024-06-01\ninspired_by: [porto-repair-cafe]")),
    )
    git(repo, "commit", "--quiet", "-am", "Berlin learnt from Porto")
    git(repo, "rm", "--quiet", "-r", "stories/porto-repair-cafe")
    result = run_cli("--root", str(repo), "validate", "--staged")
    assert result.code == 1
    assert (
        f"{berlin}:5:15: error [inspired_by] unknown story 'porto-repair-cafe' in inspired_by (unknown-reference)"
        in result.out.splitlines()
    )
    assert "tag-alias" not in result.out  # the citing story's own, older warning is not this commit's business
    assert (
        "    hint: this commit deletes stories/porto-repair-cafe/, which this story names: keep that story, or "
        "remove 'porto-repair-cafe' from this story" in result.out.splitlines()
    )


def test_git_mv_of_a_cited_story_is_refused_naming_the_citing_story(repo: Path) -> None:
    berlin = "stories/berlin-paperless/index.md"
    body = VALID_BODY + "\nSee [Porto](../porto-repair-cafe/index.md).\n"
    write(repo, berlin, story(UNTOUCHED_FRONT, body))
    git(repo, "commit", "--quiet", "-am", "Berlin links to Porto")
    git(repo, "mv", "stories/porto-repair-cafe", "stories/porto-repair-cafe-2024")
    result = run_cli("--root", str(repo), "validate", "--staged")
    assert result.code == 1
    assert any(
        line.startswith(f"{berlin}:") and "points to a story that does not exist" in line
        for line in result.out.splitlines()
    ), result.out
    assert (
        "    hint: this commit renames stories/porto-repair-cafe/ to stories/porto-repair-cafe-2024/: write "
        "'porto-repair-cafe-2024' here, or keep the old name" in result.out.splitlines()
    )


def test_an_ignored_file_in_the_working_copy_is_not_part_of_the_commit(repo: Path) -> None:
    """A Mac's .DS_Store beside the story, ignored by git: the commit does not hold it, so it is no error."""
    write(repo, ".gitignore", ".DS_Store\n")
    git(repo, "add", ".gitignore")
    git(repo, "commit", "--quiet", "-m", "Ignore Finder files")
    write(repo, "stories/porto-repair-cafe/.DS_Store", "finder")
    write(repo, PORTO, FIXED_PORTO)
    git(repo, "add", PORTO)
    result = run_cli("--root", str(repo), "validate", "--staged")
    assert result.code == 0, result.out
    assert result.out.splitlines() == ["all good: no problems in 1 story"]


def test_a_fully_staged_change_is_checked_in_place(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When the working copy is the index (as pre-commit arranges), no copy of the hub is written."""
    from snowball import gitfiles

    def no_copy(root: Path) -> None:
        raise AssertionError("the index was copied though the working copy holds exactly the same files")

    monkeypatch.setattr(gitfiles, "index_tree", no_copy)
    write(repo, PORTO, BROKEN_PORTO)
    git(repo, "add", PORTO)
    result = run_cli("--root", str(repo), "validate", "--staged")
    assert result.code == 1
    assert f"{PORTO}:5:7: error [site] unknown site 'portoo' (unknown-reference)" in result.out.splitlines()


def test_staged_mode_during_a_merge_conflict_says_what_to_resolve(repo: Path) -> None:
    git(repo, "checkout", "--quiet", "-b", "other")
    write(repo, PORTO, story(PORTO_FRONT, VALID_BODY + "\nOne ending.\n"))
    git(repo, "commit", "--quiet", "-am", "One ending")
    git(repo, "checkout", "--quiet", "champion/porto-update")
    write(repo, PORTO, story(PORTO_FRONT, VALID_BODY + "\nAnother ending.\n"))
    git(repo, "commit", "--quiet", "-am", "Another ending")
    merge = subprocess.run(["git", "merge", "other"], cwd=repo, capture_output=True, env={**os.environ, **GIT_ENV})
    assert merge.returncode != 0  # the conflict
    result = run_cli("--root", str(repo), "validate", "--staged")
    assert result.code == 2
    assert result.err == (
        f"snowball validate: {PORTO} has a merge conflict: resolve it, `git add` it, then run this again\n"
    )
