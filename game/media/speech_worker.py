"""The speech worker: a child process that owns pyttsx3, so a hung engine can be killed.

Run as ``python -m game.media.speech_worker``. It reads one JSON job per line on
standard input and answers one JSON line on its own output: ``["render", parts,
settings, out]`` writes one WAV file; ``["phonemes", text, lang]`` returns espeak
phonemes (tests). Anything the engine prints goes to standard error.
"""
from __future__ import annotations

import json
import os
import sys
import threading
import time
import wave
from pathlib import Path

from game.core.speechtime import RATE_ATTEMPTS, expected_seconds, plausible_seconds
from game.core.voicechoice import VoiceChoice, choose, listed
from game.media.wavfile import wait_for_wav

PART_ATTEMPTS = 3
FINISH_WAIT = 2.5    # seconds one part may take; then it is said again (the parent gives up at 3 s of silence)
SETTLE_LIMIT = 1.0   # seconds to wait for espeak to apply a voice, rate or pitch
PROGRESS_EVERY = 0.5   # seconds between "working" messages while words are being made


def load_bundled_espeak() -> str:
    """Load espeak-ng 1.52 from the espeakng-loader wheel before pyttsx3 loads a system one."""
    if not sys.platform.startswith("linux"):
        return ""
    try:
        import ctypes

        import espeakng_loader
    except ImportError:
        return ""
    os.environ["ESPEAK_DATA_PATH"] = espeakng_loader.get_data_path()
    ctypes.CDLL(espeakng_loader.get_library_path(), mode=ctypes.RTLD_GLOBAL)
    return espeakng_loader.get_library_path()


class Engine:
    """pyttsx3 as the worker uses it: one line at a time, each one finished before the next.

    pyttsx3 2.99's runAndWait returns as soon as espeak has *queued* the line, and its end of
    loop cancels whatever espeak still has queued: a rate set just before could be dropped and
    the line said at the previous rate (measured: 1 line in 4 at the wrong speed), and a line
    still being said could be cut off. So every property change is let settle before a line is
    queued, and the worker waits for the line's own end before taking the next job."""

    def __init__(self, library: str):
        import pyttsx3

        self.library = library
        self.engine = pyttsx3.init()
        driver = type(self.engine.proxy._driver).__module__.rsplit(".", 1)[-1]
        self.espeak = driver == "espeak"
        self.name = f"{driver}:{'bundled' if library else 'system'}"
        self.voices = listed(self.engine.getProperty("voices"))
        self.finished = threading.Event()
        self.engine.connect("finished-utterance", lambda name, completed: self.finished.set())
        self.on_progress = lambda: None   # called (at most twice a second) while words are made
        self._progress_at = 0.0
        self.engine.connect("started-word", lambda **event: self._progress())
        self.engine.runAndWait()   # empty: leaves pyttsx3 idle, so properties apply when set

    def _progress(self) -> None:
        now = time.monotonic()
        if now - self._progress_at >= PROGRESS_EVERY:
            self._progress_at = now
            self.on_progress()

    def choose(self, lang: str, settings: dict) -> VoiceChoice | None:
        wanted = settings.get("voice") if settings.get("lang", lang) == lang else None
        return choose(self.voices, lang, wanted, settings.get("gender"), settings.get("age"),
                      settings.get("pitch", 50), self.espeak)

    def configure(self, choice: VoiceChoice | None, rate: int) -> None:
        if choice is not None:
            self.engine.setProperty("voice", choice.voice)
        self.engine.setProperty("rate", rate)
        try:
            self.engine.setProperty("pitch", choice.pitch if choice else 50)
        except Exception:  # not every driver has pitch
            pass
        self.settle()

    def settle(self) -> None:
        """Wait until espeak has applied what it was told (see the class comment)."""
        if not self.espeak:
            return
        from pyttsx3.drivers import _espeak

        started = time.monotonic()
        while _espeak.IsPlaying() and time.monotonic() - started < SETTLE_LIMIT:
            time.sleep(0.002)

    def say_to_file(self, text: str, out: Path) -> bool:
        """Say ``text`` into ``out``; True when the file is whole."""
        out.unlink(missing_ok=True)
        self.finished.clear()
        self.engine.save_to_file(text, str(out))
        self.engine.runAndWait()
        finished = self.finished.wait(FINISH_WAIT) if self.espeak else True
        return finished and wait_for_wav(out, timeout=FINISH_WAIT)


def _render_part(engine: Engine, lang: str, text: str, settings: dict, out: Path) -> str:
    """Say one part into ``out``; returns a warning when its length does not fit its rate."""
    rate = settings.get("rate", 150)
    engine.configure(engine.choose(lang, settings), rate)
    seconds = 0.0
    for attempt in range(RATE_ATTEMPTS):
        _say_whole(engine, text, out)
        seconds = wav_seconds(out)
        if not engine.espeak or plausible_seconds(seconds, text, lang, rate):
            return ""
        engine.configure(engine.choose(lang, settings), rate)   # said at another rate: set it again
    low, high = expected_seconds(text, lang, rate)
    return f"{seconds:.2f} s for {len(text)} characters at {rate} wpm (expected {low:.1f}-{high:.1f} s): {text[:30]!r}"


