"""Where things go in a round, in the two layouts.

Side by side (text up to 125 %): the clip on the left, the question or feedback on
the right. Stacked (150 % and 200 %): one thing per screen, full width: the clip
on its own page, then the question, then the feedback in pages.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pygame

STACKED_FROM = 1.5      # text scale from which the round is stacked
QUESTION_STEPS = ("judge", "confidence", "action")


@dataclass
class Page:
    """One screen of feedback: sections in ``rect``, and maybe the clip beside or above them."""

    sections: list
    rect: pygame.Rect
    clip_box: pygame.Rect | None = None
    tells: bool = False                        # outline the tells on the clip
    side: list = field(default_factory=list)   # a short text under the clip (shrinks to fit)
    side_rect: pygame.Rect | None = None
    card: bool = False                         # drawn on a panel (a rights card)
    body: int | None = None                    # the text size the sections were paged at


def side_by_side(area: pygame.Rect, bottom: int | None = None, scale: float = 1.0) -> tuple[pygame.Rect, pygame.Rect]:
    """The clip box on the left and the panel on the right (wider when the text is larger)."""
    clip_w = int(area.width * (0.55 if scale <= 1.0 else 0.5))
    clip_box = pygame.Rect(area.left, area.top, clip_w, int(clip_w * 9 / 16))
    panel = pygame.Rect(clip_box.right + 28, area.top, area.right - clip_box.right - 28,
                        (bottom or area.bottom) - area.top)
    return clip_box, panel


def picture_box(area: pygame.Rect, height: int) -> pygame.Rect:
    """A 16:9 box at most ``height`` tall, centred at the top of ``area``."""
    height = max(60, min(height, area.height))
    width = min(area.width, height * 16 // 9)
    height = width * 9 // 16
    return pygame.Rect(area.centerx - width // 2, area.top, width, height)


def has_watch_page(scene) -> bool:
    """Stacked, a clip (or a call being listened to) is shown on a page of its own before its
    question; ``scene`` is the ``RoundScene``."""
    step = scene.round.step
    if step == "call":
        view = scene.callview
        return not view.call.ringing and not view.call.finished
    return step in QUESTION_STEPS and scene.clip is not None and scene.callview is None
