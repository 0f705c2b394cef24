"""A long soak: random keys, clicks and typing through every screen of the real App, headless.

    python -m tests.soak.soak FRAMES DATA_DIR [SEED]

Most clicks land on a button on screen (so the soak wanders into every scene), the rest
anywhere; keys are the game's own (numbers, arrows, Enter, Esc, F1-F3, N, R, P, space)
and team keys. A new screen's moment before answers count (``App.settle_left``) mostly
passes in one frame, as when a player reads first. Quitting on the title starts again. Prints one JSON line: frames, scenes
seen, and the resident memory after the warm-up and at the end, with a timeline.
"""
from __future__ import annotations

import json
import os
import random
import statistics
import sys
from pathlib import Path

FRAME = 1 / 30
WARM_UP = 0.2   # share of the random frames before memory is first read
SAMPLE_EVERY = 500
# Screens the soak must reach (the test checks them): the warm-up's plays reach each mode's
# screens and the certificate's "exported" for certain; the random frames reach the rest, and
# mostly these again (a random round must finish and then hit the certificate button to see
# "exported", which some runs never do).
SCENES = ("title", "language", "player", "packs", "round", "results", "settings", "help", "confirm",
          "classroom", "presenter", "exported")
# Before the random frames, the game is played through once in each mode, and a certificate is
# exported: the first of each costs memory once (the first PDF loads fpdf2 and parses the fonts,
# about 40 MB; the first video opens FFmpeg's decoders), and that is not a leak. Left to the
# random walk, the first classroom came anywhere between frame 14,000 and 70,000.
WARM_UP_PLAYS = (("solo", "starter"), ("classroom", "family"), ("community", None))


