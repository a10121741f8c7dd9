"""The snowball command as champions and CI meet it: formats, exit codes, help, scaffolding."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .conftest import REPO, VALID_FRONT, Hub, run_cli, run_process


def broken(hub: Hub) -> None:
    hub.story("good")
    hub.story("bad", front=VALID_FRONT.replace("site: berlin", "site: berln") + "champion: [x]\n")


def test_human_format(hub: Hub) -> None:
    broken(hub)
    result = run_cli("--root", str(hub.root), "validate")
    assert result.code == 1
    lines = result.out.splitlines()
    assert "stories/bad/index.md:5:7: error [site] unknown site 'berln' (unknown-reference)" in lines
    assert "    hint: did you mean 'berlin'?" in lines
    assert "stories/bad/index.md:9:1: error [champion] unknown field 'champion' (unknown-field)" in lines
    assert lines[-1] == "2 errors, 0 warnings in 2 stories"
    assert "\033[" not in result.out  # not a terminal: no colour


def test_colour_only_when_asked_or_on_a_terminal(hub: Hub) -> None:
    broken(hub)
    assert "\033[31merror" in run_cli("--root", str(hub.root), "validate", "--colour", "always").out


def test_github_format(hub: Hub) -> None:
    broken(hub)
    result = run_cli("--root", str(hub.root), "validate", "--format", "github")
    assert result.code == 1
    assert (
        "::error file=stories/bad/index.md,line=5,col=7,title=unknown-reference (site)::unknown site 'berln'"
        "%0Ahint: did you mean 'berlin'?"
    ) in result.out.splitlines()


def test_json_format(hub: Hub) -> None:
    broken(hub)
    data = json.loads(run_cli("--root", str(hub.root), "validate", "--format", "json").out)
    assert (data["errors"], data["warnings"], data["checked"]) == (2, 0, 2)
    first = data["diagnostics"][0]
    assert set(first) == {"path", "line", "col", "severity", "code", "message", "field", "hint"}


def test_gitlab_format(hub: Hub) -> None:
    broken(hub)
    report = json.loads(run_cli("--root", str(hub.root), "validate", "--format", "gitlab").out)
    assert {r["check_name"] for r in report} == {"unknown-reference", "unknown-field"}
    site = next(r for r in report if r["check_name"] == "unknown-reference")
    assert site["location"] == {"path": "stories/bad/index.md", "lines": {"begin": 5}}
    assert site["severity"] == "major" and len(site["fingerprint"]) == 64


def test_output_file_with_summary(hub: Hub, tmp_path: Path) -> None:
    broken(hub)
    target = tmp_path / "report.json"
    result = run_cli("--root", str(hub.root), "validate", "--format", "gitlab", "--output", str(target))
    assert result.code == 1
    assert len(json.loads(target.read_text())) == 2
    assert "2 errors, 0 warnings" in result.out


def test_paths_limit_the_report(hub: Hub) -> None:
    broken(hub)
    result = run_cli("--root", str(hub.root), "validate", str(hub.root / "stories" / "good"))
    assert result.code == 0
    assert result.out.strip() == "all good: no problems in 1 story"


def test_exit_code_2_for_usage_problems(hub: Hub, tmp_path_factory) -> None:
    assert run_cli("--root", str(hub.root), "validate", "--format", "xml").code == 2
    missing = run_cli("--root", str(hub.root), "validate", "stories/nope")
    assert missing.code == 2
    assert missing.err == "snowball validate: no such file or folder: stories/nope\n"
    nowhere = run_cli("validate", cwd=tmp_path_factory.mktemp("empty"))
    assert nowhere.code == 2
    assert "no hub found" in nowhere.err


def test_help_explains_exit_codes() -> None:
    result = run_process(sys.executable, "-m", "snowball.cli", "validate", "--help", cwd=REPO)
    assert result.code == 0
    assert "Exit codes: 0 no errors, 1 errors (or warnings with --strict), 2 usage problem." in result.out
    assert "--changed-since REF" in result.out


def test_no_traceback_on_garbage(hub: Hub) -> None:
    hub.story("garbage", raw=bytes(range(256)) * 100)
    result = run_process(sys.executable, "-m", "snowball.cli", "--root", str(hub.root), "validate", cwd=hub.root)
    assert result.code == 1
    assert "Traceback" not in result.out + result.err
    assert "stories/garbage/index.md: error not-text" not in result.out  # formatted with its message instead
    assert "the file is not text (it contains NUL bytes)" in result.out


def test_sample_hub_is_clean() -> None:
    result = run_cli("--root", str(REPO), "validate", "--strict")
    assert result.code == 0, result.out
    assert result.out.startswith("all good: no problems in ")


def test_new_story_from_flags_is_valid(hub: Hub) -> None:
    result = run_cli(
        "--root",
        str(hub.root),
        "new",
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
        "--tags",
        "community",
        "--date",
        "2025-02-03",
        "--tried",
        "A repair café in the branch hall.",
        "--no-input",
    )
    assert result.code == 0, result.out + result.err
    assert "created stories/repair-cafe-at-porto/index.md" in result.out
    assert "all good: no problems in 1 story" in result.out
    text = (hub.root / "stories" / "repair-cafe-at-porto" / "index.md").read_text()
    assert text.startswith('---\ntitle: "Repair café at Porto"\n')
    assert run_cli("--root", str(hub.root), "validate").code == 0


def test_new_story_quotes_what_yaml_would_coerce(hub: Hub) -> None:
    result = run_cli(
        "--root",
        str(hub.root),
        "new",
        "--title",
        "no",
        "--summary",
        "1.10",
        "--site",
        "porto",
        "--champions",
        "ines-carvalho",
        "--practices",
        "repair-cafe",
        "--slug",
        "odd",
        "--happened",
        "Forty repairs a month.",
        "--no-input",
    )
    assert result.code == 0, result.out
    assert 'title: "no"' in (hub.root / "stories" / "odd" / "index.md").read_text()


def test_new_story_reports_bad_ids_and_missing_flags(hub: Hub) -> None:
    result = run_cli(
        "--root",
        str(hub.root),
        "new",
        "--title",
        "X",
        "--summary",
        "Y",
        "--site",
        "berln",
        "--champions",
        "anna-schmidt",
        "--practices",
        "repair-cafe",
        "--no-input",
    )
    assert result.code == 1
    assert "unknown site 'berln'" in result.out and "did you mean 'berlin'?" in result.out
    missing = run_cli("--root", str(hub.root), "new", "--title", "X", "--no-input")
    assert missing.code == 2
    assert "missing --summary, --site, --champions, --practices" in missing.err


def test_new_story_prompts_offer_registry_values(hub: Hub, monkeypatch) -> None:
    import argparse

    from snowball.scaffold import scaffold

    answers = iter(
        [
            "Paperless in Lagos",
            "We went paperless.",
            "9",
            "lagos",
            "1",
            "x, 1",
            "1",
            "",
            "Scanned it all.",
            "",
            "",
            "",
            "",
        ]
    )
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    shown: list[str] = []
    monkeypatch.setattr("builtins.print", lambda *a, **k: shown.append(" ".join(map(str, a))))

    def read(prompt: str) -> str:
        shown.append(prompt)
        return next(answers)

    args = argparse.Namespace(
        title=None,
        summary=None,
        site=None,
        champions=None,
        practices=None,
        tags=None,
        stage=None,
        date="2025-01-01",
        slug=None,
        draft=False,
        no_input=False,
        tried=None,
        happened=None,
        advice=None,
    )
    assert scaffold(hub.root, args, read=read) == 0
    text = "\n".join(shown)
    assert "lagos" in text and "Lagos Island" in text  # the sites were offered
    assert "unknown: 'x'" in text
    story = (hub.root / "stories" / "paperless-in-lagos" / "index.md").read_text()
    assert "site: lagos" in story and "champions: [anna-schmidt]" in story
    assert "idea                         your site plans to try it, or proposes a new practice" in text
    assert "stage: adopted" in story  # Enter at the stage question: the default


def test_staged_mode_outside_a_git_repository_says_so_in_one_line(hub: Hub, monkeypatch) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(hub.root.parent))  # no repository above the hub either
    result = run_cli("--root", str(hub.root), "validate", "--staged")
    assert result.code == 2
    assert result.err.startswith("snowball validate: --staged needs a git repository: fatal: not a git repository")
    assert len(result.err.splitlines()) == 1 and "usage: git diff" not in result.err
