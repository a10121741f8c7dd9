"""A theme's page, rendered once per kind of page: split a probe rendering into a shell, fill it per page.

Material's template prints almost the same bytes for every page of one kind: only a few values differ
(title, description, canonical address, edit link, the content, the table of contents). The adapter renders
the template once with a *probe*: the page's own context, each of those values replaced by a sentinel
(`Probe.value`), and each per-page fragment (a part the adapter renders on its own, such as the table of
contents) by what that fragment renders to for the probe. `split` finds every place a sentinel landed and
which transformation the template applied there (printed raw, `| e`, `| striptags`, both), and keeps the
bytes in between as the shell. `Shell.fill` puts one page's values in, each through its place's
transformation. A sentinel printed through anything else (`| upper`, `| truncate`, `| urlencode`...) leaves
a trace of its marker in the shell: `split` refuses it (ShellError), and the adapter renders those pages
the normal way.

What this cannot see is a template that branches on a value's contents; the adapter keys shells on what
such branches read (whether a value is empty, whether the content has an <h1>), and `Shells` proves each
shell by rendering a sample of its pages both ways. Nothing here knows about MkDocs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

MARK = "sbq7"  # starts every sentinel; any trace of it left in a shell is a transformation not understood
# Characters every known transformation changes differently: tags (striptags drops them, | e escapes them),
# an entity (striptags unescapes it, | e escapes its &), quotes (| e only) and a double space (striptags).
_BODY = "<b>A&amp;B\"C'  D</b>"


def _striptags(value: str) -> str:
    return Markup(value).striptags()  # Jinja's striptags filter on a str


# The ways a template prints a value, by name: each exactly as Jinja computes it for a plain str.
TRANSFORMS: dict[str, Callable[[str], str]] = {
    "raw": str,
    "e": lambda v: str(escape(v)),
    "striptags": _striptags,
    "striptags|e": lambda v: str(escape(_striptags(v))),
}


class ShellError(ValueError):
    """The probe cannot be split into a shell (a value printed in a way not understood)."""


class Probe:
    """The sentinels for one probe rendering: one distinct string per value name. `extra` adds text to a
    sentinel where the template branches on a value's contents (Material looks for "<h1" in the content)."""

    def __init__(self, names: Sequence[str], extra: Mapping[str, str] = {}) -> None:  # noqa: B006 (read only)
        self.names = tuple(names)
        self._values = {n: f"{MARK}{i}x{_BODY}{extra.get(n, '')}{MARK}{i}y" for i, n in enumerate(self.names)}

    def value(self, name: str) -> str:
        return self._values[name]


@dataclass(frozen=True)
class Shell:
    """Static text around slots: texts[0] slot[0] texts[1] ... slot[-1] texts[-1]. A slot is
    (name, transformation); a fragment's transformation is None (its text goes in as given)."""

    texts: tuple[str, ...]
    slots: tuple[tuple[str, str | None], ...]

    def fill(self, values: Mapping[str, str], fragments: Mapping[str, str] = {}) -> str:  # noqa: B006 (read only)
        """One page: its values, each through the transformation of its place, and its fragments as they are."""
        out = [self.texts[0]]
        for (name, how), text in zip(self.slots, self.texts[1:], strict=True):
            out.append(fragments[name] if how is None else TRANSFORMS[how](values[name]))
            out.append(text)
        return "".join(out)


def split(
    rendered: str,
    probe: Probe,
    fragments: Mapping[str, str] = {},  # noqa: B006 (read only)
    private: Sequence[str] = (),
) -> Shell:
    """The shell of a probe rendering. Each fragment (name -> its text for the probe) must appear exactly
    once; each value may appear any number of times, outside fragments, through a known transformation.
    `private` are the probe page's own words that no sentinel stands for (its address): one in the shell
    would be printed on every page of it."""
    spans: list[tuple[int, int, str, str | None]] = []
    for name, text in fragments.items():
        at = rendered.find(text) if text else -1
        if at < 0 or rendered.find(text, at + 1) >= 0:
            raise ShellError(f"fragment {name!r} is not in the page exactly once")
        spans.append((at, at + len(text), name, None))
    inside = list(spans)
    for name in probe.names:
        for how, transform in TRANSFORMS.items():
            image = transform(probe.value(name))
            at = rendered.find(image)
            while at >= 0:
                end = at + len(image)
                if not any(a <= at < b for a, b, _, _ in inside):
                    spans.append((at, end, name, how))
                at = rendered.find(image, end)
    spans.sort()
    texts, slots, pos = [], [], 0
    for start, end, name, how in spans:
        if start < pos:
            raise ShellError(f"value {name!r} overlaps another")
        texts.append(rendered[pos:start])
        slots.append((name, how))
        pos = end
    texts.append(rendered[pos:])
    if any(MARK in t.lower() for t in texts):
        raise ShellError("a value is printed through a transformation the shell does not know")
    if any(word and word in t for word in private for t in texts):
        raise ShellError("the page prints something of its own that the shell has no place for")
    return Shell(tuple(texts), tuple(slots))


class Shells:
    """One rebuild's shells, by key (the adapter's: pages that may share one), and their proof. The first
    page of a key renders the normal way (a key of one page needs no shell); the second makes the shell;
    the second, the third and every `prove_every`-th page render both ways and are written as the theme
    rendered them. A shell that disagrees is dropped: the rest of its pages render the normal way."""

    def __init__(self, prove_every: int = 50) -> None:
        self.prove_every = prove_every
        self.made: dict[Hashable, Shell | None] = {}  # None: no shell (refused, or it disagreed)
        self.pages: Counter[Hashable] = Counter()
        self.filled = 0  # pages written from a shell alone

    def page(
        self,
        key: Hashable,
        values: Mapping[str, str],
        *,
        make: Callable[[], Shell | None],
        fragments: Callable[[], Mapping[str, str]],
        normal: Callable[[], str],
        differs: Callable[[], None],
    ) -> str:
        """One page's output: `normal()` is the theme's own rendering, `make()` a shell from this page's probe."""
        self.pages[key] += 1
        n = self.pages[key]
        if n == 2:
            self.made[key] = make()
        shell = self.made.get(key)
        filled = shell.fill(values, fragments()) if shell else None
        if filled is not None and n > 3 and n % self.prove_every:
            self.filled += 1
            return filled
        theirs = normal()
        if filled is not None and filled != theirs:
            self.made[key] = None
            differs()
        return theirs
