"""Shared fixtures: a tiny hub on disk, and a runner for the snowball command."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

from snowball.cli import main

REPO = Path(__file__).resolve().parent.parent
os.environ.setdefault("SNOWBALL_TODAY", "2026-11-27")
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

REGISTRIES = {
    "sites.yml": """\
- id: berlin
  name: Berlin Mitte
  region: Europe
  lead: anna-schmidt
- id: porto
  name: Porto Harbour
  region: Europe
- id: lagos
  name: Lagos Island
  region: Africa
""",
    "practices.yml": """\
- id: paperless-files
  name: Paperless files
  description: Loan files kept in the document system instead of on paper.
- id: repair-cafe
  name: Repair café
  description: A monthly repair café hosted in the branch.
  category: Community
""",
    "champions.yml": """\
- id: anna-schmidt
  name: Anna Schmidt
  site: berlin
- id: ines-carvalho
  name: Inês Carvalho
  site: porto
  contact: ines@harbourline.example
""",
    "tags.yml": """\
- id: paper
  label: Paper
  aliases: [paperless]
- id: community
  label: Community
""",
}

VALID_FRONT = """\
title: "Paperless files in Berlin"
summary: "We moved loan files to the document system."
date: 2024-03-12
site: berlin
champions: [anna-schmidt]
practices: [paperless-files]
tags: [paper]
"""

VALID_BODY = "\n## What we tried\n\nScanning every new file.\n"


@dataclass
class Hub:
    root: Path

    def story(self, slug: str, front: str = VALID_FRONT, body: str = VALID_BODY, *, raw: bytes | None = None) -> Path:
        folder = self.root / "stories" / slug
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "index.md"
        path.write_bytes(raw if raw is not None else f"---\n{front}---\n{body}".encode())
        return path

    def registry(self, name: str, text: str) -> None:
        (self.root / "registries" / name).write_text(text, encoding="utf-8")


@pytest.fixture
def hub(tmp_path: Path) -> Hub:
    (tmp_path / "registries").mkdir()
    (tmp_path / "stories").mkdir()
    h = Hub(tmp_path)
    for name, text in REGISTRIES.items():
        h.registry(name, text)
    # as every hub has: its site_url says the organisation's domain, which champions' contacts must use
    (tmp_path / "mkdocs.yml").write_bytes((REPO / "mkdocs.yml").read_bytes())
    return h


@dataclass
class Result:
    code: int
    out: str
    err: str


def run_cli(*args: str, cwd: Path | None = None) -> Result:
    """Run `snowball ...` in-process (fast) and capture what a user would see."""
    out, err = io.StringIO(), io.StringIO()
    old = Path.cwd()
    try:
        if cwd:
            os.chdir(cwd)
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exc:  # argparse usage errors
                code = int(exc.code or 0)
    finally:
        os.chdir(old)
    return Result(code, out.getvalue(), err.getvalue())


def run_process(*args: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = 120) -> Result:
    """Run a command as a separate process, as CI or a champion would."""
    proc = subprocess.run(
        list(args), cwd=cwd, capture_output=True, text=True, timeout=timeout, env={**os.environ, **(env or {})}
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)


SNOWBALL = [sys.executable, "-m", "snowball.cli"]


def copy_hub(dest: Path, *, stories: bool = True) -> Path:
    """A private copy of the sample hub (config, hooks, theme, registries, stories) to break at will."""
    import shutil

    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "mkdocs.yml", dest / "mkdocs.yml")
    for folder in ("hooks", "theme_overrides", "registries", *(("stories",) if stories else ())):
        shutil.copytree(REPO / folder, dest / folder, ignore=shutil.ignore_patterns("__pycache__"))
    (dest / "stories").mkdir(exist_ok=True)
    return dest


def mkdocs_bin() -> str:
    local = REPO / ".venv" / "bin" / "mkdocs"
    return str(local) if local.exists() else "mkdocs"


def search_files(site: Path) -> tuple[list[list[object]], dict[str, list[int]]]:
    """The built site's sharded search index: (documents, term -> flat [doc, score, ...] postings)."""
    import json

    folder = site / "search"
    docs: list[list[object]] = []
    for chunk in sorted((p for p in (folder / "docs").glob("*.json") if p.stem.isdigit()), key=lambda p: int(p.stem)):
        docs += json.loads(chunk.read_text(encoding="utf-8"))
    terms: dict[str, list[int]] = {}
    for shard in (folder / "terms").glob("*.json"):
        for term, postings in json.loads(shard.read_text(encoding="utf-8")).items():
            flat, doc = [], -1  # each posting: (gap from the last document) * 4 + field code - 1 (search.py)
            for v in postings:
                doc += v >> 2
                flat += [doc, (v & 3) + 1]
            terms[term] = flat
    return docs, terms


def search_locations(site: Path, word: str) -> list[str]:
    """Locations of the documents whose terms start with word, best first (what the worker ranks)."""
    docs, terms = search_files(site)
    scores: dict[int, int] = {}
    for term, flat in terms.items():
        if term.startswith(word):
            for doc, score in zip(flat[::2], flat[1::2], strict=True):
                scores[doc] = max(scores.get(doc, 0), score)
    return [str(docs[d][0]) for d in sorted(scores, key=lambda d: (-scores[d], d))]


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample hub as CI publishes it (`mkdocs build --strict`), built once per test session."""
    out = tmp_path_factory.mktemp("sample-site")
    result = run_process(mkdocs_bin(), "build", "--strict", "--site-dir", str(out), cwd=REPO)
    assert result.code == 0, result.err
    return out
