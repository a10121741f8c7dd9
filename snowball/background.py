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
    """Items both processes draw from, from opposite ends, so both cores finish together.

    Items are numbered in the order the caller needs them. The caller takes them from the front as it
    reaches them (`mine(i)`: item i is the caller's to do unless the helper took it); the forked helper takes them
    one at a time from the back (the last items are the ones needed last) and sends each result as it is
    done. They meet wherever the work happens to balance: no split is fixed in advance, so a cheaper or
    dearer main loop (the theme's rendering) moves the meeting point by itself. A result is handed over
    once and then dropped: results are not kept for the whole build.
    """

    def __init__(self, count: int, do: Callable[[int], Any]) -> None:
        self.count, self.do = count, do
        self.front: Any = None  # the next item the caller may take, shared with the helper (if one runs)
        self.back: Any = None  # the first item the helper took: it has every item from there on
        self.results: dict[int, tuple[str, Any]] = {}  # sent by the helper, not yet handed over
        self.arrived = threading.Condition()
        self.ended = True  # no helper: every item is the caller's
        if count == 0 or not fork_is_safe():
            return
        context = multiprocessing.get_context("fork")
        self.lock = context.Lock()
        self.front, self.back = context.RawValue("l", 0), context.RawValue("l", count)
        parent, child = context.Pipe(duplex=False)
        process = context.Process(target=self._helper, args=(child,), daemon=True)
        process.start()
        child.close()
        self.ended = False
        threading.Thread(target=self._drain, args=(parent, process), daemon=True).start()

    def _helper(self, child: Any) -> None:
        """In the helper: take the last item nobody has taken, do it, send it; until the two ends meet."""
        while True:
            with self.lock:
                if self.back.value <= self.front.value:
                    break
                self.back.value -= 1
                i = self.back.value
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
        """Whether item i is the caller's to do: it takes item i (and any before it) unless the helper did."""
        if self.front is None:
            return True
        with self.lock:
            if i >= self.back.value:
                return False
            self.front.value = max(self.front.value, i + 1)
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
