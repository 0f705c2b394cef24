"""The parts of the benchmark that must run in a fresh process, each printing one JSON line.

    python -m bench.child bare                      a bare pygame-ce script: import, window, first flip
    python -m bench.child first_frame DATA          the game up to its first interactive frame
    python -m bench.child idle DATA SECONDS [SCREEN...]   the real game loop, waiting on each screen
    python -m bench.child memory DATA               every built-in pack loaded, its clips opened
    python -m bench.child session DATA [FRAMES [PACK...]]   a solo session through these packs (default: all
                                                    practice packs), at most FRAMES frames each
    python -m bench.child rooms DATA [FRAMES]       a classroom round (family, 3 teams) and a community
                                                    session (the 45-minute plan) in one process
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


IDLE_SCREENS = ("still", "animation", "video_paused", "ringing", "results", "title", "packs")
# The room screens left up while a class or a room talks: a timed classroom round
# (120 s a question) counting down (class_judge), then its reveal, scoreboard and podium; the presenter's screens.
ROOM_SCREENS = ("class_judge", "class_reveal", "class_scoreboard", "class_podium", "comm_vote", "comm_reveal",
                "comm_discuss", "comm_end")
# The longest timer: the warm-up (1.5 s of frames of 1/60 s each, not slept) passes about 50 s of game time.
ROOM_TIMER = 120


def idle(data: Path, seconds: float, screens: list[str]) -> dict:
    """The game's own loop waiting on each of ``screens`` in turn (see ``IDLE_SCREENS``) for
    ``seconds``, with narration on as for a new player: CPU time over wall time, in % of one
    core, per screen, and frames drawn."""
    app = _app(data)
    app.ctx.profile = app.ctx.store.profile("bench")
    result: dict = {}
    for screen in screens:
        result[screen] = _idle_on(app, screen, seconds)
    app.ctx.store.close()
    app.ctx.speech.close()
    return result


def _show(app, screen: str) -> None:
    """Put ``screen`` on top of an emptied stack, as a player would find it."""
    from game.core.round import Round
    from game.ui.flows import Journey
    from game.ui.scenes.packs import PackScene
    from game.ui.scenes.results import ResultsScene
    from game.ui.scenes.round import RoundScene

    Journey(app).start()
    if screen == "title":
        return
    if screen.startswith(("class_", "comm_")):
        _show_room(app, screen)
        return
    if screen == "packs":
        app.push(PackScene(app), menu=True)
        return
    pack = next(p for p in app.ctx.packs() if p.info.id == "starter")
    kinds = {"still": "image", "animation": "animation", "video_paused": "video", "ringing": "call"}
    if screen in kinds:
        chosen = [s for s in pack.scenarios if s.clip.kind == kinds[screen]]
        app.push(RoundScene(app, pack, chosen))
        if screen == "video_paused":
            app.top.pause()
        return
    played = Round(pack.info.id, [s for s in pack.scenarios if s.clip.kind == "image"])
    while not played.finished:   # answered through the round itself: the results of a whole round
        played.judge("real")
        if played.set_confidence("fairly_sure", 1.0) is None:
            while played.step == "action":
                played.choose_action(0, 1.0)
        played.show_rights()
        played.next(1.0)
    app.push(ResultsScene(app, pack, played), menu=True)


def _show_room(app, screen: str) -> None:
    """A timed classroom round (starter pack, 3 teams) or a community session (the starter pack
    whole, 30 in the room) moved on to ``screen`` the way the teacher's Enter moves it on."""
    from game.core.classroom import make_teams
    from game.core.community import PlanItem
    from game.ui.scenes.classroom import ClassroomScene
    from game.ui.scenes.presenter import PresenterScene

    pack = next(p for p in app.ctx.packs() if p.info.id == "starter")
    if screen.endswith("_cards"):
        _show_scanning(app, pack, screen)
        return
    if screen.startswith("class_"):
        scene = ClassroomScene(app, pack, make_teams(3, app.ctx.lang), ROOM_TIMER)
        target = {"class_judge": "judge", "class_reveal": "reveal", "class_scoreboard": "scoreboard"}.get(screen)
        where, move = (lambda: None if scene.podium else scene.game.phase), "go"
    else:
        scene = PresenterScene(app, [PlanItem(s, pack.info.id, "practice") for s in pack.scenarios], "starter", 30)
        target = {"comm_vote": "vote_judge", "comm_reveal": "reveal", "comm_discuss": "discuss"}.get(screen)
        where, move = (lambda: None if scene.finished else scene.session.step), "forward"
    app.push(scene, menu=True)
    app.step([], 1 / 60)   # on screen: it opens its first clip
    while where() != target:
        scene.activate(move)   # the teacher's or presenter's Enter


SCANNED_CARDS = 30


