"""Make the game's own sounds (the ringtone) deterministically: ``python tools/make_sounds.py``."""
from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

SOUNDS = Path(__file__).resolve().parent.parent / "assets" / "sounds"
RATE = 22050


def ringtone() -> bytes:
    """Two seconds of a phone ring: 0.4 s of 440+480 Hz twice, then quiet, faded at the edges."""
    frames = []
    for i in range(2 * RATE):
        t = i / RATE
        on = t < 0.4 or 0.6 <= t < 1.0
        fade = min(1.0, (t % 0.4) * 50, (0.4 - t % 0.4) * 50) if on else 0.0
        value = 0.35 * fade * (math.sin(2 * math.pi * 440 * t) + math.sin(2 * math.pi * 480 * t)) / 2
        frames.append(struct.pack("<h", int(value * 32767)))
    return b"".join(frames)


def main() -> None:
    SOUNDS.mkdir(parents=True, exist_ok=True)
    with wave.open(str(SOUNDS / "ringtone.wav"), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(ringtone())
    print("wrote assets/sounds/ringtone.wav")


if __name__ == "__main__":
    main()
