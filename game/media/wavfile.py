"""Waiting for a speech engine's WAV file to be whole before anyone reads it.

pyttsx3 can return before its file is written, and under load the file may still
be growing: a reader that takes it then gets a clipped line (seen when two builds
ran at once). A file is whole when its header's frame count matches its size and
the size has stopped changing.
"""
from __future__ import annotations

import time
import wave
from pathlib import Path

HEADER_SLACK = 1024   # bytes a WAV header may take besides the sound itself


def wav_is_whole(path: Path) -> bool:
    """The header promises as much sound as the file holds (a file still being written does not)."""
    try:
        size = path.stat().st_size
        with wave.open(str(path), "rb") as sound:
            data = sound.getnframes() * sound.getsampwidth() * sound.getnchannels()
    except (OSError, EOFError, wave.Error):
        return False
    return data > 0 and 0 <= size - data <= HEADER_SLACK


EMPTY_GIVE_UP = 0.3   # seconds a file holding only its header may stay so before it counts as empty


def wait_for_wav(path: Path, timeout: float, poll: float = 0.02) -> bool:
    """True once ``path`` is a whole WAV file whose size held still for two polls; False at
    the time-out, or sooner when the engine wrote a header and no sound (the caller retries)."""
    started = time.monotonic()
    last, steady, empty_since = -1, 0, None
    while time.monotonic() - started < timeout:
        size = path.stat().st_size if path.exists() else -1
        steady = steady + 1 if size == last and size > 44 and wav_is_whole(path) else 0
        if steady >= 2:
            return True
        if 0 <= size <= 44 and size == last:
            empty_since = empty_since or time.monotonic()
            if time.monotonic() - empty_since > EMPTY_GIVE_UP:
                return False
        else:
            empty_since = None
        last = size
        time.sleep(poll)
    return False
