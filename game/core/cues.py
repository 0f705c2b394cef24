"""Interface sounds ("cues"): which one answers what the player did, and which ringtone each
kind of call rings with. Names only: ``game.media.cues`` plays them, from assets/sounds/<name>.wav
(made by tools/make_sounds.py).

- ``choice``: a soft click when a button or an answer is chosen;
- ``correct``: the feedback on an answer judged right;
- ``careful``: the feedback on an answer judged wrong: calm, never a buzzer;
- ``reveal``: a room's answer is shown (a classroom or community reveal).

Never music, and never under speech: see ``game.media.cues.Cues`` for the rule.
"""
from __future__ import annotations

from game.core.scoring import Answer

CUES = ("choice", "correct", "careful", "reveal")
RINGTONES = {"phone": "ring_phone", "video": "ring_video", "conference": "ring_conference"}
LATE = 1.0   # seconds a cue may wait for a voice to end; later it no longer answers what was done


def verdict(answer: Answer | None) -> str:
    """The cue of the feedback on ``answer``: correct when it judged the clip right."""
    return "correct" if answer is not None and answer.judged_right else "careful"


def ringtone(channel: str) -> str:
    """The ringtone of a call on ``channel`` (a ``CallScript.channel``): a telephone's ring for
    a phone call, an app's chime for a video call or a conference."""
    return RINGTONES.get(channel, "ring_phone")
