"""How the snowball command behaves around its work (issue 19): version, shell completion, closed pipes,
failures that are Snowball's and not the user's, progress on a terminal, and the dependencies it pins."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import tomllib
from importlib.metadata import packages_distributions, version
from pathlib import Path

import pytest

from snowball.cli import main
from snowball.progress import Progress

from .conftest import REPO, SNOWBALL, VALID_FRONT, Hub, copy_hub, mkdocs_bin, run_cli
from .import_helpers import source_tree


class Terminal(io.StringIO):
    """A stream that says it is a terminal, to see what a person at one would see."""

    def isatty(self) -> bool:
        return True


def last_line(shown: str) -> str:
    """What a terminal shows after in-place rewrites: the text after the last carriage return, unerased."""
    return shown.rsplit("\r", 1)[-1].replace("\x1b[K", "")


@pytest.fixture
def watched(monkeypatch: pytest.MonkeyPatch) -> None:
    """Not in CI, on a terminal that can erase a line (CI is set in the test job itself)."""
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")


# 1. --version


def test_version_names_snowball_and_its_engine() -> None:
    result = run_cli("--version")
    assert result.code == 0
    first = result.out.splitlines()[0]
    assert first.startswith(f"snowball {version('snowball-hub')} (")
    assert f"MkDocs {version('mkdocs')}" in first and f"Material for MkDocs {version('mkdocs-material')}" in first


# 2. shell completion


@pytest.mark.parametrize("shell", ["bash", "zsh", "tcsh"])
def test_completion_script_for_each_shell(shell: str) -> None:
    result = run_cli("completion", shell)
    assert result.code == 0, result.err
    for command in ("validate", "import", "schema", "completion"):
        assert command in result.out
    if shell == "zsh":
        assert result.out.startswith("#compdef snowball")


def test_bash_completion_script_is_valid_bash_and_completes_commands(tmp_path: Path) -> None:
    if not shutil.which("bash"):
        pytest.skip("bash is not installed")
    script = tmp_path / "snowball.bash"
    script.write_text(run_cli("completion", "bash").out, encoding="utf-8")
    probe = (
        f"source {script}; COMP_WORDS=(snowball val); COMP_CWORD=1; COMP_LINE='snowball val'; COMP_POINT=12; "
        "_shtab_snowball snowball val snowball; printf '%s\\n' \"${COMPREPLY[@]}\""
    )
    proc = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["validate"]


def test_completion_for_an_unknown_shell_is_a_usage_error() -> None:
    result = run_cli("completion", "fish")
    assert result.code == 2
    assert "invalid choice: 'fish'" in result.err


# 3. a reader that stops early (snowball validate | head -1)


def many_problems(hub: Hub, n: int = 400) -> None:
    """A hub whose report is far longer than a pipe holds (64 KiB), so the writer meets the closed end."""
    bad = VALID_FRONT.replace("site: berlin", "site: berln") + "champion: [x]\n"
    for i in range(n):
        hub.story(f"story-{i:03d}", front=bad)


@pytest.mark.parametrize("fmt", ["human", "json"])
def test_closed_pipe_ends_quietly_with_141(hub: Hub, fmt: str) -> None:
    many_problems(hub)
    for _ in range(4):  # it used to fail in 5 runs of 6: every run must be clean
        proc = subprocess.Popen(
            [*SNOWBALL, "--root", str(hub.root), "validate", "--format", fmt],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=REPO,
        )
        assert proc.stdout is not None and proc.stderr is not None
        assert proc.stdout.readline()  # like head -1: one line, then the reader is gone
        proc.stdout.close()
        err = proc.stderr.read().decode()
        code = proc.wait(timeout=120)
        assert "Traceback" not in err and "BrokenPipeError" not in err and "Exception ignored" not in err, err
        assert code == 141  # 128 + SIGPIPE, as a shell reports a command whose reader left


# 4. failures: exit 1 with one plain line and a hint; exit 2 only for misuse


def test_import_bug_exits_1_with_a_hint_and_a_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom in the engine")

    monkeypatch.setattr("snowball.importers.run_import", broken)
    src = source_tree(tmp_path, "hugo")
    into = tmp_path / "hub"
    into.mkdir()
    result = run_cli("import", "hugo", str(src), "--into", str(into))
    assert result.code == 1
    assert "Traceback" not in result.err
    first, hint = result.err.splitlines()
    assert first == (
        "snowball import: Snowball failed unexpectedly (RuntimeError: boom in the engine); "
        "this is a bug in Snowball, not a mistake of yours"
    )
    log = into / ".cache" / "snowball-error.log"
    assert hint == (
        f"  hint: the details are in {log}; please send that file to whoever looks after your hub's Snowball "
        "(the owners in .github/CODEOWNERS), or run 'snowball --debug import ...' to see them here"
    )
    assert "Traceback" in log.read_text(encoding="utf-8") and "boom in the engine" in log.read_text(encoding="utf-8")


def test_debug_shows_the_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom in the engine")

    monkeypatch.setattr("snowball.importers.run_import", broken)
    src = source_tree(tmp_path, "hugo")
    result = run_cli("--debug", "import", "hugo", str(src), "--into", str(tmp_path / "hub"))
    assert result.code == 1
    assert "Traceback (most recent call last)" in result.err and "RuntimeError: boom in the engine" in result.err


def test_every_command_reports_a_bug_as_exit_1(hub: Hub, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("stories")

    monkeypatch.setattr("snowball.cli.load_hub", broken)
    result = run_cli("--root", str(hub.root), "validate")
    assert result.code == 1
    assert result.err.startswith("snowball validate: Snowball failed unexpectedly (KeyError: 'stories'); ")
    assert "Traceback" not in result.err
    assert (hub.root / ".cache" / "snowball-error.log").is_file()


def test_broken_registry_in_the_target_hub_is_a_failure_not_misuse(tmp_path: Path) -> None:
    src = source_tree(tmp_path, "hugo")
    into = copy_hub(tmp_path / "hub", stories=False)
    (into / "registries" / "sites.yml").write_text("- id: [unclosed\n", encoding="utf-8")
    result = run_cli("import", "hugo", str(src), "--into", str(into))
    assert result.code == 1
    assert result.err.startswith("snowball import: registries/sites.yml cannot be read")
    assert "bug" not in result.err and "Traceback" not in result.err


def test_unwritable_output_is_a_failure_with_the_file_named(hub: Hub, tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "report.json"
    result = run_cli("--root", str(hub.root), "validate", "--format", "json", "--output", str(target))
    assert result.code == 1
    assert result.err == f"snowball validate: cannot write {target}: No such file or directory\n"


def test_misuse_still_exits_2(tmp_path: Path) -> None:
    result = run_cli("import", "hugo", str(tmp_path / "nope"), "--into", str(tmp_path / "hub"))
    assert result.code == 2 and "no such file or folder" in result.err


# 5. progress on a terminal, nothing elsewhere


def test_progress_counter_on_a_terminal(watched: None) -> None:
    stream = Terminal()
    progress = Progress.on_terminal(stream)
    progress.phase("Reading 2,083 posts…")
    assert last_line(stream.getvalue()) == "Reading 2,083 posts…"
    for done in range(1, 2084):
        progress.count("Importing posts", done, 2083)
        if done == 1200:
            assert last_line(stream.getvalue()) == "Importing posts: 1,200 of 2,083"
    assert last_line(stream.getvalue()) == "Importing posts: 2,083 of 2,083"
    assert stream.getvalue().count("\r") <= 110  # redrawn about a hundred times, not once per post
    progress.end()
    assert last_line(stream.getvalue()) == ""  # cleared: what follows starts at the margin


@pytest.mark.parametrize("where", ["pipe", "ci", "dumb"])
def test_progress_is_silent_in_pipes_and_ci(where: str, watched: None, monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.StringIO() if where == "pipe" else Terminal()
    if where == "ci":
        monkeypatch.setenv("CI", "true")
    if where == "dumb":
        monkeypatch.setenv("TERM", "dumb")
    progress = Progress.on_terminal(stream)
    progress.phase("Reading 3 stories…")
    progress.count("Writing pages", 3, 3)
    progress.end()
    assert stream.getvalue() == ""


def test_import_counts_posts_on_a_terminal(tmp_path: Path, watched: None, monkeypatch: pytest.MonkeyPatch) -> None:
    src = source_tree(tmp_path, "hugo")
    terminal, out = Terminal(), io.StringIO()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["import", "hugo", str(src), "--into", str(tmp_path / "hub")]) == 0
    shown = terminal.getvalue()
    total = int(re.search(r"imported (\d+) stories", out.getvalue()).group(1))
    assert f"\rImporting posts: {total} of {total}\x1b[K" in shown
    assert last_line(shown) == ""


def test_import_in_a_pipe_prints_no_progress(tmp_path: Path, watched: None) -> None:
    src = source_tree(tmp_path, "hugo")
    result = run_cli("import", "hugo", str(src), "--into", str(tmp_path / "hub"))
    assert result.code == 0 and result.err == ""


def build_on_terminal(hub: Path, site: Path, *flags: str) -> str:
    """What `mkdocs build` shows on a terminal (a pseudo-terminal as its stderr), outside CI."""
    import pty

    env = {k: v for k, v in os.environ.items() if k != "CI"} | {"TERM": "xterm", "SNOWBALL_CACHE": "off"}
    main_fd, child_fd = pty.openpty()
    proc = subprocess.Popen(
        [mkdocs_bin(), "build", *flags, "--site-dir", str(site)],
        cwd=hub,
        stdout=subprocess.DEVNULL,
        stderr=child_fd,
        env=env,
    )
    os.close(child_fd)
    chunks = []
    while True:
        try:
            chunk = os.read(main_fd, 65536)
        except OSError:  # the terminal's other end closed: the build is over
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(main_fd)
    assert proc.wait(timeout=300) == 0
    return b"".join(chunks).decode()


def test_build_reports_phases_on_a_terminal_only(tmp_path: Path) -> None:
    hub = copy_hub(tmp_path / "hub")
    shown = build_on_terminal(hub, tmp_path / "site")
    stories = len(list((hub / "stories").glob("*/index.md")))
    assert f"\rReading {stories} stories…\x1b[K" in shown
    assert "\rPlanning the site…\x1b[K" in shown
    pages = re.findall(r"\rWriting pages: ([\d,]+) of ([\d,]+)\x1b\[K", shown)
    assert pages and pages[-1][0] == pages[-1][1]
    assert "\x1b[KINFO" in shown  # MkDocs' own lines start on a cleared line, never after the counter
    env = {k: v for k, v in os.environ.items() if k != "CI"} | {"TERM": "xterm", "SNOWBALL_CACHE": "off"}
    piped = subprocess.run(
        [mkdocs_bin(), "build", "--site-dir", str(tmp_path / "site2")],
        cwd=hub,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert piped.returncode == 0
    assert "Reading " not in piped.stderr and "\x1b[K" not in piped.stderr


def test_quiet_build_shows_no_progress(tmp_path: Path) -> None:
    hub = copy_hub(tmp_path / "hub")
    assert "Writing pages" not in build_on_terminal(hub, tmp_path / "site", "-q")


# 6. every pinned runtime dependency is used


def test_every_runtime_dependency_is_used() -> None:
    """A pin nobody imports is an install, an audit and an update for nothing (python-frontmatter was one)."""
    deps = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    modules: dict[str, set[str]] = {}
    for module, dists in packages_distributions().items():
        for dist in dists:
            modules.setdefault(re.sub(r"[-_.]+", "-", dist).lower(), set()).add(module)
    code = "\n".join(
        p.read_text(encoding="utf-8") for folder in ("snowball", "hooks") for p in (REPO / folder).rglob("*.py")
    )
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    unused = []
    for dep in deps:
        name = re.sub(r"[-_.]+", "-", re.split(r"[=<>!~\[ ]", dep)[0]).lower()
        names = modules.get(name, set())
        imported = any(re.search(rf"^\s*(from|import) {re.escape(m)}\b", code, re.MULTILINE) for m in names)
        configured = any(re.search(rf"\b{re.escape(m)}\b", config) for m in names)  # a theme or extension
        if not (imported or configured):
            unused.append(name)
    assert unused == []
