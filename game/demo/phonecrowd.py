"""The demo's room answering on phones: simulated phones on real loopback connections.

When the session's join screen is up, the crowd joins (each with a nickname, and a team
in a classroom); each open question is answered by every phone, most of the room right,
through the real server and the real page protocol (``game.phones.simphones``).
"""
from __future__ import annotations

import random
import time

PATIENCE = 15.0        # seconds the demo waits for every phone to join, or to answer a question

RIGHT_SHARE = 0.7      # how often a phone judges right (as the cards' demo room does)
SAFE_SHARE = 0.6       # how often a phone chooses a safe action


class DemoCrowd:
    def __init__(self, count: int, seed: int):
        self.count, self.seed = count, seed
        self.phones = None        # SimPhones once the server is up
        self.truths: dict[str, tuple[str, list[bool]]] = {}   # question key -> (truth, safe options)
        self.since: dict[str, float] = {}     # what the demo waits for -> when it began waiting

    def join(self, url: str, code: str, teams: int) -> None:
        from game.phones.simphones import SimPhones

        if self.phones is None:
            self.phones = SimPhones(url, code, self.count, teams=teams, choose=self._choose, seed=self.seed,
                                    think=0.5).start()

    def knows(self, key: str, truth: str, safe: list[bool]) -> None:
        """What the question ``key`` asks (the demo reads it off the screen, as a room would see it)."""
        self.truths[key] = (truth, safe)

    def waited(self, what: str) -> float:
        """Seconds the demo has waited for ``what`` (from the first time it asked)."""
        return time.monotonic() - self.since.setdefault(what, time.monotonic())

    def joined(self) -> int:
        return self.phones.joined() if self.phones is not None else 0

    def stop(self) -> None:
        if self.phones is not None:
            self.phones.stop()

    def _choose(self, phone: int, question: dict, rng: random.Random) -> object:
        truth, safe = self.truths.get(question.get("key", ""), ("", []))
        if question.get("kind") == "judge":
            wrong = "real" if truth == "manipulated" else "manipulated"
            return (truth or "real") if rng.random() < RIGHT_SHARE else wrong
        options = range(len(question.get("options", ())) or 1)
        good = [i for i in options if i < len(safe) and safe[i]]
        bad = [i for i in options if i not in good]
        return rng.choice(good if good and (rng.random() < SAFE_SHARE or not bad) else bad or list(options))
