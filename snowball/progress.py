"""One status line for long operations (an import of thousands of posts, a build of a big hub).

Someone waiting at a terminal should see that work goes on; a CI log or a pipe should get nothing, so the
line is written only when the stream is a terminal and CI is not set. It is rewritten in place (carriage
return, then erase to the end of the line) and cleared at the end, so what follows starts on a clean line.
Counters are redrawn about a hundred times per run, not once per item, so a terminal never slows the work.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TextIO

ERASE = "\x1b[K"  # erase to the end of the line: a shorter text leaves no tail of the longer one


def wanted(stream: TextIO) -> bool:
    """A person is watching: the stream is a terminal, not a CI log, not a terminal that cannot erase."""
    try:
        tty = stream.isatty()
    except (AttributeError, ValueError):  # a closed or unusual stream
        return False
    return tty and not os.environ.get("CI") and os.environ.get("TERM") != "dumb"


class Progress:
    """Phases ('Reading 10,000 stories…') and counters ('Writing pages 3,000 of 13,431') on one line."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream  # None: a no-op reporter
        self.shown = False
        self.handlers: list[logging.Handler] = []

    @classmethod
    def on_terminal(cls, stream: TextIO | None = None) -> Progress:
        """A reporter on stream (default stderr) when someone watches it, else one that writes nothing."""
        stream = stream if stream is not None else sys.stderr
        return cls(stream if wanted(stream) else None)

    @property
    def active(self) -> bool:
        """Someone will see it: worth computing a phase's numbers."""
        return self.stream is not None

    def phase(self, text: str) -> None:
        self._show(text)

    def count(self, label: str, done: int, total: int) -> None:
        """'label: done of total', redrawn at the first and last item and every 1% between."""
        step = max(1, total // 100)
        if done in (1, total) or done % step == 0:
            self._show(f"{label}: {done:,} of {total:,}")

    def end(self) -> None:
        """Clear the line, so the command's own output starts at the left margin."""
        if self.stream is not None and self.shown:
            self._write("\r" + ERASE)
            self.shown = False

    def clear_before(self, handlers: list[logging.Handler]) -> None:
        """Clear the line before any of these log handlers prints, so a log line never runs into it
        (the next update draws it again below). close() takes the filter off."""
        if self.stream is not None:
            for handler in handlers:
                handler.addFilter(self._clear)
                self.handlers.append(handler)

    def close(self) -> None:
        self.end()
        for handler in self.handlers:
            handler.removeFilter(self._clear)
        self.handlers.clear()

    def _clear(self, record: logging.LogRecord) -> bool:
        self.end()
        return True  # a filter that lets everything through

    def _show(self, text: str) -> None:
        if self.stream is not None:
            self._write("\r" + text + ERASE)
            self.shown = True

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)  # type: ignore[union-attr]
            self.stream.flush()  # type: ignore[union-attr]
        except (OSError, ValueError):  # the terminal went away: the work matters more than its progress
            self.stream = None
