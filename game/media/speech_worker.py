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
import time
import wave
from pathlib import Path

from game.media.wavfile import wait_for_wav

PART_ATTEMPTS = 3


ZH_HINTS = ("cmn", "zh-cn", "zh_cn", "chinese", "huihui", "ting-ting", "tingting", "mandarin")
ZH_AVOID = ("pinyin", "latn", "yue", "hak", "cantonese", "hk", "tw")
EN_HINTS = ("gmw/en", "en-us", "en_us", "en-gb", "en_gb", "english", "zira", "david", "samantha", "daniel")


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


def pick_voice(voices, lang: str, wanted: str | None):
    """The best voice id for ``lang`` (or the one whose id or name contains ``wanted``)."""
    def text(v):
        langs = " ".join(str(x) for x in (getattr(v, "languages", None) or []))
        return f"{v.id} {getattr(v, 'name', '')} {langs}".lower()

    if wanted:
        for voice in voices:
            if wanted.lower() in text(voice):
                return voice.id
    hints = ZH_HINTS if lang == "zh" else EN_HINTS
    for hint in hints:
        for voice in voices:
            label = text(voice)
            if hint in label and not (lang == "zh" and any(a in label for a in ZH_AVOID)):
                if hint == "cmn" and not voice.id.lower().endswith("cmn"):
                    continue
                return voice.id
    return None


def _render_part(engine, voices, lang, text, settings, out: Path) -> None:
    voice = pick_voice(voices, lang, settings.get("voice"))
    if voice:
        engine.setProperty("voice", voice)
    engine.setProperty("rate", settings.get("rate", 150))
    try:
        engine.setProperty("pitch", settings.get("pitch", 50))
    except Exception:  # not every driver has pitch
        pass
    for _ in range(PART_ATTEMPTS):
        out.unlink(missing_ok=True)
        engine.save_to_file(text, str(out))
        engine.runAndWait()  # one job per runAndWait: queued saves lose all but the last
        if wait_for_wav(out, timeout=3):   # it can return before the file is whole
            return
        # Now and then espeak writes a header and no sound for a short part (seen for
        # "hello" after a Chinese part, about 1 time in 15 on a fresh engine): say it again.
    raise RuntimeError("the engine wrote no whole sound file")


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
        library = load_bundled_espeak()
        import pyttsx3

        engine = pyttsx3.init()
        voices = engine.getProperty("voices")
        name = f"{type(engine.proxy._driver).__module__.rsplit('.', 1)[-1]}:{'bundled' if library else 'system'}"
        reply(["ready", name])
    except Exception as err:  # no engine at all: the parent plays captions only
        reply(["failed", f"{type(err).__name__}: {err}"])
        return
    for line in sys.stdin:
        try:
            reply(["ok", _do(json.loads(line), engine, voices, library)])
        except Exception as err:
            reply(["error", f"{type(err).__name__}: {err}"])


def _do(job, engine, voices, library):
    if job[0] == "render":
        _, parts, settings, out = job
        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        pieces = []
        for index, (lang, text) in enumerate(parts):
            piece = out.with_name(f"{out.stem}.{index}.wav")
            _render_part(engine, voices, lang, text, settings, piece)
            pieces.append(piece)
        _join(pieces, out)
        for piece in pieces:
            piece.unlink(missing_ok=True)
        return str(out)
    if job[0] == "phonemes":
        return _phonemes(library, voices, job[1], job[2])
    if job[0] == "voice":   # the voice a line in this language gets (the say command)
        return pick_voice(voices, job[1], None) or ""
    if job[0] == "sleep":  # stands in for a hung engine in tests
        time.sleep(float(job[1]))
        return "slept"
    raise ValueError(job[0])


def _phonemes(library: str, voices, text: str, lang: str) -> str:
    """espeak's phonemes for ``text`` in the voice chosen for ``lang`` (checks pronunciation)."""
    import ctypes

    if not library:
        return ""
    lib = ctypes.CDLL(library)
    lib.espeak_Initialize.restype = ctypes.c_int
    lib.espeak_Initialize(0x02, 0, None, 0)
    voice = pick_voice(voices, lang, None) or ""
    lib.espeak_SetVoiceByName(voice.rsplit("/", 1)[-1].encode())
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

    def reply(message) -> None:
        out.write(json.dumps(message, ensure_ascii=False) + "\n")
        out.flush()

    serve(reply)


if __name__ == "__main__":
    main()
