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

from .gate import tr
from .i18n import N_
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


def edit_distance(a: str, b: str) -> int:
    """Letters to add, drop, change or swap (two neighbours) to turn a into b (optimal string alignment)."""
    if len(a) < len(b):
        a, b = b, a
    before: list[int] | None = None
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            cost = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ca != cb))
            if before is not None and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, before[j - 2] + 1)
            row.append(cost)
        before, prev = prev, row
    return prev[-1]


TYPO_LIMIT = 4  # edits: beyond this two names are different names, not one name mistyped


def is_typo_of(typed: str, name: str) -> bool:
    """Whether typed is plausibly name mistyped: a few edits, about a third of the letters at most, never all.

    "summery" -> "summary", "tgas" -> "tags", "aa" -> "a" pass; "scanner" -> "hero" (no shared
    letters) and "old-town-plastic-free-branch" -> "riverbend-plastic-free-branch" (another place)
    do not. Both are compared as written; callers pass spelling keys.
    """
    longest = max(len(typed), len(name))
    allowed = min(TYPO_LIMIT, max(1, (longest + 1) // 3))
    if abs(len(typed) - len(name)) > allowed:
        return False
    distance = edit_distance(typed, name)
    return distance <= allowed and distance < longest


def matches(value: str, choice: Choice) -> bool:
    """Whether value can be taken for choice at all: one of its names written another way, its words, or a typo.

    The closeness rule every suggestion passes; suggest() then ranks what passes.
    """
    want = spelling_key(value)
    if not want:
        return False
    words = set(want.split("-"))
    keys = [spelling_key(n) for n in (choice.ident, *choice.names)]
    return any(k == want or words <= set(k.split("-")) or is_typo_of(want, k) for k in keys)


def suggest(value: str, choices: Iterable[Choice], *, limit: int = 3) -> list[Choice]:
    """The choices value most likely means, best first; [] when none is a good guess.

    In order: the value is an id, name, label or alias written another way ("Gull Point Branch",
    "Maren Fjeld", "green-finance"); its words are all words of exactly a few choices ("kwame",
    "green"); a typo of an id or name (is_typo_of: a few edits, never a different name that merely
    looks alike). Exact and word matches win over typos, so "recycling" (an alias of waste) never
    becomes "cycling". Aliases always lead to their canonical id.
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
    # difflib's quick ratios narrow a large hub's names cheaply; the typo rule then decides
    rough = difflib.get_close_matches(want, list(by_key), n=limit * 4, cutoff=0.5)
    close = sorted((k for k in rough if is_typo_of(want, k)), key=lambda k: edit_distance(want, k))
    found = list(dict.fromkeys(c for k in close for c in by_key[k]))
    return found[:limit]


_SAME_KIND = ({"jpg", "jpeg"}, {"tif", "tiff"}, {"htm", "html"}, {"md", "markdown"})


def suggest_file(name: str, files: Iterable[str]) -> str | None:
    """The hint for a missing file: a file whose name is that name mistyped, compared stem to stem.

    'hero.jpg' finds 'hero.jpeg' or 'Hero.png' (same name, another extension) and 'heor.jpg' (a typo,
    same kind of file); 'scanner.jpg' never finds 'hero.jpg' just because both end in '.jpg'.
    """

    def split(file: str) -> tuple[str, str]:
        stem, dot, ext = file.rpartition(".")
        return (spelling_key(stem), ext.lower()) if dot and stem else (spelling_key(file), "")

    stem, ext = split(name)
    kind = next((k for k in _SAME_KIND if ext in k), {ext})
    same_name, typos = [], []
    for file in sorted(set(files)):
        other_stem, other_ext = split(file)
        if file == name or not stem:
            continue
        if other_stem == stem:
            same_name.append(file)
        elif other_ext in kind and is_typo_of(stem, other_stem):
            typos.append(file)
    found = (same_name or sorted(typos, key=lambda f: edit_distance(stem, split(f)[0])))[:3]
    return tr("did you mean %(choices)s?", choices=tr(" or ").join(f"'{f}'" for f in found)) if found else None


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
            note = f" ({best})" if best == c.shown else tr(" (also written '%(best)s')", best=best)
        parts.append(f"'{c.ident}'{note}")
    return tr(" or ").join(parts)


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
        return tr("did you mean %(choices)s?", choices=tr(" or ").join(f"'{c.ident}'" for c in found))
    if not options:
        return None
    if len(options) <= listing:
        return tr("valid values: %(values)s", values=", ".join(sorted(c.ident for c in options)))
    return None


def _choice(ident: str, entry: object) -> Choice:
    names = [n for n in (getattr(entry, "name", None), getattr(entry, "label", None)) if isinstance(n, str)]
    names += list(getattr(entry, "aliases", ()) or ())
    return Choice(ident, tuple(names), names[0] if names else "")


_KINDS = {"sites": "site", "champions": "champion", "practices": "practice", "tags": "tag", "stories": "story"}
ID_NOT_NAME = {  # one sentence per kind: languages inflect the kind's word differently
    "site": N_("write the site's id, not its name: '%(ident)s'"),
    "champion": N_("write the champion's id, not its name: '%(ident)s'"),
    "practice": N_("write the practice's id, not its name: '%(ident)s'"),
    "tag": N_("write the tag's id, not its name: '%(ident)s'"),
    "story": N_("write the story's id, not its name: '%(ident)s'"),
}
ID_NOT_NAME_ANY = N_("write the id, not the name: '%(ident)s'")


def reference_choices(kind: str, registries: Registries | None, stories: Iterable[str] = ()) -> list[Choice]:
    """Every valid value of one reference kind, with the names people may write instead of the id."""
    if kind == "stories":
        return [Choice(s) for s in stories]
    table = getattr(registries, kind, None) or {}
    return [_choice(ident, entry) for ident, entry in table.items()]


def suggest_reference(
    value: str,
    kind: str,
    registries: Registries | None,
    *,
    stories: Iterable[str] = (),
    listing: int = 8,
    asking: str | None = None,
) -> str | None:
    """The hint for an unknown or misspelled reference of any kind: sites, champions, practices, tags, stories.

    "Gull Point Branch" -> "write the site's id, not its name: 'gull-point'"; "kwame" -> "did you mean
    'kwame-asante' (Kwame Asante)?"; "green" -> "did you mean 'climate-finance' (Climate finance)?".
    asking is the story whose reference this is: it is never offered for its own links or inspired_by.
    """
    options = [c for c in reference_choices(kind, registries, stories) if c.ident != asking]
    found = suggest(value, options)
    label = _KINDS.get(kind, kind.rstrip("s"))
    if found:
        if (
            len(found) == 1
            and spelling_key(value) != value
            and spelling_key(value) in {spelling_key(n) for n in found[0].names}
        ):
            return tr(ID_NOT_NAME.get(label, ID_NOT_NAME_ANY), ident=found[0].ident)
        return tr("did you mean %(choices)s?", choices=_phrase(found, value))
    if options and len(options) <= listing:
        return tr("valid values: %(values)s", values=", ".join(sorted(c.ident for c in options)))
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
