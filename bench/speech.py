"""Speech: how soon a cached line starts playing, and how much faster than real time a pack's
voices are rendered ahead of play."""
from __future__ import annotations

import time
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def tts_start_ms(cache: Path, repeats: int = 20) -> float:
    """Milliseconds from asking for a cached line to its sound playing on a mixer channel (median)."""
    import os

    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    import pygame

    from game.core.speechtext import SpeechRequest
    from game.media.sound import SoundOutput
    from game.media.speech import Speech

    pygame.init()
    sound = SoundOutput()
    sound.start()
    speech = Speech(cache)
    request = SpeechRequest("这是真的，还是AI伪造的？", "zh")
    try:
        if speech.render(request) is None:
            raise SystemExit(f"no speech engine: {speech.error}")
        times = []
        for _ in range(repeats):
            started = time.perf_counter()
            path = speech.cached(request)
            channel = sound.play(sound.load(path))
            times.append((time.perf_counter() - started) * 1000)
            if channel is not None:
                channel.stop()
    finally:
        speech.close()
    return sorted(times)[len(times) // 2]


def prerender_speed(cache: Path, pack_id: str = "starter") -> dict:
    """Seconds of speech rendered per second of rendering, for every voice line of a pack."""
    from game.core.install import InstallPaths
    from game.core.library import load_all, open_library
    from game.media.speech import Speech
    from game.prerender import pack_requests

    install = InstallPaths(ROOT)
    library, _ = open_library(install, None)
    pack = next(s.pack for s in load_all([install.scenarios], library) if s.ok and s.pack.info.id == pack_id)
    requests = pack_requests(pack)
    speech = Speech(cache)
    try:
        if not speech.available:
            raise SystemExit(f"no speech engine: {speech.error}")
        started = time.perf_counter()
        paths = [speech.render(r) for r in requests]
        took = time.perf_counter() - started
    finally:
        speech.close()
    audio = 0.0
    for path in paths:
        if path is not None:
            with wave.open(str(path)) as sound:
                audio += sound.getnframes() / sound.getframerate()
    return {"lines": len(requests), "audio_s": audio, "render_s": took, "speed_x": audio / took if took else 0.0}