def _say_whole(engine: Engine, text: str, out: Path) -> None:
    for _ in range(PART_ATTEMPTS):
        if engine.say_to_file(text, out):
            return
        # Now and then espeak writes a header and no sound for a short part (seen for
        # "hello" after a Chinese part, about 1 time in 15 on a fresh engine): say it again.
        engine.settle()
    raise RuntimeError("the engine wrote no whole sound file")


def wav_seconds(path: Path) -> float:
    with wave.open(str(path), "rb") as sound:
        return sound.getnframes() / float(sound.getframerate() or 1)


def _join(parts: list[Path], out: Path) -> None:
    """Join WAV parts (same format from one engine) into ``out``, written atomically."""
    temp = out.with_suffix(".part.wav")
    with wave.open(str(temp), "wb") as joined:
        for index, part in enumerate(parts):
            with wave.open(str(part), "rb") as piece:
                if index == 0:
                    joined.setparams(piece.getparams())
                joined.writeframes(piece.readframes(piece.getnframes()))
    os.replace(temp, out)


def serve(reply) -> None:
    """Answer jobs from standard input until it closes; ``reply(list)`` sends one answer."""
    try:
        engine = Engine(load_bundled_espeak())
        engine.on_progress = lambda: reply(["working"])
        reply(["ready", engine.name])
    except Exception as err:  # no engine at all: the parent plays captions only
        reply(["failed", f"{type(err).__name__}: {err}"])
        return
    for line in sys.stdin:
        try:
            reply(["ok", *_do(json.loads(line), engine, reply)])
        except Exception as err:
            reply(["error", f"{type(err).__name__}: {err}"])


def _do(job, engine: Engine, reply) -> list:
    """The answer to one job: [result] or [result, warnings]."""
    if job[0] == "render":
        _, parts, settings, out = job
        return list(_render(engine, parts, settings, Path(out), reply))
    if job[0] == "phonemes":
        return [_phonemes(engine, job[1], job[2])]
    if job[0] == "voice":   # the voice a line in this language gets (the say command)
        choice = engine.choose(job[1], job[2] if len(job) > 2 else {})
        return [choice.voice if choice else ""]
    if job[0] == "sleep":  # stands in for a hung engine in tests
        time.sleep(float(job[1]))
        return ["slept"]
    raise ValueError(job[0])


def _render(engine: Engine, parts, settings: dict, out: Path, reply) -> tuple[str, list[str]]:
    """Say every (language, text) part and join them into ``out``; tells the parent after each
    part that it is still working, so a silent worker is known to be stuck within seconds."""
    out.parent.mkdir(parents=True, exist_ok=True)
    pieces, warnings = [], []
    for index, (lang, text) in enumerate(parts):
        piece = out.with_name(f"{out.stem}.{index}.wav")
        warning = _render_part(engine, lang, text, settings, piece)
        if warning:
            warnings.append(warning)
        pieces.append(piece)
        reply(["working", str(out)])
    _join(pieces, out)
    for piece in pieces:
        piece.unlink(missing_ok=True)
    return str(out), warnings


def _phonemes(engine: Engine, text: str, lang: str) -> str:
    """espeak's phonemes for ``text`` in the voice chosen for ``lang`` (checks pronunciation).

    Uses the engine pyttsx3 already started: initialising espeak again (as this did once)
    replaced pyttsx3's sound callback, and the next render hung for the whole time-out."""
    import ctypes

    if not engine.library or not engine.espeak:
        return ""
    engine.settle()
    lib = ctypes.CDLL(engine.library)
    choice = engine.choose(lang, {})
    lib.espeak_SetVoiceByName((choice.voice if choice else "").rsplit("/", 1)[-1].encode())
    lib.espeak_TextToPhonemes.restype = ctypes.c_char_p
    pointer = ctypes.c_char_p(text.encode("utf-8"))
    holder = ctypes.pointer(pointer)
    out = []
    while holder.contents.value:
        chunk = lib.espeak_TextToPhonemes(holder, 1, 0x02)  # UTF-8 in, IPA-ish out
        if not chunk:
            break
        out.append(chunk.decode("utf-8", "replace"))
    return " ".join(out)


def _leave_with_parent(every: float = 1.0) -> None:
    """End this worker when the game that started it has gone, even in the middle of a job.

    The worker ends when its input closes, but only between jobs: a worker hung inside espeak
    (the stall the game replaces it for) outlived a killed game, and tests, for hours. Where
    the game's death changes the parent (POSIX), a thread notices within ``every`` seconds;
    on Windows the input closing between jobs is what ends it."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def main() -> None:
    # Speech is rendered ahead of need: on a 2-core laptop the game's own frames come first
    # (the worker at normal priority made video frames late by 10-30 ms while it rendered).
    if hasattr(os, "nice"):
        try:
            os.nice(10)
        except OSError:
            pass
    # Keep our answers apart from anything the engine writes: answers go to the
    # real standard output, everything else to standard error.
    out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr

    _leave_with_parent()
    lock = threading.Lock()   # espeak's own thread says "working" too

    def reply(message) -> None:
        with lock:
            out.write(json.dumps(message, ensure_ascii=False) + "\n")
            out.flush()

    serve(reply)


if __name__ == "__main__":
    main()
