"""Sound kit: WAV in and out, filters, noises, and speech from the bundled espeak-ng.

Speech runs one pyttsx3 job per child process (``python -m tools.media.sound
--tts-job JSON``), with a time-out, because pyttsx3 can hang or write only the
last of two queued files (design notes, section 4).
"""
from __future__ import annotations

import array
import functools
import json
import math
import os
import random
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

from tools.media.spec import FPS, ROOT, SR
from tools.media.text import checked

ESPEAK_TIMEOUT = 60
MANDARIN = "sit/cmn"


def read_wav(path: Path) -> tuple[list[float], int]:
    with wave.open(str(path), "rb") as w:
        if w.getsampwidth() != 2 or w.getnchannels() != 1:
            raise SystemExit(f"{path}: expected 16-bit mono")
        data = array.array("h", w.readframes(w.getnframes()))
        if sys.byteorder == "big":
            data.byteswap()
        return [v / 32768 for v in data], w.getframerate()


def write_wav(path: Path, samples: list[float], rate: int) -> None:
    data = array.array("h", (max(-32767, min(32767, int(round(v * 32767)))) for v in samples))
    if sys.byteorder == "big":
        data.byteswap()
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(data.tobytes())


def biquad(x: list[float], rate: int, kind: str, freq: float, q: float = 0.707) -> list[float]:
    """RBJ cookbook low-pass or high-pass filter."""
    w0 = 2 * math.pi * freq / rate
    alpha = math.sin(w0) / (2 * q)
    cw = math.cos(w0)
    if kind == "low":
        b0, b1, b2 = (1 - cw) / 2, 1 - cw, (1 - cw) / 2
    else:
        b0, b1, b2 = (1 + cw) / 2, -(1 + cw), (1 + cw) / 2
    a0, a1, a2 = 1 + alpha, -2 * cw, 1 - alpha
    b0, b1, b2, a1, a2 = b0 / a0, b1 / a0, b2 / a0, a1 / a0, a2 / a0
    y = [0.0] * len(x)
    x1 = x2 = y1 = y2 = 0.0
    for i, v in enumerate(x):
        out = b0 * v + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2
        x2, x1, y2, y1 = x1, v, y1, out
        y[i] = out
    return y


def band(x, rate, low, high):
    return biquad(biquad(x, rate, "high", low), rate, "low", high)


def resample(x: list[float], src: int, dst: int) -> list[float]:
    if src == dst:
        return list(x)
    n = int(len(x) * dst / src)
    out = [0.0] * n
    step = src / dst
    last = len(x) - 1
    for i in range(n):
        pos = i * step
        j = int(pos)
        t = pos - j
        out[i] = x[j] * (1 - t) + x[min(j + 1, last)] * t
    return out


def silence(seconds: float) -> list[float]:
    return [0.0] * int(seconds * SR)


def noise(seconds: float, amp: float, rng: random.Random) -> list[float]:
    return [rng.uniform(-amp, amp) for _ in range(int(seconds * SR))]


def mix_into(base: list[float], other: list[float], start: float = 0.0, gain: float = 1.0) -> None:
    offset = int(start * SR)
    for i, v in enumerate(other):
        if 0 <= offset + i < len(base):
            base[offset + i] += v * gain


def normalise(x: list[float], peak: float = 0.85) -> list[float]:
    top = max((abs(v) for v in x), default=0.0)
    if top < 1e-6:
        raise SystemExit("sound came out silent")
    return [v * peak / top for v in x]


