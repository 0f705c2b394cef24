"""The benchmark: one command, a table (or with --json one JSON object), every figure against
its target. Times on a shared machine are noisy, so each figure that can be is a ratio
against a baseline measured in the same run.

    .venv/bin/python bench/run.py            # the full run (a few minutes)
    .venv/bin/python bench/run.py --quick    # fewer repeats and scenarios (CI runs this)
    .venv/bin/python bench/run.py --json     # one JSON object, one key per figure

See bench/README.md for what each figure means and how it is measured.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# figure -> (target, "max" or "min", what it is)
TARGETS = {
    "startup_warm_ratio": (1.5, "max", "start to first interactive frame, pack cache warm / bare pygame-ce"),
    "startup_cold_ratio": (3.0, "max", "the same with no pack cache / bare pygame-ce"),
    "packs_ready_cold_s": (3.0, "max", "the built-in packs validated after a cold first frame, worst run (a loop that never sleeps)"),
    "frame_p99_ms": (4.0, "max", "p99 frame time of the slowest scene, 1280x720 headless"),
    "frame_transition_max_ms": (100.0, "max", "the slowest first frame of a new screen"),
    "idle_cpu_pct": (3.0, "max", "CPU of one core while a question (a still picture) waits"),
    "idle_cpu_worst_pct": (3.0, "max", "the same on the busiest waiting screen (animation, video, call, menus)"),
    "idle_cpu_rooms_worst_pct": (3.0, "max", "the same on a timed classroom round's and a presenter's still screens"),
    "load_cold_ratio": (1.3, "max", "validating 1,000 scenarios / bare CSafeLoader parse"),
    "load_warm_ratio": (0.1, "max", "loading them from the cache / bare CSafeLoader parse"),
    "tts_start_ms": (30.0, "max", "a cached line: asked for to playing"),
    "prerender_speed_x": (10.0, "min", "speech rendered ahead of play, x real time"),
    "peak_rss_mb": (250.0, "max", "peak memory, every built-in pack loaded and its clips opened"),
    "session_rss_mb": (250.0, "max", "memory after a solo session through every practice pack"),
    "rooms_rss_mb": (250.0, "max", "memory after a classroom round (family) and a 45-minute community session"),
    "cards_read_share": (0.99, "min", "answer cards in synthetic room photos read with the right edge (unhidden ones)"),
    "cards_wrong_readings": (0.0, "max", "cards read with a wrong edge, or a number not in the photo, in those rooms"),
    "cards_fps_720p": (5.0, "min", "CardReader.read frames a second on a 1280x720 room photo, one thread"),
    "cards_fps_1080p": (5.0, "min", "the same on a 1920x1080 room photo"),
    "scanning_cpu_pct": (30.0, "max", "CPU of one core (all threads) on the screen the room answers on with cards: "
                         "a presenter's vote step reading a 1920x1080 photo of 30 cards"),
    "phones_latency_p99_ms": (200.0, "max", "60 phones over loopback, 10 questions: an answer sent to the phone's "
                              "state showing it, p99"),
}


def child(*args: str, env: dict | None = None, timeout: float = 300) -> tuple[dict, float]:
    """Run ``python -m bench.child ARGS``; its JSON line and the wall seconds until it printed it."""
    environment = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", PYGAME_HIDE_SUPPORT_PROMPT="1")
    environment.update(env or {})
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "bench.child", *args], cwd=ROOT, env=environment,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = process.stdout.readline()
    took = time.perf_counter() - started
    rest = process.communicate(timeout=timeout)[0].strip().splitlines()
    if not line:
        raise SystemExit(f"bench.child {' '.join(args)} printed nothing (exit {process.returncode})")
    return json.loads(rest[-1] if rest else line), took   # the time is to the first line; the result is the last


def startup(work: Path, repeats: int) -> dict:
    """Medians of bare pygame-ce, the game with its pack cache warm, and with none (cold)."""
    bare, warm, cold, ready = [], [], [], []
    data = work / "startup"
    # A player's second start finds Python's compiled .pyc files, but PYTHONDONTWRITEBYTECODE
    # (set on some CI and build machines) stops Python writing them: compile them explicitly.
    subprocess.run([sys.executable, "-m", "compileall", "-q", "game", "bench"], cwd=ROOT, check=False,
                   stdout=subprocess.DEVNULL)
    child("first_frame", str(data))                       # fills the pack cache
    for attempt in range(repeats):
        bare.append(child("bare")[1])
        warm.append(child("first_frame", str(data))[1])
        fresh = work / f"cold-{attempt}"
        result, took = child("first_frame", str(fresh))
        cold.append(took)
        ready.append(result["packs_ready"])
    base = statistics.median(bare)
    return {"startup_warm_ratio": statistics.median(warm) / base, "startup_cold_ratio": statistics.median(cold) / base,
            "startup_bare_s": base, "startup_warm_s": statistics.median(warm),
            "startup_cold_s": statistics.median(cold), "packs_ready_cold_s": max(ready),
            "packs_ready_cold_median_s": statistics.median(ready)}


def frames(work: Path, quick: bool) -> dict:
    from bench.frames import frame_times, percentile

    times = frame_times(work / "frames", quick)
    transitions = times.pop("(transitions)", [])
    loading = times.pop("(loading packs)", [])
    p99 = {name: percentile(values, 0.99) for name, values in times.items() if len(values) >= 20}
    slowest = max(p99, key=p99.get)
    return {"frame_p99_ms": p99[slowest], "frame_p99_scene": slowest,
            "frame_p99_by_scene": {k: round(v, 2) for k, v in sorted(p99.items())},
            "frame_transition_max_ms": max(transitions, default=0.0),
            "frame_p99_while_packs_load_ms": percentile(loading, 0.99) if loading else 0.0}


def idle(work: Path, quick: bool) -> dict:
    """The game's loop waiting on each screen of ``bench.child.IDLE_SCREENS`` in turn."""
    result, _ = child("idle", str(work / "startup"), "2" if quick else "10")
    worst = max(result, key=lambda screen: result[screen]["cpu_pct"])
    return {"idle_cpu_pct": result["still"]["cpu_pct"], "idle_cpu_worst_pct": result[worst]["cpu_pct"],
            "idle_worst_screen": worst, "idle_cpu_by_screen": {k: v["cpu_pct"] for k, v in result.items()},
            "idle_fps_by_screen": {k: v["fps"] for k, v in result.items()}}


