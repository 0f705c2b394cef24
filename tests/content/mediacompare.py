"""Is a remade media file the same as the committed one? Each format is compared the way it is made.

* The same bytes are the same file, whatever the format (the usual case: fixed seeds, no timestamps).
* PNG and GIF are lossless: otherwise their decoded pixels (and a GIF's frame count and timing)
  must be identical, so only an encoder library that packs the same pixels differently is forgiven.
* JPEG and the MP4 picture are lossy: decoded frames (the same number, the same size) may differ by
  a few levels in any 8x8 block, which an encoder build can do; a changed drawing moves a block by
  far more.
* WAV, and the MP4 sound, is speech from espeak-ng: the same length within 5 ms, and every quarter
  second the same waveform within 5 % (a take that comes out a hair louder, a sample off by one),
  or within 35 % where the sound went through AAC (another AAC bit rate or encoder build moves it
  by up to about 23 %). A changed line, a missing word or a new pause moves a quarter second by
  well over 100 %.

``difference(made, kept)`` returns None when they count as the same, else what differs, in words.
"""
from __future__ import annotations

import array
import math
import sys
import wave
from pathlib import Path

from PIL import Image, ImageChops, ImageSequence

BLOCK = 8                   # pixels: the side of a block whose mean change is judged
BLOCK_LEVELS = 12           # mean change (0..255, the largest channel) allowed in a block of a lossy picture
DURATION_SLACK = 0.005      # seconds a remade sound may be longer or shorter
WINDOW = 0.25               # seconds: the stretch of sound judged at a time
WAV_TOLERANCE = 0.05        # RMS of the difference / RMS of the committed sound, in each window
AAC_TOLERANCE = 0.35        # the same for sound that went through the AAC encoder
QUIET = 0.01                # of full scale: quieter windows are judged against this level instead,
QUIET_OF_FILE = 0.1         # or against this share of the whole file's RMS, if more (codec noise in pauses)


def difference(made: Path, kept: Path) -> str | None:
    made_bytes, kept_bytes = made.read_bytes(), kept.read_bytes()
    if made_bytes == kept_bytes:
        return None
    kind = kept.suffix.lower()
    if kind in (".png", ".gif"):
        return frames_differ(made, kept, lossless=True)
    if kind in (".jpg", ".jpeg"):
        return frames_differ(made, kept, lossless=False)
    if kind == ".wav":
        return wav_differs(made, kept)
    if kind == ".mp4":
        return mp4_differs(made, kept)
    return "different bytes"


# --- pictures -----------------------------------------------------------------------------------

def picture_frames(path: Path) -> list[tuple[Image.Image, int | None]]:
    """Every frame as RGBA, with its duration (ms) for animations."""
    with Image.open(path) as image:
        return [(frame.convert("RGBA"), frame.info.get("duration")) for frame in ImageSequence.Iterator(image)]


