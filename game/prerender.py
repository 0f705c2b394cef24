"""``main.py prerender``: render every voice line of the packs ahead of play, at every reading speed."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from game.core.callspeech import pack_requests
from game.core.install import InstallPaths
from game.core.problems import terminal_safe
from game.core.settings import NARRATION_RATES, NORMAL_RATE


def render_all(speech, requests, progress=None) -> dict:
    """Render what is missing; return counts of rendered, cached and failed lines."""
    counts = {"rendered": 0, "cached": 0, "failed": 0}
    for index, request in enumerate(requests):
        if speech.cached(request) is not None:
            counts["cached"] += 1
        elif speech.render(request) is not None:
            counts["rendered"] += 1
        else:
            counts["failed"] += 1
        if progress:
            progress(index + 1, len(requests))
    return counts


def speech_cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("SeeThrough", appauthor=False)) / "speech"


def run_prerender(paths: list[Path], cache: Path | None, install: InstallPaths) -> int:
    from game.core.library import load_all, open_library
    from game.media.speech import Speech, trim_cache

    library, _ = open_library(install, None)
    statuses = load_all(paths, library)
    # every reading speed a player can choose: call voices follow it (Settings.voice_speed)
    speeds = [rate / NORMAL_RATE for rate in NARRATION_RATES]
    requests = list(dict.fromkeys(r for s in statuses if s.pack for speed in speeds
                                  for r in pack_requests(s.pack, speed)))
    for status in statuses:
        if not status.ok:
            print(terminal_safe(f"skipped {status.folder}: {status.problems[0]}"), file=sys.stderr)
    speech = Speech(cache or speech_cache_dir())
    try:
        if not speech.available:
            print(f"no speech engine: {speech.error}", file=sys.stderr)
            counts = {"rendered": 0, "cached": 0, "failed": len(requests)}
        else:
            counts = render_all(speech, requests, _bar)
    finally:
        speech.close()
    trim_cache(speech.cache_dir, speech.limit)   # the least recently used lines go past the limit
    print(json.dumps({**counts, "engine": speech.engine}))
    return 0 if counts["failed"] == 0 else 1


def _bar(done: int, total: int) -> None:
    filled = int(30 * done / max(1, total))
    print(f"\r[{'#' * filled}{'.' * (30 - filled)}] {done}/{total}", end="" if done < total else "\n",
          file=sys.stderr, flush=True)