def fade(x: list[float], seconds: float = 0.01) -> list[float]:
    n = min(len(x) // 2, int(seconds * SR))
    for i in range(n):
        k = i / n
        x[i] *= k
        x[-1 - i] *= k
    return x


def cough(rng: random.Random) -> list[float]:
    """Two short noisy bursts, shaped like a cough."""
    out: list[float] = []
    for burst, length in ((1.0, 0.16), (0.7, 0.12)):
        n = int(length * SR)
        raw = [rng.uniform(-1, 1) for _ in range(n)]
        raw = band(raw, SR, 300, 1800)
        env = [burst * (min(1, i / (0.01 * SR)) * math.exp(-i / (0.05 * SR))) for i in range(n)]
        out += [v * e * 3 for v, e in zip(raw, env)]
        out += silence(0.06)
    return out


def breath(rng: random.Random, seconds: float = 0.35, amp: float = 0.05) -> list[float]:
    n = int(seconds * SR)
    raw = band([rng.uniform(-1, 1) for _ in range(n)], SR, 900, 3500)
    return [v * amp * math.sin(math.pi * i / n) * 4 for i, v in enumerate(raw)]


def envelope(x: list[float], rate: int, fps: int) -> list[float]:
    """RMS loudness per video frame."""
    per = rate // fps
    out = []
    for i in range(0, len(x), per):
        chunk = x[i:i + per]
        out.append(math.sqrt(sum(v * v for v in chunk) / max(1, len(chunk))))
    return out


def hoarse(x: list[float], rng: random.Random, amount: float) -> list[float]:
    """A husky voice: breath noise that follows the loudness of the speech."""
    env, level = [], 0.0
    for v in x:
        level = max(abs(v), level * 0.999)
        env.append(level)
    rough = band([rng.uniform(-1, 1) for _ in range(len(x))], SR, 1200, 5000)
    return [v * 0.9 + r * e * amount for v, r, e in zip(x, rough, env)]


def mouth_track(samples, lag_seconds=0.0):
    env = envelope(samples, SR, FPS)
    top = max(env) or 1.0
    lag = int(round(lag_seconds * FPS))
    def mouth(frame_index):
        i = frame_index - lag
        if i < 0 or i >= len(env):
            return 0.0
        v = env[i] / top
        return 0.0 if v < 0.12 else min(1.0, v * 1.4)
    return mouth


def beep(seconds=0.15, freq=660, amp=0.3):
    n = int(seconds * SR)
    return fade([amp * math.sin(2 * math.pi * freq * i / SR) for i in range(n)], 0.01)


def _tts_child(job: dict) -> int:
    """Runs in a child process: one pyttsx3 job, one WAV file, said as the game's worker says
    lines (each setting applied before the line, the line finished before the file is read)."""
    from game.core.voicechoice import VoiceChoice
    from game.media.speech_worker import Engine, load_bundled_espeak

    engine = Engine(load_bundled_espeak())
    wanted = job["voice"].split("+")[0]
    if not any(v.id == wanted or v.id.endswith("/" + wanted) for v in engine.voices):
        print(f"voice {wanted} not found", file=sys.stderr)
        return 2
    engine.configure(VoiceChoice(job["voice"], job["pitch"]), job["rate"])
    Path(job["out"]).parent.mkdir(parents=True, exist_ok=True)
    return 0 if engine.say_to_file(job["text"], Path(job["out"])) else 3


@functools.lru_cache(maxsize=None)
def _speak_cached(text_: str, voice: str, rate: int, pitch: int) -> tuple[float, ...]:
    """One line, steady: now and then (seen on a busy machine, and with the female variants) a
    speech child hands back a different take of the same line, which breaks byte-for-byte
    remaking. Each line is synthesised until two takes agree (the longest of three otherwise)."""
    takes = [_synthesise(text_, voice, rate, pitch), _synthesise(text_, voice, rate, pitch)]
    if takes[0] != takes[1]:
        takes.append(_synthesise(text_, voice, rate, pitch))
        takes = [t for t in takes if takes.count(t) > 1] or [max(takes, key=len)]
    return takes[0]


def _synthesise(text_: str, voice: str, rate: int, pitch: int) -> tuple[float, ...]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "speech.wav"
        job = {"text": checked(text_), "voice": voice, "rate": rate, "pitch": pitch, "out": str(out)}
        for attempt in range(2):
            try:
                run = subprocess.run([sys.executable, "-m", "tools.media.sound", "--tts-job", json.dumps(job)],
                                     capture_output=True, text=True, timeout=ESPEAK_TIMEOUT, cwd=ROOT)
            except subprocess.TimeoutExpired:
                print(f"\n    speech timed out (attempt {attempt + 1})")
                continue
            if run.returncode == 0 and out.is_file():
                samples, rate_ = read_wav(out)
                if rate_ != SR:
                    samples = resample(samples, rate_, SR)
                if max((abs(v) for v in samples), default=0) > 0.03:
                    return tuple(samples)
            print(f"\n    speech failed (attempt {attempt + 1}): {run.stderr.strip()[-300:]}")
        raise SystemExit(f"could not synthesise {text_!r} with voice {voice}")


def _spoken(text_: str) -> str:
    from game.core.readingcheck import line_warnings
    from game.core.speakable import spoken_form

    doubts = line_warnings(text_, "zh")
    if doubts:
        raise SystemExit(f"the voice may misread {text_!r}: {doubts[0].message} ({doubts[0].hint}; or pass said=)")
    return spoken_form(text_, "zh")


class Speech(list):
    """The samples of one spoken line, carrying the words said (``words``), so that a Track
    adding them knows what is said when: the clip's transcript. Any list operation on it
    (slicing, +, normalise) gives a plain list: pass ``words=`` to Track.add then."""

    def __init__(self, samples, words: str):
        super().__init__(samples)
        self.words = words


def speak(text_: str, voice: str, rate: int = 170, pitch: int = 50, said: str | None = None) -> Speech:
    """Speech as samples at SR, with leading and trailing silence trimmed.

    The voice gets what the game's voices get: the spoken form of the (Mandarin) text, numbers
    and polyphones read right (game/core/speakable.py), or ``said`` where the author wrote how
    it is said. A line the reading check doubts stops the build, as validate warns for packs."""
    x = list(_speak_cached(said or _spoken(text_), voice, rate, pitch))
    limit = 0.01
    start = next((i for i, v in enumerate(x) if abs(v) > limit), 0)
    end = len(x) - next((i for i, v in enumerate(reversed(x)) if abs(v) > limit), 0)
    return Speech(fade(x[max(0, start - 200):min(len(x), end + 400)]), text_)


class Track:
    """A sound track built piece by piece; remembers when each line starts and ends.

    ``marks`` are the labelled pieces (for the author's notes); ``spoken`` are the words said,
    as (words, start, end) in seconds: what the clip's ``transcript:`` must hold.
    """

    def __init__(self):
        self.samples: list[float] = []
        self.marks: list[tuple[str, float, float]] = []
        self.spoken: list[tuple[str, float, float]] = []

    @property
    def seconds(self) -> float:
        return len(self.samples) / SR

    def add(self, samples: list[float], label: str | None = None, gain: float = 1.0, *,
            words: str | None = None, spoken: list[tuple[str, float, float]] | None = None) -> None:
        """Append ``samples``. Their words are ``words``, or those speak() gave them; ``spoken``
        lists the words inside a piece made of another Track (times from the piece's start)."""
        start = self.seconds
        self.samples.extend(v * gain for v in samples)
        if label:
            self.marks.append((label, start, self.seconds))
        words = words if words is not None else getattr(samples, "words", None)
        if words:
            self.spoken.append((words, start, self.seconds))
        for said, a, b in spoken or ():
            self.spoken.append((said, start + a, start + b))

    def pause(self, seconds: float) -> None:
        self.samples.extend(silence(seconds))

    def show_marks(self, out, name: str) -> None:
        for label, start, end in self.marks:
            out.note(f"{name} at [{start:.1f}, {end:.1f}]  {label}")
        out.spoke(name, self.spoken)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--tts-job"]:
        raise SystemExit(_tts_child(json.loads(sys.argv[2])))