def _show_scanning(app, pack, screen: str) -> None:
    """A community session on answer cards, on its first vote step: the camera (a 1920x1080
    photo of 30 cards, as a 1080p webcam gives) read in its thread while the room answers."""
    from game.cards.roomphoto import room_photo
    from game.core.cards import EDGES
    from game.core.community import PlanItem
    from game.ui.cardsetup import CardConfig
    from game.ui.scenes.presenter import PresenterScene

    import cv2

    photo, _ = room_photo({card: EDGES[card % 4] for card in range(1, SCANNED_CARDS + 1)}, seed=5, size=(1920, 1080))
    path = Path(app.ctx.store.path).parent / "room.jpg"
    cv2.imwrite(str(path), photo)
    app.ctx.camera = [path]
    items = [PlanItem(s, pack.info.id, "practice") for s in pack.scenarios]
    scene = PresenterScene(app, items, "starter", 30, cards=CardConfig(count=SCANNED_CARDS))
    app.push(scene, menu=True)
    app.step([], 1 / 60)
    while scene.session.step != "vote_judge":
        scene.activate("forward")


def _idle_on(app, screen: str, seconds: float) -> dict:
    import pygame

    from game.app import play_frame

    _show(app, screen)
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
    return {"cpu_pct": round(cpu * 100, 2), "frames": frames, "fps": round(frames / seconds, 1),
            "scene": scene.screen_key()}


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


def session(data: Path, pack_ids: list[str], max_frames: int | None = None) -> dict:
    """Resident memory after a long solo session in one process: the self-playing demo plays
    each practice pack (or ``pack_ids``) through to its results, as one player in one evening
    (or for ``max_frames`` frames of 1/30 s each)."""
    from game.core.callspeech import pack_requests
    from game.demo.policy import DemoPlan

    app = _started_app(data)
    packs = [p for p in app.ctx.packs() if not pack_ids or p.info.id in pack_ids]
    requests = [request for pack in packs for request in pack_requests(pack)]
    demos = [(pack.info.id, DemoPlan("solo", pack.info.id)) for pack in packs]
    result = _memory_after(app, requests, demos, max_frames)
    result["packs"] = [{"pack": label, **played} for label, played in result.pop("played")]
    return result


def rooms(data: Path, max_frames: int | None = None) -> dict:
    """Resident memory after a long classroom round (the family pack, 3 teams: its calls and
    video calls) and then a community session (the 45-minute plan) in one process, played by
    the self-playing demo as ``session`` plays a solo evening."""
    from game.core.callspeech import pack_requests, scenario_requests
    from game.core.plans import plan_items
    from game.demo.policy import DemoPlan

    app = _started_app(data)
    family = next(p for p in app.ctx.packs() if p.info.id == "family")
    plan = next(p for p in app.ctx.plans if p.id == "full-45")
    requests = list(pack_requests(family))
    requests += scenario_requests([i.scenario for i in plan_items(plan, app.ctx.packs(), app.ctx.check_pack())],
                                  ["zh", "en"])
    demos = [("classroom", DemoPlan("classroom", "family")), ("community", DemoPlan("community", plan="full-45"))]
    result = _memory_after(app, requests, demos, max_frames)
    result["rooms"] = [{"mode": label, **played} for label, played in result.pop("played")]
    return result


def _started_app(data: Path):
    """The App on its title, with the speech engine and the packs started (after the first frame)."""
    from game.ui.flows import Journey

    app = _app(data)
    Journey(app).start()
    app.step([], 1 / 30)
    app.step([], 1 / 30)
    return app


def _memory_after(app, requests, demos, max_frames: int | None) -> dict:
    """Render ``requests`` first, as the "preparing voices" screen would (the demo's frames pass
    game time far faster than the worker renders, and that screen gives up on a stall); then
    play each (label, DemoPlan) of ``demos`` in turn; the memory after each and at the end."""
    import random

    import pygame

    from game.demo.runner import MAX_FRAMES, play_once
    from game.ui.flows import Journey

    for request in requests:
        app.ctx.speech.render(request)
    start_mb, played = resident_memory_mb(), []
    for index, (label, demo) in enumerate(demos):
        Journey(app).start()
        result = play_once(app, demo, random.Random(index), None, realtime=False, max_frames=max_frames or MAX_FRAMES)
        played.append((label, {"scenarios": result["played"], "rss_mb": round(resident_memory_mb(), 1),
                               "problems": result["problems"][:3]}))
    result = {"rss_mb": resident_memory_mb(), "peak_rss_mb": peak_memory_mb(), "start_rss_mb": start_mb,
              "game_minutes": round(app.ctx.time / 60, 1), "played": played}
    app.ctx.store.close()
    app.ctx.speech.close()
    pygame.quit()
    return result


def resident_memory_mb() -> float:
    """This process's resident memory now (Linux ``VmRSS``; the peak where that is not known)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return peak_memory_mb()


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
        result = idle(Path(argv[1]), float(argv[2]), argv[3:] or list(IDLE_SCREENS))
    elif what == "rooms":
        result = rooms(Path(argv[1]), int(argv[2]) if len(argv) > 2 else None)
    elif what == "session":
        frames = int(argv[2]) if len(argv) > 2 else 0
        result = session(Path(argv[1]), argv[3:], frames or None)
    else:
        result = memory(Path(argv[1]))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
