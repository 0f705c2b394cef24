"""The malloc arena limit that keeps memory level in long sessions (see game/malloc.py)."""
import sys

import pytest

from game.malloc import limit_arenas


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc only")
def test_glibc_accepts_the_arena_limit():
    assert limit_arenas(1) is True


def test_other_systems_are_left_alone(monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    assert limit_arenas(1) is False
