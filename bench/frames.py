"""Frame times of every scene at 1280x720, headless: the self-playing demo through a solo
round, a classroom round and a community session, every App.step timed and grouped by
the scene on screen."""
from __future__ import annotations

import random
import time
from pathlib import Path


QUICK_FRAMES = 2500   # per mode: the first few screens of each


def frame_times(data: Path, quick: bool) -> dict[str, list[float]]:
    """Milliseconds of each frame, by scene name (solo round, classroom, community)."""
    from game.app import create_app
    from game.core.install import InstallPaths
    from game.demo.policy import DemoPlan
    from game.demo.runner import MAX_FRAMES, play_once
    from game.ui.flows import Journey

    root = Path(__file__).resolve().parent.parent
    times: dict[str, list[float]] = {}
    modes = [("solo", "starter"), ("classroom", "family"), ("community", None)]
    for index, (mode, pack) in enumerate(modes):
        app = create_app(InstallPaths(root), data / mode, data / "cache", lang="zh")
        step = app.step

        last = {"key": None}

        def timed(events, dt, step=step, app=app, last=last):
            """Time one frame; the first frame of each new screen (where it is built and its
            clip opened) is kept apart as a transition."""
            name = app.top.name if app.scenes else "-"
            key = (name, app.top.screen_key() if app.scenes else "")
            started = time.perf_counter()
            step(events, dt)
            took = (time.perf_counter() - started) * 1000
            if not app.ctx.packs_loaded:
                group = "(loading packs)"   # the packs load in the background: the title is static
            else:
                group = name if key == last["key"] and not events else "(transitions)"
            times.setdefault(group, []).append(took)
            last["key"] = (app.top.name, app.top.screen_key()) if app.scenes else None

        app.step = timed
        Journey(app).start()
        play_once(app, DemoPlan(mode, pack, 3, "short-20"), random.Random(index), None, realtime=False,
                  max_frames=QUICK_FRAMES if quick else MAX_FRAMES)
        app.ctx.store.close()
        app.ctx.speech.close()
    return times


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]
