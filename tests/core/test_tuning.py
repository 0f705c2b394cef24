"""Interpreter-wide settings made at start-up (see game/tuning.py)."""
import sys

import pytest

from game.tuning import SWITCH_SECONDS, limit_arenas, release_freed_memory, tune_interpreter


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc only")
def test_glibc_accepts_the_arena_limit_and_gives_freed_memory_back():
    assert limit_arenas(1) is True
    assert release_freed_memory() is True


def test_other_systems_are_left_alone(monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    assert limit_arenas(1) is False and release_freed_memory() is False


def test_start_up_sets_the_short_thread_switch_interval_for_the_whole_run():
    before = sys.getswitchinterval()
    try:
        tune_interpreter()
        assert sys.getswitchinterval() == pytest.approx(SWITCH_SECONDS)
        tune_interpreter()   # a second app in the same process changes nothing
        assert sys.getswitchinterval() == pytest.approx(SWITCH_SECONDS)
    finally:
        sys.setswitchinterval(before)