def block_change(a: Image.Image, b: Image.Image) -> int:
    """The largest mean change, over BLOCKxBLOCK blocks, of the most-changed channel (0..255)."""
    diff = ImageChops.difference(a.convert("RGB"), b.convert("RGB"))
    red, green, blue = diff.split()
    worst = ImageChops.lighter(ImageChops.lighter(red, green), blue)
    blocks = worst.resize((max(1, a.width // BLOCK), max(1, a.height // BLOCK)), Image.Resampling.BOX)
    return blocks.getextrema()[1]


def compare_frames(made: list[Image.Image], kept: list[Image.Image], lossless: bool) -> str | None:
    if len(made) != len(kept):
        return f"{len(made)} frames, not {len(kept)}"
    for index, (a, b) in enumerate(zip(made, kept)):
        if a.size != b.size:
            return f"frame {index} is {a.size}, not {b.size}"
        if lossless:
            box = ImageChops.difference(a, b).getbbox(alpha_only=False)   # all four channels, not alpha alone
            if box is not None:
                return f"frame {index}: pixels differ in {box}"
        else:
            change = block_change(a, b)
            if change > BLOCK_LEVELS:
                return f"frame {index}: an {BLOCK}x{BLOCK} block changed by {change} levels (allowed {BLOCK_LEVELS})"
    return None


def frames_differ(made: Path, kept: Path, lossless: bool) -> str | None:
    made_frames, kept_frames = picture_frames(made), picture_frames(kept)
    timing = [d for _, d in made_frames], [d for _, d in kept_frames]
    if timing[0] != timing[1]:
        return f"frame durations {timing[0]}, not {timing[1]}"
    return compare_frames([f for f, _ in made_frames], [f for f, _ in kept_frames], lossless)


# --- sound --------------------------------------------------------------------------------------

def read_wav(path: Path) -> tuple[array.array, int, tuple[int, int]]:
    with wave.open(str(path), "rb") as w:
        shape = (w.getnchannels(), w.getsampwidth())
        data = array.array("h", w.readframes(w.getnframes())) if shape[1] == 2 else array.array("h")
        rate = w.getframerate()
    if sys.byteorder == "big":
        data.byteswap()
    return data, rate, shape


def sound_differs(made: array.array, kept: array.array, rate: int, tolerance: float) -> str | None:
    """None if ``made`` (16-bit samples) sounds like ``kept``: see the module's docstring."""
    if abs(len(made) - len(kept)) > DURATION_SLACK * rate:
        return f"lasts {len(made) / rate:.3f} s, not {len(kept) / rate:.3f} s"
    length = min(len(made), len(kept))
    if length == 0:
        return None if len(made) == len(kept) else "one of them has no sound"
    floor = max(QUIET * 32768, QUIET_OF_FILE * math.sqrt(sum(v * v for v in kept[:length]) / length))
    step = max(1, int(WINDOW * rate))
    for start in range(0, length, step):
        a, b = made[start:min(start + step, length)], kept[start:min(start + step, length)]
        n = len(a)
        error = math.sqrt(sum((a[i] - b[i]) ** 2 for i in range(n)) / n)
        level = math.sqrt(sum(v * v for v in b) / n)
        allowed = tolerance * max(level, floor)
        if error > allowed:
            return (f"the sound differs at {start / rate:.2f} s: difference {error:.0f} RMS, allowed {allowed:.0f} "
                    f"(the committed sound is {level:.0f} RMS there)")
    return None


def wav_differs(made: Path, kept: Path) -> str | None:
    (a, rate_a, shape_a), (b, rate_b, shape_b) = read_wav(made), read_wav(kept)
    if (rate_a, shape_a) != (rate_b, shape_b):
        return f"{rate_a} Hz, {shape_a} (channels, bytes), not {rate_b} Hz, {shape_b}"
    if shape_a != (1, 2):
        return "different bytes (not 16-bit mono, so not compared as sound)"
    return sound_differs(a, b, rate_a, WAV_TOLERANCE)


def mp4_content(path: Path) -> tuple[list[str], list[Image.Image], array.array, int]:
    """Stream kinds, decoded pictures, and the sound as 16-bit mono samples with its rate."""
    import av

    with av.open(str(path)) as container:
        kinds = sorted(s.type for s in container.streams)
        pictures = [frame.to_image() for frame in container.decode(video=0)] if container.streams.video else []
    samples, rate = array.array("h"), 0
    with av.open(str(path)) as container:
        if container.streams.audio:
            rate = container.streams.audio[0].rate
            resampler = av.AudioResampler(format="s16", layout="mono", rate=rate)
            decoded = [part for frame in container.decode(audio=0) for part in resampler.resample(frame)]
            for part in decoded + list(resampler.resample(None)):
                samples.frombytes(bytes(part.planes[0])[:part.samples * 2])
    if sys.byteorder == "big":
        samples.byteswap()
    return kinds, pictures, samples, rate


def mp4_differs(made: Path, kept: Path) -> str | None:
    kinds_a, pictures_a, sound_a, rate_a = mp4_content(made)
    kinds_b, pictures_b, sound_b, rate_b = mp4_content(kept)
    if kinds_a != kinds_b or rate_a != rate_b:
        return f"streams {kinds_a} at {rate_a} Hz, not {kinds_b} at {rate_b} Hz"
    problem = compare_frames(pictures_a, pictures_b, lossless=False)
    if problem:
        return f"picture: {problem}"
    problem = sound_differs(sound_a, sound_b, rate_a, AAC_TOLERANCE) if rate_a else None
    return f"sound: {problem}" if problem else None
