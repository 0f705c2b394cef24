"""What the classroom and community setups share for answer cards: how many cards, the names
the organiser may type for them, the paper, whether the camera works, and what the setup asks
the journey for (print the cards, show the camera, type names).

Cards are a way to answer beside show of hands and teams on keys; they need a camera, and
without one the setup shows the choice as unavailable with the reason (``CameraCheck``).
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field

from game.core.cards import CARD_COUNTS, MAX_CARDS, CardRoom, parse_names
PAPERS = ("a4", "letter", "a3")


@dataclass
class CardConfig:
    count: int = 30
    names_text: str = ""    # one "number name" per line, as typed; "" for none (cards carry no names)
    paper: str = "a4"
    per_page: int = 2

    def room(self, teams: int = 0) -> CardRoom:
        return CardRoom(self.count, teams=teams, names=parse_names(self.names_text, self.count))

    def saved(self) -> dict:
        return {"count": self.count, "names": self.names_text, "paper": self.paper, "per_page": self.per_page}


def card_config_from(saved: object) -> CardConfig:
    """A card setup read back; anything missing or out of range keeps its default."""
    config = CardConfig()
    if not isinstance(saved, dict):
        return config
    if isinstance(saved.get("count"), int) and 1 <= saved["count"] <= MAX_CARDS:
        config.count = saved["count"]
    if isinstance(saved.get("names"), str):
        config.names_text = saved["names"][:4000]
    if saved.get("paper") in PAPERS:
        config.paper = saved["paper"]
    if saved.get("per_page") in (1, 2):
        config.per_page = saved["per_page"]
    return config


@dataclass(frozen=True)
class PrintCards:
    """Write the card PDF (and the organiser's guide) and say where it went."""
    config: CardConfig


@dataclass(frozen=True)
class PreviewCamera:
    """Show what the camera sees, with the cards it reads, to aim it."""
    config: CardConfig


@dataclass(frozen=True)
class EditCardNames:
    """Type names for card numbers (the setup stays and takes them back)."""
    config: CardConfig


@dataclass
class CameraCheck:
    """Whether the camera gives pictures, found in a thread (opening a webcam takes seconds)."""

    camera: object
    problem: str | None = None
    done: bool = False
    _thread: threading.Thread | None = field(default=None, repr=False)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="camera-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        from game.cards.sources import source_problem

        self.problem = source_problem(self.camera)
        self.done = True

    @property
    def available(self) -> bool:
        return self.done and self.problem is None

    def stop(self) -> None:
        """Wait (briefly) for the check to end: a setup that closes leaves no thread behind."""
        if self._thread is not None:
            self._thread.join(timeout=1)


def tell(ctx, key: str, **values) -> None:
    """Show notice ``key`` now, even if it was shown before and has gone (``ctx.notify`` shows
    each notice once): the presenter tried again, or the camera failed again."""
    ctx.notices = [n for n in ctx.notices if n.text_key != key or n.seconds_left > 0]
    ctx.notify(key, **values)


REASONS = (("no camera found", "card.why.no_camera"), ("stopped sending", "card.why.stopped"),
           ("OpenCV is not installed", "card.why.no_opencv"), ("end of the pictures", "card.why.end"),
           ("cannot be read", "card.why.no_file"), ("cannot be opened", "card.why.no_file"),
           ("No such file", "card.why.no_file"))


def short_reason(t, problem: str) -> str:
    """Why the camera cannot be used, short and in the player's language (``t``: the scene's
    ``t``); a reason not known here is shown as OpenCV gave it."""
    key = next((key for words, key in REASONS if words.lower() in problem.lower()), None)
    return t(key) if key else t("card.why.other", why=problem[:60])