def idle_rooms(work: Path, quick: bool) -> dict:
    """The same loop on the room screens of ``bench.child.ROOM_SCREENS`` (a timed classroom
    round counting down, its reveal, scoreboard and podium; the presenter's screens)."""
    from bench.child import ROOM_SCREENS

    result, _ = child("idle", str(work / "startup"), "2" if quick else "10", *ROOM_SCREENS)
    worst = max(result, key=lambda screen: result[screen]["cpu_pct"])
    return {"idle_cpu_rooms_worst_pct": result[worst]["cpu_pct"], "idle_rooms_worst_screen": worst,
            "idle_cpu_by_room_screen": {k: v["cpu_pct"] for k, v in result.items()},
            "idle_fps_by_room_screen": {k: v["fps"] for k, v in result.items()}}


def scanning(work: Path, quick: bool) -> dict:
    """The game's loop on a vote step answered with cards: the reader's thread at work."""
    result, _ = child("idle", str(work / "startup"), "3" if quick else "10", "comm_cards")
    return {"scanning_cpu_pct": result["comm_cards"]["cpu_pct"]}


def loading(work: Path, quick: bool) -> dict:
    from bench.loading import load_times

    result = load_times(work / "loading", 200 if quick else 1000, 1 if quick else 3)
    return {"load_cold_ratio": result["cold_s"] / result["bare_s"], "load_warm_ratio": result["warm_s"] / result["bare_s"],
            "load_bare_s": result["bare_s"], "load_cold_s": result["cold_s"], "load_warm_s": result["warm_s"],
            "load_scenarios": result["scenarios"]}


def speech(work: Path, quick: bool) -> dict:
    from bench.speech import prerender_speed, tts_start_ms

    rendered = prerender_speed(work / "prerender", "family" if quick else "starter")
    return {"tts_start_ms": tts_start_ms(work / "tts"), "prerender_speed_x": rendered["speed_x"],
            "prerender_lines": rendered["lines"], "prerender_audio_s": rendered["audio_s"]}


def memory(work: Path) -> dict:
    result, _ = child("memory", str(work / "memory"))
    return {"peak_rss_mb": result["peak_rss_mb"], "memory_clips": result["clips"]}


QUICK_SESSION_FRAMES = 4000   # the first 2 minutes of game time in the starter pack


def session(work: Path, quick: bool) -> dict:
    """Memory after a solo session through every practice pack (quick: the start of one)."""
    args = [str(QUICK_SESSION_FRAMES), "starter"] if quick else []
    result, _ = child("session", str(work / "startup"), *args, timeout=1800)
    return {"session_rss_mb": result["rss_mb"], "session_peak_rss_mb": result["peak_rss_mb"],
            "session_start_rss_mb": result["start_rss_mb"], "session_game_minutes": result["game_minutes"],
            "session_packs": result["packs"]}


