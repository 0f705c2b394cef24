"""Stopping the game while a big extra pack is being checked: it goes within seconds, and the
checking goes with it (it runs in a child process that watches the game)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from bench.loading import make_pack
from tests.conftest import ROOT


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="finds the child in /proc")
def test_sigterm_while_a_big_pack_is_checked_ends_the_game_and_the_check(tmp_path):
    pack = make_pack(tmp_path / "packs", 1000)   # about 1.5 s of validation on a quiet machine
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", PYGAME_HIDE_SUPPORT_PROMPT="1")
    game = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--data-dir", str(tmp_path / "data"),
                             "play", "--packs", str(pack.parent)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        checker = _wait_for_checker(str(tmp_path), timeout=60)
        assert checker, "the pack check did not start in a child process"
        sent = time.monotonic()
        game.send_signal(signal.SIGTERM)
        game.wait(timeout=30)
        took = time.monotonic() - sent
    finally:
        if game.poll() is None:
            game.kill()
    assert took < 5, took                     # measured well under a second; it was 30 s
    deadline = time.monotonic() + 10
    while _alive(checker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(checker)                # no validation left running


def _wait_for_checker(marker: str, timeout: float) -> int:
    """The process id of the child checking packs under ``marker``, once it runs."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for pid in os.listdir("/proc"):
            if pid.isdigit():
                try:
                    with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
                        words = cmdline.read().split(b"\0")
                except OSError:
                    continue
                if b"game.packloader" in words and any(marker.encode() in w for w in words):
                    return int(pid)
        time.sleep(0.05)
    return 0


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False
