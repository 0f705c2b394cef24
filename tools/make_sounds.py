"""Make the game's own sounds deterministically: ``python tools/make_sounds.py [folder]``.

Interface sounds (``choice``, ``correct``, ``careful``, ``reveal``) and one ringtone per kind of
call (``ring_phone``, ``ring_video``, ``ring_conference``), written as mono 16-bit WAVs at
22 050 Hz into assets/sounds/ (or ``folder``). Pure arithmetic, no randomness: running it again
writes the same bytes (tests/core/test_sounds.py checks the committed files).

Every sound is made of soft notes: sine tones with a little of their octave, a gentle attack
and a long decay, never a square or saw wave, never a buzzer, and peaks well under full scale
(so no clipping, and room for the player's volume setting).
"""
from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

SOUNDS = Path(__file__).resolve().parent.parent / "assets" / "sounds"
RATE = 22050
PEAK = 0.45   # the loudest sample of any sound, as a share of full scale


def note(freq: float, seconds: float, attack: float = 0.01, decay: float = 6.0, octave: float = 0.25) -> list[float]:
    """A soft tone: a sine with a little of its octave, rising over ``attack`` seconds, then
    dying away (``decay``: how fast), and faded to nothing over its last 30 ms."""
    count = int(seconds * RATE)
    samples = []
    for i in range(count):
        t = i / RATE
        envelope = min(1.0, t / attack) * math.exp(-decay * t) * min(1.0, (count - i) / (0.03 * RATE))
        tone = math.sin(2 * math.pi * freq * t) + octave * math.sin(4 * math.pi * freq * t)
        samples.append(envelope * tone / (1 + octave))
    return samples


def mix(length: float, parts: list[tuple[float, list[float]]]) -> list[float]:
    """``parts`` (start in seconds, samples) laid over ``length`` seconds of silence."""
    out = [0.0] * int(length * RATE)
    for start, samples in parts:
        offset = int(start * RATE)
        for i, value in enumerate(samples[: len(out) - offset]):
            out[offset + i] += value
    return out


def normalised(samples: list[float], peak: float = PEAK) -> list[float]:
    loudest = max(abs(v) for v in samples) or 1.0
    return [v * peak / loudest for v in samples]


def choice() -> list[float]:
    """A soft click: a short, high, quickly fading tone (70 ms)."""
    return normalised(note(1320, 0.07, attack=0.002, decay=60.0, octave=0.1), 0.3)


def correct() -> list[float]:
    """Two rising notes, a major third apart (E5, G#5): bright and warm (0.45 s)."""
    return normalised(mix(0.45, [(0.0, note(659.3, 0.25, decay=9.0)), (0.11, note(830.6, 0.34, decay=7.0))]))


def careful() -> list[float]:
    """"Look again": two low, slow, soft notes at the same pitch (A4), no fall in pitch and no
    buzz, so a wrong answer is met calmly (0.5 s)."""
    return normalised(mix(0.5, [(0.0, note(440.0, 0.2, attack=0.02, decay=10.0, octave=0.1)),
                                (0.18, note(440.0, 0.32, attack=0.02, decay=8.0, octave=0.1))]), 0.35)


def reveal() -> list[float]:
    """A short rising arpeggio (C5, E5, G5) that rings on: the answer is shown (0.6 s)."""
    return normalised(mix(0.6, [(0.0, note(523.3, 0.45, decay=6.0)), (0.07, note(659.3, 0.45, decay=6.0)),
                                (0.14, note(784.0, 0.46, decay=5.0))]), 0.4)


def ring_phone() -> list[float]:
    """A telephone's ring, two seconds to loop: 0.4 s of 440+480 Hz twice, then quiet."""
    samples = []
    for i in range(2 * RATE):
        t = i / RATE
        on = t < 0.4 or 0.6 <= t < 1.0
        fade = min(1.0, (t % 0.4) * 50, (0.4 - t % 0.4) * 50) if on else 0.0
        samples.append(0.35 * fade * (math.sin(2 * math.pi * 440 * t) + math.sin(2 * math.pi * 480 * t)) / 2)
    return samples


def ring_video() -> list[float]:
    """A video-call app: three rising chime notes (E5, G#5, B5) twice, two seconds to loop."""
    parts = [(start + 0.14 * k, note(freq, 0.4, decay=7.0))
             for start in (0.0, 0.6) for k, freq in enumerate((659.3, 830.6, 987.8))]
    return normalised(mix(2.0, parts), 0.4)


def ring_conference() -> list[float]:
    """A meeting app: a soft two-note bell (A5 down to E5) once, two seconds to loop."""
    return normalised(mix(2.0, [(0.0, note(880.0, 0.5, decay=5.0)), (0.25, note(659.3, 0.7, decay=4.0))]), 0.4)


MAKERS = {"choice": choice, "correct": correct, "careful": careful, "reveal": reveal,
          "ring_phone": ring_phone, "ring_video": ring_video, "ring_conference": ring_conference}


def pcm(samples: list[float]) -> bytes:
    """16-bit little-endian samples (rounded, and kept inside the 16-bit range)."""
    return b"".join(struct.pack("<h", max(-32767, min(32767, round(v * 32767)))) for v in samples)


def write_all(folder: Path) -> list[Path]:
    """Write every sound into ``folder``; return the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, make in MAKERS.items():
        path = folder / f"{name}.wav"
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(pcm(make()))
        written.append(path)
    return written


def main(argv: list[str]) -> None:
    folder = Path(argv[0]) if argv else SOUNDS
    for path in write_all(folder):
        print(f"wrote {path}")


if __name__ == "__main__":
    main(sys.argv[1:])
