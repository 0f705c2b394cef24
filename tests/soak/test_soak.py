"""The long soak: 100,000 frames of random keys, clicks and typing through every screen,
headless; nothing may go wrong and memory must stay level after the warm-up (a play through
each mode, then the first fifth of the random frames)."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tests.soak.soak import SCENES

FRAMES = 100_000
MAX_GROWTH_MB = 20


@pytest.mark.slow
def test_100000_random_frames_through_every_screen_with_level_memory(tmp_path):
    run = subprocess.run([sys.executable, "-m", "tests.soak.soak", str(FRAMES), str(tmp_path / "data")], cwd=ROOT,
                         capture_output=True, text=True, timeout=3600)
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report["frames"] == FRAMES
    assert set(SCENES) <= set(report["scenes"]), sorted(report["scenes"])
    growth = report["rss_level_end_mb"] - report["rss_level_warm_mb"]   # medians: see soak.levels
    assert growth < MAX_GROWTH_MB, report
