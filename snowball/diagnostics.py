"""Diagnostics are data: checks return them, the edges format them.

Each one names the file and line, the field, what is wrong and how to fix it,
so the same record can become a terminal line, a pull-request annotation, a
GitLab code-quality entry, JSON, or the error panel in the preview.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Diagnostic:
    path: str  # repository-relative, with forward slashes
    line: int  # 1-based; 0 when the problem is the file as a whole
    col: int  # 1-based; 0 when unknown
    severity: Severity
    code: str  # stable kebab-case name, documented in the contribution guide
    message: str
    field: str | None = None
    hint: str | None = None

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


class Report:
    """Collects diagnostics for one file; checks call error()/warning() with a line and a field."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.items: list[Diagnostic] = []

    def error(
        self, code: str, message: str, line: int = 0, col: int = 0, *, field: str | None = None, hint: str | None = None
    ) -> None:
        self.items.append(Diagnostic(self.path, line, col, "error", code, message, field, hint))

    def warning(
        self, code: str, message: str, line: int = 0, col: int = 0, *, field: str | None = None, hint: str | None = None
    ) -> None:
        self.items.append(Diagnostic(self.path, line, col, "warning", code, message, field, hint))


def did_you_mean(word: str, choices: Iterable[str], *, listing: int = 8) -> str | None:
    """A hint that names the closest valid value, or lists them all when there are only a few."""
    options = sorted(set(choices))
    close = difflib.get_close_matches(word.lower(), options, n=3, cutoff=0.6)
    if close:
        return "did you mean " + " or ".join(f"'{c}'" for c in close) + "?"
    if not options:
        return None
    if len(options) <= listing:
        return "valid values: " + ", ".join(options)
    return None


def count(items: Iterable[Diagnostic]) -> tuple[int, int]:
    """(errors, warnings)"""
    errors = warnings = 0
    for d in items:
        if d.severity == "error":
            errors += 1
        else:
            warnings += 1
    return errors, warnings
