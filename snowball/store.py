"""One small interface for what Snowball keeps to avoid doing work twice: get a value by key, put one, and
settle after one use (forget what that use did not ask for, where forgetting is how the store stays small).

Three kinds of store implement it; every cache of the build and the preview is one of them:
- MemoryStore: what one process keeps between the preview's rebuilds: the converted stories, the phase-1
  story checks, the search index's texts and scores, the compiled theme templates (snowball.bridge.preview);
- TableStore: a MemoryStore kept between processes in one pickle file under the build key, for many small
  values read all at once: the phase-1 checks and the search memo of `.cache/build/` (snowball.bridge.buildcache);
- FileStore: one file per key under a folder, named by key_of(build_key, *parts), for large values read one
  at a time: the converted stories of `.cache/build/html/` (JSON) and the clean images of `.cache/images/`
  (bytes, keyed by the image's content and the renderer's version, not the build key: a theme change does
  not make a photo encode differently).

Snowball's own views and e-mails compile their Jinja templates through `compiled_templates()`: Jinja's file
cache in its per-user temporary folder (a hub's every build would otherwise compile them again, a third of a
second), keyed also by how the environment compiles.

Keyed as the build cache is: a different configuration, theme, version or code finds nothing stale, and each
value is found by a hash of exactly what it was made from.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pickle
import tempfile
from collections.abc import Callable, Hashable, Iterable, Iterator
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

import jinja2
from jinja2.bccache import Bucket

K = TypeVar("K", bound=Hashable)
K_contra = TypeVar("K_contra", bound=Hashable, contravariant=True)
V = TypeVar("V")


class Store(Protocol[K_contra, V]):
    """Get a value made earlier from the same inputs, or None; put one; settle after one use."""

    def get(self, key: K_contra) -> V | None: ...
    def put(self, key: K_contra, value: V) -> None: ...
    def has(self, key: K_contra) -> bool: ...
    def settle(self) -> None: ...


class MemoryStore(Generic[K, V]):
    """Values kept in memory. What was not read or put since the last settle() is forgotten at the next one:
    a store that lives for hours keeps only what the latest use needed."""

    def __init__(self) -> None:
        self._kept: dict[K, V] = {}
        self._used: dict[K, V] = {}

    def get(self, key: K) -> V | None:
        found = self._used.get(key)
        if found is None and (found := self._kept.get(key)) is not None:
            self._used[key] = found
        return found

    def put(self, key: K, value: V) -> None:
        self._used[key] = value

    def has(self, key: K) -> bool:
        """Whether a value is kept, without asking for it (settle() still forgets it if nobody does)."""
        return key in self._used or key in self._kept

    def made(self, key: K, make: Callable[[K], V]) -> V:
        """The value kept for key, made (and kept) when there is none."""
        found = self.get(key)
        if found is None:
            found = make(key)
            self.put(key, found)
        return found

    def settle(self) -> None:
        """After one use (one rebuild): forget what it did not ask for."""
        self._kept, self._used = self._used, {}

    def retain(self, keys: Iterable[K]) -> None:
        """Keep only these keys (whether or not asked for): for values a use may skip but the next may need,
        such as the converted text of a story the last rebuild did not render."""
        wanted = set(keys)
        for table in (self._kept, self._used):
            for key in [k for k in table if k not in wanted]:
                del table[key]

    def items(self) -> dict[K, V]:
        """Everything kept now, as one dict."""
        return {**self._kept, **self._used}

    def __iter__(self) -> Iterator[K]:
        """The keys kept now (what the next settle() would keep, and what the last one kept)."""
        return iter(self._kept.keys() | self._used.keys())

    def __len__(self) -> int:
        return len(self._kept.keys() | self._used.keys())


def key_of(build_key: str, *parts: str) -> str:
    """The build cache's key for a value made from parts under a build key (a hex digest)."""
    text = "\0".join((build_key, *parts))
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


