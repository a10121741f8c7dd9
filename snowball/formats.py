"""Diagnostics formatted for people, GitHub, GitLab and machines: the only place output is shaped."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence

from .diagnostics import Diagnostic, count

_COLOURS = {"error": "\033[31m", "warning": "\033[33m", "dim": "\033[2m", "bold": "\033[1m", "reset": "\033[0m"}


def _where(d: Diagnostic) -> str:
    return d.path + (f":{d.line}" if d.line else "") + (f":{d.col}" if d.line and d.col else "")


def human(items: Sequence[Diagnostic], *, colour: bool = False, checked: int | None = None) -> str:
    c = _COLOURS if colour else {k: "" for k in _COLOURS}
    lines = []
    for d in items:
        field = f" [{d.field}]" if d.field else ""
        lines.append(
            f"{c['bold']}{_where(d)}{c['reset']}: {c[d.severity]}{d.severity}{c['reset']}{field} "
            f"{d.message} {c['dim']}({d.code}){c['reset']}"
        )
        if d.hint:
            lines.append(f"    hint: {d.hint}")
    errors, warnings = count(items)
    scope = f" in {checked} {'story' if checked == 1 else 'stories'}" if checked is not None else ""
    if errors or warnings:
        lines.append(f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}{scope}")
    else:
        lines.append(f"all good: no problems{scope}")
    return "\n".join(lines)


def _gh_escape(text: str, *, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text


def github(items: Iterable[Diagnostic]) -> str:
    """GitHub Actions workflow commands: each becomes an annotation on the line in the pull request."""
    out = []
    for d in items:
        props = [f"file={_gh_escape(d.path, prop=True)}"]
        if d.line:
            props.append(f"line={d.line}")
            if d.col:
                props.append(f"col={d.col}")
        title = f"{d.code}" + (f" ({d.field})" if d.field else "")
        props.append(f"title={_gh_escape(title, prop=True)}")
        message = d.message + (f"\nhint: {d.hint}" if d.hint else "")
        out.append(f"::{d.severity} {','.join(props)}::{_gh_escape(message)}")
    return "\n".join(out)


def as_json(items: Sequence[Diagnostic], *, checked: int | None = None) -> str:
    errors, warnings = count(items)
    return json.dumps(
        {"errors": errors, "warnings": warnings, "checked": checked, "diagnostics": [d.to_dict() for d in items]},
        indent=2,
        ensure_ascii=False,
    )


def gitlab(items: Iterable[Diagnostic]) -> str:
    """GitLab's code-quality report (a JSON list), shown in the merge request widget and diff."""
    entries = []
    for d in items:
        description = d.message + (f" (hint: {d.hint})" if d.hint else "")
        fingerprint = hashlib.sha256(f"{d.path}:{d.line}:{d.code}:{d.message}".encode()).hexdigest()
        entries.append(
            {
                "description": description,
                "check_name": d.code,
                "fingerprint": fingerprint,
                "severity": "major" if d.severity == "error" else "minor",
                "location": {"path": d.path, "lines": {"begin": max(d.line, 1)}},
            }
        )
    return json.dumps(entries, indent=2, ensure_ascii=False)
