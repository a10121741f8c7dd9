"""The helper process: both ends of the queue give the results the caller would compute, a failing item is
reported, a dead helper's items come back to the caller, and one core gives the same."""

from __future__ import annotations

import os
import time

import pytest

from snowball.background import Shared


def _item(i: int) -> tuple[int, str]:
    if i == 7:
        raise ValueError("broken item")
    return os.getpid(), "a" * (200_000 if i == 3 else 10) + str(i)  # item 3 is larger than a pipe's buffer


def _take(shared: Shared, i: int) -> object:
    """What a caller does: its own items here, the helper's waited for."""
    return shared.do(i) if shared.mine(i) else shared.wait(i)


@pytest.mark.parametrize("serial", [False, True])
def test_every_item_once_from_either_end(serial: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    if serial:
        monkeypatch.setenv("SNOWBALL_SERIAL", "1")
    parent = os.getpid()
    shared = Shared(40, _item)
    time.sleep(0.3)  # a slow caller: the helper runs ahead meanwhile
    pids = set()
    for i in range(40):
        if i == 7:
            with pytest.raises((RuntimeError, ValueError), match="broken item"):
                _take(shared, i)
            continue
        pid, text = _take(shared, i)  # type: ignore[misc]
        assert text.endswith(str(i)) and len(text) == (200_000 if i == 3 else 10) + len(str(i))
        pids.add(pid)
    assert (pids == {parent}) is serial  # in a build the helper really does some items, in another process
    assert shared.results == {}  # each result handed over once, then dropped


def test_a_dead_helper_gives_its_items_back() -> None:
    parent = os.getpid()
    shared = Shared(30, lambda i: os.kill(os.getpid(), 9) if os.getpid() != parent else i, first=29)
    time.sleep(0.3)
    assert not shared.mine(29)  # the helper took the item it does first, and died doing it
    with pytest.raises(RuntimeError, match="ended early"):
        shared.wait(29)
    assert all(shared.mine(i) for i in range(29))  # nothing else was taken: the caller does the rest


def test_the_helper_runs_at_most_ahead_items_before_the_caller() -> None:
    """Results wait in the caller's memory until it needs them: the helper must not do everything at once."""
    shared = Shared(50, lambda i: i, ahead=5)
    time.sleep(0.3)
    assert not shared.mine(0) and not shared.mine(5)  # the helper did these
    assert shared.mine(6) and shared.mine(49)  # and waited for the caller before going further
    assert shared.wait(0) == 0


def test_never_forks_on_macos(monkeypatch: pytest.MonkeyPatch) -> None:
    """CPython deems fork unsafe on macOS (system frameworks may hold locks in the child)."""
    import snowball.background as background

    monkeypatch.setattr(background.sys, "platform", "darwin")
    assert background.fork_is_safe() is False
    shared = Shared(5, lambda i: os.getpid())
    assert all(shared.mine(i) for i in range(5))