class TableStore(MemoryStore[K, V]):
    """A MemoryStore kept in one pickle file under a build key: many small values read at once (one file
    instead of 10,000). What the file holds under another key, or cannot be read, is an empty table; save()
    writes what is kept now (after settle(): only what the last use asked for)."""

    def __init__(self, path: Path, build_key: object) -> None:
        super().__init__()
        self.path, self.build_key = path, build_key
        try:
            with open(path, "rb") as f:
                saved = pickle.load(f)
            if isinstance(saved, dict) and saved.get("key") == build_key:
                self._kept = dict(saved["table"])
        except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, KeyError, TypeError, ValueError):
            pass

    def save(self) -> None:
        """Write what is kept now; a table that cannot be written is not kept (the next build makes it again)."""
        data = pickle.dumps({"key": self.build_key, "table": self.items()}, protocol=5)
        with contextlib.suppress(OSError):
            write_atomic(self.path, data)


class FileStore:
    """Values on disk under folder, one file per key (folder/ab/abcd….json), written atomically, keyed by
    key_of(build_key, *parts): JSON values through get/put, or a file made by the caller (file()). A value
    that cannot be read is a miss; a value that cannot be written is not kept. Nothing to settle: what a
    use did not ask for stays on disk for a later one (`make clean` removes it)."""

    def __init__(self, folder: Path, build_key: str) -> None:
        self.folder, self.build_key = folder, build_key
        self.hits = 0

    def _path(self, parts: tuple[str, ...], suffix: str = ".json") -> Path:
        name = key_of(self.build_key, *parts)
        return self.folder / name[:2] / f"{name}{suffix}"

    def get(self, key: tuple[str, ...]) -> Any | None:
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        self.hits += 1
        return data

    def has(self, key: tuple[str, ...]) -> bool:
        return self._path(key).is_file()

    def put(self, key: tuple[str, ...], value: Any) -> None:
        with contextlib.suppress(OSError):
            write_atomic(self._path(key), json.dumps(value).encode())

    def settle(self) -> None:
        """Nothing to forget (see the class)."""

    def file(self, key: tuple[str, ...], suffix: str, make: Callable[[], bytes]) -> tuple[Path, bool]:
        """The path of the file kept for key (its name ends in suffix), made with make() when there is none;
        and whether it was made now. Unlike put(), a file that cannot be written is an error: the caller
        reads it next."""
        path = self._path(key, suffix)
        if path.is_file():
            self.hits += 1
            return path, False
        write_atomic(path, make())
        return path, True


def write_atomic(path: Path, data: bytes) -> None:
    """Write a whole file or nothing: a reader (or a build that stopped midway) never finds half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Jinja's own file cache of compiled templates, also keyed by how the environment compiles: Jinja keys a
    template by its name, file and source only, so two environments that compile one file differently (other
    delimiters, extensions, autoescaping, Jinja version) would otherwise share a stale program."""

    def get_bucket(self, environment: jinja2.Environment, name: str, filename: str | None, source: str) -> Bucket:
        autoescape = environment.autoescape(name) if callable(environment.autoescape) else environment.autoescape
        how = repr((
            jinja2.__version__, environment.block_start_string, environment.block_end_string,
            environment.variable_start_string, environment.variable_end_string, environment.comment_start_string,
            environment.comment_end_string, environment.line_statement_prefix, environment.line_comment_prefix,
            environment.trim_blocks, environment.lstrip_blocks, environment.newline_sequence,
            environment.keep_trailing_newline, sorted(environment.extensions), environment.optimized,
            environment.is_async, getattr(environment, "newstyle_gettext", None), autoescape,
        ))  # fmt: skip
        bucket = Bucket(environment, self.get_cache_key(f"{name}|{how}", filename), self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):  # a full or read-only disk: the template is compiled again next time
            super().dump_bytecode(bucket)


def compiled_templates() -> jinja2.BytecodeCache | None:
    """Where Snowball's own templates are kept compiled: Jinja's per-user folder in the system's temporary
    directory (checked against each template's source), or nowhere if that folder cannot be made."""
    try:
        return CompiledTemplates()
    except (OSError, RuntimeError):  # Jinja refuses a folder another user owns (RuntimeError)
        return None
