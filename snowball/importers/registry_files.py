"""Extend a hub's registries and settings in place, without rewriting what editors wrote.

New entries are appended at the end of each registry file, each marked '# imported: review'
on its id line so an editor can find and check them. Existing entries are never changed.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

from ..contract import REGISTRY_FILES

MARK = "# imported: review"
_FIELD_ORDER = {
    "sites": ("id", "name", "region"),
    "practices": ("id", "name", "description", "category"),
    "champions": ("id", "name", "site", "contact"),
    "tags": ("id", "label", "description"),
}


class RegistryError(Exception):
    """A registry of the target hub cannot be read, so it cannot be extended safely."""


_YAML_WORDS = {"yes", "no", "on", "off", "true", "false", "null", "y", "n"}


def ident(text: str) -> str:
    """An id as YAML will read it as text: plain when it starts with a letter, quoted otherwise (2, 1e3, no)."""
    return text if text[:1].isalpha() and text.lower() not in _YAML_WORDS else q(text)


def q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's quoting is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def read_existing(root: Path) -> dict[str, dict[str, dict[str, Any]]]:
    """registry -> id -> entry, for the hub's current registries (empty when a file is missing)."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for name, rel in REGISTRY_FILES.items():
        path = root / rel
        entries: dict[str, dict[str, Any]] = {}
        if path.is_file():
            try:
                data = yaml.safe_load(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
                raise RegistryError(f"{rel} cannot be read ({exc}); fix it, then import again") from None
            if data is not None and not isinstance(data, list):
                raise RegistryError(f"{rel} is not a list of entries; fix it, then import again")
            for item in data or []:
                if isinstance(item, dict) and "id" in item:
                    entries[str(item["id"])] = item
        out[name] = entries
    return out


def entry_text(registry: str, entry: dict[str, str]) -> str:
    lines = []
    for i, key in enumerate(k for k in _FIELD_ORDER[registry] if entry.get(k)):
        value = entry[key]
        shown = ident(value) if key in ("id", "site") else q(value)
        lines.append(("- " if i == 0 else "  ") + f"{key}: {shown}" + (f"  {MARK}" if i == 0 else ""))
    return "\n".join(lines) + "\n"


def append_entries(root: Path, registry: str, entries: list[dict[str, str]]) -> None:
    if not entries:
        return
    path = root / REGISTRY_FILES[registry]
    path.parent.mkdir(parents=True, exist_ok=True)
    old = path.read_text(encoding="utf-8") if path.is_file() else ""
    if old and not old.endswith("\n"):
        old += "\n"
    path.write_text(old + "".join(entry_text(registry, e) for e in entries), encoding="utf-8")


def imported_ids(root: Path, registry: str) -> list[str]:
    """Ids of the entries an import added (their id line carries the review mark)."""
    path = root / REGISTRY_FILES[registry]
    if not path.is_file():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("- id:") and line.rstrip().endswith(MARK):
            out.append(line[len("- id:") :].split("#")[0].strip().strip('"'))
    return out


_LIMITS_RE = re.compile(r"^limits:[ \t]*(\{\s*\}|#.*)?$", re.M)


def merge_limits(old: str, write: dict[str, int]) -> str:
    """snowball.yml with these limits, edited in place: a limit's number changes, its comment and every other
    line stay; a missing limit is added under 'limits:'; no 'limits:' at all gets a new block at the end."""
    mark = "  # raised by snowball import. imported: review"
    head = _LIMITS_RE.search(old)
    if head is None:
        block = "# Set by snowball import: imported texts are longer than the default limits. imported: review\n"
        block += "limits:\n" + "".join(f"  {k}: {v}\n" for k, v in sorted(write.items()))
        return (old + ("\n" if old and not old.endswith("\n") else "") + block) if old.strip() else block
    lines = old.split("\n")
    at = old.count("\n", 0, head.start())
    if head.group(1) and head.group(1).startswith("{"):
        lines[at] = "limits:"
    end = at + 1
    while end < len(lines) and (lines[end].startswith((" ", "\t")) or not lines[end].strip()):
        end += 1
    for key, value in sorted(write.items()):
        for i in range(at + 1, end):
            m = re.match(rf"^(\s+){re.escape(key)}:(\s*)(\d+)(.*)$", lines[i])
            if m:
                lines[i] = f"{m.group(1)}{key}:{m.group(2)}{value}{m.group(4)}"
                break
        else:
            lines.insert(at + 1, f"  {key}: {value}{mark}")
            end += 1
    return "\n".join(lines)
