"""A hub's own settings (snowball.yml at the hub root): the one place a hub adjusts the contract.

Defaults keep the contract as documented, so a hub without snowball.yml behaves exactly
as before. The validator, the build, the JSON Schema, the guide, the form and the
scaffolder all read the fields through story_fields(settings), never STORY_FIELDS alone.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

from .contract import STORY_FIELDS, Field
from .diagnostics import Diagnostic, Report
from .reader import read_registry_file
from .yamlread import Map, Scalar, Seq

SETTINGS_FILE = "snowball.yml"


@dataclass(frozen=True)
class Settings:
    """What a hub may change. Every field has the documented default."""

    limits: dict[str, int] = field(default_factory=dict)  # story field -> max length, overriding the contract
    required: frozenset[str] = frozenset()  # optional story fields this hub requires (e.g. tags, outcomes)
    allowed_addresses: tuple[str, ...] = ()  # public role e-mail addresses that may appear in story text
    allow_indexing: bool = False  # false: pages carry noindex and robots.txt disallows crawling
    contribute_branch: str = "main"  # the branch the story form's "open in the web editor" link targets


DEFAULT_SETTINGS = Settings()


def story_fields(settings: Settings = DEFAULT_SETTINGS) -> tuple[Field, ...]:
    """The story contract as this hub applies it: the contract's fields with the hub's limits and requirements."""
    out = []
    for f in STORY_FIELDS:
        changes: dict[str, object] = {"setting": f"limits.{f.name}"} if f.max_len is not None else {}
        if f.name in settings.limits:
            changes["max_len"] = settings.limits[f.name]
        if f.name in settings.required:
            changes["required"] = True
        out.append(dataclasses.replace(f, **changes) if changes else f)
    return tuple(out)


def _scalar(node: object) -> str | None:
    return node.text if isinstance(node, Scalar) else None


def load_settings(root: Path) -> tuple[Settings, list[Diagnostic]]:
    """Read snowball.yml if present; every mistake is a located diagnostic and falls back to the default."""
    path = root / SETTINGS_FILE
    report = Report(SETTINGS_FILE)
    if not path.exists() and not path.is_symlink():
        return DEFAULT_SETTINGS, []
    if path.is_symlink() or not path.is_file():
        report.error(
            "settings", f"{SETTINGS_FILE} is not a plain file", hint="commit the real file; links are never followed"
        )
        return DEFAULT_SETTINGS, report.items
    node = read_registry_file(path, report)
    if node is None:
        return DEFAULT_SETTINGS, report.items
    if not isinstance(node, Map):
        report.error("settings", f"{SETTINGS_FILE} must be a set of 'name: value' settings", 1, 1)
        return DEFAULT_SETTINGS, report.items
    names = {f.name: f for f in STORY_FIELDS}
    values: dict[str, object] = {}
    for key, entry in node.entries.items():
        value = entry.value
        if key == "limits" and isinstance(value, Map):
            limits: dict[str, int] = {}
            for name, sub in value.entries.items():
                text = _scalar(sub.value)
                if name not in names or names[name].max_len is None:
                    limited = ", ".join(f.name for f in STORY_FIELDS if f.max_len)
                    report.error(
                        "settings",
                        f"'{name}' has no length limit to set",
                        sub.key_line,
                        field=f"limits.{name}",
                        hint=f"limits apply to: {limited}",
                    )
                elif text is None or not text.isdigit() or not 1 <= int(text) <= 100_000:
                    report.error(
                        "settings",
                        f"limits.{name} must be a whole number of characters",
                        sub.key_line,
                        field=f"limits.{name}",
                        hint=f"for example '{name}: {names[name].max_len}'",
                    )
                else:
                    limits[name] = int(text)
            values["limits"] = limits
        elif key == "required" and isinstance(value, Seq):
            wanted = []
            for item in value.items:
                text = _scalar(item)
                if text not in names:
                    report.error(
                        "settings",
                        f"'{text}' is not a story field",
                        item.line,
                        item.col,
                        field="required",
                        hint="use field names from the contribution guide, such as tags or outcomes",
                    )
                else:
                    wanted.append(text)
            values["required"] = frozenset(wanted)
        elif key == "allowed_addresses" and isinstance(value, Seq):
            values["allowed_addresses"] = tuple(t.lower() for item in value.items if (t := _scalar(item)))
        elif key == "allow_indexing" and _scalar(value) in ("true", "false"):
            values["allow_indexing"] = _scalar(value) == "true"
        elif key == "contribute_branch" and _scalar(value):
            values["contribute_branch"] = _scalar(value)
        else:
            known = "limits, required, allowed_addresses, allow_indexing, contribute_branch"
            report.error(
                "settings",
                f"unknown or malformed setting '{key}'",
                entry.key_line,
                field=key,
                hint=f"settings are: {known} (see the comments in {SETTINGS_FILE})",
            )
    return Settings(**values), report.items  # type: ignore[arg-type]