QUICK_ROOM_FRAMES = 3000   # the start of the classroom round and of the community session


def rooms(work: Path, quick: bool) -> dict:
    """Memory after a classroom round and a community session in one process (quick: their starts)."""
    result, _ = child("rooms", str(work / "startup"), *([str(QUICK_ROOM_FRAMES)] if quick else []), timeout=1800)
    return {"rooms_rss_mb": result["rss_mb"], "rooms_peak_rss_mb": result["peak_rss_mb"],
            "rooms_game_minutes": result["game_minutes"], "rooms_played": result["rooms"]}


def cards(quick: bool) -> dict:
    """Answer cards read from synthetic room photos: how many right, and how fast (bench/cards.py)."""
    from bench.cards import card_figures

    return card_figures(quick)


def phones() -> dict:
    """Answers on phones: 60 simulated phones on the real answer server (bench/phones.py)."""
    from bench.phones import phone_figures

    return phone_figures()


def verdict(name: str, value: float) -> str:
    target, kind, _ = TARGETS[name]
    ok = value <= target if kind == "max" else value >= target
    return "meets" if ok else "MISSES"


def table(results: dict) -> str:
    lines = [f"{'figure':22s} {'value':>10s} {'target':>10s}  verdict  what"]
    for name, (target, kind, what) in TARGETS.items():
        value = results[name]
        bound = f"{'<=' if kind == 'max' else '>='}{target:g}"
        lines.append(f"{name:22s} {value:10.2f} {bound:>10s}  {verdict(name, value):7s}  {what}")
    lines.append(f"slowest scene: {results['frame_p99_scene']}; p99 by scene: {results['frame_p99_by_scene']}")
    lines.append(f"idle CPU % by screen: {results['idle_cpu_by_screen']}; frames drawn a second: "
                 f"{results['idle_fps_by_screen']}")
    lines.append(f"idle CPU % by room screen: {results['idle_cpu_by_room_screen']}; frames drawn a second: "
                 f"{results['idle_fps_by_room_screen']}")
    lines.append(f"rooms: {results['rooms_played']} ({results['rooms_game_minutes']} minutes of game time): "
                 f"{results['rooms_rss_mb']:.0f} MB after, peak {results['rooms_peak_rss_mb']:.0f} MB")
    lines.append(f"session: {', '.join(p['pack'] for p in results['session_packs'])} "
                 f"({results['session_game_minutes']} minutes of game time): {results['session_start_rss_mb']:.0f} MB "
                 f"before, {results['session_rss_mb']:.0f} MB after, peak {results['session_peak_rss_mb']:.0f} MB")
    lines.append(f"frames while the packs load in the background (a still title): p99 "
                 f"{results['frame_p99_while_packs_load_ms']:.1f} ms; worst new-screen frame "
                 f"{results['frame_transition_max_ms']:.0f} ms")
    lines.append(f"bare start {results['startup_bare_s']:.3f} s, warm {results['startup_warm_s']:.3f} s, "
                 f"cold {results['startup_cold_s']:.3f} s; packs ready (cold) after {results['packs_ready_cold_s']:.2f} s")
    lines.append(f"answer cards: {results['cards_shown']} unhidden cards in {results['cards_rooms']} synthetic rooms")
    lines.append(f"phones: {results['phones_answers_acknowledged']} of {results['phones_answers_expected']} answers "
                 f"shown back, median {results['phones_latency_median_ms']:.1f} ms, "
                 f"max {results['phones_latency_max_ms']:.1f} ms")
    lines.append(f"loading {results['load_scenarios']} scenarios: bare {results['load_bare_s']:.3f} s, "
                 f"cold {results['load_cold_s']:.3f} s, warm {results['load_warm_s']:.3f} s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats and scenarios (for CI)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    results: dict = {"quick": args.quick, "cpus": os.cpu_count()}
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        results.update(startup(work, 3 if args.quick else 7))
        results.update(frames(work, args.quick))
        results.update(idle(work, args.quick))
        results.update(idle_rooms(work, args.quick))
        results.update(scanning(work, args.quick))
        results.update(loading(work, args.quick))
        results.update(speech(work, args.quick))
        results.update(memory(work))
        results.update(session(work, args.quick))
        results.update(rooms(work, args.quick))
        results.update(cards(args.quick))
        results.update(phones())
    results["verdicts"] = {name: verdict(name, results[name]) for name in TARGETS}
    print(json.dumps(results, ensure_ascii=False) if args.json else table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
