"""Diagnostics formatted for people, GitHub, GitLab and machines: the only place output is shaped."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence

from .diagnostics import Diagnostic, count
from .gate import ntr, tr
from .i18n import N_

_COLOURS = {"error": "\033[31m", "warning": "\033[33m", "dim": "\033[2m", "bold": "\033[1m", "reset": "\033[0m"}


# Characters a terminal or a log would act on instead of showing: controls (ESC starts colour codes and
# cursor moves, CR rewrites a line, LF starts a fake one), format characters (bidi overrides reorder text,
# zero-width ones hide it), line and paragraph separators, surrogates and noncharacters.
_HIDDEN = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})


_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape_char(ch: str) -> str:
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else (f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")


def shown(text: object) -> str:
    """Text a person supplied, made safe to print: every control or invisible character is written as an
    escape such as \\x1b, so a story's key or value can never colour the terminal, fake an 'all good' line
    or start a line that CI reads as a command (::error)."""
    value = str(text)
    if value.isprintable():  # the common case, fast: no control, format or separator characters
        return value
    return "".join(_escape_char(ch) if unicodedata.category(ch) in _HIDDEN else ch for ch in value)


def _where(d: Diagnostic) -> str:
    place = (f":{d.line}" if d.line else "") + (f":{d.col}" if d.line and d.col else "")
    return shown(d.path) + place


SEVERITY_WORDS = {"error": N_("error"), "warning": N_("warning")}


def human(items: Sequence[Diagnostic], *, colour: bool = False, checked: int | None = None) -> str:
    c = _COLOURS if colour else {k: "" for k in _COLOURS}
    lines = []
    for d in items:
        field = f" [{shown(d.field)}]" if d.field else ""
        lines.append(
            f"{c['bold']}{_where(d)}{c['reset']}: {c[d.severity]}{tr(SEVERITY_WORDS[d.severity])}{c['reset']}{field} "
            f"{shown(d.message)} {c['dim']}({d.code}){c['reset']}"
        )
        if d.hint:
            lines.append("    " + tr("hint: %(hint)s", hint=shown(d.hint)))
    errors, warnings = count(items)
    if errors or warnings:
        found = ntr("%(n)s error", "%(n)s errors", errors) + ", " + ntr("%(n)s warning", "%(n)s warnings", warnings)
        lines.append(found + (ntr(" in %(n)s story", " in %(n)s stories", checked) if checked is not None else ""))
    elif checked is not None:
        lines.append(ntr("all good: no problems in %(n)s story", "all good: no problems in %(n)s stories", checked))
    else:
        lines.append(tr("all good: no problems"))
    return "\n".join(lines)


def _gh_escape(text: str, *, prop: bool = False) -> str:
    """Escape for a workflow command (as @actions/core does); controls are shown, never passed to the log."""
    text = "".join(_escape_char(ch) if unicodedata.category(ch) in _HIDDEN and ch not in "\r\n" else ch for ch in text)
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text


# GitHub shows at most 10 error and 10 warning annotations per step and drops the rest without a word.
GITHUB_ANNOTATION_LIMIT = 10


def github(items: Iterable[Diagnostic]) -> str:
    """GitHub Actions workflow commands: each becomes an annotation on the line in the pull request.

    When there are more than GitHub shows, the first annotation of that severity says so and points to the
    job summary, where `snowball summary` lists them all.
    """
    items = list(items)
    out = []
    for severity, n in zip(("error", "warning"), count(items), strict=True):
        if n > GITHUB_ANNOTATION_LIMIT:
            title = _gh_escape(f"{n} {severity}s: GitHub shows only {GITHUB_ANNOTATION_LIMIT}", prop=True)
            message = (
                f"snowball validate found {n} {severity}s; GitHub shows only the first {GITHUB_ANNOTATION_LIMIT} "
                "annotations (this notice included). The job summary lists every one, and "
                "`snowball validate` on your computer prints them all."
            )
            out.append(f"::{severity} title={title}::{_gh_escape(message)}")
    for d in items:
        props = [f"file={_gh_escape(d.path, prop=True)}"]
        if d.line:
            props.append(f"line={d.line}")
            if d.col:
                props.append(f"col={d.col}")
        title = f"{d.code}" + (f" ({d.field})" if d.field else "")
        props.append(f"title={_gh_escape(title, prop=True)}")
        message = d.message + ("\n" + tr("hint: %(hint)s", hint=d.hint) if d.hint else "")
        out.append(f"::{d.severity} {','.join(props)}::{_gh_escape(message)}")
    return "\n".join(out)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _json(value: object) -> str:
    """JSON that stays valid UTF-8: a lone surrogate (YAML's "\\ud800" makes one) becomes its JSON escape."""
    text = json.dumps(value, indent=2, ensure_ascii=False)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def as_json(items: Sequence[Diagnostic], *, checked: int | None = None) -> str:
    errors, warnings = count(items)
    return _json(
        {"errors": errors, "warnings": warnings, "checked": checked, "diagnostics": [d.to_dict() for d in items]}
    )


def gitlab(items: Iterable[Diagnostic]) -> str:
    """GitLab's code-quality report (a JSON list), shown in the merge request widget and diff."""
    entries = []
    for d in items:
        description = d.message + (" (" + tr("hint: %(hint)s", hint=d.hint) + ")" if d.hint else "")
        key = f"{d.path}:{d.line}:{d.code}:{d.message}".encode("utf-8", "surrogatepass")
        fingerprint = hashlib.sha256(key).hexdigest()
        entries.append(
            {
                "description": description,
                "check_name": d.code,
                "fingerprint": fingerprint,
                "severity": "major" if d.severity == "error" else "minor",
                "location": {"path": d.path, "lines": {"begin": max(d.line, 1)}},
            }
        )
    return _json(entries)


def log_line(d: Diagnostic) -> str:
    """One diagnostic as one line of a build's log (the MkDocs adapter logs errors at ERROR level so that
    `mkdocs build -q` shows them, warnings at INFO so that they never decide a --strict build)."""
    hint = " (" + tr("hint: %(hint)s", hint=shown(d.hint)) + ")" if d.hint else ""
    text = f"{shown(d.path)}:{d.line}: [{shown(d.field or d.code)}] {shown(d.message)}{hint}"
    return text if d.severity == "error" else "warning: " + text
