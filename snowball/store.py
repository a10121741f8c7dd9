"""One small interface for what Snowball keeps to avoid doing work twice: get a value by key, put one.

Two kinds of store implement it:
- MemoryStore: what one process keeps between the preview's rebuilds, forgetting what the last use did
  not ask for (settle), so a preview left running for hours does not grow;
- FileStore: what `.cache/build/` keeps between processes, one JSON file per key, keyed as the build cache
  keys converted stories: a hash of the build key and of exactly what the value was made from, so a
  different configuration, theme, version or code finds nothing stale.

Today the search index's memo (snowball.search.SearchMemo) uses MemoryStore. The other stores still have
their own code (snowball.bridge.buildcache's converted HTML and phase-1 checks, the preview's Memory, images.ImageCache,
hub.ReadCache); each can move onto these two classes without changing what it keeps.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Hashable, Iterator
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

K = TypeVar("K", bound=Hashable)
K_contra = TypeVar("K_contra", bound=Hashable, contravariant=True)
V = TypeVar("V")


class Store(Protocol[K_contra, V]):
    """Get a value made earlier from the same inputs, or None; put one."""

    def get(self, key: K_contra) -> V | None: ...
    def put(self, key: K_contra, value: V) -> None: ...


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

    def __iter__(self) -> Iterator[K]:
        """The keys kept now (what the next settle() would keep, and what the last one kept)."""
        return iter(self._kept.keys() | self._used.keys())

    def __len__(self) -> int:
        return len(self._kept.keys() | self._used.keys())


def key_of(build_key: str, *parts: str) -> str:
    """The build cache's key for a value made from parts under a build key (a hex digest)."""
    text = "\0".join((build_key, *parts))
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


class FileStore:
    """JSON values on disk under folder, one file per key (folder/ab/abcd….json), written atomically, keyed by
    key_of(build_key, *parts). A value that cannot be read is a miss; a value that cannot be written is not kept."""

    def __init__(self, folder: Path, build_key: str) -> None:
        self.folder, self.build_key = folder, build_key
        self.hits = 0

    def _path(self, parts: tuple[str, ...]) -> Path:
        name = key_of(self.build_key, *parts)
        return self.folder / name[:2] / f"{name}.json"

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
        path = self._path(key)
        with contextlib.suppress(OSError):
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as f:
                f.write(json.dumps(value).encode())
            os.replace(tmp, path)
