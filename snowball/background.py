"""Work for the machine's other core while MkDocs renders pages on this one.

MkDocs builds on one core. Items that need only the model (the search index, the
generated pages, the Markdown of stories) are shared with one forked process: both
draw from one queue, from opposite ends (Shared), so both finish together whatever
each item costs. Nothing here knows about MkDocs.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Callable
from functools import partial
from typing import Any


def fork_is_safe() -> bool:
    """Whether a build may fork helpers: never on macOS (CPython deems fork unsafe there, system
    frameworks may hold locks), never where fork does not exist (Windows), never with SNOWBALL_SERIAL,
    and only with a second core to run on. The preview never asks: it renders only what changed."""
    return (
        sys.platform != "darwin"
        and "fork" in multiprocessing.get_all_start_methods()
        and not os.environ.get("SNOWBALL_SERIAL")
        and (os.cpu_count() or 1) > 1
    )


def _attempt(job: Callable[[], Any]) -> tuple[str, Any]:
    try:
        return ("ok", job())
    except BaseException as exc:  # reported to the waiter; never leave the parent waiting
        return ("error", f"{type(exc).__name__}: {exc}")


def _result(message: tuple[str, Any]) -> Any:
    status, value = message
    if status != "ok":
        raise RuntimeError(value)
    return value


class Shared:
    """Items both processes draw from, so both cores finish together whatever each item costs.

    Items are numbered in the order the caller needs them. The forked helper does them in that order,
    running ahead of the caller (at most `ahead` items, so few finished results wait in memory), and sends
    each result as it is done; the caller takes an item itself (`mine(i)`) when the helper has not reached
    it yet. Nothing is split in advance: work that only the caller can do (MkDocs' theme) decides how far
    the helper gets, and a cheaper or dearer page moves the balance by itself. `first` is an item the helper
    does before all others (the search index, which is needed last and costs most). A result is handed
    over once and then dropped.
    """

    def __init__(self, count: int, do: Callable[[int], Any], *, first: int | None = None, ahead: int = 200) -> None:
        self.count, self.do, self.first, self.ahead = count, do, first, ahead
        self.owner: Any = None  # per item, shared with the helper (if one runs): 0 free, 1 the caller's, 2 the helper's
        self.reached: Any = None  # the item the caller needs now: the helper stays within `ahead` of it
        self.results: dict[int, tuple[str, Any]] = {}  # sent by the helper, not yet handed over
        self.arrived = threading.Condition()
        self.ended = True  # no helper: every item is the caller's
        if count == 0 or not fork_is_safe():
            return
        context = multiprocessing.get_context("fork")
        self.lock = context.Lock()
        self.owner, self.reached = context.RawArray("b", count), context.RawValue("l", 0)
        parent, child = context.Pipe(duplex=False)
        process = context.Process(target=self._helper, args=(child,), daemon=True)
        process.start()
        child.close()
        self.ended = False
        threading.Thread(target=self._drain, args=(parent, process), daemon=True).start()

    def _take(self, i: int) -> bool:
        """In the helper: take item i unless the caller has."""
        with self.lock:
            if self.owner[i]:
                return False
            self.owner[i] = 2
            return True

    def _helper(self, child: Any) -> None:
        """In the helper: the first item, then every item the caller has not taken, in order, never more than
        `ahead` items before the caller (waiting for it is cheaper than holding what it does not need yet)."""
        order = ([self.first] if self.first is not None else []) + [i for i in range(self.count) if i != self.first]
        for i in order:
            while i != self.first and i - self.reached.value > self.ahead:
                time.sleep(0.005)
            if self._take(i):
                child.send((i, _attempt(partial(self.do, i))))
        child.send(None)

    def _drain(self, parent: Any, process: Any) -> None:
        """Read results as they come: a full pipe would otherwise stall the helper until they are needed."""
        try:
            while parent.poll(600) and (message := parent.recv()) is not None:
                i, result = message
                with self.arrived:
                    self.results[i] = result
                    self.arrived.notify_all()
        except (EOFError, OSError):
            pass  # the helper ended early: the items it took and did not send are done here
        with self.arrived:
            self.ended = True
            self.arrived.notify_all()
        process.join(10)

    def mine(self, i: int) -> bool:
        """Whether item i is the caller's to do: it takes it unless the helper did."""
        if self.owner is None:
            return True
        with self.lock:
            self.reached.value = max(self.reached.value, i)
            if self.owner[i] == 2:
                return False
            self.owner[i] = 1
            return True

    def wait(self, i: int) -> Any:
        """The helper's result for an item it took; RuntimeError if it failed at it or died first (the
        caller then does the item itself)."""
        with self.arrived:
            self.arrived.wait_for(lambda: i in self.results or self.ended)
            message = self.results.pop(i, None)  # handed over once: not kept for the rest of the build
        if message is None:
            raise RuntimeError("the background process ended early")
        return _result(message)
