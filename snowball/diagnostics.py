"""Diagnostics are data: checks return them, the edges format them.

Each one names the file and line, the field, what is wrong and how to fix it,
so the same record can become a terminal line, a pull-request annotation, a
GitLab code-quality entry, JSON, or the error panel in the preview.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Literal

from .textcheck import SUSPECT_RE, escape_text

if TYPE_CHECKING:
    from .model import Registries

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

    def __post_init__(self) -> None:
        # Messages quote keys and values people typed; a key like "\x1b[2J" or "\n::error" must never
        # reach a terminal, a CI log or a page raw. Escaping here covers every way a Diagnostic is built.
        for name in ("path", "message", "field", "hint"):
            value = getattr(self, name)
            if value is not None and SUSPECT_RE.search(value):
                object.__setattr__(self, name, escape_text(value))

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


def spelling_key(text: str) -> str:
    """A spelling-insensitive key: accents dropped, case folded, anything else joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.casefold()).strip("-")


@dataclass(frozen=True)
class Choice:
    """One valid value and the other ways people write it (its name, label, aliases)."""

    ident: str
    names: tuple[str, ...] = ()
    shown: str = ""  # the display name, added to the suggestion so people recognise it


def suggest(value: str, choices: Iterable[Choice], *, limit: int = 3) -> list[Choice]:
    """The choices value most likely means, best first; [] when none is a good guess.

    In order: the value is an id, name, label or alias written another way ("Gull Point Branch",
    "Maren Fjeld", "green-finance"); its words are all words of exactly a few choices ("kwame",
    "green"); a typo of an id or name (difflib). Exact and word matches win over typos, so
    "recycling" (an alias of waste) never becomes "cycling". Aliases always lead to their
    canonical id.
    """
    options = sorted(choices, key=lambda c: c.ident)  # ties resolve the same way on every run
    want = spelling_key(value)
    if not want:
        return []
    keyed: list[tuple[str, Choice]] = [(spelling_key(n), c) for c in options for n in (c.ident, *c.names)]
    exact = [c for k, c in keyed if k == want]
    if exact:
        return list(dict.fromkeys(exact))[:limit]
    words = set(want.split("-"))
    containing = list(dict.fromkeys(c for k, c in keyed if words <= set(k.split("-"))))
    if 0 < len(containing) <= limit:
        return containing
    by_key: dict[str, list[Choice]] = {}
    for k, c in keyed:
        by_key.setdefault(k, []).append(c)
    close = difflib.get_close_matches(want, list(by_key), n=limit * 2, cutoff=0.6)
    found = list(dict.fromkeys(c for k in close for c in by_key[k]))
    return found[:limit]


def _phrase(found: list[Choice], value: str) -> str:
    """'climate-finance' (also written 'green-finance'): the id, plus what matched when it was not the id.

    A typo of the id itself gets just the id ("did you mean 'berlin'?"); a match on a name or
    label shows it, and a match on an alias says so, so nobody wonders why the id was suggested.
    """
    want = spelling_key(value)

    def likeness(text: str) -> float:
        return difflib.SequenceMatcher(None, want, spelling_key(text)).ratio()

    parts = []
    for c in found:
        best = max((c.ident, *c.names), key=likeness)  # the first of equals wins: the id, then the name
        note = ""
        if best != c.ident and spelling_key(best) != c.ident:
            note = f" ({best})" if best == c.shown else f" (also written '{best}')"
        parts.append(f"'{c.ident}'{note}")
    return " or ".join(parts)


def did_you_mean(word: str, choices: Iterable[str] | Mapping[str, object], *, listing: int = 8) -> str | None:
    """A hint that names the closest valid value, or lists them all when there are only a few.

    choices may be plain ids, or a registry table (id -> Site, Champion, Practice, Tag), whose
    names and labels are matched too. For references prefer suggest_reference(), which also
    knows tag aliases and says when a name was written instead of an id.
    """
    table = choices if isinstance(choices, Mapping) else dict.fromkeys(choices)
    options = [_choice(ident, entry) for ident, entry in table.items()]
    found = suggest(word, options)
    if found:
        return "did you mean " + " or ".join(f"'{c.ident}'" for c in found) + "?"
    if not options:
        return None
    if len(options) <= listing:
        return "valid values: " + ", ".join(sorted(c.ident for c in options))
    return None


def _choice(ident: str, entry: object) -> Choice:
    names = [n for n in (getattr(entry, "name", None), getattr(entry, "label", None)) if isinstance(n, str)]
    names += list(getattr(entry, "aliases", ()) or ())
    return Choice(ident, tuple(names), names[0] if names else "")


_KINDS = {"sites": "site", "champions": "champion", "practices": "practice", "tags": "tag", "stories": "story"}


def reference_choices(kind: str, registries: Registries | None, stories: Iterable[str] = ()) -> list[Choice]:
    """Every valid value of one reference kind, with the names people may write instead of the id."""
    if kind == "stories":
        return [Choice(s) for s in stories]
    table = getattr(registries, kind, None) or {}
    return [_choice(ident, entry) for ident, entry in table.items()]


def suggest_reference(
    value: str, kind: str, registries: Registries | None, *, stories: Iterable[str] = (), listing: int = 8
) -> str | None:
    """The hint for an unknown or misspelled reference of any kind: sites, champions, practices, tags, stories.

    "Gull Point Branch" -> "write the site's id, not its name: 'gull-point'"; "kwame" -> "did you mean
    'kwame-asante' (Kwame Asante)?"; "green" -> "did you mean 'climate-finance' (Climate finance)?".
    """
    options = reference_choices(kind, registries, stories)
    found = suggest(value, options)
    label = _KINDS.get(kind, kind.rstrip("s"))
    if found:
        if (
            len(found) == 1
            and spelling_key(value) != value
            and spelling_key(value) in {spelling_key(n) for n in found[0].names}
        ):
            return f"write the {label}'s id, not its name: '{found[0].ident}'"
        return f"did you mean {_phrase(found, value)}?"
    if options and len(options) <= listing:
        return "valid values: " + ", ".join(sorted(c.ident for c in options))
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
