"""Where an imported story came from, and whether it is still exactly what the import wrote.

Each imported story records, under `source:` in its own front matter (editors see it beside the
story, and `snowball mv` carries it along; no separate ledger to keep in step):

    import_kind:   hugo, jekyll, material-blog or csv
    import_source: a stable id of the source site: a hash of its configured address (baseURL, url,
                   site_url) when it has one, else of the source folder's resolved path
    file, row:     the post's path in the source (and a spreadsheet's row)
    import_hash:   a hash of the file as the import wrote it (this line left out)

A re-import rewrites a story only while its file still has that hash; a story an editor changed is
kept and reported. A post from another source never takes a story's folder: it gets its own.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

HASH_KEY = "import_hash"
_HASH_LINE_RE = re.compile(rf"^  {HASH_KEY}: \"([0-9a-f]*)\"\n", re.M)
_SOURCE_LINE_RE = re.compile(r'^  (import_kind|import_source|file|row): "((?:[^"\\]|\\.)*)"$', re.M)
_ADDRESS_RE = re.compile(r"""^\s*(?:baseURL|baseurl|url|site_url)\s*[:=]\s*["']?([^"'\s#]+)""", re.M | re.I)
_CONFIGS = ("hugo.toml", "hugo.yaml", "hugo.yml", "config.toml", "config.yaml", "config.yml", "_config.yml",
            "mkdocs.yml", "mkdocs.yaml")  # fmt: skip


def source_id(source: Path) -> str:
    """A short id of the source site that stays the same across re-imports (and machines, when the site names
    its address): the address in the nearest site configuration plus the source's path below that
    configuration's folder (two folders under one configuration are two sources), else the resolved path."""
    basis = ""
    folder = source if source.is_dir() else source.parent
    for parent in (folder, *list(folder.parents)[:3]):
        for name in _CONFIGS:
            path = parent / name
            try:
                if path.is_file() and path.stat().st_size < 1_000_000:
                    found = _ADDRESS_RE.findall(path.read_text(encoding="utf-8", errors="replace"))
                    if found:
                        below = source.resolve().relative_to(parent.resolve()).as_posix()
                        basis = " ".join(found[:2]) + " " + below
            except (OSError, ValueError):
                continue
            if basis:
                break
        if basis:
            break
    return hashlib.sha256((basis or str(source.resolve())).encode("utf-8")).hexdigest()[:12]


def content_hash(text: str) -> str:
    """The hash of a story file with its own import_hash line left out."""
    return hashlib.sha256(_HASH_LINE_RE.sub("", text, count=1).encode("utf-8")).hexdigest()[:16]


def with_hash(text: str) -> str:
    """The story text with its import_hash filled in (the line is written empty by story_text)."""
    return _HASH_LINE_RE.sub(f'  {HASH_KEY}: "{content_hash(text)}"\n', text, count=1)


def without_origin(text: str) -> str:
    """The story as an import before origins were recorded wrote it: the import_* lines left out."""
    return re.sub(r'^  import_(?:kind|source|hash): "[^"\n]*"\n', "", text, count=3, flags=re.M)


@dataclass(frozen=True)
class Recorded:
    """What a story in the hub says about its origin."""

    kind: str
    source: str  # '' for stories imported before origins were recorded
    file: str
    row: str
    unchanged: bool  # the file is still exactly what the import wrote


def _front(text: str) -> str:
    if not text.startswith("---\n"):
        return ""
    end = text.find("\n---", 4)
    return text[: end + 1] if end > 0 else ""


def recorded(text: str) -> Recorded | None:
    """The origin a story records, or None when it was not imported."""
    front = _front(text)
    if "\nsource:\n" not in front:
        return None
    block = front.split("\nsource:\n", 1)[1]
    values: dict[str, str] = {}
    for m in _SOURCE_LINE_RE.finditer(block):
        values.setdefault(m.group(1), m.group(2).replace('\\"', '"').replace("\\\\", "\\"))
    if "file" not in values:
        return None
    m = _HASH_LINE_RE.search(block)
    unchanged = bool(m) and m.group(1) == content_hash(text)
    return Recorded(values.get("import_kind", ""), values.get("import_source", ""), values["file"],
                    values.get("row", ""), unchanged)  # fmt: skip


def read_hub(into: Path) -> dict[str, Recorded]:
    """slug -> the origin its story records, for every imported story in the hub."""
    out: dict[str, Recorded] = {}
    stories = into / "stories"
    if not stories.is_dir():
        return out
    for index in sorted(stories.glob("*/index.md")):
        try:
            found = recorded(index.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            continue
        if found is not None:
            out[index.parent.name] = found
    return out
