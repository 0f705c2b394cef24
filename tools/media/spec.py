"""Where media go and the formats every pack's media share."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
FONTS = ROOT / "assets" / "fonts"
SCENARIOS = ROOT / "scenarios"
SR = 22050            # espeak-ng's own sample rate; all sound work happens at this rate
PHONE_SR = 16000      # phone-call clips are written at this rate after band-limiting
FPS = 12              # video frame rate
VIDEO_SIZE = (640, 360)
BUDGET_BYTES = 40_000_000   # all built-in media together (issue: the game must stay small)
