"""Shared helpers for the importer tests: fixture trees copied to a temp folder, with real images."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

from PIL import Image

from snowball.hub import load_hub

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "import"
TEMPLATE_RE = re.compile(r"\{\{[<%]|\{%|\{\{.*?\}\}")


def source_tree(tmp_path: Path, name: str) -> Path:
    """A private copy of one fixture source, with the images its posts use."""
    dest = tmp_path / "src" / name
    shutil.copytree(FIXTURES / name, dest)
    if name == "hugo":
        Image.new("RGB", (40, 30), "red").save(dest / "content/posts/bundle-post/chart.png")
        Image.new("RGB", (40, 30), "blue").save(dest / "content/posts/bundle-post/cover.png")
    if name == "jekyll":
        (dest / "assets").mkdir(exist_ok=True)  # git keeps no empty folders: a fresh clone has none
        Image.new("RGB", (40, 30), "green").save(dest / "assets/photo.png")
    return dest


def errors(root: Path) -> list[str]:
    hub = load_hub(root)
    return [f"{d.path}:{d.line} {d.message}" for d in hub.diagnostics if d.severity == "error"]


def report(root: Path) -> dict:
    return json.loads((root / "import-report.json").read_text(encoding="utf-8"))


def snapshot(root: Path) -> dict[str, str]:
    """Every file of a hub and its hash, to prove a second import changes nothing."""
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def outside_code(markdown: str) -> str:
    """The text of a story body with fenced blocks and code spans blanked."""
    from snowball.importers.shortcodes import split_code

    return "".join("" if is_code else part for is_code, part in split_code(markdown))


def story(root: Path, slug: str) -> str:
    return (root / "stories" / slug / "index.md").read_text(encoding="utf-8")
