"""The parts of the benchmark that must run in a fresh process, each printing one JSON line.

    python -m bench.child bare                      a bare pygame-ce script: import, window, first flip
    python -m bench.child first_frame DATA          the game up to its first interactive frame
    python -m bench.child idle DATA SECONDS         the real game loop, waiting on a question
    python -m bench.child memory DATA               every built-in pack loaded, its clips opened
"""
from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

START = time.perf_counter()
ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
sys.path.insert(0, str(ROOT))


def bare() -> dict:
    import pygame

    pygame.init()
    pygame.display.set_mode((1280, 720))
    pygame.display.flip()
    return {"seconds": time.perf_counter() - START}


def _app(data: Path):
    from game.app import create_app
    from game.core.install import InstallPaths

    return create_app(InstallPaths(ROOT), data, data / "cache", lang="zh")


def first_frame(data: Path) -> dict:
    """What a player waits for: ``main.py --data-dir DATA`` from the top (the set-up check, the
    command line, the log file, the window, sound, progress store), up to the title drawn and
    shown, ready for a key. Only the game loop is replaced: it stops once the packs are ready.
    """
    import pygame

    import main as entry
    from game import app as game_app

    result = {}

    def first_frames(app, args=None) -> int:
        from game.ui.flows import Journey

        Journey(app).start()               # as game.app.play does
        clock = pygame.time.Clock()
        game_app.play_frame(app, clock)   # the game's own loop, its first turn
        result["seconds"] = time.perf_counter() - START
        print(json.dumps({"first_frame": result["seconds"]}), flush=True)   # the parent times this line
        while not app.ctx.packs_loaded:   # the packs load in the background after the first frame
            app.step([], 1 / 60)
            pygame.display.flip()
        result["packs_ready"] = time.perf_counter() - START
        return 0

    game_app.play = first_frames
    sys.argv = [str(ROOT / "main.py"), "--data-dir", str(data)]
    entry.start()
    return result


def idle(data: Path, seconds: float) -> dict:
    """The game's own loop on a question screen with a still picture; CPU time over wall time."""
    import pygame

    from game.app import play_frame
    from game.ui.scenes.round import RoundScene

    app = _app(data)
    pack = next(p for p in app.ctx.packs() if p.info.id == "starter")
    app.ctx.profile = app.ctx.store.profile("bench")
    still = [s for s in pack.scenarios if s.clip.kind == "image"]
    app.push(RoundScene(app, pack, still))
    scene = app.top
    warm = time.perf_counter() + 1.5            # narration of the screen and the clip settle first
    while time.perf_counter() < warm:
        app.step(pygame.event.get(), 1 / 60)
        pygame.display.flip()
    clock = pygame.time.Clock()
    used = time.process_time()
    wall = time.perf_counter()
    frames = 0
    while time.perf_counter() - wall < seconds:
        frames += play_frame(app, clock)   # the game's own loop
    cpu = (time.process_time() - used) / (time.perf_counter() - wall)
    idle_now = app.idle()
    app.ctx.store.close()
    app.ctx.speech.close()
    return {"cpu_pct": cpu * 100, "frames": frames, "idle": idle_now, "scene": scene.screen_key()}


def memory(data: Path) -> dict:
    """Peak memory with every built-in pack validated and every clip opened once."""
    from game.media.clips import open_clip

    app = _app(data)
    opened = 0
    for pack in app.ctx.packs() + [app.ctx.check_pack()]:
        for scenario in pack.scenarios:
            if scenario.clip.kind == "call":
                continue
            clip = open_clip(pack.folder, scenario.clip, app.ctx.media, app.ctx.sound)
            getattr(clip, "close", clip.stop)()
            opened += 1
    peak_mb = peak_memory_mb()
    app.ctx.store.close()
    app.ctx.speech.close()
    return {"peak_rss_mb": peak_mb, "clips": opened, "packs": len(app.ctx.statuses)}


def peak_memory_mb() -> float:
    """This process's peak resident memory. On Linux VmHWM, because ru_maxrss keeps the peak of
    the process before exec: run from the benchmark, which by then holds 300 MB, it reported
    the benchmark's memory, not the game's."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main(argv: list[str]) -> int:
    what = argv[0]
    if what == "bare":
        result = bare()
    elif what == "first_frame":
        result = first_frame(Path(argv[1]))
    elif what == "idle":
        result = idle(Path(argv[1]), float(argv[2]))
    else:
        result = memory(Path(argv[1]))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
