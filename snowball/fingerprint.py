"""Fingerprints of template data: one generic walk, so a page's fingerprint covers exactly what it receives.

A page's fingerprint is a hash of its template's name, its address and its whole context,
walked generically: dataclasses field by field (fields with compare=False are not data),
mappings and sequences in their order, sets sorted, values that know how (`__fingerprint__`)
by what they return. No list of "what a card shows" to keep in step with the templates: a
value the template receives is in the fingerprint because it is in the context.

Records (dataclass instances, `__fingerprint__` objects) are hashed once per Digests and
reused: a story appears on a dozen pages of a build and is walked once. The preview carries the
records of one rebuild into the next (`Digests.carried`), so an unchanged story, kept as the same
object across rebuilds, is never walked again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import PurePath
from typing import Any

from markupsafe import Markup

_SIMPLE = (str, int, float, bool, type(None), dt.date, dt.datetime, bytes)
_FAST_SIMPLE = frozenset({int, float, bool, type(None), dt.date, dt.datetime, bytes})


class UnknownValue(TypeError):
    """A context holds a value the walk cannot see into: views must give templates plain data."""


class Digests:
    """Hashes of template data, with records memoised for the life of this object (one plan)."""

    def __init__(self, keyed: Callable[[object], str | None] | None = None, earlier: Digests | None = None) -> None:
        """keyed: a record's key, if it has one (a story's 'story:<slug>'): `of` collects the keys of the
        records a value holds, which is what the plan records as read (snowball.plan)."""
        self._records: dict[int, tuple[object, bytes, frozenset[str]]] = {}  # id -> (object, kept; digest; keys)
        self._fields: dict[type, tuple[str, ...]] = {}  # dataclass -> the names of its data fields
        self._earlier = earlier._records if earlier is not None else {}  # the last rebuild's, looked up on a miss
        self._keyed = keyed or (lambda _value: None)
        self._reads: set[str] = set()  # the keys of the records walked by the current `of`

    def carried(self) -> Digests:
        """A Digests for the next rebuild that knows this one's records (only these: a record no rebuild
        touched since is dropped, so a preview that runs for hours keeps one generation, not all of them)."""
        return Digests(self._keyed, self)

    def of(self, value: object, reads: set[str] | None = None) -> str:
        """value's fingerprint; reads, if given, receives the keys of the records it holds."""
        self._reads = reads if reads is not None else set()
        return self._digest(value)

    def _digest(self, value: object) -> str:
        h = hashlib.blake2b(digest_size=16)
        self._feed(h, value)
        return h.hexdigest()

    def _record(self, value: object) -> bytes:
        known = self._records.get(id(value))
        if known is None or known[0] is not value:
            known = self._earlier.get(id(value))
            if known is not None and known[0] is value:
                self._records[id(value)] = known
        if known is not None and known[0] is value:
            self._reads |= known[2]
            return known[1]
        outer, self._reads = self._reads, set()
        try:
            digest = self._walk_record(value)
        finally:
            inner, self._reads = self._reads, outer
        if (key := self._keyed(value)) is not None:
            inner.add(key)
        keys = frozenset(inner)
        self._records[id(value)] = (value, digest, keys)
        outer |= keys
        return digest

    def _walk_record(self, value: object) -> bytes:
        h = hashlib.blake2b(digest_size=16)
        kind = type(value)
        h.update(kind.__qualname__.encode())
        if dataclasses.is_dataclass(value):
            names = self._fields.get(kind)
            if names is None:
                names = self._fields[kind] = tuple(f.name for f in dataclasses.fields(value) if f.compare)
            for name in names:
                h.update(name.encode() + b"=")
                self._feed(h, getattr(value, name))
        else:
            self._feed(h, value.__fingerprint__())  # type: ignore[attr-defined]
        return h.digest()

    def _feed(self, h: Any, value: object) -> None:
        # The common exact types first (a 10,000-story plan walks about two million values); any other
        # type, subclasses included, takes the general path below with the very same encoding.
        kind = type(value)
        if kind is str or kind is Markup:  # Markup too: the text is what the template prints
            b = value.encode("utf-8", "surrogatepass")  # type: ignore[union-attr]
            h.update(b"s%d:" % len(b) + b)
        elif kind is dict:
            h.update(b"d%d:" % len(value))  # type: ignore[arg-type]
            for k, v in value.items():  # type: ignore[union-attr]
                self._feed(h, k)
                self._feed(h, v)
        elif kind is tuple or kind is list:
            h.update(b"l%d:" % len(value))  # type: ignore[arg-type]
            for v in value:  # type: ignore[union-attr]
                self._feed(h, v)
        elif kind in _FAST_SIMPLE:
            h.update(f"{kind.__name__}:{value!r};".encode())
        else:
            self._feed_other(h, value)

    def _feed_other(self, h: Any, value: object) -> None:
        if isinstance(value, str):
            b = value.encode("utf-8", "surrogatepass")
            h.update(b"s%d:" % len(b) + b)
        elif isinstance(value, _SIMPLE):
            h.update(f"{type(value).__name__}:{value!r};".encode())
        elif isinstance(value, PurePath):
            h.update(f"p:{value.as_posix()};".encode())
        elif dataclasses.is_dataclass(value) and not isinstance(value, type) or hasattr(value, "__fingerprint__"):
            h.update(b"r" + self._record(value))
        elif isinstance(value, Mapping):
            h.update(b"d%d:" % len(value))
            for k, v in value.items():
                self._feed(h, k)
                self._feed(h, v)
        elif isinstance(value, (list, tuple)):
            h.update(b"l%d:" % len(value))
            for v in value:
                self._feed(h, v)
        elif isinstance(value, (set, frozenset)):
            h.update(b"S%d:" % len(value))
            for d in sorted(self._digest(v) for v in value):
                h.update(d.encode())
        elif isinstance(value, partial):  # a deferred value: what it would compute from
            h.update(f"f:{getattr(value.func, '__qualname__', value.func)!r}".encode())
            self._feed(h, value.args)
            self._feed(h, value.keywords)
        else:
            raise UnknownValue(f"cannot fingerprint a {type(value).__qualname__}; give templates plain data")


def digest(value: object) -> str:
    """One value's fingerprint (a hex string, stable across processes and Python runs)."""
    return Digests().of(value)
