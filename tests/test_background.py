"""The helper process: results come back in order, a failing job is reported, one core gives the same."""

from __future__ import annotations

import os

import pytest

from snowball.background import in_background


def _boom() -> int:
    raise ValueError("broken job")


@pytest.mark.parametrize("serial", [False, True])
def test_results_errors_and_order(serial: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    if serial:
        monkeypatch.setenv("SNOWBALL_SERIAL", "1")
    parent = os.getpid()
    first, failing, last = in_background(lambda: (os.getpid(), "a" * 200_000), _boom, lambda: [1, 2, 3])
    assert last() == [1, 2, 3]  # waiting for a later result first is fine: a thread drains the pipe
    pid, text = first()
    assert text == "a" * 200_000  # larger than a pipe's buffer
    assert (pid == parent) is serial  # in a build it really runs in another process
    with pytest.raises(RuntimeError, match="ValueError: broken job"):
        failing()


def test_never_forks_on_macos(monkeypatch: pytest.MonkeyPatch) -> None:
    """CPython deems fork unsafe on macOS (system frameworks may hold locks in the child)."""
    import snowball.background as background

    monkeypatch.setattr(background.sys, "platform", "darwin")
    assert background.fork_is_safe() is False
    parent = os.getpid()
    (pid,) = in_background(os.getpid)
    assert pid() == parent
