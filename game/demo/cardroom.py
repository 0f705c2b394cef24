"""The demo's room holding up answer cards: generated photographs in place of a webcam.

The demo decides what each card answers (most of the room right, some not, a few cards
not raised), draws a photograph of the room holding them up (``game.cards.roomphoto``) and
puts it in front of the "camera"; the game reads it through its real reader and thread.
"""
from __future__ import annotations

import random
import threading
import time

from game.core.cards import answer_edge

RIGHT_SHARE = 0.7      # how often a card judges right
SAFE_SHARE = 0.6       # how often a card chooses a safe action
RAISED_SHARE = 0.95    # how often a card is held up at all
LOWERED_FRAMES = 2     # frames of the room with cards down between two questions, as people lower them


class DemoRoom:
    """Stands in for ``ctx.camera``: ``source()`` gives frames of the room photo shown now."""

    def __init__(self, cards: int, seed: int):
        self.cards, self.seed = cards, seed
        self.rng = random.Random(seed)
        self.photo = None              # the BGR room photo the camera sees now
        self.answers: dict[int, str | int] = {}
        self.asked = None              # (position, question) the photo answers: made once per step
        self.held_up: dict[tuple, dict[int, str | int]] = {}   # (position, question) -> card -> answer
        self._lock = threading.Lock()
        self.photos = 0
        self.taken_at = 0.0
        self.served = 0                # frames the camera was given since the photo changed

    def source(self):
        return _RoomFrames(self)

    def answer(self, asked, question: str, options: list[bool], truth: str) -> None:
        """Make the room answer ``question`` ('judge', or 'action' with ``options``' safety),
        once per ``asked`` (a key naming the step): choose each card's answer, take the photo."""
        from game.cards.roomphoto import room_photo

        if asked == self.asked:
            return
        answers: dict[int, str | int] = {}
        for card in range(1, self.cards + 1):
            if self.rng.random() > RAISED_SHARE:
                continue
            answers[card] = self._one_answer(question, options, truth)
        photo, _ = room_photo({card: answer_edge(a) for card, a in answers.items()}, seed=self.rng.randrange(10**6))
        with self._lock:
            self.photo, self.answers, self.asked = photo, answers, asked
            self.held_up[asked] = answers
            self.photos += 1
            self.taken_at = time.monotonic()
            self.served = 0

    def _one_answer(self, question: str, options: list[bool], truth: str) -> str | int:
        if question == "judge":
            wrong = "real" if truth == "manipulated" else "manipulated"
            return truth if self.rng.random() < RIGHT_SHARE else wrong
        safe = [i for i, s in enumerate(options) if s]
        unsafe = [i for i, s in enumerate(options) if not s]
        pool = safe if (self.rng.random() < SAFE_SHARE or not unsafe) else unsafe
        return self.rng.choice(pool)

    def waited(self, asked) -> float:
        """Seconds since the photo answering step ``asked`` was put before the camera."""
        return time.monotonic() - self.taken_at if asked == self.asked else 0.0

    def check(self, card_votes: list[dict]) -> tuple[int, int, list[tuple]]:
        """(cards held up, read right, [(card, read, held) read wrong]) against the session's
        recorded ``card_votes`` (SessionReport.card_votes)."""
        recorded = {(v["position"], v["question"], v["card"]): v["answer"] for v in card_votes}
        held = right = 0
        wrong = []
        for (position, question), answers in self.held_up.items():
            for card, answer in answers.items():
                held += 1
                read = recorded.get((position, question, card))
                if read == str(answer):
                    right += 1
                elif read is not None:
                    wrong.append((card, read, str(answer)))
        return held, right, wrong

    def frames_since(self, asked) -> int:
        """Frames the camera has seen of the photo answering ``asked`` (0 before it is taken)."""
        with self._lock:
            return max(0, self.served - LOWERED_FRAMES) if asked == self.asked else 0

    def current(self):
        """The photo for the camera's next frame: the room with its cards down at first."""
        with self._lock:
            self.served += 1
            return self.photo if self.served > LOWERED_FRAMES else None


class _RoomFrames:
    """A frame source that always gives the room photo shown now (an empty hall before any)."""

    def __init__(self, room: DemoRoom):
        self.room = room

    def open(self) -> None:
        pass

    def frame(self):
        import numpy

        photo = self.room.current()
        return photo if photo is not None else numpy.full((720, 1280, 3), 120, numpy.uint8)

    def close(self) -> None:
        pass
