"""Answers on phones (issue 21): how long a phone waits for the server to show its answer.

60 simulated phones (``game.phones.simphones``, in a process of their own as real phones are
other devices) join a real answer server on 127.0.0.1 (its thread, in this process, as in the
game); the benchmark opens 10 questions in turn as the game would, each phone answers the
moment it sees one (all 60 at once: the worst burst), and each question is closed once every
answer is in. Each phone times from sending its answer to receiving its own state showing it.

    .venv/bin/python -m bench.phones      # prints the figures as one JSON line
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PHONES, QUESTIONS = 60, 10


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def _wait(check, limit: float) -> bool:
    deadline = time.monotonic() + limit
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.002)
    return True


def phone_figures(phones: int = PHONES, questions: int = QUESTIONS) -> dict:
    from game.core.phones import PhoneQuestion, PhoneRoom, Reveal
    from game.phones.network import free_port
    from game.phones.server import PhoneServer

    room = PhoneRoom("4821", [])
    server = PhoneServer(room, "127.0.0.1", free_port(), per_address=phones)
    server.start()
    process = subprocess.Popen([sys.executable, "-m", "game.phones.simphones", server.url, room.code, str(phones),
                                "--seed", "1"], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    votes = []
    try:
        process.stdout.readline()
        if not _wait(lambda: room.counts()[0] == phones, 30):
            raise SystemExit(f"bench.phones: only {room.counts()[0]} of {phones} phones joined")
        for n in range(questions):
            question = PhoneQuestion(f"{n}-judge", n, "practice", "judge")
            with server.lock:
                room.open(question, time.monotonic())
            server.changed()
            _wait(lambda: room.counts()[1] == phones, 30)
            time.sleep(0.05)   # the last states reach their phones
            with server.lock:
                votes.append(len(room.close()))
                room.reveal(Reveal(question.key, n, "judge", truth="real"))
            server.changed()
        out, _ = process.communicate("", timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
        server.stop()
    seen = json.loads(out.strip().splitlines()[-1])
    latencies = [seconds * 1000 for seconds in seen["latencies"]]
    return {"phones_latency_p99_ms": percentile(latencies, 0.99), "phones_latency_median_ms": percentile(latencies, 0.5),
            "phones_latency_max_ms": max(latencies), "phones_answers_acknowledged": len(latencies),
            "phones_answers_expected": phones * questions, "phones_votes_per_question": votes}


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    print(json.dumps(phone_figures()))
