"""Work for the machine's other core while MkDocs renders pages on this one.

MkDocs builds on one core. Jobs that need only the model (the search index, the
generated pages, the Markdown of stories MkDocs has not reached yet) run in one
forked process; the caller gets a waiter per job and asks for each result when it
needs it. Nothing here knows about MkDocs.
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


def in_background(*jobs: Callable[[], Any]) -> list[Callable[[], Any]]:
    """Run jobs, in order, in one forked process on another core while MkDocs renders pages.

    Returns one waiter per job; a waiter returns the job's result or raises RuntimeError.
    Where forking is not safe (see fork_is_safe), the jobs run here and now.
    """
    if not fork_is_safe():
        done = [_attempt(job) for job in jobs]
        return [partial(_result, message) for message in done]
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe(duplex=False)

    def work() -> None:
        for job in jobs:
            child.send(_attempt(job))

    process = context.Process(target=work, daemon=True)
    process.start()
    child.close()
    received: list[tuple[str, Any]] = []
    arrived = threading.Condition()

    def drain() -> None:
        """Read results as they come: a full pipe would otherwise stall the worker until they are needed."""
        for _ in jobs:
            try:
                message = parent.recv() if parent.poll(600) else ("error", "timed out after 600 s")
            except (EOFError, OSError) as exc:
                message = ("error", f"the background process ended early ({type(exc).__name__})")
            with arrived:
                received.append(message)
                arrived.notify_all()
        process.join(10)

    threading.Thread(target=drain, daemon=True).start()

    def wait(i: int) -> Any:
        with arrived:
            arrived.wait_for(lambda: len(received) > i)
        return _result(received[i])

    return [partial(wait, i) for i in range(len(jobs))]


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
