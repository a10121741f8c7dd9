"""The champion's workflow files: CI for GitHub and GitLab, pre-commit, code owners, line endings.

Workflows are linted offline with actionlint (and shellcheck for their scripts), both installed from PyPI by
the `test` extra. The other checks pin what reviewers rely on: CI calls the same make targets as a
developer and the test suite, pull-request jobs get no write access and no secrets, actions are pinned.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from snowball.cli import build_parser

from .conftest import REPO, Hub, run_cli

WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))
PULL_REQUEST = REPO / ".github" / "workflows" / "pull-request.yml"
PUBLISH = REPO / ".github" / "workflows" / "publish.yml"
GITLAB = REPO / "ci-examples" / "gitlab-ci.yml"
TOOLS = Path(sys.executable).parent


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def triggers(workflow: dict) -> dict:
    return workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true


def steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", ())]


def run_lines(workflow: dict) -> list[str]:
    return [line.strip() for step in steps(workflow) for line in step.get("run", "").splitlines() if line.strip()]


def gitlab_lines() -> list[str]:
    return [line for job in load(GITLAB).values() if isinstance(job, dict) for line in job.get("script", ())]


def make_targets() -> set[str]:
    text = (REPO / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([A-Za-z][\w-]*):", text, re.MULTILINE))


def make_recipe(target: str) -> list[str]:
    lines = (REPO / "Makefile").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{target}:"))
    recipe = []
    for line in lines[start + 1 :]:
        if not line.startswith("\t"):
            break
        recipe.append(line.strip())
    return recipe


def subcommands() -> set[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")  # argparse keeps subcommands here
    return set(sub.choices)


# ---- linting ------------------------------------------------------------------------------------------------


def tool(name: str) -> Path:
    path = TOOLS / name
    if not path.exists():
        pytest.fail(
            f"{name} is not installed in {TOOLS}: install the test tools with `make install` (pip install -e '.[test]')"
        )
    return path


def actionlint(*files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            str(tool("actionlint")),
            "-no-color",
            "-oneline",
            "-shellcheck",
            str(tool("shellcheck")),
            "-pyflakes=",
            *map(str, files),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_workflows_pass_actionlint() -> None:
    assert [p.name for p in WORKFLOWS] == ["engines.yml", "publish.yml", "pull-request.yml"]
    result = actionlint(*WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_would_catch_an_injection(tmp_path: Path) -> None:
    """The linter really looks at scripts: an untrusted title pasted into a shell is an error."""
    bad = tmp_path / "bad.yml"
    bad.write_text(
        "on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n"
        "      - run: echo ${{ github.event.pull_request.title }} $UNQUOTED\n"
    )
    result = actionlint(bad)
    assert result.returncode == 1
    assert '"github.event.pull_request.title" is potentially untrusted' in result.stdout
    assert "SC2086" in result.stdout  # shellcheck ran too


@pytest.mark.parametrize(
    "path",
    [GITLAB, REPO / ".pre-commit-hooks.yaml", REPO / ".pre-commit-config.yaml", REPO / ".github" / "dependabot.yml"],
    ids=lambda p: p.name,
)
def test_other_ci_files_are_yaml(path: Path) -> None:
    assert load(path)


# ---- the same commands everywhere ---------------------------------------------------------------------------


def test_workflows_call_make_targets_and_snowball_commands_that_exist() -> None:
    lines = [line for wf in WORKFLOWS for line in run_lines(load(wf))] + gitlab_lines()
    targets, commands = make_targets(), subcommands()
    for line in lines:
        for target in re.findall(r"\bmake ([\w-]+)", line):
            assert target in targets, f"`{line}` calls a make target the Makefile lacks"
        for command in re.findall(r"\bsnowball ([\w-]+)", line):
            assert command in commands, f"`{line}` calls a snowball command that does not exist"
        assert not re.search(r"\b(mkdocs|pytest|pip)\b", line), f"`{line}`: call the make target instead"


def test_pull_requests_run_what_the_tests_and_developers_run() -> None:
    lines = run_lines(load(PULL_REQUEST))
    assert 'make validate ARGS="--changed-since origin/$BASE_REF --format github"' in lines
    assert '.venv/bin/snowball summary --changed-since "origin/$BASE_REF" >> "$GITHUB_STEP_SUMMARY"' in lines
    assert "make build" in lines and "make test" in lines
    assert make_recipe("build")[-1] == "$(BIN)/mkdocs build --strict"
    assert make_recipe("test")[-1] == "$(BIN)/python -m pytest $(PYTEST_ARGS)"
    assert make_recipe("validate")[-1] == "$(BIN)/snowball validate $(ARGS)"
    ci_run = (REPO / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci_run[-1] == "make test"  # the project's CI entry point runs the same suite


def test_pull_requests_upload_the_built_site_for_preview() -> None:
    build = load(PULL_REQUEST)["jobs"]["build"]["steps"]
    upload = next(s for s in build if s.get("uses", "").startswith("actions/upload-artifact@"))
    assert upload["with"]["path"] == "site/"
    assert [s.get("run") for s in build].index("make build") < build.index(upload)


PAGES_OPT_IN = "${{ vars.SNOWBALL_PAGES == 'private' || vars.SNOWBALL_PAGES == 'public' }}"


def test_main_builds_an_artifact_and_publishes_nowhere_unless_told() -> None:
    """Private by default (issue 9 #12): Pages only when a variable says private or public; the own server
    only when a variable names it; otherwise the site stays an artifact of the repository."""
    workflow = load(PUBLISH)
    assert triggers(workflow)["push"] == {"branches": ["main"]}
    lines = run_lines(workflow)
    assert "make build" in lines and 'make validate ARGS="--format github"' in lines
    build = workflow["jobs"]["build"]["steps"]
    artifact = next(s for s in build if s.get("uses", "").startswith("actions/upload-artifact@"))
    assert artifact["with"]["path"] == "site/" and "if" not in artifact
    pages = next(s for s in build if s.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert pages["if"] == PAGES_OPT_IN and pages["with"]["path"] == "site/"
    assert workflow["jobs"]["deploy"]["if"] == PAGES_OPT_IN
    server = next(s for s in build if "rsync" in s.get("run", ""))
    assert server["if"] == "${{ vars.DEPLOY_TARGET != '' }}"
    assert "rsync -rlt --delete --checksum" in server["run"]
    text = PUBLISH.read_text(encoding="utf-8")
    assert "anyone on the internet can read it" in text


# ---- trust: permissions, secrets, pinning -------------------------------------------------------------------


def test_pull_request_jobs_can_only_read_and_get_no_secrets() -> None:
    workflow = load(PULL_REQUEST)
    assert set(triggers(workflow)) == {"pull_request"}
    assert workflow["permissions"] == {"contents": "read"}
    assert all("permissions" not in job for job in workflow["jobs"].values())
    assert not re.search(r"\bsecrets\.\w", PULL_REQUEST.read_text(encoding="utf-8"))
    for wf in WORKFLOWS:  # these would run a fork's code with the base repository's token and secrets
        assert not {"pull_request_target", "workflow_run"} & set(triggers(load(wf))), wf.name


def test_only_the_pages_deploy_job_may_write() -> None:
    workflow = load(PUBLISH)
    assert workflow["permissions"] == {"contents": "read"}
    granted = {name: job["permissions"] for name, job in workflow["jobs"].items() if "permissions" in job}
    assert granted == {"deploy": {"pages": "write", "id-token": "write"}}


def test_actions_are_pinned_to_commits_and_checkouts_keep_no_token() -> None:
    for wf in WORKFLOWS:
        for line in wf.read_text(encoding="utf-8").splitlines():
            if line.split("#", 1)[0].strip().startswith(("uses:", "- uses:")):
                assert re.search(r"uses: [\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$", line), line
        for step in steps(load(wf)):
            if step.get("uses", "").startswith("actions/checkout@"):
                assert step["with"]["persist-credentials"] is False
    stories = load(PULL_REQUEST)["jobs"]["stories"]["steps"]
    assert stories[0]["with"]["fetch-depth"] == 0  # --changed-since needs the base branch's history


# The first release of each action that runs on Node 24 (runners flag Node 20 actions as deprecated). For
# upload-pages-artifact, a composite action, the first whose own upload-artifact runs on Node 24.
NODE24 = {
    "actions/checkout": 5,
    "actions/setup-python": 6,
    "actions/upload-artifact": 6,
    "actions/upload-pages-artifact": 5,
    "actions/deploy-pages": 5,
}


def test_actions_are_releases_that_run_on_node_24() -> None:
    used = set()
    for wf in WORKFLOWS:
        for action, major in re.findall(r"uses: ([\w.-]+/[\w./-]+)@[0-9a-f]{40} # v(\d+)\.", wf.read_text("utf-8")):
            assert action in NODE24, f"{wf.name}: {action} is new here: add its first Node 24 release to NODE24"
            assert int(major) >= NODE24[action], f"{wf.name}: {action} v{major} runs on Node 20"
            used.add(action)
    assert used == set(NODE24)


def test_dependabot_updates_actions_python_and_the_browser_tests() -> None:
    updates = {(u["package-ecosystem"], u["directory"]) for u in load(REPO / ".github" / "dependabot.yml")["updates"]}
    assert updates == {("github-actions", "/"), ("pip", "/"), ("npm", "/tests/browser")}
    assert (REPO / "pyproject.toml").is_file() and (REPO / "tests" / "browser" / "package-lock.json").is_file()


# ---- GitLab ---------------------------------------------------------------------------------------------------


def test_gitlab_reports_code_quality_from_the_validator() -> None:
    stories = load(GITLAB)["stories"]
    assert stories["artifacts"]["reports"] == {"codequality": "gl-code-quality-report.json"}
    assert stories["artifacts"]["when"] == "always"
    assert stories["variables"]["GIT_DEPTH"] == "0"
    assert any("--format gitlab --output gl-code-quality-report.json" in line for line in stories["script"])
    assert load(GITLAB)["pages"]["artifacts"]["paths"] == ["public"]
    # The merge request widget compares with the target branch's report: the default branch writes one too.
    pages = load(GITLAB)["pages"]
    assert pages["artifacts"]["reports"] == {"codequality": "gl-code-quality-report.json"}
    assert any("--format gitlab --output gl-code-quality-report.json" in line for line in pages["script"])


# ---- pre-commit -----------------------------------------------------------------------------------------------


# The files whose staging runs `snowball validate --staged`: everything the validator reads.
HOOK_FILES = r"^(stories/|registries/|snowball\.yml$|redirects\.yml$)"


def test_pre_commit_hook_for_other_repositories() -> None:
    (hook,) = load(REPO / ".pre-commit-hooks.yaml")
    assert {k: hook[k] for k in ("id", "language", "entry", "files", "pass_filenames", "always_run")} == {
        "id": "snowball-validate",
        "language": "python",
        "entry": "snowball validate --staged",
        "files": HOOK_FILES,
        "pass_filenames": False,
        "always_run": True,  # pre-commit leaves deleted files out of its file list: a `git rm` alone must run it
    }
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert "snowball" in scripts  # the entry exists once pre-commit installs this package
    files = re.compile(hook["files"])
    assert files.search("stories/porto/index.md") and files.search("registries/sites.yml")
    assert files.search("snowball.yml") and files.search("redirects.yml")  # read by every story's check
    assert not files.search("docs/snowball.yml") and not files.search("snowball.yml.bak")
    assert not files.search("hooks/snowball_site.py") and not files.search("docs/stories/x.md")


def test_pre_commit_config_for_this_repository() -> None:
    (local,) = load(REPO / ".pre-commit-config.yaml")["repos"]
    assert local["repo"] == "local"
    hooks = {h["id"]: h for h in local["hooks"]}
    assert hooks["snowball-validate"]["entry"] == ".venv/bin/snowball validate --staged"
    assert hooks["snowball-validate"]["pass_filenames"] is False
    assert hooks["snowball-validate"]["files"] == HOOK_FILES
    assert hooks["snowball-validate"]["always_run"] is True
    assert hooks["ruff"]["entry"].startswith(".venv/bin/ruff check")


def test_validate_limits_its_report_to_the_files_pre_commit_passes(hub: Hub) -> None:
    """pre-commit passes staged files, images and registries included; only their stories are reported."""
    hub.story("staged")
    hub.story("other", front="title: broken\n")
    (hub.root / "stories" / "staged" / "notes.txt").write_text("x")
    result = run_cli(
        "validate", "stories/staged/index.md", "stories/staged/notes.txt", "registries/tags.yml", cwd=hub.root
    )
    assert result.code == 0
    assert result.out.splitlines() == [
        "stories/staged/index.md: warning stories/staged/notes.txt is not used by the story and will not be "
        "published (unused-file)",
        "    hint: reference it with image:, ![alt](file) for a picture or [text](file) for a document, or remove it",
        "0 errors, 1 warning in 1 story",
    ]


# ---- review rules and line endings --------------------------------------------------------------------------


def owners(path: str) -> list[str]:
    """The owners GitHub asks for a path: the last matching CODEOWNERS line wins."""
    found: list[str] = []
    for line in (REPO / ".github" / "CODEOWNERS").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        pattern, *who = line.split()
        if pattern == "*":
            found = who
            continue
        assert pattern.startswith("/"), f"anchor {pattern} at the repository root"
        if path == pattern[1:] or (pattern.endswith("/") and path.startswith(pattern[1:])):
            found = who
    return found


@pytest.mark.parametrize(
    "path",
    [
        "mkdocs.yml",
        "pyproject.toml",
        "Makefile",
        ".ci/run",
        ".github/workflows/pull-request.yml",
        ".github/CODEOWNERS",
        "hooks/snowball_site.py",
        "theme_overrides/main.html",
        "snowball/cli.py",
        "scripts/bench_validate.py",
        "tests/test_cli.py",
        "schema/story.schema.json",
        "schema/story.draft-07.schema.json",
        ".vscode/tasks.json",
        "setup.py",  # a new root file nobody listed: make install would run it
        "docs/anything.md",
        "README.md",
    ],
)
def test_code_and_configuration_need_a_maintainer(path: str) -> None:
    assert owners(path) == ["@harbourline/snowball-maintainers"]


def test_codeowners_starts_with_a_marked_default_owner() -> None:
    text = (REPO / ".github" / "CODEOWNERS").read_text(encoding="utf-8")
    rules = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    assert rules[0].split() == ["*", "@harbourline/snowball-maintainers"]
    assert "PLACEHOLDER" in text[: text.index("\n*")]
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert ".github/CODEOWNERS" in readme and "@harbourline/snowball-maintainers" in readme


def test_registries_need_an_editor_and_stories_anyone() -> None:
    assert owners("registries/sites.yml") == ["@harbourline/snowball-editors"]
    assert owners("stories/porto-paperless-loan-files/index.md") == []


def test_line_endings_and_binary_images() -> None:
    def attrs(path: str) -> dict[str, str]:
        out = subprocess.run(
            ["git", "check-attr", "text", "eol", "diff", "--", path],
            cwd=REPO,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        return {line.split(": ")[1]: line.split(": ")[2] for line in out.splitlines()}

    assert attrs("stories/any/index.md") == {"text": "auto", "eol": "lf", "diff": "unspecified"}
    assert attrs("registries/sites.yml")["eol"] == "lf"
    for image in ("hero.jpg", "hero.jpeg", "hero.png", "hero.webp", "hero.gif"):
        assert attrs(f"stories/any/{image}") == {"text": "unset", "eol": "lf", "diff": "unset"}, image


def test_pull_request_template_is_a_checklist() -> None:
    text = (REPO / ".github" / "pull_request_template.md").read_text(encoding="utf-8")
    assert text.count("- [ ]") >= 6
    assert "snowball validate stories/<slug>" in text


def test_pull_request_template_says_what_happens_next() -> None:
    """Outside any comment, so it stays in the pull request: the checks by name, forks, a failed check, review."""
    text = (REPO / ".github" / "pull_request_template.md").read_text(encoding="utf-8")
    shown = re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL)
    after = shown.split("## What happens next", 1)[1]
    jobs = [job["name"] for job in load(PULL_REQUEST)["jobs"].values()]
    assert all(f"**{name}**" in after.replace("\n   ", " ") for name in jobs), jobs
    for words in ("fork", "Approve and run", "If a check fails", "Files changed", "reviewer", "comment"):
        assert words in after, words


# ---- every tool a job uses is installed in that job --------------------------------------------------------------

# What a job has before its first step. Coreutils and the shell are everywhere; the rest is per image.
EVERYWHERE = {
    "[", "test", "true", "false", "echo", "printf", "export", "cd", "set", "if", "then", "else", "elif", "fi",
    "case", "esac", "for", "do", "done", "while", "install", "chmod", "rm", "mv", "cp", "mkdir", "cat", "touch",
    "bash", "sh",
}  # fmt: skip
IMAGES = {
    # GitHub's hosted Ubuntu runner (no container): https://github.com/actions/runner-images
    "ubuntu-24.04": {"git", "make", "rsync", "ssh", "curl", "apt-get", "python3"},
    # Docker's python image (Debian bookworm, buildpack-deps): git and make, no Node.js, no browser.
    "python:3.11-bookworm": {"git", "make", "curl", "apt-get", "python3", "python", "pip"},
}
# What each make target needs from the machine. `make test` installs axe-core with npm (the $(AXE) rule) and
# the browser tests drive Debian's chromium (tests/browser/conftest.py); the others need only Python.
MAKE_NEEDS = {
    "test": {"python3", "npm", "chromium"},
    "axe": {"npm"},
    "install": {"python3"},
    "runtime": {"python3"},
    "validate": {"python3"},
    "build": {"python3", "git"},
    "lint": {"python3"},
}
VENV_TOOLS = {".venv/bin/snowball", ".venv/bin/mkdocs"}
DEBIAN_COMMANDS = {"chromium": "chromium", "npm": "npm", "nodejs": "node", "git": "git", "rsync": "rsync"}
_SPLIT = re.compile(r"&&|\|\||[;|{}()]|\bthen\b|\belse\b|\bdo\b")
_SUBSTITUTION = re.compile(r"\$\(([^()]*)\)")
_QUOTED = re.compile(r'"(?:\\.|[^"\\])*"|\'[^\']*\'')


def commands(script: str) -> set[str]:
    """The programs a shell script runs: the first word of each simple command (assignments skipped), with
    command substitutions read as commands and quoted text (echo's words) left out."""
    found = set()
    lines = script.splitlines()
    lines += [inner for line in lines for inner in _SUBSTITUTION.findall(line)]
    for line in lines:
        line = _QUOTED.sub('""', _SUBSTITUTION.sub('""', line)).split(" #", 1)[0].strip()
        line = re.sub(r"^[\w*|-]+\)\s*", "", line)  # a case arm's pattern, such as `private)`
        if not line or line.startswith("#"):
            continue
        for part in _SPLIT.split(line):
            words = [w for w in part.split() if not re.match(r"^[A-Za-z_][A-Za-z0-9_]*=", w)]
            if words and not words[0].startswith(("'", '"', ">", "<", "2>", "-", "$", "~", "*", "%")):
                found.add(words[0])
    return found


def provided(step_script: str, uses: str) -> set[str]:
    """What a step installs for the steps after it."""
    out = set()
    if uses.startswith("actions/setup-python@"):
        out |= {"python3", "python", "pip"}
    for match in re.finditer(r"apt-get install ([^\n>]*)", step_script):
        out |= {DEBIAN_COMMANDS[p] for p in match.group(1).split() if p in DEBIAN_COMMANDS}
    for target in re.findall(r"\bmake ([\w-]+)", step_script):
        if target in {"runtime", "install", "validate", "build", "serve", "schema", "test", "lint"}:
            out |= VENV_TOOLS
    return out


def missing_tools(jobs: list[tuple[str, str, list[tuple[str, str]]]]) -> list[str]:
    """(job, image, [(step script, uses)]) -> every tool a step uses that its job has not installed by then."""
    problems = []
    for job, image, job_steps in jobs:
        have = EVERYWHERE | IMAGES[image]
        for script, uses in job_steps:
            need = commands(script) | {t for m in re.findall(r"\bmake ([\w-]+)", script) for t in MAKE_NEEDS.get(m, ())}
            need -= {"make"} if "make" in have else set()
            for tool in sorted(need - have):
                problems.append(f"{job}: `{tool}` is used but not installed in this job ({script.strip()[:60]!r})")
            have |= provided(script, uses)
    return problems


def github_jobs(workflow: dict) -> list[tuple[str, str, list[tuple[str, str]]]]:
    out = []
    for name, job in workflow["jobs"].items():
        container = job.get("container")
        image = container["image"] if isinstance(container, dict) else container or job["runs-on"]
        out.append((name, image, [(s.get("run", ""), s.get("uses", "")) for s in job.get("steps", ())]))
    return out


def gitlab_jobs() -> list[tuple[str, str, list[tuple[str, str]]]]:
    pipeline = load(GITLAB)
    image = pipeline["default"]["image"]
    return [
        (name, job.get("image", image), [(line, "") for line in job["script"]])
        for name, job in pipeline.items()
        if isinstance(job, dict) and "script" in job
    ]


def test_every_tool_a_job_uses_is_installed_in_that_job() -> None:
    jobs = [j for wf in WORKFLOWS for j in github_jobs(load(wf))] + gitlab_jobs()
    assert {name for name, _, _ in jobs} >= {"stories", "build", "test", "deploy", "site", "pages"}
    assert missing_tools(jobs) == []


def test_the_tool_check_catches_a_test_job_without_npm() -> None:
    """The failure issue 13 found on GitHub: Chromium installed, npm not, so axe-core could not be installed."""
    workflow = load(PULL_REQUEST)
    for step in workflow["jobs"]["test"]["steps"]:
        if "apt-get install" in step.get("run", ""):
            step["run"] = step["run"].replace(" npm", "")
    assert missing_tools(github_jobs(workflow)) == ["test: `npm` is used but not installed in this job ('make test')"]
    assert make_recipe("test")[-1] == "$(BIN)/python -m pytest $(PYTHON_ARGS)".replace("PYTHON", "PYTEST")
    assert "npm ci" in (REPO / "Makefile").read_text(encoding="utf-8")  # what MAKE_NEEDS["test"] stands for


def test_the_story_check_installs_the_runtime_only() -> None:
    assert make_recipe("validate") == ["$(BIN)/snowball validate $(ARGS)"]
    text = (REPO / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^validate: runtime\b", text, re.M) and re.search(r"^build: runtime\b", text, re.M)
    assert re.search(r"^test: install\b", text, re.M)
    runtime = text[text.index("$(RUNTIME): pyproject.toml") : text.index("$(STAMP): $(RUNTIME)")]
    assert "pip install --quiet -e .\n" in runtime and "[test]" not in runtime
    for name, job in load(PULL_REQUEST)["jobs"].items():
        if name != "test":
            assert not any("make test" in s.get("run", "") or "make install" in s.get("run", "") for s in job["steps"])