def rss_mb() -> float:
    """Resident memory now (Linux /proc; elsewhere the peak, which can only be an upper bound)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cache_mb(app) -> list[float]:
    """MB held by the bounded caches: decoded pictures, scaled pictures, rendered text lines."""
    media = app.ctx.media
    return [round(media.bytes / 2**20, 1), round(media._scaled.weight / 2**20, 1),
            round(app.ctx.text._lines.weight / 2**20, 1)]


def random_events(app, rng: random.Random) -> list:
    import pygame

    keys = [pygame.K_1, pygame.K_2, pygame.K_3, pygame.K_4, pygame.K_RETURN, pygame.K_RETURN, pygame.K_DOWN,
            pygame.K_UP, pygame.K_TAB, pygame.K_ESCAPE, pygame.K_F1, pygame.K_F2, pygame.K_F3, pygame.K_n,
            pygame.K_r, pygame.K_p, pygame.K_SPACE, pygame.K_q, pygame.K_6, pygame.K_EQUALS, pygame.K_b, pygame.K_s]
    if app.settle_left(click=True) > 0 and rng.random() < 0.75:
        return []   # a new screen: mostly read first (see main); a click, Enter or number now is ignored
    roll = rng.random()
    if roll < 0.55:
        return []                                    # most frames pass with no input, as in play
    if roll < 0.8 and app.top.buttons:
        button = rng.choice(app.top.buttons)
        return [pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=button.rect.center)]
    if roll < 0.85:
        pos = (rng.randrange(app.ctx.size[0]), rng.randrange(app.ctx.size[1]))
        kind = rng.choice([pygame.MOUSEBUTTONDOWN, pygame.MOUSEMOTION])
        return [pygame.event.Event(kind, button=1, pos=pos, rel=(0, 0), buttons=(0, 0, 0))]
    if roll < 0.88 and app.top.text_mode:
        return [pygame.event.Event(pygame.TEXTINPUT, text=rng.choice(["奶", "Li", "小明", "a", " "]))]
    key = rng.choice(keys)
    char = pygame.key.name(key) if len(pygame.key.name(key)) == 1 else ""
    return [pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode=char, scancode=0)]


def levels(samples: list, frames: int) -> tuple[float, float]:
    """The memory level just after the warm-up and at the end: the median of the samples in
    the tenth of the run after WARM_UP and in the last tenth. One reading swings by 10-15 MB
    with whatever the screen holds at that moment (a video's sound, a call's voices); a level
    that rises between the two is growth."""
    first = [mb for frame, mb in samples if WARM_UP * frames <= frame < (WARM_UP + 0.1) * frames]
    last = [mb for frame, mb in samples if frame >= 0.9 * frames]
    return statistics.median(first), statistics.median(last)


def warm_up(app, rng: random.Random) -> set[str]:
    """Play once in each mode with the self-playing demo, then save a certificate; the screens
    each play ended on."""
    from game.demo.policy import DemoPlan
    from game.demo.runner import click, play_once

    reached = set()
    for mode, pack in WARM_UP_PLAYS:
        app.journey.start()
        play_once(app, DemoPlan(mode, pack, 3, "short-20"), rng, None, realtime=False)
        reached.add(app.top.name)
        if mode == "solo" and app.top.name == "results":
            click(app, "certificate")
            reached.add(app.top.name)
        elif mode != "solo":
            # A session's first export loads what its report and slides need (about 30 MB, once):
            # done here, the memory measured after the warm-up is what play keeps, not a first use.
            click(app, "export")
            reached.add(app.top.name)
    app.journey.start()
    return reached


def main() -> int:
    for name, value in (("SDL_VIDEODRIVER", "dummy"), ("SDL_AUDIODRIVER", "dummy"), ("PYGAME_HIDE_SUPPORT_PROMPT", "1")):
        os.environ.setdefault(name, value)
    from game.app import create_app
    from game.core.install import InstallPaths
    from game.ui.flows import Journey
    from game.ui.scenes import exported

    frames, data = int(sys.argv[1]), Path(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
    exported.open_folder = lambda path: False      # no file manager windows from a soak
    root = Path(__file__).resolve().parent.parent.parent
    app = create_app(InstallPaths(root), data, data / "cache", lang="zh")
    Journey(app).start()
    warm_up_reached = warm_up(app, rng)
    after_plays = rss_mb()
    seen: dict[str, int] = {}
    warm = warm_frame = None
    samples = []    # (frame, MB) every SAMPLE_EVERY frames
    timeline = []   # [frame, MB, scenes first seen since the last mark]: where memory went
    new: list[str] = []
    for frame in range(frames):
        if not app.running or not app.scenes:       # Quit was chosen: start again
            app.running = True
            app.journey.start()
        events = random_events(app, rng)
        # A new screen ignores clicks, Enter and numbers for a moment: a player who reads it first
        # lets that moment pass in one frame, so the walk reaches as many screens as before.
        wait = app.settle_left(click=True) if not events else 0.0
        app.step(events, max(FRAME, wait + 1e-6) if wait > 0 else FRAME)
        if app.top.name not in seen:
            new.append(app.top.name)
        seen[app.top.name] = seen.get(app.top.name, 0) + 1
        if frame == int(frames * WARM_UP):
            warm, warm_frame = rss_mb(), frame
        if frame % max(1, min(SAMPLE_EVERY, frames // 100)) == 0:
            samples.append((frame, rss_mb()))
        if frame % max(1, frames // 20) == 0:
            timeline.append([frame, round(rss_mb(), 1), new, *cache_mb(app)])
            new = []
    end = rss_mb()
    level_warm, level_end = levels(samples, frames)
    app.ctx.store.close()
    app.ctx.speech.close()
    print(json.dumps({"frames": frames, "scenes": seen, "warm_up_reached": sorted(warm_up_reached), "rss_after_plays_mb": after_plays,
                      "rss_level_warm_mb": level_warm, "rss_level_end_mb": level_end,
                      "warm_frame": warm_frame, "rss_warm_mb": warm, "rss_end_mb": end,
                      "timeline": timeline,
                      "caches_mb": cache_mb(app)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
